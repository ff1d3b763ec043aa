//! The one converter between byte offsets and (line, column) positions.
//!
//! A [`LineIndex`] is built once per text (per document version in the server, per file in
//! the corpus and the CLI) and converts byte offsets to and from positions whose column
//! counts UTF-8 bytes, UTF-16 code units or Unicode scalar values (UTF-32), without the
//! text: it keeps the line starts and the non-ASCII characters. Lines end at `\n`, `\r\n`
//! or a lone `\r`, as in the Language Server Protocol.

use std::ops::Range;

/// How a column is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// Bytes: LSP's `utf-8`.
    Utf8,
    /// UTF-16 code units: LSP's default.
    Utf16,
    /// Unicode scalar values: LSP's `utf-32`, and what the CLI reports.
    Utf32,
}

/// A zero-based line and a column in some [`Encoding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

impl From<LineCol> for (usize, usize) {
    /// `(line, column)`, zero-based.
    fn from(p: LineCol) -> (usize, usize) {
        (p.line as usize, p.col as usize)
    }
}

/// A position with its column in both LSP encodings, for data kept without its text (the
/// corpus index, dictionary entries): whichever encoding the client chose is at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct WidePos {
    pub line: u32,
    pub utf8: u32,
    pub utf16: u32,
}

impl WidePos {
    /// The position in `enc`; `None` for UTF-32, whose columns are not kept.
    pub fn in_encoding(self, enc: Encoding) -> Option<LineCol> {
        let col = match enc {
            Encoding::Utf8 => self.utf8,
            Encoding::Utf16 => self.utf16,
            Encoding::Utf32 => return None,
        };
        Some(LineCol { line: self.line, col })
    }
}

/// A position whose line is past the end of the text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("position {line}:{col} is past the end of the text ({lines} lines)")]
pub struct OutOfRange {
    pub line: u32,
    pub col: u32,
    pub lines: usize,
}

/// A non-ASCII character: where it starts and how many UTF-8 bytes it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Wide {
    at: u32,
    len: u8,
}

impl Wide {
    /// Bytes it takes beyond its width in `enc`.
    fn extra(self, enc: Encoding) -> u32 {
        let units = match enc {
            Encoding::Utf8 => return 0,
            Encoding::Utf16 if self.len == 4 => 2,
            Encoding::Utf16 | Encoding::Utf32 => 1,
        };
        u32::from(self.len) - units
    }

    fn width(self, enc: Encoding) -> u32 {
        u32::from(self.len) - self.extra(enc)
    }
}

/// Line starts and non-ASCII characters of a text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LineIndex {
    /// Byte offset of the start of each line; `starts[0] == 0`.
    starts: Vec<u32>,
    /// Lines (by number) that end with `\r\n`, ascending.
    crlf: Vec<u32>,
    /// Every non-ASCII character, in text order.
    wide: Vec<Wide>,
    len: u32,
}

/// Builds a [`LineIndex`] from consecutive pieces of a text (a rope's chunks).
#[derive(Debug, Default)]
struct Builder {
    index: LineIndex,
    /// The previous piece ended with `\r`: a `\n` first in this one makes it a CRLF.
    pending_cr: bool,
}

impl Builder {
    fn push(&mut self, piece: &str) {
        if piece.is_empty() {
            return;
        }
        let base = self.index.len;
        let bytes = piece.as_bytes();
        let ix = &mut self.index;
        let mut i = 0;
        if self.pending_cr {
            self.pending_cr = false;
            if bytes.first() == Some(&b'\n') {
                // The `\r` already opened a line at `base`: move that start past the `\n`.
                let line = ix.starts.len() as u32 - 2;
                *ix.starts.last_mut().expect("a line was opened") = base + 1;
                ix.crlf.push(line);
                i = 1;
            }
        }
        while i < bytes.len() {
            // Eight plain ASCII bytes at a time (no line break, nothing wide).
            while let Some(chunk) = bytes.get(i..i + 8) {
                if special(u64::from_le_bytes(chunk.try_into().expect("8 bytes"))) {
                    break;
                }
                i += 8;
            }
            let Some(&b) = bytes.get(i) else { break };
            if b < 0x80 {
                if b == b'\n' {
                    ix.starts.push(base + i as u32 + 1);
                } else if b == b'\r' {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        ix.crlf.push(ix.starts.len() as u32 - 1);
                        ix.starts.push(base + i as u32 + 2);
                        i += 1;
                    } else {
                        ix.starts.push(base + i as u32 + 1);
                        self.pending_cr = i + 1 == bytes.len();
                    }
                }
                i += 1;
            } else {
                let len = utf8_len(b);
                ix.wide.push(Wide {
                    at: base + i as u32,
                    len,
                });
                i += usize::from(len);
            }
        }
        ix.len = base + bytes.len() as u32;
    }
}

