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
        definition_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        workspace_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..Default::default()
        })),
        ..Default::default()
    }
}
