//! The real `passerelle` binary: check-pack on broken packs, scenarios, resolve.

mod common;

use std::path::Path;

use common::{copy_dir, root};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_passerelle"))
}

/// A copy of the bundled pack with one file edited by `edit`.
fn broken_pack(file: &str, edit: impl FnOnce(String) -> String) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("assets/rules"), dir.path());
    let path = dir.path().join(file);
    let text = edit(std::fs::read_to_string(&path).unwrap());
    std::fs::write(&path, &text).unwrap();
    (dir, text)
}

fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in file"));
    text[..at].matches('\n').count() + 1
}

fn check_pack(dir: &Path) -> (Output, String) {
    let out = bin().arg("check-pack").arg(dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stderr)
}

#[test]
fn the_bundled_pack_checks_clean() {
    let (out, _) = check_pack(&root().join("assets/rules"));
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("is valid") && stdout.contains("101 départements"),
        "{stdout}"
    );
}

#[test]
fn a_rule_without_source_is_refused_with_its_line() {
    let (dir, text) = broken_pack("departements/49.ron", |t| {
        let start = t.find("            sources: [").unwrap();
        let end = start + t[start..].find("            ],\n").unwrap() + "            ],\n".len();
        format!("{}            sources: [],\n{}", &t[..start], &t[end..])
    });
    let (out, stderr) = check_pack(dir.path());
    assert!(!out.status.success());
    let line = line_of(&text, "\"49.first_title\"");
    assert!(
        stderr.contains(&format!("departements/49.ron:{line}:"))
            && stderr.contains("missing source"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_departement_is_refused_at_its_position() {
    let (dir, text) = broken_pack("departements/49.ron", |t| {
        t.replace("departement: [\"49\"]", "departement: [\"99\"]")
    });
    let (out, stderr) = check_pack(dir.path());
    assert!(!out.status.success());
    let line = line_of(&text, "\"99\"");
    assert!(
        stderr.contains(&format!("departements/49.ron:{line}:"))
            && stderr.contains("unknown département code \"99\""),
        "{stderr}"
    );
}

#[test]
fn a_departement_list_with_code_20_is_refused() {
    let (dir, text) = broken_pack("departements.ron", |t| {
        t.replace("(code: \"2A\"", "(code: \"20\"")
    });
    let (out, stderr) = check_pack(dir.path());
    assert!(!out.status.success());
    let line = line_of(&text, "\"20\"");
    assert!(
        stderr.contains(&format!("departements.ron:{line}:")) && stderr.contains("\"20\""),
        "{stderr}"
    );
}

#[test]
fn an_overlapping_rule_is_refused_naming_both() {
    let (dir, text) = broken_pack("departements/49.ron", |t| {
        let start = t.find("        (\n").unwrap();
        let end = t.find("\n    ],").unwrap() + 1;
        let copy = t[start..end].replace("49.first_title", "49.first_title.copy");
        format!("{}{}{}", &t[..end], copy, &t[end..])
    });
    let (out, stderr) = check_pack(dir.path());
    assert!(!out.status.success());
    let line = line_of(&text, "\"49.first_title.copy\"");
    assert!(
        stderr.contains(&format!("departements/49.ron:{line}:1: overlapping rules"))
            && stderr.contains("\"49.first_title\""),
        "{stderr}"
    );
}

#[test]
fn a_bad_date_an_unknown_reference_and_a_malformed_url_are_all_reported() {
    let (dir, text) = broken_pack("departements/49.ron", |t| {
        t.replace("valid_from: \"2021-01-01\"", "valid_from: \"2021-02-30\"")
            .replace("(source: \"SEED-1\"", "(source: \"SEED-9\"")
            .replace(
                "https://www.demarches-simplifiees.fr/commencer/prefecture49-bse3",
                "https://www.demarches simplifiees.fr/x",
            )
    });
    let (out, stderr) = check_pack(dir.path());
    assert!(!out.status.success());
    for (needle, message) in [
        ("\"2021-02-30\"", "bad date"),
        ("\"SEED-9\"", "unknown reference"),
        (
            "\"https://www.demarches simplifiees.fr/x\"",
            "malformed URL",
        ),
    ] {
        let line = line_of(&text, needle);
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with(&format!("departements/49.ron:{line}:"))
                    && l.contains(message)),
            "no {message} at line {line}:\n{stderr}"
        );
    }
    assert!(stderr.contains("3 problem(s)"), "{stderr}");
}

#[test]
fn a_syntax_error_gives_line_and_column() {
    let (dir, _) = broken_pack("departements/51.ron", |t| {
        t.replacen("then: (", "then: ((", 1)
    });
    let (out, stderr) = check_pack(dir.path());
    assert!(!out.status.success());
    assert!(
        stderr.contains("departements/51.ron:") && stderr.contains("cannot read"),
        "{stderr}"
    );
}

#[test]
fn a_broken_pack_is_never_used_half_loaded() {
    let (dir, _) = broken_pack("departements/49.ron", |t| {
        t.replace("departement: [\"49\"]", "departement: [\"99\"]")
    });
    let facts = dir.path().join("facts.ron");
    std::fs::write(&facts, r#"{ "departement": "01", "request": "duplicate" }"#).unwrap();
    let out = bin()
        .args(["--pack"])
        .arg(dir.path())
        .args(["resolve", "--today", "2026-11-23", "--facts"])
        .arg(&facts)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "printed an answer from a broken pack"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used"));
}

#[test]
fn scenarios_command_prints_one_line_each_and_the_total() {
    let out = bin()
        .arg("scenarios")
        .arg(root().join("tests/scenarios"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap();
    let passed: usize = last
        .strip_suffix(" passed, 0 failed")
        .expect(last)
        .parse()
        .unwrap();
    assert!(passed >= 60);
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("ok ")).count(),
        passed
    );
}

#[test]
fn scenarios_command_fails_on_a_failing_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    std::fs::write(&file, r#"[(name: "n", today: "2026-11-23", facts: {"departement": "14", "request": "duplicate"}, expect: {"channel": "postal"})]"#).unwrap();
    let out = bin().arg("scenarios").arg(&file).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("0 passed, 1 failed\n"));
}

#[test]
fn resolve_prints_every_rule_with_its_sources() {
    let out = bin()
        .args(["resolve", "--today", "2026-11-23", "--facts"])
        .arg(root().join("examples/calvados-first-title.ron"))
        .output()
        .unwrap();
    common::assert_succeeded(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("pref14-premieredemande-visad"));
    let fired = stdout.matches("Fired(").count();
    let with_sources = stdout.matches("sources: [\n").count();
    assert!(
        fired > 5 && with_sources >= fired,
        "{fired} rules, {with_sources} source lists"
    );
    assert!(stdout.contains(
        "quote: \"Pré-demande en ligne - première demande de titre de séjour avec Visa D\""
    ));
}

#[test]
fn resolve_refuses_an_unknown_fact_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("f.ron");
    std::fs::write(
        &facts,
        r#"{ "departement": "14", "nationalite": "algerian" }"#,
    )
    .unwrap();
    let out = bin()
        .args(["resolve", "--facts"])
        .arg(&facts)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unknown fact name \"nationalite\"") && stderr.contains("f.ron"),
        "{stderr}"
    );
}

