//! The mention matcher: every alias of every entry, in one Aho-Corasick automaton over the
//! folded text (see [`crate::fold`]), with word boundaries, the case rule and
//! longest-match selection applied on top.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;

use crate::dictionary::{AccentRule, CaseRule, Dictionary, Entry, Form, Office};
use crate::fold::{fold, fold_with, is_word_char, original_end_after, FoldOptions, Folded, FoldedWords, WordSpan};

/// A mention of one entry, or of several when its form is ambiguous.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// Indices into [`Dictionary::entries`], sorted, at least one.
    pub entries: Vec<usize>,
    /// For a role phrase ("le président russe") resolved to the holder on the article's
    /// date: the index of the office in [`Dictionary::offices`].
    pub via_role: Option<usize>,
}

impl Mention {
    /// A mention of entries by one of their forms.
    pub fn new(range: Range<usize>, entries: Vec<usize>) -> Mention {
        Mention {
            range,
            entries,
            via_role: None,
        }
    }
}

/// A phrase that names an office: a designation ("président russe", "Germany's
/// chancellor"), which may stand for the holder, or a bare title ("chancelier",
/// "Chancellor"), which matters only before a name. Offices are indices into
/// [`Dictionary::offices`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeHit {
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// The office this span designates, if it is a designation.
    pub designation: Option<usize>,
    /// The offices whose bare title this span is (also a designation's own office, which a
    /// designation is a title of).
    pub titles: Vec<usize>,
}

/// Everything the automaton finds in a text: the mentions of entries (leftmost-longest
/// among themselves) and the phrases that name offices (leftmost-longest among
/// themselves); the two may overlap ("président du Conseil européen").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    pub mentions: Vec<Mention>,
    pub offices: Vec<OfficeHit>,
}

/// What a pattern of the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    /// One form of one entry.
    Entry(usize),
    /// A designation of an office.
    Designation(usize),
    /// A bare title of an office.
    Title(usize),
}

/// What a pattern of the automaton stands for: one form of one entry, or a phrase of an
/// office.
#[derive(Debug, Clone)]
struct Pattern {
    target: Target,
    left_boundary: bool,
    right_boundary: bool,
    /// For a form that must match its exact case or accents: the form folded with these
    /// options, which the original text must equal once folded the same way.
    strict: Option<(FoldOptions, String)>,
}

/// A slice of the dictionary and how it is searched.
#[derive(Debug, Clone)]
struct Shard {
    /// An automaton and, for each of its patterns, the index of the pattern it stands for.
    automaton: Option<(AhoCorasick, Vec<u32>)>,
    words: Option<WordTable>,
    patterns: Vec<Pattern>,
}

/// Every key that starts with a letter or digit, in a hash table. A mention of such a key
/// starts where a word starts, and the key's words end where the text's words end, so
/// looking up the spans of words that start at each word finds exactly what an automaton
/// would. A key that ends with something else ("u.s.", "opep+") is its words ("u.s") and a
/// tail (".") compared with the text that follows them. The table also holds each key's
/// word-aligned beginnings ("jean", "jean-luc" for "jean-luc melenchon"): a span that is
/// neither a key nor a beginning of one ends the search from that word, so most words cost
/// one lookup. It builds many times faster than an automaton and searches faster too.
#[derive(Debug, Clone)]
struct WordTable {
    /// A key's words or a beginning of them → what ends there; `next` chains the patterns
    /// that share a key.
    first: FxHashMap<Box<str>, Slot>,
    next: Vec<u32>,
    /// `(tail, pattern, next tail of the same words)`.
    tails: Vec<(Box<str>, u32, u32)>,
    max_words: usize,
    max_len: usize,
}

