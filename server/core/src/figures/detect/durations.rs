//! Not a figure unless asked for: durations ("trois ans", "près de cinq heures", "two
//! weeks"); never: ages ("âgé de 45 ans", "45 years old", "Smith, 45,").

use super::{FigureKind, Outcome, Scan, EMPTY};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;

impl Scan<'_, '_> {
    /// Durations ("trois ans", "près de cinq heures") are skipped unless asked for; ages
    /// ("âgé de 45 ans", "45 years old") always are.
    pub(super) fn duration_check(&self, start: usize, end: usize) -> Option<Outcome> {
        let mut u = end;
        // "âgées de 6 et 9 ans", "de 27 à 25 ans"; not after a number with its own unit:
        // "4,3 % à 11 h" is a share, then a time.
        let bare = end == start + 1;
        while bare && lex::BOUND_JOINERS.contains(&self.lw(u)) && (self.is_num(u + 1) || self.is(u + 1, cl::NUMWORD)) {
            u += 2;
        }
        if lex::OF.contains(&self.lw(u)) {
            u += 1;
        }
        // "fifteen working days", "five business days", "trois jours ouvrables" (the last
        // is a duration word as it is).
        // (A run of them is a stretch of time, not occasions: "on at least three
        // consecutive days".)
        let mut run = false;
        if lex::DURATION_MODIFIERS.contains(&self.lw(u)) && self.is(u + 1, cl::DURATION) {
            run = lex::STREAK_WORDS.contains(&self.lw(u));
            u += 1;
        }
        if !self.is(u, cl::DURATION) {
            return None;
        }
        // "0.3 pct month-on-month", "2.1% year-on-year": a share's period of comparison,
        // not a length of time.
        let share = (start..end).any(|k| self.is_sym(k, '%') || matches!(self.lw(k), "pct" | "percent" | "cent"));
        let compared = self.is_sym(u + 1, '-') && self.glued(u + 1) && matches!(self.lw(u + 2), "on" | "over" | "to");
        if share || compared {
            return None;
        }
        // "8,000 night movements", "300 day trips": a singular unit of time before a plural
        // noun qualifies it.
        let w = self.lw(u);
        let next = self.lw(u + 1);
        if !w.ends_with('s')
            && next.len() > 3
            && next.ends_with('s')
            && self
                .tok(u + 1)
                .is_some_and(|t| t.is_word() && !t.is(cl::DURATION | cl::STOP))
        {
            return None;
        }
        // "£4.50 an hour": the English article before a unit of time makes a rate; and
        // "2,345.50 dlrs an ounce": "an" right after a sum is that article, not the French
        // year ("par an", "l'an").
        if self.lw(u) == "an" && (self.is(u + 1, cl::DURATION) || (u > start && self.is_word(u + 1))) {
            return None;
        }
        // An average age is a statistic: "l'âge moyen des généralistes est de 52 ans", "- 52
        // ans : l'âge moyen…", "a median age of 41 years".
        let average_age = matches!(self.lw(u), "ans" | "years")
            && self.t.windows(2).any(|w| {
                matches!(
                    (w[0].lower.as_ref(), w[1].lower.as_ref()),
                    ("âge", "moyen") | ("âge", "médian") | ("moyenne", "d'") | ("average", "age") | ("median", "age")
                )
            });
        if average_age {
            return Some(Outcome::Figure {
                start,
                end: u + 1,
                kind: FigureKind::Number,
            });
        }
        // Occasions counted, not a length of time: "struck the ports on at least 11 nights
        // last month", "on 14 days in October".
        let mut p = start;
        while p > 0 && self.is(p - 1, cl::APPROX) {
            p -= 1;
        }
        if p >= 2 && matches!((self.lw(p - 2), self.lw(p - 1)), ("at", "least") | ("at", "most")) {
            p -= 2;
        }
        let occasions = p > 0
            && !run
            && self.lw(p - 1) == "on"
            && matches!(self.lw(u), "nights" | "days" | "evenings" | "weekends");
        // Or days of a kind in a year, a climate's statistic: "plus de 250 nuits claires
        // par an", "300 jours de soleil par an", "300 days of sunshine a year".
        let kind_of_day = matches!(self.lw(u), "jours" | "nuits" | "journées" | "days" | "nights");
        let mut r = u + 1;
        if matches!(self.lw(r), "de" | "d'" | "of" | "sans" | "without") && self.is_word(r + 1) {
            r += 2;
        } else if self.is_word(r) && !self.is(r, cl::STOP) && !matches!(self.lw(r), "par" | "a" | "per") {
            r += 1;
        }
        let yearly = r > u + 1
            && matches!(
                (self.lw(r), self.lw(r + 1)),
                ("par", "an" | "année") | ("a" | "per" | "each", "year") | ("chaque", "année")
            );
        if kind_of_day && yearly {
            return Some(Outcome::Figure {
                start,
                end: r + 2,
                kind: FigureKind::Number,
            });
        }
        if occasions {
            return Some(Outcome::Figure {
                start,
                end: u + 1,
                kind: FigureKind::Number,
            });
        }
        if !self.durations {
            return Some(Outcome::Skip(u + 1));
        }
        let before = start.checked_sub(1).map_or(EMPTY, |p| self.lw(p));
        let before2 = start.checked_sub(2).map_or(EMPTY, |p| self.lw(p));
        let age = lex::AGE_HEADS.contains(&before)
            || (matches!(before, "de" | "d'") && lex::AGE_HEADS.contains(&before2))
            || self.lw(u + 1) == "old"
            || (before == "," && matches!(self.lw(u + 1), "," | ")"))
            || before == "(";
        if age {
            return Some(Outcome::Skip(u + 1));
        }
        Some(Outcome::Figure {
            start,
            end: u + 1,
            kind: FigureKind::Number,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        // Days of a kind in a year are counted; a stay's nights are a duration.
        (
            "Le site compte plus de 250 nuits claires par an.",
            &["plus de 250 nuits claires par an"],
        ),
        (
            "Perpignan a 300 jours de soleil par an.",
            &["300 jours de soleil par an"],
        ),
        (
            "The town gets 300 days of sunshine a year.",
            &["300 days of sunshine a year"],
        ),
        ("Il a passé trois nuits par an au refuge.", &[]),
        // An ordinal adjective before the unit of time.
        (
            "Les 30 premières minutes resteront gratuites ; 300 places.",
            &["300 places"],
        ),
        // Winters and summers are durations too.
        (
            "Elle passe trois hivers sur la base ; he spent two winters there; 300 personnes.",
            &["300 personnes"],
        ),
        // Quarters of a year are durations.
        (
            "Il faut avoir validé cinq trimestres avant 20 ans ; 300 personnes.",
            &["300 personnes"],
        ),
        (
            "Le site perd de l'argent depuis trois exercices ; 300 personnes.",
            &["300 personnes"],
        ),
        // A unit of time that qualifies a plural noun.
        // (The span stops before the unit of time: the noun reader leaves such words out.)
        ("The airport is allowed 8,000 night movements a year.", &["8,000"]),
        ("Parking now costs £4.50 an hour.", &["£4.50 an hour"]),
        ("Gold rose to 2,345.50 dlrs an ounce.", &["2,345.50 dlrs"]),
        ("Il gagne 30 000 euros par an.", &["30 000 euros par an"]),
        ("Depuis trois ans, près de cinq heures.", &[]),
        ("Un homme âgé de 45 ans, a 45-year-old man.", &[]),
        ("Pendant deux semaines, 300 soldats ont tenu.", &["300 soldats"]),
        ("Il a couru 3 mn, puis 45 s, en 2 h 10, et 10 min.", &[]),
        (
            "Il a gagné en 12 j 6 h 22 min ; la toile est restée pendant quatre générations.",
            &[],
        ),
        ("Applicants hear back within fifteen working days.", &[]),
        // An average age is a statistic.
        ("L'âge moyen des généralistes est de 52 ans.", &["52 ans"]),
        ("- 52 ans : l'âge moyen des généralistes du département ;", &["52 ans"]),
        ("Payment is due in 30 calendar days, 5 business days after.", &[]),
        // A share's period of comparison.
        (
            "Loan growth slowed to 0.3 pct month-on-month; prices rose 2.1% year-on-year.",
            &["0.3 pct", "2.1%"],
        ),
        // Occasions counted.
        (
            "Drones struck the ports on at least 11 nights, for 11 nights, on 14 days in October.",
            &["at least 11 nights", "14 days"],
        ),
        // A run of days is a stretch of time.
        (
            "It is declared on at least three consecutive days, on 14 consecutive nights.",
            &[],
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }

    #[test]
    fn durations_when_asked() {
        let figs = super::super::testing::figures;
        assert_eq!(
            figs("Depuis trois ans, près de cinq heures.", true),
            vec!["trois ans", "près de cinq heures"]
        );
        assert_eq!(figs("Un homme âgé de 45 ans.", true), Vec::<&str>::new());
    }
}
