//! The hard words of the answers: each has its explanation in every language, and an answer
//! that uses one explains it. The words are listed here independently of the pack (the issue's
//! list), so that a word the pack's glossary forgets, or a form its `words` miss, fails here.

use std::path::PathBuf;

use passerelle_core::answer::{Answer, SectionKind};
use passerelle_core::facts::{parse_date, Facts};
use passerelle_core::i18n::Lang;
use passerelle_core::pack::{GlossaryEntry, RulePack};
use passerelle_core::scenario;

/// A hard word as it may appear in a French answer (looked for in lower case), and the
/// glossary entry that must explain it.
const HARD_WORDS: &[(&str, &str)] = &[
    ("récépissé", "glossary.recepisse"),
    (
        "attestation de prolongation",
        "glossary.attestation_prolongation",
    ),
    ("confirmation de dépôt", "glossary.confirmation_depot"),
    ("décision favorable", "glossary.decision_favorable"),
    ("vls-ts", "glossary.vls_ts"),
    ("agdref", "glossary.agdref"),
    ("anef", "glossary.anef"),
    ("point d'accueil numérique", "glossary.pan"),
    ("timbre", "glossary.timbre_fiscal"),
    ("e-photo", "glossary.e_photo"),
    ("titre de séjour", "glossary.titre_de_sejour"),
    ("titres de séjour", "glossary.titre_de_sejour"),
    ("carte de séjour temporaire", "glossary.cards"),
    ("carte de séjour pluriannuelle", "glossary.cards"),
    ("carte de résident", "glossary.cards"),
    ("oqtf", "glossary.oqtf"),
    ("mesures utiles", "glossary.refere"),
    ("défenseur des droits", "glossary.ddd"),
    ("préfecture", "glossary.prefecture"),
    ("examen civique", "glossary.examen_civique"),
];

fn scenarios() -> Vec<scenario::Located> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
    let (scenarios, errors) = scenario::load(&[dir]);
    assert!(errors.is_empty(), "{errors:?}");
    scenarios
}

/// The answers of every scenario that has one, in `lang`.
fn answers(pack: &RulePack, lang: Lang) -> Vec<(String, Answer)> {
    let pack = std::sync::Arc::new(pack.clone()).localized(lang);
    scenarios()
        .into_iter()
        .filter_map(|s| {
            let pairs: Vec<(&str, &str)> = s
                .scenario
                .facts
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let facts = Facts::from_pairs(&pairs).ok()?;
            let today = parse_date(&s.scenario.today)?;
            let outcome = passerelle_core::resolve(&pack, &facts, today)
                .ok()?
                .outcome?;
            Some((s.scenario.name.clone(), Answer::build(&outcome, lang)))
        })
        .collect()
}

/// The glossary entry `id` of `pack`.
fn entry(pack: &RulePack, id: &str) -> std::sync::Arc<GlossaryEntry> {
    pack.glossary
        .iter()
        .find(|r| r.meta.id == id)
        .unwrap_or_else(|| panic!("no glossary entry {id}"))
        .effect
        .clone()
}

#[test]
fn every_hard_word_of_a_french_answer_is_explained_in_it() {
    let pack = RulePack::bundled().unwrap();
    let terms_of = |id: &str| entry(&pack, id).term.clone();
    let answers = answers(&pack, Lang::Fr);
    assert!(answers.len() > 150, "only {} answers", answers.len());
    let mut seen = std::collections::BTreeSet::new();
    for (name, answer) in &answers {
        for (section, line) in answer.lines() {
            if matches!(section.kind, SectionKind::Words) {
                continue;
            }
            let text = line.text.to_lowercase();
            for (word, id) in HARD_WORDS {
                if text.contains(word) {
                    seen.insert(*id);
                    let term = terms_of(id);
                    assert!(
                        answer.glossary.iter().any(|t| t.term == term),
                        "{name}: « {word} » is used ({}) but « {term} » is not explained",
                        line.text
                    );
                }
            }
        }
        // Each explained word is marked on exactly one line, and explained in « Words ».
        for (i, term) in answer.glossary.iter().enumerate() {
            let marked = answer.lines().filter(|(_, l)| l.terms.contains(&i)).count();
            assert_eq!(marked, 1, "{name}: « {} » marked {marked} times", term.term);
            let words = answer
                .sections
                .iter()
                .find(|s| s.kind == SectionKind::Words)
                .expect("a Words section");
            assert!(
                words.lines.iter().any(|l| l.text.contains(&term.text)),
                "{name}: « {} » not explained",
                term.term
            );
        }
    }
    // The scenarios reach most of the hard words (the others are checked by the entries' test).
    assert!(seen.len() >= 12, "only {seen:?} appear in the scenarios");
}

