//! Attribution cues as data: phrases that name a source, and the reporting verbs of French
//! and English in every tense and person a news story uses.
//!
//! French regular verbs are listed by stem and conjugated here (present, imperfect, simple
//! past, future, past participle); irregular verbs list their forms. Conditional forms are
//! left out on purpose: a verb in the conditional hedges, it does not attribute.

use crate::figures::wordmap::{WordMap, WordSet};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Placeholders a writer leaves where the source will go ("selon [source]", "according to
/// TK"): after a source phrase they name nobody. The default of
/// [`crate::figures::FigureOptions::placeholders`]; matched without regard to ASCII case.
pub const PLACEHOLDERS: &[&str] = &[
    "[source à préciser]",
    "[source]",
    "[à compléter]",
    "[à préciser]",
    "(réf. à venir)",
    "TKTK",
    "TK",
    "XXX",
    "xx",
];

/// Nouns of a rule, norm, definition or method: after "selon", "d'après", "according to"
/// (and a determiner) they name no speaker. A law or a contract is not among them: a text
/// that sets the figure owns it ("selon la loi de programmation", "selon les termes du
/// contrat" are sources, see the guideline).
pub(crate) const RULE_NOUNS: &[&str] = &[
    // A classification: "selon la grille de nuances du ministère".
    "grille",
    // "Selon le protocole national, chaque comptage mobilise…": a procedure.
    "protocole",
    // "Selon le règlement du concours, la lauréate doit…": rules.
    "règlement",
    // "Selon le Code civil (article 716), l'inventeur d'un trésor en reçoit la moitié": a
    // code's rule of law, not a text that sets this figure.
    "code",
    "règlements",
    "définition",
    "définitions",
    "méthode",
    "méthodes",
    "méthodologie",
    "norme",
    "normes",
    "règle",
    "règles",
    "critère",
    "critères",
    "barème",
    "barèmes",
    "formule",
    "calcul",
    "calculs",
    "convention",
    "conventions",
    "réglementation",
    "nomenclature",
    "classification",
    "definition",
    "definitions",
    "method",
    "methods",
    "methodology",
    "rule",
    "rules",
    "norm",
    "norms",
    "standard",
    "standards",
    "criteria",
    "criterion",
    "formula",
    "regulations",
    // A law or one of its articles: "aux termes de l'article 313-1", "under the law".
    "article",
    "articles",
    "loi",
    "lois",
    "code",
    "arrêté",
    "arrêtés",
    "décret",
    "law",
    "laws",
    "statute",
    // "qui réunit, selon la Constitution, un Bosniaque, un Croate et un Serbe".
    "constitution",
    "traité",
    "traités",
    "charte",
    "treaty",
    "treaties",
    "charter",
];

/// Nouns of a criterion: after "selon" (and a determiner) they mean "depending on", not a
/// speaker: "de 210 à 235 dollars selon la qualité", "selon les régions", "selon l'âge".
pub(crate) const CRITERION_NOUNS: &[&str] = &[
    // "varie de 0,89 à 1,65 euro selon les magasins".
    "magasins",
    "enseignes",
    "villes",
    "départements",
    "qualité",
    "qualités",
    "type",
    "types",
    "cas",
    "âge",
    "âges",
    "région",
    "régions",
    "saison",
    "saisons",
    "taille",
    "tailles",
    "modèle",
    "modèles",
    "gravité",
    "distance",
    "distances",
    "durée",
    "profil",
    "profils",
    "secteur",
    "secteurs",
    "variété",
    "variétés",
    "catégorie",
    "catégories",
    "gamme",
    "gammes",
    "période",
    "périodes",
    "zone",
    "zones",
    "situation",
    "situations",
    "revenu",
    "revenus",
    "ancienneté",
    "poids",
    "volume",
    "volumes",
    "heure",
    "heures",
    "jour",
    "jours",
    "année",
    "années",
    "grade",
    "grades",
    "catégorie",
    "catégories",
    "niveau",
    "niveaux",
    "option",
    "options",
    // "Le loyer d'un étal va de 180 à 320 euros selon la surface".
    "surface",
    // "vendues entre 150 et 300 euros selon la puissance du véhicule".
    "puissance",
    // "Les pertes varient de 30 à 100 % selon les parcelles".
    "parcelle",
    "parcelles",
    "surfaces",
    "emplacement",
    "emplacements",
    "formule",
    "formules",
];

/// Texts that set a figure rather than report it: as the subject of a verb of provision
/// ("prévoit", "fixe") they are no source: "le budget 2026 prévoit 108 milliards", "la loi
/// fixe le seuil à 20 salariés" (the guideline: a rule may be the subject of the sentence).
/// A contract or a report is not among them: a contract's terms own its figures, a report
/// reports.
pub(crate) const INSTRUMENT_NOUNS: &[&str] = &[
    "code",
    "article",
    "budget",
    "budgets",
    "loi",
    "lois",
    "texte",
    "textes",
    "accord",
    "accords",
    "traité",
    "décret",
    "arrêté",
    "règlement",
    "directive",
    "instrument",
    "programme",
    "plan",
    "paquet",
    "mécanisme",
    "réforme",
    "amendement",
    "ordonnance",
    "dispositif",
    "résolution",
    "pacte",
    "protocole",
    "projet",
    "projets",
    "contrat",
    "convention",
    // A council's or a court's act: "La délibération fixe le tarif à 1,20 euro", "Le
    // tribunal a fixé le préjudice à 5 000 euros".
    "délibération",
    "tribunal",
    "cour",
    "décision",
    "charte",
    // Scales and grids that set thresholds: "La grille départementale fixe à 30 élèves le
    // seuil…".
    "grille",
    "barème",
    "réglementation",
];

/// Stems of the French verbs of provision ("prévoit", "prévoyait", "fixe", "a fixé"): with
/// a text of [`INSTRUMENT_NOUNS`] as subject they set the figure, nobody reports it.
pub(crate) const PROVISION_STEMS_FR: &[&str] = &["prév", "fix"];

/// What may follow "fixer" as a verb: a determiner of its object, "à", "que", an adverb (a
/// day of the week too, see `lexicon::detect::WEEKDAYS`).
pub(crate) const FIXER_OBJECT_STARTS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cette",
    "ces",
    "à",
    "au",
    "aux",
    "que",
    "qu'",
    "désormais",
    "maintenant",
    "ainsi",
    "alors",
    "déjà",
];

/// Determiners between a source phrase and a rule noun.
pub(crate) const RULE_DETERMINERS: &[&str] = &[
    "la", "le", "les", "l'", "une", "un", "sa", "son", "ses", "leur", "leurs", "cette", "ce", "ces", "the", "a", "an",
    "its", "their", "this", "these",
];

