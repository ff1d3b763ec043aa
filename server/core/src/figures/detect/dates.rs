//! Not a figure: dates and years ("24.02.2022", "le 2 décembre", "les 2 et 3 mars",
//! "February 24, 2022", "le 24,", "en 2022", "2025-2026", "the 1990s").

use super::{Number, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;
use crate::figures::tokens::{Kind, NumInfo, Tok};

/// A numeric date, told by the tokenizer: "24.02.2022", "24/02/22".
pub(super) fn numeric_date(_: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    n.info.date_like.then_some(n.k + 1)
}

/// A year before its era, alone or the bounds of a span: "entre 80 et 140 après J.-C.",
/// "en 52 av. J.-C.", "in 79 AD", "around 3000 BC".
pub(super) fn era_after(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    // (Or "apr. J.-C.", "avant notre ère", "de notre ère"; grouped as French prints old
    // years: "de 1 400 à 1 200 avant notre ère".)
    let era_at = |p: usize| {
        matches!(s.lw(p), "après" | "avant" | "av" | "apr")
            && s.tok(p + 1).is_some_and(|t| t.text == "J" || t.text == ".")
            || (matches!(s.lw(p), "avant" | "de") && s.lw(p + 1) == "notre" && matches!(s.lw(p + 2), "ère" | "ere"))
            || matches!(s.tok(p).map(|t| t.text), Some("AD" | "BC" | "BCE" | "CE" | "av. J.-C."))
    };
    let end = n.end();
    if n.info.decimal || n.currency() {
        return None;
    }
    if era_at(end) {
        return Some(end + 1);
    }
    // The first bound of a span: "80 et 140 après J.-C.", "80 to 140 AD".
    let joined = matches!(s.lw(end), "et" | "à" | "and" | "to" | "-") && s.is_num(end + 1);
    (joined && era_at(end + 2)).then_some(end + 3)
}

/// A decade: "1990s".
pub(super) fn decade(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    if s.glued_word(end) && s.lw(end) == "s" && n.info.int_digits == 4 {
        return Some(end + 1);
    }
    // "dans les années 270", "les années 90"; and the span of two: "des années 980-990".
    let tens = n.info.value.is_some_and(|v| v % 10 == 0 && v <= 2090) && !n.info.grouped && !n.info.decimal;
    let decade_at = |k: usize| {
        s.tok(k)
            .and_then(|t| t.num())
            .is_some_and(|x| x.value.is_some_and(|v| v % 10 == 0 && v <= 2090) && !x.grouped && !x.decimal)
    };
    if tens && n.k > 0 && s.lw(n.k - 1) == "années" && !n.currency() {
        let span = s.is_sym(end, '-') && s.glued(end) && decade_at(end + 1);
        return Some(if span { end + 2 } else { end });
    }
    None
}

/// A day with its month: after the month ("February 24", "mars 2022", "Aug. 1-20"), or
/// before it ("le 2 décembre", "les 2 et 3 mars", "du 2 au 5 mai", "2-3 March").
pub(super) fn with_month(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end, info) = (n.k, n.end(), &n.info);
    let month_before = |p: usize| is_month(&s.t[p]);
    if k > 0
        && !info.grouped
        && !info.decimal
        && (month_before(k - 1) || (k > 1 && s.is_sym(k - 1, '.') && month_before(k - 2)))
    {
        return Some(date_tail(s, end));
    }
    if n.small() {
        let mut e = end;
        if s.is_word(e) && s.glued(e) && s.is(e, cl::ORDINAL) {
            e += 1;
        }
        // (A list of days runs long: "on 4, 7, 9, 14 and 16 December".)
        let mut guard = 0;
        while guard < 12
            && (lex::DAY_JOINERS.contains(&s.lw(e))
                || s.tok(e)
                    .and_then(Tok::num)
                    .is_some_and(|n| n.value.is_some_and(|v| v <= 31)))
        {
            e += 1;
            guard += 1;
        }
        if s.tok(e).is_some_and(is_month) {
            return Some(date_tail(s, e + 1));
        }
    }
    None
}

