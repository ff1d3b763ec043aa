//! Word tables for finding figures: number words, units, months, and the contexts that
//! make a number something other than a statistic. All entries are lower case.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// What a number word contributes to a value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumWord {
    /// A cardinal below one hundred: un, vingt, ninety.
    Unit(u64),
    /// Multiplies what precedes: cent, hundred.
    Hundred,
    /// Closes a group and multiplies it: mille, thousand, million, milliard.
    Scale(u64),
}

const NUMBER_WORDS: &[(&str, NumWord)] = &[
    // French
    ("un", NumWord::Unit(1)), ("une", NumWord::Unit(1)), ("deux", NumWord::Unit(2)),
    ("trois", NumWord::Unit(3)), ("quatre", NumWord::Unit(4)), ("cinq", NumWord::Unit(5)),
    ("six", NumWord::Unit(6)), ("sept", NumWord::Unit(7)), ("huit", NumWord::Unit(8)),
    ("neuf", NumWord::Unit(9)), ("dix", NumWord::Unit(10)), ("onze", NumWord::Unit(11)),
    ("douze", NumWord::Unit(12)), ("treize", NumWord::Unit(13)), ("quatorze", NumWord::Unit(14)),
    ("quinze", NumWord::Unit(15)), ("seize", NumWord::Unit(16)), ("vingt", NumWord::Unit(20)),
    ("vingts", NumWord::Unit(20)), ("trente", NumWord::Unit(30)), ("quarante", NumWord::Unit(40)),
    ("cinquante", NumWord::Unit(50)), ("soixante", NumWord::Unit(60)),
    ("septante", NumWord::Unit(70)), ("huitante", NumWord::Unit(80)),
    ("octante", NumWord::Unit(80)), ("nonante", NumWord::Unit(90)),
    ("cent", NumWord::Hundred), ("cents", NumWord::Hundred),
    ("mille", NumWord::Scale(1_000)), ("million", NumWord::Scale(1_000_000)),
    ("millions", NumWord::Scale(1_000_000)), ("milliard", NumWord::Scale(1_000_000_000)),
    ("milliards", NumWord::Scale(1_000_000_000)),
    // English
    ("one", NumWord::Unit(1)), ("two", NumWord::Unit(2)), ("three", NumWord::Unit(3)),
    ("four", NumWord::Unit(4)), ("five", NumWord::Unit(5)), ("seven", NumWord::Unit(7)),
    ("eight", NumWord::Unit(8)), ("nine", NumWord::Unit(9)), ("ten", NumWord::Unit(10)),
    ("eleven", NumWord::Unit(11)), ("twelve", NumWord::Unit(12)),
    ("thirteen", NumWord::Unit(13)), ("fourteen", NumWord::Unit(14)),
    ("fifteen", NumWord::Unit(15)), ("sixteen", NumWord::Unit(16)),
    ("seventeen", NumWord::Unit(17)), ("eighteen", NumWord::Unit(18)),
    ("nineteen", NumWord::Unit(19)), ("twenty", NumWord::Unit(20)),
    ("thirty", NumWord::Unit(30)), ("forty", NumWord::Unit(40)), ("fifty", NumWord::Unit(50)),
    ("sixty", NumWord::Unit(60)), ("seventy", NumWord::Unit(70)), ("eighty", NumWord::Unit(80)),
    ("ninety", NumWord::Unit(90)), ("hundred", NumWord::Hundred),
    ("thousand", NumWord::Scale(1_000)), ("billion", NumWord::Scale(1_000_000_000)),
    ("billions", NumWord::Scale(1_000_000_000)), ("trillion", NumWord::Scale(1_000_000_000_000)),
];

/// Multipliers written after digits: "4,5 millions", "$2bn", "1 200 M€", "2 Md$".
const MULTIPLIERS: &[&str] = &[
    "mille", "million", "millions", "milliard", "milliards", "billion", "billions", "trillion",
    "trillions", "thousand", "hundred", "bn", "mn", "m", "md", "mds", "mrd", "mrds", "k", "md€",
];

