//! The desk's archive on PostgreSQL at scale (not run in CI: it needs a database and tens of
//! minutes). Generates synthetic articles (`vigie_core::corpus::synth`, about 3 KB each,
//! deterministic) into `target/bench-archive-N`, then measures:
//!
//! - the full index (`vigie index`'s code path): articles/s and MB/s;
//! - the database size (total, and per table);
//! - references latency (the server's query: the newest `REFERENCES_LIMIT` mentions) and
//!   hover latency (counts + recent articles), p50/p95, for the most-mentioned entry and
//!   the median entry, with 20 concurrent clients;
//! - the incremental re-index after 1% of the articles changed.
//!
//! `VIGIE_BENCH_DATABASE_URL=postgres://… cargo bench -p vigie --bench archive`
//! (the database is emptied: its `public` schema is dropped). `VIGIE_BENCH_ARTICLES`
//! (default 1,000,000) sets the size. `VIGIE_BENCH_QUERIES_ONLY=1` skips the indexing
//! runs and asks the database left by the previous run (to iterate on the questions).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use vigie::db::archive::REFERENCES_LIMIT;
use vigie::db::indexer::{self, Event, Options};
use vigie::db::{connect, migrate, query, DatabaseUrl};
use vigie_core::corpus::synth::Generator;

const SEED: u64 = 16;
const CLIENTS: usize = 20;
const QUERIES_PER_CLIENT: usize = 50;

fn generate(dir: &Path, dict: &vigie_core::Dictionary, n: usize) {
    let marker = dir.join(".complete");
    if std::fs::read_to_string(&marker).ok().as_deref() == Some(&format!("{n} {SEED}")) {
        return;
    }
    let _ = std::fs::remove_dir_all(dir);
    let started = Instant::now();
    let generator = Generator::new(dict, SEED);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for t in 0..threads {
            let generator = &generator;
            scope.spawn(move || {
                for i in (t..n).step_by(threads) {
                    let folder = dir.join(format!("{:04}", i / 1000));
                    std::fs::create_dir_all(&folder).unwrap();
                    std::fs::write(folder.join(format!("{i:07}.md")), generator.article(i, 3_000)).unwrap();
                }
            });
        }
    });
    std::fs::write(&marker, format!("{n} {SEED}")).unwrap();
    eprintln!("generated {n} articles in {:.1?}", started.elapsed());
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for folder in std::fs::read_dir(dir).unwrap() {
        let folder = folder.unwrap().path();
        if folder.is_dir() {
            out.extend(std::fs::read_dir(&folder).unwrap().map(|f| f.unwrap().path()));
        }
    }
    out.sort();
    out
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// p50 and p95 of `question` asked by `CLIENTS` connections at once, each `QUERIES_PER_CLIENT`
/// times.
async fn latency<F, Fut>(url: &DatabaseUrl, question: F) -> (Duration, Duration, f64)
where
    F: Fn(Arc<deadpool_postgres::Object>) -> Fut + Send + Sync + Clone + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    // Connections as the server holds them: pooled, each keeping its prepared statements.
    let manager = deadpool_postgres::Manager::from_config(
        vigie::db::pg_config(url).unwrap(),
        tokio_postgres::NoTls,
        deadpool_postgres::ManagerConfig {
            recycling_method: deadpool_postgres::RecyclingMethod::Fast,
        },
    );
    let pool = deadpool_postgres::Pool::builder(manager)
        .max_size(CLIENTS)
        .runtime(deadpool_postgres::Runtime::Tokio1)
        .build()
        .unwrap();
    let mut clients = Vec::new();
    for _ in 0..CLIENTS {
        clients.push(Arc::new(pool.get().await.unwrap()));
    }
    let started = Instant::now();
    let tasks: Vec<_> = clients
        .into_iter()
        .map(|c| {
            let q = question.clone();
            tokio::spawn(async move {
                let mut times = Vec::with_capacity(QUERIES_PER_CLIENT);
                for _ in 0..QUERIES_PER_CLIENT {
                    let t = Instant::now();
                    q(c.clone()).await;
                    times.push(t.elapsed());
                }
                times
            })
        })
        .collect();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    let qps = all.len() as f64 / started.elapsed().as_secs_f64();
    all.sort();
    (percentile(&all, 0.5), percentile(&all, 0.95), qps)
}

/// What every indexing run of the benchmark indexes, and with what.
struct Corpus<'a> {
    lexicon: &'a Arc<vigie_core::Lexicon>,
    hash: u64,
    dir: &'a Path,
    paths: &'a [PathBuf],
    options: Options,
}

/// One run of `vigie index`'s code path over the corpus.
async fn index_run(
    client: &mut tokio_postgres::Client,
    c: &Corpus<'_>,
    progress: &(dyn Fn(Event) + Sync),
) -> indexer::Report {
    let roots = [c.dir.to_path_buf()];
    indexer::run(
        client,
        c.lexicon.clone(),
        c.hash,
        &roots,
        c.paths.to_vec(),
        c.options,
        progress,
    )
    .await
    .unwrap()
}

/// The full index of the corpus (`bytes` of articles) into the emptied database:
/// articles/s and MB/s.
async fn full_index(
    client: &mut tokio_postgres::Client,
    c: &Corpus<'_>,
    bytes: u64,
    progress: &(dyn Fn(Event) + Sync),
) {
    let started = Instant::now();
    let report = index_run(client, c, progress).await;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "full index: {} articles ({:.0} MB), {} mentions in {secs:.0} s: {:.0} articles/s, {:.1} MB/s",
        report.added,
        bytes as f64 / 1e6,
        report.mentions,
        report.added as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
}

