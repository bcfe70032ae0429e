//! Resolver behaviour over the bundled pack.

use chrono::NaiveDate;
use proptest::prelude::*;

use passerelle_core::facts::{
    AsePlacement, Category, CurrentTitle, Decision, FactName, Facts, Nationality, Request,
    Situation, Visa,
};
use passerelle_core::pack::RulePack;
use passerelle_core::resolver::{resolve, Role};

fn pack() -> &'static RulePack {
    use std::sync::OnceLock;
    static PACK: OnceLock<RulePack> = OnceLock::new();
    PACK.get_or_init(|| RulePack::bundled().expect("bundled pack is valid"))
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn facts(pairs: &[(&str, &str)]) -> Facts {
    Facts::from_pairs(pairs).expect("valid facts")
}

#[test]
fn two_helpline_numbers_are_both_shown_and_the_newest_marked() {
    let r = resolve(
        pack(),
        &facts(&[("departement", "45"), ("request", "duplicate")]),
        day("2026-11-23"),
    )
    .unwrap();
    let outcome = r.outcome.unwrap();
    let ccc = outcome
        .escalation
        .iter()
        .find(|e| e.step == "ccc")
        .expect("ccc step");
    let numbers: Vec<_> = ccc
        .contacts
        .iter()
        .map(|c| (c.value.as_str(), c.newest))
        .collect();
    assert_eq!(
        numbers,
        vec![("0806 001 620", Some(true)), ("34 00", Some(false))]
    );
    let text =
        passerelle_core::labels::disagreements(passerelle_core::i18n::Lang::Fr, ccc).join(" ");
    assert!(
        text.contains("La plus récente donne 0806 001 620"),
        "{text}"
    );
    let ddd = outcome
        .escalation
        .iter()
        .find(|e| e.step == "defenseur_des_droits")
        .unwrap();
    let text =
        passerelle_core::labels::disagreements(passerelle_core::i18n::Lang::Fr, ddd).join(" ");
    assert!(text.contains("Libre réponse 71120"), "{text}");
    assert_eq!(
        ddd.contacts[0].newest, None,
        "the single phone number is not in dispute"
    );
}

#[test]
fn a_national_obligation_supersedes_the_local_channel_and_says_so() {
    let r = resolve(
        pack(),
        &facts(&[
            ("departement", "75"),
            ("request", "first_title"),
            ("category", "french_spouse"),
        ]),
        day("2026-11-23"),
    )
    .unwrap();
    let outcome = r.outcome.unwrap();
    assert_eq!(outcome.explanation[0].role, Role::Channel);
    assert_eq!(outcome.explanation[0].rule.id, "anef.family_2023");
    let superseded: Vec<_> = outcome
        .explanation
        .iter()
        .filter(|f| f.role == Role::Superseded)
        .map(|f| f.rule.id.as_str())
        .collect();
    assert!(superseded.contains(&"75.french_spouse"), "{superseded:?}");
    assert!(
        superseded.contains(&"fallback.prefecture"),
        "{superseded:?}"
    );
}

#[test]
fn every_fired_rule_carries_sources_and_doubts_are_surfaced() {
    let r = resolve(
        pack(),
        &facts(&[("departement", "44"), ("request", "recepisse_renewal")]),
        day("2026-11-23"),
    )
    .unwrap();
    let outcome = r.outcome.unwrap();
    assert!(outcome
        .explanation
        .iter()
        .all(|f| !f.rule.sources.is_empty()));
    assert!(
        outcome
            .doubts
            .iter()
            .any(|d| d.contains("contacts-demarches")),
        "{:?}",
        outcome.doubts
    );
}

#[test]
fn window_status_is_relative_to_today() {
    use passerelle_core::deadlines::WindowStatus;
    let case = facts(&[
        ("departement", "69"),
        ("request", "renewal"),
        ("category", "student"),
        ("title_expiry", "2027-01-31"),
    ]);
    let status = |today| {
        resolve(pack(), &case, day(today))
            .unwrap()
            .outcome
            .unwrap()
            .filing_window
            .unwrap()
            .status
    };
    assert_eq!(status("2026-09-30"), WindowStatus::NotYetOpen { days: 3 });
    assert_eq!(status("2026-11-01"), WindowStatus::Open { days_left: 31 });
    assert_eq!(
        status("2026-11-23"),
        WindowStatus::ClosingSoon { days_left: 9 }
    );
    assert_eq!(status("2026-12-05"), WindowStatus::Passed { days: 3 });
}

#[test]
fn every_departement_has_an_answer_for_a_first_request() {
    for d in &pack().departements {
        let mut f = facts(&[
            ("request", "first_title"),
            ("category", "other"),
            ("nationality", "other"),
            ("situation", "regular"),
            ("visa", "none"),
        ]);
        f.departement = Some(d.code.clone());
        if let Some(sp) = d.sous_prefectures.first() {
            f.sous_prefecture = Some(sp.id.clone());
        }
        let r =
            resolve(pack(), &f, day("2026-11-23")).unwrap_or_else(|e| panic!("{}: {e}", d.code));
        let outcome = r
            .outcome
            .unwrap_or_else(|| panic!("{}: still asks {:?}", d.code, r.next_question));
        let url = outcome.target.url.unwrap();
        assert!(url.starts_with("https://"), "{}: {url}", d.code);
    }
}

