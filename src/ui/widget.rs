//! Widgets the screens share: a framed section, the status line under a header, a path field
//! with « Choisir… » and its action, and a task that runs blocking work off the window's thread.

use std::path::PathBuf;

use iced::widget::{button, container, text, text_input, Column};
use iced::{Element, Fill, Task};

use crate::hrow;
use crate::i18n::Lang;
use crate::store::profiles::ProfileStore;
use crate::store::writer::Writer;
use crate::tl;

/// A small secondary button: the header's, the voice bar's, a file's letters.
pub fn small_button<'a, M: Clone + 'a>(
    label: impl text::IntoFragment<'a>,
    message: M,
) -> Element<'a, M> {
    button(text(label).size(16))
        .style(button::secondary)
        .padding([4, 10])
        .on_press(message)
        .into()
}

/// A line shown after an action: what happened, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

impl Status {
    pub fn done(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            error: false,
        }
    }

    pub fn failed(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            error: true,
        }
    }

    /// What a finished piece of work says: its text when it went well, its error otherwise.
    pub fn of(report: Report) -> Status {
        match report {
            Ok(text) => Status::done(text),
            Err(text) => Status::failed(text),
        }
    }
}

/// What a piece of work off the window's thread reports: a sentence to show, or an error.
pub type Report = Result<String, String>;

pub fn status_line<'a, M: 'a>(status: &'a Status, size: u32) -> Element<'a, M> {
    text(status.text.as_str())
        .size(size)
        .style(if status.error {
            text::danger
        } else {
            text::success
        })
        .into()
}

/// A framed part of a screen.
pub fn section<'a, M: 'a>(content: Column<'a, M>) -> Element<'a, M> {
    container(content)
        .padding(16)
        .width(Fill)
        .style(container::bordered_box)
        .into()
}

/// A field and the button that acts on what is typed; Enter does the same. Without
/// `on_action` (nothing may be written), neither does anything.
#[allow(clippy::too_many_arguments)]
pub fn field_row<'a, M: Clone + 'a>(
    lang: Lang,
    placeholder: String,
    value: &'a str,
    on_input: impl Fn(String) -> M + 'a,
    action: String,
    on_action: Option<M>,
    size: u32,
    padding: u16,
) -> Element<'a, M> {
    hrow![lang;
        text_input(&placeholder, value)
            .on_input(on_input)
            .on_submit_maybe(on_action.clone())
            .size(size)
            .padding(padding),
        button(text(action).size(size))
            .on_press_maybe(on_action)
            .padding(padding),
    ]
    .spacing(8)
    .into()
}

/// Which file dialog « Choisir… » opens.
pub enum Dialog {
    /// Choose an existing file among these extensions.
    Open {
        name: &'static str,
        extensions: &'static [&'static str],
    },
    /// Choose where to write, with a suggested file name.
    Save(String),
    /// Choose a folder.
    Folder,
}

#[derive(Debug, Clone)]
pub enum PathMessage {
    Edit(String),
    /// Open a file dialog.
    Pick,
    /// What the dialog returned (`None`: cancelled, or no dialog on this system).
    Picked(Option<PathBuf>),
}

/// A path typed or chosen with a dialog. Typing always works, even where no dialog exists.
#[derive(Debug, Default)]
pub struct PathInput {
    value: String,
}

/// The person closed the dialog without choosing (or no dialog could open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NothingChosen;

impl PathInput {
    pub fn value(&self) -> &str {
        &self.value
    }

    pub fn clear(&mut self) {
        self.value.clear();
    }

    /// The path to write to or read from; `None` while the field is empty.
    pub fn target(&self) -> Option<PathBuf> {
        let t = self.value.trim();
        (!t.is_empty()).then(|| PathBuf::from(t))
    }

    pub fn update(
        &mut self,
        message: PathMessage,
        dialog: impl FnOnce() -> Dialog,
    ) -> (Task<PathMessage>, Option<NothingChosen>) {
        match message {
            PathMessage::Edit(value) => self.value = value,
            PathMessage::Pick => return (pick(dialog()), None),
            PathMessage::Picked(Some(path)) => self.value = path.display().to_string(),
            PathMessage::Picked(None) => return (Task::none(), Some(NothingChosen)),
        }
        (Task::none(), None)
    }

    /// The field, « Choisir… », and the action's button (disabled without `on_action`).
    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        lang: Lang,
        placeholder: String,
        action: String,
        on_action: Option<M>,
        map: fn(PathMessage) -> M,
    ) -> Element<'a, M> {
        hrow![lang;
            text_input(&placeholder, &self.value)
                .on_input(move |v| map(PathMessage::Edit(v)))
                .size(16)
                .padding(8),
            button(text(tl!(lang, "choose")).size(16))
                .style(button::secondary)
                .on_press(map(PathMessage::Pick))
                .padding(8),
            button(text(action).size(16))
                .on_press_maybe(on_action)
                .padding(8),
        ]
        .spacing(8)
        .center_y()
        .into()
    }
}

/// Opens a file dialog off the window's thread.
fn pick(dialog: Dialog) -> Task<PathMessage> {
    Task::perform(
        async move {
            match dialog {
                Dialog::Open { name, extensions } => rfd::FileDialog::new()
                    .add_filter(name, extensions)
                    .pick_file(),
                Dialog::Save(suggested) => {
                    rfd::FileDialog::new().set_file_name(suggested).save_file()
                }
                Dialog::Folder => rfd::FileDialog::new().pick_folder(),
            }
        },
        PathMessage::Picked,
    )
}

/// Writes `bytes` to `path` atomically; the error names the file.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    crate::store::write_atomic(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs `work` on a thread of its own; the task ends with its value (with nothing, if the
/// system cannot start a thread).
pub fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Task<T> {
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    let _ = std::thread::Builder::new()
        .name("passerelle-work".into())
        .spawn(move || {
            let _ = sender.send(work());
        });
    arriving(receiver)
}

/// Runs `job` on the store's writer, after every write given before it; the task ends with
/// its value.
pub fn write<T: Send + 'static>(
    writer: &Writer,
    job: impl FnOnce(&ProfileStore) -> T + Send + 'static,
) -> Task<T> {
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    writer.run(job, move |value| {
        let _ = sender.send(value);
    });
    arriving(receiver)
}

/// A task that ends with what another thread sends (nothing if it never does).
fn arriving<T: Send + 'static>(receiver: iced::futures::channel::oneshot::Receiver<T>) -> Task<T> {
    Task::future(receiver).then(|r| r.map_or_else(|_| Task::none(), Task::done))
}
