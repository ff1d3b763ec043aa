//! Dictionaries of actors and places: the TOML format (see `dictionaries/README.md`), its
//! loading from several sources, and the checks of `vigie dict check`.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use crate::date::PartialDate;
use crate::fold::fold;
use crate::line_index::{Encoding, LineIndex, WidePos};

/// The shipped dictionaries, embedded in the binary: (name, TOML text).
pub const EMBEDDED: &[(&str, &str)] = &[
    ("actors.toml", include_str!("../../../dictionaries/actors.toml")),
    ("places.toml", include_str!("../../../dictionaries/places.toml")),
    ("offices.toml", include_str!("../../../dictionaries/offices.toml")),
];

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Person,
    Organisation,
    Institution,
    Military,
    Media,
    ThinkTank,
    Country,
    City,
    Region,
    Building,
    Facility,
    Other,
}

/// How an alias's case must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CaseRule {
    /// Any case: a lowercase heading still matches.
    Any,
    /// Only the dictionary's case (acronyms and names that are also common words).
    Exact,
}

/// How an alias's accents must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccentRule {
    Any,
    Exact,
}

/// One form an entry is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub form: String,
    pub case: CaseRule,
    pub accents: AccentRule,
    pub ambiguous: bool,
    /// Listed under `variants`: another spelling of the house spelling (a transliteration,
    /// an older spelling), which the house-style check corrects. An alias that is not a
    /// variant is another name (a surname alone, an acronym) and never a style error.
    pub variant: bool,
}

impl Alias {
    /// An alias with the default rules: exact case for acronyms (two characters or more,
    /// a letter, no lowercase letter), any case otherwise; accents ignored.
    pub fn new(form: &str) -> Alias {
        Alias {
            form: form.trim().to_string(),
            case: default_case(form),
            accents: AccentRule::Any,
            ambiguous: false,
            variant: false,
        }
    }
}

fn default_case(form: &str) -> CaseRule {
    let form = form.trim();
    let acronym =
        form.chars().count() >= 2 && form.chars().any(char::is_alphabetic) && !form.chars().any(char::is_lowercase);
    if acronym {
        CaseRule::Exact
    } else {
        CaseRule::Any
    }
}

/// A title held from `since` to `until` (absent: still held).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The id of the office the role is a holding of (`offices.toml`), when it names one.
    pub office: Option<String>,
    pub title: String,
    pub title_en: Option<String>,
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
    pub acting: bool,
}

impl Role {
    /// Whether the role is held on `date`. A full `until` date is the handover day, which
    /// belongs to the successor; a partial one (`2025-05`) covers its whole period.
    pub fn holds_on(&self, date: crate::date::Date) -> bool {
        let started = self.since.is_none_or(|s| s.first_day() <= date);
        let ongoing = self.until.is_none_or(|u| match u.day {
            Some(_) => date < u.first_day(),
            None => date <= u.last_day(),
        });
        started && ongoing
    }
}

/// Where an entry is written: its source and the 1-based line and column (in characters)
/// of its `id`, for reports; and the span of the id's quoted value in both LSP encodings,
/// for go-to-definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub source: usize,
    pub line: usize,
    pub col: usize,
    pub id_start: WidePos,
    pub id_end: WidePos,
}

/// An actor or a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub name: String,
    /// The English name ("Vladimir Putin", "Russia"), when it differs from `name`.
    pub name_en: Option<String>,
    pub kind: Kind,
    pub description: String,
    pub description_en: Option<String>,
    /// Every other form, the name excluded.
    pub aliases: Vec<Alias>,
    pub roles: Vec<Role>,
    pub country: Option<String>,
    pub parent: Option<String>,
    pub wikidata: Option<String>,
    /// House style → spelling.
    pub preferred: BTreeMap<String, String>,
    pub origin: Origin,
}

/// A holding of an office while it is checked: since, until, who (for messages), and the
/// entry when listed.
type HoldingSpan = (Option<PartialDate>, Option<PartialDate>, String, Option<usize>);

/// How an office changes hands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Handover {
    /// During the day (an inauguration, a vote, a decree): on the day of a change both the
    /// outgoing and the incoming holder held the office.
    #[default]
    Day,
    /// At midnight (a fixed term): the day of a change belongs to the newcomer alone.
    Midnight,
}

/// A post whose holders role phrases stand for ("le président russe") and whose title is
/// checked next to a name ("le chancelier Olaf Scholz").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    /// The bare title, for messages ("chancelier", "chancellor").
    pub title: String,
    pub title_en: String,
    /// Bare titles written before a name, any language ("chancelier", "Chancellor"): shared
    /// between offices; checked only next to a holder of one of them.
    pub titles: Vec<String>,
    /// Role phrases that stand for the holder ("le chancelier allemand"), French and English
    /// together: each belongs to one office.
    pub designations: Vec<String>,
    pub handover: Handover,
    /// (entry, role) of every holding, by start date.
    pub holders: Vec<(usize, usize)>,
    /// Holdings by people the dictionaries do not list, and vacancies (no name): they fill
    /// the gaps between two holders.
    pub others: Vec<OtherHolding>,
    pub origin: Origin,
}

