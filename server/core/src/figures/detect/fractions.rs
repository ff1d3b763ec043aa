//! Fractions and proportions: "un tiers des habitants", "la moitié des", "les deux tiers",
//! "a third of", "half of", "réduit de moitié", "baissé d'un tiers", "fallen by
//! two-thirds", "deux Français sur trois", "one in five"; not a third party ("cédé à un
//! tiers", "a third party") nor "un quart d'heure", "the first half".

use super::{FigureKind, Outcome, Scan, EMPTY};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect::{self as lex, NumWord};
use crate::figures::tokens::Tok;

impl Scan<'_, '_> {
    /// "un tiers des", "la moitié des", "les deux tiers", "a third of", "half of".
    pub(super) fn fraction(&self, j: usize) -> Option<Outcome> {
        let w = self.lw(j);
        // "réduit de moitié", "cut by half"
        // Not a margin: "beat him by half a wheel", "by half a length".
        let margin = w == "by" && matches!(self.lw(j + 2), "a" | "an");
        // "financé pour moitié par un armateur": the share one payer covers.
        let payer_half = w == "pour" && self.lw(j + 1) == "moitié" && self.lw(j + 2) == "par";
        if (w == "de" && self.lw(j + 1) == "moitié") || (w == "by" && self.lw(j + 1) == "half" && !margin) || payer_half
        {
            return Some(Outcome::Figure {
                start: j,
                end: j + 2,
                kind: FigureKind::Fraction,
            });
        }
        // "le double", "le triple de", "double the number"
        if matches!(w, "le" | "la") && lex::MULTIPLES.contains(&self.lw(j + 1)) {
            let of = lex::PARTITIVES.contains(&self.lw(j + 2));
            // "le double jeu", "le double discours": an adjective.
            if !of && self.is_word(j + 2) {
                return None;
            }
            let end = if of { self.noun(j + 2) } else { j + 2 };
            return Some(Outcome::Figure {
                start: j,
                end,
                kind: FigureKind::Ratio,
            });
        }
        if lex::MULTIPLES.contains(&w) && self.lw(j + 1) == "the" {
            return Some(Outcome::Figure {
                start: j,
                end: self.noun(j + 2),
                kind: FigureKind::Ratio,
            });
        }
        // English "half of", "half the", "half a million".
        if w == "half" {
            let prev = j.checked_sub(1).map_or(EMPTY, |p| self.lw(p));
            if lex::NOT_A_HALF_AFTER.contains(&prev) {
                return None;
            }
            // "half as much", "half as many": a ratio.
            if self.lw(j + 1) == "as" && lex::RATIO_ADJECTIVES_EN.contains(&self.lw(j + 2)) {
                return Some(Outcome::Figure {
                    start: j,
                    end: j + 3,
                    kind: FigureKind::Ratio,
                });
            }
            // "half of his sentence", "la moitié de son mandat": a share of a term, a
            // duration.
            if self.lw(j + 1) == "of" && lex::TERM_NOUNS.contains(&self.lw(j + 3)) {
                return Some(Outcome::Skip(j + 4));
            }
            if lex::HALF_OF.contains(&self.lw(j + 1)) {
                return Some(Outcome::Figure {
                    start: j,
                    end: self.noun(j + 1),
                    kind: FigureKind::Fraction,
                });
            }
            // "slips below half", "more than half", "nearly half": a share on its own.
            // Not a duration: "nearly half an hour", "half a century".
            let duration = matches!(self.lw(j + 1), "a" | "an") && self.is(j + 2, cl::DURATION);
            if self.approximated(j) && !self.is_sym(j + 1, '-') && !duration {
                return Some(Outcome::Figure {
                    start: j,
                    end: j + 1,
                    kind: FigureKind::Fraction,
                });
            }
            if self.lw(j + 1) == "a" && self.numword(j + 2).is_some_and(|n| matches!(n, NumWord::Scale(_))) {
                return Some(Outcome::Figure {
                    start: j,
                    end: self.noun(j + 3),
                    kind: FigureKind::Fraction,
                });
            }
            return None;
        }
        // Determiner and/or number word, then the fraction noun.
        let mut k = j;
        // ("plus du tiers de ses membres", "près du quart": "du" after an approximation.)
        let approx_du = w == "du" && j > 0 && matches!(self.lw(j - 1), "plus" | "moins" | "près");
        if lex::FRACTION_DETERMINERS.contains(&w) || approx_du {
            k += 1;
        }
        if self.is(k, cl::NUMWORD) && k + 1 < self.t.len() {
            let nxt = self.lw(k + 1);
            if lex::FRACTIONS_FR.contains(&nxt) || lex::FRACTIONS_EN.contains(&nxt) {
                k += 1;
            } else if self.is_sym(k + 1, '-') && lex::FRACTIONS_EN.contains(&self.lw(k + 2)) {
                k += 2;
            }
        }
        if k == j {
            return None;
        }
        let f = self.lw(k);
        let fr = lex::FRACTIONS_FR.contains(&f);
        let en = lex::FRACTIONS_EN.contains(&f);
        if !(fr || en) {
            return None;
        }
        // "la moitié au moins des électeurs": the approximation after the fraction.
        let (k, after) = if matches!((self.lw(k + 1), self.lw(k + 2)), ("au", "moins") | ("at", "least")) {
            (k + 2, self.lw(k + 3))
        } else {
            (k, self.lw(k + 1))
        };
        // "un quart travaille", "deux tiers votent": a number word before the fraction.
        // "Un tiers" is also a third party ("cédé à un tiers", "la plainte d'un tiers"): as
        // a count it is a subject, followed by a word and not after a preposition.
        let one = matches!(self.lw(k - 1), "un" | "une");
        let third_party = one
            && (!self.is_word(k + 1)
                || j.checked_sub(1)
                    .is_some_and(|p| lex::PREPOSITIONS_FR.contains(&self.lw(p))));
        // French fractions but "moitié" are masculine: "une cinquième scène" is an ordinal.
        let ordinal = self.lw(k - 1) == "une" && f != "moitié";
        let counted_fraction = fr
            && f != "moitié"
            && self.is(k - 1, cl::NUMWORD)
            && !lex::PARTITIVES.contains(&after)
            && !third_party
            && !ordinal;
        if counted_fraction {
            return Some(Outcome::Figure {
                start: j,
                end: k + 1,
                kind: FigureKind::Fraction,
            });
        }
        if fr && lex::PARTITIVES.contains(&after) {
            if f.starts_with("quart") && lex::NOT_A_QUARTER.contains(&self.lw(k + 2)) {
                return Some(Outcome::Skip(k + 3));
            }
            return Some(Outcome::Figure {
                start: if approx_du { j - 1 } else { j },
                end: self.noun(k + 1),
                kind: FigureKind::Fraction,
            });
        }
        // "wiped a fifth off its value", "a third off the price": a cut by the fraction.
        if en && after == "off" {
            return Some(Outcome::Figure {
                start: j,
                end: k + 1,
                kind: FigureKind::Fraction,
            });
        }
        // "a third country", "a fifth term", "a second round": an ordinal before its noun.
        if en
            && self.lw(k - 1) == "a"
            && matches!(
                after,
                "country" | "countries" | "party" | "parties" | "term" | "round" | "way" | "option"
            )
        {
            return Some(Outcome::Skip(k + 1));
        }
        // "the fifth of seven children": a rank among a set counted next, not a fraction.
        if en && after == "of" && (self.is_num(k + 2) || self.is(k + 2, cl::NUMWORD)) && self.lw(k - 1) == "the" {
            return Some(Outcome::Skip(k + 1));
        }
        if en && after == "of" {
            return Some(Outcome::Figure {
                start: j,
                end: self.noun(k + 1),
                kind: FigureKind::Fraction,
            });
        }
        // An approximation makes a quantity of the fraction alone: "ils étaient à peine la
        // moitié", "près de la moitié", "less than a fifth funded", "more than a third".
        // (Nor a quarter of the year: "fell to $38.2 bln over the quarter".)
        let quarter_hour = f.starts_with("quart")
            && (lex::NOT_A_QUARTER.contains(&after)
                || lex::NOT_A_QUARTER.contains(&self.lw(k + 2))
                || (en && matches!(self.lw(k - 1), "the" | "this" | "that" | "last" | "next" | "each")));
        if self.approximated(j) && !quarter_hour && !self.is_sym(k + 1, '-') {
            return Some(Outcome::Figure {
                start: j,
                end: k + 1,
                kind: FigureKind::Fraction,
            });
        }
        // The share one payer covers: "couvert pour un tiers par les collectivités",
        // "pour les deux tiers par l'État" (not "cédé pour un tiers", a third party).
        if fr
            && j >= 1
            && self.lw(j - 1) == "pour"
            && matches!(after, "par" | "sur" | "vers" | "dans" | "en" | "à" | "au" | "aux")
        {
            return Some(Outcome::Figure {
                start: j,
                end: k + 1,
                kind: FigureKind::Fraction,
            });
        }
        // A payer's share of a sum: "dont la Région doit financer la moitié", "will fund a
        // third".
        let pays = |w: &str| {
            ["financ", "pay", "pai", "couvr", "couvre", "rembours", "fund", "cover"]
                .iter()
                .any(|p| w.starts_with(p))
        };
        if j >= 1 && pays(self.lw(j - 1)) && !self.is_sym(k + 1, '-') && !lex::PARTITIVES.contains(&after) {
            return Some(Outcome::Figure {
                start: j,
                end: k + 1,
                kind: FigureKind::Fraction,
            });
        }
        // A part of the sum just given: "1,1 M€, dont la moitié à la charge de…".
        if fr && (j >= 1 && self.lw(j - 1) == "dont") && !self.is_sym(k + 1, '-') {
            return Some(Outcome::Figure {
                start: j,
                end: k + 1,
                kind: FigureKind::Fraction,
            });
        }
        // A change by a fraction: "fallen by two-thirds", "shrunk by about a quarter",
        // "a baissé d'un tiers", "en recul d'un quart".
        if self.change_by(j, en, after) {
            return Some(Outcome::Figure {
                start: j,
                end: k + 1,
                kind: FigureKind::Fraction,
            });
        }
        None
    }

