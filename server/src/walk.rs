//! Finding articles: files given by name, and the articles of folders (recursively,
//! honouring .gitignore and the configuration's extensions and exclude globs). Symbolic
//! links are not followed, so a link loop cannot trap the walk.

use std::path::{Path, PathBuf};

use ignore::overrides::OverrideBuilder;

use crate::config::{Config, DEFAULT_EXTENSIONS};

/// Which files of a folder are articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkOptions {
    /// Extensions, without the dot, lowercase.
    pub extensions: Vec<String>,
    /// Gitignore-style globs left out, relative to the folder walked.
    pub exclude: Vec<String>,
}

impl Default for WalkOptions {
    fn default() -> WalkOptions {
        WalkOptions {
            extensions: DEFAULT_EXTENSIONS.iter().map(|e| e.to_string()).collect(),
            exclude: Vec::new(),
        }
    }
}

impl WalkOptions {
    pub fn from_config(config: &Config) -> WalkOptions {
        WalkOptions {
            extensions: config.extensions.clone(),
            exclude: config.corpus_exclude.clone(),
        }
    }

    pub fn is_article(&self, path: &Path) -> bool {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| self.extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
    }
}

/// What the walk found: articles (with their size and modification time when the walk
/// could read them), and what it could not read (reported, not fatal).
#[derive(Debug, Default)]
pub struct Walk {
    pub files: Vec<(PathBuf, Option<vigie_core::corpus::FileMeta>)>,
    pub problems: Vec<WalkProblem>,
}

/// Something the walk could not read or use (reported, not fatal).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WalkProblem {
    #[error("exclude glob {glob:?}: {message}")]
    ExcludeGlob { glob: String, message: String },
    #[error("exclude globs: {0}")]
    ExcludeGlobs(String),
    /// A folder or file the walk could not read (permissions, a link loop, a folder that
    /// vanished).
    #[error("{0}")]
    Unreadable(String),
}

/// Size and modification time from metadata.
pub fn meta_of(m: &std::fs::Metadata) -> vigie_core::corpus::FileMeta {
    let mtime_ns = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128);
    vigie_core::corpus::FileMeta {
        size: m.len(),
        mtime_ns,
    }
}

/// The articles of `root` (a folder), sorted.
pub fn folder(root: &Path, opts: &WalkOptions) -> Walk {
    let mut walk = Walk::default();
    let mut builder = ignore::WalkBuilder::new(root);
    builder.follow_links(false).require_git(false);
    if !opts.exclude.is_empty() {
        let mut ov = OverrideBuilder::new(root);
        for glob in &opts.exclude {
            if let Err(e) = ov.add(&format!("!{glob}")) {
                walk.problems.push(WalkProblem::ExcludeGlob {
                    glob: glob.clone(),
                    message: e.to_string(),
                });
            }
        }
        match ov.build() {
            Ok(ov) => {
                builder.overrides(ov);
            }
            Err(e) => walk.problems.push(WalkProblem::ExcludeGlobs(e.to_string())),
        }
    }
    for entry in builder.build() {
        match entry {
            Ok(e) if e.file_type().is_some_and(|t| t.is_file()) && opts.is_article(e.path()) => {
                let meta = e.metadata().ok().map(|m| meta_of(&m));
                walk.files.push((e.into_path(), meta))
            }
            Ok(_) => {}
            Err(e) => walk.problems.push(WalkProblem::Unreadable(e.to_string())),
        }
    }
    walk.files.sort_unstable_by(|a, b| path_order(&a.0, &b.0));
    walk
}

/// The order of [`Path`] (component by component) for the paths a walk yields (no `.`
/// component, no repeated or trailing separator), computed on bytes: the separator sorts
/// before every other byte. A third of the walk's time went to comparing components.
pub fn path_order(a: &Path, b: &Path) -> std::cmp::Ordering {
    let (a, b) = (a.as_os_str().as_encoded_bytes(), b.as_os_str().as_encoded_bytes());
    let key = |c: u8| if std::path::is_separator(c.into()) { 0 } else { c };
    match a.iter().zip(b).position(|(x, y)| x != y) {
        Some(i) => key(a[i]).cmp(&key(b[i])),
        None => a.len().cmp(&b.len()),
    }
}

