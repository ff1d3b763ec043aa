//! Word tables for finding figures: number words, units, months, and the contexts that
//! make a number something other than a statistic. All entries are lower case.

use crate::figures::wordmap::WordMap;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// What a number word contributes to a value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumWord {
    /// A cardinal below one hundred: un, vingt, ninety.
    Unit(u64),
    /// Multiplies what precedes: cent, hundred.
    Hundred,
    /// Closes a group and multiplies it: mille, thousand, million, milliard.
    Scale(u64),
}

pub(crate) const NUMBER_WORDS: &[(&str, NumWord)] = &[
    // French
    ("un", NumWord::Unit(1)),
    ("une", NumWord::Unit(1)),
    ("deux", NumWord::Unit(2)),
    ("trois", NumWord::Unit(3)),
    ("quatre", NumWord::Unit(4)),
    ("cinq", NumWord::Unit(5)),
    ("six", NumWord::Unit(6)),
    ("sept", NumWord::Unit(7)),
    ("huit", NumWord::Unit(8)),
    ("neuf", NumWord::Unit(9)),
    ("dix", NumWord::Unit(10)),
    ("onze", NumWord::Unit(11)),
    ("douze", NumWord::Unit(12)),
    ("treize", NumWord::Unit(13)),
    ("quatorze", NumWord::Unit(14)),
    ("quinze", NumWord::Unit(15)),
    ("seize", NumWord::Unit(16)),
    ("vingt", NumWord::Unit(20)),
    ("vingts", NumWord::Unit(20)),
    ("trente", NumWord::Unit(30)),
    ("quarante", NumWord::Unit(40)),
    ("cinquante", NumWord::Unit(50)),
    ("soixante", NumWord::Unit(60)),
    ("septante", NumWord::Unit(70)),
    ("huitante", NumWord::Unit(80)),
    ("octante", NumWord::Unit(80)),
    ("nonante", NumWord::Unit(90)),
    ("cent", NumWord::Hundred),
    ("cents", NumWord::Hundred),
    ("mille", NumWord::Scale(1_000)),
    ("million", NumWord::Scale(1_000_000)),
    ("millions", NumWord::Scale(1_000_000)),
    ("milliard", NumWord::Scale(1_000_000_000)),
    ("milliards", NumWord::Scale(1_000_000_000)),
    // English
    ("one", NumWord::Unit(1)),
    ("two", NumWord::Unit(2)),
    ("three", NumWord::Unit(3)),
    ("four", NumWord::Unit(4)),
    ("five", NumWord::Unit(5)),
    ("seven", NumWord::Unit(7)),
    ("eight", NumWord::Unit(8)),
    ("nine", NumWord::Unit(9)),
    ("ten", NumWord::Unit(10)),
    ("eleven", NumWord::Unit(11)),
    ("twelve", NumWord::Unit(12)),
    ("thirteen", NumWord::Unit(13)),
    ("fourteen", NumWord::Unit(14)),
    ("fifteen", NumWord::Unit(15)),
    ("sixteen", NumWord::Unit(16)),
    ("seventeen", NumWord::Unit(17)),
    ("eighteen", NumWord::Unit(18)),
    ("nineteen", NumWord::Unit(19)),
    ("twenty", NumWord::Unit(20)),
    ("thirty", NumWord::Unit(30)),
    ("forty", NumWord::Unit(40)),
    ("fifty", NumWord::Unit(50)),
    ("sixty", NumWord::Unit(60)),
    ("seventy", NumWord::Unit(70)),
    ("eighty", NumWord::Unit(80)),
    ("ninety", NumWord::Unit(90)),
    ("hundred", NumWord::Hundred),
    ("thousand", NumWord::Scale(1_000)),
    ("billion", NumWord::Scale(1_000_000_000)),
    ("billions", NumWord::Scale(1_000_000_000)),
    ("trillion", NumWord::Scale(1_000_000_000_000)),
];

/// Multipliers written after digits: "4,5 millions", "$2bn", "1 200 M€", "2 Md$".
pub(crate) const MULTIPLIERS: &[&str] = &[
    "mille",
    "million",
    "millions",
    "milliard",
    "milliards",
    "billion",
    "billions",
    "trillion",
    "trillions",
    "thousand",
    "hundred",
    "bn",
    "mn",
    "m",
    "md",
    "mds",
    "mrd",
    "mrds",
    "k",
    "md€",
];

/// Units and currencies after a number.
pub(crate) const UNITS: &[&str] = &[
    "%",
    "‰",
    "€",
    "$",
    "£",
    "¥",
    "₴",
    "₽",
    "pour",
    "percent",
    "per",
    "pourcent",
    "km",
    "km²",
    "m²",
    "ha",
    "kg",
    "t",
    "mw",
    "gw",
    "twh",
    "kwh",
    "mwh",
    "gwh",
    // Gas volumes: billion, trillion, million cubic metres ("4.5bcm", "tcm").
    "bcm",
    "tcm",
    "mcm",
    "mt",
    "euros",
    "euro",
    "dollars",
    "dollar",
    "roubles",
    "hryvnias",
    "livres",
    "pounds",
    "usd",
    "eur",
    "tonnes",
    "tons",
    "barils",
    "barrels",
    "kilomètres",
    "kilometres",
    "kilometers",
    "miles",
    "hectares",
    "mètres",
    "metres",
    "meters",
    "points",
    "pts",
    // Wire abbreviations: "12 pct", "4.5 mln dlrs", "980 mln stg", "98 cts", "1.05 dlrs a lb".
    "pct",
    "dlrs",
    "dlr",
    "stg",
    "cts",
    "cents",
    "yen",
    "marks",
    "francs",
    "lb",
    "lbs",
    "bbl",
    "bpd",
    "bushels",
    "ounce",
    "oz",
    "square",
    "carrés",
    "cubes",
];

/// Words before digits that mark a currency: "US$ 5", "€50".
pub(crate) const CURRENCY_SYMBOLS: &[char] = &['€', '$', '£', '¥', '₴', '₽'];

pub(crate) const MONTHS: &[&str] = &[
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "janv",
    "févr",
    "fév",
    "avr",
    "juil",
    "sept",
    "oct",
    "nov",
    "déc",
];
/// English months: only recognised with their capital (May, March).
pub(crate) const MONTHS_EN: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Duration units: "trois ans", "près de cinq heures", "two weeks".
pub(crate) const DURATIONS: &[&str] = &[
    // Abbreviations: "3 mn", "45 s", "10 min", "30 sec".
    "mn",
    "min",
    // "Les entraînements ont lieu quatre soirs par semaine", "ouverte trois matinées par
    // semaine".
    "soirs",
    "matinées",
    "mornings",
    "afternoons",
    // "12 j 6 h 22 min": a race's time in days.
    "j",
    "s",
    "sec",
    "an",
    "ans",
    "année",
    "années",
    "mois",
    // "avoir validé cinq trimestres": quarters of a year.
    "trimestre",
    "trimestres",
    // A company's years of accounts: "perd de l'argent depuis trois exercices".
    "exercices",
    "semaine",
    "semaines",
    "jour",
    "jours",
    "journée",
    "journées",
    "heure",
    "heures",
    "minute",
    "minutes",
    "seconde",
    "secondes",
    "siècle",
    "siècles",
    // "Les haches ont circulé pendant près de deux millénaires".
    "millénaire",
    "millénaires",
    "millennia",
    "millennium",
    "décennie",
    "décennies",
    "nuit",
    "nuits",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minutes",
    "seconds",
    // Sport counts time in seasons: "depuis deux saisons", "for three seasons".
    "saisons",
    "seasons",
    // And a life in winters: "Elle passe trois hivers sur la base Dumont-d'Urville".
    "hivers",
    "étés",
    "winters",
    "summers",
    "decade",
    "decades",
    // "restée dans la même famille pendant quatre générations".
    "générations",
    "generations",
    "century",
    "centuries",
    "night",
    "nights",
    "h",
];

/// Nouns before a number that make it a reference, not a quantity.
pub(crate) const REFERENCES: &[&str] = &[
    // A road's interchanges and exits by their numbers: "entre les échangeurs 4 et 7".
    "échangeur",
    "échangeurs",
    "junction",
    "junctions",
    // A grade or a week by its number: "calibre 28 et plus", "bulletin hebdomadaire,
    // semaine 48", "week 12".
    "calibre",
    "pointure",
    "semaine",
    "week",
    "article",
    "articles",
    "art",
    "alinéa",
    "alinéas",
    "paragraphe",
    "paragraphes",
    "résolution",
    "résolutions",
    "resolution",
    "resolutions",
    "loi",
    "lois",
    "décret",
    "décrets",
    "arrêté",
    "directive",
    "règlement",
    "chapitre",
    "chapitres",
    "chapter",
    "chapters",
    "section",
    "sections",
    "titre",
    "title",
    "page",
    "pages",
    "p",
    "pp",
    "point",
    "points",
    "amendement",
    "amendment",
    // "À la question 7, sur la sécurité": a numbered question.
    "question",
    "amendments",
    "clause",
    "clauses",
    "paragraph",
    "paragraphs",
    "rule",
    "bill",
    "n°",
    "nº",
    "numéro",
    "numéros",
    "number",
    "no",
    "vol",
    "flight",
    "vol",
    "route",
    "autoroute",
    "sortie",
    "sorties",
    "exit",
    "junction",
    "highway",
    "ligne",
    "line",
    // A network's lines by their numbers: "les lignes 5, 8 et 10 disparaissent".
    "lignes",
    "lines",
    // "Routes 41, 42 and 102, which serve Swords and Dublin Airport".
    "routes",
    "version",
    "protocole",
    "protocol",
    "annexe",
    "annex",
    "case",
    "affaire",
    "dossier",
    "tome",
    "volume",
    "saison",
    "season",
    "épisode",
    "episode",
    "code",
    "session",
    "numero",
    "fig",
    "figure",
    "tableau",
    "table",
    "brigade",
    "bataillon",
    "régiment",
    "division",
    "corps",
    "district",
    "circonscription",
    "bus",
    // "La navette 2, qui dessert le parking": a shuttle's number.
    "navette",
    "shuttle",
    "porte",
    "gate",
    "salle",
    "room",
    "bureau",
    "rue",
    "avenue",
    "boulevard",
    "street",
    "quai",
    "kilomètre",
    "km",
    "pk",
    "mile",
    "cop",
    "g",
    "ligue",
    // A league's level and an airport's building: "U19 (régional 1)", "le terminal 2".
    "régional",
    "régionale",
    "terminal",
    "poule",
    "pool",
    "groupe",
    "group",
    "cluster",
    // Roads: "la départementale 606", "route nationale 7".
    "départementale",
    "nationale",
    // Levels of a scale and stages: "le niveau 4 du plan canicule", "phase 2", "level 3".
    "niveau",
    "level",
    "phase",
    "stade",
    "échelon",
    // "les élèves boursiers des échelons 5 et 6".
    "échelons",
    "catégorie",
    "category",
    // "classé en classe 2 sur l'échelle de Bortle", "a class 3 felony".
    "classe",
    "class",
    // A tide's: "une marée de vives-eaux de coefficient 102".
    "coefficient",
    "étape",
    "stage",
    // School years and a fee sector: "from grade 4 to grade 12", "les tarifs du secteur 1".
    "grade",
    "grades",
    "secteur",
];

