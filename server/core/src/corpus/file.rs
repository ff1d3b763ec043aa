//! The mentions of one article, with every position a reference needs, its date and its
//! title.

use std::ops::Range;

use crate::date::{article_date, Date};
use crate::line_index::{Walker, WidePos};
use crate::matcher::{Lexicon, Mention};

/// Where a mention is, in every unit a client may ask for. Lines are zero-based and end at
/// `\n`, `\r\n` or a lone `\r`; columns are zero-based, in UTF-8 bytes or UTF-16 code units
/// from the start of their line. A mention broken across lines (a name split by a line break
/// in a Markdown paragraph) ends on a later line than it starts.
///
/// 32 bytes: the index holds millions of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MentionPos {
    /// Byte offset of the start of the mention in the text.
    pub start: u32,
    /// Byte offset of the end (exclusive).
    pub end: u32,
    pub line: u32,
    pub col_utf8: u32,
    pub col_utf16: u32,
    pub end_line: u32,
    pub end_col_utf8: u32,
    pub end_col_utf16: u32,
}

impl MentionPos {
    /// The eight fields in their declared order (start, end, line, UTF-8 and UTF-16
    /// columns, then the same for the end): one place that lists them, for orderings and
    /// encodings.
    pub fn fields(&self) -> [u32; 8] {
        [
            self.start,
            self.end,
            self.line,
            self.col_utf8,
            self.col_utf16,
            self.end_line,
            self.end_col_utf8,
            self.end_col_utf16,
        ]
    }

    /// The byte range in the text.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The start, in both LSP encodings.
    pub fn start_pos(&self) -> WidePos {
        WidePos {
            line: self.line,
            utf8: self.col_utf8,
            utf16: self.col_utf16,
        }
    }

    /// The end, in both LSP encodings.
    pub fn end_pos(&self) -> WidePos {
        WidePos {
            line: self.end_line,
            utf8: self.end_col_utf8,
            utf16: self.end_col_utf16,
        }
    }

    /// `(line, column)` of the start, the column in UTF-8 bytes.
    pub fn start_utf8(&self) -> (u32, u32) {
        (self.line, self.col_utf8)
    }

    /// `(line, column)` of the end, the column in UTF-8 bytes.
    pub fn end_utf8(&self) -> (u32, u32) {
        (self.end_line, self.end_col_utf8)
    }

    /// `(line, column)` of the start, the column in UTF-16 code units.
    pub fn start_utf16(&self) -> (u32, u32) {
        (self.line, self.col_utf16)
    }

    /// `(line, column)` of the end, the column in UTF-16 code units.
    pub fn end_utf16(&self) -> (u32, u32) {
        (self.end_line, self.end_col_utf16)
    }
}

/// The mentions of one article, in text order, with the entries each belongs to (every
/// candidate of an ambiguous mention); the article's date and title.
///
/// Built by [`analyze_file`] (or [`FileMentions::from_mentions`]) and never modified: the
/// positions are consistent with each other and with the text they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileMentions {
    /// Sorted by start, then end.
    mentions: Box<[MentionPos]>,
    /// For each mention `i < n`, its entry; or, for an ambiguous mention, [`AMBIGUOUS`] plus
    /// the offset from `n` of its list: a length, then the entries, ascending.
    entries: Box<[u32]>,
    date: Option<Date>,
    title: Box<str>,
}

/// The mark of an ambiguous mention in [`FileMentions`]'s entry table: entry indices are
/// below it.
const AMBIGUOUS: u32 = 1 << 31;

/// Entry indices a [`FileMentions`] can hold: below 2³¹ (a mention of a larger index is
/// dropped).
pub const MAX_ENTRIES: usize = AMBIGUOUS as usize;

/// The mentions of `lexicon`'s entries in `text` (role phrases resolved on the article's
/// own date among them), their positions, and the article's date and title: what the
/// corpus index keeps of a file.
///
/// # Panics
/// Panics for a text of 4 GiB or more, as [`Lexicon::find`] does.
pub fn analyze_file(lexicon: &Lexicon, text: &str) -> FileMentions {
    FileMentions::from_mentions(text, &lexicon.find_on(text, crate::date::article_date(text)))
}

