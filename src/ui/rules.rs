//! « Règles »: which rule pack is in use, installing a newer signed one (checked and compared
//! before anything changes) and going back to the previous one. The checks are the core's
//! (`pack::install`); this screen only asks and shows.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use iced::widget::{button, container, text};
use iced::{Element, Fill, Task};

use crate::i18n::{short_date, Lang};
use crate::pack::install::{self, PackDiff};
use crate::pack::RulePack;
use crate::stack;
use crate::tl;
use crate::ui::widget::{off_thread, status_line, Dialog, PathInput, PathMessage, Status};

/// Whether a pack is installed in `data_dir`.
fn is_installed(data_dir: &Path) -> bool {
    install::current_dir(data_dir).join("pack.ron").exists()
}

#[derive(Debug, Clone)]
pub enum Message {
    Path(PathMessage),
    /// Check the pack in the folder and show what it would change.
    Check,
    /// What the check found (read and verified off the window's thread).
    Checked(Result<Checked, String>),
    Install,
    Installed(Result<install::Installed, String>),
    Rollback,
    RolledBack(Result<String, String>),
}

/// A pack read from a folder and verified against a trusted key.
#[derive(Clone)]
pub struct Checked {
    dir: PathBuf,
    pack: Arc<RulePack>,
    signer: &'static str,
}

impl std::fmt::Debug for Checked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.dir.display(), self.pack.meta.version)
    }
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
    path: PathInput,
    preview: Option<Preview>,
    status: Option<Status>,
    /// Whether a pack is installed in the data directory (one can go back from it); read when
    /// the screen is made and after an installation or a rollback, never while drawing.
    installed: bool,
    /// A check, an installation or a rollback is under way.
    busy: bool,
}

impl Rules {
    pub fn new(data_dir: PathBuf) -> Rules {
        let installed = is_installed(&data_dir);
        Rules {
            data_dir,
            path: PathInput::default(),
            preview: None,
            status: None,
            installed,
            busy: false,
        }
    }

    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    /// The last message: (text, is an error).
    pub fn status(&self) -> Option<(&str, bool)> {
        self.status.as_ref().map(|s| (s.text.as_str(), s.error))
    }

    fn fail(&mut self, text: String) {
        self.status = Some(Status::failed(text));
    }

    pub fn update(
        &mut self,
        pack: &RulePack,
        lang: Lang,
        message: Message,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Path(m) => {
                self.preview = None;
                let (task, nothing) = self.path.update(m, || Dialog::Folder);
                if nothing.is_some() {
                    self.fail(tl!(lang, "no-folder-chosen"));
                }
                return (task.map(Message::Path), None);
            }
            Message::Check => {
                let Some(dir) = self.path.target() else {
                    self.fail(tl!(lang, "rules-write-path"));
                    return (Task::none(), None);
                };
                self.busy = true;
                let check = move || {
                    install::load_signed(&dir, install::allow_test_keys()).map(|(pack, key)| {
                        Checked {
                            dir,
                            pack: Arc::new(pack),
                            signer: key.name,
                        }
                    })
                };
                return (off_thread(check).map(Message::Checked), None);
            }
            Message::Checked(result) => {
                self.busy = false;
                match result {
                    Ok(c) => {
                        self.status = None;
                        self.preview = Some(Preview {
                            version: c.pack.meta.version.clone(),
                            published: c.pack.meta.published,
                            signer: c.signer,
                            diff: install::diff(pack, &c.pack),
                            older: install::is_older(&c.pack, pack),
                            dir: c.dir,
                        });
                    }
                    Err(e) => {
                        self.preview = None;
                        self.fail(tl!(lang, "rules-refused", error = e));
                    }
                }
            }
            Message::Install => {
                let Some(preview) = self.preview.take() else {
                    return (Task::none(), None);
                };
                self.busy = true;
                let data_dir = self.data_dir.clone();
                let work = move || {
                    install::install(&data_dir, &preview.dir, false, install::allow_test_keys())
                };
                return (off_thread(work).map(Message::Installed), None);
            }
            Message::Installed(result) => {
                self.busy = false;
                self.installed = is_installed(&self.data_dir);
                match result {
                    Ok(done) => {
                        self.status = Some(Status::done(tl!(
                            lang,
                            "rules-installed",
                            version = done.to_version.as_str(),
                            before = done.from_version.as_str()
                        )));
                        return (Task::none(), Some(Event::PackChanged));
                    }
                    Err(e) => self.fail(tl!(lang, "rules-install-refused", error = e)),
                }
            }
            Message::Rollback => {
                self.busy = true;
                let data_dir = self.data_dir.clone();
                let work = move || install::rollback(&data_dir, install::allow_test_keys());
                return (off_thread(work).map(Message::RolledBack), None);
            }
            Message::RolledBack(result) => {
                self.busy = false;
                self.installed = is_installed(&self.data_dir);
                match result {
                    Ok(version) => {
                        self.status = Some(Status::done(tl!(
                            lang,
                            "rules-rolled-back",
                            version = version
                        )));
                        return (Task::none(), Some(Event::PackChanged));
                    }
                    Err(e) => self.fail(tl!(lang, "rules-rollback-failed", error = e)),
                }
            }
        }
        (Task::none(), None)
    }

    pub fn view<'a>(&'a self, pack: &'a RulePack, lang: Lang) -> Element<'a, Message> {
        let installed = self.installed;
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
        if let Some(status) = &self.status {
            col = col.push(status_line(status, 18));
        }
        col = col.push(self.path.view(
            lang,
            tl!(lang, "rules-path"),
            tl!(lang, "rules-check"),
            (!self.busy).then_some(Message::Check),
            Message::Path,
        ));
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
                    .on_press_maybe((!p.older && !self.busy).then_some(Message::Install))
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
                .on_press_maybe((installed && !self.busy).then_some(Message::Rollback))
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
