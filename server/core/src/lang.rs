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

const fn keys<const N: usize>(list: &[&str]) -> [u128; N] {
    let mut out = [0u128; N];
    let mut i = 0;
    while i < N {
        out[i] = key(list[i]);
        i += 1;
    }
    out
}

const FRENCH_KEYS: [u128; FRENCH.len()] = keys(FRENCH);
const ENGLISH_KEYS: [u128; ENGLISH.len()] = keys(ENGLISH);

/// Detects the language of `text` by counting French and English function words in its
/// first 20,000 bytes. Ties and texts without any function word are French, the desk's
/// main language.
///
/// Words are the runs of alphabetic characters. Every function word is ASCII, so a word
/// with another letter in it is no function word and is skipped without being lowercased;
/// an ASCII word is lowercased on the stack. (Lowercasing every word into a new string was
/// a twentieth of `vigie check`'s time.)
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut fr, mut en) = (0usize, 0usize);
    let mut count = |word: &[u8]| {
        if word.is_empty() || word.len() > 9 {
            return;
        }
        // The word, lowercased, as one number: compared with each function word's in a
        // register, not byte by byte.
        let mut buf = [0u8; 16];
        buf[..word.len()].copy_from_slice(word);
        buf.make_ascii_lowercase();
        let key = u128::from_le_bytes(buf);
        fr += usize::from(FRENCH_KEYS.contains(&key));
        en += usize::from(ENGLISH_KEYS.contains(&key));
    };
    let bytes = &text.as_bytes()[..end];
    // The current word: where it starts, and whether it is all ASCII so far.
    let (mut start, mut ascii) = (0usize, true);
    for (i, c) in text[..end].char_indices() {
        let letter = if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else if ('\u{C0}'..='\u{17F}').contains(&c) {
            // Latin-1's and Latin Extended-A's letters (French accents): all but × and ÷.
            c != '\u{D7}' && c != '\u{F7}'
        } else {
            c.is_alphabetic()
        };
        if !letter {
            if ascii {
                count(&bytes[start..i]);
            }
            (start, ascii) = (i + c.len_utf8(), true);
        } else if !c.is_ascii() {
            ascii = false;
        }
    }
    if ascii {
        count(&bytes[start..]);
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
