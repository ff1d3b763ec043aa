//! Not a figure: versions of software and standards, and names or titles that hold a
//! number.
//!
//! - A version: after "version", "v", "release", "norme", "standard" (the lexicon's
//!   VERSION_HEADS) or a decimal written with a point after a capitalised name ("USB 3.0",
//!   "Android 4.4", "Web 2.0"), or a number with two points ("3.1.2").
//! - A title: a capitalised article inside a sentence opens a name ("revoit Les 400
//!   coups", "a lu Les 1001 nuits"), and a number followed by a capitalised noun is part
//!   of one ("Les 24 Heures du Mans", "the 24 Hours of Le Mans").

use super::{Number, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;

/// A version number: the token after it.
pub(super) fn version(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    if n.currency() || k == 0 {
        return None;
    }
    // Cheap tests first: this runs on every number.
    let head = lex::VERSION_HEADS.contains(&s.lw(k - 1));
    if !(head || n.info.decimal) || s.unit_follows(end) {
        return None;
    }
    let text = s.t[k].text;
    let pointed = n.info.decimal && text.contains('.') && !text.contains(',');
    // (One space between, not a table's column gap: "Lithuania   4.4" under "Defence
    // spending, pct of GDP:".)
    let after_name = pointed
        && s.tok(k - 1)
            .is_some_and(|t| t.is_word() && t.is_capitalized() && !t.is(cl::CAPITAL_STOP) && s.t[k].start <= t.end + 1)
        && !s.is_sym(end, '%')
        && !s.has(end, cl::MULTIPLIER);
    let two_points = (text.matches('.').count() >= 2 && !n.info.grouped)
        || (pointed && s.is_sym(end, '.') && s.glued(end) && s.is_num(end + 1) && s.glued(end + 1));
    (head || after_name || two_points).then(|| {
        let mut e = end;
        // "3.1.2", "v2.0-beta"
        loop {
            let part = s
                .tok(e)
                .is_some_and(|t| !t.space_before && (t.num().is_some() || t.is_word()));
            let joint = (s.is_sym(e, '.') || s.is_sym(e, '-')) && s.glued(e) && s.glued(e + 1) && !s.is_sym(e + 1, '.');
            if !(part || joint) {
                break;
            }
            e += 1;
        }
        e
    })
}

/// A picture's definition: "projection laser 4K", "a 8K screen" (the digits glued to a
/// capital K, as screens are sold; "$4K" is money).
pub(super) fn definition(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    let k_glued = s.tok(end).is_some_and(|t| t.text == "K") && s.glued(end);
    (k_glued && !n.currency() && !n.info.decimal && matches!(n.info.value, Some(2 | 4 | 5 | 8))).then_some(end + 1)
}

/// A number inside a title: after a capitalised article that does not start the sentence,
/// or before a capitalised noun.
pub(super) fn title(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    if n.currency() {
        return None;
    }
    let article_before = k >= 2
        && s.tok(k - 1)
            .is_some_and(|t| t.is_word() && t.is_capitalized() && lex::TITLE_ARTICLES.contains(&t.lower.as_ref()))
        && !s.is_sym(k - 2, '.')
        // (After a word, or a comma in the middle of a sentence: "un spectacle de cirque,
        // Les 12 Travaux d'Hercule".)
        && s.tok(k - 2).is_some_and(|t| t.is_word() || (t.is_sym(',') && k >= 3));
    // A common noun of time or measure written with a capital ("24 Heures du Mans"): a
    // name, where a capitalised people's name ("300 Ukrainiens de Kherson") is no sign.
    let noun_after = s
        .tok(end)
        .is_some_and(|t| t.is_word() && t.space_before && t.is_capitalized() && t.is(cl::DURATION | cl::UNIT))
        && s.tok(end + 1)
            .is_some_and(|t| lex::TITLE_LINKS.contains(&t.lower.as_ref()));
    if !(article_before || noun_after) || s.unit_follows(end) {
        return None;
    }
    Some({
        let mut e = end;
        while s.tok(e).is_some_and(|t| t.is_word() && !t.newline_before)
            && s.tok(e + 1).is_some()
            && s.tok(e)
                .is_some_and(|t| t.is_capitalized() || lex::TITLE_LINKS.contains(&t.lower.as_ref()))
        {
            e += 1;
        }
        e.max(end)
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("La version 3.1 du logiciel, la norme 4G et l'USB 3.0 arrivent.", &[]),
        (
            "Les salles sont équipées en projection laser 4K ; a 12K bonus.",
            &["12K bonus"],
        ),
        ("Il passe à Android 4.4 puis au Web 2.0.", &[]),
        // A table's column gap after a name is no version.
        ("Poland      4.7\nLithuania   4.4", &["4.7", "4.4"]),
        ("Le correctif 3.1.2 est sorti.", &[]),
        ("Il regarde Canal 3 et revoit Les 400 coups.", &[]),
        (
            "Un spectacle de cirque, Les 12 Travaux d'Hercule, ouvre la saison.",
            &[],
        ),
        (
            "Les 24 Heures du Mans ont attiré 250 000 spectateurs.",
            &["250 000 spectateurs"],
        ),
        ("He watched the 24 Hours of Le Mans with 200 friends.", &["200 friends"]),
        // A decimal with a comma, a share, or a count at the start of a sentence stay.
        ("Le Brent vaut 82,5 dollars.", &["82,5 dollars"]),
        ("Les 400 salariés ont voté.", &["400 salariés"]),
        ("Les 300 Ukrainiens de Kherson sont partis.", &["300 Ukrainiens"]),
        ("Le CAC 40 a gagné 1.2%.", &["1.2%"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
