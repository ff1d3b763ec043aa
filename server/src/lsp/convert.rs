//! Between vigie-core's data and LSP's types, in both directions: the only place where a
//! byte offset becomes an LSP position or back, where an entry becomes a `Location` or a
//! `SymbolKind`, and where a `file:` URI becomes a path.
//!
//! Positions are converted by vigie-core's [`LineIndex`], built once per document version;
//! columns count in the negotiated encoding (UTF-8 when the client offers it, else UTF-16).

use std::ops::Range as Bytes;
use std::path::PathBuf;

use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, Diagnostic, DiagnosticSeverity, Documentation, Location,
    MarkupContent, MarkupKind, NumberOrString, Position, PositionEncodingKind, Range, SymbolKind, TextEdit, Uri,
};
use vigie_core::analysis::ArticleAnalysis;
use vigie_core::completion::Completion;
use vigie_core::dictionary::{Dictionary, Entry, Kind, EMBEDDED};
use vigie_core::figures::Finding;
use vigie_core::house_style::StyleFinding;
use vigie_core::lang::Lang;
use vigie_core::line_index::{Encoding, LineCol, LineIndex, OutOfRange, WidePos};
use vigie_core::roles::{RoleDate, ROLE_DATE};

use crate::cache::extracted_dictionary;
use crate::config::{Config, FigureSeverity};

/// The position encoding agreed with the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
}

impl PositionEncoding {
    /// UTF-8 when the client offers it, else UTF-16.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> PositionEncoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => PositionEncoding::Utf8,
            _ => PositionEncoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
            PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn core(self) -> Encoding {
        match self {
            PositionEncoding::Utf8 => Encoding::Utf8,
            PositionEncoding::Utf16 => Encoding::Utf16,
        }
    }
}

fn from_line_col(p: LineCol) -> Position {
    Position::new(p.line, p.col)
}

/// Byte offset of `pos`. A column past the end of its line is clamped to the line's end
/// (before its break), as the protocol asks; a column inside a character rounds down to the
/// character's start; a line past the end is an error.
pub fn to_offset(lines: &LineIndex, pos: Position, enc: PositionEncoding) -> Result<usize, OutOfRange> {
    lines.offset(
        LineCol {
            line: pos.line,
            col: pos.character,
        },
        enc.core(),
    )
}

/// The position of byte `offset` (clamped to the text).
pub fn to_position(lines: &LineIndex, offset: usize, enc: PositionEncoding) -> Position {
    from_line_col(lines.line_col(offset, enc.core()))
}

pub fn to_range(lines: &LineIndex, range: Bytes<usize>, enc: PositionEncoding) -> Range {
    Range::new(to_position(lines, range.start, enc), to_position(lines, range.end, enc))
}

/// A range whose positions were computed in both encodings when the text was at hand
/// (the corpus index, dictionary entries).
pub fn wide_range(start: WidePos, end: WidePos, enc: PositionEncoding) -> Range {
    let pick = |p: WidePos| {
        let col = match enc {
            PositionEncoding::Utf8 => p.utf8,
            PositionEncoding::Utf16 => p.utf16,
        };
        Position::new(p.line, col)
    };
    Range::new(pick(start), pick(end))
}

/// The path of a `file:` URI.
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    uri.to_file_path().map(|p| p.into_owned())
}

/// The file a dictionary source lives in: the newsroom's file, or the extracted copy of an
/// embedded one (written read-only to the cache folder on first use: blocking).
pub fn source_path(dict: &Dictionary, source: usize) -> Option<PathBuf> {
    let name = dict.sources.get(source)?;
    match name.strip_prefix("embedded:") {
        Some(file) => {
            let text = EMBEDDED.iter().find(|(n, _)| *n == file)?.1;
            extracted_dictionary(file, text)
                .map_err(|e| tracing::warn!("cannot extract the embedded dictionary {file}: {e}"))
                .ok()
        }
        None => Some(PathBuf::from(name)),
    }
}

