//! A panic in a handler must not take the server down: requests answer with an internal
//! error, notifications are logged, and the server goes on.

use std::panic::{catch_unwind, AssertUnwindSafe};

use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};

/// The panic's message without the text it may quote: Rust's messages about strings
/// ("byte index 5 is not a char boundary; it is inside 'é' … of `…`") quote the string,
/// which may be an article. The whole message is logged at debug level only.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let full = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    tracing::debug!("panic message: {full}");
    redact(&full)
}

/// Replaces the default panic hook (which prints the whole message to stderr) by one that
/// logs where the panic happened and its message without quoted text (the whole message at
/// debug level): a panic on an article must not copy the article into the logs.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let full = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!("panic at {at}: {}", redact(&full));
        tracing::debug!("panic at {at}: {full}");
    }));
}

/// `message` cut before anything quoted (`'…'`, `` `…` ``, `"…"`), and at most one line.
fn redact(message: &str) -> String {
    let line = message.lines().next().unwrap_or("");
    let cut = line.find(['`', '\'', '"']).unwrap_or(line.len());
    let kept = line[..cut].trim_end();
    if cut < line.len() {
        format!("{kept} […]")
    } else {
        kept.to_string()
    }
}

/// Runs a request handler; a panic becomes an `InternalError` answer.
pub fn request<T>(method: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let msg = panic_message(payload.as_ref());
        tracing::error!(method, "handler panicked: {msg}");
        Err(Error {
            code: ErrorCode::InternalError,
            message: format!("vigie: internal error in {method}: {msg}").into(),
            data: None,
        })
    })
}

/// Runs a notification handler; a panic is logged and returned as a message for the editor.
pub fn notification(method: &str, f: impl FnOnce()) -> Option<String> {
    catch_unwind(AssertUnwindSafe(f)).err().map(|payload| {
        let msg = panic_message(payload.as_ref());
        tracing::error!(method, "handler panicked: {msg}");
        format!("vigie: internal error in {method}: {msg}")
    })
}

/// An `InvalidParams` error with a message.
pub fn invalid_params(message: impl Into<String>) -> Error {
    Error {
        code: ErrorCode::InvalidParams,
        message: message.into().into(),
        data: None,
    }
}

/// An `InternalError` with a message.
pub fn internal(message: impl Into<String>) -> Error {
    Error {
        code: ErrorCode::InternalError,
        message: message.into().into(),
        data: None,
    }
}

/// Runs a request handler on a blocking thread (analysis, file I/O), inside the panic guard.
pub async fn blocking<T: Send + 'static>(
    method: &'static str,
    f: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(move || request(method, f))
        .await
        .map_err(|e| internal(format!("vigie: {method} failed: {e}")))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_messages_never_quote_text() {
        let payload = std::panic::catch_unwind(|| {
            let s = String::from("Kiev é secret");
            let _ = &s[..6];
        })
        .unwrap_err();
        let msg = panic_message(payload.as_ref());
        assert!(msg.contains("byte index 6 is not a char boundary"), "{msg}");
        assert!(!msg.contains("secret") && !msg.contains("Kiev"), "{msg}");
        assert_eq!(redact("plain message"), "plain message");
    }
}