/// A path named on the command line that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("{}: {error}", path.display())]
pub struct WalkError {
    pub path: PathBuf,
    pub error: std::io::Error,
}

/// Files given by name (taken as they are), and the articles of folders.
pub fn paths(paths: &[PathBuf], opts: &WalkOptions) -> Result<Walk, WalkError> {
    let mut walk = Walk::default();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|error| WalkError {
            path: path.clone(),
            error,
        })?;
        if meta.is_dir() {
            let found = folder(path, opts);
            walk.files.extend(found.files);
            walk.problems.extend(found.problems);
        } else {
            walk.files.push((path.clone(), Some(meta_of(&meta))));
        }
    }
    Ok(walk)
}

/// Reads an article: `Ok(None)` for a file that is not UTF-8 text.
pub fn read_article(path: &Path) -> std::io::Result<Option<String>> {
    let bytes = std::fs::read(path)?;
    Ok(utf8(bytes).ok())
}

/// An article's text as the command line reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleText {
    Utf8(String),
    /// Not UTF-8, but clearly Windows-1252 (or Latin-1, its subset for letters): decoded.
    Windows1252(String),
    /// Neither: binary, UTF-16, or another legacy encoding that cannot be told apart.
    Undecodable,
}

/// Reads an article, decoding it from Windows-1252 when it is not UTF-8 but clearly is
/// that (French copy exported by older CMSs).
pub fn read_article_text(path: &Path) -> std::io::Result<ArticleText> {
    let bytes = std::fs::read(path)?;
    Ok(match utf8(bytes) {
        Ok(text) => ArticleText::Utf8(text),
        Err(bytes) => match decode_windows_1252(&bytes) {
            Some(text) => ArticleText::Windows1252(text),
            None => ArticleText::Undecodable,
        },
    })
}

/// `bytes` as a `String` when they are UTF-8, else given back: `String::from_utf8` with
/// simdutf8's validation, several times faster on news copy (mostly ASCII) than std's.
pub fn utf8(bytes: Vec<u8>) -> Result<String, Vec<u8>> {
    if simdutf8::basic::from_utf8(&bytes).is_err() {
        return Err(bytes);
    }
    // SAFETY: the bytes were just validated as UTF-8.
    Ok(unsafe { String::from_utf8_unchecked(bytes) })
}

/// Windows-1252's characters for 0x80..=0x9F (`None`: undefined in Windows-1252; in
/// Latin-1 these are C1 controls, never in text).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// Whether a non-ASCII character decoded from Windows-1252 is one that Western European
/// prose uses: letters with diacritics, ligatures, typographic quotes and dashes, NBSP,
/// the euro, degree and section signs. Icelandic eth and thorn, multiplication and
/// division signs and the rest of Latin-1's symbols are what a misread UTF-16 file, a
/// binary or another code page produces instead.
fn is_prose_char(c: char) -> bool {
    matches!(c,
        'À'..='Ö' | 'Ø'..='Ý' | 'ß'..='ö' | 'ø'..='ý' | 'ÿ'
        | 'Œ' | 'œ' | 'Ÿ' | 'Š' | 'š' | 'Ž' | 'ž'
        | '«' | '»' | '‘' | '’' | '‚' | '“' | '”' | '„' | '‹' | '›'
        | '–' | '—' | '…' | '•' | '·' | '\u{A0}' | '€' | '°' | '§' | '©' | '®' | '™' | '²' | '³' | '½' | '¼' | '¾')
        && !matches!(c, 'Ð' | 'Þ' | 'ð' | 'þ')
}

