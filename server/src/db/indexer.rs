//! `vigie index --database URL PATH...`: brings the archive's rows for these paths up to
//! date with the disk.
//!
//! - **Incremental**: a file whose path, size, mtime and dictionaries are those recorded is
//!   not read; one whose size or mtime changed is read and hashed, and analysed again only if
//!   its content hash changed (else only its size and mtime are updated). Files gone from the
//!   paths are removed.
//! - **In batches**: analysis runs on every core while the previous batch is written; each
//!   batch is one transaction (files upserted, their old postings deleted, the new ones sent
//!   with a binary `COPY`), so no half-written article is ever visible, and a run that dies (crash,
//!   lost connection) leaves whole batches: the next run goes on from there.
//! - **One writer at a time**: a session advisory lock; a second indexer waits for the first,
//!   then finds the work done.
//! - **Dictionaries**: each file records the hash of the dictionaries it was matched with; a
//!   file matched with other dictionaries is matched again (all of them when the dictionaries
//!   changed: the report says how many).

use std::collections::HashMap;
use std::path::PathBuf;
use std::pin::pin;
use std::sync::Arc;

use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::Type;
use tokio_postgres::Client;
use vigie_core::corpus::{analyze_file, FileMentions};
use vigie_core::Lexicon;

use super::postings::{self, PgDate, MAX_PATH_BYTES, MENTIONS_PER_ROW};
use super::{migrate, DbError};
use crate::corpus::{file_meta, key, Skip, MAX_FILE_BYTES};

/// The advisory lock that one indexer holds for its whole run.
pub const INDEX_LOCK: i64 = 0x5649_4749_4500_0002;

/// What a run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Articles found under the paths.
    pub seen: usize,
    /// Not read: path, size, mtime and dictionaries as recorded.
    pub unchanged: usize,
    /// Read, same content: only size and mtime updated.
    pub touched: usize,
    pub added: usize,
    pub changed: usize,
    /// Same content, matched again because the dictionaries changed.
    pub rematched: usize,
    pub removed: usize,
    /// Mentions written, one per candidate entry (an ambiguous mention counts once for each).
    pub mentions: u64,
    /// Bytes of the articles analysed.
    pub bytes: u64,
    /// Files that could not be read or decoded, with why (left as they were).
    pub skipped: Vec<(PathBuf, String)>,
    /// Some files had been matched with other dictionaries.
    pub dictionaries_changed: bool,
}

/// What the caller is told during a run.
#[derive(Debug, Clone, Copy)]
pub enum Event {
    /// Another indexer holds the lock: waiting for it.
    Waiting,
    /// `(done, total)` files to read.
    Progress(usize, usize),
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Files per transaction.
    pub batch_files: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { batch_files: 500 }
    }
}

struct Prior {
    id: i64,
    size: i64,
    mtime: i64,
    hash: i64,
    dict: i64,
}

struct Candidate {
    path: PathBuf,
    key: String,
    size: i64,
    mtime: i64,
    prior: Option<(i64, i64, i64)>,
}

enum Work {
    Touch {
        key: String,
        size: i64,
        mtime: i64,
    },
    Write(Box<Written>),
    /// Not indexable (any more): its rows, if it had some, are removed.
    Skip(PathBuf, String, Option<i64>),
}

struct Written {
    key: String,
    size: i64,
    mtime: i64,
    hash: i64,
    existed: bool,
    rematch: bool,
    file: FileMentions,
}

/// `LIKE` patterns of the rows under `roots` (absolute keys of folders or files).
fn patterns(roots: &[PathBuf]) -> Vec<String> {
    roots
        .iter()
        .map(|r| {
            let k = key(r);
            let escaped = k.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            if r.is_dir() {
                format!("{}/%", escaped.trim_end_matches('/'))
            } else {
                escaped
            }
        })
        .collect()
}

