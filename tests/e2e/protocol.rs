//! Bad input at the protocol level, over real stdio: a bad body is answered as JSON-RPC
//! 2.0 says, broken framing is skipped, wrong params are refused, and after each the
//! server still answers a hover.

use serde_json::{json, Value};

use crate::client::{poll, position, unique, Client};

const ARTICLE: &str = "date 2025-06-15\n\nÀ Kiev, Kolia Vigie a rencontré Vladimir Poutine.\n";
const URI: &str = "file:///tmp/vigie-e2e-protocol.txt";
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const INVALID_PARAMS: i64 = -32602;

fn started() -> Client {
    let mut c = Client::spawn(&[]);
    c.initialize(None, &[]);
    c.open(URI, "plaintext", ARTICLE);
    c
}

/// Where "Poutine" is, in UTF-16 columns.
fn poutine() -> (u32, u32) {
    position(ARTICLE, unique(ARTICLE, "Poutine") + 2, false)
}

fn hover_params() -> Value {
    let (line, character) = poutine();
    json!({ "textDocument": { "uri": URI }, "position": { "line": line, "character": character } })
}

fn assert_poutine(hover: &Value) {
    let card = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(card.starts_with("**Vladimir Poutine**"), "{hover}");
}

/// The server still serves: a hover on "Poutine" answers with its card.
fn still_serves(c: &mut Client) {
    let (line, col) = poutine();
    assert_poutine(&c.hover(URI, line, col).expect("hover answers"));
}

