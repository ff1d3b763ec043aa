//! Finding figures in the tokens of one sentence.
//!
//! A figure is a core (digits, number words, an approximate noun, a fraction or a
//! multiple) with what belongs to it: an approximation before it ("près de", "more than"),
//! units and multipliers ("millions", "%", "M€"), a second bound ("entre 4 000 et 5 000"),
//! and its noun or rate ("de soldats", "par an"). Numbers that are dates, times, ordinals,
//! designations, references, list numbers, idioms or (by default) durations are skipped.

use super::classes as cl;
use super::lexicon::attribution as cues;
use super::lexicon::detect::{self as lex, NumWord};
use super::tokens::{Kind, Tok};

/// The shape of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    /// Digits: "150 000", "4,5 millions", "30 %", "$2bn".
    Number,
    /// Number words: "trois cents", "two hundred".
    Words,
    /// Approximate counts: "des dizaines de milliers de", "thousands of".
    Approximate,
    /// Fractions and proportions: "la moitié des", "deux Français sur trois".
    Fraction,
    /// Ratios and multiples: "deux fois plus de", "a threefold rise".
    Ratio,
}

/// A figure found in a sentence: its byte range and its shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: FigureKind,
}

enum Outcome {
    /// A figure spanning tokens `start..end`.
    Figure { start: usize, end: usize, kind: FigureKind },
    /// Not a figure; resume scanning at this token.
    Skip(usize),
    /// Nothing here.
    Nothing,
}

struct Scan<'t, 'a> {
    t: &'t [Tok<'a>],
    durations: bool,
}

const EMPTY: &str = "";

