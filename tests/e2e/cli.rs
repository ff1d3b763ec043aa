//! The command line, run as a user would.

use std::process::Command;

fn vigie(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(args)
        .output()
        .expect("run vigie");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn fixtures() -> String {
    format!("{}/../tests/fixtures/articles", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_shipped_dictionaries_pass_dict_check() {
    let (code, out, err) = vigie(&["dict", "check"]);
    assert_eq!(code, 0, "findings in the shipped dictionaries:\n{out}{err}");
    assert!(err.contains("0 error(s), 0 warning(s)"), "{err}");
}

#[test]
fn dict_check_reports_file_line_column_and_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[[entry]]\nid = \"a\"\nname = \"A\"\nkind = \"person\"\ndescription = \"x\"\nroles = [{ title = \"t\", since = \"2025-02-30\" }]\n").unwrap();
    let (code, out, _) = vigie(&["dict", "check", "--no-embedded", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("bad.toml:6:33: error:") && out.contains("2025-02-30"),
        "{out}"
    );

    let conflict = dir.path().join("conflict.toml");
    std::fs::write(
        &conflict,
        "[[entry]]\nid = \"kolia\"\nname = \"Kolia\"\nkind = \"person\"\ndescription = \"x\"\naliases = [\"Kiev\"]\n",
    )
    .unwrap();
    let (code, out, _) = vigie(&["dict", "check", conflict.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("warning") && out.contains("\"kiev\"") && out.contains("\"kolia\""),
        "{out}"
    );

    let (code, _, err) = vigie(&["dict", "check", "/nonexistent/dict.toml"]);
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
}

#[test]
fn mentions_in_text_and_json() {
    let (code, out, _) = vigie(&["mentions", &format!("{}/emoji-crlf.md", fixtures())]);
    assert_eq!(code, 0);
    assert!(
        out.lines()
            .any(|l| l.ends_with("Kharkiv → kharkiv (Kharkiv)") || l.contains(": Kharkiv → ")),
        "{out}"
    );

    let (code, out, _) = vigie(&["mentions", "--format", "json", &fixtures()]);
    assert_eq!(code, 0);
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON lines"))
        .collect();
    let pokrovsk = records
        .iter()
        .find(|r| r["text"] == "Pokrovsk")
        .expect("Pokrovsk found");
    // Line and column (in characters, 1-based) of Pokrovsk, computed independently.
    let text = std::fs::read_to_string(format!("{}/emoji-crlf.md", fixtures())).unwrap();
    let offset = text.find("Pokrovsk").unwrap();
    let line = text[..offset].matches('\n').count() + 1;
    let col = text[..offset].rsplit('\n').next().unwrap().chars().count() + 1;
    assert_eq!(
        (
            pokrovsk["line"].as_u64().unwrap() as usize,
            pokrovsk["column"].as_u64().unwrap() as usize
        ),
        (line, col)
    );
    assert!(records
        .iter()
        .any(|r| r["path"].as_str().unwrap().ends_with("witkoff-en.txt")));
}

#[test]
fn mentions_skips_non_utf8_files_and_reports_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "Selon Kiev, rien.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), b"Kiev \xff\xfe latin-1\n").unwrap();
    std::fs::write(dir.path().join("c.json"), "Kiev").unwrap();
    let (code, out, err) = vigie(&["mentions", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(err.contains("b.txt: not UTF-8 text, skipped"), "{err}");
}

#[test]
fn usage_errors_are_one_line_and_exit_2() {
    let (code, _, err) = vigie(&["mentions", "/nonexistent/folder"]);
    assert_eq!(code, 2);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.starts_with("vigie: error:"), "{err}");
    let (code, _, _) = vigie(&["mentions", "--format", "yaml", "x"]);
    assert_eq!(code, 2);
    for args in [
        &["--help"][..],
        &["lsp", "--help"],
        &["mentions", "--help"],
        &["dict", "check", "--help"],
    ] {
        let (code, out, _) = vigie(args);
        assert_eq!(code, 0, "{args:?}");
        assert!(out.contains("Usage"), "{args:?}: {out}");
    }
}

#[test]
fn check_reports_unsourced_figures_with_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.md");
    std::fs::write(&article, "# Front\n\nDes dizaines de milliers de soldats ont été déployés.\n\nSelon l’ONU, 3,7 millions de personnes ont fui.\n").unwrap();
    std::fs::write(
        dir.path().join("clean.txt"),
        "date 2025-01-01\n\nLe sommet s’ouvre le 2 décembre à 15 h 30.\n",
    )
    .unwrap();
    let (code, out, _) = vigie(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out.lines().count(), 1, "{out}");
    let out = out.replace(['\u{A0}', '\u{202F}'], " ");
    assert!(
        out.contains(
            "a.md:3:1: warning[unsourced-figure] Chiffre sans source : « Des dizaines de milliers de soldats »"
        ),
        "{out}"
    );

    let (code, out, _) = vigie(&[
        "check",
        "--format",
        "json",
        "--severity",
        "error",
        article.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    let r: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(
        (r["line"].as_u64(), r["column"].as_u64(), r["severity"].as_str()),
        (Some(3), Some(1), Some("error"))
    );
    assert_eq!(r["figure"], "Des dizaines de milliers de soldats");

    let (code, out, _) = vigie(&["check", "--severity", "off", article.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, _, _) = vigie(&["check", dir.path().join("clean.txt").to_str().unwrap()]);
    assert_eq!(code, 0);
    let (code, _, err) = vigie(&["check", "--severity", "loud", article.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("loud"), "{err}");
}

#[test]
fn mentions_of_an_entry_across_a_corpus_from_the_cache() {
    let cache = tempfile::tempdir().unwrap();
    let corpus = format!("{}/../tests/fixtures/corpus", env!("CARGO_MANIFEST_DIR"));
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
            .args(args)
            .env("VIGIE_CACHE_DIR", cache.path())
            .output()
            .expect("run vigie");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    // An alias in any case names the entry.
    let (code, out, _) = run(&["mentions", "--stats", "pokrovsk", &corpus]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().filter(|l| l.contains(" → ")).collect();
    assert_eq!(lines.len(), 10, "{out}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("archives/2024/2024-11-12-donbass.md:8:25: Pokrovsk → pokrovsk")),
        "{out}"
    );
    assert!(
        out.contains("files indexed: 5")
            && out.contains("files skipped: 1")
            && out.contains("latin1.txt: not UTF-8 text"),
        "{out}"
    );
    assert!(out.contains("(5 analysed, 0 reused)"), "{out}");
    // Again: from the cache, the same answer.
    let (_, again, _) = run(&["mentions", "--stats", "Pokrovsk", &corpus]);
    assert!(again.contains("(0 analysed, 5 reused)"), "{again}");
    assert_eq!(again.lines().filter(|l| l.contains(" → ")).collect::<Vec<_>>(), lines);
    // A word that is neither an entry nor a path: one clear line.
    let (code, _, err) = run(&["mentions", "Pokrov"]);
    assert_eq!(code, 2);
    assert_eq!(err.trim().lines().count(), 1);
    assert!(
        err.contains("neither an actor or place") && err.contains("Pokrovsk"),
        "{err}"
    );
}
