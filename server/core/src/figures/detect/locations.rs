//! Not a figure: a distance that only locates a place ("à 15 km de Lyon", "à quelques
//! centaines de mètres de là", "a few hundred metres away", "50 km north of Kyiv"). A
//! distance covered, or a measure of a thing, stays a figure ("ils ont avancé de 15 km",
//! "a 70 meter hall").

use super::{Number, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;

/// A coordinate: degrees and a cardinal point, "17.8° N, 61.2° E", "48°51' N" (a place,
/// not a quantity).
/// Or in words: "as far south as 37 degrees north", "jusqu'à 45 degrés de latitude nord".
pub(super) fn coordinate(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    if matches!(s.lw(end), "degrees" | "degree" | "degrés" | "degré") {
        let mut e = end + 1;
        if matches!(s.lw(e), "of" | "de") && matches!(s.lw(e + 1), "latitude" | "longitude") {
            e += 2;
        }
        let point = matches!(s.lw(e), "north" | "south" | "east" | "west" | "nord" | "sud" | "est" | "ouest")
            // (Not a verb: "10 degrés est un record".)
            && !(s.lw(e) == "est" && e == end + 1);
        // Or a height in the sky: "look low in the north-west, about 15 degrees above the
        // horizon", "à 20 degrés au-dessus de l'horizon".
        let sky = (e..(e + 7).min(s.t.len())).any(|p| s.lw(p) == "horizon")
            && matches!(s.lw(e), "above" | "below" | "au-dessus" | "au" | "sous");
        if sky {
            let h = (e..(e + 7).min(s.t.len())).find(|&p| s.lw(p) == "horizon").unwrap_or(e);
            return Some(h + 1);
        }
        return point.then_some(e + 1);
    }
    if !s.is_sym(end, '°') || !s.glued(end) {
        return None;
    }
    let mut e = end + 1;
    // Minutes, maybe seconds: "48°51'", "48°51'24\"".
    while s.is_num(e)
        && s.glued(e)
        && s.tok(e + 1)
            .is_some_and(|t| matches!(t.text, "'" | "’" | "′" | "\"" | "″"))
    {
        e += 2;
    }
    let point = s
        .tok(e)
        .is_some_and(|t| matches!(t.text, "N" | "S" | "E" | "W" | "O" | "N." | "S." | "E." | "W."));
    point.then_some(e + 1)
}

impl Scan<'_, '_> {
    /// A ground or a surface at `k`, maybe after its article: what a depth or a height
    /// places a thing against ("sous la surface", "au-dessus du sol"; not "sous la moyenne").
    fn place_under(&self, k: usize) -> bool {
        let k = if matches!(self.lw(k), "la" | "le" | "l'" | "les" | "du") {
            k + 1
        } else {
            k
        };
        matches!(
            self.lw(k),
            "surface" | "sol" | "terre" | "eau" | "mer" | "glace" | "neige" | "sable" | "fond" | "chaussée"
        )
    }

    /// The figure of tokens `start..end` is a distance that locates a place: it ends with
    /// a unit of length, and either follows "à" and comes before "de" (French), or comes
    /// before "away", "north"… (English).
    pub(super) fn locates(&self, start: usize, end: usize) -> bool {
        // The unit may have taken a noun after it ("15 km de Lyon"): what follows the unit
        // tells.
        let unit = (start..end).rev().find(|&u| lex::LENGTH_UNITS.contains(&self.lw(u)));
        // "15 nautical miles off Odesa": the figure's noun is the adjective, the unit follows.
        let nautical =
            end > start + 1 && self.lw(end - 2) == "nautical" && matches!(self.lw(end - 1), "miles" | "mile");
        let Some(u) = unit.or(nautical.then_some(end - 1)) else {
            return false;
        };
        // "à 15 milles nautiques de la côte": the unit's adjective goes with it.
        let u = if matches!(self.lw(u + 1), "nautiques" | "nautique" | "marins" | "marin") {
            u + 1
        } else {
            u
        };
        // "about 40 km (25 miles) east of Balakliia": past a conversion in brackets; the
        // converted distance, inside them, reads on past the closing bracket.
        let u = if self.is_sym(u + 1, '(') {
            (u + 2..(u + 6).min(self.t.len()))
                .find(|&k| self.is_sym(k, ')'))
                .unwrap_or(u)
        } else if self.is_sym(u + 1, ')') {
            u + 1
        } else {
            u
        };
        // A conversion in brackets after a distance that locates: "about 1.5 million km
        // (930,000 miles) from Earth" (the outer distance decides; this one goes with it).
        // (`u` is on the closing bracket by now.)
        if start >= 2
            && self.is_sym(start - 1, '(')
            && lex::LENGTH_UNITS.contains(&self.lw(start - 2))
            && self.is_sym(u, ')')
        {
            return matches!(
                self.lw(u + 1),
                "from" | "away" | "off" | "north" | "south" | "east" | "west" | "de" | "du" | "des"
            );
        }
        let after = self.lw(u + 1);
        // "a heurté un pot à 40 centimètres de profondeur": where a thing lies (not "un puits
        // de 12 mètres de profondeur", a dimension).
        if start > 0 && self.lw(start - 1) == "à" && matches!(after, "de" | "d'") && self.lw(u + 2) == "profondeur" {
            return true;
        }
        // "ramenée à 6 mètres de large": a dimension, not a place at a distance.
        if matches!(after, "de" | "d'")
            && matches!(
                self.lw(u + 2),
                "large"
                    | "long"
                    | "haut"
                    | "profondeur"
                    | "hauteur"
                    | "largeur"
                    | "longueur"
                    | "diamètre"
                    | "épaisseur"
            )
        {
            return false;
        }
        let direction = (after == "au" && lex::DIRECTIONS_FR.iter().any(|d| self.lw(u + 2).starts_with(d)))
            || (after == "à" && self.lw(u + 2) == "l'" && matches!(self.lw(u + 3), "est" | "ouest"));
        // "El-Geneina, à une trentaine de kilomètres.": the place is the one just named.
        let named_place = start >= 2
            && self.is_sym(start - 2, ',')
            && (self.is_sym(u + 1, '.') || self.is_sym(u + 1, ',') || u + 1 >= self.t.len());
        // "un moulin situé à 30 km, dans l'Ain".
        let situated = start >= 2 && lex::PLACE_VERBS.contains(&self.lw(start - 2));
        // "un parking est aménagé à 300 mètres, derrière la gendarmerie": where, at once.
        let placed_after = self.is_sym(u + 1, ',')
            && matches!(
                self.lw(u + 2),
                "derrière" | "devant" | "près" | "face" | "juste" | "behind" | "near" | "opposite"
            );
        // "Le service d'urgences le plus proche est à 45 km.": a place that is at a distance,
        // the sentence or clause ending there.
        // (Or by a road: "L'école la plus proche est à 14 kilomètres par une route souvent
        // enneigée".)
        let is_at = start >= 2
            && matches!(
                self.lw(start - 2),
                "est" | "sont" | "se" | "situé" | "située" | "proche" | "proches"
            )
            && (self.is_sym(u + 1, '.')
                || self.is_sym(u + 1, ',')
                || self.is_sym(u + 1, ';')
                || u + 1 >= self.t.len()
                || (matches!(self.lw(u + 1), "par" | "by")
                    && matches!(self.lw(u + 2), "une" | "la" | "a" | "the" | "road")));
        // A depth where a thing lies: "par 6 mètres de fond".
        let depth = (self.lw(start) == "par" || (start > 0 && self.lw(start - 1) == "par"))
            && after == "de"
            && self.lw(u + 2) == "fond";
        let french = depth
            || start > 0
                && (situated && self.lw(start - 1) == "à"
                    || is_at && self.lw(start - 1) == "à"
                    || self.lw(start - 1) == "à"
                    // (Or above or under a place: "à une quarantaine de centimètres sous la
                    // surface".)
                    && (matches!(after, "de" | "d'" | "du" | "des")
                        || (matches!(after, "sous" | "au-dessous" | "au-dessus") && self.place_under(u + 2))
                        || direction
                        || named_place
                        || placed_after));
        // "lies about 25 km from the border", "is located 40 miles from Kyiv": "from" after
        // a verb of place (a distance covered, "advanced 25 km from", stays a figure).
        // "a sandbank some 300 metres from the shore": after a noun that the distance places
        // (a determiner before it), not after a verb ("advanced 25 km from").
        let mut n = start;
        while n > 0
            && matches!(
                self.lw(n - 1),
                "some" | "about" | "around" | "roughly" | "nearly" | "almost" | "just"
            )
        {
            n -= 1;
        }
        let after_noun =
            n >= 2 && self.is_word(n - 1) && !self.is(n - 1, cl::STOP) && matches!(self.lw(n - 2), "a" | "an" | "the");
        // (Or in apposition to a place: "The Blue Lagoon spa, about 2 km from the crater
        // row, was evacuated".)
        let apposition = n > 0 && self.is_sym(n - 1, ',');
        let placed = after == "from"
            && (after_noun
                || apposition
                || (start.saturating_sub(3)..start).any(|p| lex::PLACE_VERBS.contains(&self.lw(p))));
        // In a race: "caught 3 km from the line", "with 42 km to go".
        let to_the_line = (after == "from" && self.lw(u + 2) == "the" && lex::FINISH_WORDS.contains(&self.lw(u + 3)))
            || (after == "to" && self.lw(u + 2) == "go");
        // "au-dessus de 1 100 mètres d'altitude", "at 800 metres above sea level": a height
        // that places (the snow line, a village), after a preposition.
        let altitude = ((matches!(after, "d'" | "de") && self.lw(u + 2) == "altitude")
            || (after == "above" && self.lw(u + 2) == "sea"))
            && start > 0
            && matches!(
                self.lw(start - 1),
                "à" | "de" | "dès" | "sous" | "vers" | "at" | "above" | "below"
            );
        // The altitude above which the weather falls: "De nouvelles chutes sont attendues
        // au-dessus de 800 mètres", "snow above 1,200 metres" (not "des vagues au-dessus de
        // 8 mètres", a measure).
        let threshold = start >= 2
            && ((matches!(self.lw(start - 2), "au-dessus" | "dessus" | "au-dessous" | "dessous")
                && matches!(self.lw(start - 1), "de" | "d'"))
                || matches!(self.lw(start - 1), "above" | "below")
                || matches!(self.lw(start), "above" | "below"))
            && !matches!(self.lw(u + 1), "de" | "high" | "tall" | "deep")
            && self.t.iter().any(|t| {
                let w = t.lower.as_ref();
                w.starts_with("neig")
                    || w.starts_with("snow")
                    || matches!(w, "chutes" | "flocons" | "pluie" | "verglas" | "rain")
            });
        if threshold {
            return true;
        }
        // A depth that places: "a refuge chamber 380 metres below the surface", "bloqués à
        // 700 mètres sous terre".
        let underground = (matches!(after, "below" | "beneath" | "under")
            && self.lw(u + 2) == "the"
            && matches!(self.lw(u + 3), "surface" | "ground"))
            || after == "underground"
            || (after == "sous"
                && (self.lw(u + 2) == "terre" || (self.lw(u + 2) == "la" && self.lw(u + 3) == "surface")));
        if underground {
            return true;
        }
        // Up or down a river from a place: "le pont de la déviation, à 800 mètres en aval",
        // "2 km upstream".
        let river = (after == "en" && matches!(self.lw(u + 2), "aval" | "amont"))
            || matches!(after, "downstream" | "upstream" | "downriver" | "upriver");
        if river {
            return true;
        }
        // The area around a place: "le seul cinéma à 30 kilomètres à la ronde", "for 50
        // miles around".
        let around = (after == "à" && self.lw(u + 2) == "la" && self.lw(u + 3) == "ronde")
            || (after == "around" && start > 0 && self.lw(start - 1) == "for");
        if around {
            return true;
        }
        // A stretch of a race: "pulling clear in the last five kilometres", "dans les
        // derniers 500 mètres".
        let stretch = start >= 2
            && matches!(self.lw(start - 1), "last" | "final" | "first" | "derniers" | "premiers")
            && matches!(self.lw(start - 2), "the" | "les");
        if stretch {
            return true;
        }
        // "dans un rayon de cinq kilomètres autour du centre-ville", "within a radius of
        // 10 km": the area around a place.
        // (Not a zone a rule sets: "un arrêté interdit la pêche dans un rayon de 300 mètres",
        // a measure of the rule.)
        let radius = (start.saturating_sub(4)..start).any(|p| matches!(self.lw(p), "rayon" | "radius"));
        let rule = || {
            self.t.iter().any(|t| {
                let w = t.lower.as_ref();
                w.starts_with("interdi")
                    || w.starts_with("prohib")
                    || w.starts_with("ban")
                    || w.starts_with("exclusion")
            })
        };
        if radius && !rule() {
            return true;
        }
        // "dont l'entrée se trouve à 37 mètres sous le niveau de la mer": a place under (or
        // over) a level.
        // (Not a measure against an average: "estimé à 2,3 mètres sous la moyenne".)
        let level = start > 0
            && self.lw(start - 1) == "à"
            && matches!(after, "sous" | "au-dessus" | "au-dessous" | "below" | "above")
            && (u + 2..u + 6).any(|k| matches!(self.lw(k), "niveau" | "sol" | "surface" | "level" | "ground" | "sea"));
        // Or under a place: "À six mètres sous la cour du lycée, douze salles…", "The
        // shelter lies 12 metres below the school" (not a measure against a norm: "à 2,3
        // mètres sous la moyenne").
        let under = matches!(after, "sous" | "below" | "beneath" | "under")
            && matches!(self.lw(u + 2), "la" | "le" | "les" | "l'" | "the")
            && !matches!(
                self.lw(u + 3),
                "moyenne" | "normale" | "seuil" | "record" | "average" | "normal" | "threshold"
            )
            && start > 0
            && (self.lw(start - 1) == "à"
                || (start.saturating_sub(3)..start).any(|p| lex::PLACE_VERBS.contains(&self.lw(p))));
        if level || under {
            return true;
        }
        // A conversion in brackets after a distance that places: "Saratov lies about 600 km
        // (370 miles) from the Ukrainian border".
        let converted = start >= 3
            && self.is_sym(start - 1, '(')
            && lex::LENGTH_UNITS.contains(&self.lw(start - 2))
            && (after == "from" || lex::LOCATING_AFTER_EN.contains(&after))
            && (start.saturating_sub(8)..start).any(|p| lex::PLACE_VERBS.contains(&self.lw(p)));
        if converted {
            return true;
        }
        // "about 20 km to the north".
        let to_the = after == "to"
            && self.lw(u + 2) == "the"
            && ["north", "south", "east", "west"]
                .iter()
                .any(|d| self.lw(u + 3).starts_with(d));
        french || lex::LOCATING_AFTER_EN.contains(&after) || placed || to_the_line || altitude || to_the
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("La chaussée sera ramenée à 6 mètres de large.", &["6 mètres de large"]),
        // A depth that places, not one that measures.
        (
            "The miners reached a refuge chamber 380 metres below the surface; rock blocked about 40 metres of the ramp.",
            &["about 40 metres"],
        ),
        ("Ils sont bloqués à 700 mètres sous terre.", &[]),
        (
            "Sa pelle a heurté un pot à 40 centimètres de profondeur, au fond d'un puits de 12 mètres de profondeur.",
            &["12 mètres de profondeur"],
        ),
        ("C'était le seul cinéma à 30 kilomètres à la ronde.", &[]),
        ("It orbits the L2 point, about 1.5 million km (930,000 miles) from Earth.", &[]),
        ("Le pont de la déviation, ouvert en 1998 à 800 mètres en aval.", &[]),
        ("It landed at 17.8° N, 61.2° E; the ridge rises 45° above it.", &["45"]),
        // In words; a temperature stays a figure.
        (
            "Auroras were seen as far south as 37 degrees north; it was 12 degrees warmer.",
            &["12 degrees"],
        ),
        // A height in the sky, above the horizon.
        (
            "Look low in the north-west, about 15 degrees above the horizon; à 20 degrés au-dessus de l'horizon; 12 degrees above normal.",
            &["12 degrees"],
        ),
        ("Elles ont été vues jusqu'à 45 degrés de latitude nord. Il a fait 10 degrés est-il noté.", &["10 degrés"]),
        // A place at a distance from the one just named.
        (
            "La mairie a obtenu deux salles dans les communes voisines, la plus proche à 9 kilomètres.",
            &["deux salles"],
        ),
        // A place that is at a distance; not a distance covered.
        (
            "Le service d'urgences le plus proche est à 45 km. Les chars sont à 15 km. Ils ont parcouru 300 km.",
            &["300 km"],
        ),
        ("Il habite à 15 km de Lyon, à quelques centaines de mètres de là.", &[]),
        (
            "L'école, à deux rues de là ; un parking à 300 mètres, derrière la gendarmerie ; deux rues fermées ; il a couru 300 mètres, puis 200.",
            &["deux rues", "300 mètres", "200"],
        ),
        (
            "Son soc a accroché un vase, à une quarantaine de centimètres sous la surface.",
            &[],
        ),
        ("La nappe a baissé de 40 centimètres.", &["40 centimètres"]),
        ("L'école la plus proche est à 14 kilomètres par une route enneigée.", &[]),
        ("Elle a été repérée à 40 mètres de la rive et par 6 mètres de fond.", &[]),
        ("Le niveau est estimé à 2,3 mètres sous la moyenne.", &["2,3 mètres"]),
        // The altitude above which snow falls; a wave's height is a figure.
        (
            "De nouvelles chutes de neige sont attendues au-dessus de 800 mètres; snow is likely above 1,200 metres.",
            &[],
        ),
        ("Des vagues au-dessus de 8 mètres ont frappé la côte.", &["8 mètres"]),
        // A place in apposition; a distance covered is a figure.
        (
            "The Blue Lagoon spa, about 2 km from the crater row, was evacuated. The lava advanced 300 metres from the wall.",
            &["300 metres"],
        ),
        // A place under another; a level against a norm is a figure.
        (
            "À six mètres sous la cour du lycée, les classes ; the shelter lies 12 metres below the school.",
            &[],
        ),
        ("La nappe est à 2,3 mètres sous la moyenne.", &["2,3 mètres"]),
        ("Le village est à une cinquantaine de kilomètres de Pokrovsk.", &[]),
        ("El Fasher, à une soixantaine de kilomètres à l'est, est tombée.", &[]),
        ("Elle arrive d'El-Geneina, à une trentaine de kilomètres.", &[]),
        ("La farine vient d'un moulin situé à 30 km, dans l'Ain.", &[]),
        ("Il naviguait à cinq milles au nord du cap Fréhel.", &[]),
        (
            "Hit at anchor about 15 nautical miles off Odesa, à 12 milles nautiques de la côte.",
            &[],
        ),
        ("The ship sailed 300 nautical miles in a day.", &["300 nautical miles"]),
        (
            "À Kostiantynivka, à une cinquantaine de kilomètres au nord-est, 8 000 civils vivent.",
            &["8 000 civils"],
        ),
        ("A shell landed a few hundred metres away, 50 km north of Kyiv.", &[]),
        ("The front line lies about 40 km (25 miles) east of Balakliia.", &[]),
        (
            "No disruption was reported at the airport, about 20 km to the north.",
            &[],
        ),
        (
            "Ils ont contrôlé 23 tours dans un rayon de cinq kilomètres autour du centre ; within a radius of 10 km.",
            &["23 tours"],
        ),
        (
            "Un arrêté interdit la pêche dans un rayon de 300 mètres autour de l'épave.",
            &["300 mètres"],
        ),
        ("They advanced 40 km (25 miles) in a day.", &["40 km", "25 miles"]),
        ("He pulled clear in the last five kilometres to win.", &[]),
        ("Saratov lies about 600 km (370 miles) from the Ukrainian border.", &[]),
        ("L'entrée se trouve à 37 mètres sous le niveau de la mer.", &[]),
        ("La nappe est estimée à 2,3 mètres sous la moyenne.", &["2,3 mètres"]),
        ("Les troupes ont avancé de 15 km en un jour.", &["15 km"]),
        ("The city lies about 25 km from the Belarusian border.", &[]),
        ("Troops advanced 25 km from the river.", &["25 km"]),
        ("It struck a sandbank some 300 metres from the northern shore.", &[]),
        ("They were caught 3 km from the line, in a crash with 42 km to go.", &[]),
        ("The steps of the 70 meter hall.", &["70 meter"]),
        (
            "Il a neigé au-dessus de 1 100 mètres d'altitude; farms at 800 metres above sea level.",
            &[],
        ),
        ("Le glacier a perdu 30 mètres d'épaisseur.", &["30 mètres d'épaisseur"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
