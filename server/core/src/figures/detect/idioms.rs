//! Not a figure: idioms and fixed phrases with numbers ("à 180 degrés", "mille fois",
//! "24 heures sur 24", "deux poids, deux mesures"), listed in the lexicon's IDIOMS.

use super::Scan;
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;

impl Scan<'_, '_> {
    /// Length of the idiom at `i`, if any.
    pub(super) fn idiom_at(&self, i: usize) -> Option<usize> {
        if !self.is(i, cl::IDIOM_START) {
            return None;
        }
        lex::idioms(self.lw(i))
            .iter()
            .find(|seq| self.rest_matches(i, seq))
            .map(|seq| seq.len())
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("Un virage à 180 degrés, mille fois, 24 heures sur 24.", &[]),
        ("Il a deux poids deux mesures, et un ou deux amis.", &[]),
        ("Ils ont tué mille soldats.", &["mille soldats"]),
        ("Il y a mille et une raisons d'y aller.", &[]),
        (
            "Ces jeunes font les 400 coups ; un gâteau orné de 100 bougies ; 400 coups de feu.",
            &["400 coups"],
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
