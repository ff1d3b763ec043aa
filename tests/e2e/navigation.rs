//! Go to definition and document symbols over JSON-RPC.

use serde_json::{json, Value};

use crate::article;
use crate::client::{position, unique, uri, Client};

fn definition(c: &mut Client, u: &str, text: &str, needle: &str) -> Value {
    let inside = unique(text, needle) + needle.chars().next().unwrap().len_utf8();
    let (line, col) = position(text, inside, false);
    c.request(
        "textDocument/definition",
        json!({ "textDocument": { "uri": u }, "position": { "line": line, "character": col } }),
    )
    .expect("definition answers")
}

/// The line a Location points at, read from the file it names.
fn line_at(location: &Value) -> String {
    let path = location["uri"]
        .as_str()
        .unwrap()
        .strip_prefix("file://")
        .unwrap()
        .to_string();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .nth(location["range"]["start"]["line"].as_u64().unwrap() as usize)
        .unwrap()
        .to_string()
}

#[test]
fn definition_opens_the_entry_in_its_dictionary() {
    let cache = tempfile::tempdir().unwrap();
    let workspace = tempfile::tempdir().unwrap();
    std::fs::write(
        workspace.path().join("vigie.toml"),
        "[dictionaries]\nfiles = [\"maison.toml\"]\n",
    )
    .unwrap();
    std::fs::write(
        workspace.path().join("maison.toml"),
        "# Newsroom\n\n[[entry]]\nid = \"kolia-vigie\"\nname = \"Kolia Vigie\"\nkind = \"person\"\ndescription = \"Correspondant.\"\n",
    )
    .unwrap();
    let mut c = Client::spawn(&[("VIGIE_CACHE_DIR", cache.path().to_str().unwrap())]);
    c.initialize(Some(workspace.path()), &[]);
    c.wait_for("client/registerCapability", |_| true);
    let (path, text) = article("kiev-fr.md");
    let u = uri(&path);
    c.open(&u, "markdown", &text);

    // An embedded entry: extracted, read-only, under the cache folder.
    let loc = definition(&mut c, &u, &text, "Vladimir Poutine");
    assert!(
        loc["uri"]
            .as_str()
            .unwrap()
            .contains(cache.path().file_name().unwrap().to_str().unwrap()),
        "{loc}"
    );
    assert!(loc["uri"].as_str().unwrap().ends_with("/actors.toml"), "{loc}");
    assert_eq!(line_at(&loc), "id = \"vladimir-poutine\"");
    let file = loc["uri"]
        .as_str()
        .unwrap()
        .strip_prefix("file://")
        .unwrap()
        .to_string();
    assert!(std::fs::metadata(&file).unwrap().permissions().readonly());
    let loc = definition(&mut c, &u, &text, "Kiev");
    assert!(loc["uri"].as_str().unwrap().ends_with("/places.toml"), "{loc}");
    assert_eq!(line_at(&loc), "id = \"kiev\"");

    // A newsroom entry: its own file.
    let note = "date 2025-06-15\n\nKolia Vigie écrit depuis Kiev.\n";
    c.open("file:///tmp/vigie-e2e-def.txt", "plaintext", note);
    let loc = definition(&mut c, "file:///tmp/vigie-e2e-def.txt", note, "Kolia Vigie");
    assert!(loc["uri"].as_str().unwrap().ends_with("/maison.toml"), "{loc}");
    // The range covers the quoted id.
    assert_eq!(
        loc["range"],
        json!({ "start": { "line": 3, "character": 5 }, "end": { "line": 3, "character": 18 } })
    );
    // Not a mention: nothing.
    assert!(definition(&mut c, "file:///tmp/vigie-e2e-def.txt", note, "écrit").is_null());
    c.shutdown();
}

#[test]
fn document_symbols_group_mentions_by_kind() {
    let (path, text) = article("kiev-fr.md");
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    let u = uri(&path);
    c.open(&u, "markdown", &text);
    let symbols = c
        .request("textDocument/documentSymbol", json!({ "textDocument": { "uri": u } }))
        .unwrap();
    let groups = symbols.as_array().unwrap();
    let group = |name: &str| {
        groups
            .iter()
            .find(|g| g["name"] == name)
            .unwrap_or_else(|| panic!("no group {name}: {symbols}"))
    };
    let people: Vec<&str> = group("Personnalités")["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    for name in [
        "Vladimir Poutine",
        "Volodymyr Zelensky",
        "Friedrich Merz",
        "Marco Rubio",
    ] {
        assert!(people.contains(&name), "{name} missing from {people:?}");
    }
    let countries = &group("Pays")["children"];
    let ukraine = countries
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Ukraine")
        .expect("Ukraine");
    assert_eq!(ukraine["range"], crate::client::range_of(&text, "Ukraine", false));
    assert_eq!(ukraine["detail"], "1 mention");
    // Names with typographic apostrophes, as everything a journalist reads.
    let organisations: Vec<&str> = group("Organisations")["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        organisations.contains(&"Organisation du traité de l’Atlantique Nord"),
        "{organisations:?}"
    );

    // An English article: English groups and English names where the dictionary has them.
    let (path, text) = article("witkoff-en.txt");
    let u = uri(&path);
    c.open(&u, "plaintext", &text);
    let symbols = c
        .request("textDocument/documentSymbol", json!({ "textDocument": { "uri": u } }))
        .unwrap();
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["children"].as_array().unwrap().iter())
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    for name in ["Vladimir Putin", "Russia", "Moscow", "Kyiv", "NATO", "Saudi Arabia"] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    c.shutdown();
}
