//! Unsourced figures over real JSON-RPC: diagnostics, quick fixes, settings.

use serde_json::{json, Value};

use crate::client::{offset_of, plain_spaces, range_of, Client};

const ARTICLE: &str = "---\ndate: 2025-06-15\n---\n\n# Front\n\nSelon l’ONU, 3,7 millions de personnes ont quitté la région. Des dizaines de milliers de soldats ont été déployés le long du front 😀.\n";
const FIGURE: &str = "Des dizaines de milliers de soldats";

/// Applies the first TextEdit of a WorkspaceEdit to `text` and sends it as a change.
fn apply(c: &mut Client, uri: &str, text: &mut String, edit: &Value, version: i64, utf8: bool) {
    let edits = edit["changes"][uri].as_array().expect("edits for the document");
    assert_eq!(edits.len(), 1);
    let e = &edits[0];
    let (start, end) = (&e["range"]["start"], &e["range"]["end"]);
    let a = offset_of(
        text,
        start["line"].as_u64().unwrap() as u32,
        start["character"].as_u64().unwrap() as u32,
        utf8,
    );
    let b = offset_of(
        text,
        end["line"].as_u64().unwrap() as u32,
        end["character"].as_u64().unwrap() as u32,
        utf8,
    );
    let new_text = e["newText"].as_str().unwrap();
    text.replace_range(a..b, new_text);
    c.change(uri, version, e["range"].clone(), new_text);
}

fn actions_at(c: &mut Client, uri: &str, diag: &Value) -> Vec<Value> {
    let result = c
        .request(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": uri }, "range": diag["range"], "context": { "diagnostics": [diag] } }),
        )
        .expect("code actions answer");
    result.as_array().cloned().unwrap_or_default()
}

#[test]
fn diagnostics_follow_edits_and_close() {
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let uri = "file:///tmp/vigie-e2e-figures.md";
    c.open(uri, "markdown", ARTICLE);
    let diags = c.diagnostics(uri, 1);
    assert_eq!(diags.len(), 1, "{diags:?}");
    let d = &diags[0];
    assert_eq!(d["code"], "unsourced-figure");
    assert_eq!(d["source"], "vigie");
    assert_eq!(d["severity"], 2);
    assert_eq!(d["range"], range_of(ARTICLE, FIGURE, false));
    let msg = plain_spaces(d["message"].as_str().unwrap());
    assert!(
        msg.starts_with("Chiffre sans source : « Des dizaines de milliers de soldats »"),
        "{msg}"
    );

    // Attribute it: the diagnostic goes.
    let at = ARTICLE.find(" ont été déployés").unwrap();
    let (line, col) = crate::client::position(ARTICLE, at, false);
    let pos = json!({ "line": line, "character": col });
    c.change(uri, 2, json!({ "start": pos, "end": pos }), ", selon l’état-major,");
    assert_eq!(c.diagnostics(uri, 2), Vec::<Value>::new());

    c.notify("textDocument/didClose", json!({ "textDocument": { "uri": uri } }));
    let p = c.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && p["diagnostics"] == json!([]) && p.get("version").is_none_or(Value::is_null)
    });
    assert!(p["diagnostics"].as_array().unwrap().is_empty());
    c.shutdown();
}

#[test]
fn quick_fixes_are_workspace_edits_that_clear_or_change_the_diagnostic() {
    for (action, expected) in [
        (0, ", selon [source]"),
        (1, "<!-- vigie-ignore -->"),
        (2, "<!-- vigie-ignore-file -->"),
    ] {
        let mut c = Client::spawn(&[]);
        c.initialize(None, &["utf-8", "utf-16"]);
        let uri = "file:///tmp/vigie-e2e-fix.md";
        let mut text = ARTICLE.to_string();
        c.open(uri, "markdown", &text);
        let diags = c.diagnostics(uri, 1);
        let actions = actions_at(&mut c, uri, &diags[0]);
        assert_eq!(actions.len(), 3, "{actions:?}");
        assert!(actions
            .iter()
            .all(|a| a["kind"] == "quickfix" && a["diagnostics"][0]["code"] == "unsourced-figure"));
        assert_eq!(actions[0]["isPreferred"], true);
        assert!(
            actions[0]["title"].as_str().unwrap().contains("selon [source]"),
            "{}",
            actions[0]["title"]
        );
        // UTF-8 positions: the edit lands after the emoji, before the final period.
        apply(&mut c, uri, &mut text, &actions[action]["edit"], 2, true);
        assert!(text.contains(expected), "{text}");
        if action == 0 {
            assert!(text.contains("le long du front 😀, selon [source]."), "{text}");
        }
        let after = c.diagnostics(uri, 2);
        if action == 0 {
            // The placeholder is not a source: the figure now waits for one to be filled in.
            assert_eq!(after.len(), 1, "after {expected}:\n{text}");
            assert_eq!(after[0]["code"], "placeholder-source", "{after:?}");
            assert!(
                after[0]["message"].as_str().unwrap().starts_with("Source à compléter"),
                "{after:?}"
            );
        } else {
            assert_eq!(after, Vec::<Value>::new(), "after {expected}:\n{text}");
        }
        c.shutdown();
    }
}

