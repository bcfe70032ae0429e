//! « Mes dossiers » driven through the app, with a real store in a temporary data directory:
//! saving an answer into a new file, ticking the checklist, dates, evidence, calendar, export,
//! import, a second instance, an unreadable file and a rule change.

mod common;

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;

use common::{answer_anef_renewal, click, place, sees, send, simulator};

use passerelle::profile::AttemptChannel;
use passerelle::store::profiles::ProfileStore;
use passerelle::ui::files::{
    checklist, dates, details, evidence, file, letters, list, Message as F, Tick,
};
use passerelle::ui::widget::PathMessage as P;
use passerelle::ui::{App, Message, View};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn app(data: &Path) -> App {
    App::new(common::fixture_pack().map(Arc::new), today())
        .with_store(ProfileStore::open(data).unwrap())
}

/// Clicking a disabled button sends nothing.
fn click_sends_nothing(app: &App, label: &str) -> bool {
    let mut sim = simulator(app);
    sim.click(label).is_ok() && sim.into_messages().next().is_none()
}

/// A message to « Mes dossiers », with the tasks it starts (the writes) run to their end.
fn files(app: &mut App, m: F) {
    send(app, Message::Files(m));
}

fn in_list(m: list::Message) -> F {
    F::List(m)
}

fn in_file(m: file::Message) -> F {
    F::File(m)
}

fn in_checklist(m: checklist::Message) -> F {
    in_file(file::Message::Checklist(m))
}

fn in_dates(m: dates::Message) -> F {
    in_file(file::Message::Dates(m))
}

fn in_evidence(m: evidence::Message) -> F {
    in_file(file::Message::Evidence(m))
}

fn in_letters(m: letters::Message) -> F {
    in_file(file::Message::Letters(m))
}

#[test]
fn an_answer_goes_into_a_new_file_and_its_checklist_is_kept() {
    let data = tempfile::tempdir().unwrap();
    let mut a = app(data.path());
    assert_eq!(
        a.view_shown(),
        View::Wizard,
        "no files yet: the wizard first"
    );
    answer_anef_renewal(&mut a);
    click(&mut a, "Enregistrer dans mes dossiers");
    assert_eq!(a.view_shown(), View::Files);
    assert!(sees(
        &a,
        "Où enregistrer « Renouveler mon titre — Calvados (14) » ?"
    ));
    files(&mut a, in_list(list::Message::NewName("Leïla".into())));
    click(&mut a, "Créer le dossier");
    assert!(sees(&a, "Dossier « Leïla » créé."));
    let total = a.files().unwrap().open_profile().unwrap().cases[0]
        .checklist
        .len();
    assert!(total >= 4, "the outcome's documents became the checklist");
    assert!(sees(&a, &format!("Documents : 0 sur {total} prêts")));

    files(
        &mut a,
        in_checklist(checklist::Message::Toggle(0, Tick::Have)),
    );
    files(
        &mut a,
        in_checklist(checklist::Message::Toggle(0, Tick::Copy)),
    );
    files(
        &mut a,
        in_checklist(checklist::Message::Note(0, "original chez moi".into())),
    );
    files(
        &mut a,
        in_checklist(checklist::Message::NewItem("Livret de famille".into())),
    );
    click(&mut a, "Ajouter");
    assert!(sees(&a, &format!("Documents : 1 sur {} prêts", total + 1)));
    assert!(sees(&a, "☐ Livret de famille — ajouté par vous"));

    // The dates, and the next one in the header.
    assert!(sees(
        &a,
        "17/12/2026 — Dernier jour pour déposer (dans 24 jours)"
    ));
    assert!(sees(
        &a,
        "Prochaine date : Leïla — Dernier jour pour déposer, le 17/12/2026 (dans 24 jours)"
    ));

    // Everything is on disk: a fresh app on the same directory opens on the list.
    drop(a);
    let mut again = app(data.path());
    assert_eq!(again.view_shown(), View::Files);
    assert!(sees(
        &again,
        "1 démarche · Prochaine date : Dernier jour pour déposer — 17/12/2026 (dans 24 jours)"
    ));
    click(&mut again, "Ouvrir « Leïla »");
    let case = &again.files().unwrap().open_profile().unwrap().cases[0];
    assert!(case.checklist[0].have && case.checklist[0].copy_made);
    assert_eq!(case.checklist[0].note, "original chez moi");
    assert_eq!(case.checklist.last().unwrap().label, "Livret de famille");
}