/// Whether one of the eight bytes of `w` is not ASCII, or is `\n` or `\r`.
fn special(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    w & HIGH != 0 || has(w ^ (ONES * u64::from(b'\n'))) || has(w ^ (ONES * u64::from(b'\r')))
}

/// Length of the UTF-8 sequence that starts with `b` (a valid leading byte).
fn utf8_len(b: u8) -> u8 {
    match b {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    }
}

impl LineIndex {
    /// The index of `text`. Texts over 4 GiB are not supported (offsets are `u32`).
    pub fn new(text: &str) -> LineIndex {
        LineIndex::from_pieces([text])
    }

    /// The index of the concatenation of `pieces` (a rope's chunks), without joining them.
    pub fn from_pieces<'a>(pieces: impl IntoIterator<Item = &'a str>) -> LineIndex {
        let mut b = Builder {
            index: LineIndex {
                starts: vec![0],
                ..LineIndex::default()
            },
            pending_cr: false,
        };
        for piece in pieces {
            b.push(piece);
        }
        b.index
    }

    /// Length of the text in bytes.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where zero-based `line` starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).map(|&s| s as usize)
    }

    /// End of `line`'s content, before its line break.
    fn content_end(&self, line: usize) -> u32 {
        match self.starts.get(line + 1) {
            None => self.len,
            Some(&next) => {
                let crlf = self.crlf.binary_search(&(line as u32)).is_ok();
                next - if crlf { 2 } else { 1 }
            }
        }
    }

    /// The non-ASCII characters starting in `start..end`.
    fn wide_in(&self, start: u32, end: u32) -> &[Wide] {
        let from = self.wide.partition_point(|w| w.at < start);
        let to = self.wide.partition_point(|w| w.at < end);
        &self.wide[from..to]
    }

    /// `offset` clamped to the text and moved back to the start of the character it falls in.
    fn boundary(&self, offset: usize) -> u32 {
        let offset = offset.min(self.len as usize) as u32;
        let before = self.wide.partition_point(|w| w.at < offset);
        match before.checked_sub(1).map(|i| self.wide[i]) {
            Some(w) if offset < w.at + u32::from(w.len) => w.at,
            _ => offset,
        }
    }

    /// Line and column of byte `offset` (clamped to the text, and to the start of the
    /// character it falls in).
    pub fn line_col(&self, offset: usize, enc: Encoding) -> LineCol {
        let offset = self.boundary(offset);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let extra: u32 = self.wide_in(start, offset).iter().map(|w| w.extra(enc)).sum();
        LineCol {
            line: line as u32,
            col: offset - start - extra,
        }
    }

    /// Line and column of byte `offset` in both LSP encodings.
    pub fn wide_pos(&self, offset: usize) -> WidePos {
        let utf8 = self.line_col(offset, Encoding::Utf8);
        let utf16 = self.line_col(offset, Encoding::Utf16);
        WidePos {
            line: utf8.line,
            utf8: utf8.col,
            utf16: utf16.col,
        }
    }

    /// Byte offset of a position. A column past the end of its line is clamped to the line's
    /// end (before its break), as LSP asks; a column inside a character (half a surrogate
    /// pair, a byte inside a UTF-8 sequence) rounds down to that character's start. A line
    /// past the end is an error.
    pub fn offset(&self, pos: LineCol, enc: Encoding) -> Result<usize, OutOfRange> {
        let line = pos.line as usize;
        let Some(&start) = self.starts.get(line) else {
            return Err(OutOfRange {
                line: pos.line,
                col: pos.col,
                lines: self.starts.len(),
            });
        };
        let end = self.content_end(line);
        let mut at = start;
        let mut units = 0u32;
        for w in self.wide_in(start, end) {
            // ASCII up to this character: one unit a byte.
            let ascii = w.at - at;
            if units + ascii >= pos.col {
                return Ok((at + (pos.col - units)) as usize);
            }
            units += ascii;
            let width = w.width(enc);
            if units + width > pos.col {
                return Ok(w.at as usize);
            }
            units += width;
            at = w.at + u32::from(w.len);
        }
        Ok((at + (pos.col - units).min(end - at)) as usize)
    }

    /// Takes an edit into the index without reading the whole text again: `edit` (a byte
    /// range of the old text) was replaced by `inserted` bytes. `region(range)` gives the new
    /// text of a byte range: the lines around the edit are scanned again (one more on each
    /// side, so that a `\r` and a `\n` that the edit brings together are seen), the rest is
    /// shifted. O(lines + wide characters) in moves, O(edit) in scanning.
    pub fn apply_edit(&mut self, edit: Range<usize>, inserted: usize, region: impl FnOnce(Range<usize>) -> String) {
        let old_len = self.len as usize;
        let (start, end) = (
            edit.start.min(old_len),
            edit.end.min(old_len).max(edit.start.min(old_len)),
        );
        let new_len = old_len - (end - start) + inserted;
        let line_of = |o: usize| self.starts.partition_point(|&s| s as usize <= o) - 1;
        let lo = line_of(start).saturating_sub(1);
        let hi = (line_of(end) + 1).min(self.starts.len() - 1);
        let region_start = self.starts[lo] as usize;
        let region_end_old = self.starts.get(hi + 1).map_or(old_len, |&s| s as usize);
        let region_end_new = region_end_old + inserted - (end - start);
        let sub = LineIndex::new(&region(region_start..region_end_new));
        let delta = new_len as i64 - old_len as i64;
        let shift = |x: u32| (x as i64 + delta) as u32;
        let at_end = region_end_old == old_len;
        // Line starts: those inside the region come from the new scan; a start at the region's
        // end is kept (shifted) unless the region reaches the end of the text.
        let from = lo + 1;
        let to = if at_end { self.starts.len() } else { hi + 1 };
        let new_starts: Vec<u32> = sub.starts[1..]
            .iter()
            .filter(|&&s| (s as usize) < sub.len() || at_end)
            .map(|&s| s + region_start as u32)
            .collect();
        let n_new = new_starts.len();
        let added_lines = n_new as i64 - (to - from) as i64;
        self.starts.splice(from..to, new_starts);
        for s in &mut self.starts[from + n_new..] {
            *s = shift(*s);
        }
        // CRLF lines: renumber those after the region, take the region's from the scan.
        let crlf_from = self.crlf.partition_point(|&l| (l as usize) < lo);
        let crlf_to = self.crlf.partition_point(|&l| (l as usize) <= hi);
        let new_crlf: Vec<u32> = sub.crlf.iter().map(|&l| l + lo as u32).collect();
        let n_new_crlf = new_crlf.len();
        self.crlf.splice(crlf_from..crlf_to, new_crlf);
        for l in &mut self.crlf[crlf_from + n_new_crlf..] {
            *l = (*l as i64 + added_lines) as u32;
        }
        // Wide characters likewise, by offset.
        let wide_from = self.wide.partition_point(|w| (w.at as usize) < region_start);
        let wide_to = self.wide.partition_point(|w| (w.at as usize) < region_end_old);
        let new_wide: Vec<Wide> = sub
            .wide
            .iter()
            .map(|w| Wide {
                at: w.at + region_start as u32,
                len: w.len,
            })
            .collect();
        let n_new_wide = new_wide.len();
        self.wide.splice(wide_from..wide_to, new_wide);
        for w in &mut self.wide[wide_from + n_new_wide..] {
            w.at = shift(w.at);
        }
        self.len = new_len as u32;
    }

    /// The byte range of two positions (each as [`LineIndex::offset`] finds it).
    pub fn range(&self, start: LineCol, end: LineCol, enc: Encoding) -> Result<Range<usize>, OutOfRange> {
        Ok(self.offset(start, enc)?..self.offset(end, enc)?)
    }
}

