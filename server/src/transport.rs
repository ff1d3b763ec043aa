//! vigie's own stdio transport, in front of tower-lsp-server.

pub mod frame;
pub mod message;
