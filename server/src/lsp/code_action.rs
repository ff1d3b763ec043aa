//! Code actions, as WorkspaceEdits (so every editor applies them). Quick fixes for
//! unsourced figures: insert an attribution placeholder at the end of the sentence, ignore
//! this figure, ignore the figures of the whole file. For a house-style finding: write the
//! house spelling; and `source.fixAll.vigie`, every house-style fix of the file at once
//! (figures are never fixed). They read the document's analysis of its current version.

use std::collections::HashMap;

use std::sync::atomic::Ordering;

use tower_lsp_server::ls_types::{
    AnnotatedTextEdit, ChangeAnnotation, CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Command,
    Diagnostic, DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, Range, TextDocumentEdit, TextEdit,
    Uri, WorkspaceEdit,
};
use vigie_core::figures::placeholder;
use vigie_core::line_index::LineIndex;
use vigie_core::markers::{ignore_figure_edit, ignore_file_edit, Edit};
use vigie_core::present::QuickFix;
use vigie_core::sentences::Sentence;

use super::convert::{
    at_column, figure_diagnostic, placeholder_snippet, severity, style_diagnostic, style_edit, to_position,
    PositionEncoding,
};
use super::lsp_ext::{FIX_ALL_KIND, SELECT_COMMAND, SNIPPET_ANNOTATION};
use super::session::{Analysis, Session};

fn overlaps(a: &Range, b: &Range) -> bool {
    (a.start.line, a.start.character) <= (b.end.line, b.end.character)
        && (b.start.line, b.start.character) <= (a.end.line, a.end.character)
}

fn edit(uri: &Uri, lines: &LineIndex, e: &Edit, enc: PositionEncoding) -> WorkspaceEdit {
    let at = to_position(lines, e.offset, enc);
    let text_edit = TextEdit {
        range: Range::new(at, at),
        new_text: e.insert.clone(),
    };
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), vec![text_edit])])),
        ..Default::default()
    }
}

/// The code actions for the request's range, of the kinds it asks for (all when it names
/// none). Blocking.
pub fn code_actions(state: &Session, params: CodeActionParams) -> Vec<CodeActionOrCommand> {
    let uri = &params.text_document.uri;
    let Some(analysis) = state.analysis(uri) else {
        return Vec::new();
    };
    let wants = |kind: &str| {
        params.context.only.as_ref().is_none_or(|only| {
            only.iter()
                .any(|k| kind == k.as_str() || kind.starts_with(&format!("{}.", k.as_str())))
        })
    };
    let mut actions = Vec::new();
    if wants(CodeActionKind::QUICKFIX.as_str()) {
        actions.extend(figure_fixes(state, uri, &analysis, &params.range));
        actions.extend(style_fixes(state, uri, &analysis, &params.range));
    }
    if wants(FIX_ALL_KIND) {
        actions.extend(fix_all(state, uri, &analysis));
    }
    actions
}

/// The quick fixes for the unsourced figures whose range meets `range`.
fn figure_fixes(state: &Session, uri: &Uri, analysis: &Analysis, range: &Range) -> Vec<CodeActionOrCommand> {
    let enc = state.encoding();
    let Some(sev) = severity(analysis.workspace.config.figure_severity) else {
        return Vec::new();
    };
    let lang = analysis.result.lang;
    let lines = &analysis.lines;
    let mut actions = Vec::new();
    let mut any = None;
    for f in &analysis.result.figures {
        let diag = figure_diagnostic(lines, f, lang, sev, enc);
        if !overlaps(&diag.range, range) {
            continue;
        }
        let source = Edit {
            offset: f.fix_insert_at,
            insert: placeholder(lang).to_string(),
        };
        let title = QuickFix::AddSource.title(lang);
        let mut fix = action(title, edit(uri, lines, &source, enc), &diag, true);
        select_source(state, &mut fix, uri, analysis.version, lines, &source, enc);
        actions.push(fix);
        let sentence = Sentence {
            range: f.sentence.clone(),
            paragraph: 0,
        };
        let ignore = ignore_figure_edit(&sentence, analysis.kind);
        let title = QuickFix::IgnoreFigure { marker: &ignore.insert }.title(lang);
        actions.push(action(title, edit(uri, lines, &ignore, enc), &diag, false));
        any.get_or_insert(diag);
    }
    if let Some(diag) = any {
        let whole = ignore_file_edit(&analysis.text, analysis.kind);
        let title = QuickFix::IgnoreFile { marker: &whole.insert }.title(lang);
        actions.push(action(title, edit(uri, lines, &whole, enc), &diag, false));
    }
    actions
}

