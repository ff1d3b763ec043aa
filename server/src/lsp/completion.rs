//! textDocument/completion: the names of the dictionaries from their first letters, in the
//! house spelling (`vigie_core::completion`), with the role on the article's date and the
//! card. Reads a few words before the cursor under the lock; never waits for an analysis.

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{CompletionList, CompletionParams};
use vigie_core::completion::complete;

use super::convert::completion_item;
use super::session::Session;

pub fn completion(state: &Session, params: CompletionParams) -> Result<Option<CompletionList>> {
    let Some(before) = state.before_cursor(&params.text_document_position)? else {
        return Ok(None);
    };
    let workspace = state.workspace();
    let ctx = workspace.card_context(&before.head);
    let lexicon = &workspace.lexicon;
    let found = complete(lexicon.completion_index(), &lexicon.dict, &before.text, &ctx);
    if found.is_empty() {
        return Ok(None);
    }
    let enc = state.encoding();
    let items = found
        .iter()
        .enumerate()
        .map(|(rank, c)| completion_item(&before.lines, before.start, &before.text, c, rank, enc))
        .collect();
    // Incomplete: the list depends on the letters typed beyond what the client filters.
    Ok(Some(CompletionList {
        is_incomplete: true,
        items,
    }))
}
