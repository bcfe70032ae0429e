//! The answer as a person reads it: built once from the resolver's `Outcome` and a language,
//! then drawn on screen (`ui::answer`) and printed (`pdf::answer_pdf`). Neither decides what to
//! show; both draw every line of this model, in its order.

use chrono::NaiveDate;

use crate::deadlines::WindowStatus;
use crate::i18n::{short_date, Lang};
use crate::labels;
use crate::pack::official::official_host;
use crate::resolver::{Outcome, Role};
use crate::tl;

/// The answer: its sections, in the order they are read.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The language the answer is written in.
    pub lang: Lang,
    pub sections: Vec<Section>,
    /// The hard words the answer uses, in the order they first appear (`Line::terms` points
    /// here); each is explained in the `Words` section.
    pub glossary: Vec<Term>,
}

/// A hard word of the answer and what it means, in the answer's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub term: String,
    pub text: String,
}

/// What a section is about, so that a renderer can place or frame it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// The channel, what to do and where: always first, no title.
    Channel,
    Address,
    /// The steps of the channel, and the notices of the case.
    Instructions,
    When,
    NoAnswer,
    Notices,
    Provisional,
    Documents,
    Blocked,
    Notes,
    Doubts,
    /// The hard words of the answer, explained, each with its source.
    Words,
    /// The rules applied, each with its sources word for word.
    Why,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub kind: SectionKind,
    /// The heading; `None` for the lines read without one (the channel, notices, notes).
    pub title: Option<String>,
    pub lines: Vec<Line>,
}

/// How prominent a line is, from the answer's main sentence down to a source's citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    Headline,
    Strong,
    Label,
    Body,
    Detail,
    Fine,
}

/// Whether a line is good news, a caution or a danger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Good,
    Caution,
    Danger,
}

/// What a line is besides its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    None,
    Bullet,
    /// A document to tick off.
    Checkbox,
    /// Information.
    Info,
    /// The official page the procedure goes through (opened, or given as a QR code); the text is
    /// its address.
    OfficialPage(String),
    /// A link; the text is its address.
    Link(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub emphasis: Emphasis,
    pub tone: Tone,
    pub mark: Mark,
    /// The hard words that appear here first (indexes into `Answer::glossary`).
    pub terms: Vec<usize>,
}

impl Line {
    fn new(text: impl Into<String>, emphasis: Emphasis) -> Line {
        Line {
            text: text.into(),
            emphasis,
            tone: Tone::Plain,
            mark: Mark::None,
            terms: Vec::new(),
        }
    }

    fn tone(mut self, tone: Tone) -> Line {
        self.tone = tone;
        self
    }

    fn mark(mut self, mark: Mark) -> Line {
        self.mark = mark;
        self
    }

    /// The line as shown on screen, with its mark: « • … », « ☐ … », « ℹ … ».
    pub fn shown(&self) -> String {
        match self.mark {
            Mark::Bullet => format!("• {}", self.text),
            Mark::Checkbox => format!("☐ {}", self.text),
            Mark::Info => format!("ℹ {}", self.text),
            _ => self.text.clone(),
        }
    }
}

fn section(kind: SectionKind, title: Option<String>, lines: Vec<Line>) -> Option<Section> {
    (!lines.is_empty()).then_some(Section { kind, title, lines })
}

/// A source of a rule, as « Pourquoi ? » and the hard words cite it: the quote, the source's
/// title, the date it states and the date it was checked.
fn citation(lang: Lang, s: &crate::pack::CitedSource) -> Line {
    let date = |d: NaiveDate| short_date(lang, d);
    let stated = s.source.stated.map_or_else(|| tl!(lang, "undated"), date);
    Line::new(
        tl!(
            lang,
            "why-source",
            quote = s.quote.as_str(),
            title = s.source.title.as_str(),
            stated = stated,
            checked = date(s.source.checked)
        ),
        Emphasis::Fine,
    )
}

