//! A place that speaks, after an impersonal inversion: "300 morts, précise-t-on à Kiev",
//! "indique-t-on dans l'entourage du ministre".

use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::Tok;

/// "-t-on à Kiev", "précise-t-on à l'Élysée": a place speaks.
#[inline(always)]
pub(super) fn attributes(toks: &[Tok<'_>], i: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    lw(i) == "on" && i >= 2 && lw(i - 1) == "-" && lw(i - 2) == "t" && cues::PLACE_PREPOSITIONS_FR.contains(&lw(i + 1))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        ("Le bilan dépasse 300 morts, précise-t-on à Kiev.", Attributed),
        (
            "Le bilan dépasse 300 morts, indique-t-on dans l'entourage du ministre.",
            Attributed,
        ),
        ("Le bilan dépasse 300 morts, estime-t-on.", Unsourced),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
