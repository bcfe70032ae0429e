//! What is said aloud is a pure function of the screen: a whole keyboard-only session at a kiosk,
//! from the language list to the answer, in each language, checked utterance by utterance
//! without audio — with « Lire à voix haute » on, what reaches the voice is recorded (the voice
//! itself is tested against the real speech service in `tests/voice.rs`).

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use iced::keyboard::{key::Named, Key, Modifiers};

use passerelle::facts::FactName;
use passerelle::i18n::{long_date, tr_in, Lang};
use passerelle::labels;
use passerelle::settings::{Settings, SpeechSpeed};
use passerelle::speech::Utterance;
use passerelle::ui::wizard::Message as W;
use passerelle::ui::{key_to_message, App, Message};
use passerelle::voice::Service;

type Recorded = Arc<Mutex<Vec<(Utterance, SpeechSpeed)>>>;

/// A kiosk whose settings turn « Lire à voix haute » on; what it says is recorded.
fn kiosk() -> (App, Recorded) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let recorded = Recorded::default();
    let settings = Settings {
        kiosk: true,
        read_aloud: true,
        speech_speed: SpeechSpeed::Slow,
        ..Settings::default()
    };
    let app = App::new(common::fixture_pack().map(Arc::new), today)
        .kiosk(Duration::from_secs(180), Instant::now())
        .with_kiosk_settings(settings)
        .with_voice(Service::Recorder(recorded.clone(), Vec::new()));
    (app, recorded)
}

/// What was said since the last call.
fn heard(recorded: &Recorded) -> Vec<Utterance> {
    let mut list = recorded.lock().unwrap();
    assert!(list.iter().all(|(_, speed)| *speed == SpeechSpeed::Slow));
    list.drain(..).map(|(u, _)| u).collect()
}

/// Utterances as the voice gets them (the answer's section numbers stay on screen).
fn texts(said: &[Utterance]) -> Vec<(Lang, String)> {
    said.iter().map(|u| (u.lang, u.text.clone())).collect()
}

/// A key through the app's key map, as the window sends it.
fn key(app: &mut App, key: Key) {
    let message = key_to_message(&key, Modifiers::empty()).expect("a key of the map");
    common::send(app, message);
}

fn digit(app: &mut App, n: usize) {
    key(app, Key::Character(n.to_string().into()));
}

/// The digit that picks the choice said as `label`.
fn number_of(said: &[Utterance], lang: Lang, label: &str) -> usize {
    (1..=9)
        .find(|n| {
            let wanted = tr_in(
                lang,
                "speech-choice",
                &[("number", (*n).into()), ("label", label.into())],
            );
            said.iter()
                .any(|u| u.text == passerelle::speech::spoken(lang, &wanted))
        })
        .unwrap_or_else(|| panic!("{label:?} is not said: {said:#?}"))
}

