//! Tokens of one sentence: numbers (with French and English grouping), words, symbols.

use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Num(NumInfo),
    Word,
    Sym(char),
}

/// What the digits of a number token look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct NumInfo {
    /// Digits of the integer part (grouping separators not counted).
    pub(crate) int_digits: u32,
    /// The integer part is grouped ("150 000", "46,000", "150.000").
    pub(crate) grouped: bool,
    /// A decimal part follows ("1,5", "4.5").
    pub(crate) decimal: bool,
    /// The integer part starts with a zero ("01", "06"): phone numbers, codes.
    pub(crate) leading_zero: bool,
    /// Looks like a numeric date ("24.02.2022", "24/02/2022").
    pub(crate) date_like: bool,
    /// Value of the integer part, if it fits.
    pub(crate) value: Option<u64>,
}

/// One token, with its byte range in the document.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    /// The token's text as written.
    pub(crate) text: &'a str,
    /// Lower case, typographic apostrophe folded to `'`.
    pub(crate) lower: Cow<'a, str>,
    /// Whitespace separates this token from the previous one.
    pub(crate) space_before: bool,
    /// A line break lies between this token and the previous one.
    pub(crate) newline_before: bool,
    /// Word classes ([`super::classes`]) of `lower`.
    pub(crate) class: u32,
}

impl Tok<'_> {
    pub(crate) fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }
    pub(crate) fn num(&self) -> Option<NumInfo> {
        match self.kind {
            Kind::Num(n) => Some(n),
            _ => None,
        }
    }
    pub(crate) fn is_sym(&self, c: char) -> bool {
        self.kind == Kind::Sym(c)
    }
    /// Has any of the classes in `mask`.
    pub(crate) fn is(&self, mask: u32) -> bool {
        self.class & mask != 0
    }
    /// Starts with a capital letter.
    pub(crate) fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// French elided words that keep their apostrophe: `d'`, `l'`, `qu'`, `jusqu'` …
const ELISIONS: &[&str] = &[
    "d", "l", "qu", "jusqu", "n", "s", "c", "j", "m", "t", "lorsqu", "puisqu", "presqu", "quelqu", "aujourd",
];

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn is_word_char(c: char) -> bool {
    // ASCII letters, the superscript digits, and the letters as language detection reads
    // them (Latin-1 and typographic punctuation decided without Unicode's tables).
    c.is_ascii_alphabetic() || matches!(c, '²' | '³') || (!c.is_ascii() && crate::lang::is_letter(c))
}

/// `text` in lower case, byte for byte: a char whose lower case has another length in
/// UTF-8 (rare outside Latin scripts) is kept as it is, so offsets stay valid. Also whether
/// the result is free of capitals (no char was kept because its lower case has another
/// length).
pub(crate) fn lowercase_checked(text: &str) -> (String, bool) {
    let mut clean = true;
    let mut out = text.to_owned();
    out.make_ascii_lowercase();
    // Then the non-ASCII capitals, few in a Latin text, one by one.
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(at) = next_non_ascii(bytes, i) {
        // The commonest non-ASCII chars of a Latin text, from their bytes: C2 xx
        // (U+0080..U+00BF: no case), C3 xx with xx above 9E (ß..ÿ: lower case already),
        // E2 80 xx (general punctuation: no case).
        match (bytes[at], bytes.get(at + 1).copied().unwrap_or(0)) {
            (0xC2, 0x80..=0xBF) | (0xC3, 0x9F..=0xBF) => {
                i = at + 2;
                continue;
            }
            (0xE2, 0x80) if bytes.get(at + 2).is_some_and(|b| (0x80..=0xBF).contains(b)) => {
                i = at + 3;
                continue;
            }
            _ => {}
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        let l = lowercase_char_same_len(c);
        if l != c {
            out.replace_range(at..at + len, l.encode_utf8(&mut [0; 4]));
        }
        clean &= !is_uppercase(l);
        i = at + len;
    }
    (out, clean)
}

/// The lower case of `c` when it is one char of the same UTF-8 length, else `c`.
fn lowercase_char_same_len(c: char) -> char {
    match c {
        // Latin-1: À..Þ (but ×) map to à..þ; the rest has no other lower case.
        '\u{c0}'..='\u{de}' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{80}'..='\u{ff}' => c,
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        }
    }
}