impl WordTable {
    /// Looks up the spans of words that start at each word of `hay` (its `words`): for
    /// every pattern whose key they are, calls `hit(pattern, first word, last word, tail
    /// length)`, the tail's bytes following the last word.
    fn walk(&self, hay: &str, words: &[WordSpan], mut hit: impl FnMut(u32, usize, usize, usize)) {
        for i in 0..words.len() {
            let start = words[i].start as usize;
            for (j, word) in words
                .iter()
                .enumerate()
                .take((i + self.max_words).min(words.len()))
                .skip(i)
            {
                let end = word.end as usize;
                if end - start > self.max_len {
                    break;
                }
                let Some(&slot) = self.first.get(&hay[start..end]) else {
                    break;
                };
                let mut at = slot.head;
                while at != NO_PATTERN {
                    hit(at, i, j, 0);
                    at = self.next[at as usize];
                }
                let mut t = slot.tail;
                while t != NO_PATTERN {
                    let (tail, at, next) = &self.tails[t as usize];
                    if hay[end..].starts_with(&**tail) {
                        hit(*at, i, j, tail.len());
                    }
                    t = *next;
                }
                if !slot.longer {
                    break;
                }
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    /// The first pattern whose key is exactly these words ([`NO_PATTERN`]: none).
    head: u32,
    /// The first pattern whose key is these words and a tail, in `tails`.
    tail: u32,
    /// Longer keys begin with these words.
    longer: bool,
}

const EMPTY_SLOT: Slot = Slot {
    head: NO_PATTERN,
    tail: NO_PATTERN,
    longer: false,
};

const NO_PATTERN: u32 = u32::MAX;

/// How a matcher searches: word tables, or forced (tests and benchmarks compare the two).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Word tables (the faster at every size measured; see the note above `impl Matcher`).
    Auto,
    /// Aho-Corasick automata only.
    Automaton,
    /// Word tables (with an automaton for the keys that do not start and end with a letter
    /// or digit).
    WordTable,
}

/// Finds mentions of a dictionary's entries in text.
///
/// Every form of every entry is one pattern; forms shared by several entries stay separate
/// patterns, and a span matched by several of them makes an ambiguous mention. The entries
/// are split into shards, each folded and built on its own thread: one shard (a word
/// table) for a dictionary of newsroom size, one per core for very large ones.
#[derive(Debug, Clone)]
pub struct Matcher {
    shards: Vec<Shard>,
}

// The engine. Every shard is a word table, whatever the dictionary's size: over the
// shipped dictionaries it scans a 60 KB article in 0.55 ms where the automaton took 0.83 ms
// (`cargo bench -p vigie-core --bench matcher -- scan_60kb`, 6 December), since most words
// cost one hash lookup where the automaton steps through every byte; only keys that start
// with neither a letter nor a digit (none in the shipped dictionaries) are left to an
// automaton. The automaton is a contiguous NFA, not a DFA: for the shipped dictionaries
// (6,248 forms and office phrases) a DFA took 30 MB and 58 ms to build and scanned at
// 71 MB/s, the contiguous NFA 4 MB, 9 ms and 86 MB/s (5 December, a throwaway probe).

/// Entries per shard, at least: below this, one shard.
const MIN_SHARD_ENTRIES: usize = 5_000;

impl Matcher {
    pub fn new(dict: &Dictionary) -> Matcher {
        Matcher::with_engine(dict, Engine::Auto)
    }

    pub fn with_engine(dict: &Dictionary, engine: Engine) -> Matcher {
        let entries = &dict.entries;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let shards = cores.min(entries.len() / MIN_SHARD_ENTRIES).max(1);
        let size = entries.len().div_ceil(shards).max(1);
        let offices = &dict.offices;
        let shards = if shards == 1 {
            vec![build_shard(entries, 0, offices, engine)]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = entries
                    .chunks(size)
                    .enumerate()
                    .map(|(i, part)| {
                        let offices: &[crate::dictionary::Office] = if i == 0 { offices } else { &[] };
                        scope.spawn(move || build_shard(part, i * size, offices, engine))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("building a shard does not panic"))
                    .collect()
            })
        };
        Matcher {
            shards: shards.into_iter().flatten().collect(),
        }
    }

    /// Number of patterns (forms) in the automata.
    pub fn pattern_count(&self) -> usize {
        self.shards.iter().map(|s| s.patterns.len()).sum()
    }

    /// Every mention in `text`, in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.scan(text).mentions
    }

    /// Every mention and every phrase naming an office in `text`, in one pass of the
    /// automata.
    pub fn scan(&self, text: &str) -> Scan {
        if self.shards.is_empty() {
            return Scan::default();
        }
        // Word tables alone (the shipped dictionaries, and any of newsroom size): fold and
        // cut words in one pass, each word knowing where it comes from.
        if self.shards.iter().all(|s| s.automaton.is_none() && s.words.is_some()) {
            return self.scan_words(text);
        }
        self.scan_folded(text)
    }

