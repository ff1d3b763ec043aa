//! `vigie mentions PATH...`: every mention in articles; `vigie mentions ENTRY [PATH...]`:
//! every mention of one entry in a corpus, from the index cache.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use parking_lot::RwLock;
use vigie_core::corpus::{search_entries, suggest_entries, Index, MatchQuality};
use vigie_core::date::article_date;
use vigie_core::dictionary::Office;
use vigie_core::line_index::LineIndex;
use vigie_core::{Dictionary, Entry, Lexicon};

use super::{articles, cli_lang, read_article, CliResult, DictionaryArgs, Fatal, Format, MentionsArgs};
use crate::config::Config;
use crate::corpus::{refresh, Corpus, Stats};
use crate::dictionaries::Sources;

pub fn run(args: &MentionsArgs) -> CliResult {
    let config = load_config(&args.dictionaries)?;
    let (lexicon, hash) = load_lexicon_with_hash(&args.dictionaries, &config)?;
    let first = &args.targets[0];
    match resolve_entry(&lexicon.dict, first) {
        Some(entry) => run_entry(args, &config, &lexicon, hash, entry),
        None if !std::path::Path::new(first).exists() && !first.contains('/') => {
            let near: Vec<&str> = suggest_entries(&lexicon.dict, first, 3)
                .into_iter()
                .map(|i| lexicon.dict.entries[i].name.as_str())
                .collect();
            let hint = if near.is_empty() {
                String::new()
            } else {
                format!(" (did you mean: {}?)", near.join(", "))
            };
            Err(Fatal(format!(
                "\"{first}\" is neither an actor or place of the dictionaries nor a file or folder{hint}"
            )))
        }
        None => run_paths(args, &config, &lexicon),
    }
}

/// The entry an argument names, unless it looks like a path.
fn resolve_entry(dict: &Dictionary, arg: &str) -> Option<usize> {
    if arg.contains(std::path::MAIN_SEPARATOR) || arg.contains('/') || std::path::Path::new(arg).is_file() {
        return None;
    }
    if let Some(i) = dict.index_of(arg) {
        return Some(i);
    }
    search_entries(dict, arg, 1)
        .into_iter()
        .find(|(_, q)| *q == MatchQuality::Exact)
        .map(|(i, _)| i)
}

struct Out {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
}

impl Out {
    fn new() -> Out {
        Out {
            out: std::io::BufWriter::new(std::io::stdout().lock()),
        }
    }

    /// Writes a line; a closed stdout (`… | head`) ends the command quietly.
    fn line(&mut self, line: std::fmt::Arguments) -> Result<bool, Fatal> {
        match writeln!(self.out, "{line}") {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
            Err(e) => Err(Fatal(format!("cannot write: {e}"))),
        }
    }

    fn finish(mut self) -> CliResult {
        match self.out.flush() {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Fatal(format!("cannot write: {e}"))),
            _ => Ok(ExitCode::SUCCESS),
        }
    }
}

fn record(
    format: Format,
    path: &std::path::Path,
    text: &str,
    index: &LineIndex,
    range: std::ops::Range<usize>,
    entries: &[&Entry],
    via_role: Option<&Office>,
) -> String {
    let (line, col): (usize, usize) = index
        .line_col(range.start, vigie_core::line_index::Encoding::Utf32)
        .into();
    let (end_line, end_col): (usize, usize) = index
        .line_col(range.end, vigie_core::line_index::Encoding::Utf32)
        .into();
    let surface = &text[range];
    match format {
        Format::Text => {
            let names: Vec<String> = entries.iter().map(|e| format!("{} ({})", e.id, e.name)).collect();
            let role = via_role.map_or(String::new(), |o| format!(" [via role: {}]", o.id));
            format!(
                "{}:{}:{}: {} → {}{}",
                path.display(),
                line + 1,
                col + 1,
                surface,
                names.join(" | "),
                role
            )
        }
        Format::Json => serde_json::json!({
            "path": path.display().to_string(),
            "line": line + 1,
            "column": col + 1,
            "end_line": end_line + 1,
            "end_column": end_col + 1,
            "text": surface,
            "ambiguous": entries.len() > 1,
            "entries": entries.iter().map(|e| serde_json::json!({ "id": e.id, "name": e.name })).collect::<Vec<_>>(),
            "via_role": via_role.map(|o| o.id.as_str()),
        })
        .to_string(),
    }
}

