//! A panic in a handler must not take the server down: requests answer with an internal
//! error, notifications are logged, and the server goes on.

use std::panic::{catch_unwind, AssertUnwindSafe};

use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
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
