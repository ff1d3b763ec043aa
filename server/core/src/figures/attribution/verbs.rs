//! Reporting verbs with a subject, in any tense and order ("X a déclaré", "a indiqué X",
//! "a-t-il précisé", "X said", "told reporters"): the French ones in [`super::verbs_fr`],
//! the English ones in [`super::verbs_en`]. Not a verb after a determiner ("une note",
//! "the reports") nor a capitalised name ("the United States"), nor "ajouter"/"add" with a
//! quantity as object ("ajoute 117 navires"). A passive attributes with its agent ("par
//! l'ONU", "by the ministry"); without one it only seems to ("est estimé à").

use super::{verbs_en, verbs_fr};
use crate::figures::classes as cl;
use crate::figures::lexicon::attribution::{self as cues, VerbForm};
use crate::figures::tokens::Tok;

/// What a reporting verb makes of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    /// It names a source: an active verb with its subject (see [`super::reach`] for what
    /// it covers).
    Attributes,
    /// A passive with its agent: "est estimé par l'ONU à", "was reported by". It covers
    /// the sentence, its subject included.
    Agent,
    /// A participle without auxiliary, with its agent: "le projet, chiffré à 6,2 millions
    /// par le cabinet Hydra, prévoit…". It covers its own clause.
    ReducedAgent,
    /// It distances without a source: "is said to", "are believed to".
    Hedges,
    /// A passive without agent: "est estimé à", "is estimated at".
    Passive,
    Nothing,
}

