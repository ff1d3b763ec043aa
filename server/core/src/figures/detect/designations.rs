//! Not a figure: designations, numbers that name a model, a unit or a thing ("A380",
//! "F-16", "G7", "3D", "Boeing 787", "Leopard 2", "son 787", "45-year-old", "155 mm").

use super::{Number, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;
use crate::figures::tokens::{Kind, Tok};

/// Digits glued to letters before them ("A380", "G7", "Su34"), after a hyphen ("F-16",
/// "S-400", "mi-2022"), or after "/", ":", "°", "#".
/// A format written as a product: a relay's "4 x 6 km", "4 × 100 m" (legs and their
/// length), "2 x 2 voies".
pub(super) fn product_format(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    let times = s.lw(end) == "x" || s.is_sym(end, '×');
    if !times || !s.is_num(end + 1) || n.currency() || n.info.decimal {
        return None;
    }
    // Past the second number and its unit.
    let e = end + 2;
    Some(if s.has(e, cl::UNIT) || s.lw(e) == "m" || s.lw(e) == "km" {
        e + 1
    } else {
        e
    })
}

/// The whole of a known set, by its owner: "in all of Georgia's 159 counties", "all of the
/// country's 13 regions" (not "all of the 300 passengers", a toll).
pub(super) fn whole_set(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    if n.currency() || k < 4 || n.info.decimal {
        return None;
    }
    // The owner's "'s" right before the number.
    let possessive = (s.lw(k - 1) == "s" && (s.is_sym(k - 2, '\'') || s.is_sym(k - 2, '’')))
        || s.lw(k - 1).ends_with("'s")
        || s.lw(k - 1).ends_with("’s");
    if !possessive {
        return None;
    }
    let all_of = (k.saturating_sub(7)..k - 1).any(|p| s.lw(p) == "all" && s.lw(p + 1) == "of");
    all_of.then_some(n.end() + 1)
}

pub(super) fn letters_before(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    if n.currency() || k == 0 || s.t[k].space_before {
        return None;
    }
    let prev = &s.t[k - 1];
    let designation = prev.is_word()
        || ((prev.is_sym('-') || prev.is_sym('‑')) && k >= 2 && s.glued(k - 1) && s.is_word(k - 2))
        || prev.is_sym('/')
        || prev.is_sym(':')
        || prev.is_sym('°')
        || prev.is_sym('#');
    designation.then(|| glued_tail(s, k + 1))
}

/// Letters glued after the digits that are no unit nor multiplier ("3D", "5G"; but "2bn",
/// "30km", "threefold"). Tried after ordinals, hours and decades.
pub(super) fn letters_after(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    let letters = s.glued_word(end) && !(s.has(end, cl::MULTIPLIER | cl::UNIT) || s.lw(end) == "fold");
    letters.then(|| glued_tail(s, end)).filter(|_| !glued_measure(s, n))
}

/// A race named by its distance in kilometres: "the 10K fun run", "un 5K solidaire" (the
/// distance names the event; "10K euros" stays an amount).
pub(super) fn race_distance(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    let k = s.glued_word(end) && s.lw(end) == "k";
    let race = matches!(
        s.lw(end + 1),
        "run" | "race" | "fun" | "course" | "trail" | "walk" | "solidaire"
    );
    (k && race && n.info.value.is_some_and(|v| v <= 100)).then_some(end + 1)
}

/// A unit glued in wire style that letters would otherwise make a designation: a
/// temperature ("38C", "-5F"), pence ("12.5p a share", "18p").
fn glued_measure(s: &Scan<'_, '_>, n: &Number) -> bool {
    let end = n.end();
    let Some(t) = s.tok(end) else { return false };
    let alone = !s.tok(end + 1).is_some_and(|x| !x.space_before && x.is_word());
    let temperature = matches!(t.text, "C" | "F") && n.info.value.is_some_and(|v| v <= 60);
    let speed = matches!(t.text, "mph" | "kmh" | "mm" | "cm");
    let pence = t.text == "p" && !n.currency();
    alone && (temperature || pence || speed)
}

/// A French department's number in brackets after its name: "le Lot-et-Garonne (47)",
/// "Paris (75)".
pub(super) fn department(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end, info) = (n.k, n.end(), &n.info);
    let bracketed = k >= 2 && s.is_sym(k - 1, '(') && s.is_sym(end, ')');
    // Not a number written twice: "Huit (8) militaires".
    let named = k >= 2
        && s.tok(k - 2)
            .is_some_and(|t| t.is_word() && t.is_capitalized() && !t.is(cl::NUMWORD));
    let code =
        !n.currency() && !info.grouped && !info.decimal && info.int_digits <= 3 && info.value.is_some_and(|v| v <= 976);
    (bracketed && named && code).then_some(end + 1)
}

/// A bus route by its number, where it runs after it: "the 227 to Carmarthen" (a place
/// follows, nothing is counted).
pub(super) fn route_number(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end, info) = (n.k, n.end(), &n.info);
    if k == 0 || n.currency() || info.grouped || info.decimal || info.int_digits > 3 || s.lw(k - 1) != "the" {
        return None;
    }
    let to_place = s.lw(end) == "to" && s.tok(end + 1).is_some_and(|t| t.is_word() && t.is_capitalized());
    to_place.then_some(end)
}

