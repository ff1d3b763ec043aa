//! Collecting articles from the paths given on the command line.

use std::path::{Path, PathBuf};

use super::Fatal;

/// Extensions of articles found in folders.
pub const ARTICLE_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// Files given by name, and the articles of folders (recursively, honouring .gitignore),
/// sorted within each folder.
pub fn articles(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Fatal> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Fatal(format!("{}: {e}", path.display())))?;
        if !meta.is_dir() {
            out.push(path.clone());
            continue;
        }
        let mut found = Vec::new();
        for entry in ignore::WalkBuilder::new(path).build() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    tracing::warn!("{e}");
                    eprintln!("vigie: warning: {e}");
                    continue;
                }
            };
            if entry.file_type().is_some_and(|t| t.is_file()) && is_article(entry.path()) {
                found.push(entry.into_path());
            }
        }
        found.sort();
        out.extend(found);
    }
    Ok(out)
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads an article; `None` (with a warning on stderr) for a file that is not UTF-8 text.
pub fn read_article(path: &Path) -> Result<Option<String>, Fatal> {
    let bytes = std::fs::read(path).map_err(|e| Fatal(format!("{}: {e}", path.display())))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Some(text)),
        Err(_) => {
            eprintln!("vigie: warning: {}: not UTF-8 text, skipped", path.display());
            Ok(None)
        }
    }
}
