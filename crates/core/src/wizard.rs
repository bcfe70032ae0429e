//! The guided wizard as a plain state machine: it asks only what the resolver still needs,
//! remembers the order of answers for Back, and forgets everything on Start over. The GUI draws
//! it; it decides nothing itself.

use chrono::NaiveDate;

use crate::facts::{Category, FactError, FactName, Facts, MotiveFamily};
use crate::pack::{DepartementInfo, RulePack};
use crate::places::{apply_commune, Places};
use crate::resolver::{resolve, CaseError, Outcome, Question};
use crate::text::fold;

/// Where the wizard stands.
#[derive(Debug, Clone)]
pub enum Step {
    Ask(Question),
    /// The answer; `pending` is a date the answer would still use (asked on the answer screen).
    Answer {
        outcome: Box<Outcome>,
        pending: Option<Question>,
    },
    /// The case cannot be answered; the error says why (`CaseError::localized` in a language).
    Refused(CaseError),
}

#[derive(Debug, Clone)]
pub struct Wizard {
    facts: Facts,
    /// The facts in the order they were answered, for Back.
    history: Vec<FactName>,
    today: NaiveDate,
    /// The motive's family, chosen before the motive itself (see [`Wizard::motive_step`]).
    family: Option<MotiveFamily>,
}

/// A question with more choices than this is asked in two steps when it is the motive.
pub const TWO_STEPS_FROM: usize = 8;

/// What the motive question shows now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MotiveStep {
    /// The families that have at least one of the question's motives, in order.
    Families(Vec<MotiveFamily>),
    /// The motives of the question in the chosen family (or all of them when they are few).
    Motives(Vec<String>),
}

impl Wizard {
    pub fn new(today: NaiveDate) -> Wizard {
        Wizard {
            facts: Facts::default(),
            history: Vec::new(),
            today,
            family: None,
        }
    }

    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// How many questions have been answered (the progress indicator).
    pub fn answered(&self) -> usize {
        self.history.len()
    }

    pub fn step(&self, pack: &RulePack) -> Step {
        match resolve(pack, &self.facts, self.today) {
            Err(e) => Step::Refused(e),
            Ok(r) => match (r.outcome, r.next_question) {
                // A detail of the case (the title held, the decision…) is asked before the
                // answer is shown; only dates are asked on the answer screen.
                (Some(_), Some(q)) if !q.fact.is_date() => Step::Ask(q),
                (Some(outcome), pending) => Step::Answer {
                    outcome: Box::new(outcome),
                    pending,
                },
                (None, Some(q)) => Step::Ask(q),
                (None, None) => Step::Refused(CaseError::NoRule { today: self.today }),
            },
        }
    }

    /// The motive question (`question.fact` is the category) in two steps: with many motives,
    /// first the families that have some, then the motives of the family chosen. Few motives, or
    /// all in one family, are shown at once.
    pub fn motive_step(&self, question: &Question) -> MotiveStep {
        let motives = &question.choices;
        let family_of =
            |v: &String| Category::parse(v).map_or(MotiveFamily::Other, Category::family);
        let mut families: Vec<MotiveFamily> = motives.iter().map(family_of).collect();
        families.sort();
        families.dedup();
        match self.family {
            _ if motives.len() < TWO_STEPS_FROM || families.len() < 2 => {
                MotiveStep::Motives(motives.clone())
            }
            Some(family) if families.contains(&family) => MotiveStep::Motives(
                motives
                    .iter()
                    .filter(|v| family_of(v) == family)
                    .cloned()
                    .collect(),
            ),
            _ => MotiveStep::Families(families),
        }
    }

    /// The family the person chose for the motive (it is not a fact: the trail shows the motive).
    pub fn choose_family(&mut self, family: MotiveFamily) {
        self.family = Some(family);
    }

    pub fn family(&self) -> Option<MotiveFamily> {
        self.family
    }

    /// Records an answer. A fact answered again (after Back) replaces the old value; a
    /// département given replaces a commune given before, and what it had set.
    pub fn answer(&mut self, fact: FactName, value: &str) -> Result<(), FactError> {
        self.facts.set(fact.as_str(), value)?;
        if fact == FactName::Departement && self.history.contains(&FactName::Commune) {
            // What the commune set goes with it; the département typed stays.
            self.history.retain(|f| *f != FactName::Commune);
            self.facts.commune = None;
            self.facts.sous_prefecture = None;
        }
        self.history.retain(|f| *f != fact);
        self.history.push(fact);
        Ok(())
    }