/// Capitalised words at the start of a sentence that are not designations before a number
/// ("Les 300 soldats", "Plus de 300", "Some 300").
pub(crate) const CAPITAL_STOP: &[&str] = &[
    // The lines of a wire's results table: "Shr 1.20 dlrs vs 98 cts", "Net 4.5 mln".
    "shr",
    "shrs",
    "net",
    "revs",
    "oper",
    "avg",
    "qtr",
    "les",
    "des",
    "ces",
    "plus",
    "près",
    "pres",
    "environ",
    "quelque",
    "quelques",
    "au",
    "aux",
    "en",
    "sur",
    "dans",
    "pour",
    "par",
    "avec",
    "sans",
    "entre",
    "de",
    "du",
    "la",
    "le",
    "l'",
    "d'",
    "et",
    "ou",
    "mais",
    "moins",
    "seulement",
    "seuls",
    "seules",
    "quasiment",
    "presque",
    "jusqu'",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "more",
    "fewer",
    "less",
    "at",
    "up",
    "only",
    "just",
    "the",
    "these",
    "those",
    "of",
    "in",
    "on",
    "for",
    "by",
    "with",
    "and",
    "but",
    "than",
    "to",
    "roughly",
    "approximately",
    "an",
    "a",
    "un",
    "une",
    "déjà",
    "already",
    "all",
    "tous",
    "toutes",
    "ses",
    "leurs",
    "nos",
    "vos",
    "mes",
    "their",
    "its",
    "our",
    "his",
    "her",
    "ont",
    "sont",
    "a",
    "is",
    "are",
    "were",
    "was",
    "has",
    "have",
    "had",
    "since",
    "depuis",
    "after",
    "après",
    "before",
    "avant",
    "estimated",
    "est",
    "selon",
    "pour",
    "contre",
    "against",
    "under",
    "sous",
    "vers",
    "toward",
    "towards",
    "chaque",
    "each",
    "every",
    "ensuite",
    "then",
    "puis",
    "enfin",
    "finally",
    "il",
    "elle",
    "ils",
    "elles",
    "they",
    "we",
    "nous",
    "on",
    "x",
];

/// Nouns of people and hardware that turn a small number word into a count
/// ("trois soldats", "two civilians").
pub(crate) const COUNTED: &[&str] = &[
    "seats",
    "sièges",
    "morts",
    "tués",
    "tuées",
    "blessés",
    "blessées",
    "victimes",
    "civils",
    "civiles",
    "soldats",
    "militaires",
    "personnes",
    "enfants",
    "femmes",
    "hommes",
    "otages",
    "prisonniers",
    "détenus",
    "réfugiés",
    "déplacés",
    "drones",
    "missiles",
    "roquettes",
    "obus",
    "chars",
    "blindés",
    "avions",
    "hélicoptères",
    "navires",
    "bombes",
    "policiers",
    "journalistes",
    "dead",
    "killed",
    "wounded",
    "injured",
    "victims",
    "civilians",
    "soldiers",
    "troops",
    "people",
    "children",
    "women",
    "men",
    "hostages",
    "prisoners",
    "detainees",
    "refugees",
    // "Rescue workers pulled two survivors from the rubble", "tackled by two crews".
    "survivors",
    "crews",
    // "would be paid out in four instalments".
    "instalments",
    "installments",
    "tranches",
    "rockets",
    "shells",
    "tanks",
    "aircraft",
    "jets",
    "helicopters",
    "ships",
    "bombs",
    "casualties",
    "journalists",
    "officers",
    "disparus",
    "missing",
    // Events and places counted in the news, and the people they concern (English small
    // counts in words count only before these; French ones before any plural noun).
    "attacks",
    "strikes",
    "raids",
    "explosions",
    "blasts",
    "fires",
    "incidents",
    "protests",
    "referendums",
    "villages",
    "towns",
    "cities",
    "hospitals",
    "schools",
    "sites",
    "routes",
    "flights",
    "officials",
    "workers",
    "employees",
    "residents",
    "migrants",
    "patients",
    "students",
    "voters",
    "doctors",
    "nurses",
    "countries",
    "authorities",
    "councils",
    "companies",
    "firms",
    "banks",
    "families",
    "households",
    "jobs",
    "centres",
    "centers",
    "lives",
    "vies",
    "races",
    "titles",
    "victories",
    "medals",
    "libraries",
    "awards",
    "albums",
    "books",
    "novels",
    "films",
    "pupils",
    "teachers",
    "members",
    "candidates",
    "passengers",
    "buses",
    "coaches",
    "trains",
    "vehicles",
    "homes",
    "houses",
    "buildings",
    "shops",
    "factories",
    "farms",
    "arrests",
    "deaths",
    "injuries",
    "concerts",
    "shows",
    "gates",
    "boats",
    "tugboats",
    "vessels",
    "lifeboats",
    "terminals",
    "stations",
    "branches",
    "ports",
    "states",
    "regions",
    "provinces",
    "counties",
    "districts",
    "dates",
    "beds",
    // Mishaps and crimes a local report counts: "have seen four crashes outside my house".
    "editions",
    "platforms",
    "engineers",
    "technicians",
    "inspectors",
    "firefighters",
    "cameras",
    "radars",
    "clinics",
    "surgeries",
    "pharmacies",
    "wards",
    "crashes",
    "accidents",
    "collisions",
    "shootings",
    "stabbings",
    "burglaries",
    "robberies",
    "thefts",
    "floods",
    "outbreaks",
    // Places a service closes or opens: "Officers closed two car parks".
    "parks",
    "roads",
    "bridges",
    // Warnings a weather or river service issues: "issued four flood alerts".
    "alerts",
    "warnings",
    "evacuations",
    // Charges in a court report: "three counts of false accounting".
    "counts",
    "charges",
    "offences",
    "offenses",
    "inmates",
    // People a race or a sale counts.
    "runners",
    "skiers",
    "swimmers",
    "cyclists",
    "riders",
    "athletes",
    "competitors",
    "volunteers",
    "donors",
    // Hardware a war counts: "boarded two tankers", "ordered two more systems".
    "cables",
    "pipelines",
    "sorties",
    "missions",
    "rangers",
    "wardens",
    "clubs",
    "teams",
    "plants",
    "refineries",
    "mines",
    "miners",
    "divers",
    "fishermen",
    "sailors",
    "lorries",
    "trucks",
    "vans",
    "tankers",
    "corvettes",
    "destroyers",
    "minesweepers",
    "warships",
    "frigates",
    "submarines",
    "planes",
    "satellites",
    "launchers",
    "batteries",
    "systems",
];

/// What a vote's counted members did: "dix-neuf ont voté pour", "deux étaient absents",
/// "three abstained".
pub(crate) const VOTE_PARTICIPLES: &[&str] = &[
    "voté",
    "voted",
    "abstenus",
    "abstenues",
    "abstained",
    "absents",
    "absentes",
    "absent",
    "présents",
    "présentes",
];

/// Approximate nouns: "des dizaines de", "une centaine de", "thousands of".
pub(crate) const APPROX_NOUNS: &[&str] = &[
    "dizaine",
    "dizaines",
    "douzaine",
    "douzaines",
    "quinzaine",
    "quinzaines",
    "vingtaine",
    "vingtaines",
    "trentaine",
    "trentaines",
    "quarantaine",
    "quarantaines",
    "cinquantaine",
    "cinquantaines",
    "soixantaine",
    "soixantaines",
    "centaine",
    "centaines",
    "millier",
    "milliers",
    "millions",
    "milliards",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "scores",
    "tens",
];

