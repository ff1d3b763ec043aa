//! Configuration: `vigie.toml` at the workspace root, read into a validated [`Config`].
//!
//! ```toml
//! house_style = "afp"            # which `preferred` spelling hovers show and the house-style
//!                                # check asks for (default: "default")
//! language = "fr"                # force the articles' language (default: detected per article)
//!
//! # or, to set the severity of the `house-style` diagnostic too:
//! # [house_style]
//! # style = "afp"
//! # severity = "information"     # off, hint, information (default), warning, error
//!
//! [dictionaries]
//! embedded = true                # use the shipped dictionaries (default: true)
//! files = ["dictionnaires/maison.toml"]   # more dictionaries, relative to vigie.toml
//!
//! [figures]
//! severity = "warning"           # off, hint, information, warning (default), error
//! durations = false              # also flag durations ("trois ans")
//! placeholders = ["[source]", "TK"]   # what stands where a source will go (default: vigie's list)
//!
//! [roles]
//! severity = "warning"           # titles next to a name that do not fit the article's date
//!                                # (`role-date`): off, hint, information, warning (default), error
//!
//! [corpus]
//! paths = ["../archives"]        # archive folders indexed beside the workspace folders
//! exclude = ["brouillons/**"]    # gitignore-style globs left out
//! extensions = ["md", "markdown", "txt"]
//! cache = "platform"             # or "workspace": .vigie/ at the root
//! ```
//!
//! The editor's settings (section `vigie`: `houseStyle`, `houseStyleSeverity`, `language`, `figures.severity`, `roles.severity`,
//! `figures.durations`, `corpus.paths`, `corpus.exclude`) override the file, key by key: the newsroom's file sets the desk's
//! defaults, a journalist's settings adjust them.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use vigie_core::lang::Lang;

/// The name of the configuration file at a workspace root.
pub const CONFIG_FILE: &str = "vigie.toml";

/// What is wrong with a configuration: the file, or one of the editor's settings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {message}")]
    Read { path: String, message: String },
    /// Not TOML, a value of the wrong type, an unknown key.
    #[error("{path}:{line}:{col}: {message}")]
    Syntax {
        path: String,
        line: usize,
        col: usize,
        message: String,
    },
    /// A key whose value is not one of those allowed; `origin` is the file or "editor
    /// settings".
    #[error("{origin}: {key} \"{value}\" is not {expected}")]
    Value {
        origin: String,
        key: &'static str,
        value: String,
        expected: &'static str,
    },
}

/// A setting of the editor's that was left out (the others still apply).
pub type ConfigProblem = ConfigError;

type Result<T, E = ConfigError> = std::result::Result<T, E>;

/// `vigie.toml` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireConfig {
    house_style: Option<WireHouseStyle>,
    language: Option<String>,
    #[serde(default)]
    dictionaries: WireDictionaries,
    #[serde(default)]
    figures: WireFigures,
    #[serde(default)]
    roles: WireRoles,
    #[serde(default)]
    corpus: WireCorpus,
}

