//! The desk's archive on PostgreSQL, end to end: `vigie index` into a real database, then
//! the server and `vigie mentions` answering from it.
//!
//! These tests need a PostgreSQL server: `VIGIE_TEST_DATABASE_URL` (a superuser's URL; each
//! test creates and drops its own database). `eval "$(bash tests/pg/start.sh)"` starts a
//! throwaway one. Without it they skip with a message on stderr; `.ci/run` sets it and
//! fails if they skipped (each test that ran appends its name to `VIGIE_DB_RAN_LOG`).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::client::{poll, uri, Client};
use crate::corpus::{copy_dir, references};

/// A database of its own for one test, dropped at the end.
struct Db {
    admin: String,
    url: String,
    name: String,
}

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// Rows of a query, each column as text ("" for NULL).
fn sql(url: &str, query: &str) -> Vec<Vec<String>> {
    block_on(async {
        let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
        tokio::spawn(conn);
        let mut rows = Vec::new();
        for m in client.simple_query(query).await.unwrap() {
            if let tokio_postgres::SimpleQueryMessage::Row(r) = m {
                rows.push((0..r.len()).map(|i| r.get(i).unwrap_or("").to_string()).collect());
            }
        }
        rows
    })
}

impl Db {
    /// The database of test `test` (the name `.ci/run` counts).
    fn new(test: &str) -> Option<Db> {
        let db = Db::another(test)?;
        Db::ran(test);
        Some(db)
    }

    /// The database of test `test`, with no schema.
    fn new_empty(test: &str) -> Option<Db> {
        let db = Db::empty(test)?;
        Db::ran(test);
        Some(db)
    }

    fn ran(test: &str) {
        if let Ok(log) = std::env::var("VIGIE_DB_RAN_LOG") {
            let mut f = std::fs::OpenOptions::new().append(true).create(true).open(log).unwrap();
            writeln!(f, "{test}").unwrap();
        }
    }

