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

const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "du", "un", "une", "et", "est", "dans", "pour", "que", "qui", "sur", "pas", "au", "aux",
    "avec", "selon", "sont", "ont", "il", "elle", "ce", "cette",
];
const ENGLISH: &[&str] = &[
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

/// Detects the language of `text` by counting French and English function words in its
/// first 20,000 bytes. Ties and texts without any function word are French, the desk's
/// main language.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut fr, mut en) = (0usize, 0usize);
    for word in text[..end].split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 9 {
            continue;
        }
        let lower = word.to_lowercase();
        if FRENCH.contains(&lower.as_str()) {
            fr += 1;
        }
        if ENGLISH.contains(&lower.as_str()) {
            en += 1;
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
