//! Runs every scenario of `tests/scenarios` against the bundled rule pack.

use std::path::PathBuf;

use passerelle_core::pack::RulePack;
use passerelle_core::scenario;

fn scenarios_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios")
}

#[test]
fn every_scenario_passes_against_the_bundled_pack() {
    let pack = RulePack::bundled().expect("the bundled pack is valid");
    let (scenarios, errors) = scenario::load(&[scenarios_dir()]);
    assert!(errors.is_empty(), "unreadable scenario files: {errors:?}");
    assert!(scenarios.len() >= 60, "only {} scenarios", scenarios.len());
    let failures: Vec<String> = scenario::run_all(&pack, &scenarios)
        .into_iter()
        .filter(|r| !r.failures.is_empty())
        .map(|r| {
            format!(
                "{}: {} — {}",
                r.file.display(),
                r.name,
                r.failures.join("; ")
            )
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_wrong_expectation_is_reported_not_passed() {
    let pack = RulePack::bundled().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wrong.ron");
    std::fs::write(
        &file,
        r#"[
            (name: "wrong channel", today: "2026-11-23",
             facts: {"departement": "14", "request": "duplicate"}, expect: {"channel": "postal"}),
            (name: "typo in expectation", today: "2026-11-23",
             facts: {"departement": "14"}, expect: {"chanel": "anef"}),
            (name: "accepted but a refusal was expected", today: "2026-11-23",
             facts: {"departement": "14"}, expect: {"error_contains": "unknown"}),
            (name: "still asking", today: "2026-11-23",
             facts: {"departement": "14", "request": "renewal"}, expect: {"channel": "anef"}),
        ]"#,
    )
    .unwrap();
    let (scenarios, errors) = scenario::load(&[file]);
    assert!(errors.is_empty());
    let reports = scenario::run_all(&pack, &scenarios);
    let messages: Vec<String> = reports.iter().map(|r| r.failures.join("; ")).collect();
    assert!(
        messages[0].contains("expected postal, got anef"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].contains("unknown expectation \"chanel\""),
        "{}",
        messages[1]
    );
    assert!(
        messages[2].contains("the case was accepted"),
        "{}",
        messages[2]
    );
    assert!(
        messages[3].contains("still asks for category"),
        "{}",
        messages[3]
    );
}

#[test]
fn a_broken_scenario_file_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.ron");
    std::fs::write(
        &file,
        "[\n  (name: \"x\", today: \"2026-11-23\",\n   facts: { \"departement\": 14 }),\n]",
    )
    .unwrap();
    let (scenarios, errors) = scenario::load(std::slice::from_ref(&file));
    assert!(scenarios.is_empty());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 3, "{}", errors[0]);
    assert!(errors[0]
        .to_string()
        .starts_with(&file.display().to_string()));
}
