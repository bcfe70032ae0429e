//! Print-ready A4 PDFs of letters (and later of answers and checklists) with krilla: the text is
//! laid out here (line wrapping with the font's own advance widths, page breaks, footers with
//! the rule pack's version and page numbers) and drawn with the bundled Noto Sans, embedded and
//! subset by krilla so that the text can be copied and searched.

use std::sync::Arc;

use krilla::geom::Point;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};
use krilla::Document;

use crate::answer::{Answer, Emphasis, Mark};
use crate::i18n::{short_date, Lang};
use crate::letters::{long_date, Letter};
use crate::qr::QrMatrix;
use crate::tl;

/// A4 in points, and the margins.
const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const MARGIN: f32 = 64.0;
const BODY: f32 = 11.0;
const SMALL: f32 = 8.5;

/// Measures and orders text the way it is drawn: each character in the first bundled font that
/// has it (Noto Sans, Noto Sans Arabic, Noto Sans SC, DejaVu Sans), runs shaped by rustybuzz
/// (as krilla shapes them when drawing), lines put in visual order by the Unicode bidi
/// algorithm, since krilla neither falls back between fonts nor reorders.
struct Measure {
    faces: Vec<rustybuzz::Face<'static>>,
    /// Right to left: Arabic and Dari documents; lines align right.
    rtl: bool,
}

/// A piece of a line in one font and one direction.
struct Run<'t> {
    face: usize,
    text: &'t str,
    rtl: bool,
}

