//! The index as bytes, for a cache the server writes on disk and reads at startup.
//!
//! Layout (integers little-endian; `varint` is LEB128, `zigzag` maps signed to unsigned):
//!
//! ```text
//! magic            8 bytes  "vigieidx"
//! format version   u32      FORMAT_VERSION
//! crate version    u8 length, then the bytes of vigie-core's version
//! dictionaries     u64      dictionaries_hash of the sources the mentions come from
//! payload length   u64
//! payload          files, in path order:
//!                    varint count, then for each file:
//!                    varint path length, path (UTF-8)
//!                    varint size, varint zigzag(mtime_ns)
//!                    date: u8 0 (none) or 1, varint zigzag(year), u8 month, u8 day
//!                    varint title length, title (UTF-8)
//!                    varint mention count
//!                  posting lists, entries ascending:
//!                    varint count, then for each entry:
//!                    varint entry (the first) or gap - 1 from the previous entry
//!                    varint run count, then for each file mentioning the entry:
//!                      varint file rank (the first) or gap - 1 from the previous one
//!                      varint mention count, varint byte length, the mentions' positions
//!                      coded as in memory (`postings.rs`: a tag byte and deltas)
//! checksum         u64      over every byte before it
//! ```
//!
//! A typical mention takes 5 to 8 bytes, and the lists are copied into memory as they are. Decoding checks, in order, the magic, the
//! format version, the crate version and the dictionaries (so that a stale cache is told
//! apart from a damaged one), then the length and the checksum, then every value of the
//! payload; it never panics and allocates no more than the input's size warrants.

use super::file::MAX_ENTRIES;
use super::index::{FileMeta, FileRow, Index, Postings};
use super::postings;
use crate::date::Date;
use crate::hash::StableHasher;

const MAGIC: &[u8; 8] = b"vigieidx";

/// Version of the layout above; bumped whenever it changes.
pub const FORMAT_VERSION: u32 = 2;

const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why a cache cannot be used. Every variant means "rebuild the index".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CacheError {
    #[error("not a vigie index cache")]
    NotACache,
    #[error("index cache truncated: {len} bytes, expected {expected}")]
    Truncated { len: usize, expected: u64 },
    #[error("index cache format {found}, this vigie reads format {expected}")]
    FormatVersion { found: u32, expected: u32 },
    #[error("index cache written by vigie-core {found}, this is {expected}")]
    CrateVersion { found: String, expected: String },
    #[error("index cache built with other dictionaries ({found:016x}, now {expected:016x})")]
    Dictionaries { found: u64, expected: u64 },
    #[error("index cache checksum mismatch: the file is damaged")]
    Checksum,
    #[error("index cache damaged: {0}")]
    Corrupt(&'static str),
}

#[cfg(test)]
fn checksum(bytes: &[u8]) -> u64 {
    let mut c = StableHasher::new();
    c.write(bytes);
    c.finish()
}

/// A hash of dictionary sources `(name, text)`, in order: the same on every run and every
/// platform, for telling whether a cache was built with the dictionaries in force.
pub fn dictionaries_hash(sources: &[(&str, &str)]) -> u64 {
    let mut c = StableHasher::new();
    c.write(b"vigie dictionaries");
    c.write(&(sources.len() as u64).to_le_bytes());
    for (name, text) in sources {
        for part in [name, text] {
            c.write(&(part.len() as u64).to_le_bytes());
            c.write(part.as_bytes());
        }
    }
    c.finish()
}

fn put_varint(out: &mut Vec<u8>, mut v: u128) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put(out: &mut Vec<u8>, v: impl Into<u64>) {
    let mut v = v.into();
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i128) -> u128 {
    ((v << 1) ^ (v >> 127)) as u128
}

fn unzigzag(v: u128) -> i128 {
    ((v >> 1) as i128) ^ -((v & 1) as i128)
}

/// The cache bytes of `index`, for mentions found with the dictionaries of
/// `dictionaries_hash`.
pub fn encode(index: &Index, dictionaries_hash: u64) -> Vec<u8> {
    let mut out = Vec::new();
    encode_into(index, dictionaries_hash, &mut out).expect("a vector takes every write");
    out
}

/// Writes what [`encode`] returns into `out`, a piece at a time: the cache of a large index
/// is written without being held whole in memory (at 100,000 articles the whole bytes and a
/// table of every run took 110 MB, the peak of a cold index). The payload is laid out twice,
/// once to count its bytes for the header, once to write it.
pub fn encode_into<W: std::io::Write + ?Sized>(
    index: &Index,
    dictionaries_hash: u64,
    out: &mut W,
) -> std::io::Result<()> {
    use std::io::Write;
    let mut length = Counted(0);
    write_payload(index, &mut length)?;
    let mut out = Summed {
        out,
        sum: StableHasher::new(),
    };
    let mut head = Vec::with_capacity(64);
    head.extend_from_slice(MAGIC);
    head.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    head.push(CRATE_VERSION.len() as u8);
    head.extend_from_slice(CRATE_VERSION.as_bytes());
    head.extend_from_slice(&dictionaries_hash.to_le_bytes());
    head.extend_from_slice(&length.0.to_le_bytes());
    out.write_all(&head)?;
    write_payload(index, &mut out)?;
    let sum = out.sum.finish();
    out.out.write_all(&sum.to_le_bytes())
}

/// Counts what is written to it.
struct Counted(u64);

impl std::io::Write for Counted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Passes what is written on, and sums it for the checksum.
struct Summed<'a, W: ?Sized> {
    out: &'a mut W,
    sum: StableHasher,
}

