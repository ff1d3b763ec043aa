//! A French-aware sentence splitter.
//!
//! [`split`] cuts a document into sentences and gives each its byte range and the index of
//! the paragraph (block) it belongs to. It knows what generic splitters get wrong in French
//! and English news copy:
//!
//! - abbreviations that never end a sentence because a name follows them (`M.`, `MM.`,
//!   `Mme`, `Dr.`, `St.`, `Mr.`, `Gen.`, `cf.`, `av. J.-C.` …) and abbreviations that end
//!   one only when a capital follows (`etc.`, `p.`, `Inc.`, `a.m.` …);
//! - initials (`J. Biden`), decimals (`4.5`), dotted acronyms (`U.S.`);
//! - guillemets with French spacing: `« C'est fini. »` keeps its closing `»`, and a
//!   quotation is never cut inside when it closes in the same paragraph, so that
//!   `« Nous avons perdu 300 hommes. Nous tiendrons », a dit le général.` is one sentence
//!   (its speaker is named in it);
//! - ellipses (`…`, `...`) that end a sentence only before a capital;
//! - Markdown structure: blank lines separate paragraphs, a heading (`# …`, or a wiki page's
//!   `== … ==`) is a sentence
//!   and a paragraph of its own, each list item (`- `, `* `, `+ `, `• `, `1. `, `2) `)
//!   starts a new paragraph and its number is never a sentence end.
//!
//! Single line breaks inside a paragraph are soft (Markdown and hard-wrapped plain text).
//! Ranges are trimmed of surrounding whitespace and never empty.

use crate::bytescan::{byte_set, ByteSet, NextOf3};
use std::ops::Range;

/// One sentence: its byte range in the text and the index of its paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    /// Index of the paragraph (block) among the document's blocks, from 0. Headings and
    /// list items count as blocks of their own.
    pub paragraph: usize,
}

/// Titles and abbreviations after which a sentence never ends (a name or a word follows).
/// Compared case-sensitively.
const NEVER_END: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Mr", "Mrs", "Ms", "Prof", "Gen",
    "Gén", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "Rev", "Hon", "cf", "Cf", "av", "apr", "U.S", "U.K", "U.N",
    "e.g", "i.e", "vs", "No",
];

/// Abbreviations that end a sentence only when a capital letter follows them.
/// Compared in lower case.
const MAY_END: &[&str] = &[
    "etc", "j.-c", "inc", "corp", "ltd", "co", "jr", "sr", "a.m", "p.m", "p", "pp", "n", "no", "vol", "art", "chap",
    "éd", "env", "fig", "jan", "janv", "feb", "fév", "févr", "avr", "juil", "aug", "sept", "oct", "nov", "dec", "déc",
    "approx", "min", "max", "cie",
];

const TERMINATORS: &[char] = &['.', '!', '?', '…'];

/// Bytes that may start a quote or a terminator inside a sentence: `"`, `.`, `!`, `?`, and
/// the lead bytes of « » (C2) and “ ” … (E2). No other char changes the splitter's state
/// once a sentence has started.
static MAY_MATTER: ByteSet = byte_set(b"\".!?\xC2\xE2");

const CLOSERS: &[char] = &['»', '”', '"', '’', ')', '›'];

/// Splits `text` into sentences. See the module documentation for the rules.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut buffers = Buffers::default();
    for (paragraph, block) in blocks(text).into_iter().enumerate() {
        split_block(text, block, paragraph, &mut buffers, &mut out);
    }
    out
}

/// Scratch space reused from block to block: byte offsets of the opening quotes that
/// close within the block.
#[derive(Default)]
struct Buffers {
    closing: Vec<usize>,
    pending_fr: Vec<usize>,
    pending_en: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq)]
