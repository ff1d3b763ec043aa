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

/// Text after folding, with the original byte offset of the character each folded byte
/// came from.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    origin: Vec<u32>,
}

impl Folded {
    /// Folds `text` with case and accents erased.
    ///
    /// # Panics
    /// Panics for a text of 4 GiB or more (offsets are stored as `u32`).
    pub fn new(source: &str) -> Folded {
        assert!(source.len() < u32::MAX as usize, "text too large to fold");
        let mut out = Folded {
            text: String::with_capacity(source.len()),
            origin: Vec::with_capacity(source.len()),
        };
        let mut in_space = false;
        for (offset, c) in source.char_indices() {
            let before = out.text.len();
            in_space = fold_char(c, FoldOptions::FULL, in_space, &mut out.text);
            out.origin.resize(out.text.len(), offset as u32);
            debug_assert!(out.text.len() >= before);
        }
        out
    }

    /// The original byte range of the folded range `start..end` (char boundaries of the
    /// folded text, `start < end`).
    pub fn original_range(&self, source: &str, start: usize, end: usize) -> std::ops::Range<usize> {
        let first = self.origin[start] as usize;
        let last = self.origin[end - 1] as usize;
        let last_len = source[last..].chars().next().map_or(0, char::len_utf8);
        first..last + last_len
    }
}

/// Folds a short string (an alias, or a stretch of text being checked) with `opts`.
pub fn fold_with(s: &str, opts: FoldOptions) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        in_space = fold_char(c, opts, in_space, &mut out);
    }
    out.trim_matches(' ').to_string()
}

/// Folds a short string with case and accents erased: the key an alias is matched by.
pub fn fold(s: &str) -> String {
    fold_with(s, FoldOptions::FULL)
}

/// Appends the folded form of `c` to `out`; returns whether the output now ends in a run of
/// white space.
fn fold_char(c: char, opts: FoldOptions, in_space: bool, out: &mut String) -> bool {
    if c.is_ascii() {
        if c.is_ascii_whitespace() {
            if !in_space {
                out.push(' ');
            }
            return true;
        }
        out.push(if opts.case { c.to_ascii_lowercase() } else { c });
        return false;
    }
    match c {
        c if c.is_whitespace() => {
            if !in_space {
                out.push(' ');
            }
            return true;
        }
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push('-'),
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {
            return in_space
        }
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

fn push_letter(c: char, opts: FoldOptions, out: &mut String) {
    if !opts.accents {
        out.push(c);
        return;
    }
    match c {
        'œ' => out.push_str("oe"),
        'Œ' => out.push_str("OE"),
        'æ' => out.push_str("ae"),
        'Æ' => out.push_str("AE"),
        'ß' => out.push_str("ss"),
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        }),
    }
}

/// Whether `c` (a folded character) is part of a word: mentions never start or end next
/// to one.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_apostrophes_hyphens_spaces() {
        assert_eq!(fold("États‑Unis"), "etats-unis");
        assert_eq!(fold("l’Ukraine"), "l'ukraine");
        assert_eq!(fold("Kyïv"), "kyiv");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(
            fold("  Vladimir\u{202F}\u{A0}\r\n Poutine "),
            "vladimir poutine"
        );
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
