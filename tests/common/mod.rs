//! Helpers shared by the integration tests: fixtures on disk and the app driven through iced's
//! simulator (which does not run `update`: messages are fed back by hand).
#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use iced_test::Simulator;

use passerelle::pack::signature::{read_secret_key, sign, signature_text, SIGNATURE_FILE};
use passerelle::pack::PackFiles;
use passerelle::profile::Identity;
use passerelle::store::profiles::PROFILES_DIR;
use passerelle::ui::{self, App, Message};

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Puts a fixture file in place as the profile `id` of the data directory `data`.
pub fn place(data: &Path, id: &str, fixture_name: &str) -> PathBuf {
    let dir = data.join(PROFILES_DIR).join(id);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("profile.ron");
    std::fs::copy(fixture(fixture_name), &path).unwrap();
    path
}

/// The rule pack the interface tests run on: a frozen copy of the pack (`tools/fixture-pack.sh`),
/// so that a rule update does not break a test of the interface. The law itself is tested on the
/// real pack by the scenarios.
pub fn fixture_pack() -> Result<passerelle::pack::RulePack, passerelle::pack::PackErrors> {
    passerelle::pack::RulePack::from_dir(&fixture("pack"))
}

/// A tall viewport, so that every element of a long screen is visible and clickable.
pub const TALL: (f32, f32) = (1280.0, 8000.0);

pub fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(ui::settings(), TALL, app.view())
}

/// Clicks the element showing `label` and feeds its messages to `update`, running the tasks
/// that come back (the writes of « Mes dossiers », for instance) as the app's runtime would.
pub fn click(app: &mut App, label: &str) {
    let messages: Vec<Message> = {
        let mut sim = simulator(app);
        sim.click(label)
            .unwrap_or_else(|e| panic!("cannot click {label:?}: {e:?}"));
        sim.into_messages().collect()
    };
    assert!(!messages.is_empty(), "clicking {label:?} sent nothing");
    for m in messages {
        send(app, m);
    }
}

/// `update`, then the task it returns to its end, each message it produces sent the same way.
pub fn send(app: &mut App, message: Message) {
    let task = app.update(message);
    settle(app, task);
}

/// Runs a task to its end and sends its messages. What only a window can do (focus a field,
/// load a font, exit) is dropped.
pub fn settle(app: &mut App, task: iced::Task<Message>) {
    use futures::StreamExt;
    let Some(mut stream) = iced_runtime::task::into_stream(task) else {
        return;
    };
    let messages = futures::executor::block_on(async {
        let mut messages = Vec::new();
        while let Some(action) = stream.next().await {
            if let iced_runtime::Action::Output(m) = action {
                messages.push(m);
            }
        }
        messages
    });
    for m in messages {
        send(app, m);
    }
}

/// The number of the choice showing `label`, if it is on screen.
pub fn choice_number(app: &App, label: &str) -> Option<usize> {
    (1..=9).find(|n| sees(app, &format!("{n}. {label}")))
}

/// Whether the choice showing `label` is on screen, numbered or not (from the tenth on,
/// choices have no number).
pub fn shows_choice(app: &App, label: &str) -> bool {
    choice_number(app, label).is_some() || sees(app, label)
}

/// Clicks the choice showing `label`, whatever its number.
pub fn click_choice(app: &mut App, label: &str) {
    match choice_number(app, label) {
        Some(n) => click(app, &format!("{n}. {label}")),
        None => click(app, label),
    }
}

