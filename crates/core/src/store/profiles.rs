//! Profiles on disk: `DATA/profiles/<id>/profile.ron`, with the evidence screenshots beside it in
//! `evidence/`. One process at a time writes: the first takes `DATA/passerelle.lock`, any other
//! opens read-only. A profile file that cannot be read is moved aside, never overwritten.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::{move_aside, ron_error, sha256_hex, short_hash, write_atomic, Unreadable};
use crate::profile::{Profile, Screenshot, PROFILE_VERSION};

pub const PROFILES_DIR: &str = "profiles";
pub const PROFILE_FILE: &str = "profile.ron";
pub const EVIDENCE_DIR: &str = "evidence";
pub const LOCK_FILE: &str = "passerelle.lock";
/// The first field of an export file, so that any other file is refused with a clear message.
pub const EXPORT_FORMAT: &str = "passerelle-profile";

/// What went wrong with a store operation, with the file concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Another Passerelle holds the lock on this data directory.
    ReadOnly,
    Io {
        file: PathBuf,
        message: String,
    },
    /// A file that was read but is not what it should be.
    Invalid {
        file: PathBuf,
        message: String,
    },
    UnknownProfile(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::ReadOnly => write!(
                f,
                "another Passerelle is open on this data directory: this one can only read (close the other one to make changes)"
            ),
            StoreError::Io { file, message } => write!(f, "{}: {message}", file.display()),
            StoreError::Invalid { file, message } => write!(f, "{}: {message}", file.display()),
            StoreError::UnknownProfile(id) => write!(f, "no profile \"{id}\""),
        }
    }
}

impl std::error::Error for StoreError {}

fn io_error(file: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |e| StoreError::Io {
        file: file.to_path_buf(),
        message: e.to_string(),
    }
}

/// A profile as found on disk, with the id (folder name) it is stored under.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub id: String,
    pub profile: Profile,
}

/// Every profile that could be read, and every file that could not.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub profiles: Vec<Stored>,
    pub problems: Vec<Unreadable>,
}

pub struct ProfileStore {
    data_dir: PathBuf,
    /// Held for the store's life when this process may write; empty means read-only. Set once, so
    /// that a store shared with its writer thread can still take the lock later.
    lock: OnceLock<File>,
}

/// The folder name for a profile name: a readable slug and a hash of the whole name, so that any
/// text (slashes, `..`, NUL, emoji, Arabic, 500 characters) gives a short, safe, distinct name.
pub fn profile_id(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 32 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "profil" } else { slug };
    format!("{slug}-{}", short_hash(name))
}

#[derive(Deserialize)]
struct VersionOnly {
    #[serde(default)]
    version: u32,
}

/// Writes a profile and its attached files (name, bytes) as one export file, e.g. from a kiosk
/// that keeps no store, to a USB stick.
pub fn export_to(
    profile: &Profile,
    files: Vec<(String, Vec<u8>)>,
    to: &Path,
) -> Result<(), StoreError> {
    let export = ExportFile {
        format: EXPORT_FORMAT.into(),
        version: PROFILE_VERSION,
        profile: profile.clone(),
        files: files
            .into_iter()
            .map(|(name, bytes)| ExportedFile {
                name,
                sha256: sha256_hex(&bytes),
                base64: base64::engine::general_purpose::STANDARD.encode(&bytes),
            })
            .collect(),
    };
    let config = ron::ser::PrettyConfig::default().escape_strings(false);
    let text = ron::ser::to_string_pretty(&export, config).map_err(|e| StoreError::Invalid {
        file: to.to_path_buf(),
        message: e.to_string(),
    })?;
    write_atomic(to, text.as_bytes()).map_err(io_error(to))
}

/// Reads a profile file: refuses a newer schema version, reads every older one.
pub fn parse_profile(text: &str) -> Result<Profile, String> {
    let v = ron::from_str::<VersionOnly>(text).map_err(|e| ron_error(&e))?;
    if v.version > PROFILE_VERSION {
        return Err(format!(
            "written by a newer Passerelle (profile version {}, this one reads up to {PROFILE_VERSION})",
            v.version
        ));
    }
    if v.version == 0 {
        return Err("no profile version: this is not a Passerelle profile".into());
    }
    // Version 1 is the only one so far; a later version adds its migration here.
    ron::from_str::<Profile>(text).map_err(|e| ron_error(&e))
}

