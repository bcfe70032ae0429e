//! The wizard clicked through by visible text with iced_test's simulator. The simulator does not
//! run `update`: each click's messages are fed to the app's `update`, then the view is rebuilt.

mod common;

use std::sync::Arc;

use chrono::NaiveDate;

use common::{click, click_choice, sees};

use passerelle::pack::RulePack;
use passerelle::ui::wizard::Message as W;
use passerelle::ui::{App, Message};

fn app(today: &str) -> App {
    let today = NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
    App::new(common::fixture_pack().map(Arc::new), today)
}

fn send(app: &mut App, message: W) {
    let _ = app.update(Message::Wizard(message));
}

fn choose_departement(app: &mut App, query: &str, label: &str) {
    assert!(sees(app, "Où habitez-vous ?"));
    send(app, W::Search(query.into()));
    click(app, label);
}

#[test]
fn anef_renewal_with_dates() {
    let mut a = app("2026-11-23");
    choose_departement(&mut a, "calvados", "1. Calvados (14)");
    click(&mut a, "2. Renouveler mon titre");
    assert!(sees(&a, "Pour quel motif ?"));
    click_choice(&mut a, "Famille");
    click_choice(&mut a, "Conjoint·e de Français·e");
    // The title held today is asked before the answer (a detail the 2026 rules need).
    assert!(sees(&a, "Quel titre de séjour avez-vous aujourd'hui ?"));
    click(&mut a, "3. Carte de séjour pluriannuelle (2 à 4 ans)");
    // The channel is known; the expiry date is asked on the answer screen.
    assert!(sees(&a, "En ligne sur l'ANEF"));
    assert!(sees(
        &a,
        "Jusqu'à quelle date votre titre actuel est-il valable ?"
    ));
    send(&mut a, W::DateInput("2027-02-15".into()));
    click(&mut a, "Valider");
    assert!(sees(&a, "Du 18/10/2026 au 17/12/2026"));
    assert!(
        sees(&a, "Ferme bientôt : plus que 24 jours !") || sees(&a, "Ouvert : encore 24 jours.")
    );
    assert!(sees(&a, "Attestation de prolongation d'instruction"));
    assert!(sees(&a, "☐ Code e-photo (photo et signature numériques)"));
    assert!(sees(&a, "pref-etrangers@calvados.gouv.fr"));
    // Every link shows where it goes.
    assert!(sees(
        &a,
        "✔ site officiel : administration-etrangers-en-france.interieur.gouv.fr"
    ));
}

#[test]
fn calvados_first_request_on_demarches_simplifiees() {
    let mut a = app("2026-11-23");
    choose_departement(&mut a, "14", "1. Calvados (14)");
    click(&mut a, "1. Première demande de titre de séjour");
    click_choice(&mut a, "Travail");
    click_choice(&mut a, "Salarié·e");
    assert!(sees(&a, "Avec quel visa êtes-vous entré·e en France ?"));
    click(&mut a, "2. Visa long séjour (D)");
    assert!(sees(
        &a,
        "Formulaire en ligne de la préfecture (Démarches simplifiées)"
    ));
    assert!(sees(
        &a,
        "https://www.demarches-simplifiees.fr/commencer/pref14-premieredemande-visad"
    ));
    assert!(sees(&a, "Récépissé"));
}

#[test]
fn postal_aes_in_calvados() {
    let mut a = app("2026-11-23");
    choose_departement(&mut a, "calva", "1. Calvados (14)");
    click(&mut a, "1. Première demande de titre de séjour");
    click_choice(&mut a, "Autre situation");
    click_choice(&mut a, "Régularisation (admission exceptionnelle)");
    assert!(sees(&a, "Par courrier recommandé"));
    assert!(sees(&a, "14038 CAEN CEDEX 08"));
    assert!(sees(
        &a,
        "• Envoyez-la en lettre recommandée avec accusé de réception."
    ));
}

