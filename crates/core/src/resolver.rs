//! `facts + today → outcome`: which channel, by when, with which documents, what provisional
//! proof, what to do when blocked — and why, rule by rule.
//!
//! The resolver decides nothing itself: it applies the pack's rules in force on `today`.
//! Among rules that compete (same group), the highest rank wins (a national obligation beats a
//! local channel, which beats the fallback), then the most specific. The pack's validation
//! guarantees that this choice is never ambiguous.

use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::deadlines::Offset;
use crate::deadlines::{Window, WindowStatus};
use crate::facts::{
    AnefList, AsePlacement, Category, Channel, CurrentTitle, Decision, ExpiredFor, FactError,
    FactName, Facts, FiledInWindow, Nationality, Request, Situation, Visa,
};
use crate::pack::{
    ContactKind, DeadlineEffect, Dim, DocumentEffect, EvidenceBar, Fit, LetterEffect, Level, Limit,
    Link, Point, ProvisionalEffect, ProvisionalKind, Rule, RuleMeta, RulePack, NDIM,
};

/// Why a case cannot be answered.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseError {
    Fact(FactError),
    UnknownDepartement {
        code: String,
    },
    UnknownSousPrefecture {
        departement: String,
        value: String,
        allowed: Vec<String>,
    },
    DateAfterToday {
        fact: FactName,
        date: NaiveDate,
        today: NaiveDate,
    },
    /// A rule of the pack refuses the case (e.g. no VLS-TS for Algerian nationals).
    Refused {
        message: String,
        rule: String,
    },
    /// No rule of the pack covers the case on that date.
    NoRule {
        today: NaiveDate,
    },
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaseError::Fact(e) => write!(f, "{e}"),
            CaseError::UnknownDepartement { code } => write!(
                f,
                "unknown département \"{code}\": codes are 01–95 (2A and 2B for Corsica) and 971–976"
            ),
            CaseError::UnknownSousPrefecture { departement, value, allowed } if allowed.is_empty() => write!(
                f,
                "unknown sous-préfecture \"{value}\": the rules of département {departement} do not depend on a sous-préfecture"
            ),
            CaseError::UnknownSousPrefecture { departement, value, allowed } => write!(
                f,
                "unknown sous-préfecture \"{value}\" for département {departement}; allowed: {}",
                allowed.join(", ")
            ),
            CaseError::DateAfterToday { fact, date, today } => write!(
                f,
                "{fact} ({date}) is after today ({today}): it cannot have happened yet"
            ),
            CaseError::Refused { message, rule } => write!(f, "{message} (rule {rule})"),
            CaseError::NoRule { today } => write!(
                f,
                "no rule of the pack covers this case on {today}"
            ),
        }
    }
}

impl CaseError {
    /// What the person reads, in the interface's language (`Display` is for logs and the
    /// command line). A refusal is the rule's own text, already in the person's language.
    pub fn localized(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::short_date;
        match self {
            CaseError::Fact(e) => e.to_string(),
            CaseError::UnknownDepartement { code } => {
                crate::tl!(lang, "case-unknown-departement", code = code.as_str())
            }
            CaseError::UnknownSousPrefecture { value, .. } => {
                crate::tl!(lang, "case-unknown-sous-prefecture", value = value.as_str())
            }
            CaseError::DateAfterToday { fact, date, .. } => crate::tl!(
                lang,
                "case-date-after-today",
                what = crate::labels::date_short(lang, *fact),
                date = short_date(lang, *date)
            ),
            CaseError::Refused { message, .. } => message.clone(),
            CaseError::NoRule { .. } => crate::tl!(lang, "case-no-rule"),
        }
    }
}

impl std::error::Error for CaseError {}

impl From<FactError> for CaseError {
    fn from(e: FactError) -> Self {
        CaseError::Fact(e)
    }
}