/// 1% of the articles edited (one sentence added), then indexed again; the corpus is left
/// as generated.
async fn reindex_one_percent(client: &mut tokio_postgres::Client, c: &Corpus<'_>) {
    let changed: Vec<&PathBuf> = c.paths.iter().step_by(100).collect();
    for p in &changed {
        let mut text = std::fs::read_to_string(p).unwrap();
        text.push_str("\nVolodymyr Zelensky s’est exprimé dans la soirée.\n");
        std::fs::write(p, text).unwrap();
    }
    let started = Instant::now();
    let report = index_run(client, c, &|_| {}).await;
    println!(
        "re-index after 1% changed: {} changed, {} unchanged in {:.1} s",
        report.changed,
        report.unchanged,
        started.elapsed().as_secs_f64()
    );
    // Leave the corpus as generated for the next run.
    for p in &changed {
        let text = std::fs::read_to_string(p).unwrap();
        let original = text
            .strip_suffix("\nVolodymyr Zelensky s’est exprimé dans la soirée.\n")
            .unwrap();
        std::fs::write(p, original).unwrap();
    }
}

fn main() {
    let Ok(url) = std::env::var("VIGIE_BENCH_DATABASE_URL") else {
        eprintln!("archive bench: VIGIE_BENCH_DATABASE_URL is not set; skipped");
        return;
    };
    let url = DatabaseUrl::new(url);
    let n: usize = std::env::var("VIGIE_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let sources = vigie::dictionaries::Sources {
        embedded: true,
        files: Vec::new(),
    };
    let (lexicon, _, hash) = sources.load_with_hash().unwrap();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../target/bench-archive-{n}"));
    generate(&dir, &lexicon.dict, n);
    let dir = dir.canonicalize().unwrap();
    let lexicon = Arc::new(lexicon);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut client = connect(&url).await.unwrap();
        let queries_only = std::env::var("VIGIE_BENCH_QUERIES_ONLY").is_ok_and(|v| v == "1");
        if !queries_only {
            client
                .batch_execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
                .await
                .unwrap();
        }
        migrate::migrate(&mut client).await.unwrap();
        let paths = files(&dir);
        let bytes: u64 = paths.iter().map(|p| p.metadata().unwrap().len()).sum();
        let last = std::sync::Mutex::new(Instant::now());
        let progress = |e: Event| {
            if let Event::Progress(done, total) = e {
                let mut last = last.lock().unwrap();
                if last.elapsed() > Duration::from_secs(10) || done == total {
                    *last = Instant::now();
                    eprintln!("  indexed {done}/{total}");
                }
            }
        };
        let corpus = Corpus {
            lexicon: &lexicon,
            hash,
            dir: &dir,
            paths: &paths,
            options: Options { batch_files: 1000 },
        };
        if !queries_only {
            full_index(&mut client, &corpus, bytes, &progress).await;
        }
        client.batch_execute("VACUUM ANALYZE").await.unwrap();
        let size: i64 = client
            .query_one("SELECT pg_database_size(current_database())", &[])
            .await
            .unwrap()
            .get(0);
        println!(
            "database size: {:.2} GB ({:.2} GB per million articles)",
            size as f64 / 1e9,
            size as f64 / 1e9 * 1e6 / n as f64
        );
        for table in ["files", "postings", "entry_totals"] {
            let s: i64 = client
                .query_one("SELECT pg_total_relation_size(c.oid) + coalesce((SELECT sum(pg_total_relation_size(i.inhrelid)) FROM pg_inherits i WHERE i.inhparent = c.oid), 0)::int8 FROM pg_class c WHERE c.relname = $1", &[&table])
                .await
                .unwrap()
                .get(0);
            println!("  {table}: {:.2} GB with indexes", s as f64 / 1e9);
        }
        let ranked: Vec<(String, i64)> = client
            .query(
                "SELECT e.dict_id, t.mentions FROM entry_totals t JOIN entries e ON e.id = t.entry_id
                 WHERE t.mentions > 0 ORDER BY t.mentions DESC, e.dict_id",
                &[],
            )
            .await
            .unwrap()
            .into_iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        let picks = [("most-mentioned", &ranked[0]), ("median", &ranked[ranked.len() / 2])];
        for (what, (entry, mentions)) in picks {
            // The archive's numbers of entries, learnt by the first question and shared by the
            // pool's connections, as the server's are.
            let ids = Arc::new(query::EntryIds::new());
            let e = entry.clone();
            let (p50, p95, qps) = latency(&url, move |c| {
                let (e, ids) = (e.clone(), ids.clone());
                async move {
                    query::mentions_of(&**c, &ids, &e, REFERENCES_LIMIT).await.unwrap();
                }
            })
            .await;
            println!(
                "references, {what} entry ({entry}, {mentions} mentions), {CLIENTS} clients: p50 {:.1} ms, p95 {:.1} ms, {qps:.0} queries/s",
                p50.as_secs_f64() * 1e3,
                p95.as_secs_f64() * 1e3
            );
            let ids = Arc::new(query::EntryIds::new());
            let e = entry.clone();
            let (p50, p95, qps) = latency(&url, move |c| {
                let (e, ids) = (e.clone(), ids.clone());
                async move {
                    query::counts(&**c, &[&e], &[]).await.unwrap();
                    query::recent(&**c, &ids, &e, 4, &[]).await.unwrap();
                }
            })
            .await;
            println!(
                "hover (counts + recent), {what} entry, {CLIENTS} clients: p50 {:.1} ms, p95 {:.1} ms, {qps:.0} queries/s",
                p50.as_secs_f64() * 1e3,
                p95.as_secs_f64() * 1e3
            );
        }
        if !queries_only {
            reindex_one_percent(&mut client, &corpus).await;
        }
    });
}
