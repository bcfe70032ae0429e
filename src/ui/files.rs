//! « Mes dossiers »: the person's files (profiles), each with its cases, checklist, timeline
//! and evidence log. Every change is saved at once through the store; nothing here decides a
//! date or a document: they come from the profile model and the rule pack.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use iced::widget::{button, container, space, text, text_editor, text_input};
use iced::{Element, Fill, Task};

use crate::facts::parse_date;
use crate::i18n::{short_date, tr};
use crate::labels;
use crate::letters::{self, LetterInput, LetterKind};
use crate::pack::RulePack;
use crate::profile::{
    evidence_summary, search_words, timeline_ics, Attempt, AttemptChannel, Case, ChecklistChanges,
    Dated, Identity, Profile, RuleChange, SearchKey,
};
use crate::store::profiles::{Listing, ProfileStore, Stored};
use crate::store::write_atomic;
use crate::t;
use crate::{hrow, stack};

use super::dir::{self, fill};

/// The id of the list's filter field.
pub const FILTER_INPUT: &str = "files-filter";

/// A checklist tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tick {
    Have,
    Copy,
    Translation,
    Sent,
}

/// The path fields that a file dialog can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathField {
    Screenshot,
    Calendar,
    Export,
    Import,
    Letter,
    Checklist,
}

#[derive(Debug, Clone)]
pub enum Message {
    Open(String),
    CloseProfile,
    /// The filter of the list: a name, a procedure, a place or a département.
    Filter(String),
    /// Write what typing left unsaved (sent every second while there is some).
    Flush,
    NewName(String),
    CreateProfile,
    /// Save the case waiting from the wizard into this profile.
    SaveCaseInto(String),
    CancelPending,
    SelectCase(usize),
    Toggle(usize, Tick),
    Note(usize, String),
    NewItem(String),
    AddItem,
    ProvisionalInput(String),
    SetProvisional,
    AttemptDate(String),
    AttemptTime(String),
    AttemptChannel(AttemptChannel),
    AttemptResult(String),
    AddAttempt,
    Path(PathField, String),
    /// Open a file dialog for this field.
    Pick(PathField),
    /// What the dialog returned (`None`: cancelled, or no dialog on this system).
    Picked(PathField, Option<PathBuf>),
    ExportCalendar,
    ExportProfile,
    Import,
    RetryLock,
    AskDelete,
    ConfirmDelete,
    /// Show or hide the form of the person's details.
    ToggleIdentity,
    Identity(IdentityField, String),
    /// Write this letter for the current case (or say what it lacks).
    PrepareLetter(LetterKind),
    LetterEdit(text_editor::Action),
    SaveLetter,
    SaveLetterPdf,
    /// The current procedure's checklist and dates as a PDF.
    ChecklistPdf,
    PrintLetter,
    CloseLetter,
}

/// The text behind a field of the details (`None` for the two dates, kept as typed in the form).
fn text_slot(id: &mut Identity, field: IdentityField) -> Option<&mut String> {
    fn line(lines: &mut Vec<String>, i: usize) -> Option<&mut String> {
        if lines.len() <= i {
            lines.resize(i + 1, String::new());
        }
        lines.get_mut(i)
    }
    match field {
        IdentityField::Address1 => line(&mut id.address, 0),
        IdentityField::Address2 => line(&mut id.address, 1),
        IdentityField::Civility => Some(&mut id.civility),
        IdentityField::FirstName => Some(&mut id.first_name),
        IdentityField::LastName => Some(&mut id.last_name),
        IdentityField::BirthPlace => Some(&mut id.birth_place),
        IdentityField::Nationality => Some(&mut id.nationality),
        IdentityField::Email => Some(&mut id.email),
        IdentityField::Phone => Some(&mut id.phone),
        IdentityField::Agdref => Some(&mut id.agdref),
        IdentityField::AnefRequest => Some(&mut id.anef_request),
        IdentityField::TitleMention => Some(&mut id.title_mention),
        IdentityField::EPhotoCode => Some(&mut id.e_photo_code),
        IdentityField::BirthDate | IdentityField::TitleValidFrom => None,
    }
}

/// A field of the person's details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityField {
    Civility,
    FirstName,
    LastName,
    BirthDate,
    BirthPlace,
    Nationality,
    Address1,
    Address2,
    Email,
    Phone,
    Agdref,
    AnefRequest,
    TitleMention,
    TitleValidFrom,
    EPhotoCode,
}

impl IdentityField {
    /// Each field and the key of its label.
    const ALL: [(IdentityField, &'static str); 15] = [
        (IdentityField::Civility, "identity-civility"),
        (IdentityField::FirstName, "identity-first-name"),
        (IdentityField::LastName, "identity-last-name"),
        (IdentityField::BirthDate, "identity-birth-date"),
        (IdentityField::BirthPlace, "identity-birth-place"),
        (IdentityField::Nationality, "identity-nationality"),
        (IdentityField::Address1, "identity-address1"),
        (IdentityField::Address2, "identity-address2"),
        (IdentityField::Email, "identity-email"),
        (IdentityField::Phone, "identity-phone"),
        (IdentityField::Agdref, "identity-agdref"),
        (IdentityField::AnefRequest, "identity-anef-request"),
        (IdentityField::TitleMention, "identity-title-mention"),
        (IdentityField::TitleValidFrom, "identity-title-valid-from"),
        (IdentityField::EPhotoCode, "identity-e-photo-code"),
    ];
}

/// A letter being read and edited before it is saved.
struct Draft {
    kind: LetterKind,
    content: text_editor::Content,
}

struct Open {
    id: String,
    profile: Profile,
    case: usize,
    /// What the last rule-pack update changed in each case's checklist (case title, changes).
    changes: Vec<(String, ChecklistChanges)>,
    /// Typing not written yet (at most one write a second while typing; `flush` writes it).
    unsaved: bool,
    /// When the file was last written.
    written: Option<Instant>,
}

/// What has changed since the list's next dates and search keys were worked out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Stale {
    #[default]
    Nothing,
    /// One profile was saved: only its entry.
    One(String),
    /// The list was read again, or the language changed.
    All,
}

/// While typing, a file is written at most once in this time; the rest waits for `flush`.
pub const TYPING_WRITE_EVERY: Duration = Duration::from_secs(1);

