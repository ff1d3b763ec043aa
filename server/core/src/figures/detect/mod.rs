//! Finding figures in the tokens of one sentence.
//!
//! A figure is a core (digits, number words, an approximate noun, a fraction or a
//! multiple) with what belongs to it: an approximation before it ("près de", "more than"),
//! units and multipliers ("millions", "%", "M€"), a second bound ("entre 4 000 et 5 000"),
//! and its noun or rate ("de soldats", "par an"). Numbers that are dates, times, ordinals,
//! designations, references, list numbers, idioms or (by default) durations are skipped.
//!
//! This module scans a sentence and dispatches; each rule lives in its own file with its
//! table of cases:
//! - the shapes of a figure: [`words`] (number words), [`approx`] (approximate counts),
//!   [`fractions`] (fractions and proportions), [`ratios`] (ratios and multiples), and
//!   [`extent`] (units, second bound, noun and rate, for every shape);
//! - what is not a figure, tried in turn on every number ([`NOT_A_FIGURE`]): [`dates`],
//!   [`times`], [`ordinals`], [`designations`], [`references`], [`codes`] (phone numbers),
//!   [`scores`] (sports and election results), [`ages`] (an age without its unit),
//!   [`versions`] (versions, and names or titles holding a number),
//!   [`numbering`] (list items, footnotes), and after the figure's extent [`durations`];
//!   [`idioms`] are skipped before any figure is looked for, [`locations`] (a distance
//!   that locates a place) once its extent is known.
//!
//! Every word list the rules read is in [`super::lexicon::detect`].

mod ages;
mod approx;
mod codes;
mod dates;
mod designations;
mod durations;
mod extent;
mod fractions;
mod idioms;
mod locations;
mod numbering;
mod ordinals;
mod ratios;
mod references;
mod scores;
mod times;
mod versions;
mod words;

