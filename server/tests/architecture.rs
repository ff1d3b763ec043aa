//! The invariants of ARCHITECTURE.md that a test can check by reading the sources.

use std::path::{Path, PathBuf};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn server_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: PathBuf) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out
}

/// The `lsp` modules that every feature may import: the session, the conversions, vigie's
/// protocol and the panic guard. Everything else in `src/lsp/` is a feature.
const SHARED: [&str; 4] = ["session", "convert", "lsp_ext", "guard"];

/// The modules a file names after `super::` or `crate::lsp::`.
fn lsp_imports(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for prefix in ["super::", "crate::lsp::"] {
        for (at, _) in source.match_indices(prefix) {
            let rest = &source[at + prefix.len()..];
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() && !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

#[test]
fn feature_modules_import_no_other_feature() {
    let dir = server_dir().join("src/lsp");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        // mod.rs is the dispatcher; it imports every feature.
        if path.extension().is_none_or(|e| e != "rs") || name == "mod" {
            continue;
        }
        for import in lsp_imports(&read(&path)) {
            assert!(
                SHARED.contains(&import.as_str()),
                "src/lsp/{name}.rs imports `{import}`: a module of src/lsp/ may only import {SHARED:?}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} modules read in {}", dir.display());
}

#[test]
fn the_session_imports_no_feature() {
    for path in rust_files(server_dir().join("src/lsp/session")) {
        let text = read(&path);
        for import in lsp_imports(&text) {
            // `super::` inside the session folder is the session itself.
            assert!(
                ["Workspace", "convert", "guard", "lsp_ext"].contains(&import.as_str()),
                "{} imports `{import}`",
                path.display()
            );
        }
    }
}

#[test]
fn the_core_crate_has_no_lsp_async_or_io_dependency() {
    let manifest = read(&server_dir().join("core/Cargo.toml"));
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .and_then(|s| s.split("\n[").next())
        .expect("a [dependencies] table");
    let names: Vec<&str> = deps
        .lines()
        .filter_map(|l| l.split(['=', '.']).next())
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.starts_with('#'))
        .collect();
    assert!(names.contains(&"aho-corasick"), "dependencies not read: {names:?}");
    for banned in [
        "lsp", "tokio", "tower", "futures", "async", "ropey", "ignore", "notify", "memmap", "postgres",
    ] {
        assert!(
            !names.iter().any(|n| n.contains(banned)),
            "vigie-core depends on a crate named like `{banned}`: {names:?}"
        );
    }
    for path in rust_files(server_dir().join("core/src")) {
        let text = read(&path);
        for banned in ["std::fs", "File::open", "std::net", "std::process", "std::env"] {
            assert!(!text.contains(banned), "{} uses {banned}", path.display());
        }
    }
}

#[test]
fn only_convert_builds_lsp_positions() {
    for path in rust_files(server_dir().join("src/lsp")) {
        if path.file_name().is_some_and(|n| n == "convert.rs") {
            continue;
        }
        let text = read(&path);
        // Tests may build positions to send; shipped code may not.
        let shipped = text.split("#[cfg(test)]").next().unwrap_or("");
        assert!(
            !shipped.contains("Position::new") && !shipped.contains("Position {"),
            "{} builds an LSP position itself: use convert.rs",
            path.display()
        );
    }
}

/// The backticked names of ARCHITECTURE.md, braces expanded (`a/{b,c}.rs` → `a/b.rs`,
/// `a/c.rs`).
fn codemap_names(doc: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (i, part) in doc.split('`').enumerate() {
        if i % 2 == 0 {
            continue;
        }
        match (part.find('{'), part.find('}')) {
            (Some(open), Some(close)) if open < close => {
                let (head, tail) = (&part[..open], &part[close + 1..]);
                for middle in part[open + 1..close].split(',') {
                    names.push(format!("{head}{middle}{tail}"));
                }
            }
            _ => names.push(part.to_string()),
        }
    }
    names
}

/// ARCHITECTURE.md's codemap names every source file of both crates (its sources, tests and
/// benchmarks): by its path from the crate's `src/` (`tests/…`, `benches/…` for those), or
/// through a folder it describes as a whole (`lsp/session/`).
#[test]
fn the_codemap_names_every_source_file() {
    let root = server_dir().join("..");
    let names = codemap_names(&read(&root.join("ARCHITECTURE.md")));
    let mut missing = Vec::new();
    for (dir, prefix) in [
        ("server/src", ""),
        ("server/core/src", ""),
        ("server/tests", "tests/"),
        ("server/core/tests", "tests/"),
        ("server/benches", "benches/"),
        ("server/core/benches", "benches/"),
    ] {
        let base = root.join(dir);
        for file in rust_files(base.clone()) {
            let rel = file.strip_prefix(&base).unwrap().to_string_lossy().replace('\\', "/");
            let rel = format!("{prefix}{rel}");
            let named = names
                .iter()
                .any(|n| *n == rel || (n.ends_with('/') && rel.starts_with(n.as_str())));
            if !named {
                missing.push(format!("{dir}: {rel}"));
            }
        }
    }
    assert!(missing.is_empty(), "not in ARCHITECTURE.md's codemap: {missing:#?}");
}
