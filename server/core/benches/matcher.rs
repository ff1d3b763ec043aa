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

/// Deterministic pseudo-random names from syllables: entry `i` of a dictionary of `n`.
fn generated(n: usize) -> Dictionary {
    const SYL: &[&str] = &[
        "ko", "va", "ren", "mi", "dro", "sla", "tek", "ar", "bel", "zu", "ni", "pol", "sha", "vin", "dor", "les", "ga",
        "tri", "mo", "kan", "vel", "ost", "ru", "ny",
    ];
    let mut state: u64 = 0x5eed;
    let mut word = |len: usize| {
        let mut w = String::new();
        for _ in 0..len {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            w.push_str(SYL[(state >> 33) as usize % SYL.len()]);
        }
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    let mut toml = String::with_capacity(n * 200);
    for i in 0..n {
        let (first, last) = (word(2), word(3));
        toml.push_str(&format!(
            "[[entry]]\nid = \"g{i}\"\nname = \"{first} {last}\"\nkind = \"person\"\ndescription = \"Entrée générée.\"\naliases = [\"{last}{i}\", \"{first}{i} {last}\", \"{last} {first}{i}\", \"G{i}X\"]\n"
        ));
    }
    Dictionary::load(&[("generated.toml", toml.as_str())])
        .expect("generated dictionary loads")
        .0
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
    let dict = generated(50_000);
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
    let lexicon = Lexicon::new(generated(50_000));
    let text = article_60kb();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| lexicon.find(black_box(&text)));
}
