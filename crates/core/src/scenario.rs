//! Scenario files: cases with the answer a jurist expects, run against a rule pack.
//! The format is documented in `docs/scenarios.md`; its names are fixed.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::facts::{parse_date, Channel, Facts};
use crate::pack::{ProvisionalKind, RulePack};
use crate::resolver::{resolve, CaseError, Resolution};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    pub today: String,
    #[serde(default)]
    pub facts: BTreeMap<String, String>,
    #[serde(default)]
    pub expect: BTreeMap<String, String>,
}

/// The expectation names a scenario may use.
pub const EXPECTATIONS: &[&str] = &[
    "channel",
    "url_contains",
    "address_contains",
    "window_opens",
    "window_closes",
    "provisional_document",
    "implicit_rejection_on",
    "escalation_includes",
    "documents_include",
    "documents_exclude",
    "provisional_work",
    "doubts_include",
    "error_contains",
    "next_question",
    "notices_include",
    "notices_exclude",
];

/// A scenario as found in a file.
#[derive(Debug, Clone)]
pub struct Located {
    pub file: PathBuf,
    pub scenario: Scenario,
}

/// A file that could not be read as scenarios.
#[derive(Debug, Clone)]
pub struct FileError {
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file.display(),
            self.line,
            self.col,
            self.message
        )
    }
}

/// Reads scenario files; a directory means every `.ron` file under it, sorted.
pub fn load(paths: &[PathBuf]) -> (Vec<Located>, Vec<FileError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        collect(path, &mut files, &mut errors);
    }
    files.sort();
    let mut scenarios = Vec::new();
    for file in files {
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => {
                errors.push(FileError {
                    file,
                    line: 0,
                    col: 0,
                    message: format!("cannot read: {e}"),
                });
                continue;
            }
        };
        match ron::from_str::<Vec<Scenario>>(&text) {
            Ok(list) => scenarios.extend(list.into_iter().map(|scenario| Located {
                file: file.clone(),
                scenario,
            })),
            Err(e) => errors.push(FileError {
                file,
                line: e.position.line,
                col: e.position.col,
                message: format!("not a scenario file: {}", e.code),
            }),
        }
    }
    (scenarios, errors)
}

fn collect(path: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<FileError>) {
    if path.is_dir() {
        match std::fs::read_dir(path) {
            Ok(entries) => {
                for entry in entries.flatten() {
                    let p = entry.path();
                    if p.is_dir() || p.extension().is_some_and(|e| e == "ron") {
                        collect(&p, files, errors);
                    }
                }
            }
            Err(e) => errors.push(FileError {
                file: path.to_path_buf(),
                line: 0,
                col: 0,
                message: format!("cannot read directory: {e}"),
            }),
        }
    } else if path.exists() {
        files.push(path.to_path_buf());
    } else {
        errors.push(FileError {
            file: path.to_path_buf(),
            line: 0,
            col: 0,
            message: "no such file or directory".into(),
        });
    }
}

fn resolve_scenario(pack: &RulePack, s: &Scenario) -> Result<Resolution, String> {
    let today = parse_date(&s.today).ok_or_else(|| {
        format!(
            "bad date for today: \"{}\" is not a real date written YYYY-MM-DD",
            s.today
        )
    })?;
    let mut facts = Facts::from_map(&s.facts).map_err(|e| CaseError::from(e).to_string())?;
    crate::places::apply_bundled_commune(&mut facts, pack)?;
    resolve(pack, &facts, today).map_err(|e| e.to_string())
}

