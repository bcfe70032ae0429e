//! The person's display preferences (theme, text size), kept in `settings.ron` in the data
//! directory. A settings file that cannot be read is moved aside, never overwritten.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::{self, Unreadable};

/// The version written in new settings files; a higher one was written by a newer Passerelle.
pub const SETTINGS_VERSION: u32 = 1;
pub const FILE_NAME: &str = "settings.ron";

/// Bounds of the text scale (Ctrl+Plus / Ctrl+Minus, the A− / A+ buttons).
pub const MIN_SCALE: f32 = 0.8;
pub const MAX_SCALE: f32 = 2.0;
const SCALE_STEP: f32 = 0.1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
}

impl ThemeChoice {
    pub fn toggled(self) -> ThemeChoice {
        match self {
            ThemeChoice::Light => ThemeChoice::Dark,
            ThemeChoice::Dark => ThemeChoice::Light,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub version: u32,
    pub theme: ThemeChoice,
    pub text_scale: f32,
    /// The interface's language (French until the person picks another).
    pub language: crate::i18n::Lang,
    /// A locked-down install: always start as a kiosk (as `--kiosk`), whatever the command line.
    pub kiosk: bool,
    /// Kiosk: seconds without activity before the countdown (default 180).
    pub kiosk_timeout: Option<u64>,
    /// « Lire à voix haute »: each new question, highlighted choice and error is spoken.
    pub read_aloud: bool,
    /// How fast the voice reads.
    pub speech_speed: SpeechSpeed,
}

/// How fast the voice reads: slower for a person who is learning the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum SpeechSpeed {
    Slow,
    #[default]
    Normal,
    Fast,
}

impl SpeechSpeed {
    pub const ALL: [SpeechSpeed; 3] = [SpeechSpeed::Slow, SpeechSpeed::Normal, SpeechSpeed::Fast];

    /// The next speed, round (the button that changes it).
    pub fn next(self) -> SpeechSpeed {
        match self {
            SpeechSpeed::Slow => SpeechSpeed::Normal,
            SpeechSpeed::Normal => SpeechSpeed::Fast,
            SpeechSpeed::Fast => SpeechSpeed::Slow,
        }
    }

    /// Its name in the interface's messages (`speech-speed-slow`…).
    pub fn key(self) -> &'static str {
        match self {
            SpeechSpeed::Slow => "speech-speed-slow",
            SpeechSpeed::Normal => "speech-speed-normal",
            SpeechSpeed::Fast => "speech-speed-fast",
        }
    }
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            version: SETTINGS_VERSION,
            theme: ThemeChoice::Light,
            text_scale: 1.0,
            language: crate::i18n::Lang::Fr,
            kiosk: false,
            kiosk_timeout: None,
            read_aloud: false,
            speech_speed: SpeechSpeed::Normal,
        }
    }
}

/// The inactivity timeout of a kiosk, when the app runs as one: `--kiosk` or `kiosk: true` in
/// the settings. The command line's timeout wins over the settings'; 3 minutes by default;
/// never under 10 seconds (a countdown must stay readable).
pub fn kiosk_timeout(
    cli_kiosk: bool,
    cli_timeout: Option<u64>,
    settings: Option<&Settings>,
) -> Option<std::time::Duration> {
    let from_settings = settings.is_some_and(|s| s.kiosk);
    (cli_kiosk || from_settings).then(|| {
        let seconds = cli_timeout
            .or(settings.and_then(|s| s.kiosk_timeout))
            .unwrap_or(crate::kiosk::DEFAULT_TIMEOUT.as_secs());
        std::time::Duration::from_secs(seconds.max(10))
    })
}

impl Settings {
    /// One zoom step up (`+1`) or down (`-1`), kept within bounds and on a tenth.
    pub fn zoom(&mut self, steps: i32) {
        let scale = self.text_scale + SCALE_STEP * steps as f32;
        self.text_scale = ((scale * 10.0).round() / 10.0).clamp(MIN_SCALE, MAX_SCALE);
    }