/// `house_style = "afp"`, or a `[house_style]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum WireHouseStyle {
    Name(String),
    Table(WireHouseStyleTable),
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireHouseStyleTable {
    style: Option<String>,
    severity: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireRoles {
    severity: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireCorpus {
    #[serde(default)]
    paths: Vec<PathBuf>,
    #[serde(default)]
    exclude: Vec<String>,
    extensions: Option<Vec<String>>,
    cache: Option<String>,
    database: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireFigures {
    severity: Option<String>,
    durations: Option<bool>,
    placeholders: Option<Vec<String>>,
}

/// The editor's settings (section `vigie`), camelCase as editors write them. Unknown keys
/// are ignored: editors send settings of other versions too.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditorSettings {
    pub house_style: Option<String>,
    pub house_style_severity: Option<String>,
    pub language: Option<String>,
    #[serde(default)]
    pub figures: EditorFigures,
    #[serde(default)]
    pub roles: EditorRoles,
    #[serde(default)]
    pub corpus: EditorCorpus,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditorRoles {
    pub severity: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditorCorpus {
    pub paths: Option<Vec<PathBuf>>,
    pub exclude: Option<Vec<String>>,
    /// Folders outside the workspace that a workspace's `vigie.toml` may name in
    /// `corpus.paths` (the user's consent; see [`outside_paths_allowed`]).
    pub allow_paths: Option<Vec<PathBuf>>,
    /// The desk's archive database (`postgres://…`).
    pub database: Option<String>,
}

/// Environment variable naming the user-level configuration file (tests, sandboxes).
pub const USER_CONFIG_ENV: &str = "VIGIE_USER_CONFIG";

/// The user's own configuration file: `$VIGIE_USER_CONFIG`, else `vigie/config.toml` in
/// the platform's configuration folder (`~/.config` on Linux). Only `[corpus] allow` is read.
pub fn user_config_file() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(USER_CONFIG_ENV) {
        return Some(PathBuf::from(p));
    }
    dirs::config_dir().map(|d| d.join("vigie").join("config.toml"))
}

#[derive(Debug, Default, Deserialize)]
struct UserConfig {
    #[serde(default)]
    corpus: UserCorpus,
}

#[derive(Debug, Default, Deserialize)]
struct UserCorpus {
    #[serde(default)]
    allow: Vec<PathBuf>,
}

/// The folders outside a workspace that its `vigie.toml` may index: those the user allows
/// in the editor's settings (`corpus.allowPaths`) or in their own configuration file
/// (`[corpus] allow = [...]`). Opening a cloned repository must not make vigie read the
/// whole disk.
pub fn outside_paths_allowed(editor: &EditorSettings) -> Vec<PathBuf> {
    let mut allowed = editor.corpus.allow_paths.clone().unwrap_or_default();
    if let Some(file) = user_config_file() {
        if let Ok(text) = std::fs::read_to_string(&file) {
            match toml::from_str::<UserConfig>(&text) {
                Ok(user) => allowed.extend(user.corpus.allow),
                Err(e) => tracing::warn!("{}: {}", file.display(), e.message()),
            }
        }
    }
    allowed
}

/// `path` with `.` and `..` resolved without touching the disk (symbolic links are
/// resolved first when the path exists).
fn normalized(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

impl Config {
    /// Keeps the archive paths that lie inside a workspace folder or inside an allowed
    /// folder; returns those left out.
    pub fn confine_corpus_paths(&mut self, workspace: &[PathBuf], allowed: &[PathBuf]) -> Vec<PathBuf> {
        let inside: Vec<PathBuf> = workspace.iter().chain(allowed).map(|p| normalized(p)).collect();
        let (kept, dropped): (Vec<PathBuf>, Vec<PathBuf>) =
            std::mem::take(&mut self.corpus_paths).into_iter().partition(|p| {
                let p = normalized(p);
                inside.iter().any(|root| p.starts_with(root))
            });
        self.corpus_paths = kept;
        dropped
    }
}

/// Where the corpus index cache lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CacheLocation {
    /// The platform's cache folder, keyed by the corpus roots.
    #[default]
    Platform,
    /// `.vigie/` at the workspace root.
    Workspace,
}

/// Extensions of the articles indexed and checked in folders, by default.
pub const DEFAULT_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditorFigures {
    pub severity: Option<String>,
    pub durations: Option<bool>,
    pub placeholders: Option<Vec<String>>,
}

/// How unsourced figures are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FigureSeverity {
    Off,
    Hint,
    Information,
    #[default]
    Warning,
    Error,
}

impl FigureSeverity {
    pub fn parse(s: &str) -> Option<FigureSeverity> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "off" | "none" => FigureSeverity::Off,
            "hint" => FigureSeverity::Hint,
            "information" | "info" => FigureSeverity::Information,
            "warning" | "warn" => FigureSeverity::Warning,
            "error" => FigureSeverity::Error,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            FigureSeverity::Off => "off",
            FigureSeverity::Hint => "hint",
            FigureSeverity::Information => "information",
            FigureSeverity::Warning => "warning",
            FigureSeverity::Error => "error",
        }
    }
}