/// A day alone: "le 24, ..." (but "le 24 soldats" is no French); days of a month named in
/// the sentence: "Le mois de septembre avait commencé par un orage, les 2 et 3, …".
pub(super) fn day_alone(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let days = n.small()
        && k > 0
        && s.lw(k - 1) == "les"
        && matches!(s.lw(end), "et" | "au")
        && s.tok(end + 1)
            .and_then(Tok::num)
            .is_some_and(|m| m.value.is_some_and(|v| v <= 31))
        && s.tok(end + 2).is_none_or(|t| matches!(t.kind, Kind::Sym(_)))
        && s.t.iter().any(is_month);
    if days {
        return Some(end + 2);
    }
    let day = n.small()
        && k > 0
        && lex::DAY_DETERMINERS.contains(&s.lw(k - 1))
        && (end >= s.t.len() || matches!(s.t[end].kind, Kind::Sym(_)));
    day.then_some(end)
}

/// A day after its weekday: "vendredi 28 et samedi 29", "Friday 28".
pub(super) fn after_weekday(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    (n.small() && k > 0 && lex::WEEKDAYS.contains(&s.lw(k - 1))).then(|| date_tail(s, n.end()))
}

/// A year after its era, and the other bound of its range: "between AD 253 and 275".
pub(super) fn era(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    if k == 0 || n.currency() || n.info.decimal || !s.tok(k - 1).is_some_and(|t| lex::ERAS.contains(&t.text)) {
        return None;
    }
    let e = n.end();
    if matches!(s.lw(e), "and" | "to" | "-" | "–" | "et" | "à") && s.is_num(e + 1) {
        return Some(e + 2);
    }
    Some(e)
}

/// A year, and the second year of a span: "en 2022", "2025-2026", "2022/23". Not before a
/// unit: "2022 tonnes", "1500 km"; nor, outside the years of news copy (1900 to 2100) and
/// after no word of time, before a plural noun: "près de 1000 personnes", "1173 suffrages",
/// "a study of 1650 schoolchildren".
pub(super) fn year(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    if !is_year(&n.info) || n.currency() || s.unit_follows(n.end()) {
        return None;
    }
    let modern = n.info.value.is_some_and(|v| (1900..=2100).contains(&v));
    let after_time_word = n.k > 0 && lex::YEAR_PREPOSITIONS.contains(&s.lw(n.k - 1));
    let plural_noun = s.tok(n.end()).is_some_and(|t| {
        let w = t.lower.as_ref();
        let regular = w.ends_with('s') || w.ends_with('x');
        let irregular = lex::IRREGULAR_PLURAL_ENDINGS.iter().any(|p| w.ends_with(p));
        t.is_word() && !t.is_capitalized() && !t.is(cl::STOP) && (regular || irregular)
    });
    if !modern && !after_time_word && plural_noun {
        return None;
    }
    let mut e = n.end();
    if (s.is_sym(e, '-') || s.is_sym(e, '–') || s.is_sym(e, '/')) && s.is_num(e + 1) {
        e += 2;
    }
    Some(e)
}

/// Two years joined as the bounds of a range ("de 2022 à 2025", "2022 to 2025") are a
/// period, not a figure: `bounds` are the tokens of the second bound.
pub(super) fn period(s: &Scan<'_, '_>, n: &Number, bounds: std::ops::Range<usize>) -> bool {
    let second = s.t[bounds].iter().find_map(Tok::num);
    is_year(&n.info) && second.is_some_and(|n| is_year(&n))
}

/// Four plain digits from 1000 to 2100.
fn is_year(n: &NumInfo) -> bool {
    !n.grouped && !n.decimal && n.int_digits == 4 && n.value.is_some_and(|v| (1000..=2100).contains(&v))
}

