//! The profile store on this machine's disk: saving one profile (atomic write with fsync of the
//! file and of its directory), listing 1,000 profiles and filtering them as one types. Run with
//! `cargo bench --bench store`.

use criterion::{criterion_group, criterion_main, Criterion};

use passerelle_core::profile::{search_words, SearchKey};
use passerelle_core::store::profiles::{parse_profile, ProfileStore};

const FIXTURE: &str = include_str!("../../../tests/fixtures/profile-v1.ron");

fn store(c: &mut Criterion) {
    // Under target/ rather than /tmp, so that the disk is the project's disk, not a tmpfs.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-store");
    let _ = std::fs::remove_dir_all(&root);
    let profile = parse_profile(FIXTURE).expect("fixture");

    let one = root.join("one");
    let s = ProfileStore::open(&one).expect("store");
    let id = s.create(&profile).expect("create");
    c.bench_function("save one profile (atomic, fsync)", |b| {
        b.iter(|| s.save(&id, &profile).expect("save"))
    });

    let many = root.join("many");
    let s = ProfileStore::open(&many).expect("store");
    for i in 0..1000 {
        let mut p = profile.clone();
        p.name = format!("Personne {i}");
        s.create(&p).expect("create");
    }
    let mut group = c.benchmark_group("list");
    group.sample_size(20);
    group.bench_function("load 1000 profiles", |b| {
        b.iter(|| assert_eq!(s.list().profiles.len(), 1000))
    });
    group.finish();
    // « Mes dossiers »'s filter: keys made once per listing, then one pass per keystroke.
    let listing = s.list();
    let keys: Vec<SearchKey> = listing
        .profiles
        .iter()
        .map(|p| SearchKey::of(&p.profile))
        .collect();
    c.bench_function("make the search keys of 1000 profiles", |b| {
        b.iter(|| {
            listing
                .profiles
                .iter()
                .map(|p| SearchKey::of(&p.profile))
                .collect::<Vec<_>>()
        })
    });
    for query in ["personne 99", "renouv calvados", "zorro"] {
        c.bench_function(&format!("filter 1000 profiles for \"{query}\""), |b| {
            b.iter(|| {
                let words = search_words(query);
                keys.iter().filter(|k| k.matches(&words)).count()
            })
        });
    }
    let _ = std::fs::remove_dir_all(&root);
}

criterion_group!(benches, store);
criterion_main!(benches);
