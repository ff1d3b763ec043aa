//! Attribution phrases: "selon", "d'après", "de source militaire", "à en croire", "a appris",
//! "according to", "citing", "in a statement" (the lexicon's PHRASES); not "d'après-guerre"
//! nor the conjunction "selon que".

use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::{Kind, Tok};

/// The length in tokens of the attribution phrase that starts at word `i`, if one does.
#[inline(always)]
pub(super) fn attributes(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    if toks[i].is(cl::PHRASE_START) {
        phrase_at(toks, i)
    } else {
        None
    }
}

fn phrase_at(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // An adverb inside a verb's phrase: "Le groupe fait aussi valoir que…", "font également
    // état de" (the phrase read past it, one token longer).
    if matches!(lw(i + 1), "aussi" | "également" | "encore" | "d'ailleurs" | "notamment") {
        let past = cues::phrases(lw(i))
            .iter()
            .any(|seq| seq.len() == 2 && cues::PHRASE_VERBS.contains(&seq[1]) && lw(i + 2) == seq[1]);
        if past {
            return Some(3).filter(|&len| !rule_follows(toks, i + len));
        }
    }
    // The phrases are looked up by first word: only the next ones need comparing.
    cues::phrases(lw(i))
        .iter()
        .find(|seq| {
            if !seq.iter().enumerate().skip(1).all(|(k, w)| lw(i + k) == *w) {
                return false;
            }
            // "d'après-guerre" is not "d'après".
            if seq.len() == 2 && seq[1] == "après" {
                return !(toks.get(i + 2).is_some_and(|t| t.is_sym('-') && !t.space_before));
            }
            // "The court was told", "were told": a passive, nobody named.
            if seq[0] == "told" {
                return !(i > 0
                    && matches!(
                        lw(i - 1),
                        "was" | "were" | "been" | "being" | "is" | "are" | "am" | "'m"
                    ));
            }
            // "a confié à l'AFP", "», confie le maire"; not "a confié la gestion de ses 620
            // places à une société" (entrusting a thing).
            if seq.last().is_some_and(|w| matches!(*w, "confié" | "confie")) {
                let next = lw(i + seq.len());
                return matches!(next, "à" | "au" | "aux" | "que" | "qu'" | ":" | "«")
                    || !(cues::DETERMINERS_FR.contains(&next) || cues::POSSESSIVES.contains(&next))
                    || (i > 0 && matches!(toks[i - 1].kind, Kind::Sym(',' | '»' | '”')));
            }
            // "raised gas tariffs, citing higher wholesale prices": a reason given, not a
            // source cited ("citing officials", "citing a ministry report").
            if seq[0] == "citing" {
                let mut k = i + 1;
                if matches!(lw(k), "the" | "a" | "an" | "its" | "their" | "his" | "her") {
                    k += 1;
                }
                return !CAUSES_EN.contains(&lw(k));
            }
            // "selon que" is a conjunction.
            if seq[0] == "selon" {
                return lw(i + 1) != "que" && lw(i + 1) != "qu'";
            }
            true
        })
        .map(Vec::len)
        .filter(|&len| !rule_follows(toks, i + len))
}

/// The first word of a reason given after "citing": a change or a state ("higher
/// wholesale prices", "weak demand") or a reason's noun ("concerns", "security reasons").
const CAUSES_EN: &[&str] = &[
    "higher",
    "lower",
    "rising",
    "falling",
    "soaring",
    "surging",
    "weak",
    "weaker",
    "strong",
    "stronger",
    "poor",
    "high",
    "low",
    "increased",
    "reduced",
    "declining",
    "growing",
    "concerns",
    "concern",
    "fears",
    "reasons",
    "reason",
    "security",
    "safety",
    "health",
    "uncertainty",
    "delays",
    "pressure",
    "costs",
    "need",
    // A danger named as the reason: "raised defence spending to 5.6 pct of GDP, citing the
    // threat from Russia".
    "threat",
    "threats",
    "risk",
    "risks",
    "danger",
    "tensions",
    "instability",
];

