//! The computer's own programs, as Passerelle calls them. On Linux, stand-ins for `xdg-open` and
//! `lp` (real shell scripts on a PATH of the test's own) record what they were asked; on Windows,
//! under Wine (tools/windows-wine-test.sh), the Windows shell hands the page to Wine's browser
//! bridge, which calls the host's `xdg-open` — the script puts a recording one on the host's PATH.
//! And the printed PDFs Windows leaves behind are removed when old, and only they.

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

/// Writes an executable shell script `name` into `dir`: a stand-in for one of the system's programs.
#[cfg(unix)]
fn stand_in(dir: &std::path::Path, name: &str, script: &str) {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Runs `f` with `PATH` set to `path` alone, then puts the old one back. The tests of this file
/// run in parallel threads of one process: one at a time may change it.
#[cfg(unix)]
fn with_path<T>(path: &std::path::Path, f: impl FnOnce() -> T) -> T {
    static PATH: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _only_me = PATH.lock().unwrap_or_else(|e| e.into_inner());
    let old = std::env::var_os("PATH").unwrap_or_default();
    std::env::set_var("PATH", path);
    let result = f();
    std::env::set_var("PATH", old);
    result
}

#[cfg(target_os = "linux")]
#[test]
fn an_official_page_goes_to_the_default_browser_and_a_missing_opener_is_named() {
    let bin = tempfile::tempdir().unwrap();
    let record = bin.path().join("asked.txt");
    let r = record.display();
    stand_in(
        bin.path(),
        "xdg-open",
        &format!("printf '%s' \"$1\" > {r}.part && /bin/mv {r}.part {r}"),
    );

    let opened = with_path(bin.path(), || system::open(URL));
    let missing = with_path("/nonexistent".as_ref(), || system::open(URL));

    opened.unwrap();
    assert_eq!(asked(&record), URL, "the address, whole, as one argument");
    let why = missing.unwrap_err();
    assert!(why.contains("xdg-open") && why.contains(URL), "{why}");
}

#[cfg(unix)]
#[test]
fn printing_goes_to_lp_or_says_there_is_no_printer() {
    use passerelle_core::i18n::Lang;
    use passerelle_core::pdf::print;
    let bin = tempfile::tempdir().unwrap();
    let got = bin.path().join("printed.pdf");
    stand_in(
        bin.path(),
        "lp",
        &format!(
            "/bin/cp \"$1\" {}\necho 'request id is office-42 (1 file(s))'",
            got.display()
        ),
    );
    let pdf =
        passerelle_core::pdf::text_pdf("Essai", "Bonjour\n\nune lettre", "2026.11.23").unwrap();

    let printed = with_path(bin.path(), || print(&pdf, Lang::Fr));
    let no_printer = with_path("/nonexistent".as_ref(), || print(&pdf, Lang::Fr));

    assert_eq!(
        printed.unwrap(),
        "Envoyé à l'imprimante : request id is office-42 (1 file(s))"
    );
    assert_eq!(std::fs::read(&got).unwrap(), pdf, "lp got the PDF itself");
    assert_eq!(
        no_printer.unwrap_err(),
        "Pas d'impression possible sur cet ordinateur : enregistrez le PDF et imprimez-le ailleurs."
    );
    // lp has read it: the answer is not left in the temporary directory.
    let mine = format!("passerelle-print-{}-", std::process::id());
    let left: Vec<_> = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(&mine))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Windows' PDF program reads a printed file after the print call returns, so it is kept for a
/// while; a later print (or a kiosk's erasing, with no age) removes what is older.
#[test]
fn old_printed_pdfs_are_removed_and_nothing_else() {
    use passerelle_core::pdf::{remove_old_prints, PRINT_KEPT};
    use std::time::SystemTime;
    let dir = tempfile::tempdir().unwrap();
    let touch = |name: &str, age: u64| {
        let path = dir.path().join(name);
        let file = std::fs::File::create(&path).unwrap();
        file.set_modified(SystemTime::now() - Duration::from_secs(age))
            .unwrap();
        path
    };
    let old = touch("passerelle-print-12-101010000.pdf", 11 * 60);
    let recent = touch("passerelle-print-12-101510000.pdf", 60);
    let other = touch("passerelle-print-notes.txt", 3600);
    let theirs = touch("facture.pdf", 3600);

    assert_eq!(remove_old_prints(dir.path(), PRINT_KEPT), 1);
    assert!(!old.exists());
    assert!(recent.exists() && other.exists() && theirs.exists());

    assert_eq!(remove_old_prints(dir.path(), Duration::ZERO), 1);
    assert!(!recent.exists() && other.exists() && theirs.exists());
    assert_eq!(
        remove_old_prints(&dir.path().join("gone"), Duration::ZERO),
        0
    );
}
