//! (Re)loading the workspace: `vigie.toml` and the dictionaries it names. A load that fails
//! leaves the last good workspace in place; the caller tells the editor why.

use std::path::Path;
use std::sync::Arc;

use tower_lsp_server::ls_types::FileEvent;

use super::convert::file_path;
use super::session::{Session, Workspace};
use crate::config::{outside_paths_allowed, Config, CONFIG_FILE};
use crate::dictionaries::{count, Sources};

/// What a reload produced, for the editor.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The load failed: the last good workspace stays; this says why.
    pub error: Option<ReloadError>,
    /// The load succeeded with findings (a summary).
    pub warning: Option<String>,
    /// Archive paths of `vigie.toml` left out because the user did not allow them.
    pub refused: Option<String>,
}

/// Why a workspace did not load (the last good one stays).
#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    #[error("vigie: dictionaries not reloaded, keeping the last good ones. {0}")]
    Config(#[from] crate::config::ConfigError),
    #[error("vigie: dictionaries not reloaded, keeping the last good ones. {0}")]
    Dictionaries(#[from] crate::dictionaries::DictionaryError),
}

/// Loads the workspace at `root` and installs it; on failure keeps the current one.
/// Blocking (file I/O, matcher build): call from a blocking thread.
pub fn reload(state: &Session, root: Option<&Path>) -> Outcome {
    let mut refused = Vec::new();
    let loaded = (|| -> Result<_, ReloadError> {
        let mut config = match root {
            Some(root) => Config::load_from_root(root)?,
            None => Config::default(),
        };
        let allowed = outside_paths_allowed(&state.editor.read());
        refused = config.confine_corpus_paths(&state.roots.read(), &allowed);
        let (lexicon, findings, hash) = Sources::from_config(&config).load_with_hash()?;
        Ok((config, lexicon, findings, hash))
    })();
    match loaded {
        Ok((config, lexicon, findings, dictionaries_hash)) => {
            for f in &findings {
                tracing::warn!("dictionary: {f}");
            }
            tracing::info!(
                entries = lexicon.dict.entries.len(),
                forms = lexicon.matcher.pattern_count(),
                "dictionaries loaded"
            );
            let file_config = config;
            let (config, problems) = file_config.with_editor(&state.editor.read());
            for p in problems {
                tracing::warn!("{p}");
            }
            *state.workspace.write() = Arc::new(Workspace {
                file_config,
                config,
                lexicon: Arc::new(lexicon),
                dictionaries_hash,
            });
            let (errors, warnings) = count(&findings);
            let warning = (!findings.is_empty()).then(|| {
                format!(
                    "vigie: dictionaries loaded with {errors} error(s) and {warnings} warning(s), first: {}. Run `vigie dict check` for all.",
                    findings[0]
                )
            });
            let refused = (!refused.is_empty()).then(|| {
                let list: Vec<String> = refused.iter().map(|p| p.display().to_string()).collect();
                format!(
                    "vigie: vigie.toml names corpus paths outside the workspace, not indexed: {}. Allow them in your own settings (vigie.corpus.allowPaths) or in {}.",
                    list.join(", "),
                    crate::config::user_config_file().map_or("~/.config/vigie/config.toml".into(), |p| p.display().to_string())
                )
            });
            Outcome {
                error: None,
                warning,
                refused,
            }
        }
        Err(e) => {
            tracing::error!("{e}");
            Outcome {
                error: Some(e),
                warning: None,
                refused: None,
            }
        }
    }
}

/// Whether a change to these files calls for a reload: `vigie.toml` at the root, or a
/// dictionary file of the current configuration.
pub fn concerns_workspace(state: &Session, changes: &[FileEvent]) -> bool {
    let root = state.root.read().clone();
    let workspace = state.workspace();
    changes.iter().any(|c| match file_path(&c.uri) {
        Some(path) => is_workspace_file(&path, root.as_deref(), &workspace.config),
        None => false,
    })
}

pub fn is_workspace_file(path: &Path, root: Option<&Path>, config: &Config) -> bool {
    let same = |a: &Path, b: &Path| a == b || (a.canonicalize().ok().is_some_and(|a| Some(a) == b.canonicalize().ok()));
    root.is_some_and(|r| same(path, &r.join(CONFIG_FILE))) || config.dictionary_files.iter().any(|f| same(path, f))
}

/// The file watchers to register: vigie.toml and dictionaries (`**/*.toml`) and the articles
/// of every extension, in the workspace folders and the archive paths. One pattern per
/// extension: some clients (kak-lsp) skip glob patterns with braces.
pub fn watchers(config: &crate::config::Config) -> Vec<tower_lsp_server::ls_types::FileSystemWatcher> {
    use tower_lsp_server::ls_types::{FileSystemWatcher, GlobPattern};
    let mut globs = vec!["**/*.toml".to_string()];
    for ext in &config.extensions {
        globs.push(format!("**/*.{ext}"));
        for p in &config.corpus_paths {
            globs.push(format!("{}/**/*.{ext}", p.display()));
        }
    }
    globs
        .into_iter()
        .map(|g| FileSystemWatcher {
            glob_pattern: GlobPattern::String(g),
            kind: None,
        })
        .collect()
}
