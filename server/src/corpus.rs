//! The corpus index, as the server and the CLI build it: walk the roots, reuse what the
//! cache knows (same size and modification time, same dictionaries), analyse the rest on
//! every core, and save the cache atomically. The index itself (`vigie_core::corpus`) is
//! pure; this module does the file system.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use parking_lot::RwLock;
use vigie_core::corpus::{self, FileMeta, Index};
use vigie_core::Lexicon;

use vigie_core::hash::stable_hash;

use crate::cache::{cache_root, write_atomic_with};
use crate::config::{CacheLocation, Config};
use crate::walk::{folder, WalkOptions};

/// What to index and where its cache lives.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// Workspace folders and archive paths, absolute.
    pub roots: Vec<PathBuf>,
    pub walk: WalkOptions,
    pub cache_file: PathBuf,
    /// Hash of the dictionaries the index is built with: a cache built with others is void.
    pub dictionaries_hash: u64,
}

/// Why a file is not in the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    NotUtf8,
    /// It has NUL bytes: a binary file with an article's extension.
    Binary,
    /// Its name is not UTF-8: it could not be named in a URI or a report faithfully.
    NameNotUtf8,
    Unreadable(String),
    TooLarge(u64),
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Skip::NotUtf8 => f.write_str("not UTF-8 text"),
            Skip::Binary => f.write_str("binary file (NUL bytes)"),
            Skip::NameNotUtf8 => f.write_str("file name is not UTF-8"),
            Skip::Unreadable(e) => write!(f, "unreadable: {e}"),
            Skip::TooLarge(n) => write!(f, "too large ({} MB)", (n + 500_000) / 1_000_000),
        }
    }
}

/// What an indexing run did.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub files: usize,
    /// Analysed in this run.
    pub analysed: usize,
    /// Taken from the cache.
    pub reused: usize,
    pub skipped: Vec<(PathBuf, Skip)>,
    /// Dropped because they left the disk (or the corpus).
    pub removed: usize,
    pub problems: Vec<crate::walk::WalkProblem>,
    pub cache: Option<String>,
    /// The cache could not be written (read-only folder, full disk): the index lives in
    /// memory only, and the next start indexes again.
    pub cache_write_error: Option<String>,
}

/// Below this many files, results are upserted one by one; above, merged in one go
/// ([`Index::extend`]).
const SMALL_BATCH: usize = 256;

/// How many files an analysing thread takes at a time (see `refresh`).
const CHUNK: usize = 16;

/// Files larger than this are not indexed (a 50 MB log is not an article).
pub const MAX_FILE_BYTES: u64 = 20_000_000;

/// The index cache could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the index cache {}: {error}", path.display())]
pub struct CacheWriteError {
    pub path: PathBuf,
    pub error: std::io::Error,
}

/// Why the index cache was not used.
#[derive(Debug, thiserror::Error)]
pub enum CacheLoadError {
    #[error("no cache ({0})")]
    Unreadable(std::io::Error),
    #[error("cache discarded: {0}")]
    Discarded(#[from] vigie_core::corpus::CacheError),
}

impl Corpus {
    /// The corpus of a workspace: its folders plus the configuration's archive paths.
    pub fn new(workspace_roots: &[PathBuf], config: &Config, dictionaries_hash: u64) -> Corpus {
        let mut roots: Vec<PathBuf> = workspace_roots.iter().chain(&config.corpus_paths).cloned().collect();
        roots
            .iter_mut()
            .for_each(|r| *r = r.canonicalize().unwrap_or_else(|_| r.clone()));
        roots.sort();
        roots.dedup();
        let cache_file = match (config.cache, workspace_roots.first()) {
            (CacheLocation::Workspace, Some(root)) => root.join(".vigie").join("index.bin"),
            _ => {
                let key: Vec<&[u8]> = roots.iter().map(|r| r.as_os_str().as_encoded_bytes()).collect();
                cache_root()
                    .join("index")
                    .join(format!("{:016x}.bin", stable_hash(&key)))
            }
        };
        Corpus {
            roots,
            walk: WalkOptions::from_config(config),
            cache_file,
            dictionaries_hash,
        }
    }

    /// Whether `path` belongs to the corpus: under a root, with an article extension.
    pub fn contains(&self, path: &Path) -> bool {
        self.walk.is_article(path) && self.roots.iter().any(|r| path.starts_with(r))
    }

