//! The corpus index: every indexed file's mentions, and for every entry the files that
//! mention it, kept in path order as files come and go.

use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::file::{FileMentions, MentionPos};
use crate::date::Date;

/// What the caller knows of a file beyond its text (opaque here: kept and given back, for
/// the caller to tell whether a file changed since it was indexed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FileMeta {
    pub size: u64,
    pub mtime_ns: i128,
}

/// One indexed file, borrowed from the index.
#[derive(Debug, Clone, Copy)]
pub struct FileRef<'a> {
    pub path: &'a str,
    pub meta: FileMeta,
    pub mentions: &'a FileMentions,
}

/// Sizes of an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IndexStats {
    pub files: usize,
    /// Files with an article date.
    pub dated_files: usize,
    pub mentions: usize,
    /// Distinct entries mentioned at least once.
    pub entries: usize,
    /// (entry, file) pairs: the total length of the postings.
    pub postings: usize,
    /// Estimated bytes the index holds on the heap (see [`Index::heap_bytes`]).
    pub heap_bytes: usize,
}

/// Gap between the order keys of consecutive files after a renumbering, and the step after
/// the last file: 32 insertions between two neighbours before a renumbering. Small in tests,
/// so that renumbering is exercised.
const STEP: u64 = if cfg!(test) { 4 } else { 1 << 32 };

/// Most files in one block of a posting list; a fuller block is split in two.
const BLOCK_MAX: usize = if cfg!(test) { 4 } else { 256 };

/// Files in a block when a list is built in one go: room left for insertions.
const BLOCK_FILL: usize = BLOCK_MAX * 3 / 4;

/// The files mentioning one entry, ascending by order key (that is, by path), in blocks of
/// at most [`BLOCK_MAX`] (never empty): inserting or removing a file moves at most a block.
#[derive(Debug, Clone, Default)]
struct Postings {
    blocks: Vec<Vec<u32>>,
    files: usize,
    mentions: usize,
}

impl Postings {
    fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.blocks.iter().flatten().copied()
    }

    /// Appends a file ordered after every file already in the list.
    fn push(&mut self, id: u32, mentions: usize) {
        match self.blocks.last_mut() {
            Some(block) if block.len() < BLOCK_FILL => block.push(id),
            _ => {
                let mut block = Vec::with_capacity(BLOCK_FILL);
                block.push(id);
                self.blocks.push(block);
            }
        }
        self.files += 1;
        self.mentions += mentions;
    }

    fn insert(&mut self, id: u32, mentions: usize, order: &[u64]) {
        let key = order[id as usize];
        let k = |i: &u32| order[*i as usize];
        self.files += 1;
        self.mentions += mentions;
        if self.blocks.is_empty() {
            self.blocks.push(vec![id]);
            return;
        }
        let b = self
            .blocks
            .partition_point(|block| k(block.last().expect("blocks are never empty")) < key)
            .min(self.blocks.len() - 1);
        let block = &mut self.blocks[b];
        let pos = block.partition_point(|i| k(i) < key);
        block.insert(pos, id);
        if block.len() > BLOCK_MAX {
            let tail = block.split_off(block.len() / 2);
            self.blocks.insert(b + 1, tail);
        }
    }

    fn remove(&mut self, id: u32, mentions: usize, order: &[u64]) {
        let key = order[id as usize];
        let k = |i: &u32| order[*i as usize];
        let b = self
            .blocks
            .partition_point(|block| k(block.last().expect("blocks are never empty")) < key);
        let block = &mut self.blocks[b];
        let pos = block.partition_point(|i| k(i) < key);
        assert_eq!(block[pos], id, "a posting list holds every file mentioning its entry");
        block.remove(pos);
        let len = block.len();
        if len == 0 {
            self.blocks.remove(b);
        } else if self
            .blocks
            .get(b + 1)
            .is_some_and(|next| len + next.len() <= BLOCK_MAX / 2)
        {
            let next = self.blocks.remove(b + 1);
            self.blocks[b].extend_from_slice(&next);
        }
        self.files -= 1;
        self.mentions -= mentions;
    }

    fn heap_bytes(&self) -> usize {
        self.blocks.capacity() * std::mem::size_of::<Vec<u32>>()
            + self.blocks.iter().map(|b| b.capacity() * 4).sum::<usize>()
    }
}

