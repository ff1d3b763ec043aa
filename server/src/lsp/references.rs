//! textDocument/references: every mention of the entries under the cursor, from the corpus
//! index and the open documents (read as they are in the editor, not as on disk): the
//! articles newest first (undated last), then the dictionary entry. With an archive
//! database, its mentions of the entries join them, except for the articles the local index
//! or the editor has (their local copy wins).

use std::collections::HashSet;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{Location, ReferenceParams, Uri};

use super::convert::{entry_location, to_range, wide_range};
use super::session::Session;
use crate::corpus::key;
use crate::db::query::ArchiveMention;
use vigie_core::date::{article_date, Date};

/// Every mention of the entries under the cursor across the corpus (blocking).
pub fn references(state: &Session, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
    let Some(found) = state.locate(&params.text_document_position)? else {
        return Ok(None);
    };
    let enc = state.encoding();
    let workspace = state.workspace();
    let open = state.open_uris();
    let open_keys: HashSet<String> = open.iter().filter_map(|u| u.to_file_path()).map(|p| key(&p)).collect();
    // Each location with its article's date: articles newest first, undated ones last.
    let mut located: Vec<(Option<Date>, Location)> = Vec::new();
    // Asked before the index is locked: the network is never waited on under a lock.
    let archived: Vec<ArchiveMention> = match state.archive() {
        Some(archive) => found
            .entries
            .iter()
            .filter_map(|&e| archive.mentions_of(&workspace.lexicon.dict.entries[e].id))
            .flatten()
            .collect(),
        None => Vec::new(),
    };
    {
        let index = state.corpus.index.read();
        for m in archived {
            if open_keys.contains(&m.path) || index.get(&m.path).is_some() {
                continue;
            }
            if let Some(uri) = Uri::from_file_path(&m.path) {
                located.push((
                    m.date,
                    Location {
                        uri,
                        range: wide_range(m.from, m.to, enc),
                    },
                ));
            }
        }
        for &entry in &found.entries {
            let mut date = None;
            let mut last_path = "";
            for (path, pos) in index.mentions_of(entry) {
                if open_keys.contains(path) {
                    continue;
                }
                if path != last_path {
                    date = index.get(path).and_then(|f| f.date);
                    last_path = path;
                }
                if let Some(uri) = Uri::from_file_path(path) {
                    located.push((
                        date,
                        Location {
                            uri,
                            range: wide_range(pos.start_pos(), pos.end_pos(), enc),
                        },
                    ));
                }
            }
        }
    }
    for uri in &open {
        // The analysis of the document's current version (the diagnostics' one, or new).
        let Some(analysis) = state.analysis(uri) else { continue };
        let date = article_date(&analysis.text);
        for m in &analysis.result.mentions {
            if m.entries.iter().any(|e| found.entries.contains(e)) {
                located.push((
                    date,
                    Location {
                        uri: uri.clone(),
                        range: to_range(&analysis.lines, m.range.clone(), enc),
                    },
                ));
            }
        }
    }
    located.sort_by(|(da, a), (db, b)| {
        (
            da.is_none(),
            std::cmp::Reverse(*da),
            a.uri.as_str(),
            a.range.start.line,
            a.range.start.character,
        )
            .cmp(&(
                db.is_none(),
                std::cmp::Reverse(*db),
                b.uri.as_str(),
                b.range.start.line,
                b.range.start.character,
            ))
    });
    let mut locations: Vec<Location> = located.into_iter().map(|(_, l)| l).collect();
    locations.dedup_by(|a, b| a.uri == b.uri && a.range == b.range);
    // The dictionary entry last: the articles are what a journalist looks for.
    if params.context.include_declaration {
        let dict = &workspace.lexicon.dict;
        locations.extend(
            found
                .entries
                .iter()
                .filter_map(|&e| entry_location(dict, &dict.entries[e], enc)),
        );
    }
    Ok(Some(locations))
}