/// Offset of the first byte from `from` on that is not ASCII, eight bytes at a time.
fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let high = u64::from_le_bytes(word) & 0x8080_8080_8080_8080;
        if high != 0 {
            return Some(i + (high.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| b >= 0x80).map(|p| i + p)
}

/// Tokenizes `text[range]`, for the tests; offsets are in `text`.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, range: std::ops::Range<usize>) -> Vec<Tok<'_>> {
    // Without a lower-case copy of the document, words with capitals own their lower case.
    let mut toks = Vec::new();
    tokenize_into(text, text, false, range, &mut toks);
    toks
}

/// [`ELISIONS`] with their apostrophe, in the same order: the lower case of an elided word
/// written with a typographic apostrophe.
const ELISIONS_LOWER: &[&str] = &[
    "d'", "l'", "qu'", "jusqu'", "n'", "s'", "c'", "j'", "m'", "t'", "lorsqu'", "puisqu'", "presqu'", "quelqu'",
    "aujourd'",
];

/// Tokenizes `text[range]` with `lower_text`, the result of [`lowercase_checked`] on
/// `text`, appending the tokens to `toks` (a buffer reused from sentence to sentence);
/// offsets are in `text`. `lower_clean`: `lower_text` holds no capital, so its slices need
/// no check.
pub(crate) fn tokenize_into<'a>(
    text: &'a str,
    lower_text: &'a str,
    lower_clean: bool,
    range: std::ops::Range<usize>,
    toks: &mut Vec<Tok<'a>>,
) {
    let s = &text[range.clone()];
    let base = range.start;
    let bytes = s.as_bytes();
    let n = bytes.len();
    let classes = super::classes::table();
    let mut i = 0;
    let mut space_before = false;
    let mut newline_before = false;
    while i < n {
        let b0 = bytes[i];
        let start = i;
        let kind;
        // The token may differ from its lower case: an ASCII capital or a non-ASCII char.
        let mut may_fold = false;
        // For a word elided with a typographic apostrophe: its lower case, known here.
        let mut elided: Option<&'static str> = None;
        let class = BYTE_CLASS[usize::from(b0)];
        if class == SPACE {
            space_before = true;
            newline_before |= b0 == b'\n';
            i += 1;
            continue;
        }
        if class == LOWER || class == UPPER {
            let (end, fold) = scan_word(s, i + 1);
            may_fold = fold || class == UPPER;
            i = end;
            elided = if matches!(bytes.get(i), Some(b'\'' | 0xE2)) {
                elision(s, start, &mut i)
            } else {
                None
            };
            may_fold |= elided.is_some();
            kind = Kind::Word;
        } else if class == DIGIT {
            let (end, info) = scan_number(s, i);
            i = end;
            // Digits and grouping spaces are their own lower case.
            kind = Kind::Num(info);
        } else if class != NON_ASCII {
            i += 1;
            kind = Kind::Sym(b0 as char);
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                space_before = true;
                i += c.len_utf8();
                continue;
            }
            may_fold = true;
            if is_word_char(c) {
                let (end, _) = scan_word(s, i + c.len_utf8());
                i = end;
                elided = if matches!(bytes.get(i), Some(b'\'' | 0xE2)) {
                    elision(s, start, &mut i)
                } else {
                    None
                };
                kind = Kind::Word;
            } else {
                i += c.len_utf8();
                kind = Kind::Sym(c);
            }
        }
        let t = &s[start..i];
        let lower: Cow<'a, str> = if !may_fold {
            Cow::Borrowed(t)
        } else if let Some(e) = elided {
            // An ASCII elision: its lower case with the apostrophe folded, as below.
            Cow::Borrowed(e)
        } else if kind == Kind::Sym('’') {
            Cow::Borrowed("'")
        } else {
            let l = lower_text.get(base + start..base + i).unwrap_or(t);
            // Past the elisions and the apostrophe itself, no token holds a ’: with a
            // clean lower case, the slice is the token's lower case.
            if l.len() == t.len() && (lower_clean || !l.chars().any(|ch| is_uppercase(ch) || ch == '’')) {
                Cow::Borrowed(l)
            } else {
                Cow::Owned(t.to_lowercase().replace('’', "'"))
            }
        };
        let tok = |kind: Kind, lower: Cow<'a, str>, class: u32| Tok {
            start: base + start,
            end: base + i,
            kind,
            text: t,
            lower,
            space_before,
            newline_before,
            class,
        };
        // One push per kind: a word or a symbol writes no number info.
        match kind {
            Kind::Word => {
                let class = super::classes::classify_in(classes, &lower);
                toks.push(tok(Kind::Word, lower, class));
            }
            Kind::Num(n) => {
                let small = n.int_digits <= 3 && !n.grouped && !n.decimal;
                let class = if small {
                    super::classes::classify_in(classes, &lower)
                } else {
                    0
                };
                toks.push(tok(Kind::Num(n), lower, class));
            }
            Kind::Sym(c) => toks.push(tok(Kind::Sym(c), lower, 0)),
        }
        space_before = false;
        newline_before = false;
    }
}

