//! Role phrases and titles against the article's date.
//!
//! The matcher finds phrases that name an office beside the mentions of entries
//! ([`crate::matcher::Scan`]). Here they become:
//!
//! - **role mentions**: a designation ("le président russe", "Germany's chancellor") with a
//!   definite determiner, not said former or future, resolves to whoever held the office on
//!   the article's date ([`holder_on`], a binary search over the office's dated holders) and
//!   becomes a mention of that person marked `via_role`; plural, generic, indefinite,
//!   former or future phrases, a vacancy and a handover day do not resolve;
//! - **title checks**: a title right before a person's name ("le chancelier Olaf Scholz",
//!   "Chancellor Scholz") is checked against that person's dated roles on the article's
//!   date ([`RoleDate`], the `role-date` diagnostic), unless the title says former or future,
//!   the sentence sets an earlier date, or the title is quoted.

use std::ops::Range;

use crate::date::{Date, PartialDate};
use crate::dictionary::{Dictionary, Handover, Kind, Office, Role};
use crate::fold::fold;
use crate::hover::long_date;
use crate::lang::Lang;
use crate::matcher::{Mention, OfficeHit, Scan};

/// Who held an office on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holding {
    /// One listed person: the index of the entry.
    One(usize),
    /// Someone the dictionaries do not list (`others`), by name if known.
    Unlisted(Option<String>),
    /// Two holders that day (a handover during the day).
    Several,
    /// Nobody the dictionaries know of.
    Nobody,
}

/// Whether `role` is held on `date`. On a handover day (a full `until` equal to the day)
/// the outgoing holder still holds an office that changes hands during the day.
fn held(role: &Role, date: Date, handover: Handover) -> bool {
    let started = role.since.is_none_or(|s| s.first_day() <= date);
    let ongoing = role.until.is_none_or(|u| match (u.day, handover) {
        (Some(_), Handover::Day) => date <= u.first_day(),
        (Some(_), Handover::Midnight) => date < u.first_day(),
        (None, _) => date <= u.last_day(),
    });
    started && ongoing
}

/// Who held `office` on `date`: a binary search for the last holding that started by then,
/// then a look at the few before it (holdings do not overlap, `vigie dict check`).
pub fn holder_on(dict: &Dictionary, office: &Office, date: Date) -> Holding {
    let found = listed_holders(dict, office, date);
    let other = office.others.iter().find(|o| {
        let end = o.until.first_day().max(o.since.first_day());
        o.since.first_day() <= date
            && match (o.until.day, office.handover) {
                // A vacancy or an unnamed interim ends as the successor starts; a named
                // holder shares the handover day.
                (Some(_), Handover::Day) if o.name.is_some() => date <= end,
                (Some(_), _) => date < end,
                (None, _) => date <= o.until.last_day(),
            }
    });
    match (found.as_slice(), other) {
        ([e], None) => Holding::One(*e),
        ([], Some(o)) => Holding::Unlisted(o.name.clone()),
        ([], None) => Holding::Nobody,
        _ => Holding::Several,
    }
}

/// The listed holders of `office` on `date` (two on a handover day).
fn listed_holders(dict: &Dictionary, office: &Office, date: Date) -> Vec<usize> {
    let start = |&(e, r): &(usize, usize)| dict.entries[e].roles[r].since.map(|d| d.first_day());
    let upto = office.holders.partition_point(|h| start(h).is_none_or(|s| s <= date));
    let mut found: Vec<usize> = Vec::new();
    for &(e, r) in office.holders[..upto].iter().rev().take(4) {
        if held(&dict.entries[e].roles[r], date, office.handover) && !found.contains(&e) {
            found.push(e);
        }
    }
    found
}

// ---- words around a phrase --------------------------------------------------------------

/// A word of the text: its folded form and its byte range.
#[derive(Debug, Clone)]
struct Word {
    folded: String,
    range: Range<usize>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// Up to `n` words before byte `at`, nearest first, within the sentence: stops at
/// punctuation other than an apostrophe or a hyphen, and at a blank line.
fn words_before(text: &str, at: usize, n: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut end = at;
    while out.len() < n {
        let before = &text[..end];
        let trimmed = before.trim_end_matches(|c: char| {
            c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\t' || c == '\n' || c == '-'
        });
        if trimmed.len() < before.len() && before[trimmed.len()..].matches('\n').count() > 1 {
            break;
        }
        let word_start = trimmed
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
            .last()
            .map(|(i, _)| i);
        match word_start {
            Some(s) => {
                out.push(Word {
                    folded: fold(&trimmed[s..]),
                    range: s..trimmed.len(),
                });
                end = s;
            }
            None => {
                // An elided article: "l’" right before the phrase.
                let Some(c) = trimmed.chars().next_back() else { break };
                if !is_apostrophe(c) || out.is_empty() && trimmed.len() != at.min(before.len()) {
                    break;
                }
                end = trimmed.len() - c.len_utf8();
                let s = text[..end]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| c.is_alphabetic())
                    .last()
                    .map(|(i, _)| i);
                let Some(s) = s else { break };
                out.push(Word {
                    folded: fold(&text[s..end]),
                    range: s..trimmed.len(),
                });
                end = s;
            }
        }
    }
    out
}

/// The word right after byte `at` (after spaces or a hyphen), folded.
fn word_after(text: &str, at: usize) -> String {
    let rest = text[at..].trim_start_matches([' ', '\u{a0}', '-']);
    let w: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    fold(&w)
}