    /// [`Matcher::scan`] over the folded text and its offset map: for shards with an
    /// automaton (keys that do not start with a letter or digit, very large dictionaries).
    fn scan_folded(&self, text: &str) -> Scan {
        let folded = Folded::new(text);
        let hay = folded.text.as_str();
        // (start, end, target) of every candidate that passes its checks.
        let mut found: Vec<(usize, usize, Target)> = Vec::new();
        // A name never runs across a paragraph break: a candidate whose folded span holds a
        // space that stands for a blank line is not a mention.
        let one_paragraph = |start: usize, end: usize| {
            !hay.as_bytes()[start..end].contains(&b' ')
                || !has_blank_line(&text[folded.original_range(text, start, end)])
        };
        let strict_ok = |p: &Pattern, start: usize, end: usize| {
            one_paragraph(start, end)
                && match &p.strict {
                    None => true,
                    Some((opts, form)) => fold_with(&text[folded.original_range(text, start, end)], *opts) == *form,
                }
        };
        let mut words: Option<Vec<WordSpan>> = None;
        for shard in &self.shards {
            if let Some(table) = &shard.words {
                let words = words.get_or_insert_with(|| {
                    word_spans(hay)
                        .into_iter()
                        .map(|(start, end)| WordSpan {
                            start: start as u32,
                            end: end as u32,
                            orig_start: 0,
                            orig_end: 0,
                        })
                        .collect()
                });
                table.walk(hay, words, |at, first, last, tail| {
                    let p = &shard.patterns[at as usize];
                    let (start, end) = (words[first].start as usize, words[last].end as usize + tail);
                    if strict_ok(p, start, end) {
                        found.push((start, end, p.target));
                    }
                });
            }
            let Some((automaton, ids)) = &shard.automaton else {
                continue;
            };
            for m in automaton.find_overlapping_iter(hay) {
                let p = &shard.patterns[ids[m.pattern().as_usize()] as usize];
                let (start, end) = (m.start(), m.end());
                if p.left_boundary && hay[..start].chars().next_back().is_some_and(is_word_char) {
                    continue;
                }
                if p.right_boundary && hay[end..].chars().next().is_some_and(is_word_char) {
                    continue;
                }
                if strict_ok(p, start, end) {
                    found.push((start, end, p.target));
                }
            }
        }
        select(found, |start, end| folded.original_range(text, start, end))
    }

    /// [`Matcher::scan`] with word tables alone, on [`FoldedWords`]: the candidates are
    /// found in original offsets directly.
    fn scan_words(&self, text: &str) -> Scan {
        let folded = FoldedWords::new(text);
        let hay = folded.text.as_str();
        let words = &folded.words;
        let mut found: Vec<(usize, usize, Target)> = Vec::new();
        // (As in `scan_folded`: a name never runs across a blank line; an alias with a
        // strict case or accents must fold the same way in the original.)
        let strict_ok = |p: &Pattern, start: usize, end: usize, orig: Range<usize>| {
            (!hay.as_bytes()[start..end].contains(&b' ') || !has_blank_line(&text[orig.clone()]))
                && match &p.strict {
                    None => true,
                    Some((opts, form)) => fold_with(&text[orig], *opts) == *form,
                }
        };
        for shard in &self.shards {
            let Some(table) = &shard.words else { continue };
            table.walk(hay, words, |at, first, last, tail| {
                let p = &shard.patterns[at as usize];
                let (start, end) = (words[first].start as usize, words[last].end as usize + tail);
                let mut orig = words[first].orig_start as usize..words[last].orig_end as usize;
                if tail > 0 {
                    orig.end = original_end_after(text, orig.end, tail);
                }
                if strict_ok(p, start, end, orig.clone()) {
                    found.push((orig.start, orig.end, p.target));
                }
            });
        }
        select(found, |start, end| start..end)
    }
}