/// "Write the house spelling" for each house-style finding whose range meets `range`.
fn style_fixes(state: &Session, uri: &Uri, analysis: &Analysis, range: &Range) -> Vec<CodeActionOrCommand> {
    let enc = state.encoding();
    let Some(sev) = severity(analysis.workspace.config.house_style_severity) else {
        return Vec::new();
    };
    let lang = analysis.result.lang;
    let lines = &analysis.lines;
    let mut actions = Vec::new();
    for f in &analysis.style {
        let diag = style_diagnostic(lines, f, lang, sev, enc);
        if !overlaps(&diag.range, range) {
            continue;
        }
        let title = QuickFix::HouseStyle {
            preferred: &f.preferred,
        }
        .title(lang);
        let edit = WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), vec![style_edit(lines, f, enc)])])),
            ..Default::default()
        };
        actions.push(action(title, edit, &diag, true));
    }
    actions
}

/// Every house-style fix of the file in one action (none when there is nothing to fix).
fn fix_all(state: &Session, uri: &Uri, analysis: &Analysis) -> Option<CodeActionOrCommand> {
    if analysis.style.is_empty() || severity(analysis.workspace.config.house_style_severity).is_none() {
        return None;
    }
    let enc = state.encoding();
    let edits = analysis
        .style
        .iter()
        .map(|f| style_edit(&analysis.lines, f, enc))
        .collect();
    let title = QuickFix::HouseStyleAll {
        count: analysis.style.len(),
    }
    .title(analysis.result.lang);
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::new(FIX_ALL_KIND)),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), edits)])),
            ..Default::default()
        }),
        ..Default::default()
    }))
}

/// After "add the source", `[source]` is selected where the client can do it: a snippet
/// text edit for a client that takes them (LSP 3.18), else a command run after the edit
/// for a client that said it has [`SELECT_COMMAND`] (the Neovim plugin, the VS Code
/// extension). Other clients get the plain edit.
fn select_source(
    state: &Session,
    fix: &mut CodeActionOrCommand,
    uri: &Uri,
    version: i32,
    lines: &LineIndex,
    source: &Edit,
    enc: PositionEncoding,
) {
    let CodeActionOrCommand::CodeAction(action) = fix else {
        return;
    };
    let at = to_position(lines, source.offset, enc);
    if state.snippet_edits.load(Ordering::Relaxed) {
        let edit = AnnotatedTextEdit {
            text_edit: TextEdit {
                range: Range::new(at, at),
                new_text: placeholder_snippet(&source.insert),
            },
            annotation_id: SNIPPET_ANNOTATION.to_string(),
        };
        action.edit = Some(WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: uri.clone(),
                    version: Some(version),
                },
                edits: vec![OneOf::Right(edit)],
            }])),
            change_annotations: Some(HashMap::from([(
                SNIPPET_ANNOTATION.to_string(),
                ChangeAnnotation {
                    label: "vigie".into(),
                    needs_confirmation: None,
                    description: None,
                },
            )])),
            ..Default::default()
        });
    } else if state.select_command.load(Ordering::Relaxed) {
        // The inserted text is on one line; the placeholder's columns count the characters
        // before it, which are ASCII (", selon ", ", according to "), so the same in every
        // encoding.
        let Some(start) = source.insert.find('[') else { return };
        let end = source.insert.find(']').map_or(source.insert.len(), |e| e + 1);
        let range = Range::new(at_column(at, start as u32), at_column(at, end as u32));
        action.command = Some(Command {
            title: String::new(),
            command: SELECT_COMMAND.to_string(),
            arguments: Some(vec![serde_json::json!({ "uri": uri, "range": range })]),
        });
    }
}

fn action(title: String, edit: WorkspaceEdit, diag: &Diagnostic, preferred: bool) -> CodeActionOrCommand {
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diag.clone()]),
        edit: Some(edit),
        is_preferred: preferred.then_some(true),
        ..Default::default()
    })
}
