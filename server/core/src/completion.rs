//! Name completion: the beginning of a name typed ("Zele", "zelen", "Pokr", "Merz", also a
//! word in the middle of a multi-word name) → the entries it may start, written in the house
//! spelling, people first after a title ("le président Zel"), each with its role on the
//! article's date and its card.
//!
//! The index holds every word suffix of every folded form (the name, aliases, variants):
//! "volodymyr zelensky" is found from "volo" and from "zele". Keys live in one string and
//! are sorted, so a query is a binary search for the first key at or after the typed
//! prefix and a scan of the keys that start with it (at most [`SCAN_LIMIT`]).
//!
//! Candidates other than entries can be plugged in ([`Phrase`]): the offices' role phrases
//! such as "président russe" complete beside names ([`CompletionIndex::with_offices`]),
//! from their first word only, the query trying the last few words typed ("président ru");
//! an office's phrase shows its holder on the article's date.

use std::ops::Range;

use crate::dictionary::{Dictionary, Entry, Kind};
use crate::fold::fold;
use crate::hover::{self, HoverContext};
use crate::lang::Lang;

/// A phrase that completes beside the entries (an office's role phrase), with its detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub text: String,
    /// Shown when the phrase names no office (else the office's holder on the date is).
    pub detail: String,
    /// The office (index in `Dictionary::offices`) the phrase stands for.
    pub office: Option<usize>,
}

/// One key: a folded form, from one of its word starts to its end.
#[derive(Debug, Clone, Copy)]
struct Key {
    start: u32,
    end: u32,
    /// Entry index, or `entries + i` for the phrase `i`.
    target: u32,
    /// Which form of the target (0: the name, then the aliases in order).
    form: u16,
    /// Whether the key starts at the form's start (else at a word inside it).
    whole: bool,
}

/// The sorted keys of a dictionary's forms and of extra phrases.
#[derive(Debug, Clone, Default)]
pub struct CompletionIndex {
    arena: String,
    keys: Vec<Key>,
    entries: usize,
    phrases: Vec<Phrase>,
}

/// Keys scanned at most per query: a two-letter prefix in a very large dictionary stops
/// there (the alphabetically first keys), which keeps an answer under a millisecond.
pub const SCAN_LIMIT: usize = 4096;
/// Completions returned at most.
pub const MAX_ITEMS: usize = 50;
/// Words before the cursor tried together ("président ru", "Volodymyr Zel").
const MAX_WORDS: usize = 4;

impl CompletionIndex {
    /// The index of `dict`'s entries alone.
    pub fn new(dict: &Dictionary) -> CompletionIndex {
        CompletionIndex::with_phrases(dict, Vec::new())
    }

    /// The index of `dict`'s entries and of its offices' role phrases ("président russe",
    /// "Russian president").
    pub fn with_offices(dict: &Dictionary) -> CompletionIndex {
        let phrases = dict
            .offices
            .iter()
            .enumerate()
            .flat_map(|(k, o)| {
                o.designations.iter().map(move |d| Phrase {
                    text: d.clone(),
                    detail: o.name.clone(),
                    office: Some(k),
                })
            })
            .collect();
        CompletionIndex::with_phrases(dict, phrases)
    }