use super::classes as cl;
use super::lexicon::detect::{self as lex, NumWord};
use super::tokens::{Kind, NumInfo, Tok};

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
/// The name of an event over its results, cut off before the winner's line: "- Huit barré
/// seniors hommes : 1.", "- 1 000 m masters femmes : 1. Aviron de Pont-Vaux, 6 min 02 s ;
/// 2. …" (the sentence may end at the rank, or go on with the results).
/// Its numbers name the event (the guideline's `designation`): where the figures may start.
fn results_heading(toks: &[Tok<'_>]) -> Option<usize> {
    let colon = toks.iter().position(|t| t.is_sym(':'))?;
    if colon < 1
        || toks.get(colon + 1).and_then(|t| t.num()).and_then(|x| x.value) != Some(1)
        || !toks.get(colon + 2).is_none_or(|t| t.is_sym('.'))
    {
        return None;
    }
    let head = &toks[..colon];
    let short = (1..=8).contains(&head.iter().filter(|t| t.is_word() || t.num().is_some()).count());
    // (A comma only before a category: "42 km libre (raccourci), hommes : 1.")
    let category = head.iter().any(|t| {
        matches!(
            t.lower.as_ref(),
            "hommes"
                | "femmes"
                | "dames"
                | "messieurs"
                | "men"
                | "women"
                | "juniors"
                | "seniors"
                | "masters"
                | "cadets"
        )
    });
    let commas = head.iter().any(|t| t.is_sym(','));
    (short && !head.iter().any(|t| t.is(cl::VERB)) && (!commas || category)).then_some(colon)
}

pub(crate) fn find_into(toks: &[Tok<'_>], durations: bool, out: &mut Vec<Found>) {
    let s = Scan { t: toks, durations };
    let mut i = results_heading(toks).unwrap_or(0);
    while i < toks.len() {
        // Most tokens can start neither an idiom nor a figure: a word in none of the lists
        // that start one, a symbol other than a currency (symbols have no class).
        let inert = match toks[i].kind {
            Kind::Word => {
                let starts = toks[i].is(cl::IDIOM_START
                    | cl::PREFIX_START
                    | cl::NUMWORD
                    | cl::APPROX
                    | cl::FIGURE_WORD
                    | cl::FIG_LEAD);
                // A currency's code before digits ("CHF 480m"): three capitals, checked last.
                let code = || {
                    toks[i].text.len() == 3
                        && toks[i].text.as_bytes()[0].is_ascii_uppercase()
                        && toks.get(i + 1).is_some_and(|t| t.num().is_some())
                        && lex::CURRENCY_CODES.contains(&toks[i].text)
                };
                !starts && !code()
            }
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
        // A lead word before an idiom does not open a figure with it: "il y a mille et une
        // raisons" ("a" is not the English article there).
        if toks[i].is(cl::FIG_LEAD) && !toks[i].is(cl::NUMWORD) {
            if let Some(len) = s.idiom_at(i + 1) {
                i += len + 1;
                continue;
            }
        }
        match s.figure_at(i) {
            Outcome::Figure { start, end, kind } => {
                let end = end.max(start + 1).min(toks.len());
                if s.locates(start, end) || s.retracted(start) {
                    i = end;
                    continue;
                }
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

impl Scan<'_, '_> {
    /// The wrong value a wire's correction line retracts, after ", not": "(Corrects
    /// paragraph 6 to show proposed dividend of 0.35 euro per share, not 0.53 euro)" (the
    /// copy no longer says it).
    fn retracted(&self, start: usize) -> bool {
        let open = usize::from(self.is_sym(0, '('));
        start >= 2
            && self.lw(start - 1) == "not"
            && self.is_sym(start - 2, ',')
            && matches!(self.lw(open), "corrects" | "correcting")
    }
}

impl<'a> Scan<'_, 'a> {
    #[inline]
    fn lw(&self, i: usize) -> &str {
        self.t.get(i).map_or(EMPTY, |t| t.lower.as_ref())
    }
    #[inline]
    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }
    /// Token `i` has one of the classes in `mask`.
    #[inline]
    fn is(&self, i: usize, mask: u32) -> bool {
        self.tok(i).is_some_and(|t| t.is(mask))
    }
    /// The word at `i` (or "" past the end) is in one of the lists of `mask`: the classes
    /// of a word token, else a lookup of its lower case.
    #[inline]
    fn has(&self, i: usize, mask: u32) -> bool {
        match self.tok(i) {
            Some(t) if t.is_word() => t.is(mask),
            _ => cl::classify(self.lw(i)) & mask != 0,
        }
    }
    #[inline]
    fn numword(&self, i: usize) -> Option<NumWord> {
        if self.is(i, cl::NUMWORD) {
            lex::number_word(self.lw(i))
        } else {
            None
        }
    }
    #[inline]
    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Tok::is_word)
    }
    #[inline]
    fn is_num(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.num().is_some())
    }
    #[inline]
    fn is_sym(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_sym(c))
    }
    /// Token `i` is glued to the previous one (no space between).
    #[inline]
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }
    /// A lead kept in a match, after a tally's noun that ends at `end`: "une fin de match où
    /// Marsac a gardé huit à dix points d'avance" (not a lead in the polls, with no word of
    /// a match in the sentence). The token after the lead if so.
    fn lead_in_match(&self, end: usize) -> Option<usize> {
        let lead = end > 0
            && lex::TALLY_NOUNS.contains(&self.lw(end - 1))
            && matches!(self.lw(end), "d'" | "de")
            && matches!(self.lw(end + 1), "avance" | "écart");
        (lead && self.t.iter().any(|t| t.is_word() && t.is(cl::SCORE_CUE))).then_some(end + 2)
    }
    /// A minus sign glued before the digits at `k`, set apart from the word before it: "à
    /// -5,8 °C", "fell to -0.3 pct" (not "Nov 1-15", not a dash opening the sentence).
    pub(super) fn signed(&self, k: usize) -> bool {
        k >= 2
            && self.is_num(k)
            && self.glued(k)
            && (self.is_sym(k - 1, '-') || self.is_sym(k - 1, '−'))
            && !self.glued(k - 1)
            && !self.is_num(k - 2)
    }
    /// A hyphen at `i` glued between a number and a word that measures or sizes what it
    /// qualifies: "-page" in "a 96-page report" (see [`lex::MEASURE_COMPOUNDS`]).
    #[inline]
    fn measure_compound(&self, i: usize) -> bool {
        self.is_sym(i, '-') && self.glued(i) && self.glued(i + 1) && lex::MEASURE_COMPOUNDS.contains(&self.lw(i + 1))
    }
    /// Token `i` is a word glued to the previous token: "h" in "15h", "D" in "3D".
    #[inline]
    /// The end of a fraction as wires write it, glued to the digits of `n`: a whole number
    /// and its fraction ("8-1/2", "3-1/4"), or a fraction alone before a unit ("1/4 point",
    /// "3/8 cent"), with a denominator of the old price ticks (2 to 64).
    fn wire_fraction(&self, n: &Number) -> Option<usize> {
        if n.info.grouped {
            return None;
        }
        let e = n.end();
        let tick = |i: usize| {
            self.tok(i)
                .and_then(Tok::num)
                .and_then(|d| d.value)
                .is_some_and(|d| matches!(d, 2 | 3 | 4 | 8 | 16 | 32 | 64))
        };
        let glued = |i: usize| self.tok(i).is_some_and(|t| !t.space_before);
        let mixed = self.is_sym(e, '-')
            && glued(e)
            && self.is_num(e + 1)
            && glued(e + 1)
            && self.is_sym(e + 2, '/')
            && glued(e + 2)
            && tick(e + 3)
            && glued(e + 3);
        if mixed {
            return Some(e + 4);
        }
        // A bond's price change in 32nds or 64ths, with no unit: "down 5/32", "up 11/64".
        let bond_tick = |i: usize| {
            self.tok(i)
                .and_then(Tok::num)
                .and_then(|d| d.value)
                .is_some_and(|d| matches!(d, 32 | 64))
        };
        if !n.info.decimal
            && self.is_sym(e, '/')
            && glued(e)
            && bond_tick(e + 1)
            && glued(e + 1)
            && n.info.value.is_some_and(|v| v < 64)
        {
            return Some(e + 2);
        }
        if n.info.decimal {
            return None;
        }
        let simple = self.is_sym(e, '/')
            && glued(e)
            && tick(e + 1)
            && glued(e + 1)
            && n.info.value.is_some_and(|v| v < 64)
            && lex::WIRE_FRACTION_UNITS.contains(&self.lw(e + 2));
        // The unit goes with it: "up 3/4 cent" ("cent" is no hundred here).
        simple.then_some(e + 3)
    }

    /// "-member"/"-seat" at `i`, then an institution: the size of the "100-member Senate",
    /// of "Latvia's 100-seat parliament", known without the copy (a definite set).
    fn institution_size(&self, i: usize) -> bool {
        // The institution may have a name of several capitalised words: "its 600-seat
        // Grand National Assembly".
        let seats = self.measure_compound(i)
            && matches!(self.lw(i + 1), "member" | "seat")
            && (i + 2..i + 6)
                .take_while(|&k| k == i + 2 || self.tok(k).is_some_and(|t| t.is_capitalized()))
                .any(|k| lex::INSTITUTIONS.contains(&self.lw(k)));
        // "the wider 27-nation EU", "the 32-nation alliance": a union by its members.
        let nations = self.measure_compound(i)
            && matches!(self.lw(i + 1), "nation" | "member" | "country")
            && matches!(
                self.lw(i + 2),
                "eu" | "bloc"
                    | "alliance"
                    | "union"
                    | "nato"
                    | "euro"
                    | "group"
                    | "organisation"
                    | "organization"
                    | "body"
                    | "grouping"
                    | "club"
            );
        seats || nations
    }

    fn glued_word(&self, i: usize) -> bool {
        self.is_word(i) && self.glued(i)
    }
    /// A hundred, thousand, million… word at `i`.
    #[inline]
    fn scale_word(&self, i: usize) -> bool {
        matches!(self.numword(i), Some(NumWord::Scale(_) | NumWord::Hundred))
    }
    /// The words of `seq` after its first follow token `i` (the tables are looked up by
    /// first word: token `i` is `seq[0]`).
    #[inline]
    fn rest_matches(&self, i: usize, seq: &[&str]) -> bool {
        seq.iter().enumerate().skip(1).all(|(k, w)| self.lw(i + k) == *w)
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
            // ("entre -2 et -4 °C": a minus sign after the approximation.)
            let p = if self.signed(i + p + 1) { p + 1 } else { p };
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
                let start = if self.signed(start) { start - 1 } else { start };
                let start = if ranged && start > 0 && lex::RANGE_OPENERS.contains(&self.lw(start - 1)) {
                    start - 1
                } else {
                    start
                };
                if let Some(e) = self.lead_in_match(end) {
                    return Outcome::Skip(e);
                }
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
            // A currency's code before its sum: "CHF 480m", "USD 2.5bn".
            // (Not the second code of a pair, whose rate follows: "EUR/CZK    24.31".)
            Kind::Word
                if lex::CURRENCY_CODES.contains(&t.text)
                    && self.is_num(j + 1)
                    && !(j > 0 && self.is_sym(j - 1, '/') && !t.space_before) =>
            {
                self.numeric(j, j + 1, between)
            }
            Kind::Word => {
                if !t.is(cl::NUMWORD | cl::APPROX | cl::FIGURE_WORD | cl::FIG_LEAD) {
                    return Outcome::Nothing;
                }
                let w = self.lw(j);
                // One casualty is a toll: "la frappe a fait un mort", "one dead".
                if matches!(w, "un" | "une" | "one") && lex::CASUALTY_NOUNS.contains(&self.lw(j + 1)) {
                    return Outcome::Figure {
                        start: j,
                        end: j + 2,
                        kind: FigureKind::Words,
                    };
                }
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

    /// Digits at `k` (with a currency from `start`): not a figure if one of the rules of
    /// [`NOT_A_FIGURE`] says so, else a figure with its extent.
    fn numeric(&self, start: usize, k: usize, between: bool) -> Outcome {
        let Some(info) = self.tok(k).and_then(Tok::num) else {
            return Outcome::Nothing;
        };
        let n = Number { start, k, info };
        // A bond named by its coupon, a wire fraction or not: "the 7-3/4 pct notes due 2031".
        if let Some(next) = designations::coupon(self, &n) {
            return Outcome::Skip(next);
        }
        // A wire fraction: "8-1/2 pct", "up 3-1/4 cents", "1/4 point".
        if let Some(e) = self.wire_fraction(&n) {
            if let Some(o) = self.duration_check(start, e) {
                return o;
            }
            let end = self.units(e);
            return Outcome::Figure {
                start,
                end: self.noun(end),
                kind: FigureKind::Number,
            };
        }
        if let Some(next) = NOT_A_FIGURE.iter().find_map(|rule| rule(self, &n)) {
            return Outcome::Skip(next);
        }
        self.number_figure(&n, between)
    }

    /// The figure of digits that are a quantity: units and multipliers, a second bound,
    /// then a ratio, a proportion, a duration or what it counts.
    fn number_figure(&self, n: &Number, between: bool) -> Outcome {
        let (start, k, info) = (n.start, n.k, &n.info);
        // A measure as a compound: "a 96-page report", "a 40-metre tower".
        let e = n.end();
        if self.institution_size(e) {
            return Outcome::Skip(e + 3);
        }
        if self.measure_compound(e) {
            // A point on a course, not a quantity: "after the 35-kilometre mark".
            if matches!(self.lw(e + 2), "mark" | "marker" | "point" | "pool" | "bassin") {
                return Outcome::Skip(e + 3);
            }
            return Outcome::Figure {
                start,
                end: self.noun(e + 2),
                kind: FigureKind::Number,
            };
        }
        let mut end = self.units(n.end());
        let mut kind = FigureKind::Number;
        // After a unit, a number that counts another noun is no second bound: "un bassin de
        // 25 mètres à cinq couloirs" (but "de 20 % à 30 % des électeurs").
        let other_noun = |e: usize| {
            end > n.end()
                && self
                    .tok(e)
                    .is_some_and(|t| t.is_word() && !t.is(cl::STOP | cl::UNIT | cl::MULTIPLIER))
        };
        if let Some(e) = self.second_bound(end, between).filter(|&e| !other_noun(e)) {
            if dates::period(self, n, end..e) {
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
}

/// Digits under examination: the number token `k`, after a currency from `start`.
struct Number {
    start: usize,
    k: usize,
    info: NumInfo,
}

impl Number {
    /// A currency symbol comes first: "$2bn", "US$ 5".
    #[inline]
    fn currency(&self) -> bool {
        self.start < self.k
    }
    /// The token after the digits.
    #[inline]
    fn end(&self) -> usize {
        self.k + 1
    }
    /// A whole number up to 31, ungrouped: a day or an hour, maybe.
    #[inline]
    fn small(&self) -> bool {
        self.info.value.is_some_and(|v| v <= 31) && !self.info.grouped && !self.info.decimal
    }
}

/// A rule that tells that a number is not a figure: the token to resume scanning at.
type NotAFigure = fn(&Scan<'_, '_>, &Number) -> Option<usize>;

/// What makes digits something other than a figure, in the order the rules are tried. The
/// order matters where rules overlap: ordinals ("3e"), hours ("15h") and decades ("1990s")
/// before the other letters glued after digits (designations such as "3D"); a day before
/// its month before a bare year; references before designations after a capitalised word.
const NOT_A_FIGURE: &[NotAFigure] = &[
    dates::numeric_date,
    dates::era_after,
    codes::leading_zero,
    codes::phone,
    codes::dialled,
    codes::utc_offset,
    codes::service_number,
    codes::conversion_unit,
    designations::weight_class,
    designations::rating,
    designations::tennis_ranking,
    designations::sol,
    designations::scale_top,
    designations::bond_year,
    designations::year_alternative,
    designations::rank_out_of,
    designations::retirement_age,
    designations::group_of,
    designations::whole_set,
    designations::product_format,
    scores::score,
    scores::tournament_score,
    scores::haul,
    scores::tally,
    scores::ranking_points,
    scores::lead_margin,
    scores::standing,
    scores::standing_points,
    scores::rank_in_table,
    scores::race_speed,
    scores::result_time,
    scores::record,
    scores::mark_out_of,
    scores::points_scale,
    scores::points_gap,
    scores::ranked_points,
    numbering::list_item,
    numbering::table_rank,
    numbering::footnote,
    designations::letters_before,
    designations::race_distance,
    ordinals::suffix,
    ordinals::top,
    times::glued,
    dates::decade,
    dates::era,
    designations::letters_after,
    designations::compound,
    times::clock,
    times::tenths,
    times::compared_duration,
    times::departure,
    dates::with_month,
    dates::day_alone,
    dates::after_weekday,
    ages::age,
    ages::candles,
    ages::part_of_years,
    versions::version,
    versions::definition,
    locations::coordinate,
    dates::year,
    references::reference,
    versions::title,
    designations::after_name,
    designations::fuel_grade,
    designations::protein_grade,
    designations::in_title,
    designations::after_singular_determiner,
    designations::calibre,
    designations::race,
    designations::quoted_name,
    designations::member_set,
    designations::restated,
    designations::structure,
    designations::department,
    designations::street_number,
    designations::route_number,
];

/// Helpers for the tables of cases of the rules.
#[cfg(test)]
mod testing {
    use super::super::tokens::tokenize;
    use super::find_into;

    /// The figures found in sentence `s`, as text.
    pub(super) fn figures(s: &str, durations: bool) -> Vec<&str> {
        let toks = tokenize(s, 0..s.len());
        let mut found = Vec::new();
        find_into(&toks, durations, &mut found);
        found.into_iter().map(|f| &s[f.start..f.end]).collect()
    }

    /// Checks a table of cases: a sentence, then the figures expected in it (durations
    /// not reported).
    pub(super) fn check(cases: &[(&str, &[&str])]) {
        for (input, expected) in cases {
            assert_eq!(&figures(input, false), expected, "input: {input:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::check;

    /// Sentence, then the figures expected in it: approximations before a figure, ranges.
    const CASES: &[(&str, &[&str])] = &[
        ("The cost has been estimated at about CHF 480m.", &["about CHF 480m"]),
        ("Some 46,000 troops.", &["Some 46,000 troops"]),
        ("Entre 4 000 et 5 000 soldats.", &["Entre 4 000 et 5 000 soldats"]),
        ("Près de 150 000 déplacés.", &["Près de 150 000 déplacés"]),
        ("Plus de 20 000 morts.", &["Plus de 20 000 morts"]),
        ("Nearly 500 died.", &["Nearly 500"]),
        (
            "They counted between 300 and 400 people.",
            &["between 300 and 400 people"],
        ),
        ("It rose from 300 to 400 people.", &["from 300 to 400 people"]),
        // The wrong value a correction line retracts.
        (
            "(Corrects paragraph 6 to show proposed dividend of 0.35 euro per share, not 0.53 euro)",
            &["0.35 euro"],
        ),
        ("Profit rose 5 pct, not 3 pct.", &["5 pct", "3 pct"]),
        // An event's name over its winner's line.
        ("- Huit barré seniors hommes : 1.", &[]),
        ("- 1 000 m masters femmes : 1.", &[]),
        ("- Huit barré seniors hommes : 2.", &["Huit barré seniors hommes"]),
        ("Nearly 500 troops, and more : 1.", &["Nearly 500 troops"]),
        ("42 km libre (raccourci), hommes : 1.", &[]),
        (
            "- Huit barré seniors hommes : 1. Aviron de Pont-Vaux, 6 min 02 s ; 2. ACSO, 6 min 05 s.",
            &[],
        ),
        ("Il ne contient qu'un chiffre, arrondi au millier d'euros.", &[]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
