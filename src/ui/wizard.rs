//! The wizard screen: one question at a time, then the answer. It maps messages to the core
//! `Wizard` and draws; every decision comes from the resolver.

use chrono::NaiveDate;
use iced::widget::{button, column, container, image, scrollable, space, text, text_input};
use iced::{Element, Fill};

use crate::deadlines::WindowStatus;
use crate::facts::{parse_date, FactName};
use crate::i18n::{short_date, tr};
use crate::labels;
use crate::t;
use crate::{hrow, stack};

use super::dir;

use crate::pack::official::official_host;
use crate::pack::RulePack;
use crate::places::Places;
use crate::qr::QrMatrix;
use crate::resolver::{Outcome, Question, Role};
use crate::wizard::{search_departements, Step, Wizard};

/// Ids of the two text fields, used to draw them and to give them the keyboard focus.
const SEARCH_INPUT: &str = "departement-search";
const DATE_INPUT: &str = "date-input";

/// How many départements and communes are listed under the search field.
const MAX_MATCHES: usize = 8;

/// The communes, read on the first search rather than at start-up.
#[derive(Debug, Clone)]
enum PlacesState {
    NotRead,
    Reading,
    Ready(&'static Places),
    Failed(String),
}

/// One choice offered for a question: what choosing it sends, its label and its hint.
#[derive(Debug, Clone)]
struct Choice {
    message: Message,
    label: String,
    hint: String,
}

/// Reads the communes on a thread of their own, so that the window keeps answering meanwhile.
pub async fn read_places() -> Result<&'static Places, String> {
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(Places::shared().map_err(|e| e.to_string()));
    });
    receiver
        .await
        .unwrap_or_else(|_| Err("the communes could not be read".to_string()))
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A choice was made for the current question (its value).
    Choose(String),
    /// A commune was chosen (its INSEE code) for the first question.
    ChooseCommune(String),
    Search(String),
    /// The communes were read (`read_places`).
    PlacesLoaded(Result<&'static Places, String>),
    DateInput(String),
    SubmitDate,
    Back,
    StartOver,
    /// Go back to the n-th answer (0-based) to change it.
    BackTo(usize),
    /// Keyboard: move the highlighted choice.
    MoveSelection(i32),
    /// Keyboard: pick the n-th choice (0-based).
    Pick(usize),
    /// Keyboard: Enter.
    Confirm,
    OpenLink(String),
    /// Keep this case in one of the person's files.
    SaveToFiles,
    PdfPath(String),
    /// Ask the application for a file dialog.
    PickPdf,
    PdfPicked(Option<std::path::PathBuf>),
    SavePdf,
    PrintPdf,
}

/// What the screen asks of the application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    OpenLink(String),
    SaveCase,
    /// Open a save dialog for the answer's PDF.
    PickPdf,
    /// Read the communes (off the window's thread) and send `Message::PlacesLoaded`.
    ReadPlaces,
}

pub struct Screen {
    wizard: Wizard,
    /// The resolver's answer for the current facts, refreshed after each change.
    step: Step,
    search: String,
    places: PlacesState,
    /// The communes matching `search`, found once per keystroke rather than once per frame.
    commune_matches: Vec<Choice>,
    date_input: String,
    date_error: Option<String>,
    selected: usize,
    /// Where to write the answer's PDF, and what happened last time.
    pdf_path: String,
    pdf_status: Option<(String, bool)>,
}

impl Screen {
    pub fn new(pack: &RulePack, today: NaiveDate) -> Screen {
        let wizard = Wizard::new(today);
        Screen {
            step: wizard.step(pack),
            wizard,
            search: String::new(),
            places: PlacesState::NotRead,
            commune_matches: Vec::new(),
            date_input: String::new(),
            date_error: None,
            selected: 0,
            pdf_path: String::new(),
            pdf_status: None,
        }
    }

    pub fn wizard(&self) -> &Wizard {
        &self.wizard
    }

