//! The corpus index: for every entry the files that mention it with the positions of
//! those mentions, compact (see [`super::postings`]) and kept in path order as files come
//! and go; a table of files (path, metadata, date, title, the entries each mentions).

use rustc_hash::FxHashMap;

use super::file::{FileMentions, MentionPos};
use super::postings;
use crate::date::Date;

/// What the caller knows of a file beyond its text (opaque here: kept and given back, for
/// the caller to tell whether a file changed since it was indexed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FileMeta {
    pub size: u64,
    pub mtime_ns: i128,
}

/// One indexed file, borrowed from the index. Its mentions are not kept whole:
/// [`Index::file_mentions`] rebuilds them, [`Index::count_in`] counts one entry's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileRef<'a> {
    pub path: &'a str,
    pub meta: FileMeta,
    /// The article's date ([`FileMentions::date`]).
    pub date: Option<Date>,
    /// The article's title ([`FileMentions::title`]).
    pub title: &'a str,
    /// Its number of mentions ([`FileMentions::len`]).
    pub mention_count: usize,
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

/// A file of the cache: `(path, meta, date, title, mention count)`.
pub(crate) type FileRow<'a> = (Box<str>, FileMeta, Option<Date>, &'a str, usize);

/// A file's run of one entry's list: `(file, count, coded positions)`.
pub(crate) type Run<'a> = (u32, u32, &'a [u8]);

/// One file's run in a block: its id, its number of mentions of the entry, and where their
/// coded positions are in the block's bytes.
#[derive(Debug, Clone, Copy)]
struct Seg {
    id: u32,
    count: u32,
    start: usize,
    end: usize,
}

/// A run of a posting list: files ascending by order key, each as a header and then its
/// mentions coded by [`postings::encode_all`]. The header is a LEB128 value: the file's id
/// against the previous file's (wrapping) times 2, plus 1 for a single mention (most runs:
/// its end is found by decoding it); for more, another: the length in bytes of the
/// mentions times 4, plus their count if below 3, else plus 3 and then the count - 3.
#[derive(Debug, Clone, Default)]
struct Block {
    /// The last file, here for binary searches over blocks that read no more than the list
    /// of blocks.
    last: u32,
    files: u32,
    data: Vec<u8>,
}

impl Block {
    /// Appends a file's run.
    fn push(&mut self, id: u32, count: u32, bytes: &[u8]) {
        let prev = if self.files == 0 { 0 } else { self.last };
        let delta = u64::from(id.wrapping_sub(prev)) << 1;
        if count == 1 {
            postings::put64(&mut self.data, delta | 1);
        } else {
            postings::put64(&mut self.data, delta);
            postings::put64(&mut self.data, (bytes.len() as u64) << 2 | u64::from(count.min(3)));
            if count >= 3 {
                postings::put(&mut self.data, count - 3);
            }
        }
        self.data.extend_from_slice(bytes);
        self.last = id;
        self.files += 1;
    }

    /// The file runs, in order (the bytes were written by [`Block::push`]).
    fn segs(&self) -> Segs<'_> {
        Segs {
            data: &self.data,
            at: 0,
            id: 0,
        }
    }

    fn build<'a>(runs: impl IntoIterator<Item = (u32, u32, &'a [u8])>) -> Block {
        let mut block = Block::default();
        for (id, count, bytes) in runs {
            block.push(id, count, bytes);
        }
        block.data.shrink_to_fit();
        block
    }

    fn heap_bytes(&self) -> usize {
        self.data.capacity()
    }
}

/// A run's header (see [`Block`]): `(id delta, count, byte length)`, the length `None` for
/// a single mention.
#[inline]
fn header(data: &[u8], at: &mut usize) -> Option<(u32, u32, Option<usize>)> {
    let v = postings::get64(data, at)?;
    let delta = u32::try_from(v >> 1).ok()?;
    if v & 1 == 1 {
        return Some((delta, 1, None));
    }
    let w = postings::get64(data, at)?;
    let count = match (w & 3) as u32 {
        3 => postings::get(data, at)?.checked_add(3)?,
        c => c,
    };
    Some((delta, count, Some(usize::try_from(w >> 2).ok()?)))
}

/// The iterator of [`Block::segs`].
struct Segs<'a> {
    data: &'a [u8],
    at: usize,
    id: u32,
}

impl Iterator for Segs<'_> {
    type Item = Seg;

    fn next(&mut self) -> Option<Seg> {
        let mut at = self.at;
        let (delta, count, len) = header(self.data, &mut at)?;
        let id = self.id.wrapping_add(delta);
        let end = match len {
            Some(len) => at.checked_add(len).filter(|&e| e <= self.data.len())?,
            None => {
                let mut end = at;
                postings::decode(self.data, &mut end, &MentionPos::default())?;
                end
            }
        };
        self.at = end;
        self.id = id;
        Some(Seg {
            id,
            count,
            start: at,
            end,
        })
    }
}

