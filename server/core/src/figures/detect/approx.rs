//! Approximate counts: "des dizaines de milliers de soldats", "une centaine de", "une
//! cinquantaine,", "des milliers ont fui", "thousands of", "tens of thousands of".

use super::{FigureKind, Outcome, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;

impl Scan<'_, '_> {
    /// "des dizaines de milliers de soldats", "une centaine de", "thousands of".
    pub(super) fn approx(&self, j: usize, prefixed: bool) -> Option<Outcome> {
        let mut k = j;
        let lead = lex::ONE.contains(&self.lw(j));
        if lead {
            k += 1;
        }
        let first = self.lw(k);
        // "the thousands of outfits", "les milliers de": a set the copy has counted.
        if !lead && !prefixed && j > 0 && lex::DEFINITE_BEFORE_APPROX.contains(&self.lw(j - 1)) {
            return Some(Outcome::Skip(j + 1));
        }
        // The dozen as a unit of sale, by its definite article: "la douzaine de spéciales se
        // vend 9,50 euros", "3 euros la douzaine" ("une douzaine" counts).
        if first == "douzaine" && !lead && j > 0 && matches!(self.lw(j - 1), "la" | "par") {
            return Some(Outcome::Skip(k + 1));
        }
        // A half of a month: "la première quinzaine de décembre", "fin de la deuxième
        // quinzaine" (a date, not a count).
        let month = |i: usize| self.is(i, cl::MONTH_FR);
        let ordinal = j > 0 && {
            let w = self.lw(j - 1);
            w.ends_with("ière") || w.ends_with("ième") || matches!(w, "seconde" | "dernière")
        };
        if first == "quinzaine" && !lead && (ordinal || (lex::OF.contains(&self.lw(k + 1)) && month(k + 2))) {
            return Some(Outcome::Skip(k + 1));
        }
        let english = lex::APPROX_NOUNS_EN.contains(&first)
            || (first == "millions" && self.lw(k + 1) != "de" && self.lw(k + 1) != "d'");
        let mut e = k + 1;
        // Chains: dizaines de milliers, tens of thousands.
        loop {
            let link = self.lw(e);
            if lex::OF.contains(&link) && self.is(e + 1, cl::APPROX) && self.lw(e + 1) != "tens" {
                e += 2;
            } else {
                break;
            }
        }
        let next = self.lw(e);
        let has_de = lex::OF.contains(&next);
        if first == "tens" && e == k + 1 {
            return None;
        }
        if first == "scores" && !has_de {
            return None;
        }
        // ("a few dozen times a year", "Several dozen volunteers": after an approximation.)
        if first == "dozen" && !(lead || prefixed || j > 0 && self.is(j - 1, cl::NUMWORD)) {
            return None;
        }
        // "une cinquantaine," : an approximate count by itself.
        let counted_alone = lead && first.ends_with("aine");
        if !english && !has_de && !counted_alone {
            // "des milliers ont fui", "par milliers": the determiner was the prefix.
            let det_before = j > 0 && lex::APPROX_DETERMINERS.contains(&self.lw(j - 1));
            if !(prefixed || det_before) {
                return None;
            }
        }
        if let Some(o) = self.duration_check(j, e) {
            return Some(o);
        }
        Some(Outcome::Figure {
            start: j,
            end: self.noun(e),
            kind: FigureKind::Approximate,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        // Dozens after an approximation.
        (
            "Fireballs are seen a few dozen times a year; several dozen volunteers came.",
            &["a few dozen", "several dozen volunteers"],
        ),
        // The dozen as a unit of sale; a dozen of them counts.
        (
            "La douzaine de spéciales se vend 9,50 euros, 3 euros la douzaine ; une douzaine de bénévoles.",
            &["9,50 euros", "3 euros", "une douzaine de bénévoles"],
        ),
        (
            "Des dizaines de milliers de soldats sont morts.",
            &["Des dizaines de milliers de soldats"],
        ),
        ("Des centaines de drones.", &["Des centaines de drones"]),
        ("Plusieurs milliers de civils.", &["Plusieurs milliers de civils"]),
        ("Tens of thousands of people fled.", &["Tens of thousands of people"]),
        ("La quarantaine est levée.", &[]),
        ("Une cinquantaine, selon lui.", &["Une cinquantaine"]),
        // Half a month is a date; a count of about fifteen is a figure.
        (
            "Le pic est attendu dans la première quinzaine de décembre, puis la quinzaine de juillet.",
            &[],
        ),
        (
            "Une quinzaine de familles ont été relogées.",
            &["Une quinzaine de familles"],
        ),
        // A set already counted, behind a definite determiner.
        ("The thousands of outfits on parade. Of the thousands, one.", &[]),
        ("Les milliers de manifestants sont rentrés.", &[]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
