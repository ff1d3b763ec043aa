//! The one document type: a rope, its version, its line index, and `apply_changes`; and
//! what an analysis of one version found, kept with the document until it changes.

use std::sync::Arc;

use parking_lot::Mutex;
use ropey::Rope;
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};
use vigie_core::analysis::ArticleAnalysis;
use vigie_core::house_style::{self, StyleFinding};
use vigie_core::incremental::Incremental;
use vigie_core::line_index::{LineIndex, OutOfRange};
use vigie_core::markers::DocKind;

use super::Workspace;
use crate::config::FigureSeverity;
use crate::lsp::convert::{to_offset, PositionEncoding};

#[derive(Debug, Clone)]
pub struct Document {
    pub rope: Rope,
    pub version: i32,
    pub language_id: String,
    /// The line index of the current text (rebuilt by each change).
    lines: Arc<LineIndex>,
    /// The analysis of the current version, once one has run.
    analysis: Option<Arc<Analysis>>,
    /// What the last analyses found, piece by piece: the next one reuses what an edit left
    /// untouched.
    incremental: Arc<Mutex<Incremental>>,
}

/// What vigie found in a document at one version, with the workspace it used: code
/// actions, symbols and references read it instead of analysing again.
#[derive(Debug)]
pub struct Analysis {
    pub version: i32,
    /// The configuration and dictionaries it ran with: another workspace voids it.
    pub workspace: Arc<Workspace>,
    pub text: String,
    pub lines: Arc<LineIndex>,
    pub kind: DocKind,
    /// Mentions, unsourced figures, and the language of the messages.
    pub result: ArticleAnalysis,
    /// Mentions in a spelling the house style does not prefer (none when the check is off).
    pub style: Vec<StyleFinding>,
}

impl Analysis {
    /// Analyses a snapshot, reusing what the document's previous analyses found in the
    /// paragraphs the edits left alone (blocking: call off the async runtime).
    pub fn run(snap: &Snapshot, workspace: Arc<Workspace>) -> Analysis {
        let text = snap.rope.to_string();
        let result = snap
            .incremental
            .lock()
            .analyze(&text, &workspace.lexicon, &workspace.figure_options());
        let config = &workspace.config;
        let style = if config.house_style_severity == FigureSeverity::Off {
            Vec::new()
        } else {
            house_style::check(
                &text,
                &result.mentions,
                &workspace.lexicon.dict,
                &config.house_style,
                result.lang,
            )
        };
        Analysis {
            style,
            version: snap.version,
            workspace,
            text,
            lines: snap.lines.clone(),
            kind: snap.kind,
            result,
        }
    }
}

/// A document as it was at one version: O(1) to take, for work off the runtime.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub version: i32,
    pub rope: Rope,
    pub lines: Arc<LineIndex>,
    pub kind: DocKind,
    incremental: Arc<Mutex<Incremental>>,
}

/// Markdown or plain text, from the language id, else the file name.
pub fn doc_kind(uri: &Uri, language_id: &str) -> DocKind {
    let path = uri.as_str().to_ascii_lowercase();
    if language_id == "markdown" || path.ends_with(".md") || path.ends_with(".markdown") {
        DocKind::Markdown
    } else {
        DocKind::PlainText
    }
}

/// A change that could not be applied as sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditProblem {
    /// The range ends past the document: it was clamped to the end and applied.
    #[error("change {index}: {source}; clamped to the end of the document")]
    Clamped { index: usize, source: OutOfRange },
    /// The range starts after it ends: the change was skipped.
    #[error("change {index}: range starts after it ends; change skipped")]
    Reversed { index: usize },
}

impl Document {
    pub fn new(text: &str, version: i32, language_id: impl Into<String>) -> Document {
        Document {
            rope: Rope::from_str(text),
            version,
            language_id: language_id.into(),
            lines: Arc::new(LineIndex::new(text)),
            analysis: None,
            incremental: Arc::default(),
        }
    }

