//! The `house-style` check: a mention written in a spelling that the newsroom's house style
//! does not prefer ("Zelenskyy" where the house writes "Zelensky", "Poutine" where it
//! writes "Putin"), with the edit that writes the preferred spelling.
//!
//! What counts as a spelling is the dictionary's (see `dictionaries/README.md`, "Variants
//! and house style"): an entry's default spelling, its styles' spellings and its variants.
//! An alias (another name) is never a style error. The edit keeps the text around it: the
//! case of what was written (a heading in capitals stays in capitals, a capital at the
//! start of a sentence stays), and the French elision before it ("d'Zelenskyy" becomes
//! "de Zelensky"; "de Yermak" becomes "d'Iermak" in the AFP style).

use std::ops::Range;

use crate::dictionary::{spelling_key, Dictionary, Entry, Kind};
use crate::lang::Lang;
use crate::matcher::Mention;

/// A mention in a spelling the house does not prefer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyleFinding {
    /// The mention, for the diagnostic.
    pub range: Range<usize>,
    /// The entry mentioned.
    pub entry: usize,
    /// The spelling as written in the text.
    pub written: String,
    /// The house's spelling.
    pub preferred: String,
    /// The house style in force.
    pub style: String,
    /// The bytes the fix replaces (the spelling, and an elided word before it when the
    /// elision changes) and what it writes there.
    pub edit: Range<usize>,
    pub replacement: String,
}

impl StyleFinding {
    /// The diagnostic's message, in the article's language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fr => format!(
                "Graphie maison ({})\u{a0}: «\u{a0}{}\u{a0}» plutôt que «\u{a0}{}\u{a0}».",
                self.style,
                crate::hover::typo(&self.preferred),
                self.written
            ),
            Lang::En => format!(
                "House style ({}): “{}” rather than “{}”.",
                self.style,
                crate::hover::typo(&self.preferred),
                self.written
            ),
        }
    }

    /// Applies the fix to `text` (for tests and the command line, one finding at a time;
    /// [`apply_all`] applies several).
    pub fn apply(&self, text: &str) -> String {
        apply_all(text, std::slice::from_ref(self))
    }
}

