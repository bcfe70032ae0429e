//! The list of files: a filter, each file with its next date, a new file, an import, and where
//! to put a case that comes from the wizard.
//!
//! Each file's next date and search key are worked out when the list or the language changes,
//! or for one file when it was saved: a keystroke in the filter only compares words.

use std::path::Path;

use chrono::NaiveDate;
use iced::widget::{button, container, text, text_input};
use iced::{Element, Fill, Task};

use super::days_text;
use crate::i18n::{short_date, Lang};
use crate::pack::RulePack;
use crate::profile::{search_words, Case, Dated, SearchKey};
use crate::store::profiles::Listing;
use crate::tl;
use crate::ui::widget::{field_row, Dialog, PathInput, PathMessage};
use crate::{hrow, stack};

/// The id of the list's filter field.
pub const FILTER_INPUT: &str = "files-filter";

#[derive(Debug, Clone)]
pub enum Message {
    Open(String),
    /// The filter of the list: a name, a procedure, a place or a département.
    Filter(String),
    NewName(String),
    Create,
    /// Put the case waiting from the wizard into this file.
    SaveInto(String),
    CancelPending,
    ImportPath(PathMessage),
    Import,
}

/// What the list asks of « Mes dossiers ».
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Open(String),
    Create(String),
    SaveInto(String),
    CancelPending,
    Import(std::path::PathBuf),
    Fail(String),
}

#[derive(Default)]
pub struct List {
    filter: String,
    filter_words: Vec<String>,
    new_name: String,
    import: PathInput,
    /// Each listed file's next date and search key, in the listing's order.
    next: Vec<Option<Dated>>,
    keys: Vec<SearchKey>,
    /// The listed files the filter shows (indices).
    shown: Vec<usize>,
    full_recomputes: usize,
}

impl List {
    /// Every file's next date and search key (after reading the list, or a language change).
    pub fn recompute(&mut self, listing: &Listing, pack: &RulePack, today: NaiveDate) {
        self.full_recomputes += 1;
        self.next = listing
            .profiles
            .iter()
            .map(|s| s.profile.next_due(pack, today).map(|(_, d)| d))
            .collect();
        self.keys = listing
            .profiles
            .iter()
            .map(|s| SearchKey::of(&s.profile))
            .collect();
        self.apply_filter();
    }

    /// One file's, after it was saved.
    pub fn recompute_one(
        &mut self,
        listing: &Listing,
        pack: &RulePack,
        today: NaiveDate,
        id: &str,
    ) {
        if self.next.len() != listing.profiles.len() {
            return self.recompute(listing, pack, today);
        }
        if let Some(i) = listing.profiles.iter().position(|s| s.id == id) {
            let profile = &listing.profiles[i].profile;
            self.next[i] = profile.next_due(pack, today).map(|(_, d)| d);
            self.keys[i] = SearchKey::of(profile);
            self.apply_filter();
        }
    }

    fn apply_filter(&mut self) {
        self.shown = (0..self.keys.len())
            .filter(|&i| self.keys[i].matches(&self.filter_words))
            .collect();
    }

    pub fn shown(&self) -> usize {
        self.shown.len()
    }

    pub fn full_recomputes(&self) -> usize {
        self.full_recomputes
    }

    pub fn clear_new_name(&mut self) {
        self.new_name.clear();
    }

    pub fn clear_import(&mut self) {
        self.import.clear();
    }

