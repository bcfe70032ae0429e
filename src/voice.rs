//! The voice: what Passerelle says goes to the platform's speech service from threads of its
//! own, so that speaking never holds up a frame, and a service that is missing, or that takes
//! text and never starts speaking (a computer without a sound device), is found out by
//! deadlines here — never by waiting on the window's thread.
//!
//! Two threads: the *voice* thread keeps the order of things said and their deadlines; the
//! *service* thread owns the connection and may block in it (starting the service, a socket
//! that does not answer): if it does, the voice thread answers « not said » and stops using it.
//!
//! On Linux the service is speech-dispatcher, reached over its socket with its own protocol
//! (SSIP, `ssip-client-async`); it is started on first use as its library would
//! (`speech-dispatcher --spawn`, which respects `DisableAutoSpawn`). The voice for a language is
//! chosen by the language alone (`SET self LANGUAGE fa`), which takes a millisecond — choosing
//! a voice by name means listing every voice first, 13,000 with espeak-ng, two seconds each time.

use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::channel::oneshot;

use passerelle_core::i18n::Lang;
use passerelle_core::settings::SpeechSpeed;
use passerelle_core::speech::Utterance;

/// How long the service may take to be reached, started included (speech-dispatcher starts in
/// about 0.3 s here).
pub const CONNECT_WITHIN: Duration = Duration::from_secs(5);
/// How long, once text is handed over, until the service must have started speaking.
pub const BEGIN_WITHIN: Duration = Duration::from_secs(5);
/// How long, once begun, a text may take to be said: this, plus `PER_CHARACTER` for each of its
/// characters (twice the slowest speed's pace). A service that begins and never ends (seen with
/// speech-dispatcher on a computer without a sound device) is found out this way.
pub const END_WITHIN: Duration = Duration::from_secs(5);
pub const PER_CHARACTER: Duration = Duration::from_millis(200);

/// What became of one utterance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// Said to its end; `began` is the time from asking to the first sound.
    Ended { began: Duration },
    /// Cut short: stopped, or something newer was said.
    Stopped,
    /// Not said, and why (no speech service, no sound). Nothing more is tried after this.
    Failed(String),
    /// Not said: this computer has no voice for the text's language (Windows: none installed);
    /// texts in other languages still are.
    NoVoice(String),
}

/// Where speech goes.
#[derive(Clone)]
pub enum Service {
    /// The platform's speech service (started if it is not running).
    System,
    /// speech-dispatcher at this socket, never started from here (a kiosk's own, a test's).
    Socket(std::path::PathBuf),
    /// Nowhere: each utterance is kept in this list and counted as said at once, except those
    /// in the languages listed, which have no voice (as a Windows without their voices) and
    /// come back as `Said::NoVoice`. For tests of what the app says and when; the service itself
    /// is tested with the real one.
    Recorder(Arc<Mutex<Vec<(Utterance, SpeechSpeed)>>>, Vec<Lang>),
}

/// The app's end of the voice: hands utterances to the voice thread, started on first use.
pub struct Voice {
    service: Service,
    thread: Option<Sender<Input>>,
}

impl Voice {
    /// Nothing starts and nothing is connected until the first thing is said.
    pub fn new(service: Service) -> Voice {
        Voice {
            service,
            thread: None,
        }
    }

    /// Says `utterance`, cutting short whatever is being said; the receiver gets what became of
    /// it (never left waiting: a deadline answers for a service that does not).
    pub fn say(&mut self, utterance: Utterance, speed: SpeechSpeed) -> oneshot::Receiver<Said> {
        let (done, said) = oneshot::channel();
        let input = Input::Say {
            utterance,
            speed,
            done,
            asked: Instant::now(),
        };
        if let Err(mpsc::SendError(Input::Say { done, .. })) = self.thread().send(input) {
            let _ = done.send(Said::Failed("the voice thread has stopped".into()));
        }
        said
    }

    /// Stops speaking (what was being said ends as `Said::Stopped`).
    pub fn stop(&mut self) {
        if let Some(thread) = &self.thread {
            let _ = thread.send(Input::Stop);
        }
    }

    fn thread(&mut self) -> &Sender<Input> {
        let service = self.service.clone();
        self.thread.get_or_insert_with(|| start(service))
    }
}