fn parse_language(value: Option<&str>, origin: &str) -> Result<Option<Lang>> {
    match value {
        None | Some("auto") => Ok(None),
        Some(l) => Lang::parse(l).map(Some).ok_or_else(|| ConfigError::Value {
            origin: origin.to_string(),
            key: "language",
            value: l.to_string(),
            expected: "one vigie speaks (fr, en or auto)",
        }),
    }
}

fn parse_severity(value: &str, origin: &str) -> Result<FigureSeverity> {
    parse_severity_of("figure severity", value, origin)
}

fn parse_severity_of(key: &'static str, value: &str, origin: &str) -> Result<FigureSeverity> {
    FigureSeverity::parse(value).ok_or_else(|| ConfigError::Value {
        origin: origin.to_string(),
        key,
        value: value.to_string(),
        expected: "one of off, hint, information, warning, error",
    })
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
    /// Severity of the `house-style` diagnostic (information unless set).
    pub house_style_severity: FigureSeverity,
    /// `None`: detect each article's language.
    pub language: Option<Lang>,
    pub embedded_dictionaries: bool,
    /// Absolute paths of the newsroom's dictionaries.
    pub dictionary_files: Vec<PathBuf>,
    pub figure_severity: FigureSeverity,
    /// The severity of `role-date` (a title that does not fit the article's date).
    pub role_severity: FigureSeverity,
    /// Whether durations ("trois ans") count as figures.
    pub durations: bool,
    /// What the desk leaves where a source will go ("[source]", "TK"); `None`: vigie's list.
    pub placeholders: Option<Vec<String>>,
    /// Archive folders indexed beside the workspace folders (absolute).
    pub corpus_paths: Vec<PathBuf>,
    /// Globs of paths left out of the index (gitignore syntax, relative to each root).
    pub corpus_exclude: Vec<String>,
    /// Extensions of articles, without the dot.
    pub extensions: Vec<String>,
    pub cache: CacheLocation,
    /// The desk's archive database (`[corpus] database`), if any.
    pub database: Option<crate::db::DatabaseUrl>,
    /// The file this was read from, if any.
    pub source: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            house_style: "default".to_string(),
            house_style_severity: FigureSeverity::Information,
            language: None,
            embedded_dictionaries: true,
            dictionary_files: Vec::new(),
            figure_severity: FigureSeverity::default(),
            role_severity: FigureSeverity::default(),
            durations: false,
            placeholders: None,
            corpus_paths: Vec::new(),
            corpus_exclude: Vec::new(),
            extensions: DEFAULT_EXTENSIONS.iter().map(|e| e.to_string()).collect(),
            cache: CacheLocation::default(),
            database: None,
            source: None,
        }
    }
}

