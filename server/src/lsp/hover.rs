//! textDocument/hover: the card of the actor or place under the cursor.

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{
    Hover, HoverContents, HoverParams, MarkupContent, MarkupKind, Range, TextDocumentPositionParams,
};
use vigie_core::date::{article_date, Date};
use vigie_core::hover::{render, HoverContext};
use vigie_core::lang;
use vigie_core::matcher::WINDOW;

use super::convert::{to_offset, to_range};
use super::guard::invalid_params;
use super::state::{State, Workspace};

/// How much of the top of an article is read for its date and language.
const HEAD: usize = 20_000;

/// The mention under the cursor: its entries, its range, and the top of the document.
pub struct Located {
    pub entries: Vec<usize>,
    pub range: Range,
    pub head: String,
}

/// The mention at a position of an open document (`None`: not open, or not a mention).
/// Reads a fixed window of the current text: constant time whatever the document's size.
pub fn locate(state: &State, pos: &TextDocumentPositionParams) -> Result<Option<Located>> {
    let enc = state.encoding();
    let workspace = state.workspace();
    let docs = state.documents.lock();
    let Some(doc) = docs.get(&pos.text_document.uri) else {
        tracing::debug!(
            uri = pos.text_document.uri.as_str(),
            "request on a document that is not open"
        );
        return Ok(None);
    };
    let offset = to_offset(&doc.rope, pos.position, enc).map_err(|e| invalid_params(format!("vigie: {e}")))?;
    let (start, window) = doc.window(offset.saturating_sub(WINDOW), offset + WINDOW);
    let Some(mention) = workspace.lexicon.mention_at(&window, offset - start) else {
        return Ok(None);
    };
    let range = to_range(&doc.rope, mention.range.start + start..mention.range.end + start, enc);
    let (_, head) = doc.window(0, HEAD);
    Ok(Some(Located {
        entries: mention.entries,
        range,
        head,
    }))
}

pub fn hover(state: &State, params: HoverParams) -> Result<Option<Hover>> {
    let Some(found) = locate(state, &params.text_document_position_params)? else {
        return Ok(None);
    };
    let workspace = state.workspace();
    let ctx = context(&workspace, &found.head);
    let mut markdown = render(&workspace.lexicon.dict, &found.entries, &ctx);
    if let [entry] = found.entries[..] {
        markdown.push_str(&corpus_line(state, entry, ctx.lang));
    }
    Ok(Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(found.range),
    }))
}

/// What a card depends on: the article's date (else today's), its language (unless the
/// configuration sets one), the house style. `head`: the top of the article.
pub fn context<'a>(workspace: &'a Workspace, head: &str) -> HoverContext<'a> {
    let dated = article_date(head);
    HoverContext {
        date: dated.unwrap_or_else(today),
        dated_article: dated.is_some(),
        lang: workspace.config.language.unwrap_or_else(|| lang::detect(head)),
        house_style: &workspace.config.house_style,
    }
}

/// "Cité dans 37 articles, 124 mentions. Récents : …": what the corpus index knows of an
/// entry (nothing when no article mentions it yet).
fn corpus_line(state: &State, entry: usize, lang: lang::Lang) -> String {
    // The index may be busy merging a batch: the card does not wait for it.
    let Some(index) = state.corpus.index.try_read() else {
        return String::new();
    };
    let (articles, mentions) = index.count(entry);
    if articles == 0 {
        return String::new();
    }
    let mut label = super::references::counts_label(articles, mentions, lang);
    label[..1].make_ascii_uppercase();
    let recent: Vec<String> = index
        .recent(entry, 3)
        .into_iter()
        .map(|(path, date, title)| {
            let title = if title.is_empty() {
                path.rsplit('/').next().unwrap_or(path)
            } else {
                title
            };
            let link = tower_lsp_server::ls_types::Uri::from_file_path(path).map(|u| u.as_str().to_string());
            let date = date.map(|d| format!(" ({d})")).unwrap_or_default();
            match link {
                Some(l) => format!("[{title}]({l}){date}"),
                None => format!("{title}{date}"),
            }
        })
        .collect();
    let recent_label = if lang == lang::Lang::Fr { "Récents" } else { "Recent" };
    let colon = if lang == lang::Lang::Fr { " :" } else { ":" };
    format!("\n\n---\n\n*{label}.* {recent_label}{colon} {}", recent.join(" · "))
}

/// Today's date (UTC).
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days((secs / 86_400) as i64)
}
