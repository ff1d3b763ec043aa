//! Typing latency, end to end: the built `vigie lsp`, driven over JSON-RPC like an editor.
//! A journalist types bursts of keystrokes (one every 30 ms) into a 60 KB article; we
//! measure from the last keystroke of a burst to the diagnostics published for that
//! version. Run with `cargo bench -p vigie --bench typing`.

#[path = "../../tests/e2e/client.rs"]
#[allow(dead_code)]
mod client;

use std::time::{Duration, Instant};

use client::Client;
use serde_json::json;

fn article_60kb() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let body: String = files
        .iter()
        .filter(|p| p.to_string_lossy().contains(".md"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .map(|t| t.splitn(3, "---").nth(2).unwrap_or_default().to_string())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut text = String::from("---\ndate: 2025-06-15\n---\n");
    while text.len() < 60_000 {
        text.push_str(&body);
    }
    text
}

fn main() {
    let text = article_60kb();
    let lines = text.lines().count() as u32;
    let mut c = Client::spawn(&[("VIGIE_LOG", "error")]);
    c.initialize(None, &[]);
    let uri = "file:///bench/typing.md";
    c.open(uri, "markdown", &text);
    c.diagnostics(uri, 1);

    let mut version = 1i64;
    let mut latencies = Vec::new();
    let typed = " Quelque 30 000 soldats";
    for burst in 0..30u32 {
        // Type at the start of a line, as a journalist inserting a sentence.
        let line = (burst * 7) % lines;
        let mut last = Instant::now();
        for (i, ch) in typed.chars().enumerate() {
            version += 1;
            let pos = json!({ "line": line, "character": i });
            c.change(uri, version, json!({ "start": pos, "end": pos }), &ch.to_string());
            last = Instant::now();
            std::thread::sleep(Duration::from_millis(30));
        }
        // `last` was taken as the last keystroke was sent: the 30 ms pause after it is part
        // of the wait, as it is for the journalist.
        c.diagnostics(uri, version);
        latencies.push(last.elapsed());
    }
    c.shutdown();
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = latencies[latencies.len() / 2];
    let p90 = latencies[latencies.len() * 9 / 10];
    let max = *latencies.last().unwrap();
    println!(
        "typing into a {} KB article, {} bursts of {} keystrokes (30 ms apart):",
        text.len() / 1000,
        latencies.len(),
        typed.chars().count()
    );
    println!(
        "  last keystroke → diagnostics for that version: median {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        ms(median),
        ms(p90),
        ms(max)
    );
}
