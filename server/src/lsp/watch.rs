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

/// Keeps `current` watching the corpus folders of the session: a new watcher when they
/// changed (none when there are none), whose batches of events go to `on_events` one after
/// the other on the runtime.
pub fn follow<F, Fut>(state: &Session, current: &parking_lot::Mutex<Option<FolderWatcher>>, on_events: F)
where
    F: Fn(Vec<FileEvent>) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let folders = corpus_folders(state);
    let mut current = current.lock();
    if current.as_ref().is_some_and(|w| w.folders == folders) {
        return;
    }
    *current = None;
    if folders.is_empty() {
        return;
    }
    let (tx, mut rx) = mpsc::unbounded_channel();
    match watch(folders.clone(), tx) {
        Ok(w) => {
            tracing::info!(folders = ?folders, "watching the corpus folders (the client has no file watchers)");
            *current = Some(w);
            tokio::spawn(async move {
                while let Some(events) = rx.recv().await {
                    on_events(events).await;
                }
            });
        }
        Err(e) => tracing::warn!("cannot watch the corpus folders ({e}): articles are counted on vigie/reindex"),
    }
}
