//! A bare iced 0.14 window with the same kinds of widgets as Passerelle's first screen (text,
//! buttons, a text field, a scrollable column), same features and renderer: the baseline of
//! `tools/startup-bench.sh`.

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
            text("Bare window — règles du 23/11/2026").size(16),
            row![
                button("← Retour").on_press(Message::Pressed),
                button("Recommencer").on_press(Message::Pressed)
            ]
            .spacing(12),
            text("Dans quel département habitez-vous ?").size(30),
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
