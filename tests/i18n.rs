//! Translations: every `.ftl` parses, every key the code uses exists in French, and every
//! listed language is complete — interface and rule pack.

use std::collections::BTreeSet;

use passerelle::i18n::{self, Lang};
use passerelle::RulePack;

mod common;

/// Keys written literally in the code: `tl!(lang, "key"…)`, `tr_in(lang, "key", …)`, and the
/// key tables.
fn keys_in_code() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut stack = vec![
        common::root().join("src"),
        common::root().join("crates/core/src"),
    ];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Tests may use keys that do not exist on purpose.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for literal in code.split('"').skip(1).step_by(2) {
                if is_key(literal) {
                    keys.insert(literal.to_string());
                }
            }
        }
    }
    keys
}

/// A literal that looks like a Fluent key: kebab-case words, optionally `.attribute`, and used
/// as one (not a file name, an id or a format).
fn is_key(s: &str) -> bool {
    // Widget ids, renderer and program names, pack attribute names, file names, examples.
    const NOT_KEYS: &[&str] = &[
        "passerelle-profile",
        "passerelle-work", // thread names
        "passerelle-writer",
        "passerelle-portable", // the portable marker file
        "passerelle-print-",   // printed PDFs waiting in the temporary directory
        "voice-service",
        "reponse-passerelle",
        "mon-dossier",
        "date-input",
        "departement-search",
        "lawful-stay",
        "social-rights",
        "then-what",
        "tiny-skia",
        "xdg-open",
        "numero-de-la-demande-anef",
    ];
    if s.ends_with(".fr") {
        return false; // a domain
    }
    let (id, attr) = s.split_once('.').unwrap_or((s, ""));
    let word = |w: &str| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    id.contains('-')
        && id.as_bytes()[0].is_ascii_lowercase()
        && word(id)
        && (attr.is_empty() || word(attr))
        && !NOT_KEYS.iter().any(|n| s.starts_with(n))
}

#[test]
fn every_ftl_parses_and_every_code_key_exists_in_french() {
    let french = i18n::parse("locales/fr/passerelle.ftl", Lang::Fr.ftl()).unwrap();
    let french: BTreeSet<String> = i18n::keys(&french).into_iter().collect();
    let used = keys_in_code();
    assert!(used.len() > 150, "the scan found only {} keys", used.len());
    let missing: Vec<_> = used.difference(&french).collect();
    assert!(
        missing.is_empty(),
        "keys used in code but not in French: {missing:?}"
    );
    for lang in Lang::ALL {
        let file = format!("locales/{}/passerelle.ftl", lang.tag());
        if let Err(errors) = i18n::parse(&file, lang.ftl()) {
            panic!("{errors:?}");
        }
    }
}

/// Prints a language's completeness and fails on a missing or stale key.
fn assert_complete(what: &str, c: &i18n::Completeness) {
    println!(
        "{:8} {what} {:5.1} % ({}/{})",
        c.lang.tag(),
        c.percent(),
        c.translated,
        c.total
    );
    let first = |keys: &[String]| keys.iter().take(10).cloned().collect::<Vec<_>>();
    assert!(
        c.missing.is_empty(),
        "{} {what}: untranslated {:?}",
        c.lang,
        first(&c.missing)
    );
    assert!(
        c.stale.is_empty(),
        "{} {what}: no longer in French {:?}",
        c.lang,
        first(&c.stale)
    );
    assert!(
        c.outdated.is_empty(),
        "{} {what}: translated from an older French {:?}",
        c.lang,
        first(&c.outdated)
    );
}

#[test]
fn every_language_translates_the_whole_interface() {
    for c in i18n::ui_completeness().unwrap() {
        assert_complete("interface", &c);
    }
}

#[test]
fn every_language_translates_the_whole_rule_pack() {
    for c in RulePack::bundled().unwrap().completeness() {
        assert_complete("rule pack", &c);
    }
}

/// Every character of every language's texts has a glyph in one of the bundled fonts, so no
/// screen depends on what the machine has installed (and snapshots are stable).
#[test]
fn every_character_of_every_language_has_a_bundled_glyph() {
    use skrifa::MetadataProvider;
    let fonts: Vec<skrifa::FontRef> = passerelle::ui::FONTS
        .iter()
        .map(|f| skrifa::FontRef::new(f).unwrap())
        .collect();
    let covered = |c: char| fonts.iter().any(|f| f.charmap().map(c).is_some());
    let pack = common::root().join("assets/rules/locales");
    for lang in Lang::ALL {
        let mut text = lang.ftl().to_string();
        if lang != Lang::Fr {
            text += &std::fs::read_to_string(pack.join(format!("{}.ftl", lang.tag()))).unwrap();
        } else {
            // The pack's own files: rule texts, sources' titles and their quotes word for word.
            for (_, file) in passerelle::pack::PackFiles::bundled().files {
                text += &file;
            }
        }
        let missing: BTreeSet<char> = text
            .chars()
            .filter(|c| !c.is_control() && !c.is_whitespace())
            .filter(|c| {
                !('\u{2066}'..='\u{2069}').contains(c) && !['\u{200e}', '\u{200f}'].contains(c)
            })
            .filter(|c| !covered(*c))
            .collect();
        assert!(
            missing.is_empty(),
            "{}: no bundled glyph for {missing:?}",
            lang.tag()
        );
    }
    // The test can fail: a Korean syllable is in none of the fonts.
    assert!(!covered('한'));
}
