//! « Règles »: which rule pack is in use, installing a newer signed one (checked and compared
//! before anything changes) and going back to the previous one. The checks are the core's
//! (`pack::install`); this screen only asks and shows.

use std::path::PathBuf;

use iced::widget::{button, container, text, text_input};
use iced::{Element, Fill, Task};

use crate::i18n::{short_date, Lang};
use crate::pack::install::{self, PackDiff};
use crate::pack::RulePack;
use crate::tl;
use crate::{hrow, stack};

#[derive(Debug, Clone)]
pub enum Message {
    Path(String),
    Pick,
    Picked(Option<PathBuf>),
    /// Check the pack in the folder and show what it would change.
    Check,
    Install,
    Rollback,
}

/// What the application must do after this screen acted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Another pack is in use now: load it again.
    PackChanged,
}

struct Preview {
    dir: PathBuf,
    version: String,
    published: chrono::NaiveDate,
    signer: &'static str,
    diff: PackDiff,
    older: bool,
}

pub struct Rules {
    data_dir: PathBuf,
    path: String,
    preview: Option<Preview>,
    status: Option<(String, bool)>,
}

impl Rules {
    pub fn new(data_dir: PathBuf) -> Rules {
        Rules {
            data_dir,
            path: String::new(),
            preview: None,
            status: None,
        }
    }

    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    /// The last message: (text, is an error).
    pub fn status(&self) -> Option<(&str, bool)> {
        self.status.as_ref().map(|(t, e)| (t.as_str(), *e))
    }

    fn fail(&mut self, text: String) {
        self.status = Some((text, true));
    }

