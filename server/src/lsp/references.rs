//! textDocument/references and workspace/symbol over the corpus index. Open documents are
//! read as they are in the editor, not as on disk.

use std::collections::HashSet;

use ropey::Rope;
use tower_lsp_server::ls_types::{Location, Position, Range, ReferenceParams, SymbolInformation, Uri};
use vigie_core::corpus::{search_entries, MentionPos};
use vigie_core::lang::Lang;

use super::convert::{to_range, PositionEncoding};
use super::definition::entry_location;
use super::hover::locate;
use super::state::State;
use super::symbols::symbol_kind;
use crate::corpus::key;

/// A mention's range in the client's encoding, from the positions the index precomputed.
fn range_of(pos: &MentionPos, enc: PositionEncoding) -> Range {
    let (start, end) = match enc {
        PositionEncoding::Utf8 => (pos.col_utf8, pos.end_col_utf8),
        PositionEncoding::Utf16 => (pos.col_utf16, pos.end_col_utf16),
    };
    Range::new(Position::new(pos.line, start), Position::new(pos.end_line, end))
}

/// Every mention of the entries under the cursor across the corpus (blocking).
pub fn references(state: &State, params: ReferenceParams) -> tower_lsp_server::jsonrpc::Result<Option<Vec<Location>>> {
    let Some(found) = locate(state, &params.text_document_position)? else {
        return Ok(None);
    };
    let enc = state.encoding();
    let workspace = state.workspace();
    let open: Vec<(Uri, i32, Rope)> = state
        .documents
        .lock()
        .iter()
        .map(|(u, d)| (u.clone(), d.version, d.rope.clone()))
        .collect();
    let open_keys: HashSet<String> = open
        .iter()
        .filter_map(|(u, _, _)| u.to_file_path())
        .map(|p| key(&p))
        .collect();
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
                        range: range_of(pos, enc),
                    });
                }
            }
        }
    }
    for (uri, version, rope) in &open {
        // The mentions of the last analysis when it ran on this version, else found now.
        let mentions = state
            .cached_mentions(uri, *version)
            .unwrap_or_else(|| std::sync::Arc::new(workspace.lexicon.find(&rope.to_string())));
        for m in mentions.iter() {
            if m.entries.iter().any(|e| found.entries.contains(e)) {
                locations.push(Location {
                    uri: uri.clone(),
                    range: to_range(rope, m.range.clone(), enc),
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
                .filter_map(|&e| entry_location(dict, &dict.entries[e])),
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

/// "37 articles, 124 mentions" / "cité dans 37 articles, 124 mentions".
pub fn counts_label(articles: usize, mentions: usize, lang: Lang) -> String {
    let s = |n: usize| if n > 1 { "s" } else { "" };
    match lang {
        Lang::Fr => format!(
            "cité dans {articles} article{}, {mentions} mention{}",
            s(articles),
            s(mentions)
        ),
        Lang::En => format!(
            "in {articles} article{}, {mentions} mention{}",
            s(articles),
            s(mentions)
        ),
    }
}

/// Entries matching a query (case- and accent-insensitive, prefix and fuzzy), with their
/// mention counts, located in their dictionary (blocking).
#[allow(deprecated)] // SymbolInformation::deprecated must still be written.
pub fn workspace_symbols(state: &State, query: &str) -> Vec<SymbolInformation> {
    let workspace = state.workspace();
    let dict = &workspace.lexicon.dict;
    let lang = workspace.config.language.unwrap_or_default();
    let index = state.corpus.index.read();
    search_entries(dict, query, 200)
        .into_iter()
        .filter_map(|(e, _)| {
            let entry = &dict.entries[e];
            let (articles, mentions) = index.count(e);
            Some(SymbolInformation {
                name: entry.name.clone(),
                kind: symbol_kind(entry.kind),
                tags: None,
                deprecated: None,
                location: entry_location(dict, entry)?,
                container_name: Some(counts_label(articles, mentions, lang)),
            })
        })
        .collect()
}
