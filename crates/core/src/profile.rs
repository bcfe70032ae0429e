//! A person's file ("profile"): their cases (facts of each procedure), the checklist of each case
//! with their progress, their own dates, and the evidence log of blocked attempts. Plain data,
//! serialised as RON by the store; every rule-dependent value (window, rejection date, documents)
//! is recomputed from the rule pack, never stored as truth.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

use crate::facts::{FactError, Facts};
use crate::pack::{EvidenceBar, RulePack};
use crate::resolver::{resolve, Outcome};

/// The schema version written in new profile files. Older versions are read (see
/// `tests/fixtures/`); newer ones are refused and moved aside, never overwritten.
pub const PROFILE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub version: u32,
    /// The person's own name for the file (any text: "Moi", "Leïla", "أمينة", "Mon fils").
    pub name: String,
    pub created: NaiveDate,
    #[serde(default)]
    pub cases: Vec<Case>,
    /// What letters need to say who the person is (all optional: the person fills what they
    /// want; a letter names what it still lacks).
    #[serde(default)]
    pub identity: Identity,
}

/// The person's details, as letters to the administration need them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Identity {
    /// "Madame", "Monsieur", or empty.
    pub civility: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<NaiveDate>,
    pub birth_place: String,
    pub nationality: String,
    /// Postal address, one line each.
    pub address: Vec<String>,
    pub email: String,
    pub phone: String,
    /// The foreigner's number in AGDREF (on the titre de séjour or the récépissé).
    pub agdref: String,
    /// The number of the ANEF request (on the confirmation de dépôt).
    pub anef_request: String,
    /// The mention on the current title, e.g. "vie privée et familiale".
    pub title_mention: String,
    pub title_valid_from: Option<NaiveDate>,
    /// The e-photo code (ANTS-approved photographer or booth).
    pub e_photo_code: String,
}

impl Identity {
    /// "Madame Leïla BENALI", or as much of it as is known.
    pub fn full_name(&self) -> String {
        [
            self.civility.trim(),
            self.first_name.trim(),
            &self.last_name.trim().to_uppercase(),
        ]
        .iter()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// What a search in « Mes dossiers » looks at, made once per file: the person's name, each
/// procedure's title (what and where: « Renouveler mon titre — Noisy-le-Grand (93) ») and its
/// département, folded as the wizard's search folds (accents, case, « st »).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchKey(String);

impl SearchKey {
    pub fn of(profile: &Profile) -> SearchKey {
        let mut text = profile.name.clone();
        for case in &profile.cases {
            text.push(' ');
            text.push_str(&case.title);
            if let Some(d) = case.facts.get("departement") {
                text.push(' ');
                text.push_str(d);
            }
        }
        SearchKey(format!(" {}", crate::text::fold(&text).join(" ")))
    }

    /// Whether every word typed starts a word of the file (« ley ren » finds Leyla's renewal).
    pub fn matches(&self, query: &[String]) -> bool {
        query.iter().all(|w| self.0.contains(w.as_str()))
    }
}

/// The words of a search, folded once per keystroke, each with the space that makes it match
/// the start of a word of a `SearchKey`.
pub fn search_words(query: &str) -> Vec<String> {
    crate::text::fold(query)
        .into_iter()
        .map(|w| format!(" {w}"))
        .collect()
}

impl Profile {
    pub fn new(name: &str, today: NaiveDate) -> Profile {
        Profile {
            version: PROFILE_VERSION,
            name: name.to_string(),
            created: today,
            cases: Vec::new(),
            identity: Identity::default(),
        }
    }

    /// The next date due across all cases, from `today` on.
    pub fn next_due(&self, pack: &RulePack, today: NaiveDate) -> Option<(usize, Dated)> {
        self.cases
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.next_due(pack, today).map(|d| (i, d)))
            .min_by_key(|(_, d)| d.date)
    }
}

/// One procedure of one person: the facts given to the wizard and what the person did since.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Case {
    /// A readable title, e.g. "Renouveler mon titre — Calvados (14)".
    pub title: String,
    /// The wizard's facts (fact name → value), as in a facts file.
    pub facts: BTreeMap<String, String>,
    /// The rule-pack version the checklist was last brought up to date with.
    #[serde(default)]
    pub pack_version: String,
    #[serde(default)]
    pub checklist: Vec<ChecklistItem>,
    /// The day the provisional document (récépissé, attestation) was received.
    #[serde(default)]
    pub provisional_received: Option<NaiveDate>,
    #[serde(default)]
    pub evidence: Vec<Attempt>,
    /// The answer as it was when the case was saved, to tell the person if it changed since.
    #[serde(default)]
    pub answer: Option<SavedAnswer>,
}