    /// The date due next across every file: (file name, label, date, days from today).
    pub fn next_due(
        &self,
        listing: &Listing,
        today: NaiveDate,
    ) -> Option<(String, String, NaiveDate, i64)> {
        listing
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

    pub fn update(&mut self, lang: Lang, message: Message) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Open(id) => Event::Open(id),
            Message::Filter(text) => {
                self.filter_words = search_words(&text);
                self.apply_filter();
                self.filter = text;
                return (Task::none(), None);
            }
            Message::NewName(name) => {
                self.new_name = name;
                return (Task::none(), None);
            }
            Message::Create => {
                let name = self.new_name.trim();
                if name.is_empty() {
                    Event::Fail(tl!(lang, "file-name-needed"))
                } else {
                    Event::Create(name.to_string())
                }
            }
            Message::SaveInto(id) => Event::SaveInto(id),
            Message::CancelPending => Event::CancelPending,
            Message::ImportPath(m) => {
                let (task, nothing) = self.import.update(m, || Dialog::Open {
                    name: "Passerelle",
                    extensions: &["passerelle", "ron"],
                });
                let event = nothing.map(|_| Event::Fail(tl!(lang, "no-file-chosen")));
                return (task.map(Message::ImportPath), event);
            }
            Message::Import => match self.import.target() {
                Some(path) => Event::Import(path),
                None => Event::Fail(tl!(lang, "import-write-path")),
            },
        };
        (Task::none(), Some(event))
    }

    #[allow(clippy::too_many_arguments)]
    pub fn view<'a>(
        &'a self,
        lang: Lang,
        today: NaiveDate,
        listing: &'a Listing,
        data_dir: &Path,
        pending: Option<&'a Case>,
        writable: bool,
    ) -> Element<'a, Message> {
        let mut col = stack![lang;
            text(tl!(lang, "files-title")).size(30),
            text(tl!(lang, "files-where", path = data_dir.display().to_string())).size(16),
        ]
        .spacing(12);
        if let Some(case) = pending {
            let mut choose = stack![lang;
                text(tl!(lang, "save-where", title = case.title.as_str())).size(22),
                text(tl!(lang, "save-where-hint")).size(16),
            ]
            .spacing(8);
            for s in &listing.profiles {
                choose = choose.push(
                    button(text(tl!(lang, "save-into", name = s.profile.name.as_str())).size(20))
                        .on_press_maybe(writable.then(|| Message::SaveInto(s.id.clone())))
                        .padding(10),
                );
            }
            choose = choose.push(
                button(text(tl!(lang, "cancel")).size(18))
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
        if listing.profiles.is_empty() {
            col = col.push(text(tl!(lang, "files-none")).size(18));
        } else {
            col = col.push(
                text_input(&tl!(lang, "files-filter"), &self.filter)
                    .id(FILTER_INPUT)
                    .on_input(Message::Filter)
                    .padding(10)
                    .size(20),
            );
            if self.shown() == 0 {
                col = col.push(
                    text(tl!(lang, "files-filter-none", query = self.filter.trim()))
                        .size(18)
                        .style(text::warning),
                );
            }
        }
        let listed = self
            .shown
            .iter()
            .filter_map(|&i| Some((listing.profiles.get(i)?, self.next.get(i)?)));
        for (s, next) in listed {
            let next = match next {
                Some(d) => tl!(
                    lang,
                    "files-next-date",
                    label = d.label.as_str(),
                    date = short_date(lang, d.date),
                    when = days_text(lang, d.days_from(today))
                ),
                None => tl!(lang, "files-no-next-date"),
            };
            col = col.push(
                container(
                    hrow![lang;
                        stack![lang;
                            text(s.profile.name.as_str()).size(22),
                            text(tl!(
                                lang,
                                "files-cases",
                                count = s.profile.cases.len(),
                                next = next
                            ))
                            .size(16),
                        ]
                        .spacing(4)
                        .width(Fill),
                        button(text(tl!(lang, "file-open", name = s.profile.name.as_str())).size(18))
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
        col = col.push(field_row(
            lang,
            tl!(lang, "file-new-name"),
            &self.new_name,
            Message::NewName,
            tl!(lang, "file-create"),
            writable.then_some(Message::Create),
            20,
            10,
        ));
        col = col.push(self.import.view(
            lang,
            tl!(lang, "import-path"),
            tl!(lang, "import"),
            writable.then_some(Message::Import),
            Message::ImportPath,
        ));
        col.into()
    }
}
