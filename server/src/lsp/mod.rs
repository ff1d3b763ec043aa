//! The language server: thin glue between LSP and vigie-core, one module per feature.
//! The Backend only dispatches; each handler's body lives in its feature module.

mod code_action;
pub mod convert;
mod definition;
pub mod diagnostics;
pub mod document;
mod guard;
pub mod hover;
pub mod index;
mod references;
mod reload;
pub mod state;
pub mod status;
mod symbols;
mod sync;

use std::sync::Arc;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService};

use convert::PositionEncoding;
use state::State;

/// Environment variable that enables the `vigie/debug/panic` request, for tests of the
/// panic guard.
pub const DEBUG_PANIC_ENV: &str = "VIGIE_DEBUG_PANIC";

pub struct Backend {
    client: Client,
    state: Arc<State>,
    /// What the client said in initialize.
    caps: parking_lot::RwLock<ClientCaps>,
}

/// What the client supports or asks for, from its initialize request.
#[derive(Debug, Default, Clone, Copy)]
struct ClientCaps {
    /// It shows `$/progress` (window.workDoneProgress).
    progress: bool,
    /// It asked for `vigie/indexStatus` notifications (initializationOptions).
    notify: bool,
    /// It takes file watchers by dynamic registration.
    watch: bool,
}

impl Backend {
    pub fn new(client: Client) -> Backend {
        Backend {
            client,
            state: Arc::new(State::new()),
            caps: parking_lot::RwLock::new(ClientCaps::default()),
        }
    }

    /// Reloads the workspace off the async runtime and tells the editor how it went.
    async fn reload(&self) {
        let state = self.state.clone();
        let root = state.root.read().clone();
        let outcome = tokio::task::spawn_blocking(move || reload::reload(&state, root.as_deref())).await;
        match outcome {
            Ok(outcome) => {
                if let Some(e) = outcome.error {
                    self.client.show_message(MessageType::ERROR, &e).await;
                    self.client.log_message(MessageType::ERROR, e).await;
                }
                if let Some(w) = outcome.warning {
                    self.client.log_message(MessageType::WARNING, w).await;
                }
                self.refresh_all();
                self.reindex();
            }
            Err(e) => {
                let msg = format!("vigie: internal error while loading dictionaries: {e}");
                tracing::error!("{msg}");
                self.client.show_message(MessageType::ERROR, msg).await;
            }
        }
    }

    /// Schedules the diagnostics of `uri` at its current version (after the debounce).
    fn schedule_diagnostics(&self, uri: Uri, debounce: bool) {
        let Some(version) = self.state.documents.lock().get(&uri).map(|d| d.version) else {
            return;
        };
        let (state, client) = (self.state.clone(), self.client.clone());
        tokio::spawn(diagnostics::refresh(state, client, uri, version, debounce));
    }

    /// How index runs report to this client.
    fn reporter(&self) -> index::Reporter {
        let caps = *self.caps.read();
        index::Reporter {
            client: self.client.clone(),
            progress: caps.progress,
            notify: caps.notify,
        }
    }

    /// Brings the corpus index up to date in the background.
    fn reindex(&self) {
        tokio::spawn(index::reindex(self.state.clone(), self.reporter(), false));
    }

    /// `vigie/reindex`: brings the index up to date (from scratch if asked) and answers with
    /// the run's counts when it ends.
    async fn reindex_request(&self, params: serde_json::Value) -> Result<status::ReindexResult> {
        // `{}` from a Lua client may arrive as `[]`: no params, the defaults.
        let params = match params {
            serde_json::Value::Object(_) => serde_json::from_value::<status::ReindexParams>(params)
                .map_err(|e| guard::invalid_params(format!("vigie/reindex: {e}")))?,
            _ => status::ReindexParams::default(),
        };
        let job = tokio::spawn(index::reindex(self.state.clone(), self.reporter(), params.from_scratch));
        job.await.map_err(|e| {
            let msg = format!("vigie/reindex: internal error: {e}");
            tracing::error!("{msg}");
            guard::internal(msg)
        })
    }

    /// `vigie/status`: the state of the corpus index.
    async fn status_request(&self) -> Result<status::IndexStatus> {
        Ok(self.state.corpus.status.lock().clone())
    }

