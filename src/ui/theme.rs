//! Two calm, high-contrast palettes (light and dark). Every colour the screens use comes from
//! the theme, so both variants stay readable; the contrast ratios are tested.

use iced::theme::Palette;
use iced::{color, Color, Theme};

use crate::settings::ThemeChoice;

pub const LIGHT: Palette = Palette {
    background: color!(0xF7F8FA),
    text: color!(0x161616),
    primary: color!(0x1D3F8F),
    success: color!(0x0F5C2E),
    warning: color!(0x7A4A00),
    danger: color!(0xA4161A),
};

pub const DARK: Palette = Palette {
    background: color!(0x15171A),
    text: color!(0xF2F2F0),
    primary: color!(0x9DBBFF),
    success: color!(0x7FD99A),
    warning: color!(0xFFC764),
    danger: color!(0xFF9C94),
};

pub fn theme(choice: ThemeChoice) -> Theme {
    match choice {
        ThemeChoice::Light => Theme::custom("Passerelle clair", LIGHT),
        ThemeChoice::Dark => Theme::custom("Passerelle sombre", DARK),
    }
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance(c: Color) -> f32 {
    let channel = |v: f32| {
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
}

/// WCAG 2 contrast ratio between two colours (1 to 21).
pub fn contrast(a: Color, b: Color) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_colour_is_readable_on_the_background() {
        for (name, p) in [("light", LIGHT), ("dark", DARK)] {
            // Body text: WCAG AAA (7:1); coloured status text: at least AA for normal text (4.5:1).
            assert!(contrast(p.text, p.background) >= 7.0, "{name} text");
            for (what, c) in [
                ("primary", p.primary),
                ("success", p.success),
                ("warning", p.warning),
                ("danger", p.danger),
            ] {
                let ratio = contrast(c, p.background);
                assert!(ratio >= 4.5, "{name} {what}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn text_on_primary_buttons_is_readable() {
        for choice in [ThemeChoice::Light, ThemeChoice::Dark] {
            let t = theme(choice);
            let primary = t.extended_palette().primary.base;
            let ratio = contrast(primary.text, primary.color);
            assert!(ratio >= 4.5, "{choice:?}: {ratio:.2}");
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
    }
}
