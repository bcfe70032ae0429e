//! « Règles » in the app: a newer signed pack is checked and compared before it is installed,
//! the app then answers from it, and going back restores the previous one.

mod common;

use std::sync::Arc;

use chrono::NaiveDate;

use common::{click, same, sees, send, signed_pack};
use passerelle::pack::RulePack;
use passerelle::store::profiles::ProfileStore;
use passerelle::ui::rules::Message as R;
use passerelle::ui::widget::PathMessage as P;
use passerelle::ui::{App, Message, View};

fn app(data: &std::path::Path, today: &str) -> App {
    let today = NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
    App::new(RulePack::bundled().map(Arc::new), today)
        .with_store(ProfileStore::open(data).unwrap())
        .with_rules(data.to_path_buf())
}

#[test]
fn a_newer_pack_is_checked_shown_installed_and_rolled_back() {
    // The packs of the tests are signed with the repository's test key.
    std::env::set_var("PASSERELLE_ALLOW_TEST_KEY", "1");
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    // Seven months after the bundled pack: the warning offers the update.
    let mut a = app(&data, "2027-06-30");
    click(&mut a, "Mettre à jour les règles");
    assert_eq!(a.view_shown(), View::Rules);
    let bundled = RulePack::bundled().unwrap().meta;
    let (version, published) = (bundled.version, bundled.published.format("%d/%m/%Y"));
    assert!(sees(
        &a,
        &format!("Version {version} du {published} — livrées avec Passerelle")
    ));

    // An altered pack is refused with the reason.
    let altered = signed_pack(work.path(), "2027.06.01", "2027-06-01", same);
    let path = altered.join("departements/14.ron");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("Calvados", "Kalvados", 1);
    std::fs::write(&path, text).unwrap();
    send(
        &mut a,
        Message::Rules(R::Path(P::Edit(altered.display().to_string()))),
    );
    click(&mut a, "Vérifier");
    let (message, error) = a.rules().unwrap().status().unwrap();
    assert!(
        error && message.contains("altered after signing"),
        "{message}"
    );

    // A sound one: what it changes is shown before anything is installed.
    let newer = signed_pack(work.path(), "2027.06.15", "2027-06-15", |name, t| {
        if name == "departements/14.ron" {
            t.replace(
                "Faites votre pré-demande en ligne",
                "Faites votre pré-demande sur internet",
            )
        } else {
            t
        }
    });
    send(
        &mut a,
        Message::Rules(R::Path(P::Edit(newer.display().to_string()))),
    );
    click(&mut a, "Vérifier");
    assert!(sees(
        &a,
        "Règles ajoutées : 0, modifiées : 4, retirées : 0 ; sources vérifiées à nouveau : 0"
    ));
    assert!(sees(&a, "Départements : 14"));
    // Their translations were made from the old French: they will read in French meanwhile.
    assert!(sees(
        &a,
        "العربية : règles à traduire à nouveau, affichées en français en attendant (4) : \
         r-14-entered_before_13, r-14-first_title-other, r-14-first_title-visa_d, r-14-parent_sick_child"
    ));
    assert_eq!(
        a.pack().unwrap().meta.version,
        version,
        "nothing installed yet"
    );
    click(&mut a, "Installer ces règles");
    assert_eq!(a.pack().unwrap().meta.version, "2027.06.15");
    assert!(sees(
        &a,
        "Version 2027.06.15 du 15/06/2027 — installées sur cet ordinateur"
    ));
    assert!(
        !sees(&a, "Mettre à jour les règles"),
        "fresh rules: no warning"
    );

    click(&mut a, "Revenir aux règles précédentes");
    assert_eq!(a.pack().unwrap().meta.version, version);
    assert!(sees(
        &a,
        &format!("Les règles {version} sont de nouveau utilisées.")
    ));
}

/// Installing or rolling back rules in Arabic keeps the rules' texts in Arabic.
#[test]
fn installed_rules_read_in_the_persons_language() {
    std::env::set_var("PASSERELLE_ALLOW_TEST_KEY", "1");
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let mut a = app(&data, "2026-12-10");
    let _ = a.update(Message::Language(passerelle::i18n::Lang::Ar));
    let arabic = Arc::new(RulePack::bundled().unwrap()).localized(passerelle::i18n::Lang::Ar);
    let title = |p: &RulePack| {
        p.channels
            .iter()
            .find(|r| r.meta.id == "anef.students")
            .unwrap()
            .meta
            .title
            .clone()
    };
    let want = title(&arabic);
    assert_ne!(want, title(&RulePack::bundled().unwrap()), "translated");
    assert_eq!(title(a.pack().unwrap()), want);
    let newer = signed_pack(work.path(), "2026.12.09", "2026-12-09", same);
    send(
        &mut a,
        Message::Rules(R::Path(P::Edit(newer.display().to_string()))),
    );
    send(&mut a, Message::Rules(R::Check));
    send(&mut a, Message::Rules(R::Install));
    assert_eq!(a.pack().unwrap().meta.version, "2026.12.09");
    assert_eq!(title(a.pack().unwrap()), want, "after installing");
    send(&mut a, Message::Rules(R::Rollback));
    let bundled = RulePack::bundled().unwrap().meta.version;
    assert_eq!(a.pack().unwrap().meta.version, bundled);
    assert_eq!(title(a.pack().unwrap()), want, "after rolling back");
}
