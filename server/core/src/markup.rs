//! Parts of a document that are not prose: masked before analysis.
//!
//! [`mask`] returns a copy of the text of the same byte length in which everything that is
//! not running prose is replaced by spaces (line breaks are kept, so lines and paragraphs
//! stay where they were). Byte offsets into the masked copy are offsets into the original.
//!
//! Masked:
//! - front matter at the very top (`---` … `---` or `...`, `+++` … `+++`);
//! - the metadata block at the top of the body: leading lines that start with `date`
//!   (`date 2025-03-02`, `Date : 2 mars 2025`) or with a known key followed by a colon
//!   (`auteur:`, `author:`, `lieu:`, `dateline:`, `tags:`, `updated:` …);
//! - HTML comments (vigie's own markers among them) and HTML tags;
//! - fenced code blocks and inline code spans;
//! - URLs (`http://`, `https://`, `www.`), e-mail addresses, link destinations
//!   (`[texte](destination)`), link reference definitions, footnote references (`[^1]`),
//!   hashtags and @handles;
//! - the plain-text markers `[vigie-ignore]` and `[vigie-ignore-file]`.
//!
//! Headings are prose and are not masked: a figure in a headline needs its source as much
//! as one in the body.

use crate::bytescan::{byte_set, ByteSet, NextOf3};

/// Keys of metadata lines at the top of an article (compared in lower case).
const METADATA_KEYS: &[&str] = &[
    "date",
    "auteur",
    "auteurs",
    "author",
    "authors",
    "titre",
    "title",
    "lieu",
    "dateline",
    "tags",
    "mots-clés",
    "mots-cles",
    "keywords",
    "slug",
    "updated",
    "mis à jour",
    "publié",
    "published",
    "rubrique",
    "section",
    "langue",
    "lang",
    "language",
    "byline",
    "signature",
    "source",
    "sources",
    "id",
    "statut",
    "status",
    "version",
];

/// Returns `text` with every non-prose region replaced by spaces (see the module docs).
pub fn mask(text: &str) -> String {
    let body = front_matter_end(text);
    let meta = metadata_end(text, body);
    let mut ranges = regions(text, meta);
    ranges.push(0..body);
    ranges.push(body..meta);
    // Every blanked range should start and end on a char boundary: then the masked text is
    // `text` with whole chars replaced, built here from slices of it.
    if ranges
        .iter()
        .all(|r| r.start <= r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
    {
        ranges.sort_unstable_by_key(|r| r.start);
        let mut out = String::with_capacity(text.len());
        // `text` is copied or blanked up to `pos`.
        let mut pos = 0;
        for r in ranges {
            if r.end <= pos {
                continue;
            }
            let from = r.start.max(pos);
            out.push_str(&text[pos..from]);
            for &b in &text.as_bytes()[from..r.end] {
                out.push(if b == b'\n' || b == b'\r' { b as char } else { ' ' });
            }
            pos = r.end;
        }
        out.push_str(&text[pos..]);
        return out;
    }
    let mut bytes = text.as_bytes().to_vec();
    for r in ranges {
        for b in &mut bytes[r] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // A range cut a char: fall back to the original text rather than panic if the bytes
    // are not valid UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned())
}

/// Byte offset where the body starts after front matter (0 without front matter).
pub fn front_matter_end(text: &str) -> usize {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let fence = text[start..first_end].trim_end();
    if fence != "---" && fence != "+++" {
        return 0;
    }
    let mut pos = first_end + 1;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim_end();
        if line == fence || (fence == "---" && line == "...") {
            return (end + 1).min(text.len());
        }
        pos = end + 1;
    }
    0 // unterminated: not front matter
}

/// End of the metadata lines at the top of the body starting at `from`.
fn metadata_end(text: &str, from: usize) -> usize {
    let mut pos = from;
    let mut end_of_meta = from;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim();
        if line.is_empty() {
            if end_of_meta > from {
                break;
            }
            pos = end + 1;
            continue;
        }
        if !is_metadata_line(line) {
            break;
        }
        end_of_meta = end;
        pos = end + 1;
    }
    end_of_meta
}

fn is_metadata_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    if lower == "date" || lower.starts_with("date ") || lower.starts_with("date:") || lower.starts_with("date\u{a0}") {
        return true;
    }
    let Some(colon) = lower.find(':') else {
        return false;
    };
    let key = lower[..colon].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
    METADATA_KEYS.contains(&key)
}

/// The bytes that may start an inline region (see [`regions`]).
/// h and H are left out: see [`http_starts`].
static MAY_START: ByteSet = byte_set(b"<`~[]#@wW");