/// A street number: "au 12 rue des Lices", "12, rue des Lices", "3 bis avenue Foch",
/// "221 Baker Street", "10 Downing Street". French streets follow the number (a comma may
/// come between); English ones close a name of up to three capitalised words.
pub(super) fn street_number(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (end, info) = (n.end(), &n.info);
    if n.currency() || info.grouped || info.decimal || info.int_digits > 4 {
        return None;
    }
    let after = if matches!(s.lw(end), "bis" | "ter") {
        end + 1
    } else {
        end
    };
    let street = if s.is_sym(after, ',') { after + 1 } else { after };
    // "300 square metres" is an area, not "12 square Louis-XVI".
    let area = s.lw(street) == "square"
        && matches!(
            s.lw(street + 1),
            "metres" | "meters" | "kilometres" | "kilometers" | "miles" | "feet" | "yards" | "km" | "m"
        );
    if area {
        return None;
    }
    if lex::STREETS_FR.contains(&s.lw(street)) {
        return Some(after);
    }
    // "installée au 12 de la rue", "au 3 de l'avenue".
    let of_the = s.lw(after) == "de" && matches!(s.lw(after + 1), "la" | "l'");
    if of_the && lex::STREETS_FR.contains(&s.lw(after + 2)) && n.k > 0 && s.lw(n.k - 1) == "au" {
        return Some(after);
    }
    let named = (after..after + 3)
        .take_while(|&k| s.tok(k).is_some_and(|t| t.is_word() && t.is_capitalized()))
        .any(|k| lex::STREETS_EN.contains(&s.lw(k)) && k > after);
    named.then_some(after)
}

/// The coupon that names a bond in wire style: "the 7-3/4 pct notes due 2031", "5% bonds
/// maturing in 2030" (a security's name, not a quantity).
pub(super) fn coupon(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let from = n.end();
    let unit =
        (from..(from + 5).min(s.t.len())).find(|&k| s.is_sym(k, '%') || matches!(s.lw(k), "pct" | "percent" | "pc"))?;
    let noun = unit + 1;
    let bond = lex::BOND_NOUNS.contains(&s.lw(noun));
    let due = matches!(s.lw(noun + 1), "due" | "maturing");
    let coupon_only = (from..unit).all(|k| s.is_num(k) || s.is_sym(k, '-') || s.is_sym(k, '/'));
    if bond && due && coupon_only {
        return Some(noun + 1);
    }
    // Or its coupon then its maturity's year: "the benchmark 6.33% 2035 bond".
    let year = s.tok(noun).and_then(Tok::num).is_some_and(|d| {
        d.int_digits == 4 && !d.grouped && !d.decimal && d.value.is_some_and(|v| (2000..=2099).contains(&v))
    });
    (coupon_only && year && lex::BOND_NOUNS.contains(&s.lw(noun + 1))).then_some(noun + 2)
}

/// Hyphenated compounds: "45-year-old", "10-point plan" (but "4-5 millions" is a range,
/// "2-million", "3-fold", "5-per" stay, and so do measures and sizes: "a 96-page
/// report", "a 40-metre tower", "a 300-strong unit", see [`lex::MEASURE_COMPOUNDS`]).
pub(super) fn compound(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    if !(s.is_sym(end, '-') && s.glued(end) && s.is_word(end + 1) && s.glued(end + 1)) {
        return None;
    }
    let w = s.lw(end + 1);
    let kept = s.has(end + 1, cl::MULTIPLIER) || w == "fold" || w == "per" || s.measure_compound(end);
    (!kept).then(|| glued_tail(s, end + 1))
}

/// After a capitalised word, on the same line: "Boeing 787", "Leopard 2", "Nord Stream 2"
/// (but not after a capitalised word of the CAPITAL_STOP class: "Les 300", "Some 300").
pub(super) fn after_name(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end, info) = (n.k, n.end(), &n.info);
    if k == 0 || n.currency() || info.grouped || info.decimal {
        return None;
    }
    let prev = &s.t[k - 1];
    let tk = &s.t[k];
    let name = prev.is_word()
        && tk.space_before
        && !tk.newline_before
        && prev.is_capitalized()
        && !prev.is(cl::CAPITAL_STOP)
        && !prev.is(cl::NUMWORD)
        && !s.unit_follows(end)
        // "ran the London Marathon 11 times": a count of events, not "Apollo 11".
        && !matches!(s.lw(end), "times" | "fois")
        // "lent Naftogaz 500 mln euros": a sum given to the name, not a model.
        && !s.scale_word(end)
        && !matches!(s.lw(end), "mln" | "bln" | "mn" | "bn" | "md" | "mds" | "m" | "k");
    // A place after a preposition, then a count: "a remis à Kiev 909 corps".
    let place =
        k >= 2 && lex::PLACE_PREPOSITIONS.contains(&s.lw(k - 2)) && s.is_word(end) && !s.t[end].is_capitalized();
    (name && !place).then(|| glued_tail(s, end))
}

/// A number in a title, between a capitalised article inside the sentence and a
/// capitalised noun: "pour *Les 7 Vies de Madame Pruneau*", "saw The 39 Steps".
pub(super) fn in_title(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let title = k >= 2
        && matches!(s.lw(k - 1), "les" | "le" | "la" | "the")
        && s.tok(k - 1).is_some_and(|t| t.is_capitalized())
        // (After a lowercase word, or the emphasis or quotation mark that opens the title.)
        && s.tok(k - 2).is_some_and(|t| {
            (t.is_word() && !t.is_capitalized())
                || t.is_sym('*')
                || t.is_sym('_')
                || t.is_sym('«')
                || t.is_sym('"')
                || t.is_sym('“')
        })
        && s.tok(end).is_some_and(|t| t.is_word() && t.is_capitalized())
        && !n.currency()
        && !n.info.decimal;
    title.then_some(end + 1)
}

/// A fuel named by its grade: "le sans-plomb 95 recule", "le SP 98", "du super 98".
pub(super) fn fuel_grade(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let grade = k > 0
        && !n.currency()
        && !n.info.grouped
        && !n.info.decimal
        && matches!(n.info.value, Some(95 | 98))
        && matches!(s.lw(k - 1), "plomb" | "sp" | "super")
        && !s.unit_follows(end)
        && !s.is_sym(end, '%');
    grade.then_some(end)
}

