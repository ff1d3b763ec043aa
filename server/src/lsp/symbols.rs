//! textDocument/documentSymbol: the actors and places an article mentions, grouped by kind.

use std::collections::BTreeMap;

use tower_lsp_server::ls_types::{DocumentSymbol, SymbolKind};
use vigie_core::dictionary::Kind;
use vigie_core::hover::kind_plural;
use vigie_core::lang;

use super::convert::{to_range, PositionEncoding};
use super::diagnostics::Snapshot;
use super::state::Workspace;

/// The symbol kind an editor shows for an entry kind.
pub fn symbol_kind(kind: Kind) -> SymbolKind {
    match kind {
        Kind::Person => SymbolKind::OBJECT,
        Kind::Organisation | Kind::Institution | Kind::Military | Kind::Media | Kind::ThinkTank => SymbolKind::CLASS,
        Kind::Country | Kind::City | Kind::Region => SymbolKind::PACKAGE,
        Kind::Building | Kind::Facility => SymbolKind::STRUCT,
        Kind::Other => SymbolKind::CONSTANT,
    }
}

/// One group per kind (in the order of the first mention), one child per entry, at its
/// first mention. Blocking: call off the runtime.
#[allow(deprecated)] // DocumentSymbol::deprecated must still be written.
pub fn document_symbols(
    snap: &Snapshot,
    cached: Option<std::sync::Arc<Vec<vigie_core::Mention>>>,
    workspace: &Workspace,
    enc: PositionEncoding,
) -> Vec<DocumentSymbol> {
    let text = snap.rope.to_string();
    let mentions = cached.unwrap_or_else(|| std::sync::Arc::new(workspace.lexicon.find(&text)));
    let lang = workspace.config.language.unwrap_or_else(|| lang::detect(&text));
    let dict = &workspace.lexicon.dict;
    // entry → (first range, count)
    let mut seen: BTreeMap<usize, (std::ops::Range<usize>, usize)> = BTreeMap::new();
    let mut order: Vec<usize> = Vec::new();
    for m in mentions.iter() {
        for &e in &m.entries {
            seen.entry(e).and_modify(|(_, n)| *n += 1).or_insert_with(|| {
                order.push(e);
                (m.range.clone(), 1)
            });
        }
    }
    let mut groups: Vec<(Kind, Vec<DocumentSymbol>)> = Vec::new();
    for e in order {
        let (range, count) = &seen[&e];
        let entry = &dict.entries[e];
        let range = to_range(&snap.rope, range.clone(), enc);
        // "1 mention", "3 mentions": the same in French and English.
        let detail = format!("{count} mention{}", if *count > 1 { "s" } else { "" });
        let symbol = DocumentSymbol {
            name: entry.name.clone(),
            detail: Some(detail),
            kind: symbol_kind(entry.kind),
            tags: None,
            deprecated: None,
            range,
            selection_range: range,
            children: None,
        };
        match groups.iter_mut().find(|(k, _)| *k == entry.kind) {
            Some((_, children)) => children.push(symbol),
            None => groups.push((entry.kind, vec![symbol])),
        }
    }
    groups
        .into_iter()
        .map(|(kind, children)| {
            let first = children[0].range;
            let last = children
                .iter()
                .map(|c| c.range)
                .max_by_key(|r| (r.end.line, r.end.character))
                .unwrap_or(first);
            let start = children
                .iter()
                .map(|c| c.range)
                .min_by_key(|r| (r.start.line, r.start.character))
                .unwrap_or(first);
            DocumentSymbol {
                name: kind_plural(kind, lang).to_string(),
                detail: Some(children.len().to_string()),
                kind: SymbolKind::NAMESPACE,
                tags: None,
                deprecated: None,
                range: tower_lsp_server::ls_types::Range::new(start.start, last.end),
                selection_range: first,
                children: Some(children),
            }
        })
        .collect()
}
