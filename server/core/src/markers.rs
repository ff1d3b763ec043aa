//! Ignore markers: how a journalist tells vigie that a figure needs no source.
//!
//! # Markers
//!
//! | document   | one sentence or line       | whole file                      |
//! |------------|----------------------------|---------------------------------|
//! | Markdown   | `<!-- vigie-ignore -->`    | `<!-- vigie-ignore-file -->`    |
//! | plain text | `[vigie-ignore]`           | `[vigie-ignore-file]`           |
//!
//! Both forms are recognised in every document; the quick fixes write the Markdown form in
//! Markdown and the bracket form in plain text. Spaces inside the comment are free
//! (`<!--vigie-ignore-->` works too). Markers are masked from the prose, so they never
//! count as text.
//!
//! # What a marker covers
//!
//! - A marker **inside a line of text** covers the sentence that contains it, or, when it
//!   sits after a sentence (only spaces or tabs between the sentence's end and the marker),
//!   the sentence it ends. The quick fix writes it right after the sentence's final
//!   punctuation, so it stays attached to that sentence whatever is edited inside the
//!   sentence, before it or after it.
//! - A marker **alone on its line** covers every figure of the next non-blank line (in
//!   Markdown, usually a whole paragraph).
//! - A file marker anywhere covers every figure of the document.

use crate::sentences::Sentence;
use std::ops::Range;

/// The kind of document, which decides the form of the markers the quick fixes write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocKind {
    #[default]
    Markdown,
    PlainText,
}

/// Marker for one sentence, in Markdown.
pub const MD_IGNORE: &str = "<!-- vigie-ignore -->";
/// Marker for the whole file, in Markdown.
pub const MD_IGNORE_FILE: &str = "<!-- vigie-ignore-file -->";
/// Marker for one sentence, in plain text.
pub const TXT_IGNORE: &str = "[vigie-ignore]";
/// Marker for the whole file, in plain text.
pub const TXT_IGNORE_FILE: &str = "[vigie-ignore-file]";

/// One marker found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub range: Range<usize>,
    /// The marker is alone on its line.
    pub own_line: bool,
    /// For a marker alone on its line: the next non-blank line, which it covers.
    pub covered_line: Option<Range<usize>>,
}

/// Every marker of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markers {
    /// A whole-file marker is present.
    pub file: bool,
    pub spots: Vec<Marker>,
}

/// A text edit: insert `insert` at byte `offset`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub offset: usize,
    pub insert: String,
}

/// Finds the markers of `text`.
pub fn find(text: &str) -> Markers {
    let mut markers = Markers::default();
    let finder = memchr::memmem::Finder::new("vigie-ignore");
    let mut from = 0;
    while let Some(p) = finder.find(&text.as_bytes()[from..]) {
        let at = from + p;
        from = at + "vigie-ignore".len();
        let is_file = text[from..].starts_with("-file");
        let name_end = if is_file { from + 5 } else { from };
        let Some(range) = enclosing(text, at, name_end) else {
            continue;
        };
        from = range.end;
        if is_file {
            markers.file = true;
            continue;
        }
        let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[range.end..].find('\n').map_or(text.len(), |i| range.end + i);
        let own_line = text[line_start..range.start].trim().is_empty() && text[range.end..line_end].trim().is_empty();
        let covered_line = if own_line {
            next_text_line(text, range.end)
        } else {
            None
        };
        markers.spots.push(Marker {
            range,
            own_line,
            covered_line,
        });
    }
    markers
}

/// The full marker around the name at `name_start..name_end`: `<!-- … -->` or `[…]`.
fn enclosing(text: &str, name_start: usize, name_end: usize) -> Option<Range<usize>> {
    let before = &text[..name_start];
    let after = &text[name_end..];
    if before.ends_with('[') && after.starts_with(']') {
        return Some(name_start - 1..name_end + 1);
    }
    let open = before.trim_end_matches([' ', '\t']);
    let close = after.trim_start_matches([' ', '\t']);
    if open.ends_with("<!--") && close.starts_with("-->") {
        let start = open.len() - 4;
        let end = name_end + (after.len() - close.len()) + 3;
        return Some(start..end);
    }
    None
}

/// Whether the figure at `figure`, in the sentence `sentence`, is covered by a marker.
pub fn covers(text: &str, markers: &Markers, sentence: &Range<usize>, figure: &Range<usize>) -> bool {
    if markers.file {
        return true;
    }
    markers.spots.iter().any(|m| {
        if m.own_line {
            m.covered_line.as_ref().is_some_and(|line| line.contains(&figure.start))
        } else {
            let inside = sentence.contains(&m.range.start);
            let after = m.range.start >= sentence.end
                && text[sentence.end..m.range.start]
                    .bytes()
                    .all(|b| b == b' ' || b == b'\t');
            inside || after
        }
    })
}