#[derive(Debug, Clone)]
struct Slot {
    path: Arc<str>,
    meta: FileMeta,
    mentions: FileMentions,
}

/// The mentions of a corpus of files, by file and by entry.
///
/// Files are keyed by a path (any string: a file path, a URI) and ordered by it, byte-wise.
/// For each entry, a posting list holds the files that mention it in that order, so that
/// [`Index::mentions_of`] walks them without sorting. Upserting or removing a file touches
/// only the lists of the entries it mentions: O(entries × log files).
///
/// Files are numbered (slots, reused after removal); each has an order key, increasing with
/// its path, that posting lists are sorted by. A new file takes a key between its
/// neighbours'; when there is no room left, every key is renumbered (order kept, so posting
/// lists stay valid).
#[derive(Debug, Clone, Default)]
pub struct Index {
    by_path: BTreeMap<Arc<str>, u32>,
    slots: Vec<Option<Slot>>,
    /// Order key of each slot.
    order: Vec<u64>,
    free: Vec<u32>,
    postings: FxHashMap<u32, Postings>,
    mentions: usize,
}

impl PartialEq for Index {
    /// Same files, with the same metadata and mentions (the rest follows from them).
    fn eq(&self, other: &Index) -> bool {
        self.len() == other.len()
            && self
                .files()
                .zip(other.files())
                .all(|(a, b)| a.path == b.path && a.meta == b.meta && a.mentions == b.mentions)
    }
}

impl Eq for Index {}

impl Index {
    pub fn new() -> Index {
        Index::default()
    }

    /// An index of `files` built in one go: faster than upserting them one by one. A path
    /// given twice keeps its last value.
    pub fn from_files<P: Into<String>>(files: impl IntoIterator<Item = (P, FileMeta, FileMentions)>) -> Index {
        let mut files: Vec<(String, FileMeta, FileMentions)> =
            files.into_iter().map(|(p, m, f)| (p.into(), m, f)).collect();
        // Stable: the last of equal paths stays last, and is kept.
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut unique: Vec<(String, FileMeta, FileMentions)> = Vec::with_capacity(files.len());
        for file in files {
            match unique.last_mut() {
                Some(last) if last.0 == file.0 => *last = file,
                _ => unique.push(file),
            }
        }
        Index::from_sorted(unique)
    }

    /// `files` sorted by path, without duplicates.
    pub(crate) fn from_sorted(files: Vec<(String, FileMeta, FileMentions)>) -> Index {
        let mut index = Index {
            slots: Vec::with_capacity(files.len()),
            order: Vec::with_capacity(files.len()),
            ..Index::default()
        };
        let step = spacing(files.len());
        for (i, (path, meta, mentions)) in files.into_iter().enumerate() {
            debug_assert!(index.by_path.last_key_value().is_none_or(|(last, _)| **last < *path));
            let id = i as u32;
            for (entry, count) in mentions.entries() {
                index.postings.entry(entry).or_default().push(id, count);
            }
            index.mentions += mentions.len();
            let path: Arc<str> = path.into();
            index.by_path.insert(path.clone(), id);
            index.order.push((i as u64 + 1) * step);
            index.slots.push(Some(Slot { path, meta, mentions }));
        }
        index
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.by_path.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_path.is_empty()
    }

    /// Adds the file at `path`, or replaces what the index holds for it; returns what it
    /// replaced.
    pub fn upsert(&mut self, path: &str, meta: FileMeta, mentions: FileMentions) -> Option<(FileMeta, FileMentions)> {
        if let Some(&id) = self.by_path.get(path) {
            let slot = self.slots[id as usize].as_mut().expect("paths name live slots");
            let old_meta = std::mem::replace(&mut slot.meta, meta);
            let old = std::mem::replace(&mut slot.mentions, mentions);
            self.mentions = self.mentions - old.len() + slot.mentions.len();
            update_postings(&mut self.postings, &self.order, id, &old, &slot.mentions);
            return Some((old_meta, old));
        }
        let id = match self.free.pop() {
            Some(id) => id,
            None => {
                self.slots.push(None);
                self.order.push(0);
                (self.slots.len() - 1) as u32
            }
        };
        let path: Arc<str> = path.into();
        match self.key_between_neighbours(&path) {
            Some(key) => {
                self.order[id as usize] = key;
                self.by_path.insert(path.clone(), id);
            }
            None => {
                self.by_path.insert(path.clone(), id);
                self.renumber();
            }
        }
        self.mentions += mentions.len();
        for (entry, count) in mentions.entries() {
            self.postings.entry(entry).or_default().insert(id, count, &self.order);
        }
        self.slots[id as usize] = Some(Slot { path, meta, mentions });
        None
    }

