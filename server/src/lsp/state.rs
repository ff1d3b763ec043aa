//! What the server holds: open documents, the workspace (configuration + dictionaries), the
//! negotiated encoding. Locks are parking_lot's (no poisoning: a panic in a handler does not
//! make the state unusable) and are never held across an `.await`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use parking_lot::{Mutex, RwLock};
use tower_lsp_server::ls_types::Uri;
use vigie_core::Lexicon;

use super::convert::PositionEncoding;
use super::document::Document;
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
}

impl Workspace {
    /// The same dictionaries under new editor settings; problems with the settings are
    /// returned (the valid settings still apply).
    pub fn with_editor(&self, editor: &EditorSettings) -> (Workspace, Vec<String>) {
        let (config, problems) = self.file_config.with_editor(editor);
        (
            Workspace {
                file_config: self.file_config.clone(),
                config,
                lexicon: self.lexicon.clone(),
            },
            problems,
        )
    }
}

#[derive(Debug)]
pub struct State {
    pub documents: Mutex<HashMap<Uri, Document>>,
    pub workspace: RwLock<Arc<Workspace>>,
    /// The editor's settings (initializationOptions, then workspace/didChangeConfiguration).
    pub editor: RwLock<EditorSettings>,
    pub encoding: RwLock<PositionEncoding>,
    pub root: RwLock<Option<PathBuf>>,
}

impl State {
    /// A state with the embedded dictionaries (an empty dictionary if they were ever broken,
    /// which a test forbids).
    pub fn new() -> State {
        let lexicon = match vigie_core::Dictionary::embedded() {
            Ok((dict, _)) => Lexicon::new(dict),
            Err(e) => {
                tracing::error!("embedded dictionaries do not load: {e}");
                Lexicon::new(vigie_core::Dictionary::default())
            }
        };
        let workspace = Workspace {
            file_config: Config::default(),
            config: Config::default(),
            lexicon: Arc::new(lexicon),
        };
        State {
            documents: Mutex::new(HashMap::new()),
            workspace: RwLock::new(Arc::new(workspace)),
            editor: RwLock::new(EditorSettings::default()),
            encoding: RwLock::new(PositionEncoding::default()),
            root: RwLock::new(None),
        }
    }

    pub fn workspace(&self) -> Arc<Workspace> {
        self.workspace.read().clone()
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