/// What word `i` makes of its sentence as a reporting verb.
#[inline]
pub(super) fn verdict(toks: &[Tok<'_>], i: usize) -> Verdict {
    // Only the words of the verb and passive lists can report: most words stop here.
    if !toks[i].is(cl::VERB | cl::FR_PASSIVE) {
        return Verdict::Nothing;
    }
    reporting(toks, i)
}

/// [`verdict`] for a word of the verb or passive lists.
fn reporting(toks: &[Tok<'_>], i: usize) -> Verdict {
    let t = &toks[i];
    // A capitalised form inside the sentence is a name ("the United States"); one that opens
    // the sentence before a colon is a headline's label ("Explained: the package aimed at 40
    // banks").
    if (i > 0 && t.is_capitalized()) || (i == 0 && toks.get(1).is_some_and(|n| n.is_sym(':'))) {
        return Verdict::Nothing;
    }
    // The end of a compound, not a verb: "value-added tax", "long-expected".
    if i > 1 && toks[i - 1].is_sym('-') && !t.space_before && !toks[i - 1].space_before && toks[i - 2].is_word() {
        return Verdict::Nothing;
    }
    // A plural noun after a count, not a verb: "Huit alertes la semaine dernière", "trois
    // signalements" ("tu alertes" does not occur in copy).
    let after_count = i > 0 && (toks[i - 1].num().is_some() || toks[i - 1].is(cl::NUMWORD));
    if after_count && t.lower.ends_with("es") && !t.lower.ends_with("ées") {
        return Verdict::Nothing;
    }
    // A claim in a relative clause describes whom it follows: "pétition lancée par
    // l'association Corbelay Ride, qui revendique 85 adhérents, et signée par…" (see
    // [`cues::DESCRIBING_CLAIMS`]).
    if i > 0
        && matches!(toks[i - 1].lower.as_ref(), "qui" | "which" | "who")
        && cues::DESCRIBING_CLAIMS.contains(&t.lower.as_ref())
    {
        return Verdict::Nothing;
    }
    let form = if t.is(cl::VERB) { cues::verb(&t.lower) } else { None };
    // A French form in "-es" is the second person singular, which copy writes after "tu"
    // only: otherwise it is the plural noun ("Les travaux en chiffres :", "les comptes").
    let second_person = matches!(form, Some(VerbForm::FrFinite | VerbForm::FrWeak))
        && t.lower.ends_with("es")
        && !t.lower.ends_with("ées")
        && t.lower != "dites"
        && !(i > 0 && toks[i - 1].lower == "tu");
    if second_person {
        return Verdict::Nothing;
    }
    // A reflexive is no report: "S'y ajoutent des bijoux, dont la valeur…" (things added),
    // "se dit" (the reflexive verbs of speech are read in incises, see `quotes.rs`).
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let reflexive = i >= 1
        && (matches!(lw(i - 1), "se" | "s'") || (i >= 2 && lw(i - 1) == "y" && matches!(lw(i - 2), "se" | "s'")));
    if reflexive && matches!(form, Some(VerbForm::FrFinite | VerbForm::FrWeak)) {
        return Verdict::Nothing;
    }
    // The defendant, a noun after its determiner: "Il a condamné le prévenu à 50 000 euros
    // d'amende" (not "il a prévenu que…").
    if toks[i].lower.starts_with("prévenu")
        && i >= 1
        && (matches!(
            lw(i - 1),
            "le" | "la" | "les" | "un" | "une" | "du" | "des" | "au" | "aux" | "ce" | "ces"
        ) || toks[i - 1].num().is_some()
            || toks[i - 1].is(cl::NUMWORD))
    {
        return Verdict::Nothing;
    }
    // A court's sentence: "Il a condamné le prévenu à verser 5 000 euros", "condamné à deux
    // ans de prison" (not "a condamné l'attaque", a statement).
    if toks[i].lower.starts_with("condamn") && toks[i + 1..].iter().take(4).any(|t| t.lower == "à") {
        return Verdict::Nothing;
    }
    // "La montée rapporte une dotation de 15 000 euros", "les inscriptions ont rapporté
    // 2 568 euros": brings money in, reports nothing (not "l'ONU a rapporté 300 morts").
    if toks[i].lower.starts_with("rapport") {
        let object = toks[i + 1..]
            .iter()
            .filter(|t| t.is_word() || t.num().is_some())
            .take(5)
            .collect::<Vec<_>>();
        let money = object.iter().any(|t| {
            matches!(
                t.lower.as_ref(),
                "euros"
                    | "euro"
                    | "dollars"
                    | "dollar"
                    | "dotation"
                    | "somme"
                    | "bénéfice"
                    | "recette"
                    | "recettes"
                    | "gains"
            )
        }) || toks[i + 1..]
            .iter()
            .take(6)
            .any(|t| matches!(t.kind, crate::figures::tokens::Kind::Sym('€' | '$' | '£')));
        if money {
            return Verdict::Nothing;
        }
    }
    // "accuse un déficit de 4,8 millions", "accusait une baisse de 3 %": shows a figure in
    // its accounts, accuses no one.
    if toks[i].lower.starts_with("accus")
        && matches!(toks.get(i + 1).map(|t| t.lower.as_ref()), Some("un" | "une"))
        && toks.get(i + 2).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "déficit" | "baisse" | "hausse" | "recul" | "perte" | "retard" | "repli" | "chute" | "trou"
            )
        })
    {
        return Verdict::Nothing;
    }
    // "on a relevé -11 °C à l'aube": nobody is named, as "on estime".
    if i >= 2 && toks[i - 2].lower == "on" && cues::AVOIR.contains(&toks[i - 1].lower.as_ref()) {
        return Verdict::Nothing;
    }
    // "Le RéNaSS a enregistré neuf répliques", "La gendarmerie a compté près de 900
    // véhicules": a body that observes records a count (not "Le département a enregistré
    // 843 naissances", a place).
    if recorded_by_an_observer(toks, i) {
        return Verdict::Attributes;
    }
    let Some(form) = form else {
        // A participle of the passive list without auxiliary: "le bilan, estimé à 300".
        return if agentless_participle(toks, i) {
            Verdict::Passive
        } else if toks[i].is(cl::FR_PASSIVE) && reduced_with_agent(toks, i) {
            Verdict::ReducedAgent
        } else if toks[i].is(cl::FR_PASSIVE) && verbs_fr::recorded_by(toks, i) {
            // What its agent measured or recorded, with no value after it: "Rafales
            // maximales mesurées par Météo-France :" (a lead-in).
            Verdict::ReducedAgent
        } else {
            Verdict::Nothing
        };
    };
    // "Le paquet ajoute 117 navires", "the package adds 105 vessels": adding a quantity,
    // not speaking.
    if adds_a_quantity(toks, i)
        || provided_by_a_text(toks, i)
        || fixe_as_adjective(toks, i)
        || shown_by_a_thing(toks, i)
    {
        return Verdict::Nothing;
    }
    // "un chiffre que Kiev n'a jamais confirmé", "the ministry did not say": nobody vouches.
    if negated(toks, i) {
        return Verdict::Nothing;
    }
    // "Rappelons que…", "Précisons que…": the newsroom's own imperative, no one else's.
    let imperative = matches!(form, VerbForm::FrFinite | VerbForm::FrWeak)
        && t.lower.ends_with("ons")
        && (i == 0 || toks[i - 1].is_sym(','))
        && !toks[..i].iter().any(|t| t.lower == "nous");
    if imperative {
        return Verdict::Nothing;
    }
    match form {
        VerbForm::FrWeak => verbs_fr::weak(toks, i),
        VerbForm::FrFinite => verbs_fr::finite(toks, i),
        VerbForm::FrParticiple => verbs_fr::participle(toks, i),
        VerbForm::En => verbs_en::verdict(toks, i),
    }
}