    pub fn update(
        &mut self,
        pack: &RulePack,
        lang: Lang,
        message: Message,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Path(p) => {
                self.path = p;
                self.preview = None;
            }
            Message::Pick => {
                return (
                    Task::perform(
                        async { rfd::FileDialog::new().pick_folder() },
                        Message::Picked,
                    ),
                    None,
                )
            }
            Message::Picked(Some(p)) => {
                self.path = p.display().to_string();
                self.preview = None;
            }
            Message::Picked(None) => self.fail(tl!(lang, "no-folder-chosen")),
            Message::Check => {
                let dir = PathBuf::from(self.path.trim());
                if self.path.trim().is_empty() {
                    self.fail(tl!(lang, "rules-write-path"));
                    return (Task::none(), None);
                }
                match install::load_signed(&dir, install::allow_test_keys()) {
                    Ok((new, key)) => {
                        self.status = None;
                        self.preview = Some(Preview {
                            dir,
                            version: new.meta.version.clone(),
                            published: new.meta.published,
                            signer: key.name,
                            diff: install::diff(pack, &new),
                            older: install::is_older(&new, pack),
                        });
                    }
                    Err(e) => {
                        self.preview = None;
                        self.fail(tl!(lang, "rules-refused", error = e.to_string()));
                    }
                }
            }
            Message::Install => {
                let Some(preview) = self.preview.take() else {
                    return (Task::none(), None);
                };
                return match install::install(
                    &self.data_dir,
                    &preview.dir,
                    false,
                    install::allow_test_keys(),
                ) {
                    Ok(done) => {
                        self.status = Some((
                            tl!(
                                lang,
                                "rules-installed",
                                version = done.to_version.as_str(),
                                before = done.from_version.as_str()
                            ),
                            false,
                        ));
                        (Task::none(), Some(Event::PackChanged))
                    }
                    Err(e) => {
                        self.fail(tl!(lang, "rules-install-refused", error = e.to_string()));
                        (Task::none(), None)
                    }
                };
            }
            Message::Rollback => {
                return match install::rollback(&self.data_dir, install::allow_test_keys()) {
                    Ok(version) => {
                        self.status =
                            Some((tl!(lang, "rules-rolled-back", version = version), false));
                        (Task::none(), Some(Event::PackChanged))
                    }
                    Err(e) => {
                        self.fail(tl!(lang, "rules-rollback-failed", error = e.to_string()));
                        (Task::none(), None)
                    }
                };
            }
        }
        (Task::none(), None)
    }

    pub fn view<'a>(&'a self, pack: &'a RulePack, lang: Lang) -> Element<'a, Message> {
        let installed = install::current_dir(&self.data_dir)
            .join("pack.ron")
            .exists();
        let mut col = stack![lang;
            text(tl!(lang, "rules-title")).size(30),
            text(tl!(lang,
                "rules-version",
                version = pack.meta.version.as_str(),
                date = short_date(lang, pack.meta.published),
                origin = tl!(lang, if installed {
                    "rules-installed-here"
                } else {
                    "rules-bundled"
                })
            ))
            .size(20),
            text(tl!(lang, "rules-explain")).size(16),
        ]
        .spacing(12);
        if let Some((message, error)) = &self.status {
            col = col.push(text(message.as_str()).size(18).style(if *error {
                text::danger
            } else {
                text::success
            }));
        }
        col = col.push(
            hrow![lang;
                text_input(&tl!(lang, "rules-path"), &self.path)
                    .on_input(Message::Path)
                    .on_submit(Message::Check)
                    .size(18)
                    .padding(8),
                button(text(tl!(lang, "choose")).size(18))
                    .style(button::secondary)
                    .on_press(Message::Pick)
                    .padding(8),
                button(text(tl!(lang, "rules-check")).size(18))
                    .on_press(Message::Check)
                    .padding(8),
            ]
            .spacing(8)
            .center_y(),
        );
        if let Some(p) = &self.preview {
            let mut lines = stack![lang; text(tl!(lang,
                "rules-preview",
                version = p.version.as_str(),
                date = short_date(lang, p.published),
                signer = p.signer
            ))
            .size(20),]
            .spacing(6);
            for line in diff_lines(lang, &p.diff) {
                lines = lines.push(text(line).size(16));
            }
            if p.older {
                lines = lines.push(text(tl!(lang, "rules-older")).size(16).style(text::warning));
            }
            lines = lines.push(
                button(text(tl!(lang, "rules-install")).size(20))
                    .on_press_maybe((!p.older).then_some(Message::Install))
                    .padding(10),
            );
            col = col.push(
                container(lines)
                    .padding(16)
                    .width(Fill)
                    .style(container::bordered_box),
            );
        }
        col = col.push(
            button(text(tl!(lang, "rules-rollback")).size(16))
                .style(button::secondary)
                .on_press_maybe(installed.then_some(Message::Rollback))
                .padding(8),
        );
        col.into()
    }
}

/// What a new pack changes, in the interface's language.
fn diff_lines(lang: Lang, d: &PackDiff) -> Vec<String> {
    let list = |set: &std::collections::BTreeSet<String>| {
        set.iter().cloned().collect::<Vec<_>>().join(", ")
    };
    let mut lines = vec![tl!(
        lang,
        "diff-counts",
        added = d.added.len(),
        changed = d.changed.len(),
        removed = d.removed.len(),
        rechecked = d.rechecked.len()
    )];
    if !d.departements.is_empty() {
        lines.push(tl!(lang, "diff-departements", list = list(&d.departements)));
    }
    if !d.procedures.is_empty() {
        lines.push(tl!(lang, "diff-procedures", list = list(&d.procedures)));
    }
    for (key, ids) in [
        ("diff-added", &d.added),
        ("diff-changed", &d.changed),
        ("diff-removed", &d.removed),
    ] {
        if !ids.is_empty() {
            lines.push(tl!(lang, key, list = ids.join(", ")));
        }
    }
    for (id, old, new) in &d.rechecked {
        lines.push(tl!(
            lang,
            "diff-rechecked",
            source = id.as_str(),
            new = short_date(lang, *new),
            old = short_date(lang, *old)
        ));
    }
    for (outdated, rules) in &d.outdated {
        lines.push(tl!(
            lang,
            "diff-outdated",
            language = outdated.native_name(),
            count = rules.len(),
            list = rules.join(", ")
        ));
    }
    lines
}
