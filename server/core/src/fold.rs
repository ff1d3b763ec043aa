//! Folding: the normalised view of text that mentions are matched on, with a map back to
//! the original byte offsets.
//!
//! Folding lowercases letters, removes accents (`é` → `e`, `œ` → `oe`), makes every
//! apostrophe `'` and every hyphen `-`, drops invisible characters (soft hyphen, zero-width
//! space) and turns each run of white space (including NBSP U+00A0, narrow NBSP U+202F and
//! line breaks) into one space. Case and accent folding can each be turned off, which the
//! matcher uses to check aliases that must match with their exact case or accents.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Which differences folding erases, beyond apostrophes, hyphens and white space (always).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoldOptions {
    pub case: bool,
    pub accents: bool,
}

impl FoldOptions {
    /// Erase case and accents: the matching key.
    pub const FULL: FoldOptions = FoldOptions {
        case: true,
        accents: true,
    };
}

/// Text after folding, with a map from each folded byte back to the original text.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    /// Sorted by folded offset. A segment covers the folded bytes from its start to the
    /// next segment's start.
    segments: Vec<Segment>,
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    folded: u32,
    original: u32,
    /// A run of ASCII copied as is (but for case): folded byte `f` comes from original byte
    /// `original + (f - folded)`. Otherwise every byte of the segment comes from the one
    /// original character at `original`.
    shifted: bool,
}

impl Folded {
    /// Folds `text` with case and accents erased.
    ///
    /// # Panics
    /// Panics for a text of 4 GiB or more (offsets are stored as `u32`).
    pub fn new(source: &str) -> Folded {
        assert!(source.len() < u32::MAX as usize, "text too large to fold");
        let bytes = source.as_bytes();
        let mut text: Vec<u8> = Vec::with_capacity(source.len());
        let mut segments: Vec<Segment> = Vec::with_capacity(source.len() / 32 + 1);
        let mut in_space = false;
        let mut i = 0;
        while i < bytes.len() {
            // A run of ASCII that folds byte for byte: no control or white space but single
            // spaces after something else.
            let mut j = i;
            let mut prev_space = in_space;
            while j < bytes.len() {
                let b = bytes[j];
                if b >= 0x80 || (b <= b' ' && (b != b' ' || prev_space)) {
                    break;
                }
                prev_space = b == b' ';
                j += 1;
            }
            if j > i {
                segments.push(Segment {
                    folded: text.len() as u32,
                    original: i as u32,
                    shifted: true,
                });
                let start = text.len();
                text.extend_from_slice(&bytes[i..j]);
                text[start..].make_ascii_lowercase();
                in_space = prev_space;
                i = j;
                continue;
            }
            // One character that needs care: white space, a control, or non-ASCII.
            let c = source[i..].chars().next().expect("i is a char boundary");
            let before = text.len();
            in_space = fold_one(c, in_space, &mut text);
            if text.len() > before {
                segments.push(Segment {
                    folded: before as u32,
                    original: i as u32,
                    shifted: false,
                });
            }
            i += c.len_utf8();
        }
        let text = String::from_utf8(text).expect("folding writes whole UTF-8 characters");
        Folded { text, segments }
    }

    /// Offset of the original character that folded byte `f` comes from.
    fn origin(&self, f: usize) -> usize {
        let idx = self.segments.partition_point(|s| s.folded as usize <= f) - 1;
        let s = self.segments[idx];
        if s.shifted {
            s.original as usize + (f - s.folded as usize)
        } else {
            s.original as usize
        }
    }

    /// The original byte range of the folded range `start..end` (char boundaries of the
    /// folded text, `start < end`).
    pub fn original_range(&self, source: &str, start: usize, end: usize) -> std::ops::Range<usize> {
        let first = self.origin(start);
        let last = self.origin(end - 1);
        let last_len = source[last..].chars().next().map_or(0, char::len_utf8);
        first..last + last_len
    }
}

/// A word of the folded text (a maximal run of letters and digits, see [`is_word_char`]):
/// its folded byte range and the original byte range it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordSpan {
    pub start: u32,
    pub end: u32,
    pub orig_start: u32,
    pub orig_end: u32,
}

/// Text folded as [`Folded::new`] folds it, with its words found in the same pass and
/// mapped to the original text: what the matcher's word tables search, without a second
/// pass to cut words or an offset map to search back.
#[derive(Debug, Clone, Default)]
pub struct FoldedWords {
    pub text: String,
    pub words: Vec<WordSpan>,
}

