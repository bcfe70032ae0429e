//! A case's dates: each with how far it is, the date the provisional document was received,
//! and the dates as a calendar file.

use chrono::NaiveDate;
use iced::widget::text;
use iced::{Element, Task};

use super::days_text;
use super::part::{save_path, target, Context, Event};
use crate::facts::parse_date;
use crate::i18n::short_date;
use crate::profile::{timeline_ics, Case, Dated};
use crate::stack;
use crate::tl;
use crate::ui::widget::{
    field_row, off_thread, section, write_file, PathInput, PathMessage, Report, Status,
};

#[derive(Debug, Clone)]
pub enum Message {
    ProvisionalInput(String),
    SetProvisional,
    CalendarPath(PathMessage),
    Calendar,
    Written(Report),
}

#[derive(Default)]
pub struct Dates {
    provisional: String,
    calendar: PathInput,
}

impl Dates {
    pub fn update(
        &mut self,
        ctx: &Context,
        case: &mut Case,
        message: Message,
    ) -> (Task<Message>, Option<Event>) {
        let lang = ctx.lang;
        let event = match message {
            Message::ProvisionalInput(value) => {
                self.provisional = value;
                None
            }
            Message::SetProvisional => {
                let value = self.provisional.trim().to_string();
                Some(match parse_date(&value) {
                    Some(date) => {
                        case.provisional_received = Some(date);
                        self.provisional.clear();
                        Event::Changed
                    }
                    None => Event::Report(Status::failed(tl!(lang, "not-a-date", value = value))),
                })
            }
            Message::CalendarPath(m) => {
                let (task, event) = save_path(&mut self.calendar, m, lang, || {
                    format!("{}.ics", ctx.file_stem())
                });
                return (task.map(Message::CalendarPath), event);
            }
            Message::Calendar => {
                let path = match target(&self.calendar, lang) {
                    Ok(path) => path,
                    Err(event) => return (Task::none(), Some(event)),
                };
                let ics = timeline_ics(ctx.name, case, &case.timeline(ctx.pack, ctx.today));
                let saved = tl!(lang, "calendar-saved", path = path.display().to_string());
                let work = move || write_file(&path, ics.as_bytes()).map(|()| saved);
                return (off_thread(work).map(Message::Written), None);
            }
            Message::Written(report) => Some(Event::Report(Status::of(report))),
        };
        (Task::none(), event)
    }

    pub fn view<'a>(&'a self, ctx: &Context, dates: Vec<Dated>) -> Element<'a, Message> {
        let (lang, today) = (ctx.lang, ctx.today);
        let next = dates.iter().position(|d| d.date >= today);
        let mut col = stack![lang; text(tl!(lang, "dates-title")).size(24)].spacing(8);
        if dates.is_empty() {
            col = col.push(text(tl!(lang, "dates-none")).size(18));
        }
        for (i, d) in dates.iter().enumerate() {
            col = col.push(date_line(ctx, d, Some(i) == next, today));
        }
        col = col.push(field_row(
            lang,
            tl!(lang, "provisional-received-placeholder"),
            &self.provisional,
            Message::ProvisionalInput,
            tl!(lang, "provisional-received-save"),
            ctx.writable.then_some(Message::SetProvisional),
            18,
            8,
        ));
        col = col.push(self.calendar.view(
            lang,
            tl!(lang, "calendar-path"),
            tl!(lang, "calendar-export"),
            Some(Message::Calendar),
            Message::CalendarPath,
        ));
        section(col)
    }
}

/// One date: the next one larger and coloured, past ones dimmed.
fn date_line<'a>(ctx: &Context, d: &Dated, next: bool, today: NaiveDate) -> Element<'a, Message> {
    let lang = ctx.lang;
    let line = text(tl!(
        lang,
        "dates-line",
        date = short_date(lang, d.date),
        label = d.label.as_str(),
        when = days_text(lang, d.days_from(today))
    ))
    .size(if next { 22 } else { 18 });
    if next {
        line.style(text::primary).into()
    } else if d.date < today {
        line.style(text::secondary).into()
    } else {
        line.into()
    }
}