/// What an ASCII byte is to the tokenizer; [`NON_ASCII`] for the bytes of other chars.
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 3;
const SPACE: u8 = 4;
const NON_ASCII: u8 = 5;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            NON_ASCII
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b' ' | b'\t'..=b'\r') {
            // ASCII chars for which `char::is_whitespace` holds.
            SPACE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The end of the word whose letters go on at byte `j`, and whether it has an ASCII
/// capital or a non-ASCII char after `j`.
#[inline(always)]
fn scan_word(s: &str, mut j: usize) -> (usize, bool) {
    let bytes = s.as_bytes();
    let mut fold = false;
    loop {
        // Lower-case ASCII letters, most of a word, eight at a time.
        if let Some(chunk) = bytes.get(j..j + 8) {
            let run = lowercase_run(chunk);
            j += run;
            if run == 8 {
                continue;
            }
        }
        let Some(&b) = bytes.get(j) else { break };
        match BYTE_CLASS[usize::from(b)] {
            LOWER => j += 1,
            UPPER => {
                fold = true;
                j += 1;
            }
            NON_ASCII => {
                if latin_letter(bytes, j) {
                    fold = true;
                    j += 2;
                    continue;
                }
                match s[j..].chars().next() {
                    Some(ch) if is_word_char(ch) => {
                        fold = true;
                        j += ch.len_utf8();
                    }
                    _ => break,
                }
            }
            _ => break,
        }
    }
    (j, fold)
}

/// How many of the first bytes of `chunk` (eight bytes) are ASCII lower-case letters.
#[inline(always)]
fn lowercase_run(chunk: &[u8]) -> usize {
    let mut b = [0u8; 8];
    b.copy_from_slice(chunk);
    let x = u64::from_le_bytes(b);
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Per byte, for bytes below 0x80 (no carry crosses a byte): the high bit of
    // x + (0x80 - b'a') is set from 'a' on, that of x + (0x80 - b'z' - 1) past 'z'.
    let ascii = !x & HIGH;
    let from_a = x.wrapping_add(ONES * u64::from(0x80 - b'a'));
    let past_z = x.wrapping_add(ONES * u64::from(0x80 - b'z' - 1));
    let lower = from_a & !past_z & ascii;
    // The first byte whose high bit is not set in `lower` ends the run.
    ((!lower & HIGH).trailing_zeros() / 8) as usize
}

/// Whether the char at byte `j` is a letter of U+00C0..U+017F (C3 80 to C5 BF), French
/// accents among them: all but × (C3 97) and ÷ (C3 B7), as for [`is_word_char`].
#[inline(always)]
fn latin_letter(bytes: &[u8], j: usize) -> bool {
    match (bytes[j], bytes.get(j + 1)) {
        (0xC3, Some(&c)) => (0x80..=0xBF).contains(&c) && c != 0x97 && c != 0xB7,
        (0xC4 | 0xC5, Some(&c)) => (0x80..=0xBF).contains(&c),
        _ => false,
    }
}

/// After the word at `start..*end`: keeps the apostrophe of a French elision (d'euros ->
/// "d'" + "euros") and, when it is typographic, returns the elision's lower case.
#[inline]
fn elision(s: &str, start: usize, end: &mut usize) -> Option<&'static str> {
    let j = *end;
    let rest = &s.as_bytes()[j..];
    let ap_len = match rest {
        [b'\'', ..] => 1,
        [0xE2, 0x80, 0x99, ..] => 3, // ’
        _ => return None,
    };
    if j - start > 7 {
        return None;
    }
    let w = &s[start..j];
    let e = ELISIONS.iter().position(|e| e.eq_ignore_ascii_case(w))?;
    *end = j + ap_len;
    (ap_len == 3).then_some(ELISIONS_LOWER[e])
}

