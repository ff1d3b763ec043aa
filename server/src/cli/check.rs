//! `vigie check PATH...`: unsourced figures, titles that do not fit the article's date
//! (`role-date`) and house-style spellings, as a linter; with `--fix`, the house-style
//! spellings corrected in place (figures and titles are never "fixed"). Files are checked
//! on every core; their reports are written in the order of the files, as one thread would.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use vigie_core::date::article_date;
use vigie_core::figures;
use vigie_core::house_style::{self, StyleFinding};
use vigie_core::lang::Lang;
use vigie_core::line_index::{Encoding, LineIndex};
use vigie_core::present::{decoded_warning, no_articles, undecodable_error, CheckSummary};
use vigie_core::roles::ROLE_DATE;
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
    /// The figure, the title, or the spelling as written.
    pub text: String,
    /// For a house-style finding: the edit of its fix (its place, and the text written).
    pub fix: Option<Fix>,
    /// For a `role-date` finding: the ids of the person and of the office.
    pub role: Option<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Fix {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub replacement: String,
}

impl Report {
    /// A report of `range` in the file `shown`, without fix or role.
    fn at(
        shown: &str,
        index: &LineIndex,
        range: std::ops::Range<usize>,
        severity: FigureSeverity,
        code: &'static str,
        message: String,
        text: String,
    ) -> Report {
        let (line, column) = line_col(index, range.start);
        let (end_line, end_column) = line_col(index, range.end);
        Report {
            path: shown.to_string(),
            line,
            column,
            end_line,
            end_column,
            severity,
            code,
            message,
            text,
            fix: None,
            role: None,
        }
    }
}

/// 1-based (line, column) in characters.
fn line_col(index: &LineIndex, offset: usize) -> (usize, usize) {
    let (line, col): (usize, usize) = index.line_col(offset, Encoding::Utf32).into();
    (line + 1, col + 1)
}

/// How many consecutive files a thread checks before it hands their reports over.
const CHUNK: usize = 32;

