//! The computer's own programs, as Passerelle calls them: on Linux a real `xdg-open` stand-in on
//! the PATH records what it was asked to open; on Windows, under Wine (tools/windows-wine-test.sh),
//! the Windows shell hands the page to Wine's browser bridge, which calls the host's `xdg-open`
//! — the script puts a recording one on the host's PATH.

use std::time::{Duration, Instant};

use passerelle_core::system;

const URL: &str = "https://www.calvados.gouv.fr/Demarches/Titres-de-sejour?a=1&b=2";

/// Waits for the opener, started and not waited for, to write what it was asked.
fn asked(file: &std::path::Path) -> String {
    let start = Instant::now();
    while !file.exists() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// Windows, under Wine only (`PASSERELLE_WINE_OPENED`: where the host's recording `xdg-open`
/// writes, as a Windows path). An official page goes through the shell to the browser; a PDF to
/// print, with no program registered to print PDFs (Wine has none, nor does Edge), is opened in
/// the default program instead, and the person is told to print it from there.
#[cfg(windows)]
#[test]
fn pages_and_printing_go_through_the_windows_shell() {
    let Some(record) = std::env::var_os("PASSERELLE_WINE_OPENED") else {
        eprintln!("not under tools/windows-wine-test.sh: nothing opened");
        return;
    };
    let record = std::path::PathBuf::from(record);
    system::open(URL).unwrap();
    assert_eq!(asked(&record), URL, "the address, whole");
    std::fs::remove_file(&record).unwrap();

    let pdf = passerelle_core::pdf::text_pdf("Essai", "Bonjour", "2026.12.03").unwrap();
    let said = passerelle_core::pdf::print(&pdf, passerelle_core::i18n::Lang::Fr);
    assert_eq!(
        said.unwrap(),
        "Le PDF est ouvert dans le programme de l'ordinateur : imprimez-le depuis ce programme (Ctrl+P)."
    );
    let opened = asked(&record);
    let name = format!("passerelle-print-{}-", std::process::id());
    assert!(
        opened.starts_with("file://") && opened.contains(&name) && opened.ends_with(".pdf"),
        "{opened}"
    );
    // The PDF stays for the program that opens it; a kiosk's erasing removes it.
    let temp = std::env::temp_dir();
    assert_eq!(
        passerelle_core::pdf::remove_old_prints(&temp, Duration::ZERO),
        1
    );
}

#[cfg(target_os = "linux")]
#[test]
fn an_official_page_goes_to_the_default_browser_and_a_missing_opener_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let bin = tempfile::tempdir().unwrap();
    let record = bin.path().join("asked.txt");
    let opener = bin.path().join("xdg-open");
    std::fs::write(
        &opener,
        format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > {}.part && /bin/mv {0}.part {0}\n",
            record.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let url = URL;
    let old_path = std::env::var_os("PATH").unwrap_or_default();

    std::env::set_var("PATH", bin.path());
    let opened = system::open(url);
    std::env::set_var("PATH", "/nonexistent");
    let missing = system::open(url);
    std::env::set_var("PATH", &old_path);

    opened.unwrap();
    assert_eq!(asked(&record), url, "the address, whole, as one argument");
    let why = missing.unwrap_err();
    assert!(why.contains("xdg-open") && why.contains(url), "{why}");
}