/// Indexes `files` (the articles of `roots`, absolute) into the archive.
pub async fn run(
    client: &mut Client,
    lexicon: Arc<Lexicon>,
    dict_hash: u64,
    roots: &[PathBuf],
    files: Vec<PathBuf>,
    options: Options,
    events: &(dyn Fn(Event) + Sync),
) -> Result<Report, DbError> {
    migrate::check(client).await?;
    let locked: bool = client
        .query_one("SELECT pg_try_advisory_lock($1)", &[&INDEX_LOCK])
        .await?
        .get(0);
    if !locked {
        events(Event::Waiting);
        client.execute("SELECT pg_advisory_lock($1)", &[&INDEX_LOCK]).await?;
    }
    let result = locked_run(client, lexicon, dict_hash, roots, files, options, events).await;
    // A lost connection releases the lock with the session.
    let _ = client.execute("SELECT pg_advisory_unlock($1)", &[&INDEX_LOCK]).await;
    result
}

async fn locked_run(
    client: &mut Client,
    lexicon: Arc<Lexicon>,
    dict_hash: u64,
    roots: &[PathBuf],
    files: Vec<PathBuf>,
    options: Options,
    events: &(dyn Fn(Event) + Sync),
) -> Result<Report, DbError> {
    let dict_hash = dict_hash as i64;
    let mut report = Report {
        seen: files.len(),
        ..Report::default()
    };
    client
        .execute(
            "INSERT INTO dictionaries (hash, entries) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING",
            &[&dict_hash, &(lexicon.dict.entries.len() as i32)],
        )
        .await?;
    let entry_ids = entry_ids(client, &lexicon).await?;
    let root_keys: Vec<String> = roots.iter().map(|r| key(r)).collect();
    client
        .execute(
            "INSERT INTO roots (path) SELECT unnest($1::text[]) ON CONFLICT (path) DO UPDATE SET indexed_at = now()",
            &[&root_keys],
        )
        .await?;

    let mut priors: HashMap<String, Prior> = HashMap::new();
    for row in client
        .query(
            "SELECT id, path, size, mtime_ns, content_hash, dict_hash FROM files WHERE path LIKE ANY($1)",
            &[&patterns(roots)],
        )
        .await?
    {
        priors.insert(
            row.get(1),
            Prior {
                id: row.get(0),
                size: row.get(2),
                mtime: row.get(3),
                hash: row.get(4),
                dict: row.get(5),
            },
        );
    }
    report.dictionaries_changed = priors.values().any(|p| p.dict != dict_hash);

    let mut candidates = Vec::new();
    for path in files {
        let k = key(&path);
        let meta = match file_meta(&path) {
            Ok(m) => m,
            Err(e) => {
                report.skipped.push((path, e.to_string()));
                priors.remove(&k);
                continue;
            }
        };
        let (size, mtime) = (meta.size as i64, meta.mtime_ns as i64);
        let prior = priors.remove(&k);
        if let Some(p) = &prior {
            if p.size == size && p.mtime == mtime && p.dict == dict_hash {
                report.unchanged += 1;
                continue;
            }
        }
        candidates.push(Candidate {
            path,
            key: k,
            size,
            mtime,
            prior: prior.map(|p| (p.id, p.hash, p.dict)),
        });
    }
    // What is left was not found on disk: removed below, after the writes.
    let gone: Vec<i64> = priors.values().map(|p| p.id).collect();

    let total = candidates.len();
    events(Event::Progress(0, total));
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Vec<Work>>(2);
    let batch_files = options.batch_files.max(1);
    let analyser = std::thread::spawn(move || {
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        for chunk in candidates.chunks(batch_files) {
            let work = analyse_all(&lexicon, chunk, dict_hash, workers);
            if sender.blocking_send(work).is_err() {
                break; // the writer stopped on an error
            }
        }
    });
    let mut done = 0;
    let written = async {
        while let Some(batch) = receiver.recv().await {
            done += batch.len();
            write_batch(client, batch, &entry_ids, dict_hash, &mut report).await?;
            events(Event::Progress(done, total));
        }
        Ok::<(), DbError>(())
    }
    .await;
    drop(receiver);
    let _ = analyser.join();
    written?;

    for ids in gone.chunks(5000) {
        let tx = client.transaction().await?;
        report.removed += delete_files(&tx, ids).await?;
        tx.commit().await?;
    }
    Ok(report)
}