/// Phrases that attribute what their sentence says ("selon", "according to"), as token
/// sequences in lower case (`d'` and `jusqu'` are single tokens; hyphens are tokens).
pub(crate) const PHRASES: &[&str] = &[
    // French
    "selon",
    "d' après",
    "de source",
    "de sources",
    "de même source",
    "citant",
    "cité par",
    "citée par",
    "cités par",
    "citées par",
    "à en croire",
    // What a court is told, in court reporting: "…, Preston Crown Court heard".
    "court heard",
    "jury heard",
    "tribunal heard",
    "inquest heard",
    // A count its author keeps: "she has baked, by her own count, more than 3,000 cakes".
    "by the reckoning of",
    "by her own count",
    "by his own count",
    "by their own count",
    "by its own count",
    "de son propre aveu",
    "aux dires de",
    "aux dires d'",
    "a - t - on appris",
    "ont appris",
    "a appris",
    // Inverted: "…, a-t-on appris de source syndicale".
    "on appris",
    "avons appris",
    "avait appris",
    "dans un communiqué",
    "au recensement",
    "lors du recensement",
    // "La commune comptait 612 habitants au dernier recensement".
    "au dernier recensement",
    "lors du dernier recensement",
    "at the last census",
    "in the last census",
    "at the census",
    "in the census",
    "dans son communiqué",
    "dans un rapport",
    "dans son rapport",
    "dans une note",
    "dans une étude",
    "dans une déclaration",
    "dans un entretien",
    "dans une interview",
    "dans un message",
    "dans une lettre",
    "dans un courrier",
    "fait état",
    "font état",
    "faisait état",
    "faisaient état",
    "fait savoir",
    "font savoir",
    "fait valoir",
    "font valoir",
    "table sur",
    "tablent sur",
    "tablait sur",
    "tablaient sur",
    "tablé sur",
    "de l' aveu",
    "sources proches",
    "source proche",
    "d' une source",
    "une source",
    "des sources",
    "sources concordantes",
    "a confié",
    "ont confié",
    "confie",
    // English
    "according to",
    // A document's list: "Key results, as listed in the preprint:".
    "as listed in",
    // "The union's demands, as listed on its website, are:".
    "as listed on",
    "as posted on",
    "as published in",
    "as published on",
    "as set out in",
    // "Result as declared by the acting returning officer:".
    "as declared by",
    "as reported by",
    "as announced by",
    "as published by",
    "as certified by",
    "tel que publié par",
    "tels que publiés par",
    "telle que publiée par",
    "tels que proclamés par",
    "citing",
    "cited by",
    "in a statement",
    "in a report",
    "in an interview",
    "in a post",
    "in a letter",
    "in a briefing",
    "a report by",
    "a report from",
    "a study by",
    "a survey by",
    "a poll by",
    "data from",
    "figures from",
    "figures released by",
    "data released by",
    "put the toll at",
    "puts the toll at",
    "put the number at",
    "puts the number at",
    "put the figure at",
    "puts the figure at",
    "put the death toll at",
    "puts the death toll at",
    "people familiar with",
    "sources familiar with",
    "source familiar with",
    "told",
    "figures show",
    "figures showed",
    "data show",
    "data shows",
    "data showed",
    "survey found",
    "poll found",
    "study found",
    "report found",
    "survey shows",
    "poll shows",
    "survey showed",
    "poll showed",
    // (Not "under the plan", "under the deal", "under the agreement": a plan's figures are
    // set by it, not reported, "Under the agreement, the UK's share is about 188,000
    // tonnes".)
    "under the terms of",
    "en vertu de",
    "en vertu d'",
    "aux termes de",
    "aux termes d'",
    "aux termes du",
    "aux termes des",
];

/// Words after "par"/"by" that make it a means, a rate or a manner, not a passive's agent:
/// "par jour", "par habitant", "par ailleurs", "by far", "by phone".
/// Words other than determiners that open a French agent after "par": quantifiers and
/// pronouns ("par plusieurs ONG", "par eux").
pub(crate) const AGENT_STARTS_FR: &[&str] = &[
    "plusieurs",
    "certains",
    "certaines",
    "quelques",
    "divers",
    "diverses",
    "nombre",
    "lui",
    "elle",
    "eux",
    "elles",
    "celui",
    "celle",
    "ceux",
    "celles",
    "chacun",
    "chacune",
    "tous",
    "toutes",
    "aucun",
    "aucune",
    "moi",
    "nous",
    "vous",
];

pub(crate) const NOT_AGENT_AFTER_BY: &[&str] = &[
    "an",
    // Units of a rate: "0,92 mg par litre", "par kilo".
    "litre",
    "litres",
    "kilo",
    "kilogramme",
    "mètre",
    "kilomètre",
    "tonne",
    "baril",
    "unité",
    "jour",
    "mois",
    "semaine",
    "heure",
    "habitant",
    "tête",
    "personne",
    "hectare",
    "élève",
    "foyer",
    "ménage",
    "salarié",
    "patient",
    "match",
    "rencontre",
    "exemple",
    "ailleurs",
    "contre",
    "conséquent",
    "suite",
    "rapport",
    "far",
    "then",
    "now",
    "hand",
    "phone",
    "telephone",
    "email",
    "mail",
    "road",
    "rail",
    "air",
    "sea",
    "day",
    "night",
    "year",
    "month",
    "week",
    "hour",
    "contrast",
    "comparison",
    "chance",
    "default",
    "percent",
    "half",
];

/// Possessive determiners: a noun after one belongs to someone, it does not speak ("her
/// hashtag", "sa campagne").
pub(crate) const POSSESSIVES: &[&str] = &[
    "her", "his", "their", "its", "my", "our", "your", "sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre",
    "vos",
];

/// English determiners of a singular noun: a bare verb form after one is a noun ("a light
/// show").
pub(crate) const SINGULAR_DETERMINERS_EN: &[&str] = &["a", "an", "one", "each", "every", "another"];

/// The verbs of the [`PHRASES`] that are clauses of their own ("a appris", "font état",
/// "poll found", "told"): in a subordinate clause they cover that clause only.
pub(crate) const PHRASE_VERBS: &[&str] = &[
    "appris", "état", "savoir", "valoir", "sur", "confié", "confie", "told", "show", "shows", "showed", "found",
];

/// Regular French -er reporting verbs by stem; the second field is the stem used before a
/// silent ending when it differs (répéter -> répète, rappeler -> rappelle).
pub(crate) const FR_ER: &[(&str, Option<&str>)] = &[
    ("déclar", None),
    ("affirm", None),
    ("indiqu", None),
    ("précis", None),
    ("expliqu", None),
    ("ajout", None),
    ("soulign", None),
    ("estim", None),
    ("jug", None),
    ("considér", Some("considèr")),
    ("annonc", None),
    ("confirm", None),
    ("ni", None),
    ("révél", Some("révèl")),
    ("rapport", None),
    ("racont", None),
    ("témoign", None),
    ("signal", None),
    ("constat", None),
    ("évoqu", None),
    // A reason given with its figure: "Le groupe invoque une baisse de 22 % des commandes".
    ("invoqu", None),
    // A lawyer's argument: "Son avocate a plaidé la bonne foi : « … »".
    ("plaid", None),
    ("mentionn", None),
    ("cit", None),
    ("alert", None),
    ("déplor", None),
    ("dénonc", None),
    ("accus", None),
    ("insist", None),
    ("martel", Some("martèl")),
    ("répét", Some("répèt")),
    ("rétorqu", None),
    ("répliqu", None),
    ("comment", None),
    ("publi", None),
    ("communiqu", None),
    ("détaill", None),
    // "a égrené les chiffres du dossier : 412 factures, …".
    ("égren", Some("égrèn")),
    ("chiffr", None),
    ("évalu", None),
    ("recens", None),
    ("dénombr", None),
    ("comptabilis", None),
    ("parl", None),
    ("résum", None),
    // "« … », fulmine une retraitée".
    ("fulmin", None),
    ("pronostiqu", None),
    ("pens", None),
    ("fix", None),
    ("montr", None),
    ("calcul", None),
    ("tweet", None),
    ("énumér", Some("énumèr")),
    ("avou", None),
    // "L'armée de l'air revendique 118 interceptions": a claim, its author named (not in a
    // description of the subject: "le syndicat, qui revendique 12 000 adhérents", see
    // `DESCRIBING_CLAIMS`).
    ("revendiqu", None),
];
/// Claims that describe a subject when they sit in its relative clause ("le syndicat, qui
/// revendique 12 000 adhérents, affirme…", "the union, which claims 12,000 members,
/// said…"): the description stays the newsroom's.
pub(crate) const DESCRIBING_CLAIMS: &[&str] = &["revendique", "revendiquent", "revendiquait", "claims", "claimed"];

