//! Not a figure: phone numbers and codes, whose first group starts with a zero
//! ("01 23 45 67 89", "06 12").

use super::{Number, Scan};
use crate::figures::lexicon::detect as lex;
use crate::figures::tokens::{Kind, Tok};

/// A phone number in groups joined by hyphens: "412-555-0143" (three groups or more,
/// glued; a date such as "2025-05-17" is read before).
pub(super) fn phone(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let joined = |e: usize| s.is_sym(e, '-') && s.glued(e) && s.is_num(e + 1) && s.glued(e + 1);
    let mut e = n.end();
    let mut groups = 1;
    while joined(e) {
        e += 2;
        groups += 1;
    }
    (groups >= 3 && !n.info.decimal && !n.info.grouped).then_some(e)
}

/// A number with a leading zero, and the small groups that follow it; also a lone zero
/// grouped with what follows ("0 800 30 12 30", a French free number read as "0 800").
pub(super) fn leading_zero(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let lone_zero = n.info.grouped
        && s.tok(n.k).is_some_and(|t| {
            t.text
                .strip_prefix('0')
                .is_some_and(|r| r.starts_with([' ', '\u{a0}', '\u{202f}']))
        });
    if !n.info.leading_zero && !lone_zero {
        return None;
    }
    // "à 07 h 45", "07:30": a time of day written with its zero, and its minutes.
    if let Some(e) = super::times::clock(s, n) {
        return Some(e);
    }
    Some(groups_after(s, n.k + 1, 3))
}

/// The groups of digits of a phone number from token `e` on, each of `max` digits or
/// fewer: "01632 960 555" (spaced groups may read as one grouped number); the first may
/// hold up to six ("07700 900461").
fn groups_after(s: &Scan<'_, '_>, start: usize, max: u32) -> usize {
    let mut e = start;
    while s
        .tok(e)
        .filter(|t| !t.newline_before)
        .and_then(Tok::num)
        .is_some_and(|n| {
            !n.decimal && (n.int_digits <= max || (n.grouped && n.int_digits <= 7) || (e == start && n.int_digits <= 6))
        })
    {
        e += 1;
    }
    e
}

/// A short service number, dialled as it is: "Le 115, joignable sept jours sur sept", "au
/// 115", "call 101", "composez le 17".
pub(super) fn service_number(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let known = n.info.value.is_some_and(|v| lex::SERVICE_NUMBERS.contains(&v)) && !n.info.grouped && !n.info.decimal;
    let e = n.end();
    let before = k > 0
        && matches!(
            s.lw(k - 1),
            "le" | "au" | "call" | "dial" | "ring" | "appeler" | "composer"
        );
    // (Or "Calls to 999", "appels au 15"; or a placard's slogan: "\"999: who will come?\"".)
    let called = (k >= 2 && s.lw(k - 1) == "to" && matches!(s.lw(k - 2), "calls" | "call" | "called" | "calling"))
        || (k > 0
            && s.tok(k - 1)
                .is_some_and(|t| matches!(t.kind, Kind::Sym('"' | '“' | '«')))
            && s.is_sym(e, ':'));
    // "le 115 du Puy-de-Dôme": the service of a département, named after it.
    let of_place = matches!(s.lw(e), "du" | "de" | "des") && s.tok(e + 1).is_some_and(|t| t.is_capitalized());
    let alone = !s.is_word(e) || matches!(s.lw(e), "ou" | "or" | "et" | "and") || of_place;
    (known && ((before && alone) || called) && !n.currency()).then_some(n.end())
}

/// The unit of a wire's conversion line: "($1 = 0.8618 euros)", "(1 euro = 4.25 zlotys)".
/// The rate after "=" is the figure; the one unit it converts is not.
pub(super) fn conversion_unit(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let one = n.info.value == Some(1) && !n.info.decimal && !n.info.grouped;
    // The currency's word after the digit may come first: "1 euro = …".
    let e = if s.is_word(n.end()) { n.end() + 1 } else { n.end() };
    // (Its bracket right before, past a currency sign.)
    let bracketed = (n.k.saturating_sub(2)..n.k).any(|p| s.is_sym(p, '('));
    (one && bracketed && s.is_sym(e, '=')).then_some(e)
}