#[derive(Default)]
struct Forms {
    new_name: String,
    new_item: String,
    provisional: String,
    attempt_date: String,
    attempt_time: String,
    attempt_channel: Option<AttemptChannel>,
    attempt_result: String,
    screenshot: String,
    calendar: String,
    export: String,
    import: String,
    letter: String,
    checklist: String,
    /// Date fields of the details as typed (kept while not yet a valid date).
    birth_date: String,
    title_valid_from: String,
}

/// A line shown under the header after an action: what happened, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct Files {
    store: ProfileStore,
    listing: Listing,
    open: Option<Open>,
    /// A case from the wizard, waiting for the person to choose a file.
    pending: Option<Case>,
    forms: Forms,
    status: Option<Status>,
    confirm_delete: bool,
    show_identity: bool,
    draft: Option<Draft>,
    /// Each listed profile's next date, worked out once per change rather than every frame.
    next: Vec<Option<Dated>>,
    /// Each listed profile's search key, made with `next`: a keystroke in the filter only
    /// compares words.
    keys: Vec<SearchKey>,
    /// What is typed in the filter of the list, and its folded words.
    filter: String,
    filter_words: Vec<String>,
    /// The listed profiles the filter shows (indices), found when the filter or the list changes.
    shown: Vec<usize>,
    /// What `update` must work out again for the list.
    stale: Stale,
    full_recomputes: usize,
}

impl Files {
    pub fn new(store: ProfileStore, pack: &RulePack, today: NaiveDate) -> Files {
        let listing = store.list();
        let mut files = Files {
            store,
            listing,
            open: None,
            pending: None,
            forms: Forms::default(),
            status: None,
            confirm_delete: false,
            show_identity: false,
            draft: None,
            next: Vec::new(),
            keys: Vec::new(),
            filter: String::new(),
            filter_words: Vec::new(),
            shown: Vec::new(),
            stale: Stale::Nothing,
            full_recomputes: 0,
        };
        files.recompute_next(pack, today);
        files
    }

    pub fn read_only(&self) -> bool {
        self.store.read_only()
    }

