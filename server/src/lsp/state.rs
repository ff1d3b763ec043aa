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
use crate::config::Config;

/// The configuration and the dictionaries built from it, replaced whole on reload so that
/// a request sees one consistent pair.
#[derive(Debug)]
pub struct Workspace {
    pub config: Config,
    pub lexicon: Lexicon,
}

#[derive(Debug)]
pub struct State {
    pub documents: Mutex<HashMap<Uri, Document>>,
    pub workspace: RwLock<Arc<Workspace>>,
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
        State {
            documents: Mutex::new(HashMap::new()),
            workspace: RwLock::new(Arc::new(Workspace {
                config: Config::default(),
                lexicon,
            })),
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
}

impl Default for State {
    fn default() -> State {
        State::new()
    }
}