/// Units and currencies after a number.
const UNITS: &[&str] = &[
    "%", "‰", "€", "$", "£", "¥", "₴", "₽", "pour", "percent", "per", "pourcent", "km", "km²",
    "m²", "ha", "kg", "t", "mw", "gw", "twh", "kwh", "mt", "euros", "euro", "dollars", "dollar",
    "roubles", "hryvnias", "livres", "pounds", "usd", "eur", "tonnes", "tons", "barils",
    "barrels", "kilomètres", "kilometres", "kilometers", "miles", "hectares", "mètres",
    "points", "pts",
];

/// Words before digits that mark a currency: "US$ 5", "€50".
pub const CURRENCY_SYMBOLS: &[char] = &['€', '$', '£', '¥', '₴', '₽'];

const MONTHS: &[&str] = &[
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
    "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr", "fév", "avr",
    "juil", "sept", "oct", "nov", "déc",
];
/// English months: only recognised with their capital (May, March).
const MONTHS_EN: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
];

/// Duration units: "trois ans", "près de cinq heures", "two weeks".
const DURATIONS: &[&str] = &[
    "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "journée",
    "journées", "heure", "heures", "minute", "minutes", "seconde", "secondes", "siècle",
    "siècles", "décennie", "décennies", "nuit", "nuits", "year", "years", "month", "months",
    "week", "weeks", "day", "days", "hour", "hours", "minutes", "seconds", "decade", "decades",
    "century", "centuries", "night", "nights", "h",
];

/// Nouns before a number that make it a reference, not a quantity.
const REFERENCES: &[&str] = &[
    "article", "articles", "art", "alinéa", "alinéas", "paragraphe", "paragraphes", "résolution",
    "résolutions", "resolution", "resolutions", "loi", "lois", "décret", "décrets", "arrêté",
    "directive", "règlement", "chapitre", "chapitres", "chapter", "chapters", "section",
    "sections", "titre", "title", "page", "pages", "p", "pp", "point", "points", "amendement",
    "amendment", "amendments", "clause", "clauses", "paragraph", "paragraphs", "rule", "bill",
    "n°", "nº", "numéro", "numéros", "number", "no", "vol", "flight", "vol", "route",
    "autoroute", "highway", "ligne", "line", "version", "protocole", "protocol", "annexe",
    "annex", "case", "affaire", "dossier", "tome", "volume", "saison", "season", "épisode",
    "episode", "code", "session", "numero", "fig", "figure", "tableau", "table", "brigade",
    "bataillon", "régiment", "division", "corps", "district", "circonscription", "bus",
    "porte", "gate", "salle", "room", "bureau", "rue", "avenue", "boulevard", "street",
    "quai", "kilomètre", "km", "pk", "mile", "cop", "g", "ligue", "groupe", "group",
];

/// Capitalised words at the start of a sentence that are not designations before a number
/// ("Les 300 soldats", "Plus de 300", "Some 300").
const CAPITAL_STOP: &[&str] = &[
    "les", "des", "ces", "plus", "près", "pres", "environ", "quelque", "quelques", "au", "aux",
    "en", "sur", "dans", "pour", "par", "avec", "sans", "entre", "de", "du", "la", "le", "l'",
    "d'", "et", "ou", "mais", "moins", "seulement", "seuls", "seules", "quasiment", "presque",
    "jusqu'", "some", "about", "around", "nearly", "almost", "over", "more", "fewer", "less",
    "at", "up", "only", "just", "the", "these", "those", "of", "in", "on", "for", "by",
    "with", "and", "but", "than", "to", "roughly", "approximately", "an", "a", "un", "une",
    "déjà", "already", "all", "tous", "toutes", "ses", "leurs", "nos", "vos", "mes", "their",
    "its", "our", "his", "her", "ont", "sont", "a", "is", "are", "were", "was", "has", "have",
    "had", "since", "depuis", "after", "après", "before", "avant", "estimated", "est", "selon",
    "pour", "contre", "against", "under", "sous", "vers", "toward", "towards", "chaque",
    "each", "every", "ensuite", "then", "puis", "enfin", "finally", "il", "elle", "ils",
    "elles", "they", "we", "nous", "on", "x",
];