/// A holding of an office by someone the dictionaries do not list, or a vacancy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherHolding {
    /// Who held it; `None` for a vacancy or an unnamed interim.
    pub name: Option<String>,
    pub since: PartialDate,
    pub until: PartialDate,
}

impl Office {
    /// The name in a language.
    pub fn display_title(&self, lang: crate::lang::Lang) -> &str {
        match lang {
            crate::lang::Lang::En => &self.title_en,
            _ => &self.title,
        }
    }
}
/// The style whose spelling an English article falls back on when the house style gives
/// none for an entry.
pub const ENGLISH_STYLE: &str = "en";
/// The style a French article falls back on.
pub const DEFAULT_STYLE: &str = "default";

/// One form of an entry, borrowed: the name (with the default rules) or an alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form<'a> {
    pub form: &'a str,
    pub case: CaseRule,
    pub accents: AccentRule,
    pub ambiguous: bool,
}

impl<'a> Form<'a> {
    /// A form with the default rules (acronyms in capitals, anything else in any case).
    pub fn from_text(form: &'a str) -> Form<'a> {
        Form {
            form,
            case: default_case(form),
            accents: AccentRule::Any,
            ambiguous: true,
        }
    }
}

impl<'a> From<&'a Alias> for Form<'a> {
    fn from(a: &'a Alias) -> Form<'a> {
        Form {
            form: &a.form,
            case: a.case,
            accents: a.accents,
            ambiguous: a.ambiguous,
        }
    }
}

impl Entry {
    /// The name in a language: `name_en` in English when the dictionary gives one, else
    /// the (French) name.
    pub fn display_name(&self, lang: crate::lang::Lang) -> &str {
        match (lang, &self.name_en) {
            (crate::lang::Lang::En, Some(n)) => n,
            _ => &self.name,
        }
    }

    /// The spelling a house style prefers for this entry in an article of `lang`: the
    /// style's own, else the fallback of the language (`default` for French, `en` for
    /// English; the `default` style of an English article is `en`); for a French article, the name when the entry has variants but no
    /// `preferred`. `None`: the house has no spelling for it (no style check).
    pub fn house_spelling(&self, style: &str, lang: crate::lang::Lang) -> Option<&str> {
        // The `default` style is the French one: English copy in the default style takes
        // the English spellings.
        let own = !(lang == crate::lang::Lang::En && style == DEFAULT_STYLE);
        if let Some(s) = self.preferred.get(style).filter(|_| own) {
            return Some(s);
        }
        match lang {
            crate::lang::Lang::En => self.preferred.get(ENGLISH_STYLE).map(String::as_str),
            crate::lang::Lang::Fr => self
                .preferred
                .get(DEFAULT_STYLE)
                .map(String::as_str)
                .or_else(|| self.aliases.iter().any(|a| a.variant).then_some(self.name.as_str())),
        }
    }

    /// Every spelling of the entry's house-style word, each once: the `default` spelling
    /// (else the name), the other styles' spellings and the variants. A mention that
    /// contains one of them that the house does not prefer is a style error.
    pub fn spellings(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let first = self
            .preferred
            .get(DEFAULT_STYLE)
            .map_or(self.name.as_str(), String::as_str);
        let rest = self.preferred.values().map(String::as_str);
        let variants = self.aliases.iter().filter(|a| a.variant).map(|a| a.form.as_str());
        let mut keys: Vec<String> = Vec::new();
        for s in std::iter::once(first).chain(rest).chain(variants) {
            let key = spelling_key(s);
            if !keys.contains(&key) {
                keys.push(key);
                out.push(s);
            }
        }
        if out.len() == 1 {
            out.clear();
        }
        out
    }

    /// The name, with the default rules unless an alias of the same spelling gives it its
    /// own, then the aliases.
    pub fn forms(&self) -> impl Iterator<Item = Form<'_>> + '_ {
        let name_is_alias = self.aliases.iter().any(|a| a.form == self.name);
        let name = (!name_is_alias).then(|| Form {
            form: &self.name,
            case: default_case(&self.name),
            accents: AccentRule::Any,
            ambiguous: false,
        });
        name.into_iter().chain(self.aliases.iter().map(Form::from))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// Something `vigie dict check` reports, at a 1-based line and column of a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub source: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.source, self.line, self.col, sev, self.message
        )
    }
}

/// Dictionaries that did not load: every source that failed to parse, with where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct LoadError {
    pub errors: Vec<Finding>,
}

/// Every entry of a set of dictionary sources.
#[derive(Debug, Clone, Default)]
pub struct Dictionary {
    pub entries: Vec<Entry>,
    pub offices: Vec<Office>,
    /// Source names (file paths, or `embedded:actors.toml`), indexed by `Origin::source`.
    pub sources: Vec<String>,
    by_id: HashMap<String, usize>,
    office_by_id: HashMap<String, usize>,
}

impl Dictionary {
    /// The embedded dictionaries alone.
    pub fn embedded() -> Result<(Dictionary, Vec<Finding>), LoadError> {
        let sources: Vec<(String, &str)> = EMBEDDED.iter().map(|(n, t)| (format!("embedded:{n}"), *t)).collect();
        Dictionary::load(&sources)
    }