#[test]
fn duplicate_needs_two_questions_then_back_and_start_over() {
    let mut a = app("2026-11-23");
    choose_departement(&mut a, "seine st denis", "1. Seine-Saint-Denis (93)");
    click(&mut a, "5. Carte perdue, volée ou abîmée");
    assert!(sees(
        &a,
        "Cette démarche se fait uniquement en ligne, sur l'ANEF."
    ));
    assert!(sees(&a, "Ouvrir la page officielle"));
    assert!(sees(&a, "0806 001 620 (du lundi au vendredi de 7h45 à 19h, le samedi de 8h à 17h (prix d'un appel local))"));
    click(&mut a, "← Retour");
    assert!(sees(&a, "Que voulez-vous faire ?"));
    click(&mut a, "Recommencer");
    assert!(sees(&a, "Où habitez-vous ?"));
    assert_eq!(a.wizard().unwrap().wizard().answered(), 0);
}

#[test]
fn naturalisation_on_natali() {
    let mut a = app("2026-11-23");
    choose_departement(&mut a, "rhone", "1. Rhône (69)");
    click(&mut a, "Devenir Français·e (naturalisation)");
    assert!(sees(&a, "En ligne sur NATALI"));
    assert!(sees(&a, "Si le dépôt sur NATALI est impossible et que vous pouvez le prouver : envoyer le dossier papier par courrier"));
}

#[test]
fn keyboard_picks_and_confirms() {
    let mut a = app("2026-11-23");
    send(&mut a, W::Search("93".into()));
    send(&mut a, W::Confirm);
    assert!(sees(&a, "Que voulez-vous faire ?"));
    send(&mut a, W::MoveSelection(1));
    send(&mut a, W::MoveSelection(1));
    send(&mut a, W::MoveSelection(-1));
    send(&mut a, W::Confirm); // the second choice: renewal
    assert!(sees(&a, "Pour quel motif ?"));
    send(&mut a, W::Back);
    send(&mut a, W::Pick(4)); // 5 = duplicate
    assert!(sees(
        &a,
        "Cette démarche se fait uniquement en ligne, sur l'ANEF."
    ));
}

#[test]
fn a_bad_date_is_explained_not_accepted() {
    let mut a = app("2026-11-23");
    choose_departement(&mut a, "14", "1. Calvados (14)");
    click(&mut a, "2. Renouveler mon titre");
    click_choice(&mut a, "Famille");
    click_choice(&mut a, "Conjoint·e de Français·e");
    click(&mut a, "3. Carte de séjour pluriannuelle (2 à 4 ans)");
    send(&mut a, W::DateInput("2027-02-30".into()));
    click(&mut a, "Valider");
    assert!(sees(
        &a,
        "« 2027-02-30 » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2027-01-31."
    ));
    assert!(a.wizard().unwrap().wizard().facts().title_expiry.is_none());
}

#[test]
fn an_old_pack_warns_and_a_fresh_one_does_not() {
    let warning = "Attention : ces règles ont plus de 6 mois. Les démarches changent souvent : vérifiez sur le site de la préfecture, et mettez les règles à jour.";
    assert!(!sees(&app("2027-06-03"), warning));
    assert!(sees(&app("2027-06-04"), warning));
}

#[test]
fn a_broken_pack_opens_an_error_screen_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("pack.ron"),
        "(name: \"x\", version: \"1\", published: \"2026-02-30\")",
    )
    .unwrap();
    std::fs::write(dir.path().join("sources.ron"), "[]").unwrap();
    std::fs::write(
        dir.path().join("departements.ron"),
        "(sources: [], departements: [])",
    )
    .unwrap();
    let errors = RulePack::from_dir(dir.path()).map(Arc::new);
    let message = errors.as_ref().err().unwrap().to_string();
    assert!(
        message.starts_with("pack.ron:1:") && message.contains("2026-02-30"),
        "{message}"
    );
    let a = App::new(errors, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    assert!(a.wizard().is_none());
    assert!(sees(
        &a,
        "Les règles livrées avec Passerelle sont illisibles"
    ));
    assert!(sees(&a, &message));
}

#[test]
fn the_trail_of_answers_shows_progress_and_rewinds() {
    let mut a = app("2026-11-23");
    assert!(sees(&a, "Question 1"));
    choose_departement(&mut a, "calvados", "1. Calvados (14)");
    click(&mut a, "2. Renouveler mon titre");
    assert!(sees(&a, "Question 3"));
    // The answers given so far are listed in the person's words, each a way back.
    assert!(sees(&a, "Calvados (14)"));
    assert!(sees(&a, "Renouveler mon titre"));
    click(&mut a, "Calvados (14)");
    assert!(sees(&a, "Où habitez-vous ?"));
    assert_eq!(a.wizard().unwrap().wizard().answered(), 0);
}