/// Finds the figures among the tokens of one sentence, appending them to `out`.
pub(crate) fn find_into(toks: &[Tok<'_>], durations: bool, out: &mut Vec<Found>) {
    let s = Scan { t: toks, durations };
    let mut i = 0;
    while i < toks.len() {
        // Most tokens can start neither an idiom nor a figure: a word in none of the lists
        // that start one, a symbol other than a currency (symbols have no class).
        let inert = match toks[i].kind {
            Kind::Word => !toks[i].is(cl::IDIOM_START
                | cl::PREFIX_START
                | cl::NUMWORD
                | cl::APPROX
                | cl::FIGURE_WORD
                | cl::FIG_LEAD),
            Kind::Sym(c) => toks[i].class == 0 && !lex::CURRENCY_SYMBOLS.contains(&c),
            Kind::Num(_) => false,
        };
        if inert {
            i += 1;
            continue;
        }
        if let Some(len) = s.idiom_at(i) {
            i += len;
            continue;
        }
        match s.figure_at(i) {
            Outcome::Figure { start, end, kind } => {
                let end = end.max(start + 1).min(toks.len());
                out.push(Found {
                    start: toks[start].start,
                    end: toks[end - 1].end,
                    kind,
                });
                i = end;
            }
            Outcome::Skip(next) => i = next.max(i + 1),
            Outcome::Nothing => i += 1,
        }
    }
}

impl<'a> Scan<'_, 'a> {
    fn lw(&self, i: usize) -> &str {
        self.t.get(i).map_or(EMPTY, |t| t.lower.as_ref())
    }
    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }
    /// Token `i` has one of the classes in `mask`.
    fn is(&self, i: usize, mask: u32) -> bool {
        self.tok(i).is_some_and(|t| t.is(mask))
    }
    /// The word at `i` (or "" past the end) is in one of the lists of `mask`: the classes
    /// of a word token, else a lookup of its lower case.
    fn has(&self, i: usize, mask: u32) -> bool {
        match self.tok(i) {
            Some(t) if t.is_word() => t.is(mask),
            _ => cl::classify(self.lw(i)) & mask != 0,
        }
    }
    fn numword(&self, i: usize) -> Option<NumWord> {
        if self.is(i, cl::NUMWORD) {
            lex::number_word(self.lw(i))
        } else {
            None
        }
    }
    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Tok::is_word)
    }
    fn is_num(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.num().is_some())
    }
    fn is_sym(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_sym(c))
    }
    /// Token `i` is glued to the previous one (no space between).
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }
    /// A hundred, thousand, million… word at `i`.
    fn scale_word(&self, i: usize) -> bool {
        matches!(self.numword(i), Some(NumWord::Scale(_) | NumWord::Hundred))
    }
    /// The words of `seq` after its first follow token `i` (the tables are looked up by
    /// first word: token `i` is `seq[0]`).
    fn rest_matches(&self, i: usize, seq: &[&str]) -> bool {
        seq.iter().enumerate().skip(1).all(|(k, w)| self.lw(i + k) == *w)
    }

    fn idiom_at(&self, i: usize) -> Option<usize> {
        if !self.is(i, cl::IDIOM_START) {
            return None;
        }
        lex::idioms(self.lw(i))
            .iter()
            .find(|seq| self.rest_matches(i, seq))
            .map(|seq| seq.len())
    }

    /// Length of an approximation prefix at `i`, if any.
    fn prefix_at(&self, i: usize) -> Option<usize> {
        if !self.is(i, cl::PREFIX_START) {
            return None;
        }
        lex::prefixes(self.lw(i))
            .iter()
            .find(|seq| self.rest_matches(i, seq))
            .map(Vec::len)
    }

    fn figure_at(&self, i: usize) -> Outcome {
        if let Some(p) = self.prefix_at(i) {
            let between = matches!(self.lw(i), "entre" | "between");
            match self.core(i + p, true, between) {
                Outcome::Figure { end, kind, .. } => {
                    return Outcome::Figure { start: i, end, kind };
                }
                Outcome::Skip(n) => return Outcome::Skip(n),
                Outcome::Nothing => {}
            }
        }
        match self.core(i, false, false) {
            Outcome::Figure { start, end, kind } => {
                // "de 300 à 400", "from 300 to 400": the opening word belongs to the range.
                let ranged = self.t[start..end]
                    .iter()
                    .any(|t| matches!(t.lower.as_ref(), "à" | "to"));
                let start = if ranged && start > 0 && lex::RANGE_OPENERS.contains(&self.lw(start - 1)) {
                    start - 1
                } else {
                    start
                };
                Outcome::Figure { start, end, kind }
            }
            other => other,
        }
    }

    /// A figure's core at `j`. `prefixed`: an approximation precedes it; `between`: that
    /// approximation is "entre"/"between", so "et"/"and" joins two bounds.
    fn core(&self, j: usize, prefixed: bool, between: bool) -> Outcome {
        let Some(t) = self.tok(j) else {
            return Outcome::Nothing;
        };
        match t.kind {
            Kind::Num(_) => self.numeric(j, j, between),
            Kind::Sym(c) if lex::CURRENCY_SYMBOLS.contains(&c) && self.is_num(j + 1) => self.numeric(j, j + 1, between),
            Kind::Word => {
                if !t.is(cl::NUMWORD | cl::APPROX | cl::FIGURE_WORD | cl::FIG_LEAD) {
                    return Outcome::Nothing;
                }
                let w = self.lw(j);
                // A lead word alone ("de", "la", "un", "a", "the", "by") opens a figure only
                // before a number word, an approximate noun, a fraction or a multiple, a
                // "-fold" word, or as "US" before "$": none of the tests below can pass
                // otherwise.
                if !t.is(cl::NUMWORD | cl::APPROX | cl::FIGURE_WORD)
                    && w != "us"
                    && !self
                        .tok(j + 1)
                        .is_some_and(|n| n.is(cl::NUMWORD | cl::APPROX | cl::FIGURE_WORD) || n.lower.ends_with("fold"))
                {
                    return Outcome::Nothing;
                }
                if w == "us" && self.is_sym(j + 1, '$') && self.is_num(j + 2) {
                    return self.numeric(j, j + 2, between);
                }
                if let Some(o) = self.fraction(j) {
                    return o;
                }
                if let Some(o) = self.ratio_word(j) {
                    return o;
                }
                if let Some(o) = self.multiply_verb(j) {
                    return o;
                }
                if self.is(j, cl::APPROX) || (lex::ONE.contains(&w) && self.is(j + 1, cl::APPROX)) {
                    if let Some(o) = self.approx(j, prefixed) {
                        return o;
                    }
                }
                if self.is(j, cl::NUMWORD) || (w == "a" && self.scale_word(j + 1)) {
                    return self.words(j, prefixed, between);
                }
                Outcome::Nothing
            }
            Kind::Sym(_) => Outcome::Nothing,
        }
    }

    /// Digits at `k` (with a currency from `start`).
    fn numeric(&self, start: usize, k: usize, between: bool) -> Outcome {
        let Some(info) = self.tok(k).and_then(Tok::num) else {
            return Outcome::Nothing;
        };
        let currency = start < k;
        let tk = &self.t[k];

        if info.date_like {
            return Outcome::Skip(k + 1);
        }
        // Phone numbers and codes: 01 23 45 67 89.
        if info.leading_zero {
            let mut e = k + 1;
            while self
                .tok(e)
                .and_then(Tok::num)
                .is_some_and(|n| n.int_digits <= 3 && !n.grouped)
            {
                e += 1;
            }
            return Outcome::Skip(e);
        }
        // List numbering: "1. ", "2) " at the start of a line.
        if !currency
            && (k == 0 || tk.newline_before)
            && (self.is_sym(k + 1, '.') || self.is_sym(k + 1, ')'))
            && self.glued(k + 1)
            && !self.glued(k + 2)
        {
            return Outcome::Skip(k + 2);
        }
        // Footnotes: [3].
        if k > 0 && self.is_sym(k - 1, '[') && self.is_sym(k + 1, ']') {
            return Outcome::Skip(k + 2);
        }
        // Glued to letters before: A380, G7, Su34; after a hyphen: F-16, S-400, mi-2022.
        if !currency && k > 0 && !tk.space_before {
            let prev = &self.t[k - 1];
            if prev.is_word() {
                return Outcome::Skip(self.glued_tail(k + 1));
            }
            if (prev.is_sym('-') || prev.is_sym('‑')) && k >= 2 && self.glued(k - 1) && self.is_word(k - 2) {
                return Outcome::Skip(self.glued_tail(k + 1));
            }
            if prev.is_sym('/') || prev.is_sym(':') || prev.is_sym('°') || prev.is_sym('#') {
                return Outcome::Skip(self.glued_tail(k + 1));
            }
        }
        // Glued to letters after: ordinals, times, decades, designations; units stay.
        let mut end = k + 1;
        if self.is_word(end) && self.glued(end) {
            let w = self.lw(end);
            if self.has(end, cl::ORDINAL) {
                return Outcome::Skip(end + 1);
            }
            if w == "h" {
                return Outcome::Skip(if self.is_num(end + 1) { end + 2 } else { end + 1 });
            }
            if (w == "s" && info.int_digits == 4) || w == "am" || w == "pm" {
                return Outcome::Skip(end + 1);
            }
            if !(self.has(end, cl::MULTIPLIER | cl::UNIT) || w == "fold") {
                return Outcome::Skip(self.glued_tail(end));
            }
        }
        // Hyphenated compounds: 45-year-old, 10-point plan (but 4-5 millions is a range).
        if self.is_sym(end, '-') && self.glued(end) && self.is_word(end + 1) && self.glued(end + 1) {
            let w = self.lw(end + 1);
            if !(self.has(end + 1, cl::MULTIPLIER) || w == "fold" || w == "per") {
                return Outcome::Skip(self.glued_tail(end + 1));
            }
        }
        // Times: 15 h 30, 10:30, 3 p.m., à 8 heures.
        if self.lw(end) == "h" {
            return Outcome::Skip(if self.is_num(end + 1) { end + 2 } else { end + 1 });
        }
        if self.is_sym(end, ':') && self.glued(end) && self.is_num(end + 1) && self.glued(end + 1) {
            return Outcome::Skip(end + 2);
        }
        if matches!(self.lw(end), "a" | "p") && self.is_sym(end + 1, '.') && self.lw(end + 2) == "m" {
            return Outcome::Skip(end + 3);
        }
        if lex::CLOCK_EN.contains(&self.lw(end)) {
            return Outcome::Skip(end + 1);
        }
        let small = info.value.is_some_and(|v| v <= 31) && !info.grouped && !info.decimal;
        if small
            && k > 0
            && lex::TIME_PREPOSITIONS.contains(&self.lw(k - 1))
            && matches!(self.lw(end), "heures" | "heure")
            && info.value.is_some_and(|v| v <= 24)
        {
            return Outcome::Skip(end + 1);
        }
        // Dates: le 2 décembre, les 2 et 3 mars, February 24, mars 2022.
        let month_before = |p: usize| is_month(&self.t[p]);
        if k > 0
            && !info.grouped
            && !info.decimal
            && (month_before(k - 1) || (k > 1 && self.is_sym(k - 1, '.') && month_before(k - 2)))
        {
            return Outcome::Skip(self.date_tail(end));
        }
        if small {
            let mut e = end;
            if self.is_word(e) && self.glued(e) && self.is(e, cl::ORDINAL) {
                e += 1;
            }
            let mut guard = 0;
            while guard < 4
                && (lex::DAY_JOINERS.contains(&self.lw(e))
                    || self
                        .tok(e)
                        .and_then(Tok::num)
                        .is_some_and(|n| n.value.is_some_and(|v| v <= 31)))
            {
                e += 1;
                guard += 1;
            }
            if self.tok(e).is_some_and(is_month) {
                return Outcome::Skip(self.date_tail(e + 1));
            }
        }
        // A day alone: "le 24, ..." (but "le 24 soldats" is no French).
        if small
            && k > 0
            && lex::DAY_DETERMINERS.contains(&self.lw(k - 1))
            && (end >= self.t.len() || matches!(self.t[end].kind, Kind::Sym(_)))
        {
            return Outcome::Skip(end);
        }
        // Years: en 2022, 2025-2026, 2022/23.
        let yearish = |n: &super::tokens::NumInfo| {
            !n.grouped && !n.decimal && n.int_digits == 4 && n.value.is_some_and(|v| (1000..=2100).contains(&v))
        };
        if yearish(&info) && !currency && !self.unit_follows(end) {
            let mut e = end;
            if (self.is_sym(e, '-') || self.is_sym(e, '–') || self.is_sym(e, '/')) && self.is_num(e + 1) {
                e += 2;
            }
            return Outcome::Skip(e);
        }
        // References: article 5, résolution 2231, loi n° 2024-12, vol MH17.
        if k > 0 && !currency {
            let mut p = k - 1;
            if self.is_sym(p, '°') || self.is_sym(p, 'º') || self.is_sym(p, '.') {
                p = p.saturating_sub(1);
            }
            let w = self.lw(p);
            if self.has(p, cl::REFERENCE) && !(w == "points" || w == "point") || (w == "n" && p + 1 < k) {
                return Outcome::Skip(self.reference_tail(end));
            }
            if matches!(w, "point" | "points") && !self.unit_follows(end) {
                return Outcome::Skip(self.reference_tail(end));
            }
        }
        // Designations after a capitalised word: Boeing 787, Leopard 2, Nord Stream 2.
        if k > 0 && !currency && !info.grouped && !info.decimal {
            let prev = &self.t[k - 1];
            if prev.is_word()
                && tk.space_before
                && !tk.newline_before
                && prev.is_capitalized()
                && !prev.is(cl::CAPITAL_STOP)
                && !prev.is(cl::NUMWORD)
                && !self.unit_follows(end)
            {
                return Outcome::Skip(self.glued_tail(end));
            }
        }

        // A singular determiner cannot count: "son 787", "un A380", "a 747" are models.
        if k > 0
            && !currency
            && !info.grouped
            && !info.decimal
            && info.value.is_some_and(|v| v > 1)
            && lex::SINGULAR_DETERMINERS.contains(&self.lw(k - 1))
            && !self.unit_follows(end)
            && (!self.is_word(end) || self.is(end, cl::STOP))
        {
            return Outcome::Skip(end);
        }
        // Calibres and technical ratings: obus de 155 mm, ligne de 750 kV.
        if lex::TECHNICAL_UNITS.contains(&self.lw(end)) {
            return Outcome::Skip(end + 1);
        }
        // The figure: units and multipliers, a second bound, then what it counts.
        end = self.units(end);
        let mut kind = FigureKind::Number;
        if let Some(e) = self.second_bound(end, between) {
            // Two years are a period, not a figure.
            let second = self.t[end..e].iter().find_map(Tok::num);
            if yearish(&info) && second.is_some_and(|n| yearish(&n)) {
                return Outcome::Skip(e);
            }
            end = e;
        }
        if let Some(e) = self.ratio_tail(end) {
            return Outcome::Figure {
                start,
                end: self.noun(e),
                kind: FigureKind::Ratio,
            };
        }
        // "3 sur 10", "one in four": only a small whole number before "sur"/"in".
        let plain = end == k + 1 && !info.grouped && !info.decimal;
        let left = info.value.filter(|&v| plain && v <= 100);
        if let Some(e) = self.sur_tail(end, left) {
            return Outcome::Figure {
                start,
                end: e,
                kind: FigureKind::Fraction,
            };
        }
        if let Some(o) = self.duration_check(start, end) {
            return o;
        }
        if self.lw(end) == "fold" {
            kind = FigureKind::Ratio;
            end += 1;
        }
        Outcome::Figure {
            start,
            end: self.noun(end),
            kind,
        }
    }

    /// Skips letters, digits and hyphens glued to a designation.
    fn glued_tail(&self, mut e: usize) -> usize {
        while self
            .tok(e)
            .is_some_and(|t| !t.space_before && (t.is_word() || t.num().is_some() || t.is_sym('-') || t.is_sym('/')))
            && !self.is_sym(e, '.')
        {
            e += 1;
        }
        e
    }

    /// After a date's day and month: the year, if any.
    fn date_tail(&self, e: usize) -> usize {
        let mut e = e;
        // Aug. 1-20
        if (self.is_sym(e, '-') || self.is_sym(e, '–'))
            && self
                .tok(e + 1)
                .and_then(Tok::num)
                .is_some_and(|n| n.value.is_some_and(|v| v <= 31))
        {
            e += 2;
        }
        if self.is_sym(e, ',') {
            e += 1;
        }
        if self
            .tok(e)
            .and_then(Tok::num)
            .is_some_and(|n| n.int_digits == 4 && !n.grouped)
        {
            e + 1
        } else {
            e
        }
    }

    /// After a reference number: more numbers joined by et, à, -, /, ",".
    fn reference_tail(&self, mut e: usize) -> usize {
        loop {
            let joined = self.is_sym(e, '-') || self.is_sym(e, '/') || lex::REFERENCE_JOINERS.contains(&self.lw(e));
            if joined && self.is_num(e + 1) {
                e += 2;
            } else if self.is_word(e) && self.glued(e) {
                e += 1;
            } else {
                return e;
            }
        }
    }

    fn unit_follows(&self, e: usize) -> bool {
        let w = self.lw(e);
        self.has(e, cl::UNIT) && !matches!(w, "pour" | "per" | "points")
            || self.has(e, cl::MULTIPLIER) && w != "m" && w != "k"
            || (matches!(w, "pour" | "per") && self.lw(e + 1) == "cent")
    }

    /// Consumes units and multipliers: "millions", "%", "M€", "pour cent", "d'euros" stays
    /// for the noun.
    fn units(&self, mut e: usize) -> usize {
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
            let glued_m = matches!(w, "m" | "k") && self.glued(e);
            let spaced_m = matches!(w, "m") && (self.is_sym(e + 1, '€') || self.is_sym(e + 1, '$'));
            if self.has(e, cl::MULTIPLIER) && (!matches!(w, "m" | "k") || glued_m || spaced_m)
                || (self.has(e, cl::UNIT) && !matches!(w, "m"))
            {
                e += 1;
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
    fn second_bound(&self, e: usize, between: bool) -> Option<usize> {
        let w = self.lw(e);
        let joins = lex::RANGE_JOINERS.contains(&w) || (between && matches!(w, "et" | "and"));
        if !joins {
            return None;
        }
        let n = e + 1;
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

    /// "fois plus de", "times more", "times as many".
    fn ratio_tail(&self, e: usize) -> Option<usize> {
        if matches!(self.lw(e), "fois" | "times") && lex::RATIO_HEADS.contains(&self.lw(e + 1)) {
            let mut end = e + 2;
            if self.lw(e + 1) == "as" && lex::AS_ADJECTIVES.contains(&self.lw(end)) {
                end += 1;
            }
            return Some(end);
        }
        None
    }

    /// "sur trois", "deux Français sur trois", "one in five Americans".
    fn sur_tail(&self, e: usize, left: Option<u64>) -> Option<usize> {
        for gap in 0..=2 {
            let p = e + gap;
            if (1..=gap).any(|g| !self.is_word(e + g - 1) || self.has(e + g - 1, cl::STOP | cl::NUMWORD)) {
                break;
            }
            let (sep_len, ok) = match self.lw(p) {
                "sur" | "in" => (1, true),
                "out" if self.lw(p + 1) == "of" => (2, true),
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
            if left.is_some_and(|l| l <= rv) && rv > 1 {
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

    /// Durations ("trois ans", "près de cinq heures") are skipped unless asked for; ages
    /// ("âgé de 45 ans", "45 years old") always are.
    fn duration_check(&self, start: usize, end: usize) -> Option<Outcome> {
        let mut u = end;
        // "âgées de 6 et 9 ans", "de 27 à 25 ans"
        while lex::BOUND_JOINERS.contains(&self.lw(u)) && (self.is_num(u + 1) || self.is(u + 1, cl::NUMWORD)) {
            u += 2;
        }
        if lex::OF.contains(&self.lw(u)) {
            u += 1;
        }
        if !self.is(u, cl::DURATION) {
            return None;
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

    /// The noun a figure counts, and its rate: "de soldats", "des électeurs", "par an".
    fn noun(&self, end: usize) -> usize {
        let mut e = end;
        let content = |i: usize| {
            self.tok(i).is_some_and(|t| {
                t.is_word()
                    && !t.is(cl::STOP)
                    && !t.is(cl::NUMWORD)
                    && !t.is(cl::DURATION)
                    && !t.newline_before
                    && !looks_like_verb(t)
            })
        };
        let w = self.lw(e);
        if lex::PARTITIVES.contains(&w) {
            if content(e + 1) {
                e += 2;
            }
        } else if w == "of" {
            if content(e + 1) {
                e += 2;
            } else if lex::OF_DETERMINERS_EN.contains(&self.lw(e + 1)) && content(e + 2) {
                e += 3;
            }
        } else if content(e) && self.t[e].space_before {
            e += 1;
        }
        if self.is_word(e) && lex::RATE_HEADS.contains(&self.lw(e)) && lex::RATE_NOUNS.contains(&self.lw(e + 1)) {
            e += 2;
        }
        e
    }

    /// Reads number words from `i`: end token and value.
    fn word_value(&self, i: usize) -> (usize, u64) {
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

    /// Number words at `j`: "trois cents", "twenty-five", "un million".
    fn words(&self, j: usize, prefixed: bool, between: bool) -> Outcome {
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

    /// "des dizaines de milliers de soldats", "une centaine de", "thousands of".
    fn approx(&self, j: usize, prefixed: bool) -> Option<Outcome> {
        let mut k = j;
        let lead = lex::ONE.contains(&self.lw(j));
        if lead {
            k += 1;
        }
        let first = self.lw(k);
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
        if first == "dozen" && !(lead || j > 0 && self.is(j - 1, cl::NUMWORD)) {
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

    /// "un tiers des", "la moitié des", "les deux tiers", "a third of", "half of".
    fn fraction(&self, j: usize) -> Option<Outcome> {
        let w = self.lw(j);
        // "réduit de moitié", "cut by half"
        if (w == "de" && self.lw(j + 1) == "moitié") || (w == "by" && self.lw(j + 1) == "half") {
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
            if lex::HALF_OF.contains(&self.lw(j + 1)) {
                return Some(Outcome::Figure {
                    start: j,
                    end: self.noun(j + 1),
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
        if lex::FRACTION_DETERMINERS.contains(&w) {
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
        let after = self.lw(k + 1);
        // "un quart travaille", "deux tiers votent": a number word before the fraction.
        // "Un tiers" is also a third party ("cédé à un tiers", "la plainte d'un tiers"): as
        // a count it is a subject, followed by a word and not after a preposition.
        let one = matches!(self.lw(k - 1), "un" | "une");
        let third_party = one
            && (!self.is_word(k + 1)
                || j.checked_sub(1)
                    .is_some_and(|p| lex::PREPOSITIONS_FR.contains(&self.lw(p))));
        let counted_fraction =
            fr && f != "moitié" && self.is(k - 1, cl::NUMWORD) && !lex::PARTITIVES.contains(&after) && !third_party;
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
                start: j,
                end: self.noun(k + 1),
                kind: FigureKind::Fraction,
            });
        }
        if en && after == "of" {
            return Some(Outcome::Figure {
                start: j,
                end: self.noun(k + 1),
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
            // "by a third" but not "by a third party", "by a third round of talks".
            prev == "by" && (!self.is_word(j + 2) || lex::AFTER_CHANGE_EN.contains(&after))
        } else {
            let change = p
                .checked_sub(2)
                .is_some_and(|q| lex::CHANGE_STEMS_FR.iter().any(|s| self.lw(q).starts_with(s)));
            matches!(prev, "de" | "d'") && change
        }
    }

    /// Verbs of multiplication: "a doublé", "a plus que doublé", "devrait tripler",
    /// "doubled", "has more than tripled", "is expected to double".
    fn multiply_verb(&self, j: usize) -> Option<Outcome> {
        let w = self.lw(j);
        let fr = lex::MULTIPLY_FR_STEMS.iter().any(|stem| {
            w.strip_prefix(stem)
                .is_some_and(|end| lex::MULTIPLY_FR_ENDINGS.contains(&end))
        });
        let en_past = lex::MULTIPLY_EN_PAST.contains(&w);
        let en_base = lex::MULTIPLES.contains(&w);
        if !(fr || en_past || en_base) {
            return None;
        }
        // "plus que doublé", "presque triplé", "more than doubled", "nearly tripled".
        let mut start = j;
        loop {
            let back = |n: usize| start.checked_sub(n).map_or(EMPTY, |q| self.lw(q));
            if (back(2) == "plus" && back(1) == "que") || (back(2) == "more" && back(1) == "than") {
                start -= 2;
            } else if lex::MULTIPLY_APPROX.contains(&back(1)) {
                start -= 1;
            } else {
                break;
            }
        }
        let prev = start.checked_sub(1).map_or(EMPTY, |q| self.lw(q));
        if fr {
            if lex::NOT_A_VERB_AFTER_FR.contains(&prev) {
                return None;
            }
            // A participle is a verb after avoir ("a doublé", "ont déjà triplé"), not an
            // adjective ("un diplomate doublé d'un homme d'affaires").
            let participle = w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées");
            if participle {
                let mut q = start;
                let mut after_avoir = false;
                for _ in 0..3 {
                    let Some(r) = q.checked_sub(1) else { break };
                    q = r;
                    if cues::AVOIR.contains(&self.lw(q)) {
                        after_avoir = true;
                        break;
                    }
                    if !lex::VERB_ADVERBS_FR.contains(&self.lw(q)) {
                        break;
                    }
                }
                if !after_avoir {
                    return None;
                }
            }
        } else if en_past {
            if lex::ARTICLES_EN.contains(&prev) {
                return None;
            }
        } else if !lex::BEFORE_INFINITIVE_EN.contains(&prev) {
            return None;
        }
        Some(Outcome::Figure {
            start,
            end: j + 1,
            kind: FigureKind::Ratio,
        })
    }

    /// "twice as many", "a threefold rise".
    fn ratio_word(&self, j: usize) -> Option<Outcome> {
        let w = self.lw(j);
        if w == "twice" && lex::AFTER_TWICE.contains(&self.lw(j + 1)) {
            let mut e = j + 2;
            if lex::AS_ADJECTIVES.contains(&self.lw(e)) {
                e += 1;
            }
            return Some(Outcome::Figure {
                start: j,
                end: self.noun(e),
                kind: FigureKind::Ratio,
            });
        }
        let start = if w == "a" { j + 1 } else { j };
        let fw = self.lw(start);
        if fw.len() > 4 && fw.ends_with("fold") && lex::number_word(&fw[..fw.len() - 4]).is_some() {
            return Some(Outcome::Figure {
                start: j,
                end: self.noun(start + 1),
                kind: FigureKind::Ratio,
            });
        }
        None
    }
}

/// A month name; English months only with their capital (May, March).
fn is_month(t: &Tok<'_>) -> bool {
    t.is(cl::MONTH_FR) || (t.is(cl::MONTH_EN) && t.is_capitalized())
}

/// English past forms and common verbs that follow a count ("500 died", "300 fled"):
/// not the noun of the figure. `t` is a word.
fn looks_like_verb(t: &Tok<'_>) -> bool {
    let w = t.lower.as_ref();
    (w.ends_with("ed") && !t.is(cl::COUNTED)) || lex::VERBS_AFTER_COUNT.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn figs(s: &str, durations: bool) -> Vec<&str> {
        let toks = tokenize(s, 0..s.len());
        let mut found = Vec::new();
        find_into(&toks, durations, &mut found);
        found.into_iter().map(|f| &s[f.start..f.end]).collect()
    }

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("Il y a 150 000 réfugiés.", &["150 000 réfugiés"]),
        ("Il y a 150\u{a0}000 réfugiés.", &["150\u{a0}000 réfugiés"]),
        ("Il y a 150\u{202f}000 réfugiés.", &["150\u{202f}000 réfugiés"]),
        ("Il y a 150.000 réfugiés.", &["150.000 réfugiés"]),
        ("Some 46,000 troops.", &["Some 46,000 troops"]),
        ("Un budget de 1,5 milliard d'euros.", &["1,5 milliard d'euros"]),
        ("A 4.5 million budget.", &["4.5 million budget"]),
        ("Soit 30 % des électeurs.", &["30 % des électeurs"]),
        ("Soit 30% of voters.", &["30% of voters"]),
        ("Sur 505 km² de terres.", &["505 km² de terres"]),
        ("Un plan de €50 billion.", &["€50 billion"]),
        ("Il coûte 2 Md$ et 1 200 M€.", &["2 Md$", "1 200 M€"]),
        ("A $2bn deal.", &["$2bn deal"]),
        ("Trois cents soldats.", &["Trois cents soldats"]),
        (
            "Des dizaines de milliers de soldats sont morts.",
            &["Des dizaines de milliers de soldats"],
        ),
        ("Des centaines de drones.", &["Des centaines de drones"]),
        ("Plusieurs milliers de civils.", &["Plusieurs milliers de civils"]),
        ("Tens of thousands of people fled.", &["Tens of thousands of people"]),
        ("Un tiers des habitants.", &["Un tiers des habitants"]),
        ("La moitié des écoles.", &["La moitié des écoles"]),
        ("Deux Français sur trois approuvent.", &["Deux Français sur trois"]),
        ("A third of the army.", &["A third of the army"]),
        ("Half of the drones.", &["Half of the drones"]),
        (
            "Il y a quatre à cinq fois plus de soldats.",
            &["quatre à cinq fois plus de soldats"],
        ),
        ("Il y en a deux fois moins.", &["deux fois moins"]),
        ("Twice as many troops.", &["Twice as many troops"]),
        ("A threefold rise in attacks.", &["A threefold rise"]),
        ("Entre 4 000 et 5 000 soldats.", &["Entre 4 000 et 5 000 soldats"]),
        ("Près de 150 000 déplacés.", &["Près de 150 000 déplacés"]),
        ("Plus de 20 000 morts.", &["Plus de 20 000 morts"]),
        ("Nearly 500 died.", &["Nearly 500"]),
        ("Il gagne 4,5 millions par an.", &["4,5 millions par an"]),
        ("Trois soldats ont été tués.", &["Trois soldats"]),
        ("One in five Americans agrees.", &["One in five Americans"]),
        ("Les prix ont baissé d'un tiers en un an.", &["un tiers"]),
        ("Les primes ont chuté de deux tiers.", &["deux tiers"]),
        ("Premiums have fallen by two-thirds in a year.", &["two-thirds"]),
        (
            "Stocks have shrunk by about a quarter since 2022.",
            &["about a quarter"],
        ),
        ("They pay half as much for insurance.", &["half as much"]),
        ("Un tiers seulement disent vouloir rentrer.", &["Un tiers"]),
        ("Le budget a plus que doublé.", &["plus que doublé"]),
        ("Les livraisons ont presque triplé.", &["presque triplé"]),
        ("Le budget devrait plus que doubler d'ici 2029.", &["plus que doubler"]),
        ("Exports more than doubled last year.", &["more than doubled"]),
        ("Spending is expected to triple.", &["triple"]),
        // Not figures.
        ("Le 2 décembre, en 2022, pour 2025-2026, en February 2022.", &[]),
        ("À 15 h 30, à 13h, at 3 p.m.", &[]),
        ("Le 3e jour, le 1er mars, au XXIe siècle.", &[]),
        ("Des F-16, des S-400, le G7, un A380, un Boeing 787, un E-3.", &[]),
        ("L'article 5, la résolution 2231, la loi n° 2024-12.", &[]),
        ("Un virage à 180 degrés, mille fois, 24 heures sur 24.", &[]),
        ("Depuis trois ans, près de cinq heures.", &[]),
        ("Les deux dirigeants se sont parlé.", &[]),
        ("Un homme âgé de 45 ans, a 45-year-old man.", &[]),
        ("Appelez le 01 23 45 67 89.", &[]),
        ("Boeing a présenté son 787 et un A380.", &[]),
        ("Les Vingt-Sept sont d'accord.", &[]),
        ("La quarantaine est levée.", &[]),
        ("Des pays tiers.", &[]),
        ("Il a été cédé à un tiers.", &[]),
        ("La plainte d'un tiers a été rejetée.", &[]),
        ("It was approved by a third party.", &[]),
        ("Talks resumed by a third round.", &[]),
        ("Un diplomate doublé d'un homme d'affaires.", &[]),
        ("A doubled dose, a double standard, le double jeu.", &[]),
        ("Un quart d'heure plus tard.", &[]),
        ("In the first half of 2024.", &[]),
        ("A two-state solution.", &[]),
        ("Le 24, puis les 2 et 3 mars.", &[]),
        (
            "France lost 1.4 million soldiers in four years.",
            &["1.4 million soldiers"],
        ),
        ("Soit 2,8 fois le PIB.", &["2,8 fois le PIB"]),
        ("Un secteur de 8 kilomètres près de Koupiansk.", &["8 kilomètres"]),
        ("Calibre de 155 mm, ligne de 750 kV.", &[]),
    ];

    #[test]
    fn finds_the_table() {
        for (input, expected) in CASES {
            assert_eq!(&figs(input, false), expected, "input: {input:?}");
        }
    }

    #[test]
    fn durations_when_asked() {
        assert_eq!(
            figs("Depuis trois ans, près de cinq heures.", true),
            vec!["trois ans", "près de cinq heures"]
        );
        assert_eq!(figs("Un homme âgé de 45 ans.", true), Vec::<&str>::new());
    }
}
