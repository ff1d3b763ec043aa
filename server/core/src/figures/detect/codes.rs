//! Not a figure: phone numbers and codes, whose first group starts with a zero
//! ("01 23 45 67 89", "06 12").

use super::{Number, Scan};
use crate::figures::tokens::Tok;

/// A number with a leading zero, and the small groups that follow it.
pub(super) fn leading_zero(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    if !n.info.leading_zero {
        return None;
    }
    let mut e = n.k + 1;
    while s
        .tok(e)
        .and_then(Tok::num)
        .is_some_and(|n| n.int_digits <= 3 && !n.grouped)
    {
        e += 1;
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("Appelez le 01 23 45 67 89.", &[]),
        ("Le code 007 est connu.", &[]),
        ("Il y a 100 morts.", &["100 morts"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
