//! workspace/symbol: the dictionary entries matching a query, with their corpus counts
//! (the local index's, plus the archive database's for the articles it alone has).

use std::collections::HashMap;

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
    let found = search_entries(dict, query, 200);
    let archived: HashMap<String, (u64, u64)> = match state.archive() {
        Some(archive) => {
            let local = Session::local_paths(&state.corpus.index.read(), &state.open_uris());
            let ids: Vec<&str> = found.iter().map(|&(e, _)| dict.entries[e].id.as_str()).collect();
            archive
                .overlapping(&local)
                .and_then(|except| archive.counts(&ids, &except))
                .unwrap_or_default()
                .into_iter()
                .map(|(id, a, m)| (id, (a, m)))
                .collect()
        }
        None => HashMap::new(),
    };
    let index = state.corpus.index.read();
    found
        .into_iter()
        .filter_map(|(e, _)| {
            let entry = &dict.entries[e];
            let (articles, mentions) = index.count(e);
            let (more_articles, more_mentions) = archived.get(&entry.id).copied().unwrap_or_default();
            let (articles, mentions) = (articles + more_articles as usize, mentions + more_mentions as usize);
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
