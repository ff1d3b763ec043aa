//! vigie-core: the pure analysis behind vigie.
//!
//! Text in, byte ranges and plain data out. This crate knows nothing of LSP, tokio or the
//! file system; every analysis here is tested without a server.
//!
//! - [`lang`]: French or English, per document.
//! - [`markup`]: what is not prose (front matter, metadata, URLs, code, comments), masked.
//! - [`sentences`]: a French-aware sentence splitter.
//! - [`figures`]: every figure of an article and whether it is attributed (the
//!   `unsourced-figure` diagnostic), with the attribution placeholder for its quick fix.
//! - [`markers`]: `vigie-ignore` markers and the edits of the "ignore" quick fixes.

mod fasthash;
pub mod figures;
pub mod lang;
pub mod markers;
pub mod markup;
pub mod sentences;