#[test]
fn text_size_and_theme_buttons_change_the_settings() {
    let mut a = app("2026-11-23");
    assert!(sees(&a, "Texte 100 %"));
    click(&mut a, "A+");
    click(&mut a, "A+");
    assert!(sees(&a, "Texte 120 %"));
    click(&mut a, "A−");
    assert!((a.scale() - 1.1).abs() < 1e-6);
    click(&mut a, "Thème sombre");
    assert!(sees(&a, "Thème clair"));
    assert_eq!(a.settings().theme, passerelle::settings::ThemeChoice::Dark);
}

#[test]
fn the_answer_is_saved_as_a_pdf_from_its_screen() {
    let mut a = app("2026-11-23");
    common::answer_anef_renewal(&mut a);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ma-reponse");
    assert!(
        !sees(&a, "PDF bilingue : français et Français"),
        "in French, one language"
    );
    click(&mut a, "Enregistrer en PDF");
    assert!(sees(
        &a,
        "Écrivez le chemin du fichier à créer, ou cliquez sur « Choisir… »."
    ));
    send(
        &mut a,
        W::PdfPath(passerelle::ui::widget::PathMessage::Edit(
            path.display().to_string(),
        )),
    );
    click(&mut a, "Enregistrer en PDF");
    let pdf = std::fs::read(dir.path().join("ma-reponse.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(
        text.contains("Renouveler mon titre — Calvados (14)"),
        "{text}"
    );
    assert!(sees(
        &a,
        &format!(
            "PDF enregistré dans {}",
            dir.path().join("ma-reponse.pdf").display()
        )
    ));
}

#[test]
fn a_person_with_an_oqtf_is_told_the_delay_can_be_48_hours() {
    let mut a = app("2026-12-03");
    choose_departement(&mut a, "93", "1. Seine-Saint-Denis (93)");
    click(
        &mut a,
        "J'ai reçu un refus de titre ou une obligation de quitter le territoire (OQTF)",
    );
    assert!(sees(&a, "Qu'avez-vous reçu ?"));
    click(
        &mut a,
        "2. Une obligation de quitter le territoire français (OQTF)",
    );
    assert!(sees(&a, "Tribunal administratif"));
    let outcome = a.wizard().unwrap().outcome().unwrap();
    let notice = outcome
        .notices
        .iter()
        .find(|n| n.text.contains("48 heures"))
        .expect("the OQTF notice");
    let shown = passerelle::i18n::tr_in(
        passerelle::i18n::Lang::Fr,
        "notice",
        &[
            ("label", notice.label.as_str().into()),
            ("text", notice.text.as_str().into()),
        ],
    );
    assert!(shown.starts_with("OQTF : le délai peut être de 48 heures"));
    assert!(sees(&a, &shown), "{shown}");
    // No computed "N days left": the app does not know the hour of notification.
    assert!(a
        .wizard()
        .unwrap()
        .outcome()
        .unwrap()
        .filing_window
        .is_none());
    // The court has no page to open: no official-page button is drawn.
    assert!(!sees(&a, "Ouvrir la page officielle"));
}

/// Feeds a key press through the app's key map, as the window would.
fn key(app: &mut App, key: iced::keyboard::Key) {
    let message = passerelle::ui::key_to_message(&key, iced::keyboard::Modifiers::empty())
        .expect("the key map knows the key");
    let _ = app.update(message);
}

/// The communes are read on the first keystroke, off the window's thread; the test delivers what
/// that reading sends.
fn communes_read(app: &mut App) {
    let places = passerelle::places::Places::shared().map_err(|e| e.to_string());
    let _ = app.update(Message::Wizard(W::PlacesLoaded(places)));
}

#[test]
fn a_town_typed_leads_to_its_sous_prefecture_with_the_keyboard_alone() {
    use iced::keyboard::{key::Named, Key};
    let mut a = app("2026-12-03");
    assert!(sees(&a, "Où habitez-vous ?"));
    // Typing in the search field sends the text; the communes come when read.
    send(&mut a, W::Search("montreuil".into()));
    communes_read(&mut a);
    assert!(sees(&a, "1. Montreuil (93)"));
    assert!(sees(&a, "2. Montreuil (85)"));
    assert!(sees(&a, "93100 · Seine-Saint-Denis"));
    // A postcode; then a town of the Le Raincy arrondissement, second in the list.
    send(&mut a, W::Search("93160".into()));
    assert!(sees(&a, "1. Noisy-le-Grand (93)"));
    send(&mut a, W::Search("noisy".into()));
    assert!(sees(&a, "1. Noisy-le-Grand (93)") && sees(&a, "2. Noisy-le-Sec (93)"));
    send(&mut a, W::Search("noisy le grand".into()));
    key(&mut a, Key::Named(Named::Enter));
    // No sous-préfecture question: the commune said which.
    assert!(sees(&a, "Que voulez-vous faire ?"));
    assert!(
        sees(&a, "Noisy-le-Grand (93)"),
        "the trail names the commune"
    );
    let facts = a.wizard().unwrap().wizard().facts().clone();
    assert_eq!(facts.departement.as_deref(), Some("93"));
    assert_eq!(facts.sous_prefecture.as_deref(), Some("le-raincy"));
    key(&mut a, Key::Character("1".into())); // first title
    key(&mut a, Key::Named(Named::ArrowDown));
    key(&mut a, Key::Named(Named::Enter)); // the second family: work
    let n = common::choice_number(&a, "Salarié·e").expect("employee under work");
    for _ in 1..n {
        key(&mut a, Key::Named(Named::ArrowDown));
    }
    key(&mut a, Key::Named(Named::Enter)); // employee
    assert!(!sees(&a, "De quelle sous-préfecture dépendez-vous ?"));
    // A case kept from here is titled with the commune.
    let pack = common::fixture_pack().unwrap();
    assert_eq!(
        a.wizard().unwrap().case_title(&pack),
        "Première demande de titre de séjour — Noisy-le-Grand (93)"
    );
    assert!(sees(
        &a,
        "Votre préfecture ou sous-préfecture : Le Raincy — Seine-Saint-Denis (93)"
    ));
    assert!(
        sees(
            &a,
            "https://www.demarches-simplifiees.fr/commencer/sp-le-raincy-premieredemande"
        ),
        "the Le Raincy form"
    );
    // Back three times: the commune and what it set are forgotten together.
    for _ in 0..3 {
        key(&mut a, Key::Named(Named::Backspace));
    }
    assert!(sees(&a, "Où habitez-vous ?"));
    assert_eq!(
        a.wizard().unwrap().wizard().facts(),
        &passerelle::facts::Facts::default()
    );
}

#[test]
fn a_former_commune_and_a_departement_alone_still_work() {
    let mut a = app("2026-12-03");
    send(&mut a, W::Search("arbignieu".into()));
    communes_read(&mut a);
    assert!(sees(&a, "1. Arboys en Bugey (01)"));
    assert!(sees(&a, "01300 · Ain · ancienne commune : Arbignieu"));
    // « 93 » is the département, first, as before; then the sous-préfecture is asked.
    send(&mut a, W::Search("93".into()));
    click(&mut a, "1. Seine-Saint-Denis (93)");
    click(&mut a, "1. Première demande de titre de séjour");
    click_choice(&mut a, "Travail");
    click_choice(&mut a, "Salarié·e");
    assert!(sees(&a, "De quelle sous-préfecture dépendez-vous ?"));
    assert!(sees(&a, "Elle dépend de votre commune : revenez à la première question et tapez votre commune, ou consultez le site de la préfecture."));
}

/// Zoom and theme are kept in the settings file, written off the window's thread (the tasks
/// `update` returns are run here as the runtime would).
#[test]
fn zoom_and_theme_are_kept_in_the_settings_file() {
    use passerelle::settings::{SettingsFile, ThemeChoice, MAX_SCALE};
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut a = App::new(common::fixture_pack().map(Arc::new), today)
        .with_settings_file(SettingsFile::load(dir.path()));
    for _ in 0..30 {
        common::send(&mut a, Message::Zoom(1));
    }
    assert_eq!(a.scale(), MAX_SCALE);
    common::send(&mut a, Message::Zoom(-1));
    common::send(&mut a, Message::ToggleTheme);
    let again = App::new(common::fixture_pack().map(Arc::new), today)
        .with_settings_file(SettingsFile::load(dir.path()));
    assert_eq!(again.scale(), 1.9);
    assert_eq!(again.settings().theme, ThemeChoice::Dark);
    assert!(again.settings_problem().is_none());
}

/// In Arabic, the answer can be saved as one sheet in French and Arabic side by side.
#[test]
fn the_answer_is_saved_as_a_bilingual_pdf_in_arabic() {
    use passerelle::i18n::{tr_in, Lang};
    let mut a = app("2026-11-23");
    let _ = a.update(Message::Language(Lang::Ar));
    common::answer_anef_renewal(&mut a);
    let dir = tempfile::tempdir().unwrap();
    send(
        &mut a,
        W::PdfPath(passerelle::ui::widget::PathMessage::Edit(
            dir.path().join("ورقة").display().to_string(),
        )),
    );
    let label = tr_in(
        Lang::Ar,
        "save-pdf-bilingual",
        &[("language", Lang::Ar.native_name().into())],
    );
    click(&mut a, &label);
    let pdf = std::fs::read(dir.path().join("ورقة.pdf")).unwrap();
    let text = common::squeeze(&pdf_extract::extract_text_from_mem(&pdf).unwrap());
    assert!(text.contains("Quanddéposer"), "the French column");
    assert!(text.contains("Renouvelermontitre"), "{text}");
    let when: String = tr_in(Lang::Ar, "section-when", &[])
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{200F}')
        .rev()
        .collect();
    assert!(text.contains(&when), "the Arabic column: {when}");
}

/// The motive in two steps, keyboard only: a digit for the family, a digit for the motive;
/// Backspace goes from the motives back to the families. Under each family, every motive of the
/// question that belongs to it is on screen, and no other.
#[test]
fn the_motive_is_chosen_in_two_steps_with_the_keyboard() {
    use iced::keyboard::{key::Named, Key};
    use passerelle::facts::{Category, FactName, MotiveFamily};
    use passerelle::wizard::Step;
    let mut a = app("2026-11-23");
    choose_departement(&mut a, "calvados", "1. Calvados (14)");
    key(&mut a, Key::Character("2".into()));
    assert!(sees(&a, "Pour quel motif ?"));
    assert!(sees(
        &a,
        "Choisissez d'abord ce qui ressemble le plus à votre situation ; les motifs précis viennent ensuite."
    ));
    let pack = common::fixture_pack().unwrap();
    let Step::Ask(q) = a.wizard().unwrap().wizard().step(&pack) else {
        panic!("the motive is asked")
    };
    let label =
        |v: &str| passerelle::labels::choice(passerelle::i18n::Lang::Fr, FactName::Category, v).0;
    for (n, family) in MotiveFamily::ALL.iter().enumerate() {
        let name =
            passerelle::i18n::tr_in(passerelle::i18n::Lang::Fr, &format!("family-{family}"), &[]);
        assert_eq!(common::choice_number(&a, &name), Some(n + 1), "{family}");
        key(&mut a, Key::Character((n + 1).to_string().into()));
        for v in &q.choices {
            let under = Category::parse(v).unwrap().family() == *family;
            assert_eq!(
                common::shows_choice(&a, &label(v)),
                under,
                "{v} under {family}"
            );
        }
        key(&mut a, Key::Named(Named::Backspace));
        assert!(sees(&a, "1. Famille"), "back to the families");
    }
    // Family, then « Conjoint·e de Français·e », with digits.
    key(&mut a, Key::Character("1".into()));
    let n = common::choice_number(&a, "Conjoint·e de Français·e").unwrap();
    key(&mut a, Key::Character(n.to_string().into()));
    assert!(sees(&a, "Quel titre de séjour avez-vous aujourd'hui ?"));
    assert!(
        sees(&a, "Conjoint·e de Français·e"),
        "the trail shows the motive"
    );
}
