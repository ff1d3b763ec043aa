//! LSP 3.18 snippet text edits, which the protocol types of tower-lsp-server do not have
//! yet: the transport sees the raw `initialize` (whether the client advertises
//! `workspace.workspaceEdit.snippetEditSupport`) and rewrites code-action answers, turning
//! each edit annotated [`SNIPPET_ANNOTATION`] into a `SnippetTextEdit`.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use serde_json::Value;
use tower_lsp_server::jsonrpc::{Request, Response};
use tower_service::Service;

use super::lsp_ext::SNIPPET_ANNOTATION;

/// A service around the language server that reads the client's snippet-edit support
/// and writes the snippet edits of code actions.
pub struct SnippetEdits<S> {
    pub inner: S,
    /// Whether the client takes snippet text edits, set from `initialize`.
    pub supported: Arc<AtomicBool>,
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<S> Service<Request> for SnippetEdits<S>
where
    S: Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<Result<Option<Response>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        if req.method() == "initialize" {
            let on = req
                .params()
                .and_then(|p| p.pointer("/capabilities/workspace/workspaceEdit/snippetEditSupport"))
                .and_then(Value::as_bool)
                .unwrap_or(false);
            self.supported.store(on, Ordering::Relaxed);
        }
        let code_action = req.method() == "textDocument/codeAction";
        let answer = self.inner.call(req);
        Box::pin(async move {
            let answer = answer.await?;
            Ok(match answer {
                Some(r) if code_action => {
                    let (id, body) = r.into_parts();
                    Some(Response::from_parts(
                        id,
                        body.map(|mut v| {
                            rewrite(&mut v);
                            v
                        }),
                    ))
                }
                other => other,
            })
        })
    }
}

/// Turns the annotated edits of code actions into snippet text edits, in place.
pub fn rewrite(actions: &mut Value) {
    let Some(actions) = actions.as_array_mut() else { return };
    for action in actions {
        let Some(edit) = action.get_mut("edit") else { continue };
        let mut any = false;
        if let Some(changes) = edit.get_mut("documentChanges").and_then(Value::as_array_mut) {
            for change in changes {
                let Some(edits) = change.get_mut("edits").and_then(Value::as_array_mut) else {
                    continue;
                };
                for e in edits {
                    if e.get("annotationId").and_then(Value::as_str) == Some(SNIPPET_ANNOTATION) {
                        let snippet = e.get("newText").cloned().unwrap_or_default();
                        let range = e.get("range").cloned().unwrap_or_default();
                        *e = serde_json::json!({
                            "range": range,
                            "snippet": { "kind": "snippet", "value": snippet },
                        });
                        any = true;
                    }
                }
            }
        }
        if any {
            if let Some(obj) = edit.as_object_mut() {
                let empty = obj
                    .get_mut("changeAnnotations")
                    .and_then(Value::as_object_mut)
                    .map(|a| {
                        a.remove(SNIPPET_ANNOTATION);
                        a.is_empty()
                    })
                    .unwrap_or(false);
                if empty {
                    obj.remove("changeAnnotations");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotated_edits_become_snippet_edits() {
        let mut v = serde_json::json!([{
            "title": "t",
            "edit": {
                "documentChanges": [{
                    "textDocument": { "uri": "file:///a.md", "version": 3 },
                    "edits": [{ "range": { "start": { "line": 1, "character": 2 }, "end": { "line": 1, "character": 2 } },
                                "newText": ", selon ${1:[source]}", "annotationId": SNIPPET_ANNOTATION }]
                }],
                "changeAnnotations": { SNIPPET_ANNOTATION: { "label": "x" } }
            }
        }, { "title": "other", "edit": { "changes": {} } }]);
        rewrite(&mut v);
        let e = &v[0]["edit"]["documentChanges"][0]["edits"][0];
        assert_eq!(
            e["snippet"],
            serde_json::json!({ "kind": "snippet", "value": ", selon ${1:[source]}" })
        );
        assert!(e.get("newText").is_none() && e.get("annotationId").is_none());
        assert!(v[0]["edit"].get("changeAnnotations").is_none());
        assert_eq!(v[1]["edit"], serde_json::json!({ "changes": {} }));
    }
}
