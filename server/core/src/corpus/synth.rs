//! A synthetic corpus for benchmarks: French news-like articles on the war in Ukraine and
//! diplomacy, with the names of a dictionary's entries mixed in at about one mention per 100
//! bytes. Deterministic: the same dictionary, seed and number give the same article on
//! every platform (integer arithmetic only, a PRNG of its own).
//!
//! Some entries are far more frequent than others (a Zipf-like law over a fixed shuffle of
//! the dictionary), as in a real corpus where a few names appear in most articles.

use crate::date::Date;
use crate::dictionary::{Dictionary, Kind};

/// Default article size: 100,000 articles make about 300 MB.
pub const DEFAULT_BYTES: usize = 3_000;

/// SplitMix64: small, fast, and good enough for text.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }

    /// Uniform in `0..n` (`n > 0`), by multiply-shift.
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// True with probability `percent` %.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The dictionary's entries split into actors and places, each list in a fixed shuffled
/// order with Zipf-like weights; built once for many articles.
#[derive(Debug, Clone)]
pub struct Generator<'a> {
    dict: &'a Dictionary,
    seed: u64,
    actors: Pool,
    places: Pool,
}

/// Entries and the cumulative weights of a Zipf-like law over them.
#[derive(Debug, Clone, Default)]
struct Pool {
    entries: Vec<usize>,
    cumulative: Vec<u64>,
}

impl Pool {
    fn new(mut entries: Vec<usize>, seed: u64) -> Pool {
        entries.sort_by_key(|&e| mix(seed ^ mix(e as u64)));
        let mut total = 0;
        let cumulative = (0..entries.len())
            .map(|rank| {
                total += 1_000_000 / (rank as u64 + 2);
                total
            })
            .collect();
        Pool { entries, cumulative }
    }

    fn draw(&self, rng: &mut Rng) -> Option<usize> {
        let total = *self.cumulative.last()?;
        let r = rng.next_u64() % total;
        Some(self.entries[self.cumulative.partition_point(|&c| c <= r)])
    }
}

fn is_place(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Country | Kind::City | Kind::Region | Kind::Building | Kind::Facility
    )
}

/// One synthetic article: see [`Generator::article`].
pub fn article(dict: &Dictionary, seed: u64, i: usize, target_bytes: usize) -> String {
    Generator::new(dict, seed).article(i, target_bytes)
}

impl<'a> Generator<'a> {
    pub fn new(dict: &'a Dictionary, seed: u64) -> Generator<'a> {
        let (places, actors): (Vec<usize>, Vec<usize>) =
            (0..dict.entries.len()).partition(|&e| is_place(dict.entries[e].kind));
        Generator {
            dict,
            seed,
            actors: Pool::new(actors, seed),
            places: Pool::new(places, seed ^ 0x5eed),
        }
    }

    /// Article `i` of the corpus: YAML front matter (title, a date in 2022–2025, author), a
    /// `# heading`, a dateline, then paragraphs (with an occasional `## subheading`) until
    /// the text reaches `target_bytes` (it ends with a whole sentence, so a little more).
    pub fn article(&self, i: usize, target_bytes: usize) -> String {
        let mut rng = Rng::new(mix(self.seed ^ mix(i as u64 ^ 0xa271_c1e5)));
        let mut out = String::with_capacity(target_bytes + 800);
        // 2022-01-01 is day 18,993 of the Unix epoch; 1,461 days to the end of 2025.
        let date = Date::from_unix_days(18_993 + rng.below(1_461) as i64);
        let headline = rng.pick(HEADLINES);
        let title = self.fill(&mut rng, headline);
        out.push_str("---\ntitle: \"");
        out.push_str(&title.replace('"', "\\\""));
        out.push_str("\"\ndate: ");
        out.push_str(&date.to_string());
        out.push_str("\nauthor: ");
        out.push_str(rng.pick(AUTHORS));
        out.push_str("\n---\n\n# ");
        let headline = rng.pick(HEADLINES);
        let heading = self.fill(&mut rng, headline);
        out.push_str(&heading);
        out.push_str("\n\n");
        let place = self.place(&mut rng);
        out.push_str(&format!(
            "{place}, {} {} {} — ",
            date.day,
            crate::date::MONTHS_FR[usize::from(date.month) - 1],
            date.year
        ));
        let mut paragraphs = 0;
        while out.len() < target_bytes || paragraphs == 0 {
            if paragraphs > 0 && rng.chance(18) {
                out.push_str("## ");
                out.push_str(rng.pick(SUBHEADINGS));
                out.push_str("\n\n");
            }
            let sentences = 3 + rng.below(4);
            for s in 0..sentences {
                if s > 0 {
                    if out.len() >= target_bytes {
                        break;
                    }
                    out.push(' ');
                }
                let template = if rng.chance(45) {
                    rng.pick(FILLERS)
                } else {
                    rng.pick(TEMPLATES)
                };
                out.push_str(&self.fill(&mut rng, template));
            }
            out.push_str("\n\n");
            paragraphs += 1;
        }
        out
    }

    fn form(&self, entry: usize, rng: &mut Rng) -> &'a str {
        let e = &self.dict.entries[entry];
        if e.aliases.is_empty() || rng.chance(50) {
            &e.name
        } else {
            &e.aliases[rng.below(e.aliases.len())].form
        }
    }