    /// Applies `changes` in order (each range is in the text as left by the previous one),
    /// then takes `version`. What could not be applied exactly is reported, never a panic:
    /// a position past the end is clamped to the end; a reversed range is skipped.
    pub fn apply_changes(
        &mut self,
        changes: &[TextDocumentContentChangeEvent],
        version: i32,
        enc: PositionEncoding,
    ) -> Vec<EditProblem> {
        let mut problems = Vec::new();
        for (index, change) in changes.iter().enumerate() {
            let Some(range) = change.range else {
                self.rope = Rope::from_str(&change.text);
                self.lines = Arc::new(LineIndex::new(&change.text));
                continue;
            };
            let mut offset = |pos| match to_offset(&self.lines, pos, enc) {
                Ok(o) => o,
                Err(source) => {
                    problems.push(EditProblem::Clamped { index, source });
                    self.rope.len_bytes()
                }
            };
            let start = offset(range.start);
            let end = offset(range.end);
            if start > end {
                problems.push(EditProblem::Reversed { index });
                continue;
            }
            let (from, to) = (self.rope.byte_to_char(start), self.rope.byte_to_char(end));
            self.rope.remove(from..to);
            self.rope.insert(from, &change.text);
            // The lines around the edit are scanned again, the others shifted (a snapshot
            // that still holds the old index keeps it: copy on write).
            let rope = &self.rope;
            Arc::make_mut(&mut self.lines)
                .apply_edit(start..end, change.text.len(), |r| rope.byte_slice(r).to_string());
        }
        self.version = version;
        self.analysis = None;
        problems
    }

    pub fn lines(&self) -> &Arc<LineIndex> {
        &self.lines
    }

    pub fn snapshot(&self, uri: &Uri) -> Snapshot {
        Snapshot {
            version: self.version,
            rope: self.rope.clone(),
            lines: self.lines.clone(),
            kind: doc_kind(uri, &self.language_id),
            incremental: self.incremental.clone(),
        }
    }

    /// The analysis of the current version, if one ran with `workspace`.
    pub fn analysis(&self, workspace: &Arc<Workspace>) -> Option<Arc<Analysis>> {
        self.analysis
            .clone()
            .filter(|a| a.version == self.version && Arc::ptr_eq(&a.workspace, workspace))
    }

    /// Keeps `analysis` if it is of the current version; says whether it was kept.
    pub fn keep_analysis(&mut self, analysis: Arc<Analysis>) -> bool {
        let current = analysis.version == self.version;
        if current {
            self.analysis = Some(analysis);
        }
        current
    }

    /// The whole text.
    pub fn text(&self) -> String {
        self.rope.to_string()
    }

    /// The text of the byte range `start..end` widened to char boundaries, with the byte
    /// offset where it starts.
    pub fn window(&self, start: usize, end: usize) -> (usize, String) {
        let rope = &self.rope;
        let end = end.min(rope.len_bytes());
        let start = rope.char_to_byte(rope.byte_to_char(start.min(end)));
        let end_char = rope.byte_to_char(end);
        let end = if rope.char_to_byte(end_char) < end {
            rope.char_to_byte(end_char + 1)
        } else {
            end
        };
        (start, rope.byte_slice(start..end).to_string())
    }

