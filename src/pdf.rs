//! Print-ready A4 PDFs of letters (and later of answers and checklists) with krilla: the text is
//! laid out here (line wrapping with the font's own advance widths, page breaks, footers with
//! the rule pack's version and page numbers) and drawn with the bundled Noto Sans, embedded and
//! subset by krilla so that the text can be copied and searched.

use std::sync::Arc;

use krilla::geom::Point;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};
use krilla::Document;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use crate::letters::{long_date, Letter};

const FONT: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");

/// A4 in points, and the margins.
const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const MARGIN: f32 = 64.0;
const BODY: f32 = 11.0;
const SMALL: f32 = 8.5;

/// Measures text with the font's advance widths.
struct Measure<'a> {
    font: FontRef<'a>,
}

impl Measure<'_> {
    fn width(&self, text: &str, size: f32) -> f32 {
        let charmap = self.font.charmap();
        let metrics = self
            .font
            .glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                let gid = charmap.map(c).unwrap_or_default();
                metrics.advance_width(gid).unwrap_or(size * 0.5)
            })
            .sum()
    }

    /// Greedy line breaking at spaces; a word wider than the line is cut.
    fn wrap(&self, text: &str, size: f32, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size) <= max || line.is_empty() {
                line = candidate;
            } else {
                lines.push(std::mem::take(&mut line));
                line = word.to_string();
            }
            while self.width(&line, size) > max && line.chars().count() > 1 {
                // A single over-long word (a hash, a URL): cut it where it fits.
                let mut cut = line.chars().count() - 1;
                while cut > 1 && self.width(&line.chars().take(cut).collect::<String>(), size) > max
                {
                    cut -= 1;
                }
                let head: String = line.chars().take(cut).collect();
                let tail: String = line.chars().skip(cut).collect();
                lines.push(head);
                line = tail;
            }
        }
        lines.push(line);
        lines
    }
}

/// One line to draw: where, how big, what.
struct Line {
    x: f32,
    size: f32,
    text: String,
    /// Space before the line (on top of the line height).
    gap: f32,
}

fn lines_of(measure: &Measure<'_>, text: &str, x: f32, size: f32, gap: f32) -> Vec<Line> {
    let max = WIDTH - MARGIN - x;
    measure
        .wrap(text, size, max)
        .into_iter()
        .enumerate()
        .map(|(i, t)| Line {
            x,
            size,
            text: t,
            gap: if i == 0 { gap } else { 0.0 },
        })
        .collect()
}

/// A letter as an A4 PDF: sender, recipient, date, subject, text, table, legal basis and
/// sources, and on every page a footer with the title, the rule pack's version and "page i/n".
pub fn letter_pdf(letter: &Letter, pack_version: &str) -> Result<Vec<u8>, String> {
    let font_ref = FontRef::new(FONT).map_err(|e| format!("bundled font: {e}"))?;
    let measure = Measure { font: font_ref };
    let mut lines = Vec::new();
    for l in &letter.from {
        lines.extend(lines_of(&measure, l, MARGIN, BODY, 0.0));
    }
    let right = WIDTH / 2.0 + 20.0;
    for (i, l) in letter.to.iter().enumerate() {
        lines.extend(lines_of(
            &measure,
            l,
            right,
            BODY,
            if i == 0 { 18.0 } else { 0.0 },
        ));
    }
    lines.extend(lines_of(
        &measure,
        &format!("Le {}", long_date(letter.date)),
        right,
        BODY,
        18.0,
    ));
    lines.extend(lines_of(
        &measure,
        &format!("Objet : {}", letter.subject),
        MARGIN,
        BODY + 0.5,
        24.0,
    ));
    for p in &letter.body {
        let indent = if p.starts_with('•') {
            MARGIN + 12.0
        } else {
            MARGIN
        };
        let gap = if p.starts_with('•') { 2.0 } else { 9.0 };
        lines.extend(lines_of(&measure, p, indent, BODY, gap));
    }
    for (i, row) in letter.table.iter().enumerate() {
        lines.extend(lines_of(
            &measure,
            &row.join("  ·  "),
            MARGIN,
            SMALL + 0.5,
            if i == 0 { 12.0 } else { 2.0 },
        ));
    }
    if !letter.basis.is_empty() {
        lines.extend(lines_of(&measure, "Fondement", MARGIN, SMALL + 1.0, 18.0));
        for b in &letter.basis {
            lines.extend(lines_of(&measure, &format!("– {b}"), MARGIN, SMALL, 1.0));
        }
    }
    if !letter.sources.is_empty() {
        lines.extend(lines_of(&measure, "Sources", MARGIN, SMALL + 1.0, 10.0));
        for (i, s) in letter.sources.iter().enumerate() {
            lines.extend(lines_of(
                &measure,
                &format!("[{}] {s}", i + 1),
                MARGIN,
                SMALL,
                1.0,
            ));
        }
    }

    render(lines, &letter.title, pack_version)
}

/// Any text (a letter as the person edited it) as an A4 PDF: one paragraph per line, blank lines
/// as space, with the same footer.
pub fn text_pdf(title: &str, text: &str, pack_version: &str) -> Result<Vec<u8>, String> {
    let font_ref = FontRef::new(FONT).map_err(|e| format!("bundled font: {e}"))?;
    let measure = Measure { font: font_ref };
    let mut lines = Vec::new();
    let mut gap = 0.0;
    for paragraph in text.lines() {
        if paragraph.trim().is_empty() {
            gap = 8.0;
            continue;
        }
        let indent = if paragraph.starts_with('•') {
            MARGIN + 12.0
        } else {
            MARGIN
        };
        lines.extend(lines_of(&measure, paragraph, indent, BODY, gap));
        gap = 0.0;
    }
    render(lines, title, pack_version)
}

/// Lays the lines out on A4 pages and draws them, each page with its footer.
fn render(lines: Vec<Line>, title: &str, pack_version: &str) -> Result<Vec<u8>, String> {
    // Pages: fill from the top margin down to the footer.
    let bottom = HEIGHT - MARGIN - 10.0;
    let mut pages: Vec<Vec<(f32, Line)>> = vec![Vec::new()];
    let mut y = MARGIN;
    for line in lines {
        let step = line.gap + line.size * 1.45;
        if y + step > bottom && !pages.last().is_some_and(Vec::is_empty) {
            pages.push(Vec::new());
            y = MARGIN;
        }
        y += step;
        if let Some(page) = pages.last_mut() {
            page.push((y, line));
        }
    }

    let font = Font::new(Arc::new(FONT.to_vec()).into(), 0)
        .ok_or_else(|| "bundled font cannot be read".to_string())?;
    let mut document = Document::new();
    let total = pages.len();
    for (n, page_lines) in pages.into_iter().enumerate() {
        let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or("page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for (y, line) in page_lines {
            surface.draw_text(
                Point::from_xy(line.x, y),
                font.clone(),
                line.size,
                &line.text,
                false,
                TextDirection::Auto,
            );
        }
        let footer = format!(
            "{} — Passerelle, règles {pack_version} — page {}/{total}",
            title,
            n + 1
        );
        surface.draw_text(
            Point::from_xy(MARGIN, HEIGHT - MARGIN / 2.0),
            font.clone(),
            7.5,
            &footer,
            false,
            TextDirection::Auto,
        );
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| format!("PDF: {e:?}"))
}