enum LineKind {
    Blank,
    Heading,
    ListItem,
    Text,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn line_kind(line: &str) -> LineKind {
    let t = line.trim_start_matches(is_space);
    if t.is_empty() {
        return LineKind::Blank;
    }
    let t = t.trim_start_matches('>').trim_start_matches(is_space);
    if t.is_empty() {
        return LineKind::Blank;
    }
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t[hashes..].chars().next().is_none_or(is_space) {
        return LineKind::Heading;
    }
    if wiki_heading(t) {
        return LineKind::Heading;
    }
    if list_marker_len(t).is_some() {
        return LineKind::ListItem;
    }
    LineKind::Text
}

/// A heading in a wiki page's own markup, on one line: "== Sources ==", "=== Réactions
/// ===" (as many signs on each side, two or more, around some text).
pub(crate) fn wiki_heading(line: &str) -> bool {
    let t = line.trim_end_matches(is_space);
    let open = t.bytes().take_while(|&b| b == b'=').count();
    let close = t.bytes().rev().take_while(|&b| b == b'=').count();
    open >= 2
        && open == close
        && t.len() > open + close
        && !t[open..t.len() - close].trim_matches(is_space).is_empty()
        && !t.contains('\n')
}

/// Length in bytes of a list marker at the start of `t` (`- `, `1. `, `2) ` …), if any.
pub(crate) fn list_marker_len(t: &str) -> Option<usize> {
    let mut chars = t.char_indices();
    let (_, c) = chars.next()?;
    if matches!(c, '-' | '*' | '+' | '•' | '–' | '—') {
        let rest = &t[c.len_utf8()..];
        return rest.starts_with([' ', '\t', '\u{a0}']).then_some(c.len_utf8());
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &t[digits..];
        if (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(".\t")) && rest.len() > 2 {
            return Some(digits + 1);
        }
    }
    None
}

/// Cuts the text into blocks: paragraphs separated by blank lines, headings on their own,
/// each list item starting a new block.
fn blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut pos = 0;
    let mut newlines = memchr::memchr_iter(b'\n', text.as_bytes());
    while pos < text.len() {
        let end = newlines.next().unwrap_or(text.len());
        let line = &text[pos..end];
        match line_kind(line) {
            LineKind::Blank => {
                out.extend(current.take());
            }
            LineKind::Heading => {
                out.extend(current.take());
                out.push(pos..end);
            }
            LineKind::ListItem => {
                out.extend(current.take());
                current = Some(pos..end);
            }
            LineKind::Text => match &mut current {
                Some(r) => r.end = end,
                None => current = Some(pos..end),
            },
        }
        pos = end + 1;
    }
    out.extend(current);
    out
}

/// The char at byte `i` of `b` (a space past the end).
fn char_at(b: &str, i: usize) -> char {
    match b.as_bytes().get(i) {
        None => ' ',
        Some(&x) if x < 0x80 => x as char,
        Some(_) => b[i..].chars().next().unwrap_or(' '),
    }
}

/// The last non-space char before byte `i`.
fn prev_non_space(b: &str, i: usize) -> Option<char> {
    b[..i].trim_end_matches(is_space).chars().next_back()
}

/// The first non-space char from byte `i`, and its offset.
fn next_non_space(b: &str, i: usize) -> Option<(usize, char)> {
    let rest = &b[i..];
    let t = rest.trim_start_matches(is_space);
    t.chars().next().map(|c| (i + rest.len() - t.len(), c))
}