/// What the resolver answered when the case was saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedAnswer {
    pub on: NaiveDate,
    pub pack_version: String,
    /// The channel's identifier (`anef`, `postal`…), as in the rule pack.
    pub channel: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// The rule pack's stable item id, or `hand:N` for an item added by the person.
    pub item: String,
    pub label: String,
    #[serde(default)]
    pub have: bool,
    #[serde(default)]
    pub copy_made: bool,
    #[serde(default)]
    pub translation_needed: bool,
    #[serde(default)]
    pub sent: bool,
    #[serde(default)]
    pub note: String,
    /// What the last rule-pack update did to this item.
    #[serde(default)]
    pub change: Option<RuleChange>,
}

impl ChecklistItem {
    pub fn by_hand(&self) -> bool {
        self.item.starts_with("hand:")
    }

    /// Ready to file: sent already, or in hand with a copy and no translation still to do.
    pub fn ready(&self) -> bool {
        self.sent || (self.have && self.copy_made && !self.translation_needed)
    }

    fn new(item: &str, label: &str) -> ChecklistItem {
        ChecklistItem {
            item: item.to_string(),
            label: label.to_string(),
            have: false,
            copy_made: false,
            translation_needed: false,
            sent: false,
            note: String::new(),
            change: None,
        }
    }
}

/// How a rule-pack update changed a checklist item (the ticks are kept either way).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleChange {
    Added { pack_version: String },
    Removed { pack_version: String },
}

/// What a checklist update did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChecklistChanges {
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

/// One attempt to get an appointment or an answer, as the person recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    pub at: NaiveDateTime,
    pub channel: AttemptChannel,
    /// What happened, in the person's words ("no slot offered", "no answer after 40 min").
    pub result: String,
    #[serde(default)]
    pub screenshot: Option<Screenshot>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttemptChannel {
    /// The préfecture's or ANEF's appointment website.
    Website,
    Phone,
    Email,
    /// At a counter (préfecture, PAN).
    Counter,
    Mail,
    Other,
}

impl AttemptChannel {
    pub const ALL: [AttemptChannel; 6] = [
        AttemptChannel::Website,
        AttemptChannel::Phone,
        AttemptChannel::Email,
        AttemptChannel::Counter,
        AttemptChannel::Mail,
        AttemptChannel::Other,
    ];

    /// How the person tried, in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::tr_in(
            lang,
            match self {
                AttemptChannel::Website => "attempt-website",
                AttemptChannel::Phone => "attempt-phone",
                AttemptChannel::Email => "attempt-email",
                AttemptChannel::Counter => "attempt-counter",
                AttemptChannel::Mail => "attempt-mail",
                AttemptChannel::Other => "attempt-other",
            },
            &[],
        )
    }
}

/// A screenshot copied into the profile's folder, with the SHA-256 of its bytes at capture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Screenshot {
    /// File name inside the profile's `evidence/` folder.
    pub file: String,
    pub original_name: String,
    pub sha256: String,
}

