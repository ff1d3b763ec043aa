//! Faults a journalist's machine produces: odd files in the corpus, a cache folder that
//! cannot be written, a full disk, a process killed while it writes the cache. Nothing else
//! is lost.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::json;

use crate::client::{uri, Client};

fn run(args: &[&str], cache: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(args)
        .env("VIGIE_CACHE_DIR", cache)
        .output()
        .expect("run vigie");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A folder of two good articles beside every kind of file that is not one.
#[cfg(unix)]
fn odd_corpus(dir: &Path) {
    use std::os::unix::ffi::OsStrExt;
    std::fs::write(dir.join("bon.md"), "Vladimir Poutine a parlé à Kiev.\n").unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/autre.txt"), "Kiev encore, et Poutine.\n").unwrap();
    // 50 MB: too large for an article.
    let big = "Kiev. ".repeat(50_000_000 / 6);
    std::fs::write(dir.join("enorme.md"), big).unwrap();
    // Binary with an article's extension.
    std::fs::write(dir.join("image.md"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR Kiev").unwrap();
    // A link loop, and a link to a file outside (neither is followed).
    std::os::unix::fs::symlink(dir, dir.join("sub/boucle")).unwrap();
    // A FIFO named like an article: reading it would block.
    let fifo = dir.join("tube.md");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    // A file name that is not UTF-8.
    let name = std::ffi::OsStr::from_bytes(b"d\xe9p\xeache.md");
    std::fs::write(dir.join(name), "Kiev.\n").unwrap();
    // Unreadable (only meaningful when not root: root reads everything).
    let locked = dir.join("verrou.md");
    std::fs::write(&locked, "Kiev.\n").unwrap();
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
}

#[cfg(unix)]
#[test]
fn odd_files_are_skipped_with_a_reason_and_the_rest_is_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    odd_corpus(dir.path());
    let (code, out, err) = run(
        &["mentions", "--stats", "kiev", dir.path().to_str().unwrap()],
        cache.path(),
    );
    assert_eq!(code, 0, "{out}\n{err}");
    let found: Vec<&str> = out.lines().filter(|l| l.contains(" → kiev")).collect();
    let mut expected_kiev = 2;
    if is_root() {
        // verrou.md is readable by root: it is an article like the others.
        expected_kiev += 1;
    }
    assert_eq!(found.len(), expected_kiev, "{out}");
    assert!(out.contains("bon.md:1:"), "{out}");
    assert!(out.contains("enorme.md: too large (50 MB)"), "{out}");
    assert!(out.contains("image.md: binary file (NUL bytes)"), "{out}");
    assert!(out.contains("che.md: file name is not UTF-8"), "{out}");
    if !is_root() {
        assert!(out.contains("verrou.md: unreadable"), "{out}");
    }
    // The FIFO is not a regular file: the walk never opens it.
    assert!(!out.contains("tube.md") || out.contains("tube.md: unreadable"), "{out}");
    // Again, from the cache: the same answer.
    let (_, again, _) = run(
        &["mentions", "--stats", "kiev", dir.path().to_str().unwrap()],
        cache.path(),
    );
    assert_eq!(
        again.lines().filter(|l| l.contains(" → kiev")).collect::<Vec<_>>(),
        found
    );
}

#[test]
fn a_full_disk_keeps_the_last_good_cache_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "Poutine et Kiev.\n").unwrap();
    let (code, _, err) = run(&["mentions", "kiev", dir.path().to_str().unwrap()], cache.path());
    assert_eq!(code, 0, "{err}");
    let cache_files = |root: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        for e in walkdir(root) {
            out.push((e.clone(), std::fs::read(&e).unwrap()));
        }
        out.sort();
        out
    };
    let good = cache_files(cache.path());
    assert!(!good.is_empty());

    // A new article, then a disk that fills up after 100 bytes of the cache.
    std::fs::write(dir.path().join("b.md"), "Kiev encore.\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(["mentions", "kiev", dir.path().to_str().unwrap()])
        .env("VIGIE_CACHE_DIR", cache.path())
        .env("VIGIE_TEST_DISK_FULL_AFTER", "100")
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stdout.lines().filter(|l| l.contains(" → kiev")).count(), 2, "{stdout}");
    assert!(stderr.contains("cannot write the index cache"), "{stderr}");
    // The last good cache is whole and no temporary is left.
    assert_eq!(cache_files(cache.path()), good);

    // The server says it once, in the editor, and answers from memory.
    let mut c = Client::spawn(&[
        ("VIGIE_CACHE_DIR", cache.path().to_str().unwrap()),
        ("VIGIE_TEST_DISK_FULL_AFTER", "100"),
    ]);
    c.initialize(Some(dir.path()), &[]);
    let msg = c.wait_for("window/showMessage", |p| {
        p["message"].as_str().is_some_and(|m| m.contains("cannot be written"))
    });
    assert_eq!(msg["type"], 2, "a warning: {msg}");
    c.shutdown();
    assert_eq!(cache_files(cache.path()), good);
}

