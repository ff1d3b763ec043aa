//! The session: what the server holds between requests, and the lookups every feature
//! shares. Open documents (with the analysis of their current version), the workspace
//! (configuration + dictionaries), the corpus index, the negotiated encoding, the roots.
//!
//! Feature modules import this module, `convert`, `lsp_ext` and `guard`, never each other.
//! Locks are parking_lot's (no poisoning: a panic in a handler does not make the state
//! unusable) and are never held across an `.await`.

mod corpus;
mod document;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use parking_lot::{Mutex, RwLock};
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{Range, TextDocumentPositionParams, Uri};
use vigie_core::date::{article_date, Date};
use vigie_core::figures::FigureOptions;
use vigie_core::hover::HoverContext;
use vigie_core::matcher::WINDOW;
use vigie_core::{lang, Lexicon};

pub use corpus::CorpusState;
pub use document::{doc_kind, Analysis, Document, EditProblem, Snapshot};

use super::convert::{to_offset, to_range, PositionEncoding};
use super::guard::invalid_params;
use crate::config::{Config, ConfigProblem, EditorSettings};
use crate::corpus::key;
use crate::db::archive::Archive;
use crate::db::configured_url;
use vigie_core::corpus::Index;

/// The configuration and the dictionaries built from it, replaced whole on reload so that
/// a request sees one consistent pair.
#[derive(Debug)]
pub struct Workspace {
    /// What `vigie.toml` says (defaults without one).
    pub file_config: Config,
    /// `file_config` with the editor's settings applied: what features use.
    pub config: Config,
    pub lexicon: Arc<Lexicon>,
    /// Hash of the dictionaries' sources: an index built with other dictionaries is void.
    pub dictionaries_hash: u64,
}

impl Workspace {
    /// The same dictionaries under new editor settings; problems with the settings are
    /// returned (the valid settings still apply).
    pub fn with_editor(&self, editor: &EditorSettings) -> (Workspace, Vec<ConfigProblem>) {
        let (config, problems) = self.file_config.with_editor(editor);
        let workspace = Workspace {
            file_config: self.file_config.clone(),
            config,
            lexicon: self.lexicon.clone(),
            dictionaries_hash: self.dictionaries_hash,
        };
        (workspace, problems)
    }

    /// The figure options the configuration asks for.
    pub fn figure_options(&self) -> FigureOptions {
        self.config.figure_options()
    }

    /// What a card depends on: the article's date (else today's), its language (unless the
    /// configuration sets one), the house style. `head`: the top of the article.
    pub fn card_context(&self, head: &str) -> HoverContext<'_> {
        let dated = article_date(head);
        HoverContext {
            date: dated.unwrap_or_else(today),
            dated_article: dated.is_some(),
            lang: self.config.language.unwrap_or_else(|| lang::detect(head)),
            house_style: &self.config.house_style,
        }
    }
}

/// Today's date (UTC).
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days((secs / 86_400) as i64)
}

/// How much of the top of an article is read for its date and language.
const HEAD: usize = 20_000;

/// The text before a cursor: where it starts in the document, the line index to convert
/// offsets, and the top of the document.
pub struct BeforeCursor {
    pub start: usize,
    pub text: String,
    pub lines: Arc<vigie_core::line_index::LineIndex>,
    pub head: String,
}

/// Bytes before the cursor that completion reads: the words typed and a few before them.
const BEFORE_CURSOR: usize = 200;

/// The mention under the cursor: its entries, its range, and the top of the document; for
/// a role phrase, its office and its words.
pub struct Located {
    pub entries: Vec<usize>,
    pub range: Range,
    pub head: String,
    pub via_role: Option<(usize, String)>,
}

#[derive(Debug)]
pub struct Session {
    pub documents: Mutex<HashMap<Uri, Document>>,
    pub workspace: RwLock<Arc<Workspace>>,
    /// The editor's settings (initializationOptions, then workspace/didChangeConfiguration).
    pub editor: RwLock<EditorSettings>,
    pub encoding: RwLock<PositionEncoding>,
    /// The first workspace folder: where `vigie.toml` is read.
    pub root: RwLock<Option<PathBuf>>,
    /// Every workspace folder (multi-root workspaces): the corpus is indexed from them all.
    pub roots: RwLock<Vec<PathBuf>>,
    pub corpus: CorpusState,
    /// Per document: an analysis is running, and whether edits came in meanwhile.
    pub runs: Mutex<HashMap<Uri, Run>>,
    /// The client takes LSP 3.18 snippet text edits.
    pub snippet_edits: AtomicBool,
    /// The client has the command that selects a placeholder after a quick fix.
    pub select_command: AtomicBool,
    /// The desk's archive database, built on first use for the configured URL.
    pub archive: Mutex<Option<Arc<Archive>>>,
    /// Where publishDiagnostics goes when vigie's transport serves (see
    /// [`crate::transport::Outbox`]); unset, through the library's client.
    pub outbox: std::sync::OnceLock<crate::transport::Outbox>,
}