/// The files mentioning one entry, with the positions of its mentions: in blocks of at
/// most [`BLOCK_MAX`] files (never empty), so that inserting or removing a file rewrites
/// at most a block, while reading every mention is a walk over contiguous bytes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Postings {
    blocks: Vec<Block>,
    files: usize,
    mentions: usize,
}

impl Postings {
    fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.blocks.iter().flat_map(|b| b.segs().map(|s| s.id))
    }

    /// Every run with its block, in order.
    fn runs(&self) -> impl Iterator<Item = (&Block, Seg)> + '_ {
        self.blocks.iter().flat_map(|b| b.segs().map(move |s| (b, s)))
    }

    /// Appends a file after every other (a bulk build), in blocks of [`BLOCK_FILL`].
    pub(crate) fn push_back(&mut self, id: u32, count: u32, bytes: &[u8]) {
        if self.blocks.last().is_none_or(|b| b.files as usize >= BLOCK_FILL) {
            self.blocks.push(Block::default());
        }
        self.blocks
            .last_mut()
            .expect("a block was just ensured")
            .push(id, count, bytes);
        self.files += 1;
        self.mentions += count as usize;
    }

    pub(crate) fn shrink(&mut self) {
        self.blocks.shrink_to_fit();
        for b in &mut self.blocks {
            b.data.shrink_to_fit();
        }
    }

    /// Index of the block that holds (or would hold) the file of order key `key`.
    fn block_of(&self, key: u64, order: &[u64]) -> usize {
        self.blocks.partition_point(|b| order[b.last as usize] < key)
    }

    /// The run of file `id` (`None` if it does not mention the entry).
    fn find(&self, id: u32, order: &[u64]) -> Option<(&Block, Seg)> {
        let block = self.blocks.get(self.block_of(order[id as usize], order))?;
        block.segs().find(|s| s.id == id).map(|s| (block, s))
    }

    fn insert(&mut self, id: u32, count: u32, bytes: &[u8], order: &[u64]) {
        let key = order[id as usize];
        self.files += 1;
        self.mentions += count as usize;
        if self.blocks.is_empty() {
            self.blocks.push(Block::build([(id, count, bytes)]));
            return;
        }
        let b = self.block_of(key, order).min(self.blocks.len() - 1);
        let block = &self.blocks[b];
        let segs: Vec<Seg> = block.segs().collect();
        let i = segs.partition_point(|s| order[s.id as usize] < key);
        let run = |s: &Seg| (s.id, s.count, &block.data[s.start..s.end]);
        let all = segs[..i]
            .iter()
            .map(run)
            .chain([(id, count, bytes)])
            .chain(segs[i..].iter().map(run));
        if segs.len() < BLOCK_MAX {
            self.blocks[b] = Block::build(all);
        } else {
            let all: Vec<_> = all.collect();
            let mid = all.len() / 2;
            let (left, right) = (
                Block::build(all[..mid].iter().copied()),
                Block::build(all[mid..].iter().copied()),
            );
            self.blocks[b] = left;
            self.blocks.insert(b + 1, right);
        }
    }

    fn remove(&mut self, id: u32, order: &[u64]) {
        let b = self.block_of(order[id as usize], order);
        let block = &self.blocks[b];
        let segs: Vec<Seg> = block.segs().collect();
        let i = segs
            .iter()
            .position(|s| s.id == id)
            .expect("a posting list holds every file mentioning its entry");
        self.files -= 1;
        self.mentions -= segs[i].count as usize;
        let run = |s: &Seg| (s.id, s.count, &block.data[s.start..s.end]);
        let next = self.blocks.get(b + 1);
        let merge = next.is_some_and(|n| segs.len() - 1 + n.files as usize <= BLOCK_MAX / 2);
        let rebuilt = if merge {
            let next = next.expect("checked");
            let next_runs = next.segs().map(|s| (s.id, s.count, &next.data[s.start..s.end]));
            Block::build(
                segs.iter()
                    .enumerate()
                    .filter(|&(j, _)| j != i)
                    .map(|(_, s)| run(s))
                    .chain(next_runs),
            )
        } else {
            Block::build(segs.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, s)| run(s)))
        };
        if merge {
            self.blocks.remove(b + 1);
        }
        if rebuilt.files == 0 {
            self.blocks.remove(b);
        } else {
            self.blocks[b] = rebuilt;
        }
    }

    fn heap_bytes(&self) -> usize {
        self.blocks.capacity() * std::mem::size_of::<Block>() + self.blocks.iter().map(Block::heap_bytes).sum::<usize>()
    }
}

/// The posting lists as the cache writes them ([`Index::lists`]).
pub(crate) struct Lists<'a> {
    index: &'a Index,
    /// Per slot, its file's rank in path order.
    rank: Vec<u32>,
    /// The entries mentioned, ascending.
    pub(crate) entries: Vec<u32>,
}