    /// The index of `dict`'s entries and of `phrases`.
    pub fn with_phrases(dict: &Dictionary, phrases: Vec<Phrase>) -> CompletionIndex {
        let mut index = CompletionIndex {
            entries: dict.entries.len(),
            ..CompletionIndex::default()
        };
        for (i, e) in dict.entries.iter().enumerate() {
            let forms = std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(|a| a.form.as_str()));
            for (f, form) in forms.enumerate() {
                index.add(form, i as u32, f.min(u16::MAX as usize) as u16, true);
            }
        }
        for (i, p) in phrases.iter().enumerate() {
            // A role phrase starts with its title: "russe" alone does not offer it.
            index.add(&p.text, (dict.entries.len() + i) as u32, 0, false);
        }
        index.phrases = phrases;
        let arena = &index.arena;
        index.keys.sort_unstable_by(|a, b| {
            arena[a.start as usize..a.end as usize].cmp(&arena[b.start as usize..b.end as usize])
        });
        index
    }

    /// Adds the keys of `form`: from each of its words, or from its start alone.
    fn add(&mut self, form: &str, target: u32, form_no: u16, every_word: bool) {
        let folded = fold(form);
        if folded.is_empty() {
            return;
        }
        let base = self.arena.len();
        self.arena.push_str(&folded);
        let end = self.arena.len() as u32;
        let mut prev_word = false;
        for (i, c) in folded.char_indices() {
            let word = c.is_alphanumeric();
            if word && !prev_word && (every_word || i == 0) {
                self.keys.push(Key {
                    start: (base + i) as u32,
                    end,
                    target,
                    form: form_no,
                    whole: i == 0,
                });
            }
            prev_word = word;
        }
    }

    fn key(&self, k: &Key) -> &str {
        &self.arena[k.start as usize..k.end as usize]
    }

    /// The keys that start with `prefix` (folded), at most [`SCAN_LIMIT`].
    fn matching(&self, prefix: &str) -> impl Iterator<Item = &Key> + '_ {
        let first = self.keys.partition_point(|k| self.key(k) < prefix);
        let prefix = prefix.to_string();
        self.keys[first..]
            .iter()
            .take(SCAN_LIMIT)
            .take_while(move |k| self.key(k).starts_with(prefix.as_str()))
    }

    /// Number of keys (for tests and benchmarks).
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// A completion: what to write in place of `replace` (bytes of the text given to
/// [`complete`]), and what the menu shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    /// The role on the article's date, else the kind ("Kiev · ville" style, without the
    /// name); a phrase's own detail.
    pub detail: String,
    /// The entry's card (Markdown), for the first items.
    pub documentation: Option<String>,
    pub replace: Range<usize>,
    /// The entry, or `None` for a phrase.
    pub entry: Option<usize>,
    pub kind: Option<Kind>,
}

/// Items that get their card as documentation.
const DOCUMENTED: usize = 20;

/// The completions for the word being typed at the end of `before` (the text up to the
/// cursor; the end of an article's line is enough, with some words before it). Nothing
/// unless the word has two letters or more.
pub fn complete(index: &CompletionIndex, dict: &Dictionary, before: &str, ctx: &HoverContext) -> Vec<Completion> {
    let starts = word_starts(before);
    let Some(&last) = starts.last() else { return Vec::new() };
    if before[last..].chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return Vec::new();
    }
    // The longest run of words that something starts with: "Volodymyr Zel" before "Zel".
    let tried = starts.iter().rev().take(MAX_WORDS).rev();
    let Some((at, prefix)) = tried
        .map(|&s| (s, fold(&before[s..])))
        .find(|(_, p)| index.matching(p).next().is_some())
    else {
        return Vec::new();
    };
    let person = person_context(&before[..at], ctx.lang);
    // The best key of each target.
    let mut best: Vec<Best> = Vec::new();
    let mut seen = rustc_hash::FxHashMap::default();
    for k in index.matching(&prefix) {
        let score = score(index, dict, k, person);
        match seen.get(&k.target) {
            Some(&i) => {
                let slot: &mut Best = &mut best[i];
                if score < slot.1 {
                    *slot = (k.target, score, k);
                }
            }
            None => {
                seen.insert(k.target, best.len());
                best.push((k.target, score, k));
            }
        }
    }
    // Labels (which may respell) only for the best few.
    best.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| index.key(a.2).cmp(index.key(b.2))));
    best.truncate(MAX_ITEMS * 2);
    let mut items: Vec<Labelled> = best
        .into_iter()
        .map(|(target, score, k)| (label(index, dict, k, ctx), score, target))
        .collect();
    items.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    items.dedup_by(|a, b| a.0 == b.0 && a.2 == b.2);
    items.truncate(MAX_ITEMS);
    items
        .into_iter()
        .enumerate()
        .map(|(n, (label, _, target))| {
            let target = target as usize;
            if target >= index.entries {
                let p = &index.phrases[target - index.entries];
                let (detail, holder) = phrase_detail(p, dict, ctx);
                // "Président ru" at the start of a sentence keeps its capital.
                let label = match before[at..].chars().next() {
                    Some(c) if c.is_uppercase() => capitalized(&label),
                    _ => label,
                };
                return Completion {
                    label,
                    detail,
                    documentation: holder
                        .filter(|_| n < DOCUMENTED)
                        .map(|e| hover::render(dict, &[e], ctx)),
                    replace: at..before.len(),
                    entry: None,
                    kind: None,
                };
            }
            let e = &dict.entries[target];
            let summary = hover::summary(e, ctx);
            let detail = summary
                .roles
                .first()
                .cloned()
                .unwrap_or_else(|| summary.kind.to_string());
            Completion {
                label,
                detail,
                documentation: (n < DOCUMENTED).then(|| hover::render(dict, &[target], ctx)),
                replace: at..before.len(),
                entry: Some(target),
                kind: Some(e.kind),
            }
        })
        .collect()
}

