//! The wizard screen: one question at a time, then the answer. It maps messages to the core
//! `Wizard` and draws; every decision comes from the resolver.

use chrono::NaiveDate;
use iced::widget::{button, container, scrollable, space, text, text_input};
use iced::{Element, Fill, Task};

use crate::facts::{parse_date, FactName};
use crate::i18n::{short_date, Lang};
use crate::labels;
use crate::tl;
use crate::{hrow, stack};

use super::dir;
use super::widget::{
    off_thread, status_line, write_file, Dialog, PathInput, PathMessage, Report, Status,
};

use crate::answer::Answer;
use crate::facts::MotiveFamily;
use crate::pack::RulePack;
use crate::places::Places;
use crate::resolver::{Outcome, Question};
use crate::speech::{self, Utterance};
use crate::wizard::{search_departements, MotiveStep, Step, Wizard};

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

#[derive(Debug, Clone)]
pub enum Message {
    /// A choice was made for the current question (its value).
    Choose(String),
    /// The motive's family was chosen (its id): the motives in it are shown next.
    ChooseFamily(String),
    /// A commune was chosen (its INSEE code) for the first question.
    ChooseCommune(String),
    Search(String),
    /// The communes were read (on a thread of their own: the window keeps answering).
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
    /// A hard word of the answer chosen (its index in `Answer::glossary`): explained, or hidden.
    Explain(usize),
    /// Keep this case in one of the person's files.
    SaveToFiles,
    PdfPath(PathMessage),
    SavePdf,
    PrintPdf,
    /// French and the person's language side by side.
    SaveBilingualPdf,
    /// The answer's PDF was written or printed, or not.
    PdfDone(Report),
}

/// Which PDF of the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PdfKind {
    Save,
    Print,
    /// French and the person's language side by side (saved).
    Bilingual,
}

/// What the screen asks of the application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    OpenLink(String),
    SaveCase,
    /// A hard word's explanation was opened: said aloud when the person has speech on.
    Explained(Utterance),
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
    /// The language the screen writes in.
    lang: Lang,
    /// The answer as a person reads it, built when the step or the language changes.
    answer: Option<Answer>,
    /// The answer as a voice says it, section by section, built with it (« Lire à voix haute »
    /// compares the screen's speech after every message).
    answer_speech: Vec<Utterance>,
    /// Where to write the answer's PDF, and what happened last time.
    pdf_path: PathInput,
    pdf_status: Option<Status>,
    /// The hard word whose explanation is shown.
    explained: Option<usize>,
}

