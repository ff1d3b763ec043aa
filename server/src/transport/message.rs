//! Which frame bodies may go on to tower-lsp-server, and the JSON-RPC error owed for the
//! others.
//!
//! The library's own decoder ends its input stream at the first body it cannot decode,
//! so a body is handed on only if it deserializes exactly as the library will deserialize
//! it: as a [`Response`] or else a [`Request`] (the library's private `Message` is that
//! untagged pair, in that order). Everything else is answered here, as JSON-RPC 2.0 says:
//! Parse error (-32700) for a body that is no JSON text (bad UTF-8 included), Invalid
//! Request (-32600) for JSON that is no JSON-RPC message (a batch array included: LSP has
//! no batches), with the message's id when it has a usable one, else `null`.

use serde::Deserialize;
use serde_json::{json, Value};
use tower_lsp_server::jsonrpc::{Request, Response};
use tower_lsp_server::ls_types::notification::{
    Cancel, DidChangeConfiguration, DidChangeTextDocument, DidChangeWatchedFiles, DidChangeWorkspaceFolders,
    DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument, Initialized, Notification, SetTrace,
    WillSaveTextDocument,
};

/// JSON-RPC 2.0: invalid JSON was received.
pub const PARSE_ERROR: i64 = -32700;
/// JSON-RPC 2.0: the JSON sent is not a valid request object.
pub const INVALID_REQUEST: i64 = -32600;

/// What tower-lsp-server deserializes a body into.
#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Incoming {
    Response(Response),
    Request(Request),
}

/// What to do with a frame's body.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Hand it to the library.
    Accept {
        /// The `exit` notification: the library reads nothing after it.
        exit: bool,
        /// A notification whose params the library will not take: it drops it without a
        /// word, so this says which and why, for the log.
        ill_shaped: Option<String>,
    },
    /// Answer it here.
    Reject(Rejection),
}

/// A body that is no JSON-RPC message, and the answer it gets.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    pub code: i64,
    pub message: String,
    /// The message's id if it had a usable one, else `null`.
    pub id: Value,
}

impl Rejection {
    fn parse(detail: impl std::fmt::Display) -> Rejection {
        Rejection {
            code: PARSE_ERROR,
            message: format!("Parse error: {detail}"),
            id: Value::Null,
        }
    }

    fn invalid(detail: impl std::fmt::Display, id: Value) -> Rejection {
        Rejection {
            code: INVALID_REQUEST,
            message: format!("Invalid Request: {detail}"),
            id,
        }
    }

    /// The error response, framed.
    pub fn reply(&self) -> Vec<u8> {
        let body = json!({
            "jsonrpc": "2.0",
            "id": self.id,
            "error": { "code": self.code, "message": self.message },
        });
        frame(
            serde_json::to_string(&body)
                .expect("a JSON value serializes")
                .as_bytes(),
        )
    }
}

/// `body` with its `Content-Length` header.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// The answer owed for a body that was cut short (see `frame::Problem::Truncated`).
pub fn truncated() -> Rejection {
    Rejection::parse("the body is shorter than its Content-Length")
}

/// Decides what happens to a frame's body.
pub fn check(body: &[u8]) -> Verdict {
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => return Verdict::Reject(Rejection::parse(format_args!("invalid UTF-8: {e}"))),
    };
    match serde_json::from_str::<Incoming>(text) {
        Ok(Incoming::Response(_)) => Verdict::Accept {
            exit: false,
            ill_shaped: None,
        },
        Ok(Incoming::Request(req)) if !req.method().is_empty() => Verdict::Accept {
            exit: req.method() == "exit",
            ill_shaped: ill_shaped(&req),
        },
        Ok(Incoming::Request(req)) => Verdict::Reject(Rejection::invalid(
            "no method",
            usable_id(&serde_json::to_value(req.id()).unwrap_or_default()),
        )),
        Err(_) => Verdict::Reject(diagnose(text)),
    }
}

/// Why a body the library would not take is no JSON-RPC message.
fn diagnose(text: &str) -> Rejection {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Rejection::parse(e),
    };
    let obj = match value {
        Value::Array(_) => return Rejection::invalid("batches are not supported", Value::Null),
        Value::Object(obj) => obj,
        _ => return Rejection::invalid("not an object", Value::Null),
    };
    let id = obj.get("id").map(usable_id).unwrap_or(Value::Null);
    let detail = if obj.get("jsonrpc") != Some(&json!("2.0")) {
        "\"jsonrpc\" is not \"2.0\"".to_string()
    } else if let Some(m) = obj.get("method").filter(|m| !m.is_string()) {
        format!("\"method\" is not a string: {}", kind(m))
    } else if obj.get("id").is_some_and(|v| !v.is_null() && id.is_null()) {
        "\"id\" is neither a number nor a string".to_string()
    } else {
        match serde_json::from_str::<Incoming>(text) {
            Err(e) => e.to_string(),
            Ok(_) => "not a request, notification or response".to_string(),
        }
    };
    Rejection::invalid(detail, id)
}

