//! The reach of an active reporting verb: what it covers of its sentence.
//!
//! - In a subordinate clause (a relative "qui"/"who"/"which", "si"/"if", "lorsque"/"when",
//!   "alors que"/"although", "tandis que"/"while"…), the verb covers its own clause only,
//!   from the verb to the clause's end (the next comma, semicolon, colon or bracket, or the
//!   sentence's end): "Si l'agence prévoit 2 %, la banque perdrait trois places", "des
//!   milliers de manifestants ont défilé, qui ont accusé le gouvernement".
//! - Otherwise it covers the sentence, except the figures of its own subject: the people
//!   or things a figure counts before the verb, in the verb's clause, are not its source
//!   ("Un tiers des Français jugent que…", "Plus de 2 000 manifestants ont dénoncé…"). The
//!   caller spares small counts in words ("Trois experts estiment…"): they name speakers.
//!
//! An incise ("…, a indiqué le ministre", "…, officials said") has no subject before the
//! verb in its clause, and so covers the whole sentence.

use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::{Kind, Tok};
use std::ops::Range;

/// What a reporting verb covers, as byte ranges of the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reach {
    /// The whole sentence.
    Sentence,
    /// The whole sentence but the figures of the verb's subject, in this range.
    ButSubject(Range<usize>),
    /// Only this range: the verb's subordinate clause, from the verb on.
    Clause(Range<usize>),
}

/// A token that ends a clause going back from a verb, or forward from it.
fn boundary(t: &Tok<'_>) -> bool {
    matches!(
        t.kind,
        Kind::Sym(',' | ';' | ':' | '(' | ')' | '[' | ']' | '«' | '»' | '“' | '”' | '"' | '—' | '–')
    )
}