    /// Removes the file at `path`; returns what the index held for it.
    pub fn remove(&mut self, path: &str) -> Option<(FileMeta, FileMentions)> {
        let id = self.by_path.remove(path)?;
        let slot = self.slots[id as usize].take().expect("paths name live slots");
        for (entry, count) in slot.mentions.entries() {
            let postings = self
                .postings
                .get_mut(&entry)
                .expect("every mentioned entry has postings");
            postings.remove(id, count, &self.order);
            if postings.files == 0 {
                self.postings.remove(&entry);
            }
        }
        self.mentions -= slot.mentions.len();
        self.free.push(id);
        Some((slot.meta, slot.mentions))
    }

    /// An order key for a new `path` between those of its neighbours; `None` when they
    /// leave no room.
    fn key_between_neighbours(&self, path: &str) -> Option<u64> {
        let before = self
            .by_path
            .range::<str, _>((Bound::Unbounded, Bound::Excluded(path)))
            .next_back()
            .map(|(_, &id)| self.order[id as usize]);
        let after = self
            .by_path
            .range::<str, _>((Bound::Excluded(path), Bound::Unbounded))
            .next()
            .map(|(_, &id)| self.order[id as usize]);
        match (before, after) {
            (None, None) => Some(STEP),
            (Some(b), None) => b.checked_add(STEP),
            (None, Some(a)) => (a >= 2).then_some(a / 2),
            (Some(b), Some(a)) => (a - b >= 2).then(|| b + (a - b) / 2),
        }
    }

    /// Evenly spaced order keys for every file, in path order.
    fn renumber(&mut self) {
        let step = spacing(self.by_path.len());
        for (i, &id) in self.by_path.values().enumerate() {
            self.order[id as usize] = (i as u64 + 1) * step;
        }
    }

    fn file(&self, id: u32) -> FileRef<'_> {
        let slot = self.slots[id as usize].as_ref().expect("postings name live slots");
        FileRef {
            path: &slot.path,
            meta: slot.meta,
            mentions: &slot.mentions,
        }
    }

    /// The file at `path`.
    pub fn get(&self, path: &str) -> Option<FileRef<'_>> {
        self.by_path.get(path).map(|&id| self.file(id))
    }

    /// Every file, in path order.
    pub fn files(&self) -> impl ExactSizeIterator<Item = FileRef<'_>> + '_ {
        self.by_path.values().map(|&id| self.file(id))
    }

    /// The files mentioning `entry`, in path order.
    pub fn files_of(&self, entry: usize) -> impl Iterator<Item = FileRef<'_>> + '_ {
        self.postings_of(entry)
            .into_iter()
            .flat_map(Postings::ids)
            .map(|id| self.file(id))
    }

    /// Every mention of `entry` (ambiguous ones included) with its file's path: files in
    /// path order, mentions in text order.
    pub fn mentions_of(&self, entry: usize) -> impl Iterator<Item = (&str, &MentionPos)> + '_ {
        self.files_of(entry)
            .flat_map(move |f| f.mentions.mentions_of(entry).map(move |m| (f.path, m)))
    }

    fn postings_of(&self, entry: usize) -> Option<&Postings> {
        self.postings.get(&u32::try_from(entry).ok()?)
    }

    /// `(articles, mentions)`: how many files mention `entry`, and how many times in all.
    pub fn count(&self, entry: usize) -> (usize, usize) {
        self.postings_of(entry).map_or((0, 0), |p| (p.files, p.mentions))
    }

    /// The `n` most recent articles mentioning `entry`: `(path, date, title)`, by article
    /// date, most recent first, equal dates in path order, undated articles last (in path
    /// order).
    pub fn recent(&self, entry: usize, n: usize) -> Vec<(&str, Option<Date>, &str)> {
        if n == 0 {
            return Vec::new();
        }
        // (undated, reversed date, rank in path order): ascending is the order asked for.
        let mut keyed: Vec<(bool, std::cmp::Reverse<Option<Date>>, usize, FileRef<'_>)> = self
            .files_of(entry)
            .enumerate()
            .map(|(rank, f)| {
                let date = f.mentions.date();
                (date.is_none(), std::cmp::Reverse(date), rank, f)
            })
            .collect();
        let key = |k: &(bool, std::cmp::Reverse<Option<Date>>, usize, FileRef<'_>)| (k.0, k.1, k.2);
        if keyed.len() > n {
            keyed.select_nth_unstable_by_key(n - 1, key);
            keyed.truncate(n);
        }
        keyed.sort_unstable_by_key(key);
        keyed
            .into_iter()
            .map(|(_, _, _, f)| (f.path, f.mentions.date(), f.mentions.title()))
            .collect()
    }

    pub fn stats(&self) -> IndexStats {
        IndexStats {
            files: self.len(),
            dated_files: self.files().filter(|f| f.mentions.date().is_some()).count(),
            mentions: self.mentions,
            entries: self.postings.len(),
            postings: self.postings.values().map(|p| p.files).sum(),
            heap_bytes: self.heap_bytes(),
        }
    }

    /// Estimated bytes the index holds on the heap: its tables and every file's mentions,
    /// title and path, from their capacities; B-tree and hash-map nodes estimated from their
    /// element sizes. Allocator overhead is not counted.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        // A B-tree node holds up to 11 elements; nodes are about 2/3 full.
        let by_path = self.by_path.len() * (size_of::<(Arc<str>, u32)>() * 3 / 2 + 8);
        let paths: usize = self.by_path.keys().map(|p| p.len() + 16).sum();
        let slots =
            self.slots.capacity() * size_of::<Option<Slot>>() + self.order.capacity() * 8 + self.free.capacity() * 4;
        let files: usize = self.slots.iter().flatten().map(|s| s.mentions.heap_bytes()).sum();
        let postings = self.postings.capacity() * (size_of::<(u32, Postings)>() + 1)
            + self.postings.values().map(Postings::heap_bytes).sum::<usize>();
        by_path + paths + slots + files + postings
    }
}

