//! `vigie/status` and `vigie/entryAt`: what a status bar shows (types in `lsp_ext`).

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::TextDocumentPositionParams;
use vigie_core::hover::summary;
use vigie_core::present::counts_label;

use super::lsp_ext::{EntryAt, EntrySummary, IndexStatus};
use super::session::Session;

/// `vigie/status`: the state of the corpus index.
pub fn status(state: &Session) -> IndexStatus {
    state.corpus.status.lock().clone()
}

/// `vigie/entryAt`: the same lookup as hover, summed up in one line per entry.
pub fn entry_at(state: &Session, pos: &TextDocumentPositionParams) -> Result<Option<EntryAt>> {
    let Some(found) = state.locate(pos)? else {
        return Ok(None);
    };
    let workspace = state.workspace();
    let ctx = workspace.card_context(&found.head);
    // Like the hover card, do not wait for an index that is merging a batch.
    let index = state.corpus.index.try_read();
    let open = state.kept_analyses();
    let entries = found
        .entries
        .iter()
        .map(|&idx| {
            let entry = &workspace.lexicon.dict.entries[idx];
            let s = summary(entry, &ctx);
            let counts = index.as_ref().map(|i| Session::entry_counts(i, idx, &open));
            EntrySummary {
                id: entry.id.clone(),
                line: s.line(),
                name: s.name,
                kind: s.kind.to_string(),
                roles: s.roles,
                articles: counts.map(|c| c.0),
                mentions: counts.map(|c| c.1),
                counts: counts.map(|(a, m)| counts_label(a, m, ctx.lang)),
            }
        })
        .collect();
    Ok(Some(EntryAt {
        range: found.range,
        entries,
    }))
}