/// The byte range of the first non-blank line after `from`.
fn next_text_line(text: &str, from: usize) -> Option<Range<usize>> {
    let mut pos = text[from..].find('\n').map(|i| from + i + 1)?;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if !text[pos..end].trim().is_empty() {
            return Some(pos..end);
        }
        pos = end + 1;
    }
    None
}

/// The quick fix "ignore this figure": a marker right after the sentence that holds it
/// (after its final punctuation and closing quotes).
pub fn ignore_figure_edit(sentence: &Sentence, kind: DocKind) -> Edit {
    let marker = match kind {
        DocKind::Markdown => MD_IGNORE,
        DocKind::PlainText => TXT_IGNORE,
    };
    Edit {
        offset: sentence.range.end,
        insert: format!(" {marker}"),
    }
}

/// The quick fix "ignore figures in this file": a file marker on the first line of the
/// body (after front matter, which must stay first).
pub fn ignore_file_edit(text: &str, kind: DocKind) -> Edit {
    let (offset, marker) = match kind {
        DocKind::Markdown => (crate::markup::front_matter_end(text), MD_IGNORE_FILE),
        DocKind::PlainText => (0, TXT_IGNORE_FILE),
    };
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    Edit {
        offset,
        insert: format!("{marker}{newline}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences::split;

    fn apply(text: &str, e: &Edit) -> String {
        let mut s = text.to_owned();
        s.insert_str(e.offset, &e.insert);
        s
    }

    #[test]
    fn finds_markers_in_both_forms() {
        let text = "A. <!--vigie-ignore--> B.\n[vigie-ignore]\nC.\n<!-- vigie-ignore-file -->";
        let m = find(text);
        assert!(m.file);
        assert_eq!(m.spots.len(), 2);
        assert_eq!(&text[m.spots[0].range.clone()], "<!--vigie-ignore-->");
        assert!(!m.spots[0].own_line);
        assert_eq!(&text[m.spots[1].range.clone()], "[vigie-ignore]");
        assert!(m.spots[1].own_line);
        assert!(!find("vigie-ignore alone is not a marker").file);
        assert!(find("vigie-ignore alone").spots.is_empty());
    }

    #[test]
    fn inline_marker_covers_the_sentence_it_ends() {
        let text = "Un 300. Deux 400. <!-- vigie-ignore --> Trois 500.";
        let m = find(text);
        let s = split(&crate::markup::mask(text));
        let fig = |w: &str| {
            let p = text.find(w).unwrap();
            p..p + w.len()
        };
        let sentence_of = |r: &Range<usize>| s.iter().find(|x| x.range.contains(&r.start)).unwrap().range.clone();
        for (w, expected) in [("300", false), ("400", true), ("500", false)] {
            let f = fig(w);
            assert_eq!(covers(text, &m, &sentence_of(&f), &f), expected, "{w}");
        }
    }

    #[test]
    fn own_line_marker_covers_the_next_line() {
        let text = "Avant 1.\n<!-- vigie-ignore -->\n\nLigne 2. Encore 3.\nAprès 4.";
        let m = find(text);
        for (w, expected) in [("1", false), ("2", true), ("3", true), ("4", false)] {
            let p = text.find(w).unwrap();
            assert_eq!(covers(text, &m, &(0..0), &(p..p + 1)), expected, "{w}");
        }
    }

    #[test]
    fn fixes_insert_markers() {
        let text = "---\nt: x\n---\nIl y a 300 morts. Suite.";
        let s = split(&crate::markup::mask(text));
        let e = ignore_figure_edit(&s[0], DocKind::Markdown);
        assert_eq!(
            apply(text, &e),
            "---\nt: x\n---\nIl y a 300 morts. <!-- vigie-ignore --> Suite."
        );
        let e = ignore_figure_edit(&s[0], DocKind::PlainText);
        assert!(apply(text, &e).contains("morts. [vigie-ignore] Suite."));
        let e = ignore_file_edit(text, DocKind::Markdown);
        assert_eq!(
            apply(text, &e),
            "---\nt: x\n---\n<!-- vigie-ignore-file -->\nIl y a 300 morts. Suite."
        );
        assert_eq!(
            ignore_file_edit("a\r\nb", DocKind::PlainText).insert,
            "[vigie-ignore-file]\r\n"
        );
        // The fixed text is ignored afterwards.
        let fixed = apply(text, &ignore_figure_edit(&s[0], DocKind::Markdown));
        let m = find(&fixed);
        let s2 = split(&crate::markup::mask(&fixed));
        let p = fixed.find("300").unwrap();
        let sent = s2.iter().find(|x| x.range.contains(&p)).unwrap();
        assert!(covers(&fixed, &m, &sent.range, &(p..p + 3)));
    }
}