fn split_block(text: &str, block: Range<usize>, paragraph: usize, buf: &mut Buffers, out: &mut Vec<Sentence>) {
    let b = &text[block.clone()];
    let base = block.start;
    let bytes = b.as_bytes();
    let n = b.len();

    // The number of a list item is not a sentence end.
    let list_skip = {
        let lead = b.len() - b.trim_start_matches(is_space).len();
        list_marker_len(&b[lead..]).map_or(0, |l| lead + l)
    };

    // Which opening quotes close within the block: only those suppress sentence ends.
    let mut straight_quotes = 0usize;
    buf.closing.clear();
    buf.pending_fr.clear();
    buf.pending_en.clear();
    // « » “ ” are C2 AB, C2 BB, E2 80 9C, E2 80 9D in UTF-8: look at those bytes only.
    for q in memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes) {
        match bytes[q] {
            b'"' => straight_quotes += 1,
            0xC2 => match bytes.get(q + 1) {
                Some(0xAB) => buf.pending_fr.push(q),
                Some(0xBB) => buf.closing.extend(buf.pending_fr.pop()),
                _ => {}
            },
            0xE2 if bytes.get(q + 1) == Some(&0x80) => match bytes.get(q + 2) {
                Some(0x9C) => buf.pending_en.push(q),
                Some(0x9D) => buf.closing.extend(buf.pending_en.pop()),
                _ => {}
            },
            _ => {}
        }
    }
    let balanced_straight = straight_quotes % 2 == 0;
    buf.closing.sort_unstable();
    let closes_later = |i: usize| buf.closing.binary_search(&i).is_ok();

    let mut start: Option<usize> = None;
    let mut depth = 0usize;
    let mut straight_open = false;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        let seg = &b[s..e];
        let trimmed_start = s + (seg.len() - seg.trim_start_matches(is_space).len());
        let trimmed_end = s + seg.trim_end_matches(is_space).len();
        if trimmed_start < trimmed_end {
            out.push(Sentence {
                range: base + trimmed_start..base + trimmed_end,
                paragraph,
            });
        }
    };
    // The bytes of MAY_MATTER, three by three.
    let (mut terminators, mut quotes) = (NextOf3::new(*b".!?"), NextOf3::new(*b"\"\xC2\xE2"));
    let mut i = 0;
    while i < n {
        let x = bytes[i];
        // Inside a sentence, only quotes and terminators change anything: skip to the next
        // byte that may start one.
        if start.is_some() && !MAY_MATTER[usize::from(x)] {
            i = terminators.from(bytes, i + 1).min(quotes.from(bytes, i + 1));
            continue;
        }
        // Plain letters and digits change nothing.
        if x.is_ascii_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            i += 1;
            continue;
        }
        let c = char_at(b, i);
        let len = c.len_utf8();
        if start.is_none() {
            if is_space(c) {
                i += len;
                continue;
            }
            start = Some(i);
        }
        match c {
            '«' | '“' if closes_later(i) => depth += 1,
            '»' | '”' if depth > 0 => {
                depth -= 1;
                if depth == 0 && !straight_open && quote_ends_sentence(b, i, len) {
                    push(out, start.unwrap_or(0), i + len);
                    start = None;
                }
            }
            '"' if balanced_straight => {
                straight_open = !straight_open;
                if !straight_open && depth == 0 && quote_ends_sentence(b, i, len) {
                    push(out, start.unwrap_or(0), i + len);
                    start = None;
                }
            }
            _ => {}
        }
        if TERMINATORS.contains(&c) && depth == 0 && !straight_open && i >= list_skip {
            // The whole run of terminators: "...", "?!".
            let mut j = i;
            while j < n && TERMINATORS.contains(&char_at(b, j)) {
                j += char_at(b, j).len_utf8();
            }
            // Closing quotes and brackets that belong to the sentence, French spacing
            // allowed before them.
            let mut m = j;
            loop {
                let mut p = m;
                while p < n && matches!(char_at(b, p), ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
                    p += char_at(b, p).len_utf8();
                }
                let q = char_at(b, p);
                if p < n && CLOSERS.contains(&q) {
                    if q == '"' && balanced_straight {
                        // a straight quote closes only what is open
                        if !straight_open {
                            break;
                        }
                        straight_open = false;
                    }
                    m = p + q.len_utf8();
                } else {
                    break;
                }
            }
            // Emphasis that closes right after the terminator: a bold lead-in ("**En
            // chiffres.** La consommation…") ends with its own sentence.
            while m < n && matches!(bytes[m], b'*' | b'_') {
                m += 1;
            }
            let boundary_follows = m >= n || is_space(char_at(b, m));
            if boundary_follows && ends_here(b, i, j, m) {
                push(out, start.unwrap_or(0), m);
                start = None;
            }
            i = m.max(i + len);
            continue;
        }
        i += len;
    }
    if let Some(s) = start {
        push(out, s, b.len());
    }
}

/// A closing quote at byte `i` (of `len` bytes) ends the sentence when a terminator
/// precedes it and a sentence start follows it: `« Non. » Puis …`.
fn quote_ends_sentence(b: &str, i: usize, len: usize) -> bool {
    if !prev_non_space(b, i).is_some_and(|p| TERMINATORS.contains(&p)) {
        return false;
    }
    next_non_space(b, i + len).is_none_or(|(_, a)| starts_sentence(a))
}

/// Whether a sentence may start with this character.
fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '«' | '“' | '"' | '(' | '[' | '*' | '_' | '‘' | '-' | '—' | '–')
}

/// Nouns that a capital letter designates a member of: "catégorie A", "Group B", "vitamine
/// C". A capital after them ends no initial.
const LETTERED_NOUNS: &[&str] = &[
    "catégorie",
    "catégories",
    "classe",
    "groupe",
    "poule",
    "série",
    "type",
    "zone",
    "annexe",
    "vitamine",
    "category",
    "class",
    "group",
    "pool",
    "grade",
    "vitamin",
    "annex",
    "appendix",
];