pub fn profile_text(profile: &Profile) -> String {
    let config = ron::ser::PrettyConfig::default().escape_strings(false);
    // Serialising plain data cannot fail.
    ron::ser::to_string_pretty(profile, config).unwrap_or_default()
}

/// A whole profile in one file, screenshots included, to move it to another machine.
#[derive(Debug, Serialize, Deserialize)]
struct ExportFile {
    format: String,
    version: u32,
    profile: Profile,
    #[serde(default)]
    files: Vec<ExportedFile>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ExportedFile {
    name: String,
    sha256: String,
    base64: String,
}

impl ProfileStore {
    /// Opens the store in `data_dir`, creating it if needed; read-only if another process
    /// holds the lock.
    pub fn open(data_dir: &Path) -> Result<ProfileStore, StoreError> {
        let profiles = data_dir.join(PROFILES_DIR);
        fs::create_dir_all(&profiles).map_err(io_error(&profiles))?;
        let store = ProfileStore {
            data_dir: data_dir.to_path_buf(),
            lock: OnceLock::new(),
        };
        store.try_lock()?;
        Ok(store)
    }

    /// Takes the lock if it is free (after the other instance closed). Returns whether this
    /// store may now write.
    pub fn try_lock(&self) -> Result<bool, StoreError> {
        if self.lock.get().is_some() {
            return Ok(true);
        }
        let path = self.data_dir.join(LOCK_FILE);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_error(&path))?;
        match file.try_lock() {
            Ok(()) => {
                let _ = self.lock.set(file);
                self.clean_leftovers();
                Ok(true)
            }
            Err(fs::TryLockError::WouldBlock) => Ok(false),
            Err(fs::TryLockError::Error(e)) => Err(io_error(&path)(e)),
        }
    }

    pub fn read_only(&self) -> bool {
        self.lock.get().is_none()
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    fn writable(&self) -> Result<(), StoreError> {
        if self.read_only() {
            Err(StoreError::ReadOnly)
        } else {
            Ok(())
        }
    }

    pub fn profile_dir(&self, id: &str) -> PathBuf {
        self.data_dir.join(PROFILES_DIR).join(id)
    }

    pub fn profile_path(&self, id: &str) -> PathBuf {
        self.profile_dir(id).join(PROFILE_FILE)
    }

    /// Removes what writers killed mid-write left behind (temporary files only).
    fn clean_leftovers(&self) {
        if let Ok(entries) = fs::read_dir(self.data_dir.join(PROFILES_DIR)) {
            for entry in entries.flatten() {
                let _ = super::atomic::remove_leftovers(&entry.path());
            }
        }
    }

    /// Reads every profile, sorted by name. Unreadable files are moved aside (when this store
    /// may write) and reported; the others still load.
    pub fn list(&self) -> Listing {
        let mut listing = Listing::default();
        let Ok(entries) = fs::read_dir(self.data_dir.join(PROFILES_DIR)) else {
            return listing;
        };
        let ids: Vec<String> = entries
            .flatten()
            .filter(|e| e.path().join(PROFILE_FILE).is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        for (id, loaded) in self.load_all(ids) {
            match loaded {
                Ok(profile) => listing.profiles.push(Stored { id, profile }),
                Err(StoreError::Invalid { file, message }) => {
                    listing.problems.push(self.set_aside(&file, message))
                }
                Err(e) => listing.problems.push(Unreadable {
                    file: self.profile_path(&id),
                    reason: e.to_string(),
                    moved_to: None,
                }),
            }
        }
        listing.profiles.sort_by(|a, b| {
            (a.profile.name.to_lowercase(), &a.id).cmp(&(b.profile.name.to_lowercase(), &b.id))
        });
        listing
    }

    /// Reads and checks these profiles. That is most of opening « Mes dossiers » (about 0.1 ms a
    /// file), so with many files the work is shared between the machine's cores; files are only
    /// read here, never moved or written.
    fn load_all(&self, ids: Vec<String>) -> Vec<(String, Result<Profile, StoreError>)> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        if ids.len() < 64 || threads == 1 {
            return ids
                .into_iter()
                .map(|id| {
                    let loaded = self.load(&id);
                    (id, loaded)
                })
                .collect();
        }
        let chunk = ids.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let workers: Vec<_> = ids
                .chunks(chunk)
                .map(|part| {
                    let worker = scope
                        .spawn(move || part.iter().map(|id| self.load(id)).collect::<Vec<_>>());
                    (part, worker)
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|(part, worker)| {
                    // A reader that failed leaves its files listed as unreadable, untouched.
                    let loaded = worker.join().unwrap_or_else(|_| {
                        part.iter()
                            .map(|id| {
                                Err(StoreError::Io {
                                    file: self.profile_path(id),
                                    message: "could not be read".into(),
                                })
                            })
                            .collect()
                    });
                    part.iter().cloned().zip(loaded).collect::<Vec<_>>()
                })
                .collect()
        })
    }

