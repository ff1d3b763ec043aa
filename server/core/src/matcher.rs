//! The mention matcher: every alias of every entry, in one Aho-Corasick automaton over the
//! folded text (see [`crate::fold`]), with word boundaries, the case rule and
//! longest-match selection applied on top.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;

use crate::dictionary::{AccentRule, CaseRule, Dictionary, Entry};
use crate::fold::{fold, fold_with, is_word_char, FoldOptions, Folded};

/// A mention of one entry, or of several when its form is ambiguous.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// Indices into [`Dictionary::entries`], sorted, at least one.
    pub entries: Vec<usize>,
}

impl Mention {
    pub fn is_ambiguous(&self) -> bool {
        self.entries.len() > 1
    }
}

/// One entry claiming a folded pattern, with the rule its alias must pass.
#[derive(Debug, Clone)]
struct Claim {
    entry: usize,
    /// Whether one of the entry's forms with this key matches in any case and accents.
    lenient: bool,
    /// The entry's strict forms with this key, each folded with its options: the original
    /// text must equal one of them once folded the same way.
    strict: Vec<(FoldOptions, String)>,
}

impl Claim {
    fn accepts(&self, original: &str) -> bool {
        self.lenient
            || self
                .strict
                .iter()
                .any(|(opts, form)| fold_with(original, *opts) == *form)
    }
}

#[derive(Debug, Clone)]
struct Pattern {
    /// Range of [`Matcher::claims`].
    claims: std::ops::Range<u32>,
    left_boundary: bool,
    right_boundary: bool,
}

/// Finds mentions of a dictionary's entries in text.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Automata over consecutive slices of the patterns, with the index of each one's first
    /// pattern: one DFA for a dictionary of newsroom size, several NFAs built in parallel
    /// for very large ones.
    shards: Vec<(AhoCorasick, usize)>,
    patterns: Vec<Pattern>,
    /// Every pattern's claims, grouped by pattern.
    claims: Vec<Claim>,
}

/// A form of an entry, folded.
struct FoldedForm {
    key: String,
    entry: usize,
    strict: Option<(FoldOptions, String)>,
}

/// Entries per thread below which folding stays on one thread.
const PARALLEL_FOLD_MIN: usize = 5_000;

fn fold_forms(entries: &[Entry], first: usize) -> Vec<FoldedForm> {
    let mut out = Vec::with_capacity(entries.len() * 4);
    for (i, e) in entries.iter().enumerate() {
        for form in e.forms() {
            let key = fold(form.form);
            if key.is_empty() {
                continue;
            }
            let opts = FoldOptions {
                case: form.case == CaseRule::Any,
                accents: form.accents == AccentRule::Any,
            };
            let strict = (opts != FoldOptions::FULL).then(|| (opts, fold_with(form.form, opts)));
            out.push(FoldedForm {
                key,
                entry: first + i,
                strict,
            });
        }
    }
    out
}

impl Matcher {
    pub fn new(dict: &Dictionary) -> Matcher {
        // Fold every form, on every core for a large dictionary.
        let entries = &dict.entries;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let threads = cores.min(entries.len() / PARALLEL_FOLD_MIN).max(1);
        let chunk = entries.len().div_ceil(threads).max(1);
        let folded: Vec<Vec<FoldedForm>> = if threads == 1 {
            vec![fold_forms(entries, 0)]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = entries
                    .chunks(chunk)
                    .enumerate()
                    .map(|(i, part)| scope.spawn(move || fold_forms(part, i * chunk)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("folding does not panic"))
                    .collect()
            })
        };

        // One pattern per distinct key; claims tagged with their pattern.
        let total: usize = folded.iter().map(Vec::len).sum();
        let mut by_key: FxHashMap<String, u32> = FxHashMap::default();
        by_key.reserve(total);
        let mut boundaries: Vec<(bool, bool)> = Vec::new();
        let mut tagged: Vec<(u32, Claim)> = Vec::with_capacity(total);
        for form in folded.into_iter().flatten() {
            let idx = match by_key.get(&form.key) {
                Some(&idx) => idx,
                None => {
                    let first = form.key.chars().next().is_some_and(is_word_char);
                    let last = form.key.chars().next_back().is_some_and(is_word_char);
                    boundaries.push((first, last));
                    let idx = (boundaries.len() - 1) as u32;
                    by_key.insert(form.key, idx);
                    idx
                }
            };
            let claim = Claim {
                entry: form.entry,
                lenient: form.strict.is_none(),
                strict: form.strict.into_iter().collect(),
            };
            tagged.push((idx, claim));
        }

