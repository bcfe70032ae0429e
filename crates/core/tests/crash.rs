//! Writers killed at random points (SIGKILL on Linux, TerminateProcess on Windows), 200 times: every profile file must then be a
//! whole version (the previous one or the new one), never a mix or empty. The writer is this
//! test binary run again in "writer" mode, saving through the real store in a loop.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use chrono::NaiveDate;

use passerelle_core::profile::{Case, ChecklistItem, Profile};
use passerelle_core::store::profiles::ProfileStore;

const DIR_ENV: &str = "PASSERELLE_CRASH_TEST_DIR";
const IDS: [&str; 2] = ["first", "second"];
/// The line the writer prints when it starts writing.
const READY: &str = "passerelle-writer-ready";

/// Version `n` of a profile: its size varies with `n`, and every item carries `n`, so that a
/// mix of two versions cannot pass for one.
fn version(name: &str, n: u64) -> Profile {
    let mut p = Profile::new(name, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    let checklist = (0..(n % 40 + 1))
        .map(|i| ChecklistItem {
            item: format!("hand:{i}"),
            label: format!(
                "Document {i} — version {n} — {}",
                "détail ".repeat(i as usize % 9)
            ),
            have: n.is_multiple_of(2),
            copy_made: false,
            translation_needed: false,
            sent: false,
            note: format!("v{n}"),
            change: None,
        })
        .collect();
    p.cases.push(Case {
        title: format!("v{n}"),
        facts: Default::default(),
        pack_version: String::new(),
        checklist,
        provisional_received: None,
        evidence: Vec::new(),
        answer: None,
    });
    p
}

/// Which version a profile read back is, if it is one whole version.
fn whole_version(p: &Profile) -> Option<u64> {
    let n: u64 = p.cases.first()?.title.strip_prefix('v')?.parse().ok()?;
    (p == &version(&p.name, n)).then_some(n)
}

/// The writer: runs only when started by the test below.
#[test]
fn writer_child() {
    let Some(dir) = std::env::var_os(DIR_ENV) else {
        return;
    };
    let store = ProfileStore::open(Path::new(&dir)).unwrap();
    assert!(!store.read_only());
    let mut n: u64 = IDS
        .iter()
        .filter_map(|id| whole_version(&store.load(id).ok()?))
        .max()
        .unwrap_or(0);
    // Tells the test the loop starts, so that the kill lands while writing however slowly the
    // process started.
    use std::io::Write;
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{READY}");
    let _ = out.flush();
    loop {
        n += 1;
        for id in IDS {
            store.save(id, &version(id, n)).unwrap();
        }
    }
}

/// Linux: SIGKILL; Windows: TerminateProcess (run under Wine by tools/windows-wine-test.sh).
#[test]
fn killed_writers_leave_whole_files() {
    let data = tempfile::tempdir().unwrap();
    {
        let store = ProfileStore::open(data.path()).unwrap();
        for id in IDS {
            // Profiles are created under their own id (the name's folder).
            let created = store.create(&version(id, 0)).unwrap();
            std::fs::rename(store.profile_dir(&created), store.profile_dir(id)).unwrap();
        }
    }
    let exe = std::env::current_exe().unwrap();
    let mut seed: u64 = 0x2026_1123;
    let mut last = [0u64; 2];
    let mut advanced = 0;
    for round in 0..200 {
        // A cheap pseudo-random delay between 0 and 20 ms once the writer writes.
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = (seed >> 33) % 21;
        let mut child = Command::new(&exe)
            .args(["--exact", "writer_child", "--nocapture", "--test-threads=1"])
            .env(DIR_ENV, data.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let ready = std::io::BufRead::lines(std::io::BufReader::new(stdout))
            .map_while(Result::ok)
            .any(|line| line.contains(READY));
        assert!(ready, "round {round}: the writer never started");
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().unwrap();
        child.wait().unwrap();

        let store = ProfileStore::open(data.path()).unwrap();
        assert!(!store.read_only(), "the lock dies with the writer");
        let listing = store.list();
        assert!(
            listing.problems.is_empty(),
            "round {round}: {:?}",
            listing.problems
        );
        assert_eq!(listing.profiles.len(), 2, "round {round}");
        for (i, id) in IDS.iter().enumerate() {
            let p = store.load(id).unwrap();
            let n = whole_version(&p)
                .unwrap_or_else(|| panic!("round {round}: {id} is not one whole version"));
            assert!(
                n >= last[i],
                "round {round}: {id} went back from {} to {n}",
                last[i]
            );
            if n > last[i] {
                advanced += 1;
            }
            last[i] = n;
        }
        // No temporary file survives the next start.
        for id in IDS {
            let names: Vec<_> = std::fs::read_dir(store.profile_dir(id))
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            assert_eq!(names, ["profile.ron"], "round {round}");
        }
    }
    // Most kills landed while writing (otherwise the test proves nothing).
    assert!(
        advanced > 200,
        "only {advanced} profile saves between kills"
    );
    eprintln!("versions reached: {last:?}; {advanced} advances over 200 kills");
}