/// A grain's grade by its protein content, the product being priced: "Russian wheat with
/// 12.5% protein", "11.5 pct protein wheat", "blé à 11,5 % de protéines".
pub(super) fn protein_grade(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    if n.currency() || n.info.grouped || n.info.int_digits > 2 {
        return None;
    }
    let after = if s.is_sym(end, '%') || s.lw(end) == "pct" {
        end + 1
    } else {
        return None;
    };
    let noun = if matches!(s.lw(after), "de" | "d'") {
        after + 1
    } else {
        after
    };
    // (Or rice's grade by its broken grains: "India's 5% broken parboiled variety".)
    matches!(s.lw(noun), "protein" | "protéines" | "protéine" | "broken" | "brisures").then_some(noun + 1)
}

/// A singular determiner cannot count: "son 787", "un A380", "a 747" are models.
pub(super) fn after_singular_determiner(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end, info) = (n.k, n.end(), &n.info);
    // "le 3, le 17 et le 45", "la 1 et la 3": numbers that name (a draw, a bus line), or a
    // day; never a quantity without its noun.
    let named = k > 0
        && matches!(s.lw(k - 1), "le" | "la")
        && !n.currency()
        && !info.grouped
        && !info.decimal
        && (!s.is_word(end) || matches!(s.lw(end), "et" | "ou"))
        && !s.is_sym(end, '%');
    if named {
        return Some(end);
    }
    let model = k > 0
        && !n.currency()
        && !info.grouped
        && !info.decimal
        && info.value.is_some_and(|v| v > 1)
        && lex::SINGULAR_DETERMINERS.contains(&s.lw(k - 1))
        && !s.unit_follows(end)
        && (!s.is_word(end) || s.is(end, cl::STOP))
        && !s.measure_compound(end);
    model.then_some(end)
}

/// The distance that names a race: "la finale du 400m", "le record du 100 m", "champion
/// du 400 m haies" (see [`lex::RACE_WORDS`]).
pub(super) fn race(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let metres = matches!(s.lw(end), "m" | "mètres" | "km");
    let named = k >= 2 && matches!(s.lw(k - 1), "du" | "au" | "le") && lex::RACE_WORDS.contains(&s.lw(k - 2));
    // "the 200m butterfly", "le 100 m nage libre": the stroke names the race.
    let stroke = lex::STROKES.contains(&s.lw(end + 1));
    // A time on a distance: "signé 9,87 s sur le 200 m lancé"; an event shot at a distance:
    // "au tir à 70 m".
    let timed = k >= 3
        && s.lw(k - 1) == "le"
        && s.lw(k - 2) == "sur"
        && (k.saturating_sub(6)..k - 2).any(|p| matches!(s.lw(p), "s" | "secondes" | "min" | "temps" | "chrono"));
    let shot_at = k >= 2 && s.lw(k - 1) == "à" && matches!(s.lw(k - 2), "tir" | "tirs");
    // A course named by its length: "Sur le 42 km et ses 2 300 mètres de dénivelé", "Sur
    // le 12 km, 287 participants"; or heading its results: "42 km. Hommes : 1. …".
    // "son record personnel sur 500 m": the race of a record.
    let record_on = k >= 2
        && s.lw(k - 1) == "sur"
        && (k.saturating_sub(5)..k - 1).any(|p| matches!(s.lw(p), "record" | "records" | "chrono" | "temps"));
    // A race's category and its course in brackets: "Chez les seniors femmes (8 km),".
    let bracketed = k >= 2 && s.is_sym(k - 1, '(') && s.is_word(k - 2) && s.is_sym(end + 1, ')') && s.lw(end) == "km";
    let course = record_on
        || bracketed
        || (k >= 2 && s.lw(k - 1) == "le" && s.lw(k - 2) == "sur" && s.lw(end) == "km")
        || (k == 0 && s.lw(end) == "km" && s.is_sym(end + 1, '.'));
    (metres && (named || stroke || timed || shot_at || course)).then_some(end + 1)
}

/// A rating in stars: "un camping classé 4 étoiles", "a 5-star hotel", "3 stars" (the
/// guideline's `designation`: a level of a scale). (Not a pool's length, "le bassin
/// sportif de 25 mètres": one corpus counts it a designation, another a measure.)
pub(super) fn rating(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    let small = !n.currency() && !n.info.grouped && !n.info.decimal && n.info.value.is_some_and(|v| v <= 5);
    (small && matches!(s.lw(end), "étoiles" | "étoile" | "stars" | "star")).then_some(end + 1)
}

/// The top of a scale a level is given on: "au niveau 4 sur une échelle de 5", "on a scale
/// of 10" (the guideline's `designation`).
pub(super) fn scale_top(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let scale = k >= 2 && matches!(s.lw(k - 1), "de" | "of") && matches!(s.lw(k - 2), "échelle" | "scale");
    (scale && !n.info.decimal && !n.currency() && !s.unit_follows(n.end())).then_some(n.end())
}

/// A bond named by its maturity's year, with its currency: "Ukraine's 2034 dollar bond",
/// "the 2031 euro notes" (the guideline's `designation`).
pub(super) fn bond_year(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    let year = n.info.int_digits == 4
        && !n.info.grouped
        && !n.info.decimal
        && n.info.value.is_some_and(|v| (1990..=2100).contains(&v));
    let bond = matches!(s.lw(end), "dollar" | "euro" | "sterling" | "yen" | "local")
        && matches!(s.lw(end + 1), "bond" | "bonds" | "notes" | "eurobond" | "eurobonds");
    (year && bond).then_some(end + 2)
}