/// Runs one scenario; returns what did not match (empty when it passes).
pub fn check(pack: &RulePack, s: &Scenario) -> Vec<String> {
    let mut failures = Vec::new();
    for name in s.expect.keys() {
        if !EXPECTATIONS.contains(&name.as_str()) {
            failures.push(format!(
                "unknown expectation \"{name}\"; allowed: {}",
                EXPECTATIONS.join(", ")
            ));
        }
    }
    if !failures.is_empty() {
        return failures;
    }
    let result = resolve_scenario(pack, s);
    if let Some(wanted) = s.expect.get("error_contains") {
        match &result {
            Err(message) if message.contains(wanted.as_str()) => {}
            Err(message) => failures.push(format!(
                "refused with \"{message}\", which does not contain \"{wanted}\""
            )),
            Ok(_) => failures.push(format!(
                "expected a refusal containing \"{wanted}\", but the case was accepted"
            )),
        }
        return failures;
    }
    let resolution = match result {
        Ok(r) => r,
        Err(message) => return vec![format!("refused: {message}")],
    };
    if let Some(wanted) = s.expect.get("next_question") {
        let asked = resolution.next_question.as_ref().map(|q| q.fact.as_str());
        if asked != Some(wanted.as_str()) {
            failures.push(format!(
                "next_question: expected {wanted}, got {}",
                asked.unwrap_or("none")
            ));
        }
    }
    let outcome_expectations: Vec<_> = s
        .expect
        .iter()
        .filter(|(k, _)| k.as_str() != "next_question")
        .collect();
    if outcome_expectations.is_empty() {
        return failures;
    }
    let Some(outcome) = &resolution.outcome else {
        let asked = resolution
            .next_question
            .map_or("nothing".to_string(), |q| q.fact.to_string());
        failures.push(format!(
            "no answer yet: the resolver still asks for {asked}"
        ));
        return failures;
    };
    let lower = |t: &str| t.to_lowercase();
    let date = |name: &str, text: &str, failures: &mut Vec<String>| {
        let d = parse_date(text);
        if d.is_none() {
            failures.push(format!("{name}: \"{text}\" is not a date YYYY-MM-DD"));
        }
        d
    };
    let missing_date = resolution
        .next_question
        .as_ref()
        .map_or(String::new(), |q| format!(" (missing {})", q.fact));
    for (name, wanted) in outcome_expectations {
        match name.as_str() {
            "channel" => {
                if Channel::parse(wanted).is_none() {
                    failures.push(format!(
                        "channel: unknown value \"{wanted}\"; allowed: {}",
                        Channel::allowed()
                    ));
                } else if outcome.channel.as_str() != wanted {
                    failures.push(format!(
                        "channel: expected {wanted}, got {} (rule {})",
                        outcome.channel, outcome.explanation[0].rule.id
                    ));
                }
            }
            "url_contains" => {
                let url = outcome.target.url.as_deref().unwrap_or("");
                if !url.contains(wanted.as_str()) {
                    failures.push(format!("url_contains: \"{wanted}\" not in \"{url}\""));
                }
            }
            "address_contains" => {
                let address = outcome.target.address.join(", ");
                if !lower(&address).contains(&lower(wanted)) {
                    failures.push(format!(
                        "address_contains: \"{wanted}\" not in \"{address}\""
                    ));
                }
            }
            "window_opens" | "window_closes" => {
                if let Some(d) = date(name, wanted, &mut failures) {
                    let got = outcome.filing_window.as_ref().map(|w| {
                        if name == "window_opens" {
                            w.opens
                        } else {
                            w.closes
                        }
                    });
                    if got != Some(d) {
                        failures.push(format!(
                            "{name}: expected {d}, got {}",
                            got.map_or(format!("no filing window{missing_date}"), |g| g
                                .to_string())
                        ));
                    }
                }
            }
            "implicit_rejection_on" => {
                if let Some(d) = date(name, wanted, &mut failures) {
                    let got = outcome.implicit_rejection.as_ref().map(|r| r.on);
                    if got != Some(d) {
                        failures.push(format!(
                            "implicit_rejection_on: expected {d}, got {}",
                            got.map_or("none".to_string(), |g| g.to_string())
                        ));
                    }
                }
            }
            "provisional_document" => {
                let got = outcome
                    .provisional
                    .as_ref()
                    .map_or(ProvisionalKind::None, |p| p.document);
                if ProvisionalKind::parse(wanted).is_none() {
                    failures.push(format!(
                        "provisional_document: unknown value \"{wanted}\"; allowed: {}",
                        ProvisionalKind::allowed()
                    ));
                } else if got.as_str() != wanted {
                    failures.push(format!(
                        "provisional_document: expected {wanted}, got {}",
                        got.as_str()
                    ));
                }
            }
            "escalation_includes" => {
                let found = outcome
                    .escalation
                    .iter()
                    .any(|e| e.step == *wanted || lower(&e.label).contains(&lower(wanted)));
                if !found {
                    let steps: Vec<_> =
                        outcome.escalation.iter().map(|e| e.step.as_str()).collect();
                    failures.push(format!(
                        "escalation_includes: no step \"{wanted}\" among [{}]",
                        steps.join(", ")
                    ));
                }
            }
            "documents_include" | "documents_exclude" => {
                let found = outcome
                    .documents
                    .iter()
                    .find(|d| d.item == *wanted || lower(&d.label).contains(&lower(wanted)));
                let items: Vec<_> = outcome.documents.iter().map(|d| d.item.as_str()).collect();
                match (name.as_str(), found) {
                    ("documents_include", None) => failures.push(format!(
                        "documents_include: no document \"{wanted}\" among [{}]",
                        items.join(", ")
                    )),
                    ("documents_exclude", Some(d)) => failures.push(format!(
                        "documents_exclude: \"{wanted}\" is on the checklist ({}: {})",
                        d.item, d.label
                    )),
                    _ => {}
                }
            }
            "provisional_work" => {
                use crate::pack::Right;
                let got = outcome.provisional.as_ref().map(|p| match &p.rights.work {
                    Right::Yes => "yes",
                    Right::No => "no",
                    Right::Conditional(_) => "conditional",
                    Right::NotStated => "not_stated",
                });
                if !["yes", "no", "conditional", "not_stated"].contains(&wanted.as_str()) {
                    failures.push(format!(
                        "provisional_work: unknown value \"{wanted}\"; allowed: yes, no, conditional, not_stated"
                    ));
                } else if got != Some(wanted.as_str()) {
                    failures.push(format!(
                        "provisional_work: expected {wanted}, got {}",
                        got.unwrap_or("no provisional document")
                    ));
                }
            }
            "doubts_include" => {
                if !outcome
                    .doubts
                    .iter()
                    .any(|d| lower(d).contains(&lower(wanted)))
                {
                    failures.push(format!(
                        "doubts_include: no doubt contains \"{wanted}\" ({} doubts)",
                        outcome.doubts.len()
                    ));
                }
            }
            "notices_include" | "notices_exclude" => {
                let found = outcome.notices.iter().any(|n| {
                    lower(&n.label).contains(&lower(wanted))
                        || lower(&n.text).contains(&lower(wanted))
                });
                let labels: Vec<_> = outcome.notices.iter().map(|n| n.label.as_str()).collect();
                if name == "notices_include" && !found {
                    failures.push(format!(
                        "notices_include: no notice \"{wanted}\" among [{}]",
                        labels.join(", ")
                    ));
                } else if name == "notices_exclude" && found {
                    failures.push(format!(
                        "notices_exclude: notice \"{wanted}\" is shown ([{}])",
                        labels.join(", ")
                    ));
                }
            }
            _ => unreachable!("checked against EXPECTATIONS above"),
        }
    }
    failures
}

/// The result of one scenario.
pub struct Report {
    pub file: PathBuf,
    pub name: String,
    pub failures: Vec<String>,
}

/// Runs every scenario.
pub fn run_all(pack: &RulePack, scenarios: &[Located]) -> Vec<Report> {
    scenarios
        .iter()
        .map(|l| Report {
            file: l.file.clone(),
            name: l.scenario.name.clone(),
            failures: check(pack, &l.scenario),
        })
        .collect()
}
