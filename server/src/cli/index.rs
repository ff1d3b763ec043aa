//! `vigie index migrate` and `vigie index PATH...`: the desk's archive on PostgreSQL.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use super::mentions::{load_config, load_lexicon_with_hash};
use super::{articles, CliResult, Fatal, IndexArgs, IndexCommand};
use crate::db::indexer::{self, Event, Options};
use crate::db::{configured_url, connect, migrate, DatabaseUrl};

pub fn run(args: &IndexArgs) -> CliResult {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Fatal(format!("cannot start the async runtime: {e}")))?;
    match &args.command {
        Some(IndexCommand::Migrate { database }) => {
            let url = database_url(database.as_deref().or(args.database.as_deref()), None)?;
            runtime.block_on(run_migrate(&url))
        }
        None => runtime.block_on(run_index(args)),
    }
}

/// `--database`, else the configuration's, else `VIGIE_DATABASE_URL`.
fn database_url(flag: Option<&str>, config: Option<&DatabaseUrl>) -> Result<DatabaseUrl, Fatal> {
    flag.map(DatabaseUrl::new)
        .or_else(|| configured_url(config))
        .ok_or_else(|| {
            Fatal(format!(
                "no database: give --database postgres://…, set [corpus] database in vigie.toml or {}",
                crate::db::ENV_URL
            ))
        })
}

fn out(line: std::fmt::Arguments) -> Result<(), Fatal> {
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{line}").map_err(|e| Fatal(format!("cannot write: {e}")))
}

async fn run_migrate(url: &DatabaseUrl) -> CliResult {
    let mut client = connect(url).await?;
    let applied = migrate::migrate(&mut client).await?;
    if applied.is_empty() {
        out(format_args!(
            "vigie: {} is at schema version {}, nothing to apply",
            url.redacted(),
            migrate::latest()
        ))?;
    }
    for (v, name) in applied {
        out(format_args!(
            "vigie: {}: applied migration {v} ({name})",
            url.redacted()
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

async fn run_index(args: &IndexArgs) -> CliResult {
    if args.paths.is_empty() {
        return Err(Fatal(
            "nothing to index: give the archive's folders (vigie index --database URL PATH...)".into(),
        ));
    }
    let config = load_config(&args.dictionaries)?;
    let url = database_url(args.database.as_deref(), config.database.as_ref())?;
    let (lexicon, hash) = load_lexicon_with_hash(&args.dictionaries, &config)?;
    let mut roots = Vec::new();
    for p in &args.paths {
        roots.push(std::fs::canonicalize(p).map_err(|e| Fatal(format!("{}: {e}", p.display())))?);
    }
    let files: Vec<PathBuf> = articles(&roots, &config)?;
    let mut client = connect(&url).await?;
    let tty = std::io::stderr().is_terminal();
    let started = Instant::now();
    let last = parking_lot::Mutex::new(Instant::now());
    let events = |e: Event| match e {
        Event::Waiting => eprintln!(
            "vigie: another indexer is writing to {}; waiting for it",
            url.redacted()
        ),
        Event::Progress(done, total) if tty => {
            let mut last = last.lock();
            if done < total && done > 0 && last.elapsed().as_millis() < 200 {
                return;
            }
            *last = Instant::now();
            let rate = done as f64 / started.elapsed().as_secs_f64().max(1e-3);
            let width = 30;
            let filled = (done * width).checked_div(total).unwrap_or(width);
            eprint!(
                "\rvigie: [{}{}] {done}/{total} articles, {rate:.0}/s ",
                "#".repeat(filled),
                " ".repeat(width - filled)
            );
            if done == total {
                eprintln!();
            }
        }
        Event::Progress(..) => {}
    };
    let options = Options {
        batch_files: args.batch_size,
    };
    let report = indexer::run(&mut client, Arc::new(lexicon), hash, &roots, files, options, &events).await?;
    for (path, why) in &report.skipped {
        eprintln!("vigie: warning: {}: {why}, skipped", path.display());
    }
    let secs = started.elapsed().as_secs_f64();
    let analysed = report.added + report.changed + report.rematched;
    out(format_args!(
        "vigie: {} articles under {} in {}: {} added, {} changed, {} re-matched, {} removed, {} unchanged, {} touched (same content), {} skipped",
        report.seen,
        roots.iter().map(|r| r.display().to_string()).collect::<Vec<_>>().join(", "),
        url.redacted(),
        report.added,
        report.changed,
        report.rematched,
        report.removed,
        report.unchanged,
        report.touched,
        report.skipped.len()
    ))?;
    if report.dictionaries_changed {
        out(format_args!(
            "vigie: the dictionaries changed since these articles were indexed: every article matched with other dictionaries was matched again ({} re-matched, {} changed)",
            report.rematched, report.changed
        ))?;
    }
    out(format_args!(
        "vigie: {} mentions written (one per candidate entry); {analysed} articles analysed in {secs:.1} s ({:.0} articles/s, {:.1} MB/s)",
        report.mentions,
        analysed as f64 / secs.max(1e-3),
        report.bytes as f64 / 1e6 / secs.max(1e-3)
    ))?;
    Ok(ExitCode::SUCCESS)
}