/// Leftmost, then longest; one mention per span with every entry matched there; drop what
/// overlaps an earlier pick. Entries and office phrases are selected apart. `found` holds
/// (start, end, target) in offsets that `original` maps to the original text's.
fn select(mut found: Vec<Candidate>, original: impl Fn(usize, usize) -> Range<usize>) -> Scan {
    found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    found.dedup();
    let (entries, offices): (Vec<_>, Vec<_>) = found.into_iter().partition(|f| matches!(f.2, Target::Entry(_)));
    let mut scan = Scan::default();
    for (start, end, group) in leftmost_longest(&entries) {
        let entries = group.iter().filter_map(|f| match f.2 {
            Target::Entry(e) => Some(e),
            _ => None,
        });
        scan.mentions
            .push(Mention::new(original(start, end), entries.collect()));
    }
    for (start, end, group) in leftmost_longest(&offices) {
        let mut hit = OfficeHit {
            range: original(start, end),
            designation: None,
            titles: Vec::new(),
        };
        for f in group {
            match f.2 {
                Target::Designation(o) => {
                    hit.designation = Some(o);
                    hit.titles.push(o);
                }
                Target::Title(o) => hit.titles.push(o),
                Target::Entry(_) => {}
            }
        }
        hit.titles.sort_unstable();
        hit.titles.dedup();
        scan.offices.push(hit);
    }
    scan
}

/// A span of the folded text matched by a pattern: (start, end, what it stands for).
type Candidate = (usize, usize, Target);

/// Candidates sorted by start then longest first: the spans kept (leftmost, then longest,
/// none overlapping an earlier one), each with every candidate of that exact span.
fn leftmost_longest(found: &[Candidate]) -> Vec<(usize, usize, &[Candidate])> {
    let mut out = Vec::new();
    let mut covered = 0;
    let mut i = 0;
    while i < found.len() {
        let (start, end, _) = found[i];
        let mut j = i;
        while j < found.len() && found[j].0 == start && found[j].1 == end {
            j += 1;
        }
        if start >= covered {
            covered = end;
            out.push((start, end, &found[i..j]));
        }
        i = j;
    }
    out
}

/// Whether `s` holds a blank line: a line break, then only spaces, tabs or carriage
/// returns, then another line break.
fn has_blank_line(s: &str) -> bool {
    let b = s.as_bytes();
    let mut at = 0;
    while let Some(i) = memchr::memchr(b'\n', &b[at..]) {
        let next = at + i + 1;
        let rest = &b[next..];
        let gap = rest.iter().take_while(|&&c| matches!(c, b' ' | b'\t' | b'\r')).count();
        if rest.get(gap) == Some(&b'\n') {
            return true;
        }
        at = next;
    }
    false
}

/// Folds the forms of `entries` (numbered from `first`) and builds their automaton; `None`
/// when they have no form.
fn build_shard(entries: &[Entry], first: usize, offices: &[Office], engine: Engine) -> Option<Shard> {
    let mut keys = Vec::with_capacity(entries.len() * 5);
    let mut patterns = Vec::with_capacity(entries.len() * 5);
    let office_forms = offices.iter().enumerate().flat_map(|(k, o)| {
        let designations = o.designations.iter().map(move |d| (Target::Designation(k), d));
        designations.chain(o.titles.iter().map(move |t| (Target::Title(k), t)))
    });
    let office_forms = office_forms.map(|(target, form)| (target, Form::from_text(form)));
    let entry_forms = entries
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.forms().map(move |f| (Target::Entry(first + i), f)));
    for (target, form) in entry_forms.chain(office_forms) {
        let key = fold(form.form);
        let (Some(head), Some(tail)) = (key.chars().next(), key.chars().next_back()) else {
            continue;
        };
        let opts = FoldOptions {
            case: form.case == CaseRule::Any,
            accents: form.accents == AccentRule::Any,
        };
        patterns.push(Pattern {
            target,
            left_boundary: is_word_char(head),
            right_boundary: is_word_char(tail),
            strict: (opts != FoldOptions::FULL).then(|| (opts, fold_with(form.form, opts))),
        });
        keys.push(key);
    }
    if keys.is_empty() {
        return None;
    }
    let use_words = match engine {
        Engine::Auto | Engine::WordTable => true,
        Engine::Automaton => false,
    };
    let build = |keys: &[&str]| {
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::Standard)
            .build(keys)
            .expect("folded forms always build an automaton")
    };
    if !use_words {
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let ids = (0..keys.len() as u32).collect();
        return Some(Shard {
            automaton: Some((build(&refs), ids)),
            words: None,
            patterns,
        });
    }
    let mut table = WordTable {
        first: FxHashMap::default(),
        next: vec![NO_PATTERN; keys.len()],
        tails: Vec::new(),
        max_words: 0,
        max_len: 0,
    };
    table.first.reserve(keys.len());
    let mut others: Vec<(u32, &str)> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        let p = &patterns[i];
        if !p.left_boundary {
            others.push((i as u32, key));
            continue;
        }
        let spans = word_spans(key);
        let Some(&(_, words_end)) = spans.last() else {
            others.push((i as u32, key));
            continue;
        };
        table.max_words = table.max_words.max(spans.len());
        table.max_len = table.max_len.max(key.len());
        for &(_, end) in &spans[..spans.len() - 1] {
            table.first.entry(key[..end].into()).or_insert(EMPTY_SLOT).longer = true;
        }
        let slot = table.first.entry(key[..words_end].into()).or_insert(EMPTY_SLOT);
        if !p.right_boundary {
            // A tail: the patterns of these words with one, most recent first.
            table.tails.push((key[words_end..].into(), i as u32, slot.tail));
            slot.tail = (table.tails.len() - 1) as u32;
            continue;
        }
        // Chain the patterns of one key, in pattern order.
        if slot.head == NO_PATTERN {
            slot.head = i as u32;
        } else {
            let mut at = slot.head;
            while table.next[at as usize] != NO_PATTERN {
                at = table.next[at as usize];
            }
            table.next[at as usize] = i as u32;
        }
    }
    let automaton = (!others.is_empty()).then(|| {
        let refs: Vec<&str> = others.iter().map(|(_, k)| *k).collect();
        (build(&refs), others.iter().map(|(i, _)| *i).collect())
    });
    Some(Shard {
        automaton,
        words: Some(table),
        patterns,
    })
}

