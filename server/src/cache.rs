//! Files vigie keeps for itself: the corpus index cache and the embedded dictionaries
//! extracted for the editor to open. Written atomically (a unique temporary file renamed
//! over the target), so a reader never sees half a file and two vigie processes never
//! corrupt each other's writes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Environment variable overriding the cache folder (tests, sandboxes).
pub const CACHE_DIR_ENV: &str = "VIGIE_CACHE_DIR";

/// The folder for vigie's cache: `$VIGIE_CACHE_DIR`, else the platform's cache folder
/// (`~/.cache/vigie` on Linux, `~/Library/Caches/vigie` on macOS, `%LOCALAPPDATA%\vigie` on
/// Windows), else the temporary folder.
pub fn cache_root() -> PathBuf {
    if let Some(dir) = std::env::var_os(CACHE_DIR_ENV) {
        return PathBuf::from(dir);
    }
    dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("vigie")
}

/// A temporary file older than this was left by a process that died while writing.
const STALE: std::time::Duration = std::time::Duration::from_secs(600);

/// Removes the temporary files of `name` that a killed process left behind: those of a
/// process that no longer runs (their name holds the writer's process id; on Linux, where
/// `/proc` tells), and any older than [`STALE`]. Another process's write in progress stays.
fn remove_stale_temporaries(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(file) = file.to_str() else { continue };
        if !(file.starts_with(&prefix) && file.ends_with(".tmp")) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE);
        let writer = file[prefix.len()..]
            .split('.')
            .next()
            .and_then(|p| p.parse::<u32>().ok());
        if old || writer.is_some_and(|pid| !running(pid)) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether process `pid` runs (always true where this cannot be known).
fn running(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// Writes `bytes` to `path` atomically, creating its folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// Writes to `path` atomically what `write` writes, a piece at a time (the index cache is
/// not held whole in memory), creating its folder.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    remove_stale_temporaries(dir, name);
    let tmp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut out = Checked {
            file: std::io::BufWriter::with_capacity(1 << 16, std::fs::File::create(&tmp)?),
            room: disk_full_after(),
        };
        write(&mut out)?;
        let file = out.file.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Under test, `VIGIE_TEST_DISK_FULL_AFTER=N` makes every write fail as a full disk does
/// once N bytes are written (the error a journalist's full disk gives), so that the path a
/// full disk takes is tested end to end; the variable is read only in debug builds.
fn disk_full_after() -> Option<usize> {
    if !cfg!(debug_assertions) {
        return None;
    }
    std::env::var("VIGIE_TEST_DISK_FULL_AFTER").ok()?.parse().ok()
}

/// The temporary file, with the room a simulated full disk leaves ([`disk_full_after`]).
struct Checked {
    file: std::io::BufWriter<std::fs::File>,
    room: Option<usize>,
}

impl Write for Checked {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let Some(room) = self.room else {
            return self.file.write(buf);
        };
        if room == 0 && !buf.is_empty() {
            // What was written so far reaches the file, as on a real full disk.
            self.file.flush()?;
            return Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "No space left on device",
            ));
        }
        let n = self.file.write(&buf[..buf.len().min(room)])?;
        self.room = Some(room - n);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// The file an embedded dictionary is extracted to, read-only, so that go-to-definition can
/// open it: `<cache>/dictionaries/<version>-<hash>/<name>`. Written once per content.
pub fn extracted_dictionary(name: &str, text: &str) -> std::io::Result<PathBuf> {
    let hash = vigie_core::hash::stable_hash(&[text.as_bytes()]);
    let path = cache_root()
        .join("dictionaries")
        .join(format!("{}-{hash:016x}", env!("CARGO_PKG_VERSION")))
        .join(name);
    if std::fs::read(&path).is_ok_and(|existing| existing == text.as_bytes()) {
        return Ok(path);
    }
    write_atomic(&path, text.as_bytes())?;
    let mut perms = std::fs::metadata(&path)?.permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_writes_replace_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/index.bin");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file left behind");
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_dead_writers_temporary_file_goes_at_once_a_live_ones_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.bin");
        // No process has this id (Linux's maximum is 2^22).
        let dead = dir.path().join(".index.bin.4294967000.0.tmp");
        let live = dir.path().join(format!(".index.bin.{}.99.tmp", std::process::id()));
        let other = dir.path().join(".other.bin.4294967000.0.tmp");
        for f in [&dead, &live, &other] {
            std::fs::write(f, b"half").unwrap();
        }
        write_atomic(&path, b"whole").unwrap();
        assert!(!dead.exists(), "the dead writer's file is removed");
        assert!(live.exists(), "a running writer's file stays");
        assert!(other.exists(), "another file's temporaries are not touched");
        assert_eq!(std::fs::read(&path).unwrap(), b"whole");
    }
}
