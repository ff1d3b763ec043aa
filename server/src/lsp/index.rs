//! The corpus index in the server: built in the background after initialize (and again when
//! the dictionaries or the corpus settings change), reported with work-done progress, kept
//! fresh from file events. Requests never wait for it: they answer from what is indexed so
//! far, and open documents always win over their disk content.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tower_lsp_server::ls_types::{FileChangeType, FileEvent, ProgressToken};
use tower_lsp_server::Client;
use vigie_core::corpus::Index;

use super::convert::file_path;
use super::lsp_ext::{IndexState, IndexStatus, IndexStatusNotification, ReindexResult};
use super::session::Session;
use crate::corpus::{index_file, key, refresh, CacheWriteError, Corpus};

/// How a run tells the editor: `$/progress`, `vigie/indexStatus`, both or neither.
#[derive(Clone)]
pub struct Reporter {
    pub client: Client,
    /// The client shows `$/progress` (window.workDoneProgress).
    pub progress: bool,
    /// The client asked for `vigie/indexStatus` notifications.
    pub notify: bool,
}

impl Reporter {
    /// Records the status and, when asked for, pushes it to the client.
    pub async fn status(&self, state: &Session, status: IndexStatus) {
        *state.corpus.status.lock() = status.clone();
        if self.notify {
            self.client.send_notification::<IndexStatusNotification>(status).await;
        }
    }
}

/// Least time between two `vigie/indexStatus` notifications of one run's progress.
/// The progress message of a run stopped because a newer one started.
pub const SUPERSEDED: &str = "index run superseded by a newer one";

const STATUS_EVERY: std::time::Duration = std::time::Duration::from_millis(100);