/// French -er verbs that report only before "que" or in an incise (", a assuré le
/// ministre"): otherwise they mean something else ("assurer la défense", "rappeler un
/// ambassadeur", "avancer de 10 km").
pub(crate) const FR_ER_WEAK: &[(&str, Option<&str>)] = &[
    // Incise verbs: "», a justifié le président", "», plaisante Roger".
    ("justifi", None),
    ("plaisant", None),
    // "», lâche l'apiculteur" (not "lâcher prise", "a lâché 300 mètres").
    ("lâch", None),
    // "« … aujourd'hui on en compte 64 », savoure le président" (not "savoure sa victoire").
    ("savour", None),
    // "la résolution demande que 140 milliards soient…": a demand voiced.
    ("demand", None),
    // "», glisse un proche", "glisse-t-il", "a glissé que…"; "avait glissé 1 500 tracts
    // dans les boîtes aux lettres" says nothing.
    ("gliss", None),
    // "», confie le maire", "a confié à l'AFP que…"; "a confié la gestion de ses 620
    // places à une société" entrusts.
    ("confi", None),
    // "le syndicat réclame que…", "réclame 300 postes" (a demand of a figure, see
    // `verbs_fr::claims`); "les parents réclament la piste : …" voices no figure.
    ("réclam", None),
    ("assur", None),
    ("rappel", Some("rappell")),
    ("not", None),
    ("observ", None),
    ("relev", Some("relèv")),
    ("avanc", None),
    ("lanc", None),
    ("tranch", None),
    ("plaid", None),
    // "les organisateurs tablent sur 80 000 visiteurs": a forecast voiced (only before
    // "sur": "la table", "tennis de table").
    ("tabl", None),
    // "a salué « une mobilisation exemplaire »", "soupire-t-elle", "a recommandé que".
    ("salu", None),
    ("soupir", None),
    ("recommand", None),
    // Speech with a tone, before "que", in an incise or before a quotation ("ironise :
    // « … »", "« … », raille le maire"); with an object they judge, not report ("regrette
    // le temps où…", "fustige la réforme").
    ("ironis", None),
    // "« … », tempère un éleveur" (not "tempère l'enthousiasme").
    ("tempér", Some("tempèr")),
    ("raill", None),
    ("tempêt", None),
    ("pest", None),
    ("fustig", None),
    ("agac", None),
    ("alarm", None),
    ("regrett", None),
    // "« J'ai tout perdu », souffle la vigneronne"; "souffler les bougies" is no speech.
    ("souffl", None),
    // "« Qui va nous embaucher ? », interroge une déléguée" speaks in an incise; "a interrogé
    // 1 008 personnes" polls.
    ("interrog", None),
    // "« On ne tient plus », lâche un mouleur"; "X, assume : « … »".
    ("lâch", None),
    ("assum", None),
    // "le syndicat conteste que…" voices a denial; "contestait une donation de 1,8 million"
    // disputes a thing, in court or elsewhere.
    ("contest", None),
    // "La Commission a proposé de mobiliser 25 milliards": a proposal voiced (before "de"
    // and its infinitive); "propose un logement" is an offer.
    ("propos", None),
];

/// Infinitives after which a weak verb voices a claim: "le fabricant assure pouvoir livrer",
/// "il affirme avoir reçu", "elle rappelle être".
pub(crate) const CLAIM_INFINITIVES_FR: &[&str] =
    &["pouvoir", "avoir", "être", "vouloir", "devoir", "compter", "disposer"];

/// Irregular French verbs that report only before "que" or in an incise ("conclure un
/// bail", "soutenir un projet").
pub(crate) const FR_WEAK_IRREGULAR: &[&str] = &[
    // "« … », a défendu le président de la Région" speaks in an incise; "défend son
    // bilan", "a défendu 300 dossiers" do not.
    "défend",
    "défendu",
    "défendait",
    // "Les guides en attendent deux fois plus": a forecast voiced (before a figure, see
    // `verbs_fr::claims`); "attend le train" is no report.
    "attend",
    "attendent",
    "attendait",
    "attendaient",
    // "« … », poursuit-il" speaks; "poursuit sa route", "poursuit trois personnes" do not.
    "poursuit",
    "poursuivent",
    "poursuivait",
    "poursuivit",
    "conclut",
    "concluent",
    "concluait",
    "concluaient",
    "conclu",
    "soutient",
    "soutiennent",
    "soutenait",
    "soutenaient",
    "soutint",
    "soutenu",
    // "« Quatre voix, c'est peu », a réagi la maire" (not "le marché a réagi").
    "réagi",
    "réagit",
    // "« Cent cinquante emplois seront créés », promet son directeur" (not "Berlin promet
    // deux systèmes", a pledge).
    "promet",
    "promettent",
    "promettait",
    // "« On était plus de 120 », sourit l'animatrice".
    "sourit",
    "souriait",
];

/// Irregular French verbs: finite forms that stand alone.
pub(crate) const FR_FINITE: &[&str] = &[
    // A prosecutor's demand is voiced: "le procureur avait requis 200 000 euros".
    "requis",
    "requiert",
    "requièrent",
    "requérait",
    "dit",
    "disent",
    "disait",
    "disaient",
    "dira",
    "diront",
    "dirent",
    "dis",
    "disons",
    "dites",
    "écrit",
    "écrivent",
    "écrivait",
    "écrivaient",
    // The imperfect's plural persons, as a correction writes them: "nous écrivions que…",
    // "nous disions que…".
    "écrivions",
    "disions",
    "écrivit",
    "écrira",
    "reconnaît",
    "reconnait",
    "reconnaissent",
    "reconnaissait",
    "reconnaissaient",
    "reconnut",
    "admet",
    "admettent",
    "admettait",
    "admit",
    "prétend",
    "prétendent",
    "prétendait",
    "prévient",
    "préviennent",
    "prévenait",
    "prévint",
    "répond",
    "répondent",
    "répondait",
    "répondit",
    "dément",
    "démentent",
    "démentait",
    "démentit",
    "avertit",
    "avertissent",
    "avertissait",
    "prédit",
    "prédisent",
    "décrit",
    "décrivent",
    "décrivait",
    "prévoit",
    "prévoient",
    "prévoyait",
    // "Le CGLPL formule 28 recommandations": a body voicing its own findings. Spelt out,
    // not conjugated from its stem: the passé simple "formula" is an English noun.
    "formule",
    "formulent",
    "formulait",
    "formulaient",
];

