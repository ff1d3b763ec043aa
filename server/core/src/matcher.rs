//! The mention matcher: every alias of every entry, in one Aho-Corasick automaton over the
//! folded text (see [`crate::fold`]), with word boundaries, the case rule and
//! longest-match selection applied on top.

use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::dictionary::{AccentRule, CaseRule, Dictionary};
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
    claims: Vec<Claim>,
    left_boundary: bool,
    right_boundary: bool,
}

/// Finds mentions of a dictionary's entries in text.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
}

impl Matcher {
    pub fn new(dict: &Dictionary) -> Matcher {
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut by_key: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (entry, e) in dict.entries.iter().enumerate() {
            for alias in e.forms() {
                let key = fold(&alias.form);
                let Some(first) = key.chars().next() else {
                    continue;
                };
                let last = key.chars().next_back().unwrap_or(first);
                let opts = FoldOptions {
                    case: alias.case == CaseRule::Any,
                    accents: alias.accents == AccentRule::Any,
                };
                let lenient = opts == FoldOptions::FULL;
                let idx = *by_key.entry(key.clone()).or_insert_with(|| {
                    keys.push(key);
                    patterns.push(Pattern {
                        claims: Vec::new(),
                        left_boundary: is_word_char(first),
                        right_boundary: is_word_char(last),
                    });
                    patterns.len() - 1
                });
                let claims = &mut patterns[idx].claims;
                let claim = match claims.iter().position(|c| c.entry == entry) {
                    Some(i) => &mut claims[i],
                    None => {
                        claims.push(Claim {
                            entry,
                            lenient: false,
                            strict: Vec::new(),
                        });
                        claims.last_mut().expect("just pushed")
                    }
                };
                if lenient {
                    claim.lenient = true;
                } else {
                    claim.strict.push((opts, fold_with(&alias.form, opts)));
                }
            }
        }
        let automaton = (!keys.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&keys)
                .expect("folded aliases always build an automaton")
        });
        Matcher {
            automaton,
            patterns,
        }
    }

    /// Number of distinct folded forms.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every mention in `text`, in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let folded = Folded::new(text);
        let hay = folded.text.as_str();
        let mut found: Vec<(usize, usize, Vec<usize>)> = Vec::new();
        for m in ac.find_overlapping_iter(hay) {
            let p = &self.patterns[m.pattern().as_usize()];
            let (start, end) = (m.start(), m.end());
            if p.left_boundary && hay[..start].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            if p.right_boundary && hay[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let original = folded.original_range(text, start, end);
            let mut entries: Vec<usize> = p
                .claims
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
