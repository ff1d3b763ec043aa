//! The server's view of the archive: a small connection pool, a deadline on every question,
//! and a breaker. The server never waits on the network for long: a question gets
//! [`TIMEOUT`]; when one fails (down, slow, refused credentials) the archive is left alone
//! for a backoff that doubles from one second to thirty, the features answer from the local
//! index at once, and the editor is told once (until the archive answers again).

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use parking_lot::Mutex;

use super::query::{self, ArchiveArticle, ArchiveMention, EntryIds};
use super::{pg_config, DatabaseUrl, DbError};

/// The deadline of one question, connection included (`VIGIE_ARCHIVE_TIMEOUT_MS` changes
/// it: a slow link, or tests on a loaded machine).
pub const TIMEOUT: Duration = Duration::from_millis(400);
pub const TIMEOUT_ENV: &str = "VIGIE_ARCHIVE_TIMEOUT_MS";
/// At most this many archive mentions per entry in references, the newest.
pub const REFERENCES_LIMIT: i64 = 2000;
/// A connection's own deadline: longer than a question's, so that the warm-up connection
/// made when the archive is configured (authentication included) is ready for the first
/// question.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// How long the archive's roots are trusted before they are read again.
const ROOTS_TTL: Duration = Duration::from_secs(60);
const FIRST_BACKOFF: Duration = Duration::from_secs(1);
const MAX_BACKOFF: Duration = Duration::from_secs(30);

#[derive(Debug, Default)]
struct Health {
    /// No question is sent before this.
    down_until: Option<Instant>,
    backoff: Duration,
    /// The editor was told of this outage.
    warned: bool,
    /// A warning for the editor, taken by [`Archive::take_warning`].
    pending: Option<String>,
}

/// The archive database as the server asks it.
pub struct Archive {
    url: DatabaseUrl,
    pool: Pool,
    handle: tokio::runtime::Handle,
    timeout: Duration,
    health: Mutex<Health>,
    /// The archive's roots, when last read.
    roots: Mutex<Option<(Instant, Vec<String>)>>,
    /// The archive's numbers of the entries asked about.
    entry_ids: Arc<EntryIds>,
}

impl std::fmt::Debug for Archive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Archive({})", self.url.redacted())
    }
}

