//! vigie: the language server and the command line, as thin glue over `vigie-core`.
#![deny(clippy::print_stdout)]

pub mod alloc;
pub mod cache;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod db;
pub mod dictionaries;
pub mod lsp;
pub mod transport;
pub mod walk;

#[global_allocator]
static ALLOCATOR: alloc::Allocator = alloc::Allocator;