    /// Loads `(name, text)` sources. A source that is not valid TOML, or whose fields have
    /// the wrong type, fails the whole load (so a caller keeps its last good dictionaries);
    /// the other findings (dates, duplicates, conflicting aliases) are returned beside the
    /// dictionary, whose entries skip what a finding names as unusable.
    pub fn load<S: AsRef<str>>(sources: &[(S, &str)]) -> Result<(Dictionary, Vec<Finding>), LoadError> {
        let mut dict = Dictionary::default();
        let mut findings = Vec::new();
        let mut errors = Vec::new();
        for (name, text) in sources {
            let source = dict.sources.len();
            dict.sources.push(name.as_ref().to_string());
            match parse_source(name.as_ref(), source, text, &mut findings) {
                Ok((entries, offices)) => {
                    for office in offices {
                        if dict.office_by_id.contains_key(&office.id) {
                            findings.push(Finding {
                                severity: Severity::Error,
                                source: name.as_ref().to_string(),
                                line: office.origin.line,
                                col: office.origin.col,
                                message: format!("duplicate office id \"{}\"; this office is ignored", office.id),
                            });
                            continue;
                        }
                        dict.office_by_id.insert(office.id.clone(), dict.offices.len());
                        dict.offices.push(office);
                    }
                    for entry in entries {
                        if let Some(&first) = dict.by_id.get(&entry.id) {
                            let other = &dict.entries[first];
                            findings.push(Finding {
                                severity: Severity::Error,
                                source: name.as_ref().to_string(),
                                line: entry.origin.line,
                                col: entry.origin.col,
                                message: format!(
                                    "duplicate id \"{}\" (first defined at {}:{}:{}); this entry is ignored",
                                    entry.id, dict.sources[other.origin.source], other.origin.line, other.origin.col
                                ),
                            });
                            continue;
                        }
                        dict.by_id.insert(entry.id.clone(), dict.entries.len());
                        dict.entries.push(entry);
                    }
                }
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(LoadError { errors });
        }
        dict.check_references(&mut findings);
        dict.check_aliases(&mut findings);
        dict.link_offices(&mut findings);
        dict.check_variants(&mut findings);
        Ok((dict, findings))
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn office(&self, id: &str) -> Option<&Office> {
        self.office_by_id.get(id).map(|&i| &self.offices[i])
    }

    pub fn office_index(&self, id: &str) -> Option<usize> {
        self.office_by_id.get(id).copied()
    }

    fn finding(&self, e: &Entry, severity: Severity, message: String) -> Finding {
        Finding {
            severity,
            source: self.sources[e.origin.source].clone(),
            line: e.origin.line,
            col: e.origin.col,
            message,
        }
    }

    fn check_references(&self, findings: &mut Vec<Finding>) {
        for e in &self.entries {
            for (field, value) in [("country", &e.country), ("parent", &e.parent)] {
                if let Some(id) = value {
                    if self.get(id).is_none() {
                        findings.push(self.finding(
                            e,
                            Severity::Warning,
                            format!("entry \"{}\": {field} \"{id}\" is not the id of any entry", e.id),
                        ));
                    }
                }
            }
        }
    }

    /// Gives each office its holders (the roles that name it, by start date) and checks
    /// them: a role naming an unknown office, an office without holders, holdings that
    /// overlap, a gap between a holder and the next one, a designation of two offices.
    fn link_offices(&mut self, findings: &mut Vec<Finding>) {
        for (i, e) in self.entries.iter().enumerate() {
            for (j, role) in e.roles.iter().enumerate() {
                let Some(id) = &role.office else { continue };
                match self.office_by_id.get(id) {
                    Some(&o) => self.offices[o].holders.push((i, j)),
                    None => findings.push(self.finding(
                        e,
                        Severity::Warning,
                        format!(
                            "entry \"{}\": role \"{}\" names office \"{id}\", which no dictionary defines",
                            e.id, role.title
                        ),
                    )),
                }
            }
        }
        let entries = &self.entries;
        let start = |&(e, r): &(usize, usize)| entries[e].roles[r].since.map(|d| d.first_day());
        for office in &mut self.offices {
            office.holders.sort_by_key(start);
        }
        let office_finding = |o: &Office, message: String| Finding {
            severity: Severity::Warning,
            source: self.sources[o.origin.source].clone(),
            line: o.origin.line,
            col: o.origin.col,
            message,
        };
        let mut claims: HashMap<String, usize> = HashMap::new();
        for (k, o) in self.offices.iter().enumerate() {
            for d in &o.designations {
                if let Some(&other) = claims.get(&fold(d)) {
                    if other != k {
                        findings.push(office_finding(
                            o,
                            format!(
                                "office \"{}\": the designation \"{d}\" is also one of office \"{}\"",
                                o.id, self.offices[other].id
                            ),
                        ));
                    }
                } else {
                    claims.insert(fold(d), k);
                }
            }
            if o.holders.is_empty() {
                findings.push(office_finding(
                    o,
                    format!("office \"{}\" has no holder: no role names it", o.id),
                ));
            }
            // Every holding (listed holders and others) by start date; the one that ends last
            // so far, against each next one.
            let mut all: Vec<HoldingSpan> = o
                .holders
                .iter()
                .map(|&(e, r)| {
                    let role = &entries[e].roles[r];
                    (role.since, role.until, format!("\"{}\"", entries[e].id), Some(e))
                })
                .chain(o.others.iter().map(|h| {
                    let who = h.name.clone().unwrap_or_else(|| "a vacancy".to_string());
                    (Some(h.since), Some(h.until), who, None)
                }))
                .collect();
            all.sort_by_key(|h| h.0.map(|d| d.first_day()));
            let mut last: Option<usize> = None;
            for (k, (since, until, who, entry)) in all.iter().enumerate() {
                if let Some(p) = last {
                    let (_, prev_until, prev_who, prev_entry) = &all[p];
                    let same = entry.is_some() && entry == prev_entry;
                    match (prev_until, since) {
                        (None, _) => findings.push(office_finding(
                            o,
                            format!("office \"{}\": {prev_who} still holds it when {who} starts", o.id),
                        )),
                        (Some(u), Some(s)) if u.first_day() > s.last_day() => findings.push(office_finding(
                            o,
                            format!("office \"{}\": {prev_who} (until {u}) and {who} (since {s}) overlap", o.id),
                        )),
                        (Some(u), Some(s)) if u.day.is_some() && s.day.is_some() && u.first_day() < s.first_day() && !same => {
                            findings.push(office_finding(
                                o,
                                format!(
                                    "office \"{}\": a gap between {prev_who} (until {u}) and {who} (since {s}); `until` is the successor's first day, and a holder the dictionaries do not list goes in `others`",
                                    o.id
                                ),
                            ))
                        }
                        _ => {}
                    }
                }
                let ends_later = last.is_none_or(|p| match (all[p].1, until) {
                    (_, None) => true,
                    (None, Some(_)) => false,
                    (Some(a), Some(b)) => b.last_day() >= a.last_day(),
                });
                if ends_later {
                    last = Some(k);
                }
            }
        }
    }

    /// The house-style spellings of each entry against its forms: every spelling a style
    /// prefers is matched (the name, or among the variants, not the aliases: it is a
    /// spelling, not another name), and no variant is also an alias, the name or the
    /// default spelling.
    fn check_variants(&self, findings: &mut Vec<Finding>) {
        for e in &self.entries {
            let default = e.preferred.get(DEFAULT_STYLE).map_or(e.name.as_str(), String::as_str);
            let is = |a: &str, b: &str| spelling_key(a) == spelling_key(b);
            for v in e.aliases.iter().filter(|a| a.variant) {
                let clash = if is(&v.form, default) {
                    Some("the default spelling")
                } else if is(&v.form, &e.name) {
                    Some("the name")
                } else if e.aliases.iter().any(|a| !a.variant && is(&a.form, &v.form)) {
                    Some("an alias")
                } else {
                    None
                };
                if let Some(what) = clash {
                    findings.push(self.finding(
                        e,
                        Severity::Error,
                        format!("entry \"{}\": the variant \"{}\" is also {what}", e.id, v.form),
                    ));
                }
            }
            for (style, spelling) in &e.preferred {
                if is(spelling, default) || is(spelling, &e.name) {
                    continue;
                }
                let variant = e.aliases.iter().any(|a| a.variant && is(&a.form, spelling));
                let alias = e.aliases.iter().any(|a| !a.variant && is(&a.form, spelling));
                let problem = match (variant, alias) {
                    (true, _) => continue,
                    (false, true) => "is listed among the aliases; a spelling goes under `variants`",
                    (false, false) => "is not among the variants, so it is never matched",
                };
                findings.push(self.finding(
                    e,
                    Severity::Warning,
                    format!("entry \"{}\": the {style} spelling \"{spelling}\" {problem}", e.id),
                ));
            }
        }
    }

    /// Warns about a folded form claimed by two entries that do not both mark it ambiguous.
    fn check_aliases(&self, findings: &mut Vec<Finding>) {
        let mut claims: HashMap<String, Vec<(usize, bool)>> = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            for alias in e.forms() {
                let key = fold(alias.form);
                let list = claims.entry(key).or_default();
                if !list.iter().any(|&(j, _)| j == i) {
                    list.push((i, alias.ambiguous));
                }
            }
        }
        let mut conflicts: Vec<(&String, &Vec<(usize, bool)>)> = claims
            .iter()
            .filter(|(_, v)| v.len() > 1 && !v.iter().all(|&(_, amb)| amb))
            .collect();
        conflicts.sort_by_key(|(_, v)| v[1].0);
        for (key, claimants) in conflicts {
            let ids: Vec<String> = claimants
                .iter()
                .map(|&(i, _)| {
                    let o = &self.entries[i].origin;
                    format!("\"{}\" ({}:{})", self.entries[i].id, self.sources[o.source], o.line)
                })
                .collect();
            let e = &self.entries[claimants[1].0];
            findings.push(self.finding(
                e,
                Severity::Warning,
                format!(
                    "the form \"{key}\" is claimed by {}; mark it `ambiguous = true` in each entry if that is intended",
                    ids.join(" and ")
                ),
            ));
        }
    }
}

/// How two spellings are compared: case and the style of apostrophes, hyphens and spaces
/// aside, accents kept ("Kyïv" is not "Kyiv").
pub fn spelling_key(s: &str) -> String {
    crate::fold::fold_with(
        s,
        crate::fold::FoldOptions {
            case: true,
            accents: false,
        },
    )
}

/// "OTAN" → "Otan", "G7" → `None` (no lowercase letter to write), "Le Monde" → `None`.
fn title_case_form(form: &str) -> Option<String> {
    if default_case(form) != CaseRule::Exact || form.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let mut chars = form.chars();
    let first = chars.next()?;
    Some(first.to_string() + &chars.as_str().to_lowercase())
}

// ---- parsing -------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    entry: Vec<RawEntry>,
    #[serde(default)]
    office: Vec<RawOffice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffice {
    id: Spanned<String>,
    name: String,
    name_en: Option<String>,
    title: String,
    title_en: String,
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    designations: Vec<String>,
    #[serde(default)]
    designations_en: Vec<String>,
    #[serde(default)]
    handover: Handover,
    #[serde(default)]
    others: Vec<RawOther>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOther {
    name: Option<String>,
    since: String,
    until: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Spanned<String>,
    name: Spanned<String>,
    name_en: Option<String>,
    kind: Kind,
    description: Spanned<String>,
    description_en: Option<String>,
    #[serde(default)]
    aliases: Vec<Spanned<RawAlias>>,
    #[serde(default)]
    variants: Vec<Spanned<RawAlias>>,
    #[serde(default)]
    roles: Vec<Spanned<RawRole>>,
    country: Option<String>,
    parent: Option<String>,
    wikidata: Option<Spanned<String>>,
    preferred: Option<RawPreferred>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawAlias {
    Plain(String),
    Table(AliasTable),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasTable {
    form: String,
    case: Option<CaseRule>,
    accents: Option<AccentRule>,
    #[serde(default)]
    ambiguous: bool,
    /// An acronym also written in title case by house styles ("OTAN" and "Otan"): the
    /// title-case form is matched too, in that exact case.
    #[serde(default)]
    title_case: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    office: Option<String>,
    title: String,
    title_en: Option<String>,
    since: Option<Spanned<String>>,
    until: Option<Spanned<String>>,
    #[serde(default)]
    acting: bool,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawPreferred {
    One(String),
    ByStyle(BTreeMap<String, String>),
}

type Parsed = (Vec<Entry>, Vec<Office>);

fn parse_source(name: &str, source: usize, text: &str, findings: &mut Vec<Finding>) -> Result<Parsed, Finding> {
    let index = LineIndex::new(text);
    let at = |offset: usize, severity: Severity, message: String| {
        let at = index.line_col(offset, Encoding::Utf32);
        Finding {
            severity,
            source: name.to_string(),
            line: at.line as usize + 1,
            col: at.col as usize + 1,
            message,
        }
    };
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        let message = e.message().trim().replace('\n', " ");
        let message = if message.contains("untagged enum RawAlias") {
            "an alias is a string or a table { form = \"…\", case = \"exact\", accents = \"exact\", ambiguous = true, title_case = true }"
                .to_string()
        } else if message.contains("untagged enum RawPreferred") {
            "`preferred` is a spelling or a table of house style → spelling".to_string()
        } else {
            message
        };
        at(offset, Severity::Error, message)
    })?;

    let mut entries = Vec::with_capacity(raw.entry.len());
    for r in raw.entry {
        let (id_at, id_end) = (r.id.span().start, r.id.span().end);
        let mut ok = true;
        let mut problem = |offset: usize, message: String| {
            findings.push(at(offset, Severity::Error, message));
        };
        let id = r.id.get_ref().trim().to_string();
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            problem(
                id_at,
                format!("id \"{id}\" must be lowercase ASCII letters, digits and '-'"),
            );
            ok = ok && !id.is_empty();
        }
        let entry_name = r.name.get_ref().trim().to_string();
        if entry_name.is_empty() {
            problem(r.name.span().start, format!("entry \"{id}\" has an empty name"));
            ok = false;
        }
        if r.description.get_ref().trim().is_empty() {
            problem(
                r.description.span().start,
                format!("entry \"{id}\" has an empty description"),
            );
        }
        let mut aliases = Vec::new();
        let listed = r.aliases.into_iter().map(|a| (a, false));
        for (a, variant) in listed.chain(r.variants.into_iter().map(|a| (a, true))) {
            let span = a.span();
            let (alias, title_case) = match a.into_inner() {
                RawAlias::Plain(form) => (
                    Alias {
                        variant,
                        ..Alias::new(&form)
                    },
                    false,
                ),
                RawAlias::Table(t) => (
                    Alias {
                        case: t.case.unwrap_or_else(|| default_case(&t.form)),
                        accents: t.accents.unwrap_or(AccentRule::Any),
                        ambiguous: t.ambiguous,
                        form: t.form.trim().to_string(),
                        variant,
                    },
                    t.title_case,
                ),
            };
            if fold(&alias.form).is_empty() {
                problem(span.start, format!("entry \"{id}\" has an empty alias"));
                continue;
            }
            if title_case {
                match title_case_form(&alias.form) {
                    Some(title) => aliases.push(Alias {
                        form: title,
                        case: CaseRule::Exact,
                        ..alias.clone()
                    }),
                    None => problem(
                        span.start,
                        format!(
                            "entry \"{id}\": `title_case` applies to an acronym in capitals, not \"{}\"",
                            alias.form
                        ),
                    ),
                }
            }
            aliases.push(alias);
        }
        let mut roles = Vec::new();
        for role in r.roles {
            let role_at = role.span().start;
            let role = role.into_inner();
            let mut date = |d: Option<Spanned<String>>, which: &str| -> Option<PartialDate> {
                let d = d?;
                let parsed = PartialDate::parse(d.get_ref().trim());
                if parsed.is_none() {
                    problem(
                        d.span().start,
                        format!(
                            "entry \"{id}\": {which} \"{}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                            d.get_ref()
                        ),
                    );
                }
                parsed
            };
            let since = date(role.since, "since");
            let until = date(role.until, "until");
            if let (Some(s), Some(u)) = (since, until) {
                if u.last_day() < s.first_day() {
                    problem(
                        role_at,
                        format!(
                            "entry \"{id}\": role \"{}\" ends ({u}) before it starts ({s})",
                            role.title
                        ),
                    );
                }
            }
            roles.push(Role {
                office: role.office.map(|o| o.trim().to_string()),
                title: role.title,
                title_en: role.title_en,
                since,
                until,
                acting: role.acting,
            });
        }
        let wikidata = r.wikidata.and_then(|w| {
            let q = w.get_ref().trim();
            let valid = q.len() > 1 && q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit());
            if !valid {
                problem(
                    w.span().start,
                    format!("entry \"{id}\": wikidata \"{q}\" is not a QID (Q followed by digits)"),
                );
            }
            valid.then(|| q.to_string())
        });
        let preferred = match r.preferred {
            None => BTreeMap::new(),
            Some(RawPreferred::One(s)) => BTreeMap::from([("default".to_string(), s)]),
            Some(RawPreferred::ByStyle(m)) => m,
        };
        if !ok {
            continue;
        }
        let at = index.line_col(id_at, Encoding::Utf32);
        entries.push(Entry {
            id,
            name: entry_name,
            name_en: r.name_en.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()),
            kind: r.kind,
            description: r.description.into_inner().trim().to_string(),
            description_en: r.description_en.map(|d| d.trim().to_string()),
            aliases,
            roles,
            country: r.country,
            parent: r.parent,
            wikidata,
            preferred,
            origin: Origin {
                source,
                line: at.line as usize + 1,
                col: at.col as usize + 1,
                id_start: index.wide_pos(id_at),
                id_end: index.wide_pos(id_end),
            },
        });
    }
    let mut offices = Vec::with_capacity(raw.office.len());
    for r in raw.office {
        let (id_at, id_end) = (r.id.span().start, r.id.span().end);
        let id = r.id.into_inner().trim().to_string();
        let pos = index.line_col(id_at, Encoding::Utf32);
        let origin = Origin {
            source,
            line: pos.line as usize + 1,
            col: pos.col as usize + 1,
            id_start: index.wide_pos(id_at),
            id_end: index.wide_pos(id_end),
        };
        if id.is_empty() || r.name.trim().is_empty() || r.title.trim().is_empty() {
            findings.push(at(
                id_at,
                Severity::Error,
                format!("office \"{id}\" needs an id, a name and a title"),
            ));
            continue;
        }
        let mut others = Vec::new();
        for o in r.others {
            match (PartialDate::parse(o.since.trim()), PartialDate::parse(o.until.trim())) {
                (Some(since), Some(until)) => others.push(OtherHolding {
                    name: o.name,
                    since,
                    until,
                }),
                _ => findings.push(at(
                    id_at,
                    Severity::Error,
                    format!(
                        "office \"{id}\": a holding in `others` has a date that is not YYYY, YYYY-MM or YYYY-MM-DD"
                    ),
                )),
            }
        }
        let mut designations: Vec<String> = r.designations.into_iter().chain(r.designations_en).collect();
        designations.retain(|d| !fold(d).is_empty());
        offices.push(Office {
            id,
            name: r.name.trim().to_string(),
            name_en: r.name_en,
            title: r.title.trim().to_string(),
            title_en: r.title_en.trim().to_string(),
            titles: r.titles.into_iter().filter(|t| !fold(t).is_empty()).collect(),
            designations,
            handover: r.handover,
            holders: Vec::new(),
            others,
            origin,
        });
    }
    Ok((entries, offices))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<(Dictionary, Vec<Finding>), LoadError> {
        Dictionary::load(&[("test.toml", text)])
    }