/// `char::is_uppercase`, without the Unicode tables for Latin-1.
#[inline]
fn is_uppercase(c: char) -> bool {
    if (c as u32) < 0x100 {
        matches!(c, 'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}')
    } else {
        c.is_uppercase()
    }
}

/// Scans the number starting at `i` (an ASCII digit). Returns its end and what it is.
fn scan_number(s: &str, i: usize) -> (usize, NumInfo) {
    let b = s.as_bytes();
    let digits_at = |p: usize| b[p.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut info = NumInfo::default();
    let first = digits_at(i);
    let mut end = i + first;
    let mut int_digits = first;
    info.leading_zero = first > 1 && b[i] == b'0';

    // A numeric date: 24.02.2022, 24/02/22, 2.3.2024
    if first <= 2 {
        if let Some(&sep) = b.get(end).filter(|&&c| c == b'.' || c == b'/') {
            let d2 = digits_at(end + 1);
            if (1..=2).contains(&d2) && b.get(end + 1 + d2) == Some(&sep) {
                let d3 = digits_at(end + 2 + d2);
                if d3 == 2 || d3 == 4 {
                    info.date_like = true;
                    info.int_digits = first as u32;
                    return (end + 2 + d2 + d3, info);
                }
            }
        }
    }

    // Grouping: a separator followed by exactly three digits, not followed by a digit.
    let mut group_sep: Option<char> = None;
    if first <= 3 {
        while let Some(c) = s[end..].chars().next() {
            let kind = if is_group_space(c) { ' ' } else { c };
            // (Or the Swiss apostrophe: "environ 380'000 documents".)
            if !(kind == ' ' || c == '.' || c == ',' || c == '\'' || c == '’') {
                break;
            }
            if group_sep.is_some_and(|g| g != kind) {
                break;
            }
            let after = end + c.len_utf8();
            if digits_at(after) != 3 {
                break;
            }
            // "1,500" is grouping, "1,5" a decimal; "1.500" is French grouping.
            group_sep = Some(kind);
            end = after + 3;
            int_digits += 3;
        }
    }
    info.grouped = group_sep.is_some();

    // Decimal part: the other separator, or any of . , when not grouped.
    let int_end = end;
    if let Some(&c) = b.get(end) {
        let is_dec_sep = match group_sep {
            Some('.') => c == b',',
            Some(',') => c == b'.',
            _ => c == b',' || c == b'.',
        };
        if is_dec_sep {
            let d = digits_at(end + 1);
            if d > 0 {
                info.decimal = true;
                end += 1 + d;
            }
        }
    }
    info.int_digits = int_digits as u32;
    // Value of the integer part.
    let mut v: Option<u64> = Some(0);
    for &c in b[i..int_end].iter().filter(|c| c.is_ascii_digit()) {
        v = v
            .and_then(|x| x.checked_mul(10))
            .and_then(|x| x.checked_add(u64::from(c - b'0')));
    }
    info.value = v;
    (end, info)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcuts of `is_word_char` agree with Unicode's tables (and the digits'
    /// superscripts it adds) on every character they decide.
    #[test]
    fn word_chars_as_unicode_says() {
        for c in ('\u{80}'..='\u{17f}').chain('\u{2000}'..='\u{206f}') {
            let expected = c.is_alphabetic() || matches!(c, '²' | '³');
            assert_eq!(is_word_char(c), expected, "{c:?} (U+{:04X})", u32::from(c));
        }
    }

    fn nums(s: &str) -> Vec<(&str, bool, bool, Option<u64>)> {
        tokenize(s, 0..s.len())
            .into_iter()
            .filter_map(|t| t.num().map(|n| (t.text, n.grouped, n.decimal, n.value)))
            .collect()
    }

    #[test]
    fn numbers_in_both_formats() {
        assert_eq!(nums("150 000"), vec![("150 000", true, false, Some(150_000))]);
        assert_eq!(nums("150\u{a0}000"), vec![("150\u{a0}000", true, false, Some(150_000))]);
        // Swiss grouping; not a race time's minutes.
        assert_eq!(nums("380'000"), vec![("380'000", true, false, Some(380_000))]);
        assert_eq!(
            nums("2'05"),
            vec![("2", false, false, Some(2)), ("05", false, false, Some(5))]
        );
        assert_eq!(
            nums("150\u{202f}000,5"),
            vec![("150\u{202f}000,5", true, true, Some(150_000))]
        );
        assert_eq!(nums("150.000"), vec![("150.000", true, false, Some(150_000))]);
        assert_eq!(nums("46,000"), vec![("46,000", true, false, Some(46_000))]);
        assert_eq!(nums("1,5"), vec![("1,5", false, true, Some(1))]);
        assert_eq!(nums("4.5"), vec![("4.5", false, true, Some(4))]);
        assert_eq!(nums("2,500.75"), vec![("2,500.75", true, true, Some(2500))]);
        assert_eq!(
            nums("en 2022, 300"),
            vec![("2022", false, false, Some(2022)), ("300", false, false, Some(300))]
        );
        assert_eq!(
            nums("1 2345"),
            vec![("1", false, false, Some(1)), ("2345", false, false, Some(2345))]
        );
    }

    #[test]
    fn words_and_elisions() {
        let s = "d’euros l'Ukraine Ukraine's km² A380";
        let t: Vec<String> = tokenize(s, 0..s.len()).iter().map(|t| t.lower.to_string()).collect();
        assert_eq!(
            t,
            vec!["d'", "euros", "l'", "ukraine", "ukraine", "'", "s", "km²", "a", "380"]
        );
    }

    #[test]
    fn elisions_lower_case_match() {
        assert_eq!(ELISIONS.len(), ELISIONS_LOWER.len());
        for (e, l) in ELISIONS.iter().zip(ELISIONS_LOWER) {
            assert_eq!(format!("{e}'"), *l);
        }
    }

    #[test]
    fn lowercase_runs() {
        for s in [
            "abcdefgh",
            "abcdEfgh",
            "abc\u{e9}fgh",
            "`abcdefg",
            "{abcdefg",
            "azAZ@[`{",
            "zzzzzzz ",
            "a1bcdefg",
        ] {
            let b = &s.as_bytes()[..8];
            let expected = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
            assert_eq!(lowercase_run(b), expected, "{s:?}");
        }
        // Every byte value in every position.
        for pos in 0..8 {
            for v in 0..=255u8 {
                let mut b = *b"abcdefgh";
                b[pos] = v;
                let expected = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
                assert_eq!(lowercase_run(&b), expected, "{pos} {v}");
            }
        }
    }

    #[test]
    fn latin_letters_from_bytes() {
        for c in (0x80..0x800u32).filter_map(char::from_u32) {
            let mut b = [0; 4];
            let bytes = c.encode_utf8(&mut b).as_bytes();
            let expected = ('\u{c0}'..='\u{17f}').contains(&c) && c != '×' && c != '÷';
            assert_eq!(latin_letter(bytes, 0), expected, "{c:?}");
            assert!(!expected || is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn latin1_capitals() {
        for c in (0..0x200u32).filter_map(char::from_u32) {
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn lowercase_keeps_lengths() {
        // The reference: char by char, a lower case of another length kept as it is.
        fn reference(text: &str) -> String {
            text.chars()
                .map(|c| {
                    let mut l = c.to_lowercase();
                    match (l.next(), l.next()) {
                        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                        _ => c,
                    }
                })
                .collect()
        }
        let mut all = String::new();
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            all.push(c);
        }
        for s in [
            "",
            "ABC",
            "Été À Œuvre ÇA",
            "İstanbul",
            "ẞ",
            "Σ ϒ",
            "×÷ÀÞßÿŸ",
            all.as_str(),
        ] {
            let (lower, clean) = lowercase_checked(s);
            assert_eq!(lower, reference(s), "{s:?}");
            assert_eq!(clean, !lower.chars().any(char::is_uppercase), "{s:?}");
        }
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        let s = "9".repeat(10_000);
        let n = nums(&s);
        assert_eq!(n[0].3, None);
        assert!(tokenize("24.02.2022", 0..10)[0].num().unwrap().date_like);
    }
}
