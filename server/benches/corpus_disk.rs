//! The corpus index at newsroom-archive scale, on disk: 100,000 synthetic articles (about
//! 300 MB, generated once into `target/bench-corpus`, deterministic from a seed). Measures
//! the cold index (no cache), the warm start (from the cache), references over the index,
//! peak memory, and ripgrep scanning the same files for the same alias list, side by side.
//! Run with `cargo bench -p vigie --bench corpus_disk` (set VIGIE_BENCH_ARTICLES to change
//! the size).

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use parking_lot::RwLock;
use vigie::config::Config;
use vigie::corpus::{refresh, Corpus};
use vigie_core::corpus::synth::Generator;
use vigie_core::corpus::Index;
use vigie_core::{Dictionary, Lexicon};

const SEED: u64 = 2025;

fn articles() -> usize {
    std::env::var("VIGIE_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

/// Writes the synthetic corpus unless it is already there (a marker file records its size).
fn generate(dir: &Path, dict: &Dictionary, n: usize) {
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
                    let folder = dir.join(format!("{:03}", i / 1000));
                    std::fs::create_dir_all(&folder).unwrap();
                    std::fs::write(folder.join(format!("{i:06}.md")), generator.article(i, 3_000)).unwrap();
                }
            });
        }
    });
    std::fs::write(&marker, format!("{n} {SEED}")).unwrap();
    eprintln!("generated {n} articles in {:.1?}", started.elapsed());
}

fn du(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            if e.file_type().unwrap().is_dir() {
                du(&e.path())
            } else {
                e.metadata().unwrap().len()
            }
        })
        .sum()
}

/// Peak resident memory of this process (Linux), in MB.
fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? / 1024)
}

fn main() {
    let n = articles();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench-corpus");
    let cache = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench-corpus-cache");
    std::env::set_var("VIGIE_CACHE_DIR", &cache);
    if std::env::args().any(|a| a == "--warm-child") {
        return warm_child(&dir);
    }
    let (dict, _) = Dictionary::embedded().unwrap();
    generate(&dir, &dict, n);
    let bytes = du(&dir);
    let lexicon = Lexicon::new(dict);
    let corpus = Corpus::new(std::slice::from_ref(&dir), &Config::default(), 1);
    let _ = std::fs::remove_file(&corpus.cache_file);

    let index = RwLock::new(Index::new());
    let started = Instant::now();
    let cold = refresh(&corpus, &lexicon, &index, &|_, _| {}, &AtomicBool::new(false));
    let cold_time = started.elapsed();
    let cache_size = std::fs::metadata(&corpus.cache_file).map(|m| m.len()).unwrap_or(0);
    println!(
        "corpus: {} articles, {} MB, on {} cores",
        cold.files,
        bytes / 1_000_000,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "cold index (no cache):      {:>8.2} s  ({} analysed, {} skipped; peak RSS {} MB; cache file {} MB)",
        cold_time.as_secs_f64(),
        cold.analysed,
        cold.skipped.len(),
        peak_rss_mb().unwrap_or(0),
        cache_size / 1_000_000
    );
    // The 200 most frequent forms for ripgrep: the forms of the most mentioned entries.
    let top_forms: Vec<String> = {
        let index = index.read();
        let mut by_count: Vec<(usize, usize)> = (0..lexicon.dict.entries.len())
            .map(|e| (index.count(e).1, e))
            .filter(|(c, _)| *c > 0)
            .collect();
        by_count.sort_unstable_by(|a, b| b.cmp(a));
        by_count
            .iter()
            .flat_map(|&(_, e)| {
                lexicon.dict.entries[e]
                    .forms()
                    .map(|f| f.form.to_string())
                    .collect::<Vec<_>>()
            })
            .take(200)
            .collect()
    };
    drop(index);

    // The warm start in a fresh process, as when the editor starts again.
    let child = std::process::Command::new(std::env::current_exe().unwrap())
        .arg("--warm-child")
        .output()
        .unwrap();
    print!("{}", String::from_utf8_lossy(&child.stdout));
    eprint!("{}", String::from_utf8_lossy(&child.stderr));

    // ripgrep over the same files for the 200 most frequent forms.
    let aliases = cache.join("aliases.txt");
    let forms = top_forms;
    std::fs::write(&aliases, forms.join("\n")).unwrap();
    let started = Instant::now();
    match std::process::Command::new("rg")
        .args(["-F", "-i", "-w", "-c", "-f"])
        .arg(&aliases)
        .arg(&dir)
        .output()
    {
        Ok(out) => println!(
            "ripgrep -F -i -w -c, {} forms: {:>8.2} s  ({} files with a match)",
            forms.len(),
            started.elapsed().as_secs_f64(),
            out.stdout.iter().filter(|&&b| b == b'\n').count()
        ),
        Err(_) => println!("ripgrep: not installed"),
    }
}

/// A fresh process: start from the cache, then time references.
fn warm_child(dir: &Path) {
    let (dict, _) = Dictionary::embedded().unwrap();
    let lexicon = Lexicon::new(dict);
    let corpus = Corpus::new(&[dir.to_path_buf()], &Config::default(), 1);
    let index = RwLock::new(Index::new());
    let started = Instant::now();
    let warm = refresh(&corpus, &lexicon, &index, &|_, _| {}, &AtomicBool::new(false));
    let warm_time = started.elapsed();
    assert_eq!(
        warm.analysed, 0,
        "the warm start must reuse the cache: {:?}",
        warm.cache
    );
    let index = index.into_inner();
    let stats = index.stats();
    let mut by_count: Vec<(usize, usize)> = (0..lexicon.dict.entries.len())
        .map(|e| (index.count(e).1, e))
        .filter(|(c, _)| *c > 0)
        .collect();
    by_count.sort_unstable();
    // p50 and p95 of 100 answers, in ms.
    let time_refs = |e: usize| {
        let mut times: Vec<Duration> = (0..100)
            .map(|_| {
                let t = Instant::now();
                let v: Vec<_> = index.mentions_of(e).collect();
                std::hint::black_box(v);
                t.elapsed()
            })
            .collect();
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        (ms(times[times.len() / 2]), ms(times[times.len() * 95 / 100]))
    };
    let (top_count, top) = *by_count.last().unwrap();
    let (mid_count, mid) = by_count[by_count.len() / 2];
    println!(
        "warm start (from cache):    {:>8.2} s  ({} reused; peak RSS of that process {} MB)",
        warm_time.as_secs_f64(),
        warm.reused,
        peak_rss_mb().unwrap_or(0)
    );
    let (top_p50, top_p95) = time_refs(top);
    let (mid_p50, mid_p95) = time_refs(mid);
    println!(
        "references, top entry:      p50 {top_p50:.2} ms, p95 {top_p95:.2} ms ({} mentions of {})",
        top_count, lexicon.dict.entries[top].name
    );
    println!(
        "references, median entry:   p50 {mid_p50:.3} ms, p95 {mid_p95:.3} ms ({} mentions of {})",
        mid_count, lexicon.dict.entries[mid].name
    );
    println!(
        "index: {} mentions, {} MB of heap",
        stats.mentions,
        stats.heap_bytes / 1_000_000
    );
}