    /// The answer on screen, if the wizard has reached one.
    pub fn outcome(&self) -> Option<&Outcome> {
        match &self.step {
            Step::Answer { outcome, .. } => Some(outcome),
            _ => None,
        }
    }

    /// Writes or prints the answer's PDF; returns what to tell the person (and whether it failed).
    fn answer_pdf(&self, pack: &RulePack, print: bool) -> (String, bool) {
        let Some(outcome) = self.outcome() else {
            return (tr("pdf-no-answer"), true);
        };
        let pdf = match crate::pdf::answer_pdf(outcome, &self.case_title(pack), &pack.meta.version)
        {
            Ok(pdf) => pdf,
            Err(e) => return (e, true),
        };
        if print {
            return match crate::pdf::print(&pdf) {
                Ok(m) => (m, false),
                Err(e) => (e, true),
            };
        }
        if self.pdf_path.trim().is_empty() {
            return (tr("write-path"), true);
        }
        let mut path = std::path::PathBuf::from(self.pdf_path.trim());
        path.set_extension("pdf");
        match crate::store::write_atomic(&path, &pdf) {
            Ok(()) => (t!("pdf-saved", path = path.display().to_string()), false),
            Err(e) => (format!("{}: {e}", path.display()), true),
        }
    }

    /// A title for the case on screen: what and where, in the person's words.
    pub fn case_title(&self, pack: &RulePack) -> String {
        let facts = self.wizard.facts();
        let what = facts
            .request
            .map(|r| labels::choice(FactName::Request, r.as_str()).0.to_string())
            .unwrap_or_default();
        let place = match (&facts.commune, &facts.departement) {
            (Some(c), _) => answer_label(pack, FactName::Commune, c),
            (None, Some(d)) => answer_label(pack, FactName::Departement, d),
            (None, None) => String::new(),
        };
        format!("{what} — {place}")
    }

