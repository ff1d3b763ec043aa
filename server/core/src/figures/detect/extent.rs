//! What belongs to a figure after its core: units and multipliers ("millions", "%", "M€",
//! "pour cent"), a second bound ("à 400", "et 5 000"), and its noun and rate ("de soldats",
//! "of voters", "par an"); and the value of number words.

use super::Scan;
use crate::figures::classes as cl;
use crate::figures::lexicon::detect::{self as lex, NumWord};
use crate::figures::tokens::{Kind, Tok};

impl Scan<'_, '_> {
    pub(super) fn unit_follows(&self, e: usize) -> bool {
        let w = self.lw(e);
        if self.column_header(e) {
            return false;
        }
        self.has(e, cl::UNIT) && !matches!(w, "pour" | "per" | "points")
            || self.has(e, cl::MULTIPLIER) && !matches!(w, "m" | "k" | "mn")
            || (matches!(w, "pour" | "per") && self.lw(e + 1) == "cent")
    }

    /// A column's header is no unit: "Q3 2025    PCT CHG".
    fn column_header(&self, e: usize) -> bool {
        self.tok(e).is_some_and(|t| t.text == "PCT") && matches!(self.lw(e + 1), "chg" | "change")
    }

    /// Consumes units and multipliers: "millions", "%", "M€", "pour cent", "d'euros" stays
    /// for the noun.
    pub(super) fn units(&self, mut e: usize) -> usize {
        // Wire units glued to the digits: "38C", "18p" (see `designations::glued_measure`).
        if e > 0
            && self.glued(e)
            && self.is_num(e - 1)
            && self
                .tok(e)
                .is_some_and(|t| matches!(t.text, "C" | "F" | "p" | "mph" | "kmh" | "mm" | "cm"))
        {
            e += 1;
            if self.lw(e) == "a" && lex::RATE_NOUNS_EN_SHARE.contains(&self.lw(e + 1)) {
                e += 2;
            }
        }
        loop {
            let w = self.lw(e);
            if matches!(w, "pour" | "per") {
                if self.lw(e + 1) == "cent" {
                    e += 2;
                    continue;
                }
                return e;
            }
            if w == "points" || w == "point" {
                // "3 points de pourcentage"
                if self.lw(e + 1) == "de" && self.lw(e + 2) == "pourcentage" {
                    return e + 3;
                }
                if self.lw(e + 1) == "de" || self.lw(e + 1) == "percentage" {
                    return e + 1;
                }
                return e;
            }
            // "m", "k" and "mn" multiply only glued ("3m", "$2mn") or before a currency: "3 mn"
            // apart is minutes.
            let glued_m = matches!(w, "m" | "k" | "mn") && self.glued(e);
            // After a sum with its currency first, "mn" is a million: "A$300 mn" (wires).
            let currency_first = e >= 2
                && self.is_num(e - 1)
                && matches!(self.tok(e - 2).map(|t| t.kind), Some(Kind::Sym(c)) if lex::CURRENCY_SYMBOLS.contains(&c));
            let spaced_m = matches!(w, "m" | "mn")
                && (self.is_sym(e + 1, '€') || self.is_sym(e + 1, '$') || (w == "mn" && currency_first));
            // (A unit never opens the next row of a table: "24.30" then "    EUR/HUF    397.40"
            // on the line below.)
            if self.column_header(e)
                || self.tok(e).is_some_and(|t| {
                    t.newline_before && t.text.len() >= 3 && t.text.chars().all(|c| c.is_ascii_uppercase())
                })
            {
                return e;
            }
            if self.has(e, cl::MULTIPLIER) && (!matches!(w, "m" | "k" | "mn") || glued_m || spaced_m)
                || (self.has(e, cl::UNIT) && !matches!(w, "m"))
            {
                e += 1;
                // A unit per a unit of time or measure: "km/h", "m/s", "mg/l".
                if self.is_sym(e, '/') && self.glued(e) && self.glued_word(e + 1) {
                    e += 2;
                }
                continue;
            }
            // Degrees of temperature: "-5,8 °C", "38°F" (the letter glued to the sign).
            if self.is_sym(e, '°')
                && self.glued_word(e + 1)
                && self.tok(e + 1).is_some_and(|t| matches!(t.text, "C" | "F"))
            {
                e += 2;
                continue;
            }
            if let Some(Kind::Sym(c)) = self.tok(e).map(|t| t.kind) {
                if c == '%' || c == '‰' || lex::CURRENCY_SYMBOLS.contains(&c) || c == '²' {
                    e += 1;
                    continue;
                }
            }
            return e;
        }
    }

