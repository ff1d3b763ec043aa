//! The language server: thin glue between LSP and vigie-core.
//!
//! The Backend only dispatches: each handler is a few lines that call a feature module
//! (one per LSP method or family), which reads the [`session`] and converts with
//! [`convert`]. Feature modules import `session`, `convert`, `lsp_ext` and `guard`, never
//! each other (a test checks it).

mod capabilities;
mod code_action;
mod completion;
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
mod roles;
pub mod session;
mod snippets;
mod status;
mod sync;
mod watch;
mod workspace_symbols;

use std::sync::atomic::{AtomicBool, Ordering};
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
    /// Whether the client takes snippet text edits, read from the raw initialize by the
    /// transport (`snippets`): the protocol types do not have that capability yet.
    snippet_edits: Arc<AtomicBool>,
    /// The server's own watcher of the corpus folders, for a client without file watchers.
    watcher: parking_lot::Mutex<Option<watch::FolderWatcher>>,
}

impl Backend {
    pub fn new(client: Client) -> Backend {
        Backend::with_snippet_flag(client, Arc::new(AtomicBool::new(false)))
    }

    fn with_snippet_flag(client: Client, snippet_edits: Arc<AtomicBool>) -> Backend {
        Backend {
            client,
            state: Arc::new(Session::new()),
            caps: parking_lot::RwLock::new(ClientCaps::default()),
            snippet_edits,
            watcher: parking_lot::Mutex::new(None),
        }
    }

    /// Shows the archive database's warning, once per outage.
    async fn tell_archive_warning(&self) {
        if let Some(warning) = self.state.archive_warning() {
            self.client.show_message(MessageType::WARNING, &warning).await;
            self.client.log_message(MessageType::WARNING, warning).await;
        }
    }

    /// Reloads the workspace off the async runtime and tells the editor how it went.
    async fn reload(&self) {
        let state = self.state.clone();
        let root = state.root.read().clone();
        let outcome = tokio::task::spawn_blocking(move || reload::reload(&state, root.as_deref())).await;
        // The archive database of this workspace, if any, is connected now rather than at
        // the first question.
        let _ = self.state.archive();
        match outcome {
            Ok(outcome) => {
                if let Some(e) = outcome.error {
                    let e = e.to_string();
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
                self.watch_folders();
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
        for p in self.state.apply_settings_value(value) {
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

    /// For a client that does not take file watchers: the server watches the corpus folders
    /// itself (again when they change), and feeds the changes to the index as
    /// `workspace/didChangeWatchedFiles` would, so that a saved article counts at once.
    fn watch_folders(&self) {
        if self.caps.read().watch {
            return;
        }
        let (state, reporter, client) = (self.state.clone(), self.reporter(), self.client.clone());
        watch::follow(&self.state, &self.watcher, move |events| {
            let (state, reporter, client) = (state.clone(), reporter.clone(), client.clone());
            async move {
                if let Some(msg) = index::on_file_events(state, reporter, events).await {
                    client.show_message(MessageType::ERROR, msg).await;
                }
            }
        });
    }

    /// A client that gave no workspace folder: the first file opened makes its folder the
    /// corpus root (see `capabilities::fallback_root`), and the editor is told.
    async fn fall_back_to_the_files_folder(&self, uri: &Uri) {
        let Some(path) = convert::file_path(uri) else { return };
        let Some(dir) = capabilities::fallback_root(&path) else {
            return;
        };
        if !self.state.fall_back_to_root(dir.clone()) {
            return;
        }
        let msg = capabilities::fallback_message(&path, &dir);
        tracing::info!("{msg}");
        self.client.show_message(MessageType::INFO, msg).await;
        self.reload().await;
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
        let snippets = self.snippet_edits.load(Ordering::Relaxed);
        self.state.snippet_edits.store(snippets, Ordering::Relaxed);
        self.state.select_command.store(caps.select_command, Ordering::Relaxed);
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
            tracing::info!("the client does not take file watchers: dictionaries reload on save, articles are watched by the server");
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
        self.schedule_diagnostics(uri.clone());
        self.fall_back_to_the_files_folder(&uri).await;
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
        diagnostics::publish(&self.state, &self.client, uri, Vec::new(), None).await;
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
        let answer = guard::blocking("textDocument/references", move || {
            references::references(&state, params)
        })
        .await;
        self.tell_archive_warning().await;
        answer
    }

    async fn symbol(&self, params: WorkspaceSymbolParams) -> Result<Option<WorkspaceSymbolResponse>> {
        let state = self.state.clone();
        let symbols = guard::blocking("workspace/symbol", move || {
            Ok(workspace_symbols::workspace_symbols(&state, &params.query))
        })
        .await;
        self.tell_archive_warning().await;
        let symbols = symbols?;
        Ok(Some(WorkspaceSymbolResponse::Flat(symbols)))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        if !self.state.archive_configured() {
            return guard::request("textDocument/hover", || hover::hover(&self.state, params));
        }
        // The archive's counts are asked over the network: off the runtime, with a deadline.
        let state = self.state.clone();
        let answer = guard::blocking("textDocument/hover", move || hover::hover(&state, params)).await;
        self.tell_archive_warning().await;
        answer
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let state = self.state.clone();
        // The first completion builds the dictionaries' completion index: off the runtime.
        let list = guard::blocking("textDocument/completion", move || {
            completion::completion(&state, params)
        })
        .await?;
        Ok(list.map(CompletionResponse::List))
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
            let mut actions = roles::code_actions(&state, &params);
            actions.extend(code_action::code_actions(&state, params));
            Ok(actions)
        })
        .await?;
        Ok((!actions.is_empty()).then_some(actions))
    }
}

/// Serves LSP on stdin/stdout until the client exits.
pub async fn serve_stdio() {
    let snippet_edits = Arc::new(AtomicBool::new(false));
    let flag = snippet_edits.clone();
    let (outbox, outbox_rx) = crate::transport::outbox();
    let mut builder = LspService::build(move |client| {
        let backend = Backend::with_snippet_flag(client, flag);
        let _ = backend.state.outbox.set(outbox);
        backend
    })
    .custom_method(lsp_ext::REINDEX, Backend::reindex_request)
    .custom_method(lsp_ext::STATUS, Backend::status_request)
    .custom_method(lsp_ext::ENTRY_AT, Backend::entry_at);
    if std::env::var_os(DEBUG_PANIC_ENV).is_some() {
        builder = builder
            .custom_method(lsp_ext::DEBUG_PANIC, Backend::debug_panic)
            .custom_method(lsp_ext::DEBUG_DOCUMENT_TEXT, Backend::debug_document_text);
    }
    let (service, socket) = builder.finish();
    let service = snippets::SnippetEdits {
        inner: service,
        supported: snippet_edits,
    };
    // vigie's transport: a bad frame is answered or skipped instead of ending the server.
    crate::transport::serve(tokio::io::stdin(), tokio::io::stdout(), socket, service, outbox_rx).await;
}
