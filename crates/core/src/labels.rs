//! Plain-language labels for the wizard: each question, each choice with a one-line hint, each
//! channel and provisional document. The text comes from the interface's translations
//! (`locales/<lang>/passerelle.ftl`), keyed on the core's identifiers: `question-<fact>`,
//! `choice-<fact>-<value>`, `channel-<id>`, `provisional-<kind>`.

//!
//! Every function takes the language it writes in.

use crate::facts::{Channel, FactName};
use crate::i18n::Lang;
use crate::pack::ProvisionalKind;
use crate::tl;

pub fn question(lang: Lang, fact: FactName) -> String {
    tl!(lang, &format!("question-{fact}"))
}

/// A short name for a date fact, for the trail of answers.
pub fn date_short(lang: Lang, fact: FactName) -> String {
    if fact.is_date() {
        tl!(lang, &format!("question-{fact}.short"))
    } else {
        question(lang, fact)
    }
}

pub fn question_hint(lang: Lang, fact: FactName) -> String {
    tl!(lang, &format!("question-{fact}.hint"))
}

/// The label and hint of one choice (the hint may be empty).
pub fn choice(lang: Lang, fact: FactName, value: &str) -> (String, String) {
    let key = format!("choice-{fact}-{value}");
    let hint_key = format!("{key}.hint");
    let hint = if crate::i18n::has_in(lang, &hint_key) {
        tl!(lang, &hint_key)
    } else {
        String::new()
    };
    (tl!(lang, &key), hint)
}

pub fn channel(lang: Lang, channel: Channel) -> String {
    tl!(lang, &format!("channel-{channel}"))
}

pub fn provisional(lang: Lang, kind: ProvisionalKind) -> String {
    tl!(lang, &format!("provisional-{}", kind.as_str()))
}

/// Where the person stands with their filing window: filed in it or not, when the filing date is
/// known; otherwise how far today is from it.
pub fn filing_status(lang: Lang, w: &crate::resolver::FilingWindow) -> String {
    match w.filed_in_window {
        Some(true) => tl!(lang, "filing-in-window"),
        Some(false) => tl!(lang, "filing-out-of-window"),
        None => window_status(lang, w.status),
    }
}

/// Where the filing window stands, in one sentence.
pub fn window_status(lang: Lang, status: crate::deadlines::WindowStatus) -> String {
    use crate::deadlines::WindowStatus;
    match status {
        WindowStatus::NotYetOpen { days } => tl!(lang, "window-not-yet-open", days = days),
        WindowStatus::Open { days_left } => tl!(lang, "window-open", days = days_left),
        WindowStatus::ClosingSoon { days_left } => {
            tl!(lang, "window-closing-soon", days = days_left)
        }
        WindowStatus::Passed { days } => tl!(lang, "window-passed", days = days),
    }
}

/// Where the sources of an escalation step disagree (the ANEF helpline's number, the Défenseur
/// des droits' address), one sentence per kind of contact: every value with its source and date,
/// and the one the most recent source gives.
pub fn disagreements(lang: Lang, step: &crate::resolver::EscalationStep) -> Vec<String> {
    let mut kinds = Vec::new();
    for c in step.contacts.iter().filter(|c| c.newest.is_some()) {
        if !kinds.contains(&c.kind) {
            kinds.push(c.kind);
        }
    }
    kinds
        .into_iter()
        .map(|kind| {
            let same: Vec<_> = step.contacts.iter().filter(|c| c.kind == kind).collect();
            let values: Vec<String> = same
                .iter()
                .map(|c| {
                    let stated = c.source_stated.map_or_else(
                        || tl!(lang, "undated"),
                        |d| crate::i18n::short_date(lang, d),
                    );
                    tl!(
                        lang,
                        "source-value",
                        value = c.value.as_str(),
                        source = c.source.as_str(),
                        stated = stated
                    )
                })
                .collect();
            let newest = same
                .iter()
                .find(|c| c.newest == Some(true))
                .map_or("", |c| c.value.as_str());
            tl!(
                lang,
                "sources-disagree",
                values = values.join(" ; "),
                newest = newest
            )
        })
        .collect()
}

/// "Travailler : oui" — a right a provisional document gives.
pub fn right(lang: Lang, label: &str, right: &crate::pack::Right) -> String {
    use crate::pack::Right;
    let value = match right {
        Right::Yes => tl!(lang, "right-yes"),
        Right::No => tl!(lang, "right-no"),
        Right::Conditional(c) => c.clone(),
        Right::NotStated => tl!(lang, "right-not-stated"),
    };
    tl!(lang, "right-line", right = label, value = value)
}

/// The rights of a provisional document, one line each.
pub fn rights(lang: Lang, r: &crate::pack::Rights) -> [String; 4] {
    [
        right(lang, &tl!(lang, "right-lawful-stay"), &r.lawful_stay),
        right(lang, &tl!(lang, "right-work"), &r.work),
        right(lang, &tl!(lang, "right-social"), &r.social_rights),
        right(lang, &tl!(lang, "right-travel"), &r.travel),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{
        AsePlacement, Category, CurrentTitle, Decision, Nationality, Request, Situation, Visa,
    };

    #[test]
    fn every_choice_has_a_label() {
        let all: Vec<(FactName, &str)> = Request::ALL
            .iter()
            .map(|v| (FactName::Request, v.as_str()))
            .chain(
                Category::ALL
                    .iter()
                    .map(|v| (FactName::Category, v.as_str())),
            )
            .chain(
                Nationality::ALL
                    .iter()
                    .map(|v| (FactName::Nationality, v.as_str())),
            )
            .chain(Visa::ALL.iter().map(|v| (FactName::Visa, v.as_str())))
            .chain(
                Situation::ALL
                    .iter()
                    .map(|v| (FactName::Situation, v.as_str())),
            )
            .chain(
                CurrentTitle::ALL
                    .iter()
                    .map(|v| (FactName::CurrentTitle, v.as_str())),
            )
            .chain(
                AsePlacement::ALL
                    .iter()
                    .map(|v| (FactName::AsePlacement, v.as_str())),
            )
            .chain(
                Decision::ALL
                    .iter()
                    .map(|v| (FactName::Decision, v.as_str())),
            )
            .collect();
        let mut seen = std::collections::HashSet::new();
        for (fact, value) in all {
            let (label, _) = choice(Lang::Fr, fact, value);
            assert!(
                crate::i18n::has_in(Lang::Fr, &format!("choice-{fact}-{value}")),
                "{fact}={value} has no label"
            );
            assert!(
                seen.insert((fact, label.clone())),
                "{fact}: label {label} used twice"
            );
        }
    }
}
