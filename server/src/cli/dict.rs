//! `vigie dict check [FILE...]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use vigie_core::Dictionary;

use super::{CliResult, Fatal};
use crate::dictionaries::{count, Sources};

pub fn check(embedded: bool, files: &[PathBuf]) -> CliResult {
    if !embedded && files.is_empty() {
        return Err(Fatal(
            "nothing to check: give dictionary files, or drop --no-embedded".into(),
        ));
    }
    let texts = Sources {
        embedded,
        files: files.to_vec(),
    }
    .read()?;
    let named: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let findings = match Dictionary::load(&named) {
        Ok((dict, findings)) => {
            let (errors, warnings) = count(&findings);
            for f in &findings {
                writeln!(out, "{f}")?;
            }
            let summary = format!(
                "{} entries in {} file(s): {errors} error(s), {warnings} warning(s)",
                dict.entries.len(),
                named.len()
            );
            eprintln!("{summary}");
            findings.len()
        }
        Err(e) => {
            for f in &e.errors {
                writeln!(out, "{f}")?;
            }
            e.errors.len()
        }
    };
    Ok(if findings == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