/// Removes files and their rows; returns how many files.
async fn delete_files(tx: &tokio_postgres::Transaction<'_>, ids: &[i64]) -> Result<usize, DbError> {
    delete_rows(tx, ids).await?;
    Ok(tx.execute("DELETE FROM files WHERE id = ANY($1)", &[&ids]).await? as usize)
}

/// Removes the postings of files and their share of the entries' totals.
async fn delete_rows(tx: &tokio_postgres::Transaction<'_>, ids: &[i64]) -> Result<(), DbError> {
    tx.execute(
        "UPDATE entry_totals t SET articles = t.articles - d.a, mentions = t.mentions - d.m
         FROM (SELECT entry_id, count(*) FILTER (WHERE part = 0) AS a, sum(mentions) AS m FROM postings
               WHERE file_id = ANY($1) GROUP BY entry_id) d
         WHERE t.entry_id = d.entry_id",
        &[&ids],
    )
    .await?;
    tx.execute("DELETE FROM postings WHERE file_id = ANY($1)", &[&ids])
        .await?;
    Ok(())
}

/// Adds the entry totals of postings just written, `entry → (articles, mentions)`,
/// counted as they were sent (reading them back cost a statement over sixteen partitions).
async fn add_totals(tx: &tokio_postgres::Transaction<'_>, totals: &HashMap<i32, (i64, i64)>) -> Result<(), DbError> {
    let entries: Vec<i32> = totals.keys().copied().collect();
    let articles: Vec<i64> = entries.iter().map(|e| totals[e].0).collect();
    let mentions: Vec<i64> = entries.iter().map(|e| totals[e].1).collect();
    tx.execute(
        "INSERT INTO entry_totals (entry_id, articles, mentions)
         SELECT * FROM unnest($1::int4[], $2::int8[], $3::int8[])
         ON CONFLICT (entry_id) DO UPDATE SET articles = entry_totals.articles + excluded.articles,
                                              mentions = entry_totals.mentions + excluded.mentions",
        &[&entries, &articles, &mentions],
    )
    .await?;
    Ok(())
}

/// The database id of each entry of the lexicon, by index (entries new to the archive are
/// added).
async fn entry_ids(client: &Client, lexicon: &Lexicon) -> Result<Vec<i32>, DbError> {
    let ids: Vec<&str> = lexicon.dict.entries.iter().map(|e| e.id.as_str()).collect();
    client
        .execute(
            "INSERT INTO entries (dict_id) SELECT unnest($1::text[]) ON CONFLICT (dict_id) DO NOTHING",
            &[&ids],
        )
        .await?;
    let by_id: HashMap<String, i32> = client
        .query("SELECT dict_id, id FROM entries WHERE dict_id = ANY($1)", &[&ids])
        .await?
        .into_iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    Ok(ids.iter().map(|i| by_id[*i]).collect())
}