#[test]
fn evidence_dates_calendar_and_export() {
    let data = tempfile::tempdir().unwrap();
    place(data.path(), "leila", "profile-v1.ron");
    let mut a = app(data.path());
    click(&mut a, "Ouvrir « Leïla B. »");
    assert!(sees(
        &a,
        "2 tentatives, sur 2 jours et 2 semaines, à 2 heures différentes ; 0 avec capture d'écran"
    ));
    assert!(sees(
        &a,
        "Vos tentatives sont réparties comme le demande la jurisprudence."
    ));

    // A bad time is explained, not recorded.
    files(
        &mut a,
        in_evidence(evidence::Message::Date("2026-11-20".into())),
    );
    files(&mut a, in_evidence(evidence::Message::Time("25h".into())));
    files(
        &mut a,
        in_evidence(evidence::Message::Channel(AttemptChannel::Phone)),
    );
    click(&mut a, "Enregistrer la tentative");
    assert!(a.files().unwrap().status().unwrap().error);
    // A good one, with a screenshot copied into the file's folder.
    let shot = data.path().join("capture.png");
    std::fs::write(&shot, b"png bytes").unwrap();
    files(&mut a, in_evidence(evidence::Message::Time("16:45".into())));
    files(
        &mut a,
        in_evidence(evidence::Message::Result("Ligne saturée".into())),
    );
    files(
        &mut a,
        in_evidence(evidence::Message::ScreenshotPath(P::Edit(
            shot.display().to_string(),
        ))),
    );
    click(&mut a, "Enregistrer la tentative");
    assert!(!a.files().unwrap().status().unwrap().error);
    assert!(sees(
        &a,
        "3 tentatives, sur 3 jours et 3 semaines, à 3 heures différentes ; 1 avec capture d'écran"
    ));
    let copied: Vec<_> = std::fs::read_dir(data.path().join("profiles/leila/evidence"))
        .unwrap()
        .collect();
    assert_eq!(copied.len(), 1);

    // A date entered in the open file reaches the header at once.
    files(
        &mut a,
        in_dates(dates::Message::ProvisionalInput("2026-11-30".into())),
    );
    click(&mut a, "Enregistrer la date");
    assert!(sees(
        &a,
        "Prochaine date : Leïla B. — Document provisoire reçu, le 30/11/2026 (dans 7 jours)"
    ));
    // The provisional document's date adds its end of validity.
    files(
        &mut a,
        in_dates(dates::Message::ProvisionalInput("2027-02-10".into())),
    );
    click(&mut a, "Enregistrer la date");
    assert!(sees(
        &a,
        "10/05/2027 — Fin de validité maximale de l'attestation (3 mois) (dans 168 jours)"
    ));

    // The checklist and dates as a PDF.
    let list = data.path().join("liste");
    files(
        &mut a,
        in_checklist(checklist::Message::PdfPath(P::Edit(
            list.display().to_string(),
        ))),
    );
    click(&mut a, "Enregistrer la liste en PDF");
    let pdf = std::fs::read(data.path().join("liste.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("Leïla B. — Renouveler mon titre — Calvados (14)"),
        "{text}"
    );
    assert!(text.contains("[x] Code e-photo"), "{text}");
    assert!(text.contains("Note : Photomaton de la gare"), "{text}");
    assert!(
        text.contains("17/12/2026 — Dernier jour pour déposer"),
        "{text}"
    );

    // The calendar file, through the path field (no dialog needed).
    let ics = data.path().join("dates.ics");
    files(
        &mut a,
        in_dates(dates::Message::CalendarPath(P::Edit(
            ics.display().to_string(),
        ))),
    );
    click(&mut a, "Exporter vers le calendrier");
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.contains("SUMMARY:Dernier jour pour déposer"));
    // A dialog that returns nothing says to use the field.
    files(
        &mut a,
        in_dates(dates::Message::CalendarPath(P::Picked(None))),
    );
    assert!(a
        .files()
        .unwrap()
        .status()
        .unwrap()
        .text
        .contains("écrivez le chemin"));

    // Export, then import into another data directory.
    let export = data.path().join("leila.passerelle");
    files(
        &mut a,
        in_file(file::Message::ExportPath(P::Edit(
            export.display().to_string(),
        ))),
    );
    click(&mut a, "Exporter le dossier");
    let other = tempfile::tempdir().unwrap();
    let mut b = app(other.path());
    click(&mut b, "Mes dossiers (0)");
    files(
        &mut b,
        in_list(list::Message::ImportPath(P::Edit(
            export.display().to_string(),
        ))),
    );
    click(&mut b, "Importer");
    assert!(sees(&b, "Dossier « Leïla B. » importé."));
    click(&mut b, "Ouvrir « Leïla B. »");
    assert_eq!(
        b.files().unwrap().open_profile(),
        a.files().unwrap().open_profile()
    );
}