    pub fn profiles(&self) -> &[Stored] {
        &self.listing.profiles
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The open profile, if any (for tests and the header).
    pub fn open_profile(&self) -> Option<&Profile> {
        self.open.as_ref().map(|o| &o.profile)
    }

    /// The date due next across every profile: (profile name, label, date, days from today).
    pub fn next_due(&self, today: NaiveDate) -> Option<(String, String, NaiveDate, i64)> {
        self.listing
            .profiles
            .iter()
            .zip(&self.next)
            .filter_map(|(s, d)| {
                let d = d.as_ref()?;
                Some((
                    s.profile.name.clone(),
                    d.label.clone(),
                    d.date,
                    d.days_from(today),
                ))
            })
            .min_by_key(|(_, _, date, _)| *date)
    }

    /// After a change of language: the dates' names in the new language.
    pub fn relocalize(&mut self, pack: &RulePack, today: NaiveDate) {
        self.recompute_next(pack, today);
    }

    /// How many times the list's next dates were worked out for every file (for tests: a
    /// keystroke must not do it).
    pub fn full_recomputes(&self) -> usize {
        self.full_recomputes
    }

    /// The next date and search key of one listed profile, after it was saved.
    fn recompute_one(&mut self, pack: &RulePack, today: NaiveDate, id: &str) {
        if self.next.len() != self.listing.profiles.len() {
            return self.recompute_next(pack, today);
        }
        if let Some(i) = self.listing.profiles.iter().position(|s| s.id == id) {
            let profile = &self.listing.profiles[i].profile;
            self.next[i] = profile.next_due(pack, today).map(|(_, d)| d);
            self.keys[i] = SearchKey::of(profile);
            self.apply_filter();
        }
    }

    fn recompute_next(&mut self, pack: &RulePack, today: NaiveDate) {
        self.full_recomputes += 1;
        self.next = self
            .listing
            .profiles
            .iter()
            .map(|s| s.profile.next_due(pack, today).map(|(_, d)| d))
            .collect();
        self.keys = self
            .listing
            .profiles
            .iter()
            .map(|s| SearchKey::of(&s.profile))
            .collect();
        self.apply_filter();
    }

    /// How many files the filter shows.
    pub fn shown(&self) -> usize {
        self.shown.len()
    }

    fn apply_filter(&mut self) {
        self.shown = (0..self.keys.len())
            .filter(|&i| self.keys[i].matches(&self.filter_words))
            .collect();
    }

    /// A case from the wizard to save: the list shows where it can go.
    pub fn begin_save(&mut self, case: Case) {
        self.open = None;
        self.status = None;
        self.pending = Some(case);
    }

    fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    fn fail(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    fn refresh(&mut self) {
        self.listing = self.store.list();
        self.stale = Stale::All;
    }

    /// Saves the open profile; says so if it could not be saved.
    fn save_open(&mut self) {
        let Some(open) = &mut self.open else { return };
        open.unsaved = false;
        open.written = Some(Instant::now());
        match self.store.save(&open.id, &open.profile) {
            // The list (and its next dates) follows what was saved.
            Ok(()) => {
                if let Some(s) = self.listing.profiles.iter_mut().find(|s| s.id == open.id) {
                    s.profile = open.profile.clone();
                }
                if self.stale != Stale::All {
                    self.stale = Stale::One(open.id.clone());
                }
            }
            Err(e) => self.fail(t!("not-saved", error = e.to_string())),
        }
    }

    /// A change made by typing: written at once if the file was not written in the last second,
    /// otherwise by the next `flush` (a second later, on the next other action, when leaving the
    /// file or the tab, and when the window closes).
    fn save_typing(&mut self) {
        let Some(open) = &mut self.open else { return };
        if open
            .written
            .is_some_and(|at| at.elapsed() < TYPING_WRITE_EVERY)
        {
            open.unsaved = true;
        } else {
            self.save_open();
        }
    }

    /// Whether typing waits to be written (the application then sends `Message::Flush`).
    pub fn has_unsaved(&self) -> bool {
        self.open.as_ref().is_some_and(|o| o.unsaved)
    }

    /// Writes what typing left unsaved.
    pub fn flush(&mut self) {
        if self.has_unsaved() {
            self.save_open();
        }
    }

    fn open_profile_id(&mut self, pack: &RulePack, today: NaiveDate, id: &str) {
        match self.store.load(id) {
            Ok(mut profile) => {
                // Bring every checklist up to the current rules, keeping the ticks.
                let mut changes = Vec::new();
                for case in &mut profile.cases {
                    // Without an answer today, the checklist stays as it is (the case says why).
                    let Ok(outcome) = case.answer(pack, today) else {
                        continue;
                    };
                    let documents: Vec<(String, String)> = outcome
                        .documents
                        .iter()
                        .map(|d| (d.item.clone(), d.label.clone()))
                        .collect();
                    let c = case.sync_checklist(&documents, &pack.meta.version);
                    if c != ChecklistChanges::default() {
                        changes.push((case.title.clone(), c));
                    }
                }
                self.open = Some(Open {
                    id: id.to_string(),
                    profile,
                    case: 0,
                    changes,
                    unsaved: false,
                    written: None,
                });
                self.reset_attempt_form();
                self.status = None;
                self.confirm_delete = false;
                self.draft = None;
                if let Some(open) = &self.open {
                    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
                    self.forms.birth_date = date(open.profile.identity.birth_date);
                    self.forms.title_valid_from = date(open.profile.identity.title_valid_from);
                }
                if self.open.as_ref().is_some_and(|o| !o.changes.is_empty()) && !self.read_only() {
                    self.save_open();
                }
            }
            Err(e) => {
                self.fail(t!("file-cannot-open", error = e.to_string()));
                self.refresh();
            }
        }
    }

    fn reset_attempt_form(&mut self) {
        let now = chrono::Local::now().naive_local();
        self.forms.attempt_date = now.format("%Y-%m-%d").to_string();
        self.forms.attempt_time = now.format("%H:%M").to_string();
        self.forms.attempt_channel = None;
        self.forms.attempt_result.clear();
        self.forms.screenshot.clear();
    }

    fn case_mut(&mut self) -> Option<&mut Case> {
        let open = self.open.as_mut()?;
        open.profile.cases.get_mut(open.case)
    }

    fn path_field(&mut self, field: PathField) -> &mut String {
        match field {
            PathField::Screenshot => &mut self.forms.screenshot,
            PathField::Calendar => &mut self.forms.calendar,
            PathField::Export => &mut self.forms.export,
            PathField::Import => &mut self.forms.import,
            PathField::Letter => &mut self.forms.letter,
            PathField::Checklist => &mut self.forms.checklist,
        }
    }

    /// One message: typing is coalesced into at most one write a second; any other message
    /// first writes what typing left. The list's dates and keys are worked out again only for
    /// what changed, so a keystroke costs the same with one file or a thousand.
    pub fn update(&mut self, pack: &RulePack, today: NaiveDate, message: Message) -> Task<Message> {
        let typing = matches!(
            message,
            Message::Note(..) | Message::Identity(..) | Message::Filter(_) | Message::NewName(_)
        );
        if !typing {
            self.flush();
        }
        let task = self.apply(pack, today, message);
        match std::mem::take(&mut self.stale) {
            Stale::Nothing => {}
            Stale::One(id) => self.recompute_one(pack, today, &id),
            Stale::All => self.recompute_next(pack, today),
        }
        task
    }

    fn apply(&mut self, pack: &RulePack, today: NaiveDate, message: Message) -> Task<Message> {
        match message {
            Message::Open(id) => self.open_profile_id(pack, today, &id),
            Message::CloseProfile => {
                self.open = None;
                self.confirm_delete = false;
                self.refresh();
            }
            Message::NewName(name) => self.forms.new_name = name,
            Message::Flush => {}
            Message::Filter(text) => {
                self.filter_words = search_words(&text);
                self.apply_filter();
                self.filter = text;
            }
            Message::CreateProfile => {
                let name = self.forms.new_name.trim().to_string();
                if name.is_empty() {
                    self.fail(tr("file-name-needed"));
                    return Task::none();
                }
                let mut profile = Profile::new(&name, today);
                if let Some(case) = self.pending.take() {
                    profile.cases.push(case);
                }
                match self.store.create(&profile) {
                    Ok(id) => {
                        self.forms.new_name.clear();
                        self.refresh();
                        self.open_profile_id(pack, today, &id);
                        self.say(t!("file-created", name = name.as_str()));
                    }
                    Err(e) => {
                        self.pending = profile.cases.pop();
                        self.fail(t!("file-not-created", error = e.to_string()));
                    }
                }
            }
            Message::SaveCaseInto(id) => {
                let Some(case) = self.pending.take() else {
                    return Task::none();
                };
                match self.store.load(&id) {
                    Ok(mut profile) => {
                        profile.cases.push(case);
                        match self.store.save(&id, &profile) {
                            Ok(()) => {
                                self.open_profile_id(pack, today, &id);
                                if let Some(open) = &mut self.open {
                                    open.case = open.profile.cases.len().saturating_sub(1);
                                }
                                self.say(tr("case-saved"));
                            }
                            Err(e) => {
                                self.pending = profile.cases.pop();
                                self.fail(t!("not-saved", error = e.to_string()));
                            }
                        }
                    }
                    Err(e) => {
                        self.pending = Some(case);
                        self.fail(t!("file-cannot-open", error = e.to_string()));
                    }
                }
            }
            Message::CancelPending => self.pending = None,
            Message::SelectCase(i) => {
                if let Some(open) = &mut self.open {
                    if i < open.profile.cases.len() {
                        open.case = i;
                    }
                }
            }
            Message::Toggle(index, tick) => {
                if let Some(item) = self.case_mut().and_then(|c| c.checklist.get_mut(index)) {
                    let flag = match tick {
                        Tick::Have => &mut item.have,
                        Tick::Copy => &mut item.copy_made,
                        Tick::Translation => &mut item.translation_needed,
                        Tick::Sent => &mut item.sent,
                    };
                    *flag = !*flag;
                    self.save_open();
                }
            }
            Message::Note(index, note) => {
                if let Some(item) = self.case_mut().and_then(|c| c.checklist.get_mut(index)) {
                    item.note = note;
                    self.save_typing();
                }
            }
            Message::NewItem(label) => self.forms.new_item = label,
            Message::AddItem => {
                let label = self.forms.new_item.trim().to_string();
                if !label.is_empty() {
                    if let Some(case) = self.case_mut() {
                        case.add_item(&label);
                        self.forms.new_item.clear();
                        self.save_open();
                    }
                }
            }
            Message::ProvisionalInput(value) => self.forms.provisional = value,
            Message::SetProvisional => {
                let value = self.forms.provisional.trim().to_string();
                match parse_date(&value) {
                    Some(date) => {
                        if let Some(case) = self.case_mut() {
                            case.provisional_received = Some(date);
                            self.forms.provisional.clear();
                            self.save_open();
                        }
                    }
                    None => self.fail(t!("not-a-date", value = value)),
                }
            }
            Message::AttemptDate(v) => self.forms.attempt_date = v,
            Message::AttemptTime(v) => self.forms.attempt_time = v,
            Message::AttemptChannel(c) => self.forms.attempt_channel = Some(c),
            Message::AttemptResult(v) => self.forms.attempt_result = v,
            Message::AddAttempt => self.add_attempt(),
            Message::Path(field, value) => *self.path_field(field) = value,
            Message::Pick(field) => return pick(field, &self.suggested_name(field)),
            Message::Picked(field, path) => match path {
                Some(p) => *self.path_field(field) = p.display().to_string(),
                None => self.fail(tr("no-file-chosen")),
            },
            Message::ExportCalendar => self.export_calendar(pack, today),
            Message::ExportProfile => {
                let Some(open) = &self.open else {
                    return Task::none();
                };
                let Some(path) = target_path(&self.forms.export) else {
                    self.fail(tr("write-path"));
                    return Task::none();
                };
                match self.store.export(&open.id, &path) {
                    Ok(()) => self.say(t!("file-exported", path = path.display().to_string())),
                    Err(e) => self.fail(t!("file-export-failed", error = e.to_string())),
                }
            }
            Message::Import => {
                let Some(path) = target_path(&self.forms.import) else {
                    self.fail(tr("import-write-path"));
                    return Task::none();
                };
                match self.store.import(&path) {
                    Ok(id) => {
                        self.forms.import.clear();
                        self.refresh();
                        let name = self.store.load(&id).map(|p| p.name).unwrap_or_default();
                        self.say(t!("file-imported", name = name));
                    }
                    Err(e) => self.fail(t!("file-import-failed", error = e.to_string())),
                }
            }
            Message::RetryLock => match self.store.try_lock() {
                Ok(true) => {
                    self.refresh();
                    self.say(tr("lock-taken"));
                }
                Ok(false) => self.fail(tr("lock-still-held")),
                Err(e) => self.fail(e.to_string()),
            },
            Message::ToggleIdentity => self.show_identity = !self.show_identity,
            Message::Identity(field, value) => self.set_identity(field, value),
            Message::PrepareLetter(kind) => self.prepare_letter(pack, today, kind),
            Message::LetterEdit(action) => {
                if let Some(d) = &mut self.draft {
                    d.content.perform(action);
                }
            }
            Message::SaveLetter => self.save_letter(),
            Message::SaveLetterPdf => self.save_letter_pdf(&pack.meta.version),
            Message::ChecklistPdf => self.checklist_pdf(pack, today),
            Message::PrintLetter => self.print_letter(&pack.meta.version),
            Message::CloseLetter => self.draft = None,
            Message::AskDelete => self.confirm_delete = true,
            Message::ConfirmDelete => {
                if let Some(open) = self.open.take() {
                    match self.store.delete(&open.id) {
                        Ok(()) => self.say(t!("file-deleted", name = open.profile.name.as_str())),
                        Err(e) => {
                            self.fail(t!("file-delete-failed", error = e.to_string()));

                            self.open = Some(open);
                        }
                    }
                }
                self.confirm_delete = false;
                self.refresh();
            }
        }
        Task::none()
    }

    fn set_identity(&mut self, field: IdentityField, value: String) {
        let Some(open) = &mut self.open else { return };
        let id = &mut open.profile.identity;
        match field {
            // A date is kept once it is a real one; until then the field shows what is typed.
            IdentityField::BirthDate => {
                id.birth_date = parse_date(value.trim());
                self.forms.birth_date = value;
            }
            IdentityField::TitleValidFrom => {
                id.title_valid_from = parse_date(value.trim());
                self.forms.title_valid_from = value;
            }
            _ => {
                if let Some(slot) = text_slot(id, field) {
                    *slot = value;
                }
            }
        }
        self.save_typing();
    }

    fn identity_value(&self, field: IdentityField) -> String {
        match field {
            IdentityField::BirthDate => self.forms.birth_date.clone(),
            IdentityField::TitleValidFrom => self.forms.title_valid_from.clone(),
            _ => self
                .open
                .as_ref()
                .and_then(|o| text_slot(&mut o.profile.identity.clone(), field).cloned())
                .unwrap_or_default(),
        }
    }

    fn prepare_letter(&mut self, pack: &RulePack, today: NaiveDate, kind: LetterKind) {
        let Some(open) = &self.open else { return };
        let Some(case) = open.profile.cases.get(open.case) else {
            return;
        };
        // Letters are in French: they are written from the authoritative French rules.
        let pack = pack.french();
        let outcome = case.outcome(pack, today);
        let input = LetterInput {
            pack,
            identity: &open.profile.identity,
            case,
            outcome: outcome.as_ref(),
            today,
        };
        match letters::compose(kind, &input) {
            Ok(letter) => {
                self.draft = Some(Draft {
                    kind,
                    content: text_editor::Content::with_text(&letter.text()),
                });
                self.status = None;
            }
            Err(missing) => {
                self.draft = None;
                self.show_identity = true;
                self.fail(t!(
                    "letter-missing",
                    letter = letter_title(kind),
                    missing = missing.localized()
                ));
            }
        }
    }

    fn save_letter(&mut self) {
        let Some(draft) = &self.draft else { return };
        let Some(path) = target_path(&self.forms.letter) else {
            self.fail(tr("write-path"));
            return;
        };
        match write_atomic(&path, draft.content.text().as_bytes()) {
            Ok(()) => self.say(t!(
                "letter-saved",
                letter = letter_title(draft.kind),
                path = path.display().to_string()
            )),
            Err(e) => self.fail(format!("{}: {e}", path.display())),
        }
    }

    fn letter_pdf(&self, pack_version: &str) -> Option<Result<Vec<u8>, String>> {
        let draft = self.draft.as_ref()?;
        Some(crate::pdf::text_pdf(
            draft.kind.title(),
            &draft.content.text(),
            pack_version,
        ))
    }

    fn checklist_pdf(&mut self, pack: &RulePack, today: NaiveDate) {
        let Some(open) = &self.open else { return };
        let Some(case) = open.profile.cases.get(open.case) else {
            return;
        };
        let Some(mut path) = target_path(&self.forms.checklist) else {
            self.fail(tr("write-path"));
            return;
        };
        path.set_extension("pdf");
        let dates = case.timeline(pack, today);
        let result = crate::pdf::checklist_pdf(
            &open.profile.name,
            case,
            &dates,
            today,
            &pack.meta.version,
            crate::i18n::language(),
        )
        .and_then(|bytes| {
            write_atomic(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))
        });
        match result {
            Ok(()) => self.say(t!("pdf-saved", path = path.display().to_string())),
            Err(e) => self.fail(e),
        }
    }

    fn save_letter_pdf(&mut self, pack_version: &str) {
        let Some(pdf) = self.letter_pdf(pack_version) else {
            return;
        };
        let Some(mut path) = target_path(&self.forms.letter) else {
            self.fail(tr("write-path"));
            return;
        };
        path.set_extension("pdf");
        match pdf.and_then(|bytes| {
            write_atomic(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))
        }) {
            Ok(()) => self.say(t!("pdf-saved", path = path.display().to_string())),
            Err(e) => self.fail(e),
        }
    }

