//! The desktop app (iced 0.14). It maps messages to core calls and draws; it decides nothing
//! about the law.

pub mod wizard;

use std::sync::Arc;

use iced::keyboard::{self, key::Named, Key, Modifiers};
use iced::widget::{column, container, text};
use iced::{Element, Fill, Font, Subscription, Task, Theme};

use crate::pack::{PackErrors, RulePack};

pub const FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Fallback for symbols Noto Sans lacks (arrows, ≥, ☐), found in quotes of the sources.
pub const FONT_SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Text scale bounds for Ctrl+Plus / Ctrl+Minus.
pub const MIN_SCALE: f32 = 0.8;
pub const MAX_SCALE: f32 = 2.0;

#[derive(Debug, Clone)]
pub enum Message {
    Wizard(wizard::Message),
    Zoom(i32),
}

pub struct App {
    pack: Result<Arc<RulePack>, PackErrors>,
    /// Absent when the pack could not be loaded (the error screen shows instead).
    wizard: Option<wizard::Screen>,
    scale: f32,
}

impl App {
    pub fn new(pack: Result<Arc<RulePack>, PackErrors>, today: chrono::NaiveDate) -> App {
        let wizard = pack.as_deref().ok().map(|p| wizard::Screen::new(p, today));
        App {
            pack,
            wizard,
            scale: 1.0,
        }
    }

    pub fn wizard(&self) -> Option<&wizard::Screen> {
        self.wizard.as_ref()
    }