impl Measure {
    /// For a document in `lang`.
    fn new(lang: Lang) -> Result<Measure, String> {
        let faces = crate::fonts::ALL
            .iter()
            .map(|f| rustybuzz::Face::from_slice(f, 0).ok_or("a bundled font cannot be read"))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Measure {
            faces,
            rtl: lang.rtl(),
        })
    }

    /// The first font that has `c`; spaces, digits and punctuation stay in the running font.
    fn face_for(&self, c: char, current: Option<usize>) -> usize {
        let has = |i: usize| self.faces[i].glyph_index(c).is_some();
        match current {
            Some(i)
                if has(i)
                    && (c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit()) =>
            {
                i
            }
            _ => (0..self.faces.len())
                .find(|&i| has(i))
                .or(current)
                .unwrap_or(0),
        }
    }

    /// `text` cut where the font changes (logical order).
    fn font_runs<'t>(&self, text: &'t str, rtl: bool) -> Vec<Run<'t>> {
        let mut runs = Vec::new();
        let mut start = 0;
        let mut current: Option<usize> = None;
        for (i, c) in text.char_indices() {
            let face = self.face_for(c, current);
            if current.is_some_and(|f| f != face) {
                runs.push(Run {
                    face: current.unwrap_or(0),
                    text: &text[start..i],
                    rtl,
                });
                start = i;
            }
            current = Some(face);
        }
        if start < text.len() {
            runs.push(Run {
                face: current.unwrap_or(0),
                text: &text[start..],
                rtl,
            });
        }
        runs
    }

    /// The runs of one line in visual order, left to right.
    fn visual_runs<'t>(&self, line: &'t str) -> Vec<Run<'t>> {
        use unicode_bidi::{BidiInfo, Level};
        // A line without any right-to-left letter (a URL, an address) reads left to right,
        // even when it is aligned right in an Arabic document.
        let has_rtl = line.chars().any(crate::i18n::is_rtl_letter);
        let base = if self.rtl && has_rtl {
            Level::rtl()
        } else {
            Level::ltr()
        };
        let bidi = BidiInfo::new(line, Some(base));
        let mut out = Vec::new();
        for para in &bidi.paragraphs {
            let (levels, runs) = bidi.visual_runs(para, para.range.clone());
            for range in runs {
                let rtl = levels[range.start].is_rtl();
                let mut pieces = self.font_runs(&line[range], rtl);
                if rtl {
                    pieces.reverse();
                }
                out.extend(pieces);
            }
        }
        out
    }

    /// The advance of a run shaped as krilla will shape it.
    fn run_width(&self, run: &Run<'_>, size: f32) -> f32 {
        let face = &self.faces[run.face];
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(run.text);
        buffer.set_direction(if run.rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let shaped = rustybuzz::shape(face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / face.units_per_em() as f32
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        self.visual_runs(text)
            .iter()
            .map(|r| self.run_width(r, size))
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

/// Where lines are drawn: the whole page between the margins, or one of two columns; its
/// direction, and which of the document's measures lays it out.
#[derive(Clone, Copy)]
struct Column {
    left: f32,
    right: f32,
    rtl: bool,
    measure: usize,
}

impl Column {
    /// The page between the margins, laid out with the document's first measure.
    fn page(rtl: bool) -> Column {
        Column {
            left: MARGIN,
            right: WIDTH - MARGIN,
            rtl,
            measure: 0,
        }
    }

    /// Where a line of `width` starting `x` from the page's left (as if left to right) is
    /// drawn: mirrored inside the column when it reads right to left.
    fn start(&self, x: f32, width: f32) -> f32 {
        if self.rtl {
            self.right - (x - self.left) - width
        } else {
            x
        }
    }
}

/// One line to draw: where, how big, what — or a QR code.
struct Line {
    /// From the page's left edge, as if the column read left to right (see `Column::start`).
    x: f32,
    size: f32,
    text: String,
    /// Space before the line (on top of the line height).
    gap: f32,
    /// Draw this QR code (of this side in points) instead of text.
    qr: Option<(QrMatrix, f32)>,
    col: Column,
}

impl Line {
    fn height(&self) -> f32 {
        match &self.qr {
            Some((_, side)) => self.gap + side,
            None => self.gap + self.size * 1.45,
        }
    }
}

fn lines_of(measure: &Measure, text: &str, x: f32, size: f32, gap: f32) -> Vec<Line> {
    lines_in(measure, Column::page(measure.rtl), text, x, size, gap)
}

/// `text` wrapped to the column, `x` from the page's left edge.
fn lines_in(measure: &Measure, col: Column, text: &str, x: f32, size: f32, gap: f32) -> Vec<Line> {
    let max = col.right - x;
    measure
        .wrap(text, size, max)
        .into_iter()
        .enumerate()
        .map(|(i, t)| Line {
            x,
            size,
            text: t,
            gap: if i == 0 { gap } else { 0.0 },
            qr: None,
            col,
        })
        .collect()
}

/// A letter as an A4 PDF: sender, recipient, date, subject, text, table, legal basis and
/// sources, and on every page a footer with the title, the rule pack's version and "page i/n".
pub fn letter_pdf(letter: &Letter, pack_version: &str) -> Result<Vec<u8>, String> {
    let measure = Measure::new(Lang::Fr)?;
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

    render(lines, &letter.title, pack_version, Lang::Fr)
}

/// Any text (a letter as the person edited it) as an A4 PDF: one paragraph per line, blank lines
/// as space, with the same footer, in French like every letter.
pub fn text_pdf(title: &str, text: &str, pack_version: &str) -> Result<Vec<u8>, String> {
    let measure = Measure::new(Lang::Fr)?;
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
    render(lines, title, pack_version, Lang::Fr)
}

/// Lays the lines out on A4 pages and draws them, each page with its footer.
fn render(
    lines: Vec<Line>,
    title: &str,
    pack_version: &str,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    let blocks = lines.into_iter().map(|l| vec![vec![l]]).collect();
    let footer = footer(lang, title, pack_version);
    render_blocks(blocks, &footer, vec![Measure::new(lang)?])
}

/// Each page's footer: the document's title, the rule pack's version, "page i/n".
fn footer<'a>(
    lang: Lang,
    title: &'a str,
    pack_version: &'a str,
) -> impl Fn(usize, usize) -> String + 'a {
    move |page, pages| {
        tl!(
            lang,
            "pdf-footer",
            title = title,
            version = pack_version,
            page = page,
            pages = pages
        )
    }
}

/// Lines that stay side by side (one cell a column) and on one page; a block of one cell of
/// one line is a line of a single-column document.
type Block = Vec<Vec<Line>>;

/// Lays the blocks out on A4 pages, a block below the other, each cell's lines below one
/// another from the block's top; draws them with `measures` (a line says which), and the footer
/// of each page (page, pages) across the page.
fn render_blocks(
    blocks: Vec<Block>,
    footer: &dyn Fn(usize, usize) -> String,
    measures: Vec<Measure>,
) -> Result<Vec<u8>, String> {
    let height = |cell: &Vec<Line>| cell.iter().map(Line::height).sum::<f32>();
    // Pages: fill from the top margin down to the footer.
    let bottom = HEIGHT - MARGIN - 10.0;
    let mut pages: Vec<Vec<(f32, Line)>> = vec![Vec::new()];
    let mut y = MARGIN;
    for block in blocks {
        let step = block.iter().map(height).fold(0.0, f32::max);
        if y + step > bottom && !pages.last().is_some_and(Vec::is_empty) {
            pages.push(Vec::new());
            y = MARGIN;
        }
        for cell in block {
            let mut cy = y;
            for line in cell {
                cy += line.height();
                if let Some(page) = pages.last_mut() {
                    page.push((cy, line));
                }
            }
        }
        y += step;
    }

    let fonts = crate::fonts::ALL
        .iter()
        .map(|f| Font::new(Arc::new(f.to_vec()).into(), 0))
        .collect::<Option<Vec<_>>>()
        .ok_or("a bundled font cannot be read")?;
    let mut document = Document::new();
    let total = pages.len();
    for (n, page_lines) in pages.into_iter().enumerate() {
        let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or("page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for (y, line) in page_lines {
            match &line.qr {
                Some((matrix, side)) => {
                    let x = line.col.start(line.x, *side);
                    draw_qr(&mut surface, matrix, x, y - side, *side)
                }
                None => draw_line(&mut surface, &measures, &fonts, &line, y),
            }
        }
        let footer = Line {
            x: MARGIN,
            size: 7.5,
            text: footer(n + 1, total),
            gap: 0.0,
            qr: None,
            col: Column::page(measures.first().is_some_and(|m| m.rtl)),
        };
        draw_line(
            &mut surface,
            &measures,
            &fonts,
            &footer,
            HEIGHT - MARGIN / 2.0,
        );
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| format!("PDF: {e:?}"))
}

/// One line of text: its runs in visual order, each in its font and direction, starting at the
/// line's indent — from the right margin in a right-to-left document.
fn draw_line(
    surface: &mut krilla::surface::Surface<'_>,
    measures: &[Measure],
    fonts: &[Font],
    line: &Line,
    y: f32,
) {
    let Some(measure) = measures.get(line.col.measure) else {
        return;
    };
    let runs = measure.visual_runs(&line.text);
    let widths: Vec<f32> = runs
        .iter()
        .map(|r| measure.run_width(r, line.size))
        .collect();
    let mut x = line.col.start(line.x, widths.iter().sum::<f32>());
    for (run, width) in runs.iter().zip(widths) {
        let direction = if run.rtl {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        surface.draw_text(
            Point::from_xy(x, y),
            fonts[run.face].clone(),
            line.size,
            run.text,
            false,
            direction,
        );
        x += width;
    }
}

/// A QR code as filled squares (dark modules only), top-left at (x, y), `side` points wide.
fn draw_qr(surface: &mut krilla::surface::Surface<'_>, m: &QrMatrix, x: f32, y: f32, side: f32) {
    let module = side / m.width as f32;
    let mut path = krilla::geom::PathBuilder::new();
    for row in 0..m.width {
        for col in 0..m.width {
            if m.is_dark(col, row) {
                if let Some(rect) = krilla::geom::Rect::from_xywh(
                    x + col as f32 * module,
                    y + row as f32 * module,
                    module,
                    module,
                ) {
                    path.push_rect(rect);
                }
            }
        }
    }
    if let Some(path) = path.finish() {
        surface.set_fill(Some(krilla::paint::Fill::default()));
        surface.draw_path(&path);
    }
}

/// The answer as an A4 PDF, in `lang`: every line of the answer model, in its order (the
/// screen draws the same lines), the official page's QR code, and the disclaimer.
pub fn answer_pdf(
    answer: &Answer,
    title: &str,
    pack_version: &str,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    let m = Measure::new(lang)?;
    let lines = answer_parts(&m, Column::page(m.rtl), answer, title, 110.0)
        .into_iter()
        .flat_map(|(_, lines)| lines)
        .collect();
    render(lines, title, pack_version, lang)
}

/// The space between the two columns of a bilingual page.
const GUTTER: f32 = 20.0;

/// One answer in two languages side by side, so that the person and the official read the same
/// sheet: `left` in the left column (French, for the préfecture), `right` in the right one, each
/// laid out in its own direction. Both come from the same outcome, so they have the same parts:
/// each part starts on the same height in both columns. The QR code is printed once, on the
/// left; the footer is the left language's.
pub fn bilingual_answer_pdf(
    (left, left_title): (&Answer, &str),
    (right, right_title): (&Answer, &str),
    pack_version: &str,
) -> Result<Vec<u8>, String> {
    let measures = vec![Measure::new(left.lang)?, Measure::new(right.lang)?];
    let width = (WIDTH - 2.0 * MARGIN - GUTTER) / 2.0;
    let columns = [
        Column {
            left: MARGIN,
            right: MARGIN + width,
            rtl: left.lang.rtl(),
            measure: 0,
        },
        Column {
            left: WIDTH - MARGIN - width,
            right: WIDTH - MARGIN,
            rtl: right.lang.rtl(),
            measure: 1,
        },
    ];
    let left_parts = answer_parts(&measures[0], columns[0], left, left_title, 90.0);
    let mut right_parts: Vec<(Part, Vec<Line>)> =
        answer_parts(&measures[1], columns[1], right, right_title, 90.0)
            .into_iter()
            .filter(|(part, _)| !matches!(part, Part::Qr(_)))
            .collect();
    let mut blocks: Vec<Block> = Vec::new();
    for (part, lines) in left_parts {
        let other = match right_parts.iter().position(|(p, _)| *p == part) {
            Some(i) => right_parts.remove(i).1,
            None => Vec::new(),
        };
        blocks.push(vec![lines, other]);
    }
    // A part only the right column has (the same outcome gives the same parts) is still printed.
    blocks.extend(
        right_parts
            .into_iter()
            .map(|(_, lines)| vec![Vec::new(), lines]),
    );
    let footer = footer(left.lang, left_title, pack_version);
    render_blocks(blocks, &footer, measures)
}

/// A part of the answer on paper: the two columns of a bilingual page line up part by part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Title,
    Heading(usize),
    /// Section, line.
    Line(usize, usize),
    Qr(usize),
    Disclaimer,
}

/// The answer's parts laid out in `col`, in reading order: the title, each section's heading and
/// lines, the official page's QR code (`qr` points wide) after the lines that name it, and the
/// disclaimer.
fn answer_parts(
    m: &Measure,
    col: Column,
    answer: &Answer,
    title: &str,
    qr: f32,
) -> Vec<(Part, Vec<Line>)> {
    let x0 = col.left;
    let mut parts = vec![(Part::Title, lines_in(m, col, title, x0, 16.0, 0.0))];
    for (s, section) in answer.sections.iter().enumerate() {
        if let Some(heading) = &section.title {
            parts.push((Part::Heading(s), lines_in(m, col, heading, x0, 13.0, 16.0)));
        }
        for (i, line) in section.lines.iter().enumerate() {
            let (size, gap) = match line.emphasis {
                Emphasis::Headline => (12.5, 6.0),
                Emphasis::Strong | Emphasis::Label => (BODY, 4.0),
                Emphasis::Body => (BODY, 2.0),
                Emphasis::Detail => (SMALL + 0.5, 0.0),
                Emphasis::Fine => (SMALL, 0.0),
            };
            let gap = if i == 0 && section.title.is_none() {
                8.0
            } else {
                gap
            };
            let (text, x) = match &line.mark {
                Mark::Bullet => (format!("• {}", line.text), x0 + 12.0),
                // The bundled fonts have no ballot box: a box drawn with brackets.
                Mark::Checkbox => (format!("[  ] {}", line.text), x0),
                Mark::Info => (format!("ℹ {}", line.text), x0),
                Mark::None | Mark::Link(_) | Mark::OfficialPage(_) => (line.text.clone(), x0),
            };
            parts.push((Part::Line(s, i), lines_in(m, col, &text, x, size, gap)));
        }
        for line in &section.lines {
            if let Mark::OfficialPage(url) = &line.mark {
                if let Some(matrix) = QrMatrix::encode(url) {
                    let code = Line {
                        x: x0,
                        size: BODY,
                        text: String::new(),
                        gap: 8.0,
                        qr: Some((matrix, qr)),
                        col,
                    };
                    parts.push((Part::Qr(s), vec![code]));
                }
            }
        }
    }
    let disclaimer = tl!(answer.lang, "pdf-disclaimer");
    parts.push((
        Part::Disclaimer,
        lines_in(m, col, &disclaimer, x0, SMALL, 10.0),
    ));
    parts
}

/// A procedure's checklist (with what is done) and dates, as an A4 PDF to carry or pin up.
pub fn checklist_pdf(
    person: &str,
    case: &crate::profile::Case,
    dates: &[crate::profile::Dated],
    today: chrono::NaiveDate,
    pack_version: &str,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    let m = Measure::new(lang)?;
    let mut lines = Vec::new();
    let title = format!("{person} — {}", case.title);
    lines.extend(lines_of(&m, &title, MARGIN, 15.0, 0.0));
    let (ready, total) = case.progress();
    lines.extend(lines_of(
        &m,
        &tl!(
            lang,
            "pdf-checklist-progress",
            ready = ready,
            total = total,
            date = crate::i18n::long_date(lang, today)
        ),
        MARGIN,
        BODY,
        8.0,
    ));
    for item in &case.checklist {
        if matches!(
            item.change,
            Some(crate::profile::RuleChange::Removed { .. })
        ) {
            continue;
        }
        let mark = if item.ready() { "[x]" } else { "[  ]" };
        let mut state = Vec::new();
        for (on, what) in [
            (item.have, tl!(lang, "tick-have")),
            (item.copy_made, tl!(lang, "tick-copy")),
            (item.translation_needed, tl!(lang, "tick-translation")),
            (item.sent, tl!(lang, "tick-sent")),
        ] {
            if on {
                state.push(what);
            }
        }
        lines.extend(lines_of(
            &m,
            &format!("{mark} {}", item.label),
            MARGIN,
            BODY,
            4.0,
        ));
        if !state.is_empty() {
            lines.extend(lines_of(
                &m,
                &state.join(" · "),
                MARGIN + 22.0,
                SMALL + 0.5,
                0.0,
            ));
        }
        if !item.note.trim().is_empty() {
            lines.extend(lines_of(
                &m,
                &tl!(lang, "pdf-note", note = item.note.trim()),
                MARGIN + 22.0,
                SMALL + 0.5,
                0.0,
            ));
        }
    }
    if !dates.is_empty() {
        lines.extend(lines_of(&m, &tl!(lang, "dates-title"), MARGIN, 13.0, 16.0));
        for d in dates {
            lines.extend(lines_of(
                &m,
                &format!("{} — {}", short_date(lang, d.date), d.label),
                MARGIN,
                BODY,
                2.0,
            ));
        }
    }
    render(lines, &title, pack_version, lang)
}

/// Prints a PDF on the default printer (`lp` on Linux and macOS, the default PDF program on
/// Windows, see [`crate::system::print_pdf`]). The file goes to the system's temporary directory:
/// removed once `lp` has read it; on Windows, where the PDF program reads it later, kept until a
/// later print finds it more than [`PRINT_KEPT`] old.
pub fn print(bytes: &[u8], lang: Lang) -> Result<String, String> {
    use crate::system::{print_pdf, PrintError, Printing};
    let dir = std::env::temp_dir();
    // Only Windows leaves printed PDFs behind (below).
    if cfg!(windows) {
        remove_old_prints(&dir, PRINT_KEPT);
    }
    let path = dir.join(format!(
        "{PRINT_PREFIX}{}-{}.pdf",
        std::process::id(),
        chrono::Local::now().format("%H%M%S%3f")
    ));
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let printed = print_pdf(&path);
    if !matches!(printed, Ok(Printing::Handed | Printing::Opened)) {
        let _ = std::fs::remove_file(&path);
    }
    match printed {
        Ok(Printing::Queued(job)) => Ok(tl!(lang, "print-sent", job = job)),
        Ok(Printing::Handed) => Ok(tl!(lang, "print-handed")),
        Ok(Printing::Opened) => Ok(tl!(lang, "print-opened")),
        Err(PrintError::Failed(error)) => Err(tl!(lang, "print-failed", error = error)),
        Err(PrintError::Unavailable) => Err(tl!(lang, "print-unavailable")),
    }
}

/// Removes every printed PDF still waiting in the temporary directory, whatever its age, without
/// waiting (a kiosk's erasing: the next person does not find the last one's answer there). Only
/// Windows leaves them behind ([`print`]); elsewhere there is nothing to do.
pub fn forget_prints() {
    if cfg!(windows) {
        std::thread::spawn(|| remove_old_prints(&std::env::temp_dir(), std::time::Duration::ZERO));
    }
}

/// How long a PDF handed to Windows' PDF program stays in the temporary directory.
pub const PRINT_KEPT: std::time::Duration = std::time::Duration::from_secs(600);
const PRINT_PREFIX: &str = "passerelle-print-";

/// Removes the PDFs earlier prints left in `dir` that are older than `age` (a person's answer
/// does not stay on a shared computer longer than its printing needs); the number removed.
pub fn remove_old_prints(dir: &std::path::Path, age: std::time::Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with(PRINT_PREFIX) && name.ends_with(".pdf")
        })
        .filter(|e| {
            e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|elapsed| elapsed >= age)
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}
