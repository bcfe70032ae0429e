//! The `passerelle` command: resolve a case, run scenarios, check a rule pack.
// On Windows the program is a window program: no console window opens behind the GUI. Its
// commands still print in the terminal they are typed in (`console::attach`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use passerelle::facts::{parse_date, FactName, Facts};
use passerelle::pack::RulePack;
use passerelle::settings::SettingsFile;
use passerelle::store;
use passerelle::store::profiles::ProfileStore;
use passerelle::{resolve, scenario};

#[derive(Parser)]
#[command(
    name = "passerelle",
    disable_version_flag = true,
    about = "Which channel a residence-permit procedure in France goes through, by when, with which documents"
)]
struct Cli {
    /// Kiosk: fullscreen, nothing written to disk, erased after inactivity.
    #[arg(long)]
    kiosk: bool,
    /// Kiosk: seconds without activity before the 30-second countdown to erasing (default 180,
    /// or `kiosk_timeout` in the settings).
    #[arg(long, value_name = "SECONDS")]
    kiosk_timeout: Option<u64>,
    /// Print the version of Passerelle and of the rule pack in use.
    #[arg(short = 'V', long)]
    version: bool,
    /// Use the rule pack in this directory instead of the installed or bundled one.
    #[arg(long, global = true, value_name = "DIR")]
    pack: Option<PathBuf>,
    /// Keep settings and files in DIR instead of the platform data directory (portable mode;
    /// also PASSERELLE_DATA_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the answer for the facts in FILE (a RON map of fact names to values), as RON.
    Resolve {
        #[arg(long, value_name = "FILE")]
        facts: PathBuf,
        /// The date to answer for (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
        /// The language of the answer: fr, ar, en, zh-Hans, fa-AF, uk, es (default: fr).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Write the answer as the app's PDF (the same lines as on screen) instead of printing it.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// With --pdf and --lang: French and that language side by side on each page.
        #[arg(long, requires = "pdf")]
        bilingual: bool,
    },
    /// Run scenario files (or every .ron file under a directory); one line per scenario.
    Scenarios {
        #[arg(required = true, value_name = "FILE_OR_DIR")]
        paths: Vec<PathBuf>,
    },
    /// List, export or import the profiles kept in the data directory.
    Profiles {
        #[command(subcommand)]
        action: ProfilesAction,
    },
    /// Rule packs: install a newer one, go back, see the one in use, sign one.
    Pack {
        #[command(subcommand)]
        action: PackAction,
    },
    /// How complete each language is, the interface and the rule pack in use, with the rules
    /// translated from an older French than today's.
    Languages,
    /// Communes matching TEXT (a name, a former name or a postcode), most likely first, one a
    /// line: commune, postcodes, département, arrondissement (INSEE), the sous-préfecture id the
    /// rule pack uses (empty where it has none), the former name that matched.
    Places {
        text: String,
        /// At most this many lines.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Say each TEXT with the speech service, one after the other, as « Lire à voix haute »
    /// does (to check a kiosk's voice and headphones). Prints, for each, how long the service
    /// took to start speaking; exits 1 when it cannot speak.
    Say {
        /// The voice's language: fr, ar, en, zh-Hans, fa-AF, uk, es (default: fr).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// slow, normal or fast (default: normal).
        #[arg(long, value_name = "SPEED")]
        speed: Option<String>,
        #[arg(required = true, value_name = "TEXT")]
        texts: Vec<String>,
    },
    /// Validate the rule pack in DIR without running the app.
    CheckPack {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum PackAction {
    /// The pack in use: version, date, signer, and the ten rules checked longest ago.
    Status,
    /// Check the signed pack in DIR completely, then use it (the current one is kept for rollback).
    Install {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Install even if it is older than the pack in use.
        #[arg(long)]
        force: bool,
        /// Accept packs signed with a test key (also PASSERELLE_ALLOW_TEST_KEY=1).
        #[arg(long)]
        allow_test_key: bool,
    },
    /// Go back to the pack in use before the last installation.
    Rollback,
    /// Sign the pack in DIR with the secret key in FILE (writes DIR/signature.ron).
    Sign {
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// Print the translation file of the pack in use for LANG (fr, en, ar, fa-AF, es, uk,
    /// zh-Hans): every text, translated where the pack has a translation made from today's
    /// French, otherwise in French under a TODO; each rule with its French fingerprint.
    Strings {
        #[arg(value_name = "LANG")]
        lang: String,
    },
    /// Create a new signing key in FILE and print its public half.
    Keygen {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// The completeness report: for each language, how much of the interface and of the rule pack
/// in use is translated, and whether it is a machine translation.
fn languages(
    cli_pack: &Option<PathBuf>,
    cli_data_dir: Option<&std::path::Path>,
) -> Result<ExitCode, String> {
    use passerelle::i18n::Lang;
    let ui = passerelle::i18n::ui_completeness().map_err(|e| {
        e.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let pack = load_pack(cli_pack, cli_data_dir)?;
    let rules = pack.completeness();
    println!(
        "language  name        interface        rule pack {:10}  translation",
        pack.meta.version
    );
    let mut complete = true;
    for (lang, (u, r)) in Lang::ALL.iter().zip(ui.iter().zip(&rules)) {
        complete &= u.missing.is_empty() && r.missing.is_empty() && r.outdated.is_empty();
        println!(
            "{:9} {:11} {:5.1} % {:>4}/{:<4} {:5.1} % {:>4}/{:<4}  {}",
            lang.tag(),
            lang.native_name(),
            u.percent(),
            u.translated,
            u.total,
            r.percent(),
            r.translated,
            r.total,
            if lang.machine_translated() {
                "machine, not reviewed"
            } else {
                "source (authoritative)"
            }
        );
    }
    for r in rules.iter().filter(|r| !r.outdated.is_empty()) {
        println!(
            "{}: {} rule(s) translated from an older French, shown in French until translated again (passerelle pack strings {}): {}",
            r.lang.tag(),
            r.outdated.len(),
            r.lang.tag(),
            r.outdated.join(", ")
        );
    }
    Ok(if complete {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn pack_command(
    cli_pack: &Option<PathBuf>,
    cli_data_dir: Option<&std::path::Path>,
    action: PackAction,
) -> Result<ExitCode, String> {
    use passerelle::pack::install;
    match action {
        PackAction::Status => {
            let data = store::data_dir(cli_data_dir).ok();
            let (pack, origin) = install::active(data.as_deref(), install::allow_test_keys());
            let pack = pack.map_err(|e| format!("the rule pack cannot be used:\n{e}"))?;
            let (from, signer) = match &origin {
                install::PackOrigin::Installed(dir) => {
                    let files =
                        passerelle::pack::PackFiles::from_dir(dir).map_err(|e| e.to_string())?;
                    let key = passerelle::pack::signature::verify(&files, true)
                        .map(|k| k.name.to_string())
                        .unwrap_or_else(|e| e.to_string());
                    (format!("installed in {}", dir.display()), key)
                }
                other => {
                    let signer = passerelle::pack::signature::verify(
                        &passerelle::pack::PackFiles::bundled(),
                        true,
                    )
                    .map(|k| k.name.to_string())
                    .unwrap_or_else(|e| e.to_string());
                    let from = match other {
                        install::PackOrigin::BundledInstead(why) => {
                            format!("bundled (the installed pack cannot be used: {why})")
                        }
                        _ => "bundled with this program".to_string(),
                    };
                    (from, signer)
                }
            };
            let today = chrono::Local::now().date_naive();
            println!("rule pack {} of {}", pack.meta.version, pack.meta.published);
            println!("from: {from}");
            println!("signed by: {signer}");
            println!(
                "rules: {}, sources: {}",
                pack.rule_count(),
                pack.sources.len()
            );
            if pack.is_stale(today) {
                println!("WARNING: older than 6 months; install a newer pack (passerelle pack install DIR)");
            }
            println!("checked longest ago:");
            for (id, checked) in install::least_recently_checked(&pack, 10) {
                println!("  {checked}  {id}");
            }
        }
        PackAction::Install {
            dir,
            force,
            allow_test_key,
        } => {
            let data = store::data_dir(cli_data_dir)?;
            let allow = allow_test_key || install::allow_test_keys();
            let done = install::install(&data, &dir, force, allow)?;
            println!(
                "installed rule pack {} (was {}), signed by {}",
                done.to_version, done.from_version, done.signer
            );
            for line in done.diff.summary() {
                println!("  {line}");
            }
        }
        PackAction::Rollback => {
            let data = store::data_dir(cli_data_dir)?;
            let version = install::rollback(&data, install::allow_test_keys())?;
            println!("rule pack {version} is in use again");
        }
        PackAction::Sign { key, dir } => {
            let public = install::sign_dir(&dir, &key)?;
            println!("{}: signed with key {public}", dir.display());
        }
        PackAction::Strings { lang } => {
            let lang = passerelle::i18n::Lang::from_tag(&lang).ok_or_else(|| {
                format!(
                    "unknown language \"{lang}\": choose one of {}",
                    passerelle::i18n::Lang::ALL.map(|l| l.tag()).join(", ")
                )
            })?;
            let pack = load_pack(cli_pack, cli_data_dir)?;
            print!("{}", passerelle::pack::locale::template(&pack, lang));
        }
        PackAction::Keygen { file } => {
            if file.exists() {
                return Err(format!("{} exists: not overwritten", file.display()));
            }
            let (text, public) = passerelle::pack::signature::generate_key()?;
            store::write_atomic(&file, text.as_bytes())
                .map_err(|e| format!("{}: {e}", file.display()))?;
            println!(
                "secret key written to {}; public key: {public}",
                file.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Subcommand)]
enum ProfilesAction {
    /// One line per profile: name, id, cases, and the next date due.
    List,
    /// Write the profile NAME (its name or id), screenshots included, to FILE.
    Export {
        name: String,
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Add the profile exported in FILE (never replaces an existing one).
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

fn profiles(
    cli_data_dir: Option<&std::path::Path>,
    pack: &Option<PathBuf>,
    action: ProfilesAction,
) -> Result<ExitCode, String> {
    let dir = store::data_dir(cli_data_dir)?;
    let profiles = ProfileStore::open(&dir).map_err(|e| e.to_string())?;
    let listing = profiles.list();
    for problem in &listing.problems {
        eprintln!("passerelle: cannot read {problem}");
    }
    let find = |name: &str| {
        listing
            .profiles
            .iter()
            .find(|p| p.id == name || p.profile.name == name)
            .ok_or_else(|| format!("no profile named \"{name}\" in {}", dir.display()))
    };
    match action {
        ProfilesAction::List => {
            let pack = load_pack(pack, cli_data_dir)?;
            let today = chrono::Local::now().date_naive();
            for stored in &listing.profiles {
                let next = stored
                    .profile
                    .next_due(&pack, today)
                    .map(|(_, d)| {
                        format!(
                            "next: {} {} (in {} days)",
                            d.date,
                            d.label,
                            d.days_from(today)
                        )
                    })
                    .unwrap_or_else(|| "nothing due".into());
                println!(
                    "{}\t{}\t{} case(s)\t{next}",
                    stored.profile.name,
                    stored.id,
                    stored.profile.cases.len()
                );
            }
            if listing.profiles.is_empty() {
                eprintln!("no profiles in {}", dir.display());
            }
        }
        ProfilesAction::Export { name, file } => {
            let stored = find(&name)?;
            profiles
                .export(&stored.id, &file)
                .map_err(|e| e.to_string())?;
            println!("{}: exported to {}", stored.profile.name, file.display());
        }
        ProfilesAction::Import { file } => {
            let id = profiles.import(&file).map_err(|e| e.to_string())?;
            let name = profiles.load(&id).map(|p| p.name).unwrap_or_default();
            println!("{name}: imported as {id} in {}", dir.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The pack to use: `--pack DIR` (rule authors), else the installed pack if sound, else the
/// bundled one.
fn pack_in_use(
    dir: &Option<PathBuf>,
    data_dir: Option<&std::path::Path>,
) -> Result<RulePack, passerelle::pack::PackErrors> {
    match dir {
        Some(d) => RulePack::from_dir(d),
        None => {
            let data = store::data_dir(data_dir).ok();
            let (pack, origin) = passerelle::pack::install::active(
                data.as_deref(),
                passerelle::pack::install::allow_test_keys(),
            );
            if let passerelle::pack::install::PackOrigin::BundledInstead(why) = origin {
                eprintln!("passerelle: the installed rule pack is not used: {why}");
            }
            pack
        }
    }
}

fn load_pack(
    dir: &Option<PathBuf>,
    data_dir: Option<&std::path::Path>,
) -> Result<RulePack, String> {
    pack_in_use(dir, data_dir).map_err(|e| format!("the rule pack cannot be used:\n{e}"))
}

/// A command whose output goes into a pipe that closes early (`passerelle resolve … | head`)
/// stops there quietly, as command-line tools do, instead of panicking on the write. Rust
/// ignores SIGPIPE by default; the command line puts back the system's default. The window
/// keeps Rust's default.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called once at start-up, before any other thread exists; SIG_DFL is the
    // system's own disposition for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// `passerelle say`: through the same voice as the window's, one text after the other.
fn say(lang: Option<String>, speed: Option<String>, texts: &[String]) -> Result<ExitCode, String> {
    use passerelle::settings::SpeechSpeed;
    use passerelle::voice::{Said, Service, Voice};
    let lang = parse_lang(lang)?;
    let speed = match speed.as_deref() {
        None | Some("normal") => SpeechSpeed::Normal,
        Some("slow") => SpeechSpeed::Slow,
        Some("fast") => SpeechSpeed::Fast,
        Some(other) => {
            return Err(format!(
                "--speed: \"{other}\" is not a speed; allowed: slow, normal, fast"
            ))
        }
    };
    let mut voice = Voice::new(Service::System);
    for text in texts {
        let utterance = passerelle::speech::Utterance::new(lang, text);
        let said = futures::executor::block_on(voice.say(utterance.clone(), speed));
        match said {
            Ok(Said::Ended { began }) => println!(
                "{lang}: began after {} ms: {}",
                began.as_millis(),
                utterance.text
            ),
            Ok(Said::Stopped) | Err(_) => {
                eprintln!("passerelle: {lang}: stopped: {}", utterance.text);
                return Ok(ExitCode::from(1));
            }
            Ok(Said::Failed(why)) => {
                eprintln!("passerelle: cannot speak: {why}");
                return Ok(ExitCode::from(1));
            }
            Ok(Said::NoVoice(why)) => {
                eprintln!("passerelle: {lang}: cannot speak this language: {why}");
                return Ok(ExitCode::from(1));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--lang TAG`, French when absent.
fn parse_lang(tag: Option<String>) -> Result<passerelle::i18n::Lang, String> {
    match tag {
        None => Ok(passerelle::i18n::Lang::Fr),
        Some(tag) => passerelle::i18n::Lang::from_tag(&tag).ok_or_else(|| {
            format!(
                "--lang: \"{tag}\" is not a language of Passerelle; allowed: {}",
                passerelle::i18n::Lang::ALL.map(|l| l.tag()).join(", ")
            )
        }),
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    if cli.version || cli.command.is_some() {
        quiet_on_closed_pipe();
    }
    if cli.version {
        let pack = load_pack(&cli.pack, cli.data_dir.as_deref())?;
        println!("passerelle {}", env!("CARGO_PKG_VERSION"));
        println!("rule pack {} of {}", pack.meta.version, pack.meta.published);
        return Ok(ExitCode::SUCCESS);
    }
    match cli.command {
        None => {
            // A broken pack opens the error screen instead of the wizard.
            let pack = pack_in_use(&cli.pack, cli.data_dir.as_deref());
            let data_dir = match store::data_dir(cli.data_dir.as_deref()) {
                Ok(dir) => Some(dir),
                Err(e) => {
                    eprintln!("passerelle: {e}; nothing will be kept");
                    None
                }
            };
            // With --kiosk the settings are not even read (reading may move a damaged file aside).
            let settings = if cli.kiosk {
                None
            } else {
                data_dir.as_deref().map(SettingsFile::load)
            };
            if let Some(problem) = settings.as_ref().and_then(|s| s.problem.as_ref()) {
                eprintln!("passerelle: settings not readable: {problem}");
            }
            // `--kiosk`, or `kiosk: true` in the settings of a locked-down install.
            let kiosk = passerelle::settings::kiosk_timeout(
                cli.kiosk,
                cli.kiosk_timeout,
                settings.as_ref().map(|s| &s.settings),
            );
            // At a kiosk the person's case lives in memory only: no files, no settings kept.
            // A kiosk's own settings (read aloud, text size) still apply, read and never written
            // (with --kiosk, a damaged file is not even moved aside).
            let (data_dir, settings, kiosk_settings) = if kiosk.is_some() {
                let own = match settings {
                    Some(file) => Some(file.settings),
                    None => data_dir.as_deref().and_then(SettingsFile::peek),
                };
                (None, None, own)
            } else {
                (data_dir, settings, None)
            };
            if let Some(reason) = no_display() {
                return Err(format!(
                    "the window cannot open: {reason}. Passerelle needs a graphical session (X11 or Wayland); the command line works without one (passerelle --help)."
                ));
            }
            let store = data_dir.as_deref().map(ProfileStore::open);
            // The window system may panic instead of returning an error (a missing display
            // protocol, a 16-bit X visual): turn that into one clear message too.
            let one_line = std::panic::take_hook();
            std::panic::set_hook(Box::new(|_| {}));
            let result = std::panic::catch_unwind(move || {
                passerelle::ui::run(pack, settings, store, data_dir, kiosk, kiosk_settings)
            });
            // Back to Passerelle's one-line report, not the default backtrace.
            std::panic::set_hook(one_line);
            let failure = match result {
                Ok(Ok(())) => return Ok(ExitCode::SUCCESS),
                Ok(Err(e)) => e.to_string(),
                Err(payload) => payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown failure".into()),
            };
            let message = format!(
                "Passerelle stopped: {failure}. If the window did not open: it needs a graphical session (X11 or Wayland) with 24-bit colour; the renderer can be changed with ICED_BACKEND=tiny-skia or ICED_BACKEND=wgpu."
            );
            passerelle::ui::show_error_dialog(&message);
            Err(message)
        }
        Some(Command::Resolve {
            facts,
            today,
            lang,
            pdf,
            bilingual,
        }) => {
            let lang = parse_lang(lang)?;
            let pack =
                std::sync::Arc::new(load_pack(&cli.pack, cli.data_dir.as_deref())?).localized(lang);
            let today = match today {
                Some(t) => parse_date(&t).ok_or_else(|| {
                    format!("--today: \"{t}\" is not a real date written YYYY-MM-DD")
                })?,
                None => chrono::Local::now().date_naive(),
            };
            let text = std::fs::read_to_string(&facts)
                .map_err(|e| format!("{}: cannot read: {e}", facts.display()))?;
            let map: BTreeMap<String, String> = ron::from_str(&text).map_err(|e| {
                format!(
                    "{}:{}:{}: expected a map of fact names to values, like {{ \"departement\": \"14\" }}: {}",
                    facts.display(),
                    e.position.line,
                    e.position.col,
                    e.code
                )
            })?;
            let mut facts_value =
                Facts::from_map(&map).map_err(|e| format!("{}: {e}", facts.display()))?;
            passerelle::places::apply_bundled_commune(&mut facts_value, &pack)
                .map_err(|e| format!("{}: {e}", facts.display()))?;
            let resolution = resolve(&pack, &facts_value, today)
                .map_err(|e| format!("{}: {e}", facts.display()))?;
            if let Some(out) = pdf {
                let outcome = resolution.outcome.as_ref().ok_or_else(|| {
                    format!(
                        "{}: no answer yet; the rules still need: {}",
                        facts.display(),
                        resolution
                            .next_question
                            .as_ref()
                            .map_or("(nothing)", |q| q.fact.as_str())
                    )
                })?;
                let title = |lang, outcome: &passerelle::resolver::Outcome| {
                    format!(
                        "{} — {}",
                        facts_value.request.map_or(String::new(), |r| {
                            passerelle::labels::choice(lang, FactName::Request, r.as_str()).0
                        }),
                        outcome.departement.office()
                    )
                };
                let answer = passerelle::answer::Answer::build(outcome, lang);
                let bytes = if bilingual {
                    if lang == passerelle::i18n::Lang::Fr {
                        return Err("--bilingual: give the person's language with --lang \
                                    (French is the other column)"
                            .into());
                    }
                    // The same facts on the authoritative French rules: the left column.
                    let french = resolve(pack.french(), &facts_value, today)
                        .map_err(|e| format!("{}: {e}", facts.display()))?;
                    let french = french
                        .outcome
                        .as_ref()
                        .ok_or_else(|| format!("{}: no answer in French", facts.display()))?;
                    let fr = passerelle::i18n::Lang::Fr;
                    let french_answer = passerelle::answer::Answer::build(french, fr);
                    passerelle::pdf::bilingual_answer_pdf(
                        (&french_answer, &title(fr, french)),
                        (&answer, &title(lang, outcome)),
                        &pack.meta.version,
                    )?
                } else {
                    let title = title(lang, outcome);
                    passerelle::pdf::answer_pdf(&answer, &title, &pack.meta.version, lang)?
                };
                passerelle::store::write_atomic(&out, &bytes)
                    .map_err(|e| format!("{}: cannot write: {e}", out.display()))?;
                println!("{}", out.display());
                return Ok(ExitCode::SUCCESS);
            }
            let pretty = ron::ser::PrettyConfig::default()
                .escape_strings(false)
                .struct_names(true)
                .depth_limit(8);
            let text = ron::ser::to_string_pretty(&resolution, pretty)
                .map_err(|e| format!("cannot print the answer: {e}"))?;
            println!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Scenarios { paths }) => {
            let pack = load_pack(&cli.pack, cli.data_dir.as_deref())?;
            let (scenarios, file_errors) = scenario::load(&paths);
            let reports = scenario::run_all(&pack, &scenarios);
            let mut failed = file_errors.len();
            for e in &file_errors {
                println!("FAIL {e}");
            }
            for r in &reports {
                if r.failures.is_empty() {
                    println!("ok   {}: {}", r.file.display(), r.name);
                } else {
                    failed += 1;
                    println!(
                        "FAIL {}: {} — {}",
                        r.file.display(),
                        r.name,
                        r.failures.join("; ")
                    );
                }
            }
            let passed = reports.iter().filter(|r| r.failures.is_empty()).count();
            println!("{passed} passed, {failed} failed");
            Ok(if failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Some(Command::Pack { action }) => pack_command(&cli.pack, cli.data_dir.as_deref(), action),
        Some(Command::Profiles { action }) => profiles(cli.data_dir.as_deref(), &cli.pack, action),
        Some(Command::Languages) => languages(&cli.pack, cli.data_dir.as_deref()),
        Some(Command::Say { lang, speed, texts }) => say(lang, speed, &texts),
        Some(Command::Places { text, limit }) => {
            let pack = load_pack(&cli.pack, cli.data_dir.as_deref())?;
            let places = passerelle::places::Places::shared().map_err(|e| e.to_string())?;
            let found = places.search(&text, limit);
            if found.is_empty() {
                eprintln!(
                    "no commune matches \"{text}\": type a commune's name, a former commune's name or a 5-digit postcode"
                );
                return Ok(ExitCode::from(1));
            }
            for f in found {
                let c = f.commune;
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    c.name,
                    c.postcodes,
                    c.departement,
                    c.arrondissement,
                    pack.sous_prefecture_of(c.departement, c.arrondissement)
                        .unwrap_or(""),
                    f.via.map_or("", |v| v.name)
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::CheckPack { dir }) => match RulePack::from_dir(&dir) {
            Ok(pack) => {
                println!(
                    "{}: rule pack {} of {} is valid: {} rules, {} sources, {} départements",
                    dir.display(),
                    pack.meta.version,
                    pack.meta.published,
                    pack.rule_count(),
                    pack.sources.len(),
                    pack.departements.len()
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(errors) => {
                eprintln!("{errors}");
                eprintln!(
                    "{}: the rule pack is not valid ({} problem(s))",
                    dir.display(),
                    errors.0.len()
                );
                Ok(ExitCode::FAILURE)
            }
        },
    }
}

/// Why no window can open here, if it is plain from the environment (Linux and BSD only).
fn no_display() -> Option<&'static str> {
    let unix_desktop = cfg!(all(unix, not(target_os = "macos")));
    let has = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    (unix_desktop && !has("DISPLAY") && !has("WAYLAND_DISPLAY") && !has("WAYLAND_SOCKET"))
        .then_some("neither DISPLAY nor WAYLAND_DISPLAY is set")
}

fn main() -> ExitCode {
    // Kiosk PCs have no GPU: the software renderer is the default, ICED_BACKEND overrides it.
    if std::env::var_os("ICED_BACKEND").is_none() {
        std::env::set_var("ICED_BACKEND", "tiny-skia");
    }
    // A bug is reported in one line, not a backtrace (the window's own failures are caught in
    // `run` with a clearer message).
    std::panic::set_hook(Box::new(|info| {
        eprintln!("passerelle: stopped unexpectedly: {info}");
    }));
    let attached = std::env::args_os().len() > 1 && console::attach();
    let cli = Cli::parse();
    if attached && cli.command.is_none() && !cli.version {
        // The window, started from a terminal with options: the terminal is not its console.
        console::detach();
    }
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("passerelle: {message}");
            ExitCode::from(2)
        }
    }
}

/// Windows: a window program has no console, so a command typed in a terminal would print
/// nothing. It borrows the terminal it was started from (as a program with `windows_subsystem`
/// must), unless its output already goes somewhere (a pipe, a file). The terminal does not wait
/// for it: its prompt may come back before the output (`start /wait passerelle …` waits).
#[cfg(windows)]
mod console {
    use windows_sys::Win32::System::Console::{
        AttachConsole, FreeConsole, GetStdHandle, ATTACH_PARENT_PROCESS, STD_OUTPUT_HANDLE,
    };

    /// Attaches to the parent's console; whether it did.
    pub fn attach() -> bool {
        // SAFETY: plain calls without pointers, made before any other thread exists.
        unsafe {
            GetStdHandle(STD_OUTPUT_HANDLE).is_null() && AttachConsole(ATTACH_PARENT_PROCESS) != 0
        }
    }

    pub fn detach() {
        // SAFETY: as above; the console was attached by `attach`.
        unsafe {
            FreeConsole();
        }
    }
}

/// Elsewhere a program always has its terminal.
#[cfg(not(windows))]
mod console {
    pub fn attach() -> bool {
        false
    }
    pub fn detach() {}
}
