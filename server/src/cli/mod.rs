//! The command line: `vigie lsp`, `vigie mentions`, `vigie dict check`.

mod check;
mod dict;
mod mentions;

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
    /// Flag unsourced figures in articles (files or folders). Exit 0 when clean, 1 with
    /// findings, 2 on a usage or I/O error.
    Check(CheckArgs),
    /// Print every mention of an actor or place in articles (files or folders).
    Mentions(MentionsArgs),
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
    /// Output format: `text` (path:line:column: severity[unsourced-figure] message) or `json`
    /// (one object per line).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Severity of unsourced figures: off, hint, information, warning, error (default: the
    /// configuration's, else warning).
    #[arg(long, value_name = "LEVEL")]
    pub severity: Option<String>,
    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
    /// Articles, or folders to search for .md, .markdown and .txt files (honouring .gitignore).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
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
    match command {
        Command::Lsp { .. } => serve_lsp(),
        Command::Check(args) => check::run(&args),
        Command::Mentions(args) => mentions::run(&args),
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

/// Reads an article; `None` (with a warning on stderr) for a file that is not UTF-8 text.
pub fn read_article(path: &std::path::Path) -> Result<Option<String>, Fatal> {
    match crate::walk::read_article(path) {
        Ok(Some(text)) => Ok(Some(text)),
        Ok(None) => {
            eprintln!("vigie: warning: {}: not UTF-8 text, skipped", path.display());
            Ok(None)
        }
        Err(e) => Err(Fatal(format!("{}: {e}", path.display()))),
    }
}
