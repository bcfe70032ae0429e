//! What is said aloud is a pure function of the screen: a whole keyboard-only session at a kiosk,
//! from the language list to the answer, in French and in Arabic, checked utterance by utterance
//! without audio.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use iced::keyboard::{key::Named, Key, Modifiers};

use passerelle::facts::FactName;
use passerelle::i18n::{long_date, tr_in, Lang};
use passerelle::labels;
use passerelle::speech::Utterance;
use passerelle::ui::wizard::Message as W;
use passerelle::ui::{key_to_message, App, Message};

fn kiosk() -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    App::new(common::fixture_pack().map(Arc::new), today)
        .kiosk(Duration::from_secs(180), Instant::now())
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
    let mut a = kiosk();
    // The language list: each language in its own voice, with its digit.
    let said = a.speech();
    assert_eq!(said.len(), Lang::ALL.len());
    for (i, l) in Lang::ALL.iter().enumerate() {
        assert_eq!(said[i].lang, *l);
        assert!(said[i].text.contains(l.native_name()), "{:?}", said[i]);
        assert!(said[i].text.contains(&(i + 1).to_string()), "{:?}", said[i]);
    }
    let n = Lang::ALL.iter().position(|l| *l == lang).unwrap() + 1;
    digit(&mut a, n);
    assert!(!a.languages_open());

    // Where do you live: typed, then Enter.
    let said = a.speech();
    assert!(said.iter().all(|u| u.lang == lang));
    assert_eq!(
        said[0].text,
        passerelle::speech::spoken(lang, &t("question-departement"))
    );
    common::send(&mut a, Message::Wizard(W::Search("calvados".into())));
    let said = a.speech();
    number_of(&said, lang, "Calvados (14)");
    key(&mut a, Key::Named(Named::Enter));

    // What to do: the renewal by its digit; the highlight is said as it moves.
    let said = a.speech();
    assert_eq!(
        said[0].text,
        passerelle::speech::spoken(lang, &t("question-request"))
    );
    let renewal = labels::choice(lang, FactName::Request, "renewal").0;
    let n = number_of(&said, lang, &renewal);
    key(&mut a, Key::Named(Named::ArrowDown));
    let highlighted = a.speech_highlighted().expect("the highlight is said");
    assert!(highlighted.text.starts_with('2'), "{highlighted:?}");
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
}

#[test]
fn a_keyboard_only_session_is_said_from_the_language_list_to_the_answer_in_french() {
    session(Lang::Fr);
}

#[test]
fn a_keyboard_only_session_is_said_from_the_language_list_to_the_answer_in_arabic() {
    session(Lang::Ar);
}
