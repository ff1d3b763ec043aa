//! A quotation followed by an incise that names its speaker: `« … », lance la ministre`,
//! `"…," said Smith`; not a quoted term (« à sens unique »).

use super::verbs::Verdict;
use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::{Kind, Tok};

/// A quotation followed by an incise names its speaker: `« … », lance la ministre`,
/// `"…," said Smith`.
pub(super) fn attributes(toks: &[Tok<'_>]) -> bool {
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
                // The incise speaks: a reporting verb or a source phrase within its first
                // three words ("lance la ministre", "Smith recalled", "a déclaré X"), not
                // the sentence going on ("« le roi du placement miracle », a récolté…").
                let from = k + if comma_after { 2 } else { 1 };
                let speaks = (from..toks.len().min(from + 3)).any(|j| {
                    toks[j].is_word()
                        && (super::phrases::attributes(toks, j).is_some()
                            // "», se souvient son ancien adjoint": a reflexive verb of speech.
                            || (matches!(toks[j].lower.as_ref(), "se" | "s'") && {
                                // "s'est félicité": the auxiliary comes between.
                                let aux = matches!(toks.get(j + 1).map(|t| t.lower.as_ref()), Some("est" | "sont"));
                                let v = if aux { j + 2 } else { j + 1 };
                                toks.get(v).is_some_and(|v| cues::REFLEXIVE_SPEECH_FR.contains(&v.lower.as_ref()))
                            })
                            || (toks[j].is(cl::VERB)
                                && matches!(super::verbs::verdict(toks, j), Verdict::Attributes | Verdict::Agent)))
                });
                if (comma_inside || comma_after) && speaks {
                    return true;
                }
                // A credit after the quotation: "» — Me Pauline Martin, avocate".
                let credit = toks.get(k + 1).is_some_and(|t| t.is_sym('—') || t.is_sym('–'))
                    && toks.get(k + 2).is_some_and(|t| t.is_word() && t.is_capitalized());
                if credit {
                    return true;
                }
                opened = false;
            }
            _ => {}
        }
    }
    false
}

/// Whether a sentence's tokens open with a quotation mark, and whether a quotation is
/// still open after them, given whether one was open before: « opens and » closes, ”
/// closes, " and “ open when none is open and close otherwise (“ also ends quotations in
/// careless copy).
pub(crate) fn state(toks: &[Tok<'_>], mut open: bool) -> (bool, bool) {
    // A block quote's marker ("> « … »") comes before the sentence.
    let opens = toks
        .iter()
        .find(|t| !t.is_sym('>'))
        .is_some_and(|t| matches!(t.kind, Kind::Sym('«' | '“')) || (t.is_sym('"') && !open));
    for t in toks {
        match t.kind {
            Kind::Sym('«') => open = true,
            Kind::Sym('»' | '”') => open = false,
            Kind::Sym('"' | '“') => open = !open,
            _ => {}
        }
    }
    (opens, open)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        (
            "« Nous avons perdu 300 hommes en un mois », lance la ministre.",
            Attributed,
        ),
        ("\"We lost 300 men in a single month,\" Smith recalled.", Attributed),
        (
            "« Il connaissait les 210 marins du port », se souvient son ancien adjoint.",
            Attributed,
        ),
        (
            "« Sur les 9 millions d'euros versés, près d'un tiers n'aurait jamais dû l'être. » — Me Pauline Martin, avocate",
            Attributed,
        ),
        (
            "« Le prix payé à nos 5 800 adhérents a augmenté de 3 % », s'est félicité le directeur général.",
            Attributed,
        ),
        ("Un accord « à sens unique », avec 300 clauses.", Unsourced),
        ("\"It was a single month,\" she said, and 300 men.", Attributed),
        ("« Nous avons perdu 300 hommes », a déclaré le ministre.", Attributed),
        // A quoted nickname before the sentence goes on is no speech.
        (
            "Dupré, surnommé « le roi du placement miracle », a récolté 4 millions d'euros.",
            Unsourced,
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }

    /// Sentence, whether a quotation was open before it, then whether it opens with a
    /// quotation mark and whether a quotation is open after it.
    const STATES: &[(&str, bool, (bool, bool))] = &[
        ("\"We lost 300 men.", false, (true, true)),
        ("They were ours.\"", true, (false, false)),
        ("« Nous avons perdu 300 hommes », dit-il.", false, (true, false)),
        ("Il ajoute : « Et 40 chars.", false, (false, true)),
        ("Today is an affront to thousands.“", true, (false, false)),
        ("No quotation here.", false, (false, false)),
    ];

    #[test]
    fn states() {
        for (s, before, expected) in STATES {
            let toks = crate::figures::tokens::tokenize(s, 0..s.len());
            assert_eq!(super::state(&toks, *before), *expected, "{s}");
        }
    }
}