    /// [`Document::window`] widened past any character that holds a folded word together
    /// (`vigie_core::fold::joins_words`), so that a mention looked up in it is the one a scan
    /// of the whole text finds.
    pub fn word_window(&self, start: usize, end: usize) -> (usize, String) {
        let rope = &self.rope;
        let end = end.min(rope.len_bytes());
        let mut first = rope.byte_to_char(start.min(end));
        let joins = |c: usize| vigie_core::fold::joins_words(rope.char(c));
        // Inside a word when the characters on both sides of the edge hold it together.
        while first > 0 && first < rope.len_chars() && joins(first) && joins(first - 1) {
            first -= 1;
        }
        let mut last = rope.byte_to_char(end);
        if rope.char_to_byte(last) < end {
            last += 1;
        }
        while last > 0 && last < rope.len_chars() && joins(last) && joins(last - 1) {
            last += 1;
        }
        let (start, end) = (rope.char_to_byte(first), rope.char_to_byte(last));
        (start, rope.byte_slice(start..end).to_string())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

    use super::*;
    use crate::lsp::convert::{to_offset, to_position};
    use vigie_core::line_index::LineIndex;

    /// Pieces that stress positions: emoji (4 bytes, 2 UTF-16 units), accents, NBSP, narrow
    /// NBSP, every line end, ASCII.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "a", "Kiev ", "é", "😀", "🇺🇦", "\u{A0}", "\u{202F}", "\r\n", "\n", "\r", " ", "’",
        ])
    }

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
    }

    fn encoding() -> impl Strategy<Value = PositionEncoding> {
        prop_oneof![Just(PositionEncoding::Utf8), Just(PositionEncoding::Utf16)]
    }

    /// The LSP position of byte `offset` computed the slow, obvious way on a String.
    fn model_position(s: &str, offset: usize, enc: PositionEncoding) -> Position {
        let before = &s[..offset];
        let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let line = before
            .bytes()
            .enumerate()
            .filter(|&(i, b)| b == b'\n' || (b == b'\r' && s.as_bytes().get(i + 1) != Some(&b'\n')))
            .count();
        let col = match enc {
            PositionEncoding::Utf8 => before[line_start..].len(),
            PositionEncoding::Utf16 => before[line_start..].encode_utf16().count(),
        };
        Position::new(line as u32, col as u32)
    }

    /// Char boundaries of `s` that are not between the `\r` and `\n` of a CRLF.
    fn positions_of(s: &str) -> Vec<usize> {
        (0..=s.len())
            .filter(|&i| {
                s.is_char_boundary(i) && !(i > 0 && s.as_bytes()[i - 1] == b'\r' && s.as_bytes().get(i) == Some(&b'\n'))
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn offsets_and_positions_round_trip(s in text(), enc in encoding()) {
            let lines = LineIndex::new(&s);
            for offset in positions_of(&s) {
                let pos = to_position(&lines, offset, enc);
                prop_assert_eq!(pos, model_position(&s, offset, enc), "offset {}", offset);
                prop_assert_eq!(to_offset(&lines, pos, enc).unwrap(), offset);
            }
        }

        #[test]
        fn incremental_edits_agree_with_a_string(
            s in text(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), text()), 1..8),
            enc in encoding(),
        ) {
            let mut model = s.clone();
            let mut doc = Document::new(&s, 1, "markdown");
            let mut changes = Vec::new();
            for (a, b, insert) in edits {
                // Pick a range on boundaries of the model as it stands after earlier edits.
                let spots = positions_of(&model);
                let (mut x, mut y) = (spots[a.index(spots.len())], spots[b.index(spots.len())]);
                if x > y { std::mem::swap(&mut x, &mut y); }
                let range = Range::new(model_position(&model, x, enc), model_position(&model, y, enc));
                model.replace_range(x..y, &insert);
                changes.push(TextDocumentContentChangeEvent { range: Some(range), range_length: None, text: insert });
            }
            let problems = doc.apply_changes(&changes, 2, enc);
            prop_assert!(problems.is_empty(), "{:?}", problems);
            prop_assert_eq!(&doc.text(), &model);
            prop_assert_eq!(doc.version, 2);
            prop_assert_eq!(&**doc.lines(), &LineIndex::new(&model));
        }
    }

    #[test]
    fn windows_widen_to_char_boundaries() {
        let doc = Document::new("a😀b", 1, "plaintext");
        assert_eq!(doc.window(2, 3), (1, "😀".to_string()));
        assert_eq!(doc.window(0, 99), (0, "a😀b".to_string()));
    }

    #[test]
    fn word_windows_never_cut_a_folded_word() {
        // Zero-width spaces fold away: "Poutine" and "Vladimir" are one word to a scan.
        let text = format!("Poutine{}Vladimir é", "\u{200B}".repeat(10));
        let doc = Document::new(&text, 1, "plaintext");
        assert_eq!(
            doc.word_window(12, 14),
            (0, format!("Poutine{}Vladimir", "\u{200B}".repeat(10)))
        );
        let doc = Document::new("ab cd-ef gh", 1, "plaintext");
        assert_eq!(doc.word_window(4, 5), (3, "cd-ef".to_string()));
        assert_eq!(doc.word_window(2, 3), (2, " ".to_string()));
    }

    #[test]
    fn bad_ranges_are_clamped_or_skipped() {
        let mut doc = Document::new("ab\ncd", 1, "plaintext");
        let change = |sl, sc, el, ec, text: &str| TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(sl, sc), Position::new(el, ec))),
            range_length: None,
            text: text.into(),
        };
        let problems = doc.apply_changes(&[change(1, 9, 7, 0, "!")], 2, PositionEncoding::Utf16);
        assert_eq!(doc.text(), "ab\ncd!");
        assert!(matches!(problems[..], [EditProblem::Clamped { index: 0, .. }]));
        let problems = doc.apply_changes(&[change(1, 1, 0, 1, "?")], 3, PositionEncoding::Utf16);
        assert_eq!(doc.text(), "ab\ncd!");
        assert_eq!(problems, vec![EditProblem::Reversed { index: 0 }]);
    }
}
