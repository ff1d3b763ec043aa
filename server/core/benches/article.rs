//! The whole analysis of a 60 KB article, as the server runs it after an edit: mentions of
//! the shipped dictionaries and unsourced figures. Run with
//! `cargo bench -p vigie-core --bench article`.

use divan::{black_box, Bencher};
use vigie_core::figures::{unsourced, FigureOptions};
use vigie_core::{Dictionary, Lexicon};

fn main() {
    divan::main();
}

/// About 60 KB of the sample articles in one language (`.fr`-less names are English),
/// repeated.
fn article(english: bool) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .filter(|t| (vigie_core::lang::detect(t) == vigie_core::lang::Lang::En) == english)
        .collect();
    let corpus = texts.join("\n\n");
    let mut text = String::new();
    while text.len() < 60_000 {
        text.push_str(&corpus);
    }
    let mut end = 60_000;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

#[divan::bench(args = ["fr", "en"])]
fn mentions_and_figures_60kb(bencher: Bencher, lang: &str) {
    let lexicon = Lexicon::new(Dictionary::embedded().expect("shipped dictionaries load").0);
    let text = article(lang == "en");
    let opts = FigureOptions::default();
    bencher.counter(divan::counter::BytesCount::new(text.len())).bench(|| {
        let mentions = lexicon.find(black_box(&text));
        let figures = unsourced(black_box(&text), &opts);
        (mentions, figures)
    });
}