fn framed(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// A hover request body with its own id.
fn hover_body(id: i64) -> Vec<u8> {
    json!({ "jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": hover_params() })
        .to_string()
        .into_bytes()
}

/// The transport's log lines, once `n` of them have come.
fn transport_log(c: &Client, n: usize) -> Vec<String> {
    let lines = || -> Vec<String> { c.log().into_iter().filter(|l| l.contains("vigie::transport")).collect() };
    poll("the transport's log", std::time::Duration::from_millis(20), || {
        lines().len() >= n
    });
    lines()
}

/// Sends `bytes`; expects one error answer with `code` and `id`, logged once, then a
/// working hover and no other answer.
fn answered(bytes: &[u8], code: i64, id: Value) -> Value {
    let mut c = started();
    c.send_raw(bytes);
    let reply = c.response(&id);
    assert_eq!(reply["jsonrpc"], "2.0", "{reply}");
    assert_eq!(reply["error"]["code"], code, "{reply}");
    still_serves(&mut c);
    still_serves(&mut c);
    assert!(c.stray.is_empty(), "unexpected answers: {:?}", c.stray);
    let log = transport_log(&c, 1);
    assert_eq!(log.len(), 1, "logged once: {log:?}");
    c.shutdown();
    reply
}

/// Sends `bytes`, which get no answer (the framing is broken: nothing can be told of
/// the message); expects them logged once, then a working hover.
fn skipped(bytes: &[u8]) {
    let mut c = started();
    c.send_raw(bytes);
    still_serves(&mut c);
    still_serves(&mut c);
    assert!(c.stray.is_empty(), "unexpected answers: {:?}", c.stray);
    let log = transport_log(&c, 1);
    assert_eq!(log.len(), 1, "logged once: {log:?}");
    c.shutdown();
}

#[test]
fn invalid_json_is_a_parse_error() {
    answered(b"Content-Length: 9\r\n\r\n{not json", PARSE_ERROR, Value::Null);
}

#[test]
fn invalid_utf8_is_a_parse_error() {
    let body = b"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"\xff\xfe\"}";
    answered(&framed(body), PARSE_ERROR, Value::Null);
}

#[test]
fn a_json_object_that_is_no_json_rpc_message_is_an_invalid_request() {
    answered(&framed(br#"{"hello":"world"}"#), INVALID_REQUEST, Value::Null);
}

#[test]
fn an_invalid_request_with_a_usable_id_is_answered_with_it() {
    answered(&framed(br#"{"jsonrpc":"2.0","id":7007}"#), INVALID_REQUEST, json!(7007));
    answered(
        &framed(br#"{"jsonrpc":"1.0","id":"x-1","method":"textDocument/hover"}"#),
        INVALID_REQUEST,
        json!("x-1"),
    );
}

#[test]
fn a_batch_is_an_invalid_request() {
    let batch = format!("[{}]", String::from_utf8(hover_body(7001)).unwrap());
    let reply = answered(&framed(batch.as_bytes()), INVALID_REQUEST, Value::Null);
    assert!(reply["error"]["message"].as_str().unwrap().contains("batch"), "{reply}");
}

#[test]
fn a_misspelled_content_length_is_skipped() {
    let body = hover_body(7002);
    let mut bytes = format!("Content-Lenght: {}\r\n\r\n", body.len()).into_bytes();
    bytes.extend(body);
    skipped(&bytes);
}

#[test]
fn a_missing_content_length_is_skipped() {
    let mut bytes = b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n".to_vec();
    bytes.extend(hover_body(7003));
    skipped(&bytes);
}

#[test]
fn a_negative_length_is_skipped() {
    let mut bytes = b"Content-Length: -5\r\n\r\n".to_vec();
    bytes.extend(hover_body(7004));
    skipped(&bytes);
}

#[test]
fn an_absurd_length_is_refused() {
    let mut bytes = b"Content-Length: 1000000000000\r\n\r\n".to_vec();
    bytes.extend(hover_body(7005));
    skipped(&bytes);
}

#[test]
fn garbage_between_frames_is_skipped() {
    skipped(b"hello, server?\r\n\x00\x01\xfe\xff garbage\r\n\r\n");
}

#[test]
fn a_length_past_the_end_is_answered_and_the_next_frame_still_served() {
    let mut c = started();
    let mut bytes = b"Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":7006,".to_vec();
    let id = c.fresh_id();
    bytes.extend(framed(&hover_body(id)));
    c.send_raw(&bytes);
    let reply = c.response(&Value::Null);
    assert_eq!(reply["error"]["code"], PARSE_ERROR, "{reply}");
    assert_poutine(&c.response(&json!(id))["result"]);
    still_serves(&mut c);
    assert!(c.stray.is_empty(), "unexpected answers: {:?}", c.stray);
    c.shutdown();
}

#[test]
fn content_type_headers_are_accepted() {
    let mut c = started();
    for content_type in [
        "application/vscode-jsonrpc; charset=utf-8",
        // tower-lsp-server alone refuses a Content-Type without charset=utf-8.
        "application/vscode-jsonrpc",
    ] {
        let id = c.fresh_id();
        let body = hover_body(id);
        let head = format!("Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", body.len());
        c.send_raw(&[head.as_bytes(), &body].concat());
        assert_poutine(&c.response(&json!(id))["result"]);
    }
    assert!(transport_log(&c, 0).is_empty());
    c.shutdown();
}

#[test]
fn the_first_bytes_only_are_logged() {
    let mut c = started();
    let body = format!("{{not json {} END-OF-BODY", "x".repeat(300));
    c.send_raw(&framed(body.as_bytes()));
    assert_eq!(c.response(&Value::Null)["error"]["code"], PARSE_ERROR);
    let log = transport_log(&c, 1);
    assert!(log[0].contains("{not json xxx"), "{log:?}");
    assert!(!log[0].contains("END-OF-BODY"), "{log:?}");
    still_serves(&mut c);
    c.shutdown();
}

#[test]
fn all_of_it_in_one_stream() {
    let mut c = started();
    let mut bytes = Vec::new();
    bytes.extend(b"Content-Length: 9\r\n\r\n{not json");
    bytes.extend(framed(b"{\"a\":\"\xff\"}"));
    bytes.extend(framed(br#"{"hello":"world"}"#));
    bytes.extend(framed(br#"[{"jsonrpc":"2.0","id":7010,"method":"shutdown"}]"#));
    bytes.extend(b"Content-Lenght: 2\r\n\r\n{}");
    bytes.extend(b"Content-Type: application/json\r\n\r\n{}");
    bytes.extend(b"Content-Length: -5\r\n\r\n{}");
    bytes.extend(b"Content-Length: 1000000000000\r\n\r\n{}");
    bytes.extend(b"garbage\r\n");
    bytes.extend(b"Content-Length: 400\r\n\r\n{\"jsonrpc\":");
    let id = c.fresh_id();
    bytes.extend(framed(&hover_body(id)));
    c.send_raw(&bytes);
    assert_poutine(&c.response(&json!(id))["result"]);
    let mut codes: Vec<i64> = (0..5)
        .map(|_| c.response(&Value::Null)["error"]["code"].as_i64().unwrap())
        .collect();
    codes.sort();
    assert_eq!(
        codes,
        [PARSE_ERROR, PARSE_ERROR, PARSE_ERROR, INVALID_REQUEST, INVALID_REQUEST]
    );
    still_serves(&mut c);
    assert!(c.stray.is_empty(), "unexpected answers: {:?}", c.stray);
    // One line per bad input, but a skip runs up to the next Content-Length: the block
    // with a Content-Type only is part of the skip of the misspelled header before it,
    // and the garbage part of the skip of the absurd length.
    assert_eq!(transport_log(&c, 8).len(), 8);
    c.shutdown();
}

#[test]
fn wrong_params_for_hover_are_invalid_params() {
    let mut c = started();
    let (line, character) = poutine();
    for params in [
        Value::Null,
        json!([]),
        json!("hover"),
        json!({ "textDocument": 5, "position": { "line": line, "character": character } }),
        json!({ "textDocument": { "uri": URI } }),
        json!({ "textDocument": { "uri": URI }, "position": { "line": -1, "character": 0 } }),
        json!({ "textDocument": { "uri": URI }, "position": { "line": "2", "character": 0 } }),
        json!({ "textDocument": { "uri": "not a uri" }, "position": { "line": 0, "character": 0 } }),
    ] {
        let error = c.request("textDocument/hover", params.clone()).expect_err("an error");
        assert_eq!(error["code"], INVALID_PARAMS, "{params}: {error}");
    }
    // A missing params field altogether.
    let id = c.fresh_id();
    c.send_raw(&framed(
        json!({ "jsonrpc": "2.0", "id": id, "method": "textDocument/hover" })
            .to_string()
            .as_bytes(),
    ));
    assert_eq!(c.response(&json!(id))["error"]["code"], INVALID_PARAMS);
    // Well-shaped but out of range: an answer, not a crash.
    let far = json!({ "textDocument": { "uri": URI }, "position": { "line": u32::MAX, "character": u32::MAX } });
    if let Err(error) = c.request("textDocument/hover", far) {
        assert_ne!(error["code"], -32603, "{error}");
    }
    // vigie's own requests too.
    let error = c
        .request("vigie/entryAt", json!({ "position": 3 }))
        .expect_err("an error");
    assert_eq!(error["code"], INVALID_PARAMS, "{error}");
    still_serves(&mut c);
    c.shutdown();
}

#[test]
fn a_wrong_shaped_did_change_is_dropped() {
    let mut c = started();
    for params in [
        json!({ "textDocument": { "uri": URI, "version": 2 }, "contentChanges": "Poutine" }),
        json!({ "textDocument": { "uri": URI }, "contentChanges": [{ "text": "" }] }),
        json!([URI, "new text"]),
        Value::Null,
    ] {
        c.notify("textDocument/didChange", params);
    }
    // The document is as it was: the hover still finds Poutine where it was.
    still_serves(&mut c);
    let log = transport_log(&c, 4);
    assert!(
        log.iter()
            .all(|l| l.contains("wrong params") && l.contains("didChange")),
        "{log:?}"
    );
    assert!(c.stray.is_empty(), "notifications get no answer: {:?}", c.stray);
    c.shutdown();
}