    fn set_aside(&self, file: &Path, reason: String) -> Unreadable {
        let moved_to = if self.read_only() {
            None
        } else {
            move_aside(file).ok()
        };
        Unreadable {
            file: file.to_path_buf(),
            reason,
            moved_to,
        }
    }

    pub fn load(&self, id: &str) -> Result<Profile, StoreError> {
        let path = self.profile_path(id);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::UnknownProfile(id.to_string()))
            }
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                return Err(StoreError::Invalid {
                    file: path,
                    message: "not UTF-8 text".into(),
                })
            }
            Err(e) => return Err(io_error(&path)(e)),
        };
        parse_profile(&text).map_err(|message| StoreError::Invalid {
            file: path,
            message,
        })
    }

    /// Creates a new profile; returns its id. A name already used gets a new folder all the same
    /// (a numbered id), so nothing is overwritten.
    pub fn create(&self, profile: &Profile) -> Result<String, StoreError> {
        self.writable()?;
        let base = profile_id(&profile.name);
        let mut id = base.clone();
        let mut n = 2;
        while self.profile_dir(&id).exists() {
            id = format!("{base}-{n}");
            n += 1;
        }
        let dir = self.profile_dir(&id);
        fs::create_dir_all(&dir).map_err(io_error(&dir))?;
        super::atomic::sync_dir(&self.data_dir.join(PROFILES_DIR)).map_err(io_error(&dir))?;
        self.write(&id, profile)?;
        Ok(id)
    }

    /// Saves a profile over its previous version, atomically. If the file on disk can no
    /// longer be read (edited by hand meanwhile), it is moved aside first, not overwritten.
    pub fn save(&self, id: &str, profile: &Profile) -> Result<(), StoreError> {
        self.writable()?;
        if !self.profile_dir(id).is_dir() {
            return Err(StoreError::UnknownProfile(id.to_string()));
        }
        if let Err(StoreError::Invalid { file, .. }) = self.load(id) {
            move_aside(&file).map_err(io_error(&file))?;
        }
        self.write(id, profile)
    }

    fn write(&self, id: &str, profile: &Profile) -> Result<(), StoreError> {
        let path = self.profile_path(id);
        // Older schema versions are written back in the current one.
        let current = Profile {
            version: PROFILE_VERSION,
            ..profile.clone()
        };
        write_atomic(&path, profile_text(&current).as_bytes()).map_err(io_error(&path))
    }

    /// Deletes a profile and its screenshots.
    pub fn delete(&self, id: &str) -> Result<(), StoreError> {
        self.writable()?;
        let dir = self.profile_dir(id);
        if !dir.join(PROFILE_FILE).exists() {
            return Err(StoreError::UnknownProfile(id.to_string()));
        }
        fs::remove_dir_all(&dir).map_err(io_error(&dir))
    }

    /// Copies a screenshot into the profile's `evidence/` folder and records its SHA-256.
    pub fn attach(
        &self,
        id: &str,
        source: &Path,
        taken: chrono::NaiveDateTime,
    ) -> Result<Screenshot, StoreError> {
        self.writable()?;
        let bytes = fs::read(source).map_err(io_error(source))?;
        let sha256 = sha256_hex(&bytes);
        let ext: String = source
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(5)
            .collect();
        let dir = self.profile_dir(id).join(EVIDENCE_DIR);
        fs::create_dir_all(&dir).map_err(io_error(&dir))?;
        let file = format!(
            "{}-{}{}{ext}",
            taken.format("%Y%m%d-%H%M%S"),
            &sha256[..10],
            if ext.is_empty() { "" } else { "." }
        );
        let target = dir.join(&file);
        write_atomic(&target, &bytes).map_err(io_error(&target))?;
        Ok(Screenshot {
            file,
            original_name: source
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            sha256,
        })
    }

    /// Checks a stored screenshot against the hash recorded at capture.
    pub fn verify(&self, id: &str, shot: &Screenshot) -> Result<bool, StoreError> {
        let path = self.profile_dir(id).join(EVIDENCE_DIR).join(&shot.file);
        let bytes = fs::read(&path).map_err(io_error(&path))?;
        Ok(sha256_hex(&bytes) == shot.sha256)
    }

    /// Writes the whole profile, screenshots included, to one file.
    pub fn export(&self, id: &str, to: &Path) -> Result<(), StoreError> {
        let profile = self.load(id)?;
        let mut files = Vec::new();
        for case in &profile.cases {
            for shot in case.evidence.iter().filter_map(|a| a.screenshot.as_ref()) {
                let path = self.profile_dir(id).join(EVIDENCE_DIR).join(&shot.file);
                let bytes = fs::read(&path).map_err(io_error(&path))?;
                files.push((shot.file.clone(), bytes));
            }
        }
        export_to(&profile, files, to)
    }

    /// Reads an export file into a new profile (never over an existing one); returns its id.
    pub fn import(&self, from: &Path) -> Result<String, StoreError> {
        self.writable()?;
        let invalid = |message: String| StoreError::Invalid {
            file: from.to_path_buf(),
            message,
        };
        let text = fs::read_to_string(from).map_err(io_error(from))?;
        #[derive(Deserialize)]
        struct Header {
            #[serde(default)]
            format: String,
            #[serde(default)]
            version: u32,
        }
        let header = ron::from_str::<Header>(&text).map_err(|e| {
            invalid(format!(
                "not a Passerelle profile export ({})",
                ron_error(&e)
            ))
        })?;
        if header.format != EXPORT_FORMAT {
            return Err(invalid(format!(
                "not a Passerelle profile export (format \"{}\", expected \"{EXPORT_FORMAT}\")",
                header.format
            )));
        }
        if header.version > PROFILE_VERSION {
            return Err(invalid(format!(
                "exported by a newer Passerelle (profile version {}, this one reads up to {PROFILE_VERSION})",
                header.version
            )));
        }
        let export = ron::from_str::<ExportFile>(&text).map_err(|e| invalid(ron_error(&e)))?;
        let mut decoded = Vec::new();
        for f in &export.files {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(&f.base64)
                .map_err(|e| invalid(format!("file {}: {e}", f.name)))?;
            if sha256_hex(&bytes) != f.sha256 {
                return Err(invalid(format!(
                    "file {} does not match its SHA-256: the export was altered or damaged",
                    f.name
                )));
            }
            if f.name.contains(['/', '\\']) || f.name.starts_with('.') || f.name.is_empty() {
                return Err(invalid(format!("file name \"{}\" is not allowed", f.name)));
            }
            decoded.push((f.name.clone(), bytes));
        }
        let id = self.create(&export.profile)?;
        if !decoded.is_empty() {
            let dir = self.profile_dir(&id).join(EVIDENCE_DIR);
            fs::create_dir_all(&dir).map_err(io_error(&dir))?;
            for (name, bytes) in decoded {
                let path = dir.join(name);
                write_atomic(&path, &bytes).map_err(io_error(&path))?;
            }
        }
        Ok(id)
    }
}