/// Where an entry is defined: its quoted `id` in its dictionary file (blocking: may extract
/// an embedded dictionary).
pub fn entry_location(dict: &Dictionary, entry: &Entry, enc: PositionEncoding) -> Option<Location> {
    let path = source_path(dict, entry.origin.source)?;
    let path = path.canonicalize().unwrap_or(path);
    Some(Location {
        uri: Uri::from_file_path(&path)?,
        range: wide_range(entry.origin.id_start, entry.origin.id_end, enc),
    })
}

/// The symbol kind an editor shows for an entry kind.
pub fn symbol_kind(kind: Kind) -> SymbolKind {
    match kind {
        Kind::Person => SymbolKind::OBJECT,
        Kind::Organisation | Kind::Institution | Kind::Military | Kind::Media | Kind::ThinkTank => SymbolKind::CLASS,
        Kind::Country | Kind::City | Kind::Region => SymbolKind::PACKAGE,
        Kind::Building | Kind::Facility => SymbolKind::STRUCT,
        Kind::Other => SymbolKind::CONSTANT,
    }
}

/// The LSP severity of a setting; `None` for off.
pub fn severity(s: FigureSeverity) -> Option<DiagnosticSeverity> {
    match s {
        FigureSeverity::Off => None,
        FigureSeverity::Hint => Some(DiagnosticSeverity::HINT),
        FigureSeverity::Information => Some(DiagnosticSeverity::INFORMATION),
        FigureSeverity::Warning => Some(DiagnosticSeverity::WARNING),
        FigureSeverity::Error => Some(DiagnosticSeverity::ERROR),
    }
}

/// The diagnostic of an unsourced figure (code `unsourced-figure`, or `placeholder-source`
/// when its only source is a placeholder such as "[source]").
pub fn figure_diagnostic(
    lines: &LineIndex,
    f: &Finding,
    lang: Lang,
    sev: DiagnosticSeverity,
    enc: PositionEncoding,
) -> Diagnostic {
    vigie_diagnostic(
        to_range(lines, f.range.clone(), enc),
        sev,
        f.sourcing.code(),
        f.message(lang),
    )
}

/// A diagnostic of vigie's: its range, severity, code and message.
fn vigie_diagnostic(range: Range, sev: DiagnosticSeverity, code: &str, message: String) -> Diagnostic {
    Diagnostic {
        range,
        severity: Some(sev),
        code: Some(NumberOrString::String(code.into())),
        source: Some("vigie".into()),
        message,
        ..Default::default()
    }
}

/// The diagnostics of an analysis under a configuration (none when figures are off).
pub fn figure_diagnostics(
    analysis: &ArticleAnalysis,
    lines: &LineIndex,
    config: &Config,
    enc: PositionEncoding,
) -> Vec<Diagnostic> {
    let Some(sev) = severity(config.figure_severity) else {
        return Vec::new();
    };
    analysis
        .figures
        .iter()
        .map(|f| figure_diagnostic(lines, f, analysis.lang, sev, enc))
        .collect()
}

/// The diagnostic of a title that does not fit the article's date (code `role-date`).
pub fn role_diagnostic(
    lines: &LineIndex,
    r: &RoleDate,
    dict: &Dictionary,
    lang: Lang,
    sev: DiagnosticSeverity,
    enc: PositionEncoding,
) -> Diagnostic {
    vigie_diagnostic(
        to_range(lines, r.range.clone(), enc),
        sev,
        ROLE_DATE,
        r.message(dict, lang),
    )
}

