//! Document synchronisation: open, incremental change, close. Edits are applied here,
//! synchronously, under the documents lock and before any `.await`, so they land in the
//! order the client sent them even though notifications may run concurrently.

use tower_lsp_server::ls_types::{DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams};

use super::session::{Document, EditProblem, Session};

/// What went wrong with a didChange (logged, and the edit applied as far as it could be).
#[derive(Debug, thiserror::Error)]
pub enum SyncProblem {
    #[error("didChange for {uri} which is not open; ignored")]
    NotOpen { uri: String },
    #[error("didChange for {uri} goes from version {from} to {to}; applied anyway")]
    VersionNotIncreasing { uri: String, from: i32, to: i32 },
    #[error("didChange for {uri} (version {version}): {problem}")]
    Edit {
        uri: String,
        version: i32,
        problem: EditProblem,
    },
}

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
pub fn did_change(state: &Session, params: DidChangeTextDocumentParams) -> Vec<SyncProblem> {
    let enc = state.encoding();
    let uri = params.text_document.uri;
    let version = params.text_document.version;
    let mut docs = state.documents.lock();
    let Some(doc) = docs.get_mut(&uri) else {
        return vec![SyncProblem::NotOpen {
            uri: uri.as_str().to_string(),
        }];
    };
    let mut problems = Vec::new();
    if version <= doc.version {
        problems.push(SyncProblem::VersionNotIncreasing {
            uri: uri.as_str().to_string(),
            from: doc.version,
            to: version,
        });
    }
    let edit_problems = doc.apply_changes(&params.content_changes, version, enc);
    problems.extend(edit_problems.into_iter().map(|problem| SyncProblem::Edit {
        uri: uri.as_str().to_string(),
        version,
        problem,
    }));
    problems
}

pub fn did_close(state: &Session, params: DidCloseTextDocumentParams) {
    state.documents.lock().remove(&params.text_document.uri);
}
