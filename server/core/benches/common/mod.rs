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

/// Deterministic pseudo-random names from syllables: entry `i` of a dictionary of `n`.
pub fn generated(n: usize) -> vigie_core::Dictionary {
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
    vigie_core::Dictionary::load(&[("generated.toml", toml.as_str())])
        .expect("generated dictionary loads")
        .0
}