impl Lists<'_> {
    /// One entry's list: its number of runs, and its runs `(file rank, count, coded
    /// positions)` in path order.
    pub(crate) fn list(&self, e: u32) -> (usize, impl Iterator<Item = Run<'_>> + '_) {
        let postings = &self.index.postings[&e];
        let runs = postings
            .runs()
            .map(|(b, s)| (self.rank[s.id as usize], s.count, &b.data[s.start..s.end]));
        (postings.files, runs)
    }
}

/// The iterator of [`Index::mentions_of`]: `(path, position)` of every mention of an
/// entry, decoding its posting list block after block.
#[derive(Debug, Clone)]
pub struct MentionsOf<'a> {
    paths: &'a [Box<str>],
    blocks: std::slice::Iter<'a, Block>,
    data: &'a [u8],
    /// The next byte to read in `data`.
    at: usize,
    /// The current file's id, and its mentions left to read.
    id: u32,
    left: u32,
    prev: MentionPos,
    path: &'a str,
    remaining: usize,
}

impl<'a> Iterator for MentionsOf<'a> {
    type Item = (&'a str, MentionPos);

    fn next(&mut self) -> Option<(&'a str, MentionPos)> {
        while self.left == 0 {
            if self.at >= self.data.len() {
                let block = self.blocks.next()?;
                self.data = &block.data;
                self.at = 0;
                self.id = 0;
            }
            let (delta, count, _) = header(self.data, &mut self.at)?;
            self.id = self.id.wrapping_add(delta);
            self.left = count;
            self.prev = MentionPos::default();
            self.path = self.paths.get(self.id as usize)?;
        }
        let m = postings::decode(self.data, &mut self.at, &self.prev)?;
        self.prev = m;
        self.left -= 1;
        self.remaining = self.remaining.saturating_sub(1);
        Some((self.path, m))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for MentionsOf<'_> {}

impl std::iter::FusedIterator for MentionsOf<'_> {}

/// A file's table row: its metadata, its mention count, and one allocation for its title
/// followed by the entries it mentions (ascending, LEB128 gaps).
#[derive(Debug, Clone)]
struct Slot {
    /// [`FileMeta`] without its 16-byte alignment: size, then the low and high halves of
    /// the modification time.
    meta: [u64; 3],
    mentions: u32,
    title_len: u32,
    blob: Box<[u8]>,
}

impl Slot {
    fn new(meta: FileMeta, mentions: usize, title: &str, entries: impl IntoIterator<Item = u32>) -> Slot {
        let mut blob = Vec::with_capacity(title.len() + 16);
        blob.extend_from_slice(title.as_bytes());
        let mut prev = 0;
        for e in entries {
            postings::put(&mut blob, e - prev);
            prev = e;
        }
        let mtime = meta.mtime_ns as u128;
        Slot {
            meta: [meta.size, mtime as u64, (mtime >> 64) as u64],
            mentions: mentions as u32,
            title_len: title.len() as u32,
            blob: blob.into_boxed_slice(),
        }
    }

    fn meta(&self) -> FileMeta {
        let [size, lo, hi] = self.meta;
        FileMeta {
            size,
            mtime_ns: (u128::from(hi) << 64 | u128::from(lo)) as i128,
        }
    }

    fn title(&self) -> &str {
        std::str::from_utf8(&self.blob[..self.title_len as usize]).unwrap_or_default()
    }

    fn entries(&self) -> Vec<u32> {
        let bytes = &self.blob[self.title_len as usize..];
        let (mut at, mut e, mut out) = (0, 0u32, Vec::new());
        while let Some(gap) = postings::get(bytes, &mut at) {
            e = e.wrapping_add(gap);
            out.push(e);
        }
        out
    }
}

/// The mentions of a corpus of files, by entry, and its table of files.
///
/// Files are keyed by a path (any string: a file path, a URI) and ordered by it, byte-wise.
/// For each entry, a posting list holds the files that mention it, in that order, with the
/// positions of its mentions in them, coded compactly ([`super::postings`]): about 10 bytes
/// of memory a mention in all. [`Index::mentions_of`] decodes contiguous bytes and sorts
/// nothing. A file's own mentions are not kept apart: [`Index::file_mentions`] gathers them
/// from the lists of the entries it mentions. Upserting or removing a file touches only
/// those lists.
///
/// Files are numbered (slots, reused after removal); each has an order key, increasing with
/// its path, that posting lists are sorted by. A new file takes a key between its
/// neighbours'; when there is no room, a window of files around it is renumbered (order
/// kept, so posting lists stay valid).
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// The live slots, in path order (4 bytes a file, where a map would take 50).
    sorted: Vec<u32>,
    slots: Vec<Option<Slot>>,
    /// Per slot, kept apart from the slots for reads that touch many files: path, order
    /// key, article date.
    paths: Vec<Box<str>>,
    order: Vec<u64>,
    dates: Vec<Option<Date>>,
    free: Vec<u32>,
    postings: FxHashMap<u32, Postings>,
    mentions: usize,
}

impl PartialEq for Index {
    /// Same files, with the same metadata, and the same mentions of every entry.
    fn eq(&self, other: &Index) -> bool {
        self.len() == other.len()
            && self.files().zip(other.files()).all(|(a, b)| a == b)
            && self.postings.len() == other.postings.len()
            && self.postings.iter().all(|(&e, p)| {
                other
                    .postings
                    .get(&e)
                    .is_some_and(|q| p.files == q.files && p.mentions == q.mentions)
                    && self.mentions_of(e as usize).eq(other.mentions_of(e as usize))
            })
    }
}

impl Eq for Index {}

/// A file's mentions as the index keeps them: for each entry it mentions (ascending), the
/// number of its mentions and their positions coded as in the posting lists, back to back
/// in one allocation; with the article's date, title and number of mentions. About a fifth
/// of the memory of its [`FileMentions`]: what an indexing run holds while analysed files
/// wait to join the index (made on the analysing threads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRuns {
    /// Per run: `(entry, count, end of its bytes in `bytes`)`.
    runs: Box<[(u32, u32, u32)]>,
    bytes: Box<[u8]>,
    mentions: usize,
    date: Option<Date>,
    title: Box<str>,
}

impl FileRuns {
    pub fn new(fm: &FileMentions) -> FileRuns {
        let pairs = fm.pairs();
        let mentions = fm.mentions();
        let mut bytes = Vec::with_capacity(pairs.len() * 7);
        let mut runs = Vec::new();
        for run in pairs.chunk_by(|a, b| a.0 == b.0) {
            postings::encode_all(&mut bytes, run.iter().map(|&(_, i)| &mentions[i as usize]));
            runs.push((run[0].0, run.len() as u32, bytes.len() as u32));
        }
        FileRuns {
            runs: runs.into_boxed_slice(),
            bytes: bytes.into_boxed_slice(),
            mentions: fm.len(),
            date: fm.date(),
            title: fm.title().into(),
        }
    }

