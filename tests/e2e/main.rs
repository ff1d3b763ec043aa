//! End-to-end tests: the built `vigie` binary, spoken to over real JSON-RPC (`vigie lsp`)
//! or run as a command (`vigie mentions`, `vigie dict check`).

mod archive;
mod cli;
mod client;
mod completion;
mod corpus;
mod faults;
mod figures;
mod house_style;
mod hover;
mod index_snapshot;
mod navigation;
mod protocol;
mod robustness;
mod roles;
mod status;

use std::path::PathBuf;

/// tests/fixtures/articles/NAME
pub fn article(name: &str) -> (PathBuf, String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/articles")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path, text)
}