/// An id that can be echoed: an integer or a string.
fn usable_id(id: &Value) -> Value {
    match id {
        Value::Number(n) if n.is_i64() => id.clone(),
        Value::String(_) => id.clone(),
        _ => Value::Null,
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// For the notifications vigie (or the library) handles: why their params will not
/// deserialize, as the library deserializes them (`None` when they will, or for other
/// methods and requests, which the library answers itself).
fn ill_shaped(req: &Request) -> Option<String> {
    if req.id().is_some() {
        return None;
    }
    fn shape<N: Notification>(params: Option<&Value>) -> Result<(), String> {
        let params = params.ok_or("missing params")?;
        N::Params::deserialize(params).map(drop).map_err(|e| e.to_string())
    }
    let params = req.params();
    let result = match req.method() {
        Initialized::METHOD => shape::<Initialized>(params),
        DidOpenTextDocument::METHOD => shape::<DidOpenTextDocument>(params),
        DidChangeTextDocument::METHOD => shape::<DidChangeTextDocument>(params),
        WillSaveTextDocument::METHOD => shape::<WillSaveTextDocument>(params),
        DidSaveTextDocument::METHOD => shape::<DidSaveTextDocument>(params),
        DidCloseTextDocument::METHOD => shape::<DidCloseTextDocument>(params),
        DidChangeConfiguration::METHOD => shape::<DidChangeConfiguration>(params),
        DidChangeWatchedFiles::METHOD => shape::<DidChangeWatchedFiles>(params),
        DidChangeWorkspaceFolders::METHOD => shape::<DidChangeWorkspaceFolders>(params),
        Cancel::METHOD => shape::<Cancel>(params),
        SetTrace::METHOD => shape::<SetTrace>(params),
        _ => Ok(()),
    };
    result.err().map(|e| format!("{}: {e}", req.method()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(body: &str) -> (bool, Option<String>) {
        match check(body.as_bytes()) {
            Verdict::Accept { exit, ill_shaped } => (exit, ill_shaped),
            Verdict::Reject(r) => panic!("{body} rejected: {r:?}"),
        }
    }

    fn rejected(body: &[u8]) -> Rejection {
        match check(body) {
            Verdict::Reject(r) => r,
            v => panic!("{} accepted: {v:?}", String::from_utf8_lossy(body)),
        }
    }

    #[test]
    fn json_rpc_messages_are_accepted() {
        for body in [
            r#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#,
            r#"{"jsonrpc":"2.0","id":"a","method":"shutdown"}"#,
            r#"{"jsonrpc":"2.0","method":"custom/notification","params":[1]}"#,
            r#"{"jsonrpc":"2.0","id":3,"result":null}"#,
            r#"{"jsonrpc":"2.0","id":4,"error":{"code":-1,"message":"no"}}"#,
            r#"{"jsonrpc":"2.0","id":null,"method":"x"}"#,
        ] {
            assert_eq!(accepted(body), (false, None), "{body}");
        }
        assert_eq!(accepted(r#"{"jsonrpc":"2.0","method":"exit"}"#), (true, None));
    }

    #[test]
    fn bodies_that_are_no_json_are_parse_errors() {
        for body in [
            &b"{not json"[..],
            b"",
            b"{\"a\":\"\xff\"}",
            b"\xc3",
            b"{\"jsonrpc\":\"2.0\"} x",
        ] {
            let r = rejected(body);
            assert_eq!((r.code, &r.id), (PARSE_ERROR, &Value::Null), "{r:?}");
        }
    }

    #[test]
    fn json_that_is_no_json_rpc_message_is_an_invalid_request() {
        for (body, id) in [
            (r#"[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]"#, Value::Null),
            ("[]", Value::Null),
            ("42", Value::Null),
            (r#"{"hello":"world"}"#, Value::Null),
            (r#"{"id":7,"method":"shutdown"}"#, json!(7)),
            (r#"{"jsonrpc":"1.0","id":"x","method":"shutdown"}"#, json!("x")),
            (r#"{"jsonrpc":"2.0","id":8}"#, json!(8)),
            (r#"{"jsonrpc":"2.0","id":9,"method":""}"#, json!(9)),
            (r#"{"jsonrpc":"2.0","id":10,"method":5}"#, json!(10)),
            (r#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#, Value::Null),
            (r#"{"jsonrpc":"2.0","id":{"a":1},"method":"x"}"#, Value::Null),
            (r#"{"jsonrpc":"2.0","id":11,"id":12,"method":"x"}"#, json!(12)),
        ] {
            let r = rejected(body.as_bytes());
            assert_eq!((r.code, &r.id), (INVALID_REQUEST, &id), "{body}: {r:?}");
        }
    }

    #[test]
    fn the_reply_is_a_framed_json_rpc_error() {
        let reply = rejected(br#"{"jsonrpc":"2.0","id":8}"#).reply();
        let text = String::from_utf8(reply).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert_eq!(head, format!("Content-Length: {}", body.len()));
        let v: Value = serde_json::from_str(body).unwrap();
        assert_eq!(v["jsonrpc"], "2.0");
        assert_eq!(v["id"], 8);
        assert_eq!(v["error"]["code"], INVALID_REQUEST);
        assert!(v["error"]["message"].as_str().unwrap().starts_with("Invalid Request"));
    }

    #[test]
    fn ill_shaped_notifications_are_told() {
        let (_, why) = accepted(r#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":5}}"#);
        assert!(why.is_some());
        let (_, why) = accepted(r#"{"jsonrpc":"2.0","method":"textDocument/didOpen"}"#);
        assert_eq!(why.as_deref(), Some("textDocument/didOpen: missing params"));
        let good = r#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a","version":2},"contentChanges":[{"text":"x"}]}}"#;
        assert_eq!(accepted(good), (false, None));
        // Requests are the library's: it answers InvalidParams.
        let req = r#"{"jsonrpc":"2.0","id":1,"method":"textDocument/didChange","params":5}"#;
        assert_eq!(accepted(req), (false, None));
    }
}
