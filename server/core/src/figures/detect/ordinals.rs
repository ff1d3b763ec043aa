//! Not a figure: ordinals, an ordinal suffix glued to digits ("3e", "1er", "21st", "XXIe").

use super::{Number, Scan};
use crate::figures::classes as cl;

/// Digits with a glued ordinal suffix.
pub(super) fn suffix(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    (s.glued_word(end) && s.has(end, cl::ORDINAL)).then_some(end + 1)
}

/// A rank band: "in the top 10", "dans le top 5", "a top-three finish".
pub(super) fn top(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    // (Not the verb, to exceed: "are on course to top 110 mln tonnes", "could top 5%";
    // a value with its unit after it.)
    let verb = k >= 2
        && matches!(
            s.lw(k - 2),
            "to" | "could" | "may" | "might" | "will" | "would" | "should"
        )
        && (s.unit_follows(n.end())
            || s.is_sym(n.end(), '%')
            || matches!(
                s.lw(n.end()),
                "mln" | "bln" | "million" | "billion" | "millions" | "billions" | "trln"
            )
            || n.info.grouped
            || n.info.decimal);
    (k > 0 && !n.currency() && s.lw(k - 1) == "top" && !verb).then_some(n.end())
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("Le 3e jour, le 1er mars, au XXIe siècle.", &[]),
        ("The 21st century, the 2nd round.", &[]),
        ("La 3e armée a perdu 300 chars.", &["300 chars"]),
        ("He has finished in the top 10 in most races.", &[]),
        // The verb, to exceed.
        (
            "Exports are on course to top 110 mln tonnes; he hopes to finish in the top 10.",
            &["110 mln tonnes"],
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
