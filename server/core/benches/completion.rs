//! Completion benchmarks: a query on the shipped dictionaries and on a generated
//! dictionary of 50,000 entries with 4 aliases each (every name syllable-built, so a
//! two-letter prefix starts thousands of keys); and building the index.
//! Run with `cargo bench -p vigie-core --bench completion`.

mod common;

use divan::{black_box, Bencher};
use vigie_core::completion::{complete, CompletionIndex};
use vigie_core::date::Date;
use vigie_core::hover::HoverContext;
use vigie_core::lang::Lang;
use vigie_core::Dictionary;

fn main() {
    divan::main();
}

fn ctx() -> HoverContext<'static> {
    HoverContext {
        date: Date::new(2025, 6, 1).unwrap(),
        dated_article: true,
        lang: Lang::Fr,
        house_style: "default",
    }
}

const BEFORE: &[&str] = &[
    "Hier, le président Ko",
    "Hier, le président Kovaren",
    "À Pokr",
    "selon Zele",
];

#[divan::bench(args = BEFORE)]
fn query_generated_50k(bencher: Bencher, before: &str) {
    let dict = common::generated(50_000);
    let index = CompletionIndex::new(&dict);
    let ctx = ctx();
    bencher.bench(|| complete(black_box(&index), &dict, black_box(before), &ctx));
}

#[divan::bench(args = BEFORE)]
fn query_shipped(bencher: Bencher, before: &str) {
    let dict = Dictionary::embedded().expect("shipped dictionaries load").0;
    let index = CompletionIndex::new(&dict);
    let ctx = ctx();
    bencher.bench(|| complete(black_box(&index), &dict, black_box(before), &ctx));
}

#[divan::bench(sample_count = 10)]
fn build_generated_50k(bencher: Bencher) {
    let dict = common::generated(50_000);
    bencher.bench(|| CompletionIndex::new(black_box(&dict)));
}