    /// `vigie/entryAt`: the actor or place under the cursor, in one line.
    async fn entry_at(&self, params: TextDocumentPositionParams) -> Result<Option<status::EntryAt>> {
        guard::request("vigie/entryAt", || status::entry_at(&self.state, &params))
    }

    /// Analyses every open document again (settings or configuration changed).
    fn refresh_all(&self) {
        let uris: Vec<Uri> = self.state.documents.lock().keys().cloned().collect();
        for uri in uris {
            self.schedule_diagnostics(uri, false);
        }
    }

    /// Takes the editor's settings (`{"vigie": {...}}` or the section itself).
    async fn apply_settings(&self, value: Option<serde_json::Value>) {
        let Some(mut value) = value else { return };
        if let Some(section) = value.get_mut("vigie") {
            value = section.take();
        }
        // Null, or an empty table that a Lua client encodes as `[]`: no settings.
        if value.is_null() || value.as_array().is_some_and(Vec::is_empty) {
            return;
        }
        let problems = match serde_json::from_value::<crate::config::EditorSettings>(value) {
            Ok(settings) => self.state.set_editor_settings(settings),
            Err(e) => vec![format!("vigie: editor settings ignored: {e}")],
        };
        for p in problems {
            tracing::warn!("{p}");
            self.client.show_message(MessageType::WARNING, p).await;
        }
    }

    async fn report(&self, typ: MessageType, problems: Vec<String>) {
        for p in problems {
            tracing::warn!("{p}");
            self.client.log_message(typ, p).await;
        }
    }

    async fn notified(&self, method: &str, f: impl FnOnce()) {
        if let Some(msg) = guard::notification(method, f) {
            self.client.show_message(MessageType::ERROR, msg).await;
        }
    }