impl FoldedWords {
    /// Folds `source` with case and accents erased, and finds its words.
    ///
    /// # Panics
    /// Panics for a text of 4 GiB or more (offsets are stored as `u32`).
    pub fn new(source: &str) -> FoldedWords {
        assert!(source.len() < u32::MAX as usize, "text too large to fold");
        let bytes = source.as_bytes();
        let mut text: Vec<u8> = Vec::with_capacity(source.len());
        let mut words: Vec<WordSpan> = Vec::with_capacity(source.len() / 6);
        let mut in_space = false;
        // The word being read: its folded start and original start; and the original end
        // of the last character that added to it.
        let mut open: Option<(u32, u32)> = None;
        let mut orig_end = 0u32;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    if open.is_none() {
                        open = Some((text.len() as u32, i as u32));
                    }
                    text.push(b.to_ascii_lowercase());
                    orig_end = i as u32 + 1;
                    in_space = false;
                } else {
                    close(&mut words, open.take(), text.len(), orig_end);
                    if b.is_ascii_whitespace() {
                        if !in_space {
                            text.push(b' ');
                        }
                        in_space = true;
                    } else {
                        text.push(b);
                        in_space = false;
                    }
                }
                i += 1;
                continue;
            }
            let c = source[i..].chars().next().expect("i is a char boundary");
            let len = c.len_utf8();
            let before = text.len();
            in_space = fold_one(c, in_space, &mut text);
            // What the character added, one folded character at a time.
            let mut p = before;
            while p < text.len() {
                let w = std::str::from_utf8(&text[p..]).expect("folding writes whole UTF-8 characters");
                let o = w.chars().next().expect("p < len");
                if is_word_char(o) {
                    if open.is_none() {
                        open = Some((p as u32, i as u32));
                    }
                    orig_end = (i + len) as u32;
                } else {
                    close(&mut words, open.take(), p, orig_end);
                }
                p += o.len_utf8();
            }
            i += len;
        }
        close(&mut words, open, text.len(), orig_end);
        let text = String::from_utf8(text).expect("folding writes whole UTF-8 characters");
        FoldedWords { text, words }
    }
}

/// Ends the word being read, if any (`open`: its folded and original starts), at folded
/// byte `end` and original byte `orig_end`.
fn close(words: &mut Vec<WordSpan>, open: Option<(u32, u32)>, end: usize, orig_end: u32) {
    if let Some((start, orig_start)) = open {
        words.push(WordSpan {
            start,
            end: end as u32,
            orig_start,
            orig_end,
        });
    }
}

/// The original byte where `folded_len` more folded bytes end, folding `source` from byte
/// `from` (after a word: not in a run of white space): for a key's tail past its last word.
pub fn original_end_after(source: &str, from: usize, folded_len: usize) -> usize {
    let mut out = Vec::with_capacity(8);
    let mut in_space = false;
    let mut end = from;
    for (k, c) in source[from..].char_indices() {
        if out.len() >= folded_len {
            break;
        }
        let before = out.len();
        in_space = fold_char(c, FoldOptions::FULL, in_space, &mut out);
        if out.len() > before {
            end = from + k + c.len_utf8();
        }
    }
    end
}

/// Appends the fully folded form of `c` (white space, a control or non-ASCII) to `text`,
/// through the table of the Latin blocks when it holds `c`; returns whether `text` now ends
/// in a run of white space.
fn fold_one(c: char, in_space: bool, text: &mut Vec<u8>) -> bool {
    match latin_table().get((c as usize).wrapping_sub(LATIN_START)) {
        Some(&Piece::Space) => {
            if !in_space {
                text.push(b' ');
            }
            true
        }
        Some(&Piece::Text(len, buf)) => {
            text.extend_from_slice(&buf[..usize::from(len)]);
            false
        }
        Some(Piece::Drop) => in_space,
        Some(Piece::Slow) | None => fold_char(c, FoldOptions::FULL, in_space, text),
    }
}

/// How a character of the Latin blocks folds, precomputed.
#[derive(Debug, Clone, Copy)]
enum Piece {
    Space,
    Drop,
    Text(u8, [u8; 8]),
    /// Not precomputed: take the general path.
    Slow,
}

/// The table covers U+0080 to U+024F (Latin-1 Supplement, Latin Extended-A and -B).
const LATIN_START: usize = 0x80;
const LATIN_END: usize = 0x250;