/// Inline regions to blank, in the body from `from` on.
///
/// Only a few ASCII bytes can start a region (`<`, `` ` ``, `~`, `[`, `]`, `#`, `@`, and
/// `h`/`w` for URLs), so the scan jumps from one to the next; every range starts and ends
/// on an ASCII byte or the end of the text, hence on char boundaries.
fn regions(text: &str, from: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // An h matters only where "http://" or "https://" starts: those places are found from
    // the ':' that follows them, and the scan stops there as on the other bytes.
    let urls = http_starts(bytes, from);
    let mut next_url = 0;
    // The bytes of MAY_START, three by three.
    let mut starts = (NextOf3::new(*b"<`~"), NextOf3::new(*b"[]#"), NextOf3::new(*b"@wW"));
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        while urls.get(next_url).is_some_and(|&u| u < i) {
            next_url += 1;
        }
        if !MAY_START[usize::from(b)] && urls.get(next_url) != Some(&i) {
            let from = i + 1;
            let next = starts
                .0
                .from(bytes, from)
                .min(starts.1.from(bytes, from))
                .min(starts.2.from(bytes, from));
            i = urls.get(next_url).map_or(next, |&u| next.min(u));
            continue;
        }
        let rest = &text[i..];
        let at_line_start = i == 0 || bytes[i - 1] == b'\n';
        match b {
            // Fenced code blocks at the start of a line.
            b'`' | b'~' if at_line_start && (rest.starts_with("```") || rest.starts_with("~~~")) => {
                let fence = &rest[..3];
                let after_open = rest.find('\n').map_or(text.len(), |p| i + p + 1);
                let close = text[after_open..]
                    .match_indices(fence)
                    .map(|(p, _)| after_open + p)
                    .find(|&p| p == 0 || bytes[p - 1] == b'\n');
                let end = close.map_or(text.len(), |p| text[p..].find('\n').map_or(text.len(), |q| p + q));
                out.push(i..end);
                i = end;
            }
            b'<' if rest.starts_with("<!--") => {
                let end = rest.find("-->").map_or(text.len(), |p| i + p + 3);
                out.push(i..end);
                i = end;
            }
            b'<' if rest.len() > 1 && (bytes[i + 1].is_ascii_alphabetic() || bytes[i + 1] == b'/') => {
                // An HTML tag, if it closes on the same line.
                match rest.find(['>', '\n']) {
                    Some(p) if bytes[i + p] == b'>' => {
                        out.push(i..i + p + 1);
                        i += p + 1;
                    }
                    _ => i += 1,
                }
            }
            b'`' => {
                let ticks = rest.bytes().take_while(|&c| c == b'`').count();
                let delim = &rest[..ticks];
                let search_from = i + ticks;
                let line_end = text[search_from..].find('\n').map_or(text.len(), |p| search_from + p);
                match text[search_from..line_end].find(delim) {
                    Some(p) => {
                        let end = search_from + p + ticks;
                        out.push(i..end);
                        i = end;
                    }
                    None => i += ticks,
                }
            }
            b'h' | b'H' | b'w' | b'W' if starts_url(rest) && word_start(text, i) => {
                let end = i + url_len(rest);
                out.push(i..end);
                i = end;
            }
            b']' if rest.starts_with("](") => {
                // Link destination: up to the closing parenthesis on the same line.
                let dest = i + 2;
                let line_end = text[dest..].find('\n').map_or(text.len(), |p| dest + p);
                match text[dest..line_end].find(')') {
                    Some(p) => {
                        out.push(dest - 1..dest + p + 1);
                        i = dest + p + 1;
                    }
                    None => i += 1,
                }
            }
            b'[' if rest.starts_with("[^") || rest.starts_with("[vigie-ignore") => match rest.find([']', '\n']) {
                Some(p) if bytes[i + p] == b']' => {
                    out.push(i..i + p + 1);
                    i += p + 1;
                }
                _ => i += 1,
            },
            b'#' | b'@' if word_start(text, i) && !line_start_before(text, i) => {
                // Hashtags and handles: #Ukraine2022, @ZelenskyyUa.
                let len = rest[1..]
                    .char_indices()
                    .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
                    .map_or(rest.len() - 1, |(p, _)| p);
                if len > 0 {
                    out.push(i..i + 1 + len);
                }
                i += 1 + len;
            }
            b'@' => {
                // Inside a word: an e-mail address if a dot follows the @.
                let is_mail_char = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_' | b'+');
                let mut s0 = i;
                while s0 > 0 && is_mail_char(bytes[s0 - 1]) {
                    s0 -= 1;
                }
                let mut e = i + 1;
                while e < bytes.len() && is_mail_char(bytes[e]) {
                    e += 1;
                }
                while e > i + 1 && matches!(bytes[e - 1], b'.' | b'-') {
                    e -= 1;
                }
                if s0 < i && text[i + 1..e].contains('.') {
                    // Drop an earlier range that overlaps (none should).
                    out.push(s0..e);
                }
                i = e.max(i + 1);
            }
            _ => i += 1,
        }
    }
    // Link reference definitions: lines "[id]: destination".
    let mut pos = from;
    let mut newlines = memchr::memchr_iter(b'\n', &bytes[from.min(bytes.len())..]).map(|p| from + p);
    while pos < text.len() {
        let end = newlines.next().unwrap_or(text.len());
        // A line that starts with an ASCII char other than a blank or '[' is no definition.
        let plain_start = bytes[pos].is_ascii() && !matches!(bytes[pos], b' ' | b'\t'..=b'\r' | b'[');
        if !plain_start {
            let t = text[pos..end].trim_start();
            if t.starts_with('[') && !t.starts_with("[^") && t.find("]:").is_some_and(|p| p > 1) {
                out.push(pos..end);
            }
        }
        pos = end + 1;
    }
    out
}