/// The other year of two given for a date: "de l'an 43 ou 44" (the guideline's `year`).
pub(super) fn year_alternative(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let alternative = k >= 3
        && matches!(s.lw(k - 1), "ou" | "or" | "à")
        && s.is_num(k - 2)
        && matches!(s.lw(k - 3), "an" | "l'an" | "year" | "années");
    (alternative && !n.info.decimal && !s.is_word(n.end())).then_some(n.end())
}

/// The size of a ranking after a rank: "Val-d'Arnon termine 9e sur 212" (the guideline's
/// `score`: a standing).
pub(super) fn rank_out_of(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let ranked = k >= 3
        && matches!(s.lw(k - 1), "sur" | "of")
        && lex::ORDINAL_SUFFIXES.contains(&s.lw(k - 2))
        && s.glued(k - 2)
        && s.is_num(k - 3);
    (ranked && !n.info.decimal && !s.is_word(n.end())).then_some(n.end())
}

/// A retirement age: "who can currently retire at 55, would have to work until 67",
/// "partir à la retraite à 62 ans" (the guideline's `age`).
pub(super) fn retirement_age(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let age = n.info.value.is_some_and(|v| (45..=75).contains(&v)) && !n.info.decimal && !n.currency();
    let retire = k >= 2
        && ((s.lw(k - 1) == "at" && s.lw(k - 2).starts_with("retir"))
            || (s.lw(k - 1) == "until" && s.lw(k - 2) == "work")
            || (s.lw(k - 1) == "à" && s.lw(k - 2) == "retraite"));
    (age && retire && !s.unit_follows(n.end())).then(|| n.end() + usize::from(matches!(s.lw(n.end()), "ans")))
}

/// A Martian day, a rover's date: "drilled a core on sol 2,050" (the guideline's `date`).
pub(super) fn sol(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let dated =
        k >= 2 && s.lw(k - 1) == "sol" && matches!(s.lw(k - 2), "on" | "from" | "since" | "until" | "by" | "to");
    (dated && !n.info.decimal && !n.currency()).then_some(n.end())
}

/// A French tennis ranking, a level of a scale: "deux joueurs classés 15/1", "déjà classée
/// 5/6", "Hugo Sarrazin (4/6)" (the guideline's `designation`).
pub(super) fn tennis_ranking(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let graded = s.is_sym(end, '/')
        && s.glued(end)
        && s.glued(end + 1)
        && s.tok(end + 1)
            .and_then(|t| t.num())
            .is_some_and(|x| !x.decimal && x.value.is_some_and(|v| v <= 6));
    let small = !n.info.decimal && !n.info.grouped && n.info.value.is_some_and(|v| v <= 40);
    if !graded || !small || k == 0 {
        return None;
    }
    let ranked = s.lw(k - 1).starts_with("classé");
    let after_name = s.is_sym(k - 1, '(') && k >= 2 && s.tok(k - 2).is_some_and(|t| t.is_capitalized());
    // Or after the player's club in the same brackets: "S. Curtet (Aix-les-Bains, 15/1)".
    // (A negative ranking too: "(Chambéry, -2/6)".)
    let c = if k >= 2 && s.is_sym(k - 1, '-') { k - 2 } else { k - 1 };
    let after_club = s.is_sym(c, ',')
        && s.is_sym(end + 2, ')')
        && (c.saturating_sub(9)..c)
            .rev()
            .take_while(|&p| !s.is_sym(p, ')'))
            .find(|&p| s.is_sym(p, '('))
            .is_some_and(|p| p >= 1 && s.tok(p - 1).is_some_and(|t| t.is_capitalized()));
    (ranked || after_name || after_club).then_some(end + 2)
}

/// A weight class in combat sports: "le titre des moins de 63 kg", "les plus de 100 kg",
/// "the under-73kg title" is glued and read elsewhere.
pub(super) fn weight_class(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let kg = matches!(s.lw(n.end()), "kg" | "kilos");
    // "Chez les minimes de moins de 50 kg": a category's age group before it.
    let group = |w: &str| {
        matches!(
            w,
            "des"
                | "les"
                | "catégorie"
                | "minimes"
                | "benjamins"
                | "benjamines"
                | "cadets"
                | "cadettes"
                | "juniors"
                | "seniors"
                | "poussins"
                // "En moins de 57 kg, Lina Perret a été sacrée".
                | "en"
        )
    };
    let class = k >= 3
        && s.lw(k - 1) == "de"
        && matches!(s.lw(k - 2), "moins" | "plus")
        && (group(s.lw(k - 3)) || (k >= 4 && s.lw(k - 3) == "de" && group(s.lw(k - 4))))
        && kg;
    // "Benjamins -34 kg : Noé Arnaud", "+100 kg": a class written with its sign, in a
    // results list.
    let signed = k >= 1
        && (s.is_sym(k - 1, '-') || s.is_sym(k - 1, '+') || s.is_sym(k - 1, '−'))
        && s.glued(k)
        && kg
        && (k < 2 || !s.is_num(k - 2));
    // Or opening a results list's item: "- Moins de 54 kg (cadettes) : Lina Haddad bat…".
    let item = k >= 2
        && s.lw(k - 1) == "de"
        && matches!(s.lw(k - 2), "moins" | "plus")
        && (k == 2 || s.is_sym(k - 3, '-') || s.is_sym(k - 3, '*'))
        && kg
        && (s.is_sym(n.end() + 1, '(') || s.is_sym(n.end() + 1, ':'));
    (class || signed || item).then_some(n.end() + 1)
}

/// A group named by its number of members: "the Group of 20 major economies", "le Groupe
/// des Sept" (a name, not a count).
pub(super) fn group_of(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let named = k >= 2
        && matches!(s.lw(k - 1), "of" | "des")
        && s.tok(k - 2)
            .is_some_and(|t| t.is_capitalized() && matches!(t.lower.as_ref(), "group" | "groupe"));
    named.then_some(n.end())
}

