//! Hovers over real JSON-RPC, in both position encodings.

use serde_json::Value;

use crate::article;
use crate::client::{position, range_of, unique, uri, Client};

fn markdown(hover: &Value) -> String {
    assert_eq!(hover["contents"]["kind"], "markdown", "{hover}");
    hover["contents"]["value"].as_str().unwrap().to_string()
}

/// Hovers at the start, the middle and the last character of the only occurrence of
/// `needle`; each must give the same card and the needle's range. Returns the card.
fn hover_on(client: &mut Client, uri: &str, text: &str, needle: &str, mention: &str, utf8: bool) -> String {
    let start = unique(text, needle) + needle.find(mention).unwrap();
    let expected = range_of(text, needle, utf8);
    let expected = if needle == mention {
        expected
    } else {
        mention_range(text, start, mention, utf8)
    };
    let last = start + mention.char_indices().last().unwrap().0;
    // The card counts open documents by their analysis, kept before the diagnostics are
    // published: wait for it, so that the three hovers see the same counts.
    client.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    let mut cards = Vec::new();
    for offset in [start, start + mention.len() / 2, last] {
        let offset = (0..=offset).rev().find(|&o| text.is_char_boundary(o)).unwrap();
        let (line, col) = position(text, offset, utf8);
        let hover = client.hover(uri, line, col).expect("hover answers").clone();
        assert!(!hover.is_null(), "no hover on {needle:?} at {line}:{col}");
        assert_eq!(hover["range"], expected, "range of {mention:?} (utf8: {utf8})");
        cards.push(markdown(&hover));
    }
    assert!(cards.iter().all(|c| *c == cards[0]));
    cards.remove(0)
}

fn mention_range(text: &str, start: usize, mention: &str, utf8: bool) -> Value {
    let (sl, sc) = position(text, start, utf8);
    let (el, ec) = position(text, start + mention.len(), utf8);
    serde_json::json!({ "start": { "line": sl, "character": sc }, "end": { "line": el, "character": ec } })
}

fn no_hover(client: &mut Client, uri: &str, text: &str, needle: &str, utf8: bool) {
    let (line, col) = position(text, unique(text, needle) + 1, utf8);
    let hover = client.hover(uri, line, col).expect("hover answers");
    assert!(hover.is_null(), "unexpected hover on {needle:?}: {hover}");
}

/// The lines of the card that state the roles on the article's date.
fn roles_on_date(card: &str) -> String {
    let start = card.find("Au ").or_else(|| card.find("On ")).expect("a roles block");
    card[start..].split("\n\n").next().unwrap().to_string()
}

#[test]
fn french_markdown_in_utf16() {
    let (path, text) = article("kiev-fr.md");
    let mut c = Client::spawn(&[]);
    let init = c.initialize(None, &[]);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(init["capabilities"]["hoverProvider"], true);
    let u = uri(&path);
    c.open(&u, "markdown", &text);

    let card = hover_on(&mut c, &u, &text, "Vladimir Poutine", "Vladimir Poutine", false);
    assert!(card.starts_with("**Vladimir Poutine** · personnalité"), "{card}");
    assert!(card.contains("Au 15 juin 2025 (date de l’article)"), "{card}");
    assert!(card.contains("Putin"), "aliases listed: {card}");

    let card = hover_on(&mut c, &u, &text, "l’Ukraine", "Ukraine", false);
    assert!(card.starts_with("**Ukraine** · pays"), "{card}");
    let card = hover_on(&mut c, &u, &text, "l'OTAN", "OTAN", false);
    assert!(
        card.starts_with("**Organisation du traité de l’Atlantique Nord** · organisation"),
        "{card}"
    );
    let card = hover_on(&mut c, &u, &text, "Kiev", "Kiev", false);
    assert!(card.contains("Kyiv"), "{card}");

    // A chancellor on 2025-06-15.
    let card = hover_on(&mut c, &u, &text, "Friedrich Merz", "Friedrich Merz", false);
    assert!(roles_on_date(&card).to_lowercase().contains("chancel"), "{card}");
    let card = hover_on(&mut c, &u, &text, "Marco Rubio", "Marco Rubio", false);
    assert!(roles_on_date(&card).to_lowercase().contains("secrétaire d"), "{card}");

    no_hover(&mut c, &u, &text, "négociations", false);
    // The elided article is not part of the mention.
    let (line, col) = position(&text, unique(&text, "l’Ukraine"), false);
    assert!(c.hover(&u, line, col).unwrap().is_null());
    c.shutdown();
}

#[test]
fn roles_follow_the_article_date() {
    let (path, text) = article("merz-2024.md");
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let u = uri(&path);
    c.open(&u, "markdown", &text);
    let merz = hover_on(&mut c, &u, &text, "Friedrich Merz", "Friedrich Merz", false);
    let current = roles_on_date(&merz);
    assert!(current.starts_with("Au 20 novembre 2024"), "{merz}");
    assert!(
        !current.to_lowercase().contains("chancel"),
        "Merz was not chancellor in November 2024:\n{merz}"
    );
    let scholz = hover_on(&mut c, &u, &text, "Olaf Scholz", "Olaf Scholz", false);
    assert!(roles_on_date(&scholz).to_lowercase().contains("chancel"), "{scholz}");
    c.shutdown();
}