/// A time zone's offset: "UTC+3", "GMT-5", "UTC + 2".
pub(super) fn utc_offset(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let zone = |p: usize| matches!(s.lw(p), "utc" | "gmt" | "cet" | "cest");
    (k >= 2 && (s.is_sym(k - 1, '+') || s.is_sym(k - 1, '-') || s.is_sym(k - 1, '−')) && zone(k - 2)).then_some(n.end())
}

/// A phone number after an international prefix ("+380 48 700 12 34") or a word that
/// asks to call ("composez le 32 37", "Group bookings: 01632 960 555", "tél. 04 …").
pub(super) fn dialled(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    // Groups of up to four digits after a country code or a cue ("+61 8 5550 1342").
    let end = groups_after(s, k + 1, 4);
    // "+380 48 700 12 34", not a change ("+4,5 %"): a country code and two groups or more.
    let plus = k > 0 && s.is_sym(k - 1, '+') && s.glued(k) && !n.info.decimal && n.info.int_digits <= 3 && end >= k + 3;
    // The cue right before the number, but for marks and small words ("tél. :", "composez
    // le", "phone on"): not "menée par téléphone auprès de 1 010 personnes".
    let between_ok = |p: usize| {
        (p + 1..k).all(|q| {
            s.tok(q).is_some_and(|t| !t.is_word())
                || matches!(
                    s.lw(q),
                    "au" | "le" | "la" | "the" | "on" | "at" | "no" | "numéro" | "number"
                )
        })
    };
    let cue = (k.saturating_sub(3)..k).any(|p| lex::PHONE_CUES.contains(&s.lw(p)) && between_ok(p))
        // "composez le 17 ou le 3919": another number after the one dialled.
        || (k >= 3
            && matches!(s.lw(k - 1), "le" | "the")
            && matches!(s.lw(k - 2), "ou" | "or" | "et" | "and")
            && s.is_num(k - 3)
            && (k.saturating_sub(7)..k - 3).any(|p| lex::PHONE_CUES.contains(&s.lw(p))));
    (plus || cue).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        // Service numbers; the same number counting something.
        ("Signalez-la au 115 ou sur l'application ; 300 lits.", &["300 lits"]),
        (
            "Calls to 999 were answered; placards read \"999: who will come?\"; 999 calls.",
            &["999 calls"],
        ),
        // A conversion line: the rate, not the unit it converts.
        ("($1 = 0.8618 euros)", &["0.8618 euros"]),
        ("(1 euro = 4.25 zlotys)", &["4.25 zlotys"]),
        (
            "Le 115, joignable sept jours sur sept, a reçu 1 100 appels ; call 101.",
            &["1 100 appels"],
        ),
        ("Le 115 du Puy-de-Dôme a ouvert 60 places.", &["60 places"]),
        (
            "Le 115 migrants sont arrivés ; 115 familles.",
            &["115 migrants", "115 familles"],
        ),
        ("Appelez le 01 23 45 67 89.", &[]),
        (
            "All times are Kyiv time (UTC+3), GMT - 5 in New York; 300 drones.",
            &["300 drones"],
        ),
        (
            "L'enquête a été menée par téléphone auprès de 1 010 personnes.",
            &["1 010 personnes"],
        ),
        ("Le code 007 est connu.", &[]),
        ("Il y a 100 morts.", &["100 morts"]),
        ("Pittsburgh newsdesk, 412-555-0143.", &[]),
        (
            "Une ligne d'urgence au +380 48 700 12 34; pharmacie de garde : composez le 32 37.",
            &[],
        ),
        ("Group bookings: 01632 960 555. We saw 300 people.", &["300 people"]),
        (
            "En cas d'urgence, composez le 17 ou le 3919 ; 300 appels.",
            &["300 appels"],
        ),
        (
            "Readers can send pictures on 07700 900461; 300 people came.",
            &["300 people"],
        ),
        (
            "((Reporting by Sam Ortiz; +61 8 5550 1342)) 300 homes burned.",
            &["300 homes"],
        ),
        (
            "Un numéro d'information a été ouvert : 0 800 30 12 30. Il y a 300 morts.",
            &["300 morts"],
        ),
        ("Les prix ont pris +4,5 % en un an, +12 au total.", &["4,5 %", "12"]),
        ("Un score de 3-1 et 4 000 visiteurs.", &["4 000 visiteurs"]),
        // A time of day with its zero: its minutes go with it.
        ("Publié le 12 septembre à 07 h 45, modifié à 09:05.", &[]),
        ("Ouverture à 08 h, 400 visiteurs.", &["400 visiteurs"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
