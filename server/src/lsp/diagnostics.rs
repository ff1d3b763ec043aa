//! Unsourced-figure, `role-date` and house-style diagnostics, with no fixed debounce. A change starts an analysis at once
//! when none of that document is running; changes that arrive while one runs are coalesced
//! into one more run on the latest version. Each run works on a blocking thread over a
//! snapshot of the document (O(1) to take), tagged with its version; its result is kept
//! with the document and published only if the document is still at that version.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use tower_lsp_server::ls_types::{MessageType, PublishDiagnosticsParams, Uri};
use tower_lsp_server::Client;

use super::convert::{figure_diagnostics, role_diagnostics, style_diagnostics};
use super::session::{Analysis, Session};

/// Analyses `uri` now if no analysis of it is running; otherwise asks the running one to
/// go again, on the latest version, when it ends. However fast the edits come, at most one
/// analysis per document runs and at most one waits: typing never queues work.
pub fn schedule(state: Arc<Session>, client: Client, uri: Uri) {
    {
        let mut runs = state.runs.lock();
        let run = runs.entry(uri.clone()).or_default();
        if run.running {
            run.again = true;
            return;
        }
        run.running = true;
    }
    tokio::spawn(run_until_current(state, client, uri));
}

/// Analyses the document, publishes, and goes again while edits came in meanwhile.
async fn run_until_current(state: Arc<Session>, client: Client, uri: Uri) {
    loop {
        analyse_and_publish(&state, &client, &uri).await;
        let mut runs = state.runs.lock();
        let Some(run) = runs.get_mut(&uri) else { return };
        if run.again && state.documents.lock().contains_key(&uri) {
            run.again = false;
        } else {
            runs.remove(&uri);
            return;
        }
    }
}

/// Analyses the current version of `uri` off the runtime, keeps the analysis with the
/// document and publishes its diagnostics, unless the document changed meanwhile.
async fn analyse_and_publish(state: &Arc<Session>, client: &Client, uri: &Uri) {
    let Some(snap) = state.snapshot(uri) else {
        return;
    };
    let version = snap.version;
    let workspace = state.workspace();
    let enc = state.encoding();
    let task = tokio::task::spawn_blocking(move || {
        catch_unwind(AssertUnwindSafe(|| {
            let started = std::time::Instant::now();
            let analysis = Arc::new(Analysis::run(&snap, workspace));
            let analysed = started.elapsed();
            let config = &analysis.workspace.config;
            let mut diagnostics = figure_diagnostics(&analysis.result, &analysis.lines, config, enc);
            let dict = &analysis.workspace.lexicon.dict;
            diagnostics.extend(role_diagnostics(&analysis.result, &analysis.lines, dict, config, enc));
            let lang = analysis.result.lang;
            diagnostics.extend(style_diagnostics(&analysis.style, lang, &analysis.lines, config, enc));
            tracing::debug!(
                version,
                analysis_ms = analysed.as_secs_f64() * 1e3,
                diagnostics_ms = (started.elapsed() - analysed).as_secs_f64() * 1e3,
                count = diagnostics.len(),
                "analysed"
            );
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
    if !state.keep_analysis(uri, analysis) {
        tracing::debug!(uri = uri.as_str(), version, "stale analysis dropped");
        return;
    }
    publish(state, client, uri.clone(), diagnostics, Some(version)).await;
}

/// Publishes diagnostics: through the transport's outbox when it serves (serialised once,
/// straight from the typed parameters), else through the library's client. Every
/// publishDiagnostics takes this one way, so that they arrive in the order sent.
pub async fn publish(
    state: &Session,
    client: &Client,
    uri: Uri,
    diagnostics: Vec<tower_lsp_server::ls_types::Diagnostic>,
    version: Option<i32>,
) {
    match state.outbox.get() {
        Some(outbox) => {
            let params = PublishDiagnosticsParams::new(uri, diagnostics, version);
            outbox.notify("textDocument/publishDiagnostics", &params).await;
        }
        None => client.publish_diagnostics(uri, diagnostics, version).await,
    }
}