#[test]
fn a_second_window_only_reads() {
    let data = tempfile::tempdir().unwrap();
    place(data.path(), "leila", "profile-v1.ron");
    let first = app(data.path());
    let mut second = app(data.path());
    assert!(sees(&second, "Réessayer"));
    assert!(click_sends_nothing(&second, "Créer le dossier"));
    click(&mut second, "Ouvrir « Leïla B. »");
    assert!(click_sends_nothing(&second, "☐ Je l'ai"));
    drop(first);
    click(&mut second, "Réessayer");
    assert!(sees(
        &second,
        "Vous pouvez maintenant modifier vos dossiers."
    ));
    assert!(!second.files().unwrap().read_only());
}

#[test]
fn an_unreadable_file_is_named_and_the_others_open() {
    let data = tempfile::tempdir().unwrap();
    place(data.path(), "leila", "profile-v1.ron");
    let future = place(data.path(), "future", "profile-v7-future.ron");
    let a = app(data.path());
    assert!(sees(&a, "Leïla B."));
    let listing_problem = format!(
        "Un dossier n'a pas pu être lu et n'a pas été modifié : {}",
        future.display()
    );
    let found = simulator(&a)
        .find(move |c: iced_test::selector::Candidate<'_>| match c {
            iced_test::selector::Candidate::Text { content, .. }
                if content.starts_with(&listing_problem)
                    && content.contains("newer Passerelle") =>
            {
                Some(())
            }
            _ => None,
        })
        .is_ok();
    assert!(found, "the problem names the file and the reason");
}

#[test]
fn a_rule_change_keeps_ticks_and_says_what_changed() {
    let data = tempfile::tempdir().unwrap();
    let path = place(data.path(), "leila", "profile-v1.ron");
    // As if written with an older pack that asked for a document the current one does not.
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("channel: \"anef\"", "channel: \"postal\"")
        .replace(
            "pack_version: \"2026.11.23\",",
            "pack_version: \"2025.01.01\",",
        )
        .replace("item: \"birth_certificate\"", "item: \"old_form\"");
    std::fs::write(&path, text).unwrap();
    let mut a = app(data.path());
    click(&mut a, "Ouvrir « Leïla B. »");
    assert!(sees(
        &a,
        "☐ Acte de naissance — plus demandé par les règles"
    ));
    let case = &a.files().unwrap().open_profile().unwrap().cases[0];
    let old = case
        .checklist
        .iter()
        .find(|i| i.item == "old_form")
        .unwrap();
    assert!(old.have, "ticks kept");
    assert!(case.checklist.iter().any(|i| i.item == "identity"));
}

