//! Unsourced-figure diagnostics. Each change schedules an analysis after a short debounce;
//! it runs on a blocking thread over a snapshot of the document (O(1) to take), tagged with
//! the snapshot's version; its result is kept with the document and published only if the
//! document is still at that version.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::Duration;

use tower_lsp_server::ls_types::{MessageType, Uri};
use tower_lsp_server::Client;

use super::convert::figure_diagnostics;
use super::session::{Analysis, Session};

/// Quiet time after a change before the document is analysed.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// After the debounce, analyses `uri` if it is still at `version`, and publishes the result
/// unless the document changed meanwhile.
pub async fn refresh(state: Arc<Session>, client: Client, uri: Uri, version: i32, debounce: bool) {
    if debounce {
        tokio::time::sleep(DEBOUNCE).await;
    }
    let Some(snap) = state.snapshot(&uri) else {
        return;
    };
    if snap.version != version {
        return; // a later change scheduled its own analysis
    }
    let workspace = state.workspace();
    let enc = state.encoding();
    let task = tokio::task::spawn_blocking(move || {
        catch_unwind(AssertUnwindSafe(|| {
            let analysis = Arc::new(Analysis::run(&snap, workspace));
            let diagnostics = figure_diagnostics(&analysis.result, &analysis.lines, &analysis.workspace.config, enc);
            (analysis, diagnostics)
        }))
        .map_err(|_| ())
    });
    let Ok(Ok((analysis, diagnostics))) = task.await else {
        let msg = format!(
            "vigie: internal error while analysing {}; diagnostics not updated",
            uri.as_str()
        );
        tracing::error!("{msg}");
        client.show_message(MessageType::ERROR, msg).await;
        return;
    };
    if !state.keep_analysis(&uri, analysis) {
        tracing::debug!(uri = uri.as_str(), version, "stale analysis dropped");
        return;
    }
    client.publish_diagnostics(uri, diagnostics, Some(version)).await;
}
