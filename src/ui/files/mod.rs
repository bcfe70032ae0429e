//! « Mes dossiers »: the person's files (profiles), each with its cases, checklist, dates and
//! evidence log. Nothing here decides a date or a document: they come from the profile model and
//! the rule pack.
//!
//! Screens: [`list`] (the files), [`file`] (one open file) and its parts — [`checklist`],
//! [`dates`], [`evidence`], [`details`], [`letters`]. Each has its `Message`, an `update` that
//! returns its task and what it asks of its parent, and a `view`.
//!
//! Writing: every write goes to the store's one writer thread ([`Writer`]) as a task; the window
//! never waits on the disk, and the writes of a file keep their order. Typing is written at most
//! once a second ([`TYPING_WRITE_EVERY`]); any other action, leaving the file or the tab, and
//! closing the window write the rest, so a crash loses at most the last second of typing.

pub mod checklist;
pub mod dates;
pub mod details;
pub mod evidence;
pub mod file;
pub mod letters;
pub mod list;
pub mod part;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use iced::widget::{button, text};
use iced::{Element, Task};

use crate::i18n::Lang;
use crate::pack::RulePack;
use crate::profile::{Case, Profile};
use crate::store::profiles::{Listing, ProfileStore, Stored};
use crate::store::writer::Writer;
use crate::tl;
use crate::ui::dir::fill;
use crate::ui::widget::{status_line, write, Report, Status};
use crate::{hrow, stack};

pub use checklist::Tick;
pub use details::Field as IdentityField;
use file::{Env, Event, File};
pub use list::FILTER_INPUT;

/// While typing, a file is written at most once in this time; the rest waits for `Flush`.
pub const TYPING_WRITE_EVERY: Duration = Duration::from_secs(1);

#[derive(Debug, Clone)]
pub enum Message {
    List(list::Message),
    File(file::Message),
    /// Write what typing left unsaved (sent every second while there is some).
    Flush,
    RetryLock,
    /// What the writer did.
    Saved {
        id: String,
        result: Result<(), String>,
    },
    Created {
        name: String,
        result: Result<String, String>,
    },
    CaseSaved {
        id: String,
        result: Result<(), String>,
    },
    Imported(Result<(String, String), String>),
    Deleted {
        id: String,
        name: String,
        result: Result<(), String>,
    },
    Exported(Report),
}

/// What has changed since the list's next dates and search keys were worked out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Stale {
    #[default]
    Nothing,
    /// One file was saved: only its entry.
    One(String),
    /// The list was read again, or the language changed.
    All,
}

pub struct Files {
    writer: Writer,
    listing: Listing,
    list: list::List,
    open: Option<File>,
    /// A case from the wizard, waiting for the person to choose a file.
    pending: Option<Case>,
    status: Option<Status>,
    /// What `update` must work out again for the list.
    stale: Stale,
}

impl Files {
    pub fn new(store: ProfileStore, pack: &RulePack, today: NaiveDate) -> Files {
        let listing = store.list();
        let mut files = Files {
            writer: Writer::new(Arc::new(store)),
            listing,
            list: list::List::default(),
            open: None,
            pending: None,
            status: None,
            stale: Stale::Nothing,
        };
        files.list.recompute(&files.listing, pack, today);
        files
    }

    fn store(&self) -> &ProfileStore {
        self.writer.store()
    }

    pub fn read_only(&self) -> bool {
        self.store().read_only()
    }

