//! Every rule quotes its source word for word: seed documents are checked against the seed file,
//! other sources against the record in `shared/domain/facts.md`, which is all we hold of them
//! offline. Formatting (markdown links and emphasis, apostrophe style, line breaks) is ignored.
//!
//! The sources live beside the repository (`../shared`). Without them the test says so and
//! passes, unless `PASSERELLE_REQUIRE_SHARED=1` (set by CI) makes their absence a failure.

use std::path::PathBuf;

use passerelle_core::pack::RulePack;

fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Markdown links keep their text: "[R. 431-5](#)" → "R. 431-5".
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](").and_then(|close| {
            after[close + 2..]
                .find(')')
                .map(|end| (close, close + 2 + end + 1))
        }) {
            Some((close, end)) if !after[..close].contains('[') => {
                out.push_str(&after[..close]);
                rest = &after[end..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace('*', "")
        .replace('\u{2019}', "'")
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_quote_is_found_word_for_word() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if !shared.join("seeds").is_dir() {
        assert!(
            std::env::var("PASSERELLE_REQUIRE_SHARED").is_err(),
            "PASSERELLE_REQUIRE_SHARED is set but {} has no seeds",
            shared.display()
        );
        eprintln!("skipped: {} not found", shared.display());
        return;
    }
    let facts = normalise(&std::fs::read_to_string(shared.join("domain/facts.md")).unwrap());
    let pack = RulePack::bundled().unwrap();
    let mut checked = 0;
    let mut missing = Vec::new();
    // Every rule of every kind (the glossary's included).
    let rules = pack.rule_metas().into_iter();
    let departements = pack
        .departement_sources
        .iter()
        .map(|c| ("departements.ron".to_string(), c));
    let cited = rules
        .flat_map(|m| {
            m.sources
                .iter()
                .map(move |c| (format!("{}:{} {}", m.file, m.line, m.id), c))
        })
        .chain(departements);
    for (place, citation) in cited {
        let haystack = match &citation.source.seed {
            Some(seed) => normalise(
                &std::fs::read_to_string(shared.join("seeds").join(seed))
                    .unwrap_or_else(|e| panic!("{place}: seed {seed}: {e}")),
            ),
            None => facts.clone(),
        };
        checked += 1;
        if !haystack.contains(&normalise(&citation.quote)) {
            missing.push(format!(
                "{place}: {} « {} »",
                citation.source.id, citation.quote
            ));
        }
    }
    assert!(checked > 200, "only {checked} citations");
    assert!(
        missing.is_empty(),
        "quotes not found word for word:\n{}",
        missing.join("\n")
    );
}

#[test]
fn normalise_ignores_formatting_only() {
    assert_eq!(
        normalise("l'article [R. 431-5](#) *du*\n CESEDA"),
        "l'article R. 431-5 du CESEDA"
    );
    assert_eq!(normalise("l’usager"), "l'usager");
    assert_ne!(normalise("quatre mois"), normalise("trois mois"));
}