/// For a phrase that is a clause of its own, with its verb ("a poll found", "a
/// appris", "font état", "told"), in a subordinate clause ("although a poll found…",
/// "alors que l'AFP a appris…"): the range it covers, its clause only, as for a reporting
/// verb (see [`super::reach`]). `None` for a phrase that covers its sentence: every
/// prepositional one ("selon", "according to"), and a verb phrase in a main clause.
pub(super) fn clause_only(toks: &[Tok<'_>], i: usize, len: usize) -> Option<std::ops::Range<usize>> {
    match phrase_reach(toks, i, len)? {
        super::reach::Reach::Clause(r) => Some(toks[i].start..r.end),
        _ => None,
    }
}

/// A source phrase inside a relative clause set off by a comma covers that clause only:
/// "…a coûté 3 000 euros à la commune, qui compte 2 950 habitants au recensement de 2023"
/// (the census counts the inhabitants, not the cost). From the relative pronoun to the
/// clause's end.
pub(super) fn in_relative(toks: &[Tok<'_>], i: usize) -> Option<std::ops::Range<usize>> {
    let boundary = |t: &Tok<'_>| t.is_sym(',') || t.is_sym(';') || t.is_sym(':') || t.is_sym('(') || t.is_sym(')');
    // A breakdown of the figure before it, with no verb of its own, is part of it: "a coûté
    // 186 millions d'euros, dont 62 millions apportés par l'État, selon le département"
    // (not "…, dont cinq ont été livrés, selon le gouvernement", a clause of its own).
    let breakdown = |rel: usize| {
        toks[rel].lower == "dont"
            && toks
                .get(rel + 1)
                .is_some_and(|t| t.num().is_some() || t.is(cl::NUMWORD | cl::APPROX))
            && !toks[rel..i]
                .iter()
                .any(|t| cues::AUXILIARIES.contains(&t.lower.as_ref()))
    };
    let from = toks[..i].iter().rposition(boundary).map_or(0, |p| p + 1);
    let rel = from;
    let opens = toks
        .get(rel)
        .is_some_and(|t| matches!(t.lower.as_ref(), "qui" | "which" | "who" | "dont" | "where" | "où"))
        && rel > 0
        && toks[rel - 1].is_sym(',');
    if !opens {
        // Or in an incise inside the relative clause: "plus de 60 attaques, qui ont
        // endommagé, selon l'Autorité des ports, plus de 300 installations" covers the
        // relative clause, past the incise, and not the main clause.
        if i < 2 || !toks[i - 1].is_sym(',') {
            return None;
        }
        let rel = toks[..i - 1].iter().rposition(boundary).map_or(0, |p| p + 1);
        let opens = toks
            .get(rel)
            .is_some_and(|t| matches!(t.lower.as_ref(), "qui" | "which" | "who" | "dont" | "where" | "où"))
            && rel > 0
            && toks[rel - 1].is_sym(',');
        let close = toks[i..].iter().position(|t| t.is_sym(',')).map(|p| i + p)?;
        // The comma after the source may only open its name, to the sentence's end: "…, dont
        // la moitié est apportée par des partenaires, selon la trésorière, Nadine Guérin."
        // (the phrase closes the sentence, and covers it).
        let rest = toks[close + 1..].iter().filter(|t| !t.is_sym('.'));
        let named_source = rest.clone().count() <= 4
            && rest
                .clone()
                .all(|t| (t.is_word() && t.is_capitalized()) || t.is_sym('-'))
            && toks[close + 1..].iter().any(|t| t.is_word());
        if !opens || breakdown(rel) || named_source {
            return None;
        }
        let end = toks[close + 1..]
            .iter()
            .position(boundary)
            .map_or(toks[toks.len() - 1].end, |p| toks[close + 1 + p].start);
        return Some(toks[rel].start..end);
    }
    let end = toks[i..]
        .iter()
        .position(boundary)
        .map_or(toks[toks.len() - 1].end, |p| toks[i + p].start);
    Some(toks[rel].start..end)
}

/// A source phrase set between commas in the middle of a sentence, then a new clause with
/// its own subject joined by "et"/"and": "le taux de réussite a atteint 91,3 %, selon les
/// résultats publiés par le ministère, et la commune a investi 250 000 euros…". It covers
/// what precedes it, not the new clause (as a reporting verb's incise does, see
/// [`super::reach`]).
pub(super) fn incise_before_clause(toks: &[Tok<'_>], i: usize, len: usize) -> Option<std::ops::Range<usize>> {
    if i == 0 || !toks[i - 1].is_sym(',') {
        return None;
    }
    let c = (i + len..toks.len().min(i + len + 12)).find(|&k| toks[k].is_sym(','))?;
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let joins = matches!(lw(c + 1), "et" | "and" | "mais" | "but");
    let determiner = |w: &str| cues::DETERMINERS_FR.contains(&w) || cues::DETERMINERS_EN.contains(&w);
    // Its own subject: an article and a noun, then a verb within a few words (or a count and
    // its noun: "…, selon les organisateurs, et 27 classes du secteur sont inscrites").
    let counted = toks
        .get(c + 2)
        .is_some_and(|t| t.num().is_some() || t.is(crate::figures::classes::NUMWORD));
    let subject = (determiner(lw(c + 2)) || counted)
        && toks.get(c + 3).is_some_and(|t| t.is_word() && t.num().is_none())
        && toks[c + 3..].iter().take(4).any(|t| {
            t.is(crate::figures::classes::VERB)
                || cues::AVOIR.contains(&t.lower.as_ref())
                || cues::ETRE.contains(&t.lower.as_ref())
        });
    (joins && subject).then(|| toks[0].start..toks[c].start)
}

/// For a phrase with a verb whose subject holds a figure ("Some 1,500 repair workers …
/// told local media they…"): that subject, which the phrase does not cover.
pub(super) fn but_subject(toks: &[Tok<'_>], i: usize, len: usize) -> Option<std::ops::Range<usize>> {
    match phrase_reach(toks, i, len)? {
        super::reach::Reach::ButSubject(r) => Some(r),
        _ => None,
    }
}

/// The reach of the verb of the phrase at `i` (see [`cues::PHRASE_VERBS`]), if it has one.
fn phrase_reach(toks: &[Tok<'_>], i: usize, len: usize) -> Option<super::reach::Reach> {
    let verb = (i..i + len)
        .rev()
        .find(|&k| cues::PHRASE_VERBS.contains(&toks[k].lower.as_ref()))?;
    Some(super::reach::reach(toks, verb))
}

/// A relative clause between commas that describes the source named by a phrase opening
/// the sentence: "Selon l'association Montagne sûre, qui regroupe 230 guides, la
/// fréquentation a progressé de 40 %", "According to the union, which represents 12,000
/// drivers, 60% joined". The description is the newsroom's, not the source's (its byte
/// range).
pub(super) fn source_description(toks: &[Tok<'_>]) -> Option<std::ops::Range<usize>> {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // The phrase opens the sentence, or follows a comma: "…, d'après les organisateurs, qui
    // avaient installé trois stands".
    // (Only a phrase's first word may open one: most tokens are passed on a bit test.)
    let from = (0..toks.len()).find_map(|k| {
        if !toks[k].is(cl::PHRASE_START) && k > 0 {
            return None;
        }
        let opens = k == 0 || toks[k - 1].is_sym(',');
        match (lw(k), lw(k + 1)) {
            ("selon" | "d'après", _) if opens => Some(k + 1),
            ("according", "to") | ("d'", "après") if opens => Some(k + 2),
            // "Pour Me Julien Rivière, avocat de…": a person's view, opening the sentence.
            ("pour", _) if k == 0 && toks.get(1).is_some_and(|t| t.is_capitalized()) => Some(k + 1),
            _ => None,
        }
    })?;
    // (A hyphenated place in the name takes tokens: "selon le moulin coopératif de
    // Saint-Roch-des-Alpilles, qui regroupe 640 adhérents".)
    let comma = from + toks[from..].iter().take(16).position(|t| t.is_sym(','))?;
    let rel = comma + 1;
    // Or a noun in apposition, the source's title or trade, before the clause it speaks:
    // "Pour Me Julien Rivière, avocat de douze parties civiles, « le préjudice… »",
    // "Selon Anne Roy, directrice d'un réseau de 40 crèches, la pénurie…".
    let det = usize::from(matches!(
        lw(rel),
        "un" | "une" | "le" | "la" | "l'" | "an" | "a" | "the"
    ));
    if cues::VIEW_HOLDERS_FR.contains(&lw(rel + det)) || cues::SPEAKER_NOUNS_EN.contains(&lw(rel + det)) {
        let close = rel + toks[rel..].iter().take(12).position(|t| t.is_sym(','))?;
        let plain = toks[rel..close].iter().all(|t| {
            !t.is(cl::VERB)
                && !matches!(t.kind, Kind::Sym('«' | '"' | '“'))
                && !matches!(t.lower.as_ref(), "que" | "qu'" | "qui")
        });
        return (plain && close + 1 < toks.len()).then(|| toks[rel].start..toks[close - 1].end);
    }
    if !matches!(lw(rel), "qui" | "which" | "who") {
        return None;
    }
    // To the next comma, or to the end of the sentence when the phrase opened inside it.
    let close = toks[rel..].iter().position(|t| t.is_sym(',')).map(|p| rel + p);
    let range = match close {
        Some(c) if c + 1 < toks.len() => rel..c,
        _ if from > 2 => rel..toks.len(),
        _ => return None,
    };
    // A clause in which the source speaks goes on with its speech ("…, selon le maire, qui
    // a précisé que 40 familles…", "…, who said 300 more would follow").
    // Nor one in which it counts or polls ("…, selon la gendarmerie, qui en comptait 13 l'an
    // dernier", "D'après l'Ifop, qui a interrogé 1 008 personnes, …").
    let counts = |w: &str| {
        [
            "compt",
            "recens",
            "enregistr",
            "dénombr",
            "count",
            "record",
            "estimat",
            "tall",
            "interrog",
            "sond",
            "survey",
            "poll",
            "question",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    };
    // (Having members is no count: "…, selon le comité des fêtes, qui compte une soixantaine
    // de bénévoles"; "qui en comptait 13", "qui a compté" counted.)
    // (Nor the noun after another verb: "…, which collects counts from several hundred
    // volunteer observers".)
    let noun = |k: usize| {
        matches!(
            toks[k].lower.as_ref(),
            "counts" | "records" | "estimates" | "surveys" | "polls"
        ) && k > 0
            && !matches!(
                toks[k - 1].lower.as_ref(),
                "which" | "who" | "that" | "also" | "still" | "it"
            )
    };
    let counted = |k: usize| {
        if toks[k].lower.starts_with("compt") {
            !super::has_members(toks, k)
        } else {
            !noun(k) || (k > 0 && matches!(toks[k - 1].lower.as_ref(), "en" | "a" | "ont"))
        }
    };
    // (What the source claims to be describes it, as the guideline's "qui revendique 12 000
    // adhérents": "…, selon l'association X, qui revendique 200 adhérents".)
    let claim = cues::DESCRIBING_CLAIMS.contains(&lw(rel + 1));
    let speaks = range.clone().any(|k| {
        let t = &toks[k];
        (t.is(cl::VERB) && !(claim && k == rel + 1))
            || (counts(t.lower.as_ref()) && counted(k))
            || matches!(t.lower.as_ref(), "que" | "qu'" | "that")
            || matches!(t.kind, Kind::Sym('«' | '"' | '“'))
    });
    (!speaks).then(|| toks[range.start].start..toks[range.end - 1].end)
}

/// A rule, norm, definition or method at `k` (after a determiner): "selon la définition
/// d'Eurostat", "according to the rules". It is not a speaker. Nor is a criterion after
/// "selon", which then means "depending on": "selon la qualité du grain", "selon l'âge".
fn rule_follows(toks: &[Tok<'_>], mut k: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let selon = k > 0 && lw(k - 1) == "selon";
    // "Selon la région, l'offre augmentera de 6 %": opening the sentence before a comma, a
    // criterion's noun in the singular names the body (it means "depending on" after what
    // varies, or in the plural: "Selon les régions, 10 à 20 %…").
    let opening = selon && k == 1 && matches!(lw(k), "la" | "le" | "l'");
    if cues::RULE_DETERMINERS.contains(&lw(k)) {
        k += 1;
    }
    // "selon les textes en vigueur", "under the rules in force": a rule, whatever its noun.
    let in_force = (lw(k + 1) == "en" && lw(k + 2) == "vigueur") || (lw(k + 1) == "in" && lw(k + 2) == "force");
    // "selon les calculs de L'ÉCONOMISTE", "d'après les calculs de l'Insee": calculations
    // that someone made are that someone's figures (a definition stays a rule: "selon la
    // définition d'Eurostat").
    let owned = lw(k).starts_with("calcul")
        && matches!(lw(k + 1), "de" | "du" | "d'" | "des")
        // (Or a person by a title: "selon les calculs de l'adjoint aux finances".)
        && toks.get(k + 2).is_some_and(|t| {
            t.is_capitalized()
                // ("des calculs du syndicat CGT": "du" holds the article.)
                || (matches!(lw(k + 1), "du" | "des") && t.is_word() && !t.is(cl::STOP))
                || (matches!(t.lower.as_ref(), "l'" | "la" | "le")
                    && toks.get(k + 3).is_some_and(|n| n.is_capitalized() || (n.is_word() && !n.is(cl::STOP))))
        });
    // A document a body published: "selon la grille horaire publiée mercredi par la Région"
    // (a timetable is a text that speaks for its author; a classification stays a rule).
    let published = (k + 1..toks.len().min(k + 5))
        .find(|&q| {
            let w = lw(q);
            ["publié", "diffusé", "dévoilé", "présenté", "published", "released"]
                .iter()
                .any(|p| w.starts_with(p))
        })
        .is_some_and(|q| super::verbs::has_agent(toks, q) && !super::verbs::agent_is_a_text(toks, q));
    // A possessive owns them too: "il produisait, selon ses calculs, près de 250
    // baguettes par jour", "by their calculations".
    let possessive = |w: &str| cues::POSSESSIVES.contains(&w);
    let counted = |w: &str| w.starts_with("calcul") || w.starts_with("estimation");
    let possessed = (possessive(lw(k)) && counted(lw(k + 1))) || (k > 0 && possessive(lw(k - 1)) && counted(lw(k)));
    // A court's referral order is a document of the case, not a rule: "selon l'ordonnance
    // de renvoi".
    let court_order = lw(k) == "ordonnance" && lw(k + 1) == "de" && lw(k + 2) == "renvoi";
    let owned = owned || published || possessed || court_order;
    // Past an owner and adjectives: "according to the group's new definition", "selon la
    // nouvelle méthode" (the rule's noun within a few words, before any other mark).
    let head_rule = (k..toks.len().min(k + 5))
        .take_while(|&q| {
            (toks[q].is_word() && !matches!(lw(q), "de" | "du" | "des" | "d'" | "of"))
                || toks[q].is_sym('\'')
                || toks[q].is_sym('’')
        })
        .any(|q| cues::RULE_NOUNS.contains(&lw(q)));
    ((cues::RULE_NOUNS.contains(&lw(k)) || head_rule) && !owned)
        // (A capital names the institution: "Selon la Région, la ligne a transporté…"; so
        // does "la région" in an incise that closes a sentence where nothing varies: "…
        // ont coûté 72 millions d'euros, selon la région.")
        || (selon
            && cues::CRITERION_NOUNS.contains(&lw(k))
            && !toks[k].is_capitalized()
            && !(opening && toks.get(k + 1).is_some_and(|t| t.is_sym(',')))
            && !closing_body(toks, k))
        || in_force
}

/// The region named by its noun at `k`, in an incise after a comma that closes the
/// sentence, where nothing varies with it ("…, selon la région." speaks; "varient de 3 à 5
/// euros, selon la région" is a criterion).
fn closing_body(toks: &[Tok<'_>], k: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let incise = k >= 3 && lw(k - 1) == "la" && lw(k - 2) == "selon" && toks[k - 3].is_sym(',');
    let closes = toks.get(k + 1).is_none_or(|t| t.is_sym('.'));
    let varies = toks.iter().any(|t| {
        ["vari", "dépend", "oscill", "diffèr", "fluctu"]
            .iter()
            .any(|p| t.lower.starts_with(p))
    });
    lw(k) == "région" && incise && closes && !varies
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// A phrase in an incise before "et" and a new clause covers what precedes it.
    #[test]
    fn an_incise_before_a_new_clause() {
        let s = "Le taux a atteint 91,3 %, selon les résultats publiés par le ministère, et la commune a investi 250 000 euros.";
        let c = super::super::testing::cues_of(s);
        let clause = c.clause.expect("a clause");
        assert_eq!(
            &s[clause],
            "Le taux a atteint 91,3 %, selon les résultats publiés par le ministère"
        );
        // A list going on is covered whole.
        let s = "Il y a eu 300 morts, selon l'ONU, et 200 blessés.";
        assert!(super::super::testing::cues_of(s).clause.is_none());
        // A count and its noun open a new clause with their verb.
        let s = "Le festival a attiré 1 030 enfants, selon les organisateurs, et 27 classes du secteur sont inscrites.";
        let clause = super::super::testing::cues_of(s).clause.expect("a clause");
        assert_eq!(
            &s[clause],
            "Le festival a attiré 1 030 enfants, selon les organisateurs"
        );
    }

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        (
            "Un réserviste est payé entre 70 et 120 euros par jour selon son grade.",
            Unsourced,
        ),
        ("Selon l'arrêté, ce plafond peut être porté à 21 %.", Unsourced),
        ("Les travaux en chiffres : 38 kilomètres de rails.", Unsourced),
        // A plan or a deal sets its figures; the terms of a text are cited.
        ("Under the agreement, the UK's share is about 188,000 tonnes.", Unsourced),
        ("Under the plan, an emergency is declared at 38 °C.", Unsourced),
        // A reason given after "citing" is no source; a speaker or a document is.
        (
            "Energy prices were 8.2 pct higher after utilities raised tariffs, citing higher wholesale prices.",
            Unsourced,
        ),
        ("Shares fell 8 pct, citing weak demand.", Unsourced),
        (
            "The government raised defence spending to 5.6 pct of GDP, citing the threat from Russia.",
            Unsourced,
        ),
        ("Some 300 soldiers died, citing officials.", Attributed),
        ("Output fell 8 pct, citing a ministry report.", Attributed),
        // A rule past its owner and adjectives; the terms of a text that sets the figure.
        ("Volumes fell 2%, according to the group's new definition.", Unsourced),
        ("Le taux atteint 4 %, selon la nouvelle méthode.", Unsourced),
        (
            "L'aide est de 50 000 euros, selon les termes de la convention signée avec l'ARS.",
            Attributed,
        ),
        (
            "Selon le règlement du concours, la lauréate consacre la moitié de sa dotation.",
            Unsourced,
        ),
        (
            "Selon le Code civil (article 716), l'inventeur d'un trésor en reçoit la moitié.",
            Unsourced,
        ),
        ("Selon l'ONU, 300 civils ont été tués.", Attributed),
        (
            "Le maire a confié à l'AFP que 300 foyers étaient privés d'eau.",
            Attributed,
        ),
        (
            "La direction a confié la gestion de ses 620 places à une société privée.",
            Unsourced,
        ),
        (
            "Selon la région, autorité organisatrice, l'offre augmentera de 6 %.",
            Attributed,
        ),
        ("Les prix varient de 3 à 5 euros selon la région.", Unsourced),
        ("Le groupe fait aussi valoir que la fréquentation a baissé de 38 %.", Attributed),
        ("Il fait aussi 38 % de plus.", Unsourced),
        ("Les prix varient de 3 à 5 euros, selon la région.", Unsourced),
        ("Les travaux ont coûté 72 millions d'euros, selon la région.", Attributed),
        ("Il produisait, selon ses calculs, près de 250 baguettes par jour.", Attributed),
        ("Le taux atteint 4 %, selon ses règles.", Unsourced),
        ("The mayor told local media that 1,500 workers were sent.", Attributed),
        ("I am told the line carries about 4,000 passengers a day.", Passive),
        // At the end after a relative clause, the source's name after it.
        (
            "La régate coûte 18 000 euros au club, dont la moitié est apportée par des partenaires privés, selon la trésorière, Nadine Guérin.",
            Attributed,
        ),
        // At the end, after a relative clause that holds the figure.
        (
            "L'Allemagne fournit des systèmes, dont cinq ont été livrés cette année, selon le gouvernement.",
            Attributed,
        ),
        ("D'après Kiev, 300 civils ont été tués.", Attributed),
        ("De source militaire, on compte 300 morts.", Attributed),
        ("À en croire le ministre, 300 civils ont été tués.", Attributed),
        ("According to the UN, 300 civilians were killed.", Attributed),
        (
            "Le bilan atteint 300 morts, a appris l'AFP de source sécuritaire.",
            Attributed,
        ),
        // A census owns its data.
        ("Au recensement de 2011, il comptait 113 habitants.", Attributed),
        ("La commune comptait 612 habitants au dernier recensement.", Attributed),
        ("- Population de Vaubreuil : 46 200 habitants (recensement de 2023).", Attributed),
        ("- Population: 46,200 (2021 census).", Attributed),
        ("Le recensement de 2023 a coûté 300 000 euros.", Unsourced),
        (
            "Il serait racheté par une enseigne, qui pourrait créer une quinzaine d'emplois, a-t-on appris de source syndicale.",
            Attributed,
        ),
        ("Un marché de 3,2 millions d'euros, attribué en 2021, selon l'ordonnance de renvoi.", Attributed),

        ("Key results, as listed in the preprint: three coronal streamers.", Attributed),
        ("The town had 4,000 residents at the last census.", Attributed),
        ("In the census, the town had 4,000 residents.", Attributed),
        ("L'Europe d'après-guerre comptait 300 millions d'habitants.", Unsourced),
        (
            "Selon que le front tienne ou non, 300 villages seront évacués.",
            Unsourced,
        ),
        // A rule, norm, definition or method is not a source.
        ("Selon la définition d'Eurostat, le chômage atteint 7 %.", Unsourced),
        (
            "La facture grimpera de 49 euros, selon les calculs de l'adjoint aux finances.",
            Attributed,
        ),
        (
            "La fermeture concernera 30 patients, selon les calculs du syndicat CGT.",
            Attributed,
        ),
        // "as declared by": a count's source.
        (
            "The result as declared by the returning officer gave her 11,820 votes.",
            Attributed,
        ),
        (
            "La présidence réunit, selon la Constitution, un Bosniaque, un Croate et un Serbe ; 18 candidats.",
            Unsourced,
        ),
        (
            "Selon les calculs de L'ÉCONOMISTE, un foyer économisera environ 65 euros par an.",
            Attributed,
        ),
        (
            "D'après les calculs de l'Insee, 300 000 emplois ont été créés.",
            Attributed,
        ),
        ("Selon le calcul retenu, 300 000 emplois ont été créés.", Unsourced),
        (
            "Le prix varie de 0,89 à 1,65 euro le kilo selon les magasins.",
            Unsourced,
        ),
        (
            "Selon la grille de nuances du ministère de l'Intérieur, la gauche ravit quatre communes.",
            Unsourced,
        ),
        ("Selon la méthode habituelle, 300 logements manquent.", Unsourced),
        (
            "D'après les critères de l'OMS, 40 % des enfants sont en surpoids.",
            Unsourced,
        ),
        ("According to the definition used, 300 firms are small.", Unsourced),
        ("Selon les normes en vigueur, le seuil est de 50 salariés.", Unsourced),
        (
            "Selon les textes en vigueur, le contrôle continu compte pour 40 % de la note.",
            Unsourced,
        ),
        // Nor is a law: "under the law", "aux termes de l'article 313-1".
        (
            "Aux termes de l'article 313-1 du Code pénal, l'escroquerie est punie de 375 000 euros d'amende.",
            Unsourced,
        ),
        ("According to the law, the fine reaches 375,000 euros.", Unsourced),
        ("Under the law, the fine reaches 375,000 euros.", Unsourced),
        ("En vertu de la loi, l'amende atteint 375 000 euros.", Unsourced),
        ("Aux termes du contrat, le club versera 2 millions d'euros.", Attributed),
        (
            "Under the terms of the leases, the developer must refund £1,150 per flat.",
            Attributed,
        ),
        ("Under the terms of the law, the fine reaches 375,000 euros.", Unsourced),
        // Nor is a criterion: "selon" then means "depending on".
        (
            "Les prix varient de 210 à 235 dollars la tonne selon la qualité du grain.",
            Unsourced,
        ),
        ("Selon les régions, 10 à 20 % des écoles sont fermées.", Unsourced),
        ("Le loyer mensuel d'un étal va de 180 à 320 euros selon la surface.", Unsourced),
        ("Elles étaient vendues entre 150 et 300 euros selon la puissance du véhicule.", Unsourced),
        ("Les pertes de récolte varient de 30 à 100 % selon les parcelles.", Unsourced),
        // A rule published by a body is its document.
        (
            "La ligne comptera 13 allers-retours, selon la grille horaire publiée mercredi par la Région.",
            Attributed,
        ),
        (
            "La ligne comptera 13 allers-retours, selon la grille horaire.",
            Unsourced,
        ),
        // The source's description is not covered; the rest is.
        (
            "Selon l'association, qui regroupe 230 guides, la fréquentation a progressé de 40 %.",
            Attributed,
        ),
        // A capital names the institution.
        (
            "Selon la Région, la ligne a transporté 1,1 million de voyageurs.",
            Attributed,
        ),
        ("Le loyer atteint 900 euros selon l'âge du bâtiment.", Unsourced),
        // A body that owns the rule is.
        ("Selon l'Insee, le chômage atteint 7 %.", Attributed),
        // A phrase with its own verb in a subordinate clause covers that clause only.
        ("A recent poll found 40 percent support.", Attributed),
        (
            "The bridge costs $40 million, although a poll found little support.",
            Unsourced,
        ),
        (
            "Le pont coûte 40 millions, alors que l'AFP a appris son abandon.",
            Unsourced,
        ),
        ("Le pont coûte 40 millions, a appris l'AFP.", Attributed),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
