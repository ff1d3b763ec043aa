//! The corpus index: the mentions of every article of a workspace, for references,
//! definitions, symbols and counts over files that are not open.
//!
//! The server reads files; this module only sees their text and what the server says of
//! them:
//!
//! - [`analyze_file`] turns one article's text into [`FileMentions`]: its mentions with their
//!   entries and positions precomputed in UTF-8 and UTF-16 (so that a reference never
//!   re-reads a file), its date and its title. Pure and `Sync`: call it from any thread.
//! - [`Index`] holds the `FileMentions` of every file by path, and for each entry the files
//!   that mention it, updated file by file ([`Index::upsert`], [`Index::remove`]).
//! - [`encode`] and [`decode`] turn an index into cache bytes and back, checked against the
//!   crate version, the dictionaries ([`dictionaries_hash`]) and a checksum.
//! - [`search_entries`] ranks dictionary entries for a workspace-symbol query.
//! - [`synth`] writes synthetic articles for benchmarks.

mod cache;
mod file;
mod index;
mod search;
pub mod synth;

pub use cache::{decode, dictionaries_hash, encode, CacheError, Checksum, FORMAT_VERSION};
pub use file::{analyze_file, title, FileMentions, MentionPos};
pub use index::{FileMeta, FileRef, Index, IndexStats, MentionsOf};
pub use search::{search_entries, EntrySearch, MatchQuality};
