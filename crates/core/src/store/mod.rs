//! Where Passerelle keeps what a person chose to keep, and how it writes it: plain RON files (not
//! encrypted) under the platform data directory, or the directory given by `--data-dir` /
//! `PASSERELLE_DATA_DIR` (portable mode, tests). A file that cannot be read is never
//! overwritten: it is moved aside with a timestamp and the reason is reported.

pub mod atomic;
pub mod profiles;
pub mod writer;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

pub use atomic::write_atomic;

/// The environment variable that overrides the data directory.
pub const DATA_DIR_ENV: &str = "PASSERELLE_DATA_DIR";

/// A file of this name beside the program makes it portable: its data is kept in `data/` beside
/// it (a USB stick carries the program and the person's files together).
pub const PORTABLE_MARKER: &str = "passerelle-portable.txt";

/// The data directory: `explicit` (from `--data-dir`) first, then `PASSERELLE_DATA_DIR`, then
/// `data/` beside the program when `passerelle-portable.txt` sits there, then the platform's
/// (`~/.local/share/passerelle` on Linux, `%APPDATA%\Passerelle\passerelle\data` on Windows).
pub fn data_dir(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = portable_dir() {
        return Ok(dir);
    }
    directories::ProjectDirs::from("fr", "Passerelle", "passerelle")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or_else(|| {
            format!("no home directory was found to keep data in; give one with --data-dir DIR or {DATA_DIR_ENV}")
        })
}

/// `data/` beside the running program, if the portable marker is there too.
fn portable_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let beside = exe.parent()?;
    beside
        .join(PORTABLE_MARKER)
        .is_file()
        .then(|| beside.join("data"))
}

/// Why a file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub file: PathBuf,
    /// What was wrong, with the line and column where the format says so.
    pub reason: String,
    /// Where the file was moved so that nothing overwrites it (`None` if moving failed too).
    pub moved_to: Option<PathBuf>,
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.reason)?;
        match &self.moved_to {
            Some(to) => write!(f, " (kept as {})", to.display()),
            None => write!(f, " (left in place, not overwritten)"),
        }
    }
}

/// Moves an unreadable file aside as `NAME.unreadable-YYYYMMDD-HHMMSS[-N]` in its directory.
pub fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?
        .to_string_lossy()
        .into_owned();
    let dir = path.parent().unwrap_or(Path::new("."));
    for n in 0..1000 {
        let suffix = if n == 0 {
            String::new()
        } else {
            format!("-{n}")
        };
        let target = dir.join(format!("{name}.unreadable-{stamp}{suffix}"));
        if !target.exists() {
            std::fs::rename(path, &target)?;
            atomic::sync_dir(dir)?;
            return Ok(target);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many files moved aside",
    ))
}

/// The SHA-256 of some bytes, in lowercase hexadecimal.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Ten hexadecimal digits of the SHA-256 of a text: a short, stable, practically unique tag.
pub fn short_hash(text: &str) -> String {
    sha256_hex(text.as_bytes())[..10].to_string()
}

/// Describes a RON error with its line and column.
pub fn ron_error(e: &ron::error::SpannedError) -> String {
    format!(
        "line {}, column {}: {}",
        e.position.line, e.position.col, e.code
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_dir_wins() {
        let dir = data_dir(Some(Path::new("/tmp/x"))).unwrap();
        assert_eq!(dir, PathBuf::from("/tmp/x"));
    }

    #[test]
    fn moving_aside_twice_keeps_both_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        std::fs::write(&path, b"one").unwrap();
        let first = move_aside(&path).unwrap();
        std::fs::write(&path, b"two").unwrap();
        let second = move_aside(&path).unwrap();
        assert_ne!(first, second);
        assert_eq!(std::fs::read(first).unwrap(), b"one");
        assert_eq!(std::fs::read(second).unwrap(), b"two");
        assert!(!path.exists());
    }
}
