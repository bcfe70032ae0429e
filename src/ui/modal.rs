//! What interrupts a screen until the person answers: a confirmation before something that cannot
//! be undone, and at a kiosk, taking the answer away as a file.

use iced::widget::{button, container, text};
use iced::{Element, Fill, Task};

use crate::i18n::Lang;
use crate::profile::Profile;
use crate::tl;
use crate::ui::widget::{off_thread, status_line, Dialog, PathInput, PathMessage, Report, Status};
use crate::{hrow, stack};

/// A question with a dangerous « yes » and a safe « no ».
pub fn confirm<'a, M: Clone + 'a>(
    lang: Lang,
    question: String,
    (yes, on_yes): (String, M),
    (no, on_no): (String, M),
) -> Element<'a, M> {
    hrow![lang;
        text(question).size(18),
        button(text(yes).size(18))
            .style(button::danger)
            .on_press(on_yes),
        button(text(no).size(18))
            .style(button::secondary)
            .on_press(on_no),
    ]
    .spacing(12)
    .center_y()
    .into()
}

#[derive(Debug, Clone)]
pub enum TakeAwayMessage {
    Path(PathMessage),
    Save,
    Written(Report),
    Close,
}

/// Kiosk: the answer about to be written to a USB stick as a file for the person's own
/// Passerelle (nothing is kept on the kiosk).
pub struct TakeAway {
    profile: Profile,
    path: PathInput,
    status: Option<Status>,
}

impl TakeAway {
    pub fn new(profile: Profile) -> TakeAway {
        TakeAway {
            profile,
            path: PathInput::default(),
            status: None,
        }
    }

    /// Returns `false` when the person closed it.
    pub fn update(
        &mut self,
        lang: Lang,
        message: TakeAwayMessage,
    ) -> (Task<TakeAwayMessage>, bool) {
        match message {
            TakeAwayMessage::Path(m) => {
                let (task, nothing) = self
                    .path
                    .update(m, || Dialog::Save("mon-dossier.passerelle".into()));
                if nothing.is_some() {
                    self.status = Some(Status::failed(tl!(lang, "take-away-no-file")));
                }
                return (task.map(TakeAwayMessage::Path), true);
            }
            TakeAwayMessage::Save => {
                let Some(path) = self.path.target() else {
                    self.status = Some(Status::failed(tl!(lang, "take-away-write-path")));
                    return (Task::none(), true);
                };
                let profile = self.profile.clone();
                let saved = tl!(lang, "take-away-saved", path = path.display().to_string());
                let not_saved = move |e: String| tl!(lang, "not-saved", error = e);
                let work = move || {
                    crate::store::profiles::export_to(&profile, Vec::new(), &path)
                        .map(|()| saved)
                        .map_err(|e| not_saved(e.to_string()))
                };
                return (off_thread(work).map(TakeAwayMessage::Written), true);
            }
            TakeAwayMessage::Written(report) => self.status = Some(Status::of(report)),
            TakeAwayMessage::Close => return (Task::none(), false),
        }
        (Task::none(), true)
    }

    pub fn view(&self, lang: Lang) -> Element<'_, TakeAwayMessage> {
        let mut col = stack![lang;
            text(tl!(lang, "take-away-title")).size(22),
            text(tl!(lang, "take-away-explain")).size(16),
            hrow![lang;
                self.path.view(
                    lang,
                    tl!(lang, "take-away-path"),
                    tl!(lang, "take-away-save"),
                    Some(TakeAwayMessage::Save),
                    TakeAwayMessage::Path,
                ),
                button(text(tl!(lang, "close")).size(16))
                    .style(button::secondary)
                    .padding(8)
                    .on_press(TakeAwayMessage::Close),
            ]
            .spacing(8)
            .center_y(),
        ]
        .spacing(8);
        if let Some(status) = &self.status {
            col = col.push(status_line(status, 16));
        }
        container(col)
            .padding(12)
            .width(Fill)
            .style(container::bordered_box)
            .into()
    }
}