impl Case {
    /// A new case from the wizard's facts; its checklist comes from the outcome's documents.
    pub fn new(
        title: &str,
        facts: &Facts,
        outcome: Option<&Outcome>,
        pack: &RulePack,
        today: NaiveDate,
    ) -> Case {
        let mut case = Case {
            title: title.to_string(),
            facts: facts.to_map(),
            pack_version: pack.meta.version.clone(),
            checklist: Vec::new(),
            provisional_received: None,
            evidence: Vec::new(),
            answer: None,
        };
        if let Some(o) = outcome {
            case.answer = Some(SavedAnswer {
                on: today,
                pack_version: pack.meta.version.clone(),
                channel: o.channel.as_str().to_string(),
                summary: o.summary.clone(),
            });
            case.checklist = o
                .documents
                .iter()
                .map(|d| ChecklistItem::new(&d.item, &d.label))
                .collect();
        }
        case
    }

    pub fn facts(&self) -> Result<Facts, FactError> {
        Facts::from_map(&self.facts)
    }

    /// The answer for this case on `today`, when the facts are complete enough to give one.
    pub fn outcome(&self, pack: &RulePack, today: NaiveDate) -> Option<Outcome> {
        self.answer(pack, today).ok()
    }

    /// Today's answer for the case, or why today's rules give none: a saved fact that no longer
    /// reads, a refusal, or a fact the rules now need before they can name the channel.
    pub fn answer(&self, pack: &RulePack, today: NaiveDate) -> Result<Outcome, Unanswered> {
        let facts = self.facts().map_err(Unanswered::Fact)?;
        let resolution = resolve(pack, &facts, today).map_err(Unanswered::Case)?;
        match (resolution.outcome, resolution.next_question) {
            (Some(outcome), _) => Ok(outcome),
            (None, Some(q)) => Err(Unanswered::Needs(q.fact)),
            (None, None) => Err(Unanswered::Case(crate::resolver::CaseError::NoRule {
                today,
            })),
        }
    }

    /// "7 of 11 ready": (ready, total), items the rules removed not counted.
    pub fn progress(&self) -> (usize, usize) {
        let live = self
            .checklist
            .iter()
            .filter(|i| !matches!(i.change, Some(RuleChange::Removed { .. })));
        let (mut ready, mut total) = (0, 0);
        for item in live {
            total += 1;
            ready += usize::from(item.ready());
        }
        (ready, total)
    }

    /// Adds an item by hand; returns its index.
    pub fn add_item(&mut self, label: &str) -> usize {
        let n = self
            .checklist
            .iter()
            .filter_map(|i| i.item.strip_prefix("hand:")?.parse::<u32>().ok())
            .max()
            .map_or(1, |m| m + 1);
        self.checklist
            .push(ChecklistItem::new(&format!("hand:{n}"), label.trim()));
        self.checklist.len() - 1
    }

    /// Brings the checklist in line with the documents the rules now ask for (`documents` as
    /// (item id, label) pairs): new documents are added and marked new, documents no longer asked
    /// for are marked removed; every tick and note is kept. Items added by hand are untouched.
    pub fn sync_checklist(
        &mut self,
        documents: &[(String, String)],
        pack_version: &str,
    ) -> ChecklistChanges {
        let mut changes = ChecklistChanges::default();
        if self.pack_version == pack_version {
            return changes;
        }
        let wanted: BTreeSet<&str> = documents.iter().map(|(id, _)| id.as_str()).collect();
        // "New" speaks of the last change only.
        for item in &mut self.checklist {
            if matches!(item.change, Some(RuleChange::Added { .. })) {
                item.change = None;
            }
        }
        for item in self.checklist.iter_mut().filter(|i| !i.by_hand()) {
            let asked = wanted.contains(item.item.as_str());
            let was_removed = matches!(item.change, Some(RuleChange::Removed { .. }));
            if !asked && !was_removed {
                item.change = Some(RuleChange::Removed {
                    pack_version: pack_version.to_string(),
                });
                changes.removed.push(item.label.clone());
            } else if asked && was_removed {
                item.change = None;
            }
        }
        for (id, label) in documents {
            match self.checklist.iter_mut().find(|i| &i.item == id) {
                Some(item) => item.label = label.clone(),
                None => {
                    let mut item = ChecklistItem::new(id, label);
                    item.change = Some(RuleChange::Added {
                        pack_version: pack_version.to_string(),
                    });
                    changes.added.push(label.clone());
                    self.checklist.push(item);
                }
            }
        }
        self.pack_version = pack_version.to_string();
        changes
    }

