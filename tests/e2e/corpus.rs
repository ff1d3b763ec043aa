//! The corpus index over JSON-RPC: references across files never opened, freshness after
//! edits and file events, restart on the cache, symbols, hover counts.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{json, Value};

use crate::client::{poll, position, uri, Client};

/// A copy of tests/fixtures/corpus: `desk/` is the workspace folder (with a vigie.toml that
/// adds `archives/`, outside it, which the user's own configuration allows), and a cache
/// folder of its own.
pub struct Setup {
    pub dir: tempfile::TempDir,
}

impl Setup {
    pub fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let from = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/corpus");
        copy_dir(&from, dir.path());
        std::fs::write(
            dir.path().join("desk/vigie.toml"),
            "[corpus]\npaths = [\"../archives\"]\n",
        )
        .unwrap();
        let archives = dir.path().join("archives").canonicalize().unwrap();
        let user = format!("[corpus]\nallow = [{:?}]\n", archives.to_str().unwrap());
        std::fs::write(dir.path().join("user.toml"), user).unwrap();
        Setup { dir }
    }

    /// A server process for this setup (its cache folder, its user configuration).
    pub fn spawn(&self) -> Client {
        let cache = self.cache();
        let user = self.dir.path().join("user.toml");
        Client::spawn(&[
            ("VIGIE_CACHE_DIR", cache.as_str()),
            ("VIGIE_USER_CONFIG", user.to_str().unwrap()),
        ])
    }

    pub fn desk(&self) -> PathBuf {
        self.dir.path().join("desk").canonicalize().unwrap()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel).canonicalize().unwrap()
    }

    pub fn cache(&self) -> String {
        self.dir.path().join("cache").to_string_lossy().into_owned()
    }

    /// A started server whose first indexing run is over; the message it ended with.
    pub fn start(&self, encodings: &[&str]) -> (Client, String) {
        let mut c = self.spawn();
        c.initialize(Some(&self.desk()), encodings);
        let end = c.wait_for("$/progress", |p| p["value"]["kind"] == "end");
        (c, end["value"]["message"].as_str().unwrap_or_default().to_string())
    }
}

/// Writes a new article mentioning Pokrovsk into the desk and tells the server (a created
/// file event); returns its path.
pub fn add_article(s: &Setup, c: &mut Client) -> PathBuf {
    let new = s.desk().join("2025-11-01-nouveau.md");
    std::fs::write(&new, "# Nouveau\n\nRetour à Pokrovsk.\n").unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&new), "type": 1 }] }),
    );
    new
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every occurrence of `needle` in the file, as (uri, LSP range) computed independently.
fn occurrences(path: &Path, text: &str, needle: &str, utf8: bool) -> Vec<(String, Value)> {
    text.match_indices(needle)
        .map(|(at, _)| {
            let (sl, sc) = position(text, at, utf8);
            let (el, ec) = position(text, at + needle.len(), utf8);
            (
                uri(path),
                json!({ "start": { "line": sl, "character": sc }, "end": { "line": el, "character": ec } }),
            )
        })
        .collect()
}

pub fn references(
    c: &mut Client,
    u: &str,
    text: &str,
    needle: &str,
    declaration: bool,
    utf8: bool,
) -> Vec<(String, Value)> {
    let at = text.find(needle).unwrap() + 1;
    let (line, character) = position(text, at, utf8);
    let result = c
        .request(
            "textDocument/references",
            json!({ "textDocument": { "uri": u }, "position": { "line": line, "character": character },
                    "context": { "includeDeclaration": declaration } }),
        )
        .expect("references answer");
    let mut out: Vec<(String, Value)> = result
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["uri"].as_str().unwrap().to_string(), l["range"].clone()))
        .collect();
    out.sort_by_key(|(uri, range)| (uri.clone(), range.to_string()));
    out
}