    /// Records the commune a person lives in (its INSEE code) as one answer: its département and,
    /// where the pack's rules depend on one, the sous-préfecture of its arrondissement follow
    /// (`places::apply_commune`), so that neither is asked. Back forgets all three.
    pub fn answer_commune(
        &mut self,
        code: &str,
        places: &Places,
        pack: &RulePack,
    ) -> Result<(), String> {
        let mut facts = self.facts.clone();
        facts.commune = Some(code.to_string());
        facts.departement = None;
        facts.sous_prefecture = None;
        apply_commune(&mut facts, places, pack)?;
        self.facts = facts;
        self.history.retain(|f| {
            !matches!(
                f,
                FactName::Commune | FactName::Departement | FactName::SousPrefecture
            )
        });
        self.history.push(FactName::Commune);
        Ok(())
    }

    fn forget_commune(&mut self) {
        self.history.retain(|f| *f != FactName::Commune);
        for fact in [
            FactName::Commune,
            FactName::Departement,
            FactName::SousPrefecture,
        ] {
            self.facts.clear(fact);
        }
    }

    /// Forgets the last answer — or, in the motive's second step, the family chosen. Returns
    /// false when there was nothing to forget.
    pub fn back(&mut self) -> bool {
        if self.family.take().is_some() && self.facts.category.is_none() {
            return true;
        }
        match self.history.pop() {
            Some(FactName::Commune) => {
                self.forget_commune();
                true
            }
            Some(fact) => {
                self.facts.clear(fact);
                true
            }
            None => false,
        }
    }

    /// The answers so far, in the order given, as (fact, value) — the progress shown on screen.
    pub fn answers(&self) -> Vec<(FactName, String)> {
        let map = self.facts.to_map();
        self.history
            .iter()
            .filter_map(|f| map.get(f.as_str()).map(|v| (*f, v.clone())))
            .collect()
    }

    /// Goes back to the state before the `n`-th answer (0-based), forgetting it and the later ones.
    pub fn back_to(&mut self, n: usize) {
        while self.history.len() > n && self.back() {}
        self.family = None;
    }

    pub fn start_over(&mut self) {
        self.facts = Facts::default();
        self.history.clear();
        self.family = None;
    }
}

