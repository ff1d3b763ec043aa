//! What the fuzzers check, shared by the libFuzzer targets (`fuzz/`, nightly) and the
//! seeded stable driver (`tests/fuzz_stable.rs`), so that both exercise the same
//! invariants. Not part of the API: each function panics when an invariant breaks.
//!
//! Inputs are structure-aware: [`article`] turns arbitrary bytes into French and English
//! copy with numbers in every format, quotes, NBSP, emoji, CRLF, Markdown, front matter,
//! markers, huge numbers and long lines, so that most executions reach deep into the
//! analysis instead of stopping at the first unknown byte.

use crate::corpus;
use crate::figures::{self, FigureOptions};
use crate::incremental::Incremental;
use crate::line_index::{Encoding, LineCol, LineIndex};
use crate::{Dictionary, Lexicon};

/// Pieces of copy an input byte can stand for.
const SNIPPETS: &[&str] = &[
    "Selon l'armée, ",
    "d'après Kiev, ",
    " a déclaré le ministre.",
    " according to officials",
    " said on Tuesday.",
    "Vladimir Poutine",
    "Volodymyr Zelensky",
    "l'Otan",
    "Kyïv",
    "Pokrovsk",
    " 4,5 millions ",
    " 1 500 € ",
    " 1\u{202F}500 ",
    " 30 % ",
    " 30\u{A0}% ",
    " $2bn ",
    " 2,000 troops ",
    " des dizaines de milliers de soldats ",
    " un tiers ",
    " trois fois plus ",
    " de 4 000 à 5 000 ",
    " 15 h 30 ",
    " le 2 décembre 2025 ",
    " F-16 ",
    " article 5 ",
    " 99999999999999999999999999 ",
    " 0,000000001 ",
    "« ",
    " »",
    "“",
    "”",
    ". ",
    "… ",
    "\n",
    "\r\n",
    "\n\n",
    "\r",
    "# ",
    "- ",
    "1. ",
    "```\n",
    "<!-- ",
    " -->",
    "<!-- vigie-ignore -->",
    "[vigie-ignore]",
    "<!-- vigie-ignore-file -->",
    "---\ndate: 2025-03-12\n---\n",
    "date 2025-03-12\n",
    "https://example.org/a?b=1 ",
    "[lien](http://x.y) ",
    "`code 42` ",
    "😀",
    "🇺🇦",
    "e\u{301}",
    "\u{200B}",
    "\t",
    "Mme ",
    "M. ",
    "av. J.-C. ",
];

/// Article-like text from arbitrary bytes: each byte picks a snippet, a run of letters, or
/// is taken as a character.
pub fn article(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 8);
    // One long line per input is enough to reach what long lines reach; more only slowed
    // every execution down (up to 8 KB of text per byte).
    let mut long_line = false;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        i += 1;
        match b {
            0..=127 => out.push_str(SNIPPETS[usize::from(b) % SNIPPETS.len()]),
            128..=191 => {
                // A word of 1 to 8 letters.
                let n = usize::from(b % 8) + 1;
                for k in 0..n {
                    let c = data.get(i + k).copied().unwrap_or(b);
                    out.push(char::from(b'a' + c % 26));
                }
                i += n;
            }
            192..=223 => out.push(char::from(b'0' + b % 10)),
            224..=247 => {
                // Any character: two more bytes as a code point (invalid ones skipped).
                let hi = u32::from(data.get(i).copied().unwrap_or(0));
                let lo = u32::from(data.get(i + 1).copied().unwrap_or(0));
                i += 2;
                if let Some(c) = char::from_u32((u32::from(b - 224) << 16) | (hi << 8) | lo) {
                    out.push(c);
                }
            }
            _ => {
                // A long line, then short runs of words.
                let n = if long_line {
                    usize::from(b - 247) * 4
                } else {
                    usize::from(b) * 8
                };
                long_line = true;
                out.push_str(&"mot ".repeat(n));
            }
        }
    }
    out
}

fn lexicon() -> &'static Lexicon {
    static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEX.get_or_init(|| Lexicon::new(Dictionary::embedded().expect("shipped dictionaries load").0))
}

fn assert_range(text: &str, r: &std::ops::Range<usize>, what: &str) {
    assert!(
        r.start <= r.end && r.end <= text.len(),
        "{what} {r:?} out of {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
        "{what} {r:?} inside a character"
    );
}

/// The figure analysis alone: ranges in bounds, on character boundaries, inside their
/// sentence; messages in both languages.
pub fn figures_only(data: &[u8]) {
    let text = article(data);
    let opts = FigureOptions {
        durations: data.first().is_some_and(|b| b & 1 == 1),
        ..FigureOptions::default()
    };
    check_findings(&text, &opts);
}