    /// An approximation comes right before `j`: "près de", "à peine", "plus de", "moins
    /// de", "about", "nearly", "less than", "more than", "under".
    fn approximated(&self, j: usize) -> bool {
        let before = |n: usize| j.checked_sub(n).map_or(EMPTY, |p| self.lw(p));
        let (p1, p2) = (before(1), before(2));
        lex::FRACTION_APPROX.contains(&p1)
            || matches!(p1, "peine" | "under" | "below" | "above")
            || (matches!(p1, "de" | "d'") && matches!(p2, "près" | "plus" | "moins"))
            || (p1 == "than" && matches!(p2, "less" | "more" | "fewer"))
    }

    /// The fraction at `j` (its noun followed by `after`) is the size of a change: after "by"
    /// in English, after "de"/"d'" following a word of change in French (approximations
    /// such as "about", "près" may come between).
    fn change_by(&self, j: usize, en: bool, after: &str) -> bool {
        let mut p = j;
        while p > 0 && lex::FRACTION_APPROX.contains(&self.lw(p - 1)) {
            p -= 1;
        }
        let Some(prev) = p.checked_sub(1).map(|q| self.lw(q)) else {
            return false;
        };
        if en {
            // "by a third" but not "by a third party", "by a third round of talks"; "down a
            // fifth", "up a quarter" (a headline's change).
            let changed = prev == "by" || (matches!(prev, "down" | "up") && j == p);
            changed && (!self.is_word(j + 2) || lex::AFTER_CHANGE_EN.contains(&after))
        } else {
            let change = p
                .checked_sub(2)
                .is_some_and(|q| lex::CHANGE_STEMS_FR.iter().any(|s| self.lw(q).starts_with(s)));
            matches!(prev, "de" | "d'") && change
        }
    }

