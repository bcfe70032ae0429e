//! Kiosk mode through the app, with an injected clock: the countdown and the erasing after
//! inactivity, "Terminer et effacer", the mediator's shortcut, and that after erasing the app is
//! a fresh start (same pixels, no answer, nothing kept).

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use iced::keyboard::{Key, Modifiers};
use iced_test::Simulator;

use common::{answer_anef_renewal, click, sees};
use passerelle::kiosk::Idle;
use passerelle::ui::{self, key_to_message, App, Message};

fn kiosk(t0: Instant) -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    App::new(common::fixture_pack().map(Arc::new), today).kiosk(Duration::from_secs(180), t0)
}

/// The person picks French on the first screen, then answers.
fn answer(a: &mut App) {
    click(a, "Français");
    answer_anef_renewal(a);
    let _ = a.update(Message::Zoom(2));
    let _ = a.update(Message::ToggleTheme);
}

/// What a person could still see or reach: the pixels of the screen.
fn pixels(a: &App) -> Vec<u8> {
    let mut sim = Simulator::with_size(ui::settings(), (1024.0, 768.0), a.view());
    let snap = sim.snapshot(&a.theme()).unwrap();
    // The snapshot type only compares with files: write and read back.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    snap.matches_image(&path).unwrap();
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::read(file).unwrap()
}

fn assert_fresh(a: &App, t0: Instant) {
    let w = a.wizard().unwrap();
    assert_eq!(w.wizard().answered(), 0);
    assert!(w.wizard().answers().is_empty());
    assert!(w.outcome().is_none());
    assert_eq!(a.scale(), 1.0);
    assert!(a.files().is_none(), "a kiosk keeps no files");
    if std::env::var("ICED_TEST_BACKEND").as_deref() == Ok("tiny-skia") {
        assert!(
            pixels(a) == pixels(&kiosk(t0)),
            "the screen is exactly a fresh start"
        );
    }
}

#[test]
fn finish_and_erase_leaves_a_fresh_start() {
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    answer(&mut a);
    assert!(sees(&a, "En ligne sur l'ANEF"));
    click(&mut a, "Terminer et effacer");
    assert!(
        sees(&a, "Choisissez votre langue"),
        "back to the language picker"
    );
    assert!(!sees(&a, "Où habitez-vous ?"));
    assert!(
        !sees(&a, "Calvados (14)"),
        "no trail of the previous answers"
    );
    assert_fresh(&a, t0);
}

#[test]
fn inactivity_counts_down_then_erases() {
    let t0 = Instant::now();
    let s = |n: u64| t0 + Duration::from_secs(n);
    let mut a = kiosk(t0);
    answer(&mut a);
    let _ = a.update(Message::Tick(s(179)));
    assert_eq!(a.idle(), Some(Idle::Active));
    assert!(!sees(&a, "Je suis encore là"));
    let _ = a.update(Message::Tick(s(185)));
    assert!(sees(
        &a,
        "Vous êtes toujours là ? Tout sera effacé dans 25 s."
    ));
    // The person is still there: the session goes on.
    click(&mut a, "Je suis encore là");
    assert_eq!(a.idle(), Some(Idle::Active));
    assert!(sees(&a, "En ligne sur l'ANEF"));
    // Then they leave.
    let _ = a.update(Message::Tick(s(185 + 200)));
    assert!(sees(
        &a,
        "Vous êtes toujours là ? Tout sera effacé dans 10 s."
    ));
    let _ = a.update(Message::Tick(s(185 + 210)));
    assert_fresh(&a, t0);
}

#[test]
fn a_kiosk_opens_on_the_language_picker_and_comes_back_to_it_in_french() {
    use passerelle::i18n::Lang;
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    assert!(sees(&a, "Choisissez votre langue"));
    for lang in Lang::ALL {
        assert!(sees(&a, lang.native_name()), "{} is offered", lang.tag());
    }
    assert!(!sees(&a, "Où habitez-vous ?"));
    // A person picks Arabic: the wizard speaks Arabic, right to left.
    click(&mut a, "العربية");
    assert_eq!(a.language(), Lang::Ar);
    assert!(sees(&a, "أين تسكن؟"));
    assert_eq!(
        passerelle::i18n::tr_in(Lang::Ar, "question-departement", &[]),
        "أين تسكن؟"
    );
    // Erasing forgets the language too: the next person starts in French, on the picker.
    let _ = a.update(Message::Erase);
    assert_eq!(a.language(), Lang::Fr);
    assert!(sees(&a, "Choisissez votre langue"));
    assert_fresh(&a, t0);
}

#[test]
fn the_mediator_shortcut_erases_at_once() {
    let m = key_to_message(
        &Key::Character("E".into()),
        Modifiers::CTRL | Modifiers::SHIFT,
    );
    assert!(matches!(m, Some(Message::Erase)));
    assert!(key_to_message(&Key::Character("e".into()), Modifiers::CTRL).is_none());
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    answer(&mut a);
    let _ = a.update(m.unwrap());
    assert_fresh(&a, t0);
}

#[test]
fn outside_a_kiosk_nothing_is_erased() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut a = App::new(common::fixture_pack().map(Arc::new), today);
    assert!(
        !sees(&a, "Choisissez votre langue"),
        "the picker opens first only at a kiosk"
    );
    answer_anef_renewal(&mut a);
    let _ = a.update(Message::Erase);
    let _ = a.update(Message::Tick(Instant::now() + Duration::from_secs(10_000)));
    assert_eq!(a.wizard().unwrap().wizard().answered(), 5);
    assert!(!sees(&a, "Terminer et effacer"));
}

#[test]
fn the_answer_goes_away_on_a_usb_stick_and_opens_at_home() {
    use passerelle::store::profiles::ProfileStore;
    use passerelle::ui::modal::TakeAwayMessage as T;
    use passerelle::ui::widget::PathMessage as P;
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    click(&mut a, "Français");
    answer_anef_renewal(&mut a);
    click(&mut a, "Emporter ce résultat (clé USB)");
    let usb = tempfile::tempdir().unwrap();
    let file = usb.path().join("mon-dossier.passerelle");
    let _ = a.update(Message::TakeAway(T::Path(P::Picked(None))));
    assert!(sees(&a, "Aucun fichier choisi : écrivez le chemin de la clé USB dans le champ (par exemple /media/usb/mon-dossier.passerelle)."));
    let _ = a.update(Message::TakeAway(T::Path(P::Edit(
        file.display().to_string(),
    ))));
    click(&mut a, "Enregistrer le fichier");
    assert!(file.exists());
    // At home: imported into the person's own files, with the case and its checklist.
    let home = tempfile::tempdir().unwrap();
    let store = ProfileStore::open(home.path()).unwrap();
    let id = store.import(&file).unwrap();
    let profile = store.load(&id).unwrap();
    assert_eq!(profile.cases.len(), 1);
    assert_eq!(
        profile.cases[0]
            .facts
            .get("departement")
            .map(String::as_str),
        Some("14")
    );
    assert!(!profile.cases[0].checklist.is_empty());
    // Erasing closes the panel too.
    click(&mut a, "Terminer et effacer");
    assert!(!sees(&a, "Emporter ce résultat"));
    assert_fresh(&a, t0);
}
