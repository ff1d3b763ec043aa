//! What the server holds: open documents, the workspace (configuration + dictionaries), the
//! corpus index, the negotiated encoding. Locks are parking_lot's (no poisoning: a panic in
//! a handler does not make the state unusable) and are never held across an `.await`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use parking_lot::{Mutex, RwLock};
use tower_lsp_server::ls_types::Uri;
use vigie_core::Lexicon;

use super::convert::PositionEncoding;
use super::document::Document;
use super::index::CorpusState;
use crate::config::{Config, EditorSettings};

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
    pub fn with_editor(&self, editor: &EditorSettings) -> (Workspace, Vec<String>) {
        let (config, problems) = self.file_config.with_editor(editor);
        let workspace = Workspace {
            file_config: self.file_config.clone(),
            config,
            lexicon: self.lexicon.clone(),
            dictionaries_hash: self.dictionaries_hash,
        };
        (workspace, problems)
    }
}

/// A document's mentions and the version they were found in.
pub type VersionedMentions = (i32, Arc<Vec<vigie_core::Mention>>);

#[derive(Debug)]
pub struct State {
    pub documents: Mutex<HashMap<Uri, Document>>,
    /// The mentions of each open document as of the version its last analysis ran on.
    pub mentions: Mutex<HashMap<Uri, VersionedMentions>>,
    pub workspace: RwLock<Arc<Workspace>>,
    /// The editor's settings (initializationOptions, then workspace/didChangeConfiguration).
    pub editor: RwLock<EditorSettings>,
    pub encoding: RwLock<PositionEncoding>,
    /// The first workspace folder: where `vigie.toml` is read.
    pub root: RwLock<Option<PathBuf>>,
    /// Every workspace folder (multi-root workspaces): the corpus is indexed from them all.
    pub roots: RwLock<Vec<PathBuf>>,
    pub corpus: CorpusState,
}

impl State {
    /// A state with the embedded dictionaries (an empty dictionary if they were ever broken,
    /// which a test forbids).
    pub fn new() -> State {
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
        State {
            documents: Mutex::new(HashMap::new()),
            mentions: Mutex::new(HashMap::new()),
            workspace: RwLock::new(Arc::new(workspace)),
            editor: RwLock::new(EditorSettings::default()),
            encoding: RwLock::new(PositionEncoding::default()),
            root: RwLock::new(None),
            roots: RwLock::new(Vec::new()),
            corpus: CorpusState::default(),
        }
    }

    pub fn workspace(&self) -> Arc<Workspace> {
        self.workspace.read().clone()
    }

    /// The mentions of `uri` at `version`, if its last analysis ran on that version.
    pub fn cached_mentions(&self, uri: &Uri, version: i32) -> Option<Arc<Vec<vigie_core::Mention>>> {
        self.mentions
            .lock()
            .get(uri)
            .filter(|(v, _)| *v == version)
            .map(|(_, m)| m.clone())
    }

    pub fn encoding(&self) -> PositionEncoding {
        *self.encoding.read()
    }

    /// Applies new editor settings over the current workspace; returns the problems.
    pub fn set_editor_settings(&self, editor: EditorSettings) -> Vec<String> {
        let (workspace, problems) = self.workspace().with_editor(&editor);
        *self.editor.write() = editor;
        *self.workspace.write() = Arc::new(workspace);
        problems
    }
}

impl Default for State {
    fn default() -> State {
        State::new()
    }
}
