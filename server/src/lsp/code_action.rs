//! Quick fixes for unsourced figures, as WorkspaceEdits (so every editor applies them):
//! insert an attribution placeholder at the end of the sentence, ignore this figure, ignore
//! the figures of the whole file. They read the document's analysis of its current version.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Diagnostic, Range, TextEdit, Uri, WorkspaceEdit,
};
use vigie_core::figures::placeholder;
use vigie_core::line_index::LineIndex;
use vigie_core::markers::{ignore_figure_edit, ignore_file_edit, Edit};
use vigie_core::present::QuickFix;
use vigie_core::sentences::Sentence;

use super::convert::{figure_diagnostic, severity, to_position, PositionEncoding};
use super::session::Session;

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

/// The quick fixes for the unsourced figures whose range meets the request's. Blocking.
pub fn code_actions(state: &Session, params: CodeActionParams) -> Vec<CodeActionOrCommand> {
    let uri = &params.text_document.uri;
    let Some(analysis) = state.analysis(uri) else {
        return Vec::new();
    };
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
        if !overlaps(&diag.range, &params.range) {
            continue;
        }
        let source = Edit {
            offset: f.fix_insert_at,
            insert: placeholder(lang).to_string(),
        };
        let title = QuickFix::AddSource.title(lang);
        actions.push(action(title, edit(uri, lines, &source, enc), &diag, true));
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