impl FileMentions {
    /// What [`analyze_file`] returns, from mentions already found in `text`. Mentions are
    /// sorted; their entry lists are sorted and deduplicated; a mention with no entry is
    /// dropped; offsets are clamped to the text and to the character boundary at or before
    /// them.
    ///
    /// # Panics
    /// Panics for a text of 4 GiB or more.
    pub fn from_mentions(text: &str, found: &[Mention]) -> FileMentions {
        assert!(text.len() < u32::MAX as usize, "text too large to index");
        let clamp = |mut o: usize| {
            o = o.min(text.len());
            while !text.is_char_boundary(o) {
                o -= 1;
            }
            o as u32
        };
        let mut spans: Vec<(u32, u32, usize)> = found
            .iter()
            .enumerate()
            .filter(|(_, m)| m.entries.iter().any(|&e| e < MAX_ENTRIES))
            .map(|(i, m)| {
                let start = clamp(m.range.start);
                (start, clamp(m.range.end).max(start), i)
            })
            .collect();
        spans.sort_unstable();
        // Offsets in increasing order (starts sorted, each end before the next start): one
        // pass over the text gives their positions.
        let mut walker = Walker::new(text);
        let mut at = |o: u32| {
            let p = walker.wide_pos(o as usize);
            (p.line, p.utf8, p.utf16)
        };
        let mut mentions = Vec::with_capacity(spans.len());
        let mut ends = Vec::with_capacity(spans.len());
        let mut candidates = Vec::with_capacity(spans.len());
        for &(start, end, i) in &spans {
            let (line, col_utf8, col_utf16) = at(start);
            let (end_line, end_col_utf8, end_col_utf16) = at(end);
            mentions.push(MentionPos {
                start,
                end,
                line,
                col_utf8,
                col_utf16,
                end_line,
                end_col_utf8,
                end_col_utf16,
            });
            let from = candidates.len();
            candidates.extend(found[i].entries.iter().filter(|&&e| e < MAX_ENTRIES).map(|&e| e as u32));
            candidates[from..].sort_unstable();
            let mut kept = from;
            for j in from..candidates.len() {
                if j == from || candidates[j] != candidates[kept - 1] {
                    candidates[kept] = candidates[j];
                    kept += 1;
                }
            }
            candidates.truncate(kept);
            ends.push(kept as u32);
        }
        FileMentions::assemble(mentions, &ends, candidates, article_date(text), title(text))
    }

    /// Builds the tables from mentions sorted by (start, end) and their candidates: those of
    /// mention `i` are `candidates[ends[i - 1]..ends[i]]`, non-empty, ascending, distinct,
    /// below [`MAX_ENTRIES`].
    pub(crate) fn assemble(
        mentions: Vec<MentionPos>,
        ends: &[u32],
        candidates: Vec<u32>,
        date: Option<Date>,
        title: String,
    ) -> FileMentions {
        debug_assert_eq!(mentions.len(), ends.len());
        debug_assert_eq!(ends.last().map_or(0, |&e| e as usize), candidates.len());
        let n = mentions.len();
        let extra: usize = (0..n)
            .map(|i| {
                let len = ends[i] - if i == 0 { 0 } else { ends[i - 1] };
                if len > 1 {
                    1 + len as usize
                } else {
                    0
                }
            })
            .sum();
        // Exactly its final size: no reallocation when boxed.
        let mut table: Vec<u32> = Vec::with_capacity(n + extra);
        table.resize(n, 0);
        let mut from = 0;
        for (i, &end) in ends.iter().enumerate() {
            let list = &candidates[from..end as usize];
            debug_assert!(!list.is_empty() && list.iter().all(|&e| e < AMBIGUOUS));
            if let [entry] = list {
                table[i] = *entry;
            } else {
                table[i] = AMBIGUOUS | (table.len() - n) as u32;
                table.push(list.len() as u32);
                table.extend_from_slice(list);
            }
            from = end as usize;
        }
        FileMentions {
            mentions: mentions.into_boxed_slice(),
            entries: table.into_boxed_slice(),
            date,
            title: title.into_boxed_str(),
        }
    }