    #[test]
    fn loads_an_entry_with_every_field() {
        let (d, findings) = load(
            r#"
[[entry]]
id = "kiev"
name = "Kiev"
kind = "city"
description = "Capitale de l'Ukraine."
description_en = "Capital of Ukraine."
aliases = ["Kyiv City", { form = "Kyïv", accents = "exact" }, "KMDA"]
variants = ["Kyiv"]
country = "kiev"
wikidata = "Q1899"
preferred = { default = "Kiev", liberation = "Kyiv" }
roles = [{ title = "capitale", since = "1991-08", acting = true }]
"#,
        )
        .unwrap();
        assert_eq!(findings, vec![]);
        let e = d.get("kiev").unwrap();
        assert_eq!((e.origin.source, e.origin.line, e.origin.col), (0, 3, 6));
        // The quoted id, `"kiev"`, in both LSP encodings (zero-based).
        let wide = |utf8, utf16| WidePos { line: 2, utf8, utf16 };
        assert_eq!((e.origin.id_start, e.origin.id_end), (wide(5, 5), wide(11, 11)));
        assert_eq!(e.aliases[1].accents, AccentRule::Exact);
        assert_eq!(e.aliases[2].case, CaseRule::Exact);
        assert_eq!(e.aliases[0].case, CaseRule::Any);
        assert_eq!(e.preferred["liberation"], "Kyiv");
        assert_eq!(e.forms().count(), 5);
        assert!(e.aliases[3].variant && !e.aliases[0].variant);
        assert_eq!(e.spellings(), ["Kiev", "Kyiv"]);
    }

