//! Quick fixes for unsourced figures, as WorkspaceEdits (so every editor applies them):
//! insert an attribution placeholder at the end of the sentence, ignore this figure, ignore
//! the figures of the whole file.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Range, TextEdit, Uri, WorkspaceEdit,
};
use vigie_core::figures::placeholder;
use vigie_core::lang::Lang;
use vigie_core::markers::{ignore_figure_edit, ignore_file_edit, Edit};
use vigie_core::sentences::Sentence;

use super::convert::{to_position, PositionEncoding};
use super::diagnostics::{diagnostic, findings, severity, Snapshot};
use crate::config::Config;

fn overlaps(a: &Range, b: &Range) -> bool {
    (a.start.line, a.start.character) <= (b.end.line, b.end.character)
        && (b.start.line, b.start.character) <= (a.end.line, a.end.character)
}

fn edit(uri: &Uri, snap: &Snapshot, e: &Edit, enc: PositionEncoding) -> WorkspaceEdit {
    let at = to_position(&snap.rope, e.offset, enc);
    let text_edit = TextEdit {
        range: Range::new(at, at),
        new_text: e.insert.clone(),
    };
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), vec![text_edit])])),
        ..Default::default()
    }
}

/// The quick fixes for the unsourced figures whose range meets `range`. Blocking.
pub fn code_actions(
    uri: &Uri,
    snap: &Snapshot,
    config: &Config,
    range: Range,
    enc: PositionEncoding,
) -> Vec<CodeActionOrCommand> {
    let Some(sev) = severity(config.figure_severity) else {
        return Vec::new();
    };
    let text = snap.rope.to_string();
    let (found, lang) = findings(&text, config);
    let fr = lang == Lang::Fr;
    let mut actions = Vec::new();
    let mut any = None;
    for f in &found {
        let diag = diagnostic(&snap.rope, f, lang, sev, enc);
        if !overlaps(&diag.range, &range) {
            continue;
        }
        let source = Edit {
            offset: f.fix_insert_at,
            insert: placeholder(lang).to_string(),
        };
        let title = if fr {
            format!(
                "Indiquer la source : ajouter « {} »",
                placeholder(lang).trim_start_matches(", ")
            )
        } else {
            format!(
                "Add the source: insert “{}”",
                placeholder(lang).trim_start_matches(", ")
            )
        };
        actions.push(action(title, edit(uri, snap, &source, enc), &diag, true));
        let sentence = Sentence {
            range: f.sentence.clone(),
            paragraph: 0,
        };
        let ignore = ignore_figure_edit(&sentence, snap.kind);
        let title = if fr {
            format!("Ignorer ce chiffre ({})", ignore.insert.trim())
        } else {
            format!("Ignore this figure ({})", ignore.insert.trim())
        };
        actions.push(action(title, edit(uri, snap, &ignore, enc), &diag, false));
        any.get_or_insert(diag);
    }
    if let Some(diag) = any {
        let whole = ignore_file_edit(&text, snap.kind);
        let title = if fr {
            format!("Ignorer les chiffres de tout le fichier ({})", whole.insert.trim())
        } else {
            format!("Ignore the figures of this whole file ({})", whole.insert.trim())
        };
        actions.push(action(title, edit(uri, snap, &whole, enc), &diag, false));
    }
    actions
}

fn action(
    title: String,
    edit: WorkspaceEdit,
    diag: &tower_lsp_server::ls_types::Diagnostic,
    preferred: bool,
) -> CodeActionOrCommand {
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diag.clone()]),
        edit: Some(edit),
        is_preferred: preferred.then_some(true),
        ..Default::default()
    })
}