impl Drop for Voice {
    /// Stops speaking and ends both threads (the service's connection is closed).
    fn drop(&mut self) {
        self.stop();
        if let Some(thread) = &self.thread {
            let _ = thread.send(Input::Quit);
        }
    }
}

/// What the voice thread hears: from the app, and from the service thread.
enum Input {
    Say {
        utterance: Utterance,
        speed: SpeechSpeed,
        done: oneshot::Sender<Said>,
        asked: Instant,
    },
    Stop,
    /// The app's end is gone: the voice thread ends, and with it the service's.
    Quit,
    Connected(Result<(), String>),
    Began(u64),
    Ended(u64),
    /// Canceled, or an error while handing it over (then `Failed`).
    Dropped(u64, Option<String>),
    /// This text cannot be said (Windows: no voice installed for its language), the service
    /// still works for others: `NoVoice` with the reason, and the voice is not given up.
    Unspoken(u64, String),
}

/// What the service thread is asked to do.
enum Order {
    Say {
        n: u64,
        lang: Lang,
        speed: SpeechSpeed,
        text: String,
    },
    Cancel,
}

/// The utterance being said.
struct Current {
    n: u64,
    done: oneshot::Sender<Said>,
    asked: Instant,
    began: Option<Instant>,
    /// When it must have begun, then when it must have ended.
    deadline: Instant,
    /// How long it may take once begun.
    length: Duration,
}

fn start(service: Service) -> Sender<Input> {
    let (to_voice, inbox) = mpsc::channel::<Input>();
    let (to_service, orders) = mpsc::channel::<Order>();
    let events = to_voice.clone();
    let spawned = std::thread::Builder::new()
        .name("voice-service".into())
        .spawn(move || match service {
            Service::System => system::serve(None, orders, events),
            Service::Socket(path) => system::serve(Some(path), orders, events),
            Service::Recorder(list, voiceless) => record(orders, events, list, &voiceless),
        });
    let connecting = match spawned {
        Ok(_) => Some(Instant::now() + CONNECT_WITHIN),
        Err(e) => {
            let _ = to_voice.send(Input::Connected(Err(format!("cannot start a thread: {e}"))));
            None
        }
    };
    let _ = std::thread::Builder::new()
        .name("voice".into())
        .spawn(move || run(inbox, to_service, connecting));
    to_voice
}