/// Départements matching what a person typed: a code ("93", "2a", "974") or part of the name,
/// accents, case, hyphens and "st"/"saint" ignored ("seine st denis", "Réunion", "cote d or").
/// Best matches first: exact code, then names starting with the words, then names containing them.
pub fn search_departements<'p>(pack: &'p RulePack, query: &str) -> Vec<&'p DepartementInfo> {
    let words = fold(query);
    if words.is_empty() {
        return Vec::new();
    }
    let code = query.trim().to_uppercase();
    let mut ranked: Vec<(u8, usize, &DepartementInfo)> = Vec::new();
    for (i, d) in pack.departements.iter().enumerate() {
        let name = fold(&d.name);
        let rank = if d.code == code {
            0
        } else if words.len() == 1 && d.code.starts_with(&code) && code.len() < d.code.len() {
            3
        } else if words
            .iter()
            .zip(name.iter())
            .all(|(w, n)| n.starts_with(w.as_str()))
            && words.len() <= name.len()
        {
            1
        } else if words
            .iter()
            .all(|w| name.iter().any(|n| n.starts_with(w.as_str())))
        {
            2
        } else {
            continue;
        };
        ranked.push((rank, i, d));
    }
    ranked.sort_by_key(|(rank, i, _)| (*rank, *i));
    ranked.into_iter().map(|(_, _, d)| d).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolver::Role;

    fn pack() -> RulePack {
        RulePack::bundled().unwrap()
    }

    fn first_code(pack: &RulePack, query: &str) -> Option<String> {
        search_departements(pack, query)
            .first()
            .map(|d| d.code.clone())
    }

    /// The motive of a renewal in two steps: its families first, then the motives of the one
    /// chosen; Back from the motives goes back to the families, then to the question before;
    /// every motive is under exactly one family.
    #[test]
    fn the_motive_is_chosen_in_two_steps() {
        let p = pack();
        let mut w = Wizard::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        w.answer(FactName::Departement, "14").unwrap();
        w.answer(FactName::Request, "renewal").unwrap();
        let Step::Ask(q) = w.step(&p) else {
            panic!("the motive is asked")
        };
        assert_eq!(q.fact, FactName::Category);
        assert!(
            q.choices.len() >= TWO_STEPS_FROM,
            "{} motives",
            q.choices.len()
        );
        let MotiveStep::Families(families) = w.motive_step(&q) else {
            panic!("families first")
        };
        assert_eq!(families.first(), Some(&MotiveFamily::Family));
        let mut seen = Vec::new();
        for family in &families {
            w.choose_family(*family);
            let MotiveStep::Motives(motives) = w.motive_step(&q) else {
                panic!("{family}: its motives")
            };
            assert!(!motives.is_empty(), "{family} has motives");
            seen.extend(motives);
            assert!(w.back(), "Back leaves the family");
            assert!(matches!(w.motive_step(&q), MotiveStep::Families(_)));
            assert_eq!(w.answered(), 2, "and forgets no answer");
        }
        seen.sort();
        let mut all = q.choices.clone();
        all.sort();
        assert_eq!(seen, all, "every motive under one family, once");
        // The motive chosen is the answer; Back from the next question asks it again.
        w.choose_family(MotiveFamily::Family);
        w.answer(FactName::Category, "french_spouse").unwrap();
        assert_eq!(w.answers().last().unwrap().1, "french_spouse");
        assert!(w.back());
        assert!(w.facts().category.is_none());
        assert_eq!(w.answered(), 2);
        assert!(w.back());
        assert_eq!(w.answered(), 1, "then the request");
    }

    #[test]
    fn departement_search_ignores_accents_case_and_saint() {
        let p = pack();
        assert_eq!(first_code(&p, "seine st denis").as_deref(), Some("93"));
        assert_eq!(first_code(&p, "SEINE-SAINT-DENIS").as_deref(), Some("93"));
        assert_eq!(first_code(&p, "93").as_deref(), Some("93"));
        assert_eq!(first_code(&p, "Réunion").as_deref(), Some("974"));
        assert_eq!(first_code(&p, "reunion").as_deref(), Some("974"));
        assert_eq!(first_code(&p, "2a").as_deref(), Some("2A"));
        assert_eq!(first_code(&p, "cote d or").as_deref(), Some("21"));
        assert_eq!(first_code(&p, "Côtes-d'Armor").as_deref(), Some("22"));
        assert_eq!(first_code(&p, "calva").as_deref(), Some("14"));
        assert_eq!(first_code(&p, "ardeche").as_deref(), Some("07"));
        assert_eq!(first_code(&p, "  "), None);
        assert_eq!(first_code(&p, "atlantide"), None);
    }

    #[test]
    fn departement_search_ranks_prefixes_before_inner_words() {
        let p = pack();
        let codes: Vec<_> = search_departements(&p, "loire")
            .iter()
            .map(|d| d.code.as_str())
            .collect();
        // "Loire" itself, then names starting with it (Loire-Atlantique, Loiret), then
        // Indre-et-Loire, Haute-Loire, Maine-et-Loire…
        assert_eq!(codes[0], "42");
        assert_eq!(&codes[..3], &["42", "44", "45"]);
        assert!(
            !codes.contains(&"41"),
            "Loir-et-Cher is not on the Loire: {codes:?}"
        );
        assert!(codes.contains(&"43") && codes.contains(&"49"), "{codes:?}");
        let nine: Vec<_> = search_departements(&p, "9")
            .iter()
            .map(|d| d.code.as_str())
            .collect();
        assert!(nine.contains(&"93") && nine.contains(&"971"), "{nine:?}");
    }

    #[test]
    fn an_anef_renewal_asks_four_questions_then_the_expiry_date() {
        let p = pack();
        let mut w = Wizard::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let mut asked = Vec::new();
        let answers = [
            (FactName::Departement, "14"),
            (FactName::Request, "renewal"),
            (FactName::Category, "french_spouse"),
            (FactName::CurrentTitle, "multi_year_card"),
        ];
        for (fact, value) in answers {
            match w.step(&p) {
                Step::Ask(q) => {
                    assert_eq!(q.fact, fact);
                    asked.push(q.fact);
                }
                other => panic!("expected a question about {fact}, got {other:?}"),
            }
            w.answer(fact, value).unwrap();
        }
        match w.step(&p) {
            Step::Answer { outcome, pending } => {
                assert_eq!(outcome.channel.as_str(), "anef");
                assert_eq!(pending.map(|q| q.fact), Some(FactName::TitleExpiry));
                assert_eq!(outcome.explanation[0].role, Role::Channel);
            }
            other => panic!("{other:?}"),
        }
        w.answer(FactName::TitleExpiry, "2027-02-15").unwrap();
        assert_eq!(w.answered(), 5);
        match w.step(&p) {
            Step::Answer { outcome, pending } => {
                assert!(pending.is_none());
                assert!(outcome.filing_window.is_some());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn back_forgets_the_last_answer_and_start_over_everything() {
        let p = pack();
        let mut w = Wizard::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        w.answer(FactName::Departement, "14").unwrap();
        w.answer(FactName::Request, "duplicate").unwrap();
        assert!(matches!(w.step(&p), Step::Answer { .. }));
        assert!(w.back());
        assert!(matches!(w.step(&p), Step::Ask(q) if q.fact == FactName::Request));
        assert_eq!(w.facts().departement.as_deref(), Some("14"));
        // Answering a fact again replaces it rather than stacking it.
        w.answer(FactName::Departement, "06").unwrap();
        assert_eq!(w.answered(), 1);
        w.start_over();
        assert_eq!(w.answered(), 0);
        assert_eq!(w.facts(), &Facts::default());
        assert!(!w.back());
    }

    #[test]
    fn answers_are_listed_in_order_and_can_be_rewound() {
        let mut w = Wizard::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        w.answer(FactName::Departement, "14").unwrap();
        w.answer(FactName::Request, "renewal").unwrap();
        w.answer(FactName::Category, "student").unwrap();
        assert_eq!(
            w.answers(),
            vec![
                (FactName::Departement, "14".to_string()),
                (FactName::Request, "renewal".to_string()),
                (FactName::Category, "student".to_string()),
            ]
        );
        w.back_to(1);
        assert_eq!(w.answers(), vec![(FactName::Departement, "14".to_string())]);
        assert_eq!(w.facts().request, None);
        assert_eq!(w.facts().category, None);
        w.back_to(5);
        assert_eq!(w.answered(), 1);
    }

    #[test]
    fn a_commune_sets_the_departement_and_sous_prefecture_as_one_answer() {
        let p = pack();
        let places = Places::shared().unwrap();
        let mut w = Wizard::new(NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
        // Noisy-le-Grand, arrondissement of Le Raincy.
        w.answer_commune("93051", places, &p).unwrap();
        assert_eq!(w.facts().departement.as_deref(), Some("93"));
        assert_eq!(w.facts().sous_prefecture.as_deref(), Some("le-raincy"));
        assert_eq!(w.answers(), vec![(FactName::Commune, "93051".to_string())]);
        // The next question is what to do, not which sous-préfecture.
        assert!(matches!(w.step(&p), Step::Ask(q) if q.fact == FactName::Request));
        w.answer(FactName::Request, "first_title").unwrap();
        w.answer(FactName::Category, "employee").unwrap();
        match w.step(&p) {
            Step::Answer { outcome, .. } => {
                assert_eq!(
                    outcome.departement.sous_prefecture.as_deref(),
                    Some("Le Raincy")
                )
            }
            other => panic!("{other:?}"),
        }
        // Back to the first answer forgets the commune and all it set.
        w.back_to(0);
        assert_eq!(w.facts(), &Facts::default());
        // A département typed instead replaces a commune given before.
        w.answer_commune("93051", places, &p).unwrap();
        w.answer(FactName::Departement, "93").unwrap();
        assert_eq!(w.facts().commune, None);
        assert_eq!(w.facts().sous_prefecture, None);
        w.answer(FactName::Request, "first_title").unwrap();
        w.answer(FactName::Category, "employee").unwrap();
        assert!(matches!(w.step(&p), Step::Ask(q) if q.fact == FactName::SousPrefecture));
        // An unknown commune is refused by value and changes nothing.
        let before = w.facts().clone();
        let e = w.answer_commune("99999", places, &p).unwrap_err();
        assert!(e.contains("\"99999\""), "{e}");
        assert_eq!(w.facts(), &before);
    }

    #[test]
    fn a_refused_case_says_why() {
        let p = pack();
        let mut w = Wizard::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        w.answer(FactName::Departement, "13").unwrap();
        w.answer(FactName::Request, "vls_ts_validation").unwrap();
        w.answer(FactName::Nationality, "algerian").unwrap();
        assert!(
            matches!(w.step(&p), Step::Refused(e) if e.localized(crate::i18n::Lang::Fr).contains("algériens"))
        );
        assert!(w.answer(FactName::Request, "renew").is_err());
    }
}