/// What every file's check reads.
struct Context<'a> {
    config: &'a Config,
    lexicon: &'a Lexicon,
    severity: FigureSeverity,
    args: &'a CheckArgs,
    lang: Lang,
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
    let ctx = Context {
        config: &config,
        lexicon: &lexicon,
        severity,
        args,
        lang,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut summary = CheckSummary::default();
    let mut all = Vec::new();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len());
    // Files go to the threads in chunks of consecutive ones, and each chunk's reports come
    // back together: one message (and one wake-up of this thread) per chunk rather than per
    // file, which cost a tenth of the run in futex calls and context switches.
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::sync_channel::<(usize, Vec<Result<FileReport, Fatal>>)>(64);
    std::thread::scope(|scope| -> Result<(), Fatal> {
        for _ in 0..threads {
            let tx = tx.clone();
            let (files, next, stop, ctx) = (&files, &next, &stop, &ctx);
            scope.spawn(move || loop {
                let first = next.fetch_add(CHUNK, Ordering::Relaxed);
                let Some(chunk) = files.get(first..(first + CHUNK).min(files.len())) else {
                    break;
                };
                let mut reports = Vec::with_capacity(chunk.len());
                for path in chunk {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let report = check_file(path, ctx);
                    let failed = report.is_err();
                    reports.push(report);
                    if failed {
                        break;
                    }
                }
                if tx.send((first / CHUNK, reports)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting: BTreeMap<usize, Vec<Result<FileReport, Fatal>>> = BTreeMap::new();
        let mut written = 0;
        for (i, reports) in rx {
            waiting.insert(i, reports);
            while let Some(reports) = waiting.remove(&written) {
                written += 1;
                for report in reports {
                    let report = report.inspect_err(|_| stop.store(true, Ordering::Relaxed))?;
                    for line in &report.stderr {
                        eprintln!("{line}");
                    }
                    summary.decoded += usize::from(report.decoded);
                    summary.skipped += usize::from(report.skipped);
                    summary.articles += usize::from(!report.skipped);
                    summary.figures += report.figures;
                    summary.roles += report.roles;
                    summary.style += report.style;
                    summary.fixed += report.fixed;
                    out.write_all(report.out.as_bytes())?;
                    if args.format == CheckFormat::Sarif {
                        all.extend(report.reports);
                    }
                }
            }
        }
        Ok(())
    })?;
    if args.format == CheckFormat::Sarif {
        serde_json::to_writer_pretty(&mut out, &sarif::log(&all, lang))?;
        writeln!(out)?;
    }
    out.flush()?;
    if args.format == CheckFormat::Text {
        eprintln!("{}", summary.line(lang));
    }
    Ok(
        match (summary.skipped, summary.figures + summary.roles + summary.style) {
            (0, 0) => ExitCode::SUCCESS,
            (0, _) => ExitCode::from(1),
            (_, _) if args.skipped_ok => ExitCode::from(1),
            _ => ExitCode::from(2),
        },
    )
}

/// What checking one file gives: its lines for stdout and stderr, its reports (for SARIF)
/// and its counts.
#[derive(Default)]
struct FileReport {
    out: String,
    stderr: Vec<String>,
    reports: Vec<Report>,
    decoded: bool,
    skipped: bool,
    figures: usize,
    roles: usize,
    style: usize,
    fixed: usize,
}

fn check_file(path: &Path, ctx: &Context) -> Result<FileReport, Fatal> {
    let (args, lang) = (ctx.args, ctx.lang);
    let shown = path.display().to_string();
    let mut file = FileReport::default();
    let text = match read_article_text(path).map_err(|e| Fatal(format!("{shown}: {e}")))? {
        ArticleText::Utf8(text) => text,
        ArticleText::Windows1252(text) => {
            file.stderr
                .push(format!("vigie: warning: {}", decoded_warning(&shown, lang)));
            file.decoded = true;
            text
        }
        ArticleText::Undecodable => {
            file.stderr
                .push(format!("vigie: error: {}", undecodable_error(&shown, lang)));
            file.skipped = true;
            return Ok(file);
        }
    };
    let index = LineIndex::new(&text);
    let config = ctx.config;
    let doc_lang = figures::document_lang(&text, &config.figure_options());
    let mut reports = figure_reports(&shown, &text, &index, config, ctx.severity, doc_lang);
    file.figures = reports.len();
    // One pass of the matcher gives the mentions (house style) and the titles (role-date).
    let (roles_on, style_on) = (
        config.role_severity != FigureSeverity::Off,
        config.house_style_severity != FigureSeverity::Off,
    );
    let (mentions, titles) = match (roles_on, style_on) {
        (true, _) => ctx.lexicon.find_with_titles(&text, article_date(&text)),
        (false, true) => (ctx.lexicon.find(&text), Vec::new()),
        (false, false) => (Vec::new(), Vec::new()),
    };
    let roles = role_reports(&shown, &text, &index, ctx.lexicon, config, titles, doc_lang);
    file.roles = roles.len();
    reports.extend(roles);
    let mut style = match style_on {
        true => house_style::check(&text, &mentions, &ctx.lexicon.dict, &config.house_style, doc_lang),
        false => Vec::new(),
    };
    if args.fix && !style.is_empty() {
        if file.decoded {
            // Written back, the file would change encoding: the desk decides.
            file.stderr
                .push(format!("vigie: warning: {shown}: not UTF-8, house style not fixed"));
        } else {
            fix_file(path, &text, &style)?;
            for f in &style {
                let (line, col) = line_col(&index, f.edit.start);
                let _ = match args.format {
                    CheckFormat::Text => writeln!(
                        file.out,
                        "{shown}:{line}:{col}: fixed[house-style] {} → {}",
                        f.written, f.preferred
                    ),
                    CheckFormat::Json => {
                        let record = serde_json::json!({
                            "path": shown, "line": line, "column": col, "code": "house-style",
                            "fixed": true, "written": f.written, "replacement": f.replacement,
                        });
                        writeln!(file.out, "{record}")
                    }
                    CheckFormat::Sarif => Ok(()),
                };
            }
            file.fixed = style.len();
            style.clear();
        }
    }
    let style = style_reports(&shown, &index, &style, config, doc_lang);
    file.style = style.len();
    reports.extend(style);
    reports.sort_by_key(|r| (r.line, r.column));
    for r in &reports {
        let _ = match args.format {
            CheckFormat::Text => writeln!(
                file.out,
                "{}:{}:{}: {}[{}] {}",
                r.path,
                r.line,
                r.column,
                r.severity.name(),
                r.code,
                r.message
            ),
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
                match (&r.fix, &r.role) {
                    (Some(fix), _) => {
                        record["written"] = r.text.clone().into();
                        record["replacement"] = fix.replacement.clone().into();
                    }
                    (None, Some((person, office))) => {
                        record["title"] = r.text.clone().into();
                        record["person"] = person.clone().into();
                        record["office"] = office.clone().into();
                    }
                    (None, None) => record["figure"] = r.text.clone().into(),
                }
                writeln!(file.out, "{record}")
            }
            CheckFormat::Sarif => Ok(()),
        };
    }
    file.reports = reports;
    Ok(file)
}

fn figure_reports(
    shown: &str,
    text: &str,
    index: &LineIndex,
    config: &Config,
    severity: FigureSeverity,
    lang: Lang,
) -> Vec<Report> {
    if severity == FigureSeverity::Off {
        return Vec::new();
    }
    figures::unsourced(text, &config.figure_options())
        .into_iter()
        .map(|f| {
            let message = f.message(lang);
            Report::at(shown, index, f.range, severity, f.sourcing.code(), message, f.figure)
        })
        .collect()
}

/// The reports of titles that do not fit the article's date (`role-date`).
fn role_reports(
    shown: &str,
    text: &str,
    index: &LineIndex,
    lexicon: &Lexicon,
    config: &Config,
    titles: Vec<vigie_core::roles::RoleDate>,
    lang: Lang,
) -> Vec<Report> {
    titles
        .into_iter()
        .map(|r| {
            let message = r.message(&lexicon.dict, lang);
            let title = text[r.range.clone()].to_string();
            let mut report = Report::at(
                shown,
                index,
                r.range.clone(),
                config.role_severity,
                ROLE_DATE,
                message,
                title,
            );
            report.role = Some((
                lexicon.dict.entries[r.person].id.clone(),
                lexicon.dict.offices[r.office].id.clone(),
            ));
            report
        })
        .collect()
}

fn style_reports(shown: &str, index: &LineIndex, style: &[StyleFinding], config: &Config, lang: Lang) -> Vec<Report> {
    style
        .iter()
        .map(|f| {
            let (fix_line, fix_column) = line_col(index, f.edit.start);
            let (fix_end_line, fix_end_column) = line_col(index, f.edit.end);
            let severity = config.house_style_severity;
            let mut report = Report::at(
                shown,
                index,
                f.range.clone(),
                severity,
                "house-style",
                f.message(lang),
                f.written.clone(),
            );
            report.fix = Some(Fix {
                line: fix_line,
                column: fix_column,
                end_line: fix_end_line,
                end_column: fix_end_column,
                replacement: f.replacement.clone(),
            });
            report
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
