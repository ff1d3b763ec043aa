//! textDocument/hover: the card of the actor or place under the cursor. With an archive
//! database, its counts and recent articles join the local index's (the local copy of an
//! article wins); the server then runs this on a blocking thread, and a card waits for the
//! archive at most its deadline.

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind, Uri};
use vigie_core::date::Date;
use vigie_core::hover::{card, role_card};
use vigie_core::present::{CorpusFacts, RecentArticle};

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
    // The archive is asked with no lock held (the local paths are copied out first).
    let archived = match (&found.entries[..], state.archive()) {
        ([entry], Some(archive)) => {
            let local = state
                .corpus
                .index
                .try_read()
                .map(|index| Session::local_paths(&index, &state.open_uris()));
            local.and_then(|local| {
                let except = archive.overlapping(&local)?;
                let id = workspace.lexicon.dict.entries[*entry].id.as_str();
                archive.counts(&[id], &except).map(|counts| {
                    let (a, m) = counts.first().map_or((0, 0), |c| (c.1, c.2));
                    (a, m, archive.recent(id, RECENT + 1, &except).unwrap_or_default())
                })
            })
        }
        _ => None,
    };
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
            let (mut articles, mut mentions) = Session::entry_counts(index, *entry, &open);
            let mut recent: Vec<(&str, Option<Date>, &str)> = index.recent(*entry, RECENT + 1);
            if let Some((a, m, _)) = &archived {
                articles += *a as usize;
                mentions += *m as usize;
            }
            if let Some((_, _, more)) = &archived {
                recent.extend(more.iter().map(|r| (r.path.as_str(), r.date, r.title.as_str())));
                // Newest first, undated last, as the index orders them.
                recent.sort_by(|a, b| {
                    (a.1.is_none(), std::cmp::Reverse(a.1), a.0).cmp(&(b.1.is_none(), std::cmp::Reverse(b.1), b.0))
                });
            }
            let recent = recent
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
    let dict = &workspace.lexicon.dict;
    let markdown = match &found.via_role {
        // "le président russe → Vladimir Poutine (au 12 mars 2025)" above the holder's card.
        Some((_, phrase)) => role_card(dict, phrase, &found.entries, &ctx, facts.as_ref()),
        None => card(dict, &found.entries, &ctx, facts.as_ref()),
    };
    Ok(Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(found.range),
    }))
}