fn starts_url(rest: &str) -> bool {
    let b = rest.as_bytes();
    let has = |p: &str| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    has("http://") || has("https://") || has("www.")
}

/// Every offset from `from` on where `text` starts with "http://" or "https://" (any
/// case), in order: four or five bytes before a ':'.
fn http_starts(bytes: &[u8], from: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for p in memchr::memchr_iter(b':', &bytes[from..]).map(|p| from + p) {
        for (k, scheme) in [(5, "https://"), (4, "http://")] {
            let starts = p >= from + k
                && bytes.len() >= p - k + scheme.len()
                && bytes[p - k..p - k + scheme.len()].eq_ignore_ascii_case(scheme.as_bytes());
            if starts {
                out.push(p - k);
            }
        }
    }
    out
}

/// Length of the URL at the start of `rest`, trailing punctuation left out.
fn url_len(rest: &str) -> usize {
    let raw = rest
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '«' | '»' | '“' | '”'))
        .map_or(rest.len(), |(p, _)| p);
    let mut url = &rest[..raw];
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '’']);
        // A closing parenthesis belongs to the URL only if it opened inside it.
        let trimmed = if trimmed.ends_with(')') && trimmed.matches('(').count() < trimmed.matches(')').count() {
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if trimmed.len() == url.len() {
            break;
        }
        url = trimmed;
    }
    url.len()
}

/// Whether `i` starts a word (nothing alphanumeric right before it).
fn word_start(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != '/' && c != '.')
}

/// Whether only blanks precede `i` on its line (a `#` there is a heading).
fn line_start_before(text: &str, i: usize) -> bool {
    let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1);
    text[line_start..i]
        .chars()
        .all(|c| c == ' ' || c == '\t' || c == '#' || c == '>')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> String {
        mask(text).split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn masks_non_prose() {
        let cases: &[(&str, &str)] = &[
            ("---\ntitle: 300 morts\ndate: 2024-03-02\n---\nTexte 12.", "Texte 12."),
            ("date 2025-03-02\nauteur: X\n\nCorps 5.", "Corps 5."),
            ("Date : 2 mars 2025\nCorps.", "Corps."),
            ("Voir https://ex.org/2022/300-morts. Fin.", "Voir . Fin."),
            ("Voir (https://ex.org/a_(b)) fin", "Voir ( ) fin"),
            ("A <!-- vigie-ignore --> B", "A B"),
            ("Le `code 300` et ```x``` fin", "Le et fin"),
            ("```\n300 000\n```\nFin", "Fin"),
            ("Un [lien](https://x.org/12) ici", "Un [lien] ici"),
            ("Note[^3] et #Ukraine2022 et @user1 et a@b.org.", "Note et et et ."),
            ("Ligne [vigie-ignore] fin", "Ligne fin"),
            ("# Titre 300\nTexte", "# Titre 300 Texte"),
            ("Pas <b>gras</b> ici", "Pas gras ici"),
            ("[ref]: https://x.org/1\nTexte", "Texte"),
            ("www.example.com/2024 fin", "fin"),
        ];
        for (input, expected) in cases {
            assert_eq!(kept(input), *expected, "input: {input:?}");
            assert_eq!(mask(input).len(), input.len());
        }
    }

    #[test]
    fn keeps_lines_and_length() {
        let text = "---\na: 1\n---\nÉté <!-- é\nà -->\nfin";
        let m = mask(text);
        assert_eq!(m.len(), text.len());
        assert_eq!(m.matches('\n').count(), text.matches('\n').count());
    }

    #[test]
    fn unterminated_front_matter_is_prose() {
        assert_eq!(kept("---\nTexte 3."), "--- Texte 3.");
    }
}
