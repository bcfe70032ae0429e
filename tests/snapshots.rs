//! Pixel snapshots of key screens, drawn by the tiny-skia renderer with the bundled fonts. They run
//! only with the renderer pinned (`ICED_TEST_BACKEND=tiny-skia`, as `.ci/run` does), since another
//! renderer draws other pixels. The expected hashes are committed under `tests/snapshots/`; a
//! missing one is a failure here (iced_test alone would create it and pass). To accept new
//! pictures after a deliberate change: `PASSERELLE_UPDATE_SNAPSHOTS=1`, then look at the PNGs
//! written to `target/snapshots/` before committing the `.sha256` files.

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use iced_test::Simulator;

use common::answer_anef_renewal;
use passerelle::ui::{self, App, Message};

fn pinned() -> bool {
    let pinned = std::env::var("ICED_TEST_BACKEND").as_deref() == Ok("tiny-skia");
    if !pinned {
        eprintln!("snapshots skipped: set ICED_TEST_BACKEND=tiny-skia to run them");
    }
    pinned
}

fn app() -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    App::new(common::fixture_pack().map(Arc::new), today)
}

/// Snapshots are drawn one at a time: the renderer's font system is shared by the whole process,
/// and a Chinese snapshot drawn while other screens were being drawn once came out with other
/// pixels than the same snapshot drawn alone.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn check(app: &App, name: &str) {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let expected = root.join("tests/snapshots").join(name);
    let hash_file = root
        .join("tests/snapshots")
        .join(format!("{name}-tiny-skia.sha256"));
    let update = std::env::var_os("PASSERELLE_UPDATE_SNAPSHOTS").is_some();
    if update {
        let _ = std::fs::remove_file(&hash_file);
    } else {
        assert!(
            hash_file.exists(),
            "{} is missing: snapshots must be committed",
            hash_file.display()
        );
    }
    let mut sim = Simulator::with_size(ui::settings(), (1024.0, 768.0), app.view());
    let snapshot = sim.snapshot(&app.theme()).expect("snapshot");
    let matches = snapshot.matches_hash(&expected).expect("hash file");
    if !matches || update {
        // Keep the picture drawn, so the difference can be seen.
        let actual = root.join("target/snapshots").join(name);
        let _ = std::fs::remove_file(root.join(format!("target/snapshots/{name}-tiny-skia.png")));
        let _ = snapshot.matches_image(&actual);
    }
    assert!(
        matches,
        "{name} no longer looks the same; see target/snapshots/{name}-tiny-skia.png"
    );
}

#[test]
fn first_question_light() {
    if pinned() {
        check(&app(), "first-question-light");
    }
}

#[test]
fn answer_light() {
    if pinned() {
        let mut a = app();
        answer_anef_renewal(&mut a);
        check(&a, "answer-light");
    }
}

#[test]
fn answer_dark() {
    if pinned() {
        let mut a = app();
        let _ = a.update(Message::ToggleTheme);
        answer_anef_renewal(&mut a);
        check(&a, "answer-dark");
    }
}

/// The app in `lang`, answered (an ANEF renewal in Calvados) or on its first question.
fn in_language(lang: passerelle::i18n::Lang, answered: bool) -> App {
    let mut a = app();
    let _ = a.update(Message::Language(lang));
    if answered {
        answer_anef_renewal(&mut a);
    }
    a
}

/// The answer in Arabic: right-aligned, rows mirrored, Arabic shaped with the bundled font.
#[test]
fn answer_arabic() {
    if pinned() {
        check(
            &in_language(passerelle::i18n::Lang::Ar, true),
            "answer-arabic",
        );
    }
}

#[test]
fn first_question_arabic() {
    if pinned() {
        check(
            &in_language(passerelle::i18n::Lang::Ar, false),
            "first-question-arabic",
        );
    }
}

#[test]
fn first_question_chinese() {
    if pinned() {
        check(
            &in_language(passerelle::i18n::Lang::ZhHans, false),
            "first-question-chinese",
        );
    }
}
