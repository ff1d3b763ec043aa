//! Watching the corpus folders from the server, for clients that do not offer file
//! watchers by dynamic registration (Neovim on Linux): the `notify` crate's native watcher
//! (inotify, FSEvents, ReadDirectoryChangesW), debounced, its events turned into the
//! `FileEvent`s of `workspace/didChangeWatchedFiles` and handed to the same path.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};
use tokio::sync::mpsc;
use tower_lsp_server::ls_types::{FileChangeType, FileEvent, Uri};

use super::session::Session;
use crate::corpus::Corpus;

/// How long the watcher waits after the last change before it hands a batch on: an editor's
/// save (write to a temporary file, rename) or a `git pull` is one batch.
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// A running watcher: dropping it stops watching.
pub struct FolderWatcher {
    _watcher: notify::RecommendedWatcher,
    pub folders: Vec<PathBuf>,
}

/// The folders of the corpus: the workspace roots and the configuration's archive paths.
pub fn corpus_folders(state: &Session) -> Vec<PathBuf> {
    let roots = state.roots.read().clone();
    let workspace = state.workspace();
    Corpus::new(&roots, &workspace.config, workspace.dictionaries_hash)
        .roots
        .into_iter()
        .filter(|r| r.is_dir())
        .collect()
}

/// Watches `folders` recursively; every batch of changed article paths (debounced by
/// [`DEBOUNCE`]) goes to `batches` as file events: changed when the file exists, deleted
/// otherwise.
pub fn watch(folders: Vec<PathBuf>, batches: mpsc::UnboundedSender<Vec<FileEvent>>) -> notify::Result<FolderWatcher> {
    let (tx, mut rx) = mpsc::unbounded_channel::<PathBuf>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| match event {
        Ok(e) if !e.kind.is_access() => {
            for p in e.paths {
                let _ = tx.send(p);
            }
        }
        Ok(_) => {}
        Err(e) => tracing::warn!("file watcher: {e}"),
    })?;
    for f in &folders {
        watcher.watch(f, RecursiveMode::Recursive)?;
    }
    tokio::spawn(async move {
        while let Some(first) = rx.recv().await {
            let mut paths = BTreeSet::from([first]);
            loop {
                match tokio::time::timeout(DEBOUNCE, rx.recv()).await {
                    Ok(Some(p)) => {
                        paths.insert(p);
                    }
                    Ok(None) => return,
                    Err(_) => break, // quiet for DEBOUNCE: the batch is complete
                }
            }
            let events: Vec<FileEvent> = paths
                .into_iter()
                .filter(|p| !p.is_dir())
                .filter_map(|p| {
                    let typ = if p.exists() {
                        FileChangeType::CHANGED
                    } else {
                        FileChangeType::DELETED
                    };
                    Uri::from_file_path(&p).map(|uri| FileEvent { uri, typ })
                })
                .collect();
            if !events.is_empty() && batches.send(events).is_err() {
                return;
            }
        }
    });
    Ok(FolderWatcher {
        _watcher: watcher,
        folders,
    })
}
