//! textDocument/documentSymbol: the actors and places an article mentions, grouped by kind
//! (the grouping is vigie-core's `present::symbol_groups`), named in the article's language.

use tower_lsp_server::ls_types::{DocumentSymbol, Range, SymbolKind, Uri};
use vigie_core::hover::typo;
use vigie_core::present::symbol_groups;

use super::convert::{symbol_kind, to_range};
use super::session::Session;

/// One group per kind, one child per entry at its first mention. Blocking.
#[allow(deprecated)] // DocumentSymbol::deprecated must still be written.
pub fn document_symbols(state: &Session, uri: &Uri) -> Option<Vec<DocumentSymbol>> {
    let analysis = state.analysis(uri)?;
    let enc = state.encoding();
    let dict = &analysis.workspace.lexicon.dict;
    let lang = analysis
        .workspace
        .config
        .language
        .unwrap_or_else(|| vigie_core::lang::detect(&analysis.text));
    let groups = symbol_groups(&analysis.result.mentions, dict, lang);
    let symbols = groups
        .into_iter()
        .map(|group| {
            let children: Vec<DocumentSymbol> = group
                .entries
                .iter()
                .map(|item| {
                    let range = to_range(&analysis.lines, item.first.clone(), enc);
                    DocumentSymbol {
                        name: typo(dict.entries[item.entry].display_name(lang)),
                        detail: Some(item.detail()),
                        kind: symbol_kind(group.kind),
                        tags: None,
                        deprecated: None,
                        range,
                        selection_range: range,
                        children: None,
                    }
                })
                .collect();
            let first = children[0].range;
            let start = children
                .iter()
                .map(|c| c.range.start)
                .min_by_key(|p| (p.line, p.character));
            let end = children
                .iter()
                .map(|c| c.range.end)
                .max_by_key(|p| (p.line, p.character));
            DocumentSymbol {
                name: group.label.to_string(),
                detail: Some(children.len().to_string()),
                kind: SymbolKind::NAMESPACE,
                tags: None,
                deprecated: None,
                range: Range::new(start.unwrap_or(first.start), end.unwrap_or(first.end)),
                selection_range: first,
                children: Some(children),
            }
        })
        .collect();
    Some(symbols)
}
