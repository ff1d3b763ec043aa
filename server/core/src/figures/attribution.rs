//! Whether a sentence attributes what it says, and how it fails to.
//!
//! A sentence is attributed when it holds an attribution phrase ("selon", "d'après",
//! "de source militaire", "according to", "citing", "per the Pentagon", "a appris"), or a
//! reporting verb with a subject, in any tense and order ("X a déclaré", "a indiqué X",
//! "affirme un rapport", "a-t-il précisé", "estime-t-elle", "X said", "told reporters").
//!
//! Not attribution, but worth telling apart in the message: the conditional mood alone
//! ("atteindrait", "auraient été"), English hedges ("reportedly"), and a passive without
//! agent ("est estimé à", "is estimated at"; with "par"/"by" and an agent it attributes).
//! A reporting verb after a determiner is a noun ("une note", "the reports"); after "on"
//! it names nobody ("on estime").

use super::classes as cl;
use super::lexicon::attribution::{self as cues, VerbForm};
use super::tokens::{Kind, Tok};

/// What a sentence says about its sources.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cues {
    /// The sentence names a source.
    pub(crate) attributed: bool,
    /// It uses the conditional mood (or an English hedge) to distance itself.
    pub(crate) conditional: bool,
    /// It uses a reporting passive without agent.
    pub(crate) passive: bool,
    /// It starts with a subject that can continue the previous sentence's attribution: a
    /// pronoun, or a source noun.
    pub(crate) continues: bool,
    /// The noun its subject starts with ("rapport"), to compare with the previous sentence.
    pub(crate) subject: Option<String>,
}