impl Config {
    /// The options of the figure analysis this configuration asks for.
    pub fn figure_options(&self) -> vigie_core::figures::FigureOptions {
        let mut opts = vigie_core::figures::FigureOptions {
            durations: self.durations,
            lang: self.language,
            ..Default::default()
        };
        if let Some(p) = &self.placeholders {
            opts.placeholders = p.clone();
        }
        opts
    }

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
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Config::parse(&text, path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let wire: WireConfig = toml::from_str(text).map_err(|e| {
            let (line, col) = e.span().map_or((1, 1), |s| line_col(text, s.start));
            ConfigError::Syntax {
                path: path.display().to_string(),
                line,
                col,
                message: if e.message().contains("untagged enum WireHouseStyle") {
                    "house_style is a style name or a table { style = \"…\", severity = \"…\" }".to_string()
                } else {
                    e.message().trim().to_string()
                },
            }
        })?;
        let origin = path.display().to_string();
        let language = parse_language(wire.language.as_deref(), &origin)?;
        let figure_severity = match wire.figures.severity.as_deref() {
            Some(s) => parse_severity(s, &origin)?,
            None => FigureSeverity::default(),
        };
        let role_severity = match wire.roles.severity.as_deref() {
            Some(s) => parse_severity(s, &origin)?,
            None => FigureSeverity::default(),
        };
        let (house_style, house_style_severity) = match wire.house_style {
            None => (None, None),
            Some(WireHouseStyle::Name(n)) => (Some(n), None),
            Some(WireHouseStyle::Table(t)) => (t.style, t.severity),
        };
        let house_style_severity = match house_style_severity.as_deref() {
            Some(s) => parse_severity_of("house_style severity", s, &origin)?,
            None => FigureSeverity::Information,
        };
        let base = path.parent().unwrap_or(Path::new("."));
        Ok(Config {
            house_style: house_style.unwrap_or_else(|| "default".to_string()),
            house_style_severity,
            language,
            embedded_dictionaries: wire.dictionaries.embedded.unwrap_or(true),
            dictionary_files: wire.dictionaries.files.iter().map(|f| base.join(f)).collect(),
            figure_severity,
            role_severity,
            durations: wire.figures.durations.unwrap_or(false),
            placeholders: wire.figures.placeholders,
            corpus_paths: wire.corpus.paths.iter().map(|p| base.join(p)).collect(),
            corpus_exclude: wire.corpus.exclude,
            extensions: wire
                .corpus
                .extensions
                .map(|v| {
                    v.into_iter()
                        .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
                        .collect()
                })
                .unwrap_or_else(|| DEFAULT_EXTENSIONS.iter().map(|e| e.to_string()).collect()),
            cache: match wire.corpus.cache.as_deref() {
                None | Some("platform") => CacheLocation::Platform,
                Some("workspace") | Some(".vigie") => CacheLocation::Workspace,
                Some(other) => {
                    return Err(ConfigError::Value {
                        origin,
                        key: "corpus cache",
                        value: other.to_string(),
                        expected: "\"platform\" or \"workspace\"",
                    })
                }
            },
            database: wire.corpus.database.map(crate::db::DatabaseUrl::new),
            source: Some(path.to_path_buf()),
        })
    }