/// A phrase's detail, and the entry that holds its office on the article's date: "Vladimir
/// Poutine · président de la Fédération de Russie"; the office alone when the dictionaries
/// name no single holder that day.
fn phrase_detail(p: &Phrase, dict: &Dictionary, ctx: &HoverContext) -> (String, Option<usize>) {
    let Some(office) = p.office.and_then(|k| dict.offices.get(k)) else {
        return (p.detail.clone(), None);
    };
    let name = match ctx.lang {
        Lang::En => office.name_en.as_deref().unwrap_or(&office.name),
        _ => office.name.as_str(),
    };
    match crate::roles::holder_on(dict, office, ctx.date) {
        crate::roles::Holding::One(e) => (format!("{} · {name}", dict.entries[e].display_name(ctx.lang)), Some(e)),
        crate::roles::Holding::Unlisted(Some(who)) => (format!("{who} · {name}"), None),
        _ => (name.to_string(), None),
    }
}

/// `s` with its first letter in capitals.
fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// A candidate's rank key: lower is better.
type Score = (u8, u8, u8, usize);
/// A target, its best score and the key that gave it.
type Best<'a> = (u32, Score, &'a Key);
/// A label, its score and its target.
type Labelled = (String, Score, u32);

/// Lower is better: (a person first when the context is one; a key at the form's start
/// before one inside it; the name or a spelling before another alias; the shorter form).
fn score(index: &CompletionIndex, dict: &Dictionary, k: &Key, person: bool) -> Score {
    let t = k.target as usize;
    let kind = dict.entries.get(t).map(|e| e.kind);
    let context = u8::from(person && kind != Some(Kind::Person));
    // Another name ranks after the name, the spellings and the house's own form.
    let alias = match dict.entries.get(t) {
        Some(e) if k.form > 0 => {
            let a = &e.aliases[usize::from(k.form) - 1];
            let house = e.preferred.get(crate::dictionary::DEFAULT_STYLE) == Some(&a.form);
            u8::from(!a.variant && !house)
        }
        _ => 0,
    };
    let _ = index;
    (context, u8::from(!k.whole), alias, (k.end - k.start) as usize)
}

/// What a key's form is written as: the house spelling for a spelling of it, the form
/// with its spelling corrected otherwise; a phrase as it is.
fn label(index: &CompletionIndex, dict: &Dictionary, k: &Key, ctx: &HoverContext) -> String {
    let t = k.target as usize;
    let Some(e) = dict.entries.get(t) else {
        return index.phrases[t - index.entries].text.clone();
    };
    let form = match k.form {
        0 => e.name.as_str(),
        f => e.aliases[usize::from(f) - 1].form.as_str(),
    };
    let form = if k.form == 0 { e.display_name(ctx.lang) } else { form };
    hover::typo(&in_house_spelling(form, e, ctx))
}