/// The reach of the reporting verb at token `i`.
pub(crate) fn reach(toks: &[Tok<'_>], i: usize) -> Reach {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // A relative clause of place after a comma, maybe past its subject's name between
    // commas: "…ont été évacuées à Bréval, où la maire, Yvonne Le Goff, a indiqué que 22
    // personnes…" reports its own clause, not the main one.
    if let Some(w) = toks[..i]
        .iter()
        .rposition(|t| matches!(t.lower.as_ref(), "où" | "where"))
    {
        let between = &toks[w + 1..i];
        let no_verb = !between
            .iter()
            .enumerate()
            .any(|(q, t)| t.is(cl::VERB) || (cues::AUXILIARIES.contains(&t.lower.as_ref()) && w + 1 + q + 1 != i));
        if w > 0 && toks[w - 1].is_sym(',') && no_verb && between.len() <= 10 {
            return Reach::Clause(rest_of_clause(toks, i));
        }
    }
    // A share offered in a pay talk covers what was offered, to the clause's end: not "…,
    // against inflation of 3.8%" after it.
    if lw(i) == "offered" {
        if let Some(c) = toks[i + 1..].iter().position(|t| t.is_sym(',') || t.is_sym(';')) {
            return Reach::Clause(toks[0].start..toks[i + 1 + c].start);
        }
    }
    // Back from the verb to the start of its clause.
    let mut k = i;
    let mut subordinate = false;
    while k > 0 {
        let t = &toks[k - 1];
        if boundary(t) {
            break;
        }
        let w = t.lower.as_ref();
        // "a load factor that the consultants put at 31 percent": "that" after a noun opens
        // a relative clause; after a verb ("said that") a completive.
        if matches!(w, "that" | "which") && t.is_word() {
            subordinate = w == "which" || (k >= 2 && toks[k - 2].is_word() && cues::verb(lw(k - 2)).is_none());
            break;
        }
        if matches!(w, "que" | "qu'") {
            // "alors que", "tandis que", "bien que": a subordinate clause; "un montant que
            // les ONG jugent insuffisant": a relative clause after a noun; else a
            // completive ("a déclaré que X a accusé…"), whose verb reports for the sentence.
            // (Or set off by a comma: "Le préjudice, que la Carsat chiffre à 786 400 euros,
            // avait d'abord été estimé à…".)
            let comma = usize::from(k >= 4 && toks[k - 2].is_sym(','));
            let after_noun = k >= 3 + comma
                && toks[k - 2 - comma].is_word()
                && cues::DETERMINERS_FR.contains(&lw(k - 3 - comma))
                && cues::verb(lw(k - 2 - comma)).is_none();
            subordinate = k >= 2 && (cues::SUBORDINATORS_BEFORE_QUE.contains(&lw(k - 2)) || after_noun);
            break;
        }
        let subordinator = cues::SUBORDINATORS.contains(&w) && (w != "s'" || matches!(lw(k), "il" | "ils"));
        if t.is_word() && subordinator {
            subordinate = true;
            k -= 1;
            break;
        }
        k -= 1;
    }
    if subordinate {
        let clause = rest_of_clause(toks, i);
        // A relative clause that puts a figure forward covers the figure it qualifies: "the
        // 95% level that public health experts consider necessary".
        let relative = k >= 1 && matches!(lw(k - 1), "that" | "que" | "qu'" | "which");
        if let Some(from) = relative.then(|| antecedent_figure(toks, k - 1)).flatten() {
            return Reach::Clause(from..clause.end);
        }
        return Reach::Clause(clause);
    }
    // A count's verb reports its own count, not a new clause with its own counted subject
    // after ", et": "Les organisateurs ont dénombré 1 140 engagements, et près de 700
    // spectateurs ont assisté aux finales".
    if let Some(end) = counted_then_new_clause(toks, i) {
        return Reach::Clause(toks[k].start..toks[end].start);
    }
    // An apposition that names the act done as a move and says who expected it: "The bank
    // cut its key rate by 100 basis points to 12.00 pct, a move most analysts had
    // expected": they expected the move, they are not the source of its figures (not "…,
    // a level analysts had forecast": that is the figure).
    let act_noun = k > 0
        && toks[k - 1].is_sym(',')
        && matches!(lw(k), "a" | "an" | "une" | "un")
        && matches!(
            lw(k + 1),
            "move" | "decision" | "step" | "measure" | "choice" | "décision" | "mesure" | "geste" | "choix"
        );
    if act_noun {
        let end = toks[i..]
            .iter()
            .position(|t| t.is_sym(','))
            .map_or(toks.len(), |p| i + p);
        return Reach::Clause(toks[k].start..toks[end - 1].end);
    }
    // A present participle after a comma, with no subject of its own: "Britain imposed
    // sanctions on 74 more tankers, saying they belonged to the fleet", "…, indiquant
    // que…". It reports what follows it; what the main clause did is not its speech.
    // (Only when the main clause holds a figure: else the whole sentence is the same.)
    let participle = lw(i).ends_with("ing") || lw(i).ends_with("ant");
    let main_counts = toks[..i].iter().any(|t| {
        t.num().is_some()
            || (t.is(cl::APPROX | cl::FIGURE_WORD) && !matches!(t.lower.as_ref(), "un" | "une" | "a" | "an" | "one"))
    });
    if k == i && i > 0 && toks[i - 1].is_sym(',') && participle && main_counts {
        return Reach::Clause(toks[i].start..toks[toks.len() - 1].end);
    }
    // Or a wire headline's second verb, its subject the first clause's, its object a bare
    // noun: "Skagerrak Lines Q3 volumes up 4.2 pct, warns rates to keep sliding" (not an
    // incise that names its speaker, "…, says CEO", "…, said the ministry").
    let headline_act = k == i
        && i > 0
        && toks[i - 1].is_sym(',')
        && main_counts
        && !toks.last().is_some_and(|t| t.is_sym('.'))
        && toks.get(i + 1).is_some_and(|t| {
            // (Or a year before it: "…, confirms 2026 outlook".)
            let year = t.num().is_some_and(|n| n.int_digits == 4 && !n.decimal && !n.grouped)
                && toks.get(i + 2).is_some_and(|o| o.is_word() && !o.is_capitalized());
            year || (t.is_word()
                && !t.is_capitalized()
                && !cues::DETERMINERS_EN.contains(&t.lower.as_ref())
                && !cues::DETERMINERS_FR.contains(&t.lower.as_ref())
                && !cues::SPEAKER_NOUNS_EN.contains(&t.lower.as_ref())
                && !matches!(t.lower.as_ref(), "that" | "it" | "they" | "he" | "she"))
        });
    if headline_act {
        return Reach::Clause(toks[i].start..toks[toks.len() - 1].end);
    }
    // Or with a subject of its own, an absolute clause: "…par 48 voix contre 12, les élus de
    // l'opposition dénonçant un « abandon des villages »".
    let absolute = participle
        && k < i
        && k > 0
        && toks[k - 1].is_sym(',')
        && (cues::DETERMINERS_FR.contains(&lw(k)) || cues::DETERMINERS_EN.contains(&lw(k)))
        && !toks[k..i]
            .iter()
            .any(|t| t.is(cl::VERB) || cues::AUXILIARIES.contains(&t.lower.as_ref()) || t.num().is_some());
    if absolute && main_counts {
        return Reach::Clause(toks[k].start..toks[toks.len() - 1].end);
    }
    // A new clause with its own subject and its own completive after ", and": "Water
    // temperature was measured at 16.4C, and the organisers said they had received no
    // reports" reports its completive, not the clause before it.
    // (Or with no figure after its verb: "…, and analysts expect output to fall further".)
    // (Read only after ", and": most verbs have none before them.)
    let no_figure_after = || {
        toks.get(i + 1).is_some_and(|t| t.is_word())
            && !toks[i + 1..]
                .iter()
                .any(|t| t.num().is_some() || t.is(cl::NUMWORD | cl::APPROX))
    };
    // (Or a subject of speakers named before the verb: "…, and economists polled by
    // Transwire expect one more cut by March".)
    let speakers_subject = || (k + 1..i).any(|q| cues::SPEAKER_NOUNS_EN.contains(&lw(q)));
    // (Or a subject by its article and noun: "…, killing two people, and the regional
    // governor said 14 were wounded".)
    let named_subject = || {
        i > k + 2
            && i <= k + 6
            && toks.get(i + 1).is_some_and(|t| t.is_word() || t.num().is_some())
            && (cues::DETERMINERS_EN.contains(&lw(k + 1)) || cues::DETERMINERS_FR.contains(&lw(k + 1)))
            && toks[k + 2..i]
                .iter()
                .all(|t| t.is_word() && !t.is(cl::VERB | cl::NUMWORD) && !cues::AUXILIARIES.contains(&t.lower.as_ref()))
    };
    // (Or a name: "…, and Britain said on Thursday it had sanctioned more than 500".)
    let proper_subject =
        || (2..=4).contains(&(i - k)) && toks[k + 1..i].iter().all(|t| t.is_word() && t.is_capitalized());
    let new_clause = k > 0
        && toks[k - 1].is_sym(',')
        && matches!(lw(k), "and" | "et" | "but" | "mais")
        && i > k + 1
        && (no_figure_after()
            || speakers_subject()
            || named_subject()
            || proper_subject()
            || matches!(
                lw(i + 1),
                "that" | "que" | "qu'" | "they" | "it" | "he" | "she" | "we" | "ils" | "elles" | "il" | "elle"
            ));
    // (Or set beside it by a comma alone, a pronoun its subject: "« J'ai payé 1 900 euros
    // en liquide, il disait que l'eau allait couler… »".)
    let juxtaposed = k > 0
        && toks[k - 1].is_sym(',')
        && matches!(lw(k), "il" | "elle" | "ils" | "elles" | "on" | "he" | "she" | "they")
        && (i == k + 1 || (i == k + 2 && cues::AUXILIARIES.contains(&lw(k + 1))))
        && matches!(lw(i + 1), "que" | "qu'" | "that");
    if (new_clause || juxtaposed) && main_counts {
        return Reach::Clause(toks[k].start..toks[toks.len() - 1].end);
    }
    // A verb joined by "and"/"et" to a clause of the same subject that did something:
    // "The central bank cut its key rate by 100 basis points to 12.00 pct on Friday, and
    // said further cuts would depend on inflation". It reports from "and" on.
    let joined = i >= 1 && matches!(lw(i - 1), "and" | "et");
    let joined = joined || (i >= 2 && cues::AUXILIARIES.contains(&lw(i - 1)) && matches!(lw(i - 2), "and" | "et"));
    if joined && main_counts && !subordinate {
        let from = if matches!(lw(i - 1), "and" | "et") {
            i - 1
        } else {
            i - 2
        };
        return Reach::Clause(toks[from].start..toks[toks.len() - 1].end);
    }
    // "Hungary, which gets about 80% of its gas from Russia, said…", "le syndicat, qui
    // revendique 12 000 adhérents, affirme que…": the verb follows a relative clause set
    // between commas, which describes its subject; it does not report that description.
    // (A dateline's date is no figure of the subject: "LONDON, Nov 10 - Haldane Foods
    // reported…".)
    let month = |q: usize| q < toks.len() && (toks[q].is(cl::MONTH_EN) || toks[q].is(cl::MONTH_FR));
    let counted = (k..i).any(|q| {
        let t = &toks[q];
        let date = t.num().is_some() && ((q > 0 && month(q - 1)) || month(q + 1));
        (t.num().is_some() && !date) || t.is(cl::APPROX | cl::FIGURE_WORD | cl::NUMWORD)
    });
    if counted {
        return Reach::ButSubject(toks[k].start..toks[i].start);
    }
    // Or a counted subject before its name in apposition: "Le maire de ce village de 412
    // habitants, Christian Foulon, a indiqué…".
    let verb_only = toks[k..i]
        .iter()
        .all(|t| cues::AUXILIARIES.contains(&t.lower.as_ref()) || t.is(cl::VERB));
    if k > 1 && toks[k - 1].is_sym(',') && verb_only {
        let name_start = toks[..k - 1].iter().rposition(boundary).map_or(0, |p| p + 1);
        let name = &toks[name_start..k - 1];
        let named = name_start > 1
            && toks[name_start - 1].is_sym(',')
            && (1..=4).contains(&name.len())
            && name.iter().all(|t| t.is_word() && t.is_capitalized());
        if named {
            let subject = toks[..name_start - 1].iter().rposition(boundary).map_or(0, |p| p + 1);
            let counted = (subject..name_start - 1).any(|q| {
                let t = &toks[q];
                let date = t.num().is_some() && ((q > 0 && month(q - 1)) || month(q + 1));
                (t.num().is_some() && !date) || t.is(cl::APPROX | cl::NUMWORD)
            });
            if counted {
                return Reach::ButSubject(toks[subject].start..toks[name_start - 1].start);
            }
        }
    }
    // Independent clauses after a semicolon have their own subject: "Le club réclamait
    // 250 000 euros ; le tribunal lui en a accordé 180 000." (a source at the end of the
    // sentence still covers every clause: its verb comes after the semicolon).
    // A completive ("has said that IE6 has 277 flaws; 39 percent of these…") reports
    // past the semicolon.
    let completive = toks[i + 1..]
        .iter()
        .take(4)
        .any(|t| matches!(t.lower.as_ref(), "que" | "qu'" | "that"));
    if let Some(p) = toks[i..].iter().position(|t| t.is_sym(';')).filter(|_| !completive) {
        return Reach::Clause(toks[k].start..toks[i + p].start);
    }
    // A clause after a semicolon with its own subject before the verb, an article and its
    // noun with no verb between: "…, la mairie a ouvert six points de chaleur ; une ligne
    // d'urgence, le 0 800 50 71 12, recense les logements endommagés". It covers its
    // clause; an incise there ("…; 180 000, a indiqué l'avocat") still covers the sentence.
    if let Some(semi) = toks[..i].iter().rposition(|t| t.is_sym(';')) {
        let between = &toks[semi + 1..i];
        // (Or a bare noun or a name of a few words: "…; police put the crowd at about 400".)
        let subject = (between.first().is_some_and(|t| {
            cues::DETERMINERS_FR.contains(&t.lower.as_ref()) || cues::DETERMINERS_EN.contains(&t.lower.as_ref())
        }) && between.len() >= 2)
            || ((1..=3).contains(&between.len())
                && between.iter().all(|t| t.is_word() && !t.is(cl::NUMWORD | cl::APPROX)));
        let verb_between = between
            .iter()
            .any(|t| t.is(cl::VERB) || cues::AUXILIARIES.contains(&t.lower.as_ref()));
        if subject && !verb_between {
            return Reach::Clause(toks[semi + 1].start..toks[toks.len() - 1].end);
        }
    }
    // An incise in the middle, then a new clause joined by "and"/"but": "It was shown in
    // 612 cinemas, the distributor said, and its average of £6,700 was the highest". A
    // source covers coordinated clauses from the sentence's end only; here, what comes
    // before it (not "…, he said, and added that…": the speech goes on).
    let incise = k > 0 && toks[k - 1].is_sym(',') && i - k <= 4;
    if incise && !completive {
        if let Some(c) = toks[i + 1..].iter().position(|t| t.is_sym(',')).map(|p| i + 1 + p) {
            let joins = matches!(lw(c + 1), "and" | "but" | "et" | "mais");
            let speech_goes_on = (c + 2..toks.len().min(c + 5)).any(|q| toks[q].is(cl::VERB));
            if joins && !speech_goes_on && c <= i + 5 {
                return Reach::Clause(toks[0].start..toks[c].start);
            }
        }
    }
    // The subject's next act, joined after the report: "Haldane Foods reported an 18 pct fall
    // in profit, hit by costs, and cut its interim dividend by a third" (not "…, and added
    // that…": the speech goes on).
    // (Not inside what a completive reports: "UNICA reported that mills crushed 41.2 mln
    // tonnes…, and produced 2.9 mln tonnes of sugar" — the mills produced it.)
    let act = (i + 1..toks.len().saturating_sub(2)).filter(|_| !completive).find(|&c| {
        toks[c].is_sym(',')
            && matches!(lw(c + 1), "and" | "et")
            && toks[c + 2].is_word()
            && !toks[c + 2].is_capitalized()
            && cues::verb(lw(c + 2)).is_none()
            // (A threat or a pledge is voiced: "…, and threatened Russia with tariffs of
            // about 100%".)
            && !matches!(lw(c + 2), "threatened" | "promised" | "vowed" | "pledged" | "urged" | "proposed" | "offered")
            && (lw(c + 2).ends_with("ed")
                || matches!(lw(c + 2), "cut" | "set" | "kept" | "paid" | "sold" | "held" | "made" | "took" | "won" | "lost"))
    });
    if let Some(c) = act {
        return Reach::Clause(toks[0].start..toks[c].start);
    }
    // Or without the comma, once the report has its figure: "La métropole table sur 18 000
    // voyageurs par jour et a commandé huit rames", "The ministry estimated 300 deaths and
    // ordered eight trains" (an auxiliary and a participle, or a past form, that reports
    // nothing).
    // (The figure is the verb's own object, within three words, no subject or auxiliary of
    // a reported clause before it: not "said it had imported 4.6 bcm and needed…".)
    let figure_before = |c: usize| {
        (i + 1..c.min(i + 4)).find(|&q| toks[q].num().is_some() || toks[q].is(cl::NUMWORD | cl::APPROX)).is_some_and(|f| {
            toks[i + 1..f].iter().all(|t| {
                t.is_word()
                    && !cues::AUXILIARIES.contains(&t.lower.as_ref())
                    && !cues::PRONOUNS.contains(&t.lower.as_ref())
                    && !t.is(cl::VERB)
            })
            // (Nor the subject of a reported clause: "Diplomats said two member states wanted
            // the loans capped and refused…".)
            && !toks[f + 1..c].iter().any(|t| {
                t.is(cl::VERB) || cues::AUXILIARIES.contains(&t.lower.as_ref()) || (t.lower.ends_with("ed") && t.lower.len() > 4)
            })
        })
    };
    let act = (i + 2..toks.len().saturating_sub(2))
        .filter(|_| !completive)
        .find(|&c| {
            if !matches!(lw(c), "and" | "et") || toks[c - 1].is_sym(',') || !figure_before(c) {
                return false;
            }
            let (verb, after_aux) = if cues::AUXILIARIES.contains(&lw(c + 1)) {
                (c + 2, true)
            } else {
                (c + 1, false)
            };
            let w = lw(verb);
            toks.get(verb).is_some_and(|t| t.is_word() && !t.is_capitalized())
                && cues::verb(w).is_none()
                && !toks[verb].is(cl::VERB)
                && !matches!(
                    w,
                    "threatened" | "promised" | "vowed" | "pledged" | "urged" | "proposed" | "offered"
                )
                && (w.ends_with("ed")
                    || (after_aux
                        && (w.ends_with('é') || w.ends_with("és") || w.ends_with("ée") || w.ends_with("ées"))))
        });
    if let Some(c) = act {
        return Reach::Clause(toks[0].start..toks[c].start);
    }
    Reach::Sentence
}

/// The relative clause between commas that describes the sentence's subject, as a byte
/// range: "Hungary, which gets about 80% of its gas from Russia, said…", "Le médiateur, qui
/// a facilité plus de vingt échanges, a salué…". The subject is a short noun phrase that
/// opens the sentence (no figure, no other comma before it); what it is said to do or have
/// is not what the sentence's source reports.
pub(crate) fn subject_description(toks: &[Tok<'_>]) -> Option<Range<usize>> {
    // A participle clause before the subject describes it too: "Déjà condamné onze fois,
    // Kévin R. a expliqué…", "Elected in 2019 with 52% of the vote, the mayor said…".
    let p = usize::from(
        toks.first()
            .is_some_and(|t| matches!(t.lower.as_ref(), "déjà" | "already" | "once")),
    );
    // Or a noun of what the speaker is or has: "Propriétaire de 45 hectares de douglas,
    // Bernard Chaumont estime…", "Owner of three shops, she said…" (not a preposition's
    // phrase: "Auprès de", "Because of").
    let noun_of = |t: &Tok<'_>| {
        t.is_capitalized()
            && p == 0
            && toks
                .get(1)
                .is_some_and(|n| matches!(n.lower.as_ref(), "de" | "d'" | "of"))
            && !matches!(
                t.lower.as_ref(),
                "autour"
                    | "faute"
                    | "auprès"
                    | "avant"
                    | "après"
                    | "lors"
                    | "afin"
                    | "because"
                    | "instead"
                    | "ahead"
                    | "outside"
                    | "inside"
                    | "regardless"
                    | "plusieurs"
                    | "quelques"
                    | "nombre"
                    | "beaucoup"
            )
    };
    let fronted = toks.get(p).is_some_and(|t| {
        let w = t.lower.as_ref();
        t.is_word()
            && w.chars().count() >= 5
            && (["é", "ée", "és", "ées", "ed"].iter().any(|e| w.ends_with(e)) || noun_of(t))
            && (p > 0 || t.is_capitalized())
    });
    if fronted {
        let comma = toks.iter().take(14).position(|t| t.is_sym(','))?;
        let after = toks.get(comma + 1)?;
        let figure = toks[..comma].iter().any(|t| t.num().is_some() || t.is(cl::NUMWORD));
        // Of a person or a body who may speak (a thing described, "Restauré cet été pour
        // 4 500 euros, le monument a retrouvé…, selon l'adjointe", is reported with the rest).
        let name =
            after.is_word() && after.is_capitalized() && !cues::SUBJECT_DETERMINERS.contains(&after.lower.as_ref());
        let body = cues::SUBJECT_DETERMINERS.contains(&after.lower.as_ref())
            && toks.get(comma + 2).is_some_and(|t| {
                cues::BODIES_FR.contains(&t.lower.as_ref()) || cues::BODIES_EN.contains(&t.lower.as_ref())
            });
        // (Not an incise after a clause that opens on an adjective: "Adjusted operating
        // profit fell 6.6 pct, the company said, …".)
        let incise = body
            && toks.get(comma + 3).is_some_and(|t| t.is(cl::VERB))
            && toks
                .get(comma + 4)
                .is_none_or(|t| matches!(t.kind, Kind::Sym(',' | '.' | ';')));
        return (figure && (name || body) && !incise).then(|| toks[0].start..toks[comma].start);
    }
    // Past a dateline that opens the sentence: "Toledo, Ohio (United States), Sunday,
    // December 6, 2026 — Harbor Lakes Health, a network of nine hospitals, said…".
    // (A dateline's place comes first, then a comma.)
    let dateline = (toks.len() > 2 && toks[1].is_sym(',')).then_some(()).and_then(|()| {
        (2..toks.len().min(25)).find(|&d| {
            let dash =
                matches!(toks[d].kind, Kind::Sym('—' | '–')) && toks[d - 1].num().is_some_and(|n| n.int_digits == 4);
            // (Or a wire's: "HELSINKI, Oct 22 - Nordhavn, which employs…, said…".)
            let wire = toks[d].is_sym('-')
                && toks[d].space_before
                && toks[d - 1].num().is_some()
                && toks[d - 2].is_word()
                && toks[d - 2].is_capitalized();
            dash || wire
        })
    });
    if let Some(d) = dateline {
        return subject_description(&toks[d + 1..]);
    }
    // A preposition opens no subject: past the fronted phrase and its comma, the sentence
    // ("À l'audience, le prévenu, qui présentait…, a reconnu"; "En cause, un marché de 3,2
    // millions d'euros, attribué en 2021, selon l'ordonnance de renvoi" has none).
    if toks.first().is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "en" | "à" | "dans" | "pour" | "sur" | "par" | "avec" | "in" | "on" | "at" | "for" | "with"
        )
    }) {
        let comma = toks.iter().take(8).position(|t| t.is_sym(','))?;
        return subject_description(&toks[comma + 1..]);
    }
    // The first comma, past a bracketed acronym: "Le Haut-Commissariat (HCR), qui…".
    let mut open = 0;
    loop {
        let t = toks.get(open)?;
        if t.is_sym('(') {
            open += 1 + toks[open..].iter().position(|t| t.is_sym(')'))?;
            continue;
        }
        // A name in quotation marks: "Le collectif « Gardons notre mairie », qui…".
        if matches!(t.kind, Kind::Sym('«' | '“')) {
            open += 1 + toks[open..]
                .iter()
                .position(|t| matches!(t.kind, Kind::Sym('»' | '”')))?;
            continue;
        }
        if boundary(t) {
            break;
        }
        open += 1;
    }
    // No figure in the subject; a number that belongs to a name is not one ("L'Umih 66",
    // "Canal 3": digits right after a capitalised word that does not open the sentence).
    let in_name = |i: usize| i >= 2 && toks[i - 1].is_word() && toks[i - 1].is_capitalized();
    // (Nor a clause with its verb: "Une cellule d'écoute a été mise en place au collège, qui
    // compte 412 élèves, a indiqué le rectorat" describes the college, not a subject.)
    // (In any tense: "Il serait racheté par une enseigne, qui pourrait créer…".)
    // (Not the English article that opens it: "- A satellite operator, Helion Orbital,
    // which runs about 120 satellites, said…".)
    let first_word = toks.iter().position(|t| t.is_word()).unwrap_or(0);
    let has_verb = toks[..open].iter().enumerate().any(|(q, t)| {
        !(t.lower == "a" && q == first_word)
            && (matches!(
                t.lower.as_ref(),
                "a" | "ont" | "est" | "sont" | "été" | "was" | "were" | "has" | "have" | "had"
            ) || cues::ETRE.contains(&t.lower.as_ref())
                || cues::AVOIR.contains(&t.lower.as_ref()))
    });
    // (Nor a breakdown of the subject: "Vingt-deux sapeurs-pompiers volontaires, dont quatre
    // femmes, sont rattachés au centre, indique le Sdis" reports both.)
    // (A breakdown by its figure: not "Le ministre, dont le pays a reçu…", whose.)
    let breakdown = toks
        .get(open + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "dont" | "including" | "among"))
        && toks
            .get(open + 2)
            .is_some_and(|t| t.num().is_some() || t.is(cl::NUMWORD | cl::APPROX))
        // (Of a counted subject: "La SNSM, dont 80 % des ressources proviennent de dons,
        // rappelle…" describes its speaker.)
        && toks[..open].iter().any(|t| t.is(cl::NUMWORD | cl::APPROX));
    if !toks[open].is_sym(',')
        || has_verb
        || breakdown
        || open == 0
        || open > 14
        || toks[..open]
            .iter()
            .enumerate()
            .any(|(i, t)| t.num().is_some() && !in_name(i))
    {
        return None;
    }
    // Past a name in apposition ("Her former coach, Ivan Babić, who guided her…") or the
    // rest of a name with a comma in it ("The Bakers, Food and Allied Workers' Union,
    // which represents…"): capitalised words, with the small words of a name between.
    if let Some(mut next) = toks[open + 1..].iter().position(boundary).map(|p| open + 1 + p) {
        let mut part = &toks[open + 1..next];
        // Past the name's acronym in brackets: "la Société hydroélectrique de la Haute-Sérène
        // (SHHS), qui exploite neuf barrages, a assuré…".
        if toks[next].is_sym('(')
            && toks.get(next + 2).is_some_and(|t| t.is_sym(')'))
            && toks.get(next + 3).is_some_and(|t| t.is_sym(','))
        {
            next += 3;
        }
        // "L'armateur, la société Adria Bulk Shipping, qui…": a noun of kind before the name.
        if part.len() >= 3
            && matches!(part[0].lower.as_ref(), "la" | "le" | "l'" | "the")
            && part[1].is_word()
            && !part[1].is_capitalized()
        {
            part = &part[2..];
        } else if part.len() >= 2
            && matches!(part[0].lower.as_ref(), "la" | "le" | "l'" | "les" | "the")
            && part[1].is_capitalized()
        {
            // A name with its article: "Le gestionnaire, la Société hydroélectrique de…".
            part = &part[1..];
        }
        // (One word of the name may be in lower case: "Société hydroélectrique de la
        // Haute-Sérène".)
        let lower = part
            .iter()
            .filter(|t| t.is_word() && !t.is_capitalized() && !cues::NAME_LINKS.contains(&t.lower.as_ref()))
            .count();
        let name = (1..=10).contains(&part.len())
            && part.first().is_some_and(|t| t.is_word() && t.is_capitalized())
            && part.last().is_some_and(|t| t.is_capitalized())
            && lower <= 1
            && part
                .iter()
                .all(|t| t.is_word() || t.is_sym('\'') || t.is_sym('’') || t.is_sym('&') || t.is_sym('-'));
        // "Usdaw, the shopworkers' union, which represents…": a short description of the
        // name, with its article.
        let kind = (2..=5).contains(&next.saturating_sub(open + 1))
            && matches!(toks[open + 1].lower.as_ref(), "the" | "la" | "le" | "l'" | "les")
            && toks[open + 2..next]
                .iter()
                .all(|t| (t.is_word() && !t.is_capitalized()) || t.is_sym('\'') || t.is_sym('’'))
            && toks
                .get(next + 1)
                .is_some_and(|t| cues::RELATIVES.contains(&t.lower.as_ref()));
        // Or a person's title at a body: "Elena Marinova, chief strategist at Danubia Asset
        // Partners, which manages about 2 bln euros, said…".
        let title_at = || {
            part.iter()
                .position(|t| matches!(t.lower.as_ref(), "at" | "of" | "de" | "du" | "chez"))
                .is_some_and(|a| {
                    (1..=4).contains(&a)
                        && part[..a].iter().all(|t| t.is_word() && !t.is_capitalized())
                        && part.len() > a + 1
                        && part[a + 1..].iter().all(|t| {
                            t.is_word() && (t.is_capitalized() || cues::NAME_LINKS.contains(&t.lower.as_ref()))
                        })
                })
        };
        if (name || kind || title_at()) && toks[next].is_sym(',') {
            open = next;
        }
    }
    let first = toks.get(open + 1)?;
    // Or an apposition that a relative clause goes on: "The Kalyna Network, a charity that
    // runs 14 advice centres, said…", "le collectif, une association qui compte…".
    // (Past a compound: "Seatrace, a London-based firm that monitors some 7,000 tankers".)
    // (Or with its article: "Euroclear, the Brussels-based securities depository that holds
    // about 190 bln euros of the assets, said…".)
    let apposition = matches!(first.lower.as_ref(), "a" | "an" | "un" | "une" | "the")
        && (open + 2..toks.len().min(open + 8))
            .take_while(|&k| toks[k].is_word() || (toks[k].is_sym('-') && !toks[k].space_before))
            .any(|k| cues::RELATIVES.contains(&toks[k].lower.as_ref()) || toks[k].lower == "that");
    // Or one that has what it counts: "The Kessler Institute, a Berlin think-tank with 40
    // researchers, calculated…".
    // (Or a bare noun first: "Le maire de Marcillac, commune de 312 habitants, espère…".)
    let bare_noun = matches!(
        first.lower.as_ref(),
        "commune" | "ville" | "village" | "bourgade" | "town" | "city" | "county"
    ) && matches!(toks.get(open + 2).map(|t| t.lower.as_ref()), Some("de" | "d'" | "of"));
    // (Or a name's possessive first: "Greystone, Britain's fifth-largest supermarket group
    // with a market share of 7.8 pct, raised…".)
    let possessive = first.is_word()
        && first.is_capitalized()
        && toks.get(open + 2).is_some_and(|t| t.is_sym('\'') || t.is_sym('’'))
        && super::lw_at(toks, open + 3) == "s";
    let reach_to = if possessive { open + 14 } else { open + 8 };
    let having = (matches!(first.lower.as_ref(), "a" | "an" | "un" | "une") || bare_noun || possessive)
        && (open + 2..toks.len().min(reach_to))
            .take_while(|&k| !boundary(&toks[k]))
            .any(|k| {
                // (Or "of": "Merriam County, a largely rural county of about 62,000 people,
                // reported…"; "de": "la commune, une bourgade de 1 200 habitants, a…".)
                matches!(toks[k].lower.as_ref(), "with" | "avec" | "of" | "de" | "d'")
                    && toks[k + 1..]
                        .iter()
                        .take(4)
                        .take_while(|t| !boundary(t))
                        .any(|t| t.num().is_some() || t.is(cl::NUMWORD))
            });
    // Or a participle that says how the subject was made: "Un sondage de l'institut
    // Opinia Plus, réalisé auprès de 1 004 réfugiés et publié mercredi, montre que…".
    let w = first.lower.as_ref();
    // (Or what it is made of: "The team, made up of 34 researchers from nine countries,
    // reported…", "le collectif, réunissant 40 associations, a…".)
    let participle = (first.is_word()
        && !first.is_capitalized()
        && (w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées") || w.ends_with("ed"))
        && w.chars().count() > 4
        && !first.is(cl::VERB))
        || matches!(
            w,
            "made"
                | "comprising"
                | "réunissant"
                | "regroupant"
                | "comptant"
                // Participles of "-ir" and "-re" verbs: "Les opposants, réunis dans le
                // collectif…".
                | "réunis"
                | "réunies"
                | "unis"
                | "unies"
                | "issus"
                | "issues"
                | "élus"
                | "élues"
                | "inscrits"
                | "inscrites"
        );
    // A bare word in lower case opens the apposition (a noun, an adjective), then something
    // in its clause within `span` tokens.
    let bare_with = |span: usize, found: &dyn Fn(usize) -> bool| {
        first.is_word()
            && !first.is_capitalized()
            && !first.is(cl::VERB)
            && !cues::SUBJECT_DETERMINERS.contains(&w)
            && (open + 2..toks.len().min(open + span))
                .take_while(|&k| !boundary(&toks[k]))
                .any(found)
    };
    // Or a bare noun that a relative clause goes on: "Le groupe Normalait, propriétaire de
    // l'usine depuis 2019 et qui exploite neuf autres sites en France, a indiqué…".
    let bare_relative = bare_with(16, &|k| {
        cues::RELATIVES.contains(&toks[k].lower.as_ref()) && matches!(super::lw_at(toks, k - 1), "et" | "and")
    });
    // Or an adjective that has what it counts: "La CGT, majoritaire dans l'entreprise avec
    // 61 % des voix aux dernières élections professionnelles, dénonce…".
    let adjective_with = bare_with(10, &|k| {
        // (A share: not a team's record, "Portwell, bottom with two wins from 24
        // games, are struggling".)
        matches!(toks[k].lower.as_ref(), "avec" | "with")
            && toks.get(k + 1).is_some_and(|t| t.num().is_some())
            && toks[k + 2..toks.len().min(k + 4)]
                .iter()
                .any(|t| t.is_sym('%') || matches!(t.lower.as_ref(), "pct" | "percent" | "cent"))
    });
    if !cues::RELATIVES.contains(&first.lower.as_ref())
        && !apposition
        && !having
        && !participle
        && !bare_relative
        && !adjective_with
    {
        return None;
    }
    let mut close = open + 1 + toks[open + 1..].iter().position(boundary)?;
    // A relative clause that goes on describing: "Les opposants, réunis dans le collectif
    // Villebrune à flot, qui revendique 600 membres, estimaient…".
    if toks[close].is_sym(',')
        && toks
            .get(close + 1)
            .is_some_and(|t| cues::RELATIVES.contains(&t.lower.as_ref()))
    {
        if let Some(p) = toks[close + 1..].iter().position(boundary) {
            close += 1 + p;
        }
    }
    // Past the rest of a list of names: "Norrvik, which employs some 9,400 people in Sweden,
    // Finland and Poland, said…".
    for _ in 0..6 {
        let Some(b) = toks.get(close + 1..).and_then(|r| r.iter().position(boundary)) else {
            break;
        };
        let part = &toks[close + 1..close + 1 + b];
        let names = toks[close].is_sym(',')
            && (1..=6).contains(&part.len())
            && part
                .iter()
                .all(|t| (t.is_word() && t.is_capitalized()) || matches!(t.lower.as_ref(), "and" | "et" | "or" | "ou"))
            && part[0].is_capitalized();
        if !names {
            break;
        }
        close += 1 + b;
    }
    // The clause closes with a comma and the verb follows: "…, said", "…, a publié"; not
    // an incise with its own subject ("…, the defence department said").
    let next = toks.get(close + 1)?;
    // (Not a source phrase: "…, dont cinq ont été livrés, selon le gouvernement" sources
    // the clause.)
    // (Or a pronoun object first: "L'association, qui accompagne 50 familles, le sait :".)
    let clitic = matches!(
        next.lower.as_ref(),
        "le" | "la" | "les" | "l'" | "en" | "y" | "lui" | "leur"
    ) && toks.get(close + 2).is_some_and(|t| t.is_word() && !t.is_capitalized())
        && toks
            .get(close + 3)
            .is_some_and(|t| matches!(t.kind, Kind::Sym(':' | ',' | '.' | ';')));
    let verb_follows = clitic
        || cues::AUXILIARIES.contains(&next.lower.as_ref())
        || next.is_word()
            && !next.is_capitalized()
            && (!next.is(cl::PHRASE_START) || next.is(cl::VERB))
            && !cues::DETERMINERS_FR.contains(&next.lower.as_ref())
            && !cues::DETERMINERS_EN.contains(&next.lower.as_ref());
    (toks[close].is_sym(',') && verb_follows).then(|| first.start..toks[close].start)
}

