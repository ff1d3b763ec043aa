//! `vigie check PATH...`: unsourced figures and house-style spellings, as a linter; with
//! `--fix`, the house-style spellings corrected in place (figures are never "fixed").

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use vigie_core::figures;
use vigie_core::house_style::{self, StyleFinding};
use vigie_core::lang::Lang;
use vigie_core::line_index::{Encoding, LineIndex};
use vigie_core::present::{decoded_warning, no_articles, undecodable_error, CheckSummary};
use vigie_core::Lexicon;

use super::mentions::{load_config, load_lexicon};
use super::{articles, cli_lang, sarif};
use super::{CheckArgs, CheckFormat, CliResult, Fatal};
use crate::config::{Config, FigureSeverity};
use crate::walk::{read_article_text, ArticleText};

/// One thing `vigie check` reports, in 1-based lines and columns (characters).
#[derive(Debug, Clone)]
pub struct Report {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub severity: FigureSeverity,
    pub code: &'static str,
    pub message: String,
    /// The figure, or the spelling as written.
    pub text: String,
    /// For a house-style finding: the edit of its fix (its place, and the text written).
    pub fix: Option<Fix>,
}

#[derive(Debug, Clone)]
pub struct Fix {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub replacement: String,
}

/// 1-based (line, column) in characters.
fn line_col(index: &LineIndex, offset: usize) -> (usize, usize) {
    let (line, col): (usize, usize) = index.line_col(offset, Encoding::Utf32).into();
    (line + 1, col + 1)
}

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
    let mut all = Vec::new();
    for path in files {
        let shown = path.display().to_string();
        let (text, decoded) = match read_article_text(&path).map_err(|e| Fatal(format!("{shown}: {e}")))? {
            ArticleText::Utf8(text) => (text, false),
            ArticleText::Windows1252(text) => {
                eprintln!("vigie: warning: {}", decoded_warning(&shown, lang));
                summary.decoded += 1;
                (text, true)
            }
            ArticleText::Undecodable => {
                eprintln!("vigie: error: {}", undecodable_error(&shown, lang));
                summary.skipped += 1;
                continue;
            }
        };
        summary.articles += 1;
        let mut reports = figure_reports(&shown, &text, &config, severity);
        summary.figures += reports.len();
        let mut style = style_findings(&text, &lexicon, &config);
        if args.fix && !style.is_empty() {
            if decoded {
                // Written back, the file would change encoding: the desk decides.
                eprintln!("vigie: warning: {shown}: not UTF-8, house style not fixed");
            } else {
                fix_file(&path, &text, &style)?;
                let index = LineIndex::new(&text);
                for f in &style {
                    let (line, col) = line_col(&index, f.edit.start);
                    match args.format {
                        CheckFormat::Text => writeln!(
                            out,
                            "{shown}:{line}:{col}: fixed[house-style] {} → {}",
                            f.written, f.preferred
                        )?,
                        CheckFormat::Json => {
                            let record = serde_json::json!({
                                "path": shown, "line": line, "column": col, "code": "house-style",
                                "fixed": true, "written": f.written, "replacement": f.replacement,
                            });
                            writeln!(out, "{record}")?
                        }
                        CheckFormat::Sarif => {}
                    }
                }
                summary.fixed += style.len();
                style.clear();
            }
        }
        let style = style_reports(&shown, &text, &style, &config);
        summary.style += style.len();
        reports.extend(style);
        reports.sort_by_key(|r| (r.line, r.column));
        for r in &reports {
            match args.format {
                CheckFormat::Text => writeln!(
                    out,
                    "{}:{}:{}: {}[{}] {}",
                    r.path,
                    r.line,
                    r.column,
                    r.severity.name(),
                    r.code,
                    r.message
                )?,
                CheckFormat::Json => {
                    let mut record = serde_json::json!({
                        "path": r.path,
                        "line": r.line,
                        "column": r.column,
                        "end_line": r.end_line,
                        "end_column": r.end_column,
                        "severity": r.severity.name(),
                        "code": r.code,
                        "message": r.message,
                    });
                    match &r.fix {
                        None => record["figure"] = r.text.clone().into(),
                        Some(fix) => {
                            record["written"] = r.text.clone().into();
                            record["replacement"] = fix.replacement.clone().into();
                        }
                    }
                    writeln!(out, "{record}")?
                }
                CheckFormat::Sarif => {}
            }
        }
        all.extend(reports);
    }
    if args.format == CheckFormat::Sarif {
        serde_json::to_writer_pretty(&mut out, &sarif::log(&all, lang))?;
        writeln!(out)?;
    }
    out.flush()?;
    if args.format == CheckFormat::Text {
        eprintln!("{}", summary.line(lang));
    }
    Ok(match (summary.skipped, summary.figures + summary.style) {
        (0, 0) => ExitCode::SUCCESS,
        (0, _) => ExitCode::from(1),
        (_, _) if args.skipped_ok => ExitCode::from(1),
        _ => ExitCode::from(2),
    })
}

