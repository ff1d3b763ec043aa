//! The corpus index as the session holds it, and what is being done to it (the runs and
//! the cache writes of `index.rs`).

use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::Arc;

use parking_lot::{Mutex, RwLock};
use vigie_core::corpus::Index;

use crate::corpus::Corpus;
use crate::lsp::lsp_ext::IndexStatus;

/// The index and what is being done to it.
#[derive(Debug, Default)]
pub struct CorpusState {
    pub index: RwLock<Index>,
    /// The corpus of the current run (roots, cache file).
    pub corpus: Mutex<Option<Corpus>>,
    /// Bumped by each new run; an older run sees it and stops.
    pub generation: AtomicU64,
    /// The cancel flag of the current run.
    pub cancel: Mutex<Option<Arc<AtomicBool>>>,
    /// What editors are told by `vigie/indexStatus` and `vigie/status`.
    pub status: Mutex<IndexStatus>,
    /// File events changed the index since the cache was last written.
    pub cache_dirty: AtomicBool,
    /// Bumped by each batch of file events: a delayed cache write that sees a newer one
    /// leaves the write to it.
    pub save_ticket: AtomicU64,
    /// The editor was told that the cache cannot be written (once a session).
    pub cache_unwritable_told: AtomicBool,
}