    /// A second bound after "à", "to", "-", or "et"/"and" after "entre"/"between".
    pub(super) fn second_bound(&self, e: usize, between: bool) -> Option<usize> {
        let w = self.lw(e);
        let joins = lex::RANGE_JOINERS.contains(&w) || (between && matches!(w, "et" | "and"));
        if !joins {
            return None;
        }
        // ("de -3 à -12 °C": a minus sign before the second bound.)
        let n = if self.signed(e + 2) { e + 2 } else { e + 1 };
        // "cédait 4,3 % à 11 h 20": an hour after "à" is a time, not a second bound.
        if self.is_num(n) && w == "à" && matches!(self.lw(n + 1), "h" | "heures" | "heure") {
            return None;
        }
        if self.is_num(n) || (lex::CURRENCY_SYMBOLS.iter().any(|&c| self.is_sym(n, c)) && self.is_num(n + 1)) {
            let k = if self.is_num(n) { n } else { n + 1 };
            return Some(self.units(k + 1));
        }
        if let Some(_w) = self.numword(n) {
            let (end, _) = self.word_value(n);
            return Some(self.units(end));
        }
        None
    }

    /// The noun a figure counts, and its rate: "de soldats", "des électeurs", "par an".
    pub(super) fn noun(&self, end: usize) -> usize {
        let mut e = end;
        // After a share, the noun comes only through "de"/"of" ("30 % des électeurs"): a
        // bare word is something the share qualifies ("a 5% spending target", "the 2%
        // benchmark"), not what it counts.
        let share = end > 0 && (self.is_sym(end - 1, '%') || matches!(self.lw(end - 1), "cent" | "percent"));
        // (A wire's "pct" too, but before the securities it names: "5 pct notes".)
        let share = share || (end > 0 && self.lw(end - 1) == "pct" && !lex::BOND_NOUNS.contains(&self.lw(end)));
        let content = |i: usize| {
            self.tok(i).is_some_and(|t| {
                t.is_word()
                    && !t.is(cl::STOP)
                    && !t.is(cl::NUMWORD)
                    && !t.is(cl::DURATION)
                    && !t.newline_before
                    && !looks_like_verb(t)
                    // (A day is when, not what: "Enedis en comptait encore 210 jeudi à midi".)
                    && !lex::WEEKDAYS.contains(&t.lower.as_ref())
            })
        };
        let w = self.lw(e);
        // "Deux d'entre eux".
        if matches!(w, "d'" | "de") && self.lw(e + 1) == "entre" && matches!(self.lw(e + 2), "eux" | "elles") {
            return e + 3;
        }
        // A model's designation before the noun: "two F-16 jets".
        if self
            .tok(e)
            .is_some_and(|t| t.is_word() && t.is_capitalized() && t.text.len() <= 3)
            && self.is_sym(e + 1, '-')
            && self.glued(e + 1)
            && self.is_num(e + 2)
            && self.glued(e + 2)
            && content(e + 3)
        {
            return e + 4;
        }
        if lex::PARTITIVES.contains(&w) {
            // Past a possessive: "deux de vos véhicules".
            let possessive = matches!(self.lw(e + 1), "vos" | "nos" | "ses" | "leurs" | "mes" | "tes");
            if possessive && content(e + 2) {
                e += 3;
            } else if content(e + 1) {
                e += 2;
            }
        } else if w == "of" {
            // A noun of several words: "5% of gross domestic product".
            if self.lw(e + 1) == "gross" && self.lw(e + 2) == "domestic" && self.lw(e + 3) == "product" {
                e += 4;
            } else if content(e + 1) {
                e += 2;
                // An adjective before its noun: "80 pct of industrial production", "5% of
                // national output" (not a noun and what follows it).
                let adjective = ["al", "ic", "ive", "ary", "ous", "ern"]
                    .iter()
                    .any(|x| self.lw(e - 1).ends_with(x));
                if adjective && content(e) && self.t[e].space_before {
                    e += 1;
                }
            } else if lex::OF_DETERMINERS_EN.contains(&self.lw(e + 1))
                && content(e + 2)
                // (Not after a unit of length: "about 40 metres of the ramp" measures a
                // part of the ramp, whose noun is the unit.)
                && !(end > 0 && lex::LENGTH_UNITS.contains(&self.lw(end - 1)))
            {
                e += 3;
                // An adjective before the plural noun: "three of its collective centres".
                if !self.lw(e - 1).ends_with('s') && content(e) && self.lw(e).ends_with('s') {
                    e += 1;
                }
            }
        } else if content(e)
            && self.t[e].space_before
            && !share
            && !(end > 0 && self.is(end - 1, cl::UNIT) && french_participle(self.lw(e)))
        {
            e += 1;
            // A unit's adjective goes with its unit: "300 nautical miles"; an English
            // adjective with its plural noun: "14 primary schools".
            let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
            // (And "25 basis points", whose first word looks plural.)
            let adjective = matches!(self.lw(e - 1), "nautical" | "basis")
                || (!plural(self.lw(e - 1))
                    && self.t[e - 1].lower.is_ascii()
                    && plural(self.lw(e))
                    && self.lw(e).is_ascii());
            if adjective && content(e) {
                e += 1;
            } else if (1..=2).any(|n| self.is(e + n - 1, cl::COUNTED)) && !self.is(e - 1, cl::COUNTED) {
                // A compound noun before a counted one: "six housing enforcement officers".
                while e < end + 4 && content(e) && !self.is(e - 1, cl::COUNTED) {
                    e += 1;
                }
            }
        }
        // ("deux sans-abri": a compound whose first part is a stop word.)
        if e == end && self.lw(e) == "sans" && self.is_sym(e + 1, '-') && self.glued(e + 1) && self.is_word(e + 2) {
            e += 1;
        }
        // A hyphenated noun goes whole: "84 co-sponsors", "sept petits-enfants".
        while e > end
            && self.is_word(e - 1)
            && self.is_sym(e, '-')
            && self.glued(e)
            && self.is_word(e + 1)
            && self.glued(e + 1)
        {
            e += 2;
        }
        // (Not a time before: "from 271,000 a year earlier".)
        if self.is_word(e)
            && lex::RATE_HEADS.contains(&self.lw(e))
            && lex::RATE_NOUNS.contains(&self.lw(e + 1))
            && !matches!(self.lw(e + 2), "earlier" | "ago" | "before" | "later" | "previously")
        {
            e += 2;
        }
        e
    }

