//! Installing signed rule packs with the real binary: every refusal has its own message and
//! leaves the installed pack untouched; install then rollback gives back the previous pack
//! exactly; the installed pack is the one the app then uses.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use common::{same, signed_pack as pack};
use passerelle::pack::signature::SIGNATURE_FILE;

fn bin(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_passerelle"));
    c.arg("--data-dir")
        .arg(data)
        .env_remove("PASSERELLE_ALLOW_TEST_KEY");
    c
}

fn run(cmd: &mut Command) -> (Output, String) {
    let out = cmd.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out, text)
}

/// Every file under `dir`, path → bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return out;
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn install(data: &Path, dir: &Path, extra: &[&str]) -> (Output, String) {
    run(bin(data).args(["pack", "install"]).arg(dir).args(extra))
}

#[test]
fn refusals_each_say_why_and_touch_nothing() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let good = pack(work.path(), "2026.12.20", "2026-12-20", same);
    let (out, text) = install(&data, &good, &["--allow-test-key"]);
    assert!(out.status.success(), "{text}");
    let installed = tree(&data.join("rules"));

    // Signed with the test key, without --allow-test-key.
    let newer = pack(work.path(), "2026.12.02", "2026-12-02", same);
    let (out, text) = install(&data, &newer, &[]);
    assert!(!out.status.success());
    assert!(text.contains("signed with a test key"), "{text}");

    // One byte changed after signing.
    let tampered = pack(work.path(), "2026.12.03", "2026-12-03", same);
    let path = tampered.join("departements/14.ron");
    let mut bytes = std::fs::read(&path).unwrap();
    let i = bytes.iter().position(|b| *b == b'C').unwrap();
    bytes[i] = b'K';
    std::fs::write(&path, bytes).unwrap();
    let (_, text) = install(&data, &tampered, &["--allow-test-key"]);
    assert!(text.contains("altered after signing"), "{text}");

    // No signature at all.
    let unsigned = pack(work.path(), "2026.12.04", "2026-12-04", same);
    std::fs::remove_file(unsigned.join(SIGNATURE_FILE)).unwrap();
    let (_, text) = install(&data, &unsigned, &["--allow-test-key"]);
    assert!(text.contains("not signed"), "{text}");

    // Signed with a key Passerelle does not know.
    let other_key = work.path().join("other.key");
    let (out, text) = run(bin(&data).args(["pack", "keygen"]).arg(&other_key));
    assert!(out.status.success(), "{text}");
    let foreign = pack(work.path(), "2026.12.05", "2026-12-05", same);
    let (out, text) = run(bin(&data)
        .args(["pack", "sign", "--key"])
        .arg(&other_key)
        .arg(&foreign));
    assert!(out.status.success(), "{text}");
    let (_, text) = install(&data, &foreign, &["--allow-test-key"]);
    assert!(text.contains("does not trust"), "{text}");

    // Older than the pack in use.
    let older = pack(work.path(), "2026.11.30", "2026-11-30", same);
    let (_, text) = install(&data, &older, &["--allow-test-key"]);
    assert!(text.contains("older than the one in use"), "{text}");

    // A link to a look-alike site, and an http link, properly signed.
    let scam = pack(work.path(), "2026.12.06", "2026-12-06", |name, t| {
        if name == "departements/14.ron" {
            t.replace(
                "https://www.demarches-simplifiees.fr/",
                "https://www.demarches-simplifiees-rdv.fr/",
            )
        } else {
            t
        }
    });
    let (_, text) = install(&data, &scam, &["--allow-test-key"]);
    assert!(text.contains("not an official domain"), "{text}");
    assert!(text.contains("departements/14.ron:"), "{text}");
    let http = pack(work.path(), "2026.12.07", "2026-12-07", |name, t| {
        if name == "departements/14.ron" {
            t.replace(
                "https://www.demarches-simplifiees.fr/",
                "http://www.demarches-simplifiees.fr/",
            )
        } else {
            t
        }
    });
    let (_, text) = install(&data, &http, &["--allow-test-key"]);
    assert!(text.contains("is not https"), "{text}");

    assert_eq!(
        tree(&data.join("rules")),
        installed,
        "the installed pack is untouched"
    );
    // The older one goes in when forced.
    let (out, text) = install(&data, &older, &["--allow-test-key", "--force"]);
    assert!(out.status.success(), "{text}");
}

