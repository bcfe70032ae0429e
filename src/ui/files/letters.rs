//! The letters a case allows: written in French from the file and the rules, read and edited
//! here, then saved as text or PDF, or printed.

use iced::widget::{button, text, text_editor};
use iced::{Element, Task};

use super::part::{save_path, target, Context, Event};
use crate::i18n::Lang;
use crate::letters::{self, LetterInput, LetterKind};
use crate::profile::{Case, Profile};
use crate::resolver::Outcome;
use crate::tl;
use crate::ui::widget::{
    off_thread, section, small_button, write_file, PathInput, PathMessage, Report, Status,
};
use crate::{hrow, stack};

#[derive(Debug, Clone)]
pub enum Message {
    /// Write this letter for the current case (or say what it lacks).
    Prepare(LetterKind),
    Edit(text_editor::Action),
    Path(PathMessage),
    Save,
    SavePdf,
    Print,
    Close,
    Written(Report),
}

/// A letter being read and edited before it is saved.
struct Draft {
    kind: LetterKind,
    content: text_editor::Content,
}

#[derive(Default)]
pub struct Letters {
    draft: Option<Draft>,
    path: PathInput,
}

/// A letter's name on screen, in the person's language (the letter itself is in French).
fn title(lang: Lang, kind: LetterKind) -> String {
    tl!(lang, &format!("letter-{}", kind.id()))
}

impl Letters {
    pub fn update(
        &mut self,
        ctx: &Context,
        profile: &Profile,
        case: Option<&Case>,
        message: Message,
    ) -> (Task<Message>, Option<Event>) {
        let lang = ctx.lang;
        let event = match message {
            Message::Prepare(kind) => {
                let Some(case) = case else {
                    return (Task::none(), None);
                };
                // Letters are in French: they are written from the authoritative French rules.
                let pack = ctx.pack.french();
                let outcome = case.outcome(pack, ctx.today);
                let input = LetterInput {
                    pack,
                    identity: &profile.identity,
                    case,
                    outcome: outcome.as_ref(),
                    today: ctx.today,
                };
                match letters::compose(kind, &input) {
                    Ok(letter) => {
                        self.draft = Some(Draft {
                            kind,
                            content: text_editor::Content::with_text(&letter.text()),
                        });
                        Some(Event::Quiet)
                    }
                    Err(missing) => {
                        self.draft = None;
                        Some(Event::MissingDetails(tl!(
                            lang,
                            "letter-missing",
                            letter = title(lang, kind),
                            missing = missing.localized(lang)
                        )))
                    }
                }
            }
            Message::Edit(action) => {
                if let Some(d) = &mut self.draft {
                    d.content.perform(action);
                }
                None
            }
            Message::Path(m) => {
                let (task, event) = save_path(&mut self.path, m, lang, || {
                    format!("{}-lettre.txt", ctx.file_stem())
                });
                return (task.map(Message::Path), event);
            }
            Message::Save | Message::SavePdf | Message::Print => {
                let Some(draft) = &self.draft else {
                    return (Task::none(), None);
                };
                let (kind, body) = (draft.kind, draft.content.text());
                let version = ctx.pack.meta.version.clone();
                let pdf = move || letters_pdf(kind, &body, &version);
                let work: Box<dyn FnOnce() -> Report + Send> = if let Message::Print = message {
                    Box::new(move || pdf().and_then(|bytes| crate::pdf::print(&bytes, lang)))
                } else {
                    let mut path = match target(&self.path, lang) {
                        Ok(path) => path,
                        Err(event) => return (Task::none(), Some(event)),
                    };
                    let text = draft.content.text();
                    if let Message::SavePdf = message {
                        path.set_extension("pdf");
                        let saved = tl!(lang, "pdf-saved", path = path.display().to_string());
                        Box::new(move || {
                            pdf()
                                .and_then(|bytes| write_file(&path, &bytes))
                                .map(|()| saved)
                        })
                    } else {
                        let saved = tl!(
                            lang,
                            "letter-saved",
                            letter = title(lang, kind),
                            path = path.display().to_string()
                        );
                        Box::new(move || write_file(&path, text.as_bytes()).map(|()| saved))
                    }
                };
                return (off_thread(work).map(Message::Written), None);
            }
            Message::Close => {
                self.draft = None;
                None
            }
            Message::Written(report) => Some(Event::Report(Status::of(report))),
        };
        (Task::none(), event)
    }

    pub fn view<'a>(
        &'a self,
        ctx: &Context,
        case: &Case,
        outcome: Option<&Outcome>,
    ) -> Element<'a, Message> {
        let lang = ctx.lang;
        let kinds = letters::applicable(case, outcome);
        let mut col = stack![lang;
            text(tl!(lang, "letters-title")).size(24),
            text(tl!(lang, "letters-explain")).size(16),
        ]
        .spacing(8);
        if kinds.is_empty() {
            col = col.push(text(tl!(lang, "letters-none")).size(16));
        }
        let mut buttons = hrow![lang;].spacing(8);
        for kind in kinds {
            buttons = buttons.push(small_button(title(lang, kind), Message::Prepare(kind)));
        }
        col = col.push(buttons.wrap(6.0));
        if let Some(draft) = &self.draft {
            col = col.push(text(title(lang, draft.kind)).size(20));
            col = col.push(
                text_editor(&draft.content)
                    .on_action(Message::Edit)
                    .height(420)
                    .size(16),
            );
            col = col.push(self.path.view(
                lang,
                tl!(lang, "letter-path"),
                tl!(lang, "letter-save"),
                Some(Message::Save),
                Message::Path,
            ));
            col = col.push(
                hrow![lang;
                    button(text(tl!(lang, "save-pdf")).size(16))
                        .on_press(Message::SavePdf)
                        .padding(8),
                    button(text(tl!(lang, "print")).size(16))
                        .on_press(Message::Print)
                        .padding(8),
                    button(text(tl!(lang, "letter-close")).size(16))
                        .style(button::secondary)
                        .on_press(Message::Close)
                        .padding(8),
                ]
                .spacing(8),
            );
        }
        section(col)
    }
}

fn letters_pdf(kind: LetterKind, body: &str, version: &str) -> Result<Vec<u8>, String> {
    crate::pdf::text_pdf(kind.title(), body, version)
}