fn session(lang: Lang) {
    let t = |key: &str| tr_in(lang, key, &[]);
    let (mut a, recorded) = kiosk();
    let start = a.read_aloud();
    common::settle(&mut a, start);
    // The language list: each language in its own voice, with its digit, said as it appears.
    let said = a.speech();
    assert_eq!(texts(&heard(&recorded)), texts(&said));
    assert_eq!(said.len(), Lang::ALL.len());
    for (i, l) in Lang::ALL.iter().enumerate() {
        assert_eq!(said[i].lang, *l);
        assert!(said[i].text.contains(l.native_name()), "{:?}", said[i]);
        assert!(said[i].text.contains(&(i + 1).to_string()), "{:?}", said[i]);
    }
    let n = Lang::ALL.iter().position(|l| *l == lang).unwrap() + 1;
    digit(&mut a, n);
    assert!(!a.languages_open());

    // Where do you live: said when it appears; typed, then Enter.
    let said = a.speech();
    assert!(said.iter().all(|u| u.lang == lang));
    assert_eq!(
        said[0].text,
        passerelle::speech::spoken(lang, &t("question-departement"))
    );
    assert_eq!(texts(&heard(&recorded)), texts(&said));
    common::send(&mut a, Message::Wizard(W::Search("calvados".into())));
    let said = a.speech();
    number_of(&said, lang, "Calvados (14)");
    // The same question with other choices: its first choice is said, not the question again.
    let first = heard(&recorded);
    assert_eq!(first.len(), 1, "{first:?}");
    assert!(first[0].text.contains("Calvados"), "{first:?}");
    key(&mut a, Key::Named(Named::Enter));

    // What to do: the renewal by its digit; the highlight is said as it moves.
    let said = a.speech();
    assert_eq!(
        said[0].text,
        passerelle::speech::spoken(lang, &t("question-request"))
    );
    let renewal = labels::choice(lang, FactName::Request, "renewal").0;
    let n = number_of(&said, lang, &renewal);
    assert_eq!(texts(&heard(&recorded)), texts(&said));
    key(&mut a, Key::Named(Named::ArrowDown));
    let highlighted = a.speech_highlighted().expect("the highlight is said");
    assert!(highlighted.text.starts_with('2'), "{highlighted:?}");
    assert_eq!(heard(&recorded), vec![highlighted]);
    digit(&mut a, n);

    // The motive in two steps: the families, then the motive.
    let said = a.speech();
    assert_eq!(
        said[1].text,
        passerelle::speech::spoken(lang, &t("motive-family-hint"))
    );
    digit(&mut a, number_of(&said, lang, &t("family-family")));
    let said = a.speech();
    let spouse = labels::choice(lang, FactName::Category, "french_spouse").0;
    digit(&mut a, number_of(&said, lang, &spouse));
    let said = a.speech();
    let card = labels::choice(lang, FactName::CurrentTitle, "multi_year_card").0;
    digit(&mut a, number_of(&said, lang, &card));

    // A date: its question is said, typed, then Enter; a date that is not one is said first.
    let said = a.speech();
    assert!(!said.is_empty());
    common::send(&mut a, Message::Wizard(W::DateInput("2027-02-30".into())));
    key(&mut a, Key::Named(Named::Enter));
    let error = tr_in(lang, "not-a-date", &[("value", "2027-02-30".into())]);
    assert_eq!(a.speech()[0].text, passerelle::speech::spoken(lang, &error));
    // The error is heard first.
    let after_error = heard(&recorded);
    assert_eq!(
        after_error.last().map(|u| &u.text),
        a.speech().last().map(|u| &u.text)
    );
    let error_at = after_error.len() - a.speech().len();
    assert_eq!(after_error[error_at].text, a.speech()[0].text);
    assert_eq!(a.speech()[1], said[0], "then the question again");
    common::send(&mut a, Message::Wizard(W::DateInput("2027-02-15".into())));
    key(&mut a, Key::Named(Named::Enter));

    // The answer, section by section, in the language's voice: dates in words, the official
    // page named and not spelled.
    let said = a.speech();
    let answer = a.wizard().unwrap().answer().unwrap().clone();
    // A date the answer could still use is asked first, then the answer section by section.
    assert!(said.len() >= answer.sections.len());
    let said = &said[said.len() - answer.sections.len()..];
    assert!(said.iter().all(|u| u.lang == lang));
    let all = said
        .iter()
        .map(|u| u.text.as_str())
        .collect::<Vec<_>>()
        .join(" | ");
    let closes = NaiveDate::from_ymd_opt(2026, 12, 17).unwrap();
    let closes = passerelle::speech::spoken(lang, &long_date(lang, closes));
    assert!(all.contains(&closes), "{closes}: {all}");
    let address = passerelle::speech::spoken(lang, &t("speech-address"));
    assert!(all.contains(&address), "{all}");
    for spelled in ["https", "17/12/2026", "☐", "✔", "\u{2068}", ".."] {
        assert!(!all.contains(spelled), "{spelled:?} said: {all}");
    }
    // A domain is not spelled; an e-mail address is read (it is what to write to).
    for word in all.split_whitespace() {
        assert!(
            !word.contains("gouv.fr") || word.contains('@'),
            "{word} said"
        );
    }
    for section in &answer.sections {
        if let Some(title) = &section.title {
            let title = passerelle::speech::spoken(lang, title);
            assert!(all.contains(&title), "{title} not said");
        }
    }
    // Heard: the answer to its end, section by section, in the language's voice.
    let all_heard = heard(&recorded);
    assert!(texts(&all_heard).ends_with(&texts(said)), "{all_heard:#?}");

    // The next person: erased, and the kiosk keeps reading aloud (its own settings).
    common::send(&mut a, Message::Erase);
    assert!(a.settings().read_aloud);
    assert_eq!(heard(&recorded).len(), Lang::ALL.len());
}

#[test]
fn a_keyboard_only_session_is_said_from_the_language_list_to_the_answer_in_french() {
    session(Lang::Fr);
}

#[test]
fn a_keyboard_only_session_is_said_from_the_language_list_to_the_answer_in_arabic() {
    session(Lang::Ar);
}