/// Decodes `bytes` as Windows-1252 when it clearly is text in it: no NUL or control
/// character but tab, line ends and form feed, no UTF-16 byte-order mark, no byte undefined
/// in Windows-1252, and every non-ASCII byte a character of Western European prose
/// ([`is_prose_char`]). A small table rather than a codec crate: one legacy encoding is
/// read, and the decision is this check, which no codec makes.
pub fn decode_windows_1252(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for &b in bytes {
        let c = match b {
            b'\t' | b'\n' | b'\r' | 0x0C => b as char,
            0x00..=0x1F | 0x7F => return None,
            0x20..=0x7E => b as char,
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)]?,
            _ => char::from(b),
        };
        if !c.is_ascii() && !is_prose_char(c) {
            return None;
        }
        text.push(c);
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// `utf8` accepts exactly what `String::from_utf8` accepts, and gives back the same
        /// text or the same bytes: over random bytes, and over text cut anywhere.
        #[test]
        fn utf8_is_std_s_validation(
            bytes in prop::collection::vec(any::<u8>(), 0..200),
            text in "[a-zé€😀 \n]{0,80}",
            cut in 0usize..400,
        ) {
            let text = text.as_bytes();
            let cut = &text[..cut.min(text.len())];
            for b in [bytes.clone(), text.to_vec(), cut.to_vec()] {
                let ours = utf8(b.clone());
                match String::from_utf8(b.clone()) {
                    Ok(s) => prop_assert_eq!(ours, Ok(s)),
                    Err(_) => prop_assert_eq!(ours, Err(b)),
                }
            }
        }

        /// `path_order` is `Path`'s order on the paths a walk yields, including names
        /// with bytes that sort before the separator (`-`, `.`, space) or are not ASCII.
        #[test]
        fn path_order_is_the_order_of_paths(
            a in prop::collection::vec("[a-c.\\- é]{1,4}", 1..4),
            b in prop::collection::vec("[a-c.\\- é]{1,4}", 1..4),
        ) {
            // A walk yields no `.` or `..` component (`Path` would skip the former).
            prop_assume!(a.iter().chain(&b).all(|c| c != "." && c != ".."));
            let root = Path::new("/corpus/2024");
            let (a, b) = (root.join(a.join("/")), root.join(b.join("/")));
            prop_assert_eq!(path_order(&a, &b), a.cmp(&b), "{:?} {:?}", a, b);
        }
    }

    #[test]
    fn path_order_cases() {
        let p = Path::new;
        assert!(path_order(p("/c/2024/b.md"), p("/c/2024-01/a.md")).is_lt());
        assert!(path_order(p("/c/a/z.md"), p("/c/a.md")).is_lt());
        assert!(path_order(p("/c/a"), p("/c/a/b")).is_lt());
        assert!(path_order(p("/c/a b/x"), p("/c/a/x")).is_gt());
        assert!(path_order(p("/c/x.md"), p("/c/x.md")).is_eq());
    }

    #[test]
    fn extensions_excludes_and_gitignore() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in ["a.md", "b.TXT", "c.json", "drafts/d.md", "old/e.md", "f.markdown"] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        std::fs::write(root.join(".gitignore"), "old/\n").unwrap();
        let opts = WalkOptions {
            exclude: vec!["drafts/**".into()],
            ..WalkOptions::default()
        };
        let w = folder(root, &opts);
        let names: Vec<String> = w
            .files
            .iter()
            .map(|(p, _)| p.strip_prefix(root).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.md", "b.TXT", "f.markdown"]);
        assert!(w.problems.is_empty(), "{:?}", w.problems);
    }

    #[test]
    fn windows_1252_is_decoded_only_when_it_clearly_is_prose() {
        let fr = b"L\x92\xe9t\xe9 \xe0 Kiev : \xab 3 millions \xbb, soit 5 \x80 \x96 s\x9cur.\r\n";
        assert_eq!(
            decode_windows_1252(fr).as_deref(),
            Some("L’été à Kiev : « 3 millions », soit 5 € – sœur.\r\n")
        );
        for bad in [
            &b"Kiev \xff\xfe latin-1\n"[..], // thorn: not French prose
            b"\xff\xfeK\x00i\x00",           // UTF-16
            b"caf\xe9\x00",                  // NUL: binary
            b"abc \x81 def",                 // undefined in Windows-1252
            b"\xd7\xf7",                     // × ÷
        ] {
            assert_eq!(decode_windows_1252(bad), None, "{bad:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_do_not_trap_the_walk() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/a.md"), "x").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        let w = folder(dir.path(), &WalkOptions::default());
        assert_eq!(w.files.len(), 1);
    }
}
