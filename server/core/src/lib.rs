//! vigie-core: the pure analysis behind vigie.
//!
//! Text in, byte ranges and plain data out. This crate knows nothing of LSP, tokio or the
//! file system; every analysis here is tested without a server.
//!
//! - [`dictionary`], [`fold`], [`matcher`]: actors and places, and their mentions.
//! - [`completion`]: names completed from their first letters, in the house spelling.
//! - [`hover`], [`date`]: the hover card, and the dates it depends on.
//! - [`lang`]: French or English, per document.
//! - [`markup`]: what is not prose (front matter, metadata, URLs, code, comments), masked.
//! - [`sentences`]: a French-aware sentence splitter.
//! - [`figures`]: every figure of an article and whether it is attributed (the
//!   `unsourced-figure` diagnostic), with the attribution placeholder for its quick fix.
//! - [`house_style`]: the `house-style` check (a spelling the house does not prefer) and
//!   its fixes.
//! - [`markers`]: `vigie-ignore` markers and the edits of the "ignore" quick fixes.
//! - [`present`]: corpus counts, quick-fix titles and symbol groups, in the article's
//!   language.
//! - [`line_index`]: the one converter between byte offsets and line/column positions
//!   (UTF-8, UTF-16, UTF-32).
//! - [`hash`]: the one stable hash, for what is written to disk.
//! - [`corpus`]: the index of every article's mentions (references, symbols, counts across
//!   files), its cache encoding, symbol search, and a synthetic corpus for benchmarks.

pub mod analysis;
mod bytescan;
pub mod completion;
pub mod corpus;
pub mod date;
pub mod dictionary;
pub mod figures;
pub mod fold;
#[doc(hidden)]
pub mod fuzzing;
pub mod hash;
pub mod house_style;
pub mod hover;
pub mod incremental;
pub mod lang;
pub mod line_index;
pub mod markers;
pub mod markup;
pub mod matcher;
pub mod present;
pub mod roles;
#[cfg(test)]
mod samples;
pub mod sentences;

pub use dictionary::{Dictionary, Entry, Finding, LoadError};
pub use matcher::{Lexicon, Matcher, Mention, OfficeHit, Scan};
