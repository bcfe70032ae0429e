//! One full wizard path in French, English and Arabic, clicked by the visible text of each
//! language; then the other screens in each language, with no key falling back to French.

mod common;

use std::sync::Arc;

use chrono::NaiveDate;

use common::{click, sees};
use passerelle::facts::FactName;
use passerelle::i18n::{self, tr_in, Lang};
use passerelle::labels;
use passerelle::ui::wizard::Message as W;
use passerelle::ui::{App, Message, View};

fn app(lang: Lang) -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut a = App::new(common::fixture_pack().map(Arc::new), today);
    let _ = a.update(Message::Language(lang));
    a
}

/// "2. Renouveler mon titre": a choice as the wizard numbers it, in `lang`.
fn choice(lang: Lang, n: usize, fact: FactName, value: &str) -> String {
    format!("{n}. {}", labels::choice(lang, fact, value).0)
}

fn renewal_in(lang: Lang) -> App {
    let mut a = app(lang);
    let t = |key: &str| tr_in(lang, key, &[]);
    assert!(sees(&a, &t("question-departement")));
    let _ = a.update(Message::Wizard(W::Search("calvados".into())));
    click(&mut a, "1. Calvados (14)");
    assert!(sees(&a, &t("question-request")));
    click(&mut a, &choice(lang, 2, FactName::Request, "renewal"));
    assert!(sees(&a, &t("question-category")));
    // The motive in two steps: its family, then the motive.
    common::click_choice(&mut a, &t("family-family"));
    let spouse = labels::choice(lang, FactName::Category, "french_spouse").0;
    common::click_choice(&mut a, &spouse);
    assert!(sees(&a, &t("question-current_title")));
    click(
        &mut a,
        &choice(lang, 3, FactName::CurrentTitle, "multi_year_card"),
    );
    let _ = a.update(Message::Wizard(W::DateInput("2027-02-15".into())));
    click(&mut a, &t("submit"));
    a
}

/// What the answer screen shows, in the language's own words and dates.
fn answer_speaks(lang: Lang, a: &App, summary_start: &str) {
    let t = |key: &str| tr_in(lang, key, &[]);
    for key in [
        "channel-anef",
        "open-official-page",
        "section-when",
        "section-provisional",
        "section-documents",
        "section-blocked",
        "section-why",
    ] {
        assert!(sees(a, &t(key)), "{}: {key} not shown", lang.tag());
    }
    let outcome = a.wizard().unwrap().outcome().expect("an answer");
    assert!(
        outcome.summary.starts_with(summary_start),
        "{}: the rule's summary is translated: {}",
        lang.tag(),
        outcome.summary
    );
    // The same answer as in French: the language changes words, never the law.
    assert_eq!(outcome.channel, passerelle::facts::Channel::Anef);
    let w = outcome.filing_window.as_ref().unwrap();
    assert_eq!(w.closes, NaiveDate::from_ymd_opt(2026, 12, 17).unwrap());
    let dates = i18n::tr_in(
        lang,
        "window-dates",
        &[
            ("opens", i18n::short_date(lang, w.opens).into()),
            ("closes", i18n::short_date(lang, w.closes).into()),
        ],
    );
    assert!(sees(a, &dates), "{}: {dates}", lang.tag());
}

#[test]
fn an_anef_renewal_in_french() {
    let a = renewal_in(Lang::Fr);
    answer_speaks(Lang::Fr, &a, "Votre demande se fait en ligne sur l'ANEF");
    assert!(sees(&a, "Quand déposer"));
}

#[test]
fn an_anef_renewal_in_english() {
    let a = renewal_in(Lang::En);
    answer_speaks(Lang::En, &a, "Your application is made online on ANEF");
    assert!(sees(&a, "When to file"));
    assert!(!sees(&a, "Quand déposer"), "no French left on the answer");
}

#[test]
fn an_anef_renewal_in_arabic() {
    let a = renewal_in(Lang::Ar);
    answer_speaks(Lang::Ar, &a, "يُقدَّم طلبك عبر الإنترنت على ANEF");
    assert!(sees(&a, "متى تودع الطلب"));
    assert!(!sees(&a, "Quand déposer"));
    // Back goes back, its arrow pointing right as Arabic reads.
    assert!(sees(&a, &tr_in(Lang::Ar, "back", &[("arrow", "→".into())])));
}

/// Every screen in every language, then: no key of that language fell back to French.
#[test]
fn no_screen_falls_back_to_french() {
    let data = tempfile::tempdir().unwrap();
    common::place(data.path(), "leila", "profile-v1.ron");
    for lang in Lang::ALL {
        let mut a = renewal_in(lang);
        let _ = a.update(Message::ToggleLanguages);
        let _ = common::simulator(&a);
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let store = passerelle::store::profiles::ProfileStore::open(data.path()).unwrap();
        let mut f = App::new(common::fixture_pack().map(Arc::new), today)
            .with_store(store)
            .with_rules(data.path().to_path_buf());
        let _ = f.update(Message::Language(lang));
        assert_eq!(f.view_shown(), View::Files);
        let _ = common::simulator(&f);
        let id = f.files().unwrap().profiles()[0].id.clone();
        use passerelle::ui::files::{details, file, list, Message as F};
        let _ = f.update(Message::Files(F::List(list::Message::Open(id))));
        let _ = f.update(Message::Files(F::File(file::Message::Details(
            details::Message::Toggle,
        ))));
        let _ = common::simulator(&f);
        let _ = f.update(Message::Show(View::Rules));
        let _ = common::simulator(&f);
        drop(f);
        let fell_back: Vec<_> = i18n::missing()
            .into_iter()
            .filter(|(l, k)| *l == lang && k != "no-such-key-anywhere")
            .collect();
        assert!(fell_back.is_empty(), "{}: {fell_back:?}", lang.tag());
    }
}

/// Where a visible text is laid out (the simulator's window is `common::TALL` wide).
fn bounds(a: &App, text: &str) -> iced::Rectangle {
    common::simulator(a)
        .find(text)
        .unwrap_or_else(|e| panic!("{text:?} not found: {e:?}"))
        .bounds()
}

/// iced 0.14 has no writing direction: Arabic lines must sit at the right edge (their
/// containers aligned right — `text.align_x(Right)` would make single lines vanish) and rows
/// must be mirrored. French stays left to right.
#[test]
fn arabic_is_laid_out_right_to_left_and_french_left_to_right() {
    let width = common::TALL.0;
    for lang in [Lang::Fr, Lang::Ar] {
        let a = app(lang);
        let question = bounds(&a, &tr_in(lang, "question-departement", &[]));
        let arrow = if lang.rtl() { "→" } else { "←" };
        let back = bounds(&a, &tr_in(lang, "back", &[("arrow", arrow.into())]));
        let start_over = bounds(&a, &tr_in(lang, "start-over", &[]));
        if lang.rtl() {
            assert!(
                question.x + question.width > width - 60.0,
                "{question:?} ends at the right"
            );
            assert!(
                question.x > width / 3.0,
                "{question:?} is not stretched from the left"
            );
            assert!(back.x > start_over.x, "Back comes first from the right");
        } else {
            assert!(question.x < 60.0, "{question:?} starts at the left");
            assert!(back.x < start_over.x);
        }
    }
}
