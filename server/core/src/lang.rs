//! Language of an article: French or English, detected from its function words.

use std::fmt;

/// The two languages vigie speaks to journalists in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// Parses a language setting: `fr`, `en` (any case, region subtags ignored: `en-GB`).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let primary = s.split(['-', '_']).next().unwrap_or("");
        match primary {
            "fr" | "french" | "francais" => Some(Lang::Fr),
            "en" | "english" | "anglais" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

pub(crate) const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "du", "un", "une", "et", "est", "dans", "pour", "que", "qui", "sur", "pas", "au", "aux",
    "avec", "selon", "sont", "ont", "il", "elle", "ce", "cette",
];
pub(crate) const ENGLISH: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "is",
    "was",
    "that",
    "for",
    "on",
    "with",
    "said",
    "by",
    "are",
    "has",
    "have",
    "it",
    "its",
    "from",
    "this",
    "were",
    "according",
    "an",
];

/// A function word of at most 16 ASCII bytes as a number: its bytes, then zeros.
const fn key(word: &str) -> u128 {
    let b = word.as_bytes();
    let mut buf = [0u8; 16];
    let mut i = 0;
    while i < b.len() {
        buf[i] = b[i];
        i += 1;
    }
    u128::from_le_bytes(buf)
}

/// Which language a function word belongs to, in an open-addressing table built at compile
/// time: slot `hash(word)`, then the next ones until an empty slot (key 0). 128 slots for 48
/// words: a word that is no function word (most of them) is rejected at the first or second
/// slot instead of being compared with all 48.
const SLOTS: usize = 128;

const fn slot(key: u128) -> usize {
    // The low 64 bits hold the first eight letters, the high ones the ninth: fold them, then
    // a multiplicative hash's top seven bits.
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57) as usize
}

const fn table() -> [(u128, Option<Lang>); SLOTS] {
    let mut out = [(0u128, None); SLOTS];
    let lists: [(&[&str], Lang); 2] = [(FRENCH, Lang::Fr), (ENGLISH, Lang::En)];
    let mut l = 0;
    while l < lists.len() {
        let (words, lang) = lists[l];
        let mut i = 0;
        while i < words.len() {
            let k = key(words[i]);
            let mut at = slot(k);
            while out[at].0 != 0 {
                assert!(out[at].0 != k, "a function word of both languages");
                at = (at + 1) % SLOTS;
            }
            out[at] = (k, Some(lang));
            i += 1;
        }
        l += 1;
    }
    out
}

const TABLE: [(u128, Option<Lang>); SLOTS] = table();

/// The lengths of the function words, as a bit set: most words of a text (longer ones,
/// and the single letters of elisions) are rejected by their length alone.
const LENGTHS: u32 = {
    let mut set = 0u32;
    let lists: [&[&str]; 2] = [FRENCH, ENGLISH];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            assert!(!lists[l][i].is_empty() && lists[l][i].len() < 31);
            set |= 1 << lists[l][i].len();
            i += 1;
        }
        l += 1;
    }
    set
};

/// The language whose function word `word` (ASCII letters, any case) is.
fn function_word(word: &[u8]) -> Option<Lang> {
    if LENGTHS & (1 << word.len().min(31)) == 0 {
        return None;
    }
    // The word, lowercased (ASCII letters: setting bit 5 lowercases), as one number.
    let mut k = 0u128;
    for (i, &b) in word.iter().enumerate() {
        k |= u128::from(b | 0x20) << (8 * i);
    }
    let mut at = slot(k);
    loop {
        match TABLE[at] {
            (0, _) => return None,
            (t, lang) if t == k => return lang,
            _ => at = (at + 1) % SLOTS,
        }
    }
}