    /// One more database for a test (to compare with).
    fn another(test: &str) -> Option<Db> {
        let db = Db::empty(test)?;
        let out = vigie(&["index", "migrate", "--database", &db.url], &[]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        Some(db)
    }

    /// A database with no schema.
    fn empty(test: &str) -> Option<Db> {
        let Ok(admin) = std::env::var("VIGIE_TEST_DATABASE_URL") else {
            eprintln!("vigie-db-test: SKIPPED {test}: VIGIE_TEST_DATABASE_URL is not set (eval \"$(bash tests/pg/start.sh)\" starts a database)");
            return None;
        };
        let name = format!("vigie_{test}_{}", std::process::id());
        sql(&admin, &format!("DROP DATABASE IF EXISTS {name}"));
        sql(&admin, &format!("CREATE DATABASE {name}"));
        let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
        let url = format!("{base}/{name}");
        Some(Db { admin, url, name })
    }

    fn password(&self) -> String {
        let after_user = self.url.split_once("://").unwrap().1;
        let userinfo = after_user.split_once('@').unwrap().0;
        userinfo.split_once(':').unwrap().1.to_string()
    }

    /// Every mention row, with its file and entry, in a stable order: what two databases of
    /// the same articles must agree on.
    fn dump(&self) -> Vec<Vec<String>> {
        let mut rows = sql(
            &self.url,
            "SELECT f.path, e.dict_id, m.start_byte, m.len, m.line, m.col_utf8, m.col_utf16,
                    m.end_line, m.end_col_utf8, m.end_col_utf16, coalesce(m.article_date::text, '')
             FROM mentions m JOIN files f ON f.id = m.file_id JOIN entries e ON e.id = m.entry_id
             ORDER BY 1, 2, 3",
        );
        rows.extend(sql(
            &self.url,
            "SELECT f.path, e.dict_id, sum(p.mentions)::text, count(*)::text, 'per-file'
             FROM postings p JOIN files f ON f.id = p.file_id JOIN entries e ON e.id = p.entry_id
             GROUP BY 1, 2 ORDER BY 1, 2",
        ));
        rows.extend(sql(
            &self.url,
            "SELECT e.dict_id, t.articles::text, t.mentions::text, 'totals'
             FROM entry_totals t JOIN entries e ON e.id = t.entry_id WHERE t.articles > 0 ORDER BY 1",
        ));
        rows.extend(sql(
            &self.url,
            "SELECT path, content_hash::text, dict_hash::text, title, coalesce(article_date::text, '') FROM files ORDER BY 1",
        ));
        rows
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let _ = std::panic::catch_unwind(|| {
            sql(
                &self.admin,
                &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
            )
        });
    }
}

fn vigie(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vigie"));
    cmd.args(args)
        .env("VIGIE_USER_CONFIG", "/nonexistent/vigie-e2e/config.toml")
        .env_remove("VIGIE_DATABASE_URL");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// `vigie index --database URL PATH...`: its stdout; fails the test on a non-zero exit.
fn index(db: &Db, paths: &[&Path], extra: &[&str]) -> String {
    let mut args = vec!["index", "--database", &db.url];
    args.extend(extra);
    let paths: Vec<String> = paths.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    args.extend(paths.iter().map(String::as_str));
    let out = vigie(&args, &[("VIGIE_LOG", "debug")]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "vigie index failed:\n{stdout}\n{stderr}");
    assert!(
        !stdout.contains(&db.password()) && !stderr.contains(&db.password()),
        "the password is in the output:\n{stdout}\n{stderr}"
    );
    stdout.into_owned()
}

/// A copy of tests/fixtures/corpus (desk + archives) in a temporary folder.
fn corpus() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    copy_dir(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/corpus"),
        &root,
    );
    let root = root.canonicalize().unwrap();
    (dir, root)
}

const NOTE: &str = "# Note\n\nVolodymyr Zelensky est attendu à Pokrovsk, dit-on à Kyiv.\n";

/// A server on `root` (the local index), with `env`; its first indexing run is over.
fn server(root: &Path, cache: &Path, encodings: &[&str], env: &[(&str, &str)]) -> Client {
    let cache = cache.to_string_lossy().into_owned();
    let mut all = vec![("VIGIE_CACHE_DIR", cache.as_str())];
    all.extend_from_slice(env);
    let mut c = Client::spawn(&all);
    c.initialize(Some(root), encodings);
    c.wait_for("$/progress", |p| p["value"]["kind"] == "end");
    c
}

#[test]
fn archive_and_local_index_give_identical_references() {
    let Some(db) = Db::new("identical") else { return };
    let (dir, root) = corpus();
    // An article that names Kyiv and Pokrovsk more often than one posting row holds (16),
    // after accents, an emoji (two UTF-16 units) and CRLF line ends.
    let mut long = String::from("# Chronique\r\n\r\n");
    for i in 0..40 {
        long.push_str(&format!(
            "Jour {i} : à Kyiv 🇺🇦 on écoute Pokrovsk, puis Kyiv encore.\r\n"
        ));
    }
    std::fs::write(root.join("desk/2025-11-30-chronique.md"), long).unwrap();
    let out = index(&db, &[&root], &[]);
    let rows = sql(
        &db.url,
        "SELECT max(p.part)::text FROM postings p JOIN entries e ON e.id = p.entry_id
         JOIN files f ON f.id = p.file_id WHERE f.path LIKE '%chronique.md'",
    );
    assert_eq!(rows[0][0], "4", "80 mentions of Kyiv: five rows");
    // latin1.txt is not UTF-8: skipped, as the local index skips it.
    assert!(out.contains("6 added"), "{out}");
    assert!(out.contains("1 skipped"), "{out}");
    let scratch = dir.path().join("scratch");
    std::fs::create_dir_all(&scratch).unwrap();
    let note = scratch.join("note.md");
    std::fs::write(&note, NOTE).unwrap();
    let note_uri = uri(&note);
    for (encodings, utf8) in [(&[][..], false), (&["utf-8"][..], true)] {
        let mut local = server(&root, &dir.path().join("cache-a"), encodings, &[]);
        let mut archive = server(
            &scratch,
            &dir.path().join("cache-b"),
            encodings,
            &[("VIGIE_DATABASE_URL", &db.url)],
        );
        for c in [&mut local, &mut archive] {
            c.open(&note_uri, "markdown", NOTE);
        }
        for needle in ["Zelensky", "Pokrovsk", "Kyiv"] {
            let from_local = references(&mut local, &note_uri, NOTE, needle, false, utf8);
            let from_archive = references(&mut archive, &note_uri, NOTE, needle, false, utf8);
            assert!(from_local.len() > 1, "{needle}: {from_local:?}");
            assert_eq!(from_archive, from_local, "{needle}, utf8 {utf8}");
        }
        // Hover counts agree too (the note counted once in both).
        let at = NOTE.find("Pokrovsk").unwrap() as u32;
        let a = local.hover(&note_uri, 2, at - 8).unwrap();
        let b = archive.hover(&note_uri, 2, at - 8).unwrap();
        assert_eq!(a["contents"], b["contents"]);
        local.shutdown();
        archive.shutdown();
    }
    // The command line: the same mentions from the archive alone as from the folders.
    let from_folders = vigie(
        &["mentions", "--format", "json", "Pokrovsk", root.to_str().unwrap()],
        &[],
    );
    let from_archive = vigie(
        &["mentions", "--format", "json", "Pokrovsk"],
        &[("VIGIE_DATABASE_URL", &db.url)],
    );
    let lines = |o: &Output| {
        let mut l: Vec<String> = String::from_utf8_lossy(&o.stdout).lines().map(String::from).collect();
        l.sort();
        l
    };
    assert!(!lines(&from_folders).is_empty());
    assert_eq!(lines(&from_archive), lines(&from_folders));
}

#[test]
fn incremental_reindex_after_edits_deletions_and_a_dictionary_change() {
    let Some(db) = Db::new("incremental") else { return };
    let Some(fresh) = Db::another("incremental_fresh") else {
        return;
    };
    let (dir, root) = corpus();
    index(&db, &[&root], &[]);
    let again = index(&db, &[&root], &[]);
    assert!(
        again.contains("0 added, 0 changed, 0 re-matched, 0 removed, 5 unchanged"),
        "{again}"
    );

    // An edit, a deletion, a new article, and a file touched without change.
    let pokrovsk = root.join("desk/2025-08-20-pokrovsk.md");
    let mut text = std::fs::read_to_string(&pokrovsk).unwrap();
    text.push_str("\nVolodymyr Zelensky s’est rendu à Pokrovsk.\n");
    std::fs::write(&pokrovsk, &text).unwrap();
    std::fs::remove_file(root.join("desk/2025-09-02-witkoff.md")).unwrap();
    std::fs::write(
        root.join("desk/2025-11-02-kyiv.md"),
        "date: 2025-11-02\n\nNuit d’alerte à Kyiv.\n",
    )
    .unwrap();
    let touched = root.join("desk/2025-09-05-front-en.txt");
    let content = std::fs::read(&touched).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&touched, content).unwrap();
    let out = index(&db, &[&root], &[]);
    assert!(
        out.contains("1 added, 1 changed, 0 re-matched, 1 removed, 2 unchanged, 1 touched"),
        "{out}"
    );
    index(&fresh, &[&root], &[]);
    assert_eq!(db.dump(), fresh.dump());