    /// `(entry, count, coded positions)`, entries ascending.
    fn runs(&self) -> impl Iterator<Item = (u32, u32, &[u8])> + '_ {
        self.runs.iter().scan(0, |from, &(e, count, end)| {
            let bytes = &self.bytes[*from as usize..end as usize];
            *from = end;
            Some((e, count, bytes))
        })
    }

    /// Number of mentions ([`FileMentions::len`]).
    pub fn len(&self) -> usize {
        self.mentions
    }

    pub fn is_empty(&self) -> bool {
        self.mentions == 0
    }

    /// Bytes this value holds on the heap.
    pub fn heap_bytes(&self) -> usize {
        std::mem::size_of_val::<[(u32, u32, u32)]>(&self.runs) + self.bytes.len() + self.title.len()
    }
}

impl From<FileMentions> for FileRuns {
    fn from(fm: FileMentions) -> FileRuns {
        FileRuns::new(&fm)
    }
}

impl Index {
    pub fn new() -> Index {
        Index::default()
    }

    /// An index of `files` built in one go: faster than upserting them one by one. A path
    /// given twice keeps its last value.
    pub fn from_files<P: Into<String>, F: Into<FileRuns>>(files: impl IntoIterator<Item = (P, FileMeta, F)>) -> Index {
        let mut files: Vec<(String, FileMeta, FileRuns)> =
            files.into_iter().map(|(p, m, f)| (p.into(), m, f.into())).collect();
        // Stable: the last of equal paths stays last, and is kept.
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut unique: Vec<(String, FileMeta, FileRuns)> = Vec::with_capacity(files.len());
        for file in files {
            match unique.last_mut() {
                Some(last) if last.0 == file.0 => *last = file,
                _ => unique.push(file),
            }
        }
        Index::from_sorted(unique.into_iter().map(|(p, m, f)| (p.into_boxed_str(), m, f)).collect())
    }

    /// Adds `files` (replacing those already indexed at their paths): with many files, far
    /// faster than upserting them one by one (the new files are indexed in one go, then
    /// merged list by list, copying coded bytes without decoding them).
    pub fn extend<F: Into<FileRuns>>(&mut self, files: Vec<(String, FileMeta, F)>) {
        for (path, _, _) in &files {
            self.remove(path);
        }
        let new = Index::from_files(files);
        if self.is_empty() {
            *self = new;
            return;
        }
        let old = std::mem::take(self);
        *self = Index::merge(old, new);
    }

