//! The computer's own programs, as Passerelle calls them on Linux: a real `xdg-open` stand-in
//! on the PATH records what it was asked to open.

#![cfg(target_os = "linux")]

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use passerelle_core::system;

#[test]
fn an_official_page_goes_to_the_default_browser_and_a_missing_opener_is_named() {
    let bin = tempfile::tempdir().unwrap();
    let asked = bin.path().join("asked.txt");
    let opener = bin.path().join("xdg-open");
    std::fs::write(
        &opener,
        format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > {}.part && /bin/mv {0}.part {0}\n",
            asked.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let url = "https://www.calvados.gouv.fr/Demarches/Titres-de-sejour?a=1&b=2";
    let old_path = std::env::var_os("PATH").unwrap_or_default();

    std::env::set_var("PATH", bin.path());
    let opened = system::open(url);
    std::env::set_var("PATH", "/nonexistent");
    let missing = system::open(url);
    std::env::set_var("PATH", &old_path);

    opened.unwrap();
    // Opening does not wait for the browser: the stand-in writes when it runs.
    let start = Instant::now();
    while !asked.exists() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        std::fs::read_to_string(&asked).unwrap(),
        url,
        "the address, whole, as one argument"
    );
    let why = missing.unwrap_err();
    assert!(why.contains("xdg-open") && why.contains(url), "{why}");
}