/// Words before a designation that keep it on the current holder.
const KEEP: &[&str] = &[
    "nouveau",
    "nouvel",
    "nouvelle",
    "actuel",
    "actuelle",
    "new",
    "current",
    "sitting",
    "incumbent",
    "outgoing",
];
/// Words before a designation or a title that say former or future: never resolved, never
/// checked.
const NOT_NOW: &[&str] = &[
    "ancien",
    "ancienne",
    "ex",
    "former",
    "futur",
    "future",
    "prochain",
    "prochaine",
    "next",
    "incoming",
    "late",
    "feu",
    "then",
    "defunt",
    "defunte",
    "eventuel",
    "eventuelle",
    "possible",
    "potential",
    "would-be",
    "premier",
    "first",
    "dernier",
    "derniere",
    "last",
    "previous",
    "precedent",
    "precedente",
];
/// Words after a designation or title that say former or future ("élu", "-elect").
const NOT_NOW_AFTER: &[&str] = &[
    "elu",
    "elue",
    "elect",
    "designe",
    "designee",
    "designate",
    "pressenti",
    "pressentie",
    "successifs",
    "successives",
    "in",
    "de",
    "at",
];
/// Definite determiners that make a designation stand for one person.
const DEFINITE: &[&str] = &["le", "la", "l", "du", "au", "the"];

/// The words after a designation that make it past ("de l’époque", "at the time").
fn said_then(text: &str, at: usize) -> bool {
    let rest: String = text[at..].chars().take(16).collect();
    let rest = fold(&rest);
    let rest = rest.trim_start_matches([' ', ',', '-']);
    rest.starts_with("de l'epoque")
        || rest.starts_with("d'alors")
        || rest.starts_with("at the time")
        || rest.starts_with("in-waiting")
        || rest.starts_with("in waiting")
}

/// Where a designation's phrase starts, with its determiner, if it stands for one person
/// now: `None` for an indefinite, plural, former or future phrase.
fn definite_start(text: &str, hit: &OfficeHit, designation: &str) -> Option<usize> {
    let after = word_after(text, hit.range.end);
    if NOT_NOW_AFTER.contains(&after.as_str()) && !matches!(after.as_str(), "de" | "in" | "at") {
        return None;
    }
    if said_then(text, hit.range.end) {
        return None;
    }
    let words = words_before(text, hit.range.start, 3);
    let mut start = hit.range.start;
    for w in &words {
        if NOT_NOW.contains(&w.folded.as_str()) {
            return None;
        }
        if KEEP.contains(&w.folded.as_str()) {
            start = w.range.start;
            continue;
        }
        if DEFINITE.contains(&w.folded.as_str()) {
            return Some(if matches!(w.folded.as_str(), "du" | "au") {
                start
            } else {
                w.range.start
            });
        }
        break;
    }
    // "Russia's president", "the EU's top diplomat": the genitive determines it.
    let genitive = fold(designation)
        .split(' ')
        .any(|w| w.ends_with("'s") || w.ends_with("s'"));
    genitive.then_some(start)
}

/// The person mention right after an office phrase: the index of that mention in
/// `mentions`. In between, only spaces, a comma of apposition, "sortant" or "outgoing",
/// and a first name the dictionary does not give ("Commander-in-Chief Valery Zaluzhnyi").
fn person_after(text: &str, at: usize, mentions: &[Mention], dict: &Dictionary) -> Option<usize> {
    let i = mentions.partition_point(|m| m.range.start < at);
    let m = mentions.get(i)?;
    let gap = &text[at..m.range.start];
    let lines = gap.matches('\n').count();
    if gap.is_empty() || gap.len() > 40 || lines > 1 || !gap.starts_with([' ', '\u{a0}', '\u{202f}', ',', '\n']) {
        return None;
    }
    let words: Vec<&str> = gap
        .split([' ', '\u{a0}', '\u{202f}', ',', '\n'])
        .filter(|w| !w.is_empty())
        .collect();
    let gap_ok = words.len() <= 2
        && words.iter().all(|w| {
            let f = fold(w);
            matches!(f.as_str(), "sortant" | "sortante" | "outgoing")
                || w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        });
    let person = m.entries.len() == 1 && m.via_role.is_none() && dict.entries[m.entries[0]].kind == Kind::Person;
    (gap_ok && person).then_some(i)
}

/// Whether an office phrase is followed by a capitalised word (a name the dictionary does
/// not know: "le Premier ministre Mateusz Morawiecki") or, for a bare title, by a
/// nationality ("la présidente péruvienne"): a title of someone else, not a role phrase.
fn someone_else_after(text: &str, at: usize, bare: bool) -> bool {
    let Some(rest) = text[at..].strip_prefix([' ', '\u{a0}']) else {
        return false;
    };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    const NATIONALITY: &[&str] = &[
        "ien", "ienne", "ais", "aise", "ain", "aine", "ois", "oise", "een", "eenne", "in", "ine", "an", "ane", "que",
        "ote", "ite", "ol", "ole", "nd", "nde",
    ];
    let f = fold(&word);
    bare && f.len() >= 5 && NATIONALITY.iter().any(|s| f.ends_with(s))
}

/// Whom a bare title ("le chancelier", "the new prime minister") stands for: among its
/// offices, the one office whose holder on `date` the article names; nobody when none or
/// several are.
fn bare_title_holder(dict: &Dictionary, offices: &[usize], named: &[usize], date: Date) -> (Holding, Option<usize>) {
    let mut found = None;
    for &o in offices {
        let holders = listed_holders(dict, &dict.offices[o], date);
        if holders.iter().any(|e| named.binary_search(e).is_ok()) {
            if found.is_some() || holders.len() > 1 {
                return (Holding::Several, None);
            }
            found = Some((holders[0], o));
        }
    }
    match found {
        // Someone not listed may share the day (a handover to an unlisted successor).
        Some((e, o)) if holder_on(dict, &dict.offices[o], date) == Holding::One(e) => (Holding::One(e), Some(o)),
        Some(_) => (Holding::Nobody, None),
        None => (Holding::Nobody, None),
    }
}

