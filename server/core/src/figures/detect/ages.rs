//! Not a figure: an age said without its unit — in an apposition after a name ("Thomas
//! Sam, 42, and his wife", "Daniel Montalvo, 19, a member") or after "aged"/"âgé de" ("She
//! joined aged 14"). With its unit ("45 ans", "45 years old") the duration rules tell.

use super::{Number, Scan};
use crate::figures::lexicon::detect as lex;

/// The oldest age an apposition gives.
const MAX_AGE: u64 = 120;

/// An age after a name between commas, or after "aged": the token after it.
/// An anniversary's candles are its age: "souffler les 50 bougies du club", "blew out 100
/// candles".
pub(super) fn candles(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let blown = (k.saturating_sub(4)..k).any(|p| {
        let w = s.lw(p);
        w.starts_with("souffl") || matches!(w, "blow" | "blows" | "blew" | "blown")
    });
    (blown && matches!(s.lw(end), "bougies" | "candles") && !n.currency()).then_some(end + 1)
}

pub(super) fn age(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end, info) = (n.k, n.end(), &n.info);
    // "with a combined age of 241", "at the age of 88" (a sum of ages too).
    if k >= 2 && s.lw(k - 1) == "of" && s.lw(k - 2) == "age" && !info.decimal && !s.unit_follows(end) {
        return Some(end);
    }
    if k == 0 || n.currency() || info.grouped || info.decimal || info.value.is_none_or(|v| v > MAX_AGE) {
        return None;
    }
    let after_aged = lex::AGE_HEADS.contains(&s.lw(k - 1))
        || (k >= 2 && matches!(s.lw(k - 1), "de" | "d'") && lex::AGE_HEADS.contains(&s.lw(k - 2)));
    if after_aged && !s.unit_follows(end) {
        // "aged 17 to 24", "âgés de 18 à 25 ans": the range of ages goes with it.
        if matches!(s.lw(end), "to" | "à" | "-") && s.is_num(end + 1) {
            return Some(end + 2);
        }
        // "aged 22, 27 and 41", "âgés de 19, 23 et 30 ans": a list of ages goes with it.
        let mut e = end;
        loop {
            let sep = if s.is_sym(e, ',') && matches!(s.lw(e + 1), "and" | "et") {
                2
            } else if s.is_sym(e, ',') || matches!(s.lw(e), "and" | "et") {
                1
            } else {
                break;
            };
            let age = s.tok(e + sep).and_then(|t| t.num()).and_then(|d| d.value);
            if age.is_none_or(|v| v > MAX_AGE) {
                break;
            }
            e += sep + 1;
        }
        return Some(e);
    }
    // A list of ages closed by "ans" after "de": "trois hommes de 24, 29 et 52 ans".
    if s.lw(k - 1) == "de" {
        let mut e = end;
        let mut listed = 0;
        while (s.is_sym(e, ',') || s.lw(e) == "et")
            && s.tok(e + 1)
                .and_then(|t| t.num())
                .and_then(|d| d.value)
                .is_some_and(|v| v <= MAX_AGE)
        {
            e += 2;
            listed += 1;
        }
        if listed > 0 && s.lw(e) == "ans" {
            return Some(e + 1);
        }
    }
    // An age band after people: "children under 10", "adults over 65", "pupils under 16".
    let band = k >= 2
        && matches!(s.lw(k - 1), "under" | "over")
        && matches!(
            s.lw(k - 2),
            "children"
                | "kids"
                | "adults"
                | "people"
                | "pupils"
                | "those"
                | "residents"
                | "women"
                | "men"
                | "babies"
                | "patients"
                | "voters"
                | "drivers"
                | "workers"
                | "users"
        )
        && !s.unit_follows(end);
    if band {
        return Some(end);
    }
    // After a name, or a relative named by kinship ("Trevithick's son, 27, left").
    let named = |t: &crate::figures::tokens::Tok<'_>| {
        t.is_word()
            && (t.is_capitalized()
                || lex::KIN_NOUNS.contains(&t.lower.as_ref())
                || lex::PERSON_NOUNS.contains(&t.lower.as_ref()))
    };
    let apposition = k >= 2
        && s.is_sym(k - 1, ',')
        && s.tok(k - 2).is_some_and(named)
        && (s.is_sym(end, ',')
            || s.is_sym(end, ')')
            || s.is_sym(end, ';')
            // "…, said Megan Doyle, 24.": the sentence ends with it.
            || (s.is_sym(end, '.') && end + 1 >= s.t.len()));
    // "She turns 35 next month"; "dies at 81", "moved to Chicago at 17".
    let turns = matches!(s.lw(k - 1), "turns" | "turned" | "turning") && !s.unit_follows(end);
    // (Before another clause too: "took up sea swimming at 70 and swam all year".)
    let at_life_event = s.lw(k - 1) == "at"
        && (k.saturating_sub(6)..k - 1).any(|p| lex::LIFE_EVENTS_EN.contains(&s.lw(p)))
        && !s.unit_follows(end)
        && (!s.is_word(end) || matches!(s.lw(end), "and" | "but"))
        && n.info.value.is_some_and(|v| v <= 110)
        && !n.info.decimal;
    // "She was 84.", "now 81,", "buyers were under 30.": an age at the end of a clause.
    let clause_end = !s.is_word(end) && !s.unit_follows(end) && !s.is_sym(end, '%');
    let she_was = k >= 2
        && ((matches!(s.lw(k - 1), "was" | "is") && matches!(s.lw(k - 2), "she" | "he"))
            || (s.lw(k - 1) == "am" && s.lw(k - 2) == "i"))
        && (clause_end || (matches!(s.lw(end), "and" | "et") && !s.unit_follows(end)));
    let now = k >= 2 && matches!(s.lw(k - 1), "now" | "désormais") && s.is_sym(k - 2, ',') && clause_end;
    let band = k >= 2
        && matches!(s.lw(k - 1), "under" | "over")
        && (matches!(s.lw(k - 2), "were" | "was" | "are" | "is" | "aged")
            || lex::PEOPLE_PLURALS.contains(&s.lw(k - 2)))
        && clause_end;
    // "she ran it 11 times, the last at 70": the age at the last (or first) of them.
    let the_last =
        k >= 3 && s.lw(k - 1) == "at" && matches!(s.lw(k - 2), "last" | "first") && s.lw(k - 3) == "the" && clause_end;
    // "At 100, Edith Carrow still bakes": an age opening the sentence before a name.
    let at_age = k == 1
        && s.lw(0) == "at"
        && s.is_sym(end, ',')
        && s.tok(end + 1).is_some_and(|t| t.is_word() && t.is_capitalized());
    // "The youngest returnee is 19, the oldest 61": the youngest or oldest person's age.
    let extreme = clause_end
        && (k.saturating_sub(4)..k).any(|p| lex::EXTREME_AGE_WORDS.contains(&s.lw(p)))
        && matches!(
            s.lw(k - 1),
            "is" | "was" | "were" | "oldest" | "youngest" | "eldest" | "aîné" | "cadet"
        );
    // "Le plus âgé a 61 ans, le plus jeune 22.": the same in French, the verb left out.
    let extreme_fr = clause_end
        && k >= 2
        && s.lw(k - 2) == "plus"
        && matches!(s.lw(k - 1), "jeune" | "âgé" | "âgée" | "vieux" | "vieille");
    // "la plus jeune avait 78 ans, la doyenne 96": the eldest's age after another one.
    let eldest = clause_end
        && k >= 2
        && matches!(
            s.lw(k - 1),
            "doyen" | "doyenne" | "aîné" | "aînée" | "benjamin" | "benjamine" | "cadette"
        )
        && matches!(s.lw(k - 2), "la" | "le" | "l'")
        && (k.saturating_sub(10)..k).any(|p| matches!(s.lw(p), "ans" | "years"));
    let extreme = extreme || extreme_fr || eldest;
    let turns = the_last || turns || at_life_event || she_was || now || band || extreme || at_age;
    // "Hart, 22 and ranked 58th": an age in an apposition that goes on with "and".
    let apposition_and = k >= 2
        && s.is_sym(k - 1, ',')
        && s.tok(k - 2).is_some_and(|t| t.is_word() && t.is_capitalized())
        && matches!(s.lw(end), "and" | "et");
    (apposition || turns || apposition_and).then_some(end)
}

