//! Letters made from sample facts: every required detail appears in the text, a missing one is
//! named and never left blank, each letter's sources exist in the pack, and each letter is
//! offered where it applies.

mod common;

use chrono::{NaiveDate, NaiveDateTime};

use common::{case_of, date, identity, RENEWAL_FILED};

use passerelle::letters::{applicable, compose, LetterInput, LetterKind};
use passerelle::pack::RulePack;
use passerelle::profile::{Attempt, AttemptChannel, Case, Identity};

fn attempt(s: &str) -> Attempt {
    Attempt {
        at: NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap(),
        channel: AttemptChannel::Website,
        result: "Aucun créneau".into(),
        screenshot: None,
    }
}

/// A Calvados ANEF renewal filed inside its window, title ended, no attestation.
fn case(pack: &RulePack, today: NaiveDate, facts: &[(&str, &str)]) -> Case {
    let mut case = case_of(pack, today, facts);
    case.evidence = vec![
        attempt("2026-11-02 09:05"),
        attempt("2026-11-05 14:30"),
        attempt("2026-11-12 17:45"),
    ];
    case
}

#[test]
fn every_letter_carries_every_detail_it_needs() {
    let pack = common::fixture_pack().unwrap();
    let today = date("2026-11-23");
    let case = case(&pack, today, RENEWAL_FILED);
    let outcome = case.outcome(&pack, today);
    let id = identity();
    let input = LetterInput {
        pack: &pack,
        identity: &id,
        case: &case,
        outcome: outcome.as_ref(),
        today,
    };
    let needles: &[(LetterKind, &[&str])] = &[
        (
            LetterKind::ApiUrgent,
            &[
                "Madame Leïla BENALI",
                "algérienne",
                "12/04/1990",
                "Oran (Algérie)",
                "AGDREF 1402345678",
                "140120241104123456",
                "« vie privée et familiale »",
                "du 10/01/2024 au 09/10/2026",
                "le 20/07/2026",
                "R. 431-15-1",
                "URGENT : Mise à disposition",
                "pref-etrangers@calvados.gouv.fr",
            ],
        ),
        (
            LetterKind::PanAppointment,
            &[
                "Code e-photo : EPH-7F3K-22QX",
                "État civil : Madame Leïla BENALI",
                "AGDREF 1402345678",
                "renouveler mon titre",
                "Conjoint·e de Français·e",
                "06 12 34 56 78 — leila@example.org",
            ],
        ),
        (
            LetterKind::Substitution,
            &["R. 431-2", "1er août 2023", "centre de contact citoyen"],
        ),
        (
            LetterKind::RefereEvidence,
            &[
                "3 tentative(s), sur 3 jour(s)",
                "02/11/2026 | 09:05 | Site de rendez-vous | Aucun créneau",
                "L. 521-3",
                "435594",
            ],
        ),
        (
            LetterKind::DefenseurSaisine,
            &["Défenseur des droits", "3 tentative(s)", "Calvados"],
        ),
    ];
    for (kind, wanted) in needles {
        let letter = compose(*kind, &input).unwrap_or_else(|m| panic!("{kind:?}: {m}"));
        let text = letter.text();
        for w in *wanted {
            assert!(text.contains(w), "{kind:?} lacks {w:?}:\n{text}");
        }
        assert!(!letter.sources.is_empty(), "{kind:?} cites its sources");
        // Nothing left blank: no "le  à", no empty bullet, no "n° )".
        for blank in [" le  ", " à ,", ":  ", "n°  ", "«  »", "()"] {
            assert!(
                !text.contains(blank),
                "{kind:?} has a blank ({blank:?}):\n{text}"
            );
        }
        assert!(text.starts_with("Madame Leïla BENALI\n12 rue des Lilas\n14000 Caen"));
    }
}

#[test]
fn missing_details_are_named() {
    let pack = common::fixture_pack().unwrap();
    let today = date("2026-11-23");
    let case = case(&pack, today, RENEWAL_FILED);
    let outcome = case.outcome(&pack, today);
    let mut id = identity();
    id.agdref.clear();
    id.e_photo_code = "  ".into();
    id.birth_date = None;
    let input = LetterInput {
        pack: &pack,
        identity: &id,
        case: &case,
        outcome: outcome.as_ref(),
        today,
    };
    let missing = compose(LetterKind::ApiUrgent, &input).unwrap_err();
    assert_eq!(missing.0, vec!["date de naissance", "numéro AGDREF"]);
    let missing = compose(LetterKind::PanAppointment, &input).unwrap_err();
    assert_eq!(missing.0, vec!["date de naissance", "code e-photo"]);
    let empty = Identity::default();
    let input = LetterInput {
        identity: &empty,
        ..input
    };
    let missing = compose(LetterKind::Substitution, &input).unwrap_err();
    assert!(missing.0.contains(&"nom et prénom"), "{missing}");
    assert!(missing.0.contains(&"téléphone ou courriel"), "{missing}");
    assert!(missing.to_string().starts_with("il manque : "));
}

#[test]
fn the_implicit_rejection_letter_gives_the_appeal_deadline() {
    let pack = common::fixture_pack().unwrap();
    // Filed on 20 July 2026 (four months of silence: rejection on 20 November 2026).
    let today = date("2026-11-23");
    let case = case(&pack, today, RENEWAL_FILED);
    let outcome = case.outcome(&pack, today);
    assert!(applicable(&case, outcome.as_ref()).contains(&LetterKind::ImplicitRejectionReasons));
    let id = identity();
    let input = LetterInput {
        pack: &pack,
        identity: &id,
        case: &case,
        outcome: outcome.as_ref(),
        today,
    };
    let text = compose(LetterKind::ImplicitRejectionReasons, &input)
        .unwrap()
        .text();
    assert!(text.contains("est née le 20/11/2026"), "{text}");
    assert!(text.contains("avant le 20/01/2027"), "{text}");
    assert!(text.contains("L. 232-4"), "{text}");
}

#[test]
fn letters_are_offered_where_they_apply() {
    let pack = common::fixture_pack().unwrap();
    let today = date("2026-11-23");
    let renewal = case(&pack, today, RENEWAL_FILED);
    let kinds = applicable(&renewal, renewal.outcome(&pack, today).as_ref());
    for k in [
        LetterKind::ApiUrgent,
        LetterKind::PanAppointment,
        LetterKind::Substitution,
        LetterKind::RefereEvidence,
        LetterKind::DefenseurSaisine,
    ] {
        assert!(kinds.contains(&k), "{k:?} missing from {kinds:?}");
    }
    // A postal filing in Calvados, no attempts: no ANEF letters, no evidence file.
    let mut postal = case(
        &pack,
        today,
        &[
            ("departement", "14"),
            ("request", "first_title"),
            ("category", "exceptional_admission"),
        ],
    );
    postal.evidence.clear();
    let kinds = applicable(&postal, postal.outcome(&pack, today).as_ref());
    assert!(!kinds.contains(&LetterKind::ApiUrgent), "{kinds:?}");
    assert!(!kinds.contains(&LetterKind::PanAppointment), "{kinds:?}");
    assert!(!kinds.contains(&LetterKind::RefereEvidence), "{kinds:?}");
}

#[test]
fn every_source_a_letter_cites_is_in_the_pack() {
    let pack = common::fixture_pack().unwrap();
    for kind in LetterKind::ALL {
        for id in kind.sources() {
            assert!(pack.sources.iter().any(|s| s.id == *id), "{kind:?}: {id}");
        }
    }
}
