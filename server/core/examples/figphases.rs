//! Times the phases of the figure analysis on the French corpus repeated to 60 KB
//! (a development aid; the benchmark proper is benches/figures.rs).
use std::time::{Duration, Instant};

fn best<F: FnMut()>(mut f: F) -> Duration {
    (0..300)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

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
    'fill: loop {
        for f in &files {
            let t = std::fs::read_to_string(f).unwrap();
            text.push_str(
                &t.replace("[[", "")
                    .replace("]]", "")
                    .replace("{{", "")
                    .replace("}}", "")
                    .replace("<!-- vigie-ignore-file -->", ""),
            );
            text.push_str("\n\n");
            if text.len() > 60_000 {
                break 'fill;
            }
        }
    }
    if std::env::var("ONLY_ANALYZE").is_ok() {
        for _ in 0..2000 {
            std::hint::black_box(vigie_core::figures::analyze(&text, &Default::default()));
        }
        return;
    }
    let masked = vigie_core::markup::mask(&text);
    let sents = vigie_core::sentences::split(&masked);
    let toks: Vec<_> = sents
        .iter()
        .map(|s| vigie_core::figures::tokens::tokenize(&masked, s.range.clone()))
        .collect();
    use std::hint::black_box as bb;
    println!(
        "bytes {} sentences {} tokens {}",
        text.len(),
        sents.len(),
        toks.iter().map(Vec::len).sum::<usize>()
    );
    println!(
        "mask        {:?}",
        best(|| {
            bb(vigie_core::markup::mask(&text));
        })
    );
    println!(
        "split       {:?}",
        best(|| {
            bb(vigie_core::sentences::split(&masked));
        })
    );
    println!(
        "tokenize    {:?}",
        best(|| {
            for s in &sents {
                bb(vigie_core::figures::tokens::tokenize(
                    &masked,
                    s.range.clone(),
                ));
            }
        })
    );
    println!(
        "attribution {:?}",
        best(|| {
            for t in &toks {
                bb(vigie_core::figures::attribution::analyze(t));
            }
        })
    );
    println!(
        "detect      {:?}",
        best(|| {
            for t in &toks {
                bb(vigie_core::figures::detect::find(t, false));
            }
        })
    );
    println!(
        "markers     {:?}",
        best(|| {
            bb(vigie_core::markers::find(&text));
        })
    );
    println!(
        "stage1 mask+lower+markers+split {:?}",
        best(|| {
            let m = vigie_core::markup::mask(&text);
            let l = vigie_core::figures::tokens::lowercase_same_len(&m);
            bb(vigie_core::markers::find(&text));
            let ss = vigie_core::sentences::split(&m);
            bb((&l, ss));
        })
    );
    println!(
        "stage2 +tokenize_with {:?}",
        best(|| {
            let m = vigie_core::markup::mask(&text);
            let l = vigie_core::figures::tokens::lowercase_same_len(&m);
            let ss = vigie_core::sentences::split(&m);
            for s in &ss {
                bb(vigie_core::figures::tokens::tokenize_with(
                    &m,
                    &l,
                    s.range.clone(),
                ));
            }
        })
    );
    println!(
        "stage3 +attribution+detect {:?}",
        best(|| {
            let m = vigie_core::markup::mask(&text);
            let l = vigie_core::figures::tokens::lowercase_same_len(&m);
            bb(vigie_core::markers::find(&text));
            let ss = vigie_core::sentences::split(&m);
            for s in &ss {
                let t = vigie_core::figures::tokens::tokenize_with(&m, &l, s.range.clone());
                bb(vigie_core::figures::attribution::analyze(&t));
                bb(vigie_core::figures::detect::find(&t, false));
            }
        })
    );
    println!(
        "lower       {:?}",
        best(|| {
            bb(vigie_core::figures::tokens::lowercase_same_len(&masked));
        })
    );
    println!(
        "analyze     {:?}",
        best(|| {
            bb(vigie_core::figures::analyze(&text, &Default::default()));
        })
    );
}
