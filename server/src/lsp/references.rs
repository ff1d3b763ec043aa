//! textDocument/references: every mention of the entries under the cursor, from the corpus
//! index and the open documents (read as they are in the editor, not as on disk).

use std::collections::HashSet;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{Location, ReferenceParams, Uri};

use super::convert::{entry_location, to_range, wide_range};
use super::session::Session;
use crate::corpus::key;

/// Every mention of the entries under the cursor across the corpus (blocking).
pub fn references(state: &Session, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
    let Some(found) = state.locate(&params.text_document_position)? else {
        return Ok(None);
    };
    let enc = state.encoding();
    let workspace = state.workspace();
    let open = state.open_uris();
    let open_keys: HashSet<String> = open.iter().filter_map(|u| u.to_file_path()).map(|p| key(&p)).collect();
    let mut locations = Vec::new();
    {
        let index = state.corpus.index.read();
        for &entry in &found.entries {
            for (path, pos) in index.mentions_of(entry) {
                if open_keys.contains(path) {
                    continue;
                }
                if let Some(uri) = Uri::from_file_path(path) {
                    locations.push(Location {
                        uri,
                        range: wide_range(pos.start_pos(), pos.end_pos(), enc),
                    });
                }
            }
        }
    }
    for uri in &open {
        // The analysis of the document's current version (the diagnostics' one, or new).
        let Some(analysis) = state.analysis(uri) else { continue };
        for m in &analysis.result.mentions {
            if m.entries.iter().any(|e| found.entries.contains(e)) {
                locations.push(Location {
                    uri: uri.clone(),
                    range: to_range(&analysis.lines, m.range.clone(), enc),
                });
            }
        }
    }
    if params.context.include_declaration {
        let dict = &workspace.lexicon.dict;
        locations.extend(
            found
                .entries
                .iter()
                .filter_map(|&e| entry_location(dict, &dict.entries[e], enc)),
        );
    }
    locations.sort_by(|a, b| {
        (a.uri.as_str(), a.range.start.line, a.range.start.character).cmp(&(
            b.uri.as_str(),
            b.range.start.line,
            b.range.start.character,
        ))
    });
    locations.dedup_by(|a, b| a.uri == b.uri && a.range == b.range);
    Ok(Some(locations))
}
