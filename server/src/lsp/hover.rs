//! textDocument/hover: the card of the actor or place under the cursor.

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind, Uri};
use vigie_core::hover::card;
use vigie_core::present::{CorpusFacts, RecentArticle};
use vigie_core::roles::role_line;

use super::session::Session;
use crate::corpus::key;

/// How many recent articles a card lists.
const RECENT: usize = 3;

pub fn hover(state: &Session, params: HoverParams) -> Result<Option<Hover>> {
    let Some(found) = state.locate(&params.text_document_position_params)? else {
        return Ok(None);
    };
    let workspace = state.workspace();
    let ctx = workspace.card_context(&found.head);
    // The index may be busy merging a batch: the card does not wait for it.
    let index = state.corpus.index.try_read();
    let open = state.kept_analyses();
    // The article being edited is not among its own recent articles.
    let here = params
        .text_document_position_params
        .text_document
        .uri
        .to_file_path()
        .map(|p| key(&p));
    let facts = match (&index, &found.entries[..]) {
        (Some(index), [entry]) => {
            let (articles, mentions) = Session::entry_counts(index, *entry, &open);
            let recent = index
                .recent(*entry, RECENT + 1)
                .into_iter()
                .filter(|(path, _, _)| here.as_deref() != Some(*path))
                .take(RECENT)
                .map(|(path, date, title)| RecentArticle {
                    title,
                    path,
                    link: Uri::from_file_path(path).map(|u| u.as_str().to_string()),
                    date,
                })
                .collect();
            Some(CorpusFacts {
                articles,
                mentions,
                recent,
            })
        }
        _ => None,
    };
    let mut markdown = card(&workspace.lexicon.dict, &found.entries, &ctx, facts.as_ref());
    if let Some((_, phrase)) = &found.via_role {
        // "le président russe → Vladimir Poutine (au 12 mars 2025)" above the holder's card.
        let line = role_line(phrase, &workspace.lexicon.dict, &found.entries, ctx.date, ctx.lang);
        markdown = format!("{line}\n\n{markdown}");
    }
    Ok(Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(found.range),
    }))
}
