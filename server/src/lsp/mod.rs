//! The language server: thin glue between LSP and vigie-core.
//!
//! The Backend only dispatches: each handler is a few lines that call a feature module
//! (one per LSP method or family), which reads the [`session`] and converts with
//! [`convert`]. Feature modules import `session`, `convert`, `lsp_ext` and `guard`, never
//! each other (a test checks it).

mod capabilities;
mod code_action;
pub mod convert;
mod definition;
mod diagnostics;
mod document_symbols;
pub mod guard;
pub mod hover;
mod index;
pub mod lsp_ext;
mod references;
mod reload;
pub mod session;
mod status;
mod sync;
mod workspace_symbols;

use std::sync::Arc;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService};

use capabilities::ClientCaps;
use session::Session;

pub use lsp_ext::DEBUG_PANIC_ENV;

pub struct Backend {
    client: Client,
    state: Arc<Session>,
    /// What the client said in initialize.
    caps: parking_lot::RwLock<ClientCaps>,
}

impl Backend {
    pub fn new(client: Client) -> Backend {
        Backend {
            client,
            state: Arc::new(Session::new()),
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
                if let Some(r) = outcome.refused {
                    tracing::warn!("{r}");
                    self.client.show_message(MessageType::WARNING, r).await;
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

    /// Analyses `uri` as soon as possible (see `diagnostics::schedule`).
    fn schedule_diagnostics(&self, uri: Uri) {
        diagnostics::schedule(self.state.clone(), self.client.clone(), uri);
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
    async fn reindex_request(&self, params: serde_json::Value) -> Result<lsp_ext::ReindexResult> {
        // `{}` from a Lua client may arrive as `[]`: no params, the defaults.
        let params = match params {
            serde_json::Value::Object(_) => serde_json::from_value::<lsp_ext::ReindexParams>(params)
                .map_err(|e| guard::invalid_params(format!("vigie/reindex: {e}")))?,
            _ => lsp_ext::ReindexParams::default(),
        };
        let job = tokio::spawn(index::reindex(self.state.clone(), self.reporter(), params.from_scratch));
        job.await.map_err(|e| {
            let msg = format!("vigie/reindex: internal error: {e}");
            tracing::error!("{msg}");
            guard::internal(msg)
        })
    }

    /// `vigie/status`: the state of the corpus index.
    async fn status_request(&self) -> Result<lsp_ext::IndexStatus> {
        Ok(status::status(&self.state))
    }

    /// `vigie/entryAt`: the actor or place under the cursor, in one line.
    async fn entry_at(&self, params: TextDocumentPositionParams) -> Result<Option<lsp_ext::EntryAt>> {
        guard::request("vigie/entryAt", || status::entry_at(&self.state, &params))
    }

    /// Analyses every open document again (settings or configuration changed).
    fn refresh_all(&self) {
        for uri in self.state.open_uris() {
            self.schedule_diagnostics(uri);
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
            Ok(settings) => self
                .state
                .set_editor_settings(settings)
                .iter()
                .map(ToString::to_string)
                .collect(),
            Err(e) => vec![format!("vigie: editor settings ignored: {e}")],
        };
        for p in problems {
            tracing::warn!("{p}");
            self.client.show_message(MessageType::WARNING, p).await;
        }
    }

    async fn report(&self, typ: MessageType, problems: Vec<impl ToString>) {
        for p in problems {
            let p = p.to_string();
            tracing::warn!("{p}");
            self.client.log_message(typ, p).await;
        }
    }

    async fn notified(&self, method: &str, f: impl FnOnce()) {
        if let Some(msg) = guard::notification(method, f) {
            self.client.show_message(MessageType::ERROR, msg).await;
        }
    }

    /// `vigie/debug/documentText`: the server's copy of an open document (enabled by
    /// [`DEBUG_PANIC_ENV`]).
    async fn debug_document_text(&self, params: TextDocumentIdentifier) -> Result<Option<String>> {
        Ok(self.state.documents.lock().get(&params.uri).map(|d| d.text()))
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
        let caps = ClientCaps::of(&params);
        let (root, roots) = capabilities::roots(&params);
        tracing::info!(encoding = ?caps.encoding, root = ?root, roots = roots.len(), "initialize");
        *self.caps.write() = caps;
        *self.state.encoding.write() = caps.encoding;
        *self.state.root.write() = root;
        *self.state.roots.write() = roots;
        self.apply_settings(params.initialization_options).await;
        Ok(InitializeResult {
            capabilities: capabilities::server_capabilities(caps.encoding),
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
        if let Ok(Err(e)) = tokio::task::spawn_blocking(move || index::save_cache_if_dirty(&state)).await {
            tracing::warn!("{e}");
        }
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let uri = params.text_document.uri.clone();
        self.notified("textDocument/didOpen", || sync::did_open(&self.state, params))
            .await;
        self.schedule_diagnostics(uri);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri.clone();
        let mut problems = Vec::new();
        self.notified("textDocument/didChange", || {
            problems = sync::did_change(&self.state, params)
        })
        .await;
        self.schedule_diagnostics(uri);
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
        // The settings may allow archive paths that vigie.toml names: load it again (which
        // also analyses the open documents and reindexes).
        self.reload().await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        if reload::concerns_workspace(&self.state, &params.changes) {
            self.reload().await;
        }
        if let Some(msg) = index::on_file_events(self.state.clone(), self.reporter(), params.changes).await {
            self.client.show_message(MessageType::ERROR, msg).await;
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
            Ok(workspace_symbols::workspace_symbols(&state, &params.query))
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
        let state = self.state.clone();
        let symbols = guard::blocking("textDocument/documentSymbol", move || {
            Ok(document_symbols::document_symbols(&state, &params.text_document.uri))
        })
        .await?;
        Ok(symbols.map(DocumentSymbolResponse::Nested))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let state = self.state.clone();
        let actions = guard::blocking("textDocument/codeAction", move || {
            Ok(code_action::code_actions(&state, params))
        })
        .await?;
        Ok((!actions.is_empty()).then_some(actions))
    }
}

/// Serves LSP on stdin/stdout until the client exits.
pub async fn serve_stdio() {
    let mut builder = LspService::build(Backend::new)
        .custom_method(lsp_ext::REINDEX, Backend::reindex_request)
        .custom_method(lsp_ext::STATUS, Backend::status_request)
        .custom_method(lsp_ext::ENTRY_AT, Backend::entry_at);
    if std::env::var_os(DEBUG_PANIC_ENV).is_some() {
        builder = builder
            .custom_method(lsp_ext::DEBUG_PANIC, Backend::debug_panic)
            .custom_method(lsp_ext::DEBUG_DOCUMENT_TEXT, Backend::debug_document_text);
    }
    let (service, socket) = builder.finish();
    // vigie's transport: a bad frame is answered or skipped instead of ending the server.
    crate::transport::serve(tokio::io::stdin(), tokio::io::stdout(), socket, service).await;
}
