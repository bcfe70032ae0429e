//! « Règles »: which rule pack is in use, installing a newer signed one (checked and compared
//! before anything changes) and going back to the previous one. The checks are the core's
//! (`pack::install`); this screen only asks and shows.

use std::path::PathBuf;

use iced::widget::{button, column, container, row, text, text_input};
use iced::{Element, Fill, Task};

use crate::pack::install::{self, PackDiff};
use crate::pack::RulePack;

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

    pub fn update(&mut self, pack: &RulePack, message: Message) -> (Task<Message>, Option<Event>) {
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
            Message::Picked(None) => self.fail(
                "Aucun dossier choisi (fenêtre annulée, ou pas de fenêtre de choix sur cet ordinateur) : écrivez le chemin dans le champ.".into(),
            ),
            Message::Check => {
                let dir = PathBuf::from(self.path.trim());
                if self.path.trim().is_empty() {
                    self.fail("Écrivez le chemin du dossier des nouvelles règles, ou cliquez sur « Choisir… ».".into());
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
                        self.fail(format!("Ces règles sont refusées : {e}"));
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
                            format!("Règles {} installées (avant : {}).", done.to_version, done.from_version),
                            false,
                        ));
                        (Task::none(), Some(Event::PackChanged))
                    }
                    Err(e) => {
                        self.fail(format!("Installation refusée : {e}"));
                        (Task::none(), None)
                    }
                };
            }
            Message::Rollback => {
                return match install::rollback(&self.data_dir, install::allow_test_keys()) {
                    Ok(version) => {
                        self.status = Some((format!("Les règles {version} sont de nouveau utilisées."), false));
                        (Task::none(), Some(Event::PackChanged))
                    }
                    Err(e) => {
                        self.fail(format!("Retour impossible : {e}"));
                        (Task::none(), None)
                    }
                };
            }
        }
        (Task::none(), None)
    }

    pub fn view<'a>(&'a self, pack: &'a RulePack) -> Element<'a, Message> {
        let installed = install::current_dir(&self.data_dir)
            .join("pack.ron")
            .exists();
        let mut col = column![
            text("Règles utilisées").size(30),
            text(format!(
                "Version {} du {} — {}",
                pack.meta.version,
                pack.meta.published.format("%d/%m/%Y"),
                if installed {
                    "installées sur cet ordinateur"
                } else {
                    "livrées avec Passerelle"
                }
            ))
            .size(20),
            text("Les démarches changent souvent. De nouvelles règles, signées par l'équipe de Passerelle, se présentent comme un dossier : Passerelle vérifie leur signature et chaque règle avant de les utiliser, et garde les précédentes.").size(16),
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
            row![
                text_input("Dossier des nouvelles règles", &self.path)
                    .on_input(Message::Path)
                    .on_submit(Message::Check)
                    .size(18)
                    .padding(8),
                button(text("Choisir…").size(18))
                    .style(button::secondary)
                    .on_press(Message::Pick)
                    .padding(8),
                button(text("Vérifier").size(18))
                    .on_press(Message::Check)
                    .padding(8),
            ]
            .spacing(8)
            .align_y(iced::Center),
        );
        if let Some(p) = &self.preview {
            let mut lines = column![text(format!(
                "Règles {} du {}, signées par : {}",
                p.version,
                p.published.format("%d/%m/%Y"),
                p.signer
            ))
            .size(20),]
            .spacing(6);
            for line in p.diff.summary() {
                lines = lines.push(text(line).size(16));
            }
            if p.older {
                lines = lines.push(
                    text("Ces règles sont plus anciennes que celles utilisées : elles ne seront pas installées ici (un administrateur peut forcer avec « passerelle pack install --force »).")
                        .size(16)
                        .style(text::warning),
                );
            }
            lines = lines.push(
                button(text("Installer ces règles").size(20))
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
            button(text("Revenir aux règles précédentes").size(16))
                .style(button::secondary)
                .on_press_maybe(installed.then_some(Message::Rollback))
                .padding(8),
        );
        col.into()
    }
}