        // Group claims by pattern; an entry claiming a key twice (a lenient and a strict
        // form, two strict forms) gets one claim with both.
        tagged.sort_by_key(|(p, c)| (*p, c.entry));
        let mut claims: Vec<Claim> = Vec::with_capacity(tagged.len());
        let mut starts = vec![0u32; boundaries.len() + 1];
        let mut last: Option<(u32, usize)> = None;
        for (p, claim) in tagged {
            if last == Some((p, claim.entry)) {
                let merged = claims.last_mut().expect("a claim was pushed for this key");
                merged.lenient |= claim.lenient;
                merged.strict.extend(claim.strict);
                continue;
            }
            last = Some((p, claim.entry));
            claims.push(claim);
            starts[p as usize + 1] = claims.len() as u32;
        }
        // Patterns whose claims all merged into an earlier one keep an empty range.
        for i in 1..starts.len() {
            starts[i] = starts[i].max(starts[i - 1]);
        }
        let patterns = boundaries
            .iter()
            .enumerate()
            .map(|(i, &(left_boundary, right_boundary))| Pattern {
                claims: starts[i]..starts[i + 1],
                left_boundary,
                right_boundary,
            })
            .collect();

        let mut keys = vec![""; boundaries.len()];
        for (key, &idx) in &by_key {
            keys[idx as usize] = key.as_str();
        }
        Matcher {
            shards: build_shards(&keys),
            patterns,
            claims,
        }
    }

    /// Number of distinct folded forms.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every mention in `text`, in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        if self.shards.is_empty() {
            return Vec::new();
        }
        let folded = Folded::new(text);
        let hay = folded.text.as_str();
        let mut found: Vec<(usize, usize, Vec<usize>)> = Vec::new();
        let matches = self.shards.iter().flat_map(|(ac, first)| {
            ac.find_overlapping_iter(hay)
                .map(move |m| (m, first + m.pattern().as_usize()))
        });
        for (m, pattern) in matches {
            let p = &self.patterns[pattern];
            let (start, end) = (m.start(), m.end());
            if p.left_boundary && hay[..start].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            if p.right_boundary && hay[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let original = folded.original_range(text, start, end);
            let claims = &self.claims[p.claims.start as usize..p.claims.end as usize];
            let mut entries: Vec<usize> = claims
                .iter()
                .filter(|c| c.accepts(&text[original.clone()]))
                .map(|c| c.entry)
                .collect();
            if entries.is_empty() {
                continue;
            }
            entries.sort_unstable();
            found.push((start, end, entries));
        }
        // Leftmost, then longest; drop what overlaps an earlier pick.
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::new();
        let mut covered = 0;
        for (start, end, entries) in found {
            if start < covered {
                continue;
            }
            covered = end;
            out.push(Mention {
                range: folded.original_range(text, start, end),
                entries,
            });
        }
        out
    }
}

/// Total bytes of keys up to which the automaton is one DFA: the fastest search, at a
/// memory cost that grows with the keys (about 6 MB for the shipped dictionaries' 45 KB of
/// keys). Beyond, contiguous NFAs: slower to search, far smaller.
const DFA_MAX_KEY_BYTES: usize = 200_000;

/// Keys per NFA shard, at least: below this, one automaton.
const MIN_SHARD_KEYS: usize = 20_000;

fn build_shards(keys: &[&str]) -> Vec<(AhoCorasick, usize)> {
    if keys.is_empty() {
        return Vec::new();
    }
    let total: usize = keys.iter().map(|k| k.len()).sum();
    let build = |keys: &[&str], kind| {
        let b = |kind| {
            AhoCorasick::builder()
                .kind(kind)
                .match_kind(MatchKind::Standard)
                .build(keys)
        };
        // A DFA can exceed the builder's size limits; an NFA does not for keys that fit in memory.
        b(kind)
            .or_else(|_| b(None))
            .expect("folded aliases always build an automaton")
    };
    if total <= DFA_MAX_KEY_BYTES {
        return vec![(build(keys, Some(AhoCorasickKind::DFA)), 0)];
    }
    // Large dictionaries: build shards on every core at once.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let shards = cores.min(keys.len() / MIN_SHARD_KEYS).max(1);
    let size = keys.len().div_ceil(shards);
    std::thread::scope(|scope| {
        let handles: Vec<_> = keys
            .chunks(size)
            .enumerate()
            .map(|(i, chunk)| {
                scope.spawn(move || (build(chunk, Some(AhoCorasickKind::ContiguousNFA)), i * size))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("automaton build does not panic"))
            .collect()
    })
}

/// Bytes each side of the cursor that [`Lexicon::mention_at`] reads; longer than any alias.
pub const WINDOW: usize = 512;

/// A dictionary with its matcher: what every analysis needs.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub dict: Dictionary,
    pub matcher: Matcher,
}

impl Lexicon {
    pub fn new(dict: Dictionary) -> Lexicon {
        let matcher = Matcher::new(&dict);
        Lexicon { dict, matcher }
    }

    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.matcher.find(text)
    }

    /// The mention covering byte `offset` of `text`, looking only at a window of
    /// [`WINDOW`] bytes on each side: constant time whatever the size of the text. A word
    /// cut at the window's edge could only make a false mention as long as the window, so
    /// the answer is the one a scan of the whole text gives.
    pub fn mention_at(&self, text: &str, offset: usize) -> Option<Mention> {
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
        self.find(&text[start..end])
            .into_iter()
            .map(|m| Mention {
                range: m.range.start + start..m.range.end + start,
                entries: m.entries,
            })
            .find(|m| m.range.start <= offset && offset < m.range.end)
    }
}