fn expected(s: &Setup, files: &[&str], needle: &str, utf8: bool) -> Vec<(String, Value)> {
    let mut all: Vec<(String, Value)> = files
        .iter()
        .flat_map(|f| {
            let p = s.path(f);
            let text = std::fs::read_to_string(&p).unwrap();
            occurrences(&p, &text, needle, utf8)
        })
        .collect();
    all.sort_by_key(|(uri, range)| (uri.clone(), range.to_string()));
    all
}

const POKROVSK_FILES: &[&str] = &[
    "desk/2025-08-20-pokrovsk.md",
    "desk/2025-09-05-front-en.txt",
    "desk/2025-10-01-emoji-crlf.md",
    "archives/2024/2024-11-12-donbass.md",
];

#[test]
fn references_cover_files_never_opened_in_both_encodings() {
    for utf8 in [false, true] {
        let s = Setup::new();
        let (mut c, end) = s.start(if utf8 { &["utf-8", "utf-16"] } else { &[] });
        assert!(end.contains("5 articles indexed"), "{end}");
        let path = s.path("desk/2025-08-20-pokrovsk.md");
        let text = std::fs::read_to_string(&path).unwrap();
        let u = uri(&path);
        c.open(&u, "markdown", &text);
        let refs = references(&mut c, &u, &text, "Pokrovsk", false, utf8);
        assert_eq!(refs, expected(&s, POKROVSK_FILES, "Pokrovsk", utf8), "utf8: {utf8}");
        // With the declaration: the entry in its dictionary too.
        let with_decl = references(&mut c, &u, &text, "Pokrovsk", true, utf8);
        assert_eq!(with_decl.len(), refs.len() + 1);
        assert!(with_decl.iter().any(|(u, _)| u.ends_with("/places.toml")));
        c.shutdown();
    }
}

#[test]
fn edits_and_file_events_keep_references_fresh() {
    let s = Setup::new();
    let (mut c, _) = s.start(&[]);
    let path = s.path("desk/2025-08-20-pokrovsk.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let u = uri(&path);
    c.open(&u, "markdown", &text);
    let before = references(&mut c, &u, &text, "Pokrovsk", false, false).len();
    assert_eq!(before, 10);

    // The open document wins over its disk content.
    let lines = text.lines().count() as u32;
    let end = json!({ "line": lines, "character": 0 });
    c.change(&u, 2, json!({ "start": end, "end": end }), "Pokrovsk, encore.\n");
    let edited = format!("{text}Pokrovsk, encore.\n");
    assert_eq!(references(&mut c, &u, &edited, "Pokrovsk", false, false).len(), 11);

    // A file deleted on disk leaves the results.
    let gone = s.path("archives/2024/2024-11-12-donbass.md");
    std::fs::remove_file(&gone).unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&gone), "type": 3 }] }),
    );
    // A new file on disk joins them.
    let new = add_article(&s, &mut c);
    let mut refs = Vec::new();
    poll("file events not applied", Duration::from_millis(50), || {
        refs = references(&mut c, &u, &edited, "Pokrovsk", false, false);
        let has_gone = refs.iter().any(|(x, _)| *x == uri(&gone));
        let has_new = refs.iter().any(|(x, _)| *x == uri(&new));
        !has_gone && has_new
    });
    assert_eq!(refs.len(), 11 - 3 + 1, "{refs:?}");
    c.shutdown();
}