#[test]
fn install_then_rollback_gives_back_the_previous_pack_exactly() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let first = pack(work.path(), "2026.12.20", "2026-12-20", same);
    let second = pack(work.path(), "2027.01.15", "2027-01-15", |name, t| {
        if name == "departements/14.ron" {
            t.replace(
                "Faites votre pré-demande en ligne",
                "Faites votre pré-demande sur internet",
            )
        } else {
            t
        }
    });
    let (out, text) = install(&data, &first, &["--allow-test-key"]);
    assert!(out.status.success(), "{text}");
    let after_first = tree(&data.join("rules/current"));
    assert_eq!(after_first, tree(&first));

    let (out, text) = install(&data, &second, &["--allow-test-key"]);
    assert!(out.status.success(), "{text}");
    // What changes is said: the Calvados rule, and the checked dates stay.
    assert!(text.contains("(was 2026.12.20)"), "{text}");
    // The sentence changed in the four Calvados first-title rules that use it.
    assert!(
        text.contains("0 rule(s) added, 4 changed, 0 removed"),
        "{text}"
    );
    assert!(text.contains("14.first_title.visa_d"), "{text}");
    assert!(text.contains("départements: 14"), "{text}");
    // Their translations were made from the old French: said per language.
    for tag in ["ar", "en", "zh-Hans", "fa-AF", "uk", "es"] {
        assert!(
            text.contains(&format!(
                "{tag}: 4 rule(s) translated from an older French, shown in French until translated again: r-14-"
            )),
            "{text}"
        );
    }
    let (_, version) = run(bin(&data)
        .arg("--version")
        .env("PASSERELLE_ALLOW_TEST_KEY", "1"));
    assert!(
        version.contains("rule pack 2027.01.15 of 2027-01-15"),
        "{version}"
    );

    let (out, text) = run(bin(&data)
        .args(["pack", "rollback"])
        .env("PASSERELLE_ALLOW_TEST_KEY", "1"));
    assert!(out.status.success(), "{text}");
    assert!(text.contains("2026.12.20"), "{text}");
    assert_eq!(
        tree(&data.join("rules/current")),
        after_first,
        "byte for byte"
    );

    // Once more: back to the pack built into the program.
    let (out, text) = run(bin(&data).args(["pack", "rollback"]));
    assert!(out.status.success(), "{text}");
    let (_, status) = run(bin(&data).args(["pack", "status"]));
    assert!(
        status.contains("from: bundled with this program"),
        "{status}"
    );
    assert!(status.contains("rule pack 2026.12.03"), "{status}");
}

#[test]
fn the_app_uses_the_installed_pack_and_falls_back_when_it_is_damaged() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let newer = pack(work.path(), "2026.12.20", "2026-12-20", same);
    let (out, text) = install(&data, &newer, &["--allow-test-key"]);
    assert!(out.status.success(), "{text}");
    let (_, status) = run(bin(&data)
        .args(["pack", "status"])
        .env("PASSERELLE_ALLOW_TEST_KEY", "1"));
    assert!(status.contains("rule pack 2026.12.20"), "{status}");
    assert!(status.contains("from: installed in"), "{status}");
    // Damaged on disk after installation: the bundled pack is used, and the reason said.
    let path = data.join("rules/current/departements/14.ron");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("Calvados", "Kalvados", 1);
    std::fs::write(&path, text).unwrap();
    let (_, status) = run(bin(&data)
        .args(["pack", "status"])
        .env("PASSERELLE_ALLOW_TEST_KEY", "1"));
    assert!(status.contains("rule pack 2026.12.03"), "{status}");
    assert!(status.contains("altered after signing"), "{status}");
}