    /// Reads number words from `i`: end token and value.
    pub(super) fn word_value(&self, i: usize) -> (usize, u64) {
        let mut total: u64 = 0;
        let mut current: u64 = 0;
        let mut e = i;
        let mut last_was_num = false;
        loop {
            let w = self.lw(e);
            if let Some(nw) = lex::number_word(w) {
                // "un"/"one" only start a number ("un million") or end one ("vingt et un").
                match nw {
                    NumWord::Unit(v) => {
                        if v == 20 && (current % 100) == 4 {
                            current = current - 4 + 80; // quatre-vingt(s)
                        } else {
                            current = current.saturating_add(v);
                        }
                    }
                    NumWord::Hundred => current = current.max(1).saturating_mul(100),
                    NumWord::Scale(s) => {
                        total = total.saturating_add(current.max(1).saturating_mul(s));
                        current = 0;
                    }
                }
                e += 1;
                last_was_num = true;
                continue;
            }
            if e == i && w == "a" && self.scale_word(e + 1) {
                e += 1;
                continue;
            }
            if last_was_num
                && ((self.is_sym(e, '-') && self.glued(e) && self.glued(e + 1))
                    || (matches!(w, "et" | "and") && self.is(e + 1, cl::NUMWORD)))
                && self.is(e + 1, cl::NUMWORD)
            {
                e += 1;
                last_was_num = false;
                continue;
            }
            break;
        }
        (e, total.saturating_add(current))
    }
}

/// English past forms and common verbs that follow a count ("500 died", "300 fled"):
/// not the noun of the figure. `t` is a word.
fn looks_like_verb(t: &Tok<'_>) -> bool {
    let w = t.lower.as_ref();
    (w.ends_with("ed") && !t.is(cl::COUNTED)) || lex::VERBS_AFTER_COUNT.contains(&w)
}