/// The analysis of one document: at most one runs at a time; edits that arrive meanwhile
/// ask for one more run, on the latest version, when it ends.
#[derive(Debug, Default, Clone, Copy)]
pub struct Run {
    pub running: bool,
    pub again: bool,
}

impl Session {
    /// A session with the embedded dictionaries (an empty dictionary if they were ever
    /// broken, which a test forbids).
    pub fn new() -> Session {
        let sources = crate::dictionaries::Sources {
            embedded: true,
            files: Vec::new(),
        };
        let (lexicon, dictionaries_hash) = match sources.load_with_hash() {
            Ok((lexicon, _, hash)) => (lexicon, hash),
            Err(e) => {
                tracing::error!("embedded dictionaries do not load: {e}");
                (Lexicon::new(vigie_core::Dictionary::default()), 0)
            }
        };
        let workspace = Workspace {
            file_config: Config::default(),
            config: Config::default(),
            lexicon: Arc::new(lexicon),
            dictionaries_hash,
        };
        Session {
            documents: Mutex::new(HashMap::new()),
            workspace: RwLock::new(Arc::new(workspace)),
            editor: RwLock::new(EditorSettings::default()),
            encoding: RwLock::new(PositionEncoding::default()),
            root: RwLock::new(None),
            roots: RwLock::new(Vec::new()),
            corpus: CorpusState::default(),
            runs: Mutex::new(HashMap::new()),
            snippet_edits: AtomicBool::new(false),
            select_command: AtomicBool::new(false),
            archive: Mutex::new(None),
            outbox: std::sync::OnceLock::new(),
        }
    }

    pub fn workspace(&self) -> Arc<Workspace> {
        self.workspace.read().clone()
    }

    pub fn encoding(&self) -> PositionEncoding {
        *self.encoding.read()
    }

    /// Takes the editor's settings as the client sent them (`{"vigie": {...}}` or the section
    /// itself; null or an empty Lua table `[]`: none) and applies them; returns the problems,
    /// for the editor.
    pub fn apply_settings_value(&self, value: Option<serde_json::Value>) -> Vec<String> {
        let Some(mut value) = value else { return Vec::new() };
        if let Some(section) = value.get_mut("vigie") {
            value = section.take();
        }
        if value.is_null() || value.as_array().is_some_and(Vec::is_empty) {
            return Vec::new();
        }
        match serde_json::from_value::<EditorSettings>(value) {
            Ok(settings) => self
                .set_editor_settings(settings)
                .iter()
                .map(ToString::to_string)
                .collect(),
            Err(e) => vec![format!("vigie: editor settings ignored: {e}")],
        }
    }

    /// For a client that gave no workspace folder: makes `dir` the corpus root, unless a
    /// root is known already. Whether it did.
    pub fn fall_back_to_root(&self, dir: PathBuf) -> bool {
        let mut roots = self.roots.write();
        if !roots.is_empty() || self.root.read().is_some() {
            return false;
        }
        *roots = vec![dir.clone()];
        *self.root.write() = Some(dir);
        true
    }

    /// Applies new editor settings over the current workspace; returns the problems.
    pub fn set_editor_settings(&self, editor: EditorSettings) -> Vec<ConfigProblem> {
        let (workspace, problems) = self.workspace().with_editor(&editor);
        *self.editor.write() = editor;
        *self.workspace.write() = Arc::new(workspace);
        problems
    }