    fn actor(&self, rng: &mut Rng) -> &'a str {
        match self.actors.draw(rng).or_else(|| self.places.draw(rng)) {
            Some(e) => self.form(e, rng),
            None => rng.pick(&["le gouvernement", "la présidence", "le ministère"]),
        }
    }

    fn place(&self, rng: &mut Rng) -> &'a str {
        match self.places.draw(rng).or_else(|| self.actors.draw(rng)) {
            Some(e) => self.form(e, rng),
            None => rng.pick(&["la capitale", "la région", "la frontière"]),
        }
    }

    /// `template` with its slots filled: `{A}` an actor, `{L}` a place, `{D}` a day, `{N}` a
    /// number, `{S}` a subject, `{V}` a reporting verb.
    fn fill(&self, rng: &mut Rng, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(at) = rest.find('{') {
            out.push_str(&rest[..at]);
            let slot = &rest[at + 1..at + 2];
            match slot {
                "A" => out.push_str(self.actor(rng)),
                "L" => out.push_str(self.place(rng)),
                "D" => out.push_str(rng.pick(DAYS)),
                "S" => out.push_str(rng.pick(SUBJECTS)),
                "V" => out.push_str(rng.pick(VERBS)),
                _ => out.push_str(&number(rng)),
            }
            rest = &rest[at + 3..];
        }
        out.push_str(rest);
        out
    }
}

/// A count as French newsrooms write it: thousands separated by a narrow no-break space.
fn number(rng: &mut Rng) -> String {
    let n = match rng.below(10) {
        0..=5 => 2 + rng.below(98),
        6..=8 => 100 + rng.below(900),
        _ => 1_000 + rng.below(49_000),
    };
    if n >= 1_000 {
        format!("{}\u{202F}{:03}", n / 1_000, n % 1_000)
    } else {
        n.to_string()
    }
}

const AUTHORS: &[&str] = &[
    "Service international",
    "Service Europe",
    "Desk diplomatie",
    "Envoyée spéciale",
    "Correspondant permanent",
    "Rédaction numérique",
];

const HEADLINES: &[&str] = &[
    "{A} appelle à une trêve autour de {L}",
    "À {L}, {A} et {A} relancent les discussions sur {S}",
    "Frappes sur {L} : {A} dénonce une escalade",
    "{A} sous pression avant le sommet de {L}",
    "Ce que l’on sait des négociations entre {A} et {A}",
    "{L} : {N} civils évacués après une nuit de bombardements",
    "Les Européens divisés sur {S}",
    "{A} promet de nouvelles livraisons d’armes à {L}",
];