/// Calibres and technical ratings: "obus de 155 mm", "ligne de 750 kV".
pub(super) fn calibre(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    let weapon = || s.t.iter().any(|t| lex::CALIBRE_WORDS.contains(&t.lower.as_ref()));
    (lex::TECHNICAL_UNITS.contains(&s.lw(end)) && (s.lw(end) != "mm" || weapon())).then_some(end + 1)
}

/// A number alone in quotation marks, maybe with a "+" glued after it, names a programme,
/// an offer or a format: le programme « 800+ », the "500" offer. A quantity is not quoted
/// on its own, without its noun.
pub(super) fn quoted_name(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let opens = k > 0
        && s.tok(k - 1)
            .is_some_and(|t| matches!(t.kind, Kind::Sym('«' | '“' | '"')));
    let after = if s.is_sym(end, '+') && s.glued(end) {
        end + 1
    } else if s.is_sym(end, '-') && s.glued(end) && s.is_num(end + 1) && s.glued(end + 1) {
        // « 18-24 »: a pair joined by a hyphen names it too.
        end + 2
    } else {
        end
    };
    let closes = s
        .tok(after)
        .is_some_and(|t| matches!(t.kind, Kind::Sym('»' | '”' | '"')));
    if opens && !n.currency() && closes {
        return Some(after + 1);
    }
    // Or the last word of a name in quotation marks after the noun of what it names:
    // "l'association « Sourires d'enfants 24 »" (a department's number), "le collectif
    // « Gare 2 »"; not a quotation that ends on a count ("« Nous étions 24 »").
    let open = (k.saturating_sub(5)..k)
        .rev()
        .find(|&p| s.tok(p).is_some_and(|t| matches!(t.kind, Kind::Sym('«' | '“' | '"'))));
    let named = open.is_some_and(|o| {
        o >= 1
            && o + 1 < k
            && s.tok(o + 1).is_some_and(|t| t.is_capitalized())
            && lex::NAMED_THINGS.contains(&s.lw(o - 1))
            && (o + 1..k).all(|p| s.is_word(p) || s.is_sym(p, '\'') || s.is_sym(p, '’'))
    });
    (named && closes && !n.currency()).then_some(after + 1)
}

/// The parts a whole is made of, by design: "Accession talks are divided into 35
/// chapters", "grouped in six clusters", "le territoire est découpé en 12 secteurs" (a
/// structure the reader can look up, not news).
pub(super) fn structure(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    (n.start == n.k && s.divided_into(n.k)).then_some(n.k + 1)
}

impl Scan<'_, '_> {
    /// The count at `j` follows a verb of division and its preposition.
    pub(super) fn divided_into(&self, j: usize) -> bool {
        j >= 2
            && matches!(self.lw(j - 1), "into" | "in" | "en")
            && matches!(
                self.lw(j - 2),
                "divided"
                    | "split"
                    | "grouped"
                    | "organised"
                    | "organized"
                    | "divisé"
                    | "divisée"
                    | "divisés"
                    | "divisées"
                    | "découpé"
                    | "découpée"
                    | "regroupés"
                    | "regroupées"
            )
    }
}

/// A figure the sentence has already given, named again by a definite determiner: "les
/// enquêteurs avaient saisi 210 000 euros en espèces ; le tribunal a ordonné la
/// confiscation des 210 000 euros" (the same digits before it; not a small number, which
/// may count something else).
pub(super) fn restated(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let definite =
        n.start == k && k > 0 && matches!(s.lw(k - 1), "des" | "les" | "ces" | "ses" | "the" | "these" | "those");
    let large = n.info.grouped || n.info.value.is_some_and(|v| v >= 100);
    // (The same value, whatever its separators: "210 000" with a space, then with U+202F.)
    let value = n.info.value?;
    let same = |t: &Tok<'_>| {
        t.num()
            .is_some_and(|m| m.value == Some(value) && m.decimal == n.info.decimal)
    };
    (definite && large && s.t[..k - 1].iter().any(same)).then_some(k + 1)
}

