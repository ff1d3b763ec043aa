//! Unsourced-figure diagnostics. Each change schedules an analysis after a short debounce;
//! it runs on a blocking thread over a snapshot of the document (a rope clone, O(1)),
//! tagged with the snapshot's version, and its result is dropped if the document has moved
//! on by the time it is ready.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::Duration;

use ropey::Rope;
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Uri};
use tower_lsp_server::Client;
use vigie_core::analysis;
use vigie_core::figures::{self, FigureOptions, Finding};
use vigie_core::lang::Lang;
use vigie_core::markers::DocKind;
use vigie_core::Mention;

use super::convert::{to_range, PositionEncoding};
use super::state::{State, Workspace};
use crate::config::{Config, FigureSeverity};

/// Quiet time after a change before the document is analysed.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// The diagnostic code of an unsourced figure.
pub const CODE: &str = "unsourced-figure";

/// A document as it was at one version.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub version: i32,
    pub rope: Rope,
    pub kind: DocKind,
}

impl Snapshot {
    pub fn take(state: &State, uri: &Uri) -> Option<Snapshot> {
        let docs = state.documents.lock();
        let doc = docs.get(uri)?;
        Some(Snapshot {
            version: doc.version,
            rope: doc.rope.clone(),
            kind: doc_kind(uri, &doc.language_id),
        })
    }
}

/// Markdown or plain text, from the language id, else the file name.
pub fn doc_kind(uri: &Uri, language_id: &str) -> DocKind {
    let path = uri.as_str().to_ascii_lowercase();
    if language_id == "markdown" || path.ends_with(".md") || path.ends_with(".markdown") {
        DocKind::Markdown
    } else {
        DocKind::PlainText
    }
}

/// The figure options a configuration asks for.
pub fn options(config: &Config) -> FigureOptions {
    FigureOptions {
        durations: config.durations,
        lang: config.language,
    }
}

/// The unsourced figures of a text and the language to speak about them in.
pub fn findings(text: &str, config: &Config) -> (Vec<Finding>, Lang) {
    let opts = options(config);
    (figures::unsourced(text, &opts), figures::document_lang(text, &opts))
}

/// The LSP severity of a setting; `None` for off.
pub fn severity(s: FigureSeverity) -> Option<DiagnosticSeverity> {
    match s {
        FigureSeverity::Off => None,
        FigureSeverity::Hint => Some(DiagnosticSeverity::HINT),
        FigureSeverity::Information => Some(DiagnosticSeverity::INFORMATION),
        FigureSeverity::Warning => Some(DiagnosticSeverity::WARNING),
        FigureSeverity::Error => Some(DiagnosticSeverity::ERROR),
    }
}

/// The LSP diagnostic of a finding.
pub fn diagnostic(rope: &Rope, f: &Finding, lang: Lang, sev: DiagnosticSeverity, enc: PositionEncoding) -> Diagnostic {
    Diagnostic {
        range: to_range(rope, f.range.clone(), enc),
        severity: Some(sev),
        code: Some(NumberOrString::String(CODE.into())),
        source: Some("vigie".into()),
        message: f.message(lang),
        ..Default::default()
    }
}

/// The diagnostics of a snapshot, and its mentions (both analyses side by side). Blocking:
/// call from a blocking thread.
pub fn compute(snap: &Snapshot, workspace: &Workspace, enc: PositionEncoding) -> (Vec<Diagnostic>, Vec<Mention>) {
    let text = snap.rope.to_string();
    let a = analysis::analyze(&text, &workspace.lexicon, &options(&workspace.config));
    let diagnostics = match severity(workspace.config.figure_severity) {
        Some(sev) => a
            .figures
            .iter()
            .map(|f| diagnostic(&snap.rope, f, a.lang, sev, enc))
            .collect(),
        None => Vec::new(),
    };
    (diagnostics, a.mentions)
}

/// After the debounce, analyses `uri` if it is still at `version`, and publishes the result
/// unless the document changed meanwhile.
pub async fn refresh(state: Arc<State>, client: Client, uri: Uri, version: i32, debounce: bool) {
    if debounce {
        tokio::time::sleep(DEBOUNCE).await;
    }
    let Some(snap) = Snapshot::take(&state, &uri) else {
        return;
    };
    if snap.version != version {
        return; // a later change scheduled its own analysis
    }
    let workspace = state.workspace();
    let enc = state.encoding();
    let task = tokio::task::spawn_blocking(move || {
        catch_unwind(AssertUnwindSafe(|| compute(&snap, &workspace, enc))).map_err(|_| ())
    });
    let (diagnostics, mentions) = match task.await {
        Ok(Ok(d)) => d,
        _ => {
            let msg = format!(
                "vigie: internal error while analysing {}; diagnostics not updated",
                uri.as_str()
            );
            tracing::error!("{msg}");
            client
                .show_message(tower_lsp_server::ls_types::MessageType::ERROR, msg)
                .await;
            return;
        }
    };
    let current = state.documents.lock().get(&uri).map(|d| d.version);
    if current != Some(version) {
        tracing::debug!(uri = uri.as_str(), version, "stale analysis dropped");
        return;
    }
    state.mentions.lock().insert(uri.clone(), (version, Arc::new(mentions)));
    client.publish_diagnostics(uri, diagnostics, Some(version)).await;
}