    pub fn scale(&self) -> f32 {
        self.scale
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Zoom(step) => {
                self.scale = (self.scale + 0.1 * step as f32).clamp(MIN_SCALE, MAX_SCALE);
            }
            Message::Wizard(m) => {
                if let (Ok(pack), Some(screen)) = (&self.pack, &mut self.wizard) {
                    if let Some(wizard::Event::OpenLink(url)) = screen.update(pack, m) {
                        open_in_browser(&url);
                    }
                }
                return self.focus_input();
            }
        }
        Task::none()
    }

    /// Puts the keyboard in the current step's text field, if it has one.
    pub fn focus_input(&self) -> Task<Message> {
        match self.wizard.as_ref().and_then(|w| w.input_id()) {
            Some(id) => iced::widget::operation::focus(id),
            None => Task::none(),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        match (&self.pack, &self.wizard) {
            (Ok(pack), Some(screen)) => {
                let mut header = column![text(format!(
                    "Passerelle — règles du {} (version {})",
                    pack.meta.published.format("%d/%m/%Y"),
                    pack.meta.version
                ))
                .size(16)];
                if pack.is_stale(screen.wizard().today()) {
                    header = header.push(
                        text("Attention : ces règles ont plus de 6 mois. Les démarches changent souvent : vérifiez sur le site de la préfecture, et mettez Passerelle à jour.")
                            .size(18)
                            .color(iced::Color::from_rgb(0.55, 0.33, 0.0)),
                    );
                }
                column![
                    container(header).padding([8, 24]),
                    screen.view(pack).map(Message::Wizard)
                ]
                .into()
            }
            (pack, _) => container(
                column![
                    text("Les règles livrées avec Passerelle sont illisibles").size(28),
                    text(
                        pack.as_ref()
                            .err()
                            .map(ToString::to_string)
                            .unwrap_or_default()
                    )
                    .size(16),
                ]
                .spacing(16),
            )
            .padding(24)
            .width(Fill)
            .into(),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        keyboard::listen().filter_map(|event| match event {
            keyboard::Event::KeyPressed { key, modifiers, .. } => key_to_message(&key, modifiers),
            _ => None,
        })
    }
}

/// The app-level key map (iced 0.14 buttons cannot take focus): digits pick a choice, arrows move
/// the highlight, Enter confirms, Backspace/Escape go back, Ctrl+Plus/Minus zoom.
pub fn key_to_message(key: &Key, modifiers: Modifiers) -> Option<Message> {
    use wizard::Message as W;
    match key {
        Key::Character(c) if modifiers.command() => match c.as_str() {
            "+" | "=" => Some(Message::Zoom(1)),
            "-" => Some(Message::Zoom(-1)),
            _ => None,
        },
        Key::Character(c) if !modifiers.alt() => {
            let digit = c.parse::<usize>().ok().filter(|d| (1..=9).contains(d))?;
            Some(Message::Wizard(W::Pick(digit - 1)))
        }
        Key::Named(Named::ArrowDown) => Some(Message::Wizard(W::MoveSelection(1))),
        Key::Named(Named::ArrowUp) => Some(Message::Wizard(W::MoveSelection(-1))),
        Key::Named(Named::Enter) => Some(Message::Wizard(W::Confirm)),
        Key::Named(Named::Backspace | Named::Escape) => Some(Message::Wizard(W::Back)),
        _ => None,
    }
}

fn open_in_browser(url: &str) {
    let opener = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(opener).arg(url).spawn() {
        eprintln!("passerelle: cannot open {url} with {opener}: {e}");
    }
}

/// Fonts bundled and loaded (no glyph depends on the machine), large default text for kiosks.
pub fn settings() -> iced::Settings {
    iced::Settings {
        id: Some("passerelle".into()),
        fonts: vec![FONT_REGULAR.into(), FONT_SYMBOLS.into()],
        default_font: Font::with_name("Noto Sans"),
        default_text_size: 20.into(),
        ..iced::Settings::default()
    }
}

/// Opens the window. Defaults to the tiny-skia software renderer unless `ICED_BACKEND` is set.
pub fn run(pack: Result<RulePack, PackErrors>) -> iced::Result {
    let pack = pack.map(Arc::new);
    let today = chrono::Local::now().date_naive();
    iced::application(
        move || {
            let app = App::new(pack.clone(), today);
            let focus = app.focus_input();
            (app, focus)
        },
        App::update,
        App::view,
    )
    .title("Passerelle")
    .subscription(App::subscription)
    .theme(|_: &App| Theme::Light)
    .scale_factor(App::scale)
    .settings(settings())
    .window_size((1024.0, 768.0))
    .run()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: &str) -> Key {
        Key::Character(c.into())
    }

    #[test]
    fn key_map() {
        let none = Modifiers::empty();
        let ctrl = Modifiers::CTRL;
        assert!(matches!(
            key_to_message(&key("1"), none),
            Some(Message::Wizard(wizard::Message::Pick(0)))
        ));
        assert!(matches!(
            key_to_message(&key("9"), none),
            Some(Message::Wizard(wizard::Message::Pick(8)))
        ));
        assert!(key_to_message(&key("0"), none).is_none());
        assert!(key_to_message(&key("a"), none).is_none());
        assert!(matches!(
            key_to_message(&key("+"), ctrl),
            Some(Message::Zoom(1))
        ));
        assert!(matches!(
            key_to_message(&key("="), ctrl),
            Some(Message::Zoom(1))
        ));
        assert!(matches!(
            key_to_message(&key("-"), ctrl),
            Some(Message::Zoom(-1))
        ));
        assert!(
            key_to_message(&key("1"), ctrl).is_none(),
            "Ctrl+1 is not a choice"
        );
        let named = |n| Key::Named(n);
        assert!(matches!(
            key_to_message(&named(Named::Enter), none),
            Some(Message::Wizard(wizard::Message::Confirm))
        ));
        assert!(matches!(
            key_to_message(&named(Named::Escape), none),
            Some(Message::Wizard(wizard::Message::Back))
        ));
        assert!(matches!(
            key_to_message(&named(Named::Backspace), none),
            Some(Message::Wizard(wizard::Message::Back))
        ));
        assert!(matches!(
            key_to_message(&named(Named::ArrowDown), none),
            Some(Message::Wizard(wizard::Message::MoveSelection(1)))
        ));
        assert!(matches!(
            key_to_message(&named(Named::ArrowUp), none),
            Some(Message::Wizard(wizard::Message::MoveSelection(-1)))
        ));
        assert!(key_to_message(&named(Named::Tab), none).is_none());
    }

    #[test]
    fn zoom_is_clamped() {
        let mut app = App::new(
            RulePack::bundled().map(Arc::new),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        );
        for _ in 0..30 {
            let _ = app.update(Message::Zoom(1));
        }
        assert_eq!(app.scale(), MAX_SCALE);
        for _ in 0..30 {
            let _ = app.update(Message::Zoom(-1));
        }
        assert_eq!(app.scale(), MIN_SCALE);
    }
}
