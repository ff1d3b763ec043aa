//! Load, end to end: the built `vigie lsp` on a workspace of 5,000 articles. For 60 s a
//! scripted client sends 200 didChange per second into a 60 KB article, with hovers,
//! references and code actions in between, while every corpus file is rewritten on disk
//! and announced by file events. It checks that every request is answered and that the
//! server's text equals the client's at the end, and reports the server's memory (VmHWM)
//! at the start and the end. Run with `cargo bench -p vigie --bench load`
//! (`VIGIE_LOAD_SECS` shortens the run; `VIGIE_LOAD_KEEP_SIZE` deletes a character, or a
//! line break at a line's end, for each one typed past the article's first size, so that it
//! stays about 60 KB).

#[path = "../../tests/e2e/client.rs"]
#[allow(dead_code)]
mod client;

use std::time::{Duration, Instant};

use client::{uri, Client};
use serde_json::json;
use vigie_core::corpus::synth;
use vigie_core::Dictionary;

fn vm(pid: u32, key: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let secs: u64 = std::env::var("VIGIE_LOAD_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let dict = Dictionary::embedded().unwrap().0;
    let files: Vec<std::path::PathBuf> = (0..5000)
        .map(|i| {
            let p = root.join(format!("{:02}/a{i}.md", i % 50));
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, synth::article(&dict, 7, i, 3000)).unwrap();
            p
        })
        .collect();
    let cache = root.join(".cache");
    let mut c = Client::spawn(&[
        ("VIGIE_LOG", "error"),
        ("VIGIE_CACHE_DIR", cache.to_str().unwrap()),
        ("VIGIE_DEBUG_PANIC", "1"),
    ]);
    c.initialize(Some(&root), &[]);
    c.wait_for("$/progress", |p| p["value"]["kind"] == "end");

    let mut text = String::from("---\ndate: 2025-06-15\n---\n");
    let mut i = 0;
    while text.len() < 60_000 {
        text.push_str(&synth::article(&dict, 11, i, 3000));
        text.push_str("\n\n");
        i += 1;
    }
    let doc = root.join("edited.md");
    let u = uri(&doc);
    c.open(&u, "markdown", &text);
    c.diagnostics(&u, 1);
    let (start_rss, start_hwm) = (vm(c.pid(), "VmRSS:"), vm(c.pid(), "VmHWM:"));
    let start_len = text.len();
    let keep_size = std::env::var_os("VIGIE_LOAD_KEEP_SIZE").is_some();

    let begin = Instant::now();
    let mut version = 1i64;
    let mut sent_changes = 0usize;
    let (mut requests, mut answered) = (0usize, 0usize);
    let mut slowest = Duration::ZERO;
    let mut rewritten = 0usize;
    let mut rng = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = |n: u64| {
        rng ^= rng >> 12;
        rng ^= rng << 25;
        rng ^= rng >> 27;
        rng.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    };
    // VmRSS every ten seconds: flat memory is a plateau, not two end points.
    let mut samples = vec![start_rss];
    let mut next_sample = Duration::from_secs(10);
    let tick = Duration::from_millis(5); // 200 changes a second
    let mut due = Instant::now();
    while begin.elapsed() < Duration::from_secs(secs) {
        // One keystroke at a random place of a random line (ASCII lines: columns are bytes).
        let lines: Vec<&str> = text.lines().collect();
        let line = 3 + next(lines.len() as u64 - 3) as usize;
        let col = next(lines[line].len() as u64 + 1) as usize;
        let col = (0..=col).rev().find(|&k| lines[line].is_char_boundary(k)).unwrap_or(0);
        let offset: usize = lines[..line].iter().map(|l| l.len() + 1).sum::<usize>() + col;
        let utf16 = lines[line][..col].encode_utf16().count();
        version += 1;
        let pos = json!({ "line": line, "character": utf16 });
        // With VIGIE_LOAD_KEEP_SIZE, a backspace for every keystroke that took the article
        // past its first size: it stays about 60 KB, as an article being revised does.
        // At a line's end the backspace takes the line break (the next line joins this
        // one), so that typed line breaks are taken back too and the size holds still.
        let deleted = (keep_size && text.len() > start_len)
            .then(|| match lines[line][col..].chars().next() {
                Some(ch) => Some((
                    ch.len_utf8(),
                    json!({ "line": line, "character": utf16 + ch.len_utf16() }),
                )),
                None => (line + 1 < lines.len()).then(|| (1, json!({ "line": line + 1, "character": 0 }))),
            })
            .flatten();
        if let Some((len, end)) = deleted {
            text.replace_range(offset..offset + len, "");
            c.change(&u, version, json!({ "start": pos, "end": end }), "");
        } else {
            let letter = ["a", " ", "3", "é", "\n"][next(5) as usize];
            text.insert_str(offset, letter);
            c.change(&u, version, json!({ "start": pos, "end": pos }), letter);
        }
        sent_changes += 1;
        // Every tenth keystroke, a request; every fiftieth, a batch of corpus files changes.
        if sent_changes % 10 == 0 && std::env::var_os("VIGIE_LOAD_NO_REQUESTS").is_none() {
            let p = json!({ "textDocument": { "uri": u }, "position": pos });
            let (method, params) = match next(3) {
                0 => ("textDocument/hover", p),
                1 => (
                    "textDocument/references",
                    json!({ "textDocument": { "uri": u }, "position": pos, "context": { "includeDeclaration": false } }),
                ),
                _ => (
                    "textDocument/codeAction",
                    json!({ "textDocument": { "uri": u }, "range": { "start": pos, "end": pos }, "context": { "diagnostics": [] } }),
                ),
            };
            let t = Instant::now();
            requests += 1;
            if c.request(method, params).is_ok() {
                answered += 1;
            }
            slowest = slowest.max(t.elapsed());
        }
        // The diagnostics the server publishes are not read here: drop them as they come.
        c.drain();
        if sent_changes % 50 == 0 && std::env::var_os("VIGIE_LOAD_NO_FILES").is_none() {
            let batch: Vec<_> = (0..21)
                .map(|_| {
                    let k = rewritten % files.len();
                    rewritten += 1;
                    std::fs::write(&files[k], synth::article(&dict, 99 + rewritten as u64, k, 3000)).unwrap();
                    json!({ "uri": uri(&files[k]), "type": 2 })
                })
                .collect();
            c.notify("workspace/didChangeWatchedFiles", json!({ "changes": batch }));
        }
        if begin.elapsed() >= next_sample {
            samples.push(vm(c.pid(), "VmRSS:"));
            next_sample += Duration::from_secs(10);
        }
        due += tick;
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
    }
    let elapsed = begin.elapsed();
    let server_text = c
        .request("vigie/debug/documentText", json!({ "uri": u }))
        .expect("the debug request answers");
    let same = server_text.as_str() == Some(text.as_str());
    let (end_rss, end_hwm) = (vm(c.pid(), "VmRSS:"), vm(c.pid(), "VmHWM:"));
    c.shutdown();
    println!(
        "load for {:.0} s: {sent_changes} didChange ({:.0}/s), {requests} requests ({answered} answered, slowest {:.1} ms), {rewritten} corpus files rewritten",
        elapsed.as_secs_f64(),
        sent_changes as f64 / elapsed.as_secs_f64(),
        slowest.as_secs_f64() * 1000.0
    );
    println!("  server VmRSS {start_rss:.1} → {end_rss:.1} MB, VmHWM {start_hwm:.1} → {end_hwm:.1} MB");
    let timeline: Vec<String> = samples.iter().map(|m| format!("{m:.1}")).collect();
    println!(
        "  VmRSS every 10 s: {} MB (document {} → {} bytes)",
        timeline.join(", "),
        start_len,
        text.len()
    );
    println!("  final text equal to the client's: {same}");
    assert_eq!(answered, requests, "every request answered");
    assert!(same, "the server's text differs from the client's");
}