#[test]
fn a_restart_on_the_cache_gives_identical_results() {
    let s = Setup::new();
    let path = s.path("desk/2025-09-02-witkoff.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let u = uri(&path);
    let (mut c, first) = s.start(&[]);
    assert!(first.contains("5 analysed"), "{first}");
    c.open(&u, "markdown", &text);
    let refs = references(&mut c, &u, &text, "Witkoff", false, false);
    assert_eq!(refs.len(), 6);
    c.shutdown();

    let (mut c, second) = s.start(&[]);
    assert!(second.contains("0 analysed, 5 from the cache"), "{second}");
    c.open(&u, "markdown", &text);
    assert_eq!(references(&mut c, &u, &text, "Witkoff", false, false), refs);
    c.shutdown();

    // A corrupt cache is discarded and rebuilt, with the same results.
    let cache_files: Vec<PathBuf> = walk_files(&PathBuf::from(s.cache()).join("index"));
    assert_eq!(cache_files.len(), 1, "{cache_files:?}");
    std::fs::write(&cache_files[0], b"VIGIE? not an index").unwrap();
    let (mut c, third) = s.start(&[]);
    assert!(third.contains("5 analysed"), "{third}");
    c.open(&u, "markdown", &text);
    assert_eq!(references(&mut c, &u, &text, "Witkoff", false, false), refs);
    c.shutdown();
}

#[test]
fn file_events_reach_the_cache_by_shutdown() {
    let s = Setup::new();
    let (mut c, first) = s.start(&[]);
    assert!(first.contains("5 analysed"), "{first}");
    add_article(&s, &mut c);
    let six = |c: &mut Client| c.request("vigie/status", Value::Null).unwrap()["articles"] == 6;
    poll("the file event was not applied", Duration::from_millis(20), || {
        six(&mut c)
    });
    // Shut down at once, before the delayed cache write: shutdown writes it.
    c.shutdown();
    let (c, second) = s.start(&[]);
    assert!(second.contains("0 analysed, 6 from the cache"), "{second}");
    c.shutdown();
}

#[test]
fn file_events_reach_the_cache_after_a_delay_without_shutdown() {
    let s = Setup::new();
    let (mut c, _) = s.start(&[]);
    let cache_files = walk_files(&PathBuf::from(s.cache()).join("index"));
    assert_eq!(cache_files.len(), 1, "{cache_files:?}");
    let before = std::fs::read(&cache_files[0]).unwrap();
    add_article(&s, &mut c);
    // Written once the delay (2 s) is over, while the server runs.
    poll("the cache was not written", Duration::from_millis(100), || {
        std::fs::read(&cache_files[0]).unwrap() != before
    });
    // A server killed now (no shutdown) leaves a cache that already knows the new file.
    drop(c);
    let (c, second) = s.start(&[]);
    assert!(second.contains("0 analysed, 6 from the cache"), "{second}");
    c.shutdown();
}

#[test]
fn file_watchers_without_braces_and_only_for_clients_that_take_them() {
    let s = Setup::new();
    let (mut c, _) = s.start(&[]);
    let reg = c.wait_for("client/registerCapability", |_| true);
    let globs: Vec<String> = reg["registrations"][0]["registerOptions"]["watchers"]
        .as_array()
        .expect("watchers")
        .iter()
        .map(|w| w["globPattern"].as_str().unwrap().to_string())
        .collect();
    for want in ["**/*.toml", "**/*.md", "**/*.markdown", "**/*.txt"] {
        assert!(globs.iter().any(|g| g == want), "{want} missing from {globs:?}");
    }
    // The archive folder of vigie.toml (corpus.paths), one pattern per extension too.
    assert!(globs.iter().any(|g| g.ends_with("archives/**/*.md")), "{globs:?}");
    assert!(globs.iter().all(|g| !g.contains('{')), "{globs:?}");
    c.shutdown();

    // A client without dynamic registration of file watchers is not asked to take them.
    let mut c = s.spawn();
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null,
                "workspaceFolders": [{ "uri": uri(&s.desk()), "name": "desk" }],
                "capabilities": { "window": { "workDoneProgress": true } } }),
    )
    .unwrap();
    c.notify("initialized", json!({}));
    c.wait_for("$/progress", |p| p["value"]["kind"] == "end");
    assert!(
        !c.notifications.iter().any(|(m, _)| m == "client/registerCapability"),
        "{:?}",
        c.notifications
    );
    c.shutdown();
}

fn walk_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|r| r.map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect())
        .unwrap_or_default()
}