    /// "sur trois", "deux Français sur trois", "one in five Americans".
    pub(super) fn sur_tail(&self, e: usize, left: Option<u64>) -> Option<usize> {
        for gap in 0..=2 {
            let p = e + gap;
            if (1..=gap).any(|g| !self.is_word(e + g - 1) || self.has(e + g - 1, cl::STOP | cl::NUMWORD)) {
                break;
            }
            // "quatre des cinq Länder", "four of the five states": a part of a set counted
            // by its size, right after the first number, from two on.
            let part_of_set = gap == 0
                && (self.lw(p) == "des"
                    || (self.lw(p) == "of" && matches!(self.lw(p + 1), "the" | "his" | "her" | "its" | "their")));
            let (sep_len, ok) = match self.lw(p) {
                "sur" | "in" => (1, true),
                "out" if self.lw(p + 1) == "of" => (2, true),
                "des" if part_of_set => (1, true),
                "of" if part_of_set => (2, true),
                _ => (0, false),
            };
            if !ok {
                continue;
            }
            let r = p + sep_len;
            let right = if let Some(n) = self.tok(r).and_then(Tok::num) {
                if n.int_digits == 4 || n.grouped || n.decimal {
                    return None;
                }
                n.value.map(|v| (v, r + 1))
            } else if self.is(r, cl::NUMWORD) {
                let (end, v) = self.word_value(r);
                Some((v, end))
            } else {
                None
            };
            let (rv, rend) = right?;
            // A length of time after it: "un étalement sur trois ans" spreads over years, it
            // is no proportion.
            if !part_of_set && self.is(rend, cl::DURATION | cl::UNIT) {
                return None;
            }
            // A schedule: "ouvert six jours sur sept", "24 heures sur 24".
            let period = match self.lw(e) {
                "jours" | "days" => 7,
                "heures" | "hours" | "h" => 24,
                "mois" | "months" => 12,
                "semaines" | "weeks" => 52,
                _ => 0,
            };
            if gap == 1 && period == rv {
                return None;
            }
            // Every other one: "une semaine sur deux", "un jour sur deux", "one week in two".
            if gap == 1 && rv == 2 && self.is(e, cl::DURATION) {
                return None;
            }
            let fits = if part_of_set {
                left.is_some_and(|l| l >= 2 && l < rv)
            } else {
                left.is_some_and(|l| l <= rv) && rv > 1
            };
            if fits {
                return Some(self.noun_after_sur(rend, gap > 0));
            }
            return None;
        }
        None
    }

