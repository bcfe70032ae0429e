//! Finding a commune from what a person types, on the official data built into the program
//! (`assets/places/`, INSEE's Code officiel géographique with La Poste's postcodes).

use std::process::Command;

use passerelle::places::{Places, DATA, DATA_VERSION};

fn places() -> Places {
    Places::bundled().expect("the bundled communes read")
}

fn deps(text: &str, n: usize) -> Vec<String> {
    places()
        .search(text, n)
        .iter()
        .map(|f| format!("{} ({})", f.commune.name, f.commune.departement))
        .collect()
}

#[test]
fn the_data_is_the_declared_version() {
    use sha2::Digest;
    let mut lines = DATA_VERSION.lines();
    let declared = lines.next().unwrap();
    let sha = lines.next().unwrap().strip_prefix("sha256 ").unwrap();
    let actual: String = sha2::Sha256::digest(DATA)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        actual, sha,
        "communes.tsv.z is not the file VERSION declares"
    );
    let p = places();
    assert_eq!(p.version, declared);
    assert!(p.len() > 37_000, "{} places", p.len());
    assert!(DATA.len() < 1_000_000, "the data adds at most 1 MB");
}

#[test]
fn homonyms_come_most_populated_first() {
    let found = deps("montreuil", 3);
    assert_eq!(
        found,
        ["Montreuil (93)", "Montreuil (85)", "Montreuil (28)"]
    );
    // "st" is "saint"; Saint-Denis of La Réunion and of Seine-Saint-Denis both come first.
    let found = deps("st denis", 2);
    assert!(found.contains(&"Saint-Denis (93)".to_string()), "{found:?}");
    assert!(
        found.contains(&"Saint-Denis (974)".to_string()),
        "{found:?}"
    );
}

#[test]
fn postcodes_lead_to_their_communes() {
    assert_eq!(deps("93100", 5), ["Montreuil (93)"]);
    // A postcode shared by several communes lists them all, most populated first.
    let shared = deps("20200", 10);
    assert_eq!(shared[0], "Bastia (2B)");
    assert!(shared.len() > 1, "{shared:?}");
    // Corsica: 20… postcodes belong to 2A or 2B, never to a "20".
    assert_eq!(deps("20000", 1), ["Ajaccio (2A)"]);
    // Overseas: 971 to 976.
    assert_eq!(deps("97100", 1), ["Basse-Terre (971)"]);
    assert_eq!(deps("97200", 1), ["Fort-de-France (972)"]);
    assert_eq!(deps("97400", 1), ["Saint-Denis (974)"]);
    assert_eq!(deps("97600", 1), ["Mamoudzou (976)"]);
    assert_eq!(deps("97300", 1), ["Cayenne (973)"]);
    // An arrondissement of Paris is Paris.
    assert_eq!(deps("75011", 5), ["Paris (75)"]);
}

#[test]
fn former_communes_lead_to_the_commune_nouvelle() {
    let p = places();
    let found = p.search("Arbignieu", 5);
    assert_eq!(found[0].commune.name, "Arboys en Bugey");
    assert_eq!(found[0].via.map(|v| v.name), Some("Arbignieu"));
    // Each commune sets the département and the arrondissement.
    let montreuil = p.search("93100", 1)[0].commune;
    assert_eq!(
        (montreuil.departement, montreuil.arrondissement),
        ("93", "931")
    );
}

#[test]
fn an_unknown_text_finds_nothing_and_the_command_says_what_to_type() {
    assert!(places().search("xqzw", 10).is_empty());
    let out = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["places", "xqzw"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("postcode"), "{err}");
    let out = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["places", "montreuil", "--limit", "2"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.lines().next(),
        Some("Montreuil\t93100\t93\t931\tbobigny\t"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 2);
}

/// Each of the pack's sous-préfectures serves an arrondissement of its own département: a commune
/// of 77, 91 or 93 leads to one without the person knowing it.
#[test]
fn sous_prefectures_are_tied_to_arrondissements() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/rules");
    let pack = passerelle::pack::RulePack::from_dir(&root).expect("check-pack accepts the pack");
    let p = places();
    for (query, id) in [
        ("93100", "bobigny"), // Montreuil
        ("noisy le sec", "bobigny"),
        ("93200", "saint-denis"), // Saint-Denis
        ("le raincy", "le-raincy"),
        ("91300", "palaiseau"), // Massy
        ("etampes", "etampes"),
        ("meaux", "meaux"),
        ("torcy", "torcy"),
    ] {
        let c = p.search(query, 1)[0].commune;
        assert_eq!(
            pack.sous_prefecture_of(c.departement, c.arrondissement),
            Some(id),
            "{query}: {} ({})",
            c.name,
            c.arrondissement
        );
    }
    // A sous-préfecture naming another département's arrondissement is refused, with its line.
    let dir = tempfile::tempdir().unwrap();
    for entry in walk(&root) {
        let rel = entry.strip_prefix(&root).unwrap();
        let to = dir.path().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        let text = std::fs::read_to_string(&entry).unwrap();
        let text = if rel == std::path::Path::new("departements.ron") {
            text.replace("arrondissement: \"932\"", "arrondissement: \"751\"")
        } else {
            text
        };
        std::fs::write(&to, text).unwrap();
    }
    let err = passerelle::pack::RulePack::from_dir(dir.path())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("departements.ron:120:")
            && err.contains("\"le-raincy\"")
            && err.contains("931, 932, 933"),
        "{err}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