/// What the resolver knows so far: the next question to ask, and the answer once the channel is
/// settled (dates may still be missing).
#[derive(Debug, Clone, Serialize)]
pub struct Resolution {
    pub today: NaiveDate,
    pub pack_version: String,
    pub next_question: Option<Question>,
    pub outcome: Option<Outcome>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub fact: FactName,
    /// The values to choose from; empty for a date.
    pub choices: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub departement: DepartementRef,
    pub channel: Channel,
    pub summary: String,
    pub target: Target,
    pub filing_window: Option<FilingWindow>,
    pub implicit_rejection: Option<ImplicitRejection>,
    pub notices: Vec<Notice>,
    pub provisional: Option<Arc<ProvisionalEffect>>,
    pub documents: Vec<Arc<DocumentEffect>>,
    pub escalation: Vec<EscalationStep>,
    pub notes: Vec<NoteItem>,
    /// Facts that would add to the answer if known (e.g. the filing date).
    pub optional_facts: Vec<FactName>,
    /// Doubts recorded by the pack on rules that fired.
    pub doubts: Vec<String>,
    /// The numbers of the law in force for this case (validity of a provisional document, the
    /// bar an evidence log must meet, the delay to appeal a refusal…).
    pub limits: Vec<Arc<Limit>>,
    /// The letters the pack offers for this case, with what the file must show for each.
    pub letters: Vec<Arc<LetterEffect>>,
    /// The rules that fired, in order, each with its sources.
    pub explanation: Vec<Fired>,
    /// The hard words explained by the pack on that day (the answer marks those it uses).
    pub glossary: Vec<Glossed>,
}

/// A hard word and its explanation, with the rule that gives them (for its sources).
#[derive(Debug, Clone, Serialize)]
pub struct Glossed {
    pub rule: Arc<RuleMeta>,
    pub entry: Arc<crate::pack::GlossaryEntry>,
}

impl Outcome {
    /// How long a provisional document of this kind lasts at most, where the pack says.
    pub fn provisional_validity(&self, kind: ProvisionalKind) -> Option<Offset> {
        self.limits.iter().find_map(|l| match **l {
            Limit::ProvisionalValidity { document, at_most } if document == kind => Some(at_most),
            _ => None,
        })
    }

    /// What a log of blocked attempts must show, where the pack says.
    pub fn evidence_bar(&self) -> Option<EvidenceBar> {
        self.limits.iter().find_map(|l| match **l {
            Limit::EvidenceBar(bar) => Some(bar),
            _ => None,
        })
    }