/// `form` with the house spelling in place of another spelling of it.
fn in_house_spelling(form: &str, e: &Entry, ctx: &HoverContext) -> String {
    let Some(house) = e.house_spelling(ctx.house_style, ctx.lang) else {
        return form.to_string();
    };
    crate::house_style::respell(form, e, house)
}

/// Where each word of `before`'s last line starts, the last one being typed: words are
/// separated by white space; an apostrophe ends an elided word ("l'Ota" → "Ota").
fn word_starts(before: &str) -> Vec<usize> {
    let line = before.rfind('\n').map_or(0, |i| i + 1);
    let mut starts = Vec::new();
    let mut in_word = false;
    for (i, c) in before[line..].char_indices() {
        let i = line + i;
        let apostrophe = matches!(c, '\'' | '’');
        let sep = apostrophe || c.is_whitespace() || matches!(c, '(' | '[' | '«' | '"' | '“' | '*' | '_');
        if sep {
            // An elided word ("l'", "d'", "qu'") starts no name: the name starts after it.
            if apostrophe && in_word {
                let word = fold(&before[*starts.last().expect("in a word")..i]);
                if ELIDED.contains(&word.as_str()) {
                    starts.pop();
                }
            }
            in_word = false;
        } else if !in_word {
            in_word = true;
            starts.push(i);
        }
    }
    // The cursor must be inside the last word, not after a space.
    if before.ends_with(|c: char| c.is_whitespace()) {
        return Vec::new();
    }
    starts
}