fn figure_reports(shown: &str, text: &str, config: &Config, severity: FigureSeverity) -> Vec<Report> {
    if severity == FigureSeverity::Off {
        return Vec::new();
    }
    let opts = config.figure_options();
    let lang = figures::document_lang(text, &opts);
    let index = LineIndex::new(text);
    figures::unsourced(text, &opts)
        .into_iter()
        .map(|f| {
            let (line, column) = line_col(&index, f.range.start);
            let (end_line, end_column) = line_col(&index, f.range.end);
            Report {
                path: shown.to_string(),
                line,
                column,
                end_line,
                end_column,
                severity,
                code: f.sourcing.code(),
                message: f.message(lang),
                text: f.figure.clone(),
                fix: None,
            }
        })
        .collect()
}

fn article_lang(text: &str, config: &Config) -> Lang {
    figures::document_lang(text, &config.figure_options())
}

fn style_findings(text: &str, lexicon: &Lexicon, config: &Config) -> Vec<StyleFinding> {
    if config.house_style_severity == FigureSeverity::Off {
        return Vec::new();
    }
    let lang = article_lang(text, config);
    house_style::check(text, &lexicon.find(text), &lexicon.dict, &config.house_style, lang)
}

fn style_reports(shown: &str, text: &str, style: &[StyleFinding], config: &Config) -> Vec<Report> {
    let lang = article_lang(text, config);
    let index = LineIndex::new(text);
    style
        .iter()
        .map(|f| {
            let (line, column) = line_col(&index, f.range.start);
            let (end_line, end_column) = line_col(&index, f.range.end);
            let (fix_line, fix_column) = line_col(&index, f.edit.start);
            let (fix_end_line, fix_end_column) = line_col(&index, f.edit.end);
            Report {
                path: shown.to_string(),
                line,
                column,
                end_line,
                end_column,
                severity: config.house_style_severity,
                code: "house-style",
                message: f.message(lang),
                text: f.written.clone(),
                fix: Some(Fix {
                    line: fix_line,
                    column: fix_column,
                    end_line: fix_end_line,
                    end_column: fix_end_column,
                    replacement: f.replacement.clone(),
                }),
            }
        })
        .collect()
}

/// Writes the fixed article in place of `path`, atomically (a temporary file renamed over
/// it): an interrupted run leaves the old article or the new one, never half of each.
fn fix_file(path: &Path, text: &str, style: &[StyleFinding]) -> Result<(), Fatal> {
    let fixed = house_style::apply_all(text, style);
    let failed = |e: std::io::Error| Fatal(format!("{}: {e}", path.display()));
    let permissions = std::fs::metadata(path).map_err(failed)?.permissions();
    crate::cache::write_atomic(path, fixed.as_bytes()).map_err(failed)?;
    std::fs::set_permissions(path, permissions).map_err(failed)
}
