//! The person's details, kept in their file for the letters: a form shown on demand. A date is
//! kept once it is a real one; until then the field shows what is typed.

use iced::widget::{button, text, text_input};
use iced::{Element, Task};

use super::part::{Context, Event};
use crate::facts::parse_date;
use crate::profile::Identity;
use crate::tl;
use crate::ui::dir::fill;
use crate::ui::widget::section;
use crate::{hrow, stack};

/// A field of the person's details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Civility,
    FirstName,
    LastName,
    BirthDate,
    BirthPlace,
    Nationality,
    Address1,
    Address2,
    Email,
    Phone,
    Agdref,
    AnefRequest,
    TitleMention,
    TitleValidFrom,
    EPhotoCode,
}

impl Field {
    /// Each field and the key of its label.
    const ALL: [(Field, &'static str); 15] = [
        (Field::Civility, "identity-civility"),
        (Field::FirstName, "identity-first-name"),
        (Field::LastName, "identity-last-name"),
        (Field::BirthDate, "identity-birth-date"),
        (Field::BirthPlace, "identity-birth-place"),
        (Field::Nationality, "identity-nationality"),
        (Field::Address1, "identity-address1"),
        (Field::Address2, "identity-address2"),
        (Field::Email, "identity-email"),
        (Field::Phone, "identity-phone"),
        (Field::Agdref, "identity-agdref"),
        (Field::AnefRequest, "identity-anef-request"),
        (Field::TitleMention, "identity-title-mention"),
        (Field::TitleValidFrom, "identity-title-valid-from"),
        (Field::EPhotoCode, "identity-e-photo-code"),
    ];

    /// The text behind a field (`None` for the two dates, kept as typed in the form).
    fn slot(self, id: &mut Identity) -> Option<&mut String> {
        fn line(lines: &mut Vec<String>, i: usize) -> Option<&mut String> {
            if lines.len() <= i {
                lines.resize(i + 1, String::new());
            }
            lines.get_mut(i)
        }
        match self {
            Field::Address1 => line(&mut id.address, 0),
            Field::Address2 => line(&mut id.address, 1),
            Field::Civility => Some(&mut id.civility),
            Field::FirstName => Some(&mut id.first_name),
            Field::LastName => Some(&mut id.last_name),
            Field::BirthPlace => Some(&mut id.birth_place),
            Field::Nationality => Some(&mut id.nationality),
            Field::Email => Some(&mut id.email),
            Field::Phone => Some(&mut id.phone),
            Field::Agdref => Some(&mut id.agdref),
            Field::AnefRequest => Some(&mut id.anef_request),
            Field::TitleMention => Some(&mut id.title_mention),
            Field::EPhotoCode => Some(&mut id.e_photo_code),
            Field::BirthDate | Field::TitleValidFrom => None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    /// Show or hide the form.
    Toggle,
    Edit(Field, String),
}

#[derive(Default)]
pub struct Details {
    shown: bool,
    /// The two date fields as typed.
    birth_date: String,
    title_valid_from: String,
}

impl Details {
    /// The form for a file just opened.
    pub fn of(identity: &Identity) -> Details {
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        Details {
            shown: false,
            birth_date: date(identity.birth_date),
            title_valid_from: date(identity.title_valid_from),
        }
    }

    /// Opens the form (a letter lacks some of the details).
    pub fn show(&mut self) {
        self.shown = true;
    }

    pub fn update(
        &mut self,
        identity: &mut Identity,
        message: Message,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Toggle => {
                self.shown = !self.shown;
                (Task::none(), None)
            }
            Message::Edit(field, value) => {
                match field {
                    Field::BirthDate => {
                        identity.birth_date = parse_date(value.trim());
                        self.birth_date = value;
                    }
                    Field::TitleValidFrom => {
                        identity.title_valid_from = parse_date(value.trim());
                        self.title_valid_from = value;
                    }
                    _ => {
                        if let Some(slot) = field.slot(identity) {
                            *slot = value;
                        }
                    }
                }
                (Task::none(), Some(Event::Typed))
            }
        }
    }

    fn value(&self, identity: &Identity, field: Field) -> String {
        match field {
            Field::BirthDate => self.birth_date.clone(),
            Field::TitleValidFrom => self.title_valid_from.clone(),
            _ => field
                .slot(&mut identity.clone())
                .cloned()
                .unwrap_or_default(),
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context, identity: &Identity) -> Element<'a, Message> {
        let lang = ctx.lang;
        let toggle = if self.shown {
            "identity-hide"
        } else {
            "identity-show"
        };
        let mut col = stack![lang; hrow![lang;
            fill(lang, text(tl!(lang, "identity-title")).size(24)),
            button(text(tl!(lang, toggle)).size(16))
                .style(button::secondary)
                .on_press(Message::Toggle),
        ]
        .center_y()]
        .spacing(8);
        if self.shown {
            col = col.push(text(tl!(lang, "identity-explain")).size(14));
            for (field, key) in Field::ALL {
                let label = tl!(lang, key);
                col = col.push(
                    hrow![lang;
                        text(label.clone()).size(16).width(360),
                        text_input(&label, &self.value(identity, field))
                            .on_input_maybe(
                                ctx.writable.then_some(move |v| Message::Edit(field, v))
                            )
                            .size(16)
                            .padding(6),
                    ]
                    .spacing(8)
                    .center_y(),
                );
            }
        }
        section(col)
    }
}
