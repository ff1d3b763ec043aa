//! Analysing a ~60 KB article: figures and their sourcing.
//!
//! The article is built by repeating the labelled corpus articles (marks stripped) until
//! it reaches 60 KB.

use vigie_core::figures::{analyze, unsourced, FigureOptions};

fn main() {
    divan::main();
}

fn strip_marks(s: &str) -> String {
    s.replace("[[", "")
        .replace("]]", "")
        .replace("{{", "")
        .replace("}}", "")
}

fn article(lang: &str) -> String {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/figures");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with(|c: char| c.is_ascii_digit()) && name.contains(lang) && !name.contains("ignore-file")
        })
        .collect();
    files.sort();
    let mut body = String::new();
    while body.len() < 60_000 {
        for f in &files {
            let text = strip_marks(&std::fs::read_to_string(f).expect("article"));
            // Front matter and file markers only make sense once, at the top.
            let text = text.replace("<!-- vigie-ignore-file -->", "");
            body.push_str(&text[vigie_core::markup::front_matter_end(&text)..]);
            body.push_str("\n\n");
            if body.len() >= 60_000 {
                break;
            }
        }
    }
    body
}

#[divan::bench(args = [".fr.", ".en."])]
fn analyze_60kb(bencher: divan::Bencher, lang: &str) {
    let text = article(lang);
    let opts = FigureOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| analyze(divan::black_box(&text), &opts));
}

#[divan::bench(args = [".fr.", ".en."])]
fn unsourced_60kb(bencher: divan::Bencher, lang: &str) {
    let text = article(lang);
    let opts = FigureOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| unsourced(divan::black_box(&text), &opts));
}
