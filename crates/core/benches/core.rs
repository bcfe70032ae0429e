//! `cargo bench`: loading and validating the whole pack, resolving one case, running every
//! scenario. Figures go to the README.

use std::path::PathBuf;

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};

use passerelle_core::facts::Facts;
use passerelle_core::pack::{load, PackFiles, RulePack};
use passerelle_core::{resolve, scenario};

fn facts(pairs: &[(&str, &str)]) -> Facts {
    Facts::from_pairs(pairs).expect("valid facts")
}

fn benches(c: &mut Criterion) {
    let files = PackFiles::bundled();
    c.bench_function("load and validate the bundled pack", |b| {
        b.iter(|| load(black_box(&files)).expect("valid pack"))
    });

    let pack = RulePack::bundled().expect("valid pack");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let anef_renewal = facts(&[
        ("departement", "14"),
        ("request", "renewal"),
        ("category", "french_spouse"),
        ("current_title", "multi_year_card"),
        ("title_expiry", "2027-02-15"),
        ("filed_on", "2026-11-01"),
    ]);
    c.bench_function("resolve an ANEF renewal (Calvados)", |b| {
        b.iter(|| resolve(&pack, black_box(&anef_renewal), today).expect("answer"))
    });
    let first_question = Facts::default();
    c.bench_function("resolve an empty case (first question)", |b| {
        b.iter(|| resolve(&pack, black_box(&first_question), today).expect("question"))
    });

    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
    let (scenarios, errors) = scenario::load(&[dir]);
    assert!(errors.is_empty());
    c.bench_function(&format!("run all {} scenarios", scenarios.len()), |b| {
        b.iter(|| scenario::run_all(&pack, black_box(&scenarios)))
    });
}

/// The communes (`passerelle places` and the first question): read on first use, then one
/// search per keystroke.
fn places(c: &mut Criterion) {
    use passerelle_core::places::Places;
    c.bench_function("read the communes (first use)", |b| {
        b.iter(|| Places::bundled().expect("communes"))
    });
    let places = Places::bundled().expect("communes");
    for query in ["montreuil", "93100", "st denis", "m"] {
        c.bench_function(&format!("search the communes for \"{query}\""), |b| {
            b.iter(|| places.search(black_box(query), 8))
        });
    }
}

criterion_group!(core, benches, places);
criterion_main!(core);
