//! Draws the answer model (`passerelle_core::answer::Answer`): every line, in its order, as the
//! PDF prints it. Nothing here chooses what to show; only how a line looks on screen.

use iced::widget::{button, container, image, text};
use iced::{Element, Fill};

use crate::answer::{Answer, Emphasis, Line, Mark, Section, SectionKind, Tone};
use crate::i18n::Lang;
use crate::qr::QrMatrix;
use crate::tl;
use crate::{hrow, stack};

/// Text size on screen for each emphasis of the model.
fn size(emphasis: Emphasis) -> f32 {
    match emphasis {
        Emphasis::Headline => 28.0,
        Emphasis::Strong => 22.0,
        Emphasis::Label => 20.0,
        Emphasis::Body => 18.0,
        Emphasis::Detail => 16.0,
        Emphasis::Fine => 14.0,
    }
}

fn style(tone: Tone) -> fn(&iced::Theme) -> text::Style {
    match tone {
        Tone::Plain => text::base,
        Tone::Good => text::success,
        Tone::Caution => text::warning,
        Tone::Danger => text::danger,
    }
}

/// The whole answer; `open` is the message that opens a link.
/// What the answer's screen does besides drawing the model.
pub struct Show<M> {
    /// Opening a link.
    pub open: fn(String) -> M,
    /// Choosing a hard word (its index in `Answer::glossary`): its explanation shows, or hides.
    pub explain: fn(usize) -> M,
    /// The section the voice is reading, framed so that the eye can follow the ear.
    pub reading: Option<usize>,
    /// The hard word whose explanation is shown.
    pub explained: Option<usize>,
}

// Function pointers and indexes: copied whatever the message type.
impl<M> Clone for Show<M> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<M> Copy for Show<M> {}

pub fn view<'a, M: Clone + 'a>(answer: &'a Answer, show: Show<M>) -> Element<'a, M> {
    let lang = answer.lang;
    let mut col = stack![lang;].spacing(16);
    for (i, s) in answer.sections.iter().enumerate() {
        let section = section_view(answer, s, show);
        col = col.push(if show.reading == Some(i) {
            container(section)
                .padding(4)
                .width(Fill)
                .style(being_read)
                .into()
        } else {
            section
        });
    }
    col.into()
}

/// The frame of the section being read aloud: the theme's primary colour, thick.
fn being_read(theme: &iced::Theme) -> container::Style {
    let colour = theme.extended_palette().primary.strong.color;
    container::Style {
        border: iced::Border {
            color: colour,
            width: 4.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

fn section_view<'a, M: Clone + 'a>(
    answer: &'a Answer,
    section: &'a Section,
    show: Show<M>,
) -> Element<'a, M> {
    let lang = answer.lang;
    let spacing = match section.kind {
        SectionKind::Channel | SectionKind::Notices | SectionKind::Notes => 16,
        _ => 6,
    };
    let mut col = stack![lang;].spacing(spacing);
    if let Some(title) = &section.title {
        col = col.push(text(title.as_str()).size(24));
    }
    for line in &section.lines {
        col = col.push(line_view(lang, line, show.open));
        if !line.terms.is_empty() {
            col = col.push(terms_view(answer, &line.terms, show));
        }
    }
    match section.title {
        Some(_) => container(col)
            .padding(16)
            .width(Fill)
            .style(container::bordered_box)
            .into(),
        None => col.into(),
    }
}

fn line_view<'a, M: Clone + 'a>(
    lang: Lang,
    line: &'a Line,
    open: fn(String) -> M,
) -> Element<'a, M> {
    let shown = text(line.shown())
        .size(size(line.emphasis))
        .style(style(line.tone));
    match &line.mark {
        // The official page: a large button to open it, its address, and a QR code for a phone.
        Mark::OfficialPage(url) => {
            let link = stack![lang;
                button(text(tl!(lang, "open-official-page")).size(24))
                    .padding(16)
                    .style(button::primary)
                    .on_press(open(url.clone())),
                shown,
            ]
            .spacing(8)
            .width(Fill);
            let mut row = hrow![lang; link].spacing(24);
            if let Some(qr) = qr_view(lang, url) {
                row = row.push(qr);
            }
            row.into()
        }
        Mark::Link(url) => button(shown)
            .style(button::text)
            .padding(0)
            .on_press(open(url.clone()))
            .into(),
        _ => shown.into(),
    }
}

/// The hard words that first appear in a line: a button each, under it; the one chosen shows
/// its explanation below.
fn terms_view<'a, M: Clone + 'a>(
    answer: &'a Answer,
    terms: &[usize],
    show: Show<M>,
) -> Element<'a, M> {
    let lang = answer.lang;
    let mut row = hrow![lang;].spacing(8);
    let mut explained = None;
    for &i in terms {
        let Some(term) = answer.glossary.get(i) else {
            continue;
        };
        let open = show.explained == Some(i);
        row = row.push(
            button(text(tl!(lang, "glossary-explain", term = term.term.as_str())).size(15))
                .style(if open {
                    button::primary
                } else {
                    button::secondary
                })
                .padding([2, 8])
                .on_press((show.explain)(i)),
        );
        if open {
            explained = Some(term);
        }
    }
    let mut col = stack![lang; row.wrap(4.0)].spacing(6);
    if let Some(term) = explained {
        col = col.push(
            container(
                stack![lang;
                    text(term.term.as_str()).size(20),
                    text(term.text.as_str()).size(18),
                ]
                .spacing(4),
            )
            .padding(12)
            .width(Fill)
            .style(container::rounded_box),
        );
    }
    col.into()
}

/// Pixels per QR module: the code stays readable by a phone held at a kiosk screen.
const QR_MODULE: usize = 5;

/// A QR code as one image with sharp module edges (no `canvas`: it renders wrongly under the
/// software renderer; separate rectangles showed anti-aliased seams between rows).
fn qr_view<'a, M: 'a>(lang: Lang, url: &str) -> Option<Element<'a, M>> {
    let m = QrMatrix::encode(url)?;
    let side = m.width * QR_MODULE;
    let mut pixels = Vec::with_capacity(side * side * 4);
    for y in 0..side {
        for x in 0..side {
            let v = if m.is_dark(x / QR_MODULE, y / QR_MODULE) {
                0
            } else {
                255
            };
            pixels.extend_from_slice(&[v, v, v, 255]);
        }
    }
    let handle = image::Handle::from_rgba(side as u32, side as u32, pixels);
    Some(
        stack![lang;
            image(handle)
                .width(side as f32)
                .height(side as f32)
                .filter_method(image::FilterMethod::Nearest),
            text(tl!(lang, "qr-scan")).size(14)
        ]
        .spacing(6)
        .into(),
    )
}