    /// Every article of every root with its size and modification time (taken during the
    /// walk; `None` when the file could not be stat'ed), sorted, without duplicates.
    pub fn files_with_meta(&self, problems: &mut Vec<crate::walk::WalkProblem>) -> Vec<(PathBuf, Option<FileMeta>)> {
        let mut files = Vec::new();
        for root in &self.roots {
            let walk = folder(root, &self.walk);
            files.extend(walk.files);
            problems.extend(walk.problems);
        }
        if self.roots.len() > 1 {
            files.sort_by(|a, b| crate::walk::path_order(&a.0, &b.0));
            files.dedup_by(|a, b| a.0 == b.0);
        }
        files
    }

    /// The cached index, if there is a valid one (else the reason, for the log).
    ///
    /// The file is mapped, not read into memory, and the pages the decoder is done with are
    /// given back as it goes (`decode_releasing`): the cache (459 MB at a million articles)
    /// never adds its size to the process's peak memory, and is not copied. The map lives
    /// only while decoding; the index owns its data.
    pub fn load_cache(&self) -> Result<Index, CacheLoadError> {
        let file = std::fs::File::open(&self.cache_file).map_err(CacheLoadError::Unreadable)?;
        if file.metadata().map_err(CacheLoadError::Unreadable)?.len() == 0 {
            // An empty file cannot be mapped; it is a cache cut short.
            return Ok(corpus::decode(&[], self.dictionaries_hash)?);
        }
        // SAFETY: vigie never writes a cache file in place (`write_atomic_with` renames a new
        // file over it), so the mapped bytes do not change while they are read; another
        // program truncating the file during the decode (a tenth of a second) is the one
        // case a map cannot survive.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(CacheLoadError::Unreadable)?;
        let _ = map.advise(memmap2::Advice::Sequential);
        let mut release = |range: std::ops::Range<usize>| {
            // SAFETY: a shared read-only map of a file: pages given back are read again
            // from the file, with the same bytes, if they are touched again.
            let _ = unsafe { map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, range.start, range.len()) };
        };
        Ok(corpus::decode_releasing(&map, self.dictionaries_hash, &mut release)?)
    }

    /// Writes the cache atomically.
    pub fn save_cache(&self, index: &Index) -> Result<(), CacheWriteError> {
        write_atomic_with(&self.cache_file, |out| {
            corpus::encode_into(index, self.dictionaries_hash, out)
        })
        .map_err(|error| CacheWriteError {
            path: self.cache_file.clone(),
            error,
        })
    }
}

/// Size and modification time of a file.
pub fn file_meta(path: &Path) -> std::io::Result<FileMeta> {
    let m = std::fs::metadata(path)?;
    let mtime_ns = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128);
    Ok(FileMeta {
        size: m.len(),
        mtime_ns,
    })
}

/// Reads and analyses one file. The metadata is taken before reading: a file that changes
/// while read has a newer mtime than the one recorded, so the next run reads it again.
pub fn index_file(lexicon: &Lexicon, path: &Path) -> Result<(FileMeta, corpus::FileMentions), Skip> {
    if path.to_str().is_none() {
        return Err(Skip::NameNotUtf8);
    }
    let m = std::fs::metadata(path).map_err(|e| Skip::Unreadable(e.to_string()))?;
    if !m.is_file() {
        // A FIFO or a device named like an article: reading it could block or never end.
        return Err(Skip::Unreadable("not a regular file".into()));
    }
    let meta = crate::walk::meta_of(&m);
    if meta.size > MAX_FILE_BYTES {
        return Err(Skip::TooLarge(meta.size));
    }
    let bytes = std::fs::read(path).map_err(|e| Skip::Unreadable(e.to_string()))?;
    if memchr::memchr(0, &bytes).is_some() {
        return Err(Skip::Binary);
    }
    let text = crate::walk::utf8(bytes).map_err(|_| Skip::NotUtf8)?;
    Ok((meta, corpus::analyze_file(lexicon, &text)))
}

