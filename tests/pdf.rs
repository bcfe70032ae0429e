//! Letters as A4 PDFs, read back by a PDF text extractor: the text is all there, searchable, and
//! every page has its footer with the rule pack's version.

mod common;

use chrono::NaiveDateTime;

use common::{case_of, date, identity, RENEWAL_FILED};

use passerelle::answer::Answer;
use passerelle::facts::Facts;
use passerelle::i18n::Lang;
use passerelle::letters::{compose, LetterInput, LetterKind};
use passerelle::pdf::letter_pdf;
use passerelle::profile::{Attempt, AttemptChannel};
use passerelle::resolve;

/// The answer PDF of an outcome, in `lang`, built from the answer model as the app does.
fn answer_pdf(outcome: &passerelle::Outcome, title: &str, version: &str, lang: Lang) -> Vec<u8> {
    let answer = Answer::build(outcome, lang);
    passerelle::pdf::answer_pdf(&answer, title, version, lang).expect("a PDF")
}

/// The text of a PDF, whitespace folded (extractors differ in spacing).
fn text_of(pdf: &[u8]) -> String {
    let raw = pdf_extract::extract_text_from_mem(pdf).expect("a readable PDF");
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_letter_pdf_reads_back_with_all_its_details() {
    let pack = common::fixture_pack().unwrap();
    let today = date("2026-11-23");
    let mut case = case_of(&pack, today, RENEWAL_FILED);
    let outcome = case.outcome(&pack, today);
    // Enough attempts for the evidence file to run over two pages.
    case.evidence = (0..60)
        .map(|i| Attempt {
            at: NaiveDateTime::parse_from_str("2026-09-01 09:00", "%Y-%m-%d %H:%M").unwrap()
                + chrono::Duration::hours(7 * i),
            channel: AttemptChannel::Website,
            result: format!("Aucun créneau (essai {i})"),
            screenshot: None,
        })
        .collect();
    let id = identity();
    let input = LetterInput {
        pack: &pack,
        identity: &id,
        case: &case,
        outcome: outcome.as_ref(),
        today,
    };

    let letter = compose(LetterKind::ApiUrgent, &input).unwrap();
    let pdf = letter_pdf(&letter, &pack.meta.version).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = text_of(&pdf);
    for wanted in [
        "Madame Leïla BENALI",
        "AGDREF 1402345678",
        "140120241104123456",
        "Le 23 novembre 2026",
        "Objet : URGENT : Mise à disposition",
        "R. 431-15-1",
        format!("règles {} — page 1/1", pack.meta.version).as_str(),
    ] {
        assert!(text.contains(wanted), "{wanted:?} not in:\n{text}");
    }

    let evidence = compose(LetterKind::RefereEvidence, &input).unwrap();
    let pdf = letter_pdf(&evidence, &pack.meta.version).unwrap();
    let text = text_of(&pdf);
    assert!(
        text.contains("page 1/2") || text.contains("page 1/3"),
        "{text}"
    );
    assert!(
        text.contains("Aucun créneau (essai 59)"),
        "the last row is there"
    );
}

#[test]
fn the_answer_pdf_carries_the_link_its_domain_the_dates_and_the_checklist() {
    let pack = common::fixture_pack().unwrap();
    let today = date("2026-11-23");
    let facts = Facts::from_pairs(&[
        ("departement", "14"),
        ("request", "renewal"),
        ("category", "french_spouse"),
        ("title_expiry", "2027-02-15"),
    ])
    .unwrap();
    let outcome = resolve(&pack, &facts, today).unwrap().outcome.unwrap();
    let pdf = answer_pdf(
        &outcome,
        "Renouveler mon titre — Calvados (14)",
        &pack.meta.version,
        Lang::Fr,
    );
    let text = text_of(&pdf);
    for wanted in [
        "Renouveler mon titre — Calvados (14)",
        "En ligne sur l'ANEF",
        "https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/",
        "site officiel : administration-etrangers-en-france.interieur.gouv.fr",
        "Du 18/10/2026 au 17/12/2026 Ouvert : encore 24 jours.",
        "Attestation de prolongation d'instruction",
        "Travailler : ",
        "[ ] Code e-photo",
        "pref-etrangers@calvados.gouv.fr",
        "Pourquoi ? Les règles appliquées et leurs sources",
        format!("règles {} — page 1/", pack.meta.version).as_str(),
    ] {
        assert!(text.contains(wanted), "{wanted:?} not in:\n{text}");
    }
    // Once filed inside the window, the answer says so rather than counting days.
    let outcome = case_of(&pack, today, RENEWAL_FILED)
        .outcome(&pack, today)
        .unwrap();
    let text = text_of(&answer_pdf(&outcome, "x", "v", Lang::Fr));
    assert!(
        text.contains("Du 11/06/2026 au 10/08/2026 Demande déposée dans le délai."),
        "{text}"
    );
    assert!(text.contains("Date : 20/11/2026"), "{text}");
    // Sources are named; only official addresses are printed.
    assert!(text.contains("Vovard avocat"), "{text}");
    assert!(!text.contains("vovard-avocat.com"), "{text}");
    assert!(!text.contains("123dok.net"), "{text}");
}

/// The answer PDF in the person's language: Arabic shaped with the Arabic font and laid out
/// right to left, Chinese with the CJK font, Latin (URLs, place names) left to right.
#[test]
fn the_answer_pdf_speaks_arabic_and_chinese() {
    let today = date("2026-11-23");
    let french = std::sync::Arc::new(common::fixture_pack().unwrap());
    for lang in [Lang::Ar, Lang::ZhHans] {
        let pack = french.localized(lang);
        let outcome = case_of(&pack, today, RENEWAL_FILED)
            .outcome(&pack, today)
            .unwrap();
        let title = format!(
            "{} — Calvados (14)",
            passerelle::labels::choice(lang, passerelle::facts::FactName::Request, "renewal").0
        );
        let text = text_of(&answer_pdf(&outcome, &title, "v", lang));
        // Text extraction reads glyphs in the order they are drawn: a right-to-left phrase
        // comes back with its letters in visual order, i.e. reversed.
        let drawn = |s: &str| -> String {
            if lang.rtl() {
                s.chars().rev().collect()
            } else {
                s.to_string()
            }
        };
        let phrases: &[&str] = if lang == Lang::Ar {
            &[
                "تجديد بطاقة إقامتي",
                "متى تودع الطلب",
                "الوثائق المطلوب تحضيرها",
            ]
        } else {
            &["续签我的居留卡", "何时递交", "需准备的材料"]
        };
        for phrase in phrases {
            assert!(
                text.contains(&drawn(phrase)),
                "{}: {phrase:?} not in:\n{text}",
                lang.tag()
            );
        }
        for latin in [
            "Calvados (14)",
            "https://administration-etrangers-en-france.interieur.gouv.fr",
        ] {
            assert!(
                text.contains(latin),
                "{}: {latin:?} not in:\n{text}",
                lang.tag()
            );
        }
    }
}

/// A mediator who prints the answer hands over what the screen said: an OQTF's delay that can be
/// 48 hours, and the doubts of the rules (here the day the 2026 taxes started).
#[test]
fn the_answer_pdf_carries_the_notices_and_the_doubts() {
    let pack = common::fixture_pack().unwrap();
    let today = date("2026-12-03");
    let pdf_of = |pairs: &[(&str, &str)]| {
        let facts = Facts::from_pairs(pairs).unwrap();
        let outcome = resolve(&pack, &facts, today).unwrap().outcome.unwrap();
        text_of(&answer_pdf(
            &outcome,
            "Réponse",
            &pack.meta.version,
            Lang::Fr,
        ))
    };
    let oqtf = pdf_of(&[
        ("departement", "93"),
        ("request", "contest_decision"),
        ("decision", "oqtf"),
    ]);
    assert!(oqtf.contains("48 heures"), "{oqtf}");
    assert!(oqtf.contains("voies et délais de recours"), "{oqtf}");
    let renewal = pdf_of(&[
        ("departement", "69"),
        ("request", "renewal"),
        ("category", "employee"),
        ("current_title", "temporary_card"),
        ("title_expiry", "2027-01-31"),
    ]);
    assert!(renewal.contains("examen civique"), "{renewal}");
    assert!(renewal.contains("Journal officiel"), "{renewal}");
}

/// One answer model, two renderings: for a set of cases, every section title and every line of
/// the model is in the PDF's text and on the screen.
#[test]
fn the_screen_and_the_pdf_show_every_line_of_the_answer_model() {
    let french = std::sync::Arc::new(common::fixture_pack().unwrap());
    let today = date("2026-12-03");
    let cases: &[&[(&str, &str)]] = &[
        // A late renewal: the window passed, what lateness costs, the provisional document.
        &[
            ("departement", "14"),
            ("request", "renewal"),
            ("category", "french_spouse"),
            ("current_title", "multi_year_card"),
            ("title_expiry", "2026-12-10"),
        ],
        // Filed long ago: the implicit rejection and what follows it.
        &[
            ("departement", "14"),
            ("request", "renewal"),
            ("category", "employee"),
            ("current_title", "temporary_card"),
            ("title_expiry", "2026-09-30"),
            ("filed_on", "2026-06-15"),
        ],
        // An OQTF: notices with the 48-hour delay, the court.
        &[
            ("departement", "93"),
            ("request", "contest_decision"),
            ("decision", "oqtf"),
        ],
        // A postal channel with its address, filed: the implicit rejection's date.
        &[
            ("departement", "14"),
            ("request", "first_title"),
            ("category", "exceptional_admission"),
            ("filed_on", "2026-07-31"),
        ],
    ];
    // Whitespace and the marks drawn differently on paper aside, the same characters.
    let squeeze = common::squeeze;
    // Every case in French, the first in English too (the model's order does not depend on it).
    let runs = cases
        .iter()
        .map(|c| (Lang::Fr, *c))
        .chain([(Lang::En, cases[0])]);
    for (lang, pairs) in runs {
        let pack = french.localized(lang);
        {
            let facts = Facts::from_pairs(pairs).unwrap();
            let outcome = resolve(&pack, &facts, today).unwrap().outcome.unwrap();
            let answer = Answer::build(&outcome, lang);
            let pdf = common::without_footers(
                &squeeze(&text_of(&answer_pdf(&outcome, "Réponse", "v", lang))),
                lang,
                "Réponse",
                "v",
            );
            let screen = passerelle::ui::answer::view(
                &answer,
                passerelle::ui::answer::Show {
                    open: |_: String| (),
                    explain: |_| (),
                    reading: None,
                    explained: None,
                },
            );
            let mut sim =
                iced_test::Simulator::with_size(passerelle::ui::settings(), common::TALL, screen);
            let mut lines = 0;
            for section in &answer.sections {
                for wanted in section
                    .title
                    .iter()
                    .chain(section.lines.iter().map(|l| &l.text))
                {
                    assert!(
                        pdf.contains(&squeeze(wanted)),
                        "{} {pairs:?}: {wanted:?} is not in the PDF",
                        lang.tag()
                    );
                }
                if let Some(title) = &section.title {
                    assert!(sim.find(title.as_str()).is_ok(), "{title:?} not on screen");
                }
                for line in &section.lines {
                    assert!(
                        sim.find(line.shown().as_str()).is_ok(),
                        "{} {pairs:?}: {:?} is not on screen",
                        lang.tag(),
                        line.shown()
                    );
                    lines += 1;
                }
            }
            assert!(lines > 10, "{pairs:?}: only {lines} lines");
        }
    }
}

/// The bilingual answer: French on the left for the préfecture, the person's language on the
/// right, built from two answers of the same case: text extraction finds every section's title
/// in both languages, in French + Arabic and in French + Chinese.
#[test]
fn the_bilingual_answer_pdf_has_every_section_in_both_languages() {
    let today = date("2026-11-23");
    let french = std::sync::Arc::new(common::fixture_pack().unwrap());
    let fr_outcome = case_of(&french, today, RENEWAL_FILED)
        .outcome(&french, today)
        .unwrap();
    let fr_answer = Answer::build(&fr_outcome, Lang::Fr);
    for lang in [Lang::Ar, Lang::ZhHans] {
        let pack = french.localized(lang);
        let outcome = case_of(&pack, today, RENEWAL_FILED)
            .outcome(&pack, today)
            .unwrap();
        let answer = Answer::build(&outcome, lang);
        assert_eq!(
            fr_answer.sections.len(),
            answer.sections.len(),
            "one case, one structure"
        );
        let title =
            passerelle::labels::choice(lang, passerelle::facts::FactName::Request, "renewal").0;
        let pdf = passerelle::pdf::bilingual_answer_pdf(
            (&fr_answer, "Renouveler mon titre — Calvados (14)"),
            (&answer, &format!("{title} — Calvados (14)")),
            "v",
        )
        .expect("a PDF");
        let text = text_of(&pdf);
        // Right-to-left words come back with their letters in the order they are drawn; a word
        // with a vowel mark comes back split around it, so such words are not looked for.
        let marks = |c: char| ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}';
        // A title longer than its half-page column wraps, and the extractor reads each line of
        // the page across both columns: titles are looked for word by word (Chinese: its first
        // four characters together, then every character).
        let found = |phrase: &str, lang: Lang| -> bool {
            if lang == Lang::ZhHans {
                let head: String = phrase.chars().take(4).collect();
                return text.contains(&head)
                    && phrase
                        .chars()
                        .filter(|c| c.is_alphanumeric())
                        .all(|c| text.contains(c));
            }
            let words: Vec<String> = phrase
                .split_whitespace()
                .filter(|w| !w.chars().any(marks))
                .map(|w| {
                    if lang.rtl() {
                        w.chars().rev().collect()
                    } else {
                        w.to_string()
                    }
                })
                .collect();
            !words.is_empty() && words.iter().all(|w| text.contains(w.as_str()))
        };
        let mut titles = 0;
        for (f, o) in fr_answer.sections.iter().zip(&answer.sections) {
            assert_eq!(f.kind, o.kind, "the same sections in the same order");
            if let (Some(ft), Some(ot)) = (&f.title, &o.title) {
                assert!(found(ft, Lang::Fr), "{ft:?} not in:\n{text}");
                assert!(found(ot, lang), "{}: {ot:?} not in:\n{text}", lang.tag());
                titles += 1;
            }
        }
        assert!(titles >= 5, "{titles} titled sections");
        assert!(found(&title, lang), "{}: the title", lang.tag());
        // The French answer's own text is there too, and the footer is French.
        assert!(text.contains("Renouveler mon titre — Calvados (14)"));
        assert!(text.contains("Passerelle, règles v"), "{text}");
    }
}
