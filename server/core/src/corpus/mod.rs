//! The corpus index: the mentions of every article of a workspace, for references,
//! definitions, symbols and counts over files that are not open.
//!
//! The server reads files; this module only sees their text and what the server says of
//! them:
//!
//! - [`analyze_file`] turns one article's text into [`FileMentions`]: its mentions with their
//!   entries and positions precomputed in UTF-8 and UTF-16 (so that a reference never
//!   re-reads a file), its date and its title. Pure and `Sync`: call it from any thread.
//! - [`Index`] holds, for each entry, the files that mention it with the positions of its
//!   mentions, compactly coded (about 16 bytes a mention), and a table of files; updated
//!   file by file ([`Index::upsert`], [`Index::remove`]) or by batches ([`Index::extend`]).
//! - [`encode`] (or [`encode_into`], a piece at a time) and [`decode`] turn an index into cache bytes and back, checked against the
//!   crate version, the dictionaries ([`dictionaries_hash`]) and a checksum.
//! - [`search_entries`] ranks dictionary entries for a workspace-symbol query.
//! - [`synth`] writes synthetic articles for benchmarks.
//!
//! For a server: analyse files on any number of threads; build the first index of a
//! workspace with [`Index::from_files`] (or [`decode`] a cache), which is an order of
//! magnitude faster than upserting the files one by one (so is [`Index::extend`]); then [`Index::upsert`] and
//! [`Index::remove`] files as they change (tens of microseconds each). Keep an
//! [`EntrySearch`] per dictionary load rather than calling [`search_entries`] per query.
//! Everything here is `Send + Sync` and takes `&self` to read.

mod cache;
mod file;
mod index;
mod postings;
mod search;
pub mod synth;

pub use cache::{decode, decode_releasing, dictionaries_hash, encode, encode_into, CacheError, FORMAT_VERSION};
pub use file::{analyze_file, title, FileMentions, MentionPos, MAX_ENTRIES};
pub use index::{FileMeta, FileRef, FileRuns, Index, IndexStats, MentionsOf};
pub use search::{search_entries, suggest_entries, EntrySearch, MatchQuality};

/// The shared test dictionary (`tests/fixtures/dictionary.toml`) of the file, index and
/// cache tests: spellings (Kiev, Kyiv, Kyïv), a name over two words, a form two entries
/// share (Géorgie), an acronym.
#[cfg(test)]
fn test_lexicon() -> crate::Lexicon {
    let toml = include_str!("../../tests/fixtures/dictionary.toml");
    crate::Lexicon::new(crate::Dictionary::load(&[("t.toml", toml)]).unwrap().0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn shared_across_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<super::Index>();
        send_sync::<super::FileMentions>();
        send_sync::<super::EntrySearch>();
        send_sync::<super::MentionsOf<'static>>();
    }
}
