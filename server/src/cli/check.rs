//! `vigie check PATH...`: unsourced figures, as a linter.

use std::io::Write;
use std::process::ExitCode;

use vigie_core::figures;
use vigie_core::line_index::LineIndex;

use super::mentions::{load_config, load_lexicon};
use super::{articles, read_article};
use super::{CheckArgs, CliResult, Fatal, Format};
use crate::config::FigureSeverity;

pub fn run(args: &CheckArgs) -> CliResult {
    let config = load_config(&args.dictionaries)?;
    // The dictionaries must load: a broken newsroom dictionary is an error here too.
    load_lexicon(&args.dictionaries)?;
    let severity = match &args.severity {
        Some(s) => FigureSeverity::parse(s).ok_or_else(|| {
            Fatal(format!(
                "--severity {s}: expected off, hint, information, warning or error"
            ))
        })?,
        None => config.figure_severity,
    };
    let files = articles(&args.paths, &config)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut reported = 0usize;
    for path in files {
        let Some(text) = read_article(&path)? else {
            continue;
        };
        if severity == FigureSeverity::Off {
            continue;
        }
        let opts = config.figure_options();
        let lang = figures::document_lang(&text, &opts);
        let index = LineIndex::new(&text);
        for f in figures::unsourced(&text, &opts) {
            reported += 1;
            let (line, col): (usize, usize) = index
                .line_col(f.range.start, vigie_core::line_index::Encoding::Utf32)
                .into();
            let (end_line, end_col): (usize, usize) = index
                .line_col(f.range.end, vigie_core::line_index::Encoding::Utf32)
                .into();
            let message = f.message(lang);
            match args.format {
                Format::Text => writeln!(
                    out,
                    "{}:{}:{}: {}[{}] {}",
                    path.display(),
                    line + 1,
                    col + 1,
                    severity.name(),
                    f.sourcing.code(),
                    message
                )?,
                Format::Json => {
                    let record = serde_json::json!({
                        "path": path.display().to_string(),
                        "line": line + 1,
                        "column": col + 1,
                        "end_line": end_line + 1,
                        "end_column": end_col + 1,
                        "severity": severity.name(),
                        "code": f.sourcing.code(),
                        "figure": f.figure,
                        "message": message,
                    });
                    writeln!(out, "{record}")?
                }
            }
        }
    }
    out.flush()?;
    Ok(if reported == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