    /// Every mention, in text order.
    pub fn mentions(&self) -> &[MentionPos] {
        &self.mentions
    }

    pub fn len(&self) -> usize {
        self.mentions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.mentions.is_empty()
    }

    /// The article's date ([`crate::date::article_date`]).
    pub fn date(&self) -> Option<Date> {
        self.date
    }

    /// The article's title: its first `# ` heading, else its front matter `title:`, else its
    /// first non-empty line (a leading `date …` line skipped); at most about 100 characters.
    /// Empty for an empty article.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The entries mention `i` belongs to (indices into [`crate::Dictionary::entries`]),
    /// ascending; several for an ambiguous mention.
    ///
    /// # Panics
    /// Panics if `i` is not below [`FileMentions::len`].
    pub fn entries_of(&self, i: usize) -> &[u32] {
        let v = &self.entries[i];
        if v & AMBIGUOUS == 0 {
            return std::slice::from_ref(v);
        }
        let at = self.mentions.len() + (v & !AMBIGUOUS) as usize;
        &self.entries[at + 1..at + 1 + self.entries[at] as usize]
    }

    /// `(entry, mention index)` for every entry of every mention, sorted.
    pub(crate) fn pairs(&self) -> Vec<(u32, u32)> {
        let mut pairs: Vec<(u32, u32)> = (0..self.len())
            .flat_map(|i| self.entries_of(i).iter().map(move |&e| (e, i as u32)))
            .collect();
        pairs.sort_unstable();
        pairs
    }

    /// The distinct entries mentioned, ascending, each with its number of mentions.
    pub fn entries(&self) -> Vec<(u32, usize)> {
        let mut out: Vec<(u32, usize)> = Vec::new();
        for (e, _) in self.pairs() {
            match out.last_mut() {
                Some((last, count)) if *last == e => *count += 1,
                _ => out.push((e, 1)),
            }
        }
        out
    }

    /// The mentions of `entry` in this file, in text order.
    pub fn mentions_of(&self, entry: usize) -> impl Iterator<Item = &MentionPos> + '_ {
        self.mentions
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.entries_of(*i).iter().any(|&e| e as usize == entry))
            .map(|(_, m)| m)
    }

    /// Number of mentions of `entry` in this file.
    pub fn count_of(&self, entry: usize) -> usize {
        self.mentions_of(entry).count()
    }

    /// Bytes this value holds on the heap.
    pub fn heap_bytes(&self) -> usize {
        std::mem::size_of_val::<[MentionPos]>(&self.mentions)
            + std::mem::size_of_val::<[u32]>(&self.entries)
            + self.title.len()
    }
}

/// Titles are clipped to this many characters (plus an ellipsis).
const TITLE_MAX_CHARS: usize = 100;

/// The article's title; see [`FileMentions::title`].
pub fn title(text: &str) -> String {
    let (front, body) = split_front_matter(text);
    let mut fence: Option<&str> = None;
    for line in body.lines() {
        let t = line.trim_start();
        if let Some(f) = fence {
            if t.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            fence = Some(&t[..3]);
            continue;
        }
        if let Some(heading) = atx_heading_1(t) {
            return clip(heading);
        }
    }
    if let Some(t) = front.and_then(yaml_title) {
        return clip(&t);
    }
    body.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && article_date(l).is_none())
        .map(clip)
        .unwrap_or_default()
}

/// `(front matter, body)`: the front matter is the YAML between a first line `---` and the
/// next line `---` or `...`.
fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return (None, text);
    };
    if first.trim_end() != "---" {
        return (None, text);
    }
    let mut at = first.len();
    for line in lines {
        let l = line.trim_end();
        if l == "---" || l == "..." {
            return (Some(&text[first.len()..at]), &text[at + line.len()..]);
        }
        at += line.len();
    }
    (None, text)
}