    pub fn profiles(&self) -> &[Stored] {
        &self.listing.profiles
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The open file, if any (for tests and the header).
    pub fn open_profile(&self) -> Option<&Profile> {
        self.open.as_ref().map(|o| &o.profile)
    }

    /// The date due next across every file: (file name, label, date, days from today).
    pub fn next_due(&self, today: NaiveDate) -> Option<(String, String, NaiveDate, i64)> {
        self.list.next_due(&self.listing, today)
    }

    /// After a change of language: the dates' names in the new language.
    pub fn relocalize(&mut self, pack: &RulePack, today: NaiveDate) {
        self.list.recompute(&self.listing, pack, today);
    }

    /// How many times the list's next dates were worked out for every file (for tests: a
    /// keystroke must not do it).
    pub fn full_recomputes(&self) -> usize {
        self.list.full_recomputes()
    }

    /// How many files the filter shows.
    pub fn shown(&self) -> usize {
        self.list.shown()
    }

    /// A case from the wizard to save: the list shows where it can go (the open file, if any,
    /// is written and closed).
    pub fn begin_save(&mut self, case: Case) -> Task<Message> {
        let flushed = self.flush();
        self.open = None;
        self.status = None;
        self.pending = Some(case);
        flushed
    }

    fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status::done(text));
    }

    fn fail(&mut self, text: impl Into<String>) {
        self.status = Some(Status::failed(text));
    }

    /// Reads the list again, after the writes given so far (a file just closed is listed as
    /// it was written).
    fn refresh(&mut self) {
        self.writer.wait();
        self.listing = self.store().list();
        self.stale = Stale::All;
    }

    /// Whether typing waits to be written (the application then sends `Message::Flush`).
    pub fn has_unsaved(&self) -> bool {
        self.open.as_ref().is_some_and(|o| o.unsaved)
    }

    /// Writes what typing left unsaved, and a change waiting behind a write.
    pub fn flush(&mut self) -> Task<Message> {
        match &self.open {
            Some(open) if open.unsaved || open.again => self.write_open(true),
            _ => Task::none(),
        }
    }

    /// Before the app exits: writes what waits and blocks until every write is on disk.
    pub fn flush_and_wait(&mut self) {
        let _ = self.flush();
        self.writer.wait();
    }

    /// A change made by typing: written at once if the file was not written in the last second,
    /// otherwise by the next `flush`.
    fn save_typing(&mut self) -> Task<Message> {
        let Some(open) = &mut self.open else {
            return Task::none();
        };
        if open
            .written
            .is_some_and(|at| at.elapsed() < TYPING_WRITE_EVERY)
        {
            open.unsaved = true;
            return Task::none();
        }
        self.write_open(false)
    }

    /// Gives the open file to the writer. One write of a file is in flight at a time: a change
    /// made meanwhile is written when it ends (`force` writes at once, behind it, when leaving).
    fn write_open(&mut self, force: bool) -> Task<Message> {
        let Some(open) = &mut self.open else {
            return Task::none();
        };
        open.unsaved = false;
        open.written = Some(Instant::now());
        if open.writing && !force {
            open.again = true;
            return Task::none();
        }
        open.writing = true;
        open.again = false;
        // The list (and its next dates) follows what is being saved.
        if let Some(s) = self.listing.profiles.iter_mut().find(|s| s.id == open.id) {
            s.profile = open.profile.clone();
        }
        if self.stale != Stale::All {
            self.stale = Stale::One(open.id.clone());
        }
        let (id, profile) = (open.id.clone(), open.profile.clone());
        write(&self.writer, move |store| {
            let result = store.save(&id, &profile).map_err(|e| e.to_string());
            Message::Saved { id, result }
        })
    }

    fn open_file(
        &mut self,
        pack: &RulePack,
        today: NaiveDate,
        lang: Lang,
        id: &str,
    ) -> Task<Message> {
        let flushed = self.flush();
        // A file left a moment ago may still be on its way to the disk: read it once written
        // (this waits only while the writer is busy).
        self.writer.wait();
        match self.store().load(id) {
            Ok(profile) => {
                let file = File::open(id.to_string(), profile, pack, today);
                let rules_changed = file.rules_changed();
                self.open = Some(file);
                self.status = None;
                if rules_changed && !self.read_only() {
                    return Task::batch([flushed, self.write_open(true)]);
                }
            }
            Err(e) => {
                self.fail(tl!(lang, "file-cannot-open", error = e.to_string()));
                self.refresh();
            }
        }
        flushed
    }

    /// One message: typing is coalesced into at most one write a second; any other message
    /// first writes what typing left. The list's dates and keys are worked out again only for
    /// what changed, so a keystroke costs the same with one file or a thousand.
    pub fn update(
        &mut self,
        pack: &RulePack,
        today: NaiveDate,
        lang: Lang,
        message: Message,
    ) -> Task<Message> {
        use file::Message as F;
        let typing = matches!(
            message,
            Message::File(F::Checklist(checklist::Message::Note(..)))
                | Message::File(F::Details(details::Message::Edit(..)))
                | Message::List(list::Message::Filter(_) | list::Message::NewName(_))
                | Message::Saved { .. }
        );
        let flushed = if typing { Task::none() } else { self.flush() };
        let task = self.apply(pack, today, lang, message);
        match std::mem::take(&mut self.stale) {
            Stale::Nothing => {}
            Stale::One(id) => self.list.recompute_one(&self.listing, pack, today, &id),
            Stale::All => self.list.recompute(&self.listing, pack, today),
        }
        Task::batch([flushed, task])
    }

    fn apply(
        &mut self,
        pack: &RulePack,
        today: NaiveDate,
        lang: Lang,
        message: Message,
    ) -> Task<Message> {
        match message {
            Message::List(m) => {
                let (task, event) = self.list.update(lang, m);
                let task = task.map(Message::List);
                match event {
                    Some(event) => Task::batch([task, self.list_event(pack, today, lang, event)]),
                    None => task,
                }
            }
            Message::File(m) => {
                let Some(open) = &mut self.open else {
                    return Task::none();
                };
                let env = Env {
                    pack,
                    today,
                    lang,
                    writable: !self.writer.store().read_only(),
                    writer: &self.writer,
                };
                let (task, event) = open.update(&env, m);
                let task = task.map(Message::File);
                match event {
                    Some(event) => Task::batch([task, self.file_event(lang, event)]),
                    None => task,
                }
            }
            Message::Flush => Task::none(),
            Message::RetryLock => {
                match self.store().try_lock() {
                    Ok(true) => {
                        self.refresh();
                        self.say(tl!(lang, "lock-taken"));
                    }
                    Ok(false) => self.fail(tl!(lang, "lock-still-held")),
                    Err(e) => self.fail(e.to_string()),
                }
                Task::none()
            }
            Message::Saved { id, result } => {
                let mut task = Task::none();
                if let Some(open) = self.open.as_mut().filter(|o| o.id == id) {
                    open.writing = false;
                    if open.again {
                        task = self.write_open(false);
                    }
                }
                if let Err(e) = result {
                    self.fail(tl!(lang, "not-saved", error = e));
                }
                task
            }
            Message::Created { name, result } => match result {
                Ok(id) => {
                    self.pending = None;
                    self.list.clear_new_name();
                    self.refresh();
                    let task = self.open_file(pack, today, lang, &id);
                    self.say(tl!(lang, "file-created", name = name.as_str()));
                    task
                }
                Err(e) => {
                    self.fail(tl!(lang, "file-not-created", error = e));
                    Task::none()
                }
            },
            Message::CaseSaved { id, result } => match result {
                Ok(()) => {
                    self.pending = None;
                    self.refresh();
                    let task = self.open_file(pack, today, lang, &id);
                    if let Some(open) = &mut self.open {
                        open.select_last();
                    }
                    self.say(tl!(lang, "case-saved"));
                    task
                }
                Err(e) => {
                    self.fail(e);
                    Task::none()
                }
            },
            Message::Imported(result) => {
                match result {
                    Ok((_, name)) => {
                        self.list.clear_import();
                        self.refresh();
                        self.say(tl!(lang, "file-imported", name = name));
                    }
                    Err(e) => self.fail(tl!(lang, "file-import-failed", error = e)),
                }
                Task::none()
            }
            Message::Deleted { id, name, result } => {
                match result {
                    Ok(()) => {
                        if self.open.as_ref().is_some_and(|o| o.id == id) {
                            self.open = None;
                        }
                        self.say(tl!(lang, "file-deleted", name = name.as_str()));
                    }
                    Err(e) => self.fail(tl!(lang, "file-delete-failed", error = e)),
                }
                self.refresh();
                Task::none()
            }
            Message::Exported(report) => {
                self.status = Some(Status::of(report));
                Task::none()
            }
        }
    }

    fn list_event(
        &mut self,
        pack: &RulePack,
        today: NaiveDate,
        lang: Lang,
        event: list::Event,
    ) -> Task<Message> {
        match event {
            list::Event::Open(id) => return self.open_file(pack, today, lang, &id),
            list::Event::Fail(text) => self.fail(text),
            list::Event::CancelPending => self.pending = None,
            list::Event::Create(name) => {
                let mut profile = Profile::new(&name, today);
                profile.cases.extend(self.pending.clone());
                return write(&self.writer, move |store| {
                    let result = store.create(&profile).map_err(|e| e.to_string());
                    Message::Created { name, result }
                });
            }
            list::Event::SaveInto(id) => {
                let Some(case) = self.pending.clone() else {
                    return Task::none();
                };
                let (not_saved, cannot_open) = (
                    move |e: String| tl!(lang, "not-saved", error = e),
                    move |e: String| tl!(lang, "file-cannot-open", error = e),
                );
                return write(&self.writer, move |store| {
                    let result = match store.load(&id) {
                        Ok(mut profile) => {
                            profile.cases.push(case);
                            store
                                .save(&id, &profile)
                                .map_err(|e| not_saved(e.to_string()))
                        }
                        Err(e) => Err(cannot_open(e.to_string())),
                    };
                    Message::CaseSaved { id, result }
                });
            }
            list::Event::Import(path) => {
                return write(&self.writer, move |store| {
                    let result = store.import(&path).and_then(|id| {
                        let name = store.load(&id)?.name;
                        Ok((id, name))
                    });
                    Message::Imported(result.map_err(|e| e.to_string()))
                });
            }
        }
        Task::none()
    }

    fn file_event(&mut self, lang: Lang, event: Event) -> Task<Message> {
        match event {
            Event::Changed => return self.write_open(false),
            Event::Typed => return self.save_typing(),
            Event::ChangedAndSay(text) => {
                self.say(text);
                return self.write_open(false);
            }
            Event::Report(status) => self.status = Some(status),
            Event::Quiet => self.status = None,
            Event::MissingDetails(text) => self.fail(text),
            Event::Close => {
                let task = self.flush();
                self.open = None;
                self.refresh();
                return task;
            }
            Event::Export(path) => {
                let Some(open) = &self.open else {
                    return Task::none();
                };
                let id = open.id.clone();
                let exported = tl!(lang, "file-exported", path = path.display().to_string());
                let failed = move |e: String| tl!(lang, "file-export-failed", error = e);
                // Behind any write of the file: the export reads what was last saved.
                return write(&self.writer, move |store| {
                    let result = store
                        .export(&id, &path)
                        .map(|()| exported)
                        .map_err(|e| failed(e.to_string()));
                    Message::Exported(result)
                });
            }
            Event::Delete => {
                let Some(open) = &self.open else {
                    return Task::none();
                };
                let (id, name) = (open.id.clone(), open.profile.name.clone());
                return write(&self.writer, move |store| {
                    let result = store.delete(&id).map_err(|e| e.to_string());
                    Message::Deleted { id, name, result }
                });
            }
        }
        Task::none()
    }

    pub fn view<'a>(
        &'a self,
        pack: &'a RulePack,
        today: NaiveDate,
        lang: Lang,
    ) -> Element<'a, Message> {
        let writable = !self.read_only();
        let mut col = stack![lang;].spacing(16);
        if !writable {
            col = col.push(
                hrow![lang;
                    fill(lang, text(tl!(lang, "read-only")).size(18).style(text::warning)),
                    button(text(tl!(lang, "retry")).size(18))
                        .on_press(Message::RetryLock)
                        .padding(8),
                ]
                .spacing(12)
                .center_y(),
            );
        }
        if let Some(status) = &self.status {
            col = col.push(status_line(status, 18));
        }
        for p in &self.listing.problems {
            col = col.push(
                text(tl!(lang, "file-unreadable", problem = p.to_string()))
                    .size(16)
                    .style(text::danger),
            );
        }
        let body = match &self.open {
            Some(open) => {
                let env = Env {
                    pack,
                    today,
                    lang,
                    writable,
                    writer: &self.writer,
                };
                open.view(&env).map(Message::File)
            }
            None => self
                .list
                .view(
                    lang,
                    today,
                    &self.listing,
                    self.store().data_dir(),
                    self.pending.as_ref(),
                    writable,
                )
                .map(Message::List),
        };
        col.push(body).into()
    }
}

/// "dans 24 jours", "aujourd'hui", "il y a 3 jours", in `lang`.
pub fn days_text(lang: Lang, days: i64) -> String {
    match days {
        1 => tl!(lang, "tomorrow"),
        -1 => tl!(lang, "yesterday"),
        d if d >= 0 => tl!(lang, "in-days", days = d),
        d => tl!(lang, "days-ago", days = -d),
    }
}

#[cfg(test)]
mod tests {
    use super::days_text;
    use crate::i18n::Lang;

    #[test]
    fn days_read_naturally() {
        assert_eq!(days_text(Lang::Fr, 0), "aujourd'hui");
        assert_eq!(days_text(Lang::Fr, 1), "demain");
        assert_eq!(days_text(Lang::Fr, 24), "dans 24 jours");
        assert_eq!(days_text(Lang::Fr, -1), "hier");
        assert_eq!(days_text(Lang::Fr, -3), "il y a 3 jours");
    }
}