/// Irregular French past participles (they attribute after avoir: "a dit", "ont écrit").
pub(crate) const FR_PARTICIPLES: &[&str] = &[
    "dit",
    "écrit",
    "reconnu",
    "admis",
    "prétendu",
    "prévenu",
    "répondu",
    "démenti",
    "averti",
    "poursuivi",
    "prédit",
    "décrit",
    "appris",
    "formulé",
];

/// French participles that, in a passive without agent, only seem to give a source
/// ("est estimé à", "ont été recensés").
pub(crate) const FR_PASSIVE: &[&str] = &[
    // Measured: "une baisse de 7 % a été mesurée par le gestionnaire".
    "mesuré",
    "mesurée",
    "mesurés",
    "mesurées",
    "enregistré",
    "enregistrée",
    "enregistrés",
    "enregistrées",
    "estimé",
    "estimée",
    "estimés",
    "estimées",
    "évalué",
    "évaluée",
    "évalués",
    "évaluées",
    "chiffré",
    "chiffrée",
    "chiffrés",
    "chiffrées",
    "recensé",
    "recensée",
    "recensés",
    "recensées",
    "dénombré",
    "dénombrée",
    "dénombrés",
    "dénombrées",
    "comptabilisé",
    "comptabilisée",
    "comptabilisés",
    "comptabilisées",
    "rapporté",
    "rapportée",
    "rapportés",
    "rapportées",
    "signalé",
    "signalée",
    "signalés",
    "signalées",
    "annoncé",
    "annoncée",
    "annoncés",
    "annoncées",
    "évoqué",
    "évoquée",
    "évoqués",
    "évoquées",
    "avancé",
    "avancée",
    "avancés",
    "avancées",
    "calculé",
    "calculée",
    "calculés",
    "calculées",
    "prévu",
    "prévue",
    "prévus",
    "prévues",
    "compté",
    "comptée",
    "comptés",
    "comptées",
];

/// English reporting verbs that attribute on their own (past forms are also checked for a
/// passive by the caller).
pub(crate) const EN_VERBS: &[&str] = &[
    // An offer or a proposal voiced, before "to" and a verb only (see `OFFER_EN`).
    "offered",
    "offers",
    "proposed",
    "proposes",
    // Advice voiced: "the council had recommended a cut of up to 30%".
    "recommended",
    "recommends",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "added",
    "adds",
    "noted",
    "explained",
    "explains",
    "reported",
    "estimated",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "claimed",
    "alleged",
    "alleges",
    "argued",
    "argues",
    "argue",
    // "Bidders complained that steel prices rose 14%".
    "complained",
    "complain",
    // A present participle after its speaker: "…, arguing that her bonus had risen
    // threefold".
    "arguing",
    "saying",
    // "thanked the EU on X, writing that the money would support 1 million people".
    "writing",
    "claiming",
    // A company's own results: "raised its target after reporting a 12 pct rise".
    "reporting",
    "announcing",
    // A body that checks a count: "The UN mission has verified more than 15,000 deaths".
    "verified",
    "verifies",
    "estimating",
    "forecasting",
    // "with economists expecting a headline rate of 2.1 pct".
    "expecting",
    // An opinion voiced: "the 95% level that public health experts consider necessary".
    "consider",
    "considers",
    "insisting",
    "insisted",
    "insists",
    "warned",
    "warns",
    "wrote",
    "writes",
    "posted",
    "testified",
    "disclosed",
    "discloses",
    "revealed",
    "reveals",
    "tallied",
    "projected",
    "forecast",
    "counted",
    "calculated",
    "recorded",
    // "The seismological centre (EMSC) measured its magnitude at 6.0".
    "measured",
    // "who sees the full-year deficit at about $18 bln", "traders see the crop at…" (see
    // `verbs_en::verdict`).
    "sees",
    "see",
    // A demand with its figure: "The union is demanding a 6.5% pay rise".
    "demanding",
    "demands",
    "demanded",
    // "The union is asking for a rise of 8%", "The GMB is seeking a rise of 8%".
    "asking",
    "seeking",
    // A document giving a value as a figure: "An earlier version of this article gave the
    // number of strikers as 1,400".
    "gave",
    "gives",
    // A document listing a figure: "Its investor presentation lists 14 ships on order".
    "lists",
    // A body's own figure changed: "The ONS revised September's figure to show growth of
    // 0.3 pct".
    "revised",
    "recalled",
    "stressed",
    "conceded",
    "concluded",
    "predicted",
    "predicts",
    "cautioned",
    "tweeted",
    "reckoned",
    "reckons",
    "puts",
    "put",
    "quoted",
    "cited",
    "detailed",
    "briefed",
    "informed",
    "indicated",
    "indicates",
    "suggested",
    "suggests",
    "believes",
    "believed",
    "thinks",
    "thought",
    "expects",
    "expected",
    "expect",
    "projects",
    "estimates",
    "estimate",
    "reports",
    "claims",
    "claim",
    "notes",
    "forecasts",
    "found",
    "finds",
    "showed",
    "shows",
    "show",
    "states",
    "suggest",
    "placed",
    "places",
    // "called for" a sum: a demand its subject voiced (alone, "called" names).
    "called",
    // "The DfT values a road death at £2.6m": an estimate its subject makes.
    "values",
    // "was valued at £1.2m by the committee": a passive, with its agent or without.
    "valued",
];

/// English nouns of people who speak for their trade: a subject a few words before an
/// ambiguous form ("Economists polled by Reuters had expected", "analysts estimate").
pub(crate) const SPEAKER_NOUNS_EN: &[&str] = &[
    // A wire headline's "NATO chief puts European shell output at…".
    "chief",
    "economists",
    "analysts",
    "experts",
    "forecasters",
    "officials",
    "researchers",
    "scientists",
    "investors",
    "traders",
    // Cargo surveyors, whose export estimates the palm oil wires quote.
    "surveyors",
    "strategists",
    "observers",
    "diplomats",
    "sources",
    "economist",
    "analyst",
    "expert",
    "consultants",
    "insurers",
    "critics",
    "volunteers",
    "brokers",
    // "One London-based dealer put the Ivorian harvest at about 2.1 million tons".
    "dealer",
    "dealers",
    "trader",
    "broker",
    // Trades whose work is to measure or forecast: "Some astronomers put the chance … at
    // about 20%".
    "astronomers",
    "meteorologists",
    "seismologists",
    "geologists",
    "epidemiologists",
    "statisticians",
    "demographers",
    "pollsters",
];

/// French nouns of bodies that may speak: a description of one stays outside its source.
pub(crate) const BODIES_FR: &[&str] = &[
    "groupe",
    "entreprise",
    "société",
    "syndicat",
    "association",
    "collectif",
    "ministère",
    "mairie",
    "préfecture",
    "fédération",
    "ong",
    "club",
    "commune",
    "région",
    "département",
    "agence",
    "banque",
    "gouvernement",
];
/// English nouns of bodies that speak for themselves: "the city estimates", "the ministry
/// reports".
pub(crate) const BODIES_EN: &[&str] = &[
    "city",
    "government",
    "ministry",
    "council",
    "company",
    "agency",
    "police",
    "army",
    "bank",
    "department",
    "authorities",
    "authority",
    "union",
    "commission",
    "organisers",
    "organizers",
    "club",
    "trust",
    "board",
    "airport",
    "operator",
    "firm",
    "group",
    "state",
    "embassy",
    "regulator",
    "military",
    "kremlin",
    "pentagon",
    "white",
    // Research bodies: "the centre found", "the institute estimates".
    "centre",
    "center",
    "institute",
    "network",
    "watchdog",
    // A speaker's own people: "His team estimates Italy has covered…".
    "team",
    "office",
];

