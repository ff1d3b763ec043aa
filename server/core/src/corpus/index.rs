//! The corpus index: every indexed file's mentions, and for every entry the files that
//! mention it with the positions of those mentions, kept in path order as files come and
//! go.

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
    /// (entry, file) pairs: the total length of the posting lists.
    pub postings: usize,
    /// Estimated bytes the index holds on the heap (see [`Index::heap_bytes`]).
    pub heap_bytes: usize,
}

/// The order key of a file appended after the last one is the last one's plus this; a
/// bulk build spaces keys by this.
const STEP: u64 = if cfg!(test) { 4 } else { 1 << 32 };

/// When a new file finds no free key between its neighbours, a window of files around it
/// is renumbered evenly, the smallest window (doubling) that leaves gaps of at least this.
const MIN_GAP: u64 = if cfg!(test) { 2 } else { 1 << 20 };

/// Most files in one block of a posting list; a fuller block is split in two. Small in
/// tests, so that splits and merges happen.
const BLOCK_MAX: usize = if cfg!(test) { 4 } else { 64 };

/// Files in a block when a list is built in one go: room left for insertions.
const BLOCK_FILL: usize = BLOCK_MAX * 3 / 4;

/// A run of a posting list: files ascending by order key, and the positions of the
/// entry's mentions in them, file after file.
#[derive(Debug, Clone, Default)]
struct Block {
    /// The last of `files`, here for binary searches over blocks that read no more than the
    /// list of blocks.
    last: u32,
    /// Each file with the end of its mentions in `positions`.
    files: Vec<(u32, u32)>,
    positions: Vec<MentionPos>,
}

impl Block {
    fn new(files: Vec<(u32, u32)>, positions: Vec<MentionPos>) -> Block {
        Block {
            last: files.last().map_or(0, |f| f.0),
            files,
            positions,
        }
    }

    fn range(&self, i: usize) -> std::ops::Range<usize> {
        let start = if i == 0 { 0 } else { self.files[i - 1].1 as usize };
        start..self.files[i].1 as usize
    }

    fn heap_bytes(&self) -> usize {
        self.files.capacity() * 8 + self.positions.capacity() * std::mem::size_of::<MentionPos>()
    }
}

/// The files mentioning one entry, with the positions of its mentions: in blocks of at
/// most [`BLOCK_MAX`] files (never empty), so that inserting or removing a file moves at
/// most a block, while reading every mention is a walk over contiguous memory.
#[derive(Debug, Clone, Default)]
struct Postings {
    blocks: Vec<Block>,
    files: usize,
    mentions: usize,
}

impl Postings {
    fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.blocks.iter().flat_map(|b| b.files.iter().map(|f| f.0))
    }

    /// Index of the block that holds (or would hold) the file of order key `key`.
    fn block_of(&self, key: u64, order: &[u64]) -> usize {
        self.blocks.partition_point(|b| order[b.last as usize] < key)
    }

    fn insert(&mut self, id: u32, positions: &[MentionPos], order: &[u64]) {
        let key = order[id as usize];
        self.files += 1;
        self.mentions += positions.len();
        if self.blocks.is_empty() {
            self.blocks
                .push(Block::new(vec![(id, positions.len() as u32)], positions.to_vec()));
            return;
        }
        let b = self.block_of(key, order).min(self.blocks.len() - 1);
        let block = &mut self.blocks[b];
        let i = block.files.partition_point(|f| order[f.0 as usize] < key);
        let at = if i == 0 { 0 } else { block.files[i - 1].1 };
        let added = positions.len() as u32;
        // Blocks are rewritten on every insertion anyway: grow them by an eighth, not double.
        let needed = block.positions.len() + positions.len();
        if block.positions.capacity() < needed {
            block.positions.reserve_exact(needed / 8 + positions.len());
        }
        block
            .positions
            .splice(at as usize..at as usize, positions.iter().copied());
        block.files.insert(i, (id, at + added));
        for f in &mut block.files[i + 1..] {
            f.1 += added;
        }
        if i + 1 == block.files.len() {
            block.last = id;
        }
        if block.files.len() > BLOCK_MAX {
            let mid = block.files.len() / 2;
            let cut = block.files[mid - 1].1;
            let mut files = block.files.split_off(mid);
            for f in &mut files {
                f.1 -= cut;
            }
            let positions = block.positions.split_off(cut as usize);
            block.files.shrink_to_fit();
            block.positions.shrink_to_fit();
            block.last = block.files[mid - 1].0;
            self.blocks.insert(b + 1, Block::new(files, positions));
        }
    }

    fn remove(&mut self, id: u32, order: &[u64]) {
        let key = order[id as usize];
        let b = self.block_of(key, order);
        let block = &mut self.blocks[b];
        let i = block.files.partition_point(|f| order[f.0 as usize] < key);
        assert_eq!(
            block.files[i].0, id,
            "a posting list holds every file mentioning its entry"
        );
        let range = block.range(i);
        let removed = range.len() as u32;
        block.positions.drain(range);
        block.files.remove(i);
        for f in &mut block.files[i..] {
            f.1 -= removed;
        }
        self.files -= 1;
        self.mentions -= removed as usize;
        let len = block.files.len();
        if let Some(&(last, _)) = block.files.last() {
            block.last = last;
        }
        if len == 0 {
            self.blocks.remove(b);
        } else if self
            .blocks
            .get(b + 1)
            .is_some_and(|next| len + next.files.len() <= BLOCK_MAX / 2)
        {
            let next = self.blocks.remove(b + 1);
            let block = &mut self.blocks[b];
            let shift = block.positions.len() as u32;
            block
                .files
                .extend(next.files.iter().map(|&(id, end)| (id, end + shift)));
            block.positions.extend_from_slice(&next.positions);
            block.last = next.last;
        }
    }

    fn heap_bytes(&self) -> usize {
        self.blocks.capacity() * std::mem::size_of::<Block>() + self.blocks.iter().map(Block::heap_bytes).sum::<usize>()
    }
}

