#![cfg(target_os = "linux")]
//! The voice against the real speech service: a speech-dispatcher of the test's own (its
//! socket, configuration and logs in a temporary directory; sound to libao's null output, as CI
//! machines have no sound card) with the espeak-ng voices, reached by the `passerelle say`
//! binary and by the app's `Voice`; and espeak-ng itself, one sentence of each language to a WAV.
//!
//! Needs speech-dispatcher, speech-dispatcher-espeak-ng and espeak-ng (Debian packages; `.ci/run`
//! installs them and sets PASSERELLE_REQUIRE_SPEECH=1, which turns a missing one into a failure).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use passerelle::i18n::{tr_in, Lang};
use passerelle::settings::SpeechSpeed;
use passerelle::speech::Utterance;
use passerelle::voice::{Said, Service, Voice};

/// Whether `program` can be run; a missing one fails the test when speech is required.
fn available(program: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found {
        assert!(
            std::env::var_os("PASSERELLE_REQUIRE_SPEECH").is_none(),
            "{program} is not installed (apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)"
        );
        eprintln!("{program} is not installed: skipped");
    }
    found
}

/// A sentence of Passerelle in `lang`: its first question.
fn sentence(lang: Lang) -> String {
    tr_in(lang, "question-departement", &[])
}

/// A speech-dispatcher for this test only; stopped when dropped.
struct Server {
    dir: tempfile::TempDir,
    child: Child,
}

