//! « Écouter » and « Lire à voix haute »: the bar above the wizard, and the reading of a screen
//! one utterance after the other — an answer section by section, with next, previous and stop.
//!
//! What is said is the screen's speech (`App::speech`, a pure function of the screen); this
//! module only decides when: on « Écouter » (F2), and, with « Lire à voix haute » (F4), when a
//! new screen appears or the highlighted choice changes. Speaking runs on the voice's threads
//! (`crate::voice`): nothing here waits for it.

use iced::widget::text;
use iced::{Element, Task};

use crate::i18n::Lang;
use crate::settings::Settings;
use crate::speech::Utterance;
use crate::tl;
use crate::voice::{Said, Service, Voice};

use super::widget::small_button;
use crate::{hrow, stack};

#[derive(Debug, Clone)]
pub enum Message {
    /// Read this screen from its start (F2).
    Listen,
    /// Stop reading (F3).
    Stop,
    /// The next or previous part (an answer's section; PageDown / PageUp).
    Next,
    Previous,
    /// « Lire à voix haute » on or off (F4).
    ToggleReadAloud,
    /// The next speed, round.
    Speed,
    /// What became of the n-th thing said.
    Said(u64, Said),
}

/// What the parent does after a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A setting changed (read aloud, speed): keep it.
    SettingsChanged,
}

pub struct Reader {
    voice: Voice,
    reading: Option<Reading>,
    /// The screen as last read aloud, and its highlighted choice: what changes is said.
    screen: Vec<Utterance>,
    highlighted: Option<Utterance>,
    /// The speech service failed: shown under the button; nothing more is tried.
    problem: Option<String>,
    /// The last text could not be read for want of a voice in its language (and why): shown
    /// under the button until something is read; other languages are still tried.
    no_voice: Option<String>,
    /// How many things were said: the end of an older one is not taken for the newer's.
    said: u64,
}

/// The parts being read, and which one.
struct Reading {
    parts: Vec<Utterance>,
    at: usize,
}

impl Reader {
    pub fn new(service: Service) -> Reader {
        Reader {
            voice: Voice::new(service),
            reading: None,
            screen: Vec::new(),
            highlighted: None,
            problem: None,
            no_voice: None,
            said: 0,
        }
    }

    /// The answer's section being read, if any.
    pub fn section(&self) -> Option<usize> {
        let reading = self.reading.as_ref()?;
        reading.parts.get(reading.at)?.section
    }

    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// Why the last text was not read, when its language has no voice here.
    pub fn no_voice(&self) -> Option<&str> {
        self.no_voice.as_deref()
    }