#[test]
fn workspace_symbols_and_hover_counts() {
    let s = Setup::new();
    let (mut c, _) = s.start(&[]);
    let symbols = c.request("workspace/symbol", json!({ "query": "pokr" })).unwrap();
    let first = &symbols.as_array().unwrap()[0];
    assert_eq!(first["name"], "Pokrovsk");
    assert_eq!(first["containerName"], "cité dans 4 articles, 10 mentions");
    let fuzzy = c.request("workspace/symbol", json!({ "query": "zlnsk" })).unwrap();
    assert!(
        fuzzy
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "Volodymyr Zelensky"),
        "{fuzzy}"
    );
    let accents = c.request("workspace/symbol", json!({ "query": "etats-u" })).unwrap();
    assert_eq!(accents.as_array().unwrap()[0]["name"], "États-Unis");

    let path = s.path("desk/2025-09-02-witkoff.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let u = uri(&path);
    c.open(&u, "markdown", &text);
    let (line, col) = position(&text, text.find("Witkoff avait").unwrap(), false);
    let hover = c.hover(&u, line, col).unwrap();
    let card = hover["contents"]["value"].as_str().unwrap();
    assert!(card.contains("Cité dans 3 articles, 6 mentions"), "{card}");
    // The counts come before the description, the recent articles one per line after it,
    // without the article being edited.
    let counts_at = card.find("Cité dans").unwrap();
    let recent_at = card.find("Articles récents").expect("recent articles");
    assert!(counts_at < recent_at, "{card}");
    let recent: Vec<&str> = card[recent_at..].lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(recent.len(), 2, "{card}");
    assert!(recent[0].ends_with("(2025-10-01)"), "newest first: {card}");
    assert!(
        !card.contains("Steve Witkoff attendu à Moscou"),
        "the article being edited: {card}"
    );
    c.shutdown();
}

#[test]
fn every_folder_of_a_multi_root_workspace_is_indexed() {
    let s = Setup::new();
    std::fs::remove_file(s.dir.path().join("desk/vigie.toml")).unwrap();
    let mut c = s.spawn();
    let folders = json!([
        { "uri": uri(&s.desk()), "name": "desk" },
        { "uri": uri(&s.path("archives")), "name": "archives" }
    ]);
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "workspaceFolders": folders,
                "capabilities": { "window": { "workDoneProgress": true } } }),
    )
    .unwrap();
    c.notify("initialized", json!({}));
    let end = c.wait_for("$/progress", |p| p["value"]["kind"] == "end");
    assert!(
        end["value"]["message"].as_str().unwrap().contains("5 articles indexed"),
        "{end}"
    );
    let path = s.path("desk/2025-08-20-pokrovsk.md");
    let text = std::fs::read_to_string(&path).unwrap();
    c.open(&uri(&path), "markdown", &text);
    let refs = references(&mut c, &uri(&path), &text, "Pokrovsk", false, false);
    assert_eq!(refs, expected(&s, POKROVSK_FILES, "Pokrovsk", false));
    c.shutdown();
}

#[test]
fn hover_counts_open_documents_as_references_do_and_references_list_articles_by_date() {
    let s = Setup::new();
    let (mut c, end) = s.start(&[]);
    assert!(end.contains("5 articles indexed"), "{end}");
    // A new buffer, never saved: Witkoff's count must include it, as references do.
    let new = s.desk().join("2025-12-01-brouillon.md");
    let u = uri(&new);
    let text = "---\ndate: 2025-12-01\n---\nSteve Witkoff revient.\n";
    c.open(&u, "markdown", text);
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == u.as_str());
    let (line, col) = position(text, text.find("Witkoff").unwrap(), false);
    let card = c.hover(&u, line, col).unwrap()["contents"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(card.contains("Cité dans 4 articles, 7 mentions"), "{card}");
    let at = json!({ "textDocument": { "uri": u }, "position": { "line": line, "character": col },
                     "context": { "includeDeclaration": true } });
    let refs = c.request("textDocument/references", at).unwrap();
    let uris: Vec<&str> = refs
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["uri"].as_str().unwrap())
        .collect();
    assert_eq!(uris.len(), 7 + 1, "{uris:?}");
    // Newest article first (the draft of 1 December), then by date; the entry last.
    let mut order: Vec<&str> = Vec::new();
    for u in &uris {
        let name = u.rsplit('/').next().unwrap();
        if order.last() != Some(&name) {
            order.push(name);
        }
    }
    assert_eq!(
        order,
        [
            "2025-12-01-brouillon.md",
            "2025-10-01-emoji-crlf.md",
            "2025-09-05-front-en.txt",
            "2025-09-02-witkoff.md",
            "actors.toml"
        ],
        "{uris:?}"
    );
    c.shutdown();
}