/// `text` with every finding's edit applied. Edits that overlap an earlier one are left
/// out (they cannot happen with mentions that do not overlap, but a caller may mix lists).
pub fn apply_all(text: &str, findings: &[StyleFinding]) -> String {
    let mut edits: Vec<&StyleFinding> = findings.iter().collect();
    edits.sort_by_key(|f| f.edit.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in edits {
        if f.edit.start < at || f.edit.end > text.len() {
            continue;
        }
        out.push_str(&text[at..f.edit.start]);
        out.push_str(&f.replacement);
        at = f.edit.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Every mention of `mentions` (found in `text`) written in a spelling that `style` does
/// not prefer in an article of `lang`. Ambiguous mentions are left alone: which entry's
/// spelling would apply is not known.
pub fn check(text: &str, mentions: &[Mention], dict: &Dictionary, style: &str, lang: Lang) -> Vec<StyleFinding> {
    let mut out = Vec::new();
    // Each entry's rule, worked out once: a long article mentions the same few entries
    // hundreds of times.
    let mut rules: rustc_hash::FxHashMap<usize, Option<Rule<'_>>> = rustc_hash::FxHashMap::default();
    // And each written form's verdict, worked out once: the same few spellings come back
    // hundreds of times (a 1 MB article: 1.3 ms a keystroke without this).
    let mut verdicts: rustc_hash::FxHashMap<(usize, &str), Option<Range<usize>>> = rustc_hash::FxHashMap::default();
    for m in mentions {
        // A role phrase ("le président russe") names an office, not a spelling of the name.
        if m.via_role.is_some() {
            continue;
        }
        let [entry] = m.entries[..] else { continue };
        let Some(e) = dict.entries.get(entry) else { continue };
        let rule = rules
            .entry(entry)
            .or_insert_with(|| e.house_spelling(style, lang).and_then(|house| Rule::new(e, house)));
        let Some(rule) = rule else { continue };
        let house = rule.house;
        let mention = &text[m.range.clone()];
        let verdict = verdicts
            .entry((entry, mention))
            .or_insert_with(|| rule.misspelled(mention).map(|(span, _)| span));
        let Some(span) = verdict.clone() else {
            continue;
        };
        let written = &mention[span.clone()];
        let start = m.range.start + span.start;
        let end = m.range.start + span.end;
        let mut replacement = with_case_of(house, written);
        let mut edit = start..end;
        if span.start == 0 {
            if let Some((before, article)) = elision(text, start, &replacement) {
                edit.start = before;
                replacement = article + &replacement;
            }
        }
        out.push(StyleFinding {
            range: m.range.clone(),
            entry,
            written: written.to_string(),
            preferred: house.to_string(),
            style: style.to_string(),
            edit,
            replacement,
        });
    }
    out
}

/// `form` (a form of `e`) with `house` in place of another spelling of it, by the rules of
/// the check: "Volodymyr Zelenskyy" → "Volodymyr Zelensky", "Kyiv" → "Kiev".
pub fn respell(form: &str, e: &Entry, house: &str) -> String {
    match misspelled(form, e, house) {
        Some((span, _)) => format!("{}{house}{}", &form[..span.start], &form[span.end..]),
        None => form.to_string(),
    }
}

/// Where in `mention` (the mention's text) a spelling other than `house` is written, and
/// which. A person's mention may hold it after given names ("Volodymyr Zelenskyy"); any
/// other mention must be a spelling as a whole. The longest spelling wins.
fn misspelled<'t>(mention: &'t str, e: &Entry, house: &str) -> Option<(Range<usize>, &'t str)> {
    Rule::new(e, house)?.misspelled(mention)
}

/// The house-style rule of one entry: its house spelling and the keys of its other
/// spellings (see [`spelling_key`]).
struct Rule<'d> {
    house: &'d str,
    house_key: String,
    others: Vec<String>,
    person: bool,
}

impl<'d> Rule<'d> {
    /// `None` when the entry has no other spelling than `house`.
    fn new(e: &Entry, house: &'d str) -> Option<Rule<'d>> {
        let house_key = spelling_key(house);
        let others: Vec<String> = e
            .spellings()
            .into_iter()
            .map(spelling_key)
            .filter(|k| *k != house_key)
            .collect();
        (!others.is_empty()).then_some(Rule {
            house,
            house_key,
            others,
            person: e.kind == Kind::Person,
        })
    }

    /// See [`misspelled`].
    fn misspelled<'t>(&self, mention: &'t str) -> Option<(Range<usize>, &'t str)> {
        if spelling_key(mention) == self.house_key {
            return None;
        }
        let spans: Vec<Range<usize>> = if self.person {
            word_spans(mention)
        } else {
            std::iter::once(0..mention.len()).collect()
        };
        spans
            .into_iter()
            .filter(|r| self.others.contains(&spelling_key(&mention[r.clone()])))
            .max_by_key(|r| (r.len(), std::cmp::Reverse(r.start)))
            .map(|r| (r.clone(), &mention[r]))
    }
}

/// Every span of `s` from a word start to a word end (words: runs of letters and digits,
/// joined by apostrophes and hyphens).
fn word_spans(s: &str) -> Vec<Range<usize>> {
    let mut starts = Vec::new();
    let mut ends = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        let word = c.is_alphanumeric();
        let prev_word = prev.is_some_and(|p| p.is_alphanumeric() || is_joiner(p));
        if word && !prev_word {
            starts.push(i);
        }
        if word {
            let next = s[i + c.len_utf8()..].chars().next();
            if !next.is_some_and(|n| n.is_alphanumeric() || is_joiner(n)) {
                ends.push(i + c.len_utf8());
            }
        }
        prev = Some(c);
    }
    let mut out = Vec::new();
    for &a in &starts {
        for &b in ends.iter().filter(|&&b| b > a) {
            out.push(a..b);
        }
    }
    out
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '‑')
}

/// `house` written in the case of `written`: all capitals when `written` is (a heading),
/// a capital first letter when `written` has one and `house` has not.
fn with_case_of(house: &str, written: &str) -> String {
    let letters = || written.chars().filter(|c| c.is_alphabetic());
    let all_caps = letters().count() > 1 && letters().all(char::is_uppercase);
    if all_caps {
        return house.to_uppercase();
    }
    let mut chars = house.chars();
    match (written.chars().next(), chars.next()) {
        (Some(w), Some(h)) if w.is_uppercase() && h.is_lowercase() => h.to_uppercase().chain(chars).collect(),
        _ => house.to_string(),
    }
}

