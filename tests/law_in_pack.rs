//! The numbers of the law the app computes with, and which letter fits which case, come from the
//! rule pack: a copy of the bundled pack with one of them changed changes the answer, with no
//! change to the program.

mod common;

use chrono::NaiveDate;

use common::{case_of, date, same, signed_pack, RENEWAL_FILED};
use passerelle::facts::Facts;
use passerelle::letters::{applicable, LetterKind};
use passerelle::pack::{ProvisionalKind, RulePack};
use passerelle::profile::{evidence_summary, Attempt, AttemptChannel, DateKind};
use passerelle::resolve;

/// The bundled pack with `from` replaced by `to` in `national/limits.ron`.
fn edited(from: &'static str, to: &'static str) -> (tempfile::TempDir, RulePack) {
    let dir = tempfile::tempdir().unwrap();
    let out = signed_pack(dir.path(), "2027.01.01", "2027-01-01", |name, text| {
        if name == "national/limits.ron" {
            assert!(text.contains(from), "{from} is not in {name}");
            text.replace(from, to)
        } else {
            same(name, text)
        }
    });
    let pack = RulePack::from_dir(&out).unwrap();
    (dir, pack)
}

fn bundled() -> RulePack {
    RulePack::bundled().unwrap()
}

const TODAY: &str = "2026-12-03";

#[test]
fn the_validity_of_the_attestation_de_prolongation_is_the_packs() {
    let received = date("2026-10-10");
    let ends = |pack: &RulePack| {
        let mut case = case_of(pack, date(TODAY), RENEWAL_FILED);
        case.provisional_received = Some(received);
        let outcome = case.outcome(pack, date(TODAY)).unwrap();
        assert_eq!(
            outcome.provisional.as_ref().map(|p| p.document),
            Some(ProvisionalKind::AttestationProlongation)
        );
        case.dates(Some(&outcome), pack.language())
            .into_iter()
            .find(|d| d.what == DateKind::ProvisionalEnds)
            .map(|d| d.date)
    };
    assert_eq!(ends(&bundled()), Some(date("2027-01-10")));
    let (_dir, two_months) = edited("at_most: Months(3)", "at_most: Months(2)");
    assert_eq!(ends(&two_months), Some(date("2026-12-10")));
}

#[test]
fn the_evidence_bar_is_the_packs() {
    let log: Vec<Attempt> = ["2026-11-02 09:00", "2026-11-05 14:30", "2026-11-12 09:15"]
        .iter()
        .map(|s| Attempt {
            at: chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap(),
            channel: AttemptChannel::Website,
            result: "aucun créneau".into(),
            screenshot: None,
        })
        .collect();
    let verdict = |pack: &RulePack| {
        let case = case_of(pack, date(TODAY), RENEWAL_FILED);
        let bar = case
            .outcome(pack, date(TODAY))
            .and_then(|o| o.evidence_bar());
        evidence_summary(&log, bar).meets_bar
    };
    assert_eq!(verdict(&bundled()), Some(true));
    let (_dir, stricter) = edited("min_weeks: 2", "min_weeks: 3");
    assert_eq!(verdict(&stricter), Some(false));
}

#[test]
fn when_a_late_renewal_counts_as_a_first_request_is_the_packs() {
    // Expired four months before today, not filed yet.
    let facts = Facts::from_pairs(&[
        ("departement", "69"),
        ("request", "renewal"),
        ("category", "employee"),
        ("current_title", "multi_year_card"),
        ("title_expiry", "2026-08-03"),
    ])
    .unwrap();
    let warned = |pack: &RulePack| {
        resolve(pack, &facts, date(TODAY))
            .unwrap()
            .outcome
            .unwrap()
            .notices
            .iter()
            .any(|n| n.text.contains("première demande"))
    };
    assert!(!warned(&bundled()), "four months is under six");
    let (_dir, three) = edited(
        "FirstRequestAfterExpiry(after: Months(6))",
        "FirstRequestAfterExpiry(after: Months(3))",
    );
    assert!(warned(&three), "four months is over three");
}

#[test]
fn which_letter_fits_which_case_is_the_packs() {
    let today: NaiveDate = date(TODAY);
    let offered = |pack: &RulePack, with_attempt: bool| {
        let mut case = case_of(pack, today, RENEWAL_FILED);
        if with_attempt {
            case.evidence.push(Attempt {
                at: date("2026-11-02").and_hms_opt(9, 0, 0).unwrap(),
                channel: AttemptChannel::Website,
                result: "aucun créneau".into(),
                screenshot: None,
            });
        }
        let outcome = case.outcome(pack, today);
        applicable(&case, outcome.as_ref())
    };
    let bundled = bundled();
    assert!(offered(&bundled, false).contains(&LetterKind::PanAppointment));
    assert!(!offered(&bundled, false).contains(&LetterKind::RefereEvidence));
    assert!(offered(&bundled, true).contains(&LetterKind::RefereEvidence));
    // The same letter, now required to follow logged attempts: the pack decides.
    let (_dir, edited) = edited(
        "then: (letter: \"pan_appointment\"),",
        "then: (letter: \"pan_appointment\", requires: [\"attempts_logged\"]),",
    );
    assert!(!offered(&edited, false).contains(&LetterKind::PanAppointment));
    assert!(offered(&edited, true).contains(&LetterKind::PanAppointment));
}

#[test]
fn a_letter_or_limit_the_program_does_not_know_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = signed_pack(dir.path(), "2027.01.01", "2027-01-01", |name, text| {
        if name == "national/limits.ron" {
            text.replace("letter: \"substitution\"", "letter: \"complaint\"")
                .replace(
                    "requires: [\"implicit_rejection_passed\"]",
                    "requires: [\"rejected\"]",
                )
        } else {
            text
        }
    });
    let err = RulePack::from_dir(&out).unwrap_err().to_string();
    assert!(
        err.contains("national/limits.ron:") && err.contains("\"complaint\""),
        "{err}"
    );
    assert!(
        err.contains("\"rejected\"") && err.contains("attempts_logged"),
        "{err}"
    );
}
