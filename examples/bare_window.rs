//! A bare iced 0.14 window with the same widgets as Passerelle's first screen (the header with
//! its text-size and theme buttons, Back / Start over, the question, its hint and the search
//! field), same features and renderer, but no rule pack, no bundled fonts, no settings, no files:
//! the baseline of `tools/startup-bench.sh`.

use iced::widget::{button, column, row, scrollable, text, text_input};
use iced::Element;

#[derive(Default)]
struct Bare {
    input: String,
}

#[derive(Debug, Clone)]
enum Message {
    Input(String),
    Pressed,
}

fn update(state: &mut Bare, message: Message) {
    match message {
        Message::Input(s) => state.input = s,
        Message::Pressed => state.input.clear(),
    }
}

fn view(state: &Bare) -> Element<'_, Message> {
    scrollable(
        column![
            row![
                text("Bare window — règles du 23/11/2026 (version 2026.11.23)").size(16),
                text("Texte 100 %").size(16),
                button(text("A−").size(16)).on_press(Message::Pressed),
                button(text("A+").size(16)).on_press(Message::Pressed),
                button(text("Thème sombre").size(16)).on_press(Message::Pressed),
            ]
            .spacing(8),
            row![
                button("← Retour").on_press(Message::Pressed),
                button("Recommencer").on_press(Message::Pressed),
                text("Question 1").size(16),
            ]
            .spacing(12),
            text("Répondez aux questions une par une ; vous pourrez revenir en arrière.").size(16),
            text("Où habitez-vous ?").size(30),
            text("Tapez le numéro ou une partie du nom.").size(18),
            text_input("Numéro ou nom du département", &state.input)
                .on_input(Message::Input)
                .size(22)
                .padding(12),
        ]
        .spacing(16)
        .padding(24),
    )
    .into()
}

fn main() -> iced::Result {
    if std::env::var_os("ICED_BACKEND").is_none() {
        std::env::set_var("ICED_BACKEND", "tiny-skia");
    }
    iced::application(Bare::default, update, view)
        .title("Bare window")
        .window_size((1024.0, 768.0))
        .run()
}
