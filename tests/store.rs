//! The profile store on a real file system: names, unreadable files, the lock, export/import,
//! old schema versions, and the real binary's `profiles` commands.

mod common;

use std::path::Path;
use std::process::Command;

use common::{fixture, place};

use chrono::NaiveDate;

use passerelle::profile::{Profile, PROFILE_VERSION};
use passerelle::store::profiles::{profile_id, ProfileStore, StoreError, PROFILES_DIR};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

#[test]
fn any_name_maps_to_a_safe_folder_and_comes_back() {
    let data = tempfile::tempdir().unwrap();
    let store = ProfileStore::open(data.path()).unwrap();
    let long = "é".repeat(500);
    let names = [
        "Moi",
        "moi",
        "../../etc/passwd",
        "a/b\\c",
        "..",
        ".",
        "",
        "nul\0byte",
        long.as_str(),
        "👩‍👧 Famille",
        "أمينة",
        "CON",
        "Leïla B.",
    ];
    let mut ids = Vec::new();
    for name in names {
        let id = store.create(&Profile::new(name, today())).unwrap();
        assert!(id.len() <= 64, "{id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}"
        );
        ids.push(id);
    }
    let listing = store.list();
    assert!(listing.problems.is_empty());
    let mut listed: Vec<_> = listing
        .profiles
        .iter()
        .map(|p| p.profile.name.clone())
        .collect();
    let mut expected: Vec<_> = names.iter().map(|n| n.to_string()).collect();
    listed.sort();
    expected.sort();
    assert_eq!(listed, expected, "every name comes back as given");
    // Nothing outside the data directory: every entry is a folder of profiles/.
    let entries: Vec<_> = std::fs::read_dir(data.path().join(PROFILES_DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(entries.len(), names.len());
    let top: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(top.len(), 2, "{top:?}"); // profiles/ and the lock file
                                         // "Moi" and "moi" are different people: different folders even on a case-blind disk.
    assert_ne!(
        profile_id("Moi").to_lowercase(),
        profile_id("moi").to_lowercase()
    );
}

#[test]
fn a_second_profile_with_the_same_name_does_not_replace_the_first() {
    let data = tempfile::tempdir().unwrap();
    let store = ProfileStore::open(data.path()).unwrap();
    let mut first = Profile::new("Moi", today());
    first.created = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let a = store.create(&first).unwrap();
    let b = store.create(&Profile::new("Moi", today())).unwrap();
    assert_ne!(a, b);
    assert_eq!(store.load(&a).unwrap(), first);
}

#[test]
fn version_1_files_still_load() {
    let data = tempfile::tempdir().unwrap();
    place(data.path(), "leila", "profile-v1.ron");
    let store = ProfileStore::open(data.path()).unwrap();
    let p = store.load("leila").unwrap();
    assert_eq!(p.name, "Leïla B.");
    assert_eq!(p.cases.len(), 1);
    let case = &p.cases[0];
    assert_eq!(case.progress(), (1, 3));
    assert_eq!(case.evidence.len(), 2);
    // Saving writes the current version, which reads back the same.
    store.save("leila", &p).unwrap();
    let again = store.load("leila").unwrap();
    assert_eq!(again.version, PROFILE_VERSION);
    assert_eq!(again.cases, p.cases);
}

/// With many files the list is read by several threads: every good file is listed once, sorted,
/// and a broken one among them is still named and set aside.
#[test]
fn a_hundred_files_list_the_same_as_one_at_a_time() {
    let data = tempfile::tempdir().unwrap();
    for i in 0..100 {
        place(data.path(), &format!("p{i:03}"), "profile-v1.ron");
    }
    let broken = place(data.path(), "p050", "profile-v1.ron");
    let text = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(&broken, text.replace("have: true,", "have: maybe,")).unwrap();
    let store = ProfileStore::open(data.path()).unwrap();
    let listing = store.list();
    assert_eq!(listing.profiles.len(), 99);
    let ids: Vec<&str> = listing.profiles.iter().map(|s| s.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "same name: ordered by id");
    assert!(!ids.contains(&"p050"));
    assert_eq!(listing.problems.len(), 1);
    assert_eq!(listing.problems[0].file, broken);
    assert!(listing.problems[0].moved_to.as_ref().unwrap().exists());
    for s in &listing.profiles {
        assert_eq!(s.profile, store.load(&s.id).unwrap());
    }
}

#[test]
fn unreadable_files_are_moved_aside_and_the_others_load() {
    let data = tempfile::tempdir().unwrap();
    place(data.path(), "good", "profile-v1.ron");
    let future = place(data.path(), "future", "profile-v7-future.ron");
    let broken = place(data.path(), "broken", "profile-v1.ron");
    let text = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(&broken, text.replace("have: true,", "have: maybe,")).unwrap();
    let binary = data.path().join(PROFILES_DIR).join("binary/profile.ron");
    std::fs::create_dir_all(binary.parent().unwrap()).unwrap();
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x80]).unwrap();

    let store = ProfileStore::open(data.path()).unwrap();
    let listing = store.list();
    assert_eq!(listing.profiles.len(), 1);
    assert_eq!(listing.profiles[0].profile.name, "Leïla B.");
    assert_eq!(listing.problems.len(), 3);
    for p in &listing.problems {
        let moved = p.moved_to.as_ref().expect("moved aside");
        assert!(moved.exists());
        assert!(!p.file.exists());
    }
    let why = |path: &Path| {
        listing
            .problems
            .iter()
            .find(|p| p.file == path)
            .unwrap()
            .reason
            .clone()
    };
    assert!(
        why(&future).contains("newer Passerelle"),
        "{}",
        why(&future)
    );
    assert!(why(&broken).contains("line 21"), "{}", why(&broken));
    assert!(why(&binary).contains("UTF-8"), "{}", why(&binary));
    // The future file is kept byte for byte.
    let kept = &listing
        .problems
        .iter()
        .find(|p| p.file == future)
        .unwrap()
        .moved_to;
    assert_eq!(
        std::fs::read(kept.as_ref().unwrap()).unwrap(),
        std::fs::read(fixture("profile-v7-future.ron")).unwrap()
    );
}