/// Words before a figure that belong to it: "près de 150 000", "more than 20,000".
/// Multi-word entries are space-separated.
pub(crate) const APPROX_PREFIXES: &[&str] = &[
    "près de",
    "près d'",
    "plus de",
    "plus d'",
    "moins de",
    "moins d'",
    "au moins",
    "environ",
    "quelque",
    "jusqu'à",
    "jusqu' à",
    "pas moins de",
    "un peu plus de",
    "un peu moins de",
    "presque",
    "quasiment",
    "autour de",
    "aux alentours de",
    "d'environ",
    "au total",
    "entre",
    "seulement",
    "à peine",
    "tout juste",
    "pas loin de",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "more than",
    "over",
    "up to",
    "at least",
    "roughly",
    "approximately",
    "fewer than",
    "less than",
    "as many as",
    "as much as",
    "between",
    "just over",
    "just under",
    "below",
    "above",
    "under",
    "an estimated",
    "upwards of",
    "close to",
    "only",
    "plusieurs",
    "quelques",
    "des",
    "par",
    "several",
    "a few",
    "tens of",
    "hundreds of",
];

/// Idioms and fixed phrases in which numbers are not figures, as token sequences.
pub(crate) const IDIOMS: &[&[&str]] = &[
    &["à", "180", "degrés"],
    &["180", "degrés"],
    &["180", "degrees"],
    &["180", "-", "degree"],
    &["mille", "fois"],
    &["cent", "fois"],
    // "Une fois les travaux achevés, la vitesse passera…": once, no count.
    &["une", "fois", "les"],
    &["une", "fois", "la"],
    &["une", "fois", "le"],
    &["une", "fois", "l'"],
    &["une", "fois", "que"],
    &["une", "fois", "qu'"],
    // A foundation's name: "la Fondation 30 Millions d'Amis".
    &["30", "millions", "d'", "amis"],
    // "Ces jeunes font les 400 coups".
    &["les", "400", "coups"],
    // An isotope: "les datations au carbone 14".
    &["carbone", "14"],
    &["carbon", "-", "14"],
    &["les", "quatre", "cents", "coups"],
    // A swimming event: "le 400 m quatre nages", "le relais 4 x 100 m quatre nages".
    &["quatre", "nages"],
    // Rounding, no amount: "un chiffre arrondi au millier d'euros".
    &["arrondi", "au", "millier"],
    &["arrondie", "au", "millier"],
    &["arrondis", "au", "millier"],
    // Rugby's codes by their teams' sizes: "Rugby à 7 : 2 300 spectateurs".
    &["rugby", "à", "7"],
    &["rugby", "à", "sept"],
    &["rugby", "à", "13"],
    &["rugby", "à", "xiii"],
    &["rugby", "à", "xv"],
    // A birthday's cake: "un gâteau orné de 100 bougies", "souffle ses 90 bougies".
    &["100", "bougies"],
    &["mille", "et", "une"],
    &["24", "heures", "sur", "24"],
    &["24", "h", "/", "24"],
    &["24", "h", "sur", "24"],
    &["24", "/", "24"],
    &["7", "jours", "sur", "7"],
    &["sept", "jours", "sur", "sept"],
    &["7", "j", "/", "7"],
    &["24", "/", "7"],
    &["un", "à", "un"],
    &["une", "à", "une"],
    &["deux", "à", "deux"],
    &["cinq", "sur", "cinq"],
    &["cent", "pour", "cent"],
    &["numéro", "un"],
    &["number", "one"],
    &["one", "by", "one"],
    &["a", "thousand", "times"],
    &["a", "hundred", "times"],
    &["hundred", "percent"],
    &["deux", "poids", "deux", "mesures"],
    &["à", "deux", "doigts"],
    &["de", "deux", "choses"],
    &["en", "deux", "temps"],
    &["à", "deux", "vitesses"],
    &["les", "vingt", "-", "sept"],
    &["the", "twenty", "-", "seven"],
    &["mille", "milliards", "de", "sabords"],
    &["trente", "-", "six", "chandelles"],
    &["quatre", "vérités"],
    &["en", "quatre"],
    &["quatre", "coins"],
    &["sixth", "sense"],
    &["one", "or", "two"],
    &["un", "ou", "deux"],
    &["une", "ou", "deux"],
    &["deux", "ou", "trois"],
    &["two", "or", "three"],
    &["a", "couple", "of"],
    &["tous", "les", "deux"],
    &["toutes", "les", "deux"],
    &["all", "three"],
];

/// Days of the week: a small number after one is the day of the month ("vendredi 28").
pub(crate) const WEEKDAYS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// Words before a year: after one, a four-digit number is a year whatever follows.
pub(crate) const YEAR_PREPOSITIONS: &[&str] = &[
    "en", "in", "since", "depuis", "vers", "until", "jusqu'en", "année", "an", "avant", "après", "before", "after",
    "dès", "circa",
];
/// Words before a version number: "version 3.1", "v2", "norme 802.11".
pub(crate) const VERSION_HEADS: &[&str] = &[
    "version", "versions", "v", "release", "norme", "normes", "standard", "firmware", "build",
];
/// Capitalised articles that, inside a sentence, open a title: "revoit Les 400 coups".
/// Nouns of what a name in quotation marks names: "l'association « Sourires d'enfants
/// 24 »", "the campaign \"Winter 100\"".
pub(crate) const NAMED_THINGS: &[&str] = &[
    "association",
    "collectif",
    "club",
    "opération",
    "programme",
    "dispositif",
    "festival",
    "plan",
    "projet",
    "campagne",
    "émission",
    "spectacle",
    "exposition",
    "société",
    "entreprise",
    "marque",
    "restaurant",
    "groupe",
    "campaign",
    "charity",
    "group",
    "project",
    "scheme",
];

pub(crate) const TITLE_ARTICLES: &[&str] = &["les", "le", "la", "the"];
/// Words that go on inside a title after its noun: "24 Heures du Mans", "24 Hours of".
pub(crate) const TITLE_LINKS: &[&str] = &["du", "de", "des", "d'", "of", "the", "le", "la"];

/// Units of length: a distance that only locates a place ("à 15 km de Lyon", "a few
/// hundred metres away") is not a figure.
pub(crate) const LENGTH_UNITS: &[&str] = &[
    // A distance in streets: "l'école, à deux rues de là".
    "rues",
    "milles",
    "km",
    "kilomètres",
    "kilomètre",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "mètres",
    "mètre",
    "metres",
    "meters",
    "m",
    "miles",
    "mile",
    "centimètres",
    "centimètre",
    "cm",
];
/// After a distance, English words that make it a location: "50 km away", "50 km north of".
pub(crate) const LOCATING_AFTER_EN: &[&str] = &["away", "north", "south", "east", "west", "off", "outside", "inland"];
/// French directions after "au": "à 50 km au nord-est".
pub(crate) const DIRECTIONS_FR: &[&str] = &["nord", "sud", "est", "ouest"];
/// Definite determiners before an approximate noun: "the thousands of outfits", "les
/// milliers de", a set the copy has already counted.
pub(crate) const DEFINITE_BEFORE_APPROX: &[&str] = &["the", "these", "those", "les", "ces"];

/// Reporting of time: "15 h 30", "à 8 heures".
pub(crate) const TIME_PREPOSITIONS: &[&str] = &[
    "à", "vers", "dès", "avant", "après", "jusqu'à", "at", "by", "until", "before", "after", "from",
];

/// Ordinal suffixes glued to digits: 3e, 1er, 21st, XXIe.
pub(crate) const ORDINAL_SUFFIXES: &[&str] = &[
    "e", "er", "re", "ère", "ème", "eme", "è", "es", "èmes", "ᵉ", "ᵉʳ", "ʳᵉ", "nd", "st", "rd", "th", "nde", "ndes",
    "d",
];

/// Words that keep a noun from being taken into a figure's range.
pub(crate) const STOPWORDS: &[&str] = &[
    // "contre 470 euros aujourd'hui": the adverb's first part is no noun.
    "aujourd'",
    // "la crue de 1875 puis reconstruites": an adverb, no figure's noun.
    "puis",
    "ont",
    "sont",
    "a",
    "est",
    "été",
    "avaient",
    "étaient",
    "seraient",
    "auraient",
    "sera",
    "seront",
    "fut",
    "furent",
    "serait",
    "aurait",
    "avait",
    "était",
    "ayant",
    "étant",
    "were",
    "are",
    "was",
    "is",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "been",
    "be",
    "de",
    "des",
    "du",
    "d'",
    "la",
    "le",
    "les",
    "l'",
    "un",
    "une",
    "et",
    "ou",
    "en",
    "à",
    "au",
    "aux",
    "dans",
    "par",
    "pour",
    "sur",
    "sous",
    "avec",
    "sans",
    "selon",
    "que",
    "qu'",
    "qui",
    "dont",
    "où",
    "ce",
    "cette",
    "ces",
    "se",
    "s'",
    "ne",
    "n'",
    "y",
    "of",
    "the",
    "a",
    "an",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "that",
    "which",
    "who",
    "per",
    "than",
    "as",
    "more",
    "less",
    "plus",
    "moins",
    "fois",
    "times",
    // A wire's comparison with the year before: "Shr 1.12 dlrs vs 98 cts".
    "vs",
    "versus",
    "behind",
    "ahead",
    // A time after the figure, not its noun: "rose 175,000 last month", "2,331.20 dlrs late
    // on Tuesday".
    "last",
    "late",
    // A place after the figure: "dans un rayon de 300 mètres autour de l'épave".
    "autour",
    "around",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "he",
    "she",
    "they",
    "it",
    "we",
    "nous",
    "vous",
    "je",
    "i",
    "you",
    "leur",
    "leurs",
    "son",
    "sa",
    "ses",
    "his",
    "her",
    "their",
    "its",
    "environ",
    "about",
    "around",
    "selon",
    "according",
    "contre",
    "against",
    "entre",
    "between",
    "depuis",
    "since",
    "après",
    "after",
    "avant",
    "before",
    "lors",
    "during",
    "over",
    "under",
    "into",
    "across",
    "through",
    "each",
    "pendant",
    "vers",
    "toward",
    "chez",
    "mais",
    "but",
    "donc",
    "so",
    "ni",
    "nor",
    "si",
    "if",
    "comme",
    "like",
    "also",
    "aussi",
    "déjà",
    "already",
    "only",
    "seulement",
    "this",
    "these",
    "those",
    "there",
    "here",
    "ici",
    "là",
    "not",
    "pas",
    "no",
    "jusqu'",
    "soit",
    "dont",
    "lesquels",
    "lesquelles",
    "celui",
    "celle",
    "ceux",
    "celles",
    "tous",
    "toutes",
    "all",
    "each",
    "chaque",
    "every",
    "autres",
    "other",
    "others",
    "pourrait",
    "devrait",
    "pourraient",
    "devraient",
    "fait",
    "font",
    "avoir",
    "être",
    "près",
    "loin",
    "encore",
    "désormais",
    "alors",
    "ainsi",
    "toujours",
    "now",
    "still",
];