    /// `vigie/debug/panic`: panics inside the request guard (enabled by [`DEBUG_PANIC_ENV`]).
    async fn debug_panic(&self) -> Result<()> {
        guard::request("vigie/debug/panic", || {
            panic!("deliberate panic requested by vigie/debug/panic")
        })
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref());
        let enc = PositionEncoding::negotiate(offered);
        *self.state.encoding.write() = enc;
        #[allow(deprecated)]
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .and_then(|f| reload::file_path(&f.uri))
            .or_else(|| params.root_uri.as_ref().and_then(reload::file_path));
        let roots: Vec<std::path::PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| reload::file_path(&f.uri))
            .chain(root.clone())
            .collect();
        let mut unique = Vec::new();
        for r in roots {
            if !unique.contains(&r) {
                unique.push(r);
            }
        }
        let progress = params
            .capabilities
            .window
            .as_ref()
            .and_then(|w| w.work_done_progress)
            .unwrap_or(false);
        let notify = params
            .initialization_options
            .as_ref()
            .and_then(|o| o.get("statusNotifications"))
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false);
        let watch = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        *self.caps.write() = ClientCaps {
            progress,
            notify,
            watch,
        };
        tracing::info!(encoding = ?enc, root = ?root, roots = unique.len(), "initialize");
        *self.state.root.write() = root;
        *self.state.roots.write() = unique;
        self.apply_settings(params.initialization_options).await;
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
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
            },
            server_info: Some(ServerInfo {
                name: "vigie".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        self.reload().await;
        if !self.caps.read().watch {
            tracing::info!(
                "the client does not take file watchers: dictionaries reload on save, articles on vigie/reindex"
            );
            return;
        }
        let config = self.state.workspace().config.clone();
        let registration = Registration {
            id: "vigie-watch".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                watchers: reload::watchers(&config),
            })
            .ok(),
        };
        if let Err(e) = self.client.register_capability(vec![registration]).await {
            tracing::info!(
                "client did not accept the file watcher ({e}); dictionaries reload on save, articles on reindex"
            );
        }
    }

    async fn shutdown(&self) -> Result<()> {
        // A cache write still waiting for its delay is done now.
        let state = self.state.clone();
        let _ = tokio::task::spawn_blocking(move || index::save_cache_if_dirty(&state)).await;
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let uri = params.text_document.uri.clone();
        self.notified("textDocument/didOpen", || sync::did_open(&self.state, params))
            .await;
        self.schedule_diagnostics(uri, false);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri.clone();
        let mut problems = Vec::new();
        self.notified("textDocument/didChange", || {
            problems = sync::did_change(&self.state, params)
        })
        .await;
        self.schedule_diagnostics(uri, true);
        self.report(MessageType::WARNING, problems).await;
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let change = FileEvent {
            uri: params.text_document.uri,
            typ: FileChangeType::CHANGED,
        };
        if reload::concerns_workspace(&self.state, &[change]) {
            self.reload().await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri.clone();
        self.notified("textDocument/didClose", || sync::did_close(&self.state, params))
            .await;
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        self.apply_settings(Some(params.settings)).await;
        self.refresh_all();
        self.reindex();
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        if reload::concerns_workspace(&self.state, &params.changes) {
            self.reload().await;
        }
        let state = self.state.clone();
        let task = tokio::task::spawn_blocking(move || {
            let mut changed = false;
            let panicked = guard::notification("workspace/didChangeWatchedFiles", || {
                changed = index::apply_file_events(&state, &params.changes)
            });
            (changed, panicked)
        });
        match task.await {
            Ok((_, Some(msg))) => self.client.show_message(MessageType::ERROR, msg).await,
            Ok((true, None)) => {
                tokio::spawn(index::save_cache_later(self.state.clone()));
                // The index gained or lost articles: tell the status bar (unless a run is
                // going on, which will).
                let mut status = self.state.corpus.status.lock().clone();
                if status.state != status::IndexState::Indexing {
                    status.articles = self.state.corpus.index.read().len();
                    status.done = status.articles;
                    status.total = status.articles;
                    self.reporter().status(&self.state, status).await;
                }
            }
            _ => {}
        }
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let state = self.state.clone();
        guard::blocking("textDocument/references", move || {
            references::references(&state, params)
        })
        .await
    }

    async fn symbol(&self, params: WorkspaceSymbolParams) -> Result<Option<WorkspaceSymbolResponse>> {
        let state = self.state.clone();
        let symbols = guard::blocking("workspace/symbol", move || {
            Ok(references::workspace_symbols(&state, &params.query))
        })
        .await?;
        Ok(Some(WorkspaceSymbolResponse::Flat(symbols)))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        guard::request("textDocument/hover", || hover::hover(&self.state, params))
    }

    async fn goto_definition(&self, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        let state = self.state.clone();
        // Extracting an embedded dictionary may write a file: off the runtime.
        guard::blocking("textDocument/definition", move || {
            definition::definition(&state, params)
        })
        .await
    }

    async fn document_symbol(&self, params: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        let uri = &params.text_document.uri;
        let Some(snap) = diagnostics::Snapshot::take(&self.state, uri) else {
            return Ok(None);
        };
        let cached = self.state.cached_mentions(uri, snap.version);
        let (workspace, enc) = (self.state.workspace(), self.state.encoding());
        let symbols = guard::blocking("textDocument/documentSymbol", move || {
            Ok(symbols::document_symbols(&snap, cached, &workspace, enc))
        })
        .await?;
        Ok(Some(DocumentSymbolResponse::Nested(symbols)))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let Some(snap) = diagnostics::Snapshot::take(&self.state, &uri) else {
            return Ok(None);
        };
        let (workspace, enc) = (self.state.workspace(), self.state.encoding());
        let actions = guard::blocking("textDocument/codeAction", move || {
            Ok(code_action::code_actions(
                &uri,
                &snap,
                &workspace.config,
                params.range,
                enc,
            ))
        })
        .await?;
        Ok((!actions.is_empty()).then_some(actions))
    }
}

/// Serves LSP on stdin/stdout until the client exits.
pub async fn serve_stdio() {
    let mut builder = LspService::build(Backend::new)
        .custom_method("vigie/reindex", Backend::reindex_request)
        .custom_method("vigie/status", Backend::status_request)
        .custom_method("vigie/entryAt", Backend::entry_at);
    if std::env::var_os(DEBUG_PANIC_ENV).is_some() {
        builder = builder.custom_method("vigie/debug/panic", Backend::debug_panic);
    }
    let (service, socket) = builder.finish();
    // vigie's transport: a bad frame is answered or skipped instead of ending the server.
    crate::transport::serve(tokio::io::stdin(), tokio::io::stdout(), socket, service).await;
}