    /// This configuration with the editor's settings applied over it. A setting that is not
    /// valid is left out and reported; the others still apply.
    pub fn with_editor(&self, editor: &EditorSettings) -> (Config, Vec<ConfigProblem>) {
        let mut c = self.clone();
        let mut problems = Vec::new();
        if let Some(style) = &editor.house_style {
            c.house_style = style.clone();
        }
        if let Some(s) = &editor.house_style_severity {
            match parse_severity_of("houseStyleSeverity", s, "editor settings") {
                Ok(sev) => c.house_style_severity = sev,
                Err(e) => problems.push(e),
            }
        }
        if editor.language.is_some() {
            match parse_language(editor.language.as_deref(), "editor settings") {
                Ok(l) => c.language = l,
                Err(e) => problems.push(e),
            }
        }
        if let Some(s) = &editor.figures.severity {
            match parse_severity(s, "editor settings") {
                Ok(sev) => c.figure_severity = sev,
                Err(e) => problems.push(e),
            }
        }
        if let Some(s) = &editor.roles.severity {
            match parse_severity(s, "editor settings") {
                Ok(sev) => c.role_severity = sev,
                Err(e) => problems.push(e),
            }
        }
        if let Some(d) = editor.figures.durations {
            c.durations = d;
        }
        if let Some(p) = &editor.figures.placeholders {
            c.placeholders = Some(p.clone());
        }
        if let Some(paths) = &editor.corpus.paths {
            c.corpus_paths = paths.clone();
        }
        if let Some(exclude) = &editor.corpus.exclude {
            c.corpus_exclude = exclude.clone();
        }
        if let Some(url) = &editor.corpus.database {
            c.database = (!url.is_empty()).then(|| crate::db::DatabaseUrl::new(url.clone()));
        }
        (c, problems)
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let index = vigie_core::line_index::LineIndex::new(text);
    let (l, c): (usize, usize) = index.line_col(offset, vigie_core::line_index::Encoding::Utf32).into();
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
    fn house_style_as_a_name_or_a_table() {
        let c = Config::parse("house_style = \"afp\"\n", Path::new("vigie.toml")).unwrap();
        assert_eq!(
            (c.house_style.as_str(), c.house_style_severity),
            ("afp", FigureSeverity::Information)
        );
        let c = Config::parse(
            "[house_style]\nstyle = \"reuters\"\nseverity = \"warning\"\n",
            Path::new("vigie.toml"),
        )
        .unwrap();
        assert_eq!(
            (c.house_style.as_str(), c.house_style_severity),
            ("reuters", FigureSeverity::Warning)
        );
        let c = Config::parse("[house_style]\nseverity = \"off\"\n", Path::new("vigie.toml")).unwrap();
        assert_eq!(
            (c.house_style.as_str(), c.house_style_severity),
            ("default", FigureSeverity::Off)
        );
        let e = Config::parse("[house_style]\nseverity = \"loud\"\n", Path::new("vigie.toml")).unwrap_err();
        assert!(e.to_string().contains("house_style severity \"loud\""), "{e}");
        let e = Config::parse("[house_style]\nname = \"afp\"\n", Path::new("vigie.toml")).unwrap_err();
        assert!(e.to_string().contains("a style name or a table"), "{e}");
        let editor = EditorSettings {
            house_style_severity: Some("hint".into()),
            ..Default::default()
        };
        let (c, problems) = c.with_editor(&editor);
        assert_eq!((c.house_style_severity, problems.len()), (FigureSeverity::Hint, 0));
    }

    #[test]
    fn errors_name_the_place() {
        let e = Config::parse("house_style = 3\n", Path::new("vigie.toml")).unwrap_err();
        assert!(e.to_string().starts_with("vigie.toml:1:15:"), "{e}");
        let e = Config::parse("colour = 1\n", Path::new("vigie.toml")).unwrap_err();
        assert!(e.to_string().contains("colour"), "{e}");
        let e = Config::parse("language = \"de\"\n", Path::new("vigie.toml")).unwrap_err();
        assert!(e.to_string().contains("\"de\""), "{e}");
        let e = Config::parse("[figures]\nseverity = \"loud\"\n", Path::new("vigie.toml")).unwrap_err();
        assert!(e.to_string().contains("\"loud\""), "{e}");
    }

    #[test]
    fn editor_settings_override_the_file_key_by_key() {
        let file = Config::parse(
            "house_style = \"afp\"\n[figures]\nseverity = \"error\"\ndurations = true\n[roles]\nseverity = \"information\"\n",
            Path::new("/n/vigie.toml"),
        )
        .unwrap();
        assert_eq!(file.figure_severity, FigureSeverity::Error);
        assert_eq!(file.role_severity, FigureSeverity::Information);
        let editor: EditorSettings = serde_json::from_value(
            serde_json::json!({ "language": "en", "figures": { "severity": "hint" }, "roles": { "severity": "off" }, "other": 1 }),
        )
        .unwrap();
        let (c, problems) = file.with_editor(&editor);
        assert!(problems.is_empty());
        assert_eq!(c.role_severity, FigureSeverity::Off);
        assert_eq!(
            (c.house_style.as_str(), c.language, c.figure_severity, c.durations),
            ("afp", Some(Lang::En), FigureSeverity::Hint, true)
        );
        let bad: EditorSettings =
            serde_json::from_value(serde_json::json!({ "figures": { "severity": "loud" } })).unwrap();
        let (c, problems) = file.with_editor(&bad);
        assert_eq!(c.figure_severity, FigureSeverity::Error);
        assert_eq!(problems.len(), 1);
    }
}