/// English forms that are also common nouns or adjectives: they attribute only after a
/// pronoun or before "that".
pub(crate) const EN_AMBIGUOUS: &[&str] = &[
    "estimates",
    "estimate",
    "reports",
    "claims",
    "claim",
    "notes",
    "forecasts",
    "projects",
    "found",
    "finds",
    "showed",
    "shows",
    "show",
    "states",
    "put",
    "puts",
    "thought",
    "believed",
    "expected",
    "quoted",
    "cited",
    "informed",
    "indicated",
    "suggested",
    "detailed",
    "recorded",
    "counted",
    "suggest",
    "placed",
    "places",
    "values",
    "expect",
];

/// English participles that, in a passive without agent, only seem to give a source.
pub(crate) const EN_PASSIVE: &[&str] = &[
    "estimated",
    "put",
    "thought",
    "believed",
    "reported",
    "said",
    "projected",
    "expected",
    "forecast",
    "counted",
    "calculated",
    "recorded",
    "tallied",
    "understood",
    "known",
    // "The court was told that…": evidence heard, no one named.
    "told",
    "valued",
];

/// English hedges that, like the French conditional, name no source.
pub(crate) const EN_HEDGES: &[&str] = &["reportedly", "allegedly", "purportedly", "supposedly", "apparently"];

/// French words ending in -rait that are not conditionals.
pub(crate) const NOT_CONDITIONAL: &[&str] = &[
    "trait",
    "traits",
    "retrait",
    "retraits",
    "portrait",
    "portraits",
    "extrait",
    "extraits",
    "attrait",
    "attraits",
    "abstrait",
    "distrait",
    "soustrait",
    "raient",
];

/// Forms of avoir that make a French participle active ("a déclaré").
pub(crate) const AVOIR: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "eut", "eurent", "avoir", "ayant", "ai", "as", "avons", "avez",
    "aurait", "auraient",
];
/// English verbs whose audience comes right after them: "told reporters … that".
pub(crate) const AUDIENCE_VERBS_EN: &[&str] = &[
    "told", "tells", "tell", "telling", "informed", "informs", "reminded", "reminds", "warned", "warns", "assured",
    "assures",
];
/// Prepositions that open where a reporting verb speaks, right after it: "said at a
/// meeting attended by…", "a déclaré devant 200 habitants que" (not "à": "a estimé à
/// 300 000 le nombre de déplacés que…" reports its figure).
pub(crate) const SETTING_PREPOSITIONS: &[&str] = &["at", "in", "before", "to", "during", "devant", "lors", "pendant"];
/// Verbs whose subject receives or costs a sum rather than reporting it: "The study received
/// €1.4m" ("recieved", the commonest misspelling, too).
pub(crate) const RECEIVING_VERBS: &[&str] = &[
    // "Le rapport dans l'ordre s'élève à 48 320 euros": a payout amounts to, it does not speak.
    "élève",
    "élèvent",
    "élevait",
    "received",
    "recieved",
    "receives",
    "got",
    "obtained",
    "cost",
    "costs",
    "reçu",
    "obtenu",
    "coûté",
    "coûte",
    "bénéficié",
    "touché",
    // "L'enquête publique, close le 2 octobre, a recueilli 1 340 contributions": what it
    // was sent, not what it reports.
    "recueilli",
    "recueille",
    "collected",
];
/// French negations after "ne" and the verb or its auxiliary: "n'a jamais confirmé".
pub(crate) const NEGATIONS_FR: &[&str] = &["pas", "jamais", "plus", "guère", "point", "aucunement", "nullement"];
/// Forms of être (French) and be (English) that make a participle passive.
pub(crate) const ETRE: &[&str] = &[
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "été", "être", "fut", "furent", "soit",
    "soient", "étant",
];
pub(crate) const BE: &[&str] = &["is", "are", "was", "were", "been", "be", "being", "am"];

/// Words between "ajouter"/"add" and the quantity added: "ajoute encore 20 navires",
/// "added another 105", "adds a further 30", "ajoute près de 2 000".
pub(crate) const ADD_QUANTIFIERS: &[&str] = &[
    "encore", "près", "de", "d'", "environ", "quelque", "plus", "au", "moins", "another", "a", "further", "more",
    "some", "about", "nearly", "almost", "roughly", "around", "up", "to", "over", "than", "also",
];

/// Subject pronouns that continue an attribution ("Il a ajouté", "She said").
pub(crate) const PRONOUNS: &[&str] = &[
    "il", "elle", "ils", "elles", "he", "she", "they", "celui-ci", "celle-ci", "ceux-ci",
];
/// Demonstrative subjects that, before a form of be ([`BE_FORMS`]), go on about what the
/// previous sentence said ("C'est moins que…", "This is a decrease from…").
pub(crate) const DEMONSTRATIVES: &[&str] = &["c'", "ce", "cela", "ceci", "this", "that"];
/// Forms of be and être after a demonstrative subject.
pub(crate) const BE_FORMS: &[&str] = &["est", "était", "serait", "is", "was", "'s"];
/// Nouns that name a source when they start a sentence ("Le rapport indique aussi").
pub(crate) const SOURCE_NOUNS: &[&str] = &[
    "rapport",
    "étude",
    "document",
    "communiqué",
    "texte",
    "note",
    "enquête",
    "sondage",
    "report",
    "study",
    "statement",
    "survey",
    "poll",
    "porte-parole",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// French determiners: a reporting form after one of them is a noun ("une note").
pub(crate) const DETERMINERS_FR: &[&str] = &[
    "le",
    "la",
    "l'",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "au",
    "aux",
    "quelques",
    "plusieurs",
    "premières",
    "dernières",
    "nouvelles",
    "nouveaux",
];
/// English determiners and adjectives: a reporting form after one of them is a noun or an
/// adjective ("the reports", "an estimated 10,000").
pub(crate) const DETERMINERS_EN: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "some",
    "many",
    "several",
    "no",
    "any",
    "each",
    "every",
    "other",
    "official",
    "new",
    "latest",
    "early",
    "initial",
    "preliminary",
    "western",
    "independent",
    "ukrainian",
    "russian",
    "american",
    "recent",
    "previous",
    "such",
    "most",
];

/// Nouns of documents: a sentence whose subject is one of them is attributed to it
/// ("L'enquête montre", "The report found").
pub(crate) const DOC_NOUNS: &[&str] = &[
    // "The cargo manifest published by the agency lists:".
    "manifest",
    "rapport",
    "étude",
    "enquête",
    "sondage",
    "rapports",
    "études",
    "enquêtes",
    "sondages",
    // Counts made on the ground: "Les inventaires menés par le Conservatoire ont permis de
    // recenser :".
    "inventaire",
    "inventaires",
    "communiqué",
    "document",
    "recensement",
    "report",
    "study",
    "survey",
    "poll",
    "statement",
    "census",
];