    // A newsroom dictionary with one more entry: everything is matched again, and said so.
    let dict = dir.path().join("desk.toml");
    std::fs::write(
        &dict,
        "[[entry]]\nid = \"etat-major-ukrainien\"\nname = \"état-major ukrainien\"\nkind = \"military\"\ndescription = \"The general staff of Ukraine's armed forces.\"\n",
    )
    .unwrap();
    let dict_arg = dict.to_string_lossy().into_owned();
    let out = index(&db, &[&root], &["--dictionary", &dict_arg]);
    assert!(out.contains("5 re-matched"), "{out}");
    assert!(out.contains("the dictionaries changed"), "{out}");
    let rows = sql(
        &db.url,
        "SELECT count(*) FROM mentions m JOIN entries e ON e.id = m.entry_id WHERE e.dict_id = 'etat-major-ukrainien'",
    );
    assert_ne!(rows[0][0], "0", "the new entry is found");
    let Some(fresh2) = Db::another("incremental_fresh2") else {
        return;
    };
    index(&fresh2, &[&root], &["--dictionary", &dict_arg]);
    assert_eq!(db.dump(), fresh2.dump());
    let out = index(&db, &[&root], &["--dictionary", &dict_arg]);
    assert!(out.contains("5 unchanged"), "{out}");
}