/// Reads, hashes and analyses a batch on `workers` threads.
fn analyse_all(lexicon: &Lexicon, chunk: &[Candidate], dict_hash: i64, workers: usize) -> Vec<Work> {
    let per = chunk.len().div_ceil(workers.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = chunk
            .chunks(per)
            .map(|part| s.spawn(move || part.iter().map(|c| analyse(lexicon, c, dict_hash)).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

/// The text of an article, by the local index's rules (`crate::corpus::index_file`), so
/// that the archive and the local index hold the same articles: regular files of at most
/// [`MAX_FILE_BYTES`], without NUL bytes, in UTF-8.
fn read(path: &std::path::Path) -> Result<String, Skip> {
    if path.to_str().is_none() {
        return Err(Skip::NameNotUtf8);
    }
    let m = std::fs::metadata(path).map_err(|e| Skip::Unreadable(e.to_string()))?;
    if !m.is_file() {
        return Err(Skip::Unreadable("not a regular file".into()));
    }
    if m.len() > MAX_FILE_BYTES {
        return Err(Skip::TooLarge(m.len()));
    }
    let bytes = std::fs::read(path).map_err(|e| Skip::Unreadable(e.to_string()))?;
    if memchr::memchr(0, &bytes).is_some() {
        return Err(Skip::Binary);
    }
    String::from_utf8(bytes).map_err(|_| Skip::NotUtf8)
}

fn analyse(lexicon: &Lexicon, c: &Candidate, dict_hash: i64) -> Work {
    if c.key.len() > MAX_PATH_BYTES {
        let why = format!(
            "path too long for the archive ({} bytes, at most {MAX_PATH_BYTES})",
            c.key.len()
        );
        return Work::Skip(c.path.clone(), why, c.prior.map(|p| p.0));
    }
    let text = match read(&c.path) {
        Ok(t) => t,
        Err(why) => return Work::Skip(c.path.clone(), why.to_string(), c.prior.map(|p| p.0)),
    };
    let hash = vigie_core::hash::stable_hash(&[text.as_bytes()]) as i64;
    if let Some((_, old_hash, old_dict)) = c.prior {
        if old_hash == hash && old_dict == dict_hash {
            return Work::Touch {
                key: c.key.clone(),
                size: c.size,
                mtime: c.mtime,
            };
        }
    }
    Work::Write(Box::new(Written {
        key: c.key.clone(),
        size: c.size,
        mtime: c.mtime,
        hash,
        existed: c.prior.is_some(),
        rematch: c.prior.is_some_and(|(_, h, d)| h == hash && d != dict_hash),
        file: analyze_file(lexicon, &text),
    }))
}

/// One transaction: sizes and mtimes of touched files; rows of written files replaced.
async fn write_batch(
    client: &mut Client,
    batch: Vec<Work>,
    entry_ids: &[i32],
    dict_hash: i64,
    report: &mut Report,
) -> Result<(), DbError> {
    let mut touch = (Vec::new(), Vec::new(), Vec::new());
    let mut writes = Vec::new();
    let mut gone = Vec::new();
    for w in batch {
        match w {
            Work::Touch { key, size, mtime } => {
                touch.0.push(key);
                touch.1.push(size);
                touch.2.push(mtime);
            }
            Work::Write(w) => writes.push(*w),
            Work::Skip(path, why, id) => {
                report.skipped.push((path, why));
                gone.extend(id);
            }
        }
    }
    let tx = client.transaction().await?;
    if !gone.is_empty() {
        report.removed += delete_files(&tx, &gone).await?;
    }
    if !touch.0.is_empty() {
        tx.execute(
            "UPDATE files f SET size = u.size, mtime_ns = u.mtime
             FROM unnest($1::text[], $2::int8[], $3::int8[]) AS u(path, size, mtime)
             WHERE f.path = u.path",
            &[&touch.0, &touch.1, &touch.2],
        )
        .await?;
    }
    if !writes.is_empty() {
        let paths: Vec<&str> = writes.iter().map(|w| w.key.as_str()).collect();
        let sizes: Vec<i64> = writes.iter().map(|w| w.size).collect();
        let mtimes: Vec<i64> = writes.iter().map(|w| w.mtime).collect();
        let hashes: Vec<i64> = writes.iter().map(|w| w.hash).collect();
        let dates: Vec<Option<String>> = writes.iter().map(|w| w.file.date().map(|d| d.to_string())).collect();
        let titles: Vec<&str> = writes.iter().map(|w| w.file.title()).collect();
        let counts: Vec<i32> = writes.iter().map(|w| w.file.len() as i32).collect();
        let rows = tx
            .query(
                "INSERT INTO files (path, size, mtime_ns, content_hash, dict_hash, article_date, title, mentions)
                 SELECT u.path, u.size, u.mtime, u.hash, $5, u.date::date, u.title, u.n
                 FROM unnest($1::text[], $2::int8[], $3::int8[], $4::int8[], $6::text[], $7::text[], $8::int4[])
                      AS u(path, size, mtime, hash, date, title, n)
                 ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
                    content_hash = excluded.content_hash, dict_hash = excluded.dict_hash,
                    article_date = excluded.article_date, title = excluded.title, mentions = excluded.mentions
                 RETURNING id, path, xmax <> 0",
                &[&paths, &sizes, &mtimes, &hashes, &dict_hash, &dates, &titles, &counts],
            )
            .await?;
        // Rows that were updated rather than inserted (`xmax` set) had mentions: replaced.
        let replaced: Vec<i64> = rows.iter().filter(|r| r.get::<_, bool>(2)).map(|r| r.get(0)).collect();
        let ids: HashMap<String, i64> = rows.into_iter().map(|r| (r.get(1), r.get(0))).collect();
        if !replaced.is_empty() {
            delete_rows(&tx, &replaced).await?;
        }
        let sink = tx
            .copy_in(
                "COPY postings (entry_id, file_id, part, article_date, path, mentions, positions)
                 FROM STDIN (FORMAT binary)",
            )
            .await?;
        let types = [
            Type::INT4,
            Type::INT8,
            Type::INT4,
            Type::DATE,
            Type::TEXT,
            Type::INT4,
            Type::BYTEA,
        ];
        let mut writer = pin!(BinaryCopyInWriter::new(sink, &types));
        let mut packed = Packed::default();
        let mut totals: HashMap<i32, (i64, i64)> = HashMap::new();
        for w in &writes {
            report.mentions += packed.file(&w.file, entry_ids);
            let (file_id, date, path) = (ids[&w.key], w.file.date().map(PgDate), w.key.as_str());
            for row in &packed.rows {
                let t = totals.entry(row.entry).or_default();
                t.0 += i64::from(row.part == 0);
                t.1 += i64::from(row.mentions);
                let positions = &packed.positions[row.positions.clone()];
                writer
                    .as_mut()
                    .write(&[&row.entry, &file_id, &row.part, &date, &path, &row.mentions, &positions])
                    .await?;
            }
            report.bytes += w.size as u64;
            match (w.existed, w.rematch) {
                (false, _) => report.added += 1,
                (true, true) => report.rematched += 1,
                (true, false) => report.changed += 1,
            }
        }
        writer.finish().await?;
        add_totals(&tx, &totals).await?;
    }
    tx.commit().await?;
    report.touched += touch.0.len();
    Ok(())
}

/// One posting row of a file, its positions a range of [`Packed::positions`].
struct Row {
    entry: i32,
    part: i32,
    mentions: i32,
    positions: std::ops::Range<usize>,
}

/// The posting rows of one file at a time (buffers reused from file to file).
#[derive(Default)]
struct Packed {
    rows: Vec<Row>,
    positions: Vec<u8>,
    /// `(entry's database id, mention index)`, sorted: each entry's mentions in order.
    pairs: Vec<(i32, u32)>,
}

impl Packed {
    /// Packs `file`'s mentions into posting rows, one per entry (more for an entry with
    /// more than [`MENTIONS_PER_ROW`] mentions); returns the number of (mention, entry)
    /// pairs.
    fn file(&mut self, file: &FileMentions, entry_ids: &[i32]) -> u64 {
        self.rows.clear();
        self.positions.clear();
        self.pairs.clear();
        for i in 0..file.len() {
            for &e in file.entries_of(i) {
                if let Some(&entry) = entry_ids.get(e as usize) {
                    self.pairs.push((entry, i as u32));
                }
            }
        }
        self.pairs.sort_unstable();
        let mentions = file.mentions();
        for group in self.pairs.chunk_by(|a, b| a.0 == b.0) {
            for (part, chunk) in group.chunks(MENTIONS_PER_ROW).enumerate() {
                let from = self.positions.len();
                for &(_, i) in chunk {
                    postings::pack(&mentions[i as usize], &mut self.positions);
                }
                self.rows.push(Row {
                    entry: chunk[0].0,
                    part: part as i32,
                    mentions: chunk.len() as i32,
                    positions: from..self.positions.len(),
                });
            }
        }
        self.pairs.len() as u64
    }
}
