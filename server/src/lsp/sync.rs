//! Document synchronisation: open, incremental change, close. Edits are applied here,
//! synchronously, under the documents lock and before any `.await`, so they land in the
//! order the client sent them even though notifications may run concurrently.

use tower_lsp_server::ls_types::{DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams};

use super::session::{Document, Session};

pub fn did_open(state: &Session, params: DidOpenTextDocumentParams) {
    let doc = params.text_document;
    tracing::debug!(
        uri = doc.uri.as_str(),
        version = doc.version,
        bytes = doc.text.len(),
        "open"
    );
    state
        .documents
        .lock()
        .insert(doc.uri, Document::new(&doc.text, doc.version, doc.language_id));
}

/// Applies the changes; returns what went wrong, for the log.
pub fn did_change(state: &Session, params: DidChangeTextDocumentParams) -> Vec<String> {
    let enc = state.encoding();
    let uri = params.text_document.uri;
    let version = params.text_document.version;
    let mut docs = state.documents.lock();
    let Some(doc) = docs.get_mut(&uri) else {
        return vec![format!("didChange for {} which is not open; ignored", uri.as_str())];
    };
    let mut problems = Vec::new();
    if version <= doc.version {
        problems.push(format!(
            "didChange for {} goes from version {} to {version}; applied anyway",
            uri.as_str(),
            doc.version
        ));
    }
    let edit_problems = doc.apply_changes(&params.content_changes, version, enc);
    problems.extend(
        edit_problems
            .iter()
            .map(|p| format!("didChange for {} (version {version}): {p}", uri.as_str())),
    );
    problems
}

pub fn did_close(state: &Session, params: DidCloseTextDocumentParams) {
    state.documents.lock().remove(&params.text_document.uri);
}