impl Screen {
    pub fn new(pack: &RulePack, today: NaiveDate, lang: Lang) -> Screen {
        let wizard = Wizard::new(today);
        let step = wizard.step(pack);
        let answer = answer_of(&step, lang);
        Screen {
            answer_speech: speech_of(answer.as_ref()),
            answer,
            lang,
            step,
            wizard,
            search: String::new(),
            places: PlacesState::NotRead,
            commune_matches: Vec::new(),
            date_input: String::new(),
            date_error: None,
            selected: 0,
            pdf_path: PathInput::default(),
            pdf_status: None,
            explained: None,
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

    /// Writes or prints the answer's PDF, off the window's thread (an eight-page answer takes a
    /// moment to lay out).
    fn answer_pdf(&self, pack: &RulePack, kind: PdfKind) -> Task<Message> {
        let lang = self.lang;
        let failed = |text: String| Task::done(Message::PdfDone(Err(text)));
        let Some(answer) = self.answer.clone() else {
            return failed(tl!(lang, "pdf-no-answer"));
        };
        let (title, version) = (self.case_title(pack), pack.meta.version.clone());
        // The bilingual page: the same facts on the authoritative French rules, on the left.
        let french = match (kind, self.wizard.step(pack.french())) {
            (PdfKind::Bilingual, Step::Answer { outcome, .. }) => {
                let fr = Lang::Fr;
                let title = self.title_in(pack.french(), fr);
                Some((Answer::build(&outcome, fr), title))
            }
            (PdfKind::Bilingual, _) => return failed(tl!(lang, "pdf-no-answer")),
            _ => None,
        };
        let pdf = move || match &french {
            Some((fr, fr_title)) => {
                crate::pdf::bilingual_answer_pdf((fr, fr_title), (&answer, &title), &version)
            }
            None => crate::pdf::answer_pdf(&answer, &title, &version, lang),
        };
        if kind == PdfKind::Print {
            let work = move || pdf().and_then(|bytes| crate::pdf::print(&bytes, lang));
            return off_thread(work).map(Message::PdfDone);
        }
        let Some(mut path) = self.pdf_path.target() else {
            return failed(tl!(lang, "write-path"));
        };
        path.set_extension("pdf");
        let saved = tl!(lang, "pdf-saved", path = path.display().to_string());
        let work = move || {
            pdf()
                .and_then(|bytes| write_file(&path, &bytes))
                .map(|()| saved)
        };
        off_thread(work).map(Message::PdfDone)
    }

    pub fn case_title(&self, pack: &RulePack) -> String {
        self.title_in(pack, self.lang)
    }

    /// « Renouveler mon titre — Calvados (14) » in `lang`.
    fn title_in(&self, pack: &RulePack, lang: Lang) -> String {
        let facts = self.wizard.facts();
        let what = facts
            .request
            .map(|r| {
                labels::choice(lang, FactName::Request, r.as_str())
                    .0
                    .to_string()
            })
            .unwrap_or_default();
        let place = match (&facts.commune, &facts.departement) {
            (Some(c), _) => answer_label(pack, lang, FactName::Commune, c),
            (None, Some(d)) => answer_label(pack, lang, FactName::Departement, d),
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

    /// The line under a question: the question's own, or on the motive's first step, the
    /// families'.
    fn hint(&self, q: &Question) -> String {
        match q.fact {
            FactName::Category if matches!(self.wizard.motive_step(q), MotiveStep::Families(_)) => {
                tl!(self.lang, "motive-family-hint")
            }
            fact => labels::question_hint(self.lang, fact),
        }
    }

    /// What the screen says when it appears (« Lire à voix haute »): an error first if one is
    /// shown, then the question, its hint and its numbered choices; the answer section by
    /// section; or why there is no answer. A pure function of the screen's state.
    pub fn speech(&self, pack: &RulePack) -> Vec<Utterance> {
        let lang = self.lang;
        match &self.step {
            Step::Ask(q) => {
                let choices: Vec<String> =
                    self.choices(pack, q).into_iter().map(|c| c.label).collect();
                let mut said = self.error_speech();
                said.extend(speech::question(
                    lang,
                    &labels::question(lang, q.fact),
                    &self.hint(q),
                    &choices,
                ));
                said
            }
            // The answer, after the date it still asks (on the same screen), if any.
            Step::Answer { pending, .. } => {
                let mut said = self.error_speech();
                if let Some(q) = pending {
                    let title = labels::question(lang, q.fact);
                    said.extend(speech::question(lang, &title, &self.hint(q), &[]));
                }
                said.extend(self.answer_speech.iter().cloned());
                said
            }
            Step::Refused(why) => vec![Utterance::new(lang, &why.localized(lang))],
        }
    }

    /// An error on the screen (a date that is not one), said before the rest.
    fn error_speech(&self) -> Vec<Utterance> {
        self.date_error
            .iter()
            .map(|e| Utterance::new(self.lang, e))
            .collect()
    }

    /// The highlighted choice, as said when the highlight moves (↑/↓, a digit, the mouse).
    pub fn speech_highlighted(&self, pack: &RulePack) -> Option<Utterance> {
        let Step::Ask(q) = &self.step else {
            return None;
        };
        let choice = self.choices(pack, q).into_iter().nth(self.selected)?;
        Some(speech::choice(self.lang, self.selected, &choice.label))
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
                .map(|d| value(&d.code, named(&d.name, &d.code), String::new()))
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
            // The motive in two steps: the families, then the motives of the one chosen.
            FactName::Category => match self.wizard.motive_step(question) {
                MotiveStep::Families(families) => families
                    .into_iter()
                    .map(|f| {
                        let key = format!("family-{f}");
                        Choice {
                            message: Message::ChooseFamily(f.as_str().to_string()),
                            label: tl!(self.lang, &key),
                            hint: tl!(self.lang, &format!("{key}.hint")),
                        }
                    })
                    .collect(),
                MotiveStep::Motives(motives) => motives
                    .iter()
                    .map(|v| {
                        let (label, hint) = labels::choice(self.lang, FactName::Category, v);
                        value(v, label, hint)
                    })
                    .collect(),
            },
            fact => question
                .choices
                .iter()
                .map(|v| {
                    let (label, hint) = labels::choice(self.lang, fact, v);
                    value(v, label, hint)
                })
                .collect(),
        }
    }

    /// The communes matching the search, as choices: « Montreuil (93) », its postcodes and
    /// département, and the former commune whose name matched.
    fn find_communes(&mut self, pack: &RulePack) {
        let lang = self.lang;
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
                hint = format!("{hint} · {}", tl!(lang, "commune-via", name = via.name));
            }
            self.commune_matches.push(Choice {
                message: Message::ChooseCommune(c.code.to_string()),
                label: named(c.name, c.departement),
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
    pub fn relocalize(&mut self, pack: &RulePack, lang: Lang) {
        self.lang = lang;
        self.refresh(pack);
    }

    fn refresh(&mut self, pack: &RulePack) {
        self.step = self.wizard.step(pack);
        self.answer = answer_of(&self.step, self.lang);
        self.answer_speech = speech_of(self.answer.as_ref());
        self.explained = None;
    }

    /// The hard word whose explanation is shown.
    pub fn explained(&self) -> Option<usize> {
        self.explained
    }

    fn changed(&mut self, pack: &RulePack) {
        self.refresh(pack);
        self.reset_inputs();
    }

    /// The answer on screen as a person reads it (what the PDF prints too).
    pub fn answer(&self) -> Option<&Answer> {
        self.answer.as_ref()
    }

    fn reset_inputs(&mut self) {
        self.pdf_status = None;
        self.search.clear();
        self.commune_matches.clear();
        self.date_input.clear();
        self.date_error = None;
        self.selected = 0;
    }

    pub fn update(&mut self, pack: &RulePack, message: Message) -> (Task<Message>, Option<Event>) {
        let lang = self.lang;
        match message {
            Message::Choose(value) => {
                if let Some(q) = self.current_question() {
                    if self.wizard.answer(q.fact, &value).is_ok() {
                        self.changed(pack);
                    }
                }
            }
            Message::ChooseFamily(id) => {
                if let Some(family) = MotiveFamily::parse(&id) {
                    self.wizard.choose_family(family);
                    self.selected = 0;
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
                        let read = off_thread(|| Places::shared().map_err(|e| e.to_string()))
                            .map(Message::PlacesLoaded);
                        return (read, None);
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
                        self.date_error = Some(tl!(lang, "not-a-date", value = value));
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
            Message::OpenLink(url) => return (Task::none(), Some(Event::OpenLink(url))),
            Message::Explain(i) => {
                if self.explained == Some(i) {
                    self.explained = None;
                    return (Task::none(), None);
                }
                let term = self.answer.as_ref().and_then(|a| a.glossary.get(i));
                let said = term.map(|t| {
                    let line = tl!(
                        self.lang,
                        "glossary-line",
                        term = t.term.as_str(),
                        text = t.text.as_str()
                    );
                    Event::Explained(Utterance::new(self.lang, &line))
                });
                self.explained = term.map(|_| i);
                return (Task::none(), said);
            }
            Message::SaveToFiles => return (Task::none(), Some(Event::SaveCase)),
            Message::PdfPath(m) => {
                let (task, nothing) = self
                    .pdf_path
                    .update(m, || Dialog::Save("reponse-passerelle.pdf".into()));
                if nothing.is_some() {
                    self.pdf_status = Some(Status::failed(tl!(lang, "no-file-chosen")));
                }
                return (task.map(Message::PdfPath), None);
            }
            Message::SavePdf => return (self.answer_pdf(pack, PdfKind::Save), None),
            Message::PrintPdf => return (self.answer_pdf(pack, PdfKind::Print), None),
            Message::SaveBilingualPdf => {
                return (self.answer_pdf(pack, PdfKind::Bilingual), None);
            }
            Message::PdfDone(report) => self.pdf_status = Some(Status::of(report)),
        }
        (Task::none(), None)
    }

    /// `keep`: the label of the action that keeps the answer (in the person's files, or taken away
    /// from a kiosk), or `None` when it cannot be kept; `reading`: the answer's section the voice
    /// is reading.
    pub fn view<'a>(
        &'a self,
        pack: &'a RulePack,
        keep: Option<String>,
        reading: Option<usize>,
    ) -> Element<'a, Message> {
        let lang = self.lang;
        let navigation = hrow![lang;
            button(text(tl!(lang, "back", arrow = dir::back_arrow(lang))))
                .on_press_maybe((self.wizard.answered() > 0).then_some(Message::Back))
                .style(button::secondary)
                .padding(10),
            button(text(tl!(lang, "start-over")))
                .on_press(Message::StartOver)
                .style(button::secondary)
                .padding(10),
            space::horizontal(),
            text(match self.step {
                Step::Ask(_) => tl!(lang, "progress-question", number = self.wizard.answered() + 1),
                _ => tl!(lang, "progress-answer", count = self.wizard.answered()),
            })
            .size(16),
        ]
        .spacing(12)
        .center_y();
        let answers = self.wizard.answers();
        let progress: Element<'a, Message> = if answers.is_empty() {
            text(tl!(lang, "progress-intro")).size(16).into()
        } else {
            let mut trail = hrow![lang; text(tl!(lang, "progress-trail")).size(16)]
                .spacing(6)
                .center_y();
            for (i, (fact, value)) in answers.iter().enumerate() {
                trail = trail.push(
                    button(text(answer_label(pack, self.lang, *fact, value)).size(16))
                        .style(button::secondary)
                        .padding([2, 8])
                        .on_press(Message::BackTo(i)),
                );
            }
            trail.wrap(6.0).into()
        };
        let navigation = stack![lang; navigation, progress].spacing(8);

        let body: Element<'a, Message> = match &self.step {
            Step::Ask(q) => self.question_view(pack, q),
            Step::Answer { pending, .. } => {
                let mut col = stack![lang;].spacing(16);
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
                match &self.answer {
                    Some(answer) => col.push(super::answer::view(
                        answer,
                        super::answer::Show {
                            open: Message::OpenLink,
                            explain: Message::Explain,
                            reading,
                            explained: self.explained,
                        },
                    )),
                    None => col,
                }
                .into()
            }
            Step::Refused(error) => stack![lang;
                text(tl!(lang, "refused-title")).size(26),
                text(error.localized(self.lang)).size(18),
            ]
            .spacing(12)
            .into(),
        };

        container(scrollable(
            stack![lang; navigation, body].spacing(24).padding(24),
        ))
        .width(Fill)
        .height(Fill)
        .into()
    }

    /// Save or print the answer as a PDF.
    fn pdf_row(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let mut col = stack![lang; hrow![lang;
            self.pdf_path.view(
                lang,
                tl!(lang, "pdf-answer-path"),
                tl!(lang, "save-pdf"),
                Some(Message::SavePdf),
                Message::PdfPath,
            ),
            button(text(tl!(lang, "print")).size(16))
                .on_press(Message::PrintPdf)
                .padding(8),
        ]
        .spacing(8)
        .center_y()]
        .spacing(4);
        // The person and the préfecture's agent read the same sheet.
        if lang != Lang::Fr {
            col = col.push(hrow![lang; button(
                text(tl!(lang, "save-pdf-bilingual", language = lang.native_name())).size(16)
            )
            .style(button::secondary)
            .on_press(Message::SaveBilingualPdf)
            .padding(8)]);
        }
        if let Some(status) = &self.pdf_status {
            col = col.push(status_line(status, 16));
        }
        col.into()
    }

    fn question_view<'a>(&'a self, pack: &'a RulePack, q: &Question) -> Element<'a, Message> {
        let lang = self.lang;
        let hint = match q.fact {
            FactName::Category if matches!(self.wizard.motive_step(q), MotiveStep::Families(_)) => {
                tl!(lang, "motive-family-hint")
            }
            fact => labels::question_hint(lang, fact),
        };
        let mut col = stack![lang;
            text(labels::question(self.lang, q.fact)).size(30),
            text(hint).size(18),
        ]
        .spacing(12);
        if q.fact == FactName::Departement {
            col = col.push(
                text_input(&tl!(lang, "departement-placeholder"), &self.search)
                    .id(SEARCH_INPUT)
                    .on_input(Message::Search)
                    .on_submit(Message::Confirm)
                    .size(22)
                    .padding(12),
            );
            match &self.places {
                PlacesState::Reading => {
                    col = col.push(text(tl!(lang, "communes-reading")).size(16))
                }
                PlacesState::Failed(error) => {
                    col = col.push(
                        text(tl!(lang, "communes-failed", error = error.as_str()))
                            .size(16)
                            .style(text::danger),
                    )
                }
                PlacesState::NotRead | PlacesState::Ready(_) => {}
            }
        }
        if q.fact.is_date() {
            col = col.push(
                hrow![lang;
                    text_input(&tl!(lang, "date-placeholder"), &self.date_input)
                        .id(DATE_INPUT)
                        .on_input(Message::DateInput)
                        .on_submit(Message::SubmitDate)
                        .size(22)
                        .padding(12),
                    button(text(tl!(lang, "submit")).size(20))
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
            let mut content = stack![lang; text(format!("{number}{label}")).size(22)];
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
/// « Montreuil (93) », « Calvados (14) »: a place and its département's code.
fn named(name: &str, code: &str) -> String {
    format!("{name} ({code})")
}

fn answer_label(pack: &RulePack, lang: Lang, fact: FactName, value: &str) -> String {
    match fact {
        FactName::Departement => pack
            .departements
            .iter()
            .find(|d| d.code == value)
            .map_or(value.to_string(), |d| named(&d.name, &d.code)),
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
            .map_or(value.to_string(), |c| named(c.name, c.departement)),
        f if f.is_date() => parse_date(value).map_or(value.to_string(), |d| {
            tl!(
                lang,
                "trail-date",
                label = labels::date_short(lang, f),
                date = short_date(lang, d)
            )
        }),
        f => labels::choice(lang, f, value).0.to_string(),
    }
}

/// The answer model of a step that has one.
fn speech_of(answer: Option<&Answer>) -> Vec<Utterance> {
    answer.map(speech::answer).unwrap_or_default()
}

fn answer_of(step: &Step, lang: Lang) -> Option<Answer> {
    match step {
        Step::Answer { outcome, .. } => Some(Answer::build(outcome, lang)),
        _ => None,
    }
}
