//! The desktop app (iced 0.14). It maps messages to core calls and draws; it decides nothing
//! about the law.

pub mod answer;
pub mod dir;
pub mod files;
pub mod modal;
pub mod rules;
pub mod theme;
pub mod voice;
pub mod widget;
pub mod wizard;

use std::sync::Arc;

use iced::keyboard::{self, key::Named, Key, Modifiers};
use iced::widget::{button, container, scrollable, space, text};
use iced::{Element, Fill, Font, Subscription, Task, Theme};

use crate::i18n::{self, short_date, Lang};
use crate::kiosk::{Idle, Inactivity};
use crate::tl;
use crate::{hrow, stack};

use crate::pack::install;
use crate::pack::{PackErrors, RulePack};
use crate::profile::{Case, Profile};
use crate::settings::{Settings, SettingsFile, ThemeChoice};
use crate::store::profiles::ProfileStore;
use dir::fill;
use modal::{TakeAway, TakeAwayMessage};
use widget::small_button;

/// The application id: the window's (Wayland app_id, X11 class) and the desktop file's name.
pub const APP_ID: &str = "fr.passerelle.Passerelle";

pub use crate::fonts::{ALL as FONTS, ARABIC as FONT_ARABIC, CJK as FONT_CJK};
pub use crate::fonts::{REGULAR as FONT_REGULAR, SYMBOLS as FONT_SYMBOLS};

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Wizard,
    Files,
    Rules,
}

#[derive(Debug, Clone)]
pub enum Message {
    Wizard(wizard::Message),
    Files(files::Message),
    Rules(rules::Message),
    /// Kiosk: the clock (every second; injected in tests).
    Tick(std::time::Instant),
    /// Kiosk: "Finish and erase", the timeout, or the mediator's shortcut (Ctrl+Shift+E).
    Erase,
    /// Kiosk: "I am still here" during the countdown (any message counts as activity).
    StillHere,
    /// Kiosk: taking the answer away as a file for the person's own Passerelle.
    TakeAway(TakeAwayMessage),
    Show(View),
    Zoom(i32),
    ToggleTheme,
    /// The language picker: open or close it, or pick a language.
    ToggleLanguages,
    Language(Lang),
    /// Fonts loaded after start-up (nothing to do: the text is shaped again by itself).
    FontsLoaded,
    /// A letter of Arabic, Dari or Chinese was typed: their fonts are needed now.
    OtherScriptTyped,
    /// The window is asked to close: write what typing left unsaved, then exit.
    CloseRequested,
    /// The settings file was written (off the window's thread), or not.
    SettingsSaved(Result<(), String>),
    /// « Écouter », « Lire à voix haute » and what the voice did.
    Voice(voice::Message),
}

pub struct App {
    pack: Result<Arc<RulePack>, PackErrors>,
    /// Absent when the pack could not be loaded (the error screen shows instead).
    wizard: Option<wizard::Screen>,
    /// The person's files; absent when nothing may be kept (no data directory, kiosk).
    files: Option<files::Files>,
    /// Installing newer rules; absent without a data directory.
    rules: Option<rules::Rules>,
    view: View,
    today: chrono::NaiveDate,
    settings: Settings,
    /// Where the settings are kept; `None` keeps them in memory only.
    settings_file: Option<SettingsFile>,
    /// A settings file that could not be read or written, said once in the header.
    settings_problem: Option<String>,
    /// Settings writes given, and the last one on disk: a write that comes after a newer one
    /// (two threads) does nothing.
    settings_writes: u64,
    settings_written: Arc<std::sync::Mutex<u64>>,
    /// The theme of `settings.theme`, built once (the runtime asks for it every frame).
    theme: Theme,
    /// Kiosk mode: the inactivity clock. The person's case lives in memory only.
    kiosk: Option<Inactivity>,
    take_away: Option<TakeAway>,
    /// The language picker is shown: always first at a kiosk, until a language is picked.
    languages_open: bool,
    /// The Arabic and Chinese fonts are loaded (at start-up, or when the picker first opens).
    other_scripts_loaded: bool,
    /// What the screen says, and when.
    reader: voice::Reader,
    /// The settings a kiosk comes back to after erasing (its own, read aloud included).
    baseline: Settings,
}

impl App {
    pub fn new(pack: Result<Arc<RulePack>, PackErrors>, today: chrono::NaiveDate) -> App {
        let wizard = pack
            .as_deref()
            .ok()
            .map(|p| wizard::Screen::new(p, today, Settings::default().language));
        App {
            pack,
            wizard,
            files: None,
            rules: None,
            view: View::Wizard,
            today,
            settings: Settings::default(),
            settings_file: None,
            settings_problem: None,
            settings_writes: 0,
            settings_written: Arc::default(),
            theme: theme::theme(Settings::default().theme),
            kiosk: None,
            take_away: None,
            languages_open: false,
            other_scripts_loaded: true,
            reader: voice::Reader::new(crate::voice::Service::System),
            baseline: Settings::default(),
        }
    }

