//! A probe of one analysis at a time over articles on disk, used to measure the speed
//! changes the README reports per analysis (language detection, the matcher's scan, the
//! figure analysis) apart from the whole `vigie check`:
//!
//! ```sh
//! cargo bench -p vigie --bench corpus_disk      # generates target/bench-corpus once
//! cargo run --release -p vigie --example analysis_probe -- figures target/bench-corpus/00{0..9}
//! ```
//!
//! The first argument is `find`, `titles`, `figures`, `detect` or `fold`; then directories of
//! articles (or directories of such directories). Three runs, each printed.

use std::path::Path;
use std::time::Instant;
use vigie::config::Config;
use vigie::dictionaries::Sources;

fn read_dir(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            read_dir(&p, out);
        } else if let Ok(text) = std::fs::read_to_string(&p) {
            out.push(text);
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "figures".into());
    let mut texts = Vec::new();
    for dir in args {
        read_dir(Path::new(&dir), &mut texts);
    }
    let config = Config::default();
    let (lexicon, _) = Sources::from_config(&config)
        .load()
        .expect("the embedded dictionaries load");
    let opts = config.figure_options();
    let total: usize = texts.iter().map(String::len).sum::<usize>().max(1);
    for _ in 0..3 {
        let start = Instant::now();
        let mut n = 0;
        for t in &texts {
            n += match what.as_str() {
                "find" => lexicon.find(t).len(),
                "titles" => lexicon.find_with_titles(t, None).0.len(),
                "detect" => vigie_core::lang::detect(t) as usize,
                "fold" => vigie_core::fold::Folded::new(t).text.len(),
                _ => vigie_core::figures::unsourced(t, &opts).len(),
            };
        }
        let elapsed = start.elapsed();
        eprintln!(
            "{what}: {} articles, {:.1} ms, {:.2} ns/byte ({n} results)",
            texts.len(),
            elapsed.as_secs_f64() * 1e3,
            elapsed.as_nanos() as f64 / total as f64
        );
    }
}