/// (Re)builds the index, with `$/progress` when the client supports it and
/// `vigie/indexStatus` when it asked for it. `from_scratch` drops the cache and what is in
/// memory: every file is analysed again. Returns when the run ends (or is superseded).
pub async fn reindex(state: Arc<Session>, reporter: Reporter, from_scratch: bool) -> ReindexResult {
    let workspace = state.workspace();
    let roots = state.roots.read().clone();
    let corpus = Corpus::new(&roots, &workspace.config, workspace.dictionaries_hash);
    let run = state.corpus.generation.fetch_add(1, Ordering::SeqCst) + 1;
    let cancel = Arc::new(AtomicBool::new(false));
    if let Some(old) = state.corpus.cancel.lock().replace(cancel.clone()) {
        old.store(true, Ordering::Relaxed);
    }
    // A new dictionary set voids the index: start over (from the cache if it matches).
    let same_corpus = state.corpus.corpus.lock().as_ref().is_some_and(|c| {
        c.roots == corpus.roots && c.dictionaries_hash == corpus.dictionaries_hash && c.walk == corpus.walk
    });
    if !same_corpus || from_scratch {
        *state.corpus.index.write() = Index::new();
    }
    if from_scratch {
        match std::fs::remove_file(&corpus.cache_file) {
            Ok(()) => tracing::info!("reindex from scratch: {} removed", corpus.cache_file.display()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => tracing::warn!("cannot remove the index cache {}: {e}", corpus.cache_file.display()),
        }
    }
    *state.corpus.corpus.lock() = Some(corpus.clone());
    let articles = state.corpus.index.read().len();
    let indexing = |done, total| IndexStatus {
        state: IndexState::Indexing,
        done,
        total,
        articles,
        message: None,
    };
    reporter.status(&state, indexing(0, 0)).await;

    let token = ProgressToken::String(format!("vigie-index-{run}"));
    let client = &reporter.client;
    let ongoing = if reporter.progress && client.create_work_done_progress(token.clone()).await.is_ok() {
        let title = "vigie: index du corpus";
        Some(client.progress(token, title).with_percentage(0).begin().await)
    } else {
        None
    };
    let (tx, mut rx) = tokio::sync::watch::channel((0usize, 0usize));
    let job = {
        let state = state.clone();
        let lexicon = workspace.lexicon.clone();
        let cancel = cancel.clone();
        tokio::task::spawn_blocking(move || {
            let report = |done, total| {
                let _ = tx.send((done, total));
            };
            refresh(&corpus, &lexicon, &state.corpus.index, &report, &cancel)
        })
    };
    tokio::pin!(job);
    let mut last_status = std::time::Instant::now();
    let stats = loop {
        tokio::select! {
            result = &mut job => break result,
            changed = rx.changed() => {
                if changed.is_ok() {
                    let (done, total) = *rx.borrow_and_update();
                    if let Some(p) = &ongoing {
                        let pct = (done * 100).checked_div(total).unwrap_or(100) as u32;
                        p.report_with_message(format!("{done}/{total}"), pct).await;
                    }
                    if last_status.elapsed() >= STATUS_EVERY {
                        last_status = std::time::Instant::now();
                        reporter.status(&state, indexing(done, total)).await;
                    }
                }
            }
        }
    };
    let superseded = cancel.load(Ordering::Relaxed);
    let articles = state.corpus.index.read().len();
    let (result, failed) = match stats {
        Ok(stats) => {
            for (path, why) in &stats.skipped {
                tracing::info!("not indexed: {}: {why}", path.display());
            }
            for p in &stats.problems {
                tracing::warn!("{p}");
            }
            if let Some(c) = &stats.cache {
                tracing::info!("{c}");
            }
            if let Some(e) = &stats.cache_write_error {
                tell_cache_unwritable(&state, &reporter.client, e).await;
            }
            // A superseded run stopped part-way: its counts say nothing of the corpus.
            let message = if superseded {
                SUPERSEDED.to_string()
            } else {
                format!(
                    "{} articles indexed ({} analysed, {} from the cache, {} skipped)",
                    stats.files - stats.skipped.len(),
                    stats.analysed,
                    stats.reused,
                    stats.skipped.len()
                )
            };
            tracing::info!("{message}");
            let result = ReindexResult {
                articles,
                analysed: stats.analysed,
                reused: stats.reused,
                skipped: stats.skipped.len(),
                superseded,
                message,
            };
            (result, false)
        }
        Err(e) => {
            tracing::error!("indexing failed: {e}");
            let result = ReindexResult {
                articles,
                superseded,
                message: format!("indexing failed: {e}"),
                ..ReindexResult::default()
            };
            (result, true)
        }
    };
    // The status first: a client told by `$/progress` that the run ended finds it ready.
    // A superseded run leaves the status to the newer one.
    if !superseded {
        let status = IndexStatus {
            state: if failed { IndexState::Failed } else { IndexState::Ready },
            done: result.articles,
            total: result.articles,
            articles,
            message: Some(result.message.clone()),
        };
        reporter.status(&state, status).await;
    }
    if let Some(p) = ongoing {
        p.finish_with_message(result.message.clone()).await;
    }
    result
}

/// `workspace/didChangeWatchedFiles` for the index: the articles that changed are
/// analysed again off the runtime, the cache written a little later, and the status bar
/// told how many articles the index holds. Returns the message of a panic, if any.
pub async fn on_file_events(state: Arc<Session>, reporter: Reporter, events: Vec<FileEvent>) -> Option<String> {
    let task = {
        let state = state.clone();
        tokio::task::spawn_blocking(move || {
            let mut changed = false;
            let panicked = super::guard::notification("workspace/didChangeWatchedFiles", || {
                changed = apply_file_events(&state, &events)
            });
            (changed, panicked)
        })
    };
    match task.await {
        Ok((_, Some(msg))) => Some(msg),
        Ok((true, None)) => {
            tokio::spawn(save_cache_later(state.clone(), reporter.client.clone()));
            // The index gained or lost articles: tell the status bar (unless a run is going
            // on, which will).
            let mut status = state.corpus.status.lock().clone();
            if status.state != IndexState::Indexing {
                status.articles = state.corpus.index.read().len();
                status.done = status.articles;
                status.total = status.articles;
                reporter.status(&state, status).await;
            }
            None
        }
        Ok((false, None)) => None,
        Err(e) => Some(format!("vigie: internal error in workspace/didChangeWatchedFiles: {e}")),
    }
}

/// Takes file events into the index: changed and created articles are analysed again,
/// deleted ones leave it. Blocking (reads files).
pub fn apply_file_events(state: &Session, events: &[FileEvent]) -> bool {
    let corpus = state.corpus.corpus.lock().clone();
    let Some(corpus) = corpus else { return false };
    let lexicon = state.workspace().lexicon.clone();
    let mut changed = false;
    for event in events {
        let Some(path): Option<PathBuf> = file_path(&event.uri) else {
            continue;
        };
        if !corpus.contains(&path) {
            continue;
        }
        changed = true;
        if event.typ == FileChangeType::DELETED {
            state.corpus.index.write().remove(&key(&path));
            continue;
        }
        match index_file(&lexicon, &path) {
            Ok((meta, mentions)) => {
                state.corpus.index.write().upsert(&key(&path), meta, mentions);
            }
            Err(why) => {
                tracing::info!("not indexed: {}: {why}", path.display());
                state.corpus.index.write().remove(&key(&path));
            }
        }
    }
    if changed {
        state.corpus.cache_dirty.store(true, Ordering::SeqCst);
    }
    changed
}

/// How long the cache write waits after a batch of file events: a burst of saves (a `git
/// pull`, a sync tool) writes the cache once, not once per batch.
pub const CACHE_SAVE_DELAY: std::time::Duration = std::time::Duration::from_secs(2);

/// Writes the cache [`CACHE_SAVE_DELAY`] after the last batch of file events. Until then,
/// a restart finds those files changed (size, mtime) and analyses them again: nothing is lost.
pub async fn save_cache_later(state: Arc<Session>, client: Client) {
    let ticket = state.corpus.save_ticket.fetch_add(1, Ordering::SeqCst) + 1;
    tokio::time::sleep(CACHE_SAVE_DELAY).await;
    if state.corpus.save_ticket.load(Ordering::SeqCst) != ticket {
        return;
    }
    let task = {
        let state = state.clone();
        tokio::task::spawn_blocking(move || save_cache_if_dirty(&state))
    };
    if let Ok(Err(e)) = task.await {
        tell_cache_unwritable(&state, &client, &e.to_string()).await;
    }
}

/// Tells the editor, once a session, that the index lives in memory only.
async fn tell_cache_unwritable(state: &Session, client: &Client, error: &str) {
    tracing::warn!("{error}");
    if !state.corpus.cache_unwritable_told.swap(true, Ordering::SeqCst) {
        let msg = format!(
            "vigie: the index cache cannot be written ({error}). The index works from memory; the next start indexes the corpus again."
        );
        client
            .show_message(tower_lsp_server::ls_types::MessageType::WARNING, msg)
            .await;
    }
}

/// Writes the cache if file events changed the index since the last write (blocking). A run
/// going on writes it when it ends, with those changes.
pub fn save_cache_if_dirty(state: &Session) -> Result<(), CacheWriteError> {
    if state.corpus.status.lock().state == IndexState::Indexing {
        return Ok(());
    }
    if !state.corpus.cache_dirty.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    let corpus = state.corpus.corpus.lock().clone();
    let Some(corpus) = corpus else { return Ok(()) };
    corpus.save_cache(&state.corpus.index.read())
}
