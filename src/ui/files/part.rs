//! What the parts of an open file (checklist, dates, evidence, details, letters) share with it:
//! what they work with (`Env`, `Context`) and what they ask of it (`Event`). Kept apart from
//! `file`, so that the parts depend on this contract and `file` on the parts, never both ways.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::pack::RulePack;
use crate::store::profiles::profile_id;
use crate::store::writer::Writer;
use crate::tl;
use iced::Task;

use crate::ui::widget::{Dialog, PathInput, PathMessage, Status};

/// What every part of « Mes dossiers » works with.
#[derive(Clone, Copy)]
pub struct Env<'a> {
    pub pack: &'a RulePack,
    pub today: NaiveDate,
    pub lang: Lang,
    /// Whether this process may write (it holds the data directory's lock).
    pub writable: bool,
    pub writer: &'a Writer,
}

/// What a part of the open file works with: the environment (its fields read through
/// `Deref`) and which file it is.
pub struct Context<'a> {
    pub env: Env<'a>,
    pub id: &'a str,
    pub name: &'a str,
}

impl<'a> std::ops::Deref for Context<'a> {
    type Target = Env<'a>;

    fn deref(&self) -> &Env<'a> {
        &self.env
    }
}

impl<'a> Env<'a> {
    /// The context of the file `id`, named `name`.
    pub fn for_file(self, id: &'a str, name: &'a str) -> Context<'a> {
        Context {
            env: self,
            id,
            name,
        }
    }
}

impl Context<'_> {
    /// The start of a file name suggested for what is written from this file.
    pub fn file_stem(&self) -> String {
        profile_id(self.name)
    }
}

/// What a part of the file, or the file, asks of « Mes dossiers ».
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The file changed: write it now.
    Changed,
    /// The file changed by typing: write it within a second.
    Typed,
    /// The file changed: write it, and say this.
    ChangedAndSay(String),
    Report(Status),
    /// Clear the status line.
    Quiet,
    /// A letter lacks some details: say what, and open the details' form.
    MissingDetails(String),
    Close,
    Export(PathBuf),
    Delete,
}

/// A message of a path field where a file is written: the save dialog suggests
/// `suggested()` (made only when the dialog opens), and closing it without choosing says so.
pub fn save_path(
    input: &mut PathInput,
    message: PathMessage,
    lang: Lang,
    suggested: impl FnOnce() -> String,
) -> (Task<PathMessage>, Option<Event>) {
    let (task, nothing) = input.update(message, || Dialog::Save(suggested()));
    (task, nothing.map(|_| nothing_chosen(lang)))
}

/// Where to write, or what to say when the field is empty.
pub fn target(input: &PathInput, lang: Lang) -> Result<PathBuf, Event> {
    input
        .target()
        .ok_or_else(|| Event::Report(Status::failed(tl!(lang, "write-path"))))
}

/// The person closed a file dialog without choosing.
pub fn nothing_chosen(lang: Lang) -> Event {
    Event::Report(Status::failed(tl!(lang, "no-file-chosen")))
}
