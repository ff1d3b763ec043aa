//! Not a figure: a sports or election score, the public record of a witnessed result
//! ("s'est imposé 3-1", "par 28 à 17", "Sweden 1 – 0 Korea", "Chicago (41-41)", "le but du
//! 1-0"). A season average or total stays a figure ("24 points par match").
//!
//! Two small whole numbers joined by a dash (any spacing) or by "à"/"to" are a score when
//! nothing after them makes them a range of a quantity (a unit, "%", a lower-case noun),
//! and when the sentence speaks of a result (a word of the lexicon's SCORE_CUES: "bat",
//! "victoire", "mi-temps", "defeated", "won"), the pair stands alone in brackets, or a
//! name follows it (a team).

use super::{Number, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;
use crate::figures::tokens::Tok;

/// The largest side of a score: basketball reaches the low hundreds.
const MAX_SIDE: u64 = 200;

/// A whole, ungrouped number up to [`MAX_SIDE`].
fn side(t: Option<&Tok<'_>>) -> bool {
    t.and_then(Tok::num)
        .is_some_and(|n| !n.grouped && !n.decimal && n.value.is_some_and(|v| v <= MAX_SIDE))
}

/// Digits that open a score: the token after its second side.
pub(super) fn score(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let own_side = !n.info.grouped && !n.info.decimal && n.info.value.is_some_and(|v| v <= MAX_SIDE);
    if n.currency() || !own_side {
        return None;
    }
    let dash = s.is_sym(k + 1, '-') || s.is_sym(k + 1, '–') || s.is_sym(k + 1, '—');
    let word = matches!(s.lw(k + 1), "à" | "to");
    if !(dash || word) || !side(s.tok(k + 2)) {
        return None;
    }
    // "from 9 to 10", "passé de 3 à 4": a change, unless it is "le score de 4 à 3".
    if k > 0 && lex::RANGE_OPENERS.contains(&s.lw(k - 1)) && !matches!(s.lw(k.saturating_sub(2)), "score" | "scores") {
        return None;
    }
    let e = k + 3;
    // A unit, "%" or a noun after the pair makes it a range: "3-4 %", "20 à 30 blessés".
    if s.unit_follows(e) {
        return None;
    }
    let next = s.tok(e);
    let capital_after = next.is_some_and(|t| t.is_word() && t.is_capitalized());
    if next.is_some_and(|t| t.is_word() && !t.is_capitalized() && !lex::SCORE_AFTER.contains(&t.lower.as_ref())) {
        return None;
    }
    let bracketed = k > 0 && s.is_sym(k - 1, '(') && s.is_sym(e, ')');
    let cue = s.t.iter().any(|t| t.is_word() && t.is(cl::SCORE_CUE));
    (cue || bracketed || (dash && capital_after)).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("Le club s'est imposé 3-1 à domicile.", &[]),
        ("Les Lions l'emportent par 28 à 17.", &[]),
        ("Poitiers s'impose 81 à 71 en terre mancelle.", &[]),
        ("La Finlande bat la Pologne sur le score de 4 à 3.", &[]),
        ("Sweden defeated South Korea 1 – 0 on Monday.", &[]),
        ("Group F — Sweden 1 – 0 Korea Republic", &[]),
        ("Chicago (41-41) coiffe Toronto (40-42) au poteau.", &[]),
        ("Il a validé le but du 1-0 de Moriero.", &[]),
        ("The match ended with England winning 2 – 1.", &[]),
        ("La mi-temps est sifflée sur le score de 5-0.", &[]),
        // Ranges of a quantity, and a season average.
        ("Entre 20-30 personnes ont été blessées.", &["Entre 20-30 personnes"]),
        ("Il y a eu 20 à 30 blessés après le match.", &["20 à 30 blessés"]),
        ("Le taux passe de 3 à 4 % après la victoire.", &["de 3 à 4 %"]),
        ("Il marque 24 points par match.", &["24 points par match"]),
        (
            "Their seats increased from 9 to 10 as the camp defeated its rivals.",
            &["from 9 to 10"],
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
