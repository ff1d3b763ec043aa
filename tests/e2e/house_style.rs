//! The house-style check over real JSON-RPC: the diagnostic, its quick fix, the
//! `source.fixAll.vigie` action and the settings, in both position encodings.

use serde_json::{json, Value};

use crate::client::{offset_of, range_of, Client};

/// An emoji before the spellings, so that UTF-8 and UTF-16 columns differ.
const ARTICLE: &str = "# Visite 😀 à Kyiv\n\nVolodymyr Zelenskyy est arrivé lundi à Kyiv. La visite d’Zelenskiy a duré deux heures, et le président Zelensky est reparti.\n";

/// `text` with `edits` (LSP TextEdits, not overlapping) applied.
fn apply_edits(text: &str, edits: &[Value], utf8: bool) -> String {
    let offset = |p: &Value| {
        offset_of(
            text,
            p["line"].as_u64().unwrap() as u32,
            p["character"].as_u64().unwrap() as u32,
            utf8,
        )
    };
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (a, b, new) in spans {
        out.replace_range(a..b, new);
    }
    out
}

fn code_actions(c: &mut Client, uri: &str, range: &Value, only: Option<&[&str]>) -> Vec<Value> {
    let mut context = json!({ "diagnostics": [] });
    if let Some(only) = only {
        context["only"] = json!(only);
    }
    c.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": range, "context": context }),
    )
    .expect("code actions answer")
    .as_array()
    .cloned()
    .unwrap_or_default()
}

fn style_diagnostics(c: &mut Client, uri: &str, version: i64) -> Vec<Value> {
    c.diagnostics(uri, version)
        .into_iter()
        .filter(|d| d["code"] == "house-style")
        .collect()
}

#[test]
fn diagnostic_quick_fix_and_fix_all_in_both_encodings() {
    for (encodings, utf8) in [(&[][..], false), (&["utf-8"][..], true)] {
        let mut c = Client::spawn(&[]);
        let init = c.initialize(None, encodings);
        let kinds = &init["capabilities"]["codeActionProvider"]["codeActionKinds"];
        assert!(
            kinds.as_array().unwrap().contains(&json!("source.fixAll.vigie")),
            "{kinds}"
        );
        let uri = "file:///tmp/vigie-e2e-house-style.md";
        c.open(uri, "markdown", ARTICLE);
        let diags = style_diagnostics(&mut c, uri, 1);
        // Kyiv twice and two variants of Zelensky; "le président Zelensky" is the house's.
        assert_eq!(diags.len(), 4, "{diags:?}");
        let first = &diags[1];
        assert_eq!(first["range"], range_of(ARTICLE, "Volodymyr Zelenskyy", utf8));
        assert_eq!(first["severity"], 3, "information by default");
        assert_eq!(first["source"], "vigie");
        let msg = first["message"].as_str().unwrap();
        assert_eq!(
            msg,
            "Graphie maison (default)\u{a0}: «\u{a0}Zelensky\u{a0}» plutôt que «\u{a0}Zelenskyy\u{a0}»."
        );

        // The quick fix writes the house spelling in place of the variant only.
        let actions = code_actions(&mut c, uri, &first["range"], None);
        let fix = actions
            .iter()
            .find(|a| a["kind"] == "quickfix" && a["title"].as_str().unwrap().contains("Zelensky"))
            .unwrap_or_else(|| panic!("a quick fix in {actions:?}"));
        assert_eq!(fix["isPreferred"], true);
        assert_eq!(fix["diagnostics"][0]["code"], "house-style");
        let edits = fix["edit"]["changes"][uri].as_array().unwrap();
        assert_eq!(edits[0]["range"], range_of(ARTICLE, "Zelenskyy", utf8));
        let fixed = apply_edits(ARTICLE, edits, utf8);
        assert!(fixed.contains("\nVolodymyr Zelensky est arrivé"), "{fixed}");

        // Fix all, asked for as a source action: every finding, elision included.
        let whole = json!({ "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 0 } });
        let actions = code_actions(&mut c, uri, &whole, Some(&["source.fixAll"]));
        assert_eq!(actions.len(), 1, "only the fix-all action: {actions:?}");
        assert_eq!(actions[0]["kind"], "source.fixAll.vigie");
        assert_eq!(
            actions[0]["title"],
            "Appliquer la graphie maison dans tout le fichier (4)"
        );
        let edits = actions[0]["edit"]["changes"][uri].as_array().unwrap();
        let fixed = apply_edits(ARTICLE, edits, utf8);
        assert_eq!(
            fixed,
            "# Visite 😀 à Kiev\n\nVolodymyr Zelensky est arrivé lundi à Kiev. La visite de Zelensky a duré deux heures, et le président Zelensky est reparti.\n"
        );
        // Quick fixes only: no fix-all.
        let actions = code_actions(&mut c, uri, &whole, Some(&["quickfix"]));
        assert!(actions.iter().all(|a| a["kind"] == "quickfix"), "{actions:?}");

        // The fixed text has no finding left.
        let end = crate::client::position(ARTICLE, ARTICLE.len(), utf8);
        let all = json!({ "start": { "line": 0, "character": 0 }, "end": { "line": end.0, "character": end.1 } });
        c.change(uri, 2, all, &fixed);
        assert_eq!(style_diagnostics(&mut c, uri, 2), Vec::<Value>::new());
        c.shutdown();
    }
}

#[test]
fn the_style_and_severity_come_from_the_settings() {
    let mut c = Client::spawn(&[]);
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "capabilities": {},
                "initializationOptions": { "houseStyle": "reuters", "houseStyleSeverity": "warning" } }),
    )
    .unwrap();
    c.notify("initialized", json!({}));
    let uri = "file:///tmp/vigie-e2e-house-style-reuters.md";
    let text = "Vladimir Poutine a reçu lundi Volodymyr Zelensky au Kremlin.\n";
    c.open(uri, "markdown", text);
    let diags = style_diagnostics(&mut c, uri, 1);
    let messages: Vec<&str> = diags.iter().map(|d| d["message"].as_str().unwrap()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].contains("Putin"), "{messages:?}");
    assert!(messages[1].contains("Zelenskiy"), "{messages:?}");
    assert!(diags.iter().all(|d| d["severity"] == 2));
    // Off: no diagnostic and no fix-all.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "vigie": { "houseStyle": "reuters", "houseStyleSeverity": "off" } } }),
    );
    c.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && p["diagnostics"] == json!([])
    });
    let whole = json!({ "start": { "line": 0, "character": 0 }, "end": { "line": 1, "character": 0 } });
    assert_eq!(code_actions(&mut c, uri, &whole, None), Vec::<Value>::new());
    c.shutdown();
}