    /// The person's dates, in order: title expiry, filing window, filing date, provisional
    /// document validity, implicit-rejection date.
    /// Labels are in the pack's language.
    pub fn timeline(&self, pack: &RulePack, today: NaiveDate) -> Vec<Dated> {
        self.dates(self.outcome(pack, today).as_ref(), pack.language())
    }

    /// `timeline` with the answer already at hand (a screen that shows it too), labelled in
    /// `lang`.
    pub fn dates(&self, outcome: Option<&Outcome>, lang: crate::i18n::Lang) -> Vec<Dated> {
        let tr = |key: &str| crate::i18n::tr_in(lang, key, &[]);
        let mut dates = Vec::new();
        let facts = self.facts().ok();
        let mut push = |date: NaiveDate, what: DateKind, label: String| {
            dates.push(Dated { date, what, label });
        };
        if let Some(f) = &facts {
            if let Some(d) = f.entry_date {
                push(d, DateKind::Entry, tr("date-entry"));
            }
            if let Some(d) = f.title_expiry {
                push(d, DateKind::TitleExpiry, tr("date-title-expiry"));
            }
            if let Some(d) = f.filed_on {
                push(d, DateKind::Filed, tr("date-filed"));
            }
        }
        if let Some(o) = outcome {
            if let Some(w) = &o.filing_window {
                push(w.opens, DateKind::WindowOpens, tr("date-window-opens"));
                push(w.closes, DateKind::WindowCloses, tr("date-window-closes"));
            }
            if let Some(r) = &o.implicit_rejection {
                push(r.on, DateKind::ImplicitRejection, r.label.clone());
            }
        }
        if let Some(received) = self.provisional_received {
            push(
                received,
                DateKind::ProvisionalReceived,
                tr("date-provisional-received"),
            );
            // Its end only where the pack states how long that document lasts (R.431-15-1 for
            // the attestation de prolongation), never a guess.
            let validity = outcome.and_then(|o| {
                o.provisional
                    .as_ref()
                    .and_then(|p| o.provisional_validity(p.document))
            });
            if let Some(until) = validity.and_then(|v| v.apply(received)) {
                push(
                    until,
                    DateKind::ProvisionalEnds,
                    tr("date-provisional-ends"),
                );
            }
        }
        dates.sort_by_key(|d| (d.date, d.what));
        dates
    }

    /// The channel of `outcome` (today's answer), if it differs from the one saved with the
    /// case: (then, now).
    pub fn channel_changed(&self, outcome: Option<&Outcome>) -> Option<(String, String)> {
        let saved = self.answer.as_ref()?;
        let now = outcome?.channel.as_str().to_string();
        (now != saved.channel).then(|| (saved.channel.clone(), now))
    }

    /// The first date of the timeline from `today` on.
    pub fn next_due(&self, pack: &RulePack, today: NaiveDate) -> Option<Dated> {
        self.timeline(pack, today)
            .into_iter()
            .find(|d| d.date >= today)
    }
}

/// Why a saved case has no answer under today's rules. The case and its checklist are then
/// left exactly as they are: a file is never rewritten on the strength of a missing answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Unanswered {
    Fact(FactError),
    Case(crate::resolver::CaseError),
    /// The rules need this fact before they can name the channel.
    Needs(crate::facts::FactName),
}