/// The members of an institution, a set the reader knows without the copy: "les 27 États
/// membres", "des 32 alliés", "the 15 members of the Security Council", "the 27 member
/// states". A definite determiner comes first; "les 300 soldats" stays a figure.
pub(super) fn member_set(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end, info) = (n.k, n.end(), &n.info);
    // A family, counted after a possessive: "entourée de ses 14 petits-enfants", "his 12
    // grandchildren".
    let kin = k >= 1
        && matches!(s.lw(k - 1), "ses" | "leurs" | "his" | "her" | "their")
        && lex::FAMILY_NOUNS.contains(&s.lw(end));
    // "She now has 11 grandchildren and 14 great-grandchildren", "il a trois fils".
    let family_word = |e: usize| {
        lex::FAMILY_NOUNS.contains(&s.lw(e))
            || (matches!(s.lw(e), "great" | "arrière")
                && s.is_sym(e + 1, '-')
                && lex::FAMILY_NOUNS.contains(&s.lw(e + 2)))
    };
    let has_family = k >= 1
        && (matches!(s.lw(k - 1), "has" | "have" | "had")
            || (matches!(s.lw(k - 1), "and" | "et") && k >= 2 && family_word(k - 2)))
        && family_word(end);
    if (kin || has_family) && !n.currency() && !info.decimal {
        let e = if s.lw(end) == "great" || s.lw(end) == "arrière" {
            end + 3
        } else {
            end + 1
        };
        return Some(e);
    }
    // "the EU's 27 member states": a possessive name is a definite determiner.
    let possessive = k >= 2 && s.lw(k - 1) == "s" && (s.is_sym(k - 2, '\'') || s.is_sym(k - 2, '’'));
    if k == 0
        || n.currency()
        || info.grouped
        || info.decimal
        || !(lex::MEMBER_SET_DETERMINERS.contains(&s.lw(k - 1)) || possessive)
    {
        return None;
    }
    // "les 27", "des 27", "the 27": the Union's member states, named by their number.
    let group =
        matches!(info.value, Some(27 | 28 | 32)) && (!s.is_word(end) || lex::AFTER_A_GROUP.contains(&s.lw(end)));
    if group {
        return Some(end);
    }
    // The other part of a set just counted, its noun left out: "les 19 élus de Fontbelle
    // et les 15 de Lestre-sur-Aulne".
    let elided = k >= 2
        && matches!(s.lw(k - 2), "et" | "and")
        && matches!(s.lw(end), "de" | "d'" | "of")
        && s.tok(end + 1).is_some_and(|t| t.is_capitalized())
        && (k.saturating_sub(8)..k - 2).any(|p| lex::MEMBER_WORDS.contains(&s.lw(p)));
    if elided {
        return Some(end);
    }
    let mut e = end;
    // The rest of a set but one: "the 26 other EU member states", "aux 26 autres États
    // membres", "the 31 other allies".
    let others = matches!(s.lw(e), "other" | "autres");
    if others {
        e += 1;
    }
    // "the 27 EU member states": the institution's acronym between.
    if s.tok(e)
        .is_some_and(|t| t.is_word() && t.text.len() >= 2 && t.text.chars().all(|c| c.is_ascii_uppercase()))
    {
        e += 1;
    }
    if lex::MEMBER_SET_NOUNS.contains(&s.lw(e)) && lex::MEMBER_WORDS.contains(&s.lw(e + 1)) {
        e += 1;
    }
    // "the OSCE's 57 participating states": the members of an organisation.
    if s.lw(e) == "participating" && matches!(s.lw(e + 1), "states" | "countries") {
        return Some(e + 2);
    }
    let w = s.lw(e);
    // The Union's or the Alliance's members by their number: "the 27 EU governments", "the
    // 27 governments", "des 27 capitales", "the 32 allies".
    let union_sized = (matches!(info.value, Some(27 | 32)) || (others && matches!(info.value, Some(26 | 31))))
        && matches!(
            w,
            "governments"
                | "capitals"
                | "countries"
                | "nations"
                | "leaders"
                | "ambassadors"
                | "ministers"
                | "allies"
                | "gouvernements"
                | "capitales"
                | "pays"
                | "dirigeants"
                | "ambassadeurs"
                | "ministres"
                | "alliés"
        );
    if union_sized {
        return Some(e + 1);
    }
    // The euro area's members by their number: "the 21 euro zone countries" (21 since
    // Bulgaria joined in 2026, 20 before).
    let euro = match (s.lw(e), s.lw(e + 1)) {
        ("euro", "zone" | "area") => Some(e + 2),
        ("eurozone", _) => Some(e + 1),
        _ => None,
    };
    if let Some(m) = euro.filter(|_| matches!(info.value, Some(20 | 21))) {
        if matches!(
            s.lw(m),
            "countries" | "members" | "states" | "economies" | "governments"
        ) {
            return Some(m + 1);
        }
    }
    // (Not the civil parties a court awards a sum to, counted: "verser 212 000 euros aux 96
    // parties civiles", as three corpora label it; "les 214 parties civiles" in the room
    // stays a known set.)
    let awarded = w == "parties" && s.lw(e + 1) == "civiles" && s.lw(k - 1) == "aux";
    if lex::MEMBER_WORDS.contains(&w) && !awarded {
        // "the 27 member states": the noun after "member" belongs to the set.
        let noun = matches!(w, "member") && lex::MEMBER_SET_NOUNS.contains(&s.lw(e + 1));
        return Some(e + 1 + usize::from(noun));
    }
    // Each of a known set: "dans chacun des 24 oblasts", "in each of the 27 member states".
    if k >= 2 && matches!(s.lw(k - 1), "des" | "the") && matches!(s.lw(k - 2), "chacun" | "chacune" | "each" | "of") {
        let each = s.lw(k - 2) != "of" || (k >= 3 && s.lw(k - 3) == "each");
        if each && s.is_word(end) {
            return Some(end + 1);
        }
    }
    // The divisions of a territory: "les 226 communes du département", "the 24 oblasts of
    // Ukraine", all of them.
    if lex::DIVISION_NOUNS.contains(&w) && matches!(s.lw(e + 1), "du" | "de" | "des" | "d'" | "of") {
        return Some(e + 1);
    }
    None
}