/// Decides whether the terminator run at bytes `k..j` (closers up to `m`) ends the
/// sentence.
fn ends_here(b: &str, k: usize, j: usize, m: usize) -> bool {
    let Some((_, nc)) = next_non_space(b, m) else {
        return true;
    };
    // A lower-case word, or a comma after a quote, continues the sentence
    // (« Feu ! », a-t-il crié ; … et puis).
    if !starts_sentence(nc) {
        return false;
    }
    if &b[k..j] != "." {
        return true;
    }
    // A single dot: look at the word before it.
    let word_end = k;
    let word_start = b[..word_end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '-')
        .last()
        .map_or(word_end, |(i, _)| i);
    let word = b[word_start..word_end].trim_start_matches(['-', '.']);
    if word.is_empty() {
        return true;
    }
    if NEVER_END.contains(&word) {
        return false;
    }
    // A rank in a results line after its colon or semicolon: "Courge la plus lourde : 1.
    // Gérard Pintaud, 612 kg ; 2. Sylvie Caron, 497 kg".
    if word.len() <= 2 && word.bytes().all(|c| c.is_ascii_digit()) && b[..word_start].trim_end().ends_with([':', ';']) {
        return false;
    }
    let mut wc = word.chars();
    if let (Some(first), None) = (wc.next(), wc.clone().next()) {
        // A single capital is an initial (J. Biden); a single small letter an abbreviation.
        // (Not a temperature's unit after its degree sign: "4 °C. Selon…", "38°F.")
        let degree = b[..word_start].trim_end().ends_with('°');
        // (Nor a designation's letter: "en catégorie A. Le taux…", "in Group B. The…".)
        let before = b[..word_start].trim_end();
        let noun_start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .map_or(before.len(), |(i, _)| i);
        let designation = LETTERED_NOUNS.contains(&before[noun_start..].to_lowercase().as_str());
        if first.is_uppercase() && !degree && !designation {
            return false;
        }
    }
    // Dotted capitals (U.S.A, J.-C) and the abbreviations that may end a sentence end it
    // only before a capital, which `starts_sentence` already checked for letters.
    let may_end = word.len() <= 6 && MAY_END.contains(&word.to_lowercase().as_str());
    if may_end || word.contains('.') {
        return nc.is_uppercase() || nc == '«' || nc == '"';
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|s| &text[s.range]).collect()
    }

    /// Input, then the sentences expected, in order.
    const CASES: &[(&str, &[&str])] = &[
        ("Il pleut. Il vente.", &["Il pleut.", "Il vente."]),
        // A designation's letter ends its sentence; an initial does not.
        (
            "Ils sont 4 380 en catégorie A. Le taux atteint 18 %.",
            &["Ils sont 4 380 en catégorie A.", "Le taux atteint 18 %."],
        ),
        (
            "- Courge la plus lourde : 1. Gérard Pintaud, 612 kg ; 2. Sylvie Caron, 497 kg. Le jury a délibéré.",
            &[
                "- Courge la plus lourde : 1. Gérard Pintaud, 612 kg ; 2. Sylvie Caron, 497 kg.",
                "Le jury a délibéré.",
            ],
        ),
        (
            "Italy topped Group B. The draw is on Friday.",
            &["Italy topped Group B.", "The draw is on Friday."],
        ),
        (
            "Le livre de Jean A. Martin paraît.",
            &["Le livre de Jean A. Martin paraît."],
        ),
        (
            "Il a fait 4\u{a0}°C. Selon la préfecture, il gèle.",
            &["Il a fait 4\u{a0}°C.", "Selon la préfecture, il gèle."],
        ),
        (
            "M. Macron a parlé à MM. Scholz et Tusk. Mme Kallas aussi.",
            &["M. Macron a parlé à MM. Scholz et Tusk.", "Mme Kallas aussi."],
        ),
        (
            "Le Dr. Tedros était là. Il a parlé.",
            &["Le Dr. Tedros était là.", "Il a parlé."],
        ),
        (
            "La croissance atteint 1.5 % cette année. Elle était de 2,3 % en 2023.",
            &[
                "La croissance atteint 1.5 % cette année.",
                "Elle était de 2,3 % en 2023.",
            ],
        ),
        (
            "Il a dit : « C'est fini. » Puis il est parti.",
            &["Il a dit : « C'est fini. »", "Puis il est parti."],
        ),
        (
            "« Nous avons perdu 300 hommes. Nous tiendrons », a dit le général. Le front est calme.",
            &[
                "« Nous avons perdu 300 hommes. Nous tiendrons », a dit le général.",
                "Le front est calme.",
            ],
        ),
        (
            "« Feu ! », a-t-il crié. Silence.",
            &["« Feu ! », a-t-il crié.", "Silence."],
        ),
        (
            "Il hésita… puis il signa. Enfin… Le texte est parti.",
            &["Il hésita… puis il signa.", "Enfin…", "Le texte est parti."],
        ),
        ("Il attendait... Rien ne vint.", &["Il attendait...", "Rien ne vint."]),
        (
            "Des chars, des obus, etc. Tout manque. Voir aussi cf. la note.",
            &["Des chars, des obus, etc.", "Tout manque.", "Voir aussi cf. la note."],
        ),
        (
            "La ville fut fondée en 52 av. J.-C. par les Romains. Elle a grandi.",
            &["La ville fut fondée en 52 av. J.-C. par les Romains.", "Elle a grandi."],
        ),
        (
            "Donald J. Trump met U.S. officials. They talked.",
            &["Donald J. Trump met U.S. officials.", "They talked."],
        ),
        (
            "# Le front de l'Est\n\nLes combats continuent. Kiev résiste.",
            &["# Le front de l'Est", "Les combats continuent.", "Kiev résiste."],
        ),
        // A wiki page's headings in its own markup, even with no blank line around them;
        // unbalanced or empty signs are text.
        (
            "Le bilan.\n== Sources ==\n* Une source.\n=== Réactions ===\nIls ont réagi.",
            &[
                "Le bilan.",
                "== Sources ==",
                "* Une source.",
                "=== Réactions ===",
                "Ils ont réagi.",
            ],
        ),
        (
            "Le score.\n=== Pas un titre ==\n====\n== ==\nFin.",
            &["Le score.\n=== Pas un titre ==\n====\n== ==\nFin."],
        ),
        (
            "Trois points :\n1. Le cessez-le-feu.\n2. Les prisonniers.\n- Le reste",
            &[
                "Trois points :",
                "1. Le cessez-le-feu.",
                "2. Les prisonniers.",
                "- Le reste",
            ],
        ),
        (
            "Une phrase\nsur deux lignes. Une autre.",
            &["Une phrase\nsur deux lignes.", "Une autre."],
        ),
        ("Pas de point final", &["Pas de point final"]),
        (
            "**En chiffres.** La consommation a chuté. _Fin._ Suite.",
            &["**En chiffres.**", "La consommation a chuté.", "_Fin._", "Suite."],
        ),
        // Emphasis after a space opens the next sentence.
        ("Un. **Deux.** Trois.", &["Un.", "**Deux.**", "Trois."]),
        ("Vraiment ?! Oui.", &["Vraiment ?!", "Oui."]),
        (
            "He said \"it is over.\" Then he left.",
            &["He said \"it is over.\"", "Then he left."],
        ),
        (
            "« Guillemet jamais fermé. Suite.",
            &["« Guillemet jamais fermé.", "Suite."],
        ),
        ("", &[]),
        ("   \n\n  ", &[]),
    ];

    #[test]
    fn splits_the_table() {
        for (input, expected) in CASES {
            assert_eq!(&texts(input), expected, "input: {input:?}");
        }
    }

    #[test]
    fn paragraphs_are_numbered() {
        let text = "Un. Deux.\n\nTrois.\n# Titre\n- item. Suite.";
        let got: Vec<(usize, &str)> = split(text).into_iter().map(|s| (s.paragraph, &text[s.range])).collect();
        assert_eq!(
            got,
            vec![
                (0, "Un."),
                (0, "Deux."),
                (1, "Trois."),
                (2, "# Titre"),
                (3, "- item."),
                (3, "Suite.")
            ]
        );
    }

    #[test]
    fn crlf_and_nbsp() {
        let text = "Premier point.\r\n\r\nSecond\u{a0}point\u{a0}!\u{202f}» Fin.";
        assert_eq!(
            texts(text),
            vec!["Premier point.", "Second\u{a0}point\u{a0}!\u{202f}»", "Fin."]
        );
    }
}