impl Unanswered {
    /// Why, in `lang`.
    pub fn localized(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Unanswered::Fact(e) => e.to_string(),
            Unanswered::Case(e) => e.localized(lang),
            Unanswered::Needs(fact) => {
                crate::tl!(
                    lang,
                    "case-needs",
                    question = crate::labels::question(lang, *fact)
                )
            }
        }
    }
}

/// A date of a person's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    pub date: NaiveDate,
    pub what: DateKind,
    pub label: String,
}

impl Dated {
    pub fn days_from(&self, today: NaiveDate) -> i64 {
        (self.date - today).num_days()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DateKind {
    Entry,
    TitleExpiry,
    WindowOpens,
    WindowCloses,
    Filed,
    ProvisionalReceived,
    ProvisionalEnds,
    ImplicitRejection,
}

/// The timeline as an iCalendar file (all-day events), for a phone's calendar.
pub fn timeline_ics(profile_name: &str, case: &Case, dates: &[Dated]) -> String {
    use icalendar::{Calendar, Component, Event, EventLike};
    let mut calendar = Calendar::new();
    calendar.name(&format!("Passerelle — {profile_name}"));
    for d in dates {
        let uid = format!(
            "{}-{:?}-{}@passerelle",
            d.date.format("%Y%m%d"),
            d.what,
            crate::store::short_hash(&format!("{profile_name}\u{0}{}", case.title))
        );
        calendar.push(
            Event::new()
                .summary(&d.label)
                .description(&case.title)
                .all_day(d.date)
                .uid(&uid)
                .done(),
        );
    }
    calendar.done().to_string()
}

/// What the evidence log shows: how many attempts, over how many days and weeks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceSummary {
    pub attempts: usize,
    pub days: usize,
    /// Distinct ISO weeks.
    pub weeks: usize,
    /// Distinct hours of the day the attempts were made at.
    pub hours: usize,
    /// Days from the first attempt to the last.
    pub span_days: i64,
    pub with_screenshot: usize,
    /// Whether the log meets the bar the rule pack states (CE 10 June 2020 n°435594); `None`
    /// when the pack states none for the case.
    pub meets_bar: Option<bool>,
}

/// Counts the log: attempts, distinct days, weeks and hours, the span; and, with the bar the rule
/// pack states (`Outcome::evidence_bar`), whether the log meets it.
pub fn evidence_summary(attempts: &[Attempt], bar: Option<EvidenceBar>) -> EvidenceSummary {
    let days: BTreeSet<NaiveDate> = attempts.iter().map(|a| a.at.date()).collect();
    let weeks: BTreeSet<(i32, u32)> = attempts
        .iter()
        .map(|a| {
            let w = a.at.date().iso_week();
            (w.year(), w.week())
        })
        .collect();
    let hours: BTreeSet<u32> = attempts.iter().map(|a| a.at.hour()).collect();
    let span_days = match (days.first(), days.last()) {
        (Some(first), Some(last)) => (*last - *first).num_days(),
        _ => 0,
    };
    let meets_bar = bar.map(|b| {
        days.len() >= b.min_days
            && hours.len() >= b.min_hours
            && weeks.len() >= b.min_weeks
            && span_days > b.over_days
    });
    EvidenceSummary {
        attempts: attempts.len(),
        days: days.len(),
        weeks: weeks.len(),
        hours: hours.len(),
        span_days,
        with_screenshot: attempts.iter().filter(|a| a.screenshot.is_some()).count(),
        meets_bar,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_finds_a_file_by_name_procedure_or_departement() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let mut p = Profile::new("Leïla Haddad", today);
        p.cases.push(Case {
            title: "Renouveler mon titre — Noisy-le-Grand (93)".into(),
            facts: [("departement".to_string(), "93".to_string())].into(),
            pack_version: String::new(),
            checklist: Vec::new(),
            provisional_received: None,
            evidence: Vec::new(),
            answer: None,
        });
        let key = SearchKey::of(&p);
        for found in ["leila", "HADD", "renouv noisy", "93", "", "seine"] {
            let hit = key.matches(&search_words(found));
            assert_eq!(hit, found != "seine", "{found:?}");
        }
        assert!(!key.matches(&search_words("calvados")));
        // Words start words: "ila" is inside "leila", not at a start.
        assert!(!key.matches(&search_words("ila")));
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn attempt(s: &str) -> Attempt {
        Attempt {
            at: at(s),
            channel: AttemptChannel::Website,
            result: "aucun créneau".into(),
            screenshot: None,
        }
    }

    /// The bar the bundled pack states for a Calvados renewal today.
    fn pack_bar() -> Option<EvidenceBar> {
        let (pack, case) = calvados_renewal();
        case.outcome(&pack, NaiveDate::from_ymd_opt(2026, 12, 3).unwrap())
            .and_then(|o| o.evidence_bar())
    }

    #[test]
    fn the_council_of_state_case_does_not_meet_the_bar() {
        // Four attempts over 13–18 September 2019 (CE n°435594): not enough.
        let log: Vec<_> = [
            "2019-09-13 09:00",
            "2019-09-16 14:00",
            "2019-09-17 10:00",
            "2019-09-18 16:00",
        ]
        .map(attempt)
        .into();
        let s = evidence_summary(&log, pack_bar());
        assert_eq!((s.attempts, s.days, s.weeks), (4, 4, 2));
        assert_eq!(s.span_days, 5);
        assert_eq!(s.meets_bar, Some(false));
        // Where the pack states no bar, the log is counted but not judged.
        assert_eq!(evidence_summary(&log, None).meets_bar, None);
    }

    #[test]
    fn attempts_over_two_weeks_at_different_times_meet_the_bar() {
        let log: Vec<_> = ["2026-11-02 09:00", "2026-11-05 14:30", "2026-11-12 09:15"]
            .map(attempt)
            .into();
        let s = evidence_summary(&log, pack_bar());
        assert_eq!((s.days, s.weeks, s.hours, s.span_days), (3, 2, 2, 10));
        assert_eq!(s.meets_bar, Some(true));
        // The same days, always at the same hour: not "different times".
        let same_hour: Vec<_> = ["2026-11-02 09:00", "2026-11-05 09:10", "2026-11-12 09:20"]
            .map(attempt)
            .into();
        assert_eq!(
            evidence_summary(&same_hour, pack_bar()).meets_bar,
            Some(false)
        );
        assert_eq!(evidence_summary(&[], pack_bar()).meets_bar, Some(false));
    }

    fn docs(ids: &[&str]) -> Vec<(String, String)> {
        ids.iter()
            .map(|i| (i.to_string(), format!("Document {i}")))
            .collect()
    }

    fn case_with(ids: &[&str]) -> Case {
        let mut case = Case {
            title: "t".into(),
            facts: BTreeMap::new(),
            pack_version: String::new(),
            checklist: Vec::new(),
            provisional_received: None,
            evidence: Vec::new(),
            answer: None,
        };
        case.sync_checklist(&docs(ids), "1");
        case
    }

    #[test]
    fn a_new_pack_keeps_ticks_and_says_what_changed() {
        let mut case = case_with(&["passport", "photo", "stamp"]);
        case.checklist[0].have = true;
        case.checklist[0].copy_made = true;
        case.checklist[2].note = "acheté en ligne".into();
        case.add_item("Lettre de l'employeur");
        let changes = case.sync_checklist(&docs(&["passport", "photo", "address"]), "2");
        assert_eq!(changes.added, vec!["Document address"]);
        assert_eq!(changes.removed, vec!["Document stamp"]);
        assert!(case.checklist[0].ready(), "ticks kept");
        let stamp = case.checklist.iter().find(|i| i.item == "stamp").unwrap();
        assert_eq!(stamp.note, "acheté en ligne");
        assert!(matches!(stamp.change, Some(RuleChange::Removed { .. })));
        let hand = case.checklist.iter().find(|i| i.by_hand()).unwrap();
        assert_eq!(hand.change, None);
        // passport, photo, address, hand item; the removed stamp does not count.
        assert_eq!(case.progress(), (1, 4));
        // The next change forgets what was new in this one.
        let address = case
            .checklist
            .iter()
            .position(|i| i.item == "address")
            .unwrap();
        assert!(matches!(
            case.checklist[address].change,
            Some(RuleChange::Added { .. })
        ));
        case.sync_checklist(&docs(&["passport", "photo", "address", "x"]), "3");
        assert_eq!(case.checklist[address].change, None);
        // Syncing again with the same version changes nothing.
        assert_eq!(
            case.sync_checklist(&docs(&["passport"]), "3"),
            ChecklistChanges::default()
        );
    }

    #[test]
    fn hand_items_get_fresh_ids() {
        let mut case = case_with(&[]);
        case.add_item("a");
        case.add_item("b");
        let ids: Vec<_> = case.checklist.iter().map(|i| i.item.as_str()).collect();
        assert_eq!(ids, ["hand:1", "hand:2"]);
    }

    fn calvados_renewal() -> (RulePack, Case) {
        let pack = RulePack::bundled().unwrap();
        let facts = Facts::from_pairs(&[
            ("departement", "14"),
            ("request", "renewal"),
            ("category", "french_spouse"),
            ("current_title", "multi_year_card"),
            ("title_expiry", "2027-02-15"),
            ("filed_on", "2026-11-02"),
        ])
        .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let outcome = resolve(&pack, &facts, today).unwrap().outcome.unwrap();
        let mut case = Case::new("Renouvellement", &facts, Some(&outcome), &pack, today);
        case.provisional_received = NaiveDate::from_ymd_opt(2027, 2, 10);
        (pack, case)
    }

    #[test]
    fn the_timeline_gathers_the_persons_dates_in_order() {
        let (pack, case) = calvados_renewal();
        assert!(case.checklist.iter().any(|i| i.item == "photos"));
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let dates: Vec<_> = case
            .timeline(&pack, today)
            .iter()
            .map(|d| (d.date.to_string(), d.what))
            .collect();
        assert_eq!(
            dates,
            vec![
                ("2026-10-18".to_string(), DateKind::WindowOpens),
                ("2026-11-02".to_string(), DateKind::Filed),
                ("2026-12-17".to_string(), DateKind::WindowCloses),
                ("2027-02-10".to_string(), DateKind::ProvisionalReceived),
                ("2027-02-15".to_string(), DateKind::TitleExpiry),
                ("2027-03-02".to_string(), DateKind::ImplicitRejection),
                ("2027-05-10".to_string(), DateKind::ProvisionalEnds),
            ]
        );
        let next = case.next_due(&pack, today).unwrap();
        assert_eq!(
            (next.what, next.days_from(today)),
            (DateKind::WindowCloses, 24)
        );
    }

    #[test]
    fn the_calendar_file_has_one_all_day_event_per_date() {
        let (pack, case) = calvados_renewal();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let dates = case.timeline(&pack, today);
        let ics = timeline_ics("Leïla", &case, &dates);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), dates.len());
        assert!(ics.contains("DTSTART;VALUE=DATE:20261217"), "{ics}");
        assert!(ics.contains("SUMMARY:Dernier jour pour déposer"));
        // Lines are folded at 75 octets, as RFC 5545 requires.
        assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
        let uids: BTreeSet<_> = ics.lines().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), dates.len(), "one distinct UID per date");
    }

    #[test]
    fn readiness() {
        let mut item = ChecklistItem::new("x", "x");
        assert!(!item.ready());
        item.have = true;
        item.copy_made = true;
        assert!(item.ready());
        item.translation_needed = true;
        assert!(!item.ready());
        item.sent = true;
        assert!(item.ready());
    }
}
