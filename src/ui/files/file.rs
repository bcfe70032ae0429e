//! One open file: its cases as tabs, and for the chosen case today's answer in short, the
//! checklist, the dates, the evidence log and the letters; the person's details, the export and
//! the deletion (with its confirmation) below. Each part is a screen of its own; this one routes
//! their messages and passes on what they ask of « Mes dossiers » (write the file, say something).

use std::time::Instant;

use chrono::NaiveDate;
use iced::widget::{button, text};
use iced::{Element, Task};

use super::checklist::{self, Checklist};
use super::dates::{self, Dates};
use super::details::{self, Details};
use super::evidence::{self, Evidence};
use super::letters::{self, Letters};
use crate::labels;
use crate::pack::RulePack;
use crate::profile::{ChecklistChanges, Profile};
use crate::tl;
use crate::ui::dir;
use crate::ui::modal;
use crate::ui::widget::{PathInput, PathMessage};
use crate::{hrow, stack};

use super::part::{save_path, target};
pub use super::part::{Env, Event};

#[derive(Debug, Clone)]
pub enum Message {
    Close,
    SelectCase(usize),
    Checklist(checklist::Message),
    Dates(dates::Message),
    Evidence(evidence::Message),
    Details(details::Message),
    Letters(letters::Message),
    ExportPath(PathMessage),
    Export,
    AskDelete,
    ConfirmDelete,
    CancelDelete,
}

pub struct File {
    pub id: String,
    pub profile: Profile,
    case: usize,
    /// What the last rule-pack update changed in each case's checklist (case title, changes).
    changes: Vec<(String, ChecklistChanges)>,
    confirm_delete: bool,
    checklist: Checklist,
    dates: Dates,
    evidence: Evidence,
    details: Details,
    letters: Letters,
    export: PathInput,
    /// Typing not written yet (at most one write a second while typing).
    pub(super) unsaved: bool,
    /// When the file was last given to the writer.
    pub(super) written: Option<Instant>,
    /// A write of this file is with the writer; another change waits for it (`again`).
    pub(super) writing: bool,
    pub(super) again: bool,
}