/// Whether a character that is not ASCII is a letter: decided without Unicode's tables for
/// the characters of French copy (Latin-1's symbols and spaces, accented letters, the
/// typographic punctuation of U+2000-U+206F), which were a fifth of [`detect`]'s time.
pub(crate) fn is_letter(c: char) -> bool {
    match u32::from(c) {
        0x80..=0xBF => matches!(c, '\u{AA}' | '\u{B5}' | '\u{BA}'),
        // Latin-1's and Latin Extended-A's letters (French accents): all but × and ÷.
        0xC0..=0x17F => c != '\u{D7}' && c != '\u{F7}',
        0x2000..=0x206F => false,
        _ => c.is_alphabetic(),
    }
}

/// Detects the language of `text` by counting French and English function words in its
/// first 20,000 bytes. Ties and texts without any function word are French, the desk's
/// main language.
///
/// Words are the runs of alphabetic characters. Every function word is ASCII, so a word
/// with another letter in it is no function word and is skipped without being lowercased;
/// ASCII bytes are classified without decoding, other characters are decoded one by one.
/// (Lowercasing every word into a new string was a twentieth of `vigie check`'s time;
/// comparing each word with the 48 function words, then a tenth.)
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut fr, mut en) = (0usize, 0usize);
    let mut count = |word: &[u8]| match function_word(word) {
        Some(Lang::Fr) => fr += 1,
        Some(Lang::En) => en += 1,
        None => {}
    };
    let text = &text[..end];
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        // A word starts at `i` (or nothing does): its ASCII letters first, in a tight loop.
        let start = i;
        while i < n && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i < n && !bytes[i].is_ascii() {
            let c = text[i..].chars().next().unwrap_or_default();
            if is_letter(c) {
                // A letter of another script or with an accent: the word is no function
                // word; skip the rest of it.
                i += c.len_utf8();
                while i < n {
                    let c = text[i..].chars().next().unwrap_or_default();
                    if !(c.is_ascii_alphabetic() || (!c.is_ascii() && is_letter(c))) {
                        break;
                    }
                    i += c.len_utf8();
                }
                continue;
            }
            count(&bytes[start..i]);
            i += c.len_utf8();
        } else {
            count(&bytes[start..i]);
            i += 1;
        }
    }
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same verdict as the reference on text made of function words of both
        /// languages in any case, non-ASCII letters glued to them, digits, marks and
        /// spaces.
        #[test]
        fn the_same_as_the_reference(parts in prop::collection::vec(prop_oneof![
            prop::sample::select(FRENCH.to_vec()).prop_map(str::to_string),
            prop::sample::select(ENGLISH.to_vec()).prop_map(str::to_string),
            prop::sample::select(FRENCH.to_vec()).prop_map(|w| w.to_uppercase()),
            Just("é".to_string()), Just("İ".to_string()), Just("K".to_string()), Just("ß".to_string()),
            Just("ﬁ".to_string()), Just(" ".to_string()), Just("'".to_string()), Just("3".to_string()),
            Just("\u{a0}".to_string()), Just("😀".to_string()), Just("-".to_string()), Just("x".to_string()),
            Just("×".to_string()), Just("÷".to_string()), Just("ſ".to_string()), Just("ƀ".to_string()),
            Just("\u{bf}".to_string()),
        ], 0..60)) {
            let text: String = parts.concat();
            crate::fuzzing::language_detection(&text);
        }
    }

    /// The shortcuts of `is_letter` agree with Unicode's tables on every character they
    /// decide.
    #[test]
    fn letters_as_unicode_says() {
        for c in ('\u{80}'..='\u{17F}').chain('\u{2000}'..='\u{206F}') {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} (U+{:04X})", u32::from(c));
        }
    }

    #[test]
    fn detects_french_and_english() {
        assert_eq!(detect("Selon le Kremlin, les pourparlers sont suspendus."), Lang::Fr);
        assert_eq!(
            detect("The talks were suspended, the Kremlin said on Monday."),
            Lang::En
        );
        assert_eq!(detect(""), Lang::Fr);
        assert_eq!(detect("🇺🇦🇺🇦"), Lang::Fr);
    }

    #[test]
    fn parses_settings() {
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de"), None);
    }
}