    /// Sends the letter's PDF to the default printer (CUPS `lp`); without one, says to save the
    /// PDF instead.
    fn print_letter(&mut self, pack_version: &str) {
        let Some(pdf) = self.letter_pdf(pack_version) else {
            return;
        };
        let result = pdf.and_then(|bytes| crate::pdf::print(&bytes));
        match result {
            Ok(message) => self.say(message),
            Err(e) => self.fail(e),
        }
    }

    fn add_attempt(&mut self) {
        let date = parse_date(self.forms.attempt_date.trim());
        let time = NaiveTime::parse_from_str(self.forms.attempt_time.trim(), "%H:%M").ok();
        let (Some(date), Some(time)) = (date, time) else {
            self.fail(tr("attempt-bad-time"));
            return;
        };
        let Some(channel) = self.forms.attempt_channel else {
            self.fail(tr("attempt-no-channel"));
            return;
        };
        let at = NaiveDateTime::new(date, time);
        let screenshot = match target_path(&self.forms.screenshot) {
            None => None,
            Some(path) => {
                let Some(open) = &self.open else { return };
                match self.store.attach(&open.id, &path, at) {
                    Ok(s) => Some(s),
                    Err(e) => {
                        self.fail(t!("attempt-screenshot-failed", error = e.to_string()));
                        return;
                    }
                }
            }
        };
        let result = self.forms.attempt_result.trim().to_string();
        if let Some(case) = self.case_mut() {
            case.evidence.push(Attempt {
                at,
                channel,
                result,
                screenshot,
            });
            case.evidence.sort_by_key(|a| a.at);
            self.say(t!(
                "attempt-saved",
                date = short_date(crate::i18n::language(), at.date()),
                time = at.format("%H:%M").to_string()
            ));
            self.save_open();
            self.reset_attempt_form();
        }
    }

