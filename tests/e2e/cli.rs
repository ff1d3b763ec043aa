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

fn vigie_env(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vigie"));
    cmd.args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run vigie");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn check_decodes_windows_1252_and_never_passes_silently_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    // "L’été à Kiev, 3 millions de personnes ont fui." from an old CMS, in Windows-1252.
    std::fs::write(
        dir.path().join("cms.md"),
        b"L\x92\xe9t\xe9 \xe0 Kiev, 3 millions de personnes ont fui.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("ok.md"), "Selon l’ONU, rien.\n").unwrap();
    let folder = dir.path().to_str().unwrap();
    let (code, out, err) = vigie_env(&["check", folder], &[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("cms.md:1:15: warning[unsourced-figure]"), "{out}");
    assert!(err.contains("cms.md : pas en UTF-8, lu en Windows-1252"), "{err}");
    assert_eq!(
        err.lines().last().unwrap(),
        "2 articles vérifiés (dont 1 lu en Windows-1252), 1 chiffre sans source"
    );

    // A file that is neither: an error, exit 2 (1 with --skipped-ok), never 0.
    std::fs::remove_file(dir.path().join("cms.md")).unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"Kiev \xff\xfe\x00\x01").unwrap();
    let (code, out, err) = vigie_env(&["check", folder], &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "C")]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("bin.txt : ni UTF-8 ni Windows-1252, non vérifié"), "{err}");
    assert_eq!(
        err.lines().last().unwrap(),
        "1 article vérifié, 0 chiffre sans source, 1 fichier ignoré (pas en UTF-8)"
    );
    let (code, _, err) = vigie_env(&["check", "--skipped-ok", "--lang", "en", folder], &[("LANG", "fr_FR")]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        err.lines().last().unwrap(),
        "1 article checked, 0 unsourced figures, 1 file skipped (not UTF-8)"
    );
    // JSON output has no summary: stderr holds only the error.
    let (code, _, err) = vigie_env(&["check", "--format", "json", folder], &[]);
    assert_eq!(code, 2);
    assert!(!err.contains("article"), "{err}");
}

#[test]
fn check_says_when_there_is_nothing_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = vigie_env(&["check", dir.path().to_str().unwrap()], &[("LANG", "en_GB.UTF-8")]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("vigie: error: no article (.md, .markdown, .txt) in "),
        "{err}"
    );
    assert!(err.trim_end().ends_with("nothing was checked"), "{err}");
    std::fs::write(dir.path().join("notes.json"), "{}").unwrap();
    let (code, _, err) = vigie_env(&["check", dir.path().to_str().unwrap()], &[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(code, 2);
    assert!(err.contains("aucun article (.md, .markdown, .txt) dans "), "{err}");
    // A clean article: the summary says what was checked, exit 0.
    std::fs::write(dir.path().join("a.md"), "Le sommet s’ouvre le 2 décembre.\n").unwrap();
    let (code, _, err) = vigie_env(&["check", dir.path().to_str().unwrap()], &[]);
    assert_eq!(code, 0);
    assert_eq!(err.trim_end(), "1 article checked, 0 unsourced figures");
}

#[test]
fn argument_errors_follow_the_vigie_error_format() {
    for args in [
        &["check", "--format", "yaml", "x"][..],
        &["frobnicate"],
        &["check"],
        &["mentions", "--no-such-flag", "x"],
    ] {
        let (code, out, err) = vigie(args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert!(err.starts_with("vigie: error: "), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("--help"), "{args:?}: {err}");
    }
    let (code, out, _) = vigie(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("vigie "), "{out}");
}

#[test]
fn misspelled_entries_get_close_suggestions_only() {
    for (typo, expected) in [
        ("Pokrovks", "Pokrovsk"),
        ("Zelinsky", "Volodymyr Zelensky"),
        ("Macronn", "Emmanuel Macron"),
    ] {
        let (code, _, err) = vigie(&["mentions", typo]);
        assert_eq!(code, 2);
        let hint = err
            .split("did you mean: ")
            .nth(1)
            .unwrap_or_else(|| panic!("{typo}: {err}"));
        let names: Vec<&str> = hint
            .trim_end()
            .trim_end_matches(")")
            .trim_end_matches('?')
            .split(", ")
            .collect();
        assert_eq!(names, [expected], "{typo}: {err}");
    }
    let (_, _, err) = vigie(&["mentions", "Qwxzpt"]);
    assert!(!err.contains("did you mean"), "{err}");
}

#[test]
fn mentions_of_an_entry_with_none_says_zero() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "Rien à signaler.\n").unwrap();
    let cache = tempfile::tempdir().unwrap();
    let folder = dir.path().to_str().unwrap();
    let (code, out, err) = vigie_env(
        &["mentions", "Pokrovsk", folder],
        &[
            ("LANG", "fr_FR.UTF-8"),
            ("VIGIE_CACHE_DIR", cache.path().to_str().unwrap()),
        ],
    );
    assert_eq!((code, out.as_str()), (0, ""));
    assert_eq!(err.trim_end(), "0 mention de Pokrovsk dans 0 article");
    let (_, _, err) = vigie_env(
        &["mentions", "--lang", "en", "Pokrovsk", folder],
        &[("VIGIE_CACHE_DIR", cache.path().to_str().unwrap())],
    );
    assert_eq!(err.trim_end(), "0 mentions of Pokrovsk in 0 articles");
}
