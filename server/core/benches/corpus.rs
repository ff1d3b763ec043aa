//! Corpus index benchmarks on 100,000 synthetic articles of about 3 KB (≈ 300 MB of text,
//! ≈ 3 million mentions of the shipped dictionaries).
//!
//! Before the timed benchmarks, `main` generates and analyses the articles on two threads
//! (as the server does), builds the index by upserting them one by one in an order unlike
//! path order, and prints the times, the index's heap size (counted by a global allocator
//! that tracks live bytes, and as the index estimates it), the resident set size, and the
//! size and round-trip times of the cache. Run with
//! `cargo bench -p vigie-core --bench corpus` (`VIGIE_BENCH_ARTICLES=n` for another size).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use divan::{black_box, Bencher};
use vigie_core::corpus::{self, analyze_file, synth, EntrySearch, FileMentions, FileMeta, Index};
use vigie_core::{Dictionary, Lexicon};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator with the same arguments.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn live() -> usize {
    LIVE.load(Ordering::Relaxed)
}

/// Resident set size in bytes (Linux), or 0.
fn rss() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

const SEED: u64 = 2025;
const HASH: u64 = 0xd1c7;

struct Fixture {
    dict: Dictionary,
    search: EntrySearch,
    index: Mutex<Index>,
    cache: Vec<u8>,
    /// The entry with the most mentions.
    top: usize,
    /// A middling entry (about 1,000 articles).
    mid: usize,
    /// One article's text and its analysis, for the update benchmarks.
    sample_text: String,
    sample: FileMentions,
    sample_path: String,
}

static FIXTURE: OnceLock<Fixture> = OnceLock::new();

fn fixture() -> &'static Fixture {
    FIXTURE.get_or_init(build)
}

/// A path in a folder per month: path order is not generation order.
fn path_of(text: &str, i: usize) -> String {
    let date = vigie_core::date::article_date(text).map_or("undated".to_string(), |d| d.to_string());
    format!("/home/desk/articles/{}/{}/{i:06}.md", &date[..4], &date[..7])
}

