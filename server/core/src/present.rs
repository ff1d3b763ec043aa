//! What a journalist reads besides the hover card, in the article's language: corpus
//! counts, the corpus part of a card, quick-fix titles, and the grouping of an article's
//! mentions into symbols. Built here, not in the server, so that every text is tested
//! without one (snapshots in `tests/presentation.rs`).

use std::fmt::Write;
use std::ops::Range;

use crate::date::Date;
use crate::dictionary::{Dictionary, Kind};
use crate::figures::placeholder;
use crate::hover::{kind_plural, typo};
use crate::lang::Lang;
use crate::Mention;

/// "cité dans 37 articles, 124 mentions" / "in 37 articles, 124 mentions".
pub fn counts_label(articles: usize, mentions: usize, lang: Lang) -> String {
    let s = |n: usize| if n > 1 { "s" } else { "" };
    match lang {
        Lang::Fr => format!(
            "cité dans {articles} article{}, {mentions} mention{}",
            s(articles),
            s(mentions)
        ),
        Lang::En => format!(
            "in {articles} article{}, {mentions} mention{}",
            s(articles),
            s(mentions)
        ),
    }
}

/// One of the most recent articles that mention an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentArticle<'a> {
    /// The article's title; empty when it has none (its file name is shown instead).
    pub title: &'a str,
    pub path: &'a str,
    /// Where a click opens it (a `file:` URI), when the path can be written as one.
    pub link: Option<String>,
    pub date: Option<Date>,
}

/// What the corpus index knows of one entry, for its hover card (the open documents
/// counted as they are in the editor; `recent` without the article being edited).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CorpusFacts<'a> {
    pub articles: usize,
    pub mentions: usize,
    pub recent: Vec<RecentArticle<'a>>,
}

/// The recent articles of a card, one per line after a rule: "Articles récents :" and a
/// list of links (the file name for an untitled article) with their dates.
pub fn recent_list(recent: &[RecentArticle], lang: Lang) -> String {
    let label = match lang {
        Lang::Fr => "Articles récents :",
        Lang::En => "Recent articles:",
    };
    let mut out = format!("---\n\n{label}\n\n");
    for r in recent {
        let title = if r.title.is_empty() {
            r.path.rsplit('/').next().unwrap_or(r.path)
        } else {
            r.title
        };
        let date = r.date.map(|d| format!(" ({d})")).unwrap_or_default();
        let _ = match &r.link {
            Some(l) => writeln!(out, "- [{title}]({l}){date}"),
            None => writeln!(out, "- {title}{date}"),
        };
    }
    out
}

/// The quick fixes of an unsourced figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickFix<'a> {
    /// Insert the attribution placeholder at the end of the sentence.
    AddSource,
    /// Insert `marker` to ignore this figure's sentence.
    IgnoreFigure { marker: &'a str },
    /// Insert `marker` to ignore every figure of the file.
    IgnoreFile { marker: &'a str },
    /// Write the house spelling in place of the one written.
    HouseStyle { preferred: &'a str },
    /// Write the house spelling everywhere in the file (`count` places).
    HouseStyleAll { count: usize },
}

impl QuickFix<'_> {
    /// The title an editor shows in its menu.
    pub fn title(self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            QuickFix::AddSource => {
                let text = placeholder(lang).trim_start_matches(", ");
                if fr {
                    format!("Indiquer la source : ajouter « {text} »")
                } else {
                    format!("Add the source: insert “{text}”")
                }
            }
            QuickFix::IgnoreFigure { marker } if fr => format!("Ignorer ce chiffre ({})", marker.trim()),
            QuickFix::IgnoreFigure { marker } => format!("Ignore this figure ({})", marker.trim()),
            QuickFix::IgnoreFile { marker } if fr => {
                format!("Ignorer les chiffres de tout le fichier ({})", marker.trim())
            }
            QuickFix::IgnoreFile { marker } => format!("Ignore the figures of this whole file ({})", marker.trim()),
            QuickFix::HouseStyle { preferred } if fr => format!("Écrire « {} » (graphie maison)", typo(preferred)),
            QuickFix::HouseStyle { preferred } => format!("Write “{}” (house style)", typo(preferred)),
            QuickFix::HouseStyleAll { count } if fr => {
                format!("Appliquer la graphie maison dans tout le fichier ({count})")
            }
            QuickFix::HouseStyleAll { count } => format!("Apply the house style throughout the file ({count})"),
        }
    }
}

/// An entry mentioned in an article: where first, and how often.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolEntry {
    /// Index into [`Dictionary::entries`].
    pub entry: usize,
    /// Byte range of its first mention.
    pub first: Range<usize>,
    pub count: usize,
}

impl SymbolEntry {
    /// "1 mention", "3 mentions": the same in French and English.
    pub fn detail(&self) -> String {
        format!("{} mention{}", self.count, if self.count > 1 { "s" } else { "" })
    }
}

/// The entries of one kind mentioned in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolGroup {
    pub kind: Kind,
    /// The kind in the plural, in the article's language ("Personnalités").
    pub label: &'static str,
    /// In the order of their first mention.
    pub entries: Vec<SymbolEntry>,
}