/// The elided word before `start` to rewrite for `replacement`: "d'" before a consonant
/// becomes "de ", "de " before a vowel becomes "d'" (and "qu'" / "que " alike). Returns
/// where the rewrite starts and the word to write. "l'" is left alone: "le" or "la"
/// cannot be told. A word starting with "h" or "y" is never touched either way.
fn elision(text: &str, start: usize, replacement: &str) -> Option<(usize, String)> {
    let first = replacement.chars().next()?;
    let vowel = is_vowel(first);
    let consonant = first.is_alphabetic() && !vowel && !matches!(first.to_ascii_lowercase(), 'h' | 'y');
    let before = &text[..start];
    for (elided, full) in [("d", "de"), ("qu", "que")] {
        if consonant {
            // "d'" or "d’" right before, at a word start.
            for apostrophe in ['\'', '’'] {
                let Some(rest) = before.strip_suffix(apostrophe) else {
                    continue;
                };
                let Some(word_start) = word_suffix(rest, elided) else {
                    continue;
                };
                let word = &rest[word_start..];
                return Some((word_start, with_case_of_word(full, word) + " "));
            }
        } else if vowel {
            // "de " right before.
            let Some(rest) = before.strip_suffix(' ') else { continue };
            let Some(word_start) = word_suffix(rest, full) else {
                continue;
            };
            let word = &rest[word_start..];
            let apostrophe = if text.contains('’') { '’' } else { '\'' };
            return Some((word_start, format!("{}{apostrophe}", with_case_of_word(elided, word))));
        }
    }
    None
}

/// Where `s` ends with the word `word` (any case), preceded by a non-letter or nothing.
fn word_suffix(s: &str, word: &str) -> Option<usize> {
    let at = s.len().checked_sub(word.len())?;
    if !s.is_char_boundary(at) || !s[at..].eq_ignore_ascii_case(word) {
        return None;
    }
    let standalone = !s[..at].chars().next_back().is_some_and(char::is_alphanumeric);
    standalone.then_some(at)
}

/// `word` ("de") with the capital of `as_written` ("D'" → "De").
fn with_case_of_word(word: &str, as_written: &str) -> String {
    if as_written.chars().next().is_some_and(char::is_uppercase) {
        let mut c = word.chars();
        c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
    } else {
        word.to_string()
    }
}