#[test]
fn every_entry_is_explained_in_every_language_and_found_in_its_answers() {
    let pack = RulePack::bundled().unwrap();
    assert!(pack.glossary.len() >= 17, "{} entries", pack.glossary.len());
    for lang in Lang::ALL {
        let local = std::sync::Arc::new(pack.clone()).localized(lang);
        for (fr, here) in pack.glossary.iter().zip(&local.glossary) {
            assert_eq!(fr.meta.id, here.meta.id);
            assert!(
                !here.effect.text.trim().is_empty(),
                "{lang} {}",
                here.meta.id
            );
            assert!(!fr.meta.sources.is_empty(), "{} has no source", fr.meta.id);
            if lang != Lang::Fr {
                assert_ne!(
                    fr.effect.text, here.effect.text,
                    "{lang}: {} is not translated",
                    fr.meta.id
                );
            }
        }
        // In every language, answers explain hard words (the translation's own forms are
        // found, not only the French ones); the acronyms at least are in every answer.
        let answers = answers(&pack, lang);
        let explained: usize = answers.iter().map(|(_, a)| a.glossary.len()).sum();
        assert!(
            explained >= answers.len() * 3,
            "{lang}: {explained} explanations in {} answers",
            answers.len()
        );
        let unexplained: Vec<&String> = answers
            .iter()
            .filter(|(_, a)| {
                a.lines()
                    .any(|(s, l)| s.kind != SectionKind::Words && l.text.contains("ANEF"))
            })
            // (A right-to-left translation starts a Latin text with a direction mark.)
            .filter(|(_, a)| {
                !a.glossary
                    .iter()
                    .any(|t| t.term.trim_start_matches('\u{200F}') == "ANEF")
            })
            .map(|(name, _)| name)
            .collect();
        assert!(
            unexplained.is_empty(),
            "{lang}: answers name ANEF without explaining it: {unexplained:?}"
        );
    }
}

#[test]
fn a_word_is_found_whole_and_the_examen_civique_only_from_2026() {
    let pack = RulePack::bundled().unwrap();
    let prefecture = entry(&pack, "glossary.prefecture");
    let pan = entry(&pack, "glossary.pan");
    let local = std::sync::Arc::new(pack.clone()).localized(Lang::ZhHans);
    let zh = entry(&local, "glossary.prefecture");
    use passerelle_core::answer::uses;
    assert!(uses("Allez à la préfecture.", &prefecture));
    assert!(uses("Préfecture du Calvados", &prefecture));
    assert!(!uses("la surpréfecturation", &prefecture));
    assert!(uses("un rendez-vous au PAN", &pan));
    assert!(!uses("une PANNE", &pan));
    assert!(!uses("Pan de mur", &pan));
    // Chinese has no spaces: a word is found inside the sentence.
    assert!(uses("请去省政府办理", &zh));

    // Both sides of 1 January 2026: the examen civique is explained only once it exists.
    let civique = |today: &str| {
        let facts = Facts::from_pairs(&[
            ("departement", "14"),
            ("request", "renewal"),
            ("category", "french_spouse"),
            ("current_title", "temporary_card"),
            ("title_expiry", "2027-02-15"),
        ])
        .unwrap();
        let outcome = passerelle_core::resolve(&pack, &facts, parse_date(today).unwrap())
            .unwrap()
            .outcome
            .unwrap();
        Answer::build(&outcome, Lang::Fr)
            .glossary
            .iter()
            .any(|t| t.term == "examen civique")
    };
    assert!(
        civique("2026-12-03"),
        "the 2026 renewal into a CSP names it"
    );
    assert!(!civique("2025-12-31"));
}
