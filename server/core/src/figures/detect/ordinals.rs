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
    (k > 0 && !n.currency() && s.lw(k - 1) == "top").then_some(n.end())
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
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