/// The voice thread: one utterance at a time, the newest wins.
fn run(inbox: mpsc::Receiver<Input>, service: Sender<Order>, connecting: Option<Instant>) {
    let mut connecting = connecting;
    // Set once the service is found wanting: every later utterance fails with it at once.
    let mut broken: Option<String> = None;
    // Asked before the service was reached: said once it is.
    let mut waiting: Option<(Utterance, SpeechSpeed, oneshot::Sender<Said>, Instant)> = None;
    let mut current: Option<Current> = None;
    let mut count = 0u64;
    loop {
        let deadline = connecting.or(current.as_ref().map(|c| c.deadline));
        let input = match deadline {
            Some(at) => inbox.recv_timeout(at.saturating_duration_since(Instant::now())),
            None => inbox.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        let fail = |why: &str, broken: &mut Option<String>| {
            broken.get_or_insert_with(|| why.to_string()).clone()
        };
        match input {
            Err(RecvTimeoutError::Disconnected) | Ok(Input::Quit) => return,
            Err(RecvTimeoutError::Timeout) => {
                let why = if connecting.take().is_some() {
                    "the speech service did not answer"
                } else if current.as_ref().is_some_and(|c| c.began.is_some()) {
                    "the speech service began speaking and never finished (no sound device?)"
                } else {
                    "the speech service took the text but did not start speaking (no sound device?)"
                };
                let why = fail(why, &mut broken);
                if let Some((_, _, done, _)) = waiting.take() {
                    let _ = done.send(Said::Failed(why.clone()));
                }
                if let Some(c) = current.take() {
                    let _ = c.done.send(Said::Failed(why));
                }
            }
            Ok(Input::Connected(result)) => {
                connecting = None;
                match result {
                    Err(e) => {
                        let why = fail(&e, &mut broken);
                        if let Some((_, _, done, _)) = waiting.take() {
                            let _ = done.send(Said::Failed(why));
                        }
                    }
                    Ok(()) => {
                        if let Some((utterance, speed, done, asked)) = waiting.take() {
                            count += 1;
                            current =
                                Some(hand_over(&service, count, utterance, speed, done, asked));
                        }
                    }
                }
            }
            Ok(Input::Say {
                utterance,
                speed,
                done,
                asked,
            }) => {
                if let Some(why) = &broken {
                    let _ = done.send(Said::Failed(why.clone()));
                    continue;
                }
                if let Some(c) = current.take() {
                    let _ = service.send(Order::Cancel);
                    let _ = c.done.send(Said::Stopped);
                }
                if connecting.is_some() {
                    if let Some((_, _, old, _)) = waiting.replace((utterance, speed, done, asked)) {
                        let _ = old.send(Said::Stopped);
                    }
                    continue;
                }
                count += 1;
                current = Some(hand_over(&service, count, utterance, speed, done, asked));
            }
            Ok(Input::Stop) => {
                if let Some((_, _, done, _)) = waiting.take() {
                    let _ = done.send(Said::Stopped);
                }
                if let Some(c) = current.take() {
                    let _ = service.send(Order::Cancel);
                    let _ = c.done.send(Said::Stopped);
                }
            }
            Ok(Input::Began(n)) => {
                if let Some(c) = current.as_mut().filter(|c| c.n == n && c.began.is_none()) {
                    let now = Instant::now();
                    c.began = Some(now);
                    c.deadline = now + c.length;
                }
            }
            Ok(Input::Ended(n)) => {
                if let Some(c) = current.take_if(|c| c.n == n) {
                    let began = c.began.unwrap_or_else(Instant::now) - c.asked;
                    let _ = c.done.send(Said::Ended { began });
                }
            }
            Ok(Input::Dropped(n, error)) => {
                if let Some(c) = current.take_if(|c| c.n == n) {
                    let said = match error {
                        Some(e) => Said::Failed(fail(&e, &mut broken)),
                        None => Said::Stopped,
                    };
                    let _ = c.done.send(said);
                }
            }
            Ok(Input::Unspoken(n, why)) => {
                if let Some(c) = current.take_if(|c| c.n == n) {
                    let _ = c.done.send(Said::NoVoice(why));
                }
            }
        }
    }
}

fn hand_over(
    service: &Sender<Order>,
    n: u64,
    utterance: Utterance,
    speed: SpeechSpeed,
    done: oneshot::Sender<Said>,
    asked: Instant,
) -> Current {
    let characters = utterance.text.chars().count() as u32;
    let length = END_WITHIN + PER_CHARACTER * characters;
    let _ = service.send(Order::Say {
        n,
        lang: utterance.lang,
        speed,
        text: utterance.text,
    });
    Current {
        n,
        done,
        asked,
        began: None,
        deadline: Instant::now() + BEGIN_WITHIN,
        length,
    }
}

/// The recorder: keeps what it is asked to say, says it at once.
fn record(
    orders: mpsc::Receiver<Order>,
    events: Sender<Input>,
    list: Arc<Mutex<Vec<(Utterance, SpeechSpeed)>>>,
    voiceless: &[Lang],
) {
    let _ = events.send(Input::Connected(Ok(())));
    for order in orders {
        if let Order::Say {
            n,
            lang,
            speed,
            text,
        } = order
        {
            if voiceless.contains(&lang) {
                let why = format!("no voice for « {} » (recorder)", lang.voice_language());
                let _ = events.send(Input::Unspoken(n, why));
                continue;
            }
            let utterance = Utterance {
                lang,
                text,
                section: None,
            };
            list.lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push((utterance, speed));
            for event in [Input::Began(n), Input::Ended(n)] {
                let _ = events.send(event);
            }
        }
    }
}

/// A text as the service takes it: one line (the protocol ends a text with a line holding a
/// lone full stop), no control characters.
fn one_line(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match line.trim_start().strip_prefix('.') {
        Some(rest) => rest.trim_start().to_string(),
        None => line.trim().to_string(),
    }
}

/// How fast, on a service's scale from `min` to `max` around its `normal`: four tenths of the
/// way down for slow, up for fast.
fn rate_between(speed: SpeechSpeed, min: f32, normal: f32, max: f32) -> f32 {
    match speed {
        SpeechSpeed::Slow => normal - (normal - min) * 0.4,
        SpeechSpeed::Normal => normal,
        SpeechSpeed::Fast => normal + (max - normal) * 0.4,
    }
}

#[cfg(target_os = "linux")]
mod system {
    //! speech-dispatcher, over its socket.

    use std::path::PathBuf;
    use std::sync::mpsc::{self, Sender, TryRecvError};
    use std::time::Duration;

    use ssip_client_async::fifo::synchronous::{Builder, UnixStream};
    use ssip_client_async::types::{
        ClientError, ClientName, ClientScope, EventType, MessageScope, NotificationType, Priority,
        Response,
    };
    use ssip_client_async::{Client, OK_MESSAGE_QUEUED};

    use super::{one_line, rate_between, Input, Order};

    /// How long one read waits for the service: how late an order can be taken up.
    const POLL: Duration = Duration::from_millis(15);
    /// Reads that may time out while waiting for an answer to a command (3 s).
    const PATIENCE: u32 = 200;
    const NO_ANSWER: &str = "the speech service stopped answering (no sound device?)";

    type Conn = Client<UnixStream>;

    pub(super) fn serve(
        socket: Option<PathBuf>,
        orders: mpsc::Receiver<Order>,
        events: Sender<Input>,
    ) {
        let mut client = match connect(socket, &events) {
            Ok(client) => client,
            Err(e) => {
                let _ = events.send(Input::Connected(Err(e)));
                return;
            }
        };
        let _ = events.send(Input::Connected(Ok(())));
        // The service's id of what we are saying, and ours.
        let mut speaking: Option<(String, u64)> = None;
        loop {
            loop {
                // Nothing being said: wait for an order without reading the socket, so that an
                // idle voice wakes nobody up.
                let order = match speaking {
                    None => orders.recv().map_err(|_| TryRecvError::Disconnected),
                    Some(_) => orders.try_recv(),
                };
                let order = match order {
                    Ok(order) => order,
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        let _ = client.quit();
                        return;
                    }
                };
                let result = match order {
                    Order::Cancel => {
                        speaking = None;
                        command(&mut client, &events, &mut speaking, |c| {
                            c.cancel(MessageScope::Last)
                        })
                        .map(|_| ())
                    }
                    Order::Say {
                        n,
                        lang,
                        speed,
                        text,
                    } => match say(&mut client, &events, lang.voice_language(), speed, &text) {
                        Ok(id) => {
                            speaking = Some((id, n));
                            Ok(())
                        }
                        Err(e) => {
                            let _ = events.send(Input::Dropped(n, Some(e.clone())));
                            Err(e)
                        }
                    },
                };
                if let Err(e) = result {
                    // The connection is in an unknown state: say so and stop using it.
                    if let Some((_, n)) = speaking.take() {
                        let _ = events.send(Input::Dropped(n, Some(e)));
                    }
                    return;
                }
            }
            match client.receive() {
                Ok(response) => notify(&events, &mut speaking, response),
                Err(ClientError::Io(e)) if timed_out(&e) => {}
                Err(e) => {
                    if let Some((_, n)) = speaking.take() {
                        let _ = events.send(Input::Dropped(n, Some(e.to_string())));
                    }
                    return;
                }
            }
        }
    }

    fn connect(socket: Option<PathBuf>, events: &Sender<Input>) -> Result<Conn, String> {
        let mut builder = Builder::new();
        builder.timeout(POLL);
        if let Some(path) = &socket {
            builder.path(path);
        }
        let mut client = match (builder.build(), &socket) {
            (Ok(client), _) => client,
            (Err(e), Some(path)) => {
                return Err(format!("no speech-dispatcher at {}: {e}", path.display()))
            }
            (Err(_), None) => {
                builder
                    .with_spawn()
                    .map_err(|e| format!("speech-dispatcher could not be started: {e}"))?;
                builder
                    .build()
                    .map_err(|e| format!("speech-dispatcher is not running: {e}"))?
            }
        };
        command(&mut client, events, &mut None, |c| {
            c.set_client_name(ClientName::new("passerelle", "voice"))
        })?;
        command(&mut client, events, &mut None, |c| {
            c.set_notification(NotificationType::All, true)
        })?;
        command(&mut client, events, &mut None, |c| {
            c.set_priority(Priority::Important)
        })?;
        Ok(client)
    }

    /// Hands a text over; the service's id for it.
    fn say(
        client: &mut Conn,
        events: &Sender<Input>,
        language: &str,
        speed: super::SpeechSpeed,
        text: &str,
    ) -> Result<String, String> {
        // What was said before is over for the voice thread: its notifications are dropped.
        let none = &mut None;
        command(client, events, none, |c| {
            c.set_language(ClientScope::Current, language)
        })?;
        command(client, events, none, |c| {
            // speech-dispatcher's scale: -100 to 100, 0 the voice's own speed.
            c.set_rate(
                ClientScope::Current,
                rate_between(speed, -100.0, 0.0, 100.0).round() as i8,
            )
        })?;
        command(client, events, none, |c| c.speak())?;
        client
            .send_line(&one_line(text))
            .map_err(|e| e.to_string())?;
        // The answer carries the id; a notification about what was said before may come first.
        let mut patience = PATIENCE;
        loop {
            match client.receive_lines(OK_MESSAGE_QUEUED) {
                Ok(lines) => return lines.first().cloned().ok_or("no message id".into()),
                Err(ClientError::UnexpectedStatus(code)) if (700..=705).contains(&code) => {}
                Err(ClientError::Io(e)) if timed_out(&e) => {
                    patience = patience.checked_sub(1).ok_or(NO_ANSWER)?;
                }
                Err(e) => return Err(e.to_string()),
            }
        }
    }

    /// Sends a command and waits for its answer, passing on notifications that come between.
    fn command(
        client: &mut Conn,
        events: &Sender<Input>,
        speaking: &mut Option<(String, u64)>,
        send: impl FnOnce(&mut Conn) -> Result<&mut Conn, ClientError>,
    ) -> Result<Response, String> {
        send(client).map_err(|e| e.to_string())?;
        let mut patience = PATIENCE;
        loop {
            match client.receive() {
                Ok(
                    event @ (Response::EventBegin(_)
                    | Response::EventEnd(_)
                    | Response::EventCanceled(_)
                    | Response::EventPaused(_)
                    | Response::EventResumed(_)
                    | Response::EventIndexMark(..)),
                ) => notify(events, speaking, event),
                Ok(answer) => return Ok(answer),
                Err(ClientError::Io(e)) if timed_out(&e) => {
                    patience = patience.checked_sub(1).ok_or(NO_ANSWER)?;
                }
                Err(e) => return Err(e.to_string()),
            }
        }
    }

    /// A notification about what is being said, passed on with our number for it; its end
    /// leaves nothing being said.
    fn notify(events: &Sender<Input>, speaking: &mut Option<(String, u64)>, response: Response) {
        let (kind, id) = match response {
            Response::EventBegin(id) => (EventType::Begin, id),
            Response::EventEnd(id) => (EventType::End, id),
            Response::EventCanceled(id) => (EventType::Cancel, id),
            _ => return,
        };
        let Some((_, n)) = speaking.clone().filter(|(m, _)| *m == id.message) else {
            return;
        };
        let _ = events.send(match kind {
            EventType::Begin => Input::Began(n),
            EventType::End => Input::Ended(n),
            _ => Input::Dropped(n, None),
        });
        if !matches!(kind, EventType::Begin) {
            *speaking = None;
        }
    }

    fn timed_out(e: &std::io::Error) -> bool {
        matches!(
            e.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        )
    }
}