    fn export_calendar(&mut self, pack: &RulePack, today: NaiveDate) {
        let Some(open) = &self.open else { return };
        let Some(case) = open.profile.cases.get(open.case) else {
            return;
        };
        let Some(path) = target_path(&self.forms.calendar) else {
            self.fail(tr("write-path"));
            return;
        };
        let ics = timeline_ics(&open.profile.name, case, &case.timeline(pack, today));
        match write_atomic(&path, ics.as_bytes()) {
            Ok(()) => self.say(t!("calendar-saved", path = path.display().to_string())),

            Err(e) => self.fail(format!("{}: {e}", path.display())),
        }
    }

    fn suggested_name(&self, field: PathField) -> String {
        let name = self
            .open
            .as_ref()
            .map(|o| crate::store::profiles::profile_id(&o.profile.name))
            .unwrap_or_else(|| "passerelle".into());
        match field {
            PathField::Calendar => format!("{name}.ics"),
            PathField::Export => format!("{name}.passerelle"),
            PathField::Letter => format!("{name}-lettre.txt"),
            PathField::Checklist => format!("{name}-liste.pdf"),
            _ => String::new(),
        }
    }

    pub fn view<'a>(&'a self, pack: &'a RulePack, today: NaiveDate) -> Element<'a, Message> {
        let mut col = stack![].spacing(16);
        if self.read_only() {
            col = col.push(
                hrow![
                    fill(text(tr("read-only")).size(18).style(text::warning)),
                    button(text(tr("retry")).size(18))
                        .on_press(Message::RetryLock)
                        .padding(8),
                ]
                .spacing(12)
                .center_y(),
            );
        }
        if let Some(status) = &self.status {
            col = col.push(text(status.text.as_str()).size(18).style(if status.error {
                text::danger
            } else {
                text::success
            }));
        }
        for p in &self.listing.problems {
            col = col.push(
                text(t!("file-unreadable", problem = p.to_string()))
                    .size(16)
                    .style(text::danger),
            );
        }
        let body = match &self.open {
            Some(open) => self.profile_view(pack, today, open),
            None => self.list_view(today),
        };
        col.push(body).into()
    }