/// Rates after a figure: "par an", "a year".
pub(crate) const RATE_HEADS: &[&str] = &["par", "a", "per", "an", "each", "chaque"];
pub(crate) const RATE_NOUNS: &[&str] = &[
    "an", "année", "jour", "mois", "semaine", "habitant", "heure", "personne", "tête", "year", "day", "month", "week",
    "capita", "person", "head", "hour", "match", "game",
];

/// Words that, after `fois`/`times`, make a ratio: "deux fois plus", "twice as many".
pub(crate) const RATIO_HEADS: &[&str] = &[
    // "three times what they were in the 1990s".
    "what",
    // "three times its size", "twice their level".
    "its",
    "their",
    "plus",
    "moins",
    "supérieur",
    "supérieure",
    "supérieurs",
    "supérieures",
    "inférieur",
    "inférieure",
    "inférieurs",
    "inférieures",
    "more",
    "less",
    "fewer",
    "as",
    "the",
    "higher",
    "larger",
    "greater",
    "bigger",
    "lower",
    "smaller",
    "que",
    "le",
    "la",
    "les",
    "son",
    "sa",
    "ses",
    "leur",
    "its",
    "their",
    "his",
    "her",
];

/// Fractions: "un tiers", "la moitié", "a third".
pub(crate) const FRACTIONS_FR: &[&str] = &[
    "moitié",
    "tiers",
    "quart",
    "quarts",
    "cinquième",
    "cinquièmes",
    "dixième",
    "dixièmes",
    "centième",
];
pub(crate) const FRACTIONS_EN: &[&str] = &[
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
    // "about an eighth of Croatian household deposits".
    "sixth", "sixths", "eighth", "eighths",
];

/// Verbs of multiplication, French stems: "a doublé", "devrait tripler", "ont quadruplé".
pub(crate) const MULTIPLY_FR_STEMS: &[&str] = &["doubl", "tripl", "quadrupl", "quintupl", "décupl", "centupl"];
/// Endings of those stems that are verb forms (the present "double" is also an adjective
/// and a noun: left to the fraction rules, "le double de").
pub(crate) const MULTIPLY_FR_ENDINGS: &[&str] = &[
    "er", "é", "ée", "és", "ées", "ent", "ait", "aient", "era", "eront", "erait", "eraient",
];
/// English verbs of multiplication, past forms: "doubled", "more than tripled".
pub(crate) const MULTIPLY_EN_PAST: &[&str] = &["doubled", "tripled", "trebled", "quadrupled", "quintupled"];

/// Approximations between a change word and its fraction: "by about a quarter", "de
/// près d'un tiers".
pub(crate) const FRACTION_APPROX: &[&str] = &[
    // "by up to a third", "by as much as a quarter".
    "up",
    "to",
    "as",
    "much",
    "about",
    "nearly",
    "almost",
    "roughly",
    "around",
    "some",
    "over",
    "près",
    "presque",
    "environ",
    "quasiment",
];
/// What may follow "by a third" when it is a change ("fallen by a third in a year").
pub(crate) const AFTER_CHANGE_EN: &[&str] = &[
    "in", "for", "because", "thanks", "under", "at", "since", "from", "over", "between", "and", "or", "to", "compared",
    "last", "this", "on", "year", "during", "after", "before", "within", "while", "as",
];
/// French words of change before "de"/"d'" and a fraction: "baissé d'un tiers", "en recul
/// d'un quart" (prefixes of their forms).
pub(crate) const CHANGE_STEMS_FR: &[&str] = &[
    "baiss",
    "hauss",
    "augment",
    "diminu",
    "rédui",
    "réduct",
    "recul",
    "chut",
    "progress",
    "grimp",
    "bondi",
    "bond",
    "accr",
    "fond",
    "contract",
    "amput",
    "gonfl",
    "envol",
    "effondr",
    "perte",
    "perd",
    "gagn",
    "gain",
    "croissance",
    "cru",
    "crû",
    "plong",
    "allég",
    "coup",
    "rabot",
    "tomb",
    "redress",
    "rebond",
    "écart",
];
/// English verbs of a change before a number of points: "fell seven points", "rose by
/// three points".
pub(crate) const CHANGE_VERBS_EN: &[&str] = &[
    "fell",
    "rose",
    "dropped",
    "gained",
    "lost",
    "slipped",
    "climbed",
    "jumped",
    "declined",
    "increased",
    "decreased",
    "grew",
    "shrank",
    "narrowed",
    "widened",
    "fallen",
    "risen",
    "slid",
    "edged",
];
/// Words before a verb of multiplication that belong to it ("presque triplé", "nearly
/// doubled"); "plus que" and "more than" are handled as pairs.
pub(crate) const MULTIPLY_APPROX: &[&str] = &[
    "presque",
    "quasiment",
    "pratiquement",
    "nearly",
    "almost",
    "roughly",
    "approximately",
];
/// Adverbs between avoir and a participle: "ont déjà triplé", "a ainsi doublé".
pub(crate) const VERB_ADVERBS_FR: &[&str] = &[
    "déjà",
    "encore",
    "ainsi",
    "donc",
    "aussi",
    "même",
    "ensuite",
    "largement",
    "pas",
    "jamais",
    "bien",
    "tout",
];
/// French prepositions after which "un tiers" is a third party, not a count.
pub(crate) const PREPOSITIONS_FR: &[&str] = &[
    "à", "au", "d'", "de", "par", "pour", "avec", "contre", "envers", "sur", "chez", "entre", "vers",
];
/// "half as much", "half as many", "twice as large".
pub(crate) const RATIO_ADJECTIVES_EN: &[&str] = &[
    "much",
    "many",
    "large",
    "high",
    "big",
    "likely",
    "long",
    "fast",
    "often",
    "expensive",
    "cheap",
];

/// Words that introduce an age: "âgé de 45 ans", "aged 45".
pub(crate) const AGE_HEADS: &[&str] = &["âgé", "âgée", "âgés", "âgées", "aged", "age", "ages", "âge"];

/// Words of multiples and shares that make a figure on their own: "twice as many", "le
/// double de", "la moitié des".
pub(crate) const MULTIPLE_WORDS: &[&str] = &["twice", "double", "triple", "quadruple", "moitié"];
/// Words that may open a figure before a number word or a fraction: determiners, "de
/// moitié", "by half", "US$".
pub(crate) const FIGURE_LEADS: &[&str] = &[
    "de", "by", "le", "la", "les", "l'", "un", "une", "a", "an", "one", "the", "us", "twice", "pour",
    // "plus du tiers de ses membres" (see `detect/fractions.rs`).
    "du",
];
/// Words before a range that belong to it: "de 300 à 400", "from 300 to 400".
/// Words that make a sentence speak of a result, so that two small numbers joined by a
/// dash or "à"/"to" in it are a score (see `detect/scores.rs`).
pub(crate) const SCORE_CUES: &[&str] = &[
    // French
    "score",
    // "avant de s'incliner 2-3": a defeat.
    "incliner",
    "incliné",
    "inclinés",
    "incline",
    "mi-temps",
    "impose",
    "imposé",
    "imposée",
    "imposés",
    "imposées",
    "imposer",
    "imposent",
    "emporte",
    "emporté",
    "emportent",
    "bat",
    "battu",
    "battue",
    "battus",
    "battues",
    // A cup's rounds: "ont éliminé le FC Saint-Brac, 2-1, au 7e tour", "- 5e tour : US
    // Vallon - AS Montgrenier, 3-0".
    "éliminé",
    "éliminée",
    "éliminés",
    "élimine",
    "tour",
    "battant",
    "victoire",
    "défaite",
    "match",
    "but",
    "buts",
    "nul",
    "finale",
    "gagne",
    "gagné",
    "perd",
    "perdu",
    "inclinée",
    "inclinés",
    "incliné",
    "mène",
    "menait",
    "menant",
    "set",
    "sets",
    "manche",
    "remporte",
    "remporté",
    "rencontre",
    "vainqueur",
    "devance",
    "s'incline",
    "incline",
    "sets",
    // English
    "defeated",
    "defeat",
    "defeats",
    "beat",
    "beats",
    "beating",
    "won",
    "win",
    "wins",
    "winning",
    "lost",
    "lose",
    "loses",
    "losing",
    "leading",
    "led",
    "score",
    "scored",
    "scoring",
    "match",
    "game",
    "draw",
    "drew",
    "victory",
    "ended",
    "half",
    "final",
    "goal",
    "goals",
    "halftime",
    "half-time",
    "beaten",
    "menés",
    "mené",
    "menée",
    "trailed",
    "led",
    "half-time",
    "halftime",
];