/// Every file under `root`.
fn walkdir(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn a_cache_that_cannot_be_written_leaves_answers_intact() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "Poutine et Kiev.\n").unwrap();
    // A cache folder below a regular file: nothing can be created there (even by root).
    let blocker = tempfile::NamedTempFile::new().unwrap();
    let cache = blocker.path().join("cache");
    let (code, out, err) = run(&["mentions", "kiev", dir.path().to_str().unwrap()], &cache);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().filter(|l| l.contains(" → kiev")).count(), 1, "{out}");
    assert!(err.contains("cannot write the index cache"), "{err}");

    // The server says it once, and answers references from memory.
    let mut c = Client::spawn(&[("VIGIE_CACHE_DIR", cache.to_str().unwrap())]);
    c.initialize(Some(dir.path()), &[]);
    let msg = c.wait_for("window/showMessage", |p| {
        p["message"].as_str().is_some_and(|m| m.contains("cannot be written"))
    });
    assert_eq!(msg["type"], 2, "a warning: {msg}");
    let u = uri(&dir.path().join("b.md"));
    c.open(&u, "markdown", "Kiev\n");
    crate::client::poll("references from memory", std::time::Duration::from_millis(50), || {
        let refs = c
            .request(
                "textDocument/references",
                json!({ "textDocument": { "uri": u }, "position": { "line": 0, "character": 1 }, "context": { "includeDeclaration": false } }),
            )
            .unwrap();
        refs.as_array().is_some_and(|r| r.len() == 2)
    });
    c.shutdown();
}

/// `kill -9` at random moments of an indexing run that writes the cache: every next run
/// answers exactly as a clean one (from a good cache, or by indexing again).
#[cfg(unix)]
#[test]
fn killed_while_writing_the_cache_the_next_run_is_right() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..1500 {
        let sub = dir.path().join(format!("{:02}", i % 30));
        std::fs::create_dir_all(&sub).unwrap();
        let text = format!(
            "# Dépêche {i}\n\nÀ Kiev, Vladimir Poutine ({i}) et Kharkiv. {}\n",
            "Texte. ".repeat(i % 50)
        );
        std::fs::write(sub.join(format!("a{i}.md")), text).unwrap();
    }
    let clean_cache = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    let (_, clean, _) = run(&["mentions", "kiev", path], clean_cache.path());
    assert_eq!(clean.lines().count(), 1500);

    let cache = tempfile::tempdir().unwrap();
    for round in 0..8u64 {
        // Touch some files so that each run has work and a cache to write.
        for i in (round as usize..1500).step_by(97) {
            let p = dir.path().join(format!("{:02}/a{i}.md", i % 30));
            let text = std::fs::read_to_string(&p).unwrap();
            std::fs::write(&p, text).unwrap();
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
            .args(["mentions", "kiev", path])
            .env("VIGIE_CACHE_DIR", cache.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(40 + round * 37));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let (code, out, err) = run(&["mentions", "kiev", path], cache.path());
        assert_eq!(code, 0, "round {round}: {err}");
        assert_eq!(out, clean, "round {round}: {err}");
    }
    // No temporary file left to grow the cache folder forever.
    let leftovers = walk(cache.path())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "tmp"))
        .count();
    // On Linux a dead writer's file goes at the next write (`/proc` tells it is dead);
    // elsewhere only once it is ten minutes old.
    let allowed = if cfg!(target_os = "linux") { 0 } else { 1 };
    assert!(leftovers <= allowed, "{leftovers} temporary files left");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A cloned repository's vigie.toml that points the corpus outside the workspace is not
/// followed until the user allows that folder in their own settings.
#[test]
fn corpus_paths_outside_the_workspace_need_the_users_consent() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = dir.path().join("depot");
    let outside = dir.path().join("ailleurs");
    std::fs::create_dir_all(&workspace).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(workspace.join("vigie.toml"), "[corpus]\npaths = [\"../ailleurs\"]\n").unwrap();
    std::fs::write(workspace.join("ici.md"), "Kiev, ici.\n").unwrap();
    std::fs::write(outside.join("secret.md"), "Kiev, ailleurs.\n").unwrap();
    let cache = dir.path().join("cache");
    let mut c = Client::spawn(&[("VIGIE_CACHE_DIR", cache.to_str().unwrap())]);
    c.initialize(Some(&workspace), &[]);
    let msg = c.wait_for("window/showMessage", |p| {
        p["message"]
            .as_str()
            .is_some_and(|m| m.contains("outside the workspace"))
    });
    assert!(msg["message"].as_str().unwrap().contains("ailleurs"), "{msg}");
    let u = uri(&workspace.join("ici.md"));
    c.open(&u, "markdown", "Kiev, ici.\n");
    let refs = |c: &mut Client| -> Vec<String> {
        let r = c
            .request(
                "textDocument/references",
                json!({ "textDocument": { "uri": u }, "position": { "line": 0, "character": 1 }, "context": { "includeDeclaration": false } }),
            )
            .unwrap();
        r.as_array()
            .unwrap()
            .iter()
            .map(|l| l["uri"].as_str().unwrap().to_string())
            .collect()
    };
    // Give the index time to finish: it must still not read the outside folder.
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(
        refs(&mut c).iter().all(|r| !r.contains("ailleurs")),
        "{:?}",
        refs(&mut c)
    );
    // The user allows it in their settings: now it is indexed.
    let allowed = outside.canonicalize().unwrap();
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "vigie": { "corpus": { "allowPaths": [allowed] } } } }),
    );
    crate::client::poll(
        "the allowed folder indexed",
        std::time::Duration::from_millis(50),
        || refs(&mut c).iter().any(|r| r.contains("ailleurs/secret.md")),
    );
    c.shutdown();
}