/// French words that elide before a vowel.
const ELIDED: &[&str] = &[
    "l", "d", "qu", "j", "n", "s", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Whether the words before the name call for a person ("le président", "M.", "Mme",
/// "Chancellor").
fn person_context(before: &str, lang: Lang) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(|w| fold(w.trim_matches(|c: char| c == ',' || c == '(')))
        .collect();
    let Some(last) = words.first() else { return false };
    let titles: &[&str] = match lang {
        Lang::Fr => PERSON_TITLES_FR,
        Lang::En => PERSON_TITLES_EN,
    };
    titles.contains(&last.as_str())
}

/// Folded words that announce a person's name in French copy.
const PERSON_TITLES_FR: &[&str] = &[
    "m.",
    "mme",
    "mmes",
    "mm.",
    "president",
    "presidente",
    "ministre",
    "chancelier",
    "chanceliere",
    "general",
    "generale",
    "secretaire",
    "porte-parole",
    "senateur",
    "senatrice",
    "depute",
    "deputee",
    "maire",
    "ambassadeur",
    "ambassadrice",
    "commissaire",
    "envoye",
    "envoyee",
    "conseiller",
    "conseillere",
    "chef",
    "dirigeant",
    "dirigeante",
    "opposant",
    "opposante",
    "chercheur",
    "chercheuse",
    "analyste",
    "premier",
    "premiere",
];

/// Folded words that announce a person's name in English copy.
const PERSON_TITLES_EN: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "president",
    "minister",
    "chancellor",
    "general",
    "gen.",
    "secretary",
    "senator",
    "sen.",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "mayor",
    "envoy",
    "adviser",
    "advisor",
    "leader",
    "analyst",
    "researcher",
    "commander",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    const DICT: &str = r#"
[[entry]]
id = "zelensky"
name = "Volodymyr Zelensky"
kind = "person"
description = "Président de l'Ukraine."
aliases = ["Zelensky", "Volodymyr Zelenskyy"]
variants = ["Zelenskiy", "Zelenskyy"]
preferred = { default = "Zelensky", reuters = "Zelenskiy" }
roles = [{ title = "président de l'Ukraine", title_en = "President of Ukraine", since = "2019-05-20" }]

[[entry]]
id = "zelenograd"
name = "Zelenograd"
kind = "city"
description = "Ville de Russie."

[[entry]]
id = "pokrovsk"
name = "Pokrovsk"
kind = "city"
description = "Ville de l'oblast de Donetsk."

[[entry]]
id = "merz"
name = "Friedrich Merz"
kind = "person"
description = "Chancelier allemand."
roles = [{ title = "chancelier fédéral d'Allemagne", since = "2025-05-06" }]

[[entry]]
id = "otan"
name = "Organisation du traité de l'Atlantique nord"
kind = "organisation"
description = "Alliance militaire."
aliases = ["Otan", "OTAN", "NATO"]

[[entry]]
id = "kiev"
name = "Kiev"
kind = "city"
description = "Capitale de l'Ukraine."
variants = ["Kyiv", "Kyïv"]
preferred = { default = "Kiev", liberation = "Kyiv" }
"#;

    fn setup(phrases: Vec<Phrase>) -> (Dictionary, CompletionIndex) {
        let (d, findings) = Dictionary::load(&[("t.toml", DICT)]).unwrap();
        assert_eq!(findings, vec![]);
        let index = CompletionIndex::with_phrases(&d, phrases);
        (d, index)
    }

    fn ctx(style: &str) -> HoverContext<'_> {
        HoverContext {
            date: Date::new(2025, 6, 1).unwrap(),
            dated_article: true,
            lang: Lang::Fr,
            house_style: style,
        }
    }

    /// The labels offered at the end of `before`, with what they replace.
    fn labels(before: &str, style: &str) -> Vec<String> {
        let (d, index) = setup(vec![Phrase {
            text: "président russe".into(),
            detail: "Vladimir Poutine".into(),
            office: None,
        }]);
        complete(&index, &d, before, &ctx(style))
            .into_iter()
            .map(|c| format!("{}<{}", c.label, &before[c.replace]))
            .collect()
    }

    /// The shipped offices' role phrases complete beside names, from their first word, with
    /// the holder on the article's date.
    #[test]
    fn role_phrases_complete_with_their_holder_on_the_date() {
        let (d, findings) = Dictionary::load(crate::dictionary::EMBEDDED).unwrap();
        assert!(findings
            .iter()
            .all(|f| f.severity != crate::dictionary::Severity::Error));
        let index = CompletionIndex::with_offices(&d);
        let on = |before: &str, date: Date, lang: Lang| -> Vec<(String, String, bool)> {
            let ctx = HoverContext {
                date,
                dated_article: true,
                lang,
                house_style: "default",
            };
            complete(&index, &d, before, &ctx)
                .into_iter()
                .filter(|c| c.entry.is_none())
                .map(|c| {
                    (
                        format!("{}<{}", c.label, &before[c.replace]),
                        c.detail,
                        c.documentation.is_some(),
                    )
                })
                .collect()
        };
        let day = |y, m, dd| Date::new(y, m, dd).unwrap();
        let got = on("Selon le président ru", day(2025, 6, 1), Lang::Fr);
        assert_eq!(
            got.first().map(|(l, d, doc)| (l.as_str(), d.as_str(), *doc)),
            Some((
                "président russe<président ru",
                "Vladimir Poutine · président de la Fédération de Russie",
                true
            )),
            "{got:?}"
        );
        // The holder changes with the article's date.
        let ukr = |date| on("le président ukr", date, Lang::Fr);
        let first = |v: Vec<(String, String, bool)>| v.into_iter().next().map(|(l, d, _)| (l, d));
        let (label, detail) = first(ukr(day(2018, 6, 1))).unwrap();
        assert_eq!(label, "président ukrainien<président ukr");
        assert!(detail.starts_with("Petro Porochenko · "), "{detail}");
        let (_, detail) = first(ukr(day(2023, 6, 1))).unwrap();
        assert!(detail.starts_with("Volodymyr Zelensky · "), "{detail}");
        // A capital at the start of a sentence is kept; English phrases and names in English.
        let (label, _) = first(on("Président ru", day(2025, 6, 1), Lang::Fr)).unwrap();
        assert_eq!(label, "Président russe<Président ru");
        let (label, detail) = first(on("the Russian presi", day(2025, 6, 1), Lang::En)).unwrap();
        assert_eq!(label, "Russian president<Russian presi");
        assert_eq!(detail, "Vladimir Putin · President of Russia");
        // A phrase completes from its first word only: "russe" alone offers no role phrase.
        assert_eq!(on("la diplomatie rus", day(2025, 6, 1), Lang::Fr), vec![]);
    }

    #[test]
    fn cases() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &[&str])] = &[
            // (style, text before the cursor, labels < the text they replace)
            ("default", "Hier, Zele", &["Zelensky<Zele", "Zelenograd<Zele"]),
            ("default", "hier, zelen", &["Zelensky<zelen", "Zelenograd<zelen"]),
            ("default", "ZÉLEN", &["Zelensky<ZÉLEN", "Zelenograd<ZÉLEN"]),
            // A variant is offered in the house spelling, in every style.
            ("reuters", "Zelenskyy", &["Zelenskiy<Zelenskyy"]),
            ("default", "À Kyi", &["Kiev<Kyi"]),
            ("liberation", "À Kie", &["Kyiv<Kie"]),
            // The middle of a multi-word name.
            ("default", "Le chancelier Merz", &["Friedrich Merz<Merz"]),
            ("default", "Près de Pokr", &["Pokrovsk<Pokr"]),
            ("default", "l'Atlan", &["Organisation du traité de l’Atlantique nord<Atlan"]),
            // Several words typed: the longest run that starts something.
            ("default", "Volodymyr Zel", &["Volodymyr Zelensky<Volodymyr Zel"]),
            ("reuters", "Volodymyr Zel", &["Volodymyr Zelenskiy<Volodymyr Zel"]),
            // A person first after a title.
            ("default", "le président Zele", &["Zelensky<Zele", "Zelenograd<Zele"]),
            // Elision: the word after the apostrophe.
            ("default", "l’Ota", &["Otan<Ota"]),
            // Phrases plugged in beside names.
            ("default", "le président ru", &["président russe<président ru"]),
            // Fewer than two letters, or after a space: nothing.
            ("default", "Z", &[]),
            ("default", "Zelensky ", &[]),
            ("default", "Xq", &[]),
        ];
        for (style, before, want) in cases {
            assert_eq!(labels(before, style), *want, "{style} {before:?}");
        }
    }

    #[test]
    fn people_come_first_after_a_title() {
        let toml = r#"
[[entry]]
id = "kovel"
name = "Kovel"
kind = "city"
description = "x"
[[entry]]
id = "kovalenko"
name = "Anna Kovalenko"
kind = "person"
description = "x"
aliases = ["Kovalenko"]
"#;
        let (d, _) = Dictionary::load(&[("t.toml", toml)]).unwrap();
        let index = CompletionIndex::new(&d);
        let first = |before: &str| complete(&index, &d, before, &ctx("default"))[0].label.clone();
        assert_eq!(first("à Kov"), "Kovel");
        assert_eq!(first("selon Mme Kov"), "Kovalenko");
        assert_eq!(first("le président Kov"), "Kovalenko");
        assert!(person_context("said Chancellor ", Lang::En));
        assert!(!person_context("à ", Lang::Fr));
    }

    #[test]
    fn detail_is_the_role_on_the_date_and_documentation_the_card() {
        let (d, index) = setup(Vec::new());
        let items = complete(&index, &d, "Merz", &ctx("default"));
        assert_eq!(items[0].detail, "chancelier fédéral d’Allemagne");
        assert!(
            items[0]
                .documentation
                .as_deref()
                .unwrap()
                .contains("**Friedrich Merz**"),
            "{:?}",
            items[0].documentation
        );
        let before = HoverContext {
            date: Date::new(2024, 6, 1).unwrap(),
            ..ctx("default")
        };
        let items = complete(&index, &d, "Merz", &before);
        assert_eq!(items[0].detail, "personnalité");
        let items = complete(&index, &d, "Pokr", &ctx("default"));
        assert_eq!((items[0].detail.as_str(), items[0].kind), ("ville", Some(Kind::City)));
    }
}