    /// The text field a person types into on the current step, so that it can take the
    /// keyboard focus without a click.
    pub fn input_id(&self) -> Option<&'static str> {
        match self.current_question()?.fact {
            FactName::Departement => Some(SEARCH_INPUT),
            fact if fact.is_date() => Some(DATE_INPUT),
            _ => None,
        }
    }

    /// The choices offered for a question, in display order.
    fn choices(&self, pack: &RulePack, question: &Question) -> Vec<Choice> {
        let value = |value: &str, label: String, hint: String| Choice {
            message: Message::Choose(value.to_string()),
            label,
            hint,
        };
        match question.fact {
            // Départements first (« 93 », « seine st denis »), then communes (« montreuil »,
            // « 93100 »).
            FactName::Departement => search_departements(pack, &self.search)
                .into_iter()
                .take(MAX_MATCHES)
                .map(|d| value(&d.code, format!("{} ({})", d.name, d.code), String::new()))
                .chain(self.commune_matches.iter().cloned())
                .take(MAX_MATCHES)
                .collect(),
            FactName::SousPrefecture => {
                let code = self.wizard.facts().departement.clone().unwrap_or_default();
                pack.departements
                    .iter()
                    .find(|d| d.code == code)
                    .map(|d| {
                        d.sous_prefectures
                            .iter()
                            .map(|s| value(&s.id, s.name.clone(), String::new()))
                            .collect()
                    })
                    .unwrap_or_default()
            }
            fact if fact.is_date() => Vec::new(),
            fact => question
                .choices
                .iter()
                .map(|v| {
                    let (label, hint) = labels::choice(fact, v);
                    value(v, label, hint)
                })
                .collect(),
        }
    }

    /// The communes matching the search, as choices: « Montreuil (93) », its postcodes and
    /// département, and the former commune whose name matched.
    fn find_communes(&mut self, pack: &RulePack) {
        self.commune_matches.clear();
        let PlacesState::Ready(places) = self.places else {
            return;
        };
        for found in places.search(&self.search, MAX_MATCHES) {
            let c = found.commune;
            let departement = pack
                .departements
                .iter()
                .find(|d| d.code == c.departement)
                .map_or(c.departement, |d| d.name.as_str());
            let mut postcodes: Vec<&str> = c.postcodes().take(3).collect();
            if c.postcodes().nth(3).is_some() {
                postcodes.push("…");
            }
            let mut hint = format!("{} · {departement}", postcodes.join(", "));
            if let Some(via) = found.via {
                hint = format!("{hint} · {}", t!("commune-via", name = via.name));
            }
            self.commune_matches.push(Choice {
                message: Message::ChooseCommune(c.code.to_string()),
                label: format!("{} ({})", c.name, c.departement),
                hint,
            });
        }
    }

    /// The question being asked, if any (a pending date on the answer screen counts).
    fn current_question(&self) -> Option<Question> {
        match &self.step {
            Step::Ask(q) => Some(q.clone()),
            Step::Answer { pending, .. } => pending.clone(),
            Step::Refused(_) => None,
        }
    }

    /// After the facts changed: new step, fresh inputs.
    /// After a change of language: the same step, its texts from the translated pack.
    pub fn relocalize(&mut self, pack: &RulePack) {
        self.step = self.wizard.step(pack);
    }

    fn changed(&mut self, pack: &RulePack) {
        self.step = self.wizard.step(pack);
        self.reset_inputs();
    }

    fn reset_inputs(&mut self) {
        self.pdf_status = None;
        self.search.clear();
        self.commune_matches.clear();
        self.date_input.clear();
        self.date_error = None;
        self.selected = 0;
    }

    pub fn update(&mut self, pack: &RulePack, message: Message) -> Option<Event> {
        match message {
            Message::Choose(value) => {
                if let Some(q) = self.current_question() {
                    if self.wizard.answer(q.fact, &value).is_ok() {
                        self.changed(pack);
                    }
                }
            }
            Message::ChooseCommune(code) => {
                if let PlacesState::Ready(places) = self.places {
                    match self.wizard.answer_commune(&code, places, pack) {
                        Ok(()) => self.changed(pack),
                        Err(e) => self.places = PlacesState::Failed(e),
                    }
                }
            }
            Message::Search(query) => {
                self.search = query;
                self.selected = 0;
                if matches!(self.places, PlacesState::NotRead) && !self.search.trim().is_empty() {
                    if Places::shared_is_loaded() {
                        self.places = Places::shared().map_or_else(
                            |e| PlacesState::Failed(e.to_string()),
                            PlacesState::Ready,
                        );
                    } else {
                        self.places = PlacesState::Reading;
                        return Some(Event::ReadPlaces);
                    }
                }
                self.find_communes(pack);
            }
            Message::PlacesLoaded(result) => {
                self.places = result.map_or_else(PlacesState::Failed, PlacesState::Ready);
                self.find_communes(pack);
            }
            Message::DateInput(value) => {
                self.date_input = value;
                self.date_error = None;
            }
            Message::SubmitDate => {
                if let Some(q) = self.current_question().filter(|q| q.fact.is_date()) {
                    let value = self.date_input.trim().to_string();
                    if parse_date(&value).is_none() {
                        self.date_error = Some(t!("not-a-date", value = value));
                    } else {
                        match self.wizard.answer(q.fact, &value) {
                            Ok(()) => self.changed(pack),
                            Err(e) => self.date_error = Some(e.to_string()),
                        }
                    }
                }
            }
            Message::Back => {
                self.wizard.back();
                self.changed(pack);
            }
            Message::BackTo(n) => {
                self.wizard.back_to(n);
                self.changed(pack);
            }
            Message::StartOver => {
                self.wizard.start_over();
                self.changed(pack);
            }
            Message::MoveSelection(delta) => {
                if let Some(q) = self.current_question() {
                    let n = self.choices(pack, &q).len();
                    if n > 0 {
                        self.selected =
                            (self.selected as i64 + delta as i64).rem_euclid(n as i64) as usize;
                    }
                }
            }
            Message::Pick(index) => {
                if let Some(q) = self.current_question() {
                    if let Some(choice) = self.choices(pack, &q).into_iter().nth(index) {
                        return self.update(pack, choice.message);
                    }
                }
            }
            Message::Confirm => {
                if let Some(q) = self.current_question() {
                    if q.fact.is_date() {
                        return self.update(pack, Message::SubmitDate);
                    }
                    return self.update(pack, Message::Pick(self.selected));
                }
            }
            Message::OpenLink(url) => return Some(Event::OpenLink(url)),
            Message::SaveToFiles => return Some(Event::SaveCase),
            Message::PdfPath(p) => self.pdf_path = p,
            Message::PickPdf => return Some(Event::PickPdf),
            Message::PdfPicked(Some(p)) => self.pdf_path = p.display().to_string(),
            Message::PdfPicked(None) => self.pdf_status = Some((tr("no-file-chosen"), true)),
            Message::SavePdf | Message::PrintPdf => {
                let print = matches!(message, Message::PrintPdf);
                self.pdf_status = Some(self.answer_pdf(pack, print));
            }
        }
        None
    }

    /// `keep`: the label of the action that keeps the answer (in the person's files, or taken away
    /// from a kiosk), or `None` when it cannot be kept.
    pub fn view<'a>(&'a self, pack: &'a RulePack, keep: Option<String>) -> Element<'a, Message> {
        let navigation = hrow![
            button(text(t!("back", arrow = dir::back_arrow())))
                .on_press_maybe((self.wizard.answered() > 0).then_some(Message::Back))
                .style(button::secondary)
                .padding(10),
            button(text(tr("start-over")))
                .on_press(Message::StartOver)
                .style(button::secondary)
                .padding(10),
            space::horizontal(),
            text(match self.step {
                Step::Ask(_) => t!("progress-question", number = self.wizard.answered() + 1),
                _ => t!("progress-answer", count = self.wizard.answered()),
            })
            .size(16),
        ]
        .spacing(12)
        .center_y();
        let answers = self.wizard.answers();
        let progress: Element<'a, Message> = if answers.is_empty() {
            text(tr("progress-intro")).size(16).into()
        } else {
            let mut trail = hrow![text(tr("progress-trail")).size(16)]
                .spacing(6)
                .center_y();
            for (i, (fact, value)) in answers.iter().enumerate() {
                trail = trail.push(
                    button(text(answer_label(pack, *fact, value)).size(16))
                        .style(button::secondary)
                        .padding([2, 8])
                        .on_press(Message::BackTo(i)),
                );
            }
            trail.wrap(6.0).into()
        };
        let navigation = stack![navigation, progress].spacing(8);

        let body: Element<'a, Message> = match &self.step {
            Step::Ask(q) => self.question_view(pack, q),
            Step::Answer { outcome, pending } => {
                let mut col = stack![].spacing(16);
                if let Some(q) = pending {
                    col = col.push(self.question_view(pack, q));
                }
                col = col.push(self.pdf_row());
                if let Some(label) = keep {
                    col = col.push(
                        button(text(label).size(20))
                            .style(button::secondary)
                            .padding(10)
                            .on_press(Message::SaveToFiles),
                    );
                }
                col.push(answer_view(outcome)).into()
            }
            Step::Refused(message) => stack![
                text(tr("refused-title")).size(26),
                text(message.as_str()).size(18),
            ]
            .spacing(12)
            .into(),
        };

        container(scrollable(stack![navigation, body].spacing(24).padding(24)))
            .width(Fill)
            .height(Fill)
            .into()
    }

    /// Save or print the answer as a PDF.
    fn pdf_row(&self) -> Element<'_, Message> {
        let mut col = stack![hrow![
            text_input(&tr("pdf-answer-path"), &self.pdf_path)
                .on_input(Message::PdfPath)
                .size(16)
                .padding(8),
            button(text(tr("choose")).size(16))
                .style(button::secondary)
                .on_press(Message::PickPdf)
                .padding(8),
            button(text(tr("save-pdf")).size(16))
                .on_press(Message::SavePdf)
                .padding(8),
            button(text(tr("print")).size(16))
                .on_press(Message::PrintPdf)
                .padding(8),
        ]
        .spacing(8)
        .center_y()]
        .spacing(4);
        if let Some((status, error)) = &self.pdf_status {
            col = col.push(text(status.as_str()).size(16).style(if *error {
                text::danger
            } else {
                text::success
            }));
        }
        col.into()
    }

    fn question_view<'a>(&'a self, pack: &'a RulePack, q: &Question) -> Element<'a, Message> {
        let mut col = stack![
            text(labels::question(q.fact)).size(30),
            text(labels::question_hint(q.fact)).size(18),
        ]
        .spacing(12);
        if q.fact == FactName::Departement {
            col = col.push(
                text_input(&tr("departement-placeholder"), &self.search)
                    .id(SEARCH_INPUT)
                    .on_input(Message::Search)
                    .on_submit(Message::Confirm)
                    .size(22)
                    .padding(12),
            );
            match &self.places {
                PlacesState::Reading => col = col.push(text(tr("communes-reading")).size(16)),
                PlacesState::Failed(error) => {
                    col = col.push(
                        text(t!("communes-failed", error = error.as_str()))
                            .size(16)
                            .style(text::danger),
                    )
                }
                PlacesState::NotRead | PlacesState::Ready(_) => {}
            }
        }
        if q.fact.is_date() {
            col = col.push(
                hrow![
                    text_input(&tr("date-placeholder"), &self.date_input)
                        .id(DATE_INPUT)
                        .on_input(Message::DateInput)
                        .on_submit(Message::SubmitDate)
                        .size(22)
                        .padding(12),
                    button(text(tr("submit")).size(20))
                        .on_press(Message::SubmitDate)
                        .padding(12),
                ]
                .spacing(12),
            );
            if let Some(error) = &self.date_error {
                col = col.push(text(error.clone()).size(18).style(text::danger));
            }
        }
        for (
            i,
            Choice {
                message,
                label,
                hint,
            },
        ) in self.choices(pack, q).into_iter().enumerate()
        {
            let selected = i == self.selected;
            let number = if i < 9 {
                format!("{}. ", i + 1)
            } else {
                String::new()
            };
            let mut content = stack![text(format!("{number}{label}")).size(22)];
            if !hint.is_empty() {
                content = content.push(text(hint).size(16));
            }
            col = col.push(
                button(content)
                    .width(Fill)
                    .padding(12)
                    .style(if selected {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .on_press(message),
            );
        }
        col.into()
    }
}

/// How an answer given reads in the trail of answers.
fn answer_label(pack: &RulePack, fact: FactName, value: &str) -> String {
    match fact {
        FactName::Departement => pack
            .departements
            .iter()
            .find(|d| d.code == value)
            .map_or(value.to_string(), |d| format!("{} ({})", d.name, d.code)),
        FactName::SousPrefecture => pack
            .departements
            .iter()
            .flat_map(|d| &d.sous_prefectures)
            .find(|s| s.id == value)
            .map_or(value.to_string(), |s| s.name.clone()),
        // Only read when a commune was chosen, so the communes are in memory already.
        FactName::Commune => Places::shared_is_loaded()
            .then(Places::shared)
            .and_then(Result::ok)
            .and_then(|p| p.commune(value))
            .map_or(value.to_string(), |c| {
                format!("{} ({})", c.name, c.departement)
            }),
        f if f.is_date() => parse_date(value).map_or(value.to_string(), |d| {
            t!(
                "trail-date",
                label = labels::date_short(f),
                date = short_date(d)
            )
        }),
        f => labels::choice(f, value).0.to_string(),
    }
}

/// Pixels per QR module: the code stays readable by a phone held at a kiosk screen.
const QR_MODULE: usize = 5;

/// A QR code as one image with sharp module edges (no `canvas`: it renders wrongly under the
/// software renderer; separate rectangles showed anti-aliased seams between rows).
fn qr_view<'a>(url: &str) -> Option<Element<'a, Message>> {
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
        stack![
            image(handle)
                .width(side as f32)
                .height(side as f32)
                .filter_method(image::FilterMethod::Nearest),
            text(tr("qr-scan")).size(14)
        ]
        .spacing(6)
        .into(),
    )
}

