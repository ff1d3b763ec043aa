//! The command line: `vigie lsp`, `vigie mentions`, `vigie dict check`.

mod check;
mod dict;
mod index;
mod mentions;
mod sarif;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "vigie",
    version,
    about = "A language server for newsrooms: actors, places and sourcing in articles."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the Language Server Protocol on stdin/stdout.
    Lsp {
        /// Accepted and ignored (editors' clients pass it).
        #[arg(long)]
        stdio: bool,
    },
    /// Flag unsourced figures and house-style spellings in articles (files or folders).
    /// Exit 0 when clean, 1 with findings, 2 on a usage or I/O error.
    Check(CheckArgs),
    /// Print every mention of an actor or place in articles (files or folders).
    Mentions(MentionsArgs),
    /// The desk's shared archive index on PostgreSQL: `vigie index migrate` creates or
    /// updates its schema; `vigie index PATH...` indexes articles into it (incrementally).
    Index(IndexArgs),
    /// Work with dictionaries.
    Dict {
        #[command(subcommand)]
        command: DictCommand,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The formats of `vigie check`: those of the other commands, and SARIF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
    /// SARIF 2.1.0, for code-scanning views.
    Sarif,
}

/// Which dictionaries a command uses.
#[derive(Debug, clap::Args)]
pub struct DictionaryArgs {
    /// A dictionary file to add (repeatable).
    #[arg(long = "dictionary", value_name = "FILE")]
    pub dictionaries: Vec<PathBuf>,
    /// Leave out the embedded dictionaries.
    #[arg(long)]
    pub no_embedded: bool,
    /// Configuration file (default: ./vigie.toml when it exists).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct MentionsArgs {
    /// Output format: `text` (path:line:column: form → id (name)) or `json` (one object per line).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also print what was indexed: files, files skipped and why, mentions.
    #[arg(long)]
    pub stats: bool,
    /// Language of the closing count: fr or en (default: the system locale, LC_ALL,
    /// LC_MESSAGES or LANG).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
    /// Either PATH... (every mention in these articles and folders), or ENTRY-OR-ALIAS
    /// [PATH...] (every mention of that actor or place in the corpus of these folders, default
    /// `.`, answered from the index cache). An argument that is an entry's id, name or alias
    /// (any case, any accents) is the entry, unless it contains a `/` or names an existing
    /// file: write `./Kiev` for a folder named like an entry.
    #[arg(required = true, value_name = "ENTRY-OR-PATH")]
    pub targets: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Output format: `text` (path:line:column: severity[code] message), `json` (one object
    /// per line) or `sarif` (one SARIF 2.1.0 log, for code-scanning views).
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Write the house spelling in place of every spelling the house style does not prefer,
    /// in the files themselves (atomically), and say what changed. Figures are never fixed.
    #[arg(long)]
    pub fix: bool,
    /// Severity of unsourced figures: off, hint, information, warning, error (default: the
    /// configuration's, else warning).
    #[arg(long, value_name = "LEVEL")]
    pub severity: Option<String>,
    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
    /// A file that is neither UTF-8 nor clearly Windows-1252 is not checked: exit 1 (as a
    /// finding) instead of 2.
    #[arg(long)]
    pub skipped_ok: bool,
    /// Language of the closing summary and warnings: fr or en (default: the system locale,
    /// LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Articles, or folders to search for .md, .markdown and .txt files (honouring .gitignore).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct IndexArgs {
    #[command(subcommand)]
    pub command: Option<IndexCommand>,
    /// The archive database, postgres://user@host:port/dbname (default: `[corpus] database`
    /// of vigie.toml, else VIGIE_DATABASE_URL). The password: in the URL, PGPASSWORD or
    /// ~/.pgpass.
    #[arg(long, value_name = "URL")]
    pub database: Option<String>,
    /// Articles per transaction.
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub batch_size: usize,
    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
    /// Archive folders or articles (.md, .markdown, .txt; honouring .gitignore). Articles
    /// gone from them since the last run are removed from the archive.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum IndexCommand {
    /// Create or update the archive's schema (the migrations this vigie embeds).
    Migrate {
        /// The archive database (default: VIGIE_DATABASE_URL).
        #[arg(long, value_name = "URL")]
        database: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum DictCommand {
    /// Check dictionaries: TOML errors, duplicate ids, conflicting aliases, dates.
    /// Exit 0 when clean, 1 with findings, 2 on a usage or I/O error.
    Check {
        /// Leave out the embedded dictionaries (they are checked with FILEs otherwise, so that
        /// conflicts between a newsroom's file and them show).
        #[arg(long)]
        no_embedded: bool,
        /// Dictionary files (default: the embedded dictionaries).
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

/// An error that ends a command: one line on stderr, exit 2.
#[derive(Debug)]
pub struct Fatal(pub String);

impl<E: std::fmt::Display> From<E> for Fatal {
    fn from(e: E) -> Fatal {
        Fatal(e.to_string())
    }
}

pub type CliResult = Result<ExitCode, Fatal>;

/// `vigie lsp`: serves the protocol on stdin/stdout until the client exits.
fn serve_lsp() -> CliResult {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Fatal(format!("cannot start the async runtime: {e}")))?;
    crate::lsp::guard::install_panic_hook();
    runtime.block_on(crate::lsp::serve_stdio());
    Ok(ExitCode::SUCCESS)
}

/// Runs a command.
pub fn run(command: Command) -> CliResult {
    if !matches!(command, Command::Lsp { .. }) {
        crate::alloc::use_mimalloc();
    }
    match command {
        Command::Lsp { .. } => serve_lsp(),
        Command::Check(args) => check::run(&args),
        Command::Mentions(args) => mentions::run(&args),
        Command::Index(args) => index::run(&args),
        Command::Dict {
            command: DictCommand::Check { no_embedded, files },
        } => dict::check(!no_embedded, &files),
    }
}

/// The articles of the paths given, with the configuration's extensions and excludes;
/// what the walk could not read is reported on stderr.
pub fn articles(paths: &[PathBuf], config: &crate::config::Config) -> Result<Vec<PathBuf>, Fatal> {
    let walk = crate::walk::paths(paths, &crate::walk::WalkOptions::from_config(config))?;
    for p in &walk.problems {
        tracing::warn!("{p}");
        eprintln!("vigie: warning: {p}");
    }
    Ok(walk.files.into_iter().map(|(p, _)| p).collect())
}

/// A parse error of the arguments in one line, clap's message without its "error: "
/// prefix and its usage block, pointing at the help of the command.
pub fn usage_error(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let first = rendered
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("invalid arguments");
    let message = first.strip_prefix("error:").unwrap_or(first).trim();
    let usage = rendered
        .lines()
        .find_map(|l| l.trim().strip_prefix("Usage: "))
        .and_then(|u| {
            let words: Vec<&str> = u
                .split_whitespace()
                .take_while(|w| !w.starts_with(['[', '<', '-']))
                .collect();
            (!words.is_empty()).then(|| words.join(" "))
        })
        .unwrap_or_else(|| "vigie".to_string());
    format!("{message} (see `{usage} --help`)")
}

/// The language the command line speaks: `--lang`, else the system locale.
pub fn cli_lang(flag: Option<&str>) -> Result<vigie_core::lang::Lang, Fatal> {
    if let Some(l) = flag {
        return vigie_core::lang::Lang::parse(l).ok_or_else(|| Fatal(format!("--lang {l}: expected fr or en")));
    }
    let var = |name: &str| std::env::var(name).ok();
    Ok(vigie_core::present::locale_lang(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    ))
}

/// Reads an article; `None` (with a warning on stderr) for a file that is not UTF-8 text
/// nor clearly Windows-1252 (decoded, with a warning).
pub fn read_article(path: &std::path::Path) -> Result<Option<String>, Fatal> {
    use crate::walk::ArticleText;
    match crate::walk::read_article_text(path) {
        Ok(ArticleText::Utf8(text)) => Ok(Some(text)),
        Ok(ArticleText::Windows1252(text)) => {
            eprintln!("vigie: warning: {}: not UTF-8, read as Windows-1252", path.display());
            Ok(Some(text))
        }
        Ok(ArticleText::Undecodable) => {
            eprintln!("vigie: warning: {}: not UTF-8 text, skipped", path.display());
            Ok(None)
        }
        Err(e) => Err(Fatal(format!("{}: {e}", path.display()))),
    }
}
