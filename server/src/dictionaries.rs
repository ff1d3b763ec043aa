//! Loading the dictionaries a configuration names: the embedded ones and the newsroom's
//! files. Shared by the CLI and the server.

use std::path::{Path, PathBuf};

use vigie_core::dictionary::{Finding, Severity, EMBEDDED};
use vigie_core::{Dictionary, Lexicon};

use crate::config::Config;

/// Why dictionaries could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    #[error("{}: cannot read: {error}", path.display())]
    Io { path: PathBuf, error: std::io::Error },
    #[error("{}: not UTF-8 text", path.display())]
    NotUtf8 { path: PathBuf },
    /// Files that do not parse, each with `file:line:column`.
    #[error("{0}")]
    Parse(vigie_core::LoadError),
}

/// The dictionaries to load: the embedded ones or not, and files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sources {
    pub embedded: bool,
    pub files: Vec<PathBuf>,
}

impl Sources {
    pub fn from_config(config: &Config) -> Sources {
        Sources {
            embedded: config.embedded_dictionaries,
            files: config.dictionary_files.clone(),
        }
    }

    /// Reads every source and builds the lexicon; the findings that did not stop loading
    /// come beside it.
    pub fn load(&self) -> Result<(Lexicon, Vec<Finding>), DictionaryError> {
        self.load_with_hash().map(|(lexicon, findings, _)| (lexicon, findings))
    }

    /// [`Sources::load`], with the hash of the sources (the corpus index's key).
    pub fn load_with_hash(&self) -> Result<(Lexicon, Vec<Finding>, u64), DictionaryError> {
        let texts = self.read()?;
        let named: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        let (dict, findings) = Dictionary::load(&named).map_err(DictionaryError::Parse)?;
        Ok((Lexicon::new(dict), findings, hash(&texts)))
    }

    /// Every source as (name, text): embedded ones first.
    pub fn read(&self) -> Result<Vec<(String, String)>, DictionaryError> {
        let mut texts = Vec::new();
        if self.embedded {
            for (name, text) in EMBEDDED {
                texts.push((format!("embedded:{name}"), text.to_string()));
            }
        }
        for path in &self.files {
            texts.push((display(path), read_utf8(path)?));
        }
        Ok(texts)
    }
}

/// The hash of dictionary sources, stable across runs and platforms.
pub fn hash(texts: &[(String, String)]) -> u64 {
    let named: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    vigie_core::corpus::dictionaries_hash(&named)
}

/// Reads a file that must be UTF-8 text.
pub fn read_utf8(path: &Path) -> Result<String, DictionaryError> {
    let bytes = std::fs::read(path).map_err(|error| DictionaryError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    String::from_utf8(bytes).map_err(|_| DictionaryError::NotUtf8 {
        path: path.to_path_buf(),
    })
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// Counts errors and warnings among findings.
pub fn count(findings: &[Finding]) -> (usize, usize) {
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    (errors, findings.len() - errors)
}
