//! A case's evidence log: each attempt to get an appointment or an answer, with its screenshot,
//! and whether the attempts meet what case law asks before a judge can be seized.

use chrono::{NaiveDateTime, NaiveTime};
use iced::widget::{button, text, text_input};
use iced::{Element, Task};

use super::part::{nothing_chosen, Context, Event};
use crate::facts::parse_date;
use crate::i18n::short_date;
use crate::profile::{evidence_summary, Attempt, AttemptChannel, Case, Screenshot};
use crate::resolver::Outcome;
use crate::tl;
use crate::ui::widget::{section, write, Dialog, PathInput, PathMessage, Status};
use crate::{hrow, stack};

#[derive(Debug, Clone)]
pub enum Message {
    Date(String),
    Time(String),
    Channel(AttemptChannel),
    Result(String),
    ScreenshotPath(PathMessage),
    Add,
    /// The screenshot was copied into the file's folder, or could not be.
    Attached(Result<Screenshot, String>),
}

pub struct Evidence {
    date: String,
    time: String,
    channel: Option<AttemptChannel>,
    result: String,
    screenshot: PathInput,
    /// An attempt waiting for its screenshot to be copied.
    waiting: Option<Attempt>,
}

impl Default for Evidence {
    /// The form starts at the current date and time.
    fn default() -> Evidence {
        let now = chrono::Local::now().naive_local();
        Evidence {
            date: now.format("%Y-%m-%d").to_string(),
            time: now.format("%H:%M").to_string(),
            channel: None,
            result: String::new(),
            screenshot: PathInput::default(),
            waiting: None,
        }
    }
}

impl Evidence {
    pub fn update(
        &mut self,
        ctx: &Context,
        case: &mut Case,
        message: Message,
    ) -> (Task<Message>, Option<Event>) {
        let lang = ctx.lang;
        let fail = |key: &str| Some(Event::Report(Status::failed(tl!(lang, key))));
        let event = match message {
            Message::Date(v) => {
                self.date = v;
                None
            }
            Message::Time(v) => {
                self.time = v;
                None
            }
            Message::Channel(c) => {
                self.channel = Some(c);
                None
            }
            Message::Result(v) => {
                self.result = v;
                None
            }
            Message::ScreenshotPath(m) => {
                let (task, nothing) = self.screenshot.update(m, || Dialog::Open {
                    name: "Images",
                    extensions: &["png", "jpg", "jpeg", "pdf", "webp"],
                });
                return (
                    task.map(Message::ScreenshotPath),
                    nothing.map(|_| nothing_chosen(lang)),
                );
            }
            Message::Add => {
                let date = parse_date(self.date.trim());
                let time = NaiveTime::parse_from_str(self.time.trim(), "%H:%M").ok();
                let (Some(date), Some(time)) = (date, time) else {
                    return (Task::none(), fail("attempt-bad-time"));
                };
                let Some(channel) = self.channel else {
                    return (Task::none(), fail("attempt-no-channel"));
                };
                let at = NaiveDateTime::new(date, time);
                let attempt = Attempt {
                    at,
                    channel,
                    result: self.result.trim().to_string(),
                    screenshot: None,
                };
                match self.screenshot.target() {
                    None => Some(self.record(ctx, case, attempt)),
                    // The screenshot is copied by the store's writer; the attempt waits for it.
                    Some(path) => {
                        self.waiting = Some(attempt);
                        let id = ctx.id.to_string();
                        let copy = write(ctx.writer, move |store| {
                            store.attach(&id, &path, at).map_err(|e| e.to_string())
                        });
                        return (copy.map(Message::Attached), None);
                    }
                }
            }
            Message::Attached(result) => {
                let attempt = self.waiting.take();
                match (result, attempt) {
                    (Ok(shot), Some(mut attempt)) => {
                        attempt.screenshot = Some(shot);
                        Some(self.record(ctx, case, attempt))
                    }
                    (Err(e), _) => Some(Event::Report(Status::failed(tl!(
                        lang,
                        "attempt-screenshot-failed",
                        error = e
                    )))),
                    (Ok(_), None) => None,
                }
            }
        };
        (Task::none(), event)
    }

