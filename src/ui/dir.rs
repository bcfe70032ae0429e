//! Writing direction. iced 0.14 has no notion of it: in Arabic and Dari this module mirrors the
//! layout by hand. Rows ([`hrow!`]) are built in reading order and reversed for right-to-left;
//! columns ([`stack!`]) align their children to the start side. Text is never given
//! `width(Fill)` or `align_x(Right)`: iced 0.14 draws single-line right-to-left text at the left
//! of a wide box, or not at all when it is told to align right (iced #2816, fixed after 0.14).
//! The *container* around it is aligned instead ([`fill`]).

use iced::alignment::Horizontal;
use iced::widget::{container, Container, Row};
use iced::{Element, Fill};

use crate::i18n::Lang;

/// The side lines start from: left, or right in Arabic and Dari.
pub fn start(lang: Lang) -> Horizontal {
    if lang.rtl() {
        Horizontal::Right
    } else {
        Horizontal::Left
    }
}

/// "Back" and "next" arrows point the way the language reads.
pub fn back_arrow(lang: Lang) -> &'static str {
    if lang.rtl() {
        "→"
    } else {
        "←"
    }
}

/// Takes the row's free width, its content at the start side.
pub fn fill<'a, M: 'a>(lang: Lang, content: impl Into<Element<'a, M>>) -> Container<'a, M> {
    container(content).width(Fill).align_x(start(lang))
}

/// A row written in reading order, laid out right to left where the language reads so.
pub struct Line<'a, M> {
    rtl: bool,
    items: Vec<Element<'a, M>>,
    spacing: f32,
    center: bool,
    wrap: Option<f32>,
}

impl<'a, M: 'a> Line<'a, M> {
    pub fn new(lang: Lang, items: Vec<Element<'a, M>>) -> Self {
        Line {
            rtl: lang.rtl(),
            items,
            spacing: 0.0,
            center: false,
            wrap: None,
        }
    }

    /// Adds an item after the others (to their left in right-to-left languages).
    pub fn push(mut self, item: impl Into<Element<'a, M>>) -> Self {
        self.items.push(item.into());
        self
    }

    pub fn spacing(mut self, spacing: impl Into<iced::Pixels>) -> Self {
        self.spacing = spacing.into().0;
        self
    }

    /// Centres the items vertically.
    pub fn center_y(mut self) -> Self {
        self.center = true;
        self
    }

    /// Goes on to a new line when the items do not fit, `vertical` pixels apart.
    pub fn wrap(mut self, vertical: f32) -> Self {
        self.wrap = Some(vertical);
        self
    }

    fn into_row(self) -> Row<'a, M> {
        let mut items = self.items;
        if self.rtl {
            items.reverse();
        }
        let row = Row::with_children(items).spacing(self.spacing);
        if self.center {
            row.align_y(iced::Center)
        } else {
            row
        }
    }
}

impl<'a, M: 'a> From<Line<'a, M>> for Element<'a, M> {
    fn from(line: Line<'a, M>) -> Self {
        match line.wrap {
            Some(v) => line.into_row().wrap().vertical_spacing(v).into(),
            None if line.rtl => {
                // A right-to-left row starts at the right edge.
                container(line.into_row())
                    .width(Fill)
                    .align_x(Horizontal::Right)
                    .into()
            }
            None => line.into_row().into(),
        }
    }
}

/// `hrow![lang; a, b, c]`: a row in reading order for `lang` (see [`Line`]).
#[macro_export]
macro_rules! hrow {
    ($lang:expr; $($item:expr),* $(,)?) => {
        $crate::ui::dir::Line::new($lang, vec![$(iced::Element::from($item)),*])
    };
}

/// `stack![lang; a, b]`: a column whose items start at the side `lang` reads from.
#[macro_export]
macro_rules! stack {
    ($lang:expr; $($item:expr),* $(,)?) => {
        $crate::ui::dir::stacked($lang, iced::widget::column![$($item),*])
    };
}

/// A column aligned to the start side (full width in right-to-left, so that its items can sit
/// at the right edge).
pub fn stacked<'a, M: 'a>(
    lang: Lang,
    column: iced::widget::Column<'a, M>,
) -> iced::widget::Column<'a, M> {
    if lang.rtl() {
        column.align_x(Horizontal::Right).width(Fill)
    } else {
        column
    }
}