    /// The document at its current version, O(1).
    pub fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        self.documents.lock().get(uri).map(|d| d.snapshot(uri))
    }

    /// The analysis of the current version of `uri`: the one the diagnostics ran, or a new
    /// one (kept for the next request). Blocking: call off the async runtime.
    pub fn analysis(&self, uri: &Uri) -> Option<Arc<Analysis>> {
        let workspace = self.workspace();
        let snap = {
            let docs = self.documents.lock();
            let doc = docs.get(uri)?;
            if let Some(a) = doc.analysis(&workspace) {
                return Some(a);
            }
            doc.snapshot(uri)
        };
        let analysis = Arc::new(Analysis::run(&snap, workspace));
        self.keep_analysis(uri, analysis.clone());
        Some(analysis)
    }

    /// Keeps an analysis with its document if the document is still at that version; says
    /// whether it was kept.
    pub fn keep_analysis(&self, uri: &Uri, analysis: Arc<Analysis>) -> bool {
        self.documents
            .lock()
            .get_mut(uri)
            .is_some_and(|d| d.keep_analysis(analysis))
    }

    /// The analyses the open documents already have for their current version, without
    /// running any: for the handlers that never wait (hover, `vigie/entryAt`).
    pub fn kept_analyses(&self) -> Vec<(Uri, Arc<Analysis>)> {
        let workspace = self.workspace();
        self.documents
            .lock()
            .iter()
            .filter_map(|(uri, doc)| doc.analysis(&workspace).map(|a| (uri.clone(), a)))
            .collect()
    }

    /// `(articles, mentions)` of `entry` in the corpus, with the open documents of `open`
    /// counted as they are in the editor instead of their disk copy, as references list
    /// them (a new unsaved article counts too).
    pub fn entry_counts(index: &Index, entry: usize, open: &[(Uri, Arc<Analysis>)]) -> (usize, usize) {
        let (mut articles, mut mentions) = index.count(entry);
        for (uri, analysis) in open {
            if let Some(path) = uri.to_file_path().map(|p| key(&p)) {
                let on_disk = index.count_in(&path, entry);
                if on_disk > 0 {
                    articles -= 1;
                    mentions -= on_disk;
                }
            }
            let here = analysis
                .result
                .mentions
                .iter()
                .filter(|m| m.entries.contains(&entry))
                .count();
            if here > 0 {
                articles += 1;
                mentions += here;
            }
        }
        (articles, mentions)
    }

    /// Whether an archive database is configured (`[corpus] database`, the editor's
    /// `corpus.database`, or `VIGIE_DATABASE_URL`).
    pub fn archive_configured(&self) -> bool {
        configured_url(self.workspace().config.database.as_ref()).is_some()
    }

    /// The archive database of the current configuration, if any: built on first use and
    /// again when its URL changes. Its questions block (at most their deadline): call from a
    /// blocking thread.
    pub fn archive(&self) -> Option<Arc<Archive>> {
        let url = configured_url(self.workspace().config.database.as_ref())?;
        let mut slot = self.archive.lock();
        if let Some(archive) = slot.as_ref().filter(|a| *a.url() == url) {
            return Some(archive.clone());
        }
        let handle = tokio::runtime::Handle::try_current().ok()?;
        match Archive::new(url, handle) {
            Ok(archive) => {
                let archive = Arc::new(archive);
                *slot = Some(archive.clone());
                Some(archive)
            }
            Err(e) => {
                tracing::warn!("archive: {e}");
                None
            }
        }
    }

    /// The archive's warning the editor has not seen yet (one per outage).
    pub fn archive_warning(&self) -> Option<String> {
        self.archive.lock().as_ref().and_then(|a| a.take_warning())
    }

    /// The paths whose local copy wins over the archive's: the indexed files and the open
    /// documents.
    pub fn local_paths(index: &Index, open: &[Uri]) -> Vec<String> {
        index
            .files()
            .map(|f| f.path.to_string())
            .chain(open.iter().filter_map(|u| u.to_file_path()).map(|p| key(&p)))
            .collect()
    }

    /// The URIs of the open documents.
    pub fn open_uris(&self) -> Vec<Uri> {
        self.documents.lock().keys().cloned().collect()
    }

    /// The mention at a position of an open document (`None`: not open, or not a mention).
    /// Reads a fixed window of the current text: constant time whatever the document's size.
    pub fn locate(&self, pos: &TextDocumentPositionParams) -> Result<Option<Located>> {
        let enc = self.encoding();
        let workspace = self.workspace();
        let docs = self.documents.lock();
        let Some(doc) = docs.get(&pos.text_document.uri) else {
            tracing::debug!(
                uri = pos.text_document.uri.as_str(),
                "request on a document that is not open"
            );
            return Ok(None);
        };
        let offset = to_offset(doc.lines(), pos.position, enc).map_err(|e| invalid_params(format!("vigie: {e}")))?;
        let (start, window) = doc.word_window(offset.saturating_sub(WINDOW), offset + WINDOW);
        let (_, head) = doc.window(0, HEAD);
        // Role phrases resolve on the article's own date only, as in its analysis.
        let date = article_date(&head);
        let Some(mention) = workspace.lexicon.mention_at_on(&window, offset - start, date) else {
            return Ok(None);
        };
        let range = to_range(doc.lines(), mention.range.start + start..mention.range.end + start, enc);
        let via_role = mention.via_role.map(|o| (o, window[mention.range.clone()].to_string()));
        Ok(Some(Located {
            entries: mention.entries,
            range,
            head,
            via_role,
        }))
    }
}

impl Session {
    /// The end of the text before `pos` (a few words), under the lock, constant time.
    pub fn before_cursor(&self, pos: &TextDocumentPositionParams) -> Result<Option<BeforeCursor>> {
        let enc = self.encoding();
        let docs = self.documents.lock();
        let Some(doc) = docs.get(&pos.text_document.uri) else {
            return Ok(None);
        };
        let offset = to_offset(doc.lines(), pos.position, enc).map_err(|e| invalid_params(format!("vigie: {e}")))?;
        let (start, text) = doc.window(offset.saturating_sub(BEFORE_CURSOR), offset);
        let (_, head) = doc.window(0, HEAD);
        Ok(Some(BeforeCursor {
            start,
            text,
            lines: doc.lines().clone(),
            head,
        }))
    }
}

impl Default for Session {
    fn default() -> Session {
        Session::new()
    }
}