#[test]
fn english_plain_text_gets_an_english_card() {
    let (path, text) = article("witkoff-en.txt");
    let mut c = Client::spawn(&[]);
    c.initialize(None, &["utf-16"]);
    let u = uri(&path);
    c.open(&u, "plaintext", &text);
    let card = hover_on(&mut c, &u, &text, "Steve Witkoff", "Steve Witkoff", false);
    assert!(card.contains("person"), "{card}");
    assert!(card.contains("On 1 March 2025 (article date)"), "{card}");
    let card = hover_on(&mut c, &u, &text, "the Kremlin", "Kremlin", false);
    assert!(card.contains("building"), "{card}");
    // English throughout: the English name, kind, country and labels.
    let card = hover_on(&mut c, &u, &text, "NATO", "NATO", false);
    assert!(card.starts_with("**NATO** · organisation"), "{card}");
    assert!(
        card.contains("Other forms: Organisation du traité de l’Atlantique Nord"),
        "{card}"
    );
    let card = hover_on(&mut c, &u, &text, "Kyiv", "Kyiv", false);
    assert!(card.starts_with("**Kyiv** · city · Ukraine"), "{card}");
    let card = hover_on(&mut c, &u, &text, "Putin has", "Putin", false);
    assert!(card.starts_with("**Vladimir Putin** · person · Russia"), "{card}");
    assert!(!card.contains("Au ") && !card.contains("Autres formes"), "{card}");
    c.shutdown();
}

/// Emoji (4-byte, 2 UTF-16 units), NBSP, narrow NBSP, accents and CRLF line ends, with
/// positions in UTF-8 and in UTF-16.
#[test]
fn emoji_and_crlf_in_both_encodings() {
    let (path, text) = article("emoji-crlf.md");
    assert!(text.contains("\r\n"));
    for (offered, utf8) in [
        (vec!["utf-8", "utf-16"], true),
        (vec!["utf-16"], false),
        (vec![], false),
    ] {
        let mut c = Client::spawn(&[]);
        let init = c.initialize(None, &offered);
        assert_eq!(
            init["capabilities"]["positionEncoding"],
            if utf8 { "utf-8" } else { "utf-16" }
        );
        let u = uri(&path);
        c.open(&u, "markdown", &text);
        for name in ["Zelensky", "Kaja Kallas", "Kharkiv", "Etats-Unis", "Pokrovsk"] {
            let card = hover_on(&mut c, &u, &text, name, name, utf8);
            assert!(card.starts_with("**"), "{card}");
        }
        c.shutdown();
    }
}

#[test]
fn lowercase_heading_and_case_rule() {
    let (path, text) = article("heading-lower.txt");
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let u = uri(&path);
    c.open(&u, "plaintext", &text);
    let card = hover_on(&mut c, &u, &text, "l’ukraine", "ukraine", false);
    assert!(card.starts_with("**Ukraine**"), "{card}");
    no_hover(&mut c, &u, &text, "d'iris", false);
    no_hover(&mut c, &u, &text, "de nice", false);
    let start = unique(&text, "UE");
    let (line, col) = position(&text, start, false);
    assert!(!c.hover(&u, line, col).unwrap().is_null(), "UE in capitals is the EU");
    c.shutdown();
}

/// Incremental edits: the card follows the text.
#[test]
fn hover_follows_incremental_edits() {
    let text = "date 2025-06-15\n\nLe président Vladimir Poutine a reçu un émissaire.\n";
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let u = "file:///tmp/vigie-e2e-edit.txt";
    c.open(u, "plaintext", text);
    let hover = c.hover(u, 2, 16).unwrap();
    assert!(markdown(&hover).starts_with("**Vladimir Poutine**"));

    // Insert an emoji and a CRLF-broken line before the name; replace "Poutine" by "Zelensky".
    c.notify(
        "textDocument/didChange",
        serde_json::json!({
            "textDocument": { "uri": u, "version": 2 },
            "contentChanges": [
                { "range": { "start": { "line": 2, "character": 0 }, "end": { "line": 2, "character": 0 } }, "text": "😀 Hier à Kiev,\r\n" },
                { "range": { "start": { "line": 3, "character": 22 }, "end": { "line": 3, "character": 29 } }, "text": "Zelensky" }
            ]
        }),
    );
    let kiev = c.hover(u, 2, 11).unwrap();
    assert!(markdown(&kiev).starts_with("**Kiev**"), "{kiev}");
    assert_eq!(
        kiev["range"],
        serde_json::json!({ "start": { "line": 2, "character": 10 }, "end": { "line": 2, "character": 14 } })
    );
    let z = c.hover(u, 3, 23).unwrap();
    assert!(markdown(&z).contains("Zelensky"), "{z}");
    assert_eq!(z["range"]["end"], serde_json::json!({ "line": 3, "character": 30 }));
    // Closed: no more hover.
    c.notify(
        "textDocument/didClose",
        serde_json::json!({ "textDocument": { "uri": u } }),
    );
    assert!(c.hover(u, 3, 23).unwrap().is_null());
    c.shutdown();
}