/// Skips letters, digits and hyphens glued to a designation.
fn glued_tail(s: &Scan<'_, '_>, mut e: usize) -> usize {
    while s
        .tok(e)
        .is_some_and(|t| !t.space_before && (t.is_word() || t.num().is_some() || t.is_sym('-') || t.is_sym('/')))
        && !s.is_sym(e, '.')
    {
        e += 1;
    }
    e
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        // An organisation's participating states.
        (
            "Russia is one of the OSCE's 57 participating states; 22 participating states sent observers.",
            &["22 participating states"],
        ),
        // The other part of a set just counted, its noun left out.
        (
            "Il réunirait les 34 conseillers, soit les 19 élus de Fontbelle et les 15 de Lestre ; et 15 de Lestre.",
            &["15 de Lestre"],
        ),
        // The euro area's members by their number.
        (
            "Prices rose in the 21 euro zone countries; the 20 eurozone members agreed; 21 euro zone banks failed.",
            &["21 euro zone banks"],
        ),
        // A bus route by its number and where it runs.
        (
            "The routes affected are the 227 to Carmarthen and the 230 to Cwrt-y-Felin; the 300 to come.",
            &["300"],
        ),
        // The parts a whole is made of by design; what was opened is counted.
        (
            "Talks are divided into 35 chapters, grouped in six clusters; le territoire est découpé en 12 secteurs. Ukraine opened 3 clusters.",
            &["3 clusters"],
        ),
        // A figure named again by a definite determiner, after the same digits.
        (
            "Ils avaient saisi 210\u{202f}000 euros ; le tribunal a ordonné la confiscation des 210 000 euros ; 300 bouteilles ont été détruites.",
            &["210\u{202f}000 euros", "300 bouteilles"],
        ),
        ("Thailand's 5% broken rice was quoted at $362 a tonne.", &["$362"]),
        ("The fire covered about 300 square metres; 12 square Louis-XVI.", &["about 300 square metres"]),
        ("The rover drilled a core on sol 2,050; the soil held 3 grams.", &["3 grams"]),
        ("Le risque a été porté au niveau 4 sur une échelle de 5.", &[]),
        ("Val-d'Arnon termine 9e sur 212 ; 9 sur 212 élèves.", &["9 sur 212 élèves"]),
        (
            "Drivers, who can currently retire at 55, would have to work until 67; 300 retired at once.",
            &["300"],
        ),
        ("Ukraine's 2034 dollar bond fell; it dates from l'an 43 ou 44.", &[]),
        ("The fund bought 2034 dollar bonds worth 300 mln.", &["300 mln"]),
        // A tennis ranking; a count stays a figure.
        // After the player's club in the same brackets.
        (
            "Plus de 35 ans, finale : S. Curtet (Aix-les-Bains, 15/1) bat T. Massot (Chambéry, -2/6) 6-1, 6-4 ; (Lyon, 15 km).",
            &["15 km"],
        ),
        (
            "Deux joueurs classés 15/1 ; Inès, classée 5/6 ; Hugo Sarrazin (4/6) ; 15 joueurs.",
            &["Deux joueurs", "15 joueurs"],
        ),
        // A rating in stars.
        ("Un hôtel 4 étoiles ; un bassin ludique de 180 m².", &["180 m²"]),
        ("Ministers from the Group of 20 major economies met; a group of 20 workers waited.", &["20 workers"]),
        (
            "- Moins de 54 kg (cadettes) : Lina Haddad bat Chloé Vernier aux points.",
            &[],
        ),
        // A grain's grade by its protein; a share of the harvest is a figure.
        (
            "Russian wheat with 12.5% protein was unchanged; 11.5 pct protein wheat; blé à 11,5 % de protéines.",
            &[],
        ),
        ("Protein wheat made up 12.5% of the crop.", &["12.5% of the crop"]),
        (
            "Le relais féminin (4 x 6 km) est prévu samedi devant 3 000 spectateurs.",
            &["3 000 spectateurs"],
        ),
        (
            "Sites are open in all of Georgia's 159 counties; 300 voters came.",
            &["300 voters"],
        ),
        // A family after "has", chained by "and"; each of a known set; a name in quotes.
        (
            "She has 11 grandchildren and 14 great-grandchildren; 300 came.",
            &["300"],
        ),
        (
            "Ils restent mobilisables dans chacun des 24 oblasts ; 300 ont fui.",
            &["300"],
        ),
        ("Le contrat « 18-24 » séduit 300 jeunes.", &["300 jeunes"]),
        // Weight classes.
        (
            "Elle a remporté le titre des moins de 63 kg ; il pèse moins de 81 kg. En moins de 57 kg, Lina a gagné.",
            &["moins de 81 kg"],
        ),
        (
            "Chez les minimes de moins de 50 kg, Enzo a gagné ; - Benjamins -34 kg : Noé ; il a perdu 4 kg.",
            &["4 kg"],
        ),
        // All the chapters of a negotiation.
        (
            "Podgorica devra refermer les 33 chapitres de l'acquis ; 300 experts.",
            &["300 experts"],
        ),
        // The heads of the 27 member states.
        ("The 27 heads of state must agree; 300 came.", &["300"]),
        // A family after a possessive.
        (
            "Entourée de ses cinq enfants et de ses 14 petits-enfants; his 12 grandchildren.",
            &[],
        ),
        // A bond named by its coupon.
        (
            "Italy sold 3.0 bln euros of the 3.85 pct BTP maturing in November 2036 at 3.48 pct.",
            &["3.0 bln euros", "3.48 pct"],
        ),
        (
            "The yield on Brennan's 7-3/4 pct notes due 2031 rose; 5 pct notes were sold.",
            &["5 pct notes"],
        ),
        // Or its coupon, then its maturity's year.
        ("The yield on the benchmark 6.33% 2035 bond ended at 6.54%.", &["6.54%"]),
        // All the divisions of a territory; not a count of some of them.
        (
            "Les restrictions touchent les 226 communes du département et the 24 oblasts of Ukraine.",
            &[],
        ),
        ("Les pluies ont touché 40 communes du département.", &["40 communes"]),
        // Street numbers.
        (
            "Dons au local de l'association, 12, rue des Lices, ou au 3 bis avenue Foch.",
            &[],
        ),
        ("She lives at 221 Baker Street; the office at 10 Downing Street.", &[]),
        ("La boulangerie est installée au 12 de la rue.", &[]),
        (
            "Il a visité 12 rues et 300 places de parking.",
            &["12 rues", "300 places"],
        ),
        (
            "Some 40 Ukrainian refugees and 12 cours de langue.",
            &["Some 40 Ukrainian refugees", "12 cours"],
        ),
        ("Des F-16, des S-400, le G7, un A380, un Boeing 787, un E-3.", &[]),
        ("Boeing a présenté son 787 et un A380.", &[]),
        (
            "Le prix a été remis pour *Les 7 Vies de Madame Pruneau* ; they saw The 39 Steps. Les 300 Ukrainiens sont arrivés.",
            &["300 Ukrainiens"],
        ),
        (
            "The EBRD lent Naftogaz 500 mln euros; Airbus 320 jets.",
            &["500 mln euros"],
        ),
        (
            "Le sans-plomb 95 recule, le SP 98 aussi ; 95 stations ferment.",
            &["95 stations"],
        ),
        ("She ran the London Marathon 11 times, after Apollo 11 landed.", &["11"]),
        (
            "The 10K fun run drew about 9,000 participants.",
            &["about 9,000 participants"],
        ),
        ("She raised 10K euros for the race.", &["10K euros"]),
        ("Calibre de 155 mm, ligne de 750 kV.", &[]),
        ("Le réseau 5G et les Leopard 2 arrivent.", &[]),
        ("A 10-point plan.", &[]),
        ("La finale du 400m, le record du 100 m, champion du 110 m haies.", &[]),
        ("Il a couru 200 m.", &["200 m"]),
        ("Trail : 418 coureurs au départ du 24 km.", &["418 coureurs"]),
        ("Il a amélioré son record personnel sur 500 m.", &[]),
        (
            "Chez les seniors femmes (8 km), Léa s'est imposée ; a 30 km (19 miles) drive.",
            &["30 km", "19 miles"],
        ),
        (
            "Sur le 12 km, 287 participants ont pris le départ ; ils ont couru 12 km.",
            &["287 participants", "12 km"],
        ),
        (
            "Il a signé 9,87 s sur le 200 m lancé ; record au tir à 70 m ; il a couru sur le 200 m.",
            &["200 m"],
        ),
        (
            "The 96-page report, a 40-metre tower.",
            &["96-page report", "40-metre tower"],
        ),
        ("Kiev a reçu 31 Abrams.", &["31 Abrams"]),
        ("Moscou a remis à Kiev 909 corps de soldats.", &["909 corps"]),
        ("Berlin a livré aux Ukrainiens des Leopard 2 en 2023.", &[]),
        ("Les 300 soldats sont arrivés.", &["300 soldats"]),
        // The members of an institution: a known set.
        ("Les 27 États membres ont signé, comme les 32 alliés.", &[]),
        ("The 27 member states and the 15 members of the council agreed.", &[]),
        (
            "The bill has 84 co-sponsors in the 100-member Senate; Latvia's 100-seat parliament voted.",
            &["84 co-sponsors"],
        ),
        (
            "The rate for the wider 27-nation EU was 5.8%; the 32-nation alliance met; a 40-country tour; the 57-nation organisation's chair.",
            &["5.8%", "40-country tour"],
        ),
        ("Les 577 députés et the 100 senators.", &[]),
        (
            "The 27 EU member states agreed; the EU's 27 member states must renew.",
            &[],
        ),
        // The Union's members by their number; another number of governments is a count.
        (
            "The 27 EU governments must adopt it; the 27 governments agreed; les 27 capitales.",
            &[],
        ),
        ("The 12 governments agreed.", &["12 governments"]),
        // The rest of the set but one; another number of others is a count.
        (
            "Belgium asked the 26 other EU member states; aux 26 autres États membres; the 31 other allies.",
            &[],
        ),
        ("The 12 other governments agreed.", &["12"]),
        ("Les 45 élus de l'assemblée municipale siégeront.", &[]),
        (
            "Adoptées par consensus des 198 parties à la convention; 40 parties ont signé.",
            &["40 parties"],
        ),
        ("Ils devront verser 212 000 euros aux 96 parties civiles.", &["212 000 euros", "96 parties civiles"]),
        // A relative possessive is as definite: the Union whose 27 member states.
        (
            "The EU, whose 27 member states agreed, and 27 member states of a looser club.",
            &["27 member states"],
        ),
        ("Its 600-seat Grand National Assembly ratified it.", &[]),
        // Wire units glued to the number, a department's number.
        (
            "Temperatures reached 38C; a dividend of 12.5p a share, 18p in all.",
            &["38C", "12.5p a share", "18p"],
        ),
        ("Vigicrues a placé le Lot-et-Garonne (47) en vigilance rouge.", &[]),
        (
            "Winds reached more than 80mph; rainfall of 55mm was measured.",
            &["more than 80mph", "55mm"],
        ),
        ("Des obus de 155 mm sont arrivés.", &[]),
        ("Les numéros gagnants étaient le 3, le 17 et le 45.", &[]),
        ("Huit (8) militaires attaquaient.", &["8"]),
        ("Les ministres des 27 doivent en débattre; the 27 agreed.", &[]),
        ("Les 27 blessés ont été évacués.", &["27 blessés"]),
        (
            "A six-member team and a 40-seat bus.",
            &["six-member team", "40-seat bus"],
        ),
        ("He pulled clear after the 35-kilometre mark.", &[]),
        (
            "She won the 200m butterfly and the 100 m nage libre in the 50-metre pool.",
            &[],
        ),
        (
            "Les 300 membres du club sont venus, comme 27 États membres.",
            &["27 États"],
        ),
        // A quoted number with its plus sign names a programme.
        ("Le programme « 800+ » verse une allocation.", &[]),
        // A name's last word after the noun of what it names; a quotation's count.
        (
            "L'association « Sourires d'enfants 24 » a menti ; le maire a dit « Nous étions 25 ».",
            &["25"],
        ),
        ("The \"500+\" offer ends today.", &[]),
        (
            "Le programme « 800 » n'existe plus, 800 familles attendent.",
            &["800 familles"],
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