/// Nouns of data that show what they hold: "les chiffres montrent une hausse".
pub(crate) const DATA_NOUNS_FR: &[&str] = &[
    "chiffres",
    "données",
    "statistiques",
    "bilan",
    "bilans",
    "relevés",
    "résultats",
    "courbe",
    "courbes",
    "images",
    "photos",
    "vidéo",
    "vidéos",
    "carte",
    "graphique",
    "comptes",
    "registres",
    "archives",
];

/// Words that open a subordinate clause: a reporting verb after one of them covers its
/// own clause only (see `attribution/reach.rs`). "s'" counts only before "il(s)".
pub(crate) const SUBORDINATORS: &[&str] = &[
    "qui", "dont", "si", "s'", "lorsque", "lorsqu'", "quand", "puisque", "puisqu'", "quoique", "who", "which", "if",
    "although", "though", "while", "whereas", "when", "because", "unless", "after", "before", "since", "once",
    // "well short of what commanders say they need".
    "what",
];
/// Auxiliaries between a comma and the reporting verb they conjugate ("…, a publié").
pub(crate) const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "has", "have", "had", "will", "would",
];
/// French reflexive verbs that speak in an incise after a quotation: "», se souvient son
/// adjoint", "», s'indigne la maire".
pub(crate) const REFLEXIVE_SPEECH_FR: &[&str] = &[
    "souvient",
    "souvenait",
    "souvenu",
    "rappelle",
    "rappelait",
    "félicite",
    "félicitait",
    "réjouit",
    "réjouissait",
    "indigne",
    "indignait",
    "inquiète",
    "inquiétait",
    "interroge",
    "interrogeait",
    "emporte",
    "emportait",
    "étonne",
    "étonnait",
    "désole",
    "désolait",
    "défend",
    "défendait",
    "justifie",
    "justifiait",
    "amuse",
    "amusait",
    "exclame",
    "exclamait",
    // "« On avait 37 bateaux sur l'eau », s'enthousiasme le président".
    "enthousiasme",
    "enthousiasmait",
    "enthousiasmé",
    "enthousiasmée",
    "agace",
    "agaçait",
    "alarme",
    "alarmait",
    "insurge",
    "insurgeait",
    "plaint",
    "plaignait",
    // After "s'est": "s'est félicité le directeur".
    "souvenu",
    "souvenue",
    "félicité",
    "félicitée",
    "réjoui",
    "réjouie",
    "indigné",
    "indignée",
    "inquiété",
    "inquiétée",
    "interrogé",
    "interrogée",
    "emporté",
    "emportée",
    "étonné",
    "étonnée",
    "désolé",
    "désolée",
    "défendu",
    "défendue",
    "justifié",
    "justifiée",
    "amusé",
    "amusée",
    "exclamé",
    "exclamée",
    "agacé",
    "agacée",
    "alarmé",
    "alarmée",
    "insurgé",
    "insurgée",
];
/// Relative pronouns that open a clause describing a noun: "le syndicat, qui revendique…",
/// "Hungary, which gets…".
pub(crate) const RELATIVES: &[&str] = &[
    "qui",
    "dont",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "which",
    "who",
    "whose",
    // An apposition that describes the subject: "Le groupe, fort de quatre élus, a dénoncé".
    "fort",
    "forte",
    "forts",
    "fortes",
];
/// Words before "que" that make it open a subordinate clause ("alors que", "tandis que",
/// "bien que"), not a completive.
pub(crate) const SUBORDINATORS_BEFORE_QUE: &[&str] = &[
    "alors", "tandis", "bien", "parce", "pendant", "sans", "afin", "avant", "après", "dès", "lors", "même",
    // A relative after a demonstrative: "vingt fois moins forte que celle qu'affirme le
    // député" (what the deputy claims is the other figure).
    "celle", "celui", "ceux", "celles",
];

/// Before a French finite reporting form, words that make it reflexive, an object or an
/// adverb ("se dit", "m'a dit", "autrement dit"): nobody reports.
pub(crate) const NOT_REPORTING_AFTER_FR: &[&str] = &["se", "s'", "autrement", "me", "m'", "te", "t'"];
/// English subjects after which an ambiguous form is a verb: "they estimate", "officials
/// put".
pub(crate) const SPEAKERS_EN: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "we",
    "officials",
    "analysts",
    "experts",
    "scientists",
    "researchers",
    "economists",
    "authorities",
    "investigators",
    "pollsters",
    "organisers",
    "organizers",
];
/// English nouns of documents and data: before one of the ambiguous forms, in its clause,
/// they make it a verb with a source ("Estimates suggest", "Figures published today show",
/// "The latest poll from May placed him at").
pub(crate) const DOC_NOUNS_EN: &[&str] = &[
    "records",
    "report",
    "reports",
    "study",
    "studies",
    "survey",
    "surveys",
    "poll",
    "polls",
    "census",
    "figures",
    "data",
    "estimates",
    // "…, a preliminary estimate showed last week".
    "estimate",
    // "Weather forecasts showed up to 60 mm of rain this week".
    "forecasts",
    "statistics",
    "results",
    "analysis",
    "research",
    // "The World Bank's damage and needs assessment put the cost at $29.8 billion".
    "assessment",
    "assessments",
    // "The CSB's breakdown showed the following annual changes:".
    "breakdown",
    // "…, the statement showed"; "A draft of the plan, seen by this agency, puts the annual
    // cost at about 400 mln euros".
    "statement",
    "statements",
    "draft",
    "drafts",
    // "…, its website showed"; "A paper circulated by the Netherlands, seen by the agency,
    // proposes lowering the target to 80 pct".
    "website",
    "paper",
    "audit",
    "review",
    "tally",
    // "The company's latest accounts, filed at Companies House, show a loss of £6.8m".
    "accounts",
    "papers",
    // "the summit's final conclusions showed".
    "conclusions",
    // "Its investor presentation lists 14 ships"; "An earlier version of this article gave
    // the number … as 1,300".
    "presentation",
    "version",
];
/// Pictures, which show what their author or a satellite caught: "Satellite images
/// published by Orbview showed at least four storage tanks burning" (not "Images shared on
/// social media showed", whose author is nobody named).
pub(crate) const PICTURE_NOUNS_EN: &[&str] = &[
    "images",
    "imagery",
    "footage",
    "photos",
    "photographs",
    "pictures",
    "video",
    "videos",
];
/// French adjectives placed before their noun: after a determiner and one of them, a verb
/// form is a noun ("une nouvelle alerte", "la première annonce").
pub(crate) const PRENOMINAL_ADJECTIVES_FR: &[&str] = &[
    "précédent",
    "précédente",
    "récent",
    "récente",
    "nouvelle",
    "nouveau",
    "nouvel",
    "nouvelles",
    "nouveaux",
    "première",
    "premier",
    "premières",
    "premiers",
    "dernière",
    "dernier",
    "dernières",
    "derniers",
    "seconde",
    "second",
    "autre",
    "autres",
    "même",
    "grande",
    "grand",
    "petite",
    "petit",
    "seule",
    "seul",
    "prochaine",
    "prochain",
    "vraie",
    "vrai",
    "simple",
    "longue",
    "long",
    "bonne",
    "mauvaise",
    "fausse",
    "faux",
    "énième",
    "ultime",
];
/// Small words inside a name ("Food and Allied Workers' Union", "Banque de France").
pub(crate) const NAME_LINKS: &[&str] = &["and", "of", "the", "s", "et", "de", "du", "des", "la", "le", "d'", "l'"];
/// English subject pronouns: after one, "added" is speech ("he added 3,000 had died").
pub(crate) const PRONOUNS_EN: &[&str] = &["he", "she", "they", "we", "i"];
/// Words of a sum of money, after which "rapporter" yields rather than reports.
pub(crate) const MONEY_WORDS: &[&str] = &[
    "euros",
    "euro",
    "dollars",
    "dollar",
    "livres",
    "francs",
    "roubles",
    "hryvnias",
    "millions",
    "milliards",
    "million",
    "milliard",
    "md€",
    "m€",
    "k€",
];
/// English forms of "add": with a quantity as object they add, not speak.
pub(crate) const ADD_EN: &[&str] = &["add", "adds", "added"];
/// French nouns of people and bodies whose view a sentence opened by "Pour" gives ("Pour
/// l'économiste X,", "Pour les experts,").
pub(crate) const VIEW_HOLDERS_FR: &[&str] = &[
    "économiste",
    "économistes",
    "analyste",
    "analystes",
    "expert",
    "experts",
    "experte",
    "chercheur",
    "chercheuse",
    "chercheurs",
    "historien",
    "historienne",
    "politologue",
    "sociologue",
    "démographe",
    "spécialiste",
    "spécialistes",
    "ministre",
    "ministère",
    "maire",
    "président",
    "présidente",
    "directeur",
    "directrice",
    "syndicat",
    "syndicats",
    "association",
    "ong",
    "opposition",
    "gouvernement",
    "patronat",
    "avocat",
    "avocate",
    "procureur",
    "procureure",
    // "Pour l'union des commerçants, « un tiers du chiffre d'affaires » dépend…".
    "union",
    "fédération",
    "collectif",
    "chambre",
    // A council's group, a party, a management: "Pour le groupe d'opposition, la hausse de
    // 10 % « frappe d'abord les familles »".
    "groupe",
    "comité",
    "parti",
    "direction",
];
/// The first words of the single-word cues of `attribution/per.rs` and
/// `attribution/places.rs`, besides [`FIGURE_NOUNS_EN`]: only they are passed to those
/// rules (a bit test, `classes::PER_CUE`).
pub(crate) const PER_CUES: &[&str] = &[
    "per",
    "from",
    "pour",
    "in",
    "dans",
    "by",
    "at",
    "on",
    "guidance",
    "outlook",
    "forecast",
    "forecasts",
    "prévisions",
    "prévision",
    "consensus",
    "target",
    // A census in brackets after the figure: "46 200 habitants (recensement de 2023)".
    "recensement",
    "census",
];