    #[test]
    fn variants_are_checked_against_aliases_and_styles() {
        let (d, findings) = load(
            r#"
[[entry]]
id = "z"
name = "Volodymyr Zelensky"
kind = "person"
description = "x"
aliases = ["Zelensky", "Zelenskiy", "Volodymyr Zelenskyy"]
variants = ["Zelenskiy", "Zelenski", "zelensky"]
preferred = { default = "Zelensky", reuters = "Zelenskiy", officiel = "Zelenskyy", afp = "Zelenskyi" }
"#,
        )
        .unwrap();
        let text: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            text,
            [
                "entry \"z\": the variant \"Zelenskiy\" is also an alias",
                "entry \"z\": the variant \"zelensky\" is also the default spelling",
                "entry \"z\": the afp spelling \"Zelenskyi\" is not among the variants, so it is never matched",
                "entry \"z\": the officiel spelling \"Zelenskyy\" is not among the variants, so it is never matched",
            ]
        );
        let e = d.get("z").unwrap();
        // Each spelling once, the default first; accents count, case does not.
        assert_eq!(
            e.spellings(),
            ["Zelensky", "Zelenskyi", "Zelenskyy", "Zelenskiy", "Zelenski"]
        );
        use crate::lang::Lang;
        assert_eq!(e.house_spelling("reuters", Lang::Fr), Some("Zelenskiy"));
        assert_eq!(e.house_spelling("liberation", Lang::Fr), Some("Zelensky"));
        // English copy falls back on the `en` style, never on the French default.
        assert_eq!(e.house_spelling("liberation", Lang::En), None);
        let (_, findings) = load(
            "[[entry]]\nid = \"z\"\nname = \"Z\"\nkind = \"person\"\ndescription = \"x\"\naliases = [\"Zelenskyy\"]\npreferred = { default = \"Zelensky\", officiel = \"Zelenskyy\" }\n",
        )
        .unwrap();
        assert!(findings[0]
            .message
            .ends_with("\"Zelenskyy\" is listed among the aliases; a spelling goes under `variants`"));
    }

    #[test]
    fn a_title_case_acronym_matches_both_ways_and_nothing_else() {
        let (d, findings) = load(
            r#"
[[entry]]
id = "iris"
name = "Institut de relations internationales et stratégiques"
kind = "think-tank"
description = "x"
aliases = [{ form = "IRIS", title_case = true }, { form = "Le Monde", title_case = true }]
"#,
        )
        .unwrap();
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert!(findings[0].message.contains("`title_case` applies to an acronym"));
        let lexicon = crate::Lexicon::new(d);
        let found = |t: &str| {
            lexicon
                .find(t)
                .iter()
                .map(|m| t[m.range.clone()].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(found("Selon l'Iris, l'IRIS et l'iris de l'œil."), ["Iris", "IRIS"]);
        assert_eq!(found("IRIS"), ["IRIS"]);
        assert_eq!(found("iRIS, Iris."), ["Iris"]);
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let err = load("[[entry]]\nid = \"a\"\nname = \"A\nkind = \"city\"\n").unwrap_err();
        assert_eq!(err.errors.len(), 1);
        let f = &err.errors[0];
        assert_eq!((f.source.as_str(), f.line), ("test.toml", 3), "{f}");
        let err = load("[[entry]]\nid = \"a\"\nname = \"A\"\nkind = \"planet\"\ndescription = \"x\"\n").unwrap_err();
        assert!(err.errors[0].message.contains("planet"), "{}", err);
        assert_eq!(err.errors[0].line, 4);
    }

    #[test]
    fn reports_dates_duplicates_and_conflicts() {
        let (d, findings) = load(
            r#"
[[entry]]
id = "a"
name = "Alpha"
kind = "person"
description = "x"
aliases = ["Géorgie", "Tbilissi"]
roles = [{ title = "t", since = "2025-13-01" }, { title = "u", since = "2024", until = "2023-05" }]
wikidata = "7747"

[[entry]]
id = "a"
name = "Alpha bis"
kind = "person"
description = "x"

[[entry]]
id = "b"
name = "Beta"
kind = "region"
description = ""
aliases = ["georgie", { form = "Tbilissi", ambiguous = true }, ""]
country = "nowhere"
"#,
        )
        .unwrap();
        assert_eq!(d.entries.len(), 2);
        let text: Vec<String> = findings
            .iter()
            .map(|f| format!("{}:{} {}", f.line, f.col, f.message))
            .collect();
        let joined = text.join("\n");
        for expected in [
            "8:33 entry \"a\": since \"2025-13-01\" is not a date",
            "ends (2023-05) before it starts (2024)",
            "9:12 entry \"a\": wikidata \"7747\" is not a QID",
            "12:6 duplicate id \"a\" (first defined at test.toml:3:6)",
            "entry \"b\" has an empty description",
            "entry \"b\" has an empty alias",
            "country \"nowhere\" is not the id of any entry",
            "the form \"georgie\" is claimed by \"a\" (test.toml:3) and \"b\" (test.toml:18)",
            "the form \"tbilissi\" is claimed by",
        ] {
            assert!(joined.contains(expected), "missing {expected:?} in\n{joined}");
        }
        assert_eq!(findings.len(), 9, "{joined}");
    }

    #[test]
    fn shared_forms_marked_ambiguous_on_both_sides_are_silent() {
        let (_, findings) = load(
            r#"
[[entry]]
id = "georgie"
name = "Géorgie"
kind = "country"
description = "x"
aliases = [{ form = "Géorgie", ambiguous = true }]
[[entry]]
id = "georgie-us"
name = "État de Géorgie"
kind = "region"
description = "x"
aliases = [{ form = "Georgie", ambiguous = true }]
"#,
        )
        .unwrap();
        assert_eq!(findings, vec![]);
    }

    #[test]
    fn offices_take_their_holders_from_roles_and_are_checked() {
        let (d, findings) = load(
            r#"
[[entry]]
id = "a"
name = "Alpha"
kind = "person"
description = "x"
roles = [{ office = "chef", title = "chef", since = "2020-01-01", until = "2024-01-01" }]

[[entry]]
id = "b"
name = "Beta"
kind = "person"
description = "x"
roles = [{ office = "chef", title = "chef", since = "2023-06-01" }, { office = "nulle-part", title = "t" }]

[[entry]]
id = "c"
name = "Gamma"
kind = "person"
description = "x"
roles = [{ office = "second", title = "second", since = "2020-01-01", until = "2021-01-01" },
         { office = "second", title = "second", since = "2022-01-01" },
         { office = "troisieme", title = "troisième", since = "2020-01-01", until = "2021-01-01" },
         { office = "troisieme", title = "troisième", since = "2022-01-01" }]

[[entry]]
id = "d"
name = "Delta"
kind = "person"
description = "x"
roles = [{ office = "second", title = "second", since = "2021-03-01", until = "2022-01-01" },
         { office = "troisieme", title = "troisième", since = "2021-03-01", until = "2022-01-01" }]

[[office]]
id = "chef"
name = "chef"
title = "chef"
title_en = "head"
designations = ["chef du pays"]

[[office]]
id = "second"
name = "second"
title = "second"
title_en = "deputy"
designations = ["Chef du pays"]

[[office]]
id = "troisieme"
name = "troisième"
title = "troisième"
title_en = "third"
others = [{ name = "Epsilon", since = "2021-01-01", until = "2021-03-01" }]

[[office]]
id = "vide"
name = "vide"
title = "vide"
title_en = "empty"
"#,
        )
        .unwrap();
        let joined: Vec<String> = findings.iter().map(|f| f.message.clone()).collect();
        let joined = joined.join("\n");
        for expected in [
            "role \"t\" names office \"nulle-part\", which no dictionary defines",
            "office \"chef\": \"a\" (until 2024-01-01) and \"b\" (since 2023-06-01) overlap",
            "office \"second\": a gap between \"c\" (until 2021-01-01) and \"d\" (since 2021-03-01)",
            "office \"second\": the designation \"Chef du pays\" is also one of office \"chef\"",
            "office \"vide\" has no holder",
        ] {
            assert!(joined.contains(expected), "missing {expected:?} in\n{joined}");
        }
        // The third office's gap is filled by a holder the dictionary does not list.
        assert_eq!(findings.len(), 5, "{joined}");
        let chef = d.office("chef").unwrap();
        assert_eq!(chef.holders, vec![(0, 0), (1, 0)]);
        assert_eq!(d.office("second").unwrap().holders.len(), 3);
    }

    #[test]
    fn role_dates_bound_the_role() {
        let role = Role {
            office: None,
            title: "chancelier".into(),
            title_en: None,
            since: PartialDate::parse("2025-05-06"),
            until: None,
            acting: false,
        };
        use crate::date::Date;
        assert!(!role.holds_on(Date::new(2025, 5, 5).unwrap()));
        assert!(role.holds_on(Date::new(2025, 5, 6).unwrap()));
        let old = Role {
            until: PartialDate::parse("2025-05"),
            ..role
        };
        assert!(old.holds_on(Date::new(2025, 5, 30).unwrap()));
        assert!(!old.holds_on(Date::new(2025, 6, 1).unwrap()));
    }
}
