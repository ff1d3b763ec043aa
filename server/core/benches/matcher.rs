//! Matcher benchmarks: building from the shipped dictionaries and from a generated
//! dictionary of 50,000 entries with 4 aliases each; analysing a 60 KB article.
//! Run with `cargo bench -p vigie-core --bench matcher`.

mod common;

use divan::{black_box, Bencher};
use vigie_core::{Dictionary, Lexicon, Matcher};

fn main() {
    divan::main();
}

fn shipped() -> Dictionary {
    Dictionary::embedded().expect("shipped dictionaries load").0
}

/// About 60 KB of the sample articles, repeated.
fn article_60kb() -> String {
    common::repeated(&common::samples(|_| true), 60_000)
}

#[divan::bench(sample_count = 20)]
fn build_shipped(bencher: Bencher) {
    let dict = shipped();
    bencher.bench(|| Matcher::new(black_box(&dict)));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn build_generated_50k(bencher: Bencher) {
    let dict = common::generated(50_000);
    bencher.bench(|| Matcher::new(black_box(&dict)));
}

#[divan::bench]
fn analyse_60kb_shipped(bencher: Bencher) {
    let lexicon = Lexicon::new(shipped());
    let text = article_60kb();
    let found = lexicon.find(&text).len();
    assert!(found > 100, "only {found} mentions in the 60 KB article");
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| lexicon.find(black_box(&text)));
}

#[divan::bench]
fn analyse_60kb_generated_50k(bencher: Bencher) {
    let lexicon = Lexicon::new(common::generated(50_000));
    let text = article_60kb();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| lexicon.find(black_box(&text)));
}

/// The scan alone, each engine forced, on the shipped dictionaries: what chooses between
/// them.
#[divan::bench(args = ["automaton", "word table"])]
fn scan_60kb_shipped(bencher: Bencher, engine: &str) {
    let engine = match engine {
        "automaton" => vigie_core::matcher::Engine::Automaton,
        _ => vigie_core::matcher::Engine::WordTable,
    };
    let matcher = Matcher::with_engine(&shipped(), engine);
    let text = article_60kb();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| matcher.scan(black_box(&text)));
}