impl Archive {
    /// A pool for `url` (no connection is made yet). Questions run on `handle`'s runtime.
    pub fn new(url: DatabaseUrl, handle: tokio::runtime::Handle) -> Result<Archive, DbError> {
        let mut config = pg_config(&url)?;
        config.connect_timeout(CONNECT_TIMEOUT);
        let manager = Manager::from_config(
            config,
            tokio_postgres::NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(4)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(TIMEOUT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .recycle_timeout(Some(TIMEOUT))
            .build()
            .map_err(|e| DbError::Pool(e.to_string()))?;
        tracing::info!(archive = %url.redacted(), "archive configured");
        // One connection made now, off any question's deadline; back to the pool at once.
        let warm = pool.clone();
        handle.spawn(async move {
            if let Err(e) = warm.get().await {
                tracing::debug!("archive warm-up: {e}");
            }
        });
        Ok(Archive {
            url,
            pool,
            handle,
            timeout: std::env::var(TIMEOUT_ENV)
                .ok()
                .and_then(|v| v.parse().ok())
                .map_or(TIMEOUT, Duration::from_millis),
            health: Mutex::new(Health::default()),
            roots: Mutex::new(None),
            entry_ids: Arc::new(EntryIds::new()),
        })
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    /// The warning the editor has not been shown yet, if any (at most one per outage).
    pub fn take_warning(&self) -> Option<String> {
        self.health.lock().pending.take()
    }

    /// Runs a question with the deadline, unless the archive is backing off. Blocking, at
    /// most the deadline: the question runs on the runtime and this thread waits for it (call
    /// from a blocking thread; from the runtime's own thread it waits the deadline and fails).
    fn ask<T, F>(&self, what: &str, make: impl FnOnce(Pool) -> F) -> Option<T>
    where
        T: Send + 'static,
        F: Future<Output = Result<T, DbError>> + Send + 'static,
    {
        if self.health.lock().down_until.is_some_and(|t| Instant::now() < t) {
            return None;
        }
        let timeout = self.timeout;
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        let question = make(self.pool.clone());
        self.handle.spawn(async move {
            let answer = tokio::time::timeout(timeout, question)
                .await
                .unwrap_or(Err(DbError::Timeout(timeout)));
            let _ = sender.send(answer);
        });
        let result = receiver
            .recv_timeout(timeout + Duration::from_millis(50))
            .unwrap_or(Err(DbError::Timeout(timeout)));
        let mut health = self.health.lock();
        match result {
            Ok(v) => {
                if health.down_until.take().is_some() {
                    tracing::info!(archive = %self.url.redacted(), "archive answers again");
                }
                health.backoff = Duration::ZERO;
                health.warned = false;
                Some(v)
            }
            Err(e) => {
                health.backoff = (health.backoff * 2).clamp(FIRST_BACKOFF, MAX_BACKOFF);
                health.down_until = Some(Instant::now() + health.backoff);
                tracing::warn!(archive = %self.url.redacted(), "archive {what}: {e}; local answers only for {:?}", health.backoff);
                if !health.warned {
                    health.warned = true;
                    health.pending = Some(format!(
                        "vigie: the archive database ({}) does not answer ({e}); references, counts and recent articles come from your own folders until it does.",
                        self.url.redacted()
                    ));
                }
                None
            }
        }
    }

    /// The newest mentions of an entry (by dictionary id).
    pub fn mentions_of(&self, entry: &str) -> Option<Vec<ArchiveMention>> {
        let entry = entry.to_string();
        let ids = self.entry_ids.clone();
        self.ask("references", |pool| async move {
            let client = pool.get().await.map_err(|e| DbError::Pool(e.to_string()))?;
            query::mentions_of(&*client, &ids, &entry, REFERENCES_LIMIT).await
        })
    }

    /// Of the local paths `local`, those that may have an archive copy (under one of the
    /// archive's roots, read again every minute): what `except` lists need to hold.
    pub fn overlapping(&self, local: &[String]) -> Option<Vec<String>> {
        let fresh = self
            .roots
            .lock()
            .as_ref()
            .filter(|(at, _)| at.elapsed() < ROOTS_TTL)
            .map(|(_, r)| r.clone());
        let roots = match fresh {
            Some(r) => r,
            None => {
                let r = self.ask("roots", |pool| async move {
                    let client = pool.get().await.map_err(|e| DbError::Pool(e.to_string()))?;
                    query::roots(&*client).await
                })?;
                *self.roots.lock() = Some((Instant::now(), r.clone()));
                r
            }
        };
        Some(query::under_roots(local, &roots))
    }

    /// `(dict id, articles, mentions)` of entries, without the articles at `except`.
    pub fn counts(&self, entries: &[&str], except: &[String]) -> Option<Vec<(String, u64, u64)>> {
        let entries: Vec<String> = entries.iter().map(|e| e.to_string()).collect();
        let except = except.to_vec();
        self.ask("counts", |pool| async move {
            let client = pool.get().await.map_err(|e| DbError::Pool(e.to_string()))?;
            let refs: Vec<&str> = entries.iter().map(String::as_str).collect();
            query::counts(&*client, &refs, &except).await
        })
    }

    /// The `n` most recent articles of an entry, without the articles at `except`.
    pub fn recent(&self, entry: &str, n: usize, except: &[String]) -> Option<Vec<ArchiveArticle>> {
        let entry = entry.to_string();
        let ids = self.entry_ids.clone();
        let except = except.to_vec();
        self.ask("recent articles", |pool| async move {
            let client = pool.get().await.map_err(|e| DbError::Pool(e.to_string()))?;
            query::recent(&*client, &ids, &entry, n as i64, &except).await
        })
    }
}