    /// Speaks to this service instead of the platform's (tests record what is said).
    pub fn with_voice(mut self, service: crate::voice::Service) -> App {
        self.reader = voice::Reader::new(service);
        self
    }

    /// A kiosk's own settings (read aloud, speed, text size, theme): used from the start and
    /// after each erasing, never written.
    pub fn with_kiosk_settings(mut self, settings: Settings) -> App {
        self.baseline = settings.clone();
        self.settings = settings;
        self.theme = theme::theme(self.settings.theme);
        self.relocalize();
        self
    }

    pub fn reader(&self) -> &voice::Reader {
        &self.reader
    }

    /// With « Lire à voix haute », what changed on the screen is said: all of it as the window
    /// opens, then after each message.
    pub fn read_aloud(&mut self) -> Task<Message> {
        if !self.settings.read_aloud {
            return Task::none();
        }
        self.reader
            .follow(self.speech(), self.speech_highlighted(), &self.settings)
            .map(Message::Voice)
    }

    /// A kiosk: nothing kept, erased after `timeout` of inactivity plus a 30-second countdown.
    pub fn kiosk(mut self, timeout: std::time::Duration, now: std::time::Instant) -> App {
        self.kiosk = Some(Inactivity::new(timeout, now));
        self.languages_open = true;
        self.files = None;
        self.rules = None;
        self.settings_file = None;
        self
    }

    pub fn idle(&self) -> Option<Idle> {
        self.kiosk.as_ref().map(Inactivity::state)
    }

    /// Forgets the person: a fresh wizard on the same rules, default display, first screen.
    fn erase(&mut self) {
        self.wizard = self
            .pack
            .as_deref()
            .ok()
            .map(|p| wizard::Screen::new(p, self.today, Settings::default().language));
        self.settings = self.baseline.clone();
        self.theme = theme::theme(self.settings.theme);
        self.reader.reset();
        self.view = View::Wizard;
        self.take_away = None;
        self.languages_open = true;
        crate::pdf::forget_prints();
        self.relocalize();
        if let Some(k) = &mut self.kiosk {
            k.activity();
        }
    }

    /// Keeps the person's files in this store. With files already there, the app opens on them.
    pub fn with_store(mut self, store: ProfileStore) -> App {
        let files = match &self.pack {
            Ok(pack) => files::Files::new(store, pack, self.today),
            Err(_) => return self,
        };
        if !files.profiles().is_empty() {
            self.view = View::Files;
        }
        self.files = Some(files);
        self
    }

    /// Offers « Règles » (install and roll back rule packs) for this data directory.
    pub fn with_rules(mut self, data_dir: std::path::PathBuf) -> App {
        self.rules = Some(rules::Rules::new(data_dir));
        self
    }

    pub fn rules(&self) -> Option<&rules::Rules> {
        self.rules.as_ref()
    }

    pub fn pack(&self) -> Option<&RulePack> {
        self.pack.as_deref().ok()
    }

    pub fn files(&self) -> Option<&files::Files> {
        self.files.as_ref()
    }

    pub fn view_shown(&self) -> View {
        self.view
    }