/// Initializes without file watchers (as Neovim on Linux does) and waits for the first
/// index; `root` as the workspace folder, or none.
fn start_without_watchers(s: &Setup, root: Option<&Path>) -> Client {
    let mut c = s.spawn();
    let folders = root
        .map(|r| json!([{ "uri": uri(r), "name": "desk" }]))
        .unwrap_or(Value::Null);
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "workspaceFolders": folders,
                "capabilities": { "window": { "workDoneProgress": true } } }),
    )
    .unwrap();
    c.notify("initialized", json!({}));
    c
}

fn hover_card(c: &mut Client, u: &str, text: &str, needle: &str) -> String {
    let (line, col) = position(text, text.find(needle).unwrap(), false);
    c.hover(u, line, col).unwrap()["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn without_client_watchers_the_server_watches_the_corpus_itself() {
    let s = Setup::new();
    let mut c = start_without_watchers(&s, Some(&s.desk()));
    c.wait_for("$/progress", |p| p["value"]["kind"] == "end");
    let path = s.path("desk/2025-09-02-witkoff.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let u = uri(&path);
    c.open(&u, "markdown", &text);
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == u.as_str());
    assert!(hover_card(&mut c, &u, &text, "Witkoff avait").contains("Cité dans 3 articles"));
    // A new article saved by another program: counted without a reindex, no client event.
    std::fs::write(
        s.desk().join("2025-12-02-witkoff.md"),
        "# Suite\n\nSteve Witkoff repart.\n",
    )
    .unwrap();
    let mut card = String::new();
    poll("the saved article counted", Duration::from_millis(100), || {
        card = hover_card(&mut c, &u, &text, "Witkoff avait");
        card.contains("Cité dans 4 articles")
    });
    // And a deleted one leaves the count.
    std::fs::remove_file(s.desk().join("2025-10-01-emoji-crlf.md")).unwrap();
    poll("the deleted article gone", Duration::from_millis(100), || {
        card = hover_card(&mut c, &u, &text, "Witkoff avait");
        card.contains("Cité dans 3 articles")
    });
    c.shutdown();
}

#[test]
fn without_a_workspace_folder_the_files_folder_is_the_corpus() {
    let s = Setup::new();
    std::fs::remove_file(s.dir.path().join("desk/vigie.toml")).unwrap();
    let mut c = start_without_watchers(&s, None);
    let path = s.path("desk/2025-09-02-witkoff.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let u = uri(&path);
    c.open(&u, "markdown", &text);
    let msg = c.wait_for("window/showMessage", |p| {
        p["message"].as_str().unwrap_or("").contains("no workspace folder")
    });
    let desk = s.desk();
    assert!(
        msg["message"].as_str().unwrap().contains(desk.to_str().unwrap()),
        "{msg}"
    );
    // The run started at `initialized` may be superseded by the one the open starts (it
    // says so), or end before the open with nothing to index: the run after the open
    // counts the folder.
    let end = c.wait_for("$/progress", |p| {
        let message = p["value"]["message"].as_str().unwrap_or("");
        p["value"]["kind"] == "end"
            && message != "index run superseded by a newer one"
            && !message.starts_with("0 articles indexed")
    });
    assert!(
        end["value"]["message"].as_str().unwrap().contains("4 articles indexed"),
        "{end}"
    );
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == u.as_str());
    assert!(hover_card(&mut c, &u, &text, "Witkoff avait").contains("Cité dans 3 articles"));
    c.shutdown();
}