    fn sanitized(mut self) -> Settings {
        if !self.text_scale.is_finite() {
            self.text_scale = 1.0;
        }
        self.text_scale = self.text_scale.clamp(MIN_SCALE, MAX_SCALE);
        self
    }
}

/// Settings read from disk and where to write them back.
#[derive(Debug, Clone)]
pub struct SettingsFile {
    pub path: PathBuf,
    pub settings: Settings,
    /// Set when the file on disk could not be read; it was moved aside (or left alone).
    pub problem: Option<Unreadable>,
}

#[derive(Deserialize)]
struct VersionOnly {
    #[serde(default)]
    version: u32,
}

/// The settings in a file's text, or why they cannot be read.
fn parse(text: &str) -> Result<Settings, String> {
    ron::from_str::<VersionOnly>(text)
        .map_err(|e| store::ron_error(&e))
        .and_then(|v| {
            if v.version > SETTINGS_VERSION {
                Err(format!(
                    "written by a newer Passerelle (settings version {}, this one reads up to {SETTINGS_VERSION})",
                    v.version
                ))
            } else {
                ron::from_str::<Settings>(text).map_err(|e| store::ron_error(&e))
            }
        })
}

impl SettingsFile {
    /// Reads `DIR/settings.ron` and touches nothing, whatever it holds (a kiosk's own
    /// settings, which it never writes): `None` when there is none or it cannot be read.
    pub fn peek(dir: &Path) -> Option<Settings> {
        let text = std::fs::read_to_string(dir.join(FILE_NAME)).ok()?;
        parse(&text).ok().map(Settings::sanitized)
    }

