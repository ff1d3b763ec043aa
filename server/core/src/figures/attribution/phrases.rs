//! Attribution phrases: "selon", "d'après", "de source militaire", "à en croire", "a appris",
//! "according to", "citing", "in a statement" (the lexicon's PHRASES); not "d'après-guerre"
//! nor the conjunction "selon que".

use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::Tok;

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
            // "selon que" is a conjunction.
            if seq[0] == "selon" {
                return lw(i + 1) != "que" && lw(i + 1) != "qu'";
            }
            true
        })
        .map(Vec::len)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        ("Selon l'ONU, 300 civils ont été tués.", Attributed),
        ("D'après Kiev, 300 civils ont été tués.", Attributed),
        ("De source militaire, on compte 300 morts.", Attributed),
        ("À en croire le ministre, 300 civils ont été tués.", Attributed),
        ("According to the UN, 300 civilians were killed.", Attributed),
        (
            "Le bilan atteint 300 morts, a appris l'AFP de source sécuritaire.",
            Attributed,
        ),
        ("L'Europe d'après-guerre comptait 300 millions d'habitants.", Unsourced),
        (
            "Selon que le front tienne ou non, 300 villages seront évacués.",
            Unsourced,
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