/// The positions of byte offsets asked in increasing order, in one pass over the text:
/// what [`LineIndex::wide_pos`] answers, without building the index. For a text whose
/// offsets are all known at once and sorted (a file's mentions, as the corpus indexes it).
/// An offset before the previous one starts the pass again from the beginning.
#[derive(Debug, Clone)]
pub struct Walker<'a> {
    text: &'a str,
    at: usize,
    line: u32,
    line_start: usize,
    /// UTF-16 units from `line_start` to `at`.
    utf16: u32,
}

impl<'a> Walker<'a> {
    pub fn new(text: &'a str) -> Walker<'a> {
        Walker {
            text,
            at: 0,
            line: 0,
            line_start: 0,
            utf16: 0,
        }
    }

    /// Line and columns of byte `offset` (clamped to the text, and to the start of the
    /// character it falls in).
    pub fn wide_pos(&mut self, offset: usize) -> WidePos {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.at {
            *self = Walker::new(self.text);
        }
        let bytes = self.text.as_bytes();
        while self.at < offset {
            // Eight plain ASCII bytes at a time (no line break, nothing wide).
            if let Some(chunk) = bytes.get(self.at..self.at + 8) {
                if self.at + 8 <= offset && !special(u64::from_le_bytes(chunk.try_into().expect("8 bytes"))) {
                    self.at += 8;
                    self.utf16 += 8;
                    continue;
                }
            }
            let b = bytes[self.at];
            let len = if b < 0x80 { 1 } else { usize::from(utf8_len(b)) };
            // A line starts after `\n`, and after a `\r` not followed by `\n` (in `\r\n`,
            // the `\r` counts as a column of the line it ends, as in `LineIndex`).
            if b == b'\n' || (b == b'\r' && bytes.get(self.at + 1) != Some(&b'\n')) {
                self.line += 1;
                self.line_start = self.at + 1;
                self.utf16 = 0;
            } else {
                self.utf16 += if len == 4 { 2 } else { 1 };
            }
            self.at += len;
        }
        WidePos {
            line: self.line,
            utf8: (offset - self.line_start) as u32,
            utf16: self.utf16,
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const ALL: [Encoding; 3] = [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32];

    #[test]
    fn columns_after_emoji_accents_nbsp_and_crlf() {
        let text = "date 2025\r\n😀 é\u{A0}Kyiv\rx\ny";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        let k = text.find("Kyiv").unwrap();
        let lc = |line, col| LineCol { line, col };
        assert_eq!(idx.line_col(k, Encoding::Utf8), lc(1, 9));
        assert_eq!(idx.line_col(k, Encoding::Utf16), lc(1, 5));
        assert_eq!(idx.line_col(k, Encoding::Utf32), lc(1, 4));
        assert_eq!(
            idx.wide_pos(k),
            WidePos {
                line: 1,
                utf8: 9,
                utf16: 5
            }
        );
        for enc in ALL {
            assert_eq!(idx.offset(idx.line_col(k, enc), enc), Ok(k));
        }
        assert_eq!(idx.offset(lc(2, 0), Encoding::Utf16), Ok(text.find('x').unwrap()));
        // Past the end of a line: its end, before the break.
        assert_eq!(idx.offset(lc(0, 99), Encoding::Utf16), Ok(9));
        assert!(idx.offset(lc(9, 0), Encoding::Utf16).is_err());
        // Inside the emoji: its start.
        assert_eq!(idx.offset(lc(1, 1), Encoding::Utf16), Ok(11));
        assert_eq!(idx.line_col(13, Encoding::Utf16), lc(1, 0));
    }

    #[test]
    fn pieces_give_the_index_of_their_concatenation() {
        let pieces = ["a\r", "\nb\r", "c😀", "\r", "", "\n"];
        assert_eq!(LineIndex::from_pieces(pieces), LineIndex::new(&pieces.concat()));
    }

    /// Pieces that stress positions: emoji (4 bytes, 2 UTF-16 units), a flag (two
    /// scalars), combining marks, accents, NBSP, narrow NBSP, every line end, ASCII.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "a", "Kiev ", "é", "e\u{301}", "😀", "🇺🇦", "\u{A0}", "\u{202F}", "\r\n", "\n", "\r", " ", "’", "中",
        ])
    }