fn build() -> Fixture {
    let n: usize = std::env::var("VIGIE_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dict = Dictionary::embedded().expect("shipped dictionaries load").0;
    let lexicon = Lexicon::new(dict.clone());
    let generator = synth::Generator::new(&dict, SEED);

    let t = Instant::now();
    let mut text_bytes = 0;
    for i in 0..n.min(20_000) {
        text_bytes += black_box(generator.article(i, synth::DEFAULT_BYTES)).len();
    }
    let generate_one = t.elapsed() / n.min(20_000) as u32;

    let base = live();
    let t = Instant::now();
    let threads = 2;
    let mut analysed: Vec<(String, FileMeta, FileMentions)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|k| {
                let (generator, lexicon) = (&generator, &lexicon);
                scope.spawn(move || {
                    (k..n)
                        .step_by(threads)
                        .map(|i| {
                            let text = generator.article(i, synth::DEFAULT_BYTES);
                            let meta = FileMeta {
                                size: text.len() as u64,
                                mtime_ns: 1_700_000_000_000_000_000 + i as i128,
                            };
                            (path_of(&text, i), meta, analyze_file(lexicon, &text))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let analyse = t.elapsed();
    let mentions: usize = analysed.iter().map(|f| f.2.len()).sum();
    println!(
        "{n} articles (≈ {} of text, {:.2} mentions per 100 bytes): generated and analysed on {threads} threads in {:.2?} \
         (generation alone ≈ {:.1?} per article on one thread)",
        mb(text_bytes * n / n.min(20_000)),
        mentions as f64 * 100.0 / (text_bytes * n / n.min(20_000)) as f64,
        analyse,
        generate_one,
    );

    // Upsert in generation order, which is not path order (paths are by month).
    let t = Instant::now();
    let mut index = Index::new();
    for (path, meta, fm) in analysed.drain(..) {
        index.upsert(&path, meta, fm);
    }
    let upserts = t.elapsed();
    drop(analysed);
    let index_live = live() - base;
    let stats = index.stats();
    println!(
        "index: {} files, {} mentions, {} entries, {} postings; {} upserts in {:.2?}",
        stats.files, stats.mentions, stats.entries, stats.postings, stats.files, upserts
    );
    println!(
        "index memory: {} live heap (counted), {} estimated by Index::heap_bytes, {:.0} bytes per mention; process RSS {}",
        mb(index_live),
        mb(stats.heap_bytes),
        index_live as f64 / stats.mentions.max(1) as f64,
        mb(rss()),
    );

    let t = Instant::now();
    let files: Vec<(String, FileMeta, FileMentions)> = index.clone().into_files();
    println!(
        "Index::into_files (every file's mentions gathered back): {:.2?}",
        t.elapsed()
    );
    let t = Instant::now();
    let bulk = Index::from_files(files);
    println!("Index::from_files of the same files: {:.2?}", t.elapsed());
    assert!(bulk == index);
    drop(bulk);

    let t = Instant::now();
    let cache = corpus::encode(&index, HASH);
    let encode = t.elapsed();
    let before = live();
    let t = Instant::now();
    let decoded = corpus::decode(&cache, HASH).expect("the cache decodes");
    let decode = t.elapsed();
    let decoded_live = live() - before;
    assert!(decoded == index, "the cache round-trips");
    drop(decoded);
    println!(
        "cache: {} ({:.1} bytes per mention); encoded in {encode:.2?}, decoded in {decode:.2?} \
         into an index of {} live heap",
        mb(cache.len()),
        cache.len() as f64 / stats.mentions.max(1) as f64,
        mb(decoded_live),
    );

    let by_mentions = |e: &usize| index.count(*e).1;
    let top = (0..dict.entries.len()).max_by_key(by_mentions).unwrap();
    let mid = (0..dict.entries.len())
        .min_by_key(|&e| index.count(e).0.abs_diff(1_000))
        .unwrap();
    for (label, e) in [("most mentioned", top), ("middling", mid)] {
        let t = Instant::now();
        let all: Vec<_> = index.mentions_of(e).collect();
        println!(
            "{label} entry: {} ({} articles, {} mentions); mentions_of collected once in {:.2?}",
            dict.entries[e].name,
            index.count(e).0,
            all.len(),
            t.elapsed()
        );
    }

    let sample_text = generator.article(n + 1, synth::DEFAULT_BYTES);
    let sample = analyze_file(&lexicon, &sample_text);
    let sample_path = index.files().nth(index.len() / 2).unwrap().path.to_string();
    Fixture {
        search: EntrySearch::new(&dict),
        dict,
        index: Mutex::new(index),
        cache,
        top,
        mid,
        sample_text,
        sample,
        sample_path,
    }
}

fn main() {
    fixture();
    divan::main();
}

#[divan::bench(args = ["top", "mid"], sample_count = 20)]
fn mentions_of_collect(bencher: Bencher, which: &str) {
    let f = fixture();
    let entry = if which == "top" { f.top } else { f.mid };
    let index = f.index.lock().unwrap();
    bencher.bench_local(|| index.mentions_of(black_box(entry)).collect::<Vec<_>>());
}

#[divan::bench]
fn count(bencher: Bencher) {
    let f = fixture();
    let index = f.index.lock().unwrap();
    bencher.bench_local(|| index.count(black_box(f.top)));
}

#[divan::bench(sample_count = 20)]
fn recent_20_of_top(bencher: Bencher) {
    let f = fixture();
    let index = f.index.lock().unwrap();
    bencher.bench_local(|| index.recent(black_box(f.top), 20));
}

const QUERIES: &[&str] = &["", "pou", "kiev", "zlsk", "maison blanche"];

/// `search_entries` as the brief states it: folds the dictionary's forms on every call.
#[divan::bench(args = QUERIES)]
fn search_entries(bencher: Bencher, query: &str) {
    let f = fixture();
    bencher.bench_local(|| corpus::search_entries(&f.dict, black_box(query), 50));
}

/// The same queries on an `EntrySearch` built once.
#[divan::bench(args = QUERIES)]
fn entry_search_prepared(bencher: Bencher, query: &str) {
    let f = fixture();
    bencher.bench_local(|| f.search.search(black_box(query), 50));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn encode(bencher: Bencher) {
    let f = fixture();
    let index = f.index.lock().unwrap();
    bencher.bench_local(|| corpus::encode(&index, HASH));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn decode(bencher: Bencher) {
    let f = fixture();
    bencher.bench_local(|| corpus::decode(black_box(&f.cache), HASH).unwrap());
}

#[divan::bench]
fn analyze_one_article(bencher: Bencher) {
    let f = fixture();
    let lexicon = Lexicon::new(f.dict.clone());
    bencher
        .counter(divan::counter::BytesCount::new(f.sample_text.len()))
        .bench_local(|| analyze_file(&lexicon, black_box(&f.sample_text)));
}

/// Replacing a file of the full index with another analysis (an edit saved on disk).
#[divan::bench]
fn upsert_existing_file(bencher: Bencher) {
    let f = fixture();
    let mut index = f.index.lock().unwrap();
    bencher
        .with_inputs(|| f.sample.clone())
        .bench_local_values(|fm| index.upsert(&f.sample_path, FileMeta::default(), fm));
}

/// Adding a new file in the middle of the path order, then removing it.
#[divan::bench]
fn upsert_new_file_then_remove(bencher: Bencher) {
    let f = fixture();
    let mut index = f.index.lock().unwrap();
    let path = format!("{}-new.md", f.sample_path);
    bencher.with_inputs(|| f.sample.clone()).bench_local_values(|fm| {
        index.upsert(&path, FileMeta::default(), fm);
        index.remove(&path)
    });
}