    fn list_view(&self, today: NaiveDate) -> Element<'_, Message> {
        let writable = !self.read_only();
        let mut col = stack![
            text(tr("files-title")).size(30),
            text(t!(
                "files-where",
                path = self.store.data_dir().display().to_string()
            ))
            .size(16),
        ]
        .spacing(12);
        if let Some(case) = &self.pending {
            let mut choose = stack![
                text(t!("save-where", title = case.title.as_str())).size(22),
                text(tr("save-where-hint")).size(16),
            ]
            .spacing(8);
            for s in &self.listing.profiles {
                choose = choose.push(
                    button(text(t!("save-into", name = s.profile.name.as_str())).size(20))
                        .on_press_maybe(writable.then(|| Message::SaveCaseInto(s.id.clone())))
                        .padding(10),
                );
            }
            choose = choose.push(
                button(text(tr("cancel")).size(18))
                    .style(button::secondary)
                    .on_press(Message::CancelPending),
            );
            col = col.push(
                container(choose)
                    .padding(16)
                    .width(Fill)
                    .style(container::bordered_box),
            );
        }
        if self.listing.profiles.is_empty() {
            col = col.push(text(tr("files-none")).size(18));
        } else {
            col = col.push(
                text_input(&tr("files-filter"), &self.filter)
                    .id(FILTER_INPUT)
                    .on_input(Message::Filter)
                    .padding(10)
                    .size(20),
            );
            if self.shown() == 0 {
                col = col.push(
                    text(t!("files-filter-none", query = self.filter.trim()))
                        .size(18)
                        .style(text::warning),
                );
            }
        }
        let listed = self
            .shown
            .iter()
            .filter_map(|&i| Some((self.listing.profiles.get(i)?, self.next.get(i)?)));
        for (s, next) in listed {
            let next = match next {
                Some(d) => t!(
                    "files-next-date",
                    label = d.label.as_str(),
                    date = short_date(crate::i18n::language(), d.date),
                    when = days_text(d.days_from(today))
                ),
                None => tr("files-no-next-date"),
            };
            col = col.push(
                container(
                    hrow![
                        stack![
                            text(s.profile.name.as_str()).size(22),
                            text(t!(
                                "files-cases",
                                count = s.profile.cases.len(),
                                next = next
                            ))
                            .size(16),
                        ]
                        .spacing(4)
                        .width(Fill),
                        button(text(t!("file-open", name = s.profile.name.as_str())).size(18))
                            .on_press(Message::Open(s.id.clone()))
                            .padding(10),
                    ]
                    .spacing(12)
                    .center_y(),
                )
                .padding(12)
                .style(container::bordered_box),
            );
        }
        col = col.push(
            hrow![
                text_input(&tr("file-new-name"), &self.forms.new_name)
                    .on_input(Message::NewName)
                    .on_submit(Message::CreateProfile)
                    .padding(10)
                    .size(20),
                button(text(tr("file-create")).size(20))
                    .on_press_maybe(writable.then_some(Message::CreateProfile))
                    .padding(10),
            ]
            .spacing(12),
        );
        col = col.push(path_row(
            PathField::Import,
            tr("import-path"),
            &self.forms.import,
            tr("import"),
            writable.then_some(Message::Import),
        ));
        col.into()
    }

    fn profile_view<'a>(
        &'a self,
        pack: &'a RulePack,
        today: NaiveDate,
        open: &'a Open,
    ) -> Element<'a, Message> {
        let writable = !self.read_only();
        let mut col = stack![hrow![
            button(text(t!("back-to-files", arrow = dir::back_arrow())).size(18))
                .style(button::secondary)
                .on_press(Message::CloseProfile)
                .padding(8),
            text(open.profile.name.as_str()).size(30),
        ]
        .spacing(16)
        .center_y()]
        .spacing(16);
        for (title, c) in &open.changes {
            let mut lines = vec![t!("rules-changed", title = title.as_str())];
            lines.extend(c.added.iter().map(|a| t!("rules-changed-added", item = a)));
            lines.extend(
                c.removed
                    .iter()
                    .map(|r| t!("rules-changed-removed", item = r)),
            );
            col = col.push(text(lines.join("\n")).size(16).style(text::warning));
        }
        if open.profile.cases.is_empty() {
            col = col.push(text(tr("file-no-case")).size(18));
        }
        let mut tabs = hrow![].spacing(8);
        for (i, case) in open.profile.cases.iter().enumerate() {
            tabs = tabs.push(
                button(text(case.title.as_str()).size(16))
                    .style(if i == open.case {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .on_press(Message::SelectCase(i))
                    .padding([4, 10]),
            );
        }
        col = col.push(tabs.wrap(6.0));
        if let Some(case) = open.profile.cases.get(open.case) {
            // Today's answer, resolved once for the whole screen.
            let answer = case.answer(pack, today);
            if let Err(why) = &answer {
                col = col.push(
                    text(t!(
                        "case-unanswered",
                        why = why.localized(crate::i18n::language())
                    ))
                    .size(18)
                    .style(text::warning),
                );
            }
            let outcome = answer.ok();
            if let Some((then, now)) = case.channel_changed(outcome.as_ref()) {
                let label = |c: &str| {
                    crate::facts::Channel::parse(c).map_or(c.to_string(), |c| {
                        labels::channel(crate::i18n::language(), c).to_string()
                    })
                };
                col = col.push(
                    text(t!(
                        "channel-changed",
                        then = label(&then),
                        now = label(&now)
                    ))
                    .size(18)
                    .style(text::warning),
                );
            }
            if let Some(o) = &outcome {
                col = col.push(
                    stack![
                        text(labels::channel(crate::i18n::language(), o.channel)).size(18),
                        text(o.summary.clone()).size(20),
                    ]
                    .spacing(4),
                );
            }
            col = col.push(self.checklist_view(case, writable));
            col = col.push(self.timeline_view(case.dates(outcome.as_ref()), today, writable));
            col = col.push(self.evidence_view(case, outcome.as_ref(), writable));
            col = col.push(self.letters_view(case, outcome.as_ref()));
        }
        col = col.push(self.identity_view(writable));
        col = col.push(path_row(
            PathField::Export,
            tr("export-path"),
            &self.forms.export,
            tr("export"),
            Some(Message::ExportProfile),
        ));
        col = col.push(if self.confirm_delete {
            hrow![
                text(tr("delete-confirm")).size(18),
                button(text(tr("delete-yes")).size(18))
                    .style(button::danger)
                    .on_press(Message::ConfirmDelete),
                button(text(tr("delete-no")).size(18))
                    .style(button::secondary)
                    .on_press(Message::Open(open.id.clone())),
            ]
            .spacing(12)
            .center_y()
        } else {
            hrow![button(text(tr("delete")).size(16))
                .style(button::secondary)
                .on_press_maybe(writable.then_some(Message::AskDelete))]
        });
        col.into()
    }

    fn checklist_view<'a>(&'a self, case: &'a Case, writable: bool) -> Element<'a, Message> {
        let (ready, total) = case.progress();
        let mut col = stack![text(t!("checklist-progress", ready = ready, total = total)).size(24)]
            .spacing(10);
        for (i, item) in case.checklist.iter().enumerate() {
            let flag = match &item.change {
                Some(RuleChange::Added { .. }) => tr("checklist-new"),
                Some(RuleChange::Removed { .. }) => tr("checklist-removed"),
                None if item.by_hand() => tr("checklist-by-hand"),
                None => String::new(),
            };
            let mark = if item.ready() { "✔" } else { "☐" };
            let tick = |on: bool, label: String, t: Tick| {
                button(text(format!("{} {label}", if on { "☑" } else { "☐" })).size(16))
                    .style(if on {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .padding([4, 8])
                    .on_press_maybe(writable.then_some(Message::Toggle(i, t)))
            };
            col = col.push(
                stack![
                    text(format!("{mark} {}{flag}", item.label)).size(20),
                    hrow![
                        tick(item.have, tr("tick-have"), Tick::Have),
                        tick(item.copy_made, tr("tick-copy"), Tick::Copy),
                        tick(
                            item.translation_needed,
                            tr("tick-translation"),
                            Tick::Translation
                        ),
                        tick(item.sent, tr("tick-sent"), Tick::Sent),
                    ]
                    .spacing(6)
                    .wrap(6.0),
                    text_input(&tr("note"), &item.note)
                        .on_input_maybe(writable.then_some(move |n| Message::Note(i, n)))
                        .size(16)
                        .padding(6),
                ]
                .spacing(4),
            );
        }
        col = col.push(
            hrow![
                text_input(&tr("checklist-add-placeholder"), &self.forms.new_item)
                    .on_input(Message::NewItem)
                    .on_submit(Message::AddItem)
                    .size(18)
                    .padding(8),
                button(text(tr("add")).size(18))
                    .on_press_maybe(writable.then_some(Message::AddItem))
                    .padding(8),
            ]
            .spacing(8),
        );
        col = col.push(path_row(
            PathField::Checklist,
            tr("checklist-pdf-path"),
            &self.forms.checklist,
            tr("checklist-pdf"),
            Some(Message::ChecklistPdf),
        ));
        section(col)
    }

    fn timeline_view(
        &self,
        dates: Vec<Dated>,
        today: NaiveDate,
        writable: bool,
    ) -> Element<'_, Message> {
        let next = dates.iter().position(|d| d.date >= today);
        let mut col = stack![text(tr("dates-title")).size(24)].spacing(8);
        if dates.is_empty() {
            col = col.push(text(tr("dates-none")).size(18));
        }
        for (i, d) in dates.iter().enumerate() {
            let line = text(t!(
                "dates-line",
                date = short_date(crate::i18n::language(), d.date),
                label = d.label.as_str(),
                when = days_text(d.days_from(today))
            ))
            .size(if Some(i) == next { 22 } else { 18 });
            col = col.push(if Some(i) == next {
                line.style(text::primary)
            } else if d.date < today {
                line.style(text::secondary)
            } else {
                line
            });
        }
        col = col.push(
            hrow![
                text_input(
                    &tr("provisional-received-placeholder"),
                    &self.forms.provisional
                )
                .on_input(Message::ProvisionalInput)
                .on_submit(Message::SetProvisional)
                .size(18)
                .padding(8),
                button(text(tr("provisional-received-save")).size(18))
                    .on_press_maybe(writable.then_some(Message::SetProvisional))
                    .padding(8),
            ]
            .spacing(8),
        );
        col = col.push(path_row(
            PathField::Calendar,
            tr("calendar-path"),
            &self.forms.calendar,
            tr("calendar-export"),
            Some(Message::ExportCalendar),
        ));
        section(col)
    }

    fn evidence_view<'a>(
        &'a self,
        case: &'a Case,
        outcome: Option<&crate::resolver::Outcome>,
        writable: bool,
    ) -> Element<'a, Message> {
        let bar = outcome.and_then(|o| o.evidence_bar());
        let s = evidence_summary(&case.evidence, bar);
        let mut col = stack![
            text(tr("evidence-title")).size(24),
            text(tr("evidence-explain")).size(16),
            text(t!(
                "evidence-summary",
                attempts = s.attempts,
                days = s.days,
                weeks = s.weeks,
                hours = s.hours,
                screenshots = s.with_screenshot
            ))
            .size(20),
            match (s.meets_bar, bar) {
                (Some(true), _) => text(tr("evidence-enough")).size(18).style(text::success),
                (Some(false), Some(bar)) => {
                    text(t!(
                        "evidence-not-enough",
                        days = bar.min_days,
                        weeks = bar.min_weeks,
                        hours = bar.min_hours,
                        over = bar.over_days
                    ))
                    .size(18)
                    .style(text::warning)
                }
                _ => text(tr("evidence-no-bar")).size(18),
            },
        ]
        .spacing(8);
        for a in case.evidence.iter().rev() {
            let shot = a
                .screenshot
                .as_ref()
                .map(|s| {
                    t!(
                        "evidence-screenshot",
                        name = s.original_name.as_str(),
                        hash = s.sha256.get(..12).unwrap_or_default()
                    )
                })
                .unwrap_or_default();
            col = col.push(
                text(format!(
                    "{} {} — {} — {}{shot}",
                    short_date(crate::i18n::language(), a.at.date()),
                    a.at.format("%H:%M"),
                    a.channel.label(),
                    a.result
                ))
                .size(16),
            );
        }
        let mut channels = hrow![].spacing(6);
        for c in AttemptChannel::ALL {
            channels = channels.push(
                button(text(c.label()).size(16))
                    .style(if self.forms.attempt_channel == Some(c) {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .padding([4, 8])
                    .on_press(Message::AttemptChannel(c)),
            );
        }
        col = col.push(
            stack![
                text(tr("attempt-new")).size(20),
                hrow![
                    text_input(&tr("date-placeholder"), &self.forms.attempt_date)
                        .on_input(Message::AttemptDate)
                        .size(18)
                        .padding(8)
                        .width(180),
                    text_input(&tr("time-placeholder"), &self.forms.attempt_time)
                        .on_input(Message::AttemptTime)
                        .size(18)
                        .padding(8)
                        .width(110),
                ]
                .spacing(8),
                channels.wrap(6.0),
                text_input(
                    &tr("attempt-result-placeholder"),
                    &self.forms.attempt_result
                )
                .on_input(Message::AttemptResult)
                .size(18)
                .padding(8),
                path_row(
                    PathField::Screenshot,
                    tr("attempt-screenshot-path"),
                    &self.forms.screenshot,
                    tr("attempt-save"),
                    writable.then_some(Message::AddAttempt),
                ),
            ]
            .spacing(8),
        );
        section(col)
    }
}

impl Files {
    fn identity_view(&self, writable: bool) -> Element<'_, Message> {
        let mut col = stack![hrow![
            fill(text(tr("identity-title")).size(24)),
            button(
                text(tr(if self.show_identity {
                    "identity-hide"
                } else {
                    "identity-show"
                }))
                .size(16)
            )
            .style(button::secondary)
            .on_press(Message::ToggleIdentity),
        ]
        .center_y()]
        .spacing(8);
        if self.show_identity {
            col = col.push(text(tr("identity-explain")).size(14));
            for (field, key) in IdentityField::ALL {
                let label = tr(key);
                col = col.push(
                    hrow![
                        text(label.clone()).size(16).width(360),
                        text_input(&label, &self.identity_value(field))
                            .on_input_maybe(
                                writable.then_some(move |v| Message::Identity(field, v))
                            )
                            .size(16)
                            .padding(6),
                    ]
                    .spacing(8)
                    .center_y(),
                );
            }
        }
        section(col)
    }

    fn letters_view(
        &self,
        case: &Case,
        outcome: Option<&crate::resolver::Outcome>,
    ) -> Element<'_, Message> {
        let kinds = letters::applicable(case, outcome);
        let mut col = stack![
            text(tr("letters-title")).size(24),
            text(tr("letters-explain")).size(16),
        ]
        .spacing(8);
        if kinds.is_empty() {
            col = col.push(text(tr("letters-none")).size(16));
        }
        let mut buttons = hrow![].spacing(8);
        for kind in kinds {
            buttons = buttons.push(
                button(text(letter_title(kind)).size(16))
                    .style(button::secondary)
                    .padding([4, 10])
                    .on_press(Message::PrepareLetter(kind)),
            );
        }
        col = col.push(buttons.wrap(6.0));
        if let Some(draft) = &self.draft {
            col = col.push(text(letter_title(draft.kind)).size(20));
            col = col.push(
                text_editor(&draft.content)
                    .on_action(Message::LetterEdit)
                    .height(420)
                    .size(16),
            );
            col = col.push(path_row(
                PathField::Letter,
                tr("letter-path"),
                &self.forms.letter,
                tr("letter-save"),
                Some(Message::SaveLetter),
            ));
            col = col.push(
                hrow![
                    button(text(tr("save-pdf")).size(16))
                        .on_press(Message::SaveLetterPdf)
                        .padding(8),
                    button(text(tr("print")).size(16))
                        .on_press(Message::PrintLetter)
                        .padding(8),
                    button(text(tr("letter-close")).size(16))
                        .style(button::secondary)
                        .on_press(Message::CloseLetter)
                        .padding(8),
                ]
                .spacing(8),
            );
        }
        section(col)
    }
}

