//! vigie's own protocol beside LSP, for editors' status bars and commands (the wire format
//! is documented in `editors/README.md`):
//! - `vigie/indexStatus` (notification, server → client): the state of the corpus index,
//!   pushed as it changes to clients that ask for it (`"statusNotifications": true` in the
//!   initialization options); `vigie/status` (request) answers the same at any time;
//! - `vigie/entryAt` (request): the actor or place under the cursor, in one line, with its
//!   counts in the corpus;
//! - `vigie/reindex` (request): brings the index up to date and answers when done;
//! - `vigie/debug/panic` and `vigie/debug/documentText` (requests, only with
//!   `VIGIE_DEBUG_PANIC` set): for tests of the panic guard, and for load tests that check
//!   the server's copy of a document against the client's.

use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::notification::Notification;
use tower_lsp_server::ls_types::Range;

pub const REINDEX: &str = "vigie/reindex";
pub const STATUS: &str = "vigie/status";
pub const ENTRY_AT: &str = "vigie/entryAt";
pub const DEBUG_PANIC: &str = "vigie/debug/panic";
pub const DEBUG_DOCUMENT_TEXT: &str = "vigie/debug/documentText";

/// Environment variable that enables the debug requests ([`DEBUG_PANIC`],
/// [`DEBUG_DOCUMENT_TEXT`]).
pub const DEBUG_PANIC_ENV: &str = "VIGIE_DEBUG_PANIC";

/// What the index is doing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum IndexState {
    /// No run started yet (before `initialized`).
    #[default]
    Idle,
    Indexing,
    Ready,
    Failed,
}

/// The params of `vigie/indexStatus` and the answer to `vigie/status`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IndexStatus {
    pub state: IndexState,
    /// Files done out of `total` in the current run (both 0 before the walk ends).
    pub done: usize,
    pub total: usize,
    /// Articles in the index now.
    pub articles: usize,
    /// How the last run ended ("412 articles indexed (…)"), or why it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// `vigie/indexStatus`.
pub enum IndexStatusNotification {}

impl Notification for IndexStatusNotification {
    type Params = IndexStatus;
    const METHOD: &'static str = "vigie/indexStatus";
}

/// The params of `vigie/reindex`: `{}`, or `{"fromScratch": true}` to drop the cache and
/// analyse every file again.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ReindexParams {
    pub from_scratch: bool,
}

/// The answer to `vigie/reindex`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReindexResult {
    /// Articles in the index after the run.
    pub articles: usize,
    pub analysed: usize,
    /// Taken from the cache (or kept from memory) because unchanged.
    pub reused: usize,
    pub skipped: usize,
    /// A newer run (a settings change, another reindex) started before this one ended.
    pub superseded: bool,
    pub message: String,
}

/// One entry of `vigie/entryAt`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntrySummary {
    pub id: String,
    pub name: String,
    /// What it is, in the article's language ("personnalité", "city").
    pub kind: String,
    /// Titles held on the article's date (else today), in the article's language.
    pub roles: Vec<String>,
    /// "Friedrich Merz · chancelier fédéral d'Allemagne": what a status bar shows.
    pub line: String,
    /// Articles of the corpus that mention it, and mentions in them (`null` while the index
    /// is busy).
    pub articles: Option<usize>,
    pub mentions: Option<usize>,
    /// The counts in words, in the article's language ("cité dans 3 articles, 6 mentions").
    pub counts: Option<String>,
}

/// The answer to `vigie/entryAt` (`null` when the cursor is not on a name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryAt {
    /// The mention's range in the document.
    pub range: Range,
    /// Several when the mention is ambiguous.
    pub entries: Vec<EntrySummary>,
}

/// The kind of the code action that applies every house-style fix of a file, as linters
/// offer (`editor.codeActionsOnSave` in VS Code).
pub const FIX_ALL_KIND: &str = "source.fixAll.vigie";

/// The change annotation that marks an edit to send as an LSP 3.18 snippet text edit
/// (rewritten on its way out by `snippets`, as the protocol types lack that edit).
pub const SNIPPET_ANNOTATION: &str = "vigie-snippet";

/// The client command that selects a range after a quick fix is applied (the Neovim
/// plugin and the VS Code extension register it; offered to clients that say so).
pub const SELECT_COMMAND: &str = "vigie.selectPlaceholder";