/// English nouns that name a figure, before a source in apposition ("The correct figure,
/// from the allotment society, is 240").
pub(crate) const FIGURE_NOUNS_EN: &[&str] = &[
    "figure", "figures", "number", "numbers", "estimate", "total", "toll", "count",
];
/// Offers and proposals: they report what they offer before "to" and its verb ("has offered
/// to take on up to 60 of the riders"), not a thing offered ("offered £300").
/// What an employer pays its staff, offered in a negotiation: "has offered a one-off
/// payment of £1,500", "propose une prime de 25 000 euros par salarié".
pub(crate) const PAY_NOUNS: &[&str] = &[
    "payment",
    "bonus",
    "rise",
    "raise",
    "increase",
    "pay",
    "wage",
    "prime",
    "augmentation",
    "revalorisation",
    "indemnité",
    "hausse",
];
pub(crate) const OFFER_EN: &[&str] = &["offered", "offers", "proposed", "proposes"];
/// Conceding or admitting: an admission, a tally let in ("conceded 12 points") or a plea
/// ("admitted 11 offences").
pub(crate) const CONCEDE: &[&str] = &[
    "concede",
    "concedes",
    "conceded",
    "conceding",
    // Admitting offences is a plea: "admitted 11 offences under the Housing Act".
    "admitted",
    "admits",
    "admit",
    "concède",
    "concèdent",
    "concédé",
    "concédait",
];
/// Prepositions of a place that speaks: "-t-on à Kiev", "précise-t-on dans l'entourage".
pub(crate) const PLACE_PREPOSITIONS_FR: &[&str] = &["à", "au", "aux", "dans", "chez", "du", "de"];
/// After "per", units of a rate, not a source: "per cent", "per day", "per barrel".
pub(crate) const PER_UNITS: &[&str] = &[
    "cent",
    "capita",
    "day",
    "year",
    "month",
    "week",
    "hour",
    "person",
    "head",
    "barrel",
    "ton",
    "tonne",
    "kilometre",
    "kilometer",
    "mile",
    "unit",
    "share",
    "vehicle",
    "household",
];
/// After "per", determiners of a source: "per the Pentagon", "per its filing".
pub(crate) const PER_DETERMINERS: &[&str] = &["the", "a", "an", "its", "their"];
/// English adverbs that may stand between be and a participle ("is now estimated").
pub(crate) const ADVERBS_EN: &[&str] = &["also", "not", "now", "still", "already", "further", "often", "since"];
/// Forms of have: before a participle, the English active ("has reported").
pub(crate) const HAVE: &[&str] = &["has", "have", "had"];
/// After a first "il", what makes it impersonal ("Il y a", "Il faut", "Il est"): it
/// continues no attribution.
pub(crate) const IMPERSONAL_AFTER_IL: &[&str] = &[
    "y",
    "faut",
    "s'",
    "reste",
    "est",
    "était",
    "existe",
    "manque",
    "semble",
    "paraît",
    "n'",
    "fallait",
    "sera",
    "faudrait",
    "faudra",
    "suffit",
    "suffirait",
    "resterait",
    "manquerait",
];
/// Determiners of a sentence's subject, whose noun may repeat the previous sentence's
/// source ("Le rapport compte aussi…").
/// Sectors of an economy and its indicators, which English copy writes without a
/// determiner ("Manufacturing grew 4.0 pct", "Inflation, which…"): things, never bodies that
/// speak.
pub(crate) const SECTORS_EN: &[&str] = &[
    "manufacturing",
    "mining",
    "construction",
    "agriculture",
    "industry",
    "retail",
    "services",
    "tourism",
    "utilities",
    "inflation",
    "unemployment",
    "employment",
    "output",
    "production",
    "exports",
    "imports",
    "investment",
    "consumption",
    "spending",
    "growth",
];

pub(crate) const SUBJECT_DETERMINERS: &[&str] = &[
    "le", "la", "l'", "les", "ce", "cette", "cet", "the", "this", "that", "son", "sa", "our", "notre", "its", "their",
    "leur",
];

/// How a word takes part in attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbForm {
    /// A finite French reporting verb.
    FrFinite,
    /// A French verb that reports only before "que" or in an incise (finite or participle).
    FrWeak,
    /// A French past participle: attributes after avoir.
    FrParticiple,
    /// An English reporting verb.
    En,
}

struct Tables {
    /// Every conjugated form, for the word classes.
    verbs: HashMap<String, VerbForm>,
    /// Phrases by first word: an index in `phrase_lists`.
    phrases: WordMap<u32>,
    phrase_lists: Vec<Vec<Vec<&'static str>>>,
    /// The first words of the phrases, for the word classes.
    phrase_starts: Vec<&'static str>,
    verb_forms: WordMap<VerbForm>,
    fr_passive: WordSet,
    en_passive: WordSet,
    en_ambiguous: WordSet,
}