/// Analyses the tokens of one sentence.
pub(crate) fn analyze(toks: &[Tok<'_>]) -> Cues {
    let mut c = Cues::default();
    let lw = |i: usize| toks.get(i).map_or("", |t| t.lower.as_ref());
    let n = toks.len();
    for i in 0..n {
        let t = &toks[i];
        if !t.is_word() {
            continue;
        }
        let w = t.lower.as_ref();
        // Most words are in none of the lists below: only "per", "on" and a conditional
        // ending can matter then (the same tests as further down, in the same order).
        if !t.is(cl::PHRASE_START | cl::HEDGE | cl::VERB | cl::FR_PASSIVE) {
            if !c.attributed && w == "per" && per_attributes(toks, i) {
                c.attributed = true;
            }
            if is_conditional(w) {
                c.conditional = true;
            }
            if !c.attributed && impersonal_place(toks, i) {
                c.attributed = true;
            }
            continue;
        }
        if !c.attributed && t.is(cl::PHRASE_START) && phrase_at(toks, i) {
            c.attributed = true;
        }
        if !c.attributed && w == "per" && per_attributes(toks, i) {
            c.attributed = true;
        }
        if is_conditional(w) {
            c.conditional = true;
        }
        if t.is(cl::HEDGE) {
            c.conditional = true;
        }
        if c.attributed {
            continue;
        }
        if impersonal_place(toks, i) {
            c.attributed = true;
            continue;
        }
        // A capitalised form inside the sentence is a name ("the United States").
        if i > 0 && t.is_capitalized() {
            continue;
        }
        let prev = if i > 0 { lw(i - 1) } else { "" };
        let form = if t.is(cl::VERB) { cues::verb(w) } else { None };
        let Some(form) = form else {
            // A participle of the passive list without auxiliary: "le bilan, estimé à 300".
            if t.is(cl::FR_PASSIVE) && lw(i + 1) == "à" && !has_agent(toks, i) {
                c.passive = true;
            }
            continue;
        };
        // "Le paquet ajoute 117 navires", "the package adds 105 vessels": adding a quantity,
        // not speaking.
        if adds_a_quantity(toks, i) {
            continue;
        }
        match form {
            VerbForm::FrWeak => {
                if !cues::DETERMINERS_FR.contains(&prev) && que_or_incise(toks, i) {
                    c.attributed = true;
                }
            }
            VerbForm::FrFinite => {
                if cues::DETERMINERS_FR.contains(&prev) || cues::NOT_REPORTING_AFTER_FR.contains(&prev) {
                    continue;
                }
                // "on estime", "l'on dit", "estime-t-on": nobody is named.
                let impersonal =
                    prev == "on" || (lw(i + 1) == "-" && lw(i + 2) == "t" && lw(i + 3) == "-" && lw(i + 4) == "on");
                if impersonal {
                    continue;
                }
                c.attributed = true;
            }
            VerbForm::FrParticiple => match french_voice(toks, i) {
                Voice::Active => c.attributed = true,
                Voice::Passive => {
                    if has_agent(toks, i) {
                        c.attributed = true;
                    } else if cues::is_fr_passive(w) {
                        c.passive = true;
                    }
                }
                Voice::None => {
                    if t.is(cl::FR_PASSIVE) && lw(i + 1) == "à" && !has_agent(toks, i) {
                        c.passive = true;
                    }
                }
            },
            VerbForm::En => {
                if prev == "to" || cues::DETERMINERS_EN.contains(&prev) {
                    continue;
                }
                if english_passive(toks, i) {
                    if has_agent(toks, i) {
                        c.attributed = true;
                    } else if lw(i + 1) == "to" {
                        c.conditional = true; // "is said to", "are believed to"
                    } else if cues::is_en_passive(w) {
                        c.passive = true;
                    }
                    continue;
                }
                if cues::is_en_ambiguous(w) {
                    let after_pronoun = cues::SPEAKERS_EN.contains(&prev);
                    let after_name = i > 0 && toks[i - 1].is_capitalized() && toks[i - 1].is_word() && i > 1;
                    if !(lw(i + 1) == "that" || after_pronoun || after_name) {
                        continue;
                    }
                }
                c.attributed = true;
            }
        }
    }
    if !c.attributed && quote_incise(toks) {
        c.attributed = true;
    }
    subject(toks, &mut c);
    if c.subject.as_deref().is_some_and(|n| cues::DOC_NOUNS.contains(&n)) {
        c.attributed = true;
    }
    c
}

/// A French conditional ("atteindrait", "auraient").
#[inline(always)]
fn is_conditional(w: &str) -> bool {
    w.len() >= 6 && (w.ends_with("rait") || w.ends_with("raient")) && !cues::NOT_CONDITIONAL.contains(&w)
}

/// "-t-on à Kiev", "précise-t-on à l'Élysée": a place speaks.
#[inline(always)]
fn impersonal_place(toks: &[Tok<'_>], i: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    lw(i) == "on" && i >= 2 && lw(i - 1) == "-" && lw(i - 2) == "t" && cues::PLACE_PREPOSITIONS_FR.contains(&lw(i + 1))
}

/// A weak reporting verb reports before "que" ("a assuré que"), in an incise after a
/// comma or a quote (", a assuré le ministre"), or with an inverted subject ("assure-t-il").
/// `toks[i]` is "ajouter"/"add" with a quantity as its object ("ajoute 117 navires", "added
/// another 105 vessels", "a ajouté près de 2 000 soldats").
fn adds_a_quantity(toks: &[Tok<'_>], i: usize) -> bool {
    let w = toks[i].lower.as_ref();
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
    toks.get(k)
        .is_some_and(|t| t.num().is_some() || t.is(cl::NUMWORD) || t.is(cl::APPROX))
}

fn que_or_incise(toks: &[Tok<'_>], i: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    if lw(i + 1) == "-" && lw(i + 2) == "t" {
        return true;
    }
    // "assure de son côté que", "relève aussi que", "rappelle d'ailleurs que"
    let que_soon = toks
        .iter()
        .skip(i + 1)
        .take(4)
        .take_while(|t| t.is_word())
        .any(|t| matches!(t.lower.as_ref(), "que" | "qu'"));
    if que_soon {
        return true;
    }
    let mut k = i;
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let t = &toks[k];
        if t.is_sym(',') || t.is_sym('»') || t.is_sym('”') || t.is_sym('"') {
            return true;
        }
        if !cues::AVOIR.contains(&t.lower.as_ref()) {
            return false;
        }
    }
    false
}

/// A quotation followed by an incise names its speaker: `« … », lance la ministre`,
/// `"…," said Smith`.
fn quote_incise(toks: &[Tok<'_>]) -> bool {
    let mut opened = false;
    let mut words = 0;
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            Kind::Sym('«') | Kind::Sym('“') => {
                opened = true;
                words = 0;
            }
            Kind::Sym('"') if !opened => {
                opened = true;
                words = 0;
            }
            Kind::Word if opened => words += 1,
            // A quoted term (« à sens unique ») is not a quotation with a speaker.
            Kind::Sym('»') | Kind::Sym('”') | Kind::Sym('"') if opened && words < 4 => opened = false,
            Kind::Sym('»') | Kind::Sym('”') | Kind::Sym('"') if opened => {
                let comma_inside =
                    k > 0 && (toks[k - 1].is_sym(',') || toks[k - 1].is_sym('!') || toks[k - 1].is_sym('?'));
                let comma_after = toks.get(k + 1).is_some_and(|n| n.is_sym(','));
                let next_word = toks
                    .get(k + if comma_after { 2 } else { 1 })
                    .is_some_and(|n| n.is_word());
                if (comma_inside || comma_after) && next_word {
                    return true;
                }
                opened = false;
            }
            _ => {}
        }
    }
    false
}

fn phrase_at(toks: &[Tok<'_>], i: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // The phrases are looked up by first word: only the next ones need comparing.
    cues::phrases(lw(i)).iter().any(|seq| {
        if !seq.iter().enumerate().skip(1).all(|(k, w)| lw(i + k) == *w) {
            return false;
        }
        // "d'après-guerre" is not "d'après".
        if seq.len() == 2 && seq[1] == "après" {
            return !(toks.get(i + 2).is_some_and(|t| t.is_sym('-') && !t.space_before));
        }
        // "selon que" is a conjunction.
        if seq[0] == "selon" {
            return lw(i + 1) != "que" && lw(i + 1) != "qu'";
        }
        true
    })
}

/// "per the Pentagon", "per Reuters": not "per cent", "per day".
fn per_attributes(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    if cues::PER_UNITS.contains(&next.lower.as_ref()) {
        return false;
    }
    next.is_capitalized() || cues::PER_DETERMINERS.contains(&next.lower.as_ref())
}

enum Voice {
    Active,
    Passive,
    None,
}

/// Looks back from a French participle for avoir (active) or être (passive).
fn french_voice(toks: &[Tok<'_>], i: usize) -> Voice {
    let mut seen = 0;
    let mut k = i;
    while k > 0 && seen < 6 {
        k -= 1;
        let t = &toks[k];
        match t.kind {
            Kind::Sym('-') => continue,
            Kind::Sym(_) | Kind::Num(_) => return Voice::None,
            Kind::Word => {}
        }
        let w = t.lower.as_ref();
        if cues::ETRE.contains(&w) {
            return Voice::Passive;
        }
        if cues::AVOIR.contains(&w) {
            return Voice::Active;
        }
        seen += 1;
    }
    Voice::None
}

/// An English form after be ("is estimated", "were reported").
fn english_passive(toks: &[Tok<'_>], i: usize) -> bool {
    let mut k = i;
    let mut seen = 0;
    while k > 0 && seen < 3 {
        k -= 1;
        let w = toks[k].lower.as_ref();
        if cues::BE.contains(&w) {
            return true;
        }
        if cues::HAVE.contains(&w) || !toks[k].is_word() {
            return false;
        }
        seen += 1;
    }
    false
}

/// An agent after a passive: "par l'ONU", "by the ministry".
fn has_agent(toks: &[Tok<'_>], i: usize) -> bool {
    toks.iter()
        .skip(i + 1)
        .take(6)
        .take_while(|t| !t.is_sym(',') && !t.is_sym('.'))
        .any(|t| matches!(t.lower.as_ref(), "par" | "by"))
}

/// Finds the subject at the start of the sentence, for continued attribution.
fn subject(toks: &[Tok<'_>], c: &mut Cues) {
    let mut words = toks.iter().filter(|t| t.is_word());
    let Some(first) = words.next() else { return };
    let w = first.lower.as_ref();
    let second = words.next().map_or("", |t| t.lower.as_ref());
    if cues::PRONOUNS.contains(&w) {
        let impersonal = w == "il" && cues::IMPERSONAL_AFTER_IL.contains(&second);
        c.continues = !impersonal;
        return;
    }
    if (w == "ce" && matches!(second, "dernier")) || (w == "cette" && second == "dernière") {
        c.continues = true;
        return;
    }
    let determiner = cues::SUBJECT_DETERMINERS.contains(&w);
    if determiner && !second.is_empty() {
        c.subject = Some(second.to_owned());
        if cues::SOURCE_NOUNS.contains(&second) {
            c.continues = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn cues_of(s: &str) -> Cues {
        analyze(&tokenize(s, 0..s.len()))
    }

    #[test]
    fn attributed_sentences() {
        for s in [
            "Selon l'ONU, 300 civils ont été tués.",
            "D'après Kiev, 300 civils ont été tués.",
            "De source militaire, on compte 300 morts.",
            "Citant des responsables, le journal évoque 300 morts.",
            "À en croire le ministre, 300 civils ont été tués.",
            "Aux dires de l'armée, 300 civils ont été tués.",
            "According to the UN, 300 civilians were killed.",
            "Citing officials, the paper put the toll at 300.",
            "Per the Pentagon, 300 troops were deployed.",
            "Le ministre a déclaré que 300 civils ont été tués.",
            "300 civils ont été tués, a indiqué le gouverneur.",
            "300 civils ont été tués, affirme un rapport de l'IISS.",
            "Le bilan dépasse 300 morts, a-t-il précisé.",
            "Le bilan dépasse 300 morts, estime-t-elle.",
            "The toll exceeds 300, officials said.",
            "He told reporters the toll exceeded 300.",
            "The ministry estimated the toll at 300.",
            "Selon nos informations, 300 soldats ont été déployés.",
            "Le bilan est estimé par l'ONU à 300 morts.",
            "Le bilan atteint 300 morts, a appris l'AFP de source sécuritaire.",
            "Kyiv estimates that 300,000 soldiers were killed.",
            "Les Nations unies ont recensé 300 morts.",
        ] {
            assert!(cues_of(s).attributed, "{s}");
        }
    }

    #[test]
    fn not_attributed() {
        let c = cues_of("Le bilan atteindrait 300 morts.");
        assert!(!c.attributed && c.conditional);
        let c = cues_of("Des milliers d'enfants auraient été déportés.");
        assert!(!c.attributed && c.conditional);
        let c = cues_of("Le coût est estimé à 300 millions.");
        assert!(!c.attributed && c.passive, "{c:?}");
        let c = cues_of("The cost is estimated at $300 million.");
        assert!(!c.attributed && c.passive, "{c:?}");
        let c = cues_of("An estimated 10,000 people fled.");
        assert!(!c.attributed, "{c:?}");
        let c = cues_of("On estime que 300 soldats sont morts.");
        assert!(!c.attributed, "{c:?}");
        let c = cues_of("Une note de 300 pages circule.");
        assert!(!c.attributed, "{c:?}");
        let c = cues_of("L'Europe d'après-guerre comptait 300 millions d'habitants.");
        assert!(!c.attributed, "{c:?}");
        let c = cues_of("Some 300 troops reportedly crossed.");
        assert!(!c.attributed && c.conditional, "{c:?}");
        let c = cues_of("The economy grew 3 per cent.");
        assert!(!c.attributed, "{c:?}");
        // Adding a quantity is not speaking.
        for s in [
            "Le paquet ajoute 117 navires à la liste noire.",
            "Le Conseil a ajouté près de 200 entités à la liste.",
            "The package also adds 105 vessels to a blacklist.",
            "Brussels added another 45 banks.",
        ] {
            assert!(!cues_of(s).attributed, "{s}");
        }
    }

    #[test]
    fn adding_words_still_attribute_as_speech() {
        for s in [
            "Il a ajouté que 300 soldats étaient morts.",
            "Le bilan dépasse 300 morts, a ajouté le gouverneur.",
            "Le bilan dépasse 300 morts, ajoute-t-il.",
            "He added 3,000 soldiers had died.",
            "The toll exceeds 300, the governor added.",
            "The minister added that 300 troops were deployed.",
        ] {
            assert!(cues_of(s).attributed, "{s}");
        }
    }

    #[test]
    fn subjects() {
        assert!(cues_of("Il a ajouté que 300 soldats étaient morts.").continues);
        assert!(!cues_of("Il y a 300 soldats.").continues);
        assert!(cues_of("Le rapport compte aussi 300 blessés.").continues);
        assert!(cues_of("They put the cost at $3bn.").continues);
    }
}
