//! vigie-core: the pure analysis behind vigie.
//!
//! Text in, byte ranges and plain data out. This crate knows nothing of LSP, tokio or the
//! file system; every analysis here is tested without a server.

pub mod date;
pub mod dictionary;
pub mod fasthash;
pub mod figures;
pub mod fold;
pub mod hover;
pub mod lang;
pub mod line_index;
pub mod markers;
pub mod markup;
pub mod matcher;
pub mod sentences;

pub use dictionary::{Dictionary, Entry, Finding, LoadError};
pub use matcher::{Lexicon, Matcher, Mention};
