//! The `vigie` binary: the language server (`vigie lsp`) and the command line.

use std::process::ExitCode;

use clap::Parser;
use vigie::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help, --version: clap prints them on stdout, exit 0.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("vigie: error: {}", cli::usage_error(&e));
            return ExitCode::from(2);
        }
    };
    init_logging();
    match cli::run(cli.command) {
        Ok(code) => code,
        Err(cli::Fatal(msg)) => {
            eprintln!("vigie: error: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Logs go to stderr (stdout belongs to the protocol), filtered by `VIGIE_LOG`
/// (`error`, `warn`, `info`, `debug`, `trace` or tracing directives; default `warn`).
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("VIGIE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
}