    /// The union of two indexes of different files.
    fn merge(mut a: Index, mut b: Index) -> Index {
        let n = a.len() + b.len();
        // New ids are ranks in path order.
        let mut a_new = vec![u32::MAX; a.slots.len()];
        let mut b_new = vec![u32::MAX; b.slots.len()];
        let mut merged: Vec<(bool, u32)> = Vec::with_capacity(n);
        {
            let mut ia = a.sorted.iter().peekable();
            let mut ib = b.sorted.iter().peekable();
            loop {
                let take_a = match (ia.peek(), ib.peek()) {
                    (Some(&&x), Some(&&y)) => a.paths[x as usize] < b.paths[y as usize],
                    (Some(_), None) => true,
                    (None, Some(_)) => false,
                    (None, None) => break,
                };
                let &id = if take_a { ia.next() } else { ib.next() }.expect("peeked");
                let rank = merged.len() as u32;
                if take_a {
                    a_new[id as usize] = rank;
                } else {
                    b_new[id as usize] = rank;
                }
                merged.push((take_a, id));
            }
        }
        let mut entries: Vec<u32> = a.postings.keys().chain(b.postings.keys()).copied().collect();
        entries.sort_unstable();
        entries.dedup();
        let mut lists: FxHashMap<u32, Postings> = FxHashMap::default();
        lists.reserve(entries.len());
        // Each entry's two lists are taken out of their indexes and freed once merged: the
        // merge holds about one copy of the postings at a time instead of two (at a million
        // articles, the last merge of a cold run was its peak).
        for e in entries {
            let mut list = Postings::default();
            let (pa, pb) = (a.postings.remove(&e), b.postings.remove(&e));
            let from_a = pa.iter().flat_map(|p| p.runs());
            let from_b = pb.iter().flat_map(|p| p.runs());
            let mut ra = from_a
                .map(|(blk, s)| (a_new[s.id as usize], s.count, &blk.data[s.start..s.end]))
                .peekable();
            let mut rb = from_b
                .map(|(blk, s)| (b_new[s.id as usize], s.count, &blk.data[s.start..s.end]))
                .peekable();
            loop {
                let next = match (ra.peek(), rb.peek()) {
                    (Some(x), Some(y)) if x.0 < y.0 => ra.next(),
                    (Some(_), Some(_)) => rb.next(),
                    (Some(_), None) => ra.next(),
                    (None, Some(_)) => rb.next(),
                    (None, None) => break,
                };
                let (id, count, bytes) = next.expect("peeked");
                list.push_back(id, count, bytes);
            }
            list.shrink();
            lists.insert(e, list);
        }
        let (mut a_slots, mut b_slots) = (a.slots, b.slots);
        let (mut a_paths, mut b_paths) = (a.paths, b.paths);
        let mut index = Index {
            slots: Vec::with_capacity(n),
            paths: Vec::with_capacity(n),
            order: Vec::with_capacity(n),
            dates: Vec::with_capacity(n),
            postings: lists,
            mentions: a.mentions + b.mentions,
            ..Index::default()
        };
        let step = STEP.min(u64::MAX / (n as u64 + 2)).max(1);
        for (i, (from_a, id)) in merged.into_iter().enumerate() {
            let (slot, date, path) = if from_a {
                let path = std::mem::take(&mut a_paths[id as usize]);
                (a_slots[id as usize].take(), a.dates[id as usize], path)
            } else {
                let path = std::mem::take(&mut b_paths[id as usize]);
                (b_slots[id as usize].take(), b.dates[id as usize], path)
            };
            index.sorted.push(i as u32);
            index.paths.push(path);
            index.order.push((i as u64 + 1) * step);
            index.dates.push(date);
            index.slots.push(slot);
        }
        index
    }

    /// The files of the index, in path order, consuming it: their mentions are gathered
    /// from the posting lists in one pass.
    pub fn into_files(self) -> Vec<(String, FileMeta, FileMentions)> {
        // Per slot: (position, entry) pairs.
        let mut per_slot: Vec<Vec<(MentionPos, u32)>> = vec![Vec::new(); self.slots.len()];
        for (&e, p) in &self.postings {
            for (block, s) in p.runs() {
                let mut prev = MentionPos::default();
                let mut at = s.start;
                for _ in 0..s.count {
                    let Some(m) = postings::decode(&block.data[..s.end], &mut at, &prev) else {
                        break;
                    };
                    per_slot[s.id as usize].push((m, e));
                    prev = m;
                }
            }
        }
        let Index {
            sorted,
            slots,
            dates,
            paths,
            ..
        } = self;
        sorted
            .into_iter()
            .filter_map(|id| {
                let slot = slots.get(id as usize)?.as_ref()?;
                let pairs = std::mem::take(&mut per_slot[id as usize]);
                let fm = assemble(pairs, dates[id as usize], slot.title());
                Some((paths[id as usize].to_string(), slot.meta(), fm))
            })
            .collect()
    }

    /// The mentions of the file at `path`, gathered from the lists of the entries it
    /// mentions: equal to the [`FileMentions`] it was indexed with.
    pub fn file_mentions(&self, path: &str) -> Option<FileMentions> {
        let id = self.id_of(path)?;
        let slot = self.slots[id as usize].as_ref()?;
        let mut pairs = Vec::with_capacity(slot.mentions as usize);
        for e in slot.entries() {
            pairs.extend(self.mentions_in_id(id, e as usize).into_iter().map(|m| (m, e)));
        }
        Some(assemble(pairs, self.dates[id as usize], slot.title()))
    }

