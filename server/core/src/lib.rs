//! vigie-core: the pure analysis behind vigie.
//!
//! Text in, byte ranges and plain data out. This crate knows nothing of LSP, tokio or the
//! file system; every analysis here is tested without a server.

pub mod fasthash;
pub mod figures;
pub mod lang;
pub mod markers;
pub mod markup;
pub mod sentences;
