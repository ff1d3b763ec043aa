//! A source phrase whose source is still a placeholder: "selon [source]", "d'après XXX",
//! "according to TK", "selon (réf. à venir)". The writer meant to name a source and has
//! not yet: the figure is not sourced, and is reported as such.
//!
//! The placeholders are the caller's ([`crate::figures::FigureOptions::placeholders`],
//! default [`crate::figures::lexicon::attribution::PLACEHOLDERS`]); one matches right after
//! the phrase, without regard to ASCII case, and ends at a word boundary ("TK" is not
//! "TKO").

use crate::figures::tokens::Tok;

/// The token at `at` (right after a source phrase) starts one of `placeholders` in `text`.
pub(super) fn follows<S: AsRef<str>>(toks: &[Tok<'_>], at: usize, text: &str, placeholders: &[S]) -> bool {
    let Some(t) = toks.get(at) else {
        return false;
    };
    let Some(rest) = text.get(t.start..) else {
        return false;
    };
    let first = rest.as_bytes().first().copied().unwrap_or(0);
    placeholders.iter().any(|p| {
        let p = p.as_ref();
        // Most sources start otherwise than every placeholder: one byte tells.
        p.as_bytes().first().is_some_and(|c| c.eq_ignore_ascii_case(&first))
            && rest.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p))
            && !rest[p.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() && p.chars().next_back().is_some_and(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::cues_with_placeholders;

    /// Sentence, then whether its source is a placeholder and whether it is attributed.
    const CASES: &[(&str, bool, bool)] = &[
        ("Selon [source], 300 civils ont été tués.", true, false),
        ("300 civils ont été tués, selon [source à préciser].", true, false),
        ("D'après [à compléter], le coût atteint 2 milliards.", true, false),
        ("Selon [à préciser], 40 % des foyers sont équipés.", true, false),
        ("Selon XXX, 300 civils ont été tués.", true, false),
        ("Selon xx, 300 civils ont été tués.", true, false),
        ("According to TK, 300 troops were deployed.", true, false),
        ("According to TKTK, 300 troops were deployed.", true, false),
        ("Selon (réf. à venir), le chômage atteint 7 %.", true, false),
        // A real source, or a word that only starts like a placeholder.
        ("Selon l'Insee, le chômage atteint 7 %.", false, true),
        ("According to TKO Research, 300 troops were deployed.", false, true),
        ("Selon Xxavier Dupont, 300 civils ont été tués.", false, true),
        // A placeholder and a real source: the real one attributes.
        (
            "Selon [source], 300 civils ont été tués, a indiqué le gouverneur.",
            true,
            true,
        ),
        // A placeholder with no source phrase before it is not a cue at all.
        ("Le bilan atteint 300 morts [source].", false, false),
    ];

    #[test]
    fn cases() {
        for (s, placeholder, attributed) in CASES {
            let c = cues_with_placeholders(s);
            assert_eq!((c.placeholder, c.attributed), (*placeholder, *attributed), "{s}: {c:?}");
        }
    }
}