/// Lower-case words that may follow a score without making the pair a range:
/// prepositions and words of the result ("1-0 up", "3-1 victory", "81 à 71 en").
pub(crate) const SCORE_AFTER: &[&str] = &[
    // "victorieuse 19-17 grâce à un essai", "won 19-17 thanks to a late try".
    "grâce",
    "thanks",
    "up",
    "down",
    "lead",
    "win",
    "victory",
    "defeat",
    "draw",
    "in",
    "on",
    "at",
    "against",
    "with",
    "and",
    "after",
    "en",
    "à",
    "au",
    "dans",
    "contre",
    "face",
    "et",
    "après",
    "pour",
    "victoire",
    "défaite",
    "succès",
    "score",
    "mi-temps",
    "lors",
    "sur",
    "de",
    "du",
    "d'",
    "of",
    "to",
    "for",
    "over",
    "hier",
    "yesterday",
    "tonight",
    "soir",
];

pub(crate) const RANGE_OPENERS: &[&str] = &["de", "from", "d'"];

/// Words of a league table: with one of them in the sentence, "avec 24 points" is a
/// standing.
/// Column heads of a league table written out line by line ("Pos Team P W D L Pts",
/// "Clt Équipe Pts J G N P Diff"), in lower case.
pub(crate) const STANDINGS_COLUMNS: &[&str] = &[
    "pos", "p", "pld", "w", "d", "l", "pts", "gd", "gf", "ga", "f", "a", "+/-", "diff", "clt", "rang", "j", "g", "n",
    "v", "bp", "bc", "mj",
];
/// Column heads that a league table must have: its points.
pub(crate) const STANDINGS_POINTS: &[&str] = &["pts", "points"];
pub(crate) const STANDING_CUES: &[&str] = &[
    "classement",
    "leader",
    "place",
    "rang",
    "podium",
    "longueurs",
    "standings",
    "table",
    "league",
    "top",
    "relégation",
    "relegation",
    "journée",
    "journées",
    // A rider's or a player's ranking: "took the points jersey with 64 points", "au
    // classement WTA".
    "jersey",
    "maillot",
    "classification",
    "ranking",
    "rankings",
    "wta",
    "atp",
    // "prennent la tête de la poule 2".
    "tête",
    "poule",
    "pool",
];
/// A player by the post held in a team: "les 14 arrêts du gardien", "aux sept buts de
/// l'ailier".
pub(crate) const PLAYER_ROLES: &[&str] = &[
    "gardien",
    "gardienne",
    "ailier",
    "ailière",
    "meneur",
    "meneuse",
    "buteur",
    "buteuse",
    // "a fini meilleur marqueur avec 26 points et 11 rebonds".
    "marqueur",
    "marqueuse",
    "scorer",
    "intérieur",
    "pivot",
    "demi",
    "arrière",
    "capitaine",
    "attaquant",
    "attaquante",
    "défenseur",
    "goalkeeper",
    "keeper",
    "goalie",
    "winger",
    "striker",
    "captain",
    "forward",
];
/// What one competitor scores in a match: "13 points", "2 tries", "3 buts".
pub(crate) const TALLY_NOUNS: &[&str] = &[
    "aces",
    // Tennis: "commis 7 doubles fautes", "7 double faults", "sauvé deux balles de break".
    "doubles",
    "double",
    "balles",
    // Badminton: "a dû sauver trois volants de match".
    "volants",
    "breaks",
    "points",
    "tries",
    "goals",
    "penalties",
    "buts",
    "essais",
    // Attempts in a shoot-out: "la gardienne a arrêté deux tentatives".
    "tentatives",
    // Rugby's other scores: "3 transformations et 1 pénalité", "two conversions".
    "transformations",
    "transformation",
    "pénalité",
    "conversions",
    "pénalités",
    "paniers",
    "baskets",
    "drops",
    "runs",
    "passes",
    "rebonds",
    "ballons",
    "interceptions",
    "rebounds",
    "assists",
    "steals",
    "blocks",
    "shots",
    "corners",
    "tackles",
    "carries",
    "turnovers",
    "plaquages",
    "arrêts",
    "saves",
    "fautes",
    "fouls",
    "tirs",
    // A handball side's throws: "dont deux jets de 7 mètres".
    "jets",
    "exclusions",
];
/// What a match's tally counts, in words: "deux penalties", "three yellow cards".
pub(crate) const MATCH_TALLY_NOUNS: &[&str] = &[
    "penalties",
    "pénaltys",
    "penaltys",
    "buts",
    "essais",
    "tries",
    "goals",
    "cartons",
    "corners",
    "tirs",
    "shots",
    "cards",
    "wickets",
    "touchdowns",
    "paniers",
    "baskets",
    "aces",
    "sets",
];
/// Casualties: one of them is a toll ("un mort", "one dead").
pub(crate) const CASUALTY_NOUNS: &[&str] = &["mort", "blessé", "tué", "disparu", "dead", "casualty", "fatality"];
/// The first word of a question that asserts nothing (the guideline's `hypothetical`):
/// "Would you…?", "Faut-il…?", "Et si…?".
pub(crate) const HYPOTHETICAL_OPENERS: &[&str] = &[
    "would", "should", "could", "will", "can", "shall", "might", "faut", "faudra", "faudrait", "peut", "pourrait",
    "doit", "devrait", "et", "si", "what", "est",
];
/// English auxiliaries that open a question answered by yes or no: "Does Russia export
/// twice as much?".
pub(crate) const QUESTION_AUXILIARIES_EN: &[&str] =
    &["does", "do", "did", "is", "are", "was", "were", "has", "have", "had"];
