//! textDocument/definition: a mention's entry in its dictionary file. Embedded dictionaries
//! are extracted to a read-only file in the cache folder so that the editor can open them.

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{GotoDefinitionParams, GotoDefinitionResponse, Location, Position, Range, Uri};
use vigie_core::dictionary::{Dictionary, Entry, EMBEDDED};

use super::hover::locate;
use super::state::State;
use crate::cache::extracted_dictionary;

/// The file a dictionary source lives in: the newsroom's file, or the extracted copy of an
/// embedded one.
pub fn source_path(dict: &Dictionary, source: usize) -> Option<std::path::PathBuf> {
    let name = dict.sources.get(source)?;
    match name.strip_prefix("embedded:") {
        Some(file) => {
            let text = EMBEDDED.iter().find(|(n, _)| *n == file)?.1;
            extracted_dictionary(file, text)
                .map_err(|e| tracing::warn!("cannot extract the embedded dictionary {file}: {e}"))
                .ok()
        }
        None => Some(std::path::PathBuf::from(name)),
    }
}

/// Where an entry is defined: the line of its `id`. Dictionary lines are ASCII up to the
/// id, so the column is the same in every encoding.
pub fn entry_location(dict: &Dictionary, entry: &Entry) -> Option<Location> {
    let path = source_path(dict, entry.origin.source)?;
    let path = path.canonicalize().unwrap_or(path);
    let uri = Uri::from_file_path(&path)?;
    let at = Position::new(
        entry.origin.line.saturating_sub(1) as u32,
        entry.origin.col.saturating_sub(1) as u32,
    );
    let end = Position::new(at.line, at.character + entry.id.len() as u32 + 2);
    Some(Location {
        uri,
        range: Range::new(at, end),
    })
}

pub fn definition(state: &State, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
    let Some(found) = locate(state, &params.text_document_position_params)? else {
        return Ok(None);
    };
    let workspace = state.workspace();
    let dict = &workspace.lexicon.dict;
    let locations: Vec<Location> = found
        .entries
        .iter()
        .filter_map(|&i| entry_location(dict, &dict.entries[i]))
        .collect();
    Ok(match locations.len() {
        0 => None,
        1 => Some(GotoDefinitionResponse::Scalar(
            locations.into_iter().next().expect("one location"),
        )),
        _ => Some(GotoDefinitionResponse::Array(locations)),
    })
}
