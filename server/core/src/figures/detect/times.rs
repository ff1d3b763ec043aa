//! Not a figure: times of day ("15h30", "15 h 30", "10:30", "3 p.m.", "3pm", "à 8 heures").

use super::{Number, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;

/// The hour "h" (and its minutes) or "am"/"pm" glued to the digits: "15h", "15h30", "3pm".
/// Tried before the other letters glued after a number, which make designations.
pub(super) fn glued(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    if !s.glued_word(end) {
        return None;
    }
    match s.lw(end) {
        "h" => Some(hour_end(s, end)),
        "am" | "pm" => Some(end + 1),
        _ => None,
    }
}

/// "15 h 30", "10:30", "3 p.m.", "5 pm", "à 8 heures".
pub(super) fn clock(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    if s.lw(end) == "h" {
        return Some(hour_end(s, end));
    }
    if s.is_sym(end, ':') && s.glued(end) && s.is_num(end + 1) && s.glued(end + 1) {
        return Some(end + 2);
    }
    let apostrophe = |i: usize| s.tok(i).is_some_and(|t| t.is_sym('\'') || t.is_sym('’')) && s.glued(i);
    // A race time in minutes and seconds: "1'13\"4" (trotting's reduction per kilometre),
    // "2'05".
    let minute = |c: char| matches!(c, '\'' | '’' | '′');
    if s.tok(end)
        .is_some_and(|t| matches!(t.kind, crate::figures::tokens::Kind::Sym(c) if minute(c)))
        && s.glued(end)
        && s.is_num(end + 1)
        && s.glued(end + 1)
    {
        let mut e = end + 2;
        let second = |c: char| matches!(c, '"' | '”' | '″');
        // (Or two apostrophes, as rally results print them: "58'41''3".)
        let apostrophes = apostrophe(e) && apostrophe(e + 1);
        if s.tok(e)
            .is_some_and(|t| matches!(t.kind, crate::figures::tokens::Kind::Sym(c) if second(c)))
            && s.glued(e)
            || apostrophes
        {
            e += if apostrophes { 2 } else { 1 };
            if s.is_num(e) && s.glued(e) {
                e += 1;
            }
        }
        return Some(e);
    }
    // Seconds written with two apostrophes or a double prime, a gap in a results line: "à
    // 18''", "à 41″", and their tenths: "avec 14''6 d'avance".
    if (apostrophe(end) && apostrophe(end + 1)) && !n.info.decimal {
        let tenths = s.is_num(end + 2) && s.glued(end + 2);
        return Some(end + 2 + usize::from(tenths));
    }
    if s.tok(end).is_some_and(|t| t.is_sym('″')) && s.glued(end) {
        return Some(end + 1);
    }
    // Or a straight double quotation mark, after the "à" of a gap: "2. Hugo Lemaire à 18\"",
    // "termine à 54\"".
    let gap = n.k > 0 && matches!(s.lw(n.k - 1), "à" | "+");
    if gap && s.tok(end).is_some_and(|t| t.is_sym('"') || t.is_sym('”')) && s.glued(end) && !n.info.decimal {
        return Some(end + 1);
    }
    // A wire's 24-hour time, four digits before its zone: "between 1700 and 2200 local time",
    // "by 0915 GMT".
    let hhmm = n.info.int_digits == 4
        && !n.info.grouped
        && !n.info.decimal
        && n.info.value.is_some_and(|v| v / 100 < 24 && v % 100 < 60);
    if hhmm && (end..(end + 3).min(s.t.len())).any(|p| matches!(s.lw(p), "gmt" | "utc" | "local" | "hrs" | "cet")) {
        return Some(end);
    }
    if matches!(s.lw(end), "a" | "p") && s.is_sym(end + 1, '.') && s.lw(end + 2) == "m" {
        return Some(end + 3);
    }
    if lex::CLOCK_EN.contains(&s.lw(end)) {
        return Some(end + 1);
    }
    // Minutes and seconds of a match clock or a gap: "à 1 min 12 de la fin".
    let seconds = s
        .tok(end + 1)
        .and_then(|t| t.num())
        .is_some_and(|x| !x.decimal && x.value.is_some_and(|v| v <= 59));
    // Hundredths after the seconds, as a race time is written: "en 54 s 21", "1 min 54 s
    // 21", "24\"37".
    // Whole digits at `i`, as many as `digits` allows: hundredths ("54 s 21"), or after
    // minutes tenths too ("bouclée en 8 min 41 s 3").
    let part = |i: usize, digits: std::ops::RangeInclusive<u32>| {
        s.tok(i)
            .and_then(|t| t.num())
            .is_some_and(|x| !x.decimal && !x.grouped && digits.contains(&x.int_digits))
    };
    let hundredths = |i: usize| part(i, 2..=2);
    let fraction = |i: usize| part(i, 1..=3);
    let after_seconds = |i: usize| {
        if s.lw(i) == "s" && fraction(i + 1) {
            i + 2
        } else {
            i
        }
    };
    if matches!(s.lw(end), "min" | "mn") && seconds {
        return Some(after_seconds(end + 2));
    }
    if s.lw(end) == "s" && hundredths(end + 1) && n.info.value.is_some_and(|v| v <= 59) && !n.info.decimal {
        return Some(end + 2);
    }
    let inch_mark = s.tok(end).is_some_and(|t| t.is_sym('"') || t.is_sym('″'));
    if inch_mark && s.glued(end) && s.glued(end + 1) && hundredths(end + 1) && n.info.value.is_some_and(|v| v <= 59) {
        return Some(end + 2);
    }
    let at_hour = n.small()
        && k > 0
        && lex::TIME_PREPOSITIONS.contains(&s.lw(k - 1))
        && matches!(s.lw(end), "heures" | "heure")
        && n.info.value.is_some_and(|v| v <= 24);
    at_hour.then_some(end + 1)
}

/// A train or a service named by its departure time, British style: "the 7.42, which I
/// have caught for nine years", "the 8.15 that replaced it" (hours and minutes after
/// "the", nothing measured after them).
pub(super) fn departure(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    if k == 0 || s.lw(k - 1) != "the" || !n.info.decimal || n.currency() {
        return None;
    }
    let (h, m) = s.tok(k)?.text.split_once('.')?;
    let time = m.len() == 2 && h.parse::<u32>().is_ok_and(|h| h <= 23) && m.parse::<u32>().is_ok_and(|m| m <= 59);
    let measured =
        s.unit_follows(end) || s.is_sym(end, '%') || s.tok(end).is_some_and(|t| t.is_word() && !t.is(cl::STOP));
    (time && !measured).then_some(end)
}

/// A bare number set against a duration just given is that duration's earlier or other
/// value: "un bus toutes les 10 minutes, contre 15 aujourd'hui", "25 minutes, against 40
/// now", "en 34 minutes au lieu de 41" (a duration is no figure, guideline: `duration`).
pub(super) fn compared_duration(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    if n.currency() || n.info.grouped || k < 3 {
        return None;
    }
    let lead = if matches!(s.lw(k - 1), "contre" | "against" | "vs") {
        1
    } else if s.lw(k - 1) == "of" && s.lw(k - 2) == "instead" {
        2
    } else if k >= 4 && s.lw(k - 1) == "de" && s.lw(k - 2) == "lieu" && s.lw(k - 3) == "au" {
        3
    } else {
        return None;
    };
    if s.unit_follows(end)
        || s.is_sym(end, '%')
        || (s.is_word(end)
            && !s.is(end, cl::STOP)
            && !matches!(s.lw(end), "aujourd'" | "now" | "today" | "currently" | "actuellement"))
    {
        return None;
    }
    let comma = if s.is_sym(k - lead - 1, ',') {
        k - lead - 1
    } else {
        k - lead
    };
    // The duration right before, within a few words: "10 minutes aux heures de pointe".
    let duration = (comma.saturating_sub(6)..comma).any(|p| s.is_num(p) && s.is(p + 1, cl::DURATION));
    if !duration {
        return None;
    }
    // ("aujourd'hui" is two tokens.)
    Some(if s.lw(end) == "aujourd'" {
        end + 2
    } else if s.is_word(end) {
        end + 1
    } else {
        end
    })
}

/// Tenths and hundredths of a second, a gap in sport: "4/10e de seconde", "7/100es",
/// "effaçant de 21 centièmes la marque" (not "trois dixièmes de point").
pub(super) fn tenths(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    if matches!(s.lw(end), "centièmes" | "dixièmes" | "millièmes") && !n.info.decimal {
        let of_point =
            matches!(s.lw(end + 1), "de" | "d'") && matches!(s.lw(end + 2), "point" | "points" | "pourcentage");
        if !of_point {
            return Some(end + 1);
        }
    }
    let slash = s.is_sym(end, '/') && s.glued(end) && s.is_num(end + 1) && s.glued(end + 1);
    if !slash || !matches!(s.lw(end + 2), "e" | "es" | "ème" | "èmes") || !s.glued(end + 2) {
        return None;
    }
    let e = end + 3;
    let of_second = matches!(s.lw(e), "de" | "d'") && matches!(s.lw(e + 1), "seconde" | "secondes");
    Some(if of_second { e + 2 } else { e })
}

/// After the "h" at `h`: its minutes, if any.
fn hour_end(s: &Scan<'_, '_>, h: usize) -> usize {
    if s.is_num(h + 1) {
        h + 2
    } else {
        h + 1
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        (
            "Elle a gagné en 1'13\"4 de réduction kilométrique, devant 300 spectateurs.",
            &["300 spectateurs"],
        ),
        // An hour after a figure is no second bound.
        ("L'action cédait 4,3 % à 11 h 20, dans un marché en repli.", &["4,3 %"]),
        ("À 15 h 30, à 13h, at 3 p.m.", &[]),
        (
            "Cut use between 1700 and 2200 local time; 2,200 homes lost power.",
            &["2,200 homes"],
        ),
        // Seconds with two apostrophes or a double prime.
        (
            "2. Lucas Perrot à 18'' ; 3. Kevin Daguet à 41″ ; 4. Jeannin à 1'05''.",
            &[],
        ),
        // Tenths after them, as rally results print them.
        (
            "Faure gagne avec 14''6 d'avance : 1. Faure, 58'41''3 ; 2. Chambon, à 14''6 ; 4. Besson, à 1'48''9.",
            &[],
        ),
        (
            "2. Hugo Lemaire (UC Vierzon) à 18\" ; Chloé Dubreuil termine à 54\".",
            &[],
        ),
        ("Le prix passe à 18 euros.", &["18 euros"]),
        (
            "Elle efface de 21 centièmes la marque ; le taux gagne 3 dixièmes de point.",
            &["3 dixièmes"],
        ),
        // A duration's other value; a count set against a duration stays one.
        (
            "Un bus toutes les 10 minutes aux heures de pointe, contre 15 aujourd'hui; 25 minutes, against 40 now.",
            &[],
        ),
        ("Il attend 10 minutes, contre 300 euros.", &["300 euros"]),
        (
            "Le trajet se fera en 34 minutes au lieu de 41; the trip takes 20 minutes instead of 25.",
            &[],
        ),
        ("Le trajet coûte 3 euros au lieu de 4.", &["3 euros", "4"]),
        // A race time to the hundredth; a count after a time stays one.
        (
            "Elle a nagé en 54 s 21, lui en 1 min 54 s 21 samedi, elle en 24\"37.",
            &[],
        ),
        (
            "En 54 s, 21 nageurs sont partis; 12\" 300 fans.",
            &["21 nageurs", "12", "300 fans"],
        ),
        // A train named by its time; a value after "the" stays a figure.
        (
            "Including the 7.42, which I caught; the 8.15 that replaced it was cancelled.",
            &[],
        ),
        (
            "It cost the 2.50 euros, then the 7.42 million tonnes.",
            &["2.50 euros", "7.42 million tonnes"],
        ),
        ("Le tir de la victoire est tombé à 1 min 12 de la fin.", &[]),
        ("À 15h30, la séance a repris.", &[]),
        ("Vers 10:30, puis à 8 heures.", &[]),
        ("At 5 pm and at 7am.", &[]),
        ("Il a fallu 30 heures de route pour 300 réfugiés.", &["300 réfugiés"]),
        (
            "Le Slovène finit à 4/10e de seconde du vainqueur, son coéquipier à 7/100es.",
            &[],
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
