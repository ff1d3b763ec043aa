//! The whole analysis of a 60 KB article, as the server runs it after an edit: mentions of
//! the shipped dictionaries and unsourced figures, side by side on two threads
//! (`vigie_core::analysis::analyze`). Run with
//! `cargo bench -p vigie-core --bench article`.

mod common;

use divan::{black_box, Bencher};
use vigie_core::analysis::analyze;
use vigie_core::figures::FigureOptions;
use vigie_core::{Dictionary, Lexicon};

fn main() {
    divan::main();
}

/// About 60 KB of the sample articles in one language, repeated.
fn article(english: bool) -> String {
    let en = |t: &str| vigie_core::lang::detect(t) == vigie_core::lang::Lang::En;
    common::repeated(&common::samples(|t| en(t) == english), 60_000)
}

#[divan::bench(args = ["fr", "en"])]
fn mentions_and_figures_60kb(bencher: Bencher, lang: &str) {
    let lexicon = Lexicon::new(Dictionary::embedded().expect("shipped dictionaries load").0);
    let text = article(lang == "en");
    let opts = FigureOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| analyze(black_box(&text), &lexicon, &opts));
}

/// The same work on one thread, one analysis after the other: what running side by side
/// saves (or costs, on a machine whose second core is busy).
#[divan::bench(args = ["fr", "en"])]
fn mentions_then_figures_60kb(bencher: Bencher, lang: &str) {
    let lexicon = Lexicon::new(Dictionary::embedded().expect("shipped dictionaries load").0);
    let text = article(lang == "en");
    let opts = FigureOptions::default();
    bencher.counter(divan::counter::BytesCount::new(text.len())).bench(|| {
        let text = black_box(&text);
        (
            lexicon.find_with_titles(text, vigie_core::date::article_date(text)),
            vigie_core::figures::unsourced(text, &opts),
            vigie_core::figures::document_lang(text, &opts),
        )
    });
}

/// What an edit costs with the incremental analysis: one letter typed in the middle of an
/// article whose previous version was analysed (the pieces the edit left alone are reused).
#[divan::bench(args = [60_000, 1_000_000])]
fn after_one_letter(bencher: Bencher, bytes: usize) {
    let lexicon = Lexicon::new(Dictionary::embedded().expect("shipped dictionaries load").0);
    let text = common::repeated(&common::samples(|_| true), bytes);
    let opts = FigureOptions::default();
    let at = (text.len() / 2..).find(|&i| text.as_bytes()[i] == b' ').unwrap();
    let edited = [format!("{}a{}", &text[..at], &text[at..]), text.clone()];
    let mut inc = vigie_core::incremental::Incremental::new();
    inc.analyze(&text, &lexicon, &opts);
    let mut k = 0;
    bencher.bench_local(|| {
        k += 1;
        inc.analyze(black_box(&edited[k % 2]), &lexicon, &opts)
    });
}

/// The line index of a document, rebuilt after every edit.
#[divan::bench(args = [60_000, 1_000_000])]
fn line_index(bencher: Bencher, bytes: usize) {
    let text = common::repeated(&common::samples(|_| true), bytes);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| vigie_core::line_index::LineIndex::new(black_box(&text)));
}

/// Cutting an article into pieces, before each incremental analysis.
#[divan::bench(args = [60_000, 1_000_000])]
fn pieces(bencher: Bencher, bytes: usize) {
    let text = common::repeated(&common::samples(|_| true), bytes);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| vigie_core::incremental::pieces(black_box(&text)));
}