/// Question words: a question with one presupposes what it asks about ("Pourquoi l'armée
/// a-t-elle perdu 300 chars ?").
pub(crate) const QUESTION_WORDS: &[&str] = &[
    "combien",
    "pourquoi",
    "comment",
    "quand",
    "où",
    "qui",
    "que",
    "qu'",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
];
/// Words that open the first member of an enumeration after a count: "deux suspects, un
/// homme…", "trois listes, celles de…".
pub(crate) const MEMBER_OPENERS: &[&str] = &[
    "un", "une", "l'un", "l'une", "l'", "celles", "ceux", "celle", "celui", "a", "an", "one", "the", "le", "la", "at",
    "à", "in",
];
/// Terms whose share is a length of time: "half of his sentence".
pub(crate) const TERM_NOUNS: &[&str] = &["sentence", "term", "mandate", "tenure", "contract", "peine", "mandat"];
/// Words for the youngest or oldest of a group: a bare number after them is an age.
pub(crate) const EXTREME_AGE_WORDS: &[&str] = &["youngest", "oldest", "eldest"];
/// English verbs of a life's events before "at" and an age: "dies at 81", "moved to
/// Chicago at 17".
pub(crate) const LIFE_EVENTS_EN: &[&str] = &[
    "dies",
    "died",
    "dead",
    "moved",
    "left",
    "joined",
    "retired",
    "married",
    "began",
    "started",
    "emigrated",
    // "took up sea swimming at 70", "won a national amateur title at 19".
    "took",
    "won",
    "learned",
    "learnt",
    "founded",
    "wrote",
];
/// Words of a season or a career: a tally over one is a statistic, not a score.
pub(crate) const SEASON_WORDS: &[&str] = &[
    "saison",
    // "Mebarki en est à onze buts toutes compétitions confondues".
    "compétitions",
    "season",
    "carrière",
    "career",
    "total",
    "championnat",
    "caps",
    "international",
    "internationaux",
    "sélections",
    "professionnels",
    "professionals",
];
/// Verbs of scoring before a tally: "kicked 13 points", "a inscrit 12 points".
pub(crate) const SCORING_VERBS: &[&str] = &[
    "hit",
    // A goalkeeper's saves and a team's penalties: "a repoussé 14 tirs", "ont écopé de trois
    // exclusions".
    "repoussé",
    "écopé",
    // The winner's total: "l'emporte avec 268,90 points", "s'impose avec 92 points".
    "emporte",
    "impose",
    // The scorer named by his tally: "Darnell Hughes, auteur de 24 points".
    "auteur",
    "auteure",
    // "led all scorers with 31 points".
    "led",
    "manqué",
    "raté",
    "missed",
    "frappé",
    "commis",
    "committed",
    "sauvé",
    "sauver",
    "saved",
    "converti",
    "converted",
    "served",
    // "a servi 11 aces" (and only a tally's noun: "a servi 300 repas" is a count).
    "servi",
    // A goalkeeper's saves in a shoot-out: "a arrêté deux tentatives" (only before a tally's
    // noun: "a arrêté trois suspects" is a count).
    "arrêté",
    "arrêtée",
    "scored",
    "kicked",
    "scores",
    "kicks",
    "netted",
    "marque",
    "marqué",
    "inscrit",
    "inscrivait",
    "réussi",
    "passé",
    "ajouté",
    "récupéré",
    "capté",
    "délivré",
    "added",
    "grabbed",
    "finished",
    "made",
    "réalisé",
    "signé",
    "signe",
    "écopé",
    // Fouls drawn: "a provoqué deux fautes décisives".
    "provoqué",
    // A team's points in a cross-country: "les cadettes totalisent 19 points".
    "totalise",
    "totalisent",
    "totalisé",
    "terminé",
    "termine",
];
/// Verbs of a result before a standing: "won nine of their 11 games".
pub(crate) const RESULT_VERBS: &[&str] = &[
    "won",
    "remportant",
    "gagnant",
    "lost",
    "drawn",
    "drew",
    "remporté",
    "gagné",
    "perdu",
    "concédé",
    "win",
    "lose",
];
/// Verbs of a haul at a meeting, besides [`RESULT_VERBS`]: "ont décroché trois médailles".
pub(crate) const HAUL_VERBS: &[&str] = &[
    "décroché",
    "raflé",
    "glané",
    "obtenu",
    "remporte",
    "décroche",
    "rafle",
    "took",
    "claimed",
    "collected",
    "wins",
    "conceded",
];
/// What a competitor wins at a meeting: medals, titles, finals, races.
pub(crate) const HAUL_NOUNS: &[&str] = &[
    "médailles",
    "médaille",
    "titres",
    "titre",
    "finales",
    "courses",
    "épreuves",
    "medals",
    "medal",
    "golds",
    "silvers",
    "bronzes",
    "titles",
    "finals",
    "races",
    "events",
];
/// Words of a sports meeting, or of its day: a haul counted in a sentence that names one is
/// the meeting's result.
pub(crate) const MEETING_WORDS: &[&str] = &[
    "tournoi",
    "tournament",
    "régate",
    "regatta",
    "meeting",
    "compétition",
    "competition",
    "jeux",
    "games",
    "coupe",
    "cup",
    "open",
    "hôte",
    "host",
    "hier",
    "yesterday",
    "aujourd'hui",
    "today",
];
/// Metals of medals: "médailles d'or", "two golds".
pub(crate) const METALS: &[&str] = &[
    "or", "argent", "bronze", "gold", "golds", "silver", "silvers", "bronzes",
];
/// Matches of a season: "league games", "ses 10 matchs".
pub(crate) const MATCH_NOUNS: &[&str] = &[
    // A pétanque or chess match's games: "en remportant trois des quatre parties".
    "parties",
    "games",
    "matches",
    "fixtures",
    "matchs",
    "rencontres",
    "journées",
    "courses",
    "races",
];
/// Words between two bounds: "300 à 400", "4-5 millions", "300 to 400" (and "et"/"and"
/// after "entre"/"between").
pub(crate) const RANGE_JOINERS: &[&str] = &["à", "to", "-", "–", "—", "vs", "versus"];
/// Units after a wire fraction alone: "1/4 point", "3/8 cent".
pub(crate) const WIRE_FRACTION_UNITS: &[&str] = &["point", "points", "pct", "cent", "cents", "dlr", "dlrs", "stg"];
/// "One" as an article: "une centaine", "un tiers", "a dozen".
pub(crate) const ONE: &[&str] = &["une", "un", "a"];
/// English words of the clock after a number: "3 pm", "5 o'clock".
pub(crate) const CLOCK_EN: &[&str] = &["am", "pm", "o'clock"];
/// Between days before a month: "les 2 et 3 mars", "du 2 au 5 mai", "2-3 March", "2, 3 ou 4
/// juin".
pub(crate) const DAY_JOINERS: &[&str] = &["et", "au", "and", "to", "-", "–", ",", "ou", "or"];
/// Before a day alone: "le 24,", "du 24.", "au 24)".
pub(crate) const DAY_DETERMINERS: &[&str] = &["le", "du", "au"];
/// Singular determiners: one of them before a number greater than one makes it a model
/// ("son 787", "un A380", "a 747").
pub(crate) const SINGULAR_DETERMINERS: &[&str] = &[
    "un", "une", "son", "sa", "ce", "cet", "cette", "a", "an", "its", "his", "her", "this",
];
/// Weapons and their calibres: with one in the sentence, "155 mm" is a calibre, not a
/// measure ("55mm of rain").
pub(crate) const CALIBRE_WORDS: &[&str] = &[
    "obus",
    "canon",
    "canons",
    "calibre",
    "munitions",
    "shells",
    "shell",
    "artillery",
    "artillerie",
    "howitzer",
    "howitzers",
    "mortier",
    "mortiers",
    "mortar",
    "mortars",
    "caliber",
    "gun",
    "guns",
    "fusil",
    "rifle",
    "ligne",
    "line",
    "câble",
    "cable",
];
/// Units of calibres and technical ratings: "obus de 155 mm", "ligne de 750 kV".
pub(crate) const TECHNICAL_UNITS: &[&str] = &["mm", "kv", "mhz", "ghz"];
/// Between the numbers of a reference: "articles 5 et 6", "points 3 à 5", "2024-12".
pub(crate) const REFERENCE_JOINERS: &[&str] = &["et", "and", "à", "to", ","];
/// Between the numbers of an age or a duration: "âgées de 6 et 9 ans", "de 27 à 25 ans".
pub(crate) const BOUND_JOINERS: &[&str] = &["et", "ou", "à", "and", "or", "to"];
/// Adjectives after "twice as", "times as": "twice as many", "three times as likely".
pub(crate) const AS_ADJECTIVES: &[&str] = &["many", "much", "high", "large", "likely"];
/// What may follow "twice" in a ratio: "twice as many", "twice the number", "twice more".
/// (Or a possessive before the level: "carried twice their usual number of passengers".)
pub(crate) const AFTER_TWICE: &[&str] = &["as", "the", "more", "their", "its", "his", "her", "last"];
/// "de", "d'", "of": between an approximate noun and what it counts.
pub(crate) const OF: &[&str] = &["de", "d'", "of"];
/// French partitives, between a figure and its noun: "de soldats", "des électeurs".
pub(crate) const PARTITIVES: &[&str] = &["de", "d'", "des", "du"];
/// English determiners after "of" in a figure's noun: "of the army", "of their budget".
pub(crate) const OF_DETERMINERS_EN: &[&str] = &["the", "its", "their"];
/// Definite determiners: before a small number word, it names a known group, not a count
/// ("les deux dirigeants", "the three men").
/// Determiners that make a number in words definite (besides [`DEFINITE_DETERMINERS`]):
/// "des" before a number word is "de les" ("des deux parties"), never the indefinite.
pub(crate) const DEFINITE_BEFORE_WORDS: &[&str] = &["des", "aux", "mes", "tes", "vos", "your", "his", "her", "my"];

/// What a price in pence is given per: "12.5p a share".
pub(crate) const RATE_NOUNS_EN_SHARE: &[&str] = &["share", "litre", "liter", "unit", "head"];
/// Prepositions before a place: a number after the place's name is no model ("à Kiev 909
/// corps").
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &["à", "au", "aux", "to", "in", "vers", "depuis", "from"];
/// Swimming strokes and events after a distance: "the 200m butterfly".
pub(crate) const STROKES: &[&str] = &[
    "butterfly",
    "freestyle",
    "backstroke",
    "breaststroke",
    "medley",
    "relay",
    "papillon",
    "nage",
    "dos",
    "brasse",
    "relais",
    "quatre",
    "haies",
    "hurdles",
    // Track cycling: "le 200 m lancé".
    "lancé",
    "steeplechase",
];
/// Where a race ends: "3 km from the line".
pub(crate) const FINISH_WORDS: &[&str] = &["line", "finish", "summit", "top", "end"];
/// A team's record as wins for losses: "sept victoires pour deux défaites", "seven wins
/// and two losses".
pub(crate) const WIN_NOUNS: &[&str] = &["victoires", "succès", "wins", "victories"];
pub(crate) const LOSS_NOUNS: &[&str] = &[
    "défaites",
    "défaite",
    "revers",
    "nuls",
    "nul",
    "nulles",
    "nulle",
    "losses",
    "loss",
    "defeats",
    "defeat",
    "draws",
    "draw",
];
pub(crate) const RECORD_JOINS: &[&str] = &["pour", "et", "and", "contre", "against", "for", ",", "-"];
/// Words of a win or of a race's finish: with one in the sentence, an average speed is the
/// winner's time restated.
pub(crate) const WIN_WORDS: &[&str] = &[
    "won",
    "wins",
    "winner",
    "winning",
    "victory",
    "remporte",
    "remporté",
    "gagne",
    "gagné",
    "vainqueur",
    "victoire",
    "impose",
    "imposé",
    "ligne",
    "line",
    "arrivée",
    "finish",
    "parcours",
    "course",
    "étape",
    "stage",
    "race",
];
/// Verbs of place before a distance: "lies 25 km from", "situé à 30 km".
pub(crate) const PLACE_VERBS: &[&str] = &[
    "lies",
    "lie",
    "lay",
    "is",
    "are",
    "was",
    "were",
    "located",
    "situated",
    "sits",
    "stands",
    "based",
    "situé",
    "située",
    "situés",
    "situées",
    "installé",
    "installée",
];
/// English ordinal words that end a number in words ("twenty-first").
pub(crate) const ORDINAL_WORDS_EN: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "thirtieth",
    "hundredth",
    "thousandth",
];
/// Determiners before the members of an institution ("les 27 États membres").
pub(crate) const MEMBER_SET_DETERMINERS: &[&str] = &[
    "les", "des", "aux", "ses", "leurs", "the", "its", "their", "all", "whose",
];
/// What follows a group named by its number ("les 27 doivent", "the 27 agreed").
pub(crate) const AFTER_A_GROUP: &[&str] = &[
    "doivent",
    "ont",
    "sont",
    "se",
    "s'",
    "ne",
    "n'",
    "veulent",
    "peuvent",
    "restent",
    "et",
    "de",
    "du",
    "have",
    "are",
    "were",
    "must",
    "will",
    "agreed",
    "and",
    "leaders",
    "dirigeants",
    // "the 27 heads of state and government", "les 27 chefs d'État".
    "heads",
    "chefs",
];
/// Nouns of a member set, before "membres" or after "member": "États membres", "member
/// states".
pub(crate) const MEMBER_SET_NOUNS: &[&str] = &[
    "états",
    "etats",
    "pays",
    "nations",
    "states",
    "countries",
    "governments",
];
/// The word that makes a count the members of an institution ("les 27 États membres", "les
/// 577 députés", "the 100 senators").
pub(crate) const MEMBER_WORDS: &[&str] = &[
    // The parties to a convention: "par consensus des 198 parties à la convention".
    "parties",
    "élus",
    "conseillers",
    "membres",
    "alliés",
    "members",
    "member",
    "allies",
    "députés",
    "sénateurs",
    "senators",
    "sièges",
    "seats",
    "councillors",
    "councilors",
    // Members of a parliament by their title: "the 129 MSPs at Holyrood", "les 705 MEPs".
    "mps",
    "msps",
    "meps",
    "eurodéputés",
];
/// Institutions whose size is known without the copy: "the 100-member Senate", "a 450-seat
/// parliament".
pub(crate) const INSTITUTIONS: &[&str] = &[
    "senate",
    "parliament",
    "assembly",
    "council",
    "chamber",
    "house",
    "legislature",
    "congress",
    "board",
    "committee",
    "commission",
    "cabinet",
    "court",
    "jury",
    "duma",
    "bundestag",
    "sejm",
    "rada",
    "saeima",
    "knesset",
    "parlement",
];