/// The words of folded text: maximal runs of letters and digits, as byte ranges.
fn word_spans(hay: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::with_capacity(hay.len() / 6);
    let bytes = hay.as_bytes();
    let n = bytes.len();
    // Whether the character at `i` is a word's, and its width; ASCII without decoding.
    let word_at = |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = hay[i..].chars().next().unwrap_or_default();
            (is_word_char(c), c.len_utf8())
        }
    };
    let mut i = 0;
    let mut start: Option<usize> = None;
    while i < n {
        let (word, width) = word_at(i);
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
        i += width;
    }
    if let Some(s) = start {
        spans.push((s, n));
    }
    spans
}

/// Bytes each side of the cursor that [`Lexicon::mention_at`] reads; longer than any alias.
pub const WINDOW: usize = 512;

/// A dictionary with its matcher: what every analysis needs; and its completion index,
/// built the first time completion asks for it.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub dict: Dictionary,
    pub matcher: Matcher,
    completion: std::sync::OnceLock<crate::completion::CompletionIndex>,
}

impl Lexicon {
    pub fn new(dict: Dictionary) -> Lexicon {
        let matcher = Matcher::new(&dict);
        Lexicon {
            dict,
            matcher,
            completion: std::sync::OnceLock::new(),
        }
    }

    /// The completion index of the dictionary, names and role phrases (built on first use,
    /// then kept).
    pub fn completion_index(&self) -> &crate::completion::CompletionIndex {
        self.completion
            .get_or_init(|| crate::completion::CompletionIndex::with_offices(&self.dict))
    }

    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.matcher.find(text)
    }

    /// The mentions of `text` on `date`, role phrases resolved to the holders of that day
    /// (see [`crate::roles`]); without a date, as [`Lexicon::find`].
    pub fn find_on(&self, text: &str, date: Option<crate::date::Date>) -> Vec<Mention> {
        self.find_with_titles(text, date).0
    }

    /// The mentions of `text` on `date` and its titles that do not fit that date, from one
    /// scan.
    pub fn find_with_titles(
        &self,
        text: &str,
        date: Option<crate::date::Date>,
    ) -> (Vec<Mention>, Vec<crate::roles::RoleDate>) {
        crate::roles::mentions_and_titles(text, self.matcher.scan(text), &self.dict, date)
    }

    /// The mention covering byte `offset` of `text`, looking only at a window of
    /// [`WINDOW`] bytes on each side: constant time whatever the size of the text. A word
    /// cut at the window's edge could only make a false mention as long as the window, so
    /// the answer is the one a scan of the whole text gives.
    pub fn mention_at(&self, text: &str, offset: usize) -> Option<Mention> {
        self.mention_at_on(text, offset, None)
    }

    /// [`Lexicon::mention_at`] on the article's date: a role phrase under the cursor is a
    /// mention of the holder that day. A bare title ("le chancelier") is resolved against
    /// the names of the window only.
    pub fn mention_at_on(&self, text: &str, offset: usize, date: Option<crate::date::Date>) -> Option<Mention> {
        if offset > text.len() {
            return None;
        }
        let mut start = offset.saturating_sub(WINDOW);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (offset + WINDOW).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        // Never cut a word: past invisible characters, words fold into one ("Zelensky",
        // 600 zero-width spaces, "Volodymyr" is one word to a scan of the whole text).
        // Inside a word when the characters on both sides of the edge hold it together.
        let joins = |c: Option<char>| c.is_some_and(crate::fold::joins_words);
        while joins(text[start..].chars().next()) && joins(text[..start].chars().next_back()) {
            start -= text[..start].chars().next_back().map_or(0, char::len_utf8);
        }
        while joins(text[..end].chars().next_back()) && joins(text[end..].chars().next()) {
            end += text[end..].chars().next().map_or(0, char::len_utf8);
        }
        self.find_on(&text[start..end], date)
            .into_iter()
            .map(|m| Mention {
                range: m.range.start + start..m.range.end + start,
                ..m
            })
            .find(|m| m.range.start <= offset && offset < m.range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The words as the simple reading gives them: maximal runs of word characters.
    fn reference(hay: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut start = None;
        for (i, c) in hay.char_indices() {
            match (is_word_char(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    spans.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push((s, hay.len()));
        }
        spans
    }

    proptest! {
        #[test]
        fn word_spans_as_the_reference(parts in prop::collection::vec(prop::sample::select(vec![
            "kyiv", "z", "9", "é", "ï", "œ", "ß", "İ", "٣", "😀", " ", "'", "-", "\u{a0}", "\u{202f}",
            "’", "«", ".", "\u{ad}", "\u{200b}", "×", "²", "ª",
        ]), 0..40)) {
            let hay: String = parts.concat();
            prop_assert_eq!(word_spans(&hay), reference(&hay));
        }
    }

    fn embedded() -> &'static Matcher {
        static MATCHER: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
        MATCHER.get_or_init(|| Matcher::new(&Dictionary::embedded().expect("embedded dictionaries").0))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        /// One pass over the words finds what the folded text and its offset map find, on
        /// the shipped dictionaries (word tables alone): names with accents, case rules,
        /// tails ("OPEP+", "U.S."), across white space, soft hyphens and blank lines.
        #[test]
        fn words_in_one_pass_as_over_the_folded_text(parts in prop::collection::vec(prop::sample::select(vec![
            "Vladimir", "Poutine", "vladimir poutine", "POUTINE", "Zelensky", "Volodymyr", "Kyïv", "Kiev",
            "Kharkiv", "Ukraine", "l’Ukraine", "d'Ukraine", "États-Unis", "États‑Unis", "Etats Unis", "UE",
            "ue", "OTAN", "Otan", "OPEP+", "OPEP", "Opep +", "U.S.", "U.S", "US", "us", "Union", "européenne",
            "Emmanuel", "Macron", "président", "russe", "le président russe", "Kaja", "Kallas", "Donald",
            "Trump", "Mé\u{ad}lenchon", "Jean-Luc", "Mélenchon", "Œuvre", "cœur", "ß", "😀", "é", "e\u{301}",
            " ", "  ", "\u{a0}", "\u{202f}", "\n", "\r\n", "\n\n", "\n \n", "\t", "-", "’", "'", ".",
            ",", "+", "«", "»", "(", ")", "\u{200b}", "\u{ad}", "2026", "G7", "x",
        ]), 0..30)) {
            let text: String = parts.concat();
            let m = embedded();
            prop_assert!(m.shards.iter().all(|s| s.automaton.is_none()));
            prop_assert_eq!(m.scan_words(&text), m.scan_folded(&text), "{:?}", text);
        }
    }

    #[test]
    fn words_in_one_pass_on_the_sample_articles() {
        let m = embedded();
        for text in crate::samples::ARTICLES {
            let found = m.scan_words(text);
            assert!(!found.mentions.is_empty());
            assert_eq!(found, m.scan_folded(text));
        }
    }
}