impl File {
    /// A file as read from the store, every checklist brought up to today's rules (the ticks
    /// kept). A case the rules cannot answer today keeps its checklist as it is.
    pub fn open(id: String, mut profile: Profile, pack: &RulePack, today: NaiveDate) -> File {
        let mut changes = Vec::new();
        for case in &mut profile.cases {
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
        File {
            details: Details::of(&profile.identity),
            id,
            profile,
            case: 0,
            changes,
            confirm_delete: false,
            checklist: Checklist::default(),
            dates: Dates::default(),
            evidence: Evidence::default(),
            letters: Letters::default(),
            export: PathInput::default(),
            unsaved: false,
            written: None,
            writing: false,
            again: false,
        }
    }

    /// Whether opening brought a checklist up to new rules (the file is then written).
    pub fn rules_changed(&self) -> bool {
        !self.changes.is_empty()
    }

    /// Shows the last case (the one just added).
    pub fn select_last(&mut self) {
        self.case = self.profile.cases.len().saturating_sub(1);
    }

    pub fn update(&mut self, env: &Env, message: Message) -> (Task<Message>, Option<Event>) {
        let ctx = env.for_file(&self.id, &self.profile.name);
        let case = self.profile.cases.get_mut(self.case);
        match message {
            Message::Close => (Task::none(), Some(Event::Close)),
            Message::SelectCase(i) => {
                if i < self.profile.cases.len() {
                    self.case = i;
                }
                (Task::none(), None)
            }
            Message::Checklist(m) => match case {
                Some(case) => {
                    let (task, event) = self.checklist.update(&ctx, case, m);
                    (task.map(Message::Checklist), event)
                }
                None => (Task::none(), None),
            },
            Message::Dates(m) => match case {
                Some(case) => {
                    let (task, event) = self.dates.update(&ctx, case, m);
                    (task.map(Message::Dates), event)
                }
                None => (Task::none(), None),
            },
            Message::Evidence(m) => match case {
                Some(case) => {
                    let (task, event) = self.evidence.update(&ctx, case, m);
                    (task.map(Message::Evidence), event)
                }
                None => (Task::none(), None),
            },
            Message::Details(m) => {
                let (task, event) = self.details.update(&mut self.profile.identity, m);
                (task.map(Message::Details), event)
            }
            Message::Letters(m) => {
                let ctx = env.for_file(&self.id, &self.profile.name);
                let case = self.profile.cases.get(self.case);
                let (task, event) = self.letters.update(&ctx, &self.profile, case, m);
                if let Some(Event::MissingDetails(_)) = &event {
                    self.details.show();
                }
                (task.map(Message::Letters), event)
            }
            Message::ExportPath(m) => {
                let (task, event) = save_path(&mut self.export, m, env.lang, || {
                    format!("{}.passerelle", ctx.file_stem())
                });
                (task.map(Message::ExportPath), event)
            }
            Message::Export => {
                let event = match target(&self.export, env.lang) {
                    Ok(path) => Event::Export(path),
                    Err(event) => event,
                };
                (Task::none(), Some(event))
            }
            Message::AskDelete => {
                self.confirm_delete = true;
                (Task::none(), None)
            }
            Message::CancelDelete => {
                self.confirm_delete = false;
                (Task::none(), None)
            }
            Message::ConfirmDelete => {
                self.confirm_delete = false;
                (Task::none(), Some(Event::Delete))
            }
        }
    }

    pub fn view<'a>(&'a self, env: &Env<'a>) -> Element<'a, Message> {
        let lang = env.lang;
        let ctx = env.for_file(&self.id, &self.profile.name);
        let mut col = stack![lang; hrow![lang;
            button(text(tl!(lang, "back-to-files", arrow = dir::back_arrow(lang))).size(18))
                .style(button::secondary)
                .on_press(Message::Close)
                .padding(8),
            text(self.profile.name.as_str()).size(30),
        ]
        .spacing(16)
        .center_y()]
        .spacing(16);
        for (title, c) in &self.changes {
            let mut lines = vec![tl!(lang, "rules-changed", title = title.as_str())];
            lines.extend(
                c.added
                    .iter()
                    .map(|a| tl!(lang, "rules-changed-added", item = a)),
            );
            lines.extend(
                c.removed
                    .iter()
                    .map(|r| tl!(lang, "rules-changed-removed", item = r)),
            );
            col = col.push(text(lines.join("\n")).size(16).style(text::warning));
        }
        if self.profile.cases.is_empty() {
            col = col.push(text(tl!(lang, "file-no-case")).size(18));
        }
        let mut tabs = hrow![lang;].spacing(8);
        for (i, case) in self.profile.cases.iter().enumerate() {
            tabs = tabs.push(
                button(text(case.title.as_str()).size(16))
                    .style(if i == self.case {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .on_press(Message::SelectCase(i))
                    .padding([4, 10]),
            );
        }
        col = col.push(tabs.wrap(6.0));
        if let Some(case) = self.profile.cases.get(self.case) {
            // Today's answer, resolved once for the whole screen.
            let answer = case.answer(env.pack, env.today);
            if let Err(why) = &answer {
                col = col.push(
                    text(tl!(lang, "case-unanswered", why = why.localized(lang)))
                        .size(18)
                        .style(text::warning),
                );
            }
            let outcome = answer.ok();
            if let Some((then, now)) = case.channel_changed(outcome.as_ref()) {
                let label = |c: &str| {
                    crate::facts::Channel::parse(c)
                        .map_or(c.to_string(), |c| labels::channel(lang, c).to_string())
                };
                col = col.push(
                    text(tl!(
                        lang,
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
                    stack![lang;
                        text(labels::channel(lang, o.channel)).size(18),
                        text(o.summary.clone()).size(20),
                    ]
                    .spacing(4),
                );
            }
            col = col.push(self.checklist.view(&ctx, case).map(Message::Checklist));
            let dates = case.dates(outcome.as_ref(), lang);
            col = col.push(self.dates.view(&ctx, dates).map(Message::Dates));
            col = col.push(
                self.evidence
                    .view(&ctx, case, outcome.as_ref())
                    .map(Message::Evidence),
            );
            col = col.push(
                self.letters
                    .view(&ctx, case, outcome.as_ref())
                    .map(Message::Letters),
            );
        }
        col = col.push(
            self.details
                .view(&ctx, &self.profile.identity)
                .map(Message::Details),
        );
        col = col.push(self.export.view(
            lang,
            tl!(lang, "export-path"),
            tl!(lang, "export"),
            Some(Message::Export),
            Message::ExportPath,
        ));
        col = col.push(if self.confirm_delete {
            modal::confirm(
                lang,
                tl!(lang, "delete-confirm"),
                (tl!(lang, "delete-yes"), Message::ConfirmDelete),
                (tl!(lang, "delete-no"), Message::CancelDelete),
            )
        } else {
            hrow![lang; button(text(tl!(lang, "delete")).size(16))
                .style(button::secondary)
                .on_press_maybe(env.writable.then_some(Message::AskDelete))]
            .into()
        });
        col.into()
    }
}