/// Marks, on the line where each first appears, the hard words of the outcome's glossary that
/// the sections use; gives them in that order.
fn mark_terms<'o>(
    sections: &mut [Section],
    outcome: &'o Outcome,
) -> Vec<(&'o crate::resolver::Glossed, Term)> {
    let mut used: Vec<(&crate::resolver::Glossed, Term)> = Vec::new();
    for line in sections.iter_mut().flat_map(|s| s.lines.iter_mut()) {
        if matches!(line.mark, Mark::OfficialPage(_) | Mark::Link(_)) {
            continue;
        }
        for g in &outcome.glossary {
            let seen = used.iter().any(|(u, _)| std::ptr::eq(*u, g));
            if !seen && uses(&line.text, &g.entry) {
                line.terms.push(used.len());
                used.push((
                    g,
                    Term {
                        term: g.entry.term.clone(),
                        text: g.entry.text.clone(),
                    },
                ));
            }
        }
    }
    used
}

/// Whether `text` uses one of the entry's words — its French forms and acronyms, or the forms
/// of the answer's language — as a whole word: « préfecture » is not found in
/// « sous-préfecture », nor « PAN » in « PANNE ». A word written in lower case is found with a
/// capital first letter too.
pub fn uses(text: &str, entry: &crate::pack::GlossaryEntry) -> bool {
    entry
        .words
        .iter()
        .map(String::as_str)
        .chain(entry.forms.split(',').map(|w| {
            w.trim_matches(|c: char| c.is_whitespace() || crate::i18n::is_direction_mark(c))
        }))
        .filter(|w| !w.is_empty())
        .any(|word| find_word(text, word) || find_word(text, &capitalized(word)))
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `word` in `text` with nothing of a word against it; Chinese, written without spaces, needs
/// no such edge.
fn find_word(text: &str, word: &str) -> bool {
    let inside = |c: char| c.is_alphanumeric() || c == '-';
    let spaced = |c: Option<char>| c.is_some_and(|c| !is_cjk(c));
    let (first, last) = (word.chars().next(), word.chars().next_back());
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let joined_before = spaced(first) && before.is_some_and(inside);
        let joined_after = spaced(last) && after.is_some_and(inside);
        !joined_before && !joined_after
    })
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Where a link goes: « ✔ site officiel : … » for the official domains the pack allows.
fn domain_line(lang: Lang, url: &str) -> Line {
    match official_host(url) {
        Ok(host) => {
            Line::new(tl!(lang, "official-site", host = host), Emphasis::Fine).tone(Tone::Good)
        }
        Err(_) => Line::new(tl!(lang, "link-unverified"), Emphasis::Fine).tone(Tone::Danger),
    }
}