#[test]
fn settings_change_severity_and_language() {
    let mut c = Client::spawn(&[]);
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "capabilities": {},
                "initializationOptions": { "figures": { "severity": "error" }, "language": "en" } }),
    )
    .unwrap();
    c.notify("initialized", json!({}));
    let uri = "file:///tmp/vigie-e2e-settings.md";
    c.open(uri, "markdown", ARTICLE);
    let diags = c.diagnostics(uri, 1);
    assert_eq!(diags[0]["severity"], 1);
    assert!(
        diags[0]["message"].as_str().unwrap().starts_with("Unsourced figure"),
        "{}",
        diags[0]["message"]
    );

    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "vigie": { "figures": { "severity": "off" } } } }),
    );
    c.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && p["diagnostics"] == json!([])
    });
    // An empty Lua table arrives as `[]`: no settings, no complaint.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "vigie": [] } }),
    );
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "vigie": { "figures": { "severity": "loud" } } } }),
    );
    let msg = c.wait_for("window/showMessage", |p| {
        p["message"].as_str().unwrap_or("").contains("loud")
    });
    assert_eq!(msg["type"], 2);
    let complaints: Vec<_> = c
        .notifications
        .iter()
        .filter(|(m, p)| m == "window/showMessage" && p["message"].as_str().unwrap_or("").contains("ignored"))
        .collect();
    assert!(complaints.is_empty(), "{complaints:?}");
    c.shutdown();
}

#[test]
fn english_articles_get_english_messages() {
    let text = "date 2025-03-01\n\nNearly 500 drones were launched overnight. The ministry said 20 were shot down.\n";
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let uri = "file:///tmp/vigie-e2e-en.txt";
    c.open(uri, "plaintext", text);
    let diags = c.diagnostics(uri, 1);
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert!(
        diags[0]["message"].as_str().unwrap().contains("Nearly 500 drones"),
        "{}",
        diags[0]["message"]
    );
    let actions = actions_at(&mut c, uri, &diags[0]);
    assert!(actions[0]["title"].as_str().unwrap().contains("according to [source]"));
    assert!(
        actions[1]["title"].as_str().unwrap().contains("[vigie-ignore]"),
        "plain text marker: {}",
        actions[1]["title"]
    );
    c.shutdown();
}

/// Starts a server with these capabilities and initialization options, opens ARTICLE and
/// returns its "add the source" action.
fn add_source_action(caps: Value, options: Value) -> (Client, Value) {
    let mut c = Client::spawn(&[]);
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "capabilities": caps, "initializationOptions": options }),
    )
    .expect("initialize succeeds");
    c.notify("initialized", json!({}));
    let uri = "file:///tmp/vigie-e2e-snippets.md";
    c.open(uri, "markdown", ARTICLE);
    let diags = c.diagnostics(uri, 1);
    let actions = actions_at(&mut c, uri, &diags[0]);
    let fix = actions
        .into_iter()
        .find(|a| a["title"].as_str().unwrap().contains("selon [source]"))
        .expect("the add-source action");
    (c, fix)
}

#[test]
fn the_source_placeholder_is_selected_where_the_client_can() {
    let uri = "file:///tmp/vigie-e2e-snippets.md";
    // LSP 3.18 clients: a snippet text edit whose placeholder is [source].
    let (c, fix) = add_source_action(
        json!({ "workspace": { "workspaceEdit": { "documentChanges": true, "snippetEditSupport": true } } }),
        Value::Null,
    );
    let change = &fix["edit"]["documentChanges"][0];
    assert_eq!(change["textDocument"], json!({ "uri": uri, "version": 1 }), "{fix}");
    let edit = &change["edits"][0];
    assert_eq!(
        edit["snippet"],
        json!({ "kind": "snippet", "value": ", selon ${1:[source]}" }),
        "{fix}"
    );
    assert!(
        edit.get("newText").is_none() && fix["edit"].get("changeAnnotations").is_none(),
        "{fix}"
    );
    assert!(fix.get("command").is_none(), "{fix}");
    c.shutdown();

    // The Neovim plugin and the VS Code extension: the plain edit, then their command
    // selects the range [source] will occupy.
    let (c, fix) = add_source_action(json!({}), json!({ "selectPlaceholder": true }));
    let edit = &fix["edit"]["changes"][uri][0];
    assert_eq!(edit["newText"], ", selon [source]");
    let at = &edit["range"]["start"];
    let (line, col) = (at["line"].as_u64().unwrap(), at["character"].as_u64().unwrap());
    assert_eq!(fix["command"]["command"], "vigie.selectPlaceholder", "{fix}");
    let arg = &fix["command"]["arguments"][0];
    assert_eq!(arg["uri"], uri);
    assert_eq!(
        arg["range"],
        json!({ "start": { "line": line, "character": col + 8 }, "end": { "line": line, "character": col + 16 } })
    );
    c.shutdown();

    // Any other client: the plain edit only.
    let (c, fix) = add_source_action(json!({}), Value::Null);
    assert!(
        fix.get("command").is_none() && fix["edit"]["changes"][uri].is_array(),
        "{fix}"
    );
    c.shutdown();
}