    /// The mentions of `entry` in the file at `path`, in text order.
    pub fn mentions_in(&self, path: &str, entry: usize) -> Vec<MentionPos> {
        self.id_of(path)
            .map_or_else(Vec::new, |id| self.mentions_in_id(id, entry))
    }

    /// The number of mentions of `entry` in the file at `path`.
    pub fn count_in(&self, path: &str, entry: usize) -> usize {
        let Some(id) = self.id_of(path) else { return 0 };
        self.postings_of(entry)
            .and_then(|p| p.find(id, &self.order))
            .map_or(0, |(_, s)| s.count as usize)
    }

    fn mentions_in_id(&self, id: u32, entry: usize) -> Vec<MentionPos> {
        let Some((block, s)) = self.postings_of(entry).and_then(|p| p.find(id, &self.order)) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(s.count as usize);
        let mut prev = MentionPos::default();
        let mut at = s.start;
        for _ in 0..s.count {
            let Some(m) = postings::decode(&block.data[..s.end], &mut at, &prev) else {
                break;
            };
            out.push(m);
            prev = m;
        }
        out
    }

    /// `files` sorted by path, without duplicates.
    pub(crate) fn from_sorted(files: Vec<(Box<str>, FileMeta, FileRuns)>) -> Index {
        let n = files.len();
        let mut index = Index {
            slots: Vec::with_capacity(n),
            paths: Vec::with_capacity(n),
            order: Vec::with_capacity(n),
            dates: Vec::with_capacity(n),
            ..Index::default()
        };
        let step = STEP.min(u64::MAX / (n as u64 + 2)).max(1);
        for (i, (path, meta, fm)) in files.into_iter().enumerate() {
            debug_assert!(index.paths.last().is_none_or(|last| **last < *path));
            for (e, count, bytes) in fm.runs() {
                index.postings.entry(e).or_default().push_back(i as u32, count, bytes);
            }
            index.mentions += fm.len();
            index.sorted.push(i as u32);
            index.paths.push(path);
            index.order.push((i as u64 + 1) * step);
            index.dates.push(fm.date);
            index
                .slots
                .push(Some(Slot::new(meta, fm.len(), &fm.title, fm.runs.iter().map(|r| r.0))));
        }
        for p in index.postings.values_mut() {
            p.shrink();
        }
        index
    }

    /// An index from its parts, as the cache holds them: files in path order `(path, meta,
    /// date, title, mention count)`, per entry its list with files numbered by rank, and
    /// per file the entries it mentions, ascending (file `i`'s are
    /// `entries[starts[i]..starts[i + 1]]`). The caller has checked every part.
    pub(crate) fn from_parts(
        files: Vec<FileRow<'_>>,
        lists: Vec<(u32, Postings)>,
        entries: &[u32],
        starts: &[usize],
    ) -> Index {
        let n = files.len();
        let mut index = Index {
            slots: Vec::with_capacity(n),
            paths: Vec::with_capacity(n),
            order: Vec::with_capacity(n),
            dates: Vec::with_capacity(n),
            postings: lists.into_iter().collect(),
            ..Index::default()
        };
        let step = STEP.min(u64::MAX / (n as u64 + 2)).max(1);
        for (i, (path, meta, date, title, count)) in files.into_iter().enumerate() {
            let entries = entries[starts[i]..starts[i + 1]].iter().copied();
            index.mentions += count;
            index.sorted.push(i as u32);
            index.paths.push(path);
            index.order.push((i as u64 + 1) * step);
            index.dates.push(date);
            index.slots.push(Some(Slot::new(meta, count, title, entries)));
        }
        index
    }

    /// The posting lists for the cache: entries ascending, each list read as it is asked for
    /// (a table of every run took 48 MB at 100,000 articles).
    pub(crate) fn lists(&self) -> Lists<'_> {
        let mut rank = vec![u32::MAX; self.slots.len()];
        for (r, &id) in self.sorted.iter().enumerate() {
            rank[id as usize] = r as u32;
        }
        let mut entries: Vec<u32> = self.postings.keys().copied().collect();
        entries.sort_unstable();
        Lists {
            index: self,
            rank,
            entries,
        }
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// Adds the file at `path`, or replaces what the index holds for it; returns the
    /// metadata it replaced.
    pub fn upsert(&mut self, path: &str, meta: FileMeta, mentions: impl Into<FileRuns>) -> Option<FileMeta> {
        let runs: FileRuns = mentions.into();
        let slot = Slot::new(meta, runs.len(), &runs.title, runs.runs.iter().map(|r| r.0));
        let at = self.position(path);
        if let Ok(at) = at {
            let id = self.sorted[at];
            let old = self.slots[id as usize].take().expect("paths name live slots");
            for entry in old.entries() {
                self.remove_posting(entry, id);
            }
            self.add_postings(id, &runs);
            self.dates[id as usize] = runs.date;
            self.mentions = self.mentions + runs.len() - old.mentions as usize;
            self.slots[id as usize] = Some(slot);
            return Some(old.meta());
        }
        let at = at.unwrap_err();
        let path: Box<str> = path.into();
        let id = match self.free.pop() {
            Some(id) => {
                self.paths[id as usize] = path;
                id
            }
            None => {
                self.slots.push(None);
                self.paths.push(path);
                self.order.push(0);
                self.dates.push(None);
                (self.slots.len() - 1) as u32
            }
        };
        self.sorted.insert(at, id);
        self.place(at, id);
        self.add_postings(id, &runs);
        self.mentions += runs.len();
        self.dates[id as usize] = runs.date;
        self.slots[id as usize] = Some(slot);
        None
    }