#[test]
fn a_letter_names_what_it_lacks_then_is_written_edited_and_saved() {
    use passerelle::ui::files::IdentityField as I;
    let data = tempfile::tempdir().unwrap();
    place(data.path(), "leila", "profile-v1.ron");
    let mut a = app(data.path());
    click(&mut a, "Ouvrir « Leïla B. »");
    click(
        &mut a,
        "Demande de rendez-vous au point d'accueil numérique",
    );
    let status = a.files().unwrap().status().unwrap().clone();
    assert!(status.error);
    for name in ["nom et prénom", "code e-photo", "date de naissance"] {
        assert!(status.text.contains(name), "{}", status.text);
    }
    assert!(
        sees(&a, "Numéro AGDREF (sur le titre ou le récépissé)"),
        "the form opens"
    );

    for (field, value) in [
        (I::Civility, "Madame"),
        (I::FirstName, "Leïla"),
        (I::LastName, "Benali"),
        (I::BirthDate, "1990-04-12"),
        (I::BirthPlace, "Oran (Algérie)"),
        (I::Nationality, "algérienne"),
        (I::Address1, "12 rue des Lilas"),
        (I::Address2, "14000 Caen"),
        (I::Phone, "06 12 34 56 78"),
        (I::EPhotoCode, "EPH-7F3K-22QX"),
    ] {
        files(
            &mut a,
            in_file(file::Message::Details(details::Message::Edit(
                field,
                value.into(),
            ))),
        );
    }
    click(
        &mut a,
        "Demande de rendez-vous au point d'accueil numérique",
    );
    // The person can change the text before saving it.
    for c in "Brouillon. ".chars() {
        files(
            &mut a,
            in_letters(letters::Message::Edit(
                iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Insert(c)),
            )),
        );
    }
    let letter = data.path().join("pan.txt");
    files(
        &mut a,
        in_letters(letters::Message::Path(P::Edit(
            letter.display().to_string(),
        ))),
    );
    click(&mut a, "Enregistrer la lettre");
    let text = std::fs::read_to_string(&letter).unwrap();
    assert!(
        text.starts_with("Brouillon. Madame Leïla BENALI\n12 rue des Lilas\n14000 Caen"),
        "{text}"
    );
    assert!(text.contains("• Code e-photo : EPH-7F3K-22QX"), "{text}");
    assert!(text.contains("pref-etrangers@calvados.gouv.fr"), "{text}");
    // The same edited text as a PDF.
    click(&mut a, "Enregistrer en PDF");
    let pdf = std::fs::read(data.path().join("pan.pdf")).unwrap();
    let pdf_text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let pdf_text = pdf_text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        pdf_text.contains("Brouillon. Madame Leïla BENALI"),
        "{pdf_text}"
    );
    assert!(
        pdf_text.contains("Code e-photo : EPH-7F3K-22QX"),
        "{pdf_text}"
    );

    // The details are kept in the file.
    drop(a);
    let mut again = app(data.path());
    click(&mut again, "Ouvrir « Leïla B. »");
    let id = &again.files().unwrap().open_profile().unwrap().identity;
    assert_eq!(id.e_photo_code, "EPH-7F3K-22QX");
    assert_eq!(id.birth_date, NaiveDate::from_ymd_opt(1990, 4, 12));
}

/// A procedure saved before the rules needed a fact to name its channel (here a 2021-style
/// Alpes-Maritimes renewal, saved with the entry visa, that the 2026 rules ask the title held
/// for): opening the file leaves it untouched — no document is marked "no longer asked for",
/// nothing is written — and the file says why there is no answer.
#[test]
fn a_case_todays_rules_cannot_answer_keeps_its_checklist_and_says_why() {
    let data = tempfile::tempdir().unwrap();
    let path = place(data.path(), "leila", "profile-v1.ron");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"departement\": \"14\",", "\"departement\": \"06\",")
        .replace(
            "\"category\": \"french_spouse\",",
            "\"category\": \"employee\",",
        )
        .replace(
            "\"request\": \"renewal\",",
            "\"request\": \"renewal\",\n                \"visa\": \"vls_ts\",",
        )
        .replace(
            "pack_version: \"2026.11.23\",",
            "pack_version: \"2025.01.01\",",
        );
    std::fs::write(&path, &text).unwrap();
    let mut a = app(data.path());
    click(&mut a, "Ouvrir « Leïla B. »");
    let case = &a.files().unwrap().open_profile().unwrap().cases[0];
    assert!(
        case.checklist.iter().all(|i| i.change.is_none()
            || matches!(
                i.change,
                Some(passerelle::profile::RuleChange::Added { .. })
            )),
        "no item marked removed: {:?}",
        case.checklist
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "the file is not rewritten"
    );
    assert!(sees(
        &a,
        "Les règles d'aujourd'hui ne répondent pas à cette démarche telle qu'elle est enregistrée : il faut d'abord répondre à « Quel titre de séjour avez-vous aujourd'hui ? ». La liste des documents est gardée telle quelle."
    ));
}