/// The key of a file in the index.
pub fn key(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Brings `index` up to date with the disk: starts from the cache when it is empty, drops
/// files that are gone, analyses new and changed files on every core (the index is written
/// in small batches, so readers are never blocked long and see the files done so far), then
/// saves the cache. `progress(done, total)` is called as files are done; `cancel` stops the
/// run early (a newer run replaces it).
pub fn refresh(
    corpus: &Corpus,
    lexicon: &Lexicon,
    index: &RwLock<Index>,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Stats {
    let mut stats = Stats::default();
    // Load the cache (when starting empty) on one core while the other walks the corpus.
    // The cached index goes in as soon as it is decoded: readers (the server's requests)
    // answer from it while the walk still checks the files' stamps; what changed is then
    // done again below.
    let (cached, walked) = std::thread::scope(|scope| {
        let cache_job = scope.spawn(|| {
            if !index.read().is_empty() {
                return None;
            }
            Some(corpus.load_cache().map(|cached| {
                let mut idx = index.write();
                // Another writer may have filled it meanwhile: what it wrote is newer.
                if idx.is_empty() {
                    *idx = cached;
                }
            }))
        });
        let walked = corpus.files_with_meta(&mut stats.problems);
        (cache_job.join().expect("loading the cache does not panic"), walked)
    });
    match cached {
        Some(Ok(())) => stats.cache = Some(format!("cache loaded from {}", corpus.cache_file.display())),
        Some(Err(why)) => stats.cache = Some(why.to_string()),
        None => {}
    }
    stats.files = walked.len();
    let keys: Vec<String> = walked.iter().map(|(p, _)| key(p)).collect();
    // One pass over the index and the walk, both in the index's order (the bytes of the
    // keys; the walk comes in `Path` order, the same but for names with bytes below `/`,
    // so this sort is a check of a sorted list): what left the disk (deleted, renamed, now
    // excluded) goes out of the index; what is new or changed since it was indexed is done
    // again. A hash set of the walk and a search of the index for each file took three
    // times as long.
    let mut by_key: Vec<usize> = (0..walked.len()).collect();
    by_key.sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut todo_at: Vec<usize> = Vec::new();
    let gone: Vec<String> = {
        let idx = index.read();
        let mut gone = Vec::new();
        let mut old = idx.files().peekable();
        for &i in &by_key {
            while let Some(f) = old.next_if(|f| f.path < keys[i].as_str()) {
                gone.push(f.path.to_string());
            }
            match old.next_if(|f| f.path == keys[i]) {
                Some(f) if walked[i].1 == Some(f.meta) => {}
                _ => todo_at.push(i),
            }
        }
        gone.extend(old.map(|f| f.path.to_string()));
        gone
    };
    stats.removed = gone.len();
    if !gone.is_empty() {
        let mut idx = index.write();
        for p in gone {
            idx.remove(&p);
        }
    }
    todo_at.sort_unstable();
    // The keys are made again as results come (a million of them held through the
    // analysis were a tenth of a cold run's peak), and the files to do are named by
    // reference to the walk, not copied.
    drop((keys, by_key));
    let todo: Vec<&Path> = todo_at.into_iter().map(|i| walked[i].0.as_path()).collect();
    let files = &walked;
    stats.reused = files.len() - todo.len();
    let total = files.len();
    let done = AtomicUsize::new(stats.reused);
    progress(stats.reused, total);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(todo.len().max(1));
    let next = AtomicUsize::new(0);
    // Each file's mentions travel and wait as `FileRuns`, coded on the analysing threads: a
    // fifth of the memory of `FileMentions` (at a million articles, the files waiting to
    // join the index were most of a cold run's peak).
    // Threads take CHUNK files at a time and send their results together: one message (and
    // one wake-up of this thread) per chunk, not per file.
    type Analysed<'p> = (&'p Path, Result<(FileMeta, corpus::FileRuns), Skip>);
    let (tx, rx) = mpsc::sync_channel::<Vec<Analysed>>(16);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (todo, next) = (&todo, &next);
            scope.spawn(move || loop {
                let first = next.fetch_add(CHUNK, Ordering::Relaxed);
                let Some(chunk) = todo.get(first..(first + CHUNK).min(todo.len())) else {
                    break;
                };
                let mut results = Vec::with_capacity(chunk.len());
                for &path in chunk {
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    let result = index_file(lexicon, path).map(|(meta, fm)| (meta, corpus::FileRuns::new(&fm)));
                    results.push((path, result));
                }
                if tx.send(results).is_err() || cancel.load(Ordering::Relaxed) {
                    break;
                }
            });
        }
        drop(tx);
        // Results join the index in batches that double with it: a batch of more than a few
        // files is indexed in one go and merged list by list (`Index::extend`, far faster than
        // upserting each), so the whole run copies about twice the index; readers see each
        // batch as it lands.
        let mut pending: Vec<(String, FileMeta, corpus::FileRuns)> = Vec::new();
        let mut skipped: Vec<String> = Vec::new();
        let flush = |pending: &mut Vec<(String, FileMeta, corpus::FileRuns)>, skipped: &mut Vec<String>| {
            let mut idx = index.write();
            for path in skipped.drain(..) {
                idx.remove(&path);
            }
            if pending.len() < SMALL_BATCH {
                for (path, meta, mentions) in pending.drain(..) {
                    idx.upsert(&path, meta, mentions);
                }
            } else {
                idx.extend(std::mem::take(pending));
            }
        };
        for (path, result) in rx.into_iter().flatten() {
            match result {
                Ok((meta, mentions)) => {
                    pending.push((key(path), meta, mentions));
                    stats.analysed += 1;
                }
                Err(skip) => {
                    skipped.push(key(path));
                    stats.skipped.push((path.to_path_buf(), skip));
                }
            }
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if n % 64 == 0 {
                progress(n, total);
            }
            if pending.len() >= SMALL_BATCH.max(index.read().len()) {
                flush(&mut pending, &mut skipped);
            }
        }
        flush(&mut pending, &mut skipped);
    });
    progress(total, total);
    let changed = stats.analysed > 0 || stats.removed > 0 || !corpus.cache_file.exists();
    if !cancel.load(Ordering::Relaxed) && changed {
        if let Err(e) = corpus.save_cache(&index.read()) {
            stats.cache_write_error = Some(e.to_string());
        }
    }
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::new(vigie_core::Dictionary::embedded().unwrap().0)
    }

    fn setup() -> (tempfile::TempDir, tempfile::TempDir, Corpus) {
        let corpus_dir = tempfile::tempdir().unwrap();
        let cache_dir = tempfile::tempdir().unwrap();
        let root = corpus_dir.path().canonicalize().unwrap();
        let corpus = Corpus {
            roots: vec![root],
            walk: WalkOptions::default(),
            cache_file: cache_dir.path().join("index.bin"),
            dictionaries_hash: 7,
        };
        (corpus_dir, cache_dir, corpus)
    }

    fn run(corpus: &Corpus, lexicon: &Lexicon, index: &RwLock<Index>) -> Stats {
        refresh(corpus, lexicon, index, &|_, _| {}, &AtomicBool::new(false))
    }

    #[test]
    fn bad_files_are_skipped_and_counted_never_fatal() {
        let (dir, _cache, corpus) = setup();
        let root = dir.path();
        std::fs::write(root.join("ok.md"), "# Kiev\n\nÀ Kiev, le calme.\n").unwrap();
        std::fs::write(root.join("latin1.txt"), b"Kiev \xe9t\xe9\n").unwrap();
        // 50 MB of text: not an article.
        let big = "Kiev ".repeat(10_000_000);
        std::fs::write(root.join("big.md"), big).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(root, root.join("loop")).unwrap();
        let lexicon = lexicon();
        let index = RwLock::new(Index::new());
        let stats = run(&corpus, &lexicon, &index);
        assert_eq!(stats.files, 3, "{stats:?}");
        assert_eq!(stats.analysed, 1);
        let mut why: Vec<String> = stats
            .skipped
            .iter()
            .map(|(p, s)| format!("{}: {s}", p.file_name().unwrap().to_string_lossy()))
            .collect();
        why.sort();
        assert_eq!(why, ["big.md: too large (50 MB)", "latin1.txt: not UTF-8 text"]);
        let kiev = lexicon.dict.index_of("kiev").unwrap();
        assert_eq!(index.read().count(kiev), (1, 2));
    }

    /// Two servers on one workspace (two editor windows) write the same cache file over and
    /// over while a third process starts: every start reads a whole cache, one or the other.
    #[test]
    fn concurrent_writers_never_leave_a_corrupt_cache() {
        let (dir, _cache, corpus) = setup();
        let lexicon = lexicon();
        std::fs::write(dir.path().join("a.md"), "Kiev et Poutine.\n").unwrap();
        let one = RwLock::new(Index::new());
        run(&corpus, &lexicon, &one);
        std::fs::write(dir.path().join("b.md"), "Pokrovsk, Kharkiv et Kiev.\n".repeat(400)).unwrap();
        let two = RwLock::new(Index::new());
        run(&corpus, &lexicon, &two);
        let (one, two) = (one.into_inner(), two.into_inner());
        let bytes = |i: &Index| corpus::encode(i, corpus.dictionaries_hash);
        let (b1, b2) = (bytes(&one), bytes(&two));
        assert_ne!(b1, b2);
        let stop = AtomicBool::new(false);
        let reads = std::thread::scope(|scope| {
            for index in [&one, &two] {
                let (corpus, stop) = (&corpus, &stop);
                scope.spawn(move || {
                    for _ in 0..40 {
                        corpus.save_cache(index).unwrap();
                    }
                    stop.store(true, Ordering::SeqCst);
                });
            }
            let mut reads = 0;
            while !stop.load(Ordering::SeqCst) || reads < 20 {
                let loaded = corpus.load_cache().expect("a whole cache, never a torn one");
                let again = bytes(&loaded);
                assert!(again == b1 || again == b2, "the cache is one of the two writes");
                reads += 1;
            }
            reads
        });
        assert!(reads >= 20);
    }

    #[test]
    fn a_corrupt_cache_is_rebuilt_and_a_valid_one_reused() {
        let (dir, _cache, corpus) = setup();
        std::fs::write(dir.path().join("a.md"), "Pokrovsk et Kiev.\n").unwrap();
        let lexicon = lexicon();
        let first = run(&corpus, &lexicon, &RwLock::new(Index::new()));
        assert_eq!((first.analysed, first.reused), (1, 0));
        let second = run(&corpus, &lexicon, &RwLock::new(Index::new()));
        assert_eq!((second.analysed, second.reused), (0, 1));
        let bytes = std::fs::read(&corpus.cache_file).unwrap();
        std::fs::write(&corpus.cache_file, &bytes[..bytes.len() / 2]).unwrap();
        let third = run(&corpus, &lexicon, &RwLock::new(Index::new()));
        assert_eq!((third.analysed, third.reused), (1, 0), "{:?}", third.cache);
        assert!(
            third.cache.as_deref().unwrap_or("").contains("discarded"),
            "{:?}",
            third.cache
        );
        // Other dictionaries: the cache is void.
        let other = Corpus {
            dictionaries_hash: 8,
            ..corpus.clone()
        };
        let fourth = run(&other, &lexicon, &RwLock::new(Index::new()));
        assert_eq!(fourth.analysed, 1);
    }

    #[test]
    fn two_processes_writing_one_cache_never_corrupt_it() {
        let (dir, _cache, corpus) = setup();
        for i in 0..200 {
            std::fs::write(
                dir.path().join(format!("{i}.md")),
                format!("Article {i} : Kiev, Moscou, Pokrovsk.\n"),
            )
            .unwrap();
        }
        let lexicon = lexicon();
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..5 {
                        let index = RwLock::new(Index::new());
                        refresh(&corpus, &lexicon, &index, &|_, _| {}, &AtomicBool::new(false));
                        corpus.save_cache(&index.read()).unwrap();
                    }
                });
            }
        });
        let loaded = corpus.load_cache().expect("the cache is whole");
        assert_eq!(loaded.len(), 200);
    }

    #[test]
    fn a_file_changed_after_indexing_is_read_again() {
        let (dir, _cache, corpus) = setup();
        let file = dir.path().join("a.md");
        std::fs::write(&file, "Kiev.\n").unwrap();
        let lexicon = lexicon();
        let index = RwLock::new(Index::new());
        run(&corpus, &lexicon, &index);
        std::fs::write(&file, "Kiev, Kiev et encore Kiev, cette fois plus long.\n").unwrap();
        let stats = run(&corpus, &lexicon, &index);
        assert_eq!(stats.analysed, 1);
        assert_eq!(index.read().count(lexicon.dict.index_of("kiev").unwrap()), (1, 3));
    }
}