    fn add_postings(&mut self, id: u32, runs: &FileRuns) {
        for (entry, count, bytes) in runs.runs() {
            self.postings
                .entry(entry)
                .or_default()
                .insert(id, count, bytes, &self.order);
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

    /// Removes the file at `path`; returns the metadata the index held for it.
    pub fn remove(&mut self, path: &str) -> Option<FileMeta> {
        let at = self.position(path).ok()?;
        let id = self.sorted.remove(at);
        let slot = self.slots[id as usize].take().expect("paths name live slots");
        for entry in slot.entries() {
            self.remove_posting(entry, id);
        }
        self.mentions -= slot.mentions as usize;
        self.paths[id as usize] = Box::default();
        self.dates[id as usize] = None;
        self.free.push(id);
        Some(slot.meta())
    }

    /// Where `path` is in `sorted` (`Ok`), or would be (`Err`).
    fn position(&self, path: &str) -> Result<usize, usize> {
        self.sorted.binary_search_by(|&id| (*self.paths[id as usize]).cmp(path))
    }

    fn id_of(&self, path: &str) -> Option<u32> {
        self.position(path).ok().map(|at| self.sorted[at])
    }

    /// Gives file `id` (just inserted at `at` in `sorted`) an order key between its
    /// neighbours'; without room, renumbers evenly the smallest window of files around it
    /// that leaves gaps of at least [`MIN_GAP`] (the whole index at worst).
    fn place(&mut self, at: usize, id: u32) {
        let ids_before = || self.sorted[..at].iter().rev().copied();
        let ids_after = || self.sorted[at + 1..].iter().copied();
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
            meta: slot.meta(),
            date: self.dates[id as usize],
            title: slot.title(),
            mention_count: slot.mentions as usize,
        }
    }

    /// The file at `path`.
    pub fn get(&self, path: &str) -> Option<FileRef<'_>> {
        self.id_of(path).map(|id| self.file(id))
    }

    /// Every file, in path order.
    pub fn files(&self) -> impl ExactSizeIterator<Item = FileRef<'_>> + '_ {
        self.sorted.iter().map(|&id| self.file(id))
    }

    /// Every mention of `entry` (ambiguous ones included) with its file's path: files in
    /// path order, mentions in text order. Knows its length (`count(entry).1`), so that
    /// collecting it allocates once.
    pub fn mentions_of(&self, entry: usize) -> MentionsOf<'_> {
        let postings = self.postings_of(entry);
        MentionsOf {
            paths: &self.paths,
            blocks: postings.map_or(&[][..], |p| &p.blocks[..]).iter(),
            data: &[],
            at: 0,
            id: 0,
            left: 0,
            prev: MentionPos::default(),
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
                (f.path, f.date, f.title)
            })
            .collect()
    }

    pub fn stats(&self) -> IndexStats {
        IndexStats {
            files: self.len(),
            dated_files: self.files().filter(|f| f.date.is_some()).count(),
            mentions: self.mentions,
            entries: self.postings.len(),
            postings: self.postings.values().map(|p| p.files).sum(),
            heap_bytes: self.heap_bytes(),
        }
    }

    /// Estimated bytes the index holds on the heap: its tables, the posting lists, every
    /// file's title and entries, and paths, from their capacities; B-tree and hash-map
    /// nodes estimated from their element sizes. Allocator overhead is not counted.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        // A B-tree node holds up to 11 elements; nodes are about 2/3 full.
        let sorted = self.sorted.capacity() * 4;
        let paths: usize = self.paths.iter().map(|p| p.len()).sum();
        let slots = self.slots.capacity() * size_of::<Option<Slot>>()
            + self.paths.capacity() * size_of::<Box<str>>()
            + self.order.capacity() * 8
            + self.dates.capacity() * size_of::<Option<Date>>()
            + self.free.capacity() * 4;
        let files: usize = self.slots.iter().flatten().map(|s| s.blob.len()).sum();
        let postings = self.postings.capacity() * (size_of::<(u32, Postings)>() + 1)
            + self.postings.values().map(Postings::heap_bytes).sum::<usize>();
        sorted + paths + slots + files + postings
    }
}