    /// Uses and keeps the settings of this file (theme, text size, language).
    pub fn with_settings_file(mut self, file: SettingsFile) -> App {
        let lang = self.settings.language;
        self.settings = file.settings.clone();
        self.relocalize();
        self.theme = theme::theme(self.settings.theme);
        self.settings_problem = file
            .problem
            .as_ref()
            .map(|p| tl!(lang, "settings-unreadable", problem = p.to_string()));
        self.settings_file = Some(file);
        self
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn settings_problem(&self) -> Option<&str> {
        self.settings_problem.as_deref()
    }

    /// Writes the settings off the window's thread (a zoom is a keystroke).
    fn save_settings(&mut self) -> Task<Message> {
        let Some(file) = &mut self.settings_file else {
            return Task::none();
        };
        file.settings = self.settings.clone();
        let file = file.clone();
        self.settings_writes += 1;
        let (n, written) = (self.settings_writes, self.settings_written.clone());
        widget::off_thread(move || {
            let mut last = written
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if n < *last {
                return Ok(()); // a newer write is on disk already
            }
            *last = n;
            file.save()
        })
        .map(Message::SettingsSaved)
    }

    pub fn wizard(&self) -> Option<&wizard::Screen> {
        self.wizard.as_ref()
    }

    pub fn scale(&self) -> f32 {
        self.settings.text_scale
    }

    pub fn theme(&self) -> Theme {
        self.theme.clone()
    }

    /// The interface's language.
    pub fn language(&self) -> Lang {
        self.settings.language
    }

    pub fn languages_open(&self) -> bool {
        self.languages_open
    }

    /// What the screen says when it appears, with « Lire à voix haute » (see `speech`): the
    /// language list, each language in its own voice, with the digit that picks it; or the
    /// wizard's question or answer.
    pub fn speech(&self) -> Vec<crate::speech::Utterance> {
        if self.languages_open {
            return Lang::ALL
                .iter()
                .enumerate()
                .map(|(i, l)| crate::speech::choice(*l, i, l.native_name()))
                .collect();
        }
        match (&self.pack, &self.wizard, self.view) {
            (Ok(pack), Some(screen), View::Wizard) => screen.speech(pack),
            _ => Vec::new(),
        }
    }

    /// The highlighted choice of the wizard, as said when the highlight moves.
    pub fn speech_highlighted(&self) -> Option<crate::speech::Utterance> {
        match (&self.pack, &self.wizard, self.view) {
            (Ok(pack), Some(screen), View::Wizard) if !self.languages_open => {
                screen.speech_highlighted(pack)
            }
            _ => None,
        }
    }

    /// Loads the Arabic and Chinese fonts if the window started without them.
    fn load_other_scripts(&mut self) -> Task<Message> {
        if std::mem::replace(&mut self.other_scripts_loaded, true) {
            return Task::none();
        }
        Task::batch([FONT_ARABIC, FONT_CJK].map(iced::font::load)).map(|_| Message::FontsLoaded)
    }

    /// Puts the rules' texts, the wizard's step and the files' dates in the settings' language.
    fn relocalize(&mut self) {
        let lang = self.settings.language;
        if let Ok(pack) = &self.pack {
            let pack = pack.localized(lang);
            if let Some(w) = &mut self.wizard {
                w.relocalize(&pack, lang);
            }
            if let Some(f) = &mut self.files {
                f.relocalize(&pack, self.today);
            }
            self.pack = Ok(pack);
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        // « Lire à voix haute »: what the message changed on the screen is said.
        Task::batch([task, self.read_aloud()])
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        let lang = self.settings.language;
        // Kiosk: any message but the clock's is someone using the screen.
        if let Some(k) = &mut self.kiosk {
            if !matches!(message, Message::Tick(_)) {
                k.activity();
            }
        }
        match message {
            Message::Tick(now) => {
                if let Some(k) = &mut self.kiosk {
                    if k.tick(now) == Idle::Expired {
                        self.erase();
                        return self.focus_input();
                    }
                }
            }
            Message::StillHere => {}
            Message::TakeAway(m) => return self.take_away(m),
            Message::Erase => {
                if self.kiosk.is_some() {
                    self.erase();
                    return self.focus_input();
                }
            }
            Message::Zoom(step) => {
                self.settings.zoom(step);
                return self.save_settings();
            }
            Message::ToggleLanguages => {
                self.languages_open = !self.languages_open;
                return self.load_other_scripts();
            }
            Message::Language(lang) => {
                self.settings.language = lang;
                self.languages_open = false;
                self.relocalize();
                return Task::batch([
                    self.save_settings(),
                    self.load_other_scripts(),
                    self.focus_input(),
                ]);
            }
            Message::FontsLoaded => {}
            Message::OtherScriptTyped => return self.load_other_scripts(),
            Message::ToggleTheme => {
                self.settings.theme = self.settings.theme.toggled();
                self.theme = theme::theme(self.settings.theme);
                return self.save_settings();
            }
            Message::Voice(m) => {
                let screen = self.speech();
                let (task, event) = self.reader.update(m, screen, &mut self.settings);
                let task = task.map(Message::Voice);
                return match event {
                    Some(voice::Event::SettingsChanged) => {
                        Task::batch([task, self.save_settings()])
                    }
                    None => task,
                };
            }
            Message::SettingsSaved(result) => {
                if let Err(e) = result {
                    self.settings_problem = Some(tl!(lang, "settings-not-saved", error = e));
                }
            }
            Message::Show(view) => {
                // Leaving « Mes dossiers » writes what typing left unsaved.
                let flushed = match &mut self.files {
                    Some(files) => files.flush().map(Message::Files),
                    None => Task::none(),
                };
                self.view = view;
                return Task::batch([flushed, self.focus_input()]);
            }
            Message::CloseRequested => {
                // Every write on disk before the process ends.
                if let Some(files) = &mut self.files {
                    files.flush_and_wait();
                }
                return iced::exit();
            }
            Message::Rules(m) => {
                let (Ok(pack), Some(rules)) = (&self.pack, &mut self.rules) else {
                    return Task::none();
                };
                let (task, event) = rules.update(pack, lang, m);
                if event == Some(rules::Event::PackChanged) {
                    self.reload_pack();
                }
                return task.map(Message::Rules);
            }
            Message::Files(m) => {
                if let (Ok(pack), Some(files)) = (&self.pack, &mut self.files) {
                    return files.update(pack, self.today, lang, m).map(Message::Files);
                }
            }
            Message::Wizard(m) => {
                use wizard::Message as W;
                // With the language list open, a digit picks a language (the list is read with
                // the digit of each).
                if self.languages_open {
                    if let W::Pick(n) = m {
                        return match Lang::ALL.get(n) {
                            Some(l) => self.handle(Message::Language(*l)),
                            None => Task::none(),
                        };
                    }
                }
                // The key map speaks to the wizard; on another screen its keys mean nothing.
                let from_keyboard =
                    matches!(m, W::Pick(_) | W::MoveSelection(_) | W::Confirm | W::Back);
                if self.view != View::Wizard && from_keyboard {
                    return Task::none();
                }
                let mut task = Task::none();
                if let (Ok(pack), Some(screen)) = (&self.pack, &mut self.wizard) {
                    let (work, event) = screen.update(pack, m);
                    task = work.map(Message::Wizard);
                    match event {
                        Some(wizard::Event::OpenLink(url)) => open_in_browser(&url),
                        // With speech on, the explanation chosen is said as it opens.
                        Some(wizard::Event::Explained(said)) if self.settings.read_aloud => {
                            let say = self.reader.say(said, &self.settings).map(Message::Voice);
                            task = Task::batch([task, say]);
                        }
                        Some(wizard::Event::Explained(_)) => {}
                        Some(wizard::Event::SaveCase) if self.kiosk.is_some() => {
                            let mut profile =
                                Profile::new(&tl!(lang, "take-away-profile-name"), self.today);
                            profile.cases.push(Case::new(
                                &screen.case_title(pack),
                                screen.wizard().facts(),
                                screen.outcome(),
                                pack,
                                self.today,
                            ));
                            self.take_away = Some(TakeAway::new(profile));
                        }
                        Some(wizard::Event::SaveCase) => {
                            if let Some(files) = &mut self.files {
                                let facts = screen.wizard().facts();
                                let case = Case::new(
                                    &screen.case_title(pack),
                                    facts,
                                    screen.outcome(),
                                    pack,
                                    self.today,
                                );
                                let flushed = files.begin_save(case).map(Message::Files);
                                task = Task::batch([task, flushed]);
                                self.view = View::Files;
                            }
                        }
                        None => {}
                    }
                }
                return Task::batch([task, self.focus_input()]);
            }
        }
        Task::none()
    }

    fn take_away(&mut self, message: TakeAwayMessage) -> Task<Message> {
        let Some(t) = &mut self.take_away else {
            return Task::none();
        };
        let (task, keep) = t.update(self.settings.language, message);
        if !keep {
            self.take_away = None;
        }
        task.map(Message::TakeAway)
    }

    /// After an installation or a rollback: the pack now in use, and a fresh wizard on it.
    fn reload_pack(&mut self) {
        // The rules screen knows the data directory even when the files could not be opened.
        let data_dir = self.rules.as_ref().map(|r| r.data_dir().to_path_buf());
        let (pack, _) = install::active(data_dir.as_deref(), install::allow_test_keys());
        self.pack = pack.map(Arc::new);
        self.wizard = self
            .pack
            .as_deref()
            .ok()
            .map(|p| wizard::Screen::new(p, self.today, Settings::default().language));
        // The new pack reads in the person's language, as the old one did.
        self.relocalize();
    }

    /// Puts the keyboard in the current step's text field, if it has one.
    pub fn focus_input(&self) -> Task<Message> {
        if self.view != View::Wizard {
            return Task::none();
        }
        match self.wizard.as_ref().and_then(|w| w.input_id()) {
            Some(id) => iced::widget::operation::focus(id),
            None => Task::none(),
        }
    }

    /// Every language by its own name, in its own script; machine translations say so.
    fn language_picker(&self) -> Element<'_, Message> {
        let lang = self.settings.language;
        let mut col = stack![lang; text(tl!(lang, "kiosk-choose-language")).size(26)].spacing(10);
        for lang in Lang::ALL {
            let mut label = stack![lang; text(lang.native_name()).size(24)];
            if lang.machine_translated() {
                label = label.push(text(i18n::tr_in(lang, "language-machine", &[])).size(14));
            }
            col = col.push(
                button(label)
                    .width(360)
                    .padding([8, 16])
                    .style(if lang == self.settings.language {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .on_press(Message::Language(lang)),
            );
        }
        col = col.push(text(tl!(lang, "language-authoritative")).size(14));
        container(col)
            .padding(16)
            .width(Fill)
            .style(container::bordered_box)
            .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let lang = self.settings.language;
        match (&self.pack, &self.wizard) {
            (Ok(pack), Some(screen)) => {
                let dark = self.settings.theme == ThemeChoice::Dark;
                let display = hrow![lang;
                    text(tl!(lang,
                        "header-rules",
                        date = short_date(lang, pack.meta.published),
                        version = pack.meta.version.as_str()
                    ))
                    .size(16),
                    space::horizontal(),
                    small_button(
                        format!("{} ▾", self.settings.language.native_name()),
                        Message::ToggleLanguages
                    ),
                    text(tl!(lang,
                        "header-text-size",
                        percent = (self.settings.text_scale * 100.0).round() as i64
                    ))
                    .size(16),
                    small_button("A−", Message::Zoom(-1)),
                    small_button("A+", Message::Zoom(1)),
                    small_button(
                        tl!(lang, if dark { "theme-light" } else { "theme-dark" }),
                        Message::ToggleTheme
                    ),
                ]
                .spacing(8)
                .center_y();
                let mut header = stack![lang; display].spacing(6);
                if self.languages_open && self.kiosk.is_none() {
                    header = header.push(self.language_picker());
                }
                if self.kiosk.is_some() {
                    let mut bar = hrow![lang;
                        fill(lang, text(tl!(lang, "kiosk-banner")).size(16)),
                        button(text(tl!(lang, "kiosk-erase")).size(18))
                            .style(button::danger)
                            .padding([6, 14])
                            .on_press(Message::Erase),
                    ]
                    .spacing(12)
                    .center_y();
                    if let Some(Idle::Countdown(left)) = self.idle() {
                        bar = hrow![lang;
                            fill(lang,
                                text(tl!(lang, "kiosk-countdown", seconds = left))
                                    .size(22)
                                    .style(text::danger)
                            ),
                            button(text(tl!(lang, "kiosk-still-here")).size(20))
                                .padding([8, 16])
                                .on_press(Message::StillHere),
                        ]
                        .spacing(12)
                        .center_y();
                    }
                    header = header.push(bar);
                    if let Some(t) = &self.take_away {
                        header = header.push(t.view(lang).map(Message::TakeAway));
                    }
                }
                if pack.is_stale(screen.wizard().today()) {
                    let mut warning =
                        hrow![lang; fill(lang, text(tl!(lang, "rules-stale")).size(18).style(text::warning))]
                            .spacing(12)
                            .center_y();
                    if self.rules.is_some() {
                        warning = warning.push(small_button(
                            tl!(lang, "rules-update"),
                            Message::Show(View::Rules),
                        ));
                    }
                    header = header.push(warning);
                }
                if let Some(problem) = &self.settings_problem {
                    header = header.push(text(problem.as_str()).size(16).style(text::warning));
                }
                // « Écouter » reads the question or the answer; the language list at a kiosk.
                if self.view == View::Wizard || self.languages_open {
                    header =
                        header.push(self.reader.view(lang, &self.settings).map(Message::Voice));
                }
                if let Some(files) = &self.files {
                    let tab = |label: String, view: View| {
                        button(text(label).size(18))
                            .style(if self.view == view {
                                button::primary
                            } else {
                                button::secondary
                            })
                            .padding([6, 14])
                            .on_press(Message::Show(view))
                    };
                    let mut tabs = hrow![lang;
                        tab(tl!(lang, "tab-wizard"), View::Wizard),
                        tab(tl!(lang, "tab-files", count = files.profiles().len()), View::Files),
                    ]
                    .spacing(8)
                    .center_y();
                    if self.rules.is_some() {
                        tabs = tabs.push(tab(tl!(lang, "tab-rules"), View::Rules));
                    }
                    if let Some((name, label, date, days)) = files.next_due(self.today) {
                        tabs = tabs.push(
                            text(tl!(
                                lang,
                                "header-next-date",
                                name = name,
                                label = label,
                                date = short_date(lang, date),
                                when = files::days_text(lang, days)
                            ))
                            .size(16)
                            .style(if days <= 14 {
                                text::warning
                            } else {
                                text::base
                            }),
                        );
                    }
                    header = header.push(tabs.wrap(6.0));
                }
                let body = match (&self.files, &self.rules, self.view) {
                    // A kiosk starts on the language picker, and comes back to it after erasing.
                    _ if self.languages_open && self.kiosk.is_some() => {
                        page(self.language_picker())
                    }
                    (Some(files), _, View::Files) => {
                        page(files.view(pack, self.today, lang).map(Message::Files))
                    }
                    (_, Some(rules), View::Rules) => {
                        page(rules.view(pack, lang).map(Message::Rules))
                    }
                    _ => {
                        let keep = if self.kiosk.is_some() {
                            Some(tl!(lang, "keep-kiosk"))
                        } else if self.files.is_some() {
                            Some(tl!(lang, "keep-files"))
                        } else {
                            None
                        };
                        screen
                            .view(pack, keep, self.reader.section())
                            .map(Message::Wizard)
                    }
                };
                stack![lang; container(header).padding([8, 24]), body].into()
            }
            (pack, _) => container(
                stack![lang;
                    text(tl!(lang, "pack-broken")).size(28),
                    text(
                        pack.as_ref()
                            .err()
                            .map(ToString::to_string)
                            .unwrap_or_default()
                    )
                    .size(16),
                ]
                .spacing(16),
            )
            .padding(24)
            .width(Fill)
            .into(),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = keyboard::listen().filter_map(|event| match event {
            keyboard::Event::KeyPressed {
                key,
                modifiers,
                text,
                ..
            } => key_event_to_message(&key, modifiers, text.as_deref()),
            _ => None,
        });
        let closing = iced::window::close_requests().map(|_| Message::CloseRequested);
        let mut subscriptions = vec![keys, closing];
        if self.kiosk.is_some() {
            subscriptions
                .push(iced::time::every(std::time::Duration::from_secs(1)).map(Message::Tick));
        }
        // Typing in a file is written at most once a second: the rest a second later.
        if self.files.as_ref().is_some_and(files::Files::has_unsaved) {
            subscriptions.push(
                iced::time::every(files::TYPING_WRITE_EVERY)
                    .map(|_| Message::Files(files::Message::Flush)),
            );
        }
        Subscription::batch(subscriptions)
    }
}

/// A key pressed anywhere: the key map's message, else, for a letter typed in Arabic, Dari or
/// Chinese (a name in a search or a form) while their fonts are not loaded yet, the request to
/// load them — otherwise the letters would show in whatever font the computer has, if any.
pub fn key_event_to_message(
    key: &Key,
    modifiers: Modifiers,
    text: Option<&str>,
) -> Option<Message> {
    key_to_message(key, modifiers).or_else(|| {
        text.is_some_and(|t| t.chars().any(crate::fonts::in_other_scripts))
            .then_some(Message::OtherScriptTyped)
    })
}

/// The app-level key map (iced 0.14 buttons cannot take focus): digits pick a choice, arrows move
/// the highlight, Enter confirms, Backspace/Escape go back, Ctrl+Plus/Minus zoom; F2 reads the
/// screen aloud, F3 stops, Page Down / Page Up go to the next or previous part, F4 turns
/// « Lire à voix haute » on or off.
pub fn key_to_message(key: &Key, modifiers: Modifiers) -> Option<Message> {
    use wizard::Message as W;
    let voice = |m| Some(Message::Voice(m));
    match key {
        Key::Named(Named::F2) => voice(voice::Message::Listen),
        Key::Named(Named::F3) => voice(voice::Message::Stop),
        Key::Named(Named::F4) => voice(voice::Message::ToggleReadAloud),
        Key::Named(Named::PageDown) => voice(voice::Message::Next),
        Key::Named(Named::PageUp) => voice(voice::Message::Previous),
        Key::Character(c) if modifiers.command() && modifiers.shift() => {
            c.eq_ignore_ascii_case("e").then_some(Message::Erase)
        }
        Key::Character(c) if modifiers.command() => match c.as_str() {
            "+" | "=" => Some(Message::Zoom(1)),
            "-" => Some(Message::Zoom(-1)),
            _ => None,
        },
        Key::Character(c) if !modifiers.alt() => {
            let digit = c.parse::<usize>().ok().filter(|d| (1..=9).contains(d))?;
            Some(Message::Wizard(W::Pick(digit - 1)))
        }
        Key::Named(Named::ArrowDown) => Some(Message::Wizard(W::MoveSelection(1))),
        Key::Named(Named::ArrowUp) => Some(Message::Wizard(W::MoveSelection(-1))),
        Key::Named(Named::Enter) => Some(Message::Wizard(W::Confirm)),
        Key::Named(Named::Backspace | Named::Escape) => Some(Message::Wizard(W::Back)),
        _ => None,
    }
}

/// A screen's content, padded and scrollable.
fn page(content: Element<'_, Message>) -> Element<'_, Message> {
    container(scrollable(container(content).padding(24)))
        .width(Fill)
        .height(Fill)
        .into()
}

fn open_in_browser(url: &str) {
    if let Err(e) = crate::system::open(url) {
        eprintln!("passerelle: {e}");
    }
}

/// Fonts bundled and loaded (no glyph depends on the machine), large default text for kiosks.
pub fn settings() -> iced::Settings {
    settings_with(&FONTS)
}

/// The fonts a window needs from its first frame: Latin and symbols always; Arabic and Chinese
/// (2 MB, most of the start-up cost) only when the person's language or the kiosk's language
/// picker shows them at once — otherwise they are loaded when the picker opens.
fn startup_fonts(lang: Lang, kiosk: bool) -> Vec<&'static [u8]> {
    if kiosk || lang.rtl() || lang == Lang::ZhHans {
        FONTS.to_vec()
    } else {
        vec![FONT_REGULAR, FONT_SYMBOLS]
    }
}

/// Puts bundled fonts in the text engine's database, read in place from the binary: iced's own
/// loading (`Settings::fonts`, `font::load`) copies each font into memory first, 1.8 MB for
/// the Chinese one alone. For the window's start only: nothing is drawn yet, so no cached text
/// needs to know about them.
fn install_fonts(fonts: &[&'static [u8]]) {
    use iced::advanced::graphics::text::{cosmic_text::fontdb::Source, font_system};
    let mut system = match font_system().write() {
        Ok(system) => system,
        Err(poisoned) => poisoned.into_inner(),
    };
    for font in fonts {
        system
            .raw()
            .db_mut()
            .load_font_source(Source::Binary(Arc::new(*font)));
    }
}

fn settings_with(fonts: &[&'static [u8]]) -> iced::Settings {
    iced::Settings {
        id: Some(APP_ID.into()),
        fonts: fonts.iter().map(|f| (*f).into()).collect(),
        default_font: Font::with_name("Noto Sans"),
        default_text_size: 20.into(),
        ..iced::Settings::default()
    }
}

/// Says in a dialog why the window could not open, where the system can show one (the same
/// message also goes to stderr).
pub fn show_error_dialog(message: &str) {
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("Passerelle")
        .set_description(message)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}

/// Opens the window. Defaults to the tiny-skia software renderer unless `ICED_BACKEND` is set.
/// Opens the window on the loaded pack (an error opens the error screen), the settings and the
/// person's files (`None`: nothing is kept).
pub fn run(
    pack: Result<RulePack, PackErrors>,
    settings_file: Option<SettingsFile>,
    store: Option<Result<ProfileStore, crate::store::profiles::StoreError>>,
    data_dir: Option<std::path::PathBuf>,
    kiosk: Option<std::time::Duration>,
    kiosk_settings: Option<Settings>,
) -> iced::Result {
    let today = chrono::Local::now().date_naive();
    let lang = settings_file
        .as_ref()
        .map_or(Lang::Fr, |f| f.settings.language);
    let fonts = startup_fonts(lang, kiosk.is_some());
    let all_fonts = fonts.len() == FONTS.len();
    install_fonts(&fonts);
    let pack = pack.map(Arc::new);
    // The store holds the lock: it goes to the one app the boot function makes.
    let store = std::sync::Mutex::new(store);
    iced::application(
        move || {
            let mut app = App::new(pack.clone(), today);
            if let Some(file) = settings_file.clone() {
                app = app.with_settings_file(file);
            }
            if let Some(dir) = &data_dir {
                app = app.with_rules(dir.clone());
            }
            if let Some(timeout) = kiosk {
                app = app.kiosk(timeout, std::time::Instant::now());
            }
            if let Some(settings) = kiosk_settings.clone() {
                app = app.with_kiosk_settings(settings);
            }
            match store.lock().ok().and_then(|mut s| s.take()) {
                Some(Ok(store)) => app = app.with_store(store),
                Some(Err(e)) => eprintln!("passerelle: files unavailable: {e}"),
                None => {}
            }
            app.other_scripts_loaded = all_fonts;
            let focus = app.focus_input();
            let said = app.read_aloud();
            (app, Task::batch([focus, said]))
        },
        App::update,
        App::view,
    )
    .title("Passerelle")
    .subscription(App::subscription)
    .theme(App::theme)
    .scale_factor(App::scale)
    .settings(settings_with(&[]))
    .window(iced::window::Settings {
        size: iced::Size::new(1024.0, 768.0),
        fullscreen: kiosk.is_some(),
        // Closing goes through `Message::CloseRequested`, which writes unsaved typing first.
        exit_on_close_request: false,
        ..iced::window::Settings::default()
    })
    .run()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_up_fonts_are_read_in_place_from_the_binary() {
        use iced::advanced::graphics::text::font_system;
        install_fonts(&[FONT_CJK]);
        let mut system = font_system().write().unwrap();
        let db = system.raw().db();
        let chinese: Vec<_> = db
            .faces()
            .filter(|f| {
                f.families
                    .iter()
                    .any(|(name, _)| name == "Noto Sans CJK SC")
            })
            .map(|f| f.id)
            .collect();
        assert!(!chinese.is_empty(), "the Chinese font is in the database");
        // Same bytes at the same address: the 1.8 MB font was not copied.
        let in_place = chinese.iter().any(|&id| {
            db.with_face_data(id, |data, _| data.as_ptr() == FONT_CJK.as_ptr())
                .unwrap_or(false)
        });
        assert!(in_place, "the Chinese font was copied");
    }

    fn key(c: &str) -> Key {
        Key::Character(c.into())
    }

    #[test]
    fn key_map() {
        let none = Modifiers::empty();
        let ctrl = Modifiers::CTRL;
        assert!(matches!(
            key_to_message(&key("1"), none),
            Some(Message::Wizard(wizard::Message::Pick(0)))
        ));
        assert!(matches!(
            key_to_message(&key("9"), none),
            Some(Message::Wizard(wizard::Message::Pick(8)))
        ));
        assert!(key_to_message(&key("0"), none).is_none());
        assert!(key_to_message(&key("a"), none).is_none());
        assert!(matches!(
            key_to_message(&key("+"), ctrl),
            Some(Message::Zoom(1))
        ));
        assert!(matches!(
            key_to_message(&key("="), ctrl),
            Some(Message::Zoom(1))
        ));
        assert!(matches!(
            key_to_message(&key("-"), ctrl),
            Some(Message::Zoom(-1))
        ));
        assert!(
            key_to_message(&key("1"), ctrl).is_none(),
            "Ctrl+1 is not a choice"
        );
        let named = |n| Key::Named(n);
        assert!(matches!(
            key_to_message(&named(Named::Enter), none),
            Some(Message::Wizard(wizard::Message::Confirm))
        ));
        assert!(matches!(
            key_to_message(&named(Named::Escape), none),
            Some(Message::Wizard(wizard::Message::Back))
        ));
        assert!(matches!(
            key_to_message(&named(Named::Backspace), none),
            Some(Message::Wizard(wizard::Message::Back))
        ));
        assert!(matches!(
            key_to_message(&named(Named::ArrowDown), none),
            Some(Message::Wizard(wizard::Message::MoveSelection(1)))
        ));
        assert!(matches!(
            key_to_message(&named(Named::ArrowUp), none),
            Some(Message::Wizard(wizard::Message::MoveSelection(-1)))
        ));
        assert!(key_to_message(&named(Named::Tab), none).is_none());
        // The voice's keys.
        for (key, wanted) in [
            (Named::F2, "Listen"),
            (Named::F3, "Stop"),
            (Named::F4, "ToggleReadAloud"),
            (Named::PageDown, "Next"),
            (Named::PageUp, "Previous"),
        ] {
            let got = key_to_message(&named(key), none);
            assert!(
                matches!(&got, Some(Message::Voice(m)) if format!("{m:?}") == wanted),
                "{key:?}: {got:?}"
            );
        }
    }

    #[test]
    fn arabic_and_chinese_fonts_wait_until_a_screen_needs_them() {
        assert_eq!(
            startup_fonts(Lang::Fr, false),
            vec![FONT_REGULAR, FONT_SYMBOLS]
        );
        assert_eq!(startup_fonts(Lang::Es, false).len(), 2);
        for (lang, kiosk) in [
            (Lang::Ar, false),
            (Lang::FaAf, false),
            (Lang::ZhHans, false),
            (Lang::Fr, true),
        ] {
            assert_eq!(
                startup_fonts(lang, kiosk).len(),
                FONTS.len(),
                "{lang} kiosk={kiosk}"
            );
        }
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut app = App::new(RulePack::bundled().map(Arc::new), today);
        app.other_scripts_loaded = false;
        let _ = app.update(Message::ToggleLanguages);
        assert!(app.other_scripts_loaded, "opening the picker loads them");

        // Typing a name in Arabic or Chinese in a French window loads them too.
        let mut app = App::new(RulePack::bundled().map(Arc::new), today);
        app.other_scripts_loaded = false;
        let typed = |c: &str| key_event_to_message(&key(c), Modifiers::empty(), Some(c));
        assert!(typed("a").is_none());
        assert!(typed("é").is_none());
        assert!(
            matches!(typed("2"), Some(Message::Wizard(_))),
            "digits stay choices"
        );
        let Some(message) = typed("م") else {
            panic!("an Arabic letter asks for the fonts")
        };
        assert!(matches!(typed("中"), Some(Message::OtherScriptTyped)));
        let _ = app.update(message);
        assert!(app.other_scripts_loaded);
    }
}
