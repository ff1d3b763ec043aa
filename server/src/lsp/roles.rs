//! Quick fixes for `role-date` (a title next to a name that does not fit the article's
//! date): say the title is former (or future), or write the holder of that day in place of
//! the name. They read the document's analysis of its current version.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, TextEdit, WorkspaceEdit,
};

use super::convert::{role_diagnostic, severity, to_range};
use super::session::Session;

/// The quick fixes for the `role-date` findings whose range meets the request's. Blocking.
pub fn code_actions(state: &Session, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
    let uri = &params.text_document.uri;
    let Some(analysis) = state.analysis(uri) else {
        return Vec::new();
    };
    let Some(sev) = severity(analysis.workspace.config.role_severity) else {
        return Vec::new();
    };
    let enc = state.encoding();
    let dict = &analysis.workspace.lexicon.dict;
    let lang = analysis.result.lang;
    let lines = &analysis.lines;
    let want = &params.range;
    let mut actions = Vec::new();
    for r in &analysis.result.roles {
        let diag = role_diagnostic(lines, r, dict, lang, sev, enc);
        let meets = (diag.range.start.line, diag.range.start.character) <= (want.end.line, want.end.character)
            && (want.start.line, want.start.character) <= (diag.range.end.line, diag.range.end.character);
        if !meets {
            continue;
        }
        for (i, fix) in r.fixes(&analysis.text, dict, lang).into_iter().enumerate() {
            let title = fix.title;
            let edits = fix
                .edits
                .into_iter()
                .map(|(range, new_text)| TextEdit {
                    range: to_range(lines, range, enc),
                    new_text,
                })
                .collect();
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diag.clone()]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(uri.clone(), edits)])),
                    ..Default::default()
                }),
                is_preferred: (i == 0).then_some(true),
                ..Default::default()
            }));
        }
    }
    actions
}