const SUBHEADINGS: &[&str] = &[
    "Sur le terrain",
    "Réactions internationales",
    "Contexte",
    "Une diplomatie à plusieurs vitesses",
    "Le poids des sanctions",
    "Ce qui pourrait changer",
];

const DAYS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi matin",
    "jeudi soir",
    "vendredi",
    "samedi",
    "dimanche",
    "dans la nuit de lundi à mardi",
    "ce week-end",
    "la veille",
    "en fin de journée",
];

const SUBJECTS: &[&str] = &[
    "le cessez-le-feu",
    "les garanties de sécurité",
    "l’aide militaire",
    "les sanctions économiques",
    "la reconstruction du pays",
    "les échanges de prisonniers",
    "la sûreté de la centrale nucléaire",
    "l’utilisation des avoirs gelés",
    "le corridor céréalier en mer Noire",
    "les livraisons de missiles de longue portée",
    "la défense antiaérienne",
    "le retour des enfants déportés",
    "le tracé de la ligne de démarcation",
    "l’approvisionnement en gaz",
    "le financement de l’effort de guerre",
];

const VERBS: &[&str] = &[
    "a déclaré",
    "a affirmé",
    "a assuré",
    "a annoncé",
    "a indiqué",
    "a estimé",
    "a rappelé",
    "a démenti",
    "a reconnu",
];

const TEMPLATES: &[&str] = &[
    "{A} {V} {D} que les discussions avec {A} sur {S} reprendraient à {L} dans les prochains jours.",
    "Selon {A}, au moins {N} personnes ont été tuées dans des frappes sur {L} {D}.",
    "« Nous ne céderons rien sur {S} », a prévenu {A} lors d’une conférence de presse à {L}.",
    "À {L}, les ministres ont évoqué {S}, sans parvenir à un accord avec {A}.",
    "{A} et {A} se sont entretenus {D} par téléphone, a fait savoir leur entourage.",
    "Les forces russes ont revendiqué la prise d’un village près de {L}, ce que {A} n’a pas confirmé.",
    "{A} doit se rendre à {L} la semaine prochaine pour y rencontrer {A}.",
    "Dans un communiqué publié {D}, {A} a dénoncé une « violation flagrante » des engagements pris.",
    "Plus de {N} drones ont été lancés dans la nuit contre {L} et sa région, d’après {A}.",
    "Le sommet de {L} devrait aborder {S}, a indiqué un diplomate européen sous couvert d’anonymat.",
    "Interrogé sur {S}, {A} a renvoyé la responsabilité de l’impasse à {A}.",
    "Les observateurs de {A} ont fait état de nouveaux tirs près de {L} {D}.",
    "{A} a annoncé une enveloppe de {N} millions d’euros consacrée à {S}.",
    "La délégation venue de {L} a quitté la salle lorsque le représentant de {A} a pris la parole.",
    "Depuis {L}, {A} a appelé {A} à respecter ses engagements.",
    "{A} a qualifié de « provocation » la présence de navires étrangers au large de {L}.",
    "Un haut responsable de {A} a estimé que {S} restait « la priorité absolue ».",
    "Les sanctions visant {A} ont été prolongées de six mois, {V} {A}.",
    "Quelque {N} habitants de {L} ont été évacués {D} après une série d’explosions.",
    "À {L} comme à {L}, les autorités locales ont décrété un couvre-feu.",
    "{A} s’est dit « prêt à discuter » avec {A}, à condition que {S} soit à l’ordre du jour.",
    "Pour {A}, l’offensive sur {L} vise avant tout à peser sur {S}.",
    "{A} {V} que {N} soldats avaient été faits prisonniers dans le secteur de {L}.",
    "L’ambassadeur de {L} a été convoqué {D} par {A}.",
    "Ni {A} ni {A} n’ont souhaité commenter ces informations.",
];