/// Nouns of people and hardware that turn a small number word into a count
/// ("trois soldats", "two civilians").
const COUNTED: &[&str] = &[
    "morts", "tués", "tuées", "blessés", "blessées", "victimes", "civils", "civiles", "soldats",
    "militaires", "personnes", "enfants", "femmes", "hommes", "otages", "prisonniers",
    "détenus", "réfugiés", "déplacés", "drones", "missiles", "roquettes", "obus", "chars",
    "blindés", "avions", "hélicoptères", "navires", "bombes", "policiers", "journalistes",
    "dead", "killed", "wounded", "injured", "victims", "civilians", "soldiers", "troops",
    "people", "children", "women", "men", "hostages", "prisoners", "detainees", "refugees",
    "rockets", "shells", "tanks", "aircraft", "jets", "helicopters", "ships", "bombs",
    "casualties", "journalists", "officers", "disparus", "missing",
];

/// Approximate nouns: "des dizaines de", "une centaine de", "thousands of".
const APPROX_NOUNS: &[&str] = &[
    "dizaine", "dizaines", "douzaine", "douzaines", "quinzaine", "quinzaines", "vingtaine",
    "vingtaines", "trentaine", "trentaines", "quarantaine", "quarantaines", "cinquantaine",
    "cinquantaines", "soixantaine", "soixantaines", "centaine", "centaines", "millier",
    "milliers", "millions", "milliards", "dozen", "dozens", "hundreds", "thousands", "millions",
    "billions", "scores", "tens",
];

/// Words before a figure that belong to it: "près de 150 000", "more than 20,000".
/// Multi-word entries are space-separated.
const APPROX_PREFIXES: &[&str] = &[
    "près de", "près d'", "plus de", "plus d'", "moins de", "moins d'", "au moins", "environ",
    "quelque", "jusqu'à", "jusqu' à", "pas moins de", "un peu plus de", "un peu moins de",
    "presque", "quasiment", "autour de", "aux alentours de", "d'environ", "de plus de",
    "de près de", "au total", "entre", "seulement", "à peine", "tout juste", "pas loin de",
    "nearly", "almost", "about", "around", "some", "more than", "over", "up to", "at least",
    "roughly", "approximately", "fewer than", "less than", "as many as", "as much as",
    "between", "just over", "just under", "an estimated", "upwards of", "close to", "only",
    "plusieurs", "quelques", "des", "par", "several", "a few", "tens of", "hundreds of",
];

/// Idioms and fixed phrases in which numbers are not figures, as token sequences.
const IDIOMS: &[&[&str]] = &[
    &["à", "180", "degrés"], &["180", "degrés"], &["180", "degrees"], &["180", "-", "degree"],
    &["mille", "fois"], &["cent", "fois"], &["mille", "et", "une"], &["24", "heures", "sur", "24"],
    &["24", "h", "/", "24"], &["24", "h", "sur", "24"], &["24", "/", "24"], &["7", "jours", "sur", "7"],
    &["sept", "jours", "sur", "sept"], &["7", "j", "/", "7"], &["24", "/", "7"], &["un", "à", "un"],
    &["une", "à", "une"], &["deux", "à", "deux"], &["cinq", "sur", "cinq"], &["cent", "pour", "cent"],
    &["numéro", "un"], &["number", "one"], &["one", "by", "one"], &["a", "thousand", "times"],
    &["a", "hundred", "times"], &["hundred", "percent"], &["deux", "poids", "deux", "mesures"],
    &["à", "deux", "doigts"], &["de", "deux", "choses"], &["en", "deux", "temps"],
    &["à", "deux", "vitesses"], &["les", "vingt", "-", "sept"], &["the", "twenty", "-", "seven"],
    &["mille", "milliards", "de", "sabords"], &["trente", "-", "six", "chandelles"],
    &["quatre", "vérités"], &["en", "quatre"], &["quatre", "coins"], &["sixth", "sense"],
    &["one", "or", "two"], &["un", "ou", "deux"], &["une", "ou", "deux"], &["deux", "ou", "trois"],
    &["two", "or", "three"], &["a", "couple", "of"], &["tous", "les", "deux"],
    &["toutes", "les", "deux"], &["all", "three"],
];

