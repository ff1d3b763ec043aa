//! Figures in number words: "trois cents soldats", "two hundred", "un million"; a small
//! number in words only as a count of people or weapons ("trois soldats") or with an
//! approximation or a second bound; never a name ("les Vingt-Sept") nor a compound
//! ("a two-state solution").

use super::{FigureKind, Outcome, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect::{self as lex, NumWord};
use crate::figures::tokens::Kind;

impl Scan<'_, '_> {
    /// Number words at `j`: "trois cents", "twenty-five", "un million".
    pub(super) fn words(&self, j: usize, prefixed: bool, between: bool) -> Outcome {
        let t = &self.t[j];
        // Capitalised inside a sentence: a name (les Vingt-Sept).
        if j > 0 && t.is_capitalized() && !matches!(self.t[j - 1].kind, Kind::Sym(_)) {
            let (e, _) = self.word_value(j);
            return Outcome::Skip(e);
        }
        let (mut end, value) = self.word_value(j);
        if end == j {
            return Outcome::Nothing;
        }
        let has_scale = self.t[j..end]
            .iter()
            .any(|t| matches!(lex::number_word(&t.lower), Some(NumWord::Scale(_) | NumWord::Hundred)));
        // Compounds: two-state, three-day (but a threefold rise).
        if self.is_sym(end, '-') && self.glued(end) && self.is_word(end + 1) && self.glued(end + 1) {
            if self.lw(end + 1) == "fold" {
                return Outcome::Figure {
                    start: j,
                    end: self.noun(end + 2),
                    kind: FigureKind::Ratio,
                };
            }
            return Outcome::Skip(end + 2);
        }
        let large = value >= 20 || has_scale;
        end = self.units(end);
        let mut ranged = false;
        if let Some(e) = self.second_bound(end, between) {
            end = e;
            ranged = true;
        }
        if let Some(e) = self.ratio_tail(end) {
            return Outcome::Figure {
                start: j,
                end: self.noun(e),
                kind: FigureKind::Ratio,
            };
        }
        if let Some(e) = self.sur_tail(end, Some(value)) {
            return Outcome::Figure {
                start: j,
                end: e,
                kind: FigureKind::Fraction,
            };
        }
        if let Some(o) = self.duration_check(j, end) {
            return o;
        }
        // Small numbers in words count only as counts of people or weapons, or when an
        // approximation or a second bound makes them a figure.
        let counted = self.is(end, cl::COUNTED)
            || (self.is_word(end) && self.is(end + 1, cl::COUNTED) && !self.is(end, cl::STOP));
        let definite = j > 0 && lex::DEFINITE_DETERMINERS.contains(&self.lw(j - 1));
        if !large && (definite || !(counted || prefixed || ranged)) {
            return Outcome::Skip(end);
        }
        if value <= 1 && !has_scale {
            return Outcome::Skip(end);
        }
        Outcome::Figure {
            start: j,
            end: self.noun(end),
            kind: FigureKind::Words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("Trois cents soldats.", &["Trois cents soldats"]),
        ("Trois soldats ont été tués.", &["Trois soldats"]),
        ("Les deux dirigeants se sont parlé.", &[]),
        ("Les Vingt-Sept sont d'accord.", &[]),
        ("A two-state solution.", &[]),
        ("Two hundred people fled.", &["Two hundred people"]),
        ("Il a vu trois amis.", &[]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
