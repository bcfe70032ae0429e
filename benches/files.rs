//! « Mes dossiers » with many files, through the app as a person uses it: opening the list,
//! filtering it, typing a note in one file — each keystroke with the view the window then
//! builds. Typing writes the file at most once a second, on the store's writer thread; the
//! tasks `update` returns are run to their end here (as the tests do), so the wait for those
//! writes is in the figures, spread over the keystrokes of that second. Run with
//! `cargo bench --bench files`.

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};

use passerelle::pack::RulePack;
use passerelle::store::profiles::{parse_profile, ProfileStore};
use passerelle::ui::files::{checklist, file, list, Files, Message as F};
use passerelle::ui::{App, Message};

#[path = "../tests/common/mod.rs"]
mod common;
use common::send;

const FIXTURE: &str = include_str!("../tests/fixtures/profile-v1.ron");

fn files(c: &mut Criterion) {
    // Under target/ rather than /tmp, so that the disk is the project's disk, not a tmpfs.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-files");
    let _ = std::fs::remove_dir_all(&root);
    let pack = Arc::new(RulePack::bundled().expect("pack"));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
    let profile = parse_profile(FIXTURE).expect("fixture");
    for n in [1, 1000] {
        let dir = root.join(n.to_string());
        {
            let store = ProfileStore::open(&dir).expect("store");
            for i in 0..n {
                let mut p = profile.clone();
                p.name = format!("Personne {i}");
                store.create(&p).expect("create");
            }
        }
        if n == 1000 {
            let mut group = c.benchmark_group("files");
            group.sample_size(10);
            group.bench_function("open « Mes dossiers » with 1000 files", |b| {
                b.iter(|| Files::new(ProfileStore::open(&dir).expect("store"), &pack, today))
            });
            group.finish();
        }
        let store = ProfileStore::open(&dir).expect("store");
        let mut app = App::new(Ok(pack.clone()), today).with_store(store);
        let id = app.files().expect("files").profiles()[0].id.clone();
        if n == 1000 {
            let mut i = 0u64;
            c.bench_function("filter 1000 files, one keystroke", |b| {
                b.iter(|| {
                    i += 1;
                    let query = if i.is_multiple_of(2) {
                        "personne 99"
                    } else {
                        "personne 9"
                    };
                    send(
                        &mut app,
                        Message::Files(F::List(list::Message::Filter(query.into()))),
                    );
                    // The list the window then draws.
                    criterion::black_box(app.view());
                })
            });
            send(
                &mut app,
                Message::Files(F::List(list::Message::Filter(String::new()))),
            );
        }
        send(&mut app, Message::Files(F::List(list::Message::Open(id))));
        let mut i = 0u64;
        c.bench_function(&format!("type a note in a file among {n}"), |b| {
            b.iter(|| {
                i += 1;
                let note = checklist::Message::Note(0, format!("note {i}"));
                send(
                    &mut app,
                    Message::Files(F::File(file::Message::Checklist(note))),
                );
                // The file the window then draws.
                criterion::black_box(app.view());
            })
        });
    }
    let _ = std::fs::remove_dir_all(&root);
}

criterion_group!(benches, files);
criterion_main!(benches);