/// Reporting of time: "15 h 30", "à 8 heures".
pub const TIME_PREPOSITIONS: &[&str] = &["à", "vers", "dès", "avant", "après", "jusqu'à", "at", "by", "until", "before", "after", "from"];

/// Ordinal suffixes glued to digits: 3e, 1er, 21st, XXIe.
const ORDINAL_SUFFIXES: &[&str] = &[
    "e", "er", "re", "ère", "ème", "eme", "è", "es", "èmes", "ᵉ", "ᵉʳ", "ʳᵉ", "nd", "st", "rd",
    "th", "nde", "ndes", "d",
];

/// Words that keep a noun from being taken into a figure's range.
const STOPWORDS: &[&str] = &[
    "ont", "sont", "a", "est", "été", "avaient", "étaient", "seraient", "auraient", "sera",
    "seront", "fut", "furent", "serait", "aurait", "avait", "était", "ayant", "étant", "were",
    "are", "was", "is", "have", "has", "had", "will", "would", "could", "should", "may",
    "might", "can", "been", "be", "de", "des", "du", "d'", "la", "le", "les", "l'", "un",
    "une", "et", "ou", "en", "à", "au", "aux", "dans", "par", "pour", "sur", "sous", "avec",
    "sans", "selon", "que", "qu'", "qui", "dont", "où", "ce", "cette", "ces", "se", "s'", "ne",
    "n'", "y", "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "with",
    "by", "from", "that", "which", "who", "per", "than", "as", "more", "less", "plus",
    "moins", "fois", "times", "il", "elle", "ils", "elles", "on", "he", "she", "they", "it",
    "we", "nous", "vous", "je", "i", "you", "leur", "leurs", "son", "sa", "ses", "his", "her",
    "their", "its", "environ", "about", "around", "selon", "according", "contre", "against",
    "entre", "between", "depuis", "since", "après", "after", "avant", "before", "lors",
    "during", "pendant", "vers", "toward", "chez", "mais", "but", "donc", "so", "ni", "nor",
    "si", "if", "comme", "like", "also", "aussi", "déjà", "already", "only", "seulement",
    "this", "these", "those", "there", "here", "ici", "là", "not", "pas", "no", "jusqu'",
    "soit", "dont", "lesquels", "lesquelles", "celui", "celle", "ceux", "celles", "tous",
    "toutes", "all", "each", "chaque", "every", "autres", "other", "others", "pourrait",
    "devrait", "pourraient", "devraient", "fait", "font", "avoir", "être",
];

/// Rates after a figure: "par an", "a year".
pub const RATE_HEADS: &[&str] = &["par", "a", "per", "an", "each", "chaque"];
pub const RATE_NOUNS: &[&str] = &[
    "an", "année", "jour", "mois", "semaine", "habitant", "heure", "personne", "tête", "year",
    "day", "month", "week", "capita", "person", "head", "hour",
];

/// Words that, after `fois`/`times`, make a ratio: "deux fois plus", "twice as many".
pub const RATIO_HEADS: &[&str] = &[
    "plus", "moins", "supérieur", "supérieure", "supérieurs", "supérieures", "inférieur",
    "inférieure", "inférieurs", "inférieures", "more", "less", "fewer", "as", "the", "higher",
    "larger", "greater", "bigger", "lower", "smaller", "que",
];

/// Fractions: "un tiers", "la moitié", "a third".
pub const FRACTIONS_FR: &[&str] = &[
    "moitié", "tiers", "quart", "quarts", "cinquième", "cinquièmes", "dixième", "dixièmes",
    "centième",
];
pub const FRACTIONS_EN: &[&str] = &[
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
];

