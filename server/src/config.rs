//! Configuration: `vigie.toml` at the workspace root, read into a validated [`Config`].
//!
//! ```toml
//! house_style = "afp"            # which `preferred` spelling hovers show (default: "default")
//! language = "fr"                # force the articles' language (default: detected per article)
//!
//! [dictionaries]
//! embedded = true                # use the shipped dictionaries (default: true)
//! files = ["dictionnaires/maison.toml"]   # more dictionaries, relative to vigie.toml
//! ```

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;
use vigie_core::lang::Lang;

/// The name of the configuration file at a workspace root.
pub const CONFIG_FILE: &str = "vigie.toml";

/// `vigie.toml` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireConfig {
    house_style: Option<String>,
    language: Option<String>,
    #[serde(default)]
    dictionaries: WireDictionaries,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireDictionaries {
    embedded: Option<bool>,
    #[serde(default)]
    files: Vec<PathBuf>,
}

/// The validated configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub house_style: String,
    /// `None`: detect each article's language.
    pub language: Option<Lang>,
    pub embedded_dictionaries: bool,
    /// Absolute paths of the newsroom's dictionaries.
    pub dictionary_files: Vec<PathBuf>,
    /// The file this was read from, if any.
    pub source: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            house_style: "default".to_string(),
            language: None,
            embedded_dictionaries: true,
            dictionary_files: Vec::new(),
            source: None,
        }
    }
}

impl Config {
    /// Reads `vigie.toml` in `root`; the defaults when there is none.
    pub fn load_from_root(root: &Path) -> Result<Config> {
        let path = root.join(CONFIG_FILE);
        if !path.is_file() {
            return Ok(Config::default());
        }
        Config::load(&path)
    }

    /// Reads a configuration file; relative dictionary paths are relative to its folder.
    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        Config::parse(&text, path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let wire: WireConfig = toml::from_str(text).map_err(|e| {
            let (line, col) = e.span().map_or((1, 1), |s| line_col(text, s.start));
            anyhow::anyhow!("{}:{line}:{col}: {}", path.display(), e.message().trim())
        })?;
        let language = match wire.language.as_deref() {
            None | Some("auto") => None,
            Some(l) => Some(Lang::parse(l).with_context(|| {
                format!(
                    "{}: language \"{l}\" is not one vigie speaks (fr, en or auto)",
                    path.display()
                )
            })?),
        };
        let base = path.parent().unwrap_or(Path::new("."));
        Ok(Config {
            house_style: wire.house_style.unwrap_or_else(|| "default".to_string()),
            language,
            embedded_dictionaries: wire.dictionaries.embedded.unwrap_or(true),
            dictionary_files: wire
                .dictionaries
                .files
                .iter()
                .map(|f| base.join(f))
                .collect(),
            source: Some(path.to_path_buf()),
        })
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let index = vigie_core::line_index::LineIndex::new(text);
    let (l, c) = index.line_col(text, offset, vigie_core::line_index::Encoding::Chars);
    (l + 1, c + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_resolves_paths() {
        let c = Config::parse(
            "house_style = \"afp\"\nlanguage = \"en\"\n[dictionaries]\nembedded = false\nfiles = [\"d/x.toml\"]\n",
            Path::new("/news/vigie.toml"),
        )
        .unwrap();
        assert_eq!(c.house_style, "afp");
        assert_eq!(c.language, Some(Lang::En));
        assert!(!c.embedded_dictionaries);
        assert_eq!(c.dictionary_files, vec![PathBuf::from("/news/d/x.toml")]);
    }

    #[test]
    fn errors_name_the_place() {
        let e = Config::parse("house_style = 3\n", Path::new("vigie.toml")).unwrap_err();
        assert!(e.to_string().starts_with("vigie.toml:1:15:"), "{e}");
        let e = Config::parse("colour = 1\n", Path::new("vigie.toml")).unwrap_err();
        assert!(e.to_string().contains("colour"), "{e}");
        let e = Config::parse("language = \"de\"\n", Path::new("vigie.toml")).unwrap_err();
        assert!(e.to_string().contains("\"de\""), "{e}");
    }
}