#[cfg(not(target_os = "linux"))]
mod system {
    //! Windows (its own voices, WinRT) and macOS (AVFoundation), through the `tts` crate: the
    //! voice of the language is taken from the platform's list, read once. Built for those
    //! platforms only; tested on Linux's service, not here.

    use std::collections::HashMap;
    use std::sync::mpsc::{self, Sender};
    use std::sync::{Arc, Mutex};

    use super::{one_line, rate_between, Input, Order};

    type Numbers = Arc<Mutex<HashMap<String, u64>>>;

    pub(super) fn serve(
        _socket: Option<std::path::PathBuf>,
        orders: mpsc::Receiver<Order>,
        events: Sender<Input>,
    ) {
        let mut tts = match tts::Tts::default() {
            Ok(tts) => tts,
            Err(e) => {
                let _ = events.send(Input::Connected(Err(format!("no speech service: {e}"))));
                return;
            }
        };
        let voices = tts.voices().unwrap_or_default();
        // The platform's id of each utterance, and ours.
        let numbers = Numbers::default();
        let ended = |make: fn(u64) -> Input| {
            let (numbers, events) = (numbers.clone(), events.clone());
            Box::new(move |id: tts::UtteranceId| {
                let n = numbers
                    .lock()
                    .ok()
                    .and_then(|mut m| m.remove(&format!("{id:?}")));
                if let Some(n) = n {
                    let _ = events.send(make(n));
                }
            }) as Box<dyn FnMut(tts::UtteranceId)>
        };
        let _ = tts.on_utterance_end(Some(ended(Input::Ended)));
        let _ = tts.on_utterance_stop(Some(ended(|n| Input::Dropped(n, None))));
        let _ = events.send(Input::Connected(Ok(())));
        for order in orders {
            let Order::Say {
                n,
                lang,
                speed,
                text,
            } = order
            else {
                let _ = tts.stop();
                continue;
            };
            let voice = voices
                .iter()
                .find(|v| v.language().primary_language() == lang.voice_language());
            // Another language's voice would read this text as gibberish: say why instead.
            let Some(voice) = voice else {
                let why = format!(
                    "no voice for « {} » on this computer (Windows: Settings › Time & language › Speech › Add voices)",
                    lang.voice_language()
                );
                let _ = events.send(Input::Unspoken(n, why));
                continue;
            };
            let _ = tts.set_voice(voice);
            let rate = rate_between(speed, tts.min_rate(), tts.normal_rate(), tts.max_rate());
            let _ = tts.set_rate(rate);
            match tts.speak(one_line(&text), true) {
                Ok(Some(id)) => {
                    if let Ok(mut m) = numbers.lock() {
                        m.insert(format!("{id:?}"), n);
                    }
                    let _ = events.send(Input::Began(n));
                }
                // No way to hear its end: counted as said.
                Ok(None) => {
                    let _ = events.send(Input::Began(n));
                    let _ = events.send(Input::Ended(n));
                }
                Err(e) => {
                    let _ = events.send(Input::Dropped(n, Some(e.to_string())));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speeds_are_four_tenths_of_the_way_from_normal() {
        let close = |a: f32, b: f32| (a - b).abs() < 1e-5;
        assert!(close(
            rate_between(SpeechSpeed::Slow, -100.0, 0.0, 100.0),
            -40.0
        ));
        assert!(close(
            rate_between(SpeechSpeed::Normal, -100.0, 0.0, 100.0),
            0.0
        ));
        // A scale not centred on its normal (WinRT: 0.5 to 6, normal 1).
        assert!(close(rate_between(SpeechSpeed::Fast, 0.5, 1.0, 6.0), 3.0));
        assert!(close(rate_between(SpeechSpeed::Slow, 0.5, 1.0, 6.0), 0.8));
    }

    #[test]
    fn texts_are_handed_over_on_one_line() {
        assert_eq!(one_line("Bonjour.\nLa suite"), "Bonjour. La suite");
        assert_eq!(one_line(". un point d'abord"), "un point d'abord");
        assert_eq!(one_line("tab\there"), "tab here");
    }

    #[test]
    fn the_newest_utterance_wins_and_stop_stops() {
        let list = Arc::new(Mutex::new(Vec::new()));
        let mut voice = Voice::new(Service::Recorder(list.clone(), Vec::new()));
        let first = voice.say(Utterance::new(Lang::Fr, "un"), SpeechSpeed::Slow);
        let said = futures::executor::block_on(first).unwrap();
        assert!(matches!(said, Said::Ended { .. }), "{said:?}");
        let second = voice.say(Utterance::new(Lang::Ar, "اثنان"), SpeechSpeed::Normal);
        assert!(matches!(
            futures::executor::block_on(second).unwrap(),
            Said::Ended { .. }
        ));
        let recorded = list.lock().unwrap().clone();
        assert_eq!(recorded.len(), 2);
        assert_eq!(recorded[0].0.text, "un");
        assert_eq!(recorded[0].1, SpeechSpeed::Slow);
        assert_eq!(recorded[1].0.lang, Lang::Ar);
        // Dropped: both threads end (the service thread let go of what it held).
        drop(voice);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Arc::strong_count(&list) > 1 {
            assert!(
                Instant::now() < deadline,
                "the voice's threads are still running"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}
