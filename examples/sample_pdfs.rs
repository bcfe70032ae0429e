//! Writes two sample PDFs into DIR, to look at the layout: `answer.pdf` (a Calvados ANEF renewal)
//! and `letter.pdf` (the urgent request for an attestation de prolongation d'instruction, made
//! from sample details): `cargo run --example sample_pdfs -- DIR`. With a language tag after DIR
//! (`ar`, `zh-Hans`…), the answer is also written in that language as `answer-<tag>.pdf`.

use chrono::NaiveDate;

use passerelle::facts::Facts;
use passerelle::letters::{compose, LetterInput, LetterKind};
use passerelle::pack::RulePack;
use passerelle::profile::{Case, Identity};

fn main() -> Result<(), String> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).ok_or("usage: sample_pdfs DIR")?);
    let pack = RulePack::bundled().map_err(|e| e.to_string())?;
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let today = date("2026-11-23").ok_or("date")?;
    let facts = Facts::from_pairs(&[
        ("departement", "14"),
        ("request", "renewal"),
        ("category", "french_spouse"),
        ("title_expiry", "2026-10-09"),
        ("filed_on", "2026-07-20"),
    ])
    .map_err(|e| e.to_string())?;
    let outcome = passerelle::resolve(&pack, &facts, today)
        .map_err(|e| e.to_string())?
        .outcome;
    let case = Case::new(
        "Renouveler mon titre — Calvados (14)",
        &facts,
        outcome.as_ref(),
        &pack,
        today,
    );
    let identity = Identity {
        civility: "Madame".into(),
        first_name: "Leïla".into(),
        last_name: "Exemple".into(),
        birth_date: date("1990-04-12"),
        birth_place: "Oran (Algérie)".into(),
        nationality: "algérienne".into(),
        address: vec!["12 rue des Lilas".into(), "14000 Caen".into()],
        email: "leila@example.org".into(),
        phone: "06 00 00 00 00".into(),
        agdref: "1400000000".into(),
        anef_request: "140120260720000000".into(),
        title_mention: "vie privée et familiale".into(),
        title_valid_from: date("2024-10-10"),
        e_photo_code: "EXEMPLE".into(),
    };
    let input = LetterInput {
        pack: &pack,
        identity: &identity,
        case: &case,
        outcome: outcome.as_ref(),
        today,
    };
    let letter = compose(LetterKind::ApiUrgent, &input).map_err(|m| m.to_string())?;
    let write = |name: &str, bytes: Vec<u8>| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    write(
        "letter.pdf",
        passerelle::pdf::letter_pdf(&letter, &pack.meta.version)?,
    )?;
    let outcome = outcome.as_ref().ok_or("no answer")?;
    let fr = passerelle::i18n::Lang::Fr;
    let answer = passerelle::answer::Answer::build(outcome, fr);
    write(
        "answer.pdf",
        passerelle::pdf::answer_pdf(&answer, &case.title, &pack.meta.version, fr)?,
    )?;
    if let Some(tag) = std::env::args().nth(2) {
        let lang = passerelle::i18n::Lang::from_tag(&tag).ok_or("unknown language")?;
        let pack = std::sync::Arc::new(pack).localized(lang);
        let outcome = passerelle::resolve(&pack, &facts, today)
            .map_err(|e| e.to_string())?
            .outcome
            .ok_or("no answer")?;
        let title =
            passerelle::labels::choice(lang, passerelle::facts::FactName::Request, "renewal").0;
        write(
            &format!("answer-{tag}.pdf"),
            passerelle::pdf::answer_pdf(
                &passerelle::answer::Answer::build(&outcome, lang),
                &format!("{title} — Calvados (14)"),
                &pack.meta.version,
                lang,
            )?,
        )?;
    }
    Ok(())
}