fn latin_table() -> &'static [Piece] {
    static TABLE: std::sync::OnceLock<Vec<Piece>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (LATIN_START..LATIN_END)
            .map(|u| {
                let Some(c) = char::from_u32(u as u32) else {
                    return Piece::Slow;
                };
                let mut out = Vec::new();
                let space = fold_char(c, FoldOptions::FULL, false, &mut out);
                match (space, out.len()) {
                    (true, _) => Piece::Space,
                    (false, 0) => Piece::Drop,
                    (false, n) if n <= 8 => {
                        let mut buf = [0; 8];
                        buf[..n].copy_from_slice(&out);
                        Piece::Text(n as u8, buf)
                    }
                    _ => Piece::Slow,
                }
            })
            .collect()
    })
}

/// Folds a short string (an alias, or a stretch of text being checked) with `opts`.
pub fn fold_with(s: &str, opts: FoldOptions) -> String {
    // Fast path: ASCII words separated by single spaces.
    let simple = s.bytes().all(|b| b.is_ascii_graphic() || b == b' ') && !s.contains("  ");
    if simple {
        let t = s.trim_matches(' ');
        return if opts.case {
            t.to_ascii_lowercase()
        } else {
            t.to_string()
        };
    }
    let mut out = Vec::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        in_space = fold_char(c, opts, in_space, &mut out);
    }
    let out = String::from_utf8(out).expect("folding writes whole UTF-8 characters");
    out.trim_matches(' ').to_string()
}

/// Folds a short string with case and accents erased: the key an alias is matched by.
pub fn fold(s: &str) -> String {
    fold_with(s, FoldOptions::FULL)
}

fn push(out: &mut Vec<u8>, c: char) {
    let mut buf = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Appends the folded form of `c` to `out`; returns whether the output now ends in a run of
/// white space.
fn fold_char(c: char, opts: FoldOptions, in_space: bool, out: &mut Vec<u8>) -> bool {
    if c.is_ascii() {
        if c.is_ascii_whitespace() {
            if !in_space {
                out.push(b' ');
            }
            return true;
        }
        out.push(if opts.case { c.to_ascii_lowercase() } else { c } as u8);
        return false;
    }
    match c {
        c if c.is_whitespace() => {
            if !in_space {
                out.push(b' ');
            }
            return true;
        }
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push(b'\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push(b'-'),
        c if is_invisible(c) => return in_space,
        _ => {
            if opts.case {
                for l in c.to_lowercase() {
                    push_letter(l, opts, out);
                }
            } else {
                push_letter(c, opts, out);
            }
        }
    }
    false
}

fn push_letter(c: char, opts: FoldOptions, out: &mut Vec<u8>) {
    if !opts.accents {
        push(out, c);
        return;
    }
    match c {
        'œ' => out.extend_from_slice(b"oe"),
        'Œ' => out.extend_from_slice(b"OE"),
        'æ' => out.extend_from_slice(b"ae"),
        'Æ' => out.extend_from_slice(b"AE"),
        'ß' => out.extend_from_slice(b"ss"),
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                push(out, d);
            }
        }),
    }
}

/// The invisible characters folding drops: soft hyphen, zero-width space and joiners, word
/// joiner, byte-order mark. Words on each side of them fold into one.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Whether `c` (in the source text) can hold a folded word together across it: a letter or
/// digit, an invisible character, an apostrophe, a hyphen or a combining mark. A window on
/// the text must not start or end on one, or it would cut a word in a place folding does not.
pub fn joins_words(c: char) -> bool {
    is_word_char(c)
        || is_invisible(c)
        || is_combining_mark(c)
        || matches!(
            c,
            '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '-' | '\u{2010}' | '\u{2011}'
        )
}