/// The list of files filters as one types: a name, a procedure, a town or a département.
#[test]
fn the_list_of_files_filters_by_name_procedure_or_place() {
    let data = tempfile::tempdir().unwrap();
    {
        let store = ProfileStore::open(data.path()).unwrap();
        for (name, title, dep) in [
            (
                "Leïla Haddad",
                "Renouveler mon titre — Noisy-le-Grand (93)",
                "93",
            ),
            (
                "Oleksandr Koval",
                "Première demande de titre de séjour — Calvados (14)",
                "14",
            ),
            ("Ama Mensah", "Renouveler mon titre — Calvados (14)", "14"),
        ] {
            let mut p = passerelle::profile::Profile::new(name, today());
            let facts = passerelle::facts::Facts::from_pairs(&[("departement", dep)]).unwrap();
            let pack = common::fixture_pack().unwrap();
            p.cases.push(passerelle::profile::Case::new(
                title,
                &facts,
                None,
                &pack,
                today(),
            ));
            store.create(&p).unwrap();
        }
    }
    let mut a = app(data.path());
    assert_eq!(a.view_shown(), View::Files);
    let shown = |a: &App| a.files().unwrap().shown();
    assert_eq!(shown(&a), 3);
    files(&mut a, in_list(list::Message::Filter("renouv".into())));
    assert_eq!(shown(&a), 2);
    assert!(sees(&a, "Ouvrir « Leïla Haddad »"));
    assert!(!sees(&a, "Ouvrir « Oleksandr Koval »"));
    files(&mut a, in_list(list::Message::Filter("calvados".into())));
    assert_eq!(shown(&a), 2);
    files(&mut a, in_list(list::Message::Filter("14 ama".into())));
    assert_eq!(shown(&a), 1);
    files(&mut a, in_list(list::Message::Filter("leila".into())));
    assert_eq!(shown(&a), 1);
    files(&mut a, in_list(list::Message::Filter("zorro".into())));
    assert_eq!(shown(&a), 0);
    assert!(sees(&a, "Aucun dossier ne correspond à « zorro »."));
    files(&mut a, in_list(list::Message::Filter(String::new())));
    assert_eq!(shown(&a), 3);
}

