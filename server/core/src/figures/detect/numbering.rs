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

/// A rank in a table's first column headed by a word of ranking: "| Place | Men | Time |"
/// over "| 1 | Daniel Rotich (KEN) | 2:06:48 |".
pub(super) fn table_rank(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let first_cell = k >= 1 && s.is_sym(k - 1, '|') && s.t[k - 1].newline_before && s.is_sym(end, '|');
    if !first_cell || n.info.decimal || n.info.grouped || n.info.value.is_none_or(|v| v > 200) {
        return None;
    }
    // The header: the sentence's first row, its first cell.
    let header = s.t.first().is_some_and(|t| t.is_sym('|'))
        && matches!(
            s.lw(1),
            "place" | "rang" | "rank" | "pos" | "position" | "classement" | "pl" | "#"
        );
    header.then_some(end)
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
        (
            "| Place | Men | Prize |\n| --- | --- | --- |\n| 1 | Daniel Rotich | 300 |\n| 2 | Amanuel Tesfaye | 200 |",
            &["300", "200"],
        ),
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
