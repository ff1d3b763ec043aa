//! The corpus index in the server: built in the background after initialize (and again when
//! the dictionaries or the corpus settings change), reported with work-done progress, kept
//! fresh from file events. Requests never wait for it: they answer from what is indexed so
//! far, and open documents always win over their disk content.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::{Mutex, RwLock};
use tower_lsp_server::ls_types::{FileChangeType, FileEvent, ProgressToken};
use tower_lsp_server::Client;
use vigie_core::corpus::Index;

use super::reload::file_path;
use super::state::State;
use crate::corpus::{index_file, key, refresh, Corpus};

/// The index and what is being done to it.
#[derive(Debug, Default)]
pub struct CorpusState {
    pub index: RwLock<Index>,
    /// The corpus of the current run (roots, cache file).
    pub corpus: Mutex<Option<Corpus>>,
    /// Bumped by each new run; an older run sees it and stops.
    generation: AtomicU64,
    cancel: Mutex<Option<Arc<AtomicBool>>>,
}

/// (Re)builds the index in the background, with `$/progress` when the client supports it.
pub async fn reindex(state: Arc<State>, client: Client, progress_supported: bool) {
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
    if !same_corpus {
        *state.corpus.index.write() = Index::new();
    }
    *state.corpus.corpus.lock() = Some(corpus.clone());

    let token = ProgressToken::String(format!("vigie-index-{run}"));
    let ongoing = if progress_supported && client.create_work_done_progress(token.clone()).await.is_ok() {
        let title = "vigie: index du corpus";
        Some(client.progress(token, title).with_percentage(0).begin().await)
    } else {
        None
    };
    let (tx, mut rx) = tokio::sync::watch::channel((0usize, 0usize));
    let job = {
        let state = state.clone();
        let lexicon = workspace.lexicon.clone();
        tokio::task::spawn_blocking(move || {
            let report = |done, total| {
                let _ = tx.send((done, total));
            };
            refresh(&corpus, &lexicon, &state.corpus.index, &report, &cancel)
        })
    };
    tokio::pin!(job);
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
                }
            }
        }
    };
    let message = match stats {
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
            let m = format!(
                "{} articles indexed ({} analysed, {} from the cache, {} skipped)",
                stats.files - stats.skipped.len(),
                stats.analysed,
                stats.reused,
                stats.skipped.len()
            );
            tracing::info!("{m}");
            m
        }
        Err(e) => {
            tracing::error!("indexing failed: {e}");
            format!("indexing failed: {e}")
        }
    };
    if let Some(p) = ongoing {
        p.finish_with_message(message).await;
    }
}

/// Takes file events into the index: changed and created articles are analysed again,
/// deleted ones leave it. Blocking (reads files).
pub fn apply_file_events(state: &State, events: &[FileEvent]) -> bool {
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
        if let Err(e) = corpus.save_cache(&state.corpus.index.read()) {
            tracing::warn!("cannot write the index cache: {e}");
        }
    }
    changed
}