/// Family nouns: counted in an obituary or a family portrait ("il laisse trois enfants",
/// "mère de quatre fils"), they describe a family the reader is told of, not a statistic.
pub(crate) const FAMILY_NOUNS: &[&str] = &[
    "enfants",
    "petits-enfants",
    "petits",
    "arrière-petits-enfants",
    "fils",
    "filles",
    "frères",
    "sœurs",
    "soeurs",
    "children",
    "grandchildren",
    "great-grandchildren",
    "sons",
    "daughters",
    "brothers",
    "sisters",
];
/// Words before a family count that make it a family described ("laisse", "père de",
/// "survived by").
pub(crate) const FAMILY_CUES: &[&str] = &[
    // A portrait's family: "cinquième d'une fratrie de huit enfants", "Veuve depuis 1998,
    // elle compte onze petits-enfants".
    "fratrie",
    "veuve",
    "veuf",
    "née",
    "laisse",
    "laissait",
    "laissent",
    "père",
    "mère",
    "grand-père",
    "grand-mère",
    "parents",
    "survived",
    "leaves",
    "father",
    "mother",
    "grandfather",
    "grandmother",
    "parent",
    // A place among siblings: "the youngest of nine children", "l'aîné de cinq enfants".
    "youngest",
    "eldest",
    "oldest",
    "aîné",
    "aînée",
    "cadet",
    "cadette",
    "benjamin",
    "benjamine",
];

/// "autres", "other", "more" between a number in words and its noun.
/// Nouns of a person, before an age between commas: "A woman, 78, was swept off a pier".
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "woman",
    "man",
    "boy",
    "girl",
    "driver",
    "motorist",
    "pensioner",
    "cyclist",
    "pedestrian",
    "femme",
    "homme",
    "garçon",
    "fille",
    "conducteur",
    "conductrice",
    "retraité",
    "retraitée",
    "cycliste",
    "piéton",
    "piétonne",
    // Players by their position: "The guard, 24, now averages…".
    "guard",
    "forward",
    "striker",
    "winger",
    "midfielder",
    "defender",
    "goalkeeper",
    "captain",
    "ailier",
    "attaquant",
    "défenseur",
    "gardien",
    "capitaine",
];
/// Nouns of a person counted as one when the event befell them ("One person was taken to
/// hospital"), besides [`PERSON_NOUNS`].
pub(crate) const ONE_PERSON_NOUNS: &[&str] = &[
    "person",
    "child",
    "civilian",
    "soldier",
    "worker",
    "sailor",
    "passenger",
    "resident",
    "firefighter",
    "officer",
    "fisherman",
    "climber",
    "student",
    "patient",
    "policeman",
];
/// French nouns of a person counted as one when hurt, killed or missing ("Un pompier a été
/// légèrement blessé", "Une personne est portée disparue"): "un homme a été interpellé"
/// stays the article.
pub(crate) const ONE_PERSON_NOUNS_FR: &[&str] = &[
    "personne",
    "pompier",
    "policier",
    "gendarme",
    "soldat",
    "enfant",
    "passager",
    "passagère",
    "piéton",
    "cycliste",
    "automobiliste",
    "conducteur",
    "conductrice",
    "ouvrier",
    "salarié",
    "randonneur",
    "skieur",
    "alpiniste",
];
/// Plural nouns of people, before an age band: "volunteers over 50".
pub(crate) const PEOPLE_PLURALS: &[&str] = &[
    "volunteers",
    "people",
    "adults",
    "men",
    "women",
    "workers",
    "residents",
    "drivers",
    "patients",
    "voters",
];
/// Wins and losses of a record: "cinq victoires pour une défaite".
pub(crate) const RECORD_WINS: &[&str] = &["victoires", "victoire", "succès", "wins", "win", "victories"];
pub(crate) const LOSS_WORDS: &[&str] = &[
    "défaite",
    "défaites",
    "revers",
    "nul",
    "nuls",
    "loss",
    "losses",
    "defeat",
    "defeats",
    "draw",
    "draws",
];
/// Nouns rated in stars: "un chef trois étoiles".
pub(crate) const RATED_NOUNS: &[&str] = &["chef", "hôtel", "restaurant", "palace", "table", "hotel"];
/// Short numbers for emergencies and public services, dialled as they are: "le 115", "call
/// 101".
pub(crate) const SERVICE_NUMBERS: &[u64] = &[15, 17, 18, 112, 114, 115, 119, 3919, 101, 111, 999, 911];
/// Eras written before a year, as capitals: "AD 253", "BC 44".
pub(crate) const ERAS: &[&str] = &["AD", "BC", "CE", "BCE"];
/// Words of a run after a count in words: "eight straight league games".
pub(crate) const STREAK_WORDS: &[&str] = &["straight", "consecutive", "successive"];
pub(crate) const OTHER_WORDS: &[&str] = &["autres", "other", "more", "nouveaux", "nouvelles", "new", "newer"];

/// Plural words after a small number in words that count nothing a journalist sources:
/// repetitions and turns ("deux fois", "à trois reprises"), parts of a whole said in
/// passing.
pub(crate) const NOT_COUNTED_AFTER_WORDS: &[&str] = &[
    "fois",
    "reprises",
    "times",
    "ways",
    "façons",
    "manières",
    "choses",
    "things",
    "sides",
    "côtés",
    "mots",
    "words",
    "temps",
    "sens",
    "points",
];

/// The second word of a hyphenated compound that measures or sizes what it qualifies: a
/// figure ("a 96-page report", "a 40-metre tower", "a 300-strong unit"), unlike a
/// duration, an age or a name ("a three-day visit", "a 45-year-old", "a two-state
/// solution"), and unlike the floors of a building, a description ("a 16-storey block",
/// as "un immeuble de neuf étages").
pub(crate) const MEASURE_COMPOUNDS: &[&str] = &[
    "page",
    "member",
    "strong",
    "seat",
    "mile",
    "kilometre",
    "kilometer",
    "km",
    "metre",
    "meter",
    "foot",
    "feet",
    "ton",
    "tonne",
    "acre",
    "hectare",
    "yard",
    "bed",
    // "a 40-date farewell tour", "a 12-city tour".
    "date",
    "city",
    "country",
    "nation",
];

/// Words before "du"/"le" and a distance that make it the name of a race: "la finale du
/// 400m", "le record du 100 m".
pub(crate) const RACE_WORDS: &[&str] = &[
    // "418 coureurs au départ du 24 km".
    "départ",
    "finale",
    "finales",
    "demi-finale",
    "séries",
    "record",
    "records",
    "épreuve",
    "course",
    "champion",
    "championne",
    "titre",
    "médaille",
    "podium",
];

/// Endings of English plurals without -s: "1650 schoolchildren", "1200 people".
pub(crate) const IRREGULAR_PLURAL_ENDINGS: &[&str] = &["children", "people", "men", "police", "staff"];

/// Objects of a verb of multiplication that make it a sports phrase: "doubled the lead",
/// "doubler la mise", "a doublé la marque".
pub(crate) const SCORE_OBJECTS: &[&str] = &["lead", "advantage", "score", "mise", "marque", "avantage"];

/// Words between a number and a unit of time that keep it a duration: "fifteen working
/// days", "five business days", "30 calendar days".
pub(crate) const DURATION_MODIFIERS: &[&str] = &[
    "working",
    "business",
    "calendar",
    "school",
    "trading",
    "consecutive",
    // A day on Earth against another planet's: "about 12 Earth days".
    "earth",
    // A race's time bonus: "six bonus seconds".
    "bonus",
    // "les 30 premières minutes resteront gratuites", "ses dix dernières années".
    "premières",
    "premiers",
    "dernières",
    "derniers",
    "prochaines",
    "prochains",
];

/// Verbs that make casualties: a small number in words after one counts victims
/// ("killing all four aboard", "tuant trois").
pub(crate) const CASUALTY_VERBS: &[&str] = &[
    "killing", "killed", "kill", "kills", "wounding", "wounded", "injuring", "injured", "tuant", "tué", "tuer",
    "blessant", "blessé", "faisant",
];

/// Auxiliaries between a number in words and what befell the people it counts: "three
/// were taken", "deux ont été blessés".
pub(crate) const SUBJECT_AUXILIARIES: &[&str] = &[
    "were", "was", "have", "has", "had", "been", "are", "remain", "ont", "sont", "été", "avaient", "furent", "étaient",
    "seront",
];
/// Participles of what befalls people: after a number in words and an auxiliary, a count.
pub(crate) const BEFELL_PARTICIPLES: &[&str] = &[
    "killed",
    "injured",
    "wounded",
    "hurt",
    "taken",
    "hospitalised",
    "hospitalized",
    "rescued",
    "evacuated",
    "arrested",
    "detained",
    "missing",
    "dead",
    "tués",
    "tuées",
    "blessés",
    "blessées",
    "hospitalisés",
    "hospitalisées",
    "évacués",
    "interpellés",
    "arrêtés",
    "secourus",
    "disparus",
    "morts",
];
/// English number words below ten: they count only the closed list of counted nouns (see
/// `detect/words.rs`); from ten on, any plural noun ("Eleven whales that could not be
/// refloated").
pub(crate) const SMALL_WORDS_EN: &[&str] = &["two", "three", "four", "five", "seven", "eight", "nine"];

