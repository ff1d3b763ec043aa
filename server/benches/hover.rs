//! Hover answered server-side: the whole `textDocument/hover` handler on an open 60 KB
//! article and on a 10 MB one, without the transport. Run with
//! `cargo bench -p vigie --bench hover`.

use divan::{black_box, Bencher};
use tower_lsp_server::ls_types::{HoverParams, Position, TextDocumentIdentifier, TextDocumentPositionParams, Uri};
use vigie::lsp::hover::hover;
use vigie::lsp::session::{Document, Session};

fn main() {
    divan::main();
}

/// A document of about `bytes` bytes whose last line mentions Vladimir Poutine; the
/// position of the mention.
fn setup(bytes: usize) -> (Session, HoverParams) {
    let sentence = "Les discussions se poursuivent à Bruxelles sans résultat tangible à ce stade.\n";
    let mut text = String::from("---\ndate: 2025-06-15\n---\n");
    while text.len() < bytes {
        text.push_str(sentence);
    }
    text.push_str("Le président Vladimir Poutine a parlé.\n");
    let line = text.lines().count() as u32 - 1;
    let state = Session::new();
    let uri: Uri = "file:///bench/article.md".parse().unwrap();
    state
        .documents
        .lock()
        .insert(uri.clone(), Document::new(&text, 1, "markdown"));
    let params = HoverParams {
        text_document_position_params: TextDocumentPositionParams {
            text_document: TextDocumentIdentifier { uri },
            position: Position::new(line, 16),
        },
        work_done_progress_params: Default::default(),
    };
    (state, params)
}

#[divan::bench(args = [60_000, 10_000_000])]
fn hover_on_a_name(bencher: Bencher, bytes: usize) {
    let (state, params) = setup(bytes);
    assert!(hover(&state, params.clone()).unwrap().is_some());
    bencher.bench(|| hover(black_box(&state), black_box(params.clone())));
}