/// A file's mentions from `(position, entry)` pairs in any order: equal positions are one
/// mention of several entries.
fn assemble(mut pairs: Vec<(MentionPos, u32)>, date: Option<Date>, title: &str) -> FileMentions {
    pairs.sort_unstable_by_key(|(m, e)| (m.fields(), *e));
    pairs.dedup();
    let mut mentions: Vec<MentionPos> = Vec::with_capacity(pairs.len());
    let mut ends: Vec<u32> = Vec::with_capacity(pairs.len());
    let mut candidates: Vec<u32> = Vec::with_capacity(pairs.len());
    for (m, e) in pairs {
        if mentions.last() != Some(&m) {
            mentions.push(m);
            ends.push(candidates.len() as u32);
        }
        candidates.push(e);
        *ends.last_mut().expect("a mention was pushed") = candidates.len() as u32;
    }
    FileMentions::assemble(mentions, &ends, candidates, date, title.to_string())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use std::collections::BTreeMap;

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

    /// A file's runs hold what its mentions hold (the index built from either is the same),
    /// in far less memory.
    #[test]
    fn file_runs_keep_everything_the_index_needs() {
        let lex = lexicon();
        let texts: Vec<String> = (0..40)
            .map(|i| {
                text(
                    &(0..60).map(|w| w * 7 + i).collect::<Vec<_>>(),
                    (i % 3 == 0).then_some(i as u8),
                )
            })
            .collect();
        let files: Vec<(String, FileMeta, FileMentions)> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("/c/{i:03}.md"), meta(t.len() as u64), analyze_file(&lex, t)))
            .collect();
        let runs: Vec<(String, FileMeta, FileRuns)> = files
            .iter()
            .map(|(p, m, fm)| (p.clone(), *m, FileRuns::new(fm)))
            .collect();
        for ((_, _, fm), (_, _, r)) in files.iter().zip(&runs) {
            assert_eq!(r.len(), fm.len());
            assert!(
                r.heap_bytes() * 3 < fm.heap_bytes(),
                "{} vs {}",
                r.heap_bytes(),
                fm.heap_bytes()
            );
        }
        let from_mentions = Index::from_files(files.clone());
        assert_eq!(Index::from_files(runs.clone()), from_mentions);
        let mut upserted = Index::new();
        for (p, m, r) in runs {
            upserted.upsert(&p, m, r);
        }
        assert_eq!(upserted, from_mentions);
        for (p, _, fm) in &files {
            assert_eq!(from_mentions.file_mentions(p).as_ref(), Some(fm));
        }
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
        assert_eq!(index.get("b.md").unwrap().title, "B");
        let old = index.upsert("b.md", meta(9), analyze_file(&lex, "OTAN")).unwrap();
        assert_eq!(old, meta(1));
        assert_eq!(index.count(0), (1, 1));
        assert_eq!(index.count(4), (1, 1));
        assert_eq!(index.remove("a.md").unwrap(), meta(2));
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
        let keys: Vec<u64> = index.sorted.iter().map(|&id| index.order[id as usize]).collect();
        prop_assert!(keys.windows(2).all(|w| w[0] < w[1]), "order keys {:?}", keys);
        let paths: Vec<&str> = index.sorted.iter().map(|&id| &*index.paths[id as usize]).collect();
        prop_assert!(paths.windows(2).all(|w| w[0] < w[1]), "paths {:?}", paths);
        for (at, &id) in index.sorted.iter().enumerate() {
            prop_assert_eq!(index.position(&index.paths[id as usize]), Ok(at));
        }
        for p in index.postings.values() {
            let mut last = None;
            let mut files = 0;
            let mut mentions = 0;
            for block in &p.blocks {
                let segs: Vec<Seg> = block.segs().collect();
                prop_assert!(!segs.is_empty() && segs.len() <= BLOCK_MAX);
                prop_assert_eq!(segs.len(), block.files as usize);
                prop_assert_eq!(block.last, segs.last().unwrap().id);
                prop_assert_eq!(segs.last().unwrap().end, block.data.len());
                for s in &segs {
                    prop_assert!(s.count > 0 && postings::valid(&block.data[s.start..s.end], s.count));
                    let key = index.order[s.id as usize];
                    prop_assert!(last.is_none_or(|l| l < key));
                    last = Some(key);
                    files += 1;
                    mentions += s.count as usize;
                }
            }
            prop_assert_eq!(mentions, p.mentions);
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
            let got: Vec<(String, MentionPos)> = index.mentions_of(entry).map(|(p, m)| (p.to_string(), m)).collect();
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
        for (path, fm) in model {
            prop_assert_eq!(index.file_mentions(path), Some(fm.clone()));
            for entry in 0..6 {
                prop_assert_eq!(index.count_in(path, entry), fm.count_of(entry));
                prop_assert_eq!(
                    index.mentions_in(path, entry),
                    fm.mentions_of(entry).copied().collect::<Vec<_>>()
                );
            }
        }
        let round: Vec<(String, FileMentions)> =
            index.clone().into_files().into_iter().map(|(p, _, f)| (p, f)).collect();
        prop_assert_eq!(
            round,
            model.iter().map(|(p, f)| (p.clone(), f.clone())).collect::<Vec<_>>()
        );
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