/// The domain of a link, next to it, so that a person can check where it goes. The pack only
/// holds links on official domains (`pack::official`); anything else is never offered.
fn domain_line<'a>(url: &str) -> Element<'a, Message> {
    match official_host(url) {
        Ok(host) => text(t!("official-site", host = host))
            .size(14)
            .style(text::success)
            .into(),
        Err(_) => text(tr("link-unverified"))
            .size(14)
            .style(text::danger)
            .into(),
    }
}

fn section<'a>(title: String, items: Vec<Element<'a, Message>>) -> Element<'a, Message> {
    let mut col = stack![text(title).size(24)].spacing(8);
    for item in items {
        col = col.push(item);
    }
    container(col)
        .padding(16)
        .width(Fill)
        .style(container::bordered_box)
        .into()
}

fn answer_view(outcome: &Outcome) -> Element<'_, Message> {
    let mut col = stack![
        text(labels::channel(outcome.channel)).size(20),
        text(outcome.summary.as_str()).size(28),
        text(t!("answer-office", office = outcome.departement.office())).size(18),
    ]
    .spacing(16);

    if let Some(url) = &outcome.target.url {
        let link = stack![
            button(text(tr("open-official-page")).size(24))
                .padding(16)
                .style(button::primary)
                .on_press(Message::OpenLink(url.clone())),
            text(url.as_str()).size(16),
            domain_line(url),
        ]
        .spacing(8)
        .width(Fill);
        let mut line = hrow![link].spacing(24);
        if let Some(qr) = qr_view(url) {
            line = line.push(qr);
        }
        col = col.push(line);
    }
    if !outcome.target.address.is_empty() {
        let mut address = stack![text(tr("postal-address")).size(20)];
        for line in &outcome.target.address {
            address = address.push(text(line.as_str()).size(22));
        }
        col = col.push(
            container(address)
                .padding(12)
                .style(container::bordered_box),
        );
    }
    if let (Some(place), Some(hours)) = (&outcome.target.place, &outcome.target.hours) {
        col = col.push(text(format!("{place} — {hours}")).size(20));
    }
    let instructions: Vec<Element<'_, Message>> = outcome
        .target
        .instructions
        .iter()
        .map(|i| text(format!("• {i}")).size(18).into())
        .collect();
    if !instructions.is_empty() {
        col = col.push(column(instructions).spacing(4));
    }

    if let Some(w) = &outcome.filing_window {
        let style: fn(&iced::Theme) -> text::Style = match (w.filed_in_window, w.status) {
            (Some(true), _) => text::success,
            (Some(false), _) => text::danger,
            (None, WindowStatus::NotYetOpen { .. } | WindowStatus::ClosingSoon { .. }) => {
                text::warning
            }
            (None, WindowStatus::Open { .. }) => text::success,
            (None, WindowStatus::Passed { .. }) => text::danger,
        };
        let status = labels::filing_status(w);
        let mut items: Vec<Element<'_, Message>> = vec![
            text(w.label.as_str()).size(18).into(),
            text(t!(
                "window-dates",
                opens = short_date(w.opens),
                closes = short_date(w.closes)
            ))
            .size(22)
            .into(),
            text(status).size(22).style(style).into(),
        ];
        if w.is_late() {
            items.extend(w.late.iter().map(|l| text(l.as_str()).size(18).into()));
        }
        col = col.push(section(tr("section-when"), items));
    }
    if let Some(r) = &outcome.implicit_rejection {
        let mut items: Vec<Element<'_, Message>> = vec![
            text(r.label.as_str()).size(18).into(),
            text(t!("rejection-date", date = short_date(r.on)))
                .size(22)
                .style(if r.passed { text::danger } else { text::base })
                .into(),
        ];
        if r.passed {
            items.extend(r.then_what.iter().map(|t| text(t.as_str()).size(18).into()));
        }
        col = col.push(section(tr("section-no-answer"), items));
    }
    for n in &outcome.notices {
        col = col.push(
            text(t!(
                "notice",
                label = n.label.as_str(),
                text = n.text.as_str()
            ))
            .size(18),
        );
    }
    if let Some(p) = &outcome.provisional {
        col = col.push(section(
            tr("section-provisional"),
            [
                text(labels::provisional(p.document)).size(22).into(),
                text(p.summary.as_str()).size(18).into(),
            ]
            .into_iter()
            .chain(
                labels::rights(&p.rights)
                    .into_iter()
                    .map(|r| text(r).size(18).into()),
            )
            .collect(),
        ));
    }
    if !outcome.documents.is_empty() {
        let items = outcome
            .documents
            .iter()
            .map(|d| {
                let mut c = stack![text(format!("☐ {}", d.label)).size(20)];
                if let Some(details) = &d.details {
                    c = c.push(text(details.as_str()).size(16));
                }
                c.into()
            })
            .collect();
        col = col.push(section(tr("section-documents"), items));
    }
    if !outcome.escalation.is_empty() {
        let items = outcome
            .escalation
            .iter()
            .map(|e| {
                let mut c = stack![text(e.label.as_str()).size(20)].spacing(4);
                for d in &e.details {
                    c = c.push(text(format!("• {d}")).size(16));
                }
                for contact in &e.contacts {
                    let hours = contact
                        .hours
                        .as_deref()
                        .map(|h| format!(" ({h})"))
                        .unwrap_or_default();
                    c = c.push(text(format!("{}{hours}", contact.value)).size(18));
                }
                for d in labels::disagreements(e) {
                    c = c.push(text(d).size(16).style(text::warning));
                }
                if let Some(url) = &e.url {
                    c = c.push(
                        hrow![
                            button(text(url.as_str()).size(16))
                                .style(button::text)
                                .on_press(Message::OpenLink(url.clone())),
                            domain_line(url),
                        ]
                        .spacing(8)
                        .center_y(),
                    );
                }
                c.into()
            })
            .collect();
        col = col.push(section(tr("section-blocked"), items));
    }
    for note in &outcome.notes {
        col = col.push(text(format!("ℹ {}", note.text)).size(18));
    }
    if !outcome.doubts.is_empty() {
        let items = outcome
            .doubts
            .iter()
            .map(|d| text(d.as_str()).size(16).style(text::warning).into())
            .collect();
        col = col.push(section(tr("section-doubts"), items));
    }
    let why = outcome
        .explanation
        .iter()
        .filter(|f| f.role != Role::Superseded)
        .map(|f| {
            let mut c = stack![text(f.rule.title.as_str()).size(18)].spacing(2);
            for s in &f.rule.sources {
                let stated = s.source.stated.map_or(tr("undated"), short_date);
                c = c.push(
                    text(t!(
                        "why-source",
                        quote = s.quote.as_str(),
                        title = s.source.title.as_str(),
                        stated = stated,
                        checked = short_date(s.source.checked)
                    ))
                    .size(14),
                );
            }
            c.into()
        })
        .collect();
    col = col.push(section(tr("section-why"), why));
    col.into()
}
