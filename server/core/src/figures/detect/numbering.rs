//! Not a figure: the number of a list item at the start of a line ("1. ", "2) ") and of a
//! footnote ("[3]").

use super::{Number, Scan};

/// "1. ", "2) " at the start of a line.
pub(super) fn list_item(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    // After the emphasis that opens a bold item: "**1. Shoppers are tightening…**".
    let emphasis = (1..=2).contains(&k) && (0..k).all(|p| s.is_sym(p, '*') || s.is_sym(p, '_'));
    let item = !n.currency()
        && (k == 0 || s.t[k].newline_before || emphasis)
        && (s.is_sym(k + 1, '.') || s.is_sym(k + 1, ')'))
        && s.glued(k + 1)
        && !s.glued(k + 2);
    item.then_some(k + 2)
}

/// "[3]".
pub(super) fn footnote(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    (k > 0 && s.is_sym(k - 1, '[') && s.is_sym(k + 1, ']')).then_some(k + 2)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("1. Le contexte", &[]),
        ("2) The context", &[]),
        ("**3. Hedgehogs need help.** 300 were found.", &["300"]),
        ("Le bilan est lourd [3].", &[]),
        ("Le bilan atteint [300 morts].", &["300 morts"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
