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

/// An article with two house-style spellings (one after an elision) and an unsourced
/// figure, CRLF line ends and an emoji before them.
const STYLE_ARTICLE: &str = "Volodymyr Zelenskyy 😀 est arrivé lundi à Kyiv. Plus de 40 drones ont frappé la ville.\r\nLa visite d’Zelenskiy a duré deux heures.\r\n";

#[test]
fn check_reports_house_style_and_fix_writes_it_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.md");
    std::fs::write(&article, STYLE_ARTICLE).unwrap();
    let path = article.to_str().unwrap();
    let (code, out, err) = vigie_env(&["check", path], &[("LANG", "en_GB.UTF-8")]);
    assert_eq!(code, 1, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].ends_with(":1:1: information[house-style] Graphie maison (default)\u{a0}: «\u{a0}Zelensky\u{a0}» plutôt que «\u{a0}Zelenskyy\u{a0}»."), "{out}");
    assert!(
        lines[1].contains(":1:42: information[house-style]") && lines[1].contains("Kiev"),
        "{out}"
    );
    assert!(lines[2].contains(":1:48: warning[unsourced-figure]"), "{out}");
    assert!(lines[3].contains(":2:13: information[house-style]"), "{out}");
    assert_eq!(
        err.trim_end(),
        "1 article checked, 1 unsourced figure, 3 house-style spellings"
    );

    // JSON: one object per finding, with the replacement the fix writes.
    let (_, out, _) = vigie_env(&["check", "--format", "json", path], &[]);
    let records: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records[3]["code"], "house-style");
    assert_eq!(records[3]["written"], "Zelenskiy");
    assert_eq!(records[3]["replacement"], "de Zelensky");

    // --fix: the spellings are written in place, the figure is not touched.
    let (code, out, err) = vigie_env(&["check", "--fix", path], &[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(code, 1, "the unsourced figure remains: {out}{err}");
    let fixed: Vec<&str> = out.lines().filter(|l| l.contains("fixed[house-style]")).collect();
    assert_eq!(fixed.len(), 3, "{out}");
    assert!(
        fixed[0].ends_with(":1:11: fixed[house-style] Zelenskyy → Zelensky"),
        "{out}"
    );
    assert!(out.contains("warning[unsourced-figure]"), "{out}");
    assert_eq!(
        err.trim_end(),
        "1 article vérifié, 1 chiffre sans source, 3 graphies corrigées"
    );
    assert_eq!(
        std::fs::read_to_string(&article).unwrap(),
        "Volodymyr Zelensky 😀 est arrivé lundi à Kiev. Plus de 40 drones ont frappé la ville.\r\nLa visite de Zelensky a duré deux heures.\r\n"
    );
    // No temporary file left beside it; a second run has nothing to fix.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["a.md"]);
    let (code, out, _) = vigie_env(&["check", "--fix", path], &[]);
    assert_eq!(code, 1);
    assert!(!out.contains("fixed"), "{out}");

    // The style and its severity come from vigie.toml.
    std::fs::write(&article, "Vladimir Poutine a reçu Volodymyr Zelensky.\n").unwrap();
    let config = dir.path().join("vigie.toml");
    std::fs::write(&config, "[house_style]\nstyle = \"reuters\"\nseverity = \"error\"\n").unwrap();
    let (code, out, _) = vigie_env(&["check", "--config", config.to_str().unwrap(), path], &[]);
    assert_eq!(code, 1);
    assert_eq!(out.matches("error[house-style]").count(), 2, "{out}");
    std::fs::write(&config, "[house_style]\nseverity = \"off\"\n").unwrap();
    std::fs::write(&article, "Volodymyr Zelenskyy est arrivé à Paris.\n").unwrap();
    let (code, out, _) = vigie_env(&["check", "--fix", "--config", config.to_str().unwrap(), path], &[]);
    assert_eq!((code, out.as_str()), (0, ""));
    assert_eq!(
        std::fs::read_to_string(&article).unwrap(),
        "Volodymyr Zelenskyy est arrivé à Paris.\n"
    );
}

#[test]
fn check_writes_sarif() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), STYLE_ARTICLE).unwrap();
    let folder = dir.path().to_str().unwrap();
    let (code, out, err) = vigie_env(&["check", "--format", "sarif", "--lang", "en", folder], &[]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(err, "", "no summary beside a machine format");
    let log: serde_json::Value = serde_json::from_str(&out).expect("one JSON document");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "vigie");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        ["unsourced-figure", "placeholder-source", "role-date", "house-style"]
    );
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    // Every result names a known rule, a level and a region.
    for r in results {
        assert!(rules.contains(&r["ruleId"].as_str().unwrap()), "{r}");
        assert!(
            ["note", "warning", "error"].contains(&r["level"].as_str().unwrap()),
            "{r}"
        );
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1, "{r}");
    }
    let figure = &results[2];
    assert_eq!(figure["ruleId"], "unsourced-figure");
    assert_eq!(figure["level"], "warning");
    assert!(figure.get("fixes").is_none(), "figures are never fixed");
    assert_eq!(figure["locations"][0]["physicalLocation"]["region"]["startColumn"], 48);
    let style = &results[3];
    assert_eq!(
        (style["ruleId"].as_str(), style["level"].as_str()),
        (Some("house-style"), Some("note"))
    );
    let replacement = &style["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "de Zelensky");
    assert_eq!(replacement["deletedRegion"]["startLine"], 2);
    assert_eq!(replacement["deletedRegion"]["startColumn"], 11);
    assert_eq!(replacement["deletedRegion"]["endColumn"], 22);
    let uri = style["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.ends_with("/a.md"), "{uri}");
}

#[test]
fn the_pre_commit_hook_runs_vigie_check() {
    let hooks = std::fs::read_to_string(format!("{}/../.pre-commit-hooks.yaml", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(hooks.contains("- id: vigie-check"), "{hooks}");
    assert!(hooks.contains("entry: vigie check"), "{hooks}");
    assert!(hooks.contains("- id: vigie-fix"), "{hooks}");
    assert!(hooks.contains("entry: vigie check --fix"), "{hooks}");
}

#[test]
fn mentions_of_an_entry_say_which_are_role_phrases() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "---\ndate: 2025-03-12\n---\nLe président russe a reçu l'envoyé américain à Moscou. Vladimir Poutine a ensuite parlé.\n",
    )
    .unwrap();
    let env = [("VIGIE_CACHE_DIR", cache.path().to_str().unwrap())];
    let root = dir.path().to_str().unwrap();
    // Twice: the first run indexes, the second answers from the cache.
    for _ in 0..2 {
        let (code, out, _) = vigie_env(&["mentions", "vladimir-poutine", root], &env);
        assert_eq!(code, 0, "{out}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert!(
            lines[0].contains("Le président russe → vladimir-poutine")
                && lines[0].ends_with("[via role: president-russie]"),
            "{out}"
        );
        assert!(
            lines[1].contains("Vladimir Poutine → vladimir-poutine") && !lines[1].contains("via role"),
            "{out}"
        );
        // A place holds no office: its mentions are never role phrases.
        let (_, out, _) = vigie_env(&["mentions", "moscou", root], &env);
        assert!(
            out.contains("Moscou → moscou (Moscou)") && !out.contains("via role"),
            "{out}"
        );
    }
}
