//! The compact byte form of mention positions, shared by the in-memory posting lists and
//! the cache: each mention of one entry in one file is coded against the previous one
//! (the first against zero) in about 5 to 7 bytes instead of a 32-byte [`MentionPos`].
//!
//! A mention is a tag byte, then LEB128 values (every difference wrapping in `u32`, so any
//! `MentionPos` round-trips, and consistent ones are small):
//!
//! ```text
//! tag      bits 1 to 4: line - previous line, or 15 and then that value as a LEB128;
//!          bits 5 to 7: col_utf8 - col_utf16 (what the characters before the mention on
//!          its line lose in UTF-16), or 7 and then that value as a LEB128;
//!          bit 0: a second tag byte follows, for what is rare (else all its bits are 0):
//!            bit 1: the mention ends on a later line; bit 2: its end column is not
//!            start column + length; bit 3: the end's UTF-8/UTF-16 difference is not the
//!            start's
//! [escape] the line difference, then the column difference, if escaped
//! a        start - previous start
//! b        end - start
//! d        col_utf8, minus the previous col_utf8 on the same line
//! [bit 1]  end_line - line
//! [bit 2]  end_col_utf8, minus col_utf8 + b on the same line
//! [bit 3]  end_col_utf8 - end_col_utf16, minus the start's difference on the same line
//! ```
//!
//! A mention takes 4 to 6 bytes, most often 6.

use super::file::MentionPos;

const RARE: u8 = 1;
const LINE_ESCAPE: u32 = 15;
const WIDE_ESCAPE: u32 = 7;
const END_LINE: u8 = 2;
const END_COL: u8 = 4;
const END_WIDE: u8 = 8;