    /// How long a refusal can be taken to court, where the pack says.
    pub fn refusal_appeal(&self) -> Option<Offset> {
        self.limits.iter().find_map(|l| match **l {
            Limit::RefusalAppeal { within } => Some(within),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DepartementRef {
    pub code: String,
    pub name: String,
    pub website: String,
    /// The sous-préfecture the person depends on, where the case names one (its name in the pack).
    pub sous_prefecture: Option<String>,
}

impl DepartementRef {
    /// Where the person's file goes, as the answer names it: « Le Raincy — Seine-Saint-Denis
    /// (93) », or « Calvados (14) » where no sous-préfecture is named.
    pub fn office(&self) -> String {
        match &self.sous_prefecture {
            Some(sp) => format!("{sp} — {} ({})", self.name, self.code),
            None => format!("{} ({})", self.name, self.code),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub url: Option<String>,
    pub address: Vec<String>,
    pub place: Option<String>,
    pub hours: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub instructions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilingWindow {
    pub label: String,
    pub opens: NaiveDate,
    pub closes: NaiveDate,
    pub status: WindowStatus,
    /// Set when the filing date is known.
    pub filed_in_window: Option<bool>,
    pub late: Vec<String>,
}

impl FilingWindow {
    /// Whether the late-filing consequences apply: the request was filed outside the window,
    /// or, with no filing date known, the window has passed. A request filed inside it is never
    /// late, however long ago the window closed. The screen and the PDF both show `late` then.
    pub fn is_late(&self) -> bool {
        match self.filed_in_window {
            Some(in_window) => !in_window,
            None => matches!(self.status, WindowStatus::Passed { .. }),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ImplicitRejection {
    pub label: String,
    pub on: NaiveDate,
    pub passed: bool,
    pub then_what: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EscalationStep {
    pub step: String,
    pub order: u8,
    pub label: String,
    pub details: Vec<String>,
    pub url: Option<String>,
    /// Where sources give different values for the same kind of contact, each of them carries
    /// `newest` (see `labels::disagreements` for the sentence shown).
    pub contacts: Vec<ContactItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContactItem {
    pub kind: ContactKind,
    pub value: String,
    pub hours: Option<String>,
    pub source: String,
    pub source_stated: Option<NaiveDate>,
    /// With a disagreement: whether this value comes from the most recent source.
    pub newest: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NoteItem {
    pub text: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Channel,
    /// Applies to the case but lost to a rule of higher rank or more specific.
    Superseded,
    Deadline,
    Provisional,
    Document,
    Escalation,
    Note,
    Limit,
    Letter,
}

#[derive(Debug, Clone, Serialize)]
pub struct Fired {
    pub role: Role,
    pub rule: Arc<RuleMeta>,
}

/// The order in which the wizard asks about dimensions.
const QUESTION_ORDER: [Dim; 10] = [
    Dim::Departement,
    Dim::Request,
    Dim::Decision,
    Dim::Category,
    Dim::AsePlacement,
    Dim::CurrentTitle,
    Dim::Nationality,
    Dim::Visa,
    Dim::Situation,
    Dim::SousPrefecture,
];

/// Facts of detail: asked whenever a rule of the answer (a notice, a document, a tax, a
/// provisional document…) could apply and needs them, not only when they change the channel.
/// The other facts are asked only to settle the channel, which keeps the wizard short.
const DETAIL_BITS: u16 =
    (1 << Dim::CurrentTitle as u16) | (1 << Dim::AsePlacement as u16) | (1 << Dim::Decision as u16);

/// The detail facts that rules of one kind still need: a rule in force that may apply once
/// they are known, and that could then change what the answer shows.
fn details_needed<E>(rules: &[Rule<E>], point: &Point, today: NaiveDate) -> u16 {
    let matched: Vec<&Rule<E>> = in_force(rules, today)
        .filter(|r| r.cond.fit(point) == Fit::Yes)
        .collect();
    let mut needed = 0;
    for r in in_force(rules, today) {
        let Fit::Maybe(unknown) = r.cond.fit(point) else {
            continue;
        };
        if unknown & DETAIL_BITS == 0 {
            continue;
        }
        let rivals: Vec<&Rule<E>> = matched
            .iter()
            .copied()
            .filter(|o| o.group == r.group)
            .collect();
        if r.group.is_empty() || could_beat(r, best(&rivals)) {
            needed |= unknown & DETAIL_BITS;
        }
    }
    needed
}

fn in_force<E>(rules: &[Rule<E>], today: NaiveDate) -> impl Iterator<Item = &Rule<E>> {
    rules.iter().filter(move |r| r.in_force(today))
}

/// The winner among rules that all apply: highest rank, then the one nested in all others.
fn best<'r, E>(matched: &[&'r Rule<E>]) -> Option<&'r Rule<E>> {
    let top = matched.iter().map(|r| r.rank).max()?;
    let at_top: Vec<_> = matched.iter().filter(|r| r.rank == top).collect();
    at_top
        .iter()
        .find(|r| at_top.iter().all(|o| r.cond.is_subset_of(&o.cond)))
        .or(at_top.first())
        .map(|r| **r)
}

/// Could `rule`, once its unknown facts are known, beat `winner`?
fn could_beat<E>(rule: &Rule<E>, winner: Option<&Rule<E>>) -> bool {
    match winner {
        None => true,
        Some(w) => {
            rule.rank > w.rank
                || (rule.rank == w.rank && rule.cond != w.cond && rule.cond.is_subset_of(&w.cond))
        }
    }
}

/// Per group, the winning rule among those that fully apply, in the pack's order.
fn winners_by_group<'r, E>(
    rules: &'r [Rule<E>],
    point: &Point,
    today: NaiveDate,
) -> Vec<&'r Rule<E>> {
    let matched: Vec<&Rule<E>> = in_force(rules, today)
        .filter(|r| r.cond.fit(point) == Fit::Yes)
        .collect();
    let mut out: Vec<&Rule<E>> = Vec::new();
    for r in &matched {
        if r.group.is_empty() {
            out.push(r);
        } else if !out.iter().any(|o| o.group == r.group) {
            let same: Vec<_> = matched
                .iter()
                .copied()
                .filter(|o| o.group == r.group)
                .collect();
            out.extend(best(&same));
        }
    }
    out
}

/// The effects of the winning rules of one kind, each recorded in the explanation with `role`.
fn fire<E>(
    rules: &[Rule<E>],
    role: Role,
    point: &Point,
    today: NaiveDate,
    explanation: &mut Vec<Fired>,
) -> Vec<Arc<E>> {
    winners_by_group(rules, point, today)
        .into_iter()
        .map(|r| {
            explanation.push(Fired {
                role,
                rule: r.meta.clone(),
            });
            r.effect.clone()
        })
        .collect()
}

fn choices(pack: &RulePack, facts: &Facts, dim: Dim) -> Vec<String> {
    fn all<T: Copy>(values: &[T], f: fn(T) -> &'static str) -> Vec<String> {
        values.iter().map(|v| f(*v).to_string()).collect()
    }
    match dim {
        Dim::Departement => pack.departements.iter().map(|d| d.code.clone()).collect(),
        Dim::SousPrefecture => facts
            .departement
            .as_deref()
            .and_then(|c| pack.departements.iter().find(|d| d.code == c))
            .map(|d| d.sous_prefectures.iter().map(|s| s.id.clone()).collect())
            .unwrap_or_default(),
        Dim::Request => all(Request::ALL, Request::as_str),
        Dim::Category => all(Category::ALL, Category::as_str),
        Dim::Nationality => all(Nationality::ALL, Nationality::as_str),
        Dim::Visa => all(Visa::ALL, Visa::as_str),
        Dim::Situation => all(Situation::ALL, Situation::as_str),
        Dim::CurrentTitle => all(CurrentTitle::ALL, CurrentTitle::as_str),
        Dim::AsePlacement => all(AsePlacement::ALL, AsePlacement::as_str),
        Dim::Decision => all(Decision::ALL, Decision::as_str),
        Dim::Channel | Dim::AnefList | Dim::FiledInWindow | Dim::ExpiredFor => Vec::new(),
    }
}

fn point_of(pack: &RulePack, facts: &Facts) -> Result<Point, CaseError> {
    let mut point: Point = [None; NDIM];
    let departement = match &facts.departement {
        Some(code) => {
            let i = pack
                .departement_index(code)
                .ok_or_else(|| CaseError::UnknownDepartement { code: code.clone() })?;
            point[Dim::Departement as usize] = Some(i as u8);
            Some(i)
        }
        None => None,
    };
    if let Some(sp) = &facts.sous_prefecture {
        let found = pack
            .sous_prefectures
            .iter()
            .position(|(id, d)| id == sp && Some(*d) == departement);
        match found {
            Some(i) => point[Dim::SousPrefecture as usize] = Some(i as u8),
            None => {
                let dept = departement.map(|d| &pack.departements[d]);
                return Err(CaseError::UnknownSousPrefecture {
                    departement: dept.map_or("(none given)".into(), |d| d.code.clone()),
                    value: sp.clone(),
                    allowed: dept
                        .map(|d| d.sous_prefectures.iter().map(|s| s.id.clone()).collect())
                        .unwrap_or_default(),
                });
            }
        }
    }
    point[Dim::Request as usize] = facts.request.map(|v| v.index() as u8);
    point[Dim::Category as usize] = facts.category.map(|v| v.index() as u8);
    point[Dim::Nationality as usize] = facts.nationality.map(|v| v.index() as u8);
    point[Dim::Visa as usize] = facts.visa.map(|v| v.index() as u8);
    point[Dim::Situation as usize] = facts.situation.map(|v| v.index() as u8);
    point[Dim::CurrentTitle as usize] = facts.current_title.map(|v| v.index() as u8);
    point[Dim::AsePlacement as usize] = facts.ase_placement.map(|v| v.index() as u8);
    point[Dim::Decision as usize] = facts.decision.map(|v| v.index() as u8);
    Ok(point)
}

fn link_url(link: &Option<Link>, website: &str) -> Option<String> {
    match link {
        Some(Link::Url(u)) => Some(u.clone()),
        Some(Link::PrefectureWebsite) => Some(website.to_string()),
        None => None,
    }
}

/// Answers a case on `today` with the rules of `pack`.
pub fn resolve(pack: &RulePack, facts: &Facts, today: NaiveDate) -> Result<Resolution, CaseError> {
    for (fact, date) in [
        (FactName::FiledOn, facts.filed_on),
        (FactName::EntryDate, facts.entry_date),
    ] {
        if let Some(date) = date.filter(|d| *d > today) {
            return Err(CaseError::DateAfterToday { fact, date, today });
        }
    }
    let mut point = point_of(pack, facts)?;

    // Refusals, then the channel; any rule that could still change the answer raises a question.
    let mut unknown_that_matters = 0u16;
    for r in in_force(&pack.refusals, today) {
        match r.cond.fit(&point) {
            Fit::Yes => {
                return Err(CaseError::Refused {
                    message: r.effect.message.clone(),
                    rule: r.meta.id.clone(),
                })
            }
            Fit::Maybe(unknown) => unknown_that_matters |= unknown,
            Fit::No => {}
        }
    }
    let mut matched = Vec::new();
    let mut maybe = Vec::new();
    for r in in_force(&pack.channels, today) {
        match r.cond.fit(&point) {
            Fit::Yes => matched.push(r),
            Fit::Maybe(unknown) => maybe.push((r, unknown)),
            Fit::No => {}
        }
    }
    let winner = best(&matched);
    for (r, unknown) in maybe {
        if could_beat(r, winner) {
            unknown_that_matters |= unknown;
        }
    }
    let pending = QUESTION_ORDER
        .iter()
        .find(|d| unknown_that_matters & (1 << **d as usize) != 0);
    let question = |dim: Dim| Question {
        fact: dim.fact().expect("asked dimensions are facts"),
        choices: choices(pack, facts, dim),
    };
    let base = Resolution {
        today,
        pack_version: pack.meta.version.clone(),
        next_question: None,
        outcome: None,
    };
    if let Some(dim) = pending {
        return Ok(Resolution {
            next_question: Some(question(*dim)),
            ..base
        });
    }
    // Every answer names the person's préfecture, so the département is always asked first.
    let Some(dept_index) = point[Dim::Departement as usize] else {
        return Ok(Resolution {
            next_question: Some(question(Dim::Departement)),
            ..base
        });
    };
    let Some(winner) = winner else {
        return Err(CaseError::NoRule { today });
    };

    let dept = &pack.departements[usize::from(dept_index)];
    let channel = winner.effect.channel;
    let on_anef_list = winner.effect.level == Level::National && channel == Channel::Anef;
    point[Dim::Channel as usize] = Some(channel.index() as u8);
    point[Dim::AnefList as usize] = Some(
        if on_anef_list {
            AnefList::Yes
        } else {
            AnefList::No
        }
        .index() as u8,
    );
    let first_request_after = winners_by_group(&pack.limits, &point, today)
        .into_iter()
        .find_map(|r| match *r.effect {
            Limit::FirstRequestAfterExpiry { after } => Some(after),
            _ => None,
        });
    point[Dim::ExpiredFor as usize] = Some(
        ExpiredFor::derive(
            facts.title_expiry,
            facts.filed_on,
            today,
            first_request_after,
        )
        .index() as u8,
    );

    // A detail the answer still needs is asked next (before any date); the answer is still
    // given with what is known, so that a case saved before a rule needed that detail keeps
    // its answer and checklist.
    let details = details_needed(&pack.deadlines, &point, today)
        | details_needed(&pack.provisional, &point, today)
        | details_needed(&pack.documents, &point, today)
        | details_needed(&pack.escalation, &point, today)
        | details_needed(&pack.notes, &point, today);
    let detail_question = QUESTION_ORDER
        .iter()
        .find(|d| details & (1 << **d as usize) != 0)
        .map(|d| question(*d));

    let mut explanation = vec![Fired {
        role: Role::Channel,
        rule: winner.meta.clone(),
    }];
    explanation.extend(
        matched
            .iter()
            .filter(|r| !Arc::ptr_eq(&r.meta, &winner.meta))
            .map(|r| Fired {
                role: Role::Superseded,
                rule: r.meta.clone(),
            }),
    );

    let date_of = |fact: FactName| match fact {
        FactName::TitleExpiry => facts.title_expiry,
        FactName::EntryDate => facts.entry_date,
        FactName::FiledOn => facts.filed_on,
        _ => None,
    };

    // Deadlines: the window first, since the provisional document depends on it.
    let mut next_question = detail_question;
    let mut optional_facts = Vec::new();
    let mut filing_window = None;
    let mut implicit_rejection = None;
    let mut notices = Vec::new();
    for r in winners_by_group(&pack.deadlines, &point, today) {
        match &*r.effect {
            DeadlineEffect::FilingWindow {
                from,
                required,
                opens,
                closes,
                label,
                late,
            } => {
                match date_of(*from).and_then(|base| Window::from_offsets(base, *opens, *closes)) {
                    Some(w) => {
                        filing_window = Some(FilingWindow {
                            label: label.clone(),
                            opens: w.opens,
                            closes: w.closes,
                            status: w.status(today),
                            filed_in_window: facts.filed_on.map(|f| w.contains(f)),
                            late: late.clone(),
                        })
                    }
                    None if *required => {
                        next_question.get_or_insert(Question {
                            fact: *from,
                            choices: Vec::new(),
                        });
                    }
                    None => optional_facts.push(*from),
                }
            }
            DeadlineEffect::ImplicitRejection {
                from,
                after,
                label,
                then_what,
            } => match date_of(*from).and_then(|d| after.apply(d)) {
                Some(on) => {
                    implicit_rejection = Some(ImplicitRejection {
                        label: label.clone(),
                        on,
                        passed: on < today,
                        then_what: then_what.clone(),
                    })
                }
                None => optional_facts.push(*from),
            },
            DeadlineEffect::Notice { label, text } => notices.push(Notice {
                label: label.clone(),
                text: text.clone(),
            }),
        }
        explanation.push(Fired {
            role: Role::Deadline,
            rule: r.meta.clone(),
        });
    }
    let in_window = match filing_window.as_ref().and_then(|w| w.filed_in_window) {
        Some(true) => FiledInWindow::Yes,
        Some(false) => FiledInWindow::No,
        None => FiledInWindow::Unknown,
    };
    point[Dim::FiledInWindow as usize] = Some(in_window.index() as u8);

    let provisional = fire(
        &pack.provisional,
        Role::Provisional,
        &point,
        today,
        &mut explanation,
    )
    .pop();
    let documents = fire(
        &pack.documents,
        Role::Document,
        &point,
        today,
        &mut explanation,
    );

    let mut escalation_rules = winners_by_group(&pack.escalation, &point, today);
    escalation_rules.sort_by_key(|r| r.effect.order);
    let mut escalation = Vec::new();
    for r in escalation_rules {
        escalation.push(escalation_step(&r.effect, &dept.website));
        explanation.push(Fired {
            role: Role::Escalation,
            rule: r.meta.clone(),
        });
    }

    let mut notes = Vec::new();
    for r in winners_by_group(&pack.notes, &point, today) {
        notes.push(NoteItem {
            text: r.effect.text.clone(),
            url: link_url(&r.effect.link, &dept.website),
        });
        explanation.push(Fired {
            role: Role::Note,
            rule: r.meta.clone(),
        });
    }

    let limits = fire(&pack.limits, Role::Limit, &point, today, &mut explanation);
    let letters = fire(&pack.letters, Role::Letter, &point, today, &mut explanation);
    let glossary = winners_by_group(&pack.glossary, &point, today)
        .into_iter()
        .map(|r| Glossed {
            rule: r.meta.clone(),
            entry: r.effect.clone(),
        })
        .collect();

    let doubts = explanation
        .iter()
        .filter(|f| f.role != Role::Superseded)
        .filter_map(|f| {
            f.rule
                .doubt
                .as_ref()
                .map(|d| format!("{} : {d}", f.rule.title))
        })
        .collect();

    let e = &winner.effect;
    Ok(Resolution {
        next_question,
        outcome: Some(Outcome {
            departement: DepartementRef {
                code: dept.code.clone(),
                name: dept.name.clone(),
                website: dept.website.clone(),
                sous_prefecture: facts.sous_prefecture.as_ref().and_then(|id| {
                    dept.sous_prefectures
                        .iter()
                        .find(|s| s.id == *id)
                        .map(|s| s.name.clone())
                }),
            },
            channel,
            summary: e.summary.clone(),
            target: Target {
                url: link_url(&e.link, &dept.website),
                address: e.address.clone(),
                place: e.place.clone(),
                hours: e.hours.clone(),
                email: e.email.clone(),
                phone: e.phone.clone(),
                instructions: e.instructions.clone(),
            },
            filing_window,
            implicit_rejection,
            notices,
            provisional,
            documents,
            escalation,
            notes,
            optional_facts,
            doubts,
            limits,
            letters,
            explanation,
            glossary,
        }),
        ..base
    })
}

/// An escalation step for the outcome; where sources give different values for the same kind of
/// contact, says so and marks the one from the most recent source.
fn escalation_step(e: &crate::pack::EscalationEffect, website: &str) -> EscalationStep {
    let mut contacts: Vec<ContactItem> = e
        .contacts
        .iter()
        .map(|c| ContactItem {
            kind: c.kind,
            value: c.value.clone(),
            hours: c.hours.clone(),
            source: c.source.id.clone(),
            source_stated: c.source.stated,
            newest: None,
        })
        .collect();
    for kind in [
        ContactKind::Phone,
        ContactKind::Email,
        ContactKind::Postal,
        ContactKind::Web,
        ContactKind::Place,
    ] {
        let same: Vec<usize> = (0..contacts.len())
            .filter(|&i| contacts[i].kind == kind)
            .collect();
        let distinct = same
            .iter()
            .any(|&i| contacts[i].value != contacts[same[0]].value);
        if !distinct {
            continue;
        }
        let newest = same
            .iter()
            .copied()
            .max_by_key(|&i| contacts[i].source_stated)
            .expect("at least two");
        for &i in &same {
            contacts[i].newest = Some(i == newest);
        }
    }
    EscalationStep {
        step: e.step.clone(),
        order: e.order,
        label: e.label.clone(),
        details: e.details.clone(),
        url: link_url(&e.link, website),
        contacts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_error_reads_in_the_persons_language() {
        let e = CaseError::DateAfterToday {
            fact: FactName::FiledOn,
            date: NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        };
        let fr = e.localized(crate::i18n::Lang::Fr);
        assert_eq!(
            fr,
            "Dépôt : le 01/01/2030 est dans le futur. Vérifiez la date."
        );
        let en = e.localized(crate::i18n::Lang::En);
        assert_eq!(en, "Filed: 01/01/2030 is in the future. Check the date.");
        assert!(
            e.to_string().contains("is after today"),
            "the command line keeps its message"
        );
    }
}