/// The gap between consecutive order keys for `n` files: [`STEP`], or less when `n` keys
/// would not fit.
fn spacing(n: usize) -> u64 {
    STEP.min(u64::MAX / (n as u64 + 2)).max(1)
}

/// Moves file `id` from the posting lists of `old`'s entries to those of `new`'s.
fn update_postings(
    postings: &mut FxHashMap<u32, Postings>,
    order: &[u64],
    id: u32,
    old: &FileMentions,
    new: &FileMentions,
) {
    let mut old = old.entries().peekable();
    let mut new = new.entries().peekable();
    loop {
        match (old.peek().copied(), new.peek().copied()) {
            (None, None) => break,
            (Some((e, c)), n) if n.is_none_or(|(f, _)| e < f) => {
                let p = postings.get_mut(&e).expect("every mentioned entry has postings");
                p.remove(id, c, order);
                if p.files == 0 {
                    postings.remove(&e);
                }
                old.next();
            }
            (o, Some((f, c))) if o.is_none_or(|(e, _)| f < e) => {
                postings.entry(f).or_default().insert(id, c, order);
                new.next();
            }
            (Some((e, c_old)), Some((_, c_new))) => {
                let p = postings.get_mut(&e).expect("every mentioned entry has postings");
                p.mentions = p.mentions - c_old + c_new;
                old.next();
                new.next();
            }
            _ => unreachable!("the arms above cover every case"),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::corpus::analyze_file;
    use crate::{Dictionary, Lexicon};

    fn lexicon() -> Lexicon {
        let toml = r#"
[[entry]]
id = "kiev"
name = "Kiev"
kind = "city"
description = "x"
aliases = ["Kyiv"]

[[entry]]
id = "poutine"
name = "Poutine"
kind = "person"
description = "x"

[[entry]]
id = "georgie"
name = "Géorgie"
kind = "country"
description = "x"
aliases = [{ form = "Géorgie", ambiguous = true }]

[[entry]]
id = "georgie-us"
name = "Georgia"
kind = "region"
description = "x"
aliases = [{ form = "Géorgie", ambiguous = true }]

[[entry]]
id = "otan"
name = "OTAN"
kind = "organisation"
description = "x"
"#;
        Lexicon::new(Dictionary::load(&[("t.toml", toml)]).unwrap().0)
    }

    const WORDS: &[&str] = &[
        "Kiev", "Kyiv", "Poutine", "Géorgie", "Georgia", "OTAN", "et", "la", "\n", "é",
    ];

    fn text(words: &[usize], date: Option<u8>) -> String {
        let mut t = match date {
            Some(d) => format!("date 2025-01-{:02}\n\n", d % 28 + 1),
            None => String::new(),
        };
        for &w in words {
            t.push_str(WORDS[w % WORDS.len()]);
            t.push(' ');
        }
        t
    }

    fn meta(size: u64) -> FileMeta {
        FileMeta { size, mtime_ns: -5 }
    }

    #[test]
    fn upsert_get_remove() {
        let lex = lexicon();
        let mut index = Index::new();
        assert!(index
            .upsert("b.md", meta(1), analyze_file(&lex, "# B\nKiev et Kyiv"))
            .is_none());
        index.upsert("a.md", meta(2), analyze_file(&lex, "Poutine à Kiev"));
        index.upsert("c.md", meta(3), analyze_file(&lex, "date 2025-02-01\nGéorgie"));
        assert_eq!(index.count(0), (2, 3));
        assert_eq!(index.count(2), (1, 1));
        assert_eq!(index.count(3), (1, 1));
        assert_eq!(index.count(4), (0, 0));
        let refs: Vec<(&str, u32)> = index.mentions_of(0).map(|(p, m)| (p, m.start)).collect();
        assert_eq!(refs, vec![("a.md", 11), ("b.md", 4), ("b.md", 12)]);
        assert_eq!(index.get("b.md").unwrap().meta, meta(1));
        assert_eq!(index.get("b.md").unwrap().mentions.title(), "B");
        let old = index.upsert("b.md", meta(9), analyze_file(&lex, "OTAN")).unwrap();
        assert_eq!(old.0, meta(1));
        assert_eq!(index.count(0), (1, 1));
        assert_eq!(index.count(4), (1, 1));
        assert_eq!(index.remove("a.md").unwrap().0, meta(2));
        assert!(index.remove("a.md").is_none());
        assert_eq!(index.count(0), (0, 0));
        assert_eq!(index.files().map(|f| f.path).collect::<Vec<_>>(), vec!["b.md", "c.md"]);
        let stats = index.stats();
        assert_eq!(
            (
                stats.files,
                stats.dated_files,
                stats.mentions,
                stats.entries,
                stats.postings
            ),
            (2, 1, 2, 3, 3)
        );
        assert!(stats.heap_bytes > 0);
    }

    #[test]
    fn recent_articles_by_date_then_path_undated_last() {
        let lex = lexicon();
        let mut index = Index::new();
        for (path, text) in [
            ("e.md", "Kiev"),
            ("d.md", "date 2024-05-01\n\nKiev"),
            ("c.md", "date 2025-05-01\n\nKiev"),
            ("b.md", "date 2025-05-01\n\nKiev"),
            ("a.md", "Kiev"),
            ("z.md", "date 2026-01-01\n\nPoutine"),
        ] {
            index.upsert(path, meta(0), analyze_file(&lex, text));
        }
        let paths = |n| index.recent(0, n).into_iter().map(|r| r.0).collect::<Vec<_>>();
        assert_eq!(paths(10), vec!["b.md", "c.md", "d.md", "a.md", "e.md"]);
        assert_eq!(paths(2), vec!["b.md", "c.md"]);
        assert_eq!(paths(4), vec!["b.md", "c.md", "d.md", "a.md"]);
        assert_eq!(paths(0), Vec::<&str>::new());
        let first = &index.recent(0, 1)[0];
        assert_eq!(
            (first.1.unwrap().to_string(), first.2),
            ("2025-05-01".to_string(), "Kiev")
        );
        assert!(index.recent(7, 3).is_empty());
    }

    #[test]
    fn from_files_keeps_the_last_of_a_duplicate_path() {
        let lex = lexicon();
        let index = Index::from_files([
            ("b", meta(1), analyze_file(&lex, "Kiev")),
            ("a", meta(2), analyze_file(&lex, "Kiev")),
            ("b", meta(3), analyze_file(&lex, "Poutine")),
        ]);
        assert_eq!(index.len(), 2);
        assert_eq!(index.get("b").unwrap().meta, meta(3));
        assert_eq!(index.count(0), (1, 1));
        assert_eq!(index.count(1), (1, 1));
    }

    /// What the index should answer, recomputed from scratch.
    fn naive_mentions(model: &BTreeMap<String, FileMentions>, entry: usize) -> Vec<(String, MentionPos)> {
        let mut out = Vec::new();
        for (path, fm) in model {
            for (i, m) in fm.mentions().iter().enumerate() {
                if fm.entries_of(i).contains(&(entry as u32)) {
                    out.push((path.clone(), *m));
                }
            }
        }
        out
    }

    fn check(index: &Index, model: &BTreeMap<String, FileMentions>) -> Result<(), TestCaseError> {
        prop_assert_eq!(index.len(), model.len());
        let paths: Vec<&str> = index.files().map(|f| f.path).collect();
        prop_assert_eq!(paths, model.keys().map(String::as_str).collect::<Vec<_>>());
        let mut total = 0;
        for entry in 0..6 {
            let expected = naive_mentions(model, entry);
            let got: Vec<(String, MentionPos)> = index.mentions_of(entry).map(|(p, m)| (p.to_string(), *m)).collect();
            prop_assert_eq!(&got, &expected, "entry {}", entry);
            let files = model.values().filter(|fm| fm.count_of(entry) > 0).count();
            prop_assert_eq!(index.count(entry), (files, expected.len()));
            let recent: Vec<&str> = index.recent(entry, 3).into_iter().map(|r| r.0).collect();
            let mut naive: Vec<(bool, std::cmp::Reverse<Option<Date>>, &str)> = model
                .iter()
                .filter(|(_, fm)| fm.count_of(entry) > 0)
                .map(|(p, fm)| (fm.date().is_none(), std::cmp::Reverse(fm.date()), p.as_str()))
                .collect();
            naive.sort();
            prop_assert_eq!(recent, naive.iter().take(3).map(|n| n.2).collect::<Vec<_>>());
            total += expected.len();
        }
        let stats = index.stats();
        prop_assert_eq!(stats.mentions, model.values().map(|fm| fm.len()).sum::<usize>());
        prop_assert!(stats.mentions <= total);
        prop_assert_eq!(
            index,
            &Index::from_files(model.iter().map(|(p, fm)| (p.clone(), meta(0), fm.clone())))
        );
        Ok(())
    }

    #[derive(Debug, Clone)]
    enum Op {
        Upsert(usize, Vec<usize>, Option<u8>),
        Remove(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            3 => (0..12usize, prop::collection::vec(0..WORDS.len(), 0..12), prop::option::of(any::<u8>()))
                .prop_map(|(p, w, d)| Op::Upsert(p, w, d)),
            1 => (0..12usize).prop_map(Op::Remove),
        ]
    }

    proptest! {
        /// Any sequence of upserts and removals leaves the index answering as a naive
        /// recomputation from the files it holds (with tiny blocks and order gaps, so that
        /// splits, merges and renumberings all happen).
        #[test]
        fn upserts_and_removals_agree_with_a_naive_recomputation(ops in prop::collection::vec(op(), 1..60)) {
            let lex = lexicon();
            let mut index = Index::new();
            let mut model = BTreeMap::new();
            // Paths whose order differs from their numbering.
            let path = |p: usize| format!("/corpus/{}/{}.md", (p * 7) % 12, p);
            for op in ops {
                match op {
                    Op::Upsert(p, words, date) => {
                        let fm = analyze_file(&lex, &text(&words, date));
                        index.upsert(&path(p), meta(0), fm.clone());
                        model.insert(path(p), fm);
                    }
                    Op::Remove(p) => {
                        prop_assert_eq!(index.remove(&path(p)).is_some(), model.remove(&path(p)).is_some());
                    }
                }
                check(&index, &model)?;
            }
        }
    }

    #[test]
    fn descending_and_ascending_insertions_renumber_and_stay_ordered() {
        let lex = lexicon();
        let mut index = Index::new();
        let mut model = BTreeMap::new();
        for i in (0..40).rev().chain(40..80) {
            let path = format!("{i:03}");
            let fm = analyze_file(&lex, if i % 3 == 0 { "Kiev Poutine" } else { "Kiev" });
            index.upsert(&path, meta(0), fm.clone());
            model.insert(path, fm);
        }
        check(&index, &model).unwrap();
        for i in (0..80).step_by(2) {
            index.remove(&format!("{i:03}"));
            model.remove(&format!("{i:03}"));
        }
        check(&index, &model).unwrap();
    }
}
