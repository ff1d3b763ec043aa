//! Not a figure: the number of a reference ("article 5", "résolution 2231", "loi n° 2024-12",
//! "vol MH17", "point 3").

use super::{Number, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;

/// A number after a reference noun (the REFERENCE class), or after "n°"; after "point(s)"
/// unless a unit follows ("3 points de pourcentage" is a figure).
pub(super) fn reference(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    if k == 0 || n.currency() {
        return None;
    }
    let mut p = k - 1;
    if s.is_sym(p, '°') || s.is_sym(p, 'º') || s.is_sym(p, '.') {
        p = p.saturating_sub(1);
    }
    // "article L. 121-4", "article R 5": a code's letter between the noun and the number.
    let letter = |q: usize| {
        s.tok(q)
            .is_some_and(|t| t.is_word() && t.text.len() == 1 && t.is_capitalized())
    };
    if letter(p) && p > 0 && s.has(p - 1, cl::REFERENCE) {
        return Some(reference_tail(s, end));
    }
    let w = s.lw(p);
    // An adjective between: "le règlement européen 261/2004", "l'arrêté préfectoral 2026-114".
    let qualified = p > 0
        && s.has(p - 1, cl::REFERENCE)
        && matches!(
            w,
            "européen"
                | "européenne"
                | "préfectoral"
                | "ministériel"
                | "municipal"
                | "fédéral"
                | "communautaire"
                | "eu"
        );
    if qualified {
        return Some(reference_tail(s, end));
    }
    // (Not before the plural noun it counts: the noun was a verb or a time, "Le toit porte
    // 320 panneaux", "le club compte cette saison 212 licenciés".)
    // (Nor before a unit, a measure: "La toiture porte 420 m² de panneaux".)
    let counts_after = s.tok(end).is_some_and(|t| {
        t.is_word()
            && !t.is_capitalized()
            && !t.is(cl::STOP)
            && t.lower.chars().count() > 3
            && (t.lower.ends_with('s') || t.lower.ends_with('x'))
    }) || s.unit_follows(end);
    // (A scale's level or class is never a verb: "category 1 calls", "level 3 alerts".)
    let scale = matches!(
        w,
        "category" | "catégorie" | "class" | "classe" | "level" | "niveau" | "phase" | "stade" | "échelon" | "grade"
    );
    if s.has(p, cl::REFERENCE) && !(w == "points" || w == "point") && (!counts_after || scale)
        || (w == "n" && p + 1 < k)
    {
        return Some(reference_tail(s, end));
    }
    if matches!(w, "point" | "points") && !s.unit_follows(end) {
        return Some(reference_tail(s, end));
    }
    // "le numéro chance 7", "the bonus number 12": a number's kind between.
    // ("whose forces number about 355,000": the verb, with no article before it).
    if p >= 2
        && s.is_word(p)
        && matches!(s.lw(p - 1), "numéro" | "number")
        && matches!(s.lw(p - 2), "le" | "un" | "the" | "a" | "son" | "its")
    {
        return Some(end);
    }
    // The numbers drawn, listed bare after "numéros"/"numbers": "les numéros gagnants
    // étaient le 4, le 18 et le 41".
    let listed = matches!(w, "le" | "the" | "et" | "and" | ",") || s.is_sym(p, ',');
    let bare = !s.is_word(end) || matches!(s.lw(end), "et" | "and");
    if listed && bare && !n.info.grouped && !n.info.decimal {
        let drawn = s.t[..k]
            .iter()
            .rev()
            .take(24)
            .take_while(|t| !t.is_sym('.') && !t.is_sym(';'))
            .any(|t| matches!(t.lower.as_ref(), "numéros" | "numbers"));
        if drawn {
            return Some(end);
        }
    }
    None
}

/// After a reference number: more numbers joined by et, à, -, /, ",".
fn reference_tail(s: &Scan<'_, '_>, mut e: usize) -> usize {
    loop {
        let joined = s.is_sym(e, '-') || s.is_sym(e, '/') || lex::REFERENCE_JOINERS.contains(&s.lw(e));
        // A comma joins another number of the list only when the list goes on after it
        // ("articles 3, 4 et 5"), not a count that follows ("261/2004, 300 passagers").
        let list_goes_on = |q: usize| {
            !s.is_word(q) || lex::REFERENCE_JOINERS.contains(&s.lw(q)) || matches!(s.lw(q), "du" | "de" | "of")
        };
        if s.is_sym(e, ',') && !list_goes_on(e + 2) {
            return e;
        }
        // (Not a value after "to": "(Corrects capacity in paragraph 5 to 9.1 mln tonnes, not
        // 91 mln tonnes)", "paragraph 7 to 214 pct".)
        let value_after = s.is_word(e)
            && (s.tok(e + 1).and_then(|t| t.num()).is_some_and(|d| d.decimal)
                || s.unit_follows(e + 2)
                || s.is_sym(e + 2, '%'));
        if joined && s.is_num(e + 1) && !value_after {
            e += 2;
        } else if s.is_word(e) && s.glued(e) {
            e += 1;
        } else {
            return e;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        // A network's lines by their numbers.
        ("Les lignes 5, 8 et 10 disparaissent ; lines 3 and 4 close.", &[]),
        // A noun of reference that is a verb or a time before a count.
        (
            "Le toit porte 320 panneaux ; le club compte cette saison 212 licenciés ; la saison 3 de la série.",
            &["320 panneaux", "212 licenciés"],
        ),
        // Or before a unit, a measure (not a marker on a road: "au kilomètre 12").
        (
            "La toiture porte 420 m² de panneaux ; la porte 4 ; au kilomètre 12 ; gate 3.",
            &["420 m² de panneaux"],
        ),
        // A scale's level before the noun it classifies.
        ("Crews answered category 1 calls and some category 2 calls.", &[]),
        // A correction's value after "to" is no second reference.
        (
            "(Corrects capacity in paragraph 5 to 9.1 mln tonnes, not 91 mln tonnes) (Corrects ratio in paragraph 7 to 214 pct) Paragraphs 3 to 5.",
            &["9.1 mln tonnes", "214 pct"],
        ),
        // A numbered question.
        ("À la question 7, sur la sécurité, 300 réponses.", &["300 réponses"]),
        // A grade, a week by its number.
        (
            "La noix, calibre 28 et plus, se vend bien ; bulletin, semaine 48 ; week 12 ; 300 noix.",
            &["300 noix"],
        ),
        // A road's interchanges.
        ("La rocade sera fermée entre les échangeurs 4 et 7 ; 300 camions.", &["300 camions"]),
        // A qualified text's number.
        (
            "En vertu du règlement européen 261/2004, 300 passagers attendent.",
            &["300 passagers"],
        ),
        // The numbers of a draw.
        (
            "Les numéros gagnants étaient le 4, le 18, le 37 et le 41, avec le numéro chance 7 ; 300 joueurs ont gagné.",
            &["300 joueurs"],
        ),
        ("Les numéros des rues ont changé : 300 familles sont concernées.", &["300 familles"]),
        ("Its forces number about 355,000 troops.", &["about 355,000 troops"]),
        // Roads, levels of a scale and stages.
        (
            "Sur la route départementale 606, au niveau 4 du plan canicule, en phase 2.",
            &[],
        ),
        ("Un niveau de 4 % est atteint.", &["4 %"]),
        ("L'A62 est coupée entre les sorties 6 et 7.", &[]),
        ("L'article 5, la résolution 2231, la loi n° 2024-12.", &[]),
        ("Les articles 5 et 6 du traité, le vol MH17.", &[]),
        ("Le point 3 de l'accord.", &[]),
        ("L'article L. 121-4 du code et le décret 2004.1123 s'appliquent.", &[]),
        ("Il a perdu 3 points de pourcentage.", &["3 points de pourcentage"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