/// A bare title with a determiner ("le chancelier", "the new prime minister"): it stands for
/// the one holder of its offices whom the article names, known once the whole article's
/// mentions are ([`resolve_bare`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BareTitle {
    pub range: Range<usize>,
    pub titles: Vec<usize>,
}

impl BareTitle {
    pub fn shifted(&self, by: usize) -> BareTitle {
        BareTitle {
            range: self.range.start + by..self.range.end + by,
            titles: self.titles.clone(),
        }
    }
}

/// What the role analysis of a text gives before the article-wide step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roles {
    /// Mentions, with the designations resolved (marked `via_role`).
    pub mentions: Vec<Mention>,
    /// Bare titles waiting for [`resolve_bare`].
    pub bare: Vec<BareTitle>,
    /// Titles next to a name that do not fit the date.
    pub titles: Vec<RoleDate>,
}

/// The role analysis of a text (an article, or a piece of one: everything here stays within
/// a paragraph): designations resolved on `date`, bare titles kept for [`resolve_bare`],
/// titles checked. Without a date, only the mentions.
pub fn analyze(text: &str, scan: Scan, dict: &Dictionary, date: Option<Date>) -> Roles {
    let Some(date) = date else {
        return Roles {
            mentions: scan.mentions,
            ..Roles::default()
        };
    };
    let mut roles: Vec<Mention> = Vec::new();
    let mut bare = Vec::new();
    for hit in &scan.offices {
        if person_after(text, hit.range.end, &scan.mentions, dict).is_some() {
            continue; // a title before a name
        }
        let k = scan.mentions.partition_point(|m| m.range.end <= hit.range.start);
        if scan
            .mentions
            .get(k)
            .is_some_and(|m| m.range.start <= hit.range.start && hit.range.end <= m.range.end)
        {
            continue; // inside a name ("pape Léon XIV")
        }
        if someone_else_after(text, hit.range.end, hit.designation.is_none()) {
            continue;
        }
        let phrase = &text[hit.range.clone()];
        let Some(start) = definite_start(text, hit, phrase) else {
            continue;
        };
        match hit.designation {
            Some(o) => {
                if let Holding::One(e) = holder_on(dict, &dict.offices[o], date) {
                    roles.push(Mention {
                        range: start..hit.range.end,
                        entries: vec![e],
                        via_role: Some(o),
                    });
                }
            }
            None => bare.push(BareTitle {
                range: start..hit.range.end,
                titles: hit.titles.clone(),
            }),
        }
    }
    let titles = if scan.offices.is_empty() {
        Vec::new()
    } else {
        check_titles(text, &scan, &scan.mentions, dict, date)
    };
    let mut mentions = scan.mentions;
    merge(&mut mentions, roles);
    Roles { mentions, bare, titles }
}

/// Adds role mentions to `mentions`; each replaces the mentions it overlaps ("Conseil
/// européen" in "le président du Conseil européen").
fn merge(mentions: &mut Vec<Mention>, roles: Vec<Mention>) {
    if roles.is_empty() {
        return;
    }
    mentions.retain(|m| {
        let k = roles.partition_point(|r| r.range.end <= m.range.start);
        roles.get(k).is_none_or(|r| r.range.start >= m.range.end)
    });
    mentions.extend(roles);
    mentions.sort_by_key(|m| m.range.start);
}

/// The article-wide step: each bare title becomes a mention of the one holder of its
/// offices on `date` whom the article names elsewhere.
pub fn resolve_bare(mentions: &mut Vec<Mention>, bare: &[BareTitle], dict: &Dictionary, date: Option<Date>) {
    let Some(date) = date else { return };
    if bare.is_empty() {
        return;
    }
    let mut named: Vec<usize> = mentions
        .iter()
        .filter(|m| m.entries.len() == 1 && m.via_role.is_none())
        .map(|m| m.entries[0])
        .collect();
    named.sort_unstable();
    named.dedup();
    let roles = bare
        .iter()
        .filter_map(|b| match bare_title_holder(dict, &b.titles, &named, date) {
            (Holding::One(e), Some(o)) => Some(Mention {
                range: b.range.clone(),
                entries: vec![e],
                via_role: Some(o),
            }),
            _ => None,
        })
        .collect();
    merge(mentions, roles);
}

/// The mentions of a whole text on `date`, role phrases resolved, and its titles that do
/// not fit that date.
pub fn mentions_and_titles(
    text: &str,
    scan: Scan,
    dict: &Dictionary,
    date: Option<Date>,
) -> (Vec<Mention>, Vec<RoleDate>) {
    let mut roles = analyze(text, scan, dict, date);
    resolve_bare(&mut roles.mentions, &roles.bare, dict, date);
    (roles.mentions, roles.titles)
}

// ---- titles against the date ------------------------------------------------------------

/// Why a title does not fit the article's date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// The person left the office on `since` (the first day out of it).
    NoLonger { since: PartialDate, successor: Holding },
    /// The person takes the office only on `from`.
    NotYet { from: PartialDate },
}

/// A quick fix: its title, in the article's language, and its edits (byte range → new text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<(Range<usize>, String)>,
}

/// The code of the diagnostic of a title that does not fit the article's date.
pub const ROLE_DATE: &str = "role-date";