impl<W: std::io::Write + ?Sized> std::io::Write for Summed<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.sum.write(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// The payload (files, then posting lists), built in a buffer handed to `out` whenever it
/// holds this much.
const CHUNK: usize = 1 << 16;

fn write_payload(index: &Index, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(CHUNK * 2);
    let mut flush = |buf: &mut Vec<u8>, force: bool| -> std::io::Result<()> {
        if force || buf.len() >= CHUNK {
            out.write_all(buf)?;
            buf.clear();
        }
        Ok(())
    };
    put(&mut buf, index.len() as u64);
    for f in index.files() {
        put(&mut buf, f.path.len() as u64);
        buf.extend_from_slice(f.path.as_bytes());
        put(&mut buf, f.meta.size);
        put_varint(&mut buf, zigzag(f.meta.mtime_ns));
        match f.date {
            None => buf.push(0),
            Some(d) => {
                buf.push(1);
                put_varint(&mut buf, zigzag(d.year.into()));
                buf.push(d.month);
                buf.push(d.day);
            }
        }
        put(&mut buf, f.title.len() as u64);
        buf.extend_from_slice(f.title.as_bytes());
        put(&mut buf, f.mention_count as u64);
        flush(&mut buf, false)?;
    }
    let lists = index.lists();
    put(&mut buf, lists.entries.len() as u64);
    let mut prev_entry = None;
    for &entry in &lists.entries {
        let (count, runs) = lists.list(entry);
        put(&mut buf, prev_entry.map_or(entry, |p: u32| entry - p - 1));
        prev_entry = Some(entry);
        put(&mut buf, count as u64);
        let mut prev_rank = None;
        for (rank, count, bytes) in runs {
            put(&mut buf, prev_rank.map_or(rank, |p: u32| rank - p - 1));
            prev_rank = Some(rank);
            put(&mut buf, count);
            put(&mut buf, bytes.len() as u64);
            buf.extend_from_slice(bytes);
            flush(&mut buf, false)?;
        }
    }
    flush(&mut buf, true)
}

/// Reads what [`encode`] wrote, if it was written by this version of vigie-core with the
/// dictionaries of `dictionaries_hash`, and is whole.
pub fn decode(bytes: &[u8], dictionaries_hash: u64) -> Result<Index, CacheError> {
    decode_releasing(bytes, dictionaries_hash, &mut |_| {})
}

/// Bytes read between two calls of the `release` hook of [`decode_releasing`] (small in
/// tests, so that a small cache is released in many pieces).
pub(crate) const RELEASE_EVERY: usize = if cfg!(test) { 4096 } else { 8 << 20 };

/// [`decode`], telling `release` which ranges of `bytes` it has read and will not read
/// again (every 8 MB or so, ascending in each of its two passes): a caller that
/// maps the cache lets the system take those pages back, so that the mapped file never
/// adds its whole size to the process's memory. The checksum is summed over the whole
/// payload first, as its pieces are released; decoding then reads them again.
pub fn decode_releasing(
    bytes: &[u8],
    dictionaries_hash: u64,
    release: &mut dyn FnMut(std::ops::Range<usize>),
) -> Result<Index, CacheError> {
    let mut r = Reader { bytes, pos: 0 };
    // A prefix of the magic (an empty file included) is a cache cut short.
    let head = &bytes[..bytes.len().min(MAGIC.len())];
    if head != &MAGIC[..head.len()] {
        return Err(CacheError::NotACache);
    }
    let header_truncated = || CacheError::Truncated {
        len: bytes.len(),
        expected: 0,
    };
    r.take(MAGIC.len()).map_err(|_| header_truncated())?;
    let format = r.u32_le().map_err(|_| header_truncated())?;
    if format != FORMAT_VERSION {
        return Err(CacheError::FormatVersion {
            found: format,
            expected: FORMAT_VERSION,
        });
    }
    let version_len = r.u8().map_err(|_| header_truncated())?;
    let version = r.take(version_len.into()).map_err(|_| header_truncated())?;
    if version != CRATE_VERSION.as_bytes() {
        return Err(CacheError::CrateVersion {
            found: String::from_utf8_lossy(version).into_owned(),
            expected: CRATE_VERSION.to_string(),
        });
    }
    let hash = r.u64().map_err(|_| header_truncated())?;
    if hash != dictionaries_hash {
        return Err(CacheError::Dictionaries {
            found: hash,
            expected: dictionaries_hash,
        });
    }
    let payload_len = r.u64().map_err(|_| header_truncated())?;
    let expected = (r.pos as u64).saturating_add(payload_len).saturating_add(8);
    if (bytes.len() as u64) < expected {
        return Err(CacheError::Truncated {
            len: bytes.len(),
            expected,
        });
    }
    if bytes.len() as u64 > expected {
        return Err(CacheError::Corrupt("bytes after the checksum"));
    }
    let (body, sum) = bytes.split_at(bytes.len() - 8);
    let mut summed = StableHasher::new();
    for (i, piece) in body.chunks(RELEASE_EVERY).enumerate() {
        summed.write(piece);
        release(i * RELEASE_EVERY..i * RELEASE_EVERY + piece.len());
    }
    if summed.finish() != u64::from_le_bytes(sum.try_into().expect("8 bytes")) {
        return Err(CacheError::Checksum);
    }
    let mut r = Reader {
        bytes: body,
        pos: r.pos,
    };
    let index = read_payload(&mut r, release)?;
    if r.pos != body.len() {
        return Err(CacheError::Corrupt("payload longer than its lists"));
    }
    Ok(index)
}

type Files<'a> = Vec<FileRow<'a>>;

fn read_payload(r: &mut Reader, release: &mut dyn FnMut(std::ops::Range<usize>)) -> Result<Index, CacheError> {
    let count = r.varint()?;
    // Every file takes at least 6 bytes: no more files than that.
    let mut files: Files = Vec::with_capacity(r.cap(count, 6));
    for _ in 0..count {
        let path = r.str()?;
        if files.last().is_some_and(|(last, ..)| **last >= *path) {
            return Err(CacheError::Corrupt("paths out of order"));
        }
        let size = r.u64_varint()?;
        let mtime_ns = unzigzag(r.varint()?);
        let date = match r.u8()? {
            0 => None,
            1 => {
                let year = i32::try_from(unzigzag(r.varint()?)).map_err(|_| CacheError::Corrupt("year"))?;
                let (month, day) = (r.u8()?, r.u8()?);
                Some(Date::new(year, month, day).ok_or(CacheError::Corrupt("date"))?)
            }
            _ => return Err(CacheError::Corrupt("date tag")),
        };
        let title = r.str()?;
        let mentions = r.u32()? as usize;
        files.push((path.into(), FileMeta { size, mtime_ns }, date, title, mentions));
    }
    let n = files.len();
    // Every (file, entry) pair in list order, and per file how many runs and mentions it
    // has: one flat table per file is made of them below (a vector per file costs a
    // reallocation and a cache miss a pair, most of the decoding time).
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    let mut runs_of = vec![0u32; n];
    let mut held = vec![0usize; n];
    // The file table stays until the end (titles are borrowed from it); the lists, nine
    // tenths of a cache, are released behind the reader.
    let mut released = r.pos;
    let entries = r.varint()?;
    // Every list takes at least 6 bytes.
    let mut lists: Vec<(u32, Postings)> = Vec::with_capacity(r.cap(entries, 6));
    let mut entry: Option<u32> = None;
    for _ in 0..entries {
        let gap = r.u32()?;
        let e = match entry {
            None => Some(gap),
            Some(p) => p.checked_add(gap).and_then(|e| e.checked_add(1)),
        }
        .filter(|&e| (e as usize) < MAX_ENTRIES)
        .ok_or(CacheError::Corrupt("entry out of range"))?;
        entry = Some(e);
        let runs = r.varint()?;
        if runs == 0 {
            return Err(CacheError::Corrupt("an empty posting list"));
        }
        let mut list = Postings::default();
        let mut rank: Option<u32> = None;
        for _ in 0..runs {
            let gap = r.u32()?;
            let f = match rank {
                None => Some(gap),
                Some(p) => p.checked_add(gap).and_then(|f| f.checked_add(1)),
            }
            .filter(|&f| (f as usize) < n)
            .ok_or(CacheError::Corrupt("file out of range"))?;
            rank = Some(f);
            let count = r.u32()?;
            let len = r.u32()? as usize;
            let bytes = r.take(len)?;
            if count == 0 || !postings::valid(bytes, count) {
                return Err(CacheError::Corrupt("mention positions"));
            }
            list.push_back(f, count, bytes);
            pairs.push((f, e));
            runs_of[f as usize] += 1;
            held[f as usize] += count as usize;
        }
        list.shrink();
        lists.push((e, list));
        if r.pos - released >= RELEASE_EVERY {
            release(released..r.pos);
            released = r.pos;
        }
    }
    if files.iter().zip(&held).any(|(f, &h)| f.4 > h || (h > 0 && f.4 == 0)) {
        return Err(CacheError::Corrupt("mention counts"));
    }
    // Counting sort of the pairs by file: lists come in entry order, so each file's entries
    // stay ascending.
    let mut starts = Vec::with_capacity(n + 1);
    let mut at = 0usize;
    for &k in &runs_of {
        starts.push(at);
        at += k as usize;
    }
    starts.push(at);
    let mut next = starts.clone();
    let mut entries = vec![0u32; pairs.len()];
    for (f, e) in pairs {
        let slot = &mut next[f as usize];
        entries[*slot] = e;
        *slot += 1;
    }
    Ok(Index::from_parts(files, lists, &entries, &starts))
}

/// A cursor over bytes whose every read is checked.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    const CUT: CacheError = CacheError::Corrupt("a record runs past the end of the payload");

    fn take(&mut self, n: usize) -> Result<&'a [u8], CacheError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or(Self::CUT)?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, CacheError> {
        Ok(self.take(1)?[0])
    }

    /// A LEB128 value that fits a `u32`; most are one byte.
    fn u32(&mut self) -> Result<u32, CacheError> {
        match self.bytes.get(self.pos) {
            Some(&b) if b < 0x80 => {
                self.pos += 1;
                Ok(u32::from(b))
            }
            _ => u32::try_from(self.varint()?).map_err(|_| CacheError::Corrupt("value out of range")),
        }
    }

    fn u64_varint(&mut self) -> Result<u64, CacheError> {
        u64::try_from(self.varint()?).map_err(|_| CacheError::Corrupt("value out of range"))
    }

    /// A fixed-width little-endian `u32` (header field).
    fn u32_le(&mut self) -> Result<u32, CacheError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }

    /// A fixed-width little-endian `u64` (header fields).
    fn u64(&mut self) -> Result<u64, CacheError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes")))
    }

    /// A LEB128 value of at most 128 bits.
    fn varint(&mut self) -> Result<u128, CacheError> {
        let mut v: u128 = 0;
        for shift in (0..128).step_by(7) {
            let b = self.u8()?;
            let bits = u128::from(b & 0x7f);
            if shift == 126 && bits > 0b11 {
                return Err(CacheError::Corrupt("varint overflow"));
            }
            v |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(CacheError::Corrupt("varint overflow"))
    }

    fn str(&mut self) -> Result<&'a str, CacheError> {
        let len = usize::try_from(self.varint()?).map_err(|_| Self::CUT)?;
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes).map_err(|_| CacheError::Corrupt("text is not UTF-8"))
    }

    /// A capacity for `count` records of at least `min_size` bytes each: no more than the
    /// bytes left can hold.
    fn cap(&self, count: u128, min_size: usize) -> usize {
        let left = (self.bytes.len() - self.pos) / min_size;
        usize::try_from(count).map_or(left, |c| c.min(left))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::corpus::{analyze_file, test_lexicon as lexicon};

    fn sample() -> Index {
        let lex = lexicon();
        let texts = [
            (
                "/a/un.md",
                "---\ntitle: Un\ndate: 2024-02-29\n---\n😀 Kyïv,\r\nVladimir\nPoutine et la Géorgie.",
            ),
            ("/a/deux.txt", "date 2025-01-01\n\nKiev Kiev Kiev"),
            ("/b/vide.md", ""),
            ("file:///c/%C3%A9t%C3%A9.md", "\r\rGéorgie\r\n"),
        ];
        let mut index = Index::new();
        for (i, (path, text)) in texts.iter().enumerate() {
            let meta = FileMeta {
                size: text.len() as u64,
                mtime_ns: if i % 2 == 0 {
                    -1_000_000_007
                } else {
                    i128::MAX - i as i128
                },
            };
            index.upsert(path, meta, analyze_file(&lex, text));
        }
        index
    }

    const HASH: u64 = 0x1234_5678_9abc_def0;

    #[test]
    fn round_trips() {
        let index = sample();
        let bytes = encode(&index, HASH);
        let back = decode(&bytes, HASH).unwrap();
        assert_eq!(back, index);
        assert_eq!(back.count(0), index.count(0));
        assert_eq!(back.count(3), (2, 2));
        assert_eq!(encode(&back, HASH), bytes);
        let empty = encode(&Index::new(), HASH);
        assert_eq!(decode(&empty, HASH).unwrap(), Index::new());
    }

    /// A writer that takes at most three bytes a call, and fails once it holds `fail_at`.
    struct Trickle {
        got: Vec<u8>,
        fail_at: usize,
    }

    impl std::io::Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.got.len() >= self.fail_at {
                return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "full"));
            }
            let n = buf.len().min(3);
            self.got.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn written_a_piece_at_a_time_the_bytes_are_the_same() {
        let index = sample();
        let whole = encode(&index, HASH);
        let mut trickle = Trickle {
            got: Vec::new(),
            fail_at: usize::MAX,
        };
        encode_into(&index, HASH, &mut trickle).unwrap();
        assert_eq!(trickle.got, whole, "short writes are summed as they are taken");
        // A writer that fails (a full disk) makes the encoding fail, not end short.
        let mut full = Trickle {
            got: Vec::new(),
            fail_at: whole.len() / 2,
        };
        assert!(encode_into(&index, HASH, &mut full).is_err());
        // A large index spans several chunks of the payload buffer.
        let lex = lexicon();
        let big = Index::from_files((0..5000).map(|i| {
            let text = format!("# Article {i}\n\nVladimir Poutine et Kiev, {i}.\n");
            (
                format!("/c/{i:05}.md"),
                FileMeta {
                    size: text.len() as u64,
                    mtime_ns: i.into(),
                },
                analyze_file(&lex, &text),
            )
        }));
        let whole = encode(&big, HASH);
        assert!(whole.len() > 2 * CHUNK, "{} bytes", whole.len());
        let mut trickle = Trickle {
            got: Vec::new(),
            fail_at: usize::MAX,
        };
        encode_into(&big, HASH, &mut trickle).unwrap();
        assert_eq!(trickle.got, whole);
        assert_eq!(decode(&whole, HASH).unwrap(), big);
    }

    /// The pieces a decoder releases: inside the bytes, ascending in each pass, the first
    /// pass over the whole payload, the second over the lists only; and what it decodes is
    /// what `decode` does.
    #[test]
    fn releases_what_it_has_read() {
        let lex = lexicon();
        let big = Index::from_files((0..2000).map(|i| {
            let text = format!("# Article {i}\n\nVladimir Poutine, la Géorgie, l'OTAN et Kiev, {i}.\n");
            (format!("/c/{i:05}.md"), FileMeta::default(), analyze_file(&lex, &text))
        }));
        let bytes = encode(&big, HASH);
        assert!(bytes.len() > 4 * RELEASE_EVERY, "{} bytes", bytes.len());
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        let decoded = decode_releasing(&bytes, HASH, &mut |r| ranges.push(r)).unwrap();
        assert_eq!(decoded, big);
        let second = ranges.windows(2).position(|w| w[1].start < w[0].end).unwrap() + 1;
        let (checksum_pass, decode_pass) = ranges.split_at(second);
        for pass in [checksum_pass, decode_pass] {
            assert!(pass.windows(2).all(|w| w[0].end <= w[1].start));
            assert!(pass.iter().all(|r| r.start < r.end && r.end <= bytes.len() - 8));
        }
        assert_eq!(checksum_pass.first().unwrap().start, 0);
        assert_eq!(checksum_pass.last().unwrap().end, bytes.len() - 8);
        assert!(decode_pass.len() >= 2, "{decode_pass:?}");
        assert!(decode_pass[0].start > 2000 * 10, "the file table is kept");
    }

    #[test]
    fn rejects_stale_and_damaged_caches_with_a_reason() {
        let bytes = encode(&sample(), HASH);
        assert!(matches!(
            decode(&bytes, HASH + 1),
            Err(CacheError::Dictionaries { found: HASH, .. })
        ));
        assert_eq!(decode(b"", HASH), Err(CacheError::Truncated { len: 0, expected: 0 }));
        assert_eq!(
            decode(b"vigie", HASH),
            Err(CacheError::Truncated { len: 5, expected: 0 })
        );
        assert_eq!(decode(b"{\"json\": true}", HASH), Err(CacheError::NotACache));
        let mut other_format = bytes.clone();
        other_format[8] = 1;
        assert_eq!(
            decode(&other_format, HASH),
            Err(CacheError::FormatVersion { found: 1, expected: 2 })
        );
        let mut other_crate = bytes.clone();
        other_crate[13] = b'9';
        assert!(matches!(
            decode(&other_crate, HASH),
            Err(CacheError::CrateVersion { .. })
        ));
        assert!(matches!(
            decode(&bytes[..bytes.len() - 1], HASH),
            Err(CacheError::Truncated { .. })
        ));
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(matches!(decode(&longer, HASH), Err(CacheError::Corrupt(_))));
        let mut flipped = bytes.clone();
        let last = flipped.len() - 20;
        flipped[last] ^= 0x10;
        assert_eq!(decode(&flipped, HASH), Err(CacheError::Checksum));
    }

    #[test]
    fn dictionaries_hash_is_stable_and_sensitive() {
        let h = dictionaries_hash(&[("actors.toml", "[[entry]]"), ("places.toml", "")]);
        // Fixed forever for this format: a change here invalidates every cache.
        assert_eq!(
            h,
            dictionaries_hash(&[("actors.toml", "[[entry]]"), ("places.toml", "")])
        );
        expect_test::expect!["b66f29a73c91d63e"].assert_eq(&format!("{h:016x}"));
        for other in [
            dictionaries_hash(&[("places.toml", ""), ("actors.toml", "[[entry]]")]),
            dictionaries_hash(&[("actors.toml", "[[entry]]"), ("places.tom", "l")]),
            dictionaries_hash(&[("actors.toml", "[[entry]]")]),
            dictionaries_hash(&[]),
        ] {
            assert_ne!(h, other);
        }
    }

    #[test]
    fn checksum_streams() {
        let data: Vec<u8> = (0..100u8).collect();
        for split in 0..data.len() {
            let mut c = StableHasher::new();
            c.write(&data[..split]);
            c.write(&data[split..]);
            assert_eq!(c.finish(), checksum(&data));
        }
        assert_ne!(checksum(b"ab"), checksum(b"ab\0"));
    }

    #[test]
    fn varints_round_trip() {
        for v in [0, 1, 127, 128, 300, u64::MAX as u128, u128::MAX] {
            let mut out = Vec::new();
            put_varint(&mut out, v);
            assert_eq!(Reader { bytes: &out, pos: 0 }.varint(), Ok(v));
        }
        for v in [0, -1, 1, i128::MIN, i128::MAX] {
            assert_eq!(unzigzag(zigzag(v)), v);
        }
        let too_long = [0xffu8; 20];
        assert!(Reader {
            bytes: &too_long,
            pos: 0
        }
        .varint()
        .is_err());
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            let _ = decode(&bytes, HASH);
            let mut prefixed = MAGIC.to_vec();
            prefixed.extend_from_slice(&bytes);
            let _ = decode(&prefixed, HASH);
        }

        /// A valid header followed by arbitrary records, with a valid checksum: every value
        /// is checked, nothing panics.
        #[test]
        fn arbitrary_payloads_with_valid_checksums_never_panic(payload in prop::collection::vec(any::<u8>(), 0..300)) {
            let mut bytes = encode(&Index::new(), HASH);
            bytes.truncate(bytes.len() - 8 - 1);
            let length_at = bytes.len() - 8;
            bytes.extend_from_slice(&payload);
            let len = (bytes.len() - length_at - 8) as u64;
            bytes[length_at..length_at + 8].copy_from_slice(&len.to_le_bytes());
            let sum = checksum(&bytes);
            bytes.extend_from_slice(&sum.to_le_bytes());
            if let Ok(index) = decode(&bytes, HASH) {
                // What decodes re-encodes to a cache that decodes the same.
                prop_assert_eq!(decode(&encode(&index, HASH), HASH).unwrap(), index);
            }
        }

        #[test]
        fn truncated_caches_are_rejected(cut in any::<prop::sample::Index>()) {
            let bytes = encode(&sample(), HASH);
            let cut = cut.index(bytes.len());
            prop_assert!(decode(&bytes[..cut], HASH).is_err());
        }

        #[test]
        fn bit_flips_are_rejected(flips in prop::collection::vec((any::<prop::sample::Index>(), 0..8u32), 1..4)) {
            let original = encode(&sample(), HASH);
            let mut bytes = original.clone();
            for (at, bit) in flips {
                bytes[at.index(original.len())] ^= 1 << bit;
            }
            if bytes != original {
                prop_assert!(decode(&bytes, HASH).is_err());
            }
        }
    }
}