#[test]
fn the_second_instance_only_reads_and_loses_nothing() {
    let data = tempfile::tempdir().unwrap();
    let first = ProfileStore::open(data.path()).unwrap();
    assert!(!first.read_only());
    let id = first.create(&Profile::new("Moi", today())).unwrap();

    let second = ProfileStore::open(data.path()).unwrap();
    assert!(second.read_only());
    assert_eq!(second.list().profiles.len(), 1);
    assert_eq!(
        second.save(&id, &Profile::new("autre", today())),
        Err(StoreError::ReadOnly)
    );
    assert!(second.create(&Profile::new("x", today())).is_err());
    // A read-only instance never moves files aside either.
    let bad = place(data.path(), "bad", "profile-v7-future.ron");
    let listing = second.list();
    assert_eq!(listing.problems.len(), 1);
    assert!(listing.problems[0].moved_to.is_none());
    assert!(bad.exists());

    let mut changed = first.load(&id).unwrap();
    changed.name = "Moi (modifié)".into();
    first.save(&id, &changed).unwrap();
    assert!(!second.try_lock().unwrap(), "still held");
    drop(first);
    // Other tests of this binary start processes; between fork and exec a child briefly holds a
    // copy of every descriptor, the lock's included. Give that a moment.
    let mut free = false;
    for _ in 0..100 {
        free = second.try_lock().unwrap();
        if free {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(free, "free once the first closes");
    assert_eq!(second.load(&id).unwrap().name, "Moi (modifié)");
}

#[test]
fn export_and_import_carry_the_screenshots() {
    let data = tempfile::tempdir().unwrap();
    let store = ProfileStore::open(data.path()).unwrap();
    let src = place(data.path(), "leila", "profile-v1.ron");
    assert!(src.exists());
    let shot_file = data.path().join("capture écran.png");
    std::fs::write(&shot_file, b"\x89PNG fake screenshot bytes").unwrap();
    let mut p = store.load("leila").unwrap();
    let shot = store
        .attach("leila", &shot_file, p.cases[0].evidence[0].at)
        .unwrap();
    assert!(store.verify("leila", &shot).unwrap());
    assert_eq!(shot.original_name, "capture écran.png");
    p.cases[0].evidence[0].screenshot = Some(shot.clone());
    store.save("leila", &p).unwrap();

    let export = data.path().join("leila.passerelle");
    store.export("leila", &export).unwrap();

    let other = tempfile::tempdir().unwrap();
    let target = ProfileStore::open(other.path()).unwrap();
    let id = target.import(&export).unwrap();
    let imported = target.load(&id).unwrap();
    assert_eq!(imported, p);
    assert!(target.verify(&id, &shot).unwrap());
    // Importing twice keeps both.
    let id2 = target.import(&export).unwrap();
    assert_ne!(id, id2);

    // A damaged export is refused, saying why, and adds nothing.
    let text = std::fs::read_to_string(&export).unwrap();
    let tampered = other.path().join("tampered.passerelle");
    let b64 = text.split("base64: \"").nth(1).unwrap();
    let first_char = &b64[..1];
    let swapped = if first_char == "A" { "B" } else { "A" };
    std::fs::write(
        &tampered,
        text.replacen(
            &format!("base64: \"{first_char}"),
            &format!("base64: \"{swapped}"),
            1,
        ),
    )
    .unwrap();
    let err = target.import(&tampered).unwrap_err().to_string();
    assert!(err.contains("SHA-256"), "{err}");
    let not_export = fixture("profile-v1.ron");
    let err = target.import(&not_export).unwrap_err().to_string();
    assert!(err.contains("not a Passerelle profile export"), "{err}");
    assert_eq!(target.list().profiles.len(), 2);
}

fn bin(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_passerelle"));
    c.arg("--data-dir").arg(data);
    c
}

#[test]
fn the_command_line_lists_exports_and_imports() {
    let data = tempfile::tempdir().unwrap();
    place(data.path(), "leila", "profile-v1.ron");
    let out = bin(data.path())
        .args(["profiles", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        listed.starts_with("Leïla B.\tleila\t1 case(s)\tnext: "),
        "{listed}"
    );

    let file = data.path().join("out.passerelle");
    let out = bin(data.path())
        .args(["profiles", "export", "Leïla B."])
        .arg(&file)
        .output()
        .unwrap();
    common::assert_succeeded(&out);

    let other = tempfile::tempdir().unwrap();
    // While another instance holds the lock, import refuses and says why.
    let holder = ProfileStore::open(other.path()).unwrap();
    let out = bin(other.path())
        .args(["profiles", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("another Passerelle is open"), "{err}");
    drop(holder);
    // As above: a process started by another test may hold the descriptor for an instant.
    let import = || {
        bin(other.path())
            .args(["profiles", "import"])
            .arg(&file)
            .output()
            .unwrap()
    };
    let mut out = import();
    for _ in 0..20 {
        if out.status.success() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        out = import();
    }
    common::assert_succeeded(&out);
    let out = bin(other.path())
        .args(["profiles", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Leïla B."));

    let out = bin(data.path())
        .args(["profiles", "export", "Personne"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no profile named \"Personne\""));
}

/// A USB stick: the program with `passerelle-portable.txt` beside it keeps its data in `data/`
/// beside it, not in the home directory; `--data-dir` still wins; without the marker, the
/// platform's directory.
#[test]
fn a_marker_beside_the_program_keeps_its_data_beside_it() {
    let stick = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let program = stick.path().join("passerelle");
    std::fs::copy(env!("CARGO_BIN_EXE_passerelle"), &program).unwrap();
    let run = |extra: &[&str]| {
        let out = Command::new(&program)
            .args(extra)
            .args(["profiles", "list"])
            .env_remove(passerelle::store::DATA_DIR_ENV)
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join(".local/share"))
            .output()
            .unwrap();
        common::assert_succeeded(&out);
    };
    // No marker: the home's data directory.
    run(&[]);
    assert!(home
        .path()
        .join(".local/share/passerelle/profiles")
        .is_dir());
    assert!(!stick.path().join("data").exists());
    // The marker: beside the program, and nothing more in the home.
    std::fs::remove_dir_all(home.path().join(".local")).unwrap();
    std::fs::write(
        stick.path().join(passerelle::store::PORTABLE_MARKER),
        "Passerelle portable\n",
    )
    .unwrap();
    run(&[]);
    assert!(stick.path().join("data/profiles").is_dir());
    assert!(!home.path().join(".local").exists());
    // --data-dir wins over the marker.
    let elsewhere = tempfile::tempdir().unwrap();
    run(&["--data-dir", elsewhere.path().to_str().unwrap()]);
    assert!(elsewhere.path().join("profiles").is_dir());
}