pub(crate) const DEFINITE_DETERMINERS: &[&str] = &[
    "les", "ces", "the", "these", "those", "ses", "leurs", "their", "its", "nos", "our",
];
/// English approximate nouns ("millions" is also French: told apart by what follows).
pub(crate) const APPROX_NOUNS_EN: &[&str] = &["dozen", "dozens", "hundreds", "thousands", "billions", "scores", "tens"];
/// Determiners that make an approximate noun a count without "de": "des milliers ont fui",
/// "par milliers".
pub(crate) const APPROX_DETERMINERS: &[&str] = &["des", "par", "plusieurs", "quelques"];
/// Multiples: "le double de", "double the number", "is expected to triple".
pub(crate) const MULTIPLES: &[&str] = &["double", "triple", "quadruple"];
/// Before "half", a half that is not a share: "the first half", "second half", "one and a
/// half", "one-half".
pub(crate) const NOT_A_HALF_AFTER: &[&str] = &["first", "second", "latter", "-", "and"];
/// After "half", a share: "half of", "half the", "half its", "half all".
pub(crate) const HALF_OF: &[&str] = &["of", "the", "its", "their", "all"];
/// Determiners before a fraction: "la moitié", "un tiers", "a third", "the quarter".
pub(crate) const FRACTION_DETERMINERS: &[&str] = &["la", "le", "les", "l'", "un", "une", "a", "an", "one", "the"];
/// After "quart de", a fixed phrase: "quart d'heure", "quart de finale", "quart de siècle".
pub(crate) const NOT_A_QUARTER: &[&str] = &["heure", "finale", "siècle"];
/// Before a French verb of multiplication, words that make it a noun, an adjective or a
/// reflexive ("le double", "se doublent"): no figure.
pub(crate) const NOT_A_VERB_AFTER_FR: &[&str] = &["se", "s'", "le", "la", "les", "l'", "un", "une"];
/// English articles: "a doubled dose", "the tripled budget" are adjectives.
pub(crate) const ARTICLES_EN: &[&str] = &["a", "an", "the"];
/// Before an English base form of multiplication ("to double", "will triple", "more than
/// quadruple"): the verb, not the adjective.
pub(crate) const BEFORE_INFINITIVE_EN: &[&str] =
    &["to", "will", "would", "could", "may", "might", "should", "can", "than"];
/// Verbs that follow a count ("500 died", "300 fled"), besides English past forms in -ed:
/// not the noun of the figure.
pub(crate) const VERBS_AFTER_COUNT: &[&str] = &[
    "fled", "died", "left", "fell", "rose", "went", "came", "remain", "remains", "took", "lost", "fought", "fuient",
    "meurent", "restent", "sont", "ont",
];

/// The multi-word tables, indexed by first word for the lookups of the detector.
struct Index {
    number_words: WordMap<NumWord>,
    /// Approximation prefixes, by first word: an index in `prefix_lists`.
    prefixes: WordMap<u32>,
    prefix_lists: Vec<Vec<Vec<&'static str>>>,
    /// Idioms, by first token: an index in `idiom_lists`.
    idioms: WordMap<u32>,
    idiom_lists: Vec<Vec<&'static [&'static str]>>,
}

fn index() -> &'static Index {
    static T: OnceLock<Index> = OnceLock::new();
    T.get_or_init(|| {
        let mut prefixes: HashMap<&str, Vec<Vec<&str>>> = HashMap::default();
        for p in APPROX_PREFIXES {
            let words: Vec<&str> = p.split(' ').collect();
            prefixes.entry(words[0]).or_default().push(words);
        }
        for v in prefixes.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        let mut idioms: HashMap<&str, Vec<&[&str]>> = HashMap::default();
        for i in IDIOMS {
            idioms.entry(i[0]).or_default().push(i);
        }
        for v in idioms.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        let (prefix_keys, prefix_lists): (Vec<_>, Vec<_>) = prefixes.into_iter().unzip();
        let (idiom_keys, idiom_lists): (Vec<_>, Vec<_>) = idioms.into_iter().unzip();
        Index {
            number_words: WordMap::new(NUMBER_WORDS.iter().copied()),
            prefixes: WordMap::new(prefix_keys.into_iter().zip(0..)),
            prefix_lists,
            idioms: WordMap::new(idiom_keys.into_iter().zip(0..)),
            idiom_lists,
        }
    })
}

/// The value of a number word.
pub(crate) fn number_word(lower: &str) -> Option<NumWord> {
    index().number_words.get(lower)
}
/// Approximation prefixes starting with `first`, longest first.
pub(crate) fn prefixes(first: &str) -> &'static [Vec<&'static str>] {
    let t = index();
    t.prefixes
        .get(first)
        .map_or(&[], |k| t.prefix_lists[k as usize].as_slice())
}
/// Idioms starting with `first`, longest first.
pub(crate) fn idioms(first: &str) -> &'static [&'static [&'static str]] {
    let t = index();
    t.idioms
        .get(first)
        .map_or(&[], |k| t.idiom_lists[k as usize].as_slice())
}

/// Streets after a number, in French: "12 rue des Lices", "3 bis avenue Foch" ("cours"
/// is left out: "12 cours de langue").
pub(crate) const STREETS_FR: &[&str] = &[
    "rue",
    "avenue",
    "av",
    "boulevard",
    "bd",
    "place",
    "chemin",
    "impasse",
    "allée",
    "quai",
    "route",
    "square",
    "passage",
    "faubourg",
];

/// Streets that close an English address: "221 Baker Street", "10 Downing Street".
pub(crate) const STREETS_EN: &[&str] = &[
    "street",
    "road",
    "avenue",
    "lane",
    "drive",
    "square",
    "place",
    "boulevard",
    "row",
    "terrace",
    "way",
    "close",
    "crescent",
    "court",
];

/// Places in a ranking gained or lost: "gagnera quatorze places", "climbed 12 spots".
pub(crate) const RANK_STEPS: &[&str] = &["places", "rangs", "spots"];

/// Verbs of a move in a ranking, before [`RANK_STEPS`].
pub(crate) const RANK_MOVES: &[&str] = &[
    "gagne",
    "gagné",
    "gagnera",
    "gagnerait",
    "perd",
    "perdu",
    "perdra",
    "grimpe",
    "grimpé",
    "grimpera",
    "recule",
    "reculé",
    "reculera",
    "monte",
    "monté",
    "chute",
    "chuté",
    "climbed",
    "climbs",
    "climb",
    "rose",
    "rises",
    "fell",
    "falls",
    "dropped",
    "drops",
    "gained",
    "gains",
    "lost",
    "loses",
    "moved",
    "moves",
    "jumped",
    "jumps",
];

/// The divisions of a territory, all of which a definite count names: "les 226 communes du
/// département", "the 24 oblasts of Ukraine".
pub(crate) const DIVISION_NOUNS: &[&str] = &[
    // "refermer les 33 chapitres de l'acquis": all the chapters of a negotiation.
    "chapitres",
    "chapters",
    "communes",
    "départements",
    "régions",
    "cantons",
    "arrondissements",
    "provinces",
    "oblasts",
    "districts",
    "counties",
    "boroughs",
    "municipalities",
    "länder",
    "wards",
];

/// Currency codes written before a sum ("CHF 480m", "USD 2.5bn"), as written: capitals.
pub(crate) const CURRENCY_CODES: &[&str] = &[
    "CHF", "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "PLN", "SEK", "NOK", "DKK", "CAD", "AUD", "HUF", "CZK",
    "TRY", "INR",
];
/// Securities named by their coupon: "7-3/4 pct notes due 2031".
pub(crate) const BOND_NOUNS: &[&str] = &[
    "notes",
    "bonds",
    "debentures",
    "gilts",
    "obligations",
    "treasuries",
    "note",
    "bond",
    "gilt",
    "btp",
    "btps",
    "bund",
    "bunds",
    "oat",
    "oats",
    "bonos",
];

/// Words that ask to call a number right after them: "composez le 32 37", "tél. 04 …",
/// "Group bookings: 01632 960 555".
pub(crate) const PHONE_CUES: &[&str] = &[
    "composez",
    "composer",
    "appelez",
    "appeler",
    "tél",
    "téléphone",
    "telephone",
    "phone",
    "dial",
    "fax",
    "bookings",
    "hotline",
];

/// Kin named before an age in apposition: "Trevithick's son, 27, left", "sa fille, 12 ans".
pub(crate) const KIN_NOUNS: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "mother",
    "father",
    "widow",
    "partner",
    "fils",
    "fille",
    "épouse",
    "mari",
    "frère",
    "sœur",
    "mère",
    "père",
    "veuve",
    "compagne",
    "compagnon",
];

/// Medals counted in a medal table: "topped the medal table with 14 golds".
pub(crate) const MEDAL_NOUNS: &[&str] = &["golds", "silvers", "bronzes", "medals", "médailles", "titres"];

/// Verbs of leading in a match, before "by"/"de" and the margin: "had led by as many as 14".
pub(crate) const LEAD_VERBS: &[&str] = &[
    "led", "leading", "trailed", "trailing", "won", "lost", "menait", "menaient", "mené", "menés", "menée",
];
