//! Distancing without a source: the French conditional ("atteindrait", "auraient été") and
//! English hedges ("reportedly", "allegedly"). Not attribution, but told apart in the
//! message.

use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::Tok;

/// The word `t` distances the sentence from what it says.
#[inline(always)]
pub(super) fn distances(t: &Tok<'_>) -> bool {
    is_conditional(&t.lower) || t.is(cl::HEDGE)
}

/// A French conditional ("atteindrait", "auraient").
#[inline(always)]
fn is_conditional(w: &str) -> bool {
    w.len() >= 6 && (w.ends_with("rait") || w.ends_with("raient")) && !cues::NOT_CONDITIONAL.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        ("Le bilan atteindrait 300 morts.", Conditional),
        ("Des milliers d'enfants auraient été déportés.", Conditional),
        ("Some 300 troops reportedly crossed.", Conditional),
        ("Selon l'ONU, le bilan atteindrait 300 morts.", Attributed),
        ("Le retrait de 300 soldats est acté.", Unsourced),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
