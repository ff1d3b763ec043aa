//! vigie's own methods over JSON-RPC, as the editors' status bars and commands use them:
//! `vigie/indexStatus` notifications, `vigie/status`, `vigie/entryAt`, `vigie/reindex`.

use serde_json::{json, Value};

use crate::client::{position, uri, Client};
use crate::corpus::{add_article, references, Setup};

/// A server started on the fixture corpus; `notify`: whether the client asks for
/// `vigie/indexStatus` notifications. Returns once the first run is over.
fn start(s: &Setup, notify: bool) -> Client {
    let mut c = s.spawn();
    let options = if notify {
        json!({ "statusNotifications": true, "vigie": {} })
    } else {
        json!({ "vigie": {} })
    };
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null,
                "workspaceFolders": [{ "uri": uri(&s.desk()), "name": "desk" }],
                "initializationOptions": options,
                "capabilities": { "window": { "workDoneProgress": true } } }),
    )
    .expect("initialize succeeds");
    c.notify("initialized", json!({}));
    c.wait_for("$/progress", |p| p["value"]["kind"] == "end");
    c
}

fn statuses(c: &Client) -> Vec<Value> {
    c.notifications
        .iter()
        .filter(|(m, _)| m == "vigie/indexStatus")
        .map(|(_, p)| p.clone())
        .collect()
}

#[test]
fn index_status_is_pushed_to_clients_that_ask_and_answered_to_all() {
    let s = Setup::new();
    let mut c = start(&s, true);
    let ready = c.wait_for("vigie/indexStatus", |p| p["state"] == "ready");
    assert_eq!(ready["articles"], 5, "{ready}");
    assert!(
        ready["message"].as_str().unwrap().contains("5 articles indexed"),
        "{ready}"
    );
    let seen = statuses(&c);
    assert_eq!(seen[0]["state"], "indexing", "the run is announced first: {seen:?}");
    assert_eq!(c.request("vigie/status", Value::Null).unwrap(), ready);

    // A file event changes the count, and the client hears of it.
    add_article(&s, &mut c);
    let six = c.wait_for("vigie/indexStatus", |p| p["articles"] == 6);
    assert_eq!(six["state"], "ready");
    c.shutdown();

    // A client that did not ask gets no notification, and can still ask.
    let mut c = start(&s, false);
    assert!(statuses(&c).is_empty(), "{:?}", statuses(&c));
    let status = c.request("vigie/status", json!(null)).unwrap();
    assert_eq!(
        (status["state"].clone(), status["articles"].clone()),
        (json!("ready"), json!(6))
    );
    c.shutdown();
}

#[test]
fn entry_at_sums_up_the_name_under_the_cursor() {
    let s = Setup::new();
    let mut c = start(&s, false);
    let path = s.path("desk/2025-09-02-witkoff.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let u = uri(&path);
    c.open(&u, "markdown", &text);
    let at = |c: &mut Client, offset: usize| {
        let (line, character) = position(&text, offset, false);
        c.request(
            "vigie/entryAt",
            json!({ "textDocument": { "uri": u }, "position": { "line": line, "character": character } }),
        )
    };
    let witkoff = text.find("Witkoff avait").unwrap();
    let found = at(&mut c, witkoff + 3).unwrap();
    let entry = &found["entries"][0];
    assert_eq!(entry["id"], "steve-witkoff", "{found}");
    // The article is French and dated 2025-09-02: the role held then, in French.
    assert_eq!(
        entry["line"],
        "Steve Witkoff · envoyé spécial des États-Unis pour le Moyen-Orient"
    );
    assert_eq!(entry["kind"], "personnalité");
    assert_eq!(
        (entry["articles"].clone(), entry["mentions"].clone()),
        (json!(3), json!(6))
    );
    let (line, character) = position(&text, witkoff, false);
    assert_eq!(found["range"]["start"], json!({ "line": line, "character": character }));

    // Not on a name: null. Past the end: InvalidParams. A document not open: null.
    let word = text.find("attendu").unwrap();
    assert_eq!(at(&mut c, word).unwrap(), Value::Null);
    let err = c
        .request(
            "vigie/entryAt",
            json!({ "textDocument": { "uri": u }, "position": { "line": 9999, "character": 0 } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], -32602, "{err}");
    let other = uri(&s.path("desk/2025-08-20-pokrovsk.md"));
    let closed = c
        .request(
            "vigie/entryAt",
            json!({ "textDocument": { "uri": other }, "position": { "line": 0, "character": 0 } }),
        )
        .unwrap();
    assert_eq!(closed, Value::Null);
    c.shutdown();
}

#[test]
fn reindex_takes_in_files_changed_behind_the_servers_back() {
    let s = Setup::new();
    let mut c = start(&s, true);
    // Written without a file event (an editor without watchers, a sync tool): unseen.
    let new = s.desk().join("2025-11-02-ajout.md");
    std::fs::write(&new, "# Ajout\n\nSteve Witkoff à Moscou, puis Witkoff à Kiev.\n").unwrap();
    let path = s.path("desk/2025-09-02-witkoff.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let u = uri(&path);
    c.open(&u, "markdown", &text);
    let before = references(&mut c, &u, &text, "Witkoff", false, false);
    assert!(!before.iter().any(|(x, _)| *x == uri(&new)));

    let result = c.request("vigie/reindex", json!({})).unwrap();
    assert_eq!(
        (
            &result["articles"],
            &result["analysed"],
            &result["reused"],
            &result["superseded"]
        ),
        (&json!(6), &json!(1), &json!(5), &json!(false)),
        "{result}"
    );
    let after = references(&mut c, &u, &text, "Witkoff", false, false);
    assert_eq!(after.iter().filter(|(x, _)| *x == uri(&new)).count(), 2, "{after:?}");
    assert_eq!(after.len(), before.len() + 2);
    let status = c.request("vigie/status", json!(null)).unwrap();
    assert_eq!(
        (status["state"].clone(), status["articles"].clone()),
        (json!("ready"), json!(6))
    );

    // From scratch: the cache is dropped and every file analysed again, same results.
    let result = c.request("vigie/reindex", json!({ "fromScratch": true })).unwrap();
    assert_eq!(
        (&result["articles"], &result["analysed"], &result["reused"]),
        (&json!(6), &json!(6), &json!(0)),
        "{result}"
    );
    assert_eq!(references(&mut c, &u, &text, "Witkoff", false, false), after);

    // A Lua client's empty table (`[]`) is taken as `{}`; a wrong field type is refused.
    let result = c.request("vigie/reindex", json!([])).unwrap();
    assert_eq!(result["reused"], 6, "{result}");
    let err = c.request("vigie/reindex", json!({ "fromScratch": "yes" })).unwrap_err();
    assert_eq!(err["code"], -32602, "{err}");
    c.shutdown();
}