impl Answer {
    /// The answer to `outcome` in `lang`.
    pub fn build(outcome: &Outcome, lang: Lang) -> Answer {
        let date = |d: NaiveDate| short_date(lang, d);
        let mut sections = Vec::new();

        let mut channel = vec![
            Line::new(labels::channel(lang, outcome.channel), Emphasis::Label),
            Line::new(outcome.summary.as_str(), Emphasis::Headline),
            Line::new(
                tl!(lang, "answer-office", office = outcome.departement.office()),
                Emphasis::Body,
            ),
        ];
        if let Some(url) = &outcome.target.url {
            channel.push(
                Line::new(url.as_str(), Emphasis::Detail).mark(Mark::OfficialPage(url.clone())),
            );
            channel.push(domain_line(lang, url));
        }
        sections.extend(section(SectionKind::Channel, None, channel));

        sections.extend(section(
            SectionKind::Address,
            Some(tl!(lang, "postal-address")),
            outcome
                .target
                .address
                .iter()
                .map(|a| Line::new(a.as_str(), Emphasis::Strong))
                .collect(),
        ));

        let mut instructions = Vec::new();
        if let (Some(place), Some(hours)) = (&outcome.target.place, &outcome.target.hours) {
            instructions.push(Line::new(format!("{place} — {hours}"), Emphasis::Label));
        }
        instructions.extend(
            outcome
                .target
                .instructions
                .iter()
                .map(|i| Line::new(i.as_str(), Emphasis::Body).mark(Mark::Bullet)),
        );
        sections.extend(section(SectionKind::Instructions, None, instructions));

        if let Some(w) = &outcome.filing_window {
            let tone = match (w.filed_in_window, w.status) {
                (Some(true), _) => Tone::Good,
                (Some(false), _) => Tone::Danger,
                (None, WindowStatus::NotYetOpen { .. } | WindowStatus::ClosingSoon { .. }) => {
                    Tone::Caution
                }
                (None, WindowStatus::Open { .. }) => Tone::Good,
                (None, WindowStatus::Passed { .. }) => Tone::Danger,
            };
            let mut lines = vec![
                Line::new(w.label.as_str(), Emphasis::Body),
                Line::new(
                    tl!(
                        lang,
                        "window-dates",
                        opens = date(w.opens),
                        closes = date(w.closes)
                    ),
                    Emphasis::Strong,
                ),
                Line::new(labels::filing_status(lang, w), Emphasis::Strong).tone(tone),
            ];
            if w.is_late() {
                lines.extend(w.late.iter().map(|l| Line::new(l.as_str(), Emphasis::Body)));
            }
            sections.extend(section(
                SectionKind::When,
                Some(tl!(lang, "section-when")),
                lines,
            ));
        }

        if let Some(r) = &outcome.implicit_rejection {
            let mut lines = vec![
                Line::new(r.label.as_str(), Emphasis::Body),
                Line::new(
                    tl!(lang, "rejection-date", date = date(r.on)),
                    Emphasis::Strong,
                )
                .tone(if r.passed { Tone::Danger } else { Tone::Plain }),
            ];
            if r.passed {
                lines.extend(
                    r.then_what
                        .iter()
                        .map(|t| Line::new(t.as_str(), Emphasis::Body)),
                );
            }
            sections.extend(section(
                SectionKind::NoAnswer,
                Some(tl!(lang, "section-no-answer")),
                lines,
            ));
        }

        sections.extend(section(
            SectionKind::Notices,
            None,
            outcome
                .notices
                .iter()
                .map(|n| {
                    Line::new(
                        tl!(
                            lang,
                            "notice",
                            label = n.label.as_str(),
                            text = n.text.as_str()
                        ),
                        Emphasis::Body,
                    )
                })
                .collect(),
        ));

        if let Some(p) = &outcome.provisional {
            let mut lines = vec![
                Line::new(labels::provisional(lang, p.document), Emphasis::Strong),
                Line::new(p.summary.as_str(), Emphasis::Body),
            ];
            lines.extend(
                labels::rights(lang, &p.rights)
                    .into_iter()
                    .map(|r| Line::new(r, Emphasis::Body)),
            );
            sections.extend(section(
                SectionKind::Provisional,
                Some(tl!(lang, "section-provisional")),
                lines,
            ));
        }

        let mut documents = Vec::new();
        for d in &outcome.documents {
            documents.push(Line::new(d.label.as_str(), Emphasis::Label).mark(Mark::Checkbox));
            if let Some(details) = &d.details {
                documents.push(Line::new(details.as_str(), Emphasis::Detail));
            }
        }
        sections.extend(section(
            SectionKind::Documents,
            Some(tl!(lang, "section-documents")),
            documents,
        ));

        let mut blocked = Vec::new();
        for e in &outcome.escalation {
            blocked.push(Line::new(e.label.as_str(), Emphasis::Label));
            blocked.extend(
                e.details
                    .iter()
                    .map(|d| Line::new(d.as_str(), Emphasis::Detail).mark(Mark::Bullet)),
            );
            for contact in &e.contacts {
                let hours = contact
                    .hours
                    .as_deref()
                    .map(|h| format!(" ({h})"))
                    .unwrap_or_default();
                blocked.push(Line::new(
                    format!("{}{hours}", contact.value),
                    Emphasis::Body,
                ));
            }
            blocked.extend(
                labels::disagreements(lang, e)
                    .into_iter()
                    .map(|d| Line::new(d, Emphasis::Detail).tone(Tone::Caution)),
            );
            if let Some(url) = &e.url {
                blocked
                    .push(Line::new(url.as_str(), Emphasis::Detail).mark(Mark::Link(url.clone())));
                blocked.push(domain_line(lang, url));
            }
        }
        sections.extend(section(
            SectionKind::Blocked,
            Some(tl!(lang, "section-blocked")),
            blocked,
        ));

        sections.extend(section(
            SectionKind::Notes,
            None,
            outcome
                .notes
                .iter()
                .map(|n| Line::new(n.text.as_str(), Emphasis::Body).mark(Mark::Info))
                .collect(),
        ));

        sections.extend(section(
            SectionKind::Doubts,
            Some(tl!(lang, "section-doubts")),
            outcome
                .doubts
                .iter()
                .map(|d| Line::new(d.as_str(), Emphasis::Detail).tone(Tone::Caution))
                .collect(),
        ));

        let mut why = Vec::new();
        for f in outcome
            .explanation
            .iter()
            .filter(|f| f.role != Role::Superseded)
        {
            why.push(Line::new(f.rule.title.as_str(), Emphasis::Body));
            why.extend(f.rule.sources.iter().map(|s| citation(lang, s)));
        }
        sections.extend(section(
            SectionKind::Why,
            Some(tl!(lang, "section-why")),
            why,
        ));
        // The hard words, the rules' quotes included: marked where each first appears, then
        // explained with their sources.
        let glossary = mark_terms(&mut sections, outcome);
        let mut words = Vec::new();
        for (g, term) in &glossary {
            words.push(Line::new(
                tl!(
                    lang,
                    "glossary-line",
                    term = term.term.as_str(),
                    text = term.text.as_str()
                ),
                Emphasis::Body,
            ));
            words.extend(g.rule.sources.iter().map(|s| citation(lang, s)));
            if let Some(doubt) = &g.rule.doubt {
                words.push(Line::new(doubt.as_str(), Emphasis::Fine).tone(Tone::Caution));
            }
        }
        // Before the rules and their sources, which the person reads last.
        let at = sections
            .iter()
            .position(|s| s.kind == SectionKind::Why)
            .unwrap_or(sections.len());
        if let Some(words) = section(SectionKind::Words, Some(tl!(lang, "section-words")), words) {
            sections.insert(at, words);
        }

        Answer {
            lang,
            sections,
            glossary: glossary.into_iter().map(|(_, t)| t).collect(),
        }
    }