/// The GUI without a usable display: one clear message and exit code 2, never a panic trace.
fn gui_without_window(display: Option<&str>) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = bin();
    cmd.env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("PASSERELLE_DATA_DIR", data.path());
    match display {
        Some(d) => cmd.env("DISPLAY", d),
        None => cmd.env_remove("DISPLAY"),
    };
    cmd.output().unwrap()
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn no_display_gives_one_clear_message() {
    let out = gui_without_window(None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("neither DISPLAY nor WAYLAND_DISPLAY"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn an_unreachable_display_is_reported_not_panicked() {
    // Display 59 of a host that cannot exist: X cannot connect.
    let out = gui_without_window(Some("nonexistent.invalid:59"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Passerelle stopped"), "{err}");
    assert!(err.contains("graphical session"), "{err}");
    assert!(!err.contains("panicked at"), "{err}");
    assert!(!err.contains("backtrace"), "{err}");
}

#[test]
fn links_outside_the_official_domains_are_refused_naming_the_rule() {
    let (dir, text) = broken_pack("departements/49.ron", |t| {
        t.replace(
            "https://www.demarches-simplifiees.fr/commencer/prefecture49-bse3",
            "https://rdv-prefecture-rapide.com/49",
        )
    });
    let (out, stderr) = check_pack(dir.path());
    assert!(!out.status.success());
    let line = line_of(&text, "\"https://rdv-prefecture-rapide.com/49\"");
    let message = stderr
        .lines()
        .find(|l| l.starts_with(&format!("departements/49.ron:{line}:")))
        .unwrap_or_else(|| panic!("nothing at line {line}:\n{stderr}"));
    assert!(message.contains("rule \"49."), "{message}");
    assert!(
        message.contains("\"rdv-prefecture-rapide.com\", which is not an official domain"),
        "{message}"
    );

    let (dir, _) = broken_pack("departements/49.ron", |t| {
        t.replace(
            "https://www.demarches-simplifiees.fr/commencer/prefecture49-bse3",
            "http://www.demarches-simplifiees.fr/commencer/prefecture49-bse3",
        )
    });
    let (_, stderr) = check_pack(dir.path());
    assert!(stderr.contains("is not https"), "{stderr}");

    // A préfecture website is a link too.
    let (dir, _) = broken_pack("departements.ron", |t| {
        t.replace(
            "website: \"https://www.ain.gouv.fr\"",
            "website: \"https://www.ain-gouv.fr\"",
        )
    });
    let (_, stderr) = check_pack(dir.path());
    assert!(stderr.contains("not an official domain"), "{stderr}");
}

#[test]
fn kiosk_mode_writes_nothing_even_when_it_cannot_open() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = bin()
        .args(["--kiosk", "--data-dir"])
        .arg(&data)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!data.exists(), "a kiosk creates no data directory");
}

#[test]
fn a_broken_translation_names_its_file_and_line() {
    let (dir, _) = broken_pack("locales/ar.ftl", |t| {
        t.replacen(".summary = ", ".summary = { $", 1)
    });
    let (out, stderr) = check_pack(dir.path());
    assert!(!out.status.success());
    assert!(
        stderr.contains("locales/ar.ftl:") && stderr.contains("translation does not parse"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_translation_language_is_refused() {
    let (dir, _) = broken_pack("pack.ron", |t| t);
    std::fs::write(dir.path().join("locales/de.ftl"), "x = y\n").unwrap();
    let (out, stderr) = check_pack(dir.path());
    assert!(!out.status.success());
    assert!(stderr.contains("unknown language \"de\""), "{stderr}");
}

#[test]
fn a_rule_whose_french_changed_is_listed_until_translated_again() {
    let id = "14.first_title.visa_d";
    let (dir, _) = broken_pack("departements/14.ron", |t| {
        let at = t.find(&format!("id: \"{id}\"")).unwrap();
        let summary = at + t[at..].find("summary: \"").unwrap() + "summary: \"".len();
        format!("{}Nouvelle consigne. {}", &t[..summary], &t[summary..])
    });
    let out = bin()
        .arg("--pack")
        .arg(dir.path())
        .arg("languages")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    for tag in ["ar", "en", "zh-Hans", "fa-AF", "uk", "es"] {
        assert!(
            stdout.contains(&format!(
                "{tag}: 1 rule(s) translated from an older French, shown in French until translated again (passerelle pack strings {tag}): r-14-first_title-visa_d"
            )),
            "{stdout}"
        );
    }
    let out = bin()
        .arg("--pack")
        .arg(dir.path())
        .args(["pack", "strings", "ar"])
        .output()
        .unwrap();
    let template = String::from_utf8_lossy(&out.stdout);
    let message = template.find("\nr-14-first_title-visa_d =\n").unwrap();
    let above: Vec<&str> = template[..message].lines().rev().take(2).collect();
    assert!(above[0].starts_with("# fr: "), "{above:?}");
    assert_eq!(
        above[1],
        "# TODO translate again: the French has changed since it was translated"
    );
    assert!(template[message..].contains("Nouvelle consigne."));
    // The pack as shipped is complete.
    let out = bin()
        .arg("--pack")
        .arg(root().join("assets/rules"))
        .arg("languages")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// `passerelle resolve … | head` ends quietly: no panic, no "Broken pipe" message.
#[cfg(unix)]
#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.ron");
    std::fs::write(
        &facts,
        r#"{ "departement": "14", "request": "renewal", "category": "french_spouse", "current_title": "multi_year_card", "title_expiry": "2027-02-15" }"#,
    )
    .unwrap();
    let mut child = bin()
        .args(["resolve", "--today", "2026-12-03", "--facts"])
        .arg(&facts)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // then the pipe closes
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(err.is_empty(), "{err}");
    assert_ne!(status.code(), Some(101), "no panic");
}

/// `resolve --pdf` writes the app's answer PDF from the command line, in the language asked:
/// every line of the answer model is in it.
#[test]
fn resolve_writes_the_answer_pdf_in_the_language_asked() {
    use passerelle::i18n::Lang;
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("case.ron");
    std::fs::write(
        &facts,
        r#"{ "commune": "93051", "request": "first_title", "category": "employee" }"#,
    )
    .unwrap();
    let out = dir.path().join("answer.pdf");
    let run = bin()
        .args([
            "resolve",
            "--today",
            "2026-12-03",
            "--lang",
            "en",
            "--facts",
        ])
        .arg(&facts)
        .arg("--pdf")
        .arg(&out)
        .output()
        .unwrap();
    common::assert_succeeded(&run);
    let squeeze = common::squeeze;
    let text = squeeze(&pdf_extract::extract_text_from_mem(&std::fs::read(&out).unwrap()).unwrap());
    // The same case in-process: the model the app draws.
    let pack = std::sync::Arc::new(passerelle::RulePack::bundled().unwrap()).localized(Lang::En);
    let mut f = passerelle::Facts::from_pairs(&[
        ("commune", "93051"),
        ("request", "first_title"),
        ("category", "employee"),
    ])
    .unwrap();
    passerelle::places::apply_bundled_commune(&mut f, &pack).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let outcome = passerelle::resolve(&pack, &f, today)
        .unwrap()
        .outcome
        .unwrap();
    let answer = passerelle::answer::Answer::build(&outcome, Lang::En);
    let title = "First residence permit application — Le Raincy — Seine-Saint-Denis (93)";
    let text = common::without_footers(&text, Lang::En, title, &pack.meta.version);
    assert!(text.contains("Yourpréfectureorsous-préfecture:LeRaincy—Seine-Saint-Denis(93)"));
    for (_, line) in answer.lines() {
        assert!(
            text.contains(&squeeze(&line.text)),
            "{:?} not in the PDF",
            line.text
        );
    }
    // A language Passerelle does not have is refused by name.
    let bad = bin()
        .args(["resolve", "--lang", "de", "--facts"])
        .arg(&facts)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("\"de\""));
}

/// `resolve --pdf --bilingual` puts French and the language asked side by side; without another
/// language it says what is missing.
#[test]
fn resolve_writes_a_bilingual_answer_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("case.ron");
    std::fs::write(
        &facts,
        r#"{ "departement": "14", "request": "renewal", "category": "french_spouse",
            "current_title": "multi_year_card", "title_expiry": "2027-02-15" }"#,
    )
    .unwrap();
    let out = dir.path().join("answer.pdf");
    let run = |lang: &str| {
        bin()
            .args([
                "resolve",
                "--today",
                "2026-12-03",
                "--lang",
                lang,
                "--facts",
            ])
            .arg(&facts)
            .arg("--pdf")
            .arg(&out)
            .arg("--bilingual")
            .output()
            .unwrap()
    };
    let ok = run("zh-Hans");
    common::assert_succeeded(&ok);
    let text = common::squeeze(
        &pdf_extract::extract_text_from_mem(&std::fs::read(&out).unwrap()).unwrap(),
    );
    for both in [
        "Quanddéposer",
        "Documentsàpréparer",
        "何时递交",
        "需准备的材料",
    ] {
        assert!(text.contains(both), "{both} not in {text}");
    }
    let french = run("fr");
    assert!(!french.status.success());
    assert!(String::from_utf8_lossy(&french.stderr).contains("--lang"));
}