    /// `screen`: what the screen says now (`App::speech`).
    pub fn update(
        &mut self,
        message: Message,
        screen: Vec<Utterance>,
        settings: &mut Settings,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Listen => return (self.read(screen, 0, settings), None),
            Message::Stop => {
                self.reading = None;
                self.voice.stop();
            }
            Message::Next | Message::Previous => {
                let Some(reading) = self.reading.take() else {
                    return (Task::none(), None);
                };
                let at = match message {
                    Message::Next => reading.at + 1,
                    _ => reading.at.saturating_sub(1),
                };
                if at >= reading.parts.len() {
                    self.voice.stop();
                    return (Task::none(), None);
                }
                return (self.read(reading.parts, at, settings), None);
            }
            Message::ToggleReadAloud => {
                settings.read_aloud = !settings.read_aloud;
                if settings.read_aloud {
                    // The screen is said at once (by `follow`): the person hears it is on.
                    self.screen.clear();
                    self.highlighted = None;
                } else {
                    self.reading = None;
                    self.voice.stop();
                }
                return (Task::none(), Some(Event::SettingsChanged));
            }
            Message::Speed => {
                settings.speech_speed = settings.speech_speed.next();
                return (Task::none(), Some(Event::SettingsChanged));
            }
            Message::Said(n, said) if n == self.said => match said {
                Said::Ended { .. } => {
                    self.no_voice = None;
                    if let Some(reading) = self.reading.take() {
                        if reading.at + 1 < reading.parts.len() {
                            return (self.read(reading.parts, reading.at + 1, settings), None);
                        }
                    }
                }
                Said::Stopped => {}
                Said::Failed(why) => {
                    self.reading = None;
                    self.problem.get_or_insert(why);
                }
                Said::NoVoice(why) => {
                    self.reading = None;
                    self.no_voice = Some(why);
                }
            },
            Message::Said(..) => {}
        }
        (Task::none(), None)
    }

    /// With « Lire à voix haute »: after any message, what changed on the screen is said — a new
    /// screen from its start (an error comes first in it), else a new highlighted choice. The
    /// same question with other choices (a search being typed) says its first choice only.
    pub fn follow(
        &mut self,
        screen: Vec<Utterance>,
        highlighted: Option<Utterance>,
        settings: &Settings,
    ) -> Task<Message> {
        if !settings.read_aloud {
            return Task::none();
        }
        if screen != self.screen {
            let same_question = !screen.is_empty() && screen.first() == self.screen.first();
            self.screen = screen.clone();
            self.highlighted = highlighted.clone();
            return match (same_question, highlighted) {
                (true, Some(choice)) => self.read(vec![choice], 0, settings),
                (true, None) => Task::none(),
                (false, _) => self.read(screen, 0, settings),
            };
        }
        if highlighted != self.highlighted {
            self.highlighted = highlighted.clone();
            if let Some(choice) = highlighted {
                return self.read(vec![choice], 0, settings);
            }
        }
        Task::none()
    }

    /// Says one thing now (a hard word's explanation), cutting short what was being read.
    pub fn say(&mut self, utterance: Utterance, settings: &Settings) -> Task<Message> {
        self.read(vec![utterance], 0, settings)
    }

    /// Forgets what was read (a kiosk's next person).
    pub fn reset(&mut self) {
        self.voice.stop();
        self.reading = None;
        self.screen.clear();
        self.highlighted = None;
        self.no_voice = None;
    }

    /// Says part `at` of `parts`, then the next ones as each ends.
    fn read(&mut self, parts: Vec<Utterance>, at: usize, settings: &Settings) -> Task<Message> {
        if self.problem.is_some() {
            return Task::none();
        }
        let Some(part) = parts.get(at).cloned() else {
            self.reading = None;
            return Task::none();
        };
        self.reading = Some(Reading { parts, at });
        self.said += 1;
        let n = self.said;
        let said = self.voice.say(part, settings.speech_speed);
        Task::perform(
            async move { said.await.unwrap_or(Said::Stopped) },
            move |said| Message::Said(n, said),
        )
    }

    /// The bar: listen or stop, previous and next while reading, the speed, read aloud.
    pub fn view(&self, lang: Lang, settings: &Settings) -> Element<'_, Message> {
        let action = small_button::<Message>;
        let mut bar = hrow![lang;].spacing(8).center_y();
        match &self.reading {
            None => bar = bar.push(action(tl!(lang, "speech-listen"), Message::Listen)),
            Some(reading) => {
                bar = bar.push(action(tl!(lang, "speech-stop"), Message::Stop));
                if reading.parts.len() > 1 {
                    bar = bar
                        .push(action(tl!(lang, "speech-previous"), Message::Previous))
                        .push(action(tl!(lang, "speech-next"), Message::Next))
                        .push(
                            text(tl!(
                                lang,
                                "speech-part",
                                number = reading.at + 1,
                                count = reading.parts.len()
                            ))
                            .size(16),
                        );
                }
            }
        }
        bar = bar
            .push(action(
                tl!(
                    lang,
                    "speech-speed",
                    speed = tl!(lang, settings.speech_speed.key())
                ),
                Message::Speed,
            ))
            .push(action(
                tl!(
                    lang,
                    if settings.read_aloud {
                        "speech-read-aloud-on"
                    } else {
                        "speech-read-aloud-off"
                    }
                ),
                Message::ToggleReadAloud,
            ));
        let trouble = match (&self.problem, &self.no_voice) {
            (Some(why), _) => Some((tl!(lang, "speech-unavailable"), why)),
            (None, Some(why)) => Some((tl!(lang, "speech-no-voice"), why)),
            (None, None) => None,
        };
        match trouble {
            None => bar.wrap(6.0).into(),
            Some((what, why)) => stack![lang;
                bar.wrap(6.0),
                text(what).size(16).style(text::warning),
                text(why.as_str()).size(14),
            ]
            .spacing(4)
            .into(),
        }
    }
}