/// `n` generated dated articles under `dir`, a few KB each, naming a few entries.
fn generated(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    let para = "Volodymyr Zelensky a reçu à Kyiv les ministres européens, tandis que Dmitri Peskov \
                répondait depuis Moscou. Le front reste actif autour de Pokrovsk et de Kramatorsk.\n\n";
    for i in 0..n {
        let text = format!(
            "---\ndate: 2024-{:02}-{:02}\n---\n\n# Dépêche {i}\n\n{}",
            1 + i % 12,
            1 + i % 28,
            para.repeat(1 + i % 7)
        );
        std::fs::write(dir.join(format!("a{i:05}.md")), text).unwrap();
    }
}

#[test]
fn an_indexer_killed_mid_run_leaves_whole_articles_and_the_next_run_finishes() {
    let Some(db) = Db::new("killed") else { return };
    let Some(fresh) = Db::another("killed_fresh") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("gen");
    generated(&root, 3000);
    let root = root.canonicalize().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args([
            "index",
            "--batch-size",
            "10",
            "--database",
            &db.url,
            root.to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    poll("a first batch", Duration::from_millis(10), || {
        sql(&db.url, "SELECT count(*) FROM files")[0][0] != "0"
    });
    child.kill().unwrap();
    child.wait().unwrap();
    let files: usize = sql(&db.url, "SELECT count(*) FROM files")[0][0].parse().unwrap();
    assert!(
        files < 3000,
        "the indexer finished before it was killed ({files} files)"
    );
    // Every article in the database has all its mentions (whole batches only).
    let partial = sql(
        &db.url,
        "SELECT count(*) FROM files f
         WHERE f.mentions <> (SELECT count(DISTINCT m.start_byte) FROM mentions m WHERE m.file_id = f.id)
            OR EXISTS (SELECT 1 FROM postings p
                       WHERE p.file_id = f.id AND octet_length(p.positions) <> 32 * p.mentions)",
    );
    assert_eq!(partial[0][0], "0");
    let out = index(&db, &[&root], &[]);
    assert!(out.contains(&format!("{} added", 3000 - files)), "{out}");
    assert!(out.contains(&format!("{files} unchanged")), "{out}");
    index(&fresh, &[&root], &[]);
    assert_eq!(db.dump(), fresh.dump());
}

#[test]
fn two_indexers_at_once_write_each_article_once() {
    let Some(db) = Db::new("two") else { return };
    let Some(fresh) = Db::another("two_fresh") else { return };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("gen");
    generated(&root, 400);
    let root = root.canonicalize().unwrap();
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_vigie"))
            .args([
                "index",
                "--batch-size",
                "20",
                "--database",
                &db.url,
                root.to_str().unwrap(),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert!(a.status.success() && b.status.success());
    let outs = format!(
        "{}{}{}{}",
        String::from_utf8_lossy(&a.stdout),
        String::from_utf8_lossy(&b.stdout),
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr)
    );
    // One wrote everything; the other waited, then found nothing to do.
    assert!(outs.contains("400 added"), "{outs}");
    assert!(outs.contains("400 unchanged"), "{outs}");
    index(&fresh, &[&root], &[]);
    assert_eq!(db.dump(), fresh.dump());
}

/// A TCP relay to the database that can be cut, as a network or a server going away.
struct Relay {
    port: u16,
    stop: Arc<AtomicBool>,
    streams: Arc<Mutex<Vec<TcpStream>>>,
}

impl Relay {
    fn new(target: &str) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let streams = Arc::new(Mutex::new(Vec::new()));
        let (stop2, streams2, target) = (stop.clone(), streams.clone(), target.to_string());
        std::thread::spawn(move || {
            while !stop2.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((inbound, _)) => {
                        inbound.set_nonblocking(false).unwrap();
                        let Ok(outbound) = TcpStream::connect(&target) else {
                            continue;
                        };
                        let mut s = streams2.lock().unwrap();
                        s.push(inbound.try_clone().unwrap());
                        s.push(outbound.try_clone().unwrap());
                        pipe(inbound.try_clone().unwrap(), outbound.try_clone().unwrap());
                        pipe(outbound, inbound);
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Relay { port, stop, streams }
    }

    fn cut(&self) {
        self.stop.store(true, Ordering::SeqCst);
        for s in self.streams.lock().unwrap().iter() {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
        // The listener is closed when the accept loop sees the flag.
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn pipe(mut from: TcpStream, mut to: TcpStream) {
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n) = from.read(&mut buf) {
            if n == 0 || to.write_all(&buf[..n]).is_err() {
                break;
            }
        }
        let _ = to.shutdown(std::net::Shutdown::Both);
    });
}

#[test]
fn the_server_answers_locally_and_warns_once_when_the_database_goes_away() {
    let Some(db) = Db::new("stopped") else { return };
    let (dir, root) = corpus();
    index(&db, &[&root], &[]);
    let host_port = db.url.split_once('@').unwrap().1.split_once('/').unwrap().0.to_string();
    let relay = Relay::new(&host_port);
    let relayed = db.url.replace(&host_port, &format!("127.0.0.1:{}", relay.port));
    let scratch = dir.path().join("scratch");
    std::fs::create_dir_all(&scratch).unwrap();
    let note = scratch.join("note.md");
    std::fs::write(&note, NOTE).unwrap();
    let note_uri = uri(&note);
    let mut c = server(
        &scratch,
        &dir.path().join("cache"),
        &[],
        &[("VIGIE_DATABASE_URL", &relayed)],
    );
    c.open(&note_uri, "markdown", NOTE);
    // The archive answers (its first connection may take longer than a question's deadline
    // on a loaded machine: the server asks again after its backoff).
    poll("the archive's references", Duration::from_millis(300), || {
        references(&mut c, &note_uri, NOTE, "Pokrovsk", false, false).len() > 2
    });
    let warnings = |c: &Client| {
        c.notifications
            .iter()
            .filter(|(m, p)| m == "window/showMessage" && p["message"].as_str().unwrap_or_default().contains("archive"))
            .count()
    };
    let warned_before = warnings(&c);

    relay.cut();
    let started = Instant::now();
    let after = references(&mut c, &note_uri, NOTE, "Pokrovsk", false, false);
    assert_eq!(after.len(), 1, "only the note: {after:?}");
    assert_eq!(after[0].0, note_uri);
    for _ in 0..3 {
        let at = NOTE.find("Pokrovsk").unwrap() as u32;
        assert!(c.hover(&note_uri, 2, at - 8).is_ok());
        c.request("workspace/symbol", json!({ "query": "Pokrovsk" })).unwrap();
        references(&mut c, &note_uri, NOTE, "Zelensky", false, false);
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "answers took {:?}",
        started.elapsed()
    );
    poll("the warning", Duration::from_millis(20), || {
        c.receive_pending();
        warnings(&c) > warned_before
    });
    // Past the first backoff, the archive is asked again: still down, still one warning.
    std::thread::sleep(Duration::from_millis(1200));
    references(&mut c, &note_uri, NOTE, "Pokrovsk", false, false);
    c.request("workspace/symbol", json!({ "query": "Kyiv" })).unwrap();
    assert_eq!(warnings(&c), warned_before + 1, "{:?}", c.notifications);
    let password = db.password();
    for line in c.log() {
        assert!(!line.contains(&password), "password in the log: {line}");
    }
    c.shutdown();
}

#[test]
fn queries_by_entry_agree_with_each_other_counts_recent_and_date_ranges() {
    use vigie::db::query;
    use vigie_core::date::Date;
    let Some(db) = Db::new("queries") else { return };
    let (_dir, root) = corpus();
    index(&db, &[&root], &[]);
    block_on(async {
        let client = vigie::db::connect(&vigie::db::DatabaseUrl::new(db.url.clone()))
            .await
            .unwrap();
        let ids = query::EntryIds::new();
        let all = query::mentions_of(&client, &ids, "pokrovsk", 1000).await.unwrap();
        let mut paths: Vec<&str> = all.iter().map(|m| m.path.as_str()).collect();
        paths.dedup();
        assert!(paths.len() >= 3, "{all:?}");
        // Newest articles first.
        assert!(all.windows(2).all(|w| w[0].date >= w[1].date || w[1].date.is_none()));

        let counts = query::counts(&client, &["pokrovsk", "no-such-entry"], &[])
            .await
            .unwrap();
        assert_eq!(
            counts,
            vec![("pokrovsk".to_string(), paths.len() as u64, all.len() as u64)]
        );
        let except = vec![paths[0].to_string()];
        let without = query::counts(&client, &["pokrovsk"], &except).await.unwrap();
        let in_first = all.iter().filter(|m| m.path == paths[0]).count() as u64;
        assert_eq!(
            without,
            vec![(
                "pokrovsk".to_string(),
                paths.len() as u64 - 1,
                all.len() as u64 - in_first
            )]
        );

        let recent = query::recent(&client, &ids, "pokrovsk", 2, &[]).await.unwrap();
        let recent_paths: Vec<&str> = recent.iter().map(|r| r.path.as_str()).collect();
        assert_eq!(recent_paths, paths[..2].to_vec());
        let recent = query::recent(&client, &ids, "pokrovsk", 2, &except).await.unwrap();
        assert_eq!(recent[0].path, paths[1]);

        let (from, to) = (Date::new(2025, 8, 1).unwrap(), Date::new(2025, 9, 30).unwrap());
        let between = query::mentions_between(&client, &ids, "pokrovsk", from, to, 1000)
            .await
            .unwrap();
        let expected: Vec<_> = all
            .iter()
            .filter(|m| m.date.is_some_and(|d| d >= from && d <= to))
            .cloned()
            .collect();
        assert!(!expected.is_empty() && expected.len() < all.len());
        assert_eq!(between, expected);

        // A limit cuts the newest first, inside an article's row if need be.
        for limit in [1, 2, 3, all.len() as i64 - 1] {
            let some = query::mentions_of(&client, &ids, "pokrovsk", limit).await.unwrap();
            assert_eq!(some, all[..limit as usize].to_vec(), "limit {limit}");
        }
        let some = query::mentions_between(&client, &ids, "pokrovsk", from, to, 2)
            .await
            .unwrap();
        assert_eq!(some, expected[..2].to_vec());
    });

    // The archive re-created under a running client, every entry with another number: the
    // numbers learnt before are not trusted to name the same entries.
    let ids = query::EntryIds::new();
    let ask = |ids: &query::EntryIds| {
        block_on(async {
            let client = vigie::db::connect(&vigie::db::DatabaseUrl::new(db.url.clone()))
                .await
                .unwrap();
            let refs = query::mentions_of(&client, ids, "pokrovsk", 1000).await.unwrap();
            let recent = query::recent(&client, ids, "pokrovsk", 3, &[]).await.unwrap();
            (refs, recent)
        })
    };
    let before = ask(&ids);
    assert!(!before.0.is_empty() && !before.1.is_empty());
    let number = sql(&db.url, "SELECT id FROM entries WHERE dict_id = 'pokrovsk'")
        .remove(0)
        .remove(0);
    sql(&db.url, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    let out = vigie(&["index", "migrate", "--database", &db.url], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Pokrovsk's old number now names Volodymyr Zelensky, who is mentioned too.
    sql(
        &db.url,
        &format!(
            "INSERT INTO entries (dict_id) SELECT 'autre-' || i FROM generate_series(2, {number}) i;
             INSERT INTO entries (dict_id) VALUES ('volodymyr-zelensky');"
        ),
    );
    index(&db, &[&root], &[]);
    let renumbered = sql(&db.url, &format!("SELECT dict_id FROM entries WHERE id = {number}"));
    assert_eq!(renumbered[0][0], "volodymyr-zelensky");
    assert_eq!(ask(&ids), before);
}

/// The migration SQL of versions 1 to 4, as released.
const V4: [&str; 4] = [
    include_str!("../../server/src/db/migrations/0001_archive.sql"),
    include_str!("../../server/src/db/migrations/0002_entry_totals.sql"),
    include_str!("../../server/src/db/migrations/0003_roots.sql"),
    include_str!("../../server/src/db/migrations/0004_covering_references.sql"),
];

#[test]
fn an_archive_of_schema_version_4_migrates_to_postings_with_the_same_answers() {
    let Some(old) = Db::new_empty("migrate_v4") else { return };
    let Some(fresh) = Db::another("migrate_v4_fresh") else {
        return;
    };
    let (_dir, root) = corpus();
    index(&fresh, &[&root], &[]);
    // The same archive in version 4's tables, one row per mention, made from the fresh one.
    for (i, migration) in V4.iter().enumerate() {
        sql(&old.url, migration);
        if i == 0 {
            sql(
                &old.url,
                "CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL,
                     applied_at timestamptz NOT NULL DEFAULT now())",
            );
        }
        sql(
            &old.url,
            &format!(
                "INSERT INTO schema_migrations (version, name) VALUES ({}, 'v{}')",
                i + 1,
                i + 1
            ),
        );
    }
    let copies = [
        "SELECT 'INSERT INTO entries (id, dict_id) OVERRIDING SYSTEM VALUE VALUES '
                || string_agg(format('(%s, %L)', id, dict_id), ', ') FROM entries",
        "SELECT 'INSERT INTO files (id, path, size, mtime_ns, content_hash, dict_hash, article_date,
                title, mentions) OVERRIDING SYSTEM VALUE VALUES '
                || string_agg(format('(%s, %L, %s, %s, %s, %s, %L, %L, %s)', id, path, size, mtime_ns,
                   content_hash, dict_hash, article_date, title, mentions), ', ') FROM files",
        "SELECT 'INSERT INTO dictionaries (hash, entries) VALUES '
                || string_agg(format('(%s, %s)', hash, entries), ', ') FROM dictionaries",
        "SELECT 'INSERT INTO roots (path) VALUES ' || string_agg(format('(%L)', path), ', ') FROM roots",
        "SELECT 'INSERT INTO mentions VALUES ' || string_agg(format('(%s, %s, %L, %s, %s, %s, %s, %s, %s, %s, %s)',
                entry_id, file_id, article_date, start_byte, len, line, col_utf8, col_utf16, end_line,
                end_col_utf8, end_col_utf16), ', ') FROM mentions",
        "SELECT 'INSERT INTO entry_files VALUES ' || string_agg(format('(%s, %s, %L, %s)', entry_id, file_id,
                article_date, mentions), ', ') FROM (SELECT entry_id, file_id, article_date, sum(mentions) AS mentions
                FROM postings GROUP BY 1, 2, 3) p",
        "SELECT 'INSERT INTO entry_totals VALUES ' || string_agg(format('(%s, %s, %s)', entry_id, articles, mentions),
                ', ') FROM entry_totals",
    ];
    for copy in copies {
        let insert = sql(&fresh.url, copy).remove(0).remove(0);
        assert!(insert.contains("VALUES ("), "{insert}");
        sql(&old.url, &insert);
    }
    let out = vigie(&["index", "migrate", "--database", &old.url], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(old.dump(), fresh.dump());
    // The positions packed by the migration's SQL read as the indexer's.
    for needle in ["Pokrovsk", "Zelensky"] {
        let ask = |db: &Db| {
            vigie(
                &["mentions", "--format", "json", needle],
                &[("VIGIE_DATABASE_URL", &db.url)],
            )
        };
        let (a, b) = (ask(&old), ask(&fresh));
        assert!(
            a.status.success() && !a.stdout.is_empty(),
            "{}",
            String::from_utf8_lossy(&a.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&a.stdout), String::from_utf8_lossy(&b.stdout));
    }
    // And the next run finds nothing to do.
    let out = index(&old, &[&root], &[]);
    assert!(out.contains("5 unchanged"), "{out}");
}

#[test]
fn an_article_whose_path_is_too_long_for_the_archive_is_skipped_and_said() {
    let Some(db) = Db::new("long_path") else { return };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("archive");
    let mut deep = root.clone();
    for i in 0..6 {
        deep.push(format!("{i}-{}", "dossier".repeat(30)));
    }
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("note.md"), NOTE).unwrap();
    std::fs::write(root.join("court.md"), NOTE).unwrap();
    let root = root.canonicalize().unwrap();
    let out = vigie(&["index", "--database", &db.url, root.to_str().unwrap()], &[]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 added") && stdout.contains("1 skipped"), "{stdout}");
    assert!(stderr.contains("note.md: path too long for the archive (1"), "{stderr}");
    let rows = sql(&db.url, "SELECT count(*) FROM files WHERE path LIKE '%court.md'");
    assert_eq!(rows[0][0], "1");
}
