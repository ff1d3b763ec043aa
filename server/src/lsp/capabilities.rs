//! initialize: what the client can do and asks for, and what the server offers.

use std::path::PathBuf;

use tower_lsp_server::ls_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, HoverProviderCapability, InitializeParams, OneOf,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions,
};

use super::convert::{file_path, PositionEncoding};

/// What the client supports or asks for, from its initialize request.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ClientCaps {
    /// It shows `$/progress` (window.workDoneProgress).
    pub progress: bool,
    /// It asked for `vigie/indexStatus` notifications (initializationOptions).
    pub notify: bool,
    /// It has the command that selects a placeholder after a quick fix
    /// (initializationOptions `selectPlaceholder`).
    pub select_command: bool,
    /// It takes file watchers by dynamic registration.
    pub watch: bool,
    pub encoding: PositionEncoding,
}

impl ClientCaps {
    pub fn of(params: &InitializeParams) -> ClientCaps {
        let caps = &params.capabilities;
        let offered = caps.general.as_ref().and_then(|g| g.position_encodings.as_deref());
        ClientCaps {
            progress: caps.window.as_ref().and_then(|w| w.work_done_progress).unwrap_or(false),
            notify: params
                .initialization_options
                .as_ref()
                .and_then(|o| o.get("statusNotifications"))
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(false),
            select_command: params
                .initialization_options
                .as_ref()
                .and_then(|o| o.get("selectPlaceholder"))
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(false),
            watch: caps
                .workspace
                .as_ref()
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false),
            encoding: PositionEncoding::negotiate(offered),
        }
    }
}

/// The root (the first workspace folder, else the deprecated root URI: where `vigie.toml`
/// is read) and every folder of a multi-root workspace, without repeats.
pub fn roots(params: &InitializeParams) -> (Option<PathBuf>, Vec<PathBuf>) {
    let folders = params.workspace_folders.iter().flatten();
    #[allow(deprecated)]
    let root = folders
        .clone()
        .next()
        .and_then(|f| file_path(&f.uri))
        .or_else(|| params.root_uri.as_ref().and_then(file_path));
    let mut unique: Vec<PathBuf> = Vec::new();
    for r in folders.filter_map(|f| file_path(&f.uri)).chain(root.clone()) {
        if !unique.contains(&r) {
            unique.push(r);
        }
    }
    (root, unique)
}

/// What vigie offers.
pub fn server_capabilities(enc: PositionEncoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(enc.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::INCREMENTAL),
            save: Some(TextDocumentSyncSaveOptions::Supported(true)),
            ..Default::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(tower_lsp_server::ls_types::CompletionOptions::default()),
        definition_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        workspace_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::SOURCE_FIX_ALL,
                CodeActionKind::new(super::lsp_ext::FIX_ALL_KIND),
            ]),
            ..Default::default()
        })),
        ..Default::default()
    }
}

/// The corpus root for a file opened by a client that gave no workspace folder: the
/// file's own folder, so that a folder of articles just works. Never a folder whose walk
/// would be a whole tree of unrelated files: the file-system root, the home folder, the
/// temporary folder.
pub fn fallback_root(file: &std::path::Path) -> Option<PathBuf> {
    let dir = file.parent()?.to_path_buf();
    let same = |other: Option<PathBuf>| {
        other.is_some_and(|o| o == dir || o.canonicalize().is_ok_and(|c| Some(c) == dir.canonicalize().ok()))
    };
    if dir.parent().is_none() || same(dirs::home_dir()) || same(Some(std::env::temp_dir())) {
        return None;
    }
    Some(dir)
}

/// What the editor is told when the folder of the first file opened becomes the corpus.
pub fn fallback_message(file: &std::path::Path, dir: &std::path::Path) -> String {
    format!(
        "vigie: no workspace folder: the corpus is the folder of {}, {}",
        file.file_name().map(|n| n.to_string_lossy()).unwrap_or_default(),
        dir.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_root_is_the_files_folder_but_never_a_whole_tree() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.md");
        assert_eq!(fallback_root(&file), Some(dir.path().to_path_buf()));
        assert_eq!(fallback_root(&std::env::temp_dir().join("a.md")), None);
        assert_eq!(fallback_root(std::path::Path::new("/a.md")), None);
        if let Some(home) = dirs::home_dir() {
            assert_eq!(fallback_root(&home.join("a.md")), None);
        }
    }
}