#[test]
fn a_keyboard_only_session_is_heard_to_the_answer_in_every_other_language() {
    for lang in [Lang::En, Lang::ZhHans, Lang::FaAf, Lang::Uk, Lang::Es] {
        session(lang);
    }
}

/// A person's own window (not a kiosk), taken to the answer by the keyboard, reading nothing
/// aloud by itself; what « Écouter » says is recorded.
fn own_window_at_the_answer(service: Service) -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut a = App::new(common::fixture_pack().map(Arc::new), today).with_voice(service);
    let lang = Lang::Fr;
    let t = |key: &str| tr_in(lang, key, &[]);
    common::send(&mut a, Message::Wizard(W::Search("calvados".into())));
    key(&mut a, Key::Named(Named::Enter));
    let renewal = labels::choice(lang, FactName::Request, "renewal").0;
    let n = number_of(&a.speech(), lang, &renewal);
    digit(&mut a, n);
    let n = number_of(&a.speech(), lang, &t("family-family"));
    digit(&mut a, n);
    let spouse = labels::choice(lang, FactName::Category, "french_spouse").0;
    let n = number_of(&a.speech(), lang, &spouse);
    digit(&mut a, n);
    let card = labels::choice(lang, FactName::CurrentTitle, "multi_year_card").0;
    let n = number_of(&a.speech(), lang, &card);
    digit(&mut a, n);
    common::send(&mut a, Message::Wizard(W::DateInput("2027-02-15".into())));
    key(&mut a, Key::Named(Named::Enter));
    assert!(a.wizard().unwrap().answer().is_some());
    a
}

