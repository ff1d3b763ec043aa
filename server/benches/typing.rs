//! Typing latency, end to end: the built `vigie lsp`, driven over JSON-RPC like an editor.
//! One letter per didChange, 30 ms apart, at random places of the article; each keystroke
//! is timed from the didChange sent to the publishDiagnostics of that version. On a 60 KB
//! and a 1 MB article; with the server's peak memory (VmHWM). Run with
//! `cargo bench -p vigie --bench typing`.

#[path = "../../tests/e2e/client.rs"]
#[allow(dead_code)]
mod client;

use std::time::{Duration, Instant};

use client::Client;
use serde_json::json;

fn article(bytes: usize) -> String {
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
    while text.len() < bytes {
        text.push_str(&body);
    }
    text
}

/// A small deterministic generator (xorshift64*), for the places typed at.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

/// VmHWM of a process, in MB (Linux).
fn peak_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn typing(bytes: usize, keystrokes: usize) {
    let text = article(bytes);
    // Lines that are prose (not front matter): typing happens there.
    let lines: Vec<(u32, u32)> = text
        .lines()
        .enumerate()
        .skip(3)
        .filter(|(_, l)| l.len() > 20)
        .map(|(i, l)| (i as u32, l.chars().count() as u32))
        .collect();
    let log = std::env::var("VIGIE_LOG").unwrap_or_else(|_| "error".into());
    let mut c = Client::spawn(&[("VIGIE_LOG", log.as_str())]);
    c.initialize(None, &[]);
    let uri = "file:///bench/typing.md";
    c.open(uri, "markdown", &text);
    c.diagnostics(uri, 1);
    let start_peak = peak_mb(c.pid());
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut version = 1i64;
    let mut latencies = Vec::with_capacity(keystrokes);
    let mut read = Vec::with_capacity(keystrokes);
    let letters = ['a', 'e', 's', ' ', '3', 'é'];
    for k in 0..keystrokes {
        let (line, len) = lines[rng.below(lines.len() as u64) as usize];
        // A column in characters: the client negotiated UTF-16, and these lines have no
        // character outside the BMP.
        let col = rng.below(u64::from(len)) as u32;
        let pos = json!({ "line": line, "character": col });
        version += 1;
        let sent = Instant::now();
        c.change(
            uri,
            version,
            json!({ "start": pos, "end": pos }),
            &letters[k % letters.len()].to_string(),
        );
        // Timed until the client has read and parsed that publishDiagnostics, and until it
        // had read its last byte (the server's share, without the client's JSON parsing).
        let at = c.wait_until("textDocument/publishDiagnostics", |p| {
            p["uri"] == uri && p["version"] == version
        });
        let took = sent.elapsed();
        latencies.push(took);
        read.push(c.arrival(at) - sent);
        c.clear_notifications();
        std::thread::sleep(Duration::from_millis(30).saturating_sub(took));
    }
    let end_peak = peak_mb(c.pid());
    c.shutdown();
    latencies.sort();
    read.sort();
    let at = |q: f64| ms(latencies[((latencies.len() as f64 - 1.0) * q) as usize]);
    let read_at = |q: f64| ms(read[((read.len() as f64 - 1.0) * q) as usize]);
    println!(
        "typing into a {} KB article, {} keystrokes 30 ms apart at random places:",
        text.len() / 1000,
        latencies.len()
    );
    println!(
        "  didChange → diagnostics for that version: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        at(0.5),
        at(0.95),
        at(1.0)
    );
    println!(
        "  … until its last byte was read, before the client parses it: p50 {:.2} ms, p95 {:.2} ms",
        read_at(0.5),
        read_at(0.95)
    );
    if let (Some(a), Some(b)) = (start_peak, end_peak) {
        println!("  server VmHWM: {a:.1} MB after opening, {b:.1} MB at the end");
    }
}

fn main() {
    typing(60_000, 300);
    typing(1_000_000, 100);
}