impl Server {
    fn start() -> Option<Server> {
        if !available("speech-dispatcher") {
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let modules = root.join("config/modules");
        std::fs::create_dir_all(&modules).unwrap();
        std::fs::create_dir_all(root.join("log")).unwrap();
        std::fs::create_dir_all(root.join("run/speech-dispatcher")).unwrap();
        std::fs::write(
            root.join("config/speechd.conf"),
            "LogLevel 5\nAudioOutputMethod \"libao\"\n\
             AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\n\
             DefaultModule espeak-ng\n",
        )
        .unwrap();
        // The module's own log says which voice it took for each language.
        let module = std::fs::read_to_string("/etc/speech-dispatcher/modules/espeak-ng.conf")
            .unwrap_or_default()
            .replace("Debug 0", "");
        std::fs::write(
            modules.join("espeak-ng.conf"),
            format!("{module}\nDebug 1\n"),
        )
        .unwrap();
        // libao's null output: the samples are taken and thrown away.
        std::fs::write(root.join(".libao"), "default_driver=null\n").unwrap();
        let child = Command::new("speech-dispatcher")
            .args([
                "--run-single",
                "--timeout",
                "0",
                "--communication-method",
                "unix_socket",
            ])
            .arg("--socket-path")
            .arg(Server::socket_in(root))
            .arg("--config-dir")
            .arg(root.join("config"))
            .arg("--log-dir")
            .arg(root.join("log"))
            .arg("--pid-file")
            .arg(root.join("pid"))
            .env("HOME", root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("speech-dispatcher starts");
        let server = Server { dir, child };
        let deadline = Instant::now() + Duration::from_secs(10);
        while !server.socket().exists() {
            assert!(
                Instant::now() < deadline,
                "speech-dispatcher made no socket"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Some(server)
    }

    fn socket_in(root: &Path) -> PathBuf {
        root.join("run/speech-dispatcher/speechd.sock")
    }

    fn socket(&self) -> PathBuf {
        Server::socket_in(self.dir.path())
    }

    /// Everything the server and its module logged.
    fn logs(&self) -> String {
        let mut all = String::new();
        for entry in std::fs::read_dir(self.dir.path().join("log")).unwrap() {
            all += &std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
        }
        all
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn each_language_reaches_the_speech_service_with_its_voice() {
    let Some(server) = Server::start() else {
        return;
    };
    let mut voice = Voice::new(Service::Socket(server.socket()));
    for lang in Lang::ALL {
        let text = sentence(lang);
        let said = futures::executor::block_on(
            voice.say(Utterance::new(lang, &text), SpeechSpeed::Normal),
        )
        .unwrap();
        let Said::Ended { began } = said else {
            panic!("{lang}: {said:?}\n{}", server.logs());
        };
        assert!(
            began < Duration::from_secs(5),
            "{lang}: began after {began:?}"
        );
    }
    let logs = server.logs();
    for lang in Lang::ALL {
        // The text itself reached the service, and the module took the language's voice.
        let text = Utterance::new(lang, &sentence(lang)).text;
        assert!(logs.contains(&text), "{lang}: {text:?} not in the logs");
        let voice = format!("set_language_and_voice {} ", lang.voice_language());
        assert!(logs.contains(&voice), "{lang}: no {voice:?} in the logs");
    }
}

#[test]
fn the_command_line_says_a_text_and_a_new_text_cuts_the_old_one_short() {
    let Some(server) = Server::start() else {
        return;
    };
    // The binary, through the platform's default socket (XDG_RUNTIME_DIR), as a kiosk's
    // administrator would check the voice.
    let output = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["say", "--lang", "uk", "--speed", "slow", "Привіт", "Дякую"])
        .env("XDG_RUNTIME_DIR", server.dir.path().join("run"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(out.matches("uk: began after").count(), 2, "{out}");
    assert!(server.logs().contains("Дякую"));

    // A long text, then a short one at once: the first is stopped, the second said.
    let mut voice = Voice::new(Service::Socket(server.socket()));
    let long = "Le titre de séjour. ".repeat(40);
    let first = voice.say(Utterance::new(Lang::Fr, &long), SpeechSpeed::Slow);
    std::thread::sleep(Duration::from_millis(300));
    let second = voice.say(Utterance::new(Lang::Fr, "Fin."), SpeechSpeed::Normal);
    assert_eq!(futures::executor::block_on(first).unwrap(), Said::Stopped);
    assert!(matches!(
        futures::executor::block_on(second).unwrap(),
        Said::Ended { .. }
    ));
    // Stop: what is being said ends there.
    let third = voice.say(Utterance::new(Lang::Fr, &long), SpeechSpeed::Normal);
    std::thread::sleep(Duration::from_millis(300));
    voice.stop();
    assert_eq!(futures::executor::block_on(third).unwrap(), Said::Stopped);
}

#[test]
fn no_service_is_said_once_and_nothing_waits() {
    let dir = tempfile::tempdir().unwrap();
    let mut voice = Voice::new(Service::Socket(dir.path().join("none.sock")));
    let started = Instant::now();
    let said = futures::executor::block_on(
        voice.say(Utterance::new(Lang::Fr, "Bonjour"), SpeechSpeed::Normal),
    )
    .unwrap();
    let Said::Failed(why) = said else {
        panic!("{said:?}")
    };
    assert!(why.contains("none.sock"), "{why}");
    // The next one fails at once with the same reason: nothing is tried again.
    let again = futures::executor::block_on(
        voice.say(Utterance::new(Lang::Fr, "Encore"), SpeechSpeed::Normal),
    )
    .unwrap();
    assert_eq!(again, Said::Failed(why));
    assert!(started.elapsed() < Duration::from_secs(2));

    // A socket that takes the connection and never answers: found out by the deadline.
    let socket = dir.path().join("mute.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let mut voice = Voice::new(Service::Socket(socket));
    // Asking never waits for the service: the window's thread is never held up.
    let asked = Instant::now();
    let pending = voice.say(Utterance::new(Lang::Fr, "Bonjour"), SpeechSpeed::Normal);
    assert!(
        asked.elapsed() < Duration::from_millis(50),
        "{:?}",
        asked.elapsed()
    );
    let said = futures::executor::block_on(pending).unwrap();
    assert!(matches!(said, Said::Failed(_)), "{said:?}");
}

#[test]
fn espeak_ng_renders_a_sentence_of_each_language_to_a_wav() {
    if !available("espeak-ng") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for lang in Lang::ALL {
        let wav = dir.path().join(format!("{lang}.wav"));
        let status = Command::new("espeak-ng")
            .args(["-v", lang.voice_language(), "-w"])
            .arg(&wav)
            .arg(sentence(lang))
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{lang}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        // Not a voice that fell back to another language: espeak-ng says so on stderr.
        assert!(
            status.stderr.is_empty(),
            "{lang}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        let bytes = std::fs::read(&wav).unwrap();
        assert_eq!(&bytes[..4], b"RIFF", "{lang}");
        // Half a second of sound at least (22,050 samples a second, 16 bits).
        assert!(bytes.len() > 22_050, "{lang}: {} bytes", bytes.len());
    }
}