fn check_findings(text: &str, opts: &FigureOptions) {
    for f in &figures::unsourced(text, opts) {
        assert_range(text, &f.range, "figure");
        assert_range(text, &f.sentence, "sentence");
        assert!(f.sentence.start <= f.range.start && f.range.end <= f.sentence.end);
        assert!(f.fix_insert_at <= text.len() && text.is_char_boundary(f.fix_insert_at));
        let _ = (f.message(crate::lang::Lang::Fr), f.message(crate::lang::Lang::En));
    }
}

/// The figure analysis with and without durations, and the incremental analysis equal to
/// the whole one.
pub fn figures(data: &[u8]) {
    let text = article(data);
    for durations in [false, true] {
        let opts = FigureOptions {
            durations,
            ..FigureOptions::default()
        };
        check_findings(&text, &opts);
        let whole = crate::analysis::analyze(&text, lexicon(), &opts);
        let inc = Incremental::new().analyze(&text, lexicon(), &opts);
        assert_eq!(inc, whole, "incremental analysis differs");
    }
}

/// The sentence splitter: ascending, non-overlapping ranges on character boundaries.
pub fn sentences(data: &[u8]) {
    let text = article(data);
    let mut end = 0;
    for s in crate::sentences::split(&text) {
        assert_range(&text, &s.range, "sentence");
        assert!(s.range.start >= end, "sentences overlap");
        end = s.range.end;
    }
}

/// The matcher: mentions in bounds, in order, not overlapping; `mention_at` agrees with a
/// scan of the whole text.
pub fn matcher(data: &[u8]) {
    let text = article(data);
    let lex = lexicon();
    let found = lex.find(&text);
    let mut end = 0;
    for m in &found {
        assert_range(&text, &m.range, "mention");
        assert!(m.range.start >= end, "mentions overlap");
        assert!(!m.entries.is_empty());
        end = m.range.end;
    }
    if let Some(m) = found.first() {
        let at = lex.mention_at(&text, m.range.start).expect("mention_at finds it");
        assert_eq!(at.range, m.range);
    }
}

/// The dictionary loader on arbitrary TOML: errors, never a panic.
pub fn dictionary(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = Dictionary::load(&[("fuzz.toml", text.as_ref())]);
}

/// The cache decoder on arbitrary and truncated bytes: an error or an index that encodes
/// back to what decodes the same; never a panic.
pub fn cache(data: &[u8]) {
    const HASH: u64 = 0x5eed;
    for bytes in [data, &data[..data.len() / 2]] {
        if let Ok(index) = corpus::decode(bytes, HASH) {
            let again = corpus::encode(&index, HASH);
            let back = corpus::decode(&again, HASH).expect("a re-encoded index decodes");
            assert_eq!(corpus::encode(&back, HASH), again);
        }
    }
    // A real cache with bytes flipped by the input: rejected or decoded, never a panic.
    let lex = lexicon();
    let text = article(data.get(..64).unwrap_or(data));
    let index = corpus::Index::from_files([(
        "a.md".to_string(),
        corpus::FileMeta { size: 1, mtime_ns: 1 },
        corpus::analyze_file(lex, &text),
    )]);
    let mut bytes = corpus::encode(&index, HASH);
    for (k, &b) in data.iter().enumerate().take(8) {
        let at = (usize::from(b) * 31 + k * 7) % bytes.len();
        bytes[at] ^= b | 1;
    }
    let _ = corpus::decode(&bytes, HASH);
}

/// The line index under random edits: equal to a fresh index, and every position converts
/// back to a boundary.
pub fn edits(data: &[u8]) {
    let (head, ops) = data.split_at(data.len().min(16));
    let mut text = article(head);
    let mut index = LineIndex::new(&text);
    for op in ops.chunks(3) {
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let start = bounds[usize::from(op[0]) * bounds.len() / 256];
        let mut end = (start + usize::from(op.get(1).copied().unwrap_or(0) % 16)).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let insert = article(op.get(2..).unwrap_or(&[]));
        text.replace_range(start..end, &insert);
        index.apply_edit(start..end, insert.len(), |r| text[r].to_string());
        assert_eq!(index, LineIndex::new(&text), "line index after an edit");
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let pos = LineCol {
                line: u32::from(op[0]) % (index.line_count() as u32 + 2),
                col: u32::from(op.get(1).copied().unwrap_or(0)),
            };
            if let Ok(o) = index.offset(pos, enc) {
                assert!(text.is_char_boundary(o));
            }
        }
    }
}

/// Language detection gives the verdict of the detection as first written (a lowercased
/// string per word; the fast one skips words that cannot be function words).
pub fn language_detection(text: &str) {
    use crate::lang::{detect, Lang, ENGLISH, FRENCH};
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
        fr += usize::from(FRENCH.contains(&lower.as_str()));
        en += usize::from(ENGLISH.contains(&lower.as_str()));
    }
    let reference = if en > fr { Lang::En } else { Lang::Fr };
    assert_eq!(detect(text), reference, "language of {text:?}");
}