fn section(content: iced::widget::Column<'_, Message>) -> Element<'_, Message> {
    container(content)
        .padding(16)
        .width(Fill)
        .style(container::bordered_box)
        .into()
}

/// A path field with « Choisir… » (a file dialog, where the system has one) and an action.
fn path_row<'a>(
    field: PathField,
    placeholder: String,
    value: &'a str,
    action: String,
    on_action: Option<Message>,
) -> Element<'a, Message> {
    hrow![
        text_input(&placeholder, value)
            .on_input(move |v| Message::Path(field, v))
            .size(16)
            .padding(8),
        button(text(tr("choose")).size(16))
            .style(button::secondary)
            .on_press(Message::Pick(field))
            .padding(8),
        space::horizontal().width(4),
        button(text(action).size(16))
            .on_press_maybe(on_action)
            .padding(8),
    ]
    .spacing(8)
    .center_y()
    .into()
}

fn target_path(field: &str) -> Option<PathBuf> {
    let t = field.trim();
    (!t.is_empty()).then(|| PathBuf::from(t))
}

/// "dans 24 jours", "aujourd'hui", "il y a 3 jours", in the interface's language.
pub fn days_text(days: i64) -> String {
    match days {
        1 => tr("tomorrow"),
        -1 => tr("yesterday"),
        d if d >= 0 => t!("in-days", days = d),
        d => t!("days-ago", days = -d),
    }
}