    /// Reads `DIR/settings.ron`; a missing file gives the defaults.
    pub fn load(dir: &Path) -> SettingsFile {
        let path = dir.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return SettingsFile {
                    path,
                    settings: Settings::default(),
                    problem: None,
                }
            }
            Err(e) => {
                // Unreadable for the system (permissions…): leave it where it is.
                let problem = Unreadable {
                    file: path.clone(),
                    reason: e.to_string(),
                    moved_to: None,
                };
                return SettingsFile {
                    path,
                    settings: Settings::default(),
                    problem: Some(problem),
                };
            }
        };
        match parse(&text) {
            Ok(settings) => SettingsFile {
                path,
                settings: settings.sanitized(),
                problem: None,
            },
            Err(reason) => {
                let moved_to = store::move_aside(&path).ok();
                SettingsFile {
                    problem: Some(Unreadable {
                        file: path.clone(),
                        reason,
                        moved_to,
                    }),
                    path,
                    settings: Settings::default(),
                }
            }
        }
    }

    /// Writes the settings atomically. Refuses while an unreadable file is still in the way.
    pub fn save(&self) -> Result<(), String> {
        if self.path.exists() && self.problem.is_some() {
            return Err(format!(
                "{} was not readable and is left untouched",
                self.path.display()
            ));
        }
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let text = ron::ser::to_string_pretty(&self.settings, ron::ser::PrettyConfig::default())
            .map_err(|e| e.to_string())?;
        store::write_atomic(&self.path, text.as_bytes())
            .map_err(|e| format!("{}: {e}", self.path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_from_the_command_line_or_a_locked_down_settings_file() {
        use std::time::Duration;
        let plain = Settings::default();
        let locked = Settings {
            kiosk: true,
            kiosk_timeout: Some(120),
            ..Settings::default()
        };
        assert_eq!(kiosk_timeout(false, None, Some(&plain)), None);
        assert_eq!(kiosk_timeout(false, None, None), None);
        assert_eq!(
            kiosk_timeout(true, None, None),
            Some(Duration::from_secs(180))
        );
        assert_eq!(
            kiosk_timeout(false, None, Some(&locked)),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            kiosk_timeout(true, Some(300), Some(&locked)),
            Some(Duration::from_secs(300))
        );
        assert_eq!(
            kiosk_timeout(true, Some(1), None),
            Some(Duration::from_secs(10))
        );
        // A settings file written by hand: `kiosk: true` is all it takes.
        let text = "(version: 1, kiosk: true)";
        let parsed: Settings = ron::from_str(text).unwrap();
        assert_eq!(
            kiosk_timeout(false, None, Some(&parsed)),
            Some(Duration::from_secs(180))
        );
    }

    #[test]
    fn round_trip_and_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let mut file = SettingsFile::load(dir.path());
        assert_eq!(file.settings, Settings::default());
        assert!(file.problem.is_none());
        file.settings.theme = ThemeChoice::Dark;
        file.settings.zoom(3);
        file.save().unwrap();
        let again = SettingsFile::load(dir.path());
        assert_eq!(again.settings.theme, ThemeChoice::Dark);
        assert_eq!(again.settings.text_scale, 1.3);
    }

    #[test]
    fn reading_aloud_is_off_unless_chosen_and_kept() {
        // A file written before speech existed reads with speech off, at normal speed.
        let old: Settings = ron::from_str("(version: 1, theme: Dark)").unwrap();
        assert!(!old.read_aloud);
        assert_eq!(old.speech_speed, SpeechSpeed::Normal);
        // A kiosk's file written by hand turns it on.
        let kiosk: Settings =
            ron::from_str("(version: 1, kiosk: true, read_aloud: true, speech_speed: Slow)")
                .unwrap();
        assert!(kiosk.read_aloud);
        assert_eq!(kiosk.speech_speed, SpeechSpeed::Slow);
        let dir = tempfile::tempdir().unwrap();
        let mut file = SettingsFile::load(dir.path());
        file.settings.read_aloud = true;
        file.settings.speech_speed = SpeechSpeed::Fast.next();
        file.save().unwrap();
        let again = SettingsFile::load(dir.path()).settings;
        assert!(again.read_aloud);
        assert_eq!(again.speech_speed, SpeechSpeed::Slow);
        // A kiosk peeks at its settings and leaves a broken file where it is.
        assert!(SettingsFile::peek(dir.path()).is_some_and(|s| s.read_aloud));
        std::fs::write(dir.path().join(FILE_NAME), "(version: 1, theme: Purple)").unwrap();
        assert_eq!(SettingsFile::peek(dir.path()), None);
        assert!(dir.path().join(FILE_NAME).exists(), "not moved aside");
    }

    #[test]
    fn zoom_is_clamped_and_stays_on_tenths() {
        let mut s = Settings::default();
        s.zoom(30);
        assert_eq!(s.text_scale, MAX_SCALE);
        s.zoom(-30);
        assert_eq!(s.text_scale, MIN_SCALE);
        s.zoom(3);
        assert_eq!(s.text_scale, 1.1);
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "(\n  version: 1,\n  theme: Purple,\n)").unwrap();
        let file = SettingsFile::load(dir.path());
        let problem = file.problem.clone().unwrap();
        assert!(problem.reason.contains("line 3"), "{}", problem.reason);
        let moved = problem.moved_to.unwrap();
        assert_eq!(
            std::fs::read_to_string(moved).unwrap(),
            "(\n  version: 1,\n  theme: Purple,\n)"
        );
        assert_eq!(file.settings, Settings::default());
        // The moved file is safe; the next save writes a fresh file.
        assert!(!path.exists());
        file.save().unwrap();
        assert!(path.exists());
    }

    #[test]
    fn a_newer_file_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "(version: 99, theme: Dark, hologram: true)").unwrap();
        let file = SettingsFile::load(dir.path());
        let problem = file.problem.clone().unwrap();
        assert!(problem.reason.contains("newer"), "{}", problem.reason);
        assert_eq!(
            std::fs::read_to_string(problem.moved_to.unwrap()).unwrap(),
            "(version: 99, theme: Dark, hologram: true)"
        );
    }

    #[test]
    fn an_absurd_scale_is_brought_back_in_bounds() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "(version: 1, text_scale: 40.0)").unwrap();
        assert_eq!(
            SettingsFile::load(dir.path()).settings.text_scale,
            MAX_SCALE
        );
    }
}