pub(crate) fn put(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub(crate) fn put64(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// A LEB128 `u64` at `*at`, advancing it; `None` when cut short or too large.
pub(crate) fn get64(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        if shift == 63 && b > 1 {
            return None;
        }
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

/// A LEB128 `u32` at `*at`, advancing it; `None` when cut short or too large.
#[inline]
pub(crate) fn get(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let b = *bytes.get(*at)?;
    *at += 1;
    if b < 0x80 {
        return Some(u32::from(b));
    }
    let mut v = u32::from(b & 0x7f);
    for shift in [7, 14, 21, 28] {
        let b = *bytes.get(*at)?;
        *at += 1;
        if shift == 28 && b > 0x0f {
            return None;
        }
        v |= u32::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

/// Appends `m`, coded against `prev` (`MentionPos::default()` for a file's first).
pub(crate) fn encode(out: &mut Vec<u8>, prev: &MentionPos, m: &MentionPos) {
    let a = m.start.wrapping_sub(prev.start);
    let b = m.end.wrapping_sub(m.start);
    let c = m.line.wrapping_sub(prev.line);
    let d = m.col_utf8.wrapping_sub(if c == 0 { prev.col_utf8 } else { 0 });
    let e = m.col_utf8.wrapping_sub(m.col_utf16);
    let f = m.end_line.wrapping_sub(m.line);
    let g = m
        .end_col_utf8
        .wrapping_sub(if f == 0 { m.col_utf8.wrapping_add(b) } else { 0 });
    let h = m
        .end_col_utf8
        .wrapping_sub(m.end_col_utf16)
        .wrapping_sub(if f == 0 { e } else { 0 });
    let mut rare = 0;
    for (v, bit) in [(f, END_LINE), (g, END_COL), (h, END_WIDE)] {
        if v != 0 {
            rare |= bit;
        }
    }
    let tag = (e.min(WIDE_ESCAPE) as u8) << 5 | (c.min(LINE_ESCAPE) as u8) << 1 | u8::from(rare != 0);
    out.push(tag);
    if c >= LINE_ESCAPE {
        put(out, c);
    }
    if e >= WIDE_ESCAPE {
        put(out, e);
    }
    if rare != 0 {
        out.push(rare);
    }
    put(out, a);
    put(out, b);
    put(out, d);
    for (v, bit) in [(f, END_LINE), (g, END_COL), (h, END_WIDE)] {
        if rare & bit != 0 {
            put(out, v);
        }
    }
}

/// The mention at `*at`, coded against `prev`; `None` for bytes [`encode`] cannot have
/// written.
#[inline]
pub(crate) fn decode(bytes: &[u8], at: &mut usize, prev: &MentionPos) -> Option<MentionPos> {
    let tag = *bytes.get(*at)?;
    *at += 1;
    let mut c = u32::from(tag >> 1 & 15);
    if c == LINE_ESCAPE {
        c = get(bytes, at)?;
        if c < LINE_ESCAPE {
            return None;
        }
    }
    let mut e = u32::from(tag >> 5);
    if e == WIDE_ESCAPE {
        e = get(bytes, at)?;
        if e < WIDE_ESCAPE {
            return None;
        }
    }
    let rare = if tag & RARE != 0 {
        let r = *bytes.get(*at)?;
        *at += 1;
        if r == 0 || r & !(END_LINE | END_COL | END_WIDE) != 0 {
            return None;
        }
        r
    } else {
        0
    };
    let a = get(bytes, at)?;
    let b = get(bytes, at)?;
    let d = get(bytes, at)?;
    let mut opt = |bit: u8| if rare & bit != 0 { get(bytes, at) } else { Some(0) };
    let f = opt(END_LINE)?;
    let g = opt(END_COL)?;
    let h = opt(END_WIDE)?;
    let start = prev.start.wrapping_add(a);
    let end = start.wrapping_add(b);
    let line = prev.line.wrapping_add(c);
    let col_utf8 = d.wrapping_add(if c == 0 { prev.col_utf8 } else { 0 });
    let col_utf16 = col_utf8.wrapping_sub(e);
    let end_line = line.wrapping_add(f);
    let end_col_utf8 = g.wrapping_add(if f == 0 { col_utf8.wrapping_add(b) } else { 0 });
    let end_col_utf16 = end_col_utf8.wrapping_sub(h.wrapping_add(if f == 0 { e } else { 0 }));
    Some(MentionPos {
        start,
        end,
        line,
        col_utf8,
        col_utf16,
        end_line,
        end_col_utf8,
        end_col_utf16,
    })
}

/// Appends the mentions `ms` of one file.
pub(crate) fn encode_all<'a>(out: &mut Vec<u8>, ms: impl IntoIterator<Item = &'a MentionPos>) {
    let mut prev = MentionPos::default();
    for m in ms {
        encode(out, &prev, m);
        prev = *m;
    }
}

/// Skips a LEB128 `u32` at `*at` with the checks of [`get`], without computing it.
#[inline]
fn skip_varint(bytes: &[u8], at: &mut usize) -> Option<()> {
    for i in 0..5 {
        let b = *bytes.get(*at)?;
        *at += 1;
        if b < 0x80 {
            return (i < 4 || b <= 0x0f).then_some(());
        }
        if i == 4 {
            return None;
        }
    }
    None
}

/// Skips the mention at `*at`: `None` exactly where [`decode`] would fail. Checking a cache
/// needs no position, and computing none makes this several times faster than decoding.
#[inline]
fn skip(bytes: &[u8], at: &mut usize) -> Option<()> {
    let tag = *bytes.get(*at)?;
    *at += 1;
    if u32::from(tag >> 1 & 15) == LINE_ESCAPE && get(bytes, at)? < LINE_ESCAPE {
        return None;
    }
    if u32::from(tag >> 5) == WIDE_ESCAPE && get(bytes, at)? < WIDE_ESCAPE {
        return None;
    }
    let mut values = 3;
    if tag & RARE != 0 {
        let r = *bytes.get(*at)?;
        *at += 1;
        if r == 0 || r & !(END_LINE | END_COL | END_WIDE) != 0 {
            return None;
        }
        values += r.count_ones();
    }
    for _ in 0..values {
        skip_varint(bytes, at)?;
    }
    Some(())
}

/// Whether `bytes` are exactly `count` coded mentions.
pub(crate) fn valid(bytes: &[u8], count: u32) -> bool {
    let mut at = 0;
    for _ in 0..count {
        if skip(bytes, &mut at).is_none() {
            return false;
        }
    }
    at == bytes.len()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn pos() -> impl Strategy<Value = MentionPos> {
        let small = prop_oneof![0..300u32, any::<u32>()];
        (
            small.clone(),
            small.clone(),
            small.clone(),
            small.clone(),
            small.clone(),
            small.clone(),
            small.clone(),
            small,
        )
            .prop_map(
                |(start, end, line, col_utf8, col_utf16, end_line, end_col_utf8, end_col_utf16)| MentionPos {
                    start,
                    end,
                    line,
                    col_utf8,
                    col_utf16,
                    end_line,
                    end_col_utf8,
                    end_col_utf16,
                },
            )
    }

    /// What `valid` must say, by decoding: `count` mentions, and no byte left.
    fn decodes_exactly(bytes: &[u8], count: u32) -> bool {
        let (mut at, mut prev) = (0, MentionPos::default());
        for _ in 0..count {
            match decode(bytes, &mut at, &prev) {
                Some(m) => prev = m,
                None => return false,
            }
        }
        at == bytes.len()
    }

    proptest! {
        /// Any positions, consistent or not, come back as they went in.
        #[test]
        fn round_trip(ms in prop::collection::vec(pos(), 0..20)) {
            let mut out = Vec::new();
            encode_all(&mut out, &ms);
            prop_assert!(valid(&out, ms.len() as u32));
            let mut at = 0;
            let mut prev = MentionPos::default();
            for m in &ms {
                let got = decode(&out, &mut at, &prev).unwrap();
                prop_assert_eq!(&got, m);
                prev = got;
            }
            prop_assert_eq!(at, out.len());
        }

        /// Arbitrary bytes decode or are refused, without a panic; `valid` (which skips
        /// mentions without computing them) accepts exactly what decoding accepts.
        #[test]
        fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..64), count in 0..8u32) {
            prop_assert_eq!(valid(&bytes, count), decodes_exactly(&bytes, count));
        }

        /// The same on bytes made of mostly valid mentions with one byte changed, where
        /// the two could disagree on a detail (escapes, the rare byte, long varints).
        #[test]
        fn damaged_mentions(ms in prop::collection::vec(pos(), 1..6), flip in any::<prop::sample::Index>(), to in any::<u8>()) {
            let mut bytes = Vec::new();
            encode_all(&mut bytes, &ms);
            let i = flip.index(bytes.len());
            bytes[i] = to;
            let count = ms.len() as u32;
            prop_assert_eq!(valid(&bytes, count), decodes_exactly(&bytes, count));
        }
    }

    #[test]
    fn a_mention_on_a_new_line_in_ascii_takes_four_bytes() {
        let prev = MentionPos {
            start: 100,
            end: 104,
            line: 3,
            col_utf8: 10,
            col_utf16: 10,
            end_line: 3,
            end_col_utf8: 14,
            end_col_utf16: 14,
        };
        let m = MentionPos {
            start: 200,
            end: 207,
            line: 5,
            col_utf8: 40,
            col_utf16: 40,
            end_line: 5,
            end_col_utf8: 47,
            end_col_utf16: 47,
        };
        let mut out = Vec::new();
        encode(&mut out, &prev, &m);
        assert_eq!(out.len(), 4);
        assert_eq!(decode(&out, &mut 0, &prev), Some(m));
    }
}