/// Words that introduce an age: "âgé de 45 ans", "aged 45".
pub const AGE_HEADS: &[&str] = &["âgé", "âgée", "âgés", "âgées", "aged", "age", "ages", "âge"];

struct Tables {
    number_words: HashMap<&'static str, NumWord>,
    multipliers: HashSet<&'static str>,
    units: HashSet<&'static str>,
    months: HashSet<&'static str>,
    months_en: HashSet<&'static str>,
    durations: HashSet<&'static str>,
    references: HashSet<&'static str>,
    capital_stop: HashSet<&'static str>,
    counted: HashSet<&'static str>,
    approx_nouns: HashSet<&'static str>,
    ordinals: HashSet<&'static str>,
    stopwords: HashSet<&'static str>,
    /// Approximation prefixes, by first word.
    prefixes: HashMap<&'static str, Vec<Vec<&'static str>>>,
    /// Idioms, by first token.
    idioms: HashMap<&'static str, Vec<&'static [&'static str]>>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let set = |l: &[&'static str]| l.iter().copied().collect::<HashSet<_>>();
        let mut prefixes: HashMap<&str, Vec<Vec<&str>>> = HashMap::new();
        for p in APPROX_PREFIXES {
            let words: Vec<&str> = p.split(' ').collect();
            prefixes.entry(words[0]).or_default().push(words);
        }
        for v in prefixes.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        let mut idioms: HashMap<&str, Vec<&[&str]>> = HashMap::new();
        for i in IDIOMS {
            idioms.entry(i[0]).or_default().push(i);
        }
        for v in idioms.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        Tables {
            number_words: NUMBER_WORDS.iter().copied().collect(),
            multipliers: set(MULTIPLIERS),
            units: set(UNITS),
            months: set(MONTHS),
            months_en: set(MONTHS_EN),
            durations: set(DURATIONS),
            references: set(REFERENCES),
            capital_stop: set(CAPITAL_STOP),
            counted: set(COUNTED),
            approx_nouns: set(APPROX_NOUNS),
            ordinals: set(ORDINAL_SUFFIXES),
            stopwords: set(STOPWORDS),
            prefixes,
            idioms,
        }
    })
}

pub fn number_word(lower: &str) -> Option<NumWord> {
    tables().number_words.get(lower).copied()
}
pub fn is_multiplier(lower: &str) -> bool {
    tables().multipliers.contains(lower)
}
pub fn is_unit(lower: &str) -> bool {
    tables().units.contains(lower)
}
/// A month name; English months count only with their capital (`text` as written).
pub fn is_month(lower: &str, text: &str) -> bool {
    tables().months.contains(lower)
        || (tables().months_en.contains(lower) && text.starts_with(char::is_uppercase))
}
pub fn is_duration(lower: &str) -> bool {
    tables().durations.contains(lower)
}
pub fn is_reference(lower: &str) -> bool {
    tables().references.contains(lower)
}
pub fn is_capital_stop(lower: &str) -> bool {
    tables().capital_stop.contains(lower)
}
pub fn is_counted(lower: &str) -> bool {
    tables().counted.contains(lower)
}
pub fn is_approx_noun(lower: &str) -> bool {
    tables().approx_nouns.contains(lower)
}
pub fn is_ordinal_suffix(lower: &str) -> bool {
    tables().ordinals.contains(lower)
}
pub fn is_stopword(lower: &str) -> bool {
    tables().stopwords.contains(lower)
}
/// Approximation prefixes starting with `first`, longest first.
pub fn prefixes(first: &str) -> &'static [Vec<&'static str>] {
    tables().prefixes.get(first).map_or(&[], Vec::as_slice)
}
/// Idioms starting with `first`, longest first.
pub fn idioms(first: &str) -> &'static [&'static [&'static str]] {
    tables().idioms.get(first).map_or(&[], Vec::as_slice)
}