/// A title next to a name that the person did not hold on the article's date: the
/// `role-date` diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleDate {
    /// From the title (with its determiner) to the end of the name.
    pub range: Range<usize>,
    /// The title as written, and its determiner if any.
    pub title: Range<usize>,
    pub determiner: Option<Range<usize>>,
    /// The name's mention.
    pub name: Range<usize>,
    pub person: usize,
    pub office: usize,
    pub mismatch: Mismatch,
}

/// The periods the sentence around `at` names, as (first, last) days: a year, a month (of
/// the year given, else its latest occurrence up to the article's date), a season, a
/// weekday or "hier" (the latest up to the article's date). A title is checked against
/// these rather than the article's date when the sentence names any ("En 2019, le
/// président Trump…", "in November", "on Tuesday").
fn sentence_periods(text: &str, at: usize, date: Date) -> Vec<(Date, Date)> {
    let s = clause(text, at);
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let negated = words.iter().any(|w| matches!(*w, "n" | "ne"));
    if words
        .iter()
        .any(|w| LEFT_OR_AHEAD.contains(w) || (*w == "plus" && negated))
    {
        // The dates of a clause that says the person left, or will take office, are not
        // times the title was held ("a quitté ses fonctions en juillet", "since September").
        return Vec::new();
    }
    let mut out = Vec::new();
    let day = |y: i32, m: u8, d: u8| Date::new(y, m, d);
    let month_span = |y: i32, m: u8| {
        let first = day(y, m, 1)?;
        let last = PartialDate {
            year: y,
            month: Some(m),
            day: None,
        }
        .last_day();
        Some((first, last))
    };
    let latest_month = |m: u8| if m <= date.month { date.year } else { date.year - 1 };
    for (i, w) in words.iter().enumerate() {
        let year_after = words[i + 1..]
            .iter()
            .take(1)
            .find_map(|n| n.parse::<i32>().ok().filter(|_| n.len() == 4));
        if let Ok(y) = w.parse::<i32>() {
            let before_month = i > 0 && MONTHS.contains(&words[i - 1]);
            if w.len() == 4 && (1900..=2100).contains(&y) && !before_month {
                out.extend(day(y, 1, 1).zip(day(y, 12, 31)));
            }
        } else if let Some(m) = MONTHS.iter().position(|m| m == w) {
            let month = (m % 12) as u8 + 1;
            out.extend(month_span(year_after.unwrap_or_else(|| latest_month(month)), month));
        } else if let Some(k) = WEEKDAYS.iter().position(|d| d == w) {
            let back = (i64::from(date.weekday()) - (k % 7) as i64).rem_euclid(7);
            let d = Date::from_unix_days(date.unix_days() - back);
            out.push((d, d));
        } else if let Some(k) = SEASONS.iter().position(|d| d == w) {
            // Spring, summer, autumn, winter: three months from March, June, September, December.
            let first = [3u8, 6, 9, 12][k % 4];
            let y = latest_month(first);
            out.extend(
                month_span(y, first)
                    .map(|(a, _)| a)
                    .zip(month_span(if first == 12 { y + 1 } else { y }, (first + 1) % 12 + 1).map(|(_, b)| b)),
            );
        } else if matches!(*w, "hier" | "yesterday") {
            let d = Date::from_unix_days(date.unix_days() - 1);
            out.push((d, d));
        }
    }
    out
}

/// Words of a clause about leaving an office or taking one later.
const LEFT_OR_AHEAD: &[&str] = &[
    "quitte",
    "quitter",
    "laisse",
    "desormais",
    "depuis",
    "partir",
    "eviction",
    "limoge",
    "left",
    "leave",
    "leaves",
    "longer",
    "out",
    "since",
    "now",
    "ousted",
    "dismissed",
    "will",
    "sera",
    "seront",
    "prendra",
    "deviendra",
    "doit",
    "devrait",
];

/// The clause of the sentence around `at`, folded: the sentence cut at `;` and before
/// ", et", ", and", ", mais", ", but".
fn clause(text: &str, at: usize) -> String {
    let (start, end) = (sentence_start(text, at), sentence_end(text, at));
    let mut from = start;
    let mut to = end;
    let cuts = [";", ", et ", ", and ", ", mais ", ", but ", ", while ", ", alors qu"];
    for cut in cuts {
        for (i, _) in text[start..end].match_indices(cut) {
            let i = start + i;
            if i < at {
                from = from.max(i + 1);
            } else {
                to = to.min(i);
            }
        }
    }
    fold(&text[from..to.max(from)])
}

/// Whether the sentence around `at` says "at the time" ("à l'époque", "alors").
fn said_at_the_time(text: &str, at: usize) -> bool {
    let s = fold(&text[sentence_start(text, at)..sentence_end(text, at)]);
    s.contains("a l'epoque") || s.contains("at the time") || s.contains("d'alors")
}

/// Whether `role` was held on some day of `period`.
fn held_during(role: &Role, period: (Date, Date), handover: Handover) -> bool {
    let started = role.since.is_none_or(|s| s.first_day() <= period.1);
    let ongoing = role.until.is_none_or(|u| match (u.day, handover) {
        (Some(_), Handover::Day) => period.0 <= u.first_day(),
        (Some(_), Handover::Midnight) => period.0 < u.first_day(),
        (None, _) => period.0 <= u.last_day(),
    });
    started && ongoing
}