/// The text of a level-1 ATX heading (`# Title`, `# Title #`), if `line` is one.
fn atx_heading_1(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('#')?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let rest = rest.trim();
    // A closing sequence of `#` counts only after a space (`# C#` keeps its `#`).
    let stripped = rest.trim_end_matches('#');
    let rest = if stripped.is_empty() || stripped.ends_with([' ', '\t']) {
        stripped.trim_end()
    } else {
        rest
    };
    (!rest.is_empty()).then_some(rest)
}

/// The `title:` of YAML front matter, unquoted.
fn yaml_title(front: &str) -> Option<String> {
    front.lines().find_map(|line| {
        let rest = line.strip_prefix("title")?.trim_start().strip_prefix(':')?.trim();
        let value = if rest.len() >= 2 && rest.starts_with('"') && rest.ends_with('"') {
            rest[1..rest.len() - 1].replace("\\\"", "\"").replace("\\\\", "\\")
        } else if rest.len() >= 2 && rest.starts_with('\'') && rest.ends_with('\'') {
            rest[1..rest.len() - 1].replace("''", "'")
        } else {
            rest.to_string()
        };
        let value = value.trim();
        (!value.is_empty()).then(|| value.to_string())
    })
}

/// `s` trimmed, and cut to [`TITLE_MAX_CHARS`] characters (at a space if one is near the
/// end) with an ellipsis.
fn clip(s: &str) -> String {
    let s = s.trim();
    let Some((cut, _)) = s.char_indices().nth(TITLE_MAX_CHARS) else {
        return s.to_string();
    };
    let head = &s[..cut];
    let head = match head.rfind(' ') {
        Some(space) if head[..space].chars().count() >= TITLE_MAX_CHARS * 3 / 5 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::corpus::test_lexicon as lexicon;
    use crate::line_index::{Encoding, LineIndex};

    #[test]
    fn positions_in_utf8_and_utf16_across_line_ends() {
        let lex = lexicon();
        let text =
            "---\ntitle: \"Un titre\"\ndate: 2025-03-02\n---\r\n😀 à Kyïv,\r\rpuis Vladimir\r\nPoutine et la Géorgie.";
        let fm = analyze_file(&lex, text);
        assert_eq!(fm.date().unwrap().to_string(), "2025-03-02");
        assert_eq!(fm.title(), "Un titre");
        assert_eq!(fm.len(), 3);
        let kyiv = fm.mentions()[0];
        assert_eq!(&text[kyiv.range()], "Kyïv");
        assert_eq!((kyiv.start_utf8(), kyiv.end_utf8()), ((4, 8), (4, 13)));
        assert_eq!((kyiv.start_utf16(), kyiv.end_utf16()), ((4, 5), (4, 9)));
        let poutine = fm.mentions()[1];
        assert_eq!(&text[poutine.range()], "Vladimir\r\nPoutine");
        assert_eq!((poutine.start_utf8(), poutine.end_utf8()), ((6, 5), (7, 7)));
        assert_eq!((poutine.start_utf16(), poutine.end_utf16()), ((6, 5), (7, 7)));
        assert_eq!(fm.entries_of(0), &[0]);
        assert_eq!(fm.entries_of(1), &[1]);
        assert_eq!(fm.entries_of(2), &[2, 3]);
        assert_eq!(fm.entries(), vec![(0, 1), (1, 1), (2, 1), (3, 1)]);
        assert_eq!(
            fm.mentions_of(3).map(|m| &text[m.range()]).collect::<Vec<_>>(),
            vec!["Géorgie"]
        );
        assert_eq!(fm.count_of(7), 0);
        assert_eq!(fm.count_of(usize::MAX), 0);
    }

    #[test]
    fn groups_mentions_by_entry() {
        let lex = lexicon();
        let text = "Kiev, Kyiv et Poutine ; Géorgie. Kyïv encore.";
        let fm = analyze_file(&lex, text);
        let starts = |e| fm.mentions_of(e).map(|m| m.start).collect::<Vec<_>>();
        assert_eq!(starts(0), vec![0, 6, 34]);
        assert_eq!(starts(1), vec![14]);
        assert_eq!(starts(2), vec![24]);
        assert_eq!(starts(3), vec![24]);
        assert_eq!(fm.pairs(), vec![(0, 0), (0, 1), (0, 4), (1, 2), (2, 3), (3, 3)]);
        assert_eq!(fm.entries(), vec![(0, 3), (1, 1), (2, 1), (3, 1)]);
        let empty = analyze_file(&lex, "");
        assert!(empty.is_empty());
        assert_eq!(empty.title(), "");
        assert_eq!(empty.entries(), vec![]);
    }

    #[test]
    fn from_mentions_tolerates_unsorted_overlapping_and_out_of_bounds_input() {
        let text = "é Kyiv";
        let found = vec![
            Mention::new(3..7, vec![5, 2, 5]),
            Mention::new(1..40, vec![1]),
            Mention::new(0..2, vec![]),
            Mention::new(0..2, vec![MAX_ENTRIES]),
        ];
        let fm = FileMentions::from_mentions(text, &found);
        assert_eq!(fm.len(), 2);
        assert_eq!(fm.mentions()[0].range(), 0..7);
        assert_eq!(fm.entries_of(0), &[1]);
        assert_eq!(fm.mentions()[1].range(), 3..7);
        assert_eq!(fm.entries_of(1), &[2, 5]);
        assert_eq!(fm.mentions()[1].col_utf16, 2);
    }

    #[test]
    fn titles() {
        let cases = [
            ("---\ntitle: \"Front\"\n---\n\n# Heading\n", "Heading"),
            ("---\ntitle: 'L''Ukraine'\ndate: 2025-01-01\n---\nBody\n", "L'Ukraine"),
            ("---\ntitle: plain words\n---\n", "plain words"),
            (
                "date 2025-08-06\n\nOne year after Kursk\n\nBody.",
                "One year after Kursk",
            ),
            ("\n\n  Première ligne  \nsuite", "Première ligne"),
            ("#hashtag\n## Sous-titre\n# Vrai titre #\n", "Vrai titre"),
            ("```\n# not a title\n```\n# C#\n", "C#"),
            (
                "---\nauthor: x\n---\n\nLe texte commence ici.",
                "Le texte commence ici.",
            ),
            ("", ""),
        ];
        for (text, expected) in cases {
            assert_eq!(title(text), expected, "{text:?}");
        }
        let long = format!("# {}", "mot ".repeat(40));
        let t = title(&long);
        assert!(t.ends_with("mot…") && t.chars().count() <= TITLE_MAX_CHARS + 1, "{t}");
        let unbroken = format!("# {}", "é".repeat(150));
        assert_eq!(title(&unbroken).chars().count(), TITLE_MAX_CHARS + 1);
    }

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "Kiev", "Kyïv", " ", "\n", "\r\n", "\r", "é", "😀", "Vladimir", "Poutine", "Géorgie", "x", "\u{A0}",
        ])
    }

    proptest! {
        /// Every position agrees with `LineIndex`, in UTF-8 and in UTF-16.
        #[test]
        fn positions_agree_with_line_index(parts in prop::collection::vec(piece(), 0..40)) {
            let text = parts.concat();
            let fm = analyze_file(&lexicon(), &text);
            let index = LineIndex::new(&text);
            let expect = |o: u32, enc| {
                let p = index.line_col(o as usize, enc);
                (p.line, p.col)
            };
            for m in fm.mentions() {
                prop_assert_eq!(m.start_utf8(), expect(m.start, Encoding::Utf8));
                prop_assert_eq!(m.end_utf8(), expect(m.end, Encoding::Utf8));
                prop_assert_eq!(m.start_utf16(), expect(m.start, Encoding::Utf16));
                prop_assert_eq!(m.end_utf16(), expect(m.end, Encoding::Utf16));
            }
        }
    }
}