/// A French past participle ("tracé", "relevées"): after a unit it opens what the figure
/// qualifies ("le circuit de 2,8 km tracé par le club"), it is no noun of the unit.
fn french_participle(w: &str) -> bool {
    w.chars().count() > 3 && ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        // A column's header after a year is no unit.
        ("KEY FIGURES    Q3 2026    Q3 2025    PCT CHG", &[]),
        // A unit of two words whose first looks plural.
        ("The bank cut its rate by 100 basis points.", &["100 basis points"]),
        // An adverb after the unit is no noun.
        (
            "Il sera payé 510 euros, contre 470 euros aujourd'hui.",
            &["510 euros", "470 euros"],
        ),
        // Degrees and a minus sign belong to the figure; a span of dates' hyphen does not.
        (
            "Il a fait -5,8 °C, puis entre -2 et -4 °C ; de -3 à -12°C. Exports for Nov 1-15 rose 14.6 pct to -0.3.",
            &["-5,8 °C", "entre -2 et -4 °C", "de -3 à -12°C", "14.6 pct to -0.3"],
        ),
        // Nor a day after the count.
        ("Enedis en comptait encore 210 jeudi à midi.", &["210"]),
        // Nor a participle after a unit.
        ("Le circuit de 2,8 km tracé par le club.", &["2,8 km"]),
        // A noun of several words after a share.
        (
            "Allies agreed to spend 5% of gross domestic product.",
            &["5% of gross domestic product"],
        ),
        // A figure's span never takes in the code that opens the next row of a table (and
        // a row's first value after its code's column gap is no version).
        (
            "CURRENCIES:\n    EUR/CZK    24.31 vs 24.30\n    EUR/HUF    397.40 vs 397.05",
            &["24.31 vs 24.30", "397.40 vs 397.05"],
        ),
        (
            "It makes about 80 pct of industrial production and 5% of output.",
            &["about 80 pct of industrial production", "5% of output"],
        ),
        // A share's bare word is what it qualifies: "the 3.8 pct median forecast".
        ("It was below the 3.8 pct median forecast.", &["3.8 pct"]),
        // A rate, not a time before it.
        (
            "Fees reached $40 a year; the count rose to 298,000 from 271,000 a year earlier.",
            &["$40 a year", "298,000", "271,000"],
        ),
        // "mn" after a sum with its currency is a million; alone, minutes.
        (
            "Insured losses could reach A$300 mn; the repair took 45 mn.",
            &["$300 mn"],
        ),
        // A gas volume glued to its digits; a preposition after the unit is no noun.
        (
            "Kyiv plans to import up to 4.5bcm over the season, 2 tcm each year.",
            &["up to 4.5bcm", "2 tcm each year"],
        ),
        // A unit, then a number of something else: two figures, not a range.
        (
            "Un bassin de 25 mètres à cinq couloirs; de 20 % à 30 % des électeurs.",
            &["25 mètres", "cinq couloirs", "de 20 % à 30 % des électeurs"],
        ),
        (
            "Entre 3 millions et 4 millions d'euros.",
            &["Entre 3 millions et 4 millions d'euros"],
        ),
        ("Il y a 150 000 réfugiés.", &["150 000 réfugiés"]),
        ("Il y a 150\u{a0}000 réfugiés.", &["150\u{a0}000 réfugiés"]),
        ("Il y a 150\u{202f}000 réfugiés.", &["150\u{202f}000 réfugiés"]),
        ("Il y a 150.000 réfugiés.", &["150.000 réfugiés"]),
        ("Un budget de 1,5 milliard d'euros.", &["1,5 milliard d'euros"]),
        ("A 4.5 million budget.", &["4.5 million budget"]),
        ("Soit 30 % des électeurs.", &["30 % des électeurs"]),
        ("Soit 30% of voters.", &["30% of voters"]),
        ("Sur 505 km² de terres.", &["505 km² de terres"]),
        ("Un plan de €50 billion.", &["€50 billion"]),
        ("Il coûte 2 Md$ et 1 200 M€.", &["2 Md$", "1 200 M€"]),
        ("A $2bn deal.", &["$2bn deal"]),
        ("Il gagne 4,5 millions par an.", &["4,5 millions par an"]),
        (
            "France lost 1.4 million soldiers in four years.",
            &["1.4 million soldiers"],
        ),
        ("Un secteur de 8 kilomètres près de Koupiansk.", &["8 kilomètres"]),
        ("Le taux atteint 3 pour cent.", &["3 pour cent"]),
        ("De 300 à 400 soldats.", &["De 300 à 400 soldats"]),
        // A speed, and a share with the word it qualifies left out.
        ("Il a été flashé à 180 km/h sur l'autoroute.", &["180 km/h"]),
        ("Members pledged 5% spending and met the 2% benchmark.", &["5%", "2%"]),
        (
            "Soit 30 percent of voters, 12 pour cent des électeurs.",
            &["30 percent of voters", "12 pour cent des électeurs"],
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
