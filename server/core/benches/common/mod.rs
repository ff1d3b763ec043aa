//! Inputs shared by the benchmarks.

#![allow(dead_code)]

/// The sample articles of `examples/`, sorted by name; `filter` keeps some of them.
pub fn samples(filter: impl Fn(&str) -> bool) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .filter(|t| filter(t))
        .collect()
}

/// `texts` joined and repeated to `bytes` bytes (cut on a char boundary).
pub fn repeated(texts: &[String], bytes: usize) -> String {
    let corpus = texts.join("\n\n");
    let mut text = String::new();
    while text.len() < bytes {
        text.push_str(&corpus);
    }
    let mut end = bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}