    /// The position of `offset` the slow, obvious way.
    fn naive_line_col(s: &str, offset: usize, enc: Encoding) -> LineCol {
        let before = &s[..offset];
        // `\r` then `\n` is one break; an offset between them stays on the `\r`'s line.
        let line = before
            .bytes()
            .enumerate()
            .filter(|&(i, b)| b == b'\n' || (b == b'\r' && s.as_bytes().get(i + 1) != Some(&b'\n')))
            .count();
        let searched = match before.strip_suffix('\r') {
            Some(b) if s[offset..].starts_with('\n') => b,
            _ => before,
        };
        let prefix = &before[searched.rfind(['\n', '\r']).map_or(0, |i| i + 1)..];
        let col = match enc {
            Encoding::Utf8 => prefix.len(),
            Encoding::Utf16 => prefix.encode_utf16().count(),
            Encoding::Utf32 => prefix.chars().count(),
        };
        LineCol {
            line: line as u32,
            col: col as u32,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

        /// Every char boundary agrees with the naive computation in every encoding, and
        /// converts back; building from any split into pieces gives the same index.
        #[test]
        fn agrees_with_a_naive_reference(parts in prop::collection::vec(piece(), 0..40), cut in any::<prop::sample::Index>()) {
            let s = parts.concat();
            let idx = LineIndex::new(&s);
            let boundaries: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let at = boundaries[cut.index(boundaries.len())];
            prop_assert_eq!(&LineIndex::from_pieces([&s[..at], &s[at..]]), &idx);
            for &o in &boundaries {
                for enc in ALL {
                    let lc = idx.line_col(o, enc);
                    prop_assert_eq!(lc, naive_line_col(&s, o, enc), "offset {} {:?}", o, enc);
                    let between_cr_lf = o > 0 && s.as_bytes()[o - 1] == b'\r' && s.as_bytes().get(o) == Some(&b'\n');
                    if !between_cr_lf {
                        prop_assert_eq!(idx.offset(lc, enc), Ok(o));
                    }
                }
            }
        }

        /// The walker answers what the index answers, offsets in order or not.
        #[test]
        fn the_walker_agrees_with_the_index(parts in prop::collection::vec(piece(), 0..40), picks in prop::collection::vec(any::<prop::sample::Index>(), 0..30), sorted in any::<bool>()) {
            let s = parts.concat();
            let idx = LineIndex::new(&s);
            let mut offsets: Vec<usize> = picks.iter().map(|p| p.index(s.len() + 3)).collect();
            if sorted {
                offsets.sort_unstable();
            }
            let mut walker = Walker::new(&s);
            for o in offsets {
                prop_assert_eq!(walker.wide_pos(o), idx.wide_pos(o), "offset {} in {:?}", o, s);
            }
        }

        /// An edit taken in place gives the index of the edited text.
        #[test]
        fn edits_in_place_equal_a_fresh_index(
            parts in prop::collection::vec(piece(), 0..40),
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..12, prop::collection::vec(piece(), 0..5)), 1..6),
        ) {
            let mut s = parts.concat();
            let mut idx = LineIndex::new(&s);
            for (at, delete, insert) in edits {
                let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
                let start = bounds[at.index(bounds.len())];
                let mut end = (start + delete).min(s.len());
                while !s.is_char_boundary(end) {
                    end += 1;
                }
                let insert = insert.concat();
                s.replace_range(start..end, &insert);
                idx.apply_edit(start..end, insert.len(), |r| s[r].to_string());
                prop_assert_eq!(&idx, &LineIndex::new(&s), "after replacing {}..{} by {:?} in {:?}", start, end, insert, s);
            }
        }

        /// Any position converts to a char boundary within its line, never past the text.
        #[test]
        fn any_position_lands_on_a_boundary(parts in prop::collection::vec(piece(), 0..30), line in 0u32..12, col in 0u32..80) {
            let s = parts.concat();
            let idx = LineIndex::new(&s);
            for enc in ALL {
                match idx.offset(LineCol { line, col }, enc) {
                    Ok(o) => {
                        prop_assert!(s.is_char_boundary(o));
                        prop_assert!(idx.line_col(o, enc).line == line);
                    }
                    Err(_) => prop_assert!(line as usize >= idx.line_count()),
                }
            }
        }
    }
}