const FILLERS: &[&str] = &[
    "La situation reste très tendue sur l’ensemble de la ligne de front, selon plusieurs sources concordantes.",
    "Les négociations, suspendues depuis plusieurs semaines, pourraient reprendre avant la fin du mois.",
    "Cette décision intervient alors que l’hiver approche et que les infrastructures énergétiques restent visées.",
    "Aucun calendrier précis n’a toutefois été communiqué.",
    "Les chiffres avancés par les deux camps ne peuvent être vérifiés de manière indépendante.",
    "Sur place, les habitants racontent des nuits rythmées par les sirènes et les coupures d’électricité.",
    "Plusieurs diplomates jugent l’hypothèse d’un accord rapide « peu réaliste » à ce stade.",
    "Le bilan pourrait encore s’alourdir, ont averti les secours.",
    "Les discussions se sont poursuivies tard dans la soirée, sans annonce à la clé.",
    "Une nouvelle réunion est prévue dans les prochaines semaines, à une date encore inconnue.",
    "Les marchés de l’énergie ont réagi avec prudence à ces annonces.",
    "Le texte doit encore être approuvé à l’unanimité, ce qui n’est pas acquis.",
    "Des centaines de familles attendent toujours des nouvelles de leurs proches disparus.",
    "Les experts restent partagés sur la portée réelle de ce geste.",
    "Dans les villages proches du front, les écoles ont de nouveau fermé leurs portes.",
    "L’opinion publique, lassée par trois années de guerre, suit ces tractations avec scepticisme.",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::analyze_file;
    use crate::Lexicon;

    #[test]
    fn articles_are_deterministic_dated_titled_and_about_the_size_asked() {
        let dict = Dictionary::embedded().unwrap().0;
        let generator = Generator::new(&dict, 7);
        let a = generator.article(42, DEFAULT_BYTES);
        assert_eq!(a, article(&dict, 7, 42, DEFAULT_BYTES));
        assert_ne!(a, generator.article(43, DEFAULT_BYTES));
        assert_ne!(a, article(&dict, 8, 42, DEFAULT_BYTES));
        assert!((DEFAULT_BYTES..DEFAULT_BYTES + 300).contains(&a.len()), "{}", a.len());
        let lexicon = Lexicon::new(dict.clone());
        let fm = analyze_file(&lexicon, &a);
        let date = fm.date().expect("dated");
        assert!((2022..=2025).contains(&date.year), "{date}");
        assert!(!fm.title().is_empty() && !fm.title().starts_with('#'));
        let short = generator.article(1, 10);
        assert!(short.contains("\n# ") && short.len() > 100, "{short}");
    }

    #[test]
    fn about_one_mention_per_100_bytes_with_some_entries_everywhere() {
        let dict = Dictionary::embedded().unwrap().0;
        let lexicon = Lexicon::new(dict.clone());
        let generator = Generator::new(&dict, 1);
        let (mut bytes, mut mentions) = (0, 0);
        let mut files_per_entry = vec![0usize; dict.entries.len()];
        let n = 200;
        for i in 0..n {
            let text = generator.article(i, DEFAULT_BYTES);
            let fm = analyze_file(&lexicon, &text);
            bytes += text.len();
            mentions += fm.len();
            for (e, _) in fm.entries() {
                files_per_entry[e as usize] += 1;
            }
        }
        let per_100 = mentions as f64 * 100.0 / bytes as f64;
        assert!((0.8..1.3).contains(&per_100), "{per_100:.2} mentions per 100 bytes");
        let most = *files_per_entry.iter().max().unwrap();
        assert!(most > n / 2, "the most frequent entry is in {most} of {n} articles");
        let mentioned = files_per_entry.iter().filter(|&&c| c > 0).count();
        assert!(mentioned > dict.entries.len() / 3, "{mentioned} entries mentioned");
    }

    #[test]
    fn works_with_an_empty_dictionary() {
        let dict = Dictionary::default();
        let text = article(&dict, 0, 0, 500);
        assert!(text.len() >= 500 && text.starts_with("---\n"));
    }
}