/// The LSP item of a completion found in `before` (which starts at byte `start` of the
/// document), `rank`-th in vigie's order.
pub fn completion_item(
    lines: &LineIndex,
    start: usize,
    before: &str,
    c: &Completion,
    rank: usize,
    enc: PositionEncoding,
) -> CompletionItem {
    let range = to_range(lines, start + c.replace.start..start + c.replace.end, enc);
    let kind = match c.kind {
        Some(Kind::Person) => CompletionItemKind::VALUE,
        Some(Kind::Country | Kind::City | Kind::Region | Kind::Building | Kind::Facility) => CompletionItemKind::MODULE,
        Some(_) => CompletionItemKind::CLASS,
        None => CompletionItemKind::TEXT,
    };
    CompletionItem {
        label: c.label.clone(),
        kind: Some(kind),
        detail: Some(c.detail.clone()),
        documentation: c.documentation.as_ref().map(|d| {
            Documentation::MarkupContent(MarkupContent {
                kind: MarkupKind::Markdown,
                value: d.clone(),
            })
        }),
        // vigie has matched accents and middle words already: the client keeps the item
        // for what was typed, in vigie's order.
        filter_text: Some(before[c.replace.clone()].to_string()),
        sort_text: Some(format!("{rank:04}")),
        text_edit: Some(CompletionTextEdit::Edit(TextEdit {
            range,
            new_text: c.label.clone(),
        })),
        ..Default::default()
    }
}

/// The code of the house-style diagnostic.
pub const HOUSE_STYLE_CODE: &str = "house-style";

/// The diagnostic of a mention in a spelling the house style does not prefer.
pub fn style_diagnostic(
    lines: &LineIndex,
    f: &StyleFinding,
    lang: Lang,
    sev: DiagnosticSeverity,
    enc: PositionEncoding,
) -> Diagnostic {
    vigie_diagnostic(
        to_range(lines, f.range.clone(), enc),
        sev,
        HOUSE_STYLE_CODE,
        f.message(lang),
    )
}

/// The `role-date` diagnostics of an analysis under a configuration (none when off).
pub fn role_diagnostics(
    analysis: &ArticleAnalysis,
    lines: &LineIndex,
    dict: &Dictionary,
    config: &Config,
    enc: PositionEncoding,
) -> Vec<Diagnostic> {
    let Some(sev) = severity(config.role_severity) else {
        return Vec::new();
    };
    analysis
        .roles
        .iter()
        .map(|r| role_diagnostic(lines, r, dict, analysis.lang, sev, enc))
        .collect()
}

/// The house-style diagnostics of an analysis (none when the check is off).
pub fn style_diagnostics(
    style: &[StyleFinding],
    lang: Lang,
    lines: &LineIndex,
    config: &Config,
    enc: PositionEncoding,
) -> Vec<Diagnostic> {
    let Some(sev) = severity(config.house_style_severity) else {
        return Vec::new();
    };
    style
        .iter()
        .map(|f| style_diagnostic(lines, f, lang, sev, enc))
        .collect()
}

/// The text edit of a house-style fix.
pub fn style_edit(lines: &LineIndex, f: &StyleFinding, enc: PositionEncoding) -> TextEdit {
    TextEdit {
        range: to_range(lines, f.edit.clone(), enc),
        new_text: f.replacement.clone(),
    }
}

/// A snippet for `text` with its first `[…]` as the placeholder to select:
/// ", selon [source]" → ", selon ${1:[source]}"; `$`, `}` and `\` escaped.
pub fn placeholder_snippet(text: &str) -> String {
    let escape = |s: &str| s.replace('\\', "\\\\").replace('$', "\\$").replace('}', "\\}");
    match (text.find('['), text.find(']')) {
        (Some(a), Some(b)) if a < b => format!(
            "{}${{1:{}}}{}",
            escape(&text[..a]),
            escape(&text[a..=b]),
            escape(&text[b + 1..])
        ),
        _ => format!("{}$0", escape(text)),
    }
}

/// The position `columns` further on the same line (the text between is ASCII).
pub fn at_column(at: Position, columns: u32) -> Position {
    Position::new(at.line, at.character + columns)
}