fn is_vowel(c: char) -> bool {
    let folded = crate::fold::fold(&c.to_string());
    matches!(folded.chars().next(), Some('a' | 'e' | 'i' | 'o' | 'u'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lexicon;

    const DICT: &str = r#"
[[entry]]
id = "zelensky"
name = "Volodymyr Zelensky"
kind = "person"
description = "x"
aliases = ["Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "président ukrainien"]
variants = ["Zelenskiy", "Zelenskyy", "Zelenski"]
preferred = { default = "Zelensky", reuters = "Zelenskiy", officiel = "Zelenskyy" }

[[entry]]
id = "poutine"
name = "Vladimir Poutine"
kind = "person"
description = "x"
aliases = [{ form = "Poutine", case = "exact" }, "Vladimir Putin"]
variants = ["Putin"]
preferred = { default = "Poutine", reuters = "Putin" }

[[entry]]
id = "yermak"
name = "Andrii Yermak"
kind = "person"
description = "x"
aliases = ["Yermak"]
variants = ["Iermak"]
preferred = { default = "Yermak", afp = "Iermak" }

[[entry]]
id = "kiev"
name = "Kiev"
kind = "city"
description = "x"
aliases = ["oblast de Kiev"]
variants = ["Kyiv", "Kyïv"]
preferred = { default = "Kiev", liberation = "Kyiv", onu = "Kyïv", en = "Kyiv" }

[[entry]]
id = "otan"
name = "Organisation du traité de l'Atlantique nord"
kind = "organisation"
description = "x"
aliases = ["OTAN", "NATO"]
"#;

    fn lexicon() -> Lexicon {
        let (d, findings) = Dictionary::load(&[("t.toml", DICT)]).unwrap();
        assert_eq!(findings, vec![]);
        Lexicon::new(d)
    }

    /// The text after every fix, and the findings as `written→preferred`.
    fn run(text: &str, style: &str, lang: Lang) -> (String, Vec<String>) {
        let lexicon = lexicon();
        let found = check(text, &lexicon.find(text), &lexicon.dict, style, lang);
        let what = found.iter().map(|f| format!("{}→{}", f.written, f.preferred)).collect();
        (apply_all(text, &found), what)
    }

    #[test]
    fn cases() {
        use Lang::{En, Fr};
        #[rustfmt::skip]
        let cases: &[(&str, Lang, &str, &str)] = &[
            // (style, lang, text, text after the fixes)
            ("default", Fr, "Volodymyr Zelenskyy a parlé.", "Volodymyr Zelensky a parlé."),
            ("default", Fr, "Selon Zelenskiy, rien.", "Selon Zelensky, rien."),
            ("reuters", En, "Poutine said.", "Putin said."),
            ("reuters", Fr, "Vladimir Poutine a dit.", "Vladimir Putin a dit."),
            ("reuters", Fr, "Le président Zelensky.", "Le président Zelenskiy."),
            // Aliases are other names: never a style error.
            ("default", Fr, "Le président ukrainien et Zelensky.", "Le président ukrainien et Zelensky."),
            ("default", Fr, "L'OTAN et NATO.", "L'OTAN et NATO."),
            ("default", Fr, "Vladimir Putin, Poutine.", "Vladimir Poutine, Poutine."),
            // Accents are a spelling: Kyïv is not Kyiv.
            ("onu", Fr, "À Kyiv et à Kiev.", "À Kyïv et à Kyïv."),
            ("liberation", Fr, "À Kyïv.", "À Kyiv."),
            ("default", Fr, "À Kyiv.", "À Kiev."),
            // A place is corrected only when the mention is the spelling as a whole.
            ("liberation", Fr, "Dans l'oblast de Kiev.", "Dans l'oblast de Kiev."),
            // English copy falls back on `en`, never on the French default.
            ("default", En, "In Kiev, Putin said.", "In Kyiv, Putin said."),
            // The case of what was written.
            ("default", Fr, "# ZELENSKYY À PARIS", "# ZELENSKY À PARIS"),
            ("default", Fr, "kyiv", "Kiev"),
            // Elision before the spelling.
            ("default", Fr, "La visite d'Zelenskyy.", "La visite de Zelensky."),
            ("default", Fr, "D’Zelenskyy, rien.", "De Zelensky, rien."),
            ("afp", Fr, "Le bureau de Yermak.", "Le bureau d'Iermak."),
            ("afp", Fr, "Le bureau de Yermak, l’aide.", "Le bureau d’Iermak, l’aide."),
            ("afp", Fr, "Plus qu’Yermak.", "Plus qu’Iermak."),
            ("default", Fr, "Plus qu'Zelenskiy.", "Plus que Zelensky."),
            // A word starting with y or h keeps the elision as written.
            ("default", Fr, "Le bureau d'Iermak.", "Le bureau d'Yermak."),
            // Unknown style: the language's fallback.
            ("lemonde", Fr, "Zelenskyy", "Zelensky"),
        ];
        for (style, lang, text, want) in cases {
            let (got, what) = run(text, style, *lang);
            assert_eq!(&got, want, "{style} {text:?}: {what:?}");
        }
    }

    #[test]
    fn a_finding_says_what_and_where() {
        let text = "Hier, Volodymyr Zelenskyy a parlé.";
        let lexicon = lexicon();
        let found = check(text, &lexicon.find(text), &lexicon.dict, "default", Lang::Fr);
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(&text[f.range.clone()], "Volodymyr Zelenskyy");
        assert_eq!(&text[f.edit.clone()], "Zelenskyy");
        assert_eq!(
            f.message(Lang::Fr),
            "Graphie maison (default)\u{a0}: «\u{a0}Zelensky\u{a0}» plutôt que «\u{a0}Zelenskyy\u{a0}»."
        );
        assert_eq!(
            f.message(Lang::En),
            "House style (default): “Zelensky” rather than “Zelenskyy”."
        );
        assert_eq!(f.apply(text), "Hier, Volodymyr Zelensky a parlé.");
    }

    #[test]
    fn ambiguous_mentions_are_left_alone() {
        let dict = format!(
            "{DICT}\n[[entry]]\nid = \"k2\"\nname = \"Kyiv Post\"\nkind = \"media\"\ndescription = \"x\"\naliases = [{{ form = \"Kyiv\", ambiguous = true }}]\n"
        )
        .replace("variants = [\"Kyiv\", \"Kyïv\"]", "variants = [{ form = \"Kyiv\", ambiguous = true }, \"Kyïv\"]");
        let (d, findings) = Dictionary::load(&[("t.toml", dict.as_str())]).unwrap();
        assert_eq!(findings, vec![]);
        let lexicon = Lexicon::new(d);
        let text = "À Kyiv.";
        let mentions = lexicon.find(text);
        assert_eq!(mentions[0].entries.len(), 2);
        assert_eq!(check(text, &mentions, &lexicon.dict, "default", Lang::Fr), vec![]);
    }
}