/// Typing a note writes the file at most once a second; any other action, leaving the tab and
/// closing the window write the rest. A keystroke does not work the whole list out again.
#[test]
fn typing_is_written_at_most_once_a_second_and_never_lost() {
    let data = tempfile::tempdir().unwrap();
    let mut a = app(data.path());
    answer_anef_renewal(&mut a);
    click(&mut a, "Enregistrer dans mes dossiers");
    files(&mut a, in_list(list::Message::NewName("Leïla".into())));
    click(&mut a, "Créer le dossier");
    let id = a.files().unwrap().profiles()[0].id.clone();
    let file = data.path().join("profiles").join(&id).join("profile.ron");
    let on_disk = |note: &str| {
        let text = std::fs::read_to_string(&file).unwrap();
        let p = passerelle::store::profiles::parse_profile(&text).unwrap();
        p.cases[0].checklist[0].note == note
    };
    let recomputes = a.files().unwrap().full_recomputes();
    // Just created: the first keystroke may be written at once, the next ones wait.
    for note in ["o", "or", "ori", "orig", "origi", "origin", "original"] {
        files(
            &mut a,
            in_checklist(checklist::Message::Note(0, note.into())),
        );
    }
    assert!(a.files().unwrap().has_unsaved(), "the typing waits");
    assert!(!on_disk("original"), "not written at each keystroke");
    assert_eq!(a.files().unwrap().full_recomputes(), recomputes);
    // The second's tick writes it.
    files(&mut a, F::Flush);
    assert!(on_disk("original"));
    assert!(!a.files().unwrap().has_unsaved());
    // Typing then ticking a box: the tick writes the note too.
    files(
        &mut a,
        in_checklist(checklist::Message::Note(0, "original chez moi".into())),
    );
    files(
        &mut a,
        in_checklist(checklist::Message::Note(0, "original chez moi !".into())),
    );
    files(
        &mut a,
        in_checklist(checklist::Message::Toggle(0, Tick::Have)),
    );
    assert!(on_disk("original chez moi !"));
    // Typing then leaving the tab, then typing then closing the window.
    files(
        &mut a,
        in_checklist(checklist::Message::Note(0, "a".into())),
    );
    files(
        &mut a,
        in_checklist(checklist::Message::Note(0, "ab".into())),
    );
    send(&mut a, Message::Show(View::Wizard));
    assert!(on_disk("ab"));
    send(&mut a, Message::Show(View::Files));
    files(
        &mut a,
        in_checklist(checklist::Message::Note(0, "abc".into())),
    );
    files(
        &mut a,
        in_checklist(checklist::Message::Note(0, "abcd".into())),
    );
    let _ = a.update(Message::CloseRequested);
    assert!(on_disk("abcd"));
}

/// Writes run on the store's writer; one that fails says so, the change stays in the open file,
/// and the next action writes it once the file's folder is back.
#[test]
fn a_write_that_fails_says_so_and_the_change_is_kept() {
    let data = tempfile::tempdir().unwrap();
    let path = place(data.path(), "leila", "profile-v1.ron");
    let mut a = app(data.path());
    click(&mut a, "Ouvrir « Leïla B. »");
    let had = a.files().unwrap().open_profile().unwrap().cases[0].checklist[0].have;
    // The folder goes away behind Passerelle's back (a USB stick pulled out, say).
    let folder = path.parent().unwrap().to_path_buf();
    std::fs::remove_dir_all(&folder).unwrap();
    files(
        &mut a,
        in_checklist(checklist::Message::Toggle(0, Tick::Have)),
    );
    let status = a.files().unwrap().status().unwrap().clone();
    assert!(status.error, "{status:?}");
    assert!(status.text.starts_with("Non enregistré"), "{}", status.text);
    let open = a.files().unwrap().open_profile().unwrap();
    assert_eq!(open.cases[0].checklist[0].have, !had, "the tick is kept");
    // Back again: the next change writes both.
    std::fs::create_dir_all(&folder).unwrap();
    files(
        &mut a,
        in_checklist(checklist::Message::Toggle(1, Tick::Copy)),
    );
    let saved =
        passerelle::store::profiles::parse_profile(&std::fs::read_to_string(&path).unwrap())
            .unwrap();
    assert_eq!(saved.cases[0].checklist[0].have, !had);
    assert!(saved.cases[0].checklist[1].copy_made);
}

/// A file closed and opened again at once (before its last write has reached the disk) opens
/// with what was typed last: reading waits for the writer.
#[test]
fn a_file_reopened_at_once_has_what_was_just_typed() {
    let data = tempfile::tempdir().unwrap();
    place(data.path(), "leila", "profile-v1.ron");
    let mut a = app(data.path());
    click(&mut a, "Ouvrir « Leïla B. »");
    let note = |text: &str| in_checklist(checklist::Message::Note(0, text.into()));
    files(&mut a, note("a"));
    files(&mut a, note("ab"));
    for _ in 0..20 {
        // Without running the tasks: the write is with the writer thread when the file opens.
        let _ = a.update(Message::Files(in_file(file::Message::Close)));
        let _ = a.update(Message::Files(in_list(list::Message::Open("leila".into()))));
        let open = a.files().unwrap().open_profile().unwrap();
        assert_eq!(open.cases[0].checklist[0].note, "ab");
    }
}
