//! Not a figure: phone numbers and codes, whose first group starts with a zero
//! ("01 23 45 67 89", "06 12").

use super::{Number, Scan};
use crate::figures::tokens::Tok;

/// A phone number in groups joined by hyphens: "412-555-0143" (three groups or more,
/// glued; a date such as "2025-05-17" is read before).
pub(super) fn phone(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let joined = |e: usize| s.is_sym(e, '-') && s.glued(e) && s.is_num(e + 1) && s.glued(e + 1);
    let mut e = n.end();
    let mut groups = 1;
    while joined(e) {
        e += 2;
        groups += 1;
    }
    (groups >= 3 && !n.info.decimal && !n.info.grouped).then_some(e)
}

/// A number with a leading zero, and the small groups that follow it.
pub(super) fn leading_zero(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    if !n.info.leading_zero {
        return None;
    }
    // "à 07 h 45", "07:30": a time of day written with its zero, and its minutes.
    if let Some(e) = super::times::clock(s, n) {
        return Some(e);
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
        ("Pittsburgh newsdesk, 412-555-0143.", &[]),
        ("Un score de 3-1 et 4 000 visiteurs.", &["4 000 visiteurs"]),
        // A time of day with its zero: its minutes go with it.
        ("Publié le 12 septembre à 07 h 45, modifié à 09:05.", &[]),
        ("Ouverture à 08 h, 400 visiteurs.", &["400 visiteurs"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