/// A month name; English months only with their capital (May, March).
fn is_month(t: &Tok<'_>) -> bool {
    t.is(cl::MONTH_FR) || (t.is(cl::MONTH_EN) && t.is_capitalized())
}

/// After a date's day and month: the year, if any.
fn date_tail(s: &Scan<'_, '_>, e: usize) -> usize {
    let mut e = e;
    // "between Oct. 20 and 25", "du 2 au 6": the other day of the span.
    if matches!(s.lw(e), "and" | "to" | "et" | "au")
        && s.tok(e + 1)
            .and_then(Tok::num)
            .is_some_and(|n| n.value.is_some_and(|v| v <= 31) && !n.grouped && !n.decimal)
        // (Or a small word after it: "on the night of December 13 to 14 and usually…".)
        && (!s.is_word(e + 2) || s.is(e + 2, cl::STOP))
    {
        return date_tail(s, e + 2);
    }
    // Aug. 1-20
    if (s.is_sym(e, '-') || s.is_sym(e, '–'))
        && s.tok(e + 1)
            .and_then(Tok::num)
            .is_some_and(|n| n.value.is_some_and(|v| v <= 31))
    {
        e += 2;
    }
    if s.is_sym(e, ',') {
        e += 1;
    }
    if s.tok(e)
        .and_then(Tok::num)
        .is_some_and(|n| n.int_digits == 4 && !n.grouped)
    {
        e + 1
    } else {
        e
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        // Years of an era, alone or as a span's bounds.
        (
            "Construit entre 80 et 140 après J.-C., détruit en 79 AD ; 300 clous.",
            &["300 clous"],
        ),
        // The other day of a span, before a small word (not before a noun it counts).
        (
            "It peaks on the night of December 13 to 14 and usually brings 120 meteors; from Oct. 20 to 25 people came.",
            &["120 meteors", "25 people"],
        ),
        (
            "Frappées entre 238 et 274 apr. J.-C. ; un collier de 1 400 à 1 200 avant notre ère ; 1 400 perles.",
            &["1 400 perles"],
        ),
        // A decade after "années"; a count of years is no decade.
        (
            "L'enfouissement date des années 270 ; des années 980-990 ; les années 90 ; 270 années ; années 275.",
            &["275"],
        ),
        (
            "Le mois de septembre avait commencé par un épisode orageux, les 2 et 3, avec 300 impacts.",
            &["300 impacts"],
        ),
        (
            "The firm surveyed 1,150 voters between Oct. 20 and 25.",
            &["1,150 voters"],
        ),
        (
            "The coins were minted between AD 253 and 275; 300 coins survive.",
            &["300 coins"],
        ),
        ("Le 2 décembre, en 2022, pour 2025-2026, en February 2022.", &[]),
        ("Le 24, puis les 2 et 3 mars.", &[]),
        ("Strikes on 4, 7, 9, 14 and 16 December.", &[]),
        ("Le 24.02.2022, l'invasion a commencé.", &[]),
        ("On February 24, 2022, troops crossed.", &[]),
        // Wire abbreviations of the months.
        ("The talks resume on Dec. 16, then on Sept. 3 and Oct. 1.", &[]),
        ("Du 2 au 5 mai, puis dans les années 1990s.", &[]),
        ("De 2022 à 2025, le budget a doublé.", &["doublé"]),
        ("Il a produit 2022 tonnes en mai.", &["2022 tonnes"]),
        ("Le 24 soldats est faux.", &["24 soldats"]),
        (
            "Trois représentations vendredi 28 et samedi 29, on Friday 5.",
            &["Trois représentations"],
        ),
        (
            "Il y avait près de 1000 personnes et 1173 suffrages.",
            &["près de 1000 personnes", "1173 suffrages"],
        ),
        ("En 1715 colons et indiens, in 2020 prices rose.", &[]),
        (
            "A study of 1650 schoolchildren, then 1200 people, in 1990 men voted.",
            &["1650 schoolchildren", "1200 people"],
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