/// A letter's name on screen, in the interface's language (the letter itself is in French).
fn letter_title(kind: LetterKind) -> String {
    tr(&format!("letter-{}", kind.id()))
}

/// Opens a file dialog off the UI thread. `None` comes back both when the person cancels and
/// when no dialog is available, so the path field stays the way that always works.
fn pick(field: PathField, suggested: &str) -> Task<Message> {
    let suggested = suggested.to_string();
    Task::perform(
        async move {
            let dialog = rfd::FileDialog::new();
            match field {
                PathField::Screenshot => dialog
                    .add_filter("Images", &["png", "jpg", "jpeg", "pdf", "webp"])
                    .pick_file(),
                PathField::Import => dialog
                    .add_filter("Passerelle", &["passerelle", "ron"])
                    .pick_file(),
                PathField::Calendar
                | PathField::Export
                | PathField::Letter
                | PathField::Checklist => dialog.set_file_name(suggested).save_file(),
            }
        },
        move |path| Message::Picked(field, path),
    )
}

#[cfg(test)]
mod tests {
    use super::days_text;

    #[test]
    fn days_read_naturally() {
        assert_eq!(days_text(0), "aujourd'hui");
        assert_eq!(days_text(1), "demain");
        assert_eq!(days_text(24), "dans 24 jours");
        assert_eq!(days_text(-1), "hier");
        assert_eq!(days_text(-3), "il y a 3 jours");
    }
}
