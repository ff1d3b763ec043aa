//! Bad input: the server answers clearly, keeps its last good state and stays up.

use serde_json::json;

use crate::client::{uri, Client};

fn card(c: &mut Client, u: &str, line: u32, col: u32) -> String {
    let h = c.hover(u, line, col).expect("hover answers");
    h["contents"]["value"].as_str().unwrap_or_default().to_string()
}

const ARTICLE: &str = "date 2025-06-15\n\nÀ Kiev, Kolia Vigie a rencontré Vladimir Poutine.\n";

fn newsroom_entry(description: &str) -> String {
    format!(
        "[[entry]]\nid = \"kolia-vigie\"\nname = \"Kolia Vigie\"\nkind = \"person\"\ndescription = \"{description}\"\naliases = [\"Vigie\"]\n"
    )
}

#[test]
fn a_broken_dictionary_at_startup_keeps_the_embedded_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("vigie.toml"),
        "[dictionaries]\nfiles = [\"maison.toml\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("maison.toml"),
        "[[entry]]\nid = \"x\"\nname = \"X\nkind = \"person\"\n",
    )
    .unwrap();
    let mut c = Client::spawn(&[]);
    c.initialize(Some(dir.path()), &[]);
    let msg = c.wait_for("window/showMessage", |p| p["type"] == 1);
    let text = msg["message"].as_str().unwrap();
    assert!(text.contains("maison.toml:3:"), "file:line:column in {text}");
    assert!(text.contains("keeping the last good"), "{text}");
    let u = "file:///tmp/vigie-e2e-broken.txt";
    c.open(u, "plaintext", ARTICLE);
    assert!(
        card(&mut c, u, 2, 3).starts_with("**Kiev**"),
        "embedded dictionaries still serve"
    );
    c.shutdown();
}

#[test]
fn a_dictionary_that_breaks_later_keeps_the_last_good_one() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("maison.toml");
    std::fs::write(
        dir.path().join("vigie.toml"),
        "[dictionaries]\nfiles = [\"maison.toml\"]\n",
    )
    .unwrap();
    std::fs::write(&dict, newsroom_entry("Correspondant à Kiev.")).unwrap();
    let mut c = Client::spawn(&[]);
    c.initialize(Some(dir.path()), &[]);
    // The file watcher is registered once the workspace is loaded.
    c.wait_for("client/registerCapability", |_| true);
    let u = "file:///tmp/vigie-e2e-reload.txt";
    c.open(u, "plaintext", ARTICLE);
    assert!(card(&mut c, u, 2, 10).contains("Correspondant à Kiev."));

    let changed = || json!({ "changes": [{ "uri": uri(&dir.path().join("maison.toml")), "type": 2 }] });
    std::fs::write(&dict, "[[entry]]\nid = \"kolia-vigie\"\nname = [\n").unwrap();
    c.notify("workspace/didChangeWatchedFiles", changed());
    let msg = c.wait_for("window/showMessage", |p| p["type"] == 1);
    assert!(msg["message"].as_str().unwrap().contains("maison.toml:3:"), "{msg}");
    assert!(
        card(&mut c, u, 2, 10).contains("Correspondant à Kiev."),
        "last good dictionary kept"
    );

    std::fs::write(&dict, newsroom_entry("Envoyé spécial à Odessa.")).unwrap();
    c.notify("workspace/didChangeWatchedFiles", changed());
    crate::client::poll(
        "the fixed dictionary was not reloaded",
        std::time::Duration::from_millis(50),
        || card(&mut c, u, 2, 10).contains("Envoyé spécial à Odessa."),
    );
    c.shutdown();
}

#[test]
fn bad_edits_and_positions_leave_the_server_consistent() {
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let u = "file:///tmp/vigie-e2e-bad.txt";
    // A change to a document that was never opened.
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": "file:///tmp/never-opened.txt", "version": 2 }, "contentChanges": [{ "text": "x" }] }),
    );
    c.open(u, "plaintext", ARTICLE);
    // A range past the end: clamped to the end and logged.
    c.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": u, "version": 2 },
            "contentChanges": [{ "range": { "start": { "line": 40, "character": 0 }, "end": { "line": 41, "character": 3 } }, "text": "Fin à Moscou." }]
        }),
    );
    let log = c.wait_for("window/logMessage", |p| {
        p["message"].as_str().unwrap_or("").contains("past the end")
    });
    assert!(log["message"].as_str().unwrap().contains("clamped"), "{log}");
    // The text is what a clamped edit gives: the appended sentence is on line 3.
    assert!(
        card(&mut c, u, 3, 7).starts_with("**Moscou**"),
        "appended text is hoverable"
    );
    assert!(card(&mut c, u, 2, 3).starts_with("**Kiev**"));
    // A hover past the end: a clear error, and the server goes on.
    let err = c.hover(u, 99, 0).unwrap_err();
    assert_eq!(err["code"], -32602);
    assert!(err["message"].as_str().unwrap().contains("past the end"), "{err}");
    // A column past the end of a line is clamped to the line's end.
    assert!(c.hover(u, 0, 500).unwrap().is_null());
    // An unknown document: no hover.
    assert!(c.hover("file:///tmp/never-opened.txt", 0, 0).unwrap().is_null());
    assert!(card(&mut c, u, 2, 3).starts_with("**Kiev**"));
    c.shutdown();
}

#[test]
fn a_panic_in_a_handler_answers_an_error_and_the_server_goes_on() {
    let mut c = Client::spawn(&[("VIGIE_DEBUG_PANIC", "1")]);
    c.initialize(None, &[]);
    let err = c.request("vigie/debug/panic", json!(null)).unwrap_err();
    assert_eq!(err["code"], -32603);
    assert!(err["message"].as_str().unwrap().contains("deliberate panic"), "{err}");
    let u = "file:///tmp/vigie-e2e-panic.txt";
    c.open(u, "plaintext", ARTICLE);
    assert!(card(&mut c, u, 2, 3).starts_with("**Kiev**"));
    c.shutdown();
}

#[test]
fn a_ten_megabyte_document_still_gets_hovers() {
    let filler = "Les discussions se poursuivent sans résultat tangible à ce stade. ";
    let mut text = String::from("date 2025-06-15\n\n");
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(filler);
        if text.len() % 7 == 0 {
            text.push('\n');
        }
    }
    text.push_str("\nÀ la fin, Vladimir Poutine.\n");
    let last_line = text.lines().count() as u32 - 1;
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let u = "file:///tmp/vigie-e2e-big.txt";
    c.open(u, "plaintext", &text);
    let started = std::time::Instant::now();
    assert!(card(&mut c, u, last_line, 12).starts_with("**Vladimir Poutine**"));
    assert!(c.hover(u, 2, 3).unwrap().is_null());
    eprintln!("two hovers on a 10 MB document: {:?}", started.elapsed());
    c.shutdown();
}
