//! Times the phases of the figure analysis on the corpus repeated to 60 KB (dev aid).
use std::time::Instant;
fn main() {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/figures");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_str().unwrap().contains(".fr."))
        .collect();
    files.sort();
    let mut text = String::new();
    while text.len() < 60_000 {
        for f in &files {
            text.push_str(
                &std::fs::read_to_string(f)
                    .unwrap()
                    .replace("[[", "")
                    .replace("]]", "")
                    .replace("{{", "")
                    .replace("}}", "")
                    .replace("<!-- vigie-ignore-file -->", ""),
            );
            text.push_str("\n\n");
        }
    }
    let n = 200;
    if std::env::var("ONLY_TOTAL").is_ok() {
        let t = Instant::now();
        for _ in 0..n {
            std::hint::black_box(vigie_core::figures::analyze(&text, &Default::default()));
        }
        println!("total {:?}", t.elapsed() / n);
        return;
    }
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(vigie_core::markup::mask(&text));
    }
    println!("mask {:?}", t.elapsed() / n);
    let masked = vigie_core::markup::mask(&text);
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(vigie_core::sentences::split(&masked));
    }
    println!("split {:?}", t.elapsed() / n);
    let sents = vigie_core::sentences::split(&masked);
    let t = Instant::now();
    for _ in 0..n {
        for s in &sents {
            std::hint::black_box(vigie_core::figures::tokens::tokenize(
                &masked,
                s.range.clone(),
            ));
        }
    }
    println!("tokenize {:?}", t.elapsed() / n);
    let toks: Vec<_> = sents
        .iter()
        .map(|s| vigie_core::figures::tokens::tokenize(&masked, s.range.clone()))
        .collect();
    let t = Instant::now();
    for _ in 0..n {
        for tk in &toks {
            std::hint::black_box(vigie_core::figures::attribution::analyze(tk));
        }
    }
    println!("attribution {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        for tk in &toks {
            std::hint::black_box(vigie_core::figures::detect::find(tk, false));
        }
    }
    println!("detect {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(vigie_core::markers::find(&text));
    }
    println!("markers {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(vigie_core::figures::analyze(&text, &Default::default()));
    }
    println!(
        "total {:?} for {} bytes, {} sentences",
        t.elapsed() / n,
        text.len(),
        sents.len()
    );
}
