//! workspace/symbol: the dictionary entries matching a query, with their corpus counts.

use tower_lsp_server::ls_types::SymbolInformation;
use vigie_core::corpus::search_entries;
use vigie_core::present::counts_label;

use super::convert::{entry_location, symbol_kind};
use super::session::Session;

/// Entries matching a query (case- and accent-insensitive, prefix and fuzzy), with their
/// mention counts, located in their dictionary (blocking).
#[allow(deprecated)] // SymbolInformation::deprecated must still be written.
pub fn workspace_symbols(state: &Session, query: &str) -> Vec<SymbolInformation> {
    let workspace = state.workspace();
    let enc = state.encoding();
    let dict = &workspace.lexicon.dict;
    let lang = workspace.config.language.unwrap_or_default();
    let index = state.corpus.index.read();
    search_entries(dict, query, 200)
        .into_iter()
        .filter_map(|(e, _)| {
            let entry = &dict.entries[e];
            let (articles, mentions) = index.count(e);
            Some(SymbolInformation {
                name: vigie_core::hover::typo(&entry.name),
                kind: symbol_kind(entry.kind),
                tags: None,
                deprecated: None,
                location: entry_location(dict, entry, enc)?,
                container_name: Some(counts_label(articles, mentions, lang)),
            })
        })
        .collect()
}
