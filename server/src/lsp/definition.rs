//! textDocument/definition: a mention's entry in its dictionary file. Embedded dictionaries
//! are extracted to a read-only file in the cache folder so that the editor can open them.

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{GotoDefinitionParams, GotoDefinitionResponse, Location};

use super::convert::entry_location;
use super::session::Session;

pub fn definition(state: &Session, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
    let Some(found) = state.locate(&params.text_document_position_params)? else {
        return Ok(None);
    };
    let workspace = state.workspace();
    let enc = state.encoding();
    let dict = &workspace.lexicon.dict;
    let mut locations: Vec<Location> = found
        .entries
        .iter()
        .filter_map(|&i| entry_location(dict, &dict.entries[i], enc))
        .collect();
    Ok(match locations.len() {
        0 => None,
        1 => locations.pop().map(GotoDefinitionResponse::Scalar),
        _ => Some(GotoDefinitionResponse::Array(locations)),
    })
}
