//! A case's checklist: the documents the rules ask for and those the person added, each with
//! four ticks and a note; the checklist and dates as a PDF.

use iced::widget::{button, text, text_input};
use iced::{Element, Task};

use super::part::{save_path, target, Context, Event};
use crate::profile::{Case, RuleChange};
use crate::tl;
use crate::ui::widget::{
    field_row, off_thread, section, write_file, PathInput, PathMessage, Report, Status,
};
use crate::{hrow, stack};

/// A checklist tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tick {
    Have,
    Copy,
    Translation,
    Sent,
}

#[derive(Debug, Clone)]
pub enum Message {
    Toggle(usize, Tick),
    Note(usize, String),
    NewItem(String),
    AddItem,
    PdfPath(PathMessage),
    Pdf,
    /// The PDF was written, or not.
    Written(Report),
}

#[derive(Default)]
pub struct Checklist {
    new_item: String,
    pdf: PathInput,
}

impl Checklist {
    pub fn update(
        &mut self,
        ctx: &Context,
        case: &mut Case,
        message: Message,
    ) -> (Task<Message>, Option<Event>) {
        let lang = ctx.lang;
        let event = match message {
            Message::Toggle(index, tick) => {
                let Some(item) = case.checklist.get_mut(index) else {
                    return (Task::none(), None);
                };
                let flag = match tick {
                    Tick::Have => &mut item.have,
                    Tick::Copy => &mut item.copy_made,
                    Tick::Translation => &mut item.translation_needed,
                    Tick::Sent => &mut item.sent,
                };
                *flag = !*flag;
                Some(Event::Changed)
            }
            Message::Note(index, note) => case.checklist.get_mut(index).map(|item| {
                item.note = note;
                Event::Typed
            }),
            Message::NewItem(label) => {
                self.new_item = label;
                None
            }
            Message::AddItem => {
                let label = self.new_item.trim().to_string();
                (!label.is_empty()).then(|| {
                    case.add_item(&label);
                    self.new_item.clear();
                    Event::Changed
                })
            }
            Message::PdfPath(m) => {
                let (task, event) = save_path(&mut self.pdf, m, lang, || {
                    format!("{}-liste.pdf", ctx.file_stem())
                });
                return (task.map(Message::PdfPath), event);
            }
            Message::Pdf => {
                let mut path = match target(&self.pdf, lang) {
                    Ok(path) => path,
                    Err(event) => return (Task::none(), Some(event)),
                };
                path.set_extension("pdf");
                let dates = case.timeline(ctx.pack, ctx.today);
                let (name, case, today) = (ctx.name.to_string(), case.clone(), ctx.today);
                let version = ctx.pack.meta.version.clone();
                let saved = tl!(lang, "pdf-saved", path = path.display().to_string());
                let work = move || {
                    crate::pdf::checklist_pdf(&name, &case, &dates, today, &version, lang)
                        .and_then(|bytes| write_file(&path, &bytes))
                        .map(|()| saved)
                };
                return (off_thread(work).map(Message::Written), None);
            }
            Message::Written(report) => Some(Event::Report(Status::of(report))),
        };
        (Task::none(), event)
    }

    pub fn view<'a>(&'a self, ctx: &Context, case: &'a Case) -> Element<'a, Message> {
        let (lang, writable) = (ctx.lang, ctx.writable);
        let (ready, total) = case.progress();
        let mut col = stack![lang;
            text(tl!(lang, "checklist-progress", ready = ready, total = total)).size(24)
        ]
        .spacing(10);
        for (i, item) in case.checklist.iter().enumerate() {
            let flag = match &item.change {
                Some(RuleChange::Added { .. }) => tl!(lang, "checklist-new"),
                Some(RuleChange::Removed { .. }) => tl!(lang, "checklist-removed"),
                None if item.by_hand() => tl!(lang, "checklist-by-hand"),
                None => String::new(),
            };
            let mark = if item.ready() { "✔" } else { "☐" };
            let tick = |on: bool, label: String, t: Tick| {
                button(text(format!("{} {label}", if on { "☑" } else { "☐" })).size(16))
                    .style(if on {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .padding([4, 8])
                    .on_press_maybe(writable.then_some(Message::Toggle(i, t)))
            };
            col = col.push(
                stack![lang;
                    text(format!("{mark} {}{flag}", item.label)).size(20),
                    hrow![lang;
                        tick(item.have, tl!(lang, "tick-have"), Tick::Have),
                        tick(item.copy_made, tl!(lang, "tick-copy"), Tick::Copy),
                        tick(
                            item.translation_needed,
                            tl!(lang, "tick-translation"),
                            Tick::Translation
                        ),
                        tick(item.sent, tl!(lang, "tick-sent"), Tick::Sent),
                    ]
                    .spacing(6)
                    .wrap(6.0),
                    text_input(&tl!(lang, "note"), &item.note)
                        .on_input_maybe(writable.then_some(move |n| Message::Note(i, n)))
                        .size(16)
                        .padding(6),
                ]
                .spacing(4),
            );
        }
        col = col.push(field_row(
            lang,
            tl!(lang, "checklist-add-placeholder"),
            &self.new_item,
            Message::NewItem,
            tl!(lang, "add"),
            writable.then_some(Message::AddItem),
            18,
            8,
        ));
        col = col.push(self.pdf.view(
            lang,
            tl!(lang, "checklist-pdf-path"),
            tl!(lang, "checklist-pdf"),
            Some(Message::Pdf),
            Message::PdfPath,
        ));
        section(col)
    }
}