/// Every mention in the articles given.
fn run_paths(args: &MentionsArgs, config: &Config, lexicon: &Lexicon) -> CliResult {
    let paths: Vec<PathBuf> = args.targets.iter().map(PathBuf::from).collect();
    let files = articles(&paths, config)?;
    let mut out = Out::new();
    let (mut indexed, mut mentions, mut skipped) = (0usize, 0usize, Vec::new());
    for path in files {
        let Some(text) = read_article(&path)? else {
            skipped.push((path, "not UTF-8 text".to_string()));
            continue;
        };
        indexed += 1;
        let index = LineIndex::new(&text);
        // Role phrases ("le président russe") resolve on the article's own date.
        for m in lexicon.find_on(&text, article_date(&text)) {
            mentions += 1;
            let entries: Vec<&Entry> = m.entries.iter().map(|&i| &lexicon.dict.entries[i]).collect();
            let role = m.via_role.map(|o| &lexicon.dict.offices[o]);
            if !out.line(format_args!(
                "{}",
                record(args.format, &path, &text, &index, m.range, &entries, role)
            ))? {
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    if args.stats {
        print_stats(&mut out, indexed, &skipped, mentions)?;
    }
    out.finish()
}

/// Every mention of one entry in the corpus of the paths given (default `.`).
fn run_entry(args: &MentionsArgs, config: &Config, lexicon: &Lexicon, hash: u64, entry: usize) -> CliResult {
    let archive_url = crate::db::configured_url(config.database.as_ref());
    let roots: Vec<PathBuf> = match &args.targets[1..] {
        // With an archive and no folder, the archive alone answers.
        [] if archive_url.is_some() => Vec::new(),
        [] => vec![PathBuf::from(".")],
        rest => rest.iter().map(PathBuf::from).collect(),
    };
    for r in &roots {
        std::fs::metadata(r).map_err(|e| Fatal(format!("{}: {e}", r.display())))?;
    }
    let corpus = Corpus::new(&roots, config, hash);
    let index = RwLock::new(Index::new());
    let stats = if roots.is_empty() {
        Stats::default()
    } else {
        index_with_progress(&corpus, lexicon, &index)
    };
    for p in &stats.problems {
        eprintln!("vigie: warning: {p}");
    }
    if let Some(e) = &stats.cache_write_error {
        eprintln!("vigie: warning: cannot write the index cache: {e}; the next run indexes again");
    }
    let index = index.into_inner();
    let lang = cli_lang(args.lang.as_deref())?;
    let mut out = Out::new();
    let mut mentions = 0;
    let mut articles_with = 0;
    // Files are read again for the surface form and character columns; only those that
    // mention the entry.
    let mut by_file: Vec<(&str, Vec<std::ops::Range<usize>>)> = Vec::new();
    for (path, pos) in index.mentions_of(entry) {
        match by_file.last_mut() {
            Some((p, ranges)) if *p == path => ranges.push(pos.range()),
            _ => by_file.push((path, vec![pos.range()])),
        }
    }
    // The archive's mentions of articles this run did not index locally (the local copy wins).
    let archived = match &archive_url {
        Some(url) => archive_mentions(url, &lexicon.dict.entries[entry].id),
        None => Vec::new(),
    };
    let mut archived_files: Vec<(&str, Vec<std::ops::Range<usize>>)> = Vec::new();
    for m in &archived {
        if index.get(&m.path).is_some() {
            continue;
        }
        let range = m.start as usize..(m.start + m.len) as usize;
        match archived_files.last_mut() {
            Some((p, ranges)) if *p == m.path => ranges.push(range),
            _ => archived_files.push((&m.path, vec![range])),
        }
    }
    let designated = lexicon
        .dict
        .offices
        .iter()
        .any(|o| !o.designations.is_empty() && o.holders.iter().any(|&(e, _)| e == entry));
    for (path, ranges) in by_file.into_iter().chain(archived_files) {
        let path = std::path::Path::new(path);
        let Some(text) = read_article(path).ok().flatten() else {
            eprintln!("vigie: warning: {}: not readable here, left out", path.display());
            continue;
        };
        let line_index = LineIndex::new(&text);
        // Which of these mentions are role phrases, from the article read again: only for
        // an entry that holds an office with role phrases (most entries hold none, and
        // matching every article again was most of a warm run's time).
        let roles: Vec<(std::ops::Range<usize>, usize)> = if designated {
            lexicon
                .find_on(&text, article_date(&text))
                .into_iter()
                .filter_map(|m| m.via_role.map(|o| (m.range, o)))
                .collect()
        } else {
            Vec::new()
        };
        articles_with += 1;
        for range in ranges {
            if range.end > text.len() || !text.is_char_boundary(range.start) || !text.is_char_boundary(range.end) {
                continue; // changed since it was indexed
            }
            mentions += 1;
            let shown = path
                .strip_prefix(std::env::current_dir().unwrap_or_default())
                .unwrap_or(path);
            let e = [&lexicon.dict.entries[entry]];
            let role = roles
                .iter()
                .find(|(r, _)| *r == range)
                .map(|(_, o)| &lexicon.dict.offices[*o]);
            if !out.line(format_args!(
                "{}",
                record(args.format, shown, &text, &line_index, range, &e, role)
            ))? {
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    if args.format == Format::Text {
        eprintln!(
            "{}",
            vigie_core::present::mentions_total(mentions, articles_with, &lexicon.dict.entries[entry].name, lang)
        );
    }
    if args.stats {
        let skipped: Vec<(PathBuf, String)> = stats.skipped.iter().map(|(p, s)| (p.clone(), s.to_string())).collect();
        print_stats(
            &mut out,
            stats.files - stats.skipped.len(),
            &skipped,
            index.stats().mentions,
        )?;
        out.line(format_args!(
            "mentions of {}: {mentions}",
            lexicon.dict.entries[entry].name
        ))?;
        out.line(format_args!(
            "cache: {} ({} analysed, {} reused)",
            corpus.cache_file.display(),
            stats.analysed,
            stats.reused
        ))?;
    }
    let done = out.finish();
    // The process ends with this command: freeing the index piece by piece took a tenth of
    // a warm run over 100,000 files, and the system takes the memory back at once.
    std::mem::forget(index);
    done
}

/// Every mention of an entry in the archive database; none (with a warning) when it does not
/// answer within a few seconds.
fn archive_mentions(url: &crate::db::DatabaseUrl, entry: &str) -> Vec<crate::db::query::ArchiveMention> {
    const DEADLINE: std::time::Duration = std::time::Duration::from_secs(5);
    let ask = async {
        let client = crate::db::connect(url).await?;
        let ids = crate::db::query::EntryIds::new();
        crate::db::query::mentions_of(&client, &ids, entry, i64::MAX).await
    };
    let answer = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())
        .and_then(|rt| {
            rt.block_on(async { tokio::time::timeout(DEADLINE, ask).await })
                .map_err(|_| format!("no answer within {DEADLINE:?}"))
                .and_then(|r| r.map_err(|e| e.to_string()))
        });
    match answer {
        Ok(mentions) => mentions,
        Err(e) => {
            eprintln!(
                "vigie: warning: the archive database ({}) does not answer: {e}; local answers only",
                url.redacted()
            );
            Vec::new()
        }
    }
}

fn print_stats(out: &mut Out, indexed: usize, skipped: &[(PathBuf, String)], mentions: usize) -> Result<(), Fatal> {
    out.line(format_args!("files indexed: {indexed}"))?;
    out.line(format_args!("files skipped: {}", skipped.len()))?;
    for (path, why) in skipped {
        out.line(format_args!("  {}: {why}", path.display()))?;
    }
    out.line(format_args!("mentions: {mentions}"))?;
    Ok(())
}

/// Brings the index up to date, with a progress line on stderr when it is a terminal.
fn index_with_progress(corpus: &Corpus, lexicon: &Lexicon, index: &RwLock<Index>) -> Stats {
    let tty = std::io::stderr().is_terminal();
    let last = parking_lot::Mutex::new(std::time::Instant::now());
    let report = |done: usize, total: usize| {
        if !tty {
            return;
        }
        let mut last = last.lock();
        if done < total && last.elapsed() < std::time::Duration::from_millis(100) {
            return;
        }
        *last = std::time::Instant::now();
        eprint!("\rvigie: indexing {done}/{total} articles");
        if done == total {
            eprintln!();
        }
    };
    refresh(corpus, lexicon, index, &report, &AtomicBool::new(false))
}

/// The configuration a command uses: `--config`, else `./vigie.toml` when it exists.
pub fn load_config(args: &DictionaryArgs) -> Result<Config, Fatal> {
    match &args.config {
        Some(path) => Config::load(path),
        None => Config::load_from_root(std::path::Path::new(".")),
    }
    .map_err(|e| Fatal(format!("{e:#}")))
}

pub(super) fn load_lexicon_with_hash(args: &DictionaryArgs, config: &Config) -> Result<(Lexicon, u64), Fatal> {
    let mut sources = Sources::from_config(config);
    sources.embedded &= !args.no_embedded;
    sources.files.extend(args.dictionaries.iter().cloned());
    let (lexicon, findings, hash) = sources
        .load_with_hash()
        .map_err(|e| Fatal(e.to_string().replace('\n', "; ")))?;
    for f in findings {
        tracing::warn!("dictionary: {f}");
    }
    Ok((lexicon, hash))
}

/// The dictionaries a command uses: the configuration's, plus `--dictionary` files.
pub fn load_lexicon(args: &DictionaryArgs) -> Result<Lexicon, Fatal> {
    let config = load_config(args)?;
    load_lexicon_with_hash(args, &config).map(|(lexicon, _)| lexicon)
}