/// The actors and places an article mentions, one group per kind (in the order of the
/// kind's first mention), one item per entry (every candidate of an ambiguous mention).
pub fn symbol_groups(mentions: &[Mention], dict: &Dictionary, lang: Lang) -> Vec<SymbolGroup> {
    let mut entries: Vec<SymbolEntry> = Vec::new();
    let mut slot: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for m in mentions {
        for &e in &m.entries {
            match slot.get(&e) {
                Some(&i) => entries[i].count += 1,
                None => {
                    slot.insert(e, entries.len());
                    entries.push(SymbolEntry {
                        entry: e,
                        first: m.range.clone(),
                        count: 1,
                    });
                }
            }
        }
    }
    let mut groups: Vec<SymbolGroup> = Vec::new();
    for item in entries {
        let kind = dict.entries[item.entry].kind;
        match groups.iter_mut().find(|g| g.kind == kind) {
            Some(g) => g.entries.push(item),
            None => groups.push(SymbolGroup {
                kind,
                label: kind_plural(kind, lang),
                entries: vec![item],
            }),
        }
    }
    groups
}

/// `n` and a noun, in the plural when `n` calls for it: French puts 0 and 1 in the
/// singular, English only 1.
fn count(n: usize, singular: &str, plural: &str, lang: Lang) -> String {
    let one = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    format!("{n} {}", if one { singular } else { plural })
}

/// What `vigie check` did, for its closing line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CheckSummary {
    /// Articles read and checked (decoded ones included).
    pub articles: usize,
    /// Unsourced figures reported.
    pub figures: usize,
    /// Titles that do not fit their article's date (`role-date`) reported.
    pub roles: usize,
    /// Of the articles, those decoded from Windows-1252.
    pub decoded: usize,
    /// Files left out because they are not text in an encoding vigie can tell.
    pub skipped: usize,
    /// Mentions in a spelling the house style does not prefer, reported.
    pub style: usize,
    /// House-style spellings corrected in place (`vigie check --fix`).
    pub fixed: usize,
}

impl CheckSummary {
    /// "12 articles vérifiés, 3 chiffres sans source, 2 graphies à corriger, 1 fichier
    /// ignoré (pas en UTF-8)"; the house-style counts only when there are some.
    pub fn line(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        match lang {
            Lang::Fr => {
                let mut checked = count(self.articles, "article vérifié", "articles vérifiés", lang);
                if self.decoded > 0 {
                    let read = if self.decoded > 1 { "lus" } else { "lu" };
                    checked.push_str(&format!(" (dont {} {read} en Windows-1252)", self.decoded));
                }
                parts.push(checked);
                parts.push(count(self.figures, "chiffre sans source", "chiffres sans source", lang));
                if self.roles > 0 {
                    parts.push(count(self.roles, "titre hors date", "titres hors date", lang));
                }
                if self.style > 0 {
                    parts.push(count(self.style, "graphie à corriger", "graphies à corriger", lang));
                }
                if self.fixed > 0 {
                    parts.push(count(self.fixed, "graphie corrigée", "graphies corrigées", lang));
                }
                if self.skipped > 0 {
                    parts.push(format!(
                        "{} (pas en UTF-8)",
                        count(self.skipped, "fichier ignoré", "fichiers ignorés", lang)
                    ));
                }
            }
            Lang::En => {
                let mut checked = count(self.articles, "article checked", "articles checked", lang);
                if self.decoded > 0 {
                    checked.push_str(&format!(" ({} read as Windows-1252)", self.decoded));
                }
                parts.push(checked);
                parts.push(count(self.figures, "unsourced figure", "unsourced figures", lang));
                if self.roles > 0 {
                    parts.push(count(self.roles, "title out of date", "titles out of date", lang));
                }
                if self.style > 0 {
                    parts.push(count(self.style, "house-style spelling", "house-style spellings", lang));
                }
                if self.fixed > 0 {
                    parts.push(count(self.fixed, "spelling fixed", "spellings fixed", lang));
                }
                if self.skipped > 0 {
                    parts.push(format!(
                        "{} (not UTF-8)",
                        count(self.skipped, "file skipped", "files skipped", lang)
                    ));
                }
            }
        }
        parts.join(", ")
    }
}

/// When the paths given hold no article: "aucun article (.md, .txt) dans examples/vide".
pub fn no_articles(paths: &str, extensions: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("aucun article ({extensions}) dans {paths} : rien n’a été vérifié"),
        Lang::En => format!("no article ({extensions}) in {paths}: nothing was checked"),
    }
}

/// A file decoded from Windows-1252, for the warning that says so.
pub fn decoded_warning(path: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{path} : pas en UTF-8, lu en Windows-1252 (Latin-1) ; à réenregistrer en UTF-8"),
        Lang::En => format!("{path}: not UTF-8, read as Windows-1252 (Latin-1); save it as UTF-8"),
    }
}

/// A file that is neither UTF-8 nor clearly Windows-1252.
pub fn undecodable_error(path: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{path} : ni UTF-8 ni Windows-1252, non vérifié"),
        Lang::En => format!("{path}: neither UTF-8 nor Windows-1252, not checked"),
    }
}

/// The closing line of `vigie mentions ENTRY`: "0 mention de Pokrovsk dans 5 articles".
pub fn mentions_total(mentions: usize, articles: usize, name: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "{} de {name} dans {}",
            count(mentions, "mention", "mentions", lang),
            count(articles, "article", "articles", lang)
        ),
        Lang::En => format!(
            "{} of {name} in {}",
            count(mentions, "mention", "mentions", lang),
            count(articles, "article", "articles", lang)
        ),
    }
}

/// The language of what the command line says, from the system locale: the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (the POSIX order), French
/// when it starts with `fr`, English otherwise. The environment is read by the caller.
pub fn locale_lang(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
    let locale = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
        .unwrap_or("");
    if locale.to_ascii_lowercase().starts_with("fr") {
        Lang::Fr
    } else {
        Lang::En
    }
}