    /// Every line, in order, with the section it belongs to.
    pub fn lines(&self) -> impl Iterator<Item = (&Section, &Line)> {
        self.sections
            .iter()
            .flat_map(|s| s.lines.iter().map(move |l| (s, l)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Facts;
    use crate::pack::RulePack;

    fn answer(pairs: &[(&str, &str)], today: &str, lang: Lang) -> Answer {
        let pack = RulePack::bundled().unwrap();
        let facts = Facts::from_pairs(pairs).unwrap();
        let today = crate::facts::parse_date(today).unwrap();
        let outcome = crate::resolve(&pack, &facts, today)
            .unwrap()
            .outcome
            .unwrap();
        Answer::build(&outcome, lang)
    }

    #[test]
    fn a_late_renewal_says_when_and_what_lateness_costs_in_the_language_asked() {
        let facts = [
            ("departement", "14"),
            ("request", "renewal"),
            ("category", "french_spouse"),
            ("current_title", "multi_year_card"),
            ("title_expiry", "2026-12-10"),
        ];
        let fr = answer(&facts, "2026-12-03", Lang::Fr);
        let kinds: Vec<_> = fr.sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds[0], SectionKind::Channel);
        assert!(kinds.contains(&SectionKind::When) && kinds.contains(&SectionKind::Why));
        let when = fr
            .sections
            .iter()
            .find(|s| s.kind == SectionKind::When)
            .unwrap();
        // The window has passed: its status is a danger, and what lateness costs follows.
        assert!(when.lines.iter().any(|l| l.tone == Tone::Danger));
        assert!(when.lines.len() > 3, "{when:?}");
        assert!(fr
            .lines()
            .any(|(_, l)| matches!(&l.mark, Mark::OfficialPage(u) if u.contains("administration-etrangers"))));
        // The same answer in English: the interface's words change, the order does not.
        let en = answer(&facts, "2026-12-03", Lang::En);
        assert_eq!(
            en.sections.iter().map(|s| s.kind).collect::<Vec<_>>(),
            kinds
        );
        assert_eq!(when.title.as_deref(), Some("Quand déposer"));
        assert_ne!(
            en.sections
                .iter()
                .find(|s| s.kind == SectionKind::When)
                .unwrap()
                .title,
            when.title
        );
    }
}