fn answer(fact: FactName, choices: &[String], pick: usize, dates: (u32, u32, u32)) -> String {
    if fact.is_date() {
        let base = day("2026-11-23");
        let offset = match fact {
            FactName::TitleExpiry => dates.0 as i64 - 200,
            FactName::EntryDate => -(dates.1 as i64),
            _ => -(dates.2 as i64),
        };
        (base + chrono::Duration::days(offset))
            .format("%Y-%m-%d")
            .to_string()
    } else {
        choices[pick % choices.len()].clone()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Answering whatever the resolver asks always ends in an answer or a refusal, within ten
    /// questions, and it never asks again for a fact it already has.
    #[test]
    fn the_question_loop_terminates(
        picks in proptest::collection::vec(0usize..200, 11),
        dates in (0u32..400, 0u32..120, 0u32..200),
        today_offset in 0i64..2000,
    ) {
        let today = day("2021-06-01") + chrono::Duration::days(today_offset);
        let mut f = Facts::default();
        let mut asked = Vec::new();
        for (step, pick) in picks.iter().enumerate() {
            prop_assert!(step < 10, "more than 10 questions: {:?}", asked);
            let r = match resolve(pack(), &f, today) {
                Ok(r) => r,
                Err(_) => break,
            };
            let Some(q) = r.next_question else {
                prop_assert!(r.outcome.is_some());
                break;
            };
            prop_assert!(!asked.contains(&q.fact), "asked {:?} twice: {:?}", q.fact, asked);
            prop_assert!(!f.to_map().contains_key(q.fact.as_str()), "asked for known {:?}", q.fact);
            prop_assert!(q.fact.is_date() || !q.choices.is_empty());
            asked.push(q.fact);
            let value = answer(q.fact, &q.choices, *pick, dates);
            f.set(q.fact.as_str(), &value).unwrap();
        }
    }

    /// Any complete combination of facts is either answered or refused with a message; the
    /// resolver never panics and never answers without saying which rule decided.
    #[test]
    fn complete_cases_are_answered_or_refused(
        d in 0usize..101, r in 0usize..Request::ALL.len(), c in 0usize..Category::ALL.len(),
        n in 0usize..Nationality::ALL.len(), v in 0usize..Visa::ALL.len(), s in 0usize..2,
        t in 0usize..CurrentTitle::ALL.len(), a in 0usize..AsePlacement::ALL.len(),
        k in 0usize..Decision::ALL.len(), today_offset in 0i64..2400,
    ) {
        let p = pack();
        let dept = &p.departements[d];
        let f = Facts {
            departement: Some(dept.code.clone()),
            commune: None,
            sous_prefecture: dept.sous_prefectures.first().map(|s| s.id.clone()),
            request: Some(Request::ALL[r]),
            category: Some(Category::ALL[c]),
            nationality: Some(Nationality::ALL[n]),
            visa: Some(Visa::ALL[v]),
            situation: Some(Situation::ALL[s]),
            current_title: Some(CurrentTitle::ALL[t]),
            ase_placement: Some(AsePlacement::ALL[a]),
            decision: Some(Decision::ALL[k]),
            title_expiry: Some(day("2027-01-31")),
            entry_date: Some(day("2021-01-01")),
            filed_on: None,
        };
        let today = day("2021-01-01") + chrono::Duration::days(today_offset);
        match resolve(p, &f, today) {
            Ok(res) => {
                prop_assert!(res.next_question.is_none(), "complete case asks {:?}", res.next_question);
                let o = res.outcome.unwrap();
                prop_assert_eq!(o.explanation[0].role, Role::Channel);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

/// A renewal saved before a rule needed the title held today keeps its answer (channel, window,
/// checklist) and names the missing detail as the next question: a person's file is never left
/// without its answer because the pack learned a new question.
#[test]
fn a_case_missing_a_new_detail_keeps_its_answer_and_asks_the_detail() {
    let f = Facts::from_pairs(&[
        ("departement", "14"),
        ("request", "renewal"),
        ("category", "french_spouse"),
        ("title_expiry", "2027-02-15"),
    ])
    .unwrap();
    let r = resolve(pack(), &f, day("2026-12-03")).unwrap();
    assert_eq!(
        r.next_question.as_ref().map(|q| q.fact),
        Some(FactName::CurrentTitle)
    );
    let o = r.outcome.expect("the answer is kept");
    assert_eq!(o.channel.as_str(), "anef");
    assert!(o.filing_window.is_some());
    assert!(o.documents.iter().any(|d| d.item == "tax_stamps"));
    // What needs the detail is not guessed: no integration notice until it is known.
    assert!(!o.notices.iter().any(|n| n.text.contains("examen civique")));
    let mut known = f.clone();
    known.set("current_title", "temporary_card").unwrap();
    let o = resolve(pack(), &known, day("2026-12-03"))
        .unwrap()
        .outcome
        .unwrap();
    assert!(o.notices.iter().any(|n| n.text.contains("examen civique")));
}
