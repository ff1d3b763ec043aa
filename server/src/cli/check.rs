//! `vigie check PATH...`: unsourced figures and titles that do not fit the article's date
//! (`role-date`), as a linter.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use vigie_core::date::article_date;
use vigie_core::figures;
use vigie_core::line_index::{Encoding, LineIndex};
use vigie_core::present::{decoded_warning, no_articles, undecodable_error, CheckSummary};
use vigie_core::roles::ROLE_DATE;
use vigie_core::Lexicon;

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
    let opts = config.figure_options();
    let role_severity = config.role_severity;
    // Files are checked on every core; their reports are written in the order of the files,
    // as one thread would.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len());
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::sync_channel::<(usize, Result<FileReport, Fatal>)>(256);
    std::thread::scope(|scope| -> Result<(), Fatal> {
        for _ in 0..threads {
            let tx = tx.clone();
            let (files, next, stop, opts, lexicon) = (&files, &next, &stop, &opts, &lexicon);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                if tx
                    .send((
                        i,
                        check_file(path, severity, role_severity, opts, lexicon, args.format, lang),
                    ))
                    .is_err()
                {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting: BTreeMap<usize, Result<FileReport, Fatal>> = BTreeMap::new();
        let mut written = 0;
        for (i, report) in rx {
            waiting.insert(i, report);
            while let Some(report) = waiting.remove(&written) {
                written += 1;
                let report = report.inspect_err(|_| stop.store(true, Ordering::Relaxed))?;
                if let Some(line) = &report.stderr {
                    eprintln!("{line}");
                }
                summary.decoded += usize::from(report.decoded);
                summary.skipped += usize::from(report.skipped);
                summary.articles += usize::from(!report.skipped);
                summary.figures += report.figures;
                summary.roles += report.roles;
                out.write_all(report.out.as_bytes())?;
            }
        }
        Ok(())
    })?;
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

/// What checking one file gives: its report lines, a line for stderr, and its counts.
#[derive(Default)]
struct FileReport {
    out: String,
    stderr: Option<String>,
    decoded: bool,
    skipped: bool,
    figures: usize,
    roles: usize,
}

fn check_file(
    path: &std::path::Path,
    severity: FigureSeverity,
    role_severity: FigureSeverity,
    opts: &figures::FigureOptions,
    lexicon: &Lexicon,
    format: Format,
    lang: vigie_core::lang::Lang,
) -> Result<FileReport, Fatal> {
    use std::fmt::Write as _;
    let shown = path.display().to_string();
    let mut report = FileReport::default();
    let text = match read_article_text(path).map_err(|e| Fatal(format!("{shown}: {e}")))? {
        ArticleText::Utf8(text) => text,
        ArticleText::Windows1252(text) => {
            report.stderr = Some(format!("vigie: warning: {}", decoded_warning(&shown, lang)));
            report.decoded = true;
            text
        }
        ArticleText::Undecodable => {
            report.stderr = Some(format!("vigie: error: {}", undecodable_error(&shown, lang)));
            report.skipped = true;
            return Ok(report);
        }
    };
    let doc_lang = figures::document_lang(&text, opts);
    let index = LineIndex::new(&text);
    let at = |offset: usize| -> (usize, usize) { index.line_col(offset, Encoding::Utf32).into() };
    if role_severity != FigureSeverity::Off {
        let (_, titles) = lexicon.find_with_titles(&text, article_date(&text));
        for r in titles {
            report.roles += 1;
            let ((line, col), (end_line, end_col)) = (at(r.range.start), at(r.range.end));
            let message = r.message(&lexicon.dict, doc_lang);
            let sev = role_severity.name();
            let _ = match format {
                Format::Text => writeln!(
                    report.out,
                    "{}:{}:{}: {sev}[{ROLE_DATE}] {message}",
                    shown,
                    line + 1,
                    col + 1
                ),
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
                    writeln!(report.out, "{record}")
                }
            };
        }
    }
    if severity == FigureSeverity::Off {
        return Ok(report);
    }
    for f in figures::unsourced(&text, opts) {
        report.figures += 1;
        let ((line, col), (end_line, end_col)) = (at(f.range.start), at(f.range.end));
        let message = f.message(doc_lang);
        let _ = match format {
            Format::Text => writeln!(
                report.out,
                "{}:{}:{}: {}[{}] {}",
                shown,
                line + 1,
                col + 1,
                severity.name(),
                f.sourcing.code(),
                message
            ),
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
                writeln!(report.out, "{record}")
            }
        };
    }
    Ok(report)
}