/// The iterator of [`Index::mentions_of`]: `(path, position)` of every mention of an
/// entry, reading its posting list block after block.
#[derive(Debug, Clone)]
pub struct MentionsOf<'a> {
    paths: &'a [Arc<str>],
    blocks: std::slice::Iter<'a, Block>,
    block: Option<&'a Block>,
    /// The current file, in `block.files`.
    file: usize,
    /// The next position, in `block.positions`.
    at: usize,
    path: &'a str,
    remaining: usize,
}

impl<'a> Iterator for MentionsOf<'a> {
    type Item = (&'a str, &'a MentionPos);

    fn next(&mut self) -> Option<(&'a str, &'a MentionPos)> {
        loop {
            if let Some(block) = self.block {
                if let Some(m) = block.positions.get(self.at) {
                    // Every file of a block has at least one position: the next file starts
                    // at most one step later.
                    if self.at as u32 == block.files[self.file].1 {
                        self.file += 1;
                        self.path = &self.paths[block.files[self.file].0 as usize];
                    }
                    self.at += 1;
                    self.remaining -= 1;
                    return Some((self.path, m));
                }
            }
            let block = self.blocks.next()?;
            self.block = Some(block);
            self.file = 0;
            self.at = 0;
            self.path = &self.paths[block.files[0].0 as usize];
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for MentionsOf<'_> {}

impl std::iter::FusedIterator for MentionsOf<'_> {}

#[derive(Debug, Clone)]
struct Slot {
    meta: FileMeta,
    mentions: FileMentions,
}

/// The mentions of a corpus of files, by file and by entry.
///
/// Files are keyed by a path (any string: a file path, a URI) and ordered by it, byte-wise.
/// For each entry, a posting list holds the files that mention it, in that order, with the
/// positions of its mentions in them (a copy: the per-file lists stay whole for
/// [`Index::get`]), so that [`Index::mentions_of`] reads contiguous memory and sorts
/// nothing. Upserting or removing a file touches only the lists of the entries it mentions.
///
/// Files are numbered (slots, reused after removal); each has an order key, increasing with
/// its path, that posting lists are sorted by. A new file takes a key between its
/// neighbours'; when there is no room, a window of files around it is renumbered (order
/// kept, so posting lists stay valid).
#[derive(Debug, Clone, Default)]
pub struct Index {
    by_path: BTreeMap<Arc<str>, u32>,
    slots: Vec<Option<Slot>>,
    /// Per slot, kept apart from the slots for reads that touch many files: path, order
    /// key, article date.
    paths: Vec<Arc<str>>,
    order: Vec<u64>,
    dates: Vec<Option<Date>>,
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

/// Runs of `(entry, mention index)` pairs (sorted) with the same entry: the entry and its
/// mentions' positions.
fn by_entry<'a>(
    fm: &'a FileMentions,
    pairs: &'a [(u32, u32)],
) -> impl Iterator<Item = (u32, impl Iterator<Item = MentionPos> + 'a)> + 'a {
    pairs.chunk_by(|a, b| a.0 == b.0).map(move |run| {
        let mentions = fm.mentions();
        (run[0].0, run.iter().map(move |&(_, i)| mentions[i as usize]))
    })
}

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
        Index::from_sorted(unique.into_iter().map(|(p, m, f)| (p.into(), m, f)).collect())
    }

    /// The files of the index, in path order, consuming it (no copy): with
    /// [`Index::from_files`], how a batch of new files joins an index faster than by upserts.
    pub fn into_files(self) -> Vec<(String, FileMeta, FileMentions)> {
        let Index { by_path, mut slots, .. } = self;
        by_path
            .into_iter()
            .filter_map(|(path, slot)| {
                let Slot { meta, mentions } = slots.get_mut(slot as usize)?.take()?;
                Some((path.to_string(), meta, mentions))
            })
            .collect()
    }

    /// `files` sorted by path, without duplicates.
    ///
    /// Two passes over the mentions: the first sizes every block of every posting list
    /// (so that each is allocated once, at its final size), the second fills them.
    pub(crate) fn from_sorted(files: Vec<(Arc<str>, FileMeta, FileMentions)>) -> Index {
        let n = files.len();
        // Entries, numbered densely in order of appearance.
        let mut dense: FxHashMap<u32, u32> = FxHashMap::default();
        let mut entries: Vec<u32> = Vec::new();
        // Per dense entry: the file it last saw, and (files, positions) of each block.
        let mut plans: Vec<(u32, Vec<(u32, u32)>)> = Vec::new();
        for (id, (_, _, fm)) in files.iter().enumerate() {
            let id = id as u32;
            for i in 0..fm.len() {
                for &e in fm.entries_of(i) {
                    let d = *dense.entry(e).or_insert_with(|| {
                        entries.push(e);
                        plans.push((u32::MAX, Vec::new()));
                        (entries.len() - 1) as u32
                    });
                    let (last, blocks) = &mut plans[d as usize];
                    if *last != id {
                        *last = id;
                        if blocks.last().is_none_or(|b| b.0 as usize >= BLOCK_FILL) {
                            blocks.push((0, 0));
                        }
                        blocks.last_mut().expect("a block was just ensured").0 += 1;
                    }
                    blocks.last_mut().expect("a file has a block").1 += 1;
                }
            }
        }
        let mut lists: Vec<(u32, Postings)> = plans
            .iter()
            .map(|(_, blocks)| {
                let blocks: Vec<Block> = blocks
                    .iter()
                    .map(|&(f, p)| Block::new(Vec::with_capacity(f as usize), Vec::with_capacity(p as usize)))
                    .collect();
                (
                    u32::MAX,
                    Postings {
                        blocks,
                        files: 0,
                        mentions: 0,
                    },
                )
            })
            .collect();
        let mut current = vec![0usize; lists.len()];
        for (id, (_, _, fm)) in files.iter().enumerate() {
            let id = id as u32;
            for (i, m) in fm.mentions().iter().enumerate() {
                for e in fm.entries_of(i) {
                    let d = dense[e] as usize;
                    let (last, postings) = &mut lists[d];
                    if *last != id {
                        *last = id;
                        let b = &mut current[d];
                        if postings.blocks[*b].files.len() == plans[d].1[*b].0 as usize {
                            *b += 1;
                        }
                        let block = &mut postings.blocks[*b];
                        block.files.push((id, 0));
                        block.last = id;
                        postings.files += 1;
                    }
                    let block = &mut postings.blocks[current[d]];
                    block.positions.push(*m);
                    block.files.last_mut().expect("the file was just added").1 = block.positions.len() as u32;
                    postings.mentions += 1;
                }
            }
        }
        let mut index = Index {
            slots: Vec::with_capacity(n),
            paths: Vec::with_capacity(n),
            order: Vec::with_capacity(n),
            dates: Vec::with_capacity(n),
            postings: entries.into_iter().zip(lists.into_iter().map(|l| l.1)).collect(),
            ..Index::default()
        };
        let step = STEP.min(u64::MAX / (n as u64 + 2)).max(1);
        for (i, (path, meta, mentions)) in files.into_iter().enumerate() {
            debug_assert!(index.by_path.last_key_value().is_none_or(|(last, _)| **last < *path));
            index.mentions += mentions.len();
            index.by_path.insert(path.clone(), i as u32);
            index.paths.push(path);
            index.order.push((i as u64 + 1) * step);
            index.dates.push(mentions.date());
            index.slots.push(Some(Slot { meta, mentions }));
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
            let old_pairs = self.slots[id as usize]
                .as_ref()
                .expect("paths name live slots")
                .mentions
                .pairs();
            for &entry in old_pairs.chunk_by(|a, b| a.0 == b.0).map(|run| &run[0].0) {
                self.remove_posting(entry, id);
            }
            self.add_postings(id, &mentions);
            self.dates[id as usize] = mentions.date();
            let slot = self.slots[id as usize].as_mut().expect("paths name live slots");
            self.mentions = self.mentions + mentions.len() - slot.mentions.len();
            let old_meta = std::mem::replace(&mut slot.meta, meta);
            let old = std::mem::replace(&mut slot.mentions, mentions);
            return Some((old_meta, old));
        }
        let path: Arc<str> = path.into();
        let id = match self.free.pop() {
            Some(id) => {
                self.paths[id as usize] = path.clone();
                id
            }
            None => {
                self.slots.push(None);
                self.paths.push(path.clone());
                self.order.push(0);
                self.dates.push(None);
                (self.slots.len() - 1) as u32
            }
        };
        self.by_path.insert(path.clone(), id);
        self.place(&path, id);
        self.add_postings(id, &mentions);
        self.mentions += mentions.len();
        self.dates[id as usize] = mentions.date();
        self.slots[id as usize] = Some(Slot { meta, mentions });
        None
    }

    fn add_postings(&mut self, id: u32, mentions: &FileMentions) {
        let pairs = mentions.pairs();
        let mut positions = Vec::new();
        for (entry, run) in by_entry(mentions, &pairs) {
            positions.clear();
            positions.extend(run);
            self.postings
                .entry(entry)
                .or_default()
                .insert(id, &positions, &self.order);
        }
    }

    fn remove_posting(&mut self, entry: u32, id: u32) {
        let postings = self
            .postings
            .get_mut(&entry)
            .expect("every mentioned entry has postings");
        postings.remove(id, &self.order);
        if postings.files == 0 {
            self.postings.remove(&entry);
        }
    }

    /// Removes the file at `path`; returns what the index held for it.
    pub fn remove(&mut self, path: &str) -> Option<(FileMeta, FileMentions)> {
        let id = self.by_path.remove(path)?;
        let slot = self.slots[id as usize].take().expect("paths name live slots");
        for (entry, _) in slot.mentions.entries() {
            self.remove_posting(entry, id);
        }
        self.mentions -= slot.mentions.len();
        self.paths[id as usize] = Arc::from("");
        self.dates[id as usize] = None;
        self.free.push(id);
        Some((slot.meta, slot.mentions))
    }

    /// Gives `path` (just added to `by_path` as `id`) an order key between its neighbours';
    /// without room, renumbers evenly the smallest window of files around it that leaves
    /// gaps of at least [`MIN_GAP`] (the whole index at worst).
    fn place(&mut self, path: &str, id: u32) {
        let ids_before = || {
            self.by_path
                .range::<str, _>((Bound::Unbounded, Bound::Excluded(path)))
                .rev()
                .map(|(_, &i)| i)
        };
        let ids_after = || {
            self.by_path
                .range::<str, _>((Bound::Excluded(path), Bound::Unbounded))
                .map(|(_, &i)| i)
        };
        let key = |i: u32| self.order[i as usize];
        let free = match (ids_before().next().map(key), ids_after().next().map(key)) {
            (None, None) => Some(STEP),
            (Some(b), None) => b.checked_add(STEP),
            (None, Some(a)) => (a >= 2).then_some(a / 2),
            (Some(b), Some(a)) => (a - b >= 2).then(|| b + (a - b) / 2),
        };
        if let Some(k) = free {
            self.order[id as usize] = k;
            return;
        }
        let mut w = 4;
        loop {
            // The (w + 1)-th file on a side, if there is one, bounds the window; else the
            // ends of the key space do.
            let before: Vec<u32> = ids_before().take(w + 1).collect();
            let after: Vec<u32> = ids_after().take(w + 1).collect();
            let (lo, left) = match before.get(w) {
                Some(&i) => (u128::from(key(i)), &before[..w]),
                None => (0, &before[..]),
            };
            let (hi, right) = match after.get(w) {
                Some(&i) => (u128::from(key(i)), &after[..w]),
                None => (u128::from(u64::MAX), &after[..]),
            };
            let count = (left.len() + 1 + right.len()) as u128;
            let gap = (hi - lo) / (count + 1);
            let whole = before.len() <= w && after.len() <= w;
            if gap >= u128::from(MIN_GAP) || whole {
                let window: Vec<u32> = left
                    .iter()
                    .rev()
                    .copied()
                    .chain([id])
                    .chain(right.iter().copied())
                    .collect();
                for (j, i) in window.into_iter().enumerate() {
                    self.order[i as usize] = (lo + gap * (j as u128 + 1)) as u64;
                }
                return;
            }
            w *= 2;
        }
    }

    fn file(&self, id: u32) -> FileRef<'_> {
        let slot = self.slots[id as usize].as_ref().expect("postings name live slots");
        FileRef {
            path: &self.paths[id as usize],
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

    /// Every mention of `entry` (ambiguous ones included) with its file's path: files in
    /// path order, mentions in text order. Knows its length (`count(entry).1`), so that
    /// collecting it allocates once.
    pub fn mentions_of(&self, entry: usize) -> MentionsOf<'_> {
        let postings = self.postings_of(entry);
        MentionsOf {
            paths: &self.paths,
            blocks: postings.map_or(&[][..], |p| &p.blocks[..]).iter(),
            block: None,
            file: 0,
            at: 0,
            path: "",
            remaining: postings.map_or(0, |p| p.mentions),
        }
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
        type Key = (bool, std::cmp::Reverse<Option<Date>>, usize, u32);
        let mut keyed: Vec<Key> = self
            .postings_of(entry)
            .into_iter()
            .flat_map(Postings::ids)
            .enumerate()
            .map(|(rank, id)| {
                let date = self.dates[id as usize];
                (date.is_none(), std::cmp::Reverse(date), rank, id)
            })
            .collect();
        if keyed.len() > n {
            keyed.select_nth_unstable(n - 1);
            keyed.truncate(n);
        }
        keyed.sort_unstable();
        keyed
            .into_iter()
            .map(|(_, _, _, id)| {
                let f = self.file(id);
                (f.path, f.mentions.date(), f.mentions.title())
            })
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

    /// Estimated bytes the index holds on the heap: its tables, the posting lists and every
    /// file's mentions, title and path, from their capacities; B-tree and hash-map nodes
    /// estimated from their element sizes. Allocator overhead is not counted.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        // A B-tree node holds up to 11 elements; nodes are about 2/3 full.
        let by_path = self.by_path.len() * (size_of::<(Arc<str>, u32)>() * 3 / 2 + 8);
        let paths: usize = self.by_path.keys().map(|p| p.len() + 16).sum();
        let slots = self.slots.capacity() * size_of::<Option<Slot>>()
            + self.paths.capacity() * size_of::<Arc<str>>()
            + self.order.capacity() * 8
            + self.dates.capacity() * size_of::<Option<Date>>()
            + self.free.capacity() * 4;
        let files: usize = self.slots.iter().flatten().map(|s| s.mentions.heap_bytes()).sum();
        let postings = self.postings.capacity() * (size_of::<(u32, Postings)>() + 1)
            + self.postings.values().map(Postings::heap_bytes).sum::<usize>();
        by_path + paths + slots + files + postings
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::corpus::{analyze_file, test_lexicon as lexicon};

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

    /// Order keys increase with paths; blocks are neither empty nor too full, their files
    /// in key order and their position runs consistent.
    fn check_invariants(index: &Index) -> Result<(), TestCaseError> {
        let keys: Vec<u64> = index.by_path.values().map(|&id| index.order[id as usize]).collect();
        prop_assert!(keys.windows(2).all(|w| w[0] < w[1]), "order keys {:?}", keys);
        for (path, &id) in &index.by_path {
            prop_assert_eq!(&index.paths[id as usize], path);
        }
        for p in index.postings.values() {
            let mut last = None;
            let mut files = 0;
            for block in &p.blocks {
                prop_assert!(!block.files.is_empty() && block.files.len() <= BLOCK_MAX);
                prop_assert_eq!(block.last, block.files.last().unwrap().0);
                prop_assert_eq!(block.files.last().unwrap().1 as usize, block.positions.len());
                for &(id, _) in &block.files {
                    let key = index.order[id as usize];
                    prop_assert!(last.is_none_or(|l| l < key));
                    last = Some(key);
                    files += 1;
                }
            }
            prop_assert_eq!(files, p.files);
        }
        Ok(())
    }

    fn check(index: &Index, model: &BTreeMap<String, FileMentions>) -> Result<(), TestCaseError> {
        check_invariants(index)?;
        prop_assert_eq!(index.len(), model.len());
        let paths: Vec<&str> = index.files().map(|f| f.path).collect();
        prop_assert_eq!(paths, model.keys().map(String::as_str).collect::<Vec<_>>());
        let mut total = 0;
        for entry in 0..6 {
            let expected = naive_mentions(model, entry);
            prop_assert_eq!(index.mentions_of(entry).len(), expected.len());
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
