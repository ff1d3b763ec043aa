//! `vigie check PATH...`: unsourced figures and titles that do not fit the article's date
//! (`role-date`), as a linter.

use std::io::Write;
use std::process::ExitCode;

use vigie_core::date::article_date;
use vigie_core::figures;
use vigie_core::line_index::{Encoding, LineIndex};
use vigie_core::present::{decoded_warning, no_articles, undecodable_error, CheckSummary};
use vigie_core::roles::ROLE_DATE;

use super::mentions::{load_config, load_lexicon};
use super::{articles, cli_lang};
use super::{CheckArgs, CliResult, Fatal, Format};
use crate::config::FigureSeverity;
use crate::walk::{read_article_text, ArticleText};

pub fn run(args: &CheckArgs) -> CliResult {
    let lang = cli_lang(args.lang.as_deref())?;
    let config = load_config(&args.dictionaries)?;
    // The dictionaries must load: a broken newsroom dictionary is an error here too.
    let lexicon = load_lexicon(&args.dictionaries)?;
    let severity = match &args.severity {
        Some(s) => FigureSeverity::parse(s).ok_or_else(|| {
            Fatal(format!(
                "--severity {s}: expected off, hint, information, warning or error"
            ))
        })?,
        None => config.figure_severity,
    };
    let files = articles(&args.paths, &config)?;
    if files.is_empty() {
        let paths: Vec<String> = args.paths.iter().map(|p| p.display().to_string()).collect();
        let extensions: Vec<String> = config.extensions.iter().map(|e| format!(".{e}")).collect();
        return Err(Fatal(no_articles(&paths.join(", "), &extensions.join(", "), lang)));
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut summary = CheckSummary::default();
    for path in files {
        let shown = path.display().to_string();
        let text = match read_article_text(&path).map_err(|e| Fatal(format!("{shown}: {e}")))? {
            ArticleText::Utf8(text) => text,
            ArticleText::Windows1252(text) => {
                eprintln!("vigie: warning: {}", decoded_warning(&shown, lang));
                summary.decoded += 1;
                text
            }
            ArticleText::Undecodable => {
                eprintln!("vigie: error: {}", undecodable_error(&shown, lang));
                summary.skipped += 1;
                continue;
            }
        };
        summary.articles += 1;
        let opts = config.figure_options();
        let lang = figures::document_lang(&text, &opts);
        let index = LineIndex::new(&text);
        let at = |offset: usize| -> (usize, usize) { index.line_col(offset, Encoding::Utf32).into() };
        if config.role_severity != FigureSeverity::Off {
            let (_, titles) = lexicon.find_with_titles(&text, article_date(&text));
            for r in titles {
                summary.roles += 1;
                let ((line, col), (end_line, end_col)) = (at(r.range.start), at(r.range.end));
                let message = r.message(&lexicon.dict, lang);
                let sev = config.role_severity.name();
                match args.format {
                    Format::Text => writeln!(out, "{}:{}:{}: {sev}[{ROLE_DATE}] {message}", shown, line + 1, col + 1)?,
                    Format::Json => {
                        let record = serde_json::json!({
                            "path": shown,
                            "line": line + 1,
                            "column": col + 1,
                            "end_line": end_line + 1,
                            "end_column": end_col + 1,
                            "severity": sev,
                            "code": ROLE_DATE,
                            "title": &text[r.range.clone()],
                            "person": lexicon.dict.entries[r.person].id,
                            "office": lexicon.dict.offices[r.office].id,
                            "message": message,
                        });
                        writeln!(out, "{record}")?
                    }
                }
            }
        }
        if severity == FigureSeverity::Off {
            continue;
        }
        for f in figures::unsourced(&text, &opts) {
            summary.figures += 1;
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
                    shown,
                    line + 1,
                    col + 1,
                    severity.name(),
                    f.sourcing.code(),
                    message
                )?,
                Format::Json => {
                    let record = serde_json::json!({
                        "path": shown,
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
    if args.format == Format::Text {
        eprintln!("{}", summary.line(lang));
    }
    Ok(match (summary.skipped, summary.figures + summary.roles) {
        (0, 0) => ExitCode::SUCCESS,
        (0, _) => ExitCode::from(1),
        (_, _) if args.skipped_ok => ExitCode::from(1),
        _ => ExitCode::from(2),
    })
}
