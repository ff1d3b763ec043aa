//! Role phrases and titles against the article's date over JSON-RPC: the hover's first
//! line, references both ways, the `role-date` diagnostic and its quick fixes.

use serde_json::{json, Value};

use crate::client::{plain_spaces, position, range_of, uri, Client};

const FR: &str = "---\ndate: 2025-03-12\n---\n\nVladimir Poutine a reçu l'émissaire américain. Le président russe a ensuite appelé Donald Trump.\n";
const EN: &str = "---\ndate: 2025-03-12\n---\n\nVladimir Putin met the envoy on Wednesday. The Russian president then called Donald Trump.\n";
const TITLE: &str = "---\ndate: 2025-08-20\n---\n\nÀ Berlin, le chancelier Olaf Scholz a reçu Volodymyr Zelensky.\n";

fn hover_text(c: &mut Client, u: &str, text: &str, needle: &str) -> String {
    let at = text.find(needle).unwrap() + 2;
    let (line, col) = position(text, at, false);
    let h = c.hover(u, line, col).expect("hover answers");
    plain_spaces(h["contents"]["value"].as_str().unwrap_or_default())
}

#[test]
fn a_role_phrase_hovers_with_its_holder_on_the_date() {
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let fr = "file:///tmp/vigie-e2e-roles-fr.md";
    c.open(fr, "markdown", FR);
    let card = hover_text(&mut c, fr, FR, "président russe");
    let first = card.lines().next().unwrap();
    assert_eq!(
        first, "*Le président russe* → **Vladimir Poutine** (au 12 mars 2025)",
        "{card}"
    );
    assert!(card.contains("**Vladimir Poutine**"), "{card}");
    let en = "file:///tmp/vigie-e2e-roles-en.md";
    c.open(en, "markdown", EN);
    let card = hover_text(&mut c, en, EN, "Russian president");
    let first = card.lines().next().unwrap();
    assert_eq!(
        first, "*The Russian president* → **Vladimir Putin** (on 12 March 2025)",
        "{card}"
    );
    // A name's own card has no such line.
    let card = hover_text(&mut c, fr, FR, "Vladimir Poutine");
    assert!(card.starts_with("**Vladimir Poutine**"), "{card}");
    c.shutdown();
}

fn references(c: &mut Client, u: &str, text: &str, needle: &str) -> Vec<Value> {
    let at = text.find(needle).unwrap() + 2;
    let (line, character) = position(text, at, false);
    let result = c
        .request(
            "textDocument/references",
            json!({ "textDocument": { "uri": u }, "position": { "line": line, "character": character },
                    "context": { "includeDeclaration": false } }),
        )
        .expect("references answer");
    let mut ranges: Vec<Value> = result
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["uri"] == u)
        .map(|l| l["range"].clone())
        .collect();
    ranges.sort_by_key(|r| r.to_string());
    ranges
}

#[test]
fn references_go_from_the_name_to_the_role_phrase_and_back() {
    let cache = tempfile::tempdir().unwrap();
    let workspace = tempfile::tempdir().unwrap();
    let path = workspace.path().join("2025-03-12-appel.md");
    std::fs::write(&path, FR).unwrap();
    let mut c = Client::spawn(&[("VIGIE_CACHE_DIR", cache.path().to_str().unwrap())]);
    c.initialize(Some(workspace.path()), &[]);
    let u = uri(&path);
    c.open(&u, "markdown", FR);
    let mut both = vec![
        range_of(FR, "Vladimir Poutine", false),
        range_of(FR, "Le président russe", false),
    ];
    both.sort_by_key(|r| r.to_string());
    crate::client::poll("references of the name", std::time::Duration::from_millis(100), || {
        references(&mut c, &u, FR, "Vladimir Poutine") == both
    });
    assert_eq!(references(&mut c, &u, FR, "président russe"), both);
    c.shutdown();
}

fn actions_at(c: &mut Client, u: &str, diag: &Value) -> Vec<Value> {
    c.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": u }, "range": diag["range"], "context": { "diagnostics": [diag] } }),
    )
    .expect("code actions answer")
    .as_array()
    .cloned()
    .unwrap_or_default()
}

#[test]
fn a_title_out_of_date_is_flagged_with_its_quick_fixes() {
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let u = "file:///tmp/vigie-e2e-role-date.md";
    c.open(u, "markdown", TITLE);
    let diags = c.diagnostics(u, 1);
    let d = diags
        .iter()
        .find(|d| d["code"] == "role-date")
        .expect("a role-date diagnostic");
    assert_eq!(d["severity"], 2);
    assert_eq!(d["range"], range_of(TITLE, "le chancelier Olaf Scholz", false));
    assert_eq!(
        plain_spaces(d["message"].as_str().unwrap()),
        "Olaf Scholz n’est plus chancelier depuis le 6 mai 2025 (son successeur : Friedrich Merz)"
    );
    let actions = actions_at(&mut c, u, d);
    let titles: Vec<String> = actions
        .iter()
        .map(|a| plain_spaces(a["title"].as_str().unwrap()))
        .collect();
    assert_eq!(
        titles,
        ["Écrire « l’ancien chancelier »", "Remplacer par Friedrich Merz"],
        "{actions:?}"
    );
    assert_eq!(actions[0]["isPreferred"], true);
    let edits = &actions[0]["edit"]["changes"][u];
    assert_eq!(edits[0]["newText"], "l’ancien ");
    assert_eq!(edits[0]["range"], range_of(TITLE, "le ", false));
    let edits = &actions[1]["edit"]["changes"][u];
    assert_eq!(edits[0]["newText"], "Friedrich Merz");
    assert_eq!(edits[0]["range"], range_of(TITLE, "Olaf Scholz", false));

    // Applied: the title says former, and the diagnostic goes.
    let fixed = TITLE.replace("le chancelier", "l’ancien chancelier");
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": u, "version": 2 }, "contentChanges": [{ "text": fixed }] }),
    );
    let diags = c.diagnostics(u, 2);
    assert!(diags.iter().all(|d| d["code"] != "role-date"), "{diags:?}");
    c.shutdown();
}
