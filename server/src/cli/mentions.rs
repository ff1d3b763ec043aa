//! `vigie mentions PATH...`: every mention of an actor or place, one per line.

use std::io::Write;
use std::process::ExitCode;

use vigie_core::line_index::{Encoding, LineIndex};
use vigie_core::Lexicon;

use super::{articles, read_article};
use super::{CliResult, DictionaryArgs, Fatal, Format, MentionsArgs};
use crate::config::Config;
use crate::dictionaries::Sources;

pub fn run(args: &MentionsArgs) -> CliResult {
    let lexicon = load_lexicon(&args.dictionaries)?;
    let files = articles(&args.paths, &load_config(&args.dictionaries)?)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in files {
        let Some(text) = read_article(&path)? else {
            continue;
        };
        let index = LineIndex::new(&text);
        for m in lexicon.find(&text) {
            let (line, col) = index.line_col(&text, m.range.start, Encoding::Chars);
            let (end_line, end_col) = index.line_col(&text, m.range.end, Encoding::Chars);
            let entries: Vec<_> = m.entries.iter().map(|&i| &lexicon.dict.entries[i]).collect();
            let surface = &text[m.range.clone()];
            let written = match args.format {
                Format::Text => {
                    let names: Vec<String> = entries.iter().map(|e| format!("{} ({})", e.id, e.name)).collect();
                    writeln!(
                        out,
                        "{}:{}:{}: {} → {}",
                        path.display(),
                        line + 1,
                        col + 1,
                        surface,
                        names.join(" | ")
                    )
                }
                Format::Json => {
                    let entries: Vec<_> = entries
                        .iter()
                        .map(|e| serde_json::json!({ "id": e.id, "name": e.name }))
                        .collect();
                    let record = serde_json::json!({
                        "path": path.display().to_string(),
                        "line": line + 1,
                        "column": col + 1,
                        "end_line": end_line + 1,
                        "end_column": end_col + 1,
                        "text": surface,
                        "ambiguous": entries.len() > 1,
                        "entries": entries,
                    });
                    writeln!(out, "{record}")
                }
            };
            if let Err(e) = written {
                return broken_pipe_or(e);
            }
        }
    }
    out.flush().or_else(|e| broken_pipe_or(e).map(|_| ()))?;
    Ok(ExitCode::SUCCESS)
}

/// A closed stdout (`vigie mentions … | head`) ends quietly; other write errors are fatal.
fn broken_pipe_or(e: std::io::Error) -> CliResult {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Fatal(format!("cannot write: {e}")))
    }
}

/// The configuration a command uses: `--config`, else `./vigie.toml` when it exists.
pub fn load_config(args: &DictionaryArgs) -> Result<Config, Fatal> {
    match &args.config {
        Some(path) => Config::load(path),
        None => Config::load_from_root(std::path::Path::new(".")),
    }
    .map_err(|e| Fatal(format!("{e:#}")))
}

/// The dictionaries a command uses: the configuration's, plus `--dictionary` files.
pub fn load_lexicon(args: &DictionaryArgs) -> Result<Lexicon, Fatal> {
    let config = load_config(args)?;
    let mut sources = Sources::from_config(&config);
    sources.embedded &= !args.no_embedded;
    sources.files.extend(args.dictionaries.iter().cloned());
    let (lexicon, findings) = sources.load().map_err(|e| Fatal(e.to_string().replace('\n', "; ")))?;
    for f in findings {
        tracing::warn!("dictionary: {f}");
    }
    Ok(lexicon)
}