    /// Adds the attempt to the log, says so, and empties the form for the next one.
    fn record(&mut self, ctx: &Context, case: &mut Case, attempt: Attempt) -> Event {
        let lang = ctx.lang;
        let said = tl!(
            lang,
            "attempt-saved",
            date = short_date(lang, attempt.at.date()),
            time = attempt.at.format("%H:%M").to_string()
        );
        case.evidence.push(attempt);
        case.evidence.sort_by_key(|a| a.at);
        *self = Evidence::default();
        Event::ChangedAndSay(said)
    }

    pub fn view<'a>(
        &'a self,
        ctx: &Context,
        case: &'a Case,
        outcome: Option<&Outcome>,
    ) -> Element<'a, Message> {
        let lang = ctx.lang;
        let bar = outcome.and_then(|o| o.evidence_bar());
        let s = evidence_summary(&case.evidence, bar);
        let mut col = stack![lang;
            text(tl!(lang, "evidence-title")).size(24),
            text(tl!(lang, "evidence-explain")).size(16),
            text(tl!(
                lang,
                "evidence-summary",
                attempts = s.attempts,
                days = s.days,
                weeks = s.weeks,
                hours = s.hours,
                screenshots = s.with_screenshot
            ))
            .size(20),
            match (s.meets_bar, bar) {
                (Some(true), _) => text(tl!(lang, "evidence-enough"))
                    .size(18)
                    .style(text::success),
                (Some(false), Some(bar)) => text(tl!(
                    lang,
                    "evidence-not-enough",
                    days = bar.min_days,
                    weeks = bar.min_weeks,
                    hours = bar.min_hours,
                    over = bar.over_days
                ))
                .size(18)
                .style(text::warning),
                _ => text(tl!(lang, "evidence-no-bar")).size(18),
            },
        ]
        .spacing(8);
        for a in case.evidence.iter().rev() {
            let shot = a
                .screenshot
                .as_ref()
                .map(|s| {
                    tl!(
                        lang,
                        "evidence-screenshot",
                        name = s.original_name.as_str(),
                        hash = s.sha256.get(..12).unwrap_or_default()
                    )
                })
                .unwrap_or_default();
            col = col.push(
                text(format!(
                    "{} {} — {} — {}{shot}",
                    short_date(lang, a.at.date()),
                    a.at.format("%H:%M"),
                    a.channel.label(lang),
                    a.result
                ))
                .size(16),
            );
        }
        let mut channels = hrow![lang;].spacing(6);
        for c in AttemptChannel::ALL {
            channels = channels.push(
                button(text(c.label(lang)).size(16))
                    .style(if self.channel == Some(c) {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .padding([4, 8])
                    .on_press(Message::Channel(c)),
            );
        }
        col = col.push(
            stack![lang;
                text(tl!(lang, "attempt-new")).size(20),
                hrow![lang;
                    text_input(&tl!(lang, "date-placeholder"), &self.date)
                        .on_input(Message::Date)
                        .size(18)
                        .padding(8)
                        .width(180),
                    text_input(&tl!(lang, "time-placeholder"), &self.time)
                        .on_input(Message::Time)
                        .size(18)
                        .padding(8)
                        .width(110),
                ]
                .spacing(8),
                channels.wrap(6.0),
                text_input(&tl!(lang, "attempt-result-placeholder"), &self.result)
                    .on_input(Message::Result)
                    .size(18)
                    .padding(8),
                self.screenshot.view(
                    lang,
                    tl!(lang, "attempt-screenshot-path"),
                    tl!(lang, "attempt-save"),
                    (ctx.writable && self.waiting.is_none()).then_some(Message::Add),
                    Message::ScreenshotPath,
                ),
            ]
            .spacing(8),
        );
        section(col)
    }
}