/// Waits (a little) for the voice's threads to record `count` utterances.
fn recorded_at_least(recorded: &Recorded, count: usize) -> Vec<Utterance> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let list: Vec<Utterance> = recorded
            .lock()
            .unwrap()
            .iter()
            .map(|(u, _)| u.clone())
            .collect();
        if list.len() >= count || Instant::now() > deadline {
            return list;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn listen_reads_the_answer_section_by_section_with_next_previous_and_stop() {
    let recorded = Recorded::default();
    let mut a = own_window_at_the_answer(Service::Recorder(recorded.clone(), Vec::new()));
    let t = |key: &str, args: &[(&str, passerelle::i18n::Arg)]| tr_in(Lang::Fr, key, args);
    assert!(!a.settings().read_aloud);
    assert!(recorded.lock().unwrap().is_empty(), "nothing said unasked");
    let parts = a.speech();
    // F2: the first part is said. (Its end is not sent back here, so the reading stays on it
    // while the keys move it.)
    let _ = a.update(key_to_message(&Key::Named(Named::F2), Modifiers::empty()).unwrap());
    assert!(a.reader().is_reading());
    assert_eq!(texts(&recorded_at_least(&recorded, 1)), texts(&parts[..1]));
    assert_eq!(a.reader().section(), parts[0].section);
    // Page Down twice, Page Up once: parts 1, 2, then 1 again; the section read is framed.
    for (k, expected) in [
        (Named::PageDown, 1),
        (Named::PageDown, 2),
        (Named::PageUp, 1),
    ] {
        let _ = a.update(key_to_message(&Key::Named(k), Modifiers::empty()).unwrap());
        assert_eq!(a.reader().section(), parts[expected].section, "{k:?}");
    }
    let heard = recorded_at_least(&recorded, 4);
    assert_eq!(
        texts(&heard),
        texts(&[
            parts[0].clone(),
            parts[1].clone(),
            parts[2].clone(),
            parts[1].clone()
        ])
    );
    let part = t(
        "speech-part",
        &[("number", 2.into()), ("count", parts.len().into())],
    );
    assert!(common::sees(&a, &part), "{part} not shown");
    assert!(common::sees(&a, &t("speech-stop", &[])));
    // F3: stopped; « Écouter » again.
    let _ = a.update(key_to_message(&Key::Named(Named::F3), Modifiers::empty()).unwrap());
    assert!(!a.reader().is_reading());
    assert_eq!(a.reader().section(), None);
    assert!(common::sees(&a, &t("speech-listen", &[])));

    // « Écouter » run to its end: every part, once each, in order.
    recorded.lock().unwrap().clear();
    common::click(&mut a, &t("speech-listen", &[]));
    assert_eq!(texts(&heard_all(&recorded)), texts(&parts));
    assert!(!a.reader().is_reading());

    // The speed button goes round, and is kept in the settings.
    assert_eq!(a.settings().speech_speed, SpeechSpeed::Normal);
    let speed = t(
        "speech-speed",
        &[("speed", t("speech-speed-normal", &[]).into())],
    );
    common::click(&mut a, &speed);
    assert_eq!(a.settings().speech_speed, SpeechSpeed::Fast);
}

fn heard_all(recorded: &Recorded) -> Vec<Utterance> {
    recorded.lock().unwrap().drain(..).map(|(u, _)| u).collect()
}

#[test]
fn without_a_speech_service_the_button_says_so_once_in_the_persons_language() {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("no-speech-dispatcher.sock");
    let mut a = own_window_at_the_answer(Service::Socket(socket));
    common::send(&mut a, Message::Language(Lang::Ar));
    let unavailable = tr_in(Lang::Ar, "speech-unavailable", &[]);
    assert!(!common::sees(&a, &unavailable));
    key(&mut a, Key::Named(Named::F2));
    assert!(common::sees(&a, &unavailable), "the failure is said");
    assert!(a
        .reader()
        .problem()
        .unwrap()
        .contains("no-speech-dispatcher.sock"));
    assert!(!a.reader().is_reading());
    // Again: nothing more is tried, the same message stays; the answer is still there.
    let problem = a.reader().problem().map(str::to_string);
    key(&mut a, Key::Named(Named::F2));
    assert_eq!(a.reader().problem().map(str::to_string), problem);
    assert!(common::sees(&a, &unavailable));
    assert!(a.wizard().unwrap().answer().is_some());
}

#[test]
fn a_hard_word_is_explained_where_it_appears_and_said_with_speech_on() {
    let recorded = Recorded::default();
    let mut a = own_window_at_the_answer(Service::Recorder(recorded.clone(), Vec::new()));
    let answer = a.wizard().unwrap().answer().unwrap().clone();
    let anef = answer
        .glossary
        .iter()
        .position(|t| t.term == "ANEF")
        .expect("the answer explains ANEF");
    let term = &answer.glossary[anef];
    // Marked on the line where it first appears: a button under it; the explanation is hidden.
    let button = tr_in(Lang::Fr, "glossary-explain", &[("term", "ANEF".into())]);
    assert!(common::sees(&a, &button));
    assert!(common::sees(&a, &tr_in(Lang::Fr, "section-words", &[])));
    // Chosen: shown under the line (the same text as in « Les mots difficiles »), not said.
    common::click(&mut a, &button);
    assert_eq!(a.wizard().unwrap().explained(), Some(anef));
    assert!(recorded.lock().unwrap().is_empty(), "speech is off");
    // Chosen again: hidden.
    common::click(&mut a, &button);
    assert_eq!(a.wizard().unwrap().explained(), None);
    // With « Lire à voix haute » on, choosing it says it.
    key(&mut a, Key::Named(Named::F4));
    recorded.lock().unwrap().clear();
    common::click(&mut a, &button);
    let said = heard_all(&recorded);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].text.starts_with("ANEF"), "{said:?}");
    assert!(said[0]
        .text
        .contains(&passerelle::speech::spoken(Lang::Fr, &term.text)));
}

/// A computer with no voice for one language (as a Windows without a Dari voice): its texts are
/// not read with another language's voice; the bar says why, and the other languages still read.
#[test]
fn a_language_without_a_voice_says_so_and_the_others_still_read() {
    let recorded = Recorded::default();
    let service = Service::Recorder(recorded.clone(), vec![Lang::FaAf]);
    let mut a = own_window_at_the_answer(service);
    common::send(&mut a, Message::Language(Lang::FaAf));
    let no_voice = tr_in(Lang::FaAf, "speech-no-voice", &[]);
    assert!(!common::sees(&a, &no_voice));
    key(&mut a, Key::Named(Named::F2));
    assert!(
        common::sees(&a, &no_voice),
        "the missing voice is said, in Dari"
    );
    assert!(a.reader().no_voice().unwrap().contains("fa"));
    assert!(a.reader().problem().is_none(), "the voice is not given up");
    assert!(!a.reader().is_reading());
    assert!(
        recorded.lock().unwrap().is_empty(),
        "nothing read with another voice"
    );

    common::send(&mut a, Message::Language(Lang::Fr));
    key(&mut a, Key::Named(Named::F2));
    let said = recorded_at_least(&recorded, 1);
    assert_eq!(said[0].lang, Lang::Fr, "French is read");
    assert!(
        a.reader().no_voice().is_none(),
        "read again: the message goes"
    );
    assert!(!common::sees(&a, &tr_in(Lang::Fr, "speech-no-voice", &[])));
}