const WEEKDAYS: &[&str] = &[
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
const SEASONS: &[&str] = &[
    "printemps",
    "ete",
    "automne",
    "hiver",
    "spring",
    "summer",
    "autumn",
    "winter",
];

const MONTHS: &[&str] = &[
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
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
];
/// The end of the sentence holding byte `at` (see [`sentence_start`]).
fn sentence_end(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let ceiling = paragraph_end(text, at);
    let mut i = at;
    while i < ceiling {
        let c = b[i];
        if c == b'\n' && b.get(i + 1) == Some(&b'\n') {
            return i;
        }
        if matches!(c, b'.' | b'!' | b'?')
            && b.get(i + 1).is_none_or(|&n| n == b' ' || n == b'\n')
            && !(i >= 1 && b[i - 1].is_ascii_uppercase())
        {
            return i;
        }
        i += 1;
    }
    ceiling
}

/// Whether a line (without its `\n`) is blank.
fn blank(line: &[u8]) -> bool {
    line.iter().all(|c| matches!(c, b' ' | b'\t' | b'\r'))
}

/// The start of the paragraph holding byte `at`: after the last blank line before it.
fn paragraph_start(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    // The `\n` that ends the line before the one holding `at`.
    let Some(mut line_end) = memchr::memrchr(b'\n', &b[..at]) else {
        return 0;
    };
    loop {
        let line_start = memchr::memrchr(b'\n', &b[..line_end]).map_or(0, |i| i + 1);
        if blank(&b[line_start..line_end]) {
            return line_end + 1;
        }
        if line_start == 0 {
            return 0;
        }
        line_end = line_start - 1;
    }
}

/// The end of the paragraph holding byte `at`: the start of the next blank line.
fn paragraph_end(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let Some(i) = memchr::memchr(b'\n', &b[at..]) else {
        return b.len();
    };
    // The `\n` that ends the line holding `at`, then each next line.
    let mut line_end = at + i;
    loop {
        let next = line_end + 1;
        let next_end = memchr::memchr(b'\n', &b[next..]).map_or(b.len(), |j| next + j);
        if blank(&b[next..next_end]) {
            return line_end;
        }
        if next_end == b.len() {
            return b.len();
        }
        line_end = next_end;
    }
}

/// The start of the sentence holding byte `at`: after the last `.`, `!`, `?` followed by a
/// space (not after a capital: "U.S."), or the start of the line's paragraph.
fn sentence_start(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let floor = paragraph_start(text, at);
    let mut i = at;
    while i > floor {
        let c = b[i - 1];
        if matches!(c, b'.' | b'!' | b'?')
            && b.get(i).is_some_and(|&n| n == b' ' || n == b'\n')
            && !(i >= 2 && b[i - 2].is_ascii_uppercase())
        {
            return i;
        }
        i -= 1;
    }
    floor
}

/// Whether byte `at` is inside quotation marks opened in its paragraph.
fn quoted(text: &str, at: usize) -> bool {
    let before = &text[paragraph_start(text, at)..at];
    let open = before.matches('«').count() + before.matches('“').count();
    let close = before.matches('»').count() + before.matches('”').count();
    open > close || before.matches('"').count() % 2 == 1
}

/// Every title next to a person's name that the person did not hold on `date`.
pub fn check_titles(text: &str, scan: &Scan, mentions: &[Mention], dict: &Dictionary, date: Date) -> Vec<RoleDate> {
    let mut out = Vec::new();
    for hit in &scan.offices {
        let Some(i) = person_after(text, hit.range.end, mentions, dict) else {
            continue;
        };
        let name = &mentions[i];
        let person = name.entries[0];
        let offices: &[usize] = match hit.designation {
            Some(ref o) => std::slice::from_ref(o),
            None => &hit.titles,
        };
        let entry = &dict.entries[person];
        let roles: Vec<(usize, &Role)> = entry
            .roles
            .iter()
            .filter_map(|r| {
                let o = dict.office_index(r.office.as_deref()?)?;
                offices.contains(&o).then_some((o, r))
            })
            .collect();
        if roles.is_empty() || roles.iter().any(|(o, r)| held(r, date, dict.offices[*o].handover)) {
            continue; // a title this person never had (unknown here), or held that day
        }
        let periods = sentence_periods(text, hit.range.start, date);
        if periods
            .iter()
            .any(|&p| roles.iter().any(|(o, r)| held_during(r, p, dict.offices[*o].handover)))
        {
            continue; // held at a time the sentence names
        }
        let words = words_before(text, hit.range.start, 2);
        if words
            .iter()
            .any(|w| NOT_NOW.contains(&w.folded.as_str()) || w.folded == "sortant")
        {
            continue;
        }
        if quoted(text, hit.range.start) || said_at_the_time(text, hit.range.start) {
            continue;
        }
        let determiner = words
            .first()
            .filter(|w| matches!(w.folded.as_str(), "le" | "la" | "l" | "the"))
            .map(|w| w.range.clone());
        // The latest holding that ended, else the earliest that is still to come.
        let past = roles
            .iter()
            .filter_map(|&(o, r)| r.until.filter(|u| u.first_day() <= date).map(|u| (u, o)))
            .max_by_key(|(u, _)| u.first_day());
        let mismatch = match past {
            Some((u, o)) => (
                o,
                Mismatch::NoLonger {
                    since: u,
                    successor: holder_on(dict, &dict.offices[o], date),
                },
            ),
            None => match roles
                .iter()
                .filter_map(|&(o, r)| r.since.filter(|s| s.first_day() > date).map(|s| (s, o)))
                .min_by_key(|(s, _)| s.first_day())
            {
                Some((s, o)) => (o, Mismatch::NotYet { from: s }),
                None => continue,
            },
        };
        let start = determiner.as_ref().map_or(hit.range.start, |d| d.start);
        out.push(RoleDate {
            range: start..name.range.end,
            title: hit.range.clone(),
            determiner,
            name: name.range.clone(),
            person,
            office: mismatch.0,
            mismatch: mismatch.1,
        });
    }
    out
}

fn date_words(d: PartialDate, lang: Lang) -> String {
    crate::hover::partial_date(d, lang)
}

impl RoleDate {
    /// The same, `by` bytes further (a piece's finding placed in its article).
    pub fn shifted(&self, by: usize) -> RoleDate {
        let sh = |r: &Range<usize>| r.start + by..r.end + by;
        RoleDate {
            range: sh(&self.range),
            title: sh(&self.title),
            determiner: self.determiner.as_ref().map(sh),
            name: sh(&self.name),
            ..self.clone()
        }
    }

    /// The diagnostic's message, in the article's language: "Olaf Scholz n’est plus
    /// chancelier depuis le 6 mai 2025 (son successeur : Friedrich Merz)".
    pub fn message(&self, dict: &Dictionary, lang: Lang) -> String {
        let name = dict.entries[self.person].display_name(lang);
        let title = dict.offices[self.office].display_title(lang);
        match (&self.mismatch, lang) {
            (Mismatch::NoLonger { since, successor }, _) => {
                let who = match successor {
                    Holding::One(e) => Some(dict.entries[*e].display_name(lang).to_string()),
                    Holding::Unlisted(Some(n)) => Some(n.clone()),
                    _ => None,
                };
                let full = since.day.is_some();
                match lang {
                    Lang::Fr => {
                        let le = if full { "le " } else { "" };
                        let mut m = format!("{name} n’est plus {title} depuis {le}{}", date_words(*since, lang));
                        if let Some(w) = who {
                            m.push_str(&format!(" (son successeur : {w})"));
                        }
                        m
                    }
                    Lang::En => {
                        let on = if full { "on" } else { "in" };
                        let mut m = format!("{name} ceased to be {title} {on} {}", date_words(*since, lang));
                        if let Some(w) = who {
                            m.push_str(&format!(" (successor: {w})"));
                        }
                        m
                    }
                }
            }
            (Mismatch::NotYet { from }, Lang::Fr) => {
                let le = if from.day.is_some() { "le " } else { "en " };
                format!("{name} ne devient {title} que {le}{}", date_words(*from, lang))
            }
            (Mismatch::NotYet { from }, Lang::En) => {
                let on = if from.day.is_some() { "on" } else { "in" };
                format!("{name} becomes {title} only {on} {}", date_words(*from, lang))
            }
        }
    }

    /// The quick fixes: the title said former (or future), and, when someone listed held
    /// the office that day, that person's name in place of this one. Each is a title and
    /// its edits (byte range → new text).
    pub fn fixes(&self, text: &str, dict: &Dictionary, lang: Lang) -> Vec<Fix> {
        let mut fixes = Vec::new();
        let past = matches!(self.mismatch, Mismatch::NoLonger { .. });
        let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        let cap = |s: &str, up: bool| {
            if up {
                let mut c = s.chars();
                c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
            } else {
                s.to_string()
            }
        };
        let edit = match &self.determiner {
            Some(d) => {
                let det = &text[d.clone()];
                let up = capital(det);
                let new = match (fold(det).as_str(), past) {
                    ("la", true) => "l’ancienne ",
                    ("la", false) => "la future ",
                    ("the", true) => "the former ",
                    ("the", false) => "the future ",
                    (_, true) => "l’ancien ",
                    (_, false) => "le futur ",
                };
                (d.start..self.title.start, cap(new, up))
            }
            None => {
                let title = &text[self.title.clone()];
                let up = capital(title) && sentence_start(text, self.title.start) == self.title.start;
                let new = match (lang, past) {
                    (Lang::En, true) => "former ",
                    (Lang::En, false) => "future ",
                    (Lang::Fr, true) => "l’ancien ",
                    (Lang::Fr, false) => "le futur ",
                };
                (self.title.start..self.title.start, cap(new, up))
            }
        };
        let written = format!("{}{}", edit.1, &text[self.title.clone()]);
        let label = match lang {
            Lang::Fr => format!("Écrire « {} »", written.trim()),
            Lang::En => format!("Write “{}”", written.trim()),
        };
        fixes.push(Fix {
            title: label,
            edits: vec![edit],
        });
        if let Mismatch::NoLonger {
            successor: Holding::One(e),
            ..
        } = &self.mismatch
        {
            let holder = dict.entries[*e].display_name(lang).to_string();
            let label = match lang {
                Lang::Fr => format!("Remplacer par {holder}"),
                Lang::En => format!("Replace with {holder}"),
            };
            fixes.push(Fix {
                title: label,
                edits: vec![(self.name.clone(), holder)],
            });
        }
        fixes
    }
}

/// The first line of a role mention's card: "*le président russe* → **Vladimir Poutine**
/// (au 12 mars 2025)", in the article's language.
pub fn role_line(phrase: &str, dict: &Dictionary, entries: &[usize], date: Date, lang: Lang) -> String {
    let phrase = crate::hover::typo(&phrase.split_whitespace().collect::<Vec<_>>().join(" "));
    let name = entries.first().map_or("", |&e| dict.entries[e].display_name(lang));
    match lang {
        Lang::Fr => format!("*{phrase}* → **{name}** (au {})", long_date(date, lang)),
        Lang::En => format!("*{phrase}* → **{name}** (on {})", long_date(date, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lexicon;
    use std::sync::OnceLock;

    fn lexicon() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::new(Dictionary::embedded().expect("shipped dictionaries").0))
    }

    fn date(s: &str) -> Date {
        Date::parse_lenient(s).unwrap()
    }

    /// The role mentions of `text` on `day`: (phrase, entry id).
    fn roles_in(text: &str, day: &str) -> Vec<(String, String)> {
        let lex = lexicon();
        lex.find_on(text, Some(date(day)))
            .into_iter()
            .filter(|m| m.via_role.is_some())
            .map(|m| (text[m.range].to_string(), lex.dict.entries[m.entries[0]].id.clone()))
            .collect()
    }

    #[test]
    fn role_phrases_resolve_to_the_holder_of_the_day() {
        // (date, text, expected (phrase, id) pairs)
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "2025-03-12",
                "Le président russe a parlé.",
                &[("Le président russe", "vladimir-poutine")],
            ),
            (
                "2025-03-12",
                "Selon le chancelier allemand, rien.",
                &[("le chancelier allemand", "olaf-scholz")],
            ),
            (
                "2025-05-07",
                "Selon le chancelier allemand, rien.",
                &[("le chancelier allemand", "friedrich-merz")],
            ),
            (
                "2025-01-19",
                "The U.S. president signed it.",
                &[("The U.S. president", "joe-biden")],
            ),
            (
                "2025-01-21",
                "The U.S. president signed it.",
                &[("The U.S. president", "donald-trump")],
            ),
            (
                "2025-03-12",
                "Russia's president declined.",
                &[("Russia's president", "vladimir-poutine")],
            ),
            (
                "2025-03-12",
                "Les propos du porte-parole du Kremlin.",
                &[("porte-parole du Kremlin", "dmitri-peskov")],
            ),
            // The outgoing and the new holder are the current one.
            (
                "2025-05-05",
                "Le chancelier allemand sortant a salué.",
                &[("Le chancelier allemand", "olaf-scholz")],
            ),
            (
                "2024-12-01",
                "La nouvelle cheffe de la diplomatie européenne.",
                &[("La nouvelle cheffe de la diplomatie européenne", "kaja-kallas")],
            ),
            // A bare title stands for the holder its article names.
            (
                "2025-05-07",
                "Friedrich Merz est arrivé. Le chancelier a parlé.",
                &[("Le chancelier", "friedrich-merz")],
            ),
        ];
        for (day, text, want) in cases {
            let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
            assert_eq!(roles_in(text, day), want, "{text} on {day}");
        }
    }

    #[test]
    fn role_phrases_that_stand_for_nobody_now_do_not_resolve() {
        let cases: &[(&str, &str)] = &[
            // Plural, generic, indefinite.
            ("2025-03-12", "Les présidents russes successifs ont dit non."),
            ("2025-03-12", "Un président américain ne ferait pas cela."),
            ("2025-03-12", "Tout chancelier allemand le sait."),
            ("2025-03-12", "Any British prime minister would agree."),
            // Former, future.
            ("2025-03-12", "L'ancien chancelier allemand a écrit."),
            ("2025-03-12", "Le futur chancelier allemand a écrit."),
            ("2025-03-12", "The former U.S. president spoke."),
            ("2025-03-12", "L'ex-président américain a parlé."),
            ("2024-12-01", "Le président américain élu a parlé."),
            ("2025-03-12", "Le président américain de l'époque a parlé."),
            // A handover during the day: two holders.
            ("2025-01-20", "Le président américain a prêté serment."),
            ("2025-05-06", "Le chancelier allemand a été élu."),
            // A vacancy (the head of Ukraine's presidential office after Yermak).
            ("2025-12-02", "Le chef du bureau présidentiel ukrainien est absent."),
            // A title before a name is a title, not a role phrase.
            ("2025-03-12", "Le président russe Vladimir Poutine a parlé."),
            ("2025-03-12", "Le président russe, Vladimir Poutine, a parlé."),
            // Someone the dictionary does not know, or another country.
            (
                "2024-06-20",
                "Le Premier ministre Mateusz Morawiecki a parlé. Donald Tusk aussi.",
            ),
            (
                "2025-05-18",
                "La présidente péruvienne est venue. Volodymyr Zelensky aussi.",
            ),
            // A bare title whose holder the article does not name.
            ("2025-05-07", "Le chancelier a parlé."),
        ];
        for (day, text) in cases {
            assert_eq!(roles_in(text, day), vec![], "{text} on {day}");
        }
        // Without a date, nothing resolves.
        assert!(lexicon().find_on("Le président russe a parlé.", None).is_empty());
    }

    #[test]
    fn holders_come_from_a_binary_search_over_dated_roles() {
        let lex = lexicon();
        let office = lex.dict.office("president-etats-unis").unwrap();
        let id = |h: Holding| match h {
            Holding::One(e) => lex.dict.entries[e].id.clone(),
            other => format!("{other:?}"),
        };
        assert_eq!(id(holder_on(&lex.dict, office, date("2018-06-01"))), "donald-trump");
        assert_eq!(id(holder_on(&lex.dict, office, date("2022-06-01"))), "joe-biden");
        assert_eq!(id(holder_on(&lex.dict, office, date("2025-01-20"))), "Several");
        assert_eq!(id(holder_on(&lex.dict, office, date("2025-06-01"))), "donald-trump");
        assert_eq!(id(holder_on(&lex.dict, office, date("1990-06-01"))), "Nobody");
        let uk = lex.dict.office("premier-ministre-royaume-uni").unwrap();
        assert_eq!(
            holder_on(&lex.dict, uk, date("2022-10-01")),
            Holding::Unlisted(Some("Liz Truss".into()))
        );
        // A midnight handover: the day belongs to the newcomer.
        let hr = lex.dict.office("haut-representant-ue").unwrap();
        assert_eq!(id(holder_on(&lex.dict, hr, date("2024-12-01"))), "kaja-kallas");
        assert_eq!(id(holder_on(&lex.dict, hr, date("2024-11-30"))), "josep-borrell");
    }

    /// The `role-date` messages of `text` on `day`, in the article's language.
    fn flagged(text: &str, day: &str, lang: Lang) -> Vec<String> {
        let lex = lexicon();
        let (_, titles) = lex.find_with_titles(text, Some(date(day)));
        titles.iter().map(|t| t.message(&lex.dict, lang)).collect()
    }

    #[test]
    fn titles_are_checked_against_the_date() {
        let cases: &[(&str, &str, Lang, &[&str])] = &[
            (
                "2025-08-20",
                "Le chancelier Olaf Scholz a parlé.",
                Lang::Fr,
                &["Olaf Scholz n’est plus chancelier depuis le 6 mai 2025 (son successeur : Friedrich Merz)"],
            ),
            (
                "2025-03-12",
                "Le président Joe Biden a parlé.",
                Lang::Fr,
                &["Joe Biden n’est plus président depuis le 20 janvier 2025 (son successeur : Donald Trump)"],
            ),
            (
                "2025-02-15",
                "Le chancelier Friedrich Merz mène l'opposition.",
                Lang::Fr,
                &["Friedrich Merz ne devient chancelier que le 6 mai 2025"],
            ),
            (
                "2025-08-20",
                "Chancellor Scholz spoke.",
                Lang::En,
                &["Olaf Scholz ceased to be chancellor on 6 May 2025 (successor: Friedrich Merz)"],
            ),
            (
                "2024-06-15",
                "Prime Minister Keir Starmer spoke.",
                Lang::En,
                &["Keir Starmer becomes prime minister only on 5 July 2024"],
            ),
            (
                "2025-08-20",
                "Le chancelier allemand Olaf Scholz a parlé.",
                Lang::Fr,
                &["Olaf Scholz n’est plus chancelier depuis le 6 mai 2025 (son successeur : Friedrich Merz)"],
            ),
            // Not flagged: held that day (both holders on a handover day), former or
            // outgoing, an earlier date in the sentence, quoted, a title not in the
            // dictionary, a clause about leaving keeps it flagged.
            ("2025-08-20", "Le chancelier Friedrich Merz a parlé.", Lang::Fr, &[]),
            ("2025-05-06", "Le chancelier Olaf Scholz a parlé.", Lang::Fr, &[]),
            ("2025-08-20", "L'ancien chancelier Olaf Scholz a parlé.", Lang::Fr, &[]),
            ("2025-08-20", "Former Chancellor Olaf Scholz spoke.", Lang::En, &[]),
            (
                "2025-08-20",
                "En 2019, le président Trump avait dit non.",
                Lang::Fr,
                &[],
            ),
            (
                "2025-03-14",
                "Secretary of State Antony Blinken attended the meeting in November.",
                Lang::En,
                &[],
            ),
            (
                "2025-08-20",
                "« Le chancelier Olaf Scholz a promis », dit-il.",
                Lang::Fr,
                &[],
            ),
            ("2025-08-20", "Le général Olaf Scholz a parlé.", Lang::Fr, &[]),
            (
                "2025-08-20",
                "Le chancelier Olaf Scholz a quitté ses fonctions en mai.",
                Lang::Fr,
                &["Olaf Scholz n’est plus chancelier depuis le 6 mai 2025 (son successeur : Friedrich Merz)"],
            ),
        ];
        for (day, text, lang, want) in cases {
            assert_eq!(flagged(text, day, *lang), *want, "{text} on {day}");
        }
    }

    #[test]
    fn quick_fixes_say_former_or_future_or_name_the_holder() {
        let lex = lexicon();
        let fixes = |text: &str, day: &str, lang: Lang| {
            let (_, titles) = lex.find_with_titles(text, Some(date(day)));
            let mut out = Vec::new();
            for Fix { title, edits } in titles[0].fixes(text, &lex.dict, lang) {
                let mut fixed = text.to_string();
                for (range, new) in edits.into_iter().rev() {
                    fixed.replace_range(range, &new);
                }
                out.push((title, fixed));
            }
            out
        };
        assert_eq!(
            fixes("Le chancelier Olaf Scholz a parlé.", "2025-08-20", Lang::Fr),
            [
                (
                    "Écrire « L’ancien chancelier »".to_string(),
                    "L’ancien chancelier Olaf Scholz a parlé.".to_string()
                ),
                (
                    "Remplacer par Friedrich Merz".to_string(),
                    "Le chancelier Friedrich Merz a parlé.".to_string()
                ),
            ]
        );
        assert_eq!(
            fixes(
                "À Berlin, la ministre des Affaires étrangères Annalena Baerbock a parlé.",
                "2025-08-20",
                Lang::Fr
            )[0]
            .1,
            "À Berlin, l’ancienne ministre des Affaires étrangères Annalena Baerbock a parlé."
        );
        assert_eq!(
            fixes("Chancellor Scholz spoke.", "2025-08-20", Lang::En)[0],
            (
                "Write “Former Chancellor”".to_string(),
                "Former Chancellor Scholz spoke.".to_string()
            )
        );
        assert_eq!(
            fixes(
                "Le chancelier Friedrich Merz mène l'opposition.",
                "2025-02-15",
                Lang::Fr
            ),
            [(
                "Écrire « Le futur chancelier »".to_string(),
                "Le futur chancelier Friedrich Merz mène l'opposition.".to_string()
            )]
        );
    }
}