/// A part of the years just given: "54 ans, dont 31 passés à l'atelier", "12 years, of
/// which eight abroad" (the duration's unit left out).
pub(super) fn part_of_years(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let dont = k >= 2 && (s.lw(k - 1) == "dont" || (s.lw(k - 1) == "which" && s.lw(k - 2) == "of"));
    let years = dont && (k.saturating_sub(5)..k - 1).any(|p| matches!(s.lw(p), "ans" | "années" | "years"));
    (years && !n.currency() && !s.unit_follows(end) && !s.is_sym(end, '%')).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("A woman, 78, was swept off a pier; 300 homes flooded.", &["300 homes"]),
        ("\"I drove 200 miles,\" said Megan Doyle, 24.", &["200 miles"]),
        (
            "At 100, Edith Carrow still bakes for 300 neighbours.",
            &["300 neighbours"],
        ),
        ("Groups were staffed by volunteers over 50.", &[]),
        // A list of ages closed by "ans"; the eldest's age after another one.
        ("Trois hommes de 24, 29 et 52 ans ont comparu.", &["Trois hommes"]),
        ("La plus jeune avait 78 ans, la doyenne 96.", &[]),
        ("Des parcelles de 24, 29 et 52 hectares.", &["24", "29", "52 hectares"]),
        ("Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney.", &[]),
        ("Daniel Montalvo, 19, a member all his life, was arrested.", &[]),
        ("She joined the Sea Org aged 14.", &[]),
        (
            "Patrick Ferrand, 54 ans, dont 31 passés à l'atelier ; 300 ans, dont 40 %.",
            &["40 %"],
        ),
        (
            "Police arrested three men, aged 22, 27 and 41; quatre jeunes âgés de 19, 23 et 30 ans.",
            &["three men", "quatre jeunes"],
        ),
        ("Prices aged 14, 300 homes.", &["300 homes"]),
        (
            "She ran the marathon 11 times, the last at 70; the index closed at 70.",
            &["11", "70"],
        ),
        ("The youngest returnee is 19, the oldest 61.", &[]),
        ("The oldest finisher was 84.", &[]),
        // The same in French, and ages said in the first person or after a relative.
        ("Le plus âgé a 61 ans, le plus jeune 22.", &[]),
        ("I am 68 and do not drive; Trevithick's son, 27, left.", &[]),
        ("The plus jeune thing: 22 people came.", &["22 people"]),
        (
            "The oldest of the 40 bridges is 200 metres long.",
            &["40 bridges", "200 metres long"],
        ),
        ("Young drivers aged 17 to 24 hold 7% of licences.", &["7% of licences"]),
        (
            "Voters under 30 cast about one in eight ballots.",
            &["about one in eight ballots"],
        ),
        (
            "The guard, 24, now averages 22.6 points a game.",
            &["22.6 points a game"],
        ),
        ("The veterans crew, with a combined age of 241, finished third.", &[]),
        (
            "Most cases are children under 10; the town has about 9,500 children under 16.",
            &["about 9,500 children"],
        ),
        ("She turns 35 next month; Hart, 22 and ranked 58th, won.", &[]),
        (
            "Ils sont venus souffler les 50 bougies du club; she blew out 100 candles; 300 bougies vendues.",
            &["300 bougies"],
        ),
        (
            "Ray Calloway, who sold records, dies at 81. He moved to Chicago at 17.",
            &[],
        ),
        (
            "She took up sea swimming at 70 and swam all year; he won a national amateur title at 19 and turned professional. Shares won 3% at 70 pence.",
            &["3%", "70 pence"],
        ),
        ("She was 84. Joe Kendal, now 81, played. Buyers were under 30.", &[]),
        ("Le fils, âgé de 12, est rentré.", &[]),
        // A count in an apposition after a place is not an age, nor a large number.
        ("Kyiv, 300 soldiers, and more.", &["300 soldiers"]),
        ("The club, 2,500 members strong, grew.", &["2,500 members"]),
        ("Aged 30, he had 300 employees.", &["300 employees"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