/// Whether `c` (a folded character) is part of a word: mentions never start or end next
/// to one.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The one-pass fold gives the same text as [`Folded::new`], and its words are the
        /// maximal runs of word characters of that text, mapped back as the offset map maps
        /// them.
        #[test]
        fn folded_words_as_the_offset_map(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Kyiv", "Z", "9", "é", "É", "ï", "œ", "Œ", "ß", "İ", "ǅ", "٣", "😀", " ", "  ", "'", "-", "\u{a0}",
            "\u{202f}", "’", "«", ".", "\u{ad}", "\u{200b}", "×", "²", "ª", "\n", "\r\n", "\t", "e\u{301}",
            "\u{1}", "Ａ", "ﬁ",
        ]), 0..40)) {
            let source: String = parts.concat();
            let fw = FoldedWords::new(&source);
            let folded = Folded::new(&source);
            proptest::prop_assert_eq!(&fw.text, &folded.text);
            let mut reference = Vec::new();
            let mut start = None;
            for (i, c) in folded.text.char_indices() {
                match (is_word_char(c), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        reference.push((s, i));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                reference.push((s, folded.text.len()));
            }
            let spans: Vec<(usize, usize)> = fw.words.iter().map(|w| (w.start as usize, w.end as usize)).collect();
            proptest::prop_assert_eq!(&spans, &reference);
            for w in &fw.words {
                proptest::prop_assert_eq!(
                    w.orig_start as usize..w.orig_end as usize,
                    folded.original_range(&source, w.start as usize, w.end as usize)
                );
            }
        }
    }

    #[test]
    fn folds_case_accents_apostrophes_hyphens_spaces() {
        assert_eq!(fold("États‑Unis"), "etats-unis");
        assert_eq!(fold("l’Ukraine"), "l'ukraine");
        assert_eq!(fold("Kyïv"), "kyiv");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("  Vladimir\u{202F}\u{A0}\r\n Poutine "), "vladimir poutine");
        assert_eq!(fold("Zelens\u{AD}ky"), "zelensky");
    }

    #[test]
    fn partial_folds_keep_what_they_are_told_to() {
        let keep_case = FoldOptions {
            case: false,
            accents: true,
        };
        assert_eq!(fold_with("Élysée", keep_case), "Elysee");
        let keep_accents = FoldOptions {
            case: true,
            accents: false,
        };
        assert_eq!(fold_with("Élysée", keep_accents), "élysée");
    }

    #[test]
    fn maps_back_to_original_offsets() {
        let src = "À l’Élysée,\u{202F}😀 Kyïv";
        let f = Folded::new(src);
        assert_eq!(f.text, "a l'elysee, 😀 kyiv");
        let start = f.text.find("elysee").unwrap();
        let r = f.original_range(src, start, start + "elysee".len());
        assert_eq!(&src[r], "Élysée");
        let start = f.text.find("kyiv").unwrap();
        let r = f.original_range(src, start, start + 4);
        assert_eq!(&src[r], "Kyïv");
    }

    #[test]
    fn decomposed_accents_fold_like_composed_ones() {
        let src = "Kye\u{301}v";
        let f = Folded::new(src);
        assert_eq!(f.text, "kyev");
    }
}

#[cfg(test)]
mod table_tests {
    use super::*;

    /// The fast path (ASCII bytes, the Latin table) folds every character as the general
    /// path does.
    #[test]
    fn fast_path_agrees_with_the_general_path() {
        let mut all = String::new();
        for u in 0..0x3000u32 {
            if let Some(c) = char::from_u32(u) {
                all.push(c);
                all.push('x');
            }
        }
        let mut slow = Vec::new();
        let mut in_space = false;
        for c in all.chars() {
            in_space = fold_char(c, FoldOptions::FULL, in_space, &mut slow);
        }
        assert_eq!(Folded::new(&all).text, String::from_utf8(slow).unwrap());
    }
}

#[cfg(test)]
mod map_properties {
    use proptest::prelude::*;

    use super::*;

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "Kiev", " ", "  ", "\n", "\r\n", "\t", "é", "É", "e\u{301}", "œ", "ß", "’", "‑", "\u{A0}", "\u{202F}",
            "\u{AD}", "😀", "İ", "Ω", "д", "-", "'", ".", "A",
        ])
    }

    proptest! {
        /// Every folded byte maps to the start of an original character, in order; a folded
        /// character maps to an original range whose own folding contains it.
        #[test]
        fn the_offset_map_is_monotonic_and_on_char_boundaries(parts in prop::collection::vec(piece(), 0..30)) {
            let src = parts.concat();
            let f = Folded::new(&src);
            let mut last = 0;
            for (pos, c) in f.text.char_indices() {
                let r = f.original_range(&src, pos, pos + c.len_utf8());
                prop_assert!(src.is_char_boundary(r.start) && src.is_char_boundary(r.end));
                prop_assert!(r.start >= last, "map goes backwards at {}", pos);
                last = r.start;
                let refolded = fold_with(&src[r.clone()], FoldOptions::FULL);
                let ch = c.to_string();
                prop_assert!(c == ' ' || refolded.contains(&ch), "{:?} from {:?}", c, &src[r]);
            }
        }
    }
}