pub fn sees(app: &App, label: &str) -> bool {
    simulator(app).find(label).is_ok()
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// Leaves a file as it is (for `signed_pack`).
pub fn same(_: &str, t: String) -> String {
    t
}

/// A copy of the bundled pack in `dir/VERSION`, published on `date` as version `version`,
/// each file passed through `edit`, then signed with the repository's test key without being
/// checked (so that a bad pack can be signed too).
pub fn signed_pack(
    dir: &Path,
    version: &str,
    date: &str,
    edit: impl Fn(&str, String) -> String,
) -> PathBuf {
    let out = dir.join(version);
    copy_dir(&root().join("assets/rules"), &out);
    std::fs::remove_file(out.join(SIGNATURE_FILE)).unwrap();
    let meta = out.join("pack.ron");
    let text: String = std::fs::read_to_string(&meta)
        .unwrap()
        .lines()
        .map(|line| match line.trim_start() {
            l if l.starts_with("version:") => format!("    version: \"{version}\",\n"),
            l if l.starts_with("published:") => format!("    published: \"{date}\",\n"),
            _ => format!("{line}\n"),
        })
        .collect();
    std::fs::write(&meta, text).unwrap();
    let files = PackFiles::from_dir(&out).unwrap();
    for (name, text) in &files.files {
        let edited = edit(name, text.to_string());
        if edited != *text {
            std::fs::write(out.join(name), edited).unwrap();
        }
    }
    let key_file = root().join("packaging/test-key/passerelle-test.key");
    let key = read_secret_key(&std::fs::read_to_string(key_file).unwrap()).unwrap();
    let files = PackFiles::from_dir(&out).unwrap();
    std::fs::write(
        out.join(SIGNATURE_FILE),
        signature_text(&sign(&files, &key)),
    )
    .unwrap();
    out
}

/// The wizard up to the answer for a Calvados ANEF renewal, title ending 15 February 2027.
pub fn answer_anef_renewal(a: &mut App) {
    use passerelle::ui::wizard::Message as W;
    for m in [
        W::Choose("14".into()),
        W::Choose("renewal".into()),
        W::Choose("french_spouse".into()),
        W::Choose("multi_year_card".into()),
        W::DateInput("2027-02-15".into()),
        W::SubmitDate,
    ] {
        let _ = a.update(Message::Wizard(m));
    }
}

/// A date written YYYY-MM-DD.
pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Sample details of a person, every field filled.
pub fn identity() -> Identity {
    Identity {
        civility: "Madame".into(),
        first_name: "Leïla".into(),
        last_name: "Benali".into(),
        birth_date: Some(date("1990-04-12")),
        birth_place: "Oran (Algérie)".into(),
        nationality: "algérienne".into(),
        address: vec!["12 rue des Lilas".into(), "14000 Caen".into()],
        email: "leila@example.org".into(),
        phone: "06 12 34 56 78".into(),
        agdref: "1402345678".into(),
        anef_request: "140120241104123456".into(),
        title_mention: "vie privée et familiale".into(),
        title_valid_from: Some(date("2024-01-10")),
        e_photo_code: "EPH-7F3K-22QX".into(),
    }
}

/// A Calvados ANEF renewal filed on 20 July 2026 inside its window, title ended 9 October 2026.
pub const RENEWAL_FILED: &[(&str, &str)] = &[
    ("departement", "14"),
    ("request", "renewal"),
    ("category", "french_spouse"),
    ("current_title", "multi_year_card"),
    ("title_expiry", "2026-10-09"),
    ("filed_on", "2026-07-20"),
];

/// A saved procedure for these facts, answered on `today` (the checklist comes from the answer).
pub fn case_of(
    pack: &passerelle::pack::RulePack,
    today: NaiveDate,
    facts: &[(&str, &str)],
) -> passerelle::profile::Case {
    let facts = passerelle::facts::Facts::from_pairs(facts).unwrap();
    let outcome = passerelle::resolve(pack, &facts, today).unwrap().outcome;
    passerelle::profile::Case::new(
        "Renouveler mon titre — Calvados (14)",
        &facts,
        outcome.as_ref(),
        pack,
        today,
    )
}

/// A text without its whitespace: a PDF's extracted text and a line of the answer compare
/// whatever the line breaks.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The squeezed text of an answer PDF without its page footers (« Réponse — Passerelle, règles
/// v — page 1/8 » in `lang`), which fall inside a line cut by a page break.
pub fn without_footers(
    text: &str,
    lang: passerelle::i18n::Lang,
    title: &str,
    version: &str,
) -> String {
    let mut text = text.to_string();
    // Longest first: « page 1/1 » must not be taken out of « page 1/10 ».
    for pages in (1..40).rev() {
        for page in 1..=pages {
            let footer = passerelle::tl!(
                lang,
                "pdf-footer",
                title = title,
                version = version,
                page = page,
                pages = pages
            );
            text = text.replace(&squeeze(&footer), "");
        }
    }
    text
}

/// A process that must have succeeded; otherwise the test fails with what it printed on stderr.
#[track_caller]
pub fn assert_succeeded(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