/// The reporting verb at `i` is negated: "n'a jamais confirmé", "ne le confirme pas", "has
/// not confirmed", "did not say", "never said". Only the negation of this verb or of its
/// auxiliary counts ("qui n'est pas venu, a déclaré que" reports).
fn negated(toks: &[Tok<'_>], i: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let before = |n: usize| if i >= n { lw(i - n) } else { "" };
    let ne = |w: &str| matches!(w, "ne" | "n'");
    let object = |w: &str| matches!(w, "l'" | "le" | "la" | "les" | "en" | "y" | "lui" | "leur");
    // A simple tense: "ne confirme pas", "ne le confirme pas".
    let simple = cues::NEGATIONS_FR.contains(&lw(i + 1)) && (ne(before(1)) || (object(before(1)) && ne(before(2))));
    // A compound tense: "n'a jamais confirmé", "ne l'a pas confirmé", "n'ont pas été précisés".
    let aux = |w: &str| cues::AVOIR.contains(&w) || cues::ETRE.contains(&w);
    let compound = cues::NEGATIONS_FR.contains(&before(1))
        && aux(before(2))
        && (ne(before(3)) || (object(before(3)) && ne(before(4))));
    // A compound passive: "n'a pas été communiqué".
    let passive = before(1) == "été" && cues::NEGATIONS_FR.contains(&before(2)) && aux(before(3)) && ne(before(4));
    let compound = compound || passive;
    let english = |w: &str| matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t");
    // "didn't" may come as "didn'" + "t" or "didn" + "'" + "t".
    let cut = matches!(before(1), "t" | "'t" | "’t")
        && (before(2).ends_with('n')
            || before(2).ends_with("n'")
            || before(2).ends_with("n’")
            || matches!(before(2), "'" | "’"));
    let english_negated =
        cut || english(before(1)) || (matches!(before(1), "yet" | "been" | "publicly") && english(before(2)));
    simple || compound || english_negated
}

/// Word `i`, a participle of the passive list, before "à" and without agent: "estimé à
/// 300".
pub(super) fn agentless_participle(toks: &[Tok<'_>], i: usize) -> bool {
    toks[i].is(cl::FR_PASSIVE) && toks.get(i + 1).is_some_and(|t| t.lower == "à") && !has_agent(toks, i)
}

/// A currency's sign written before or after a sum: "€", "$", "£".
fn currency_sign(t: &Tok<'_>) -> bool {
    matches!(t.text, "€" | "$" | "£")
}

/// `toks[i]` is "ajouter"/"add" with a quantity as its object ("ajoute 117 navires", "added
/// another 105 vessels", "a ajouté près de 2 000 soldats"), "publier" a body of work, or
/// "rapporter" a sum that it yields: a verb with a quantity as object that does not report.
fn adds_a_quantity(toks: &[Tok<'_>], i: usize) -> bool {
    let w = toks[i].lower.as_ref();
    // "il avait publié neuf ouvrages", "published 12 books": a body of work, not a report.
    if (w.starts_with("publi") || w == "published")
        && toks.get(i + 1).is_some_and(|t| t.num().is_some() || t.is(cl::NUMWORD))
    {
        return true;
    }
    // "Les amendes ont rapporté près de 230 000 euros": a yield, not a report (a sum of
    // money right after the verb; "a rapporté 300 morts" reports).
    if w.starts_with("rapport") {
        let mut k = i + 1;
        // Past an adverb of time: "l'engagement rapporte désormais 2,8 millions de roubles".
        while toks.get(k).is_some_and(|t| {
            cues::ADD_QUANTIFIERS.contains(&t.lower.as_ref())
                || t.is(cl::APPROX)
                || matches!(
                    t.lower.as_ref(),
                    "désormais" | "déjà" | "aujourd'hui" | "maintenant" | "actuellement"
                )
        }) {
            k += 1;
        }
        let money = |t: &Tok<'_>| cues::MONEY_WORDS.contains(&t.lower.as_ref()) || currency_sign(t);
        return toks.get(k).is_some_and(|t| t.num().is_some() || money(t))
            && toks[k..toks.len().min(k + 5)].iter().any(money);
    }
    // "Calder Vale have conceded an average of 12 points a game", "a concédé trois buts": a
    // sport's tally, not an admission (that one reports with "that"/"que").
    if cues::CONCEDE.contains(&w) {
        let mut k = i + 1;
        while toks.get(k).is_some_and(|t| {
            cues::ADD_QUANTIFIERS.contains(&t.lower.as_ref())
                || matches!(t.lower.as_ref(), "an" | "average" | "of" | "total")
        }) {
            k += 1;
        }
        return toks
            .get(k)
            .is_some_and(|t| t.num().is_some() || t.is(cl::NUMWORD) || t.is(cl::APPROX));
    }
    let fr = w.starts_with("ajout");
    let en = cues::ADD_EN.contains(&w);
    // English drops "that": after a pronoun, "he added 3,000 soldiers had died" is speech.
    let after_pronoun = i > 0 && cues::PRONOUNS_EN.contains(&toks[i - 1].lower.as_ref());
    if !(fr || (en && !after_pronoun)) {
        return false;
    }
    let mut k = i + 1;
    // "ajoute encore", "added another", "adds a further", "ajoute près de", "adds about".
    while toks
        .get(k)
        .is_some_and(|t| cues::ADD_QUANTIFIERS.contains(&t.lower.as_ref()))
    {
        k += 1;
    }
    // Past what it is added to: "a ajouté au projet quatre annexes", "added to the list 12
    // firms".
    // ("au" may have been read as the quantifier of "au moins".)
    if toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "au" | "aux" | "à" | "to"))
        && toks.get(i + 2).is_some_and(|t| t.lower != "moins")
    {
        if let Some(q) = (i + 2..toks.len().min(i + 6))
            .find(|&q| toks[q].num().is_some() || toks[q].is(cl::NUMWORD) || toks[q].is(cl::APPROX))
        {
            let plain =
                |t: &Tok<'_>| t.is_word() && !t.is(cl::VERB) && !matches!(t.lower.as_ref(), "que" | "qu'" | "that");
            if toks[i + 2..q].iter().all(plain) {
                k = q;
            }
        }
    }
    // (A sum with its currency first: "adds roughly $375,000".)
    let currency = |t: &Tok<'_>| currency_sign(t) || t.text == "US$";
    toks.get(k).is_some_and(|t| {
        t.num().is_some()
            || t.is(cl::NUMWORD)
            || t.is(cl::APPROX)
            || (currency(t) && toks.get(k + 1).is_some_and(|n| n.num().is_some()))
    })
}

/// "montrer" whose subject is a thing that neither speaks nor holds data, with no "que"
/// after it: "Le marché montre des signes de saturation : une brasserie sur dix a fermé"
/// (not "L'étude montre 40 %", "les chiffres montrent que…", "L'Insee montre…").
fn shown_by_a_thing(toks: &[Tok<'_>], i: usize) -> bool {
    if !toks[i].lower.starts_with("montr") || toks.len() < 2 {
        return false;
    }
    let que = toks[i + 1..]
        .iter()
        .take(3)
        .any(|t| matches!(t.lower.as_ref(), "que" | "qu'"));
    let subject = &toks[1];
    let thing = cues::SUBJECT_DETERMINERS.contains(&toks[0].lower.as_ref())
        && subject.is_word()
        && !subject.is_capitalized()
        && !cues::DOC_NOUNS.contains(&subject.lower.as_ref())
        && !cues::DATA_NOUNS_FR.contains(&subject.lower.as_ref())
        && !cues::SOURCE_NOUNS.contains(&subject.lower.as_ref())
        && (2..=4).contains(&i);
    thing && !que
}

/// A participle of counting or recording after avoir, whose subject opening the sentence is
/// a body that observes: a name or an acronym ("Le RéNaSS", "Météo-France") or a noun of
/// [`OBSERVERS_FR`] ("la gendarmerie", "le parquet").
fn recorded_by_an_observer(toks: &[Tok<'_>], i: usize) -> bool {
    let w = toks[i].lower.as_ref();
    if !["enregistr", "compt", "dénombr", "mesur", "relev", "recens"]
        .iter()
        .any(|p| w.starts_with(p))
        || i < 2
    {
        return false;
    }
    let aux = |k: usize| matches!(toks[k].lower.as_ref(), "a" | "ont" | "avait" | "avaient");
    if !(aux(i - 1) || (i >= 3 && aux(i - 2) && toks[i - 1].is_word())) {
        return false;
    }
    // The subject opens the sentence, or the clause after a colon: "La salle affichait
    // complet : le club a compté 1 850 spectateurs".
    let from = toks[..i]
        .iter()
        .rposition(|t| t.is_sym(':') || t.is_sym(';'))
        .map_or(0, |p| p + 1);
    let Some(first) = toks.get(from) else { return false };
    let head = if cues::SUBJECT_DETERMINERS.contains(&first.lower.as_ref()) {
        toks.get(from + 1)
    } else {
        Some(first)
    };
    head.is_some_and(|h| {
        h.is_word()
            && ((h.is_capitalized() && h.start > first.start)
                || (h.is_capitalized()
                    && !cues::SUBJECT_DETERMINERS.contains(&h.lower.as_ref())
                    && h.text.chars().filter(|c| c.is_uppercase()).count() >= 2)
                || OBSERVERS_FR.contains(&h.lower.as_ref()))
    })
}

/// Bodies that observe and count: their records are sources.
const OBSERVERS_FR: &[&str] = &[
    "gendarmerie",
    // "Les gendarmes, alertés par des riverains, avaient compté jusqu'à 25 rotations".
    "gendarmes",
    "policiers",
    "douaniers",
    "police",
    "préfecture",
    "parquet",
    "ministère",
    "agence",
    "observatoire",
    "réseau",
    "institut",
    "office",
    "organisateurs",
    // "Le comité, organisateur de la manifestation, a compté 1 240 exposants".
    "comité",
    "organisateur",
    // A club counting its own crowd: "le club a compté 1 850 spectateurs".
    "club",
];

/// `toks[i]` is a French verb of provision whose subject is a text that sets the figure:
/// "le budget 2026 prévoit 108 milliards", "l'instrument européen SAFE prévoit", "la loi
/// fixe le seuil" (a budget, a law or a treaty decides; nobody reports). The subject is
/// looked for among the few words before the verb, in its clause.
fn provided_by_a_text(toks: &[Tok<'_>], i: usize) -> bool {
    let w = toks[i].lower.as_ref();
    if !cues::PROVISION_STEMS_FR.iter().any(|s| w.starts_with(s)) {
        return false;
    }
    // "prévoit d'aménager…": a plan, whoever makes it.
    let de = |k: usize| toks.get(k).is_some_and(|t| matches!(t.lower.as_ref(), "de" | "d'"));
    let adverb = toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "aussi" | "également" | "encore" | "notamment" | "désormais" | "déjà"
        )
    });
    // (Not "de" opening a range: "Météo-France prévoit de 40 à 60 cm de neige".)
    let range = |k: usize| toks.get(k + 1).is_some_and(|t| t.num().is_some());
    if w.starts_with("prév") && ((de(i + 1) && !range(i + 1)) || (adverb && de(i + 2) && !range(i + 2))) {
        return true;
    }
    // The sentence opens with the text: "Le texte, porté par la France, prévoit…".
    // (Past a relative clause between commas that describes it: "Le projet, dont le coût
    // est estimé à 2,4 millions d'euros, prévoit…".)
    let described_to = (toks.len() > 2 && toks[2].is_sym(','))
        .then(|| (3..i).find(|&k| toks[k].is_sym(',')))
        .flatten()
        .map_or(0, |c| c + 1);
    let opens_with_text = toks.len() > 1
        && cues::SUBJECT_DETERMINERS.contains(&toks[0].lower.as_ref())
        && cues::INSTRUMENT_NOUNS.contains(&toks[1].lower.as_ref())
        && !toks[described_to..i]
            .iter()
            .any(|t| cues::SUBORDINATORS.contains(&t.lower.as_ref()));
    if opens_with_text {
        return true;
    }
    // Through a relative: "l'accord conclu à Istanbul, qui prévoit…".
    let mut k = i;
    if k >= 2 && toks[k - 1].lower == "qui" && toks[k - 2].is_sym(',') {
        k -= 2;
    }
    // The text heads the subject: not a complement of another noun ("le directeur du
    // projet prévoit" is a person's forecast).
    let lw = |p: usize| toks[p].lower.as_ref();
    // The noun the text complements, if any: the word before "du", "de la"…; a text's
    // part is still the text ("l'article 313-2 du code pénal").
    let head = |p: usize| {
        let prep = if p >= 1 && matches!(lw(p - 1), "du" | "de" | "des" | "d'") {
            p - 1
        } else if p >= 2 && matches!(lw(p - 1), "la" | "l'") && lw(p - 2) == "de" {
            p - 2
        } else {
            return None;
        };
        prep.checked_sub(1)
    };
    // A noun after its determiner ("le directeur"), not a verb ("découle de l'accord").
    let complement = |p: usize| {
        head(p).is_some_and(|h| {
            toks[h].is_word()
                && !cues::INSTRUMENT_NOUNS.contains(&lw(h))
                && h >= 1
                && cues::DETERMINERS_FR.contains(&lw(h - 1))
        })
    };
    let from = k.saturating_sub(6);
    (from..k)
        .rev()
        .take_while(|&p| toks[p].is_word() || toks[p].num().is_some())
        .any(|p| cues::INSTRUMENT_NOUNS.contains(&lw(p)) && !complement(p))
}

/// "fixe" as an adjective ("le radar fixe installé", "un prix fixe"): the verb "fixer" is
/// followed by its object ("fixe le bilan à", "a fixé à 300") or "que".
fn fixe_as_adjective(toks: &[Tok<'_>], i: usize) -> bool {
    // Only the forms an adjective shares: "a fixé", "fixait" are the verb.
    if !matches!(toks[i].lower.as_ref(), "fixe" | "fixes") {
        return false;
    }
    let next = toks.get(i + 1);
    !next.is_some_and(|t| {
        let w = t.lower.as_ref();
        t.num().is_some()
            || cues::FIXER_OBJECT_STARTS.contains(&w)
            || crate::figures::lexicon::detect::WEEKDAYS.contains(&w)
    })
}

/// An agent after a passive: "par l'ONU", "by the ministry". Not a means, a rate or a
/// manner: "by walking up the hill", "par jour", "by far", "par ailleurs" (see
/// [`cues::NOT_AGENT_AFTER_BY`]).
pub(super) fn has_agent(toks: &[Tok<'_>], i: usize) -> bool {
    // (Past a sum and its qualifier: "chiffré à 2,35 millions d'euros hors taxes par le cabinet".)
    let window = toks.len().min(i + 11);
    (i + 1..window)
        // The agent of another participle after a rule is not this one's: "calculé selon
        // la méthode retenue par la Commission".
        .take_while(|&k| {
            !toks[k].is_sym(',') && !toks[k].is_sym('.') && !matches!(toks[k].lower.as_ref(), "selon" | "according")
        })
        .any(|k| matches!(toks[k].lower.as_ref(), "par" | "by") && agent_follows(&toks[k], toks.get(k + 1)))
}

/// The participle at `i`, without auxiliary, has its agent before "à": "le projet, chiffré
/// à 6,2 millions par le cabinet Hydra, prévoit…" (not a text: "fixé à 90 % par le
/// règlement").
pub(super) fn reduced_with_agent(toks: &[Tok<'_>], i: usize) -> bool {
    // "à" right after it, or after its agent: "évaluée par la chambre régionale des comptes
    // à 9,6 M€".
    let a = toks.get(i + 1).is_some_and(|t| t.lower == "à")
        || (toks.get(i + 1).is_some_and(|t| t.lower == "par")
            && toks[i + 2..]
                .iter()
                .take(8)
                .take_while(|t| !t.is_sym(','))
                .any(|t| t.lower == "à"));
    a && has_agent(toks, i) && !agent_is_a_text(toks, i)
}

/// The agent after the participle at `i` is a text, which sets a figure rather than
/// vouching for it: "fixé à 90 % par le règlement européen".
pub(super) fn agent_is_a_text(toks: &[Tok<'_>], i: usize) -> bool {
    // (Past a sum and its qualifier: "chiffré à 2,35 millions d'euros hors taxes par le cabinet".)
    let window = toks.len().min(i + 11);
    // The "par" of the agent, past a rate's ("fixée à 1 µg par litre par l'arrêté").
    (i + 1..window)
        .find(|&k| matches!(toks[k].lower.as_ref(), "par" | "by") && agent_follows(&toks[k], toks.get(k + 1)))
        .and_then(|k| {
            toks[k + 1..].iter().find(|t| {
                !cues::DETERMINERS_FR.contains(&t.lower.as_ref()) && !cues::DETERMINERS_EN.contains(&t.lower.as_ref())
            })
        })
        .is_some_and(|t| cues::INSTRUMENT_NOUNS.contains(&t.lower.as_ref()))
}

/// Whether the word after "par"/"by" can start an agent: not a gerund ("by walking") nor
/// a word of [`cues::NOT_AGENT_AFTER_BY`]. In French an agent opens with a determiner, a
/// name or a pronoun ("par le ministère", "par Eurostat", "par plusieurs ONG"): "par" before
/// a bare noun is a rate or a manner ("450 000 m³ par saison", "par écrit").
pub(super) fn agent_follows(by: &Tok<'_>, next: Option<&Tok<'_>>) -> bool {
    let Some(t) = next else { return false };
    // A change's size is no agent: "reduced by a third", "cut by 10%", "réduite par deux".
    let article = matches!(t.lower.as_ref(), "un" | "une" | "a" | "an");
    if t.num().is_some() || ((t.is(cl::NUMWORD) || t.is(cl::FIGURE_WORD)) && !article) {
        return false;
    }
    let w = t.lower.as_ref();
    let gerund = t.is_word() && !t.is_capitalized() && w.len() > 5 && w.ends_with("ing");
    let french_agent = by.lower != "par"
        || t.is_capitalized()
        || cues::DETERMINERS_FR.contains(&w)
        || cues::AGENT_STARTS_FR.contains(&w);
    !gerund && french_agent && !cues::NOT_AGENT_AFTER_BY.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        (
            "S'y ajoutent des bijoux, dont la valeur a été estimée à 3 400 euros.",
            Passive,
        ),
        ("Le ministre a déclaré que 300 civils ont été tués.", Attributed),
        (
            "Le comité, organisateur de la fête, a compté 1 240 exposants.",
            Attributed,
        ),
        (
            "La gendarmerie y a relevé quatre accidents corporels depuis 2023.",
            Attributed,
        ),
        // "Rapporter" money brings it in.
        (
            "La montée rapporte aussi une dotation fédérale de 15 000 euros.",
            Unsourced,
        ),
        ("Les inscriptions ont rapporté 2 568 euros.", Unsourced),
        ("The toll exceeds 300, officials said.", Attributed),
        ("Le bilan, estimé à 300 morts, s'alourdit.", Passive),
        // A rate is no agent.
        (
            "Son taux d'alcool a été mesuré à 0,92 mg par litre d'air expiré.",
            Passive,
        ),
        // Nor a text: a rule sets its figure.
        (
            "L'objectif de remplissage, fixé à 90 % par le règlement européen, a été assoupli.",
            Unsourced,
        ),
        (
            "Cette limite est fixée à 1 microgramme par litre par l'arrêté du 11 janvier 2007.",
            Unsourced,
        ),
        ("Le paquet ajoute 117 navires à la liste noire.", Unsourced),
        ("Brussels added another 45 banks.", Unsourced),
        (
            "For a bulk carrier, that adds roughly $375,000 to a round trip.",
            Unsourced,
        ),
        ("La médiation américaine a ajouté au projet quatre annexes.", Unsourced),
        ("Il a ajouté au micro que 300 soldats étaient morts.", Attributed),
        ("Les amendes ont rapporté près de 230.000 euros à l'État.", Unsourced),
        ("L'ONU a rapporté 300 morts.", Attributed),
        ("L'engagement rapporte désormais 2,8 millions de roubles.", Unsourced),
        // The newsroom's own imperative.
        ("Rappelons que le tarif avait bondi de plus de 30 %.", Unsourced),
        ("Nous estimons que 300 soldats sont morts.", Attributed),
        ("Après sa retraite, il avait publié neuf ouvrages.", Unsourced),
        ("Il a ajouté que 300 soldats étaient morts.", Attributed),
        ("He added 3,000 soldiers had died.", Attributed),
        ("The United States sent 300 tanks.", Unsourced),
        ("Explained: the EU sanctions package aimed at 40 banks", Unsourced),
        // Conceding a tally is no admission.
        ("Calder Vale have conceded an average of 12 points a game.", Unsourced),
        ("Le club a concédé trois buts en dix minutes.", Unsourced),
        (
            "The minister conceded that 300 homes were still without power.",
            Attributed,
        ),
        (
            "Kevin Marsh admitted 11 offences under the Housing Act 2004.",
            Unsourced,
        ),
        // A negated reporting verb vouches for nothing; the negation of another verb before
        // it leaves it reporting.
        (
            "Le nombre de détenus dépasse 8 000, un chiffre que Kiev n'a jamais confirmé.",
            Unsourced,
        ),
        ("Le ministère ne le confirme pas : 300 morts.", Unsourced),
        (
            "Le montant n'a pas été communiqué par les deux clubs, mais il atteindrait 1,8 million d'euros.",
            Conditional,
        ),
        ("The toll passed 300; the ministry has not confirmed it.", Unsourced),
        ("The toll passed 300, but officials didn't say how.", Unsourced),
        (
            "Le ministre, qui n'est pas venu, a déclaré que 300 soldats étaient morts.",
            Attributed,
        ),
        ("The ministry confirmed 300 had died, not the army.", Attributed),
        // A text that sets a figure does not report it.
        (
            "Le budget 2026 prévoit 108 milliards d'euros pour la Bundeswehr.",
            Unsourced,
        ),
        (
            "L'instrument européen SAFE prévoit 150 milliards d'euros de prêts.",
            Unsourced,
        ),
        ("La loi fixe le seuil à 20 salariés.", Unsourced),
        // "montrer" with a thing for subject shows nothing reported.
        (
            "Le marché montre des signes de saturation : une brasserie sur dix a fermé.",
            Unsourced,
        ),
        ("Les chiffres montrent une hausse de 3 %.", Attributed),
        ("L'étude montre une hausse de 3 %.", Attributed),
        // An agent past a sum and its qualifier.
        (
            "Le projet est chiffré à 2,35 millions d'euros hors taxes par le cabinet d'architectes retenu.",
            Attributed,
        ),
        // A body that observes records a count; a place does not.
        ("Le RéNaSS a enregistré neuf répliques.", Attributed),
        (
            "Le centre hospitalier accuse un déficit de 4,8 millions d'euros.",
            Unsourced,
        ),
        // The defendant is no verb.
        ("Il a condamné le prévenu à 50 000 euros d'amende.", Unsourced),
        ("Il a prévenu que 300 postes seraient supprimés.", Attributed),
        (
            "Le tribunal a aussi condamné le prévenu à verser 5 000 euros de dommages.",
            Unsourced,
        ),
        ("La gendarmerie a compté près de 900 véhicules.", Attributed),
        (
            "Les gendarmes, alertés par des riverains, avaient compté jusqu'à 25 rotations par semaine.",
            Attributed,
        ),
        (
            "La salle affichait complet : le club a compté 1 850 spectateurs.",
            Attributed,
        ),
        ("Le département a enregistré 843 naissances.", Unsourced),
        ("La ville a enregistré une centaine de vols.", Unsourced),
        (
            "Le service, conçu pour 45 000 passages, en a enregistré près de 61 000.",
            Unsourced,
        ),
        // A compound's end is no verb.
        ("Moscow raised value-added tax to 22 pct.", Unsourced),
        (
            "Le tribunal a fixé le préjudice moral de la commune à 5 000 euros.",
            Unsourced,
        ),
        ("« On en compte 64 », savoure le président du club.", Attributed),
        (
            "« Cette fois, onze, et encore », lâche l'apiculteur de 44 ans.",
            Attributed,
        ),
        ("Le coureur a lâché 300 mètres dans la côte.", Unsourced),
        (
            "« Il y avait deux fois plus de monde qu'en 2019 », assure un bénévole posté à la billetterie.",
            Attributed,
        ),
        (
            "« Cette ligne retirera 18 000 camions de nos routes », a défendu le président de la Région.",
            Attributed,
        ),
        ("Le président a défendu son bilan de 300 dossiers.", Unsourced),
        // A form in "-es" is a plural noun unless "tu" says it.
        ("Les travaux en chiffres : 38 kilomètres de rails.", Unsourced),
        ("« Tu comptes 300 morts », lance-t-il.", Attributed),
        // A plural noun after a count is no verb.
        ("Huit alertes la semaine dernière.", Unsourced),
        // A council's act sets a price.
        ("La délibération fixe le tarif à 1,20 euro de l'heure.", Unsourced),
        ("Le projet prévoit un bassin de 25 mètres à cinq couloirs.", Unsourced),
        ("Le contrat prévoit 300 embauches.", Unsourced),
        ("Le groupe invoque une baisse de 22 % des commandes.", Attributed),
        ("À Fay-les-Sagnes, on a relevé -11 °C à l'aube.", Unsourced),
        ("Météo-France prévoit de 40 à 60 cm de neige fraîche.", Attributed),
        ("Le directeur du projet prévoit 300 embauches.", Attributed),
        (
            "Les faits relèvent de l'article 313-2 du code pénal, qui prévoit un million d'euros d'amende.",
            Unsourced,
        ),
        (
            "L'échange découle de l'accord conclu à Istanbul, qui prévoit la libération de 1 000 prisonniers.",
            Unsourced,
        ),
        (
            "Elle prévoit aussi d'aménager une vingtaine de kilomètres de pistes.",
            Unsourced,
        ),
        (
            "Le texte, porté par la France, prévoit le déploiement de 40 observateurs.",
            Unsourced,
        ),
        (
            "Le projet, dont les plans datent de 2024, prévoit la création de 36 emplacements.",
            Unsourced,
        ),
        (
            "L'échange découle de l'accord conclu à Istanbul, qui prévoit la libération de 1 000 prisonniers.",
            Unsourced,
        ),
        ("L'ONU fixe le bilan à 300 morts.", Attributed),
        (
            "La grille départementale fixe à 30 élèves le seuil d'ouverture d'une classe.",
            Unsourced,
        ),
        ("Le radar fixe installé à l'entrée a flashé 4 100 véhicules.", Unsourced),
        ("Le FMI prévoit une croissance de 2 % en 2026.", Attributed),
        // "par"/"by" before a means, a rate or a manner is no agent.
        (
            "The tower, 40 meters high, is best seen by walking up the hill.",
            Unsourced,
        ),
        ("It was estimated at 300 by the ministry.", Attributed),
        (
            "Under the sentencing guidelines, the fine was reduced by a third for the early plea.",
            Unsourced,
        ),
        ("Le coût est estimé à 300 euros par jour.", Passive),
        // Nor a bare noun after "par": a rate.
        (
            "Le domaine a 312 enneigeurs, dont la consommation est estimée à 450 000 m³ par saison.",
            Passive,
        ),
        ("Le bilan a été estimé à 300 morts par plusieurs ONG.", Attributed),
        (
            "Le bilan a été estimé à 300 morts par Amnesty International.",
            Attributed,
        ),
        ("Le bilan a été estimé à 300 morts par eux.", Attributed),
        ("Le coût est estimé par le ministère à 300 euros.", Attributed),
        (
            "Le montant a été calculé selon la méthode retenue par la Commission : 300 millions.",
            Passive,
        ),
        ("The cost is estimated at $300 million, by far the largest.", Passive),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