/// Imperfect forms of the reporting verbs that are also nouns.
const IMPERFECTS_THAT_ARE_NOUNS: &[&str] = &["précisions", "pensions", "notions", "recensions"];

/// Conjugates a regular -er stem into the forms a news story uses.
fn conjugate(stem: &str, strong: Option<&str>, verbs: &mut HashMap<String, VerbForm>) {
    let weak = stem;
    let strong = strong.unwrap_or(stem);
    // Before a and o: annonc -> annonç, jug -> juge.
    let soft = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_owned()
    };
    for end in ["e", "es", "ent"] {
        verbs.insert(format!("{strong}{end}"), VerbForm::FrFinite);
    }
    verbs.insert(format!("{weak}ez"), VerbForm::FrFinite);
    verbs.insert(format!("{soft}ons"), VerbForm::FrFinite);
    // The imperfect's plural persons, as a correction writes them ("nous indiquions que…"),
    // but for the forms that are nouns too ("des précisions", "les pensions").
    for end in ["ions", "iez"] {
        let form = format!("{weak}{end}");
        if !IMPERFECTS_THAT_ARE_NOUNS.contains(&form.as_str()) {
            verbs.insert(form, VerbForm::FrFinite);
        }
    }
    for end in ["ait", "aient", "ais", "a", "èrent"] {
        let s = if end == "èrent" { weak } else { soft.as_str() };
        verbs.insert(format!("{s}{end}"), VerbForm::FrFinite);
    }
    for end in ["era", "eront"] {
        verbs.insert(format!("{strong}{end}"), VerbForm::FrFinite);
    }
    // The present participle of a subject named before: "…, rappelant que", "précisant
    // que".
    verbs.insert(format!("{soft}ant"), VerbForm::FrFinite);
    for end in ["é", "ée", "és", "ées"] {
        verbs.entry(format!("{weak}{end}")).or_insert(VerbForm::FrParticiple);
    }
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut phrases: HashMap<&str, Vec<Vec<&str>>> = HashMap::default();
        for p in PHRASES {
            let words: Vec<&str> = p.split(' ').collect();
            phrases.entry(words[0]).or_default().push(words);
        }
        for v in phrases.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        let mut verbs = HashMap::default();
        for (stem, strong) in FR_ER {
            conjugate(stem, *strong, &mut verbs);
        }
        let mut weak = HashMap::default();
        for (stem, strong) in FR_ER_WEAK {
            conjugate(stem, *strong, &mut weak);
        }
        for f in FR_WEAK_IRREGULAR {
            weak.insert((*f).to_owned(), VerbForm::FrFinite);
        }
        for (form, _) in weak {
            verbs.insert(form, VerbForm::FrWeak);
        }
        for f in FR_PARTICIPLES {
            verbs.insert((*f).to_owned(), VerbForm::FrParticiple);
        }
        for f in FR_FINITE {
            verbs.insert((*f).to_owned(), VerbForm::FrFinite);
        }
        for f in EN_VERBS {
            verbs.insert((*f).to_owned(), VerbForm::En);
        }
        let set = |l: &[&'static str]| WordSet::new(l.iter().map(|w| (*w, ())));
        let (phrase_starts, phrase_lists): (Vec<&str>, Vec<_>) = phrases.into_iter().unzip();
        Tables {
            phrases: WordMap::new(phrase_starts.iter().copied().zip(0..)),
            phrase_lists,
            phrase_starts,
            verb_forms: WordMap::new(verbs.iter().map(|(k, v)| (k.as_str(), *v))),
            verbs,
            fr_passive: set(FR_PASSIVE),
            en_passive: set(EN_PASSIVE),
            en_ambiguous: set(EN_AMBIGUOUS),
        }
    })
}

/// Words of the attribution tables with their classes, for [`crate::figures::classes`].
pub(crate) fn class_words() -> Vec<(String, u32)> {
    use crate::figures::classes as c;
    let t = tables();
    let mut out: Vec<(String, u32)> = Vec::new();
    out.extend(t.phrase_starts.iter().map(|k| ((*k).to_owned(), c::PHRASE_START)));
    out.extend(t.verbs.keys().map(|k| (k.clone(), c::VERB)));
    out.extend(FR_PASSIVE.iter().map(|k| ((*k).to_owned(), c::FR_PASSIVE)));
    out.extend(EN_PASSIVE.iter().map(|k| ((*k).to_owned(), c::EN_PASSIVE)));
    out
}

/// Attribution phrases starting with `first`, longest first.
pub(crate) fn phrases(first: &str) -> &'static [Vec<&'static str>] {
    let t = tables();
    t.phrases
        .get(first)
        .map_or(&[], |k| t.phrase_lists[k as usize].as_slice())
}
pub(crate) fn verb(lower: &str) -> Option<VerbForm> {
    tables().verb_forms.get(lower)
}
pub(crate) fn is_fr_passive(lower: &str) -> bool {
    tables().fr_passive.contains(lower)
}
pub(crate) fn is_en_passive(lower: &str) -> bool {
    tables().en_passive.contains(lower)
}
pub(crate) fn is_en_ambiguous(lower: &str) -> bool {
    tables().en_ambiguous.contains(lower)
}

/// The first two words of a sentence that restates the figure before it: "C'est deux fois
/// plus", "That is down from".
pub(crate) const RESTATING_OPENERS: &[(&str, &str)] = &[
    ("c'", "est"),
    ("c'", "était"),
    ("that", "is"),
    ("that", "was"),
    ("this", "is"),
    ("it", "is"),
    ("it", "was"),
    // "That compares with 5,100 tonnes in 2015": the figure just given, against another.
    ("that", "compares"),
    ("this", "compares"),
    ("that", "compared"),
    ("this", "compared"),
    // "It followed a 1.8 pct rise in September": its earlier value.
    ("it", "followed"),
    ("that", "followed"),
    ("this", "followed"),
];
/// Nouns that name a figure's measure again: "the share stood at", "ce taux était".
pub(crate) const RESTATED_MEASURES: &[&str] = &[
    "share",
    "figure",
    "rate",
    "proportion",
    "number",
    "level",
    "total",
    "part",
    "taux",
    "chiffre",
    "nombre",
    "niveau",
];
/// Words that point back in time (with "il y a"): an earlier value.
pub(crate) const EARLIER_CUES: &[&str] = &[
    "ago",
    "earlier",
    "previously",
    "before",
    "last",
    "auparavant",
    "avant",
    "tôt",
    "dernier",
    "dernière",
    "précédent",
    "précédente",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conjugates_french_verbs() {
        for f in [
            "déclare",
            "déclarent",
            "déclarait",
            "déclara",
            "déclarèrent",
            "déclarera",
            "annonçait",
            "jugeait",
            "répète",
            "martèle",
            "estimons",
        ] {
            assert_eq!(verb(f), Some(VerbForm::FrFinite), "{f}");
        }
        assert_eq!(verb("assure"), Some(VerbForm::FrWeak));
        assert_eq!(verb("rappelé"), Some(VerbForm::FrWeak));
        for f in ["déclaré", "estimées", "dit", "reconnu"] {
            assert!(verb(f).is_some(), "{f}");
        }
        assert_eq!(verb("déclarerait"), None, "conditionals do not attribute");
    }
}
