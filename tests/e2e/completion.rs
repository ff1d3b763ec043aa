//! Name completion over real JSON-RPC, in both position encodings.

use serde_json::{json, Value};

use crate::client::{position, Client};

/// Completion items at the end of `prefix`, the document being `prefix` + `rest`.
fn complete(c: &mut Client, uri: &str, text: &str, at: usize, utf8: bool) -> Vec<Value> {
    let (line, character) = position(text, at, utf8);
    let result = c
        .request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
        )
        .expect("completion answers");
    if result.is_null() {
        return Vec::new();
    }
    assert_eq!(result["isIncomplete"], true);
    result["items"].as_array().cloned().unwrap_or_default()
}

const ARTICLE: &str = "---\ndate: 2025-06-01\n---\n\n# Sommet 😀\n\nÀ Kyi, le président Zele a reçu M. Merz puis il est parti vers Pokr et zelen.\n";

#[test]
fn names_complete_in_the_house_spelling_with_role_and_card() {
    for (encodings, utf8) in [(&[][..], false), (&["utf-8"][..], true)] {
        let mut c = Client::spawn(&[]);
        let init = c.initialize(None, encodings);
        assert!(init["capabilities"]["completionProvider"].is_object(), "{init}");
        let uri = "file:///tmp/vigie-e2e-completion.md";
        c.open(uri, "markdown", ARTICLE);
        let end_of = |word: &str| ARTICLE.find(word).unwrap() + word.len();

        let items = complete(&mut c, uri, ARTICLE, end_of("Zele"), utf8);
        let first = &items[0];
        assert_eq!(first["label"], "Zelensky", "{items:?}");
        assert_eq!(first["detail"], "président de l’Ukraine");
        assert_eq!(first["sortText"], "0000");
        assert_eq!(first["filterText"], "Zele");
        assert_eq!(first["documentation"]["kind"], "markdown");
        assert!(first["documentation"]["value"]
            .as_str()
            .unwrap()
            .contains("Volodymyr Zelensky"));
        let start = ARTICLE.find("Zele").unwrap();
        let (line, col) = position(ARTICLE, start, utf8);
        assert_eq!(
            first["textEdit"]["range"]["start"],
            json!({ "line": line, "character": col })
        );
        assert_eq!(first["textEdit"]["newText"], "Zelensky");

        // A variant typed is offered in the house spelling; lowercase and the middle of a
        // multi-word name complete too.
        let label = |items: &[Value]| items.first().map(|i| i["label"].as_str().unwrap().to_string());
        assert_eq!(
            label(&complete(&mut c, uri, ARTICLE, end_of("Kyi"), utf8)).as_deref(),
            Some("Kiev")
        );
        assert_eq!(
            label(&complete(&mut c, uri, ARTICLE, end_of("zelen"), utf8)).as_deref(),
            Some("Zelensky")
        );
        assert_eq!(
            label(&complete(&mut c, uri, ARTICLE, end_of("Pokr"), utf8)).as_deref(),
            Some("Pokrovsk")
        );
        let merz = complete(&mut c, uri, ARTICLE, end_of("Merz"), utf8);
        assert_eq!(merz[0]["label"], "Merz", "{merz:?}");
        assert_eq!(
            merz[0]["detail"], "chancelier fédéral d’Allemagne",
            "the role on the article's date"
        );
        // One letter: nothing.
        assert_eq!(
            complete(&mut c, uri, ARTICLE, end_of("Zele") - 3, utf8),
            Vec::<Value>::new()
        );
        c.shutdown();
    }
}

#[test]
fn the_house_style_of_the_settings_is_the_spelling_offered() {
    let mut c = Client::spawn(&[]);
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "capabilities": {},
                "initializationOptions": { "houseStyle": "reuters" } }),
    )
    .unwrap();
    c.notify("initialized", json!({}));
    let uri = "file:///tmp/vigie-e2e-completion-reuters.md";
    let text = "Hier, Volodymyr Zel";
    c.open(uri, "markdown", text);
    let items = complete(&mut c, uri, text, text.len(), false);
    assert_eq!(items[0]["label"], "Volodymyr Zelenskiy", "{items:?}");
    assert_eq!(
        items[0]["textEdit"]["range"]["start"]["character"], 6,
        "both words replaced"
    );
    c.shutdown();
}

/// A role phrase completes from its title, with its holder on the article's date as detail
/// and the holder's card as documentation; the phrase replaces the words typed.
#[test]
fn role_phrases_complete_with_the_holder_on_the_articles_date() {
    for (date, holder) in [("2018-06-01", "Petro Porochenko"), ("2025-06-01", "Volodymyr Zelensky")] {
        let mut c = Client::spawn(&[]);
        c.initialize(None, &[]);
        let uri = "file:///tmp/vigie-e2e-completion-role.md";
        let text = format!("---\ndate: {date}\n---\n\nÀ Kiev, « fière » 😀, le président ukr");
        c.open(uri, "markdown", &text);
        let items = complete(&mut c, uri, &text, text.len(), false);
        let item = items
            .iter()
            .find(|i| i["label"] == "président ukrainien")
            .unwrap_or_else(|| panic!("{items:?}"));
        let detail = item["detail"].as_str().unwrap();
        assert!(detail.starts_with(&format!("{holder} · ")), "{detail}");
        assert!(item["documentation"]["value"].as_str().unwrap().contains(holder));
        let start = text.find("président ukr").unwrap();
        let (line, col) = position(&text, start, false);
        assert_eq!(
            item["textEdit"]["range"]["start"],
            json!({ "line": line, "character": col })
        );
        assert_eq!(item["textEdit"]["newText"], "président ukrainien");
        c.shutdown();
    }
}