    fn noun_after_sur(&self, e: usize, had_noun: bool) -> usize {
        if had_noun {
            e
        } else {
            self.noun(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        // Sixths and eighths, after "an" too; an ordinal before a noun is no fraction.
        (
            "Adria Banka holds about an eighth of deposits; a sixth of voters; an eighth straight win.",
            &["about an eighth of deposits", "a sixth of voters"],
        ),
        // A schedule and a length of time are no proportions.
        (
            "Le centre sera ouvert six jours sur sept ; elle aurait préféré un étalement sur trois ans.",
            &[],
        ),
        ("Deux patients sur trois attendent.", &["Deux patients sur trois"]),
        ("La collecte passera une semaine sur deux.", &[]),
        ("Net debt fell over the quarter; more than a quarter of staff left.", &["more than a quarter of staff"]),
        (
            "Le conseil ayant perdu plus du tiers de ses membres, la loi impose une élection ; le rôle du tiers de confiance.",
            &["plus du tiers de ses membres"],
        ),
        (
            "The EU can restrict exports to a third country; 300 firms did.",
            &["300 firms"],
        ),
        (
            "Born the fifth of seven children, he won a third of his fights.",
            &["a third"],
        ),
        (
            "Le chantier a coûté 1,1 M€, dont la moitié à la charge de la commune.",
            &["1,1 M€", "la moitié"],
        ),
        (
            "The fine was reduced by a third for the early guilty plea.",
            &["a third"],
        ),
        // A change by a fraction, in a headline or with an approximation.
        (
            "Grain exports down a fifth as yields fell by up to a third in some districts.",
            &["a fifth", "up to a third"],
        ),
        // A cut by a fraction; a feminine ordinal is no fraction.
        (
            "A profit warning wiped a fifth off its value; a third off the price.",
            &["a fifth", "a third"],
        ),
        (
            "Ils envisagent une cinquième scène; un cinquième des billets est vendu.",
            &["un cinquième des billets"],
        ),
        ("Un tiers des habitants.", &["Un tiers des habitants"]),
        ("La moitié des écoles.", &["La moitié des écoles"]),
        ("Deux Français sur trois approuvent.", &["Deux Français sur trois"]),
        ("A third of the army.", &["A third of the army"]),
        ("Half of the drones.", &["Half of the drones"]),
        ("One in five Americans agrees.", &["One in five Americans"]),
        // Wire copy: fractions, abbreviations, a results table.
        (
            "The bank cut its prime rate by 1/4 point to 8-1/2 pct.",
            &["1/4 point", "8-1/2 pct"],
        ),
        (
            "Copper rose 3-1/4 cents to 1.05 dlrs a lb.",
            &["3-1/4 cents", "1.05 dlrs"],
        ),
        // A bond's ticks; a price in dollars and a fraction of a cent.
        (
            "The 10-year note was down 5/32; wheat rose to 5.42-1/4 dlrs a bushel.",
            &["5/32", "5.42-1/4 dlrs"],
        ),
        (
            "Shr 1.20 dlrs vs 98 cts. Net 4.5 mln vs 3.9 mln.",
            &["1.20 dlrs vs 98 cts", "4.5 mln", "3.9 mln"],
        ),
        ("Talks resumed 2-1/2 hours later.", &[]),
        // A part of a set counted by its size.
        (
            "L'AfD arrive en tête dans quatre des cinq Länder.",
            &["quatre des cinq Länder"],
        ),
        ("L'AfD arrive en tête dans 4 des 5 Länder.", &["4 des 5 Länder"]),
        ("Four of the six reactors are shut.", &["Four of the six reactors"]),
        (
            "He has now won four of his seven marathons.",
            &["four of his seven marathons"],
        ),
        ("L'un des deux pilotes a sauté.", &[]),
        ("Les prix ont baissé d'un tiers en un an.", &["un tiers"]),
        (
            "Son budget est de 240 000 euros, dont la Région doit financer la moitié.",
            &["240 000 euros", "la moitié"],
        ),
        (
            "Le budget est couvert pour un tiers par la région, pour les deux tiers par l'État; cédé pour un tiers; financé pour moitié par un armateur.",
            &["un tiers", "les deux tiers", "pour moitié"],
        ),
        (
            "Les couteaux partent pour un tiers vers les États-Unis.",
            &["un tiers"],
        ),
        // An approximation makes the fraction alone a quantity.
        ("Ils étaient à peine la moitié au printemps.", &["à peine la moitié"]),
        ("Ils sont près de la moitié à refuser.", &["près de la moitié"]),
        ("The appeal is less than a fifth funded.", &["less than a fifth"]),
        ("More than a third voted.", &["More than a third"]),
        ("Gas storage slips below half as reserves drain.", &["below half"]),
        (
            "La moitié au moins des électeurs inscrits devait voter.",
            &["La moitié au moins des électeurs"],
        ),
        ("Turnout was nearly half.", &["nearly half"]),
        ("The first half ended, half asleep.", &[]),
        ("After nearly half an hour, play resumed.", &[]),
        ("He will be released after serving half of his sentence.", &[]),
        ("He beat Ashby by half a wheel.", &[]),
        ("Costs were cut by half in a year.", &["by half"]),
        ("Ils sont la moitié à refuser, à moitié convaincus.", &[]),
        ("Il attend depuis près d'un quart d'heure.", &[]),
        ("Les primes ont chuté de deux tiers.", &["deux tiers"]),
        ("Premiums have fallen by two-thirds in a year.", &["two-thirds"]),
        (
            "Stocks have shrunk by about a quarter since 2022.",
            &["about a quarter"],
        ),
        ("They pay half as much for insurance.", &["half as much"]),
        ("Un tiers seulement disent vouloir rentrer.", &["Un tiers"]),
        ("Des pays tiers.", &[]),
        ("Il a été cédé à un tiers.", &[]),
        ("La plainte d'un tiers a été rejetée.", &[]),
        ("It was approved by a third party.", &[]),
        ("Talks resumed by a third round.", &[]),
        ("Un quart d'heure plus tard.", &[]),
        ("In the first half of 2024.", &[]),
        ("Le budget a été réduit de moitié.", &["de moitié"]),
        ("Trois électeurs sur dix.", &["Trois électeurs sur dix"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