/// The start (a byte offset) of the noun phrase right before token `rel` (a relative
/// pronoun or a participle that qualifies it) when it holds a figure: "the 95% level"
/// before "that experts consider…", "the 398 mln" before "expected by analysts". Back to
/// its determiner, at most six tokens, never past a boundary or a verb.
pub(crate) fn antecedent_figure(toks: &[Tok<'_>], rel: usize) -> Option<usize> {
    let mut s = rel;
    while s > 0 && rel - s < 6 {
        let t = &toks[s - 1];
        if boundary(t) || t.is(cl::VERB) {
            break;
        }
        s -= 1;
        let w = toks[s].lower.as_ref();
        // ("de" inside the noun phrase goes on to its head: "les 32 millimètres de pluie
        // relevés par la station".)
        let inside = matches!(w, "de" | "d'") && s > 0 && toks[s - 1].is_word();
        if (cues::DETERMINERS_EN.contains(&w) || cues::DETERMINERS_FR.contains(&w)) && !inside {
            break;
        }
    }
    toks[s..rel].iter().any(|t| t.num().is_some()).then(|| toks[s].start)
}

/// The start (a byte offset) of the clause before an apposition that names the figure
/// ending that clause, the participle at `i` qualifying the apposition: "la buvette a
/// rapporté 6 800 euros, un chiffre communiqué par le club", "sales reached 6,800 euros, a
/// figure reported by the club".
pub(crate) fn restated_by_apposition(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let noun = i.checked_sub(1)?;
    let restates = cues::RESTATED_MEASURES.contains(&toks[noun].lower.as_ref())
        || matches!(
            toks[noun].lower.as_ref(),
            "montant" | "estimation" | "bilan" | "amount" | "estimate" | "tally"
        );
    if !restates {
        return None;
    }
    let mut comma = noun.checked_sub(1)?;
    if matches!(toks[comma].lower.as_ref(), "un" | "une" | "a" | "an") {
        comma = comma.checked_sub(1)?;
    }
    if !toks[comma].is_sym(',') {
        return None;
    }
    // The figure ends the clause: within its last three tokens.
    let start = toks[..comma].iter().rposition(boundary).map_or(0, |p| p + 1);
    toks[start.max(comma.saturating_sub(3))..comma]
        .iter()
        .any(|t| t.num().is_some())
        .then(|| toks[start].start)
}

/// From token `i` to the end of its clause (the next boundary, or the sentence's end), as a
/// byte range.
pub(crate) fn rest_of_clause(toks: &[Tok<'_>], i: usize) -> Range<usize> {
    let sentence_end = toks[toks.len() - 1].end;
    let Some(b) = toks[i + 1..].iter().position(boundary).map(|p| i + 1 + p) else {
        return toks[i].start..sentence_end;
    };
    // A quotation that opens right after the verb (maybe after an infinitive) is what it
    // says: "des retraités, qui disent payer « deux fois plus »".
    if matches!(toks[b].kind, Kind::Sym('«' | '“' | '"')) && b <= i + 3 {
        let close = toks[b + 1..]
            .iter()
            .position(|t| matches!(t.kind, Kind::Sym('»' | '”' | '"')))
            .map_or(sentence_end, |p| toks[b + 1 + p].end);
        return toks[i].start..close;
    }
    // The same quantity put another way goes with it: "évaluée par la chambre à 9,6 M€,
    // soit 2 330 euros par habitant".
    // So does its earlier or other value: "would reach 6.4 pct of GDP, against a previous
    // target of 6.0 pct", "…, contre 4,1 % un an plus tôt".
    // (Or "…, down from 3.4 pct in August", "…, up from 12 in 2024".)
    let next = |k: usize| toks.get(b + k).map_or("", |t| t.lower.as_ref());
    let compared = toks[b].is_sym(',')
        && (matches!(next(1), "against" | "contre" | "versus" | "vs")
            || (matches!(next(1), "down" | "up") && next(2) == "from"))
        && toks[b + 2..].iter().take(6).any(|t| t.num().is_some());
    if toks[b].is_sym(',')
        && (compared || matches!(toks.get(b + 1).map(|t| t.lower.as_ref()), Some("soit" | "i.e" | "ie")))
    {
        let end = toks[b + 2..]
            .iter()
            .position(boundary)
            .map_or(sentence_end, |p| toks[b + 2 + p].start);
        return toks[i].start..end;
    }
    toks[i].start..toks[b].start
}

/// For a verb of counting at `i` ("dénombré", "recensé", "counted"): where its count ends
/// and another assertion begins, the "et"/"and" of a second verb acting on its own count,
/// or the comma before ", et" / ", and" that opens a new clause whose subject is a count
/// and which has a verb of its own.
fn counted_then_new_clause(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let w = toks[i].lower.as_ref();
    if !["dénombr", "recens", "comptabilis", "counted", "tallied"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        return None;
    }
    // Or a second verb of the same subject that does something with its own count: "Les
    // gendarmes ont recensé près de 1 200 annonces et saisi 46 chiots".
    if let Some(and) = (i + 2..toks.len().min(i + 14))
        .take_while(|&q| !boundary(&toks[q]))
        .find(|&q| matches!(toks[q].lower.as_ref(), "et" | "and"))
    {
        let next = toks.get(and + 1).map_or("", |t| t.lower.as_ref());
        let acts = toks.get(and + 1).is_some_and(|t| t.is_word() && !t.is(cl::VERB))
            && (["i", "is", "it", "é", "u", "us"].iter().any(|e| next.ends_with(e)) || next.ends_with("ed"))
            && next.chars().count() > 3;
        if acts
            && (and + 2..toks.len().min(and + 6))
                .any(|q| toks[q].num().is_some() || toks[q].is(cl::NUMWORD | cl::APPROX))
        {
            return Some(and);
        }
    }
    let comma = (i + 1..toks.len()).find(|&q| toks[q].is_sym(','))?;
    if !matches!(toks.get(comma + 1).map(|t| t.lower.as_ref()), Some("et" | "and")) {
        return None;
    }
    let counted = (comma + 2..toks.len().min(comma + 5))
        .find(|&q| toks[q].num().is_some() || toks[q].is(cl::NUMWORD | cl::APPROX))?;
    (counted + 1..toks.len().min(counted + 6))
        .any(|q| toks[q].is(cl::VERB) || cues::AUXILIARIES.contains(&toks[q].lower.as_ref()))
        .then_some(comma)
}

/// A quotation mark, which an apposition describing a speaker does not hold.
fn quote_mark(t: &Tok<'_>) -> bool {
    matches!(t.kind, Kind::Sym('«' | '»' | '“' | '”' | '"'))
}

/// The setting of the reporting verb at `i` that covers its sentence (see
/// [`super::Cues::setting`]), as a byte range:
/// - its audience or place, between the verb and the "that"/"que" that opens what it
///   reports: after "tell" and its kin, or a preposition right after the verb ("told
///   reporters in a room packed with 150 journalists that", "a déclaré devant 200
///   habitants que");
/// - after an incise ("…, témoigne Mathilde Guérin, qui élève 70 vaches", "…, selon
///   Mathilde Guérin, qui…"), the relative clause that describes its speaker, to the end
///   of the clause.
pub(crate) fn setting(toks: &[Tok<'_>], i: usize) -> Option<Range<usize>> {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // A poll's sample after the poll, in the source phrase: "D'après un sondage Panelis
    // réalisé auprès de 1 005 personnes, 38 %…" (a description of the source).
    if !toks[i].is(cl::VERB) {
        // (To the sentence's end when the phrase closes it: "…, d'après un audit réalisé en
        // 2025 dans 40 lycées par un cabinet spécialisé.")
        // (Past the outlet it was made for: "Selon un sondage réalisé auprès de 612
        // personnes pour l'hebdomadaire La Gazette lauragaise, 58 %…".)
        let last = toks.len() - usize::from(toks.last().is_some_and(|t| t.is_sym('.')));
        let comma = (i..toks.len().min(i + 20))
            .find(|&k| boundary(&toks[k]))
            .or((last <= i + 20 && last > i + 1).then_some(last));
        let sample = comma.and_then(|c| {
            (i + 1..c).find(|&k| {
                matches!(
                    lw(k),
                    // (Or commissioned: "Selon un sondage commandé par le collectif auprès de
                    // 1 200 voyageurs, 64 %…".)
                    "réalisé" | "réalisée" | "mené" | "menée" | "conducted" | "carried" | "commandé" | "commissioned"
                ) && (k + 1..(k + 7).min(c)).any(|q| {
                    matches!(lw(q), "auprès" | "among" | "of" | "with")
                        // "un audit réalisé en 2025 dans 40 lycées": where it was made.
                        || (matches!(lw(q), "dans" | "in" | "sur") && toks.get(q + 1).is_some_and(|t| t.num().is_some()))
                })
            })
        });
        if let (Some(p), Some(c)) = (sample, comma) {
            let end = toks.get(c).map_or(toks[c - 1].end, |t| t.start);
            return Some(toks[p].start..end);
        }
    }
    // Or right after the poll's noun: "below the forecast in a Eurowire survey of 11
    // analysts", "un sondage auprès de 1 000 personnes".
    let comma = (i..toks.len().min(i + 14)).find(|&k| boundary(&toks[k]));
    let end = comma.unwrap_or(toks.len());
    let of_sample = (i..end.min(i + 14)).find(|&k| {
        matches!(lw(k), "survey" | "poll" | "sondage" | "enquête")
            && matches!(lw(k + 1), "of" | "de" | "auprès" | "among")
            // (In words too: "according to a poll of five brokerages".)
            && toks[k + 1..(k + 5).min(toks.len())].iter().any(|t| t.num().is_some() || t.is(cl::NUMWORD))
    });
    if let Some(k) = of_sample {
        let to = if end < toks.len() {
            toks[end].start
        } else {
            toks[toks.len() - 1].end
        };
        return Some(toks[k + 1].start..to);
    }
    // What the speaker was doing, after the verb: "a déclaré le ministre en visitant une
    // usine de 450 salariés" (a French gerund).
    if let Some(g) = (i + 1..toks.len().saturating_sub(1))
        .find(|&k| lw(k) == "en" && toks[k + 1].is_word() && lw(k + 1).ends_with("ant") && lw(k + 1).len() > 4)
        // (Not a gerund that reports itself: "tout en rappelant que…".)
        .filter(|&g| !toks[g + 1].is(cl::VERB))
    {
        if !toks[i + 1..g].iter().any(|t| matches!(t.lower.as_ref(), "que" | "qu'")) {
            return Some(rest_of_clause(toks, g));
        }
    }
    // The audience first, before a comma: "Devant une centaine de négociants réunis à
    // Odessa, le vice-ministre a affirmé que…".
    // So is where the speaker was: "En visite dans une école de 900 élèves à Mykolaïv, le
    // vice-ministre a annoncé…", "Speaking in a hangar where about 200 workers had
    // gathered, the minister said…".
    let where_first = matches!(lw(0), "devant" | "before" | "speaking" | "addressing" | "lors")
        || (lw(0) == "en" && matches!(lw(1), "visite" | "déplacement"))
        || (lw(0) == "s'" && lw(1) == "exprimant");
    if where_first && !toks[0].is_sym(',') {
        if let Some(c) = toks[..i].iter().position(|t| t.is_sym(',')) {
            return Some(toks[0].start..toks[c].start);
        }
    }
    // Verbs only: "according to a report that…" names its source after "to".
    let audience_first = toks[i].is(cl::VERB)
        && (cues::AUDIENCE_VERBS_EN.contains(&lw(i)) || cues::SETTING_PREPOSITIONS.contains(&lw(i + 1)));
    if audience_first {
        let that = (i + 1..toks.len().min(i + 16))
            .take_while(|&k| !boundary(&toks[k]))
            .find(|&k| matches!(lw(k), "that" | "que" | "qu'"));
        if let Some(that) = that.filter(|&k| k > i + 1) {
            return Some(toks[i + 1].start..toks[that].start);
        }
    }
    // The people told, counted after "aux": "La direction a annoncé aux 86 salariés des
    // Cartonnages Vauthier la fermeture du site" (what it announced follows them).
    if toks[i].is(cl::VERB)
        && lw(i + 1) == "aux"
        && toks
            .get(i + 2)
            .is_some_and(|t| t.num().is_some() || t.is(cl::NUMWORD | cl::APPROX))
    {
        let end = (i + 3..toks.len())
            .find(|&k| boundary(&toks[k]) || matches!(lw(k), "la" | "le" | "les" | "l'" | "un" | "une" | "que" | "qu'"))
            .unwrap_or(toks.len());
        let to = toks.get(end).map_or(toks[toks.len() - 1].end, |t| t.start);
        return Some(toks[i + 1].start..to);
    }
    // The audience after the verb, anywhere in its incise: "», a raconté le vainqueur à son
    // arrivée, devant près de 2 000 personnes massées sur le quai".
    // (Not "before" a gerund, a time: "to peak at 2.6 pct before falling back below 2 pct".)
    if let Some(d) = (i + 1..toks.len()).find(|&k| {
        matches!(lw(k), "devant" | "before")
            && !lw(k + 1).ends_with("ing")
            && toks[k + 1..]
                .iter()
                .take(4)
                .take_while(|t| !boundary(t))
                .any(|t| t.num().is_some() || t.is(cl::APPROX))
    }) {
        // (Not inside a quotation the speaker goes on with: "…, qui se souvient d'un autre
        // temps : « Il y a deux ans, on jouait devant 500 personnes »".)
        let q = (i + 1..d).any(|k| matches!(lw(k), "que" | "qu'" | "that") || quote_mark(&toks[k]));
        if !q {
            return Some(rest_of_clause(toks, d));
        }
    }
    // An incise: the verb after a comma or a closing quotation mark, its speaker's name,
    // a comma, a relative pronoun.
    let opens = |t: &Tok<'_>| t.is_sym(',') || t.is_sym('»') || t.is_sym('”') || t.is_sym('"');
    // The verb, or its auxiliary: "…, a assuré le groupe, qui emploie 4 000 personnes".
    let incise =
        i > 0 && (opens(&toks[i - 1]) || (i > 1 && cues::AUXILIARIES.contains(&lw(i - 1)) && opens(&toks[i - 2])));
    if !incise {
        return None;
    }
    // Past the words of a phrase and an article: "…, according to the Eastmere Noise
    // Action Group, which has 300 members".
    let mut j = i + 1;
    // Past where it was said: "a témoigné à la barre Marcel Dufaure", "promet dans nos
    // colonnes son directeur, Roger Marchal" (a preposition, a determiner, a noun).
    if matches!(lw(j), "à" | "dans" | "devant" | "sur")
        && toks.get(j + 2).is_some_and(|t| t.is_word() && !t.is_capitalized())
    {
        let det = matches!(
            lw(j + 1),
            "la" | "le" | "l'" | "les" | "nos" | "notre" | "son" | "sa" | "ses"
        );
        if det {
            j += 3;
        }
    }
    while matches!(
        lw(j),
        "to" | "the" | "la" | "le" | "l'" | "les" | "de" | "du" | "d'" | "son" | "sa" | "his" | "her"
    ) && j < i + 7
    {
        j += 1;
    }
    // A title, then the name between commas: "son directeur, Roger Marchal, dont…".
    if toks.get(j).is_some_and(|t| t.is_word() && !t.is_capitalized())
        && toks.get(j + 1).is_some_and(|t| t.is_sym(','))
        && toks.get(j + 2).is_some_and(|t| t.is_word() && t.is_capitalized())
    {
        j += 2;
    }
    // (A hyphen glued between capitalised words goes with the name: "Julien Rey-Giraud".)
    let in_name = |k: usize| {
        (toks[k].is_word() && toks[k].is_capitalized())
            || (toks[k].is_sym('-')
                && k > j
                && !toks[k].space_before
                && toks
                    .get(k + 1)
                    .is_some_and(|n| !n.space_before && n.is_word() && n.is_capitalized()))
    };
    let name_end = (j..toks.len().min(j + 8)).find(|&k| !in_name(k))?;
    // (A body's name goes on in lower case to a capitalised word before the comma:
    // "l'Association des exposants du Ried, qui regroupe…".)
    let name_end = if name_end > j && !toks[name_end].is_sym(',') {
        (name_end..toks.len().min(name_end + 6))
            .take_while(|&k| {
                toks[k].is_sym(',') || (toks[k].is_word() && !toks[k].is(cl::VERB) && !cues::RELATIVES.contains(&lw(k)))
            })
            .find(|&k| toks[k].is_sym(','))
            .filter(|&c| {
                toks[c - 1].is_capitalized()
                    && toks[name_end..c]
                        .iter()
                        .any(|t| cues::NAME_LINKS.contains(&t.lower.as_ref()))
            })
            .unwrap_or(name_end)
    } else {
        name_end
    };
    // The speaker's employer after the name: "…, said Hamid Rostami of Gulfstream Energy
    // Advisory, which advises more than 20 companies" (capitalised words to the comma).
    let name_end = if name_end > j
        && matches!(lw(name_end), "of" | "at" | "from" | "de" | "du" | "chez")
        && toks.get(name_end + 1).is_some_and(|t| t.is_capitalized())
    {
        (name_end + 1..toks.len().min(name_end + 8))
            .find(|&k| !in_name(k))
            .filter(|&k| toks[k].is_sym(','))
            .unwrap_or(name_end)
    } else {
        name_end
    };
    // Or a body named by its noun after its article: "…, assure la banque, qui a dégagé un
    // bénéfice de 41 millions" (not a document, whose description is what it reports:
    // "…, selon le rapport, qui porte sur 300 communes").
    // Its age may follow: "…, dit l'agriculteur de 46 ans, qui cultive 180 hectares"; or an
    // adjective and its name: "…, a indiqué la compagnie publique Ukrzaliznytsia, qui…".
    let aged = lw(j + 1) == "de" && toks.get(j + 2).is_some_and(|t| t.num().is_some()) && lw(j + 3) == "ans";
    // (One adjective at most, then the name's capitalised words, maybe a number that ends
    // the name: "l'association Solidarité Ukraine 82, qui…".)
    let name_number = |k: usize| toks[k].num().is_some() && toks[k - 1].is_word() && toks[k - 1].is_capitalized();
    // (A hyphenated name too: "le comité Armagnac-Bigorre, qui…".)
    let hyphen = |k: usize| toks[k].is_sym('-') && !toks[k].space_before && k > j + 1 && toks[k - 1].is_capitalized();
    let named = (j + 1..toks.len().min(j + 8))
        .find(|&k| {
            !(toks[k].is_word() || name_number(k) || hyphen(k))
                || toks[k].is(cl::VERB)
                || cues::RELATIVES.contains(&lw(k))
        })
        .filter(|&k| {
            let between = &toks[j + 1..k];
            let lower = between.iter().filter(|t| t.is_word() && !t.is_capitalized()).count();
            toks[k].is_sym(',')
                && between.last().is_some_and(|t| t.is_capitalized() || t.num().is_some())
                && lower <= 1
                && between.first().is_some_and(|t| t.is_capitalized() || between.len() > 1)
        });
    let comma = if aged { j + 4 } else { named.unwrap_or(j + 1) };
    let body = name_end == j
        && j > i + 1
        && toks[j].is_word()
        && toks.get(comma).is_some_and(|t| t.is_sym(','))
        && cues::RELATIVES.contains(&lw(comma + 1));
    let name_end = if body {
        let w = lw(j);
        let speaks = !cues::DOC_NOUNS.contains(&w) && !cues::INSTRUMENT_NOUNS.contains(&w) && w.chars().count() >= 4;
        if speaks {
            comma
        } else {
            name_end
        }
    } else {
        name_end
    };
    // A speaker named by a noun, then an age: "…, a reconnu le vainqueur, 24 ans, qui a
    // remporté quatre des cinq tournois".
    let aged_noun = name_end == j
        && j > i + 1
        && toks[j].is_word()
        && toks.get(j + 1).is_some_and(|t| t.is_sym(','))
        && toks.get(j + 2).is_some_and(|t| t.num().is_some())
        && matches!(lw(j + 3), "ans" | "years")
        && toks.get(j + 4).is_some_and(|t| t.is_sym(','));
    let name_end = if aged_noun { j + 1 } else { name_end };
    // Or a body's long name with its acronym in brackets: "…, selon la direction
    // interdépartementale des routes Ouest (DIR Ouest), qui gère quelque 1 600 kilomètres",
    // "According to the International Meteor Organization (IMO), which collects…".
    let bracketed = (j..toks.len().min(j + 12))
        .take_while(|&k| !boundary(&toks[k]) || toks[k].is_sym('('))
        .find(|&k| toks[k].is_sym('('))
        .and_then(|open| {
            let close = (open + 1..toks.len().min(open + 5)).find(|&k| toks[k].is_sym(')'))?;
            let acronym = toks[open + 1..close].iter().all(|t| t.is_word() && t.is_capitalized())
                && toks
                    .get(open + 1)
                    .is_some_and(|t| t.text.len() >= 2 && t.text.chars().nth(1).is_some_and(char::is_uppercase));
            (acronym && toks.get(close + 1).is_some_and(|t| t.is_sym(',')) && cues::RELATIVES.contains(&lw(close + 2)))
                .then_some(close + 1)
        });
    let name_end = match bracketed {
        Some(comma) if name_end == j || !toks[name_end].is_sym(',') => comma,
        _ => name_end,
    };
    if name_end == j || !toks[name_end].is_sym(',') {
        return None;
    }
    // A relative clause that reports ("…, qui fait état de trois blessés") goes on speaking;
    // "dont" counts parts of what was said ("…, dont 1,2 million en Allemagne").
    let reports = |from: usize| {
        let clause = rest_of_clause(toks, from);
        // (A phrase whole: "fait état de", not a word that may open one, "de".)
        (from..toks.len())
            .filter(|&k| toks[k].start >= clause.start && toks[k].start < clause.end)
            .any(|k| {
                let t = &toks[k];
                // (Having members is no count: "…, a précisé le comité, qui compte 24 clubs
                // engagés".)
                (t.is(cl::VERB) || (t.is_word() && super::phrases::attributes(toks, k).is_some()))
                    && !super::has_members(toks, k)
                    && !cues::DESCRIBING_CLAIMS.contains(&t.lower.as_ref())
            })
    };
    // Appositions to the sentence's end: "…, souffle Hélène Perrin, 44 ans, vigneronne
    // installée sur 12 hectares." (not speech going on: "…, ajoutant que…").
    let apposition = |rest: &[Tok<'_>]| {
        // (A quoted term is no quotation: "who has a \"hold\" rating on the stock".)
        let quoted_words = |q: usize| {
            rest[q + 1..]
                .iter()
                .take_while(|t| !quote_mark(t))
                .filter(|t| t.is_word())
                .count()
        };
        // (Marks open and close in turn: only an opening one starts a quotation.)
        let opening = || {
            rest.iter()
                .enumerate()
                .filter(|(_, t)| quote_mark(t))
                .map(|(q, _)| q)
                .step_by(2)
                .any(|q| quoted_words(q) >= 4)
        };
        // (Nor a second source's figure: "…, selon la CGT, 90 selon la direction".)
        let speaks = rest
            .iter()
            .any(|t| t.is(cl::VERB) || matches!(t.lower.as_ref(), "que" | "qu'" | "that"))
            || (0..rest.len()).any(|q| rest[q].is_word() && super::phrases::attributes(rest, q).is_some())
            || (rest.iter().any(quote_mark) && opening())
            // "…, analyste, pour qui un pétrolier sur cinq…": the speaker's view goes on
            // (not "…, a publican whose cellar took in 80cm of water", a description).
            || rest.windows(2).any(|w| {
                matches!(w[0].lower.as_ref(), "pour" | "selon" | "for" | "to" | "d'après")
                    && cues::RELATIVES.contains(&w[1].lower.as_ref())
            });
        (!rest.is_empty() && !speaks).then(|| rest[0].start..toks[toks.len() - 1].end)
    };
    // "dont" with an article describes ("…, dont l'usine emploie 420 ouvriers"); with a
    // number it counts parts of what was said.
    let dont_describes = lw(name_end + 1) == "dont"
        && matches!(
            lw(name_end + 2),
            "l'" | "la" | "le" | "les" | "son" | "sa" | "ses" | "leur" | "leurs"
        );
    let relative = cues::RELATIVES.contains(&lw(name_end + 1)) && (lw(name_end + 1) != "dont" || dont_describes);
    if relative && !reports(name_end + 1) {
        // The relative clause, and an apposition after it to the sentence's end: "…, said
        // Rachel Odum, who chairs the Forum, an industry group of some 240 developers."
        let clause = rest_of_clause(toks, name_end + 1);
        let after = toks.iter().position(|t| t.start >= clause.end);
        let more = after
            .filter(|&c| toks[c].is_sym(','))
            .and_then(|c| apposition(&toks[c + 1..]));
        return Some(more.map_or(clause.clone(), |m| clause.start..m.end));
    }
    // (A relative clause that reports is no apposition either; nor the parts of what was
    // said after "dont": "…, selon Serrabus, dont près de la moitié sont des lycéens".)
    if relative || lw(name_end + 1) == "dont" {
        return None;
    }
    apposition(&toks[name_end + 1..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::tokens::tokenize;

    /// Sentence, its reporting verb, then what the verb covers: `None` for the sentence,
    /// `Some((true, text))` for the sentence but its subject `text`, `Some((false, text))`
    /// for the clause `text` only.
    type Case = (&'static str, &'static str, Option<(bool, &'static str)>);

    const CASES: &[Case] = &[
        ("Le ministre a déclaré que 300 civils ont été tués.", "déclaré", None),
        ("300 civils ont été tués, a indiqué le gouverneur.", "indiqué", None),
        ("The toll exceeds 300, officials said.", "said", None),
        // Nor a second verb of the same subject that acts on its own count.
        (
            "Les gendarmes ont recensé près de 1 200 annonces et saisi 46 chiots.",
            "recensé",
            Some((false, "Les gendarmes ont recensé près de 1 200 annonces ")),
        ),
        // A relative clause set off by commas reports its own clause.
        (
            "Le préjudice, que la Carsat chiffre à 786 400 euros, avait été estimé à plus d'un million.",
            "chiffre",
            Some((false, "chiffre à 786 400 euros")),
        ),
        // A count's verb before a new clause with its own counted subject.
        (
            "Les organisateurs ont dénombré 1 140 engagements, et près de 700 spectateurs ont assisté aux finales.",
            "dénombré",
            Some((false, "Les organisateurs ont dénombré 1 140 engagements")),
        ),
        (
            "Volunteers counted 412 birds, and the survey said 30 were new.",
            "counted",
            None,
        ),
        // A participle after a comma reports what follows it, not the main clause.
        (
            "Britain imposed sanctions on 74 more tankers on Tuesday, saying they belonged to the fleet.",
            "saying",
            Some((false, "saying they belonged to the fleet.")),
        ),
        (
            "Zelenskiy thanked the EU on X, writing that the money would support 1 million people.",
            "writing",
            None,
        ),
        (
            "La mairie a ouvert 35 gymnases, indiquant que 300 lits étaient prêts.",
            "indiquant",
            Some((false, "indiquant que 300 lits étaient prêts.")),
        ),
        // A relative clause that puts forward the figure it qualifies.
        (
            "Coverage was 84.6%, below the 95% level that public health experts consider necessary.",
            "consider",
            Some((false, "the 95% level that public health experts consider necessary.")),
        ),
        // A new clause with no figure after its verb.
        (
            "Beijing caps capacity at 45 mln tons a year, and analysts expect output to fall further.",
            "expect",
            Some((false, "and analysts expect output to fall further.")),
        ),
        // A dateline's date is no figure of the subject.
        (
            "LONDON, Nov 10 - Haldane Foods reported an 18 pct fall in profit, and cut its dividend by a third.",
            "reported",
            Some((
                false,
                "LONDON, Nov 10 - Haldane Foods reported an 18 pct fall in profit",
            )),
        ),
        // The subject's next act after the report is not reported, without a comma once the
        // report has its figure.
        (
            "La métropole table sur 18 000 voyageurs par jour et a commandé huit rames.",
            "table",
            Some((false, "La métropole table sur 18 000 voyageurs par jour ")),
        ),
        (
            "The ministry estimated 300 deaths and ordered eight trains.",
            "estimated",
            Some((false, "The ministry estimated 300 deaths ")),
        ),
        (
            "The ministry estimated that 300 died and ordered eight trains.",
            "estimated",
            None,
        ),
        (
            "Diplomats said two member states wanted the loans capped and refused any link.",
            "said",
            None,
        ),
        // The subject's next act after the report is not reported.
        (
            "Haldane Foods reported an 18 pct fall in profit, hit by costs, and cut its dividend by a third.",
            "reported",
            Some((false, "Haldane Foods reported an 18 pct fall in profit, hit by costs")),
        ),
        (
            "The ministry said 300 people died, and added that 40 were children.",
            "said",
            None,
        ),
        // A company's own results, reported in a subordinate clause.
        (
            "Velmora raised its target after reporting a 12 pct rise in profit.",
            "reporting",
            Some((false, "reporting a 12 pct rise in profit.")),
        ),
        // A new clause with its own subject and completive after ", and".
        (
            "Water temperature was measured at 16.4C, and the organisers said they had received no reports.",
            "said",
            Some((false, "and the organisers said they had received no reports.")),
        ),
        (
            "A drone hit a block, killing two people, and the regional governor said 14 were wounded.",
            "said",
            Some((false, "and the regional governor said 14 were wounded.")),
        ),
        ("About 27,000 tickets were sold, and the arena said.", "said", None),
        // A verb joined by "and" to what its subject did reports from "and" on.
        (
            "The bank cut its rate by 100 basis points to 12 pct on Friday, and said 3 more cuts would follow.",
            "said",
            Some((false, "and said 3 more cuts would follow.")),
        ),
        (
            "Police arrested 30 people and said 12 officers were hurt.",
            "said",
            Some((false, "and said 12 officers were hurt.")),
        ),
        // After a semicolon, a clause with its own subject covers itself; an incise there
        // covers the sentence.
        (
            "La mairie a ouvert six points de chaleur ; une ligne d'urgence, le 0 800 50 71 12, recense les logements.",
            "recense",
            Some((false, "une ligne d'urgence, le 0 800 50 71 12, recense les logements.")),
        ),
        (
            "Le club réclamait 250 000 euros ; le tribunal lui en a accordé 180 000, a indiqué l'avocat.",
            "indiqué",
            None,
        ),
        // An incise, then a new clause joined by "and": the incise covers what precedes.
        (
            "It was shown in 612 cinemas, the distributor said, and its average of £6,700 was the highest.",
            "said",
            Some((false, "It was shown in 612 cinemas, the distributor said")),
        ),
        (
            "It was shown in 612 cinemas, the distributor said, and added that 300 more would follow.",
            "said",
            None,
        ),
        (
            "About 27,000 tickets were sold, the arena said in a statement, and refunds worth £1.9m will be paid.",
            "said",
            Some((false, "About 27,000 tickets were sold, the arena said in a statement")),
        ),
        // A relative clause of place reports its own clause.
        (
            "Une quarantaine d'habitations ont été évacuées à Bréval, où la maire, Yvonne Le Goff, a indiqué que 22 personnes avaient été hébergées.",
            "indiqué",
            Some((false, "indiqué que 22 personnes avaient été hébergées.")),
        ),
        // A new clause whose subject names speakers, with a figure after its verb.
        (
            "The bank cut its rate by 25 basis points this month, and economists polled by Transwire expect one more cut by March.",
            "expect",
            Some((false, "and economists polled by Transwire expect one more cut by March.")),
        ),
        // An absolute participle clause with its own subject reports from its subject on.
        (
            "Le conseil a adopté le projet par 48 voix contre 12, les élus de l'opposition dénonçant un « abandon des villages ».",
            "dénonçant",
            Some((false, "les élus de l'opposition dénonçant un « abandon des villages ».")),
        ),
        // An apposition naming the act as a move that someone expected.
        (
            "The bank cut its key rate by 100 basis points to 12.00 pct on Friday, a move most analysts had expected, and said more cuts may follow.",
            "expected",
            Some((false, "a move most analysts had expected")),
        ),
        // A relative clause after a noun; a completive after a verb.
        (
            "It assumes 35 percent, a load factor that the consultants put at 31 percent.",
            "put",
            Some((false, "put at 31 percent.")),
        ),
        ("Officials said that the army estimated 300 dead.", "estimated", None),
        (
            "Les bailleurs ont promis 1,5 milliard d'euros, un montant que les ONG jugent insuffisant.",
            "jugent",
            Some((false, "jugent insuffisant.")),
        ),
        (
            "Elle est vingt fois moins forte que celle qu'affirme le député.",
            "affirme",
            Some((false, "affirme le député.")),
        ),
        (
            "Un tiers des Français jugent que la réforme échoue.",
            "jugent",
            Some((true, "Un tiers des Français ")),
        ),
        (
            "Plus de 2 000 manifestants ont dénoncé la réforme.",
            "dénoncé",
            Some((true, "Plus de 2 000 manifestants ont ")),
        ),
        (
            "Si l'agence prévoit une hausse de 2 %, la banque perdrait trois places.",
            "prévoit",
            Some((false, "prévoit une hausse de 2 %")),
        ),
        (
            "Des milliers de soldats ont été déployés alors que le ministre a accusé Moscou.",
            "accusé",
            Some((false, "accusé Moscou.")),
        ),
        (
            "Des milliers de manifestants ont envahi la ville, qui a accusé Israël.",
            "accusé",
            Some((false, "accusé Israël.")),
        ),
        (
            "The bridge costs $40 million, although a poll found little support.",
            "found",
            Some((false, "found little support.")),
        ),
        (
            "Harwell Foods jumped 18% after the snack maker said profit had risen.",
            "said",
            Some((false, "said profit had risen.")),
        ),
        (
            "Le ministre, qui a recensé 300 morts, demande de l'aide.",
            "recensé",
            Some((false, "recensé 300 morts")),
        ),
        (
            "Les 300 000 soldats mobilisés, dont le président a parlé lundi, rejoindront le front.",
            "parlé",
            Some((false, "parlé lundi")),
        ),
        ("300 civils ont été tués, a indiqué le gouverneur.", "indiqué", None),
        (
            "Le club réclamait 250 000 euros ; le tribunal lui en a accordé 180 000.",
            "réclamait",
            Some((false, "Le club réclamait 250 000 euros ")),
        ),
        (
            "Industry group UNICA reported that mills crushed 41.2 mln tonnes of cane, up 6 pct, and produced 2.9 mln tonnes of sugar.",
            "reported",
            None,
        ),
        (
            "Several hundred supporters joined the picket line; police put the crowd at about 400.",
            "put",
            Some((false, "police put the crowd at about 400.")),
        ),
        // "s'" is a subordinator only before "il(s)".
        ("Le ministre s'est dit inquiet de 300 départs.", "dit", None),
    ];

    #[test]
    fn cases() {
        for (s, verb, expected) in CASES {
            let toks = tokenize(s, 0..s.len());
            let i = toks.iter().position(|t| t.lower == *verb).expect("verb");
            let got = match reach(&toks, i) {
                Reach::Sentence => None,
                Reach::ButSubject(r) => Some((true, &s[r])),
                Reach::Clause(r) => Some((false, &s[r])),
            };
            assert_eq!(got, *expected, "{s}");
        }
    }

    /// Sentence, its reporting word, then the setting it speaks in (not covered).
    const SETTINGS: &[(&str, &str, Option<&str>)] = &[
        // A second source's figure after the incise is no description of the first.
        ("Environ 140 salariés ont débrayé, selon la CGT, 90 selon la direction.", "selon", None),
        // The people told, counted after "aux".
        (
            "La direction a annoncé aux 86 salariés des Cartonnages Vauthier la fermeture du site.",
            "annoncé",
            Some("aux 86 salariés des Cartonnages Vauthier "),
        ),
        (
            "Complaints rose to 1,140, according to the Eastmere Noise Action Group, which has 300 members.",
            "according",
            Some("which has 300 members."),
        ),
        // Not an audience inside the quotation that follows the speaker.
        (
            "« On en a 19 », savoure l'entraîneur, qui se souvient : « On jouait devant 500 personnes. »",
            "savoure",
            Some("qui se souvient "),
        ),
        // A poll's sample, past the outlet it was made for.
        (
            "Selon un sondage réalisé auprès de 612 personnes pour l'hebdomadaire La Gazette lauragaise, 58 % des habitants sont opposés à la hausse.",
            "selon",
            Some("réalisé auprès de 612 personnes pour l'hebdomadaire La Gazette lauragaise"),
        ),
        // Past the body's acronym in brackets.
        (
            "Traffic jams reached 18 km, according to the Western Roads Directorate (DIR Ouest), which runs some 1,600 km of roads.",
            "according",
            Some("which runs some 1,600 km of roads."),
        ),
        (
            "Les bouchons ont atteint 18 kilomètres, selon la direction des routes (DIR Ouest), qui gère quelque 1 600 kilomètres de voies.",
            "selon",
            Some("qui gère quelque 1 600 kilomètres de voies."),
        ),
        // A speaker named by a noun, then an age, then what describes the speaker.
        (
            "« Je ne sais pas », a reconnu le vainqueur, 24 ans, qui a remporté quatre des cinq tournois.",
            "reconnu",
            Some("24 ans, qui a remporté quatre des cinq tournois."),
        ),
        // Where it was said, a title, then the name.
        (
            "« Cent cinquante emplois », promet dans nos colonnes son directeur, Roger Marchal, dont l'usine emploie 420 ouvriers.",
            "promet",
            Some("dont l'usine emploie 420 ouvriers."),
        ),
        (
            "« J'ai signé », a témoigné à la barre Marcel Dufaure, 81 ans, qui a perdu 12 500 euros.",
            "témoigné",
            Some("81 ans, qui a perdu 12 500 euros."),
        ),
        // A hyphenated name.
        (
            "« Il n'y a rien », témoigne Julien Rey-Giraud, qui exploite 28 hectares de noyers.",
            "témoigne",
            Some("qui exploite 28 hectares de noyers."),
        ),
        // The audience after the verb, in the incise.
        (
            "« J'ai dormi moins de quatre heures », a raconté le vainqueur à son arrivée, devant près de 2 000 personnes massées sur le quai.",
            "raconté",
            Some("devant près de 2 000 personnes massées sur le quai."),
        ),
        // A poll's sample right after its noun, in the source phrase.
        (
            "The crush was below the average forecast of 30.5 mln tonnes in a Eurowire survey of 11 analysts.",
            "in",
            Some("of 11 analysts."),
        ),
        // The relative clause, then an apposition to the sentence's end.
        (
            "\"Planning is the bottleneck,\" said Rachel Odum, who chairs the Land Forum, an industry group of some 240 developers.",
            "said",
            Some("who chairs the Land Forum, an industry group of some 240 developers."),
        ),
        (
            "\"It holds,\" said Rachel Odum, who chairs the Forum, adding that 300 sites wait.",
            "said",
            Some("who chairs the Forum"),
        ),
        // Appositions of the speaker to the sentence's end; not speech going on.
        (
            "« J'ai tout perdu », souffle Hélène Perrin, 44 ans, vigneronne installée sur 12 hectares.",
            "souffle",
            Some("44 ans, vigneronne installée sur 12 hectares."),
        ),
        (
            "« J'ai tout perdu », souffle Hélène Perrin, ajoutant que 300 vignerons sont touchés.",
            "souffle",
            None,
        ),
        (
            "« Il n'a de sens que contrôlé », juge Anna Vidal, analyste, pour qui un pétrolier sur cinq échappe.",
            "juge",
            None,
        ),
        (
            "\"It's the worst in 30 years,\" said Declan Hurley, 55, a publican whose cellar took in 80cm of water.",
            "said",
            Some("55, a publican whose cellar took in 80cm of water."),
        ),
        (
            "The mayor told a meeting attended by about 200 residents that she would act.",
            "told",
            Some("a meeting attended by about 200 residents "),
        ),
        (
            "Rutte told reporters in a room packed with about 150 journalists that NATO would hold.",
            "told",
            Some("reporters in a room packed with about 150 journalists "),
        ),
        (
            "Le maire a déclaré devant 200 habitants que la piscine ouvrirait.",
            "déclaré",
            Some("devant 200 habitants "),
        ),
        (
            "« On ne couvre pas nos coûts », témoigne Mathilde Guérin, qui élève 70 vaches au Mesnil.",
            "témoigne",
            Some("qui élève 70 vaches au Mesnil."),
        ),
        (
            "Le lait est payé 0,43 euro, selon Mathilde Guérin, qui élève 70 vaches.",
            "selon",
            Some("qui élève 70 vaches."),
        ),
        // What is reported is no setting: after "that", without "that", a figure after "à".
        (
            "The mayor told residents that 200 homes were flooded.",
            "told",
            Some("residents "),
        ),
        ("The ministry said 300 soldiers died.", "said", None),
        (
            "L'ONU a estimé à 300 000 le nombre de déplacés que la guerre a jetés sur les routes.",
            "estimé",
            None,
        ),
        (
            "According to a report that 300 soldiers died, it failed.",
            "according",
            None,
        ),
        (
            "300 soldats sont morts, a indiqué le ministre, qui a démissionné.",
            "indiqué",
            Some("qui a démissionné."),
        ),
        (
            "Devant une centaine de négociants réunis à Odessa, le vice-ministre a affirmé que le trafic avait baissé de 10 %.",
            "affirmé",
            Some("Devant une centaine de négociants réunis à Odessa"),
        ),
        (
            "D'après un sondage Panelis réalisé auprès de 1 005 personnes, 38 % des Français ont réduit leurs cafés.",
            "d'",
            Some("réalisé auprès de 1 005 personnes"),
        ),
        (
            "Le gaspillage atteint 120 grammes par repas, d'après un audit réalisé en 2025 dans 40 lycées par un cabinet.",
            "d'",
            Some("réalisé en 2025 dans 40 lycées par un cabinet"),
        ),
        (
            "En visite dans une école de 900 élèves à Mykolaïv, le vice-ministre a annoncé la construction de 60 abris.",
            "annoncé",
            Some("En visite dans une école de 900 élèves à Mykolaïv"),
        ),
        (
            "Speaking in a hangar where about 200 workers had gathered, the minister said 300 jobs were safe.",
            "said",
            Some("Speaking in a hangar where about 200 workers had gathered"),
        ),
        (
            "« C'est une bonne nouvelle », a déclaré le ministre en visitant une usine de 450 salariés près de Vierzon.",
            "déclaré",
            Some("en visitant une usine de 450 salariés près de Vierzon."),
        ),
        // A gerund that reports itself is no setting.
        (
            "Elle juge le scénario gérable, a-t-elle dit, tout en rappelant que 40 % des ménages se chauffent au gaz.",
            "dit",
            None,
        ),
        // A body named by its noun, described: what it did is not what it says.
        (
            "Les salariés seront reclassés, assure la banque, qui a dégagé un bénéfice de 41 millions d'euros.",
            "assure",
            Some("qui a dégagé un bénéfice de 41 millions d'euros."),
        ),
        (
            "« Avec 86 tonnes à l'hectare, je n'ai jamais fait aussi bien », dit l'agriculteur de 46 ans, qui cultive 180 hectares.",
            "dit",
            Some("qui cultive 180 hectares."),
        ),
        (
            "Deux gares ont été touchées, a indiqué la compagnie publique Ukrzaliznytsia, qui a dû dérouter une quarantaine de trains.",
            "indiqué",
            Some("qui a dû dérouter une quarantaine de trains."),
        ),
        // A relative clause that reports goes on speaking; "dont" counts parts.
        (
            "Deux silos ont été endommagés, a indiqué l'administration régionale d'Odessa, qui fait état de trois blessés.",
            "indiqué",
            None,
        ),
        (
            "Deux silos ont été endommagés, indique l'administration, qui fait état de trois blessés.",
            "indique",
            None,
        ),
        (
            "Les pompiers sont intervenus, indique le Sdis, qui fait état de trois blessés légers.",
            "indique",
            None,
        ),
        (
            "La ligne transporte 3 900 voyageurs par jour, selon Serrabus, dont près de la moitié sont des lycéens.",
            "selon",
            None,
        ),
        // A document's description is what it reports.
        (
            "Les loyers ont augmenté de 8 %, selon le rapport, qui porte sur 300 communes.",
            "selon",
            None,
        ),
        (
            "\"The pause was priced in,\" said Hamid Rostami of Gulfstream Energy Advisory, which advises more than 20 national oil companies.",
            "said",
            Some("which advises more than 20 national oil companies."),
        ),
        (
            "\"October is solid,\" said Marco Ferri, an analyst at Banca Levante who has a \"hold\" rating on the stock and a price target of 14.20 euros.",
            "said",
            Some("an analyst at Banca Levante who has a \"hold\" rating on the stock and a price target of 14.20 euros."),
        ),
        // An incise whose speaker is not described.
        ("300 soldats sont morts, a indiqué le ministre.", "indiqué", None),
    ];

    #[test]
    fn settings() {
        for (s, word, expected) in SETTINGS {
            let toks = tokenize(s, 0..s.len());
            let i = toks.iter().position(|t| t.lower == *word).expect("word");
            assert_eq!(setting(&toks, i).map(|r| &s[r]), *expected, "{s}");
        }
    }
}
