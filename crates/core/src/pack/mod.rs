//! The rule pack: loading, validation and the compiled form the resolver reads.
//!
//! A pack is a directory of RON files (see `docs/rule-pack.md`): `pack.ron`, `sources.ron`,
//! `departements.ron`, and any number of rule files. Loading checks everything and reports every
//! problem with its file, line and column; a pack with any problem is refused whole.

pub mod raw;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::deadlines::Offset;
use crate::facts::{
    parse_date, AnefList, AsePlacement, Category, Channel, CurrentTitle, Decision, ExpiredFor,
    FactName, FiledInWindow, Nationality, Request, Situation, Visa,
};
pub mod install;
pub mod locale;
pub mod official;
pub mod signature;

pub use raw::{ContactKind, Level, Link, Right, Rights, SourceKind};

/// One problem in a pack, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}

/// Every problem found in a pack. A pack with any is not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackErrors(pub Vec<PackError>);

impl fmt::Display for PackErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PackErrors {}

/// The text of a pack's files, from a directory or from the copy built into the binary.
#[derive(Debug, Clone)]
pub struct PackFiles {
    /// Shown in messages: the directory, or "bundled".
    pub origin: String,
    /// Paths relative to the pack root, with `/` separators, and their text (borrowed from the
    /// binary for the bundled pack: nothing copied at start-up).
    pub files: Vec<(String, Cow<'static, str>)>,
}

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled_pack.rs"));
}

impl PackFiles {
    /// The pack in `assets/rules`, as it was when the binary was built.
    pub fn bundled() -> PackFiles {
        PackFiles {
            origin: "bundled".to_string(),
            files: bundled::FILES
                .iter()
                .map(|(name, text)| (name.to_string(), Cow::Borrowed(*text)))
                .collect(),
        }
    }

    /// Every `.ron` rule file and `.ftl` translation under `dir`, sorted by path.
    pub fn from_dir(dir: &Path) -> Result<PackFiles, PackErrors> {
        let origin = dir.display().to_string();
        let mut files = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        let fail = |path: &Path, e: std::io::Error| {
            PackErrors(vec![PackError {
                file: path.display().to_string(),
                line: 0,
                col: 0,
                message: format!("cannot read: {e}"),
            }])
        };
        while let Some(current) = stack.pop() {
            let entries = std::fs::read_dir(&current).map_err(|e| fail(&current, e))?;
            for entry in entries {
                let path = entry.map_err(|e| fail(&current, e))?.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "ron" || e == "ftl") {
                    let text = std::fs::read_to_string(&path).map_err(|e| fail(&path, e))?;
                    let rel = path
                        .strip_prefix(dir)
                        .unwrap_or(&path)
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect::<Vec<_>>()
                        .join("/");
                    files.push((rel, Cow::Owned(text)));
                }
            }
        }
        files.sort();
        Ok(PackFiles { origin, files })
    }
}

// ---------------------------------------------------------------------------------------------
// Compiled pack

#[derive(Debug, Clone, Serialize)]
pub struct PackMeta {
    pub name: String,
    pub version: String,
    pub published: NaiveDate,
    pub description: String,
    /// Where the pack was loaded from.
    pub origin: String,
}

#[derive(Debug, Serialize)]
pub struct SourceInfo {
    pub id: String,
    pub title: String,
    pub kind: SourceKind,
    pub url: Option<String>,
    pub seed: Option<String>,
    pub stated: Option<NaiveDate>,
    pub checked: NaiveDate,
    pub note: Option<String>,
}

impl SourceInfo {
    /// How a source is cited on paper: its title, its address only when it is on an official
    /// domain (other sources are named, not linked), and the day it was checked.
    pub fn citation(&self, lang: crate::i18n::Lang) -> String {
        let checked = crate::i18n::short_date(lang, self.checked);
        match self
            .url
            .as_deref()
            .filter(|u| official::official_host(u).is_ok())
        {
            Some(url) => crate::tl!(
                lang,
                "source-citation-url",
                title = self.title.as_str(),
                url = url,
                checked = checked
            ),
            None => crate::tl!(
                lang,
                "source-citation",
                title = self.title.as_str(),
                checked = checked
            ),
        }
    }
}

/// A source as a rule cites it.
#[derive(Debug, Clone, Serialize)]
pub struct CitedSource {
    pub source: Arc<SourceInfo>,
    pub quote: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DepartementInfo {
    pub code: String,
    pub name: String,
    pub website: String,
    pub sous_prefectures: Vec<SousPrefectureInfo>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SousPrefectureInfo {
    pub id: String,
    pub name: String,
    pub arrondissement: Option<String>,
}

/// What every rule carries besides its effect: shown in the explanation of an answer.
#[derive(Debug, Clone, Serialize)]
pub struct RuleMeta {
    pub id: String,
    pub title: String,
    pub file: String,
    pub line: usize,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub doubt: Option<String>,
    pub sources: Vec<CitedSource>,
}

/// A dimension of the case that conditions test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    Departement = 0,
    SousPrefecture,
    Request,
    Category,
    Nationality,
    Visa,
    Situation,
    CurrentTitle,
    AsePlacement,
    Decision,
    Channel,
    AnefList,
    FiledInWindow,
    ExpiredFor,
}

pub const NDIM: usize = 14;

impl Dim {
    pub const ALL: [Dim; NDIM] = [
        Dim::Departement,
        Dim::SousPrefecture,
        Dim::Request,
        Dim::Category,
        Dim::Nationality,
        Dim::Visa,
        Dim::Situation,
        Dim::CurrentTitle,
        Dim::AsePlacement,
        Dim::Decision,
        Dim::Channel,
        Dim::AnefList,
        Dim::FiledInWindow,
        Dim::ExpiredFor,
    ];

    /// The fact the wizard asks to learn this dimension; `None` for derived dimensions.
    pub fn fact(self) -> Option<FactName> {
        Some(match self {
            Dim::Departement => FactName::Departement,
            Dim::SousPrefecture => FactName::SousPrefecture,
            Dim::Request => FactName::Request,
            Dim::Category => FactName::Category,
            Dim::Nationality => FactName::Nationality,
            Dim::Visa => FactName::Visa,
            Dim::Situation => FactName::Situation,
            Dim::CurrentTitle => FactName::CurrentTitle,
            Dim::AsePlacement => FactName::AsePlacement,
            Dim::Decision => FactName::Decision,
            Dim::Channel | Dim::AnefList | Dim::FiledInWindow | Dim::ExpiredFor => return None,
        })
    }
}

/// The values of a case, one index per dimension (`None` = not known yet).
pub type Point = [Option<u8>; NDIM];

/// Compiled conditions: per dimension, the set of accepted values as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cond {
    pub masks: [u128; NDIM],
    /// Bit `d` set when dimension `d` is constrained by the rule.
    pub constrained: u16,
}

/// How a rule's conditions stand against a partial case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Yes,
    /// Nothing known contradicts it; the unknown dimensions it tests are the bits set.
    Maybe(u16),
    No,
}

impl Cond {
    pub fn fit(&self, point: &Point) -> Fit {
        let mut unknown = 0u16;
        for (d, value) in point.iter().enumerate() {
            if self.constrained & (1 << d) == 0 {
                continue;
            }
            match value {
                Some(v) if self.masks[d] & (1u128 << v) == 0 => return Fit::No,
                Some(_) => {}
                None => unknown |= 1 << d,
            }
        }
        if unknown == 0 {
            Fit::Yes
        } else {
            Fit::Maybe(unknown)
        }
    }

    pub fn intersects(&self, other: &Cond) -> bool {
        self.masks
            .iter()
            .zip(other.masks.iter())
            .all(|(a, b)| a & b != 0)
    }

    pub fn is_subset_of(&self, other: &Cond) -> bool {
        self.masks
            .iter()
            .zip(other.masks.iter())
            .all(|(a, b)| a & !b == 0)
    }
}

/// A compiled rule.
#[derive(Debug)]
pub struct Rule<E> {
    pub meta: Arc<RuleMeta>,
    pub cond: Cond,
    /// Rules of the same group compete: the most specific in force wins.
    pub group: String,
    /// Precedence across a group before specificity (channels: national > local > fallback).
    pub rank: u8,
    pub effect: Arc<E>,
}

impl<E> Clone for Rule<E> {
    fn clone(&self) -> Self {
        Rule {
            meta: self.meta.clone(),
            cond: self.cond,
            group: self.group.clone(),
            rank: self.rank,
            effect: self.effect.clone(),
        }
    }
}

impl<E> Rule<E> {
    pub fn in_force(&self, today: NaiveDate) -> bool {
        self.meta.valid_from <= today && self.meta.valid_until.is_none_or(|u| today <= u)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ChannelEffect {
    pub level: Level,
    pub channel: Channel,
    pub summary: String,
    #[serde(skip)]
    pub link: Option<Link>,
    pub address: Vec<String>,
    pub place: Option<String>,
    pub hours: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub instructions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub enum DeadlineEffect {
    FilingWindow {
        from: FactName,
        required: bool,
        opens: Offset,
        closes: Offset,
        label: String,
        late: Vec<String>,
    },
    ImplicitRejection {
        from: FactName,
        after: Offset,
        label: String,
        then_what: Vec<String>,
    },
    Notice {
        label: String,
        text: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvisionalKind {
    ConfirmationDepot,
    AttestationProlongation,
    AttestationDecisionFavorable,
    Recepisse,
    None,
}

impl ProvisionalKind {
    pub const ALL: [ProvisionalKind; 5] = [
        ProvisionalKind::ConfirmationDepot,
        ProvisionalKind::AttestationProlongation,
        ProvisionalKind::AttestationDecisionFavorable,
        ProvisionalKind::Recepisse,
        ProvisionalKind::None,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProvisionalKind::ConfirmationDepot => "confirmation_depot",
            ProvisionalKind::AttestationProlongation => "attestation_prolongation",
            ProvisionalKind::AttestationDecisionFavorable => "attestation_decision_favorable",
            ProvisionalKind::Recepisse => "recepisse",
            ProvisionalKind::None => "none",
        }
    }

    pub fn parse(text: &str) -> Option<ProvisionalKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The allowed values, for messages.
    pub fn allowed() -> String {
        Self::ALL
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ProvisionalEffect {
    pub document: ProvisionalKind,
    pub summary: String,
    pub rights: Rights,
    pub validity: Option<String>,
    pub later: Vec<ProvisionalKind>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentEffect {
    pub item: String,
    pub label: String,
    pub details: Option<String>,
    pub amount: Option<String>,
    pub amount_as_of: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContactInfo {
    pub kind: ContactKind,
    pub value: String,
    pub hours: Option<String>,
    pub source: Arc<SourceInfo>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EscalationEffect {
    pub step: String,
    pub order: u8,
    pub label: String,
    pub details: Vec<String>,
    #[serde(skip)]
    pub link: Option<Link>,
    pub contacts: Vec<ContactInfo>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NoteEffect {
    pub text: String,
    #[serde(skip)]
    pub link: Option<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RefusalEffect {
    pub message: String,
}

/// What a log of blocked attempts must show before a judge (see `raw::LimitEffect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EvidenceBar {
    pub min_days: usize,
    pub min_hours: usize,
    pub min_weeks: usize,
    pub over_days: i64,
}

/// A number of the law the app computes with (see `raw::LimitEffect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Limit {
    ProvisionalValidity {
        document: ProvisionalKind,
        at_most: Offset,
    },
    FirstRequestAfterExpiry {
        after: Offset,
    },
    EvidenceBar(EvidenceBar),
    RefusalAppeal {
        within: Offset,
    },
}

/// A hard word and its explanation (see `raw::GlossaryEffect`).
#[derive(Debug, Clone, Serialize)]
pub struct GlossaryEntry {
    pub term: String,
    /// The forms looked for in an answer's text, in French and as acronyms (never translated).
    pub words: Vec<String>,
    /// The forms the word takes in the answer's language, comma-separated: the French words
    /// in the pack, a translation's own (inflected forms included) in a translated copy.
    pub forms: String,
    pub text: String,
}

/// A letter the pack offers for a case, and what the person's file must show for it.
#[derive(Debug, Clone, Serialize)]
pub struct LetterEffect {
    pub letter: crate::letters::LetterKind,
    pub requires: Vec<crate::facts::CaseState>,
}

/// A validated, compiled rule pack.
#[derive(Debug, Clone)]
pub struct RulePack {
    pub meta: PackMeta,
    pub sources: Vec<Arc<SourceInfo>>,
    pub departements: Vec<DepartementInfo>,
    pub departement_sources: Vec<CitedSource>,
    /// Every sous-préfecture id, with the index of its département; the index is the bit.
    pub sous_prefectures: Vec<(String, usize)>,
    pub channels: Vec<Rule<ChannelEffect>>,
    pub refusals: Vec<Rule<RefusalEffect>>,
    pub deadlines: Vec<Rule<DeadlineEffect>>,
    pub provisional: Vec<Rule<ProvisionalEffect>>,
    pub documents: Vec<Rule<DocumentEffect>>,
    pub escalation: Vec<Rule<EscalationEffect>>,
    pub notes: Vec<Rule<NoteEffect>>,
    pub limits: Vec<Rule<Limit>>,
    pub letters: Vec<Rule<LetterEffect>>,
    pub glossary: Vec<Rule<GlossaryEntry>>,
    /// The translations of the pack's texts (`locales/<tag>.ftl`), checked to parse.
    pub translations: std::collections::BTreeMap<crate::i18n::Lang, Cow<'static, str>>,
    /// The language of the texts above (French unless this is a [`RulePack::localized`] copy).
    lang: crate::i18n::Lang,
    /// For a translated copy: the French pack it was made from.
    original: Option<Arc<RulePack>>,
}

impl RulePack {
    pub fn bundled() -> Result<RulePack, PackErrors> {
        load(&PackFiles::bundled())
    }

    /// A pack from a directory, its translations checked too (for `check-pack` and
    /// installations; the bundled pack's are checked by its tests, not at every start-up).
    pub fn from_dir(dir: &Path) -> Result<RulePack, PackErrors> {
        let files = PackFiles::from_dir(dir)?;
        let pack = load(&files)?;
        let mut errors = pack.check_translations(&dir.display().to_string());
        errors.extend(pack.check_arrondissements(&files));
        if errors.is_empty() {
            Ok(pack)
        } else {
            Err(PackErrors(errors))
        }
    }

    /// Every sous-préfecture must name an INSEE arrondissement of its own département (the
    /// communes data built into the program), so that a commune leads to it. Run by `check-pack`
    /// and installations, not at every start-up (the communes are read on first use).
    pub fn check_arrondissements(&self, files: &PackFiles) -> Vec<PackError> {
        let text = files
            .files
            .iter()
            .find(|(name, _)| name == "departements.ron")
            .map_or("", |(_, t)| t.as_ref());
        let line_of = |id: &str| {
            let needle = format!("id: \"{id}\"");
            text.find(&needle)
                .map_or(0, |at| text[..at].matches('\n').count() + 1)
        };
        let places = match crate::places::Places::shared() {
            Ok(p) => p,
            Err(e) => {
                return vec![PackError {
                    file: "departements.ron".into(),
                    line: 0,
                    col: 0,
                    message: e.to_string(),
                }]
            }
        };
        let mut errors = Vec::new();
        for d in &self.departements {
            let known = places.arrondissements(&d.code);
            for s in &d.sous_prefectures {
                let ok = s
                    .arrondissement
                    .as_deref()
                    .is_some_and(|a| known.iter().any(|k| k == a));
                if !ok {
                    errors.push(PackError {
                        file: "departements.ron".into(),
                        line: line_of(&s.id),
                        col: 0,
                        message: format!(
                            "sous-préfecture \"{}\" of département {} names no arrondissement of that département ({}); the arrondissements are: {}",
                            s.id,
                            d.code,
                            s.arrondissement.as_deref().map_or("none given".to_string(), |a| format!("\"{a}\"")),
                            known.join(", ")
                        ),
                    });
                }
            }
        }
        errors
    }

    /// Every translation file that does not parse, with its line.
    pub fn check_translations(&self, origin: &str) -> Vec<PackError> {
        self.translations
            .iter()
            .flat_map(|(lang, text)| {
                let file = format!("{origin}/{}", locale::translation_file(*lang));
                crate::i18n::parse(&file, text).err().unwrap_or_default()
            })
            .map(|e| PackError {
                file: e.file,
                line: e.line,
                col: 0,
                message: format!("translation does not parse: {}", e.message),
            })
            .collect()
    }

    /// The id of the sous-préfecture serving an INSEE arrondissement, where the pack's rules
    /// depend on sous-préfectures in that département.
    pub fn sous_prefecture_of(&self, departement: &str, arrondissement: &str) -> Option<&str> {
        self.departements
            .iter()
            .find(|d| d.code == departement)?
            .sous_prefectures
            .iter()
            .find(|s| s.arrondissement.as_deref() == Some(arrondissement))
            .map(|s| s.id.as_str())
    }

    pub fn departement_index(&self, code: &str) -> Option<usize> {
        self.departements.iter().position(|d| d.code == code)
    }

    /// A pack older than six months on `today` should be updated: rules change every few months.
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        Offset::Months(6)
            .apply(self.meta.published)
            .is_some_and(|limit| today > limit)
    }

    pub fn rule_count(&self) -> usize {
        self.rule_metas().len()
    }

    /// Every rule's id, title, dates and sources, whatever its kind.
    pub fn rule_metas(&self) -> Vec<&Arc<RuleMeta>> {
        fn metas<E>(rules: &[Rule<E>]) -> impl Iterator<Item = &Arc<RuleMeta>> {
            rules.iter().map(|r| &r.meta)
        }
        metas(&self.channels)
            .chain(metas(&self.refusals))
            .chain(metas(&self.deadlines))
            .chain(metas(&self.provisional))
            .chain(metas(&self.documents))
            .chain(metas(&self.escalation))
            .chain(metas(&self.notes))
            .chain(metas(&self.limits))
            .chain(metas(&self.letters))
            .chain(metas(&self.glossary))
            .collect()
    }
}

/// The 101 département codes: metropolitan 01–95 with 2A and 2B instead of 20, overseas 971–976
/// (975 is Saint-Pierre-et-Miquelon, a collectivité, and not a département).
pub fn is_departement_code(code: &str) -> bool {
    match code {
        "2A" | "2B" | "971" | "972" | "973" | "974" | "976" => true,
        _ => {
            code.len() == 2
                && code.bytes().all(|b| b.is_ascii_digit())
                && code != "00"
                && code != "20"
                && code <= "95"
        }
    }
}

fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !url.chars().any(char::is_whitespace)
}

// ---------------------------------------------------------------------------------------------
// Loading

/// A file's text, to turn byte offsets into line and column.
struct Located<'a> {
    name: &'a str,
    text: &'a str,
    /// The offset and line of the last entry found by [`Located::entry`]: entries come in file
    /// order, so the next one is looked for, and its line counted, from there (searching every
    /// entry from the top made loading the pack quadratic, most of its start-up cost).
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> Located<'a> {
    fn new(name: &'a str, text: &'a str) -> Located<'a> {
        Located {
            name,
            text,
            last: std::cell::Cell::new((0, 1)),
        }
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let (from, first_line) = match self.last.get() {
            (at, line) if at <= offset => (at, line),
            _ => (0, 1),
        };
        let line = first_line + self.text[from..offset].matches('\n').count();
        let before = &self.text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    /// Offset of the entry whose `field` is `"id"` (`id: "x"`, `code: "14"`): the next one after
    /// the previous entry, else the first in the file; a bare `"id"` elsewhere (a rule naming a
    /// channel spelt like a rule id) only when the field is nowhere; else the top.
    fn entry(&self, field: &str, id: &str) -> usize {
        let named = |mut from: usize| {
            while let Some(at) = self.find_quoted(from, id) {
                let before = self.text[..at].trim_end();
                let is_field = before.strip_suffix(':').is_some_and(|b| {
                    b.trim_end().strip_suffix(field).is_some_and(|rest| {
                        !rest.ends_with(|c: char| c.is_alphanumeric() || c == '_')
                    })
                });
                if is_field {
                    return Some(at);
                }
                from = at + 1;
            }
            None
        };
        let (last, _) = self.last.get();
        let at = named(last)
            .or_else(|| named(0))
            .or_else(|| self.find_quoted(0, id))
            .unwrap_or(0);
        let (line, _) = self.line_col(at);
        self.last.set((at, line));
        at
    }

    /// Offset of `"needle"` (quoted) at or after `from`, if any.
    fn find_quoted(&self, from: usize, needle: &str) -> Option<usize> {
        let quoted = format!("\"{needle}\"");
        self.text
            .get(from..)
            .and_then(|rest| rest.find(&quoted))
            .map(|i| from + i)
    }

    fn error(&self, offset: usize, message: String) -> PackError {
        let (line, col) = self.line_col(offset);
        PackError {
            file: self.name.to_string(),
            line,
            col,
            message,
        }
    }
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

fn parse_file<T: serde::de::DeserializeOwned>(
    name: &str,
    text: &str,
    errors: &mut Vec<PackError>,
) -> Option<T> {
    match ron_options().from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(PackError {
                file: name.to_string(),
                line: e.position.line,
                col: e.position.col,
                message: format!("cannot read: {}", e.code),
            });
            None
        }
    }
}

const META_FILE: &str = "pack.ron";
const SOURCES_FILE: &str = "sources.ron";
const DEPARTEMENTS_FILE: &str = "departements.ron";

/// Loads and validates a pack. Any problem refuses the whole pack.
pub fn load(files: &PackFiles) -> Result<RulePack, PackErrors> {
    let mut errors = Vec::new();
    let find = |name: &str| files.files.iter().find(|(n, _)| n == name);
    let missing = |name: &str, errors: &mut Vec<PackError>| {
        errors.push(PackError {
            file: format!("{}/{}", files.origin, name),
            line: 0,
            col: 0,
            message: "missing: every pack has pack.ron, sources.ron and departements.ron"
                .to_string(),
        })
    };

    // pack.ron
    let meta = match find(META_FILE) {
        None => {
            missing(META_FILE, &mut errors);
            None
        }
        Some((name, text)) => parse_file::<raw::Meta>(name, text, &mut errors).and_then(|m| {
            let loc = Located::new(name, text);
            let published = date_at(&loc, 0, &m.published, "published", &mut errors)?;
            Some(PackMeta {
                name: m.name,
                version: m.version,
                published,
                description: m.description,
                origin: files.origin.clone(),
            })
        }),
    };

    // sources.ron
    let mut sources: Vec<Arc<SourceInfo>> = Vec::new();
    let mut source_index: HashMap<String, usize> = HashMap::new();
    match find(SOURCES_FILE) {
        None => missing(SOURCES_FILE, &mut errors),
        Some((name, text)) => {
            let loc = Located::new(name, text);
            for s in parse_file::<Vec<raw::Source>>(name, text, &mut errors).unwrap_or_default() {
                let at = loc.entry("id", &s.id);
                if source_index.contains_key(&s.id) {
                    errors.push(loc.error(at, format!("source \"{}\" is defined twice", s.id)));
                    continue;
                }
                if let Some(url) = &s.url {
                    if !is_web_url(url) {
                        let pos = loc.find_quoted(at, url).unwrap_or(at);
                        errors.push(
                            loc.error(pos, format!("source \"{}\": malformed URL \"{url}\"", s.id)),
                        );
                    }
                }
                if s.url.is_none() && s.seed.is_none() {
                    errors.push(loc.error(
                        at,
                        format!(
                            "source \"{}\" says neither where it is (url) nor which seed file",
                            s.id
                        ),
                    ));
                }
                let stated = s
                    .stated
                    .as_deref()
                    .and_then(|d| date_at(&loc, at, d, "stated", &mut errors));
                let checked = date_at(&loc, at, &s.checked, "checked", &mut errors);
                source_index.insert(s.id.clone(), sources.len());
                sources.push(Arc::new(SourceInfo {
                    id: s.id,
                    title: s.title,
                    kind: s.kind,
                    url: s.url,
                    seed: s.seed,
                    stated,
                    checked: checked.unwrap_or(NaiveDate::MIN),
                    note: s.note,
                }));
            }
        }
    }

    let cite = |loc: &Located, at: usize, c: raw::Citation, errors: &mut Vec<PackError>| {
        let Some(&i) = source_index.get(&c.source) else {
            let pos = loc.find_quoted(at, &c.source).unwrap_or(at);
            errors.push(loc.error(
                pos,
                format!(
                    "unknown reference: no source \"{}\" in sources.ron",
                    c.source
                ),
            ));
            return None;
        };
        if c.quote.trim().is_empty() {
            let pos = loc.find_quoted(at, &c.source).unwrap_or(at);
            errors.push(loc.error(
                pos,
                format!("citation of \"{}\" has an empty quote", c.source),
            ));
        }
        Some(CitedSource {
            source: sources[i].clone(),
            quote: c.quote,
        })
    };

    // departements.ron
    let mut departements = Vec::new();
    let mut departement_sources = Vec::new();
    let mut sous_prefectures: Vec<(String, usize)> = Vec::new();
    match find(DEPARTEMENTS_FILE) {
        None => missing(DEPARTEMENTS_FILE, &mut errors),
        Some((name, text)) => {
            let loc = Located::new(name, text);
            if let Some(file) = parse_file::<raw::DepartementsFile>(name, text, &mut errors) {
                if file.sources.is_empty() {
                    errors.push(loc.error(
                        0,
                        "missing source: the list of départements cites no source".into(),
                    ));
                }
                for c in file.sources {
                    departement_sources.extend(cite(&loc, 0, c, &mut errors));
                }
                let mut seen = HashSet::new();
                for d in file.departements {
                    let at = loc.entry("code", &d.code);
                    if !is_departement_code(&d.code) {
                        errors.push(loc.error(at, format!("unknown département code \"{}\": codes are 01–95 (2A and 2B for Corsica) and 971–976", d.code)));
                        continue;
                    }
                    if !seen.insert(d.code.clone()) {
                        errors.push(
                            loc.error(at, format!("département \"{}\" is listed twice", d.code)),
                        );
                        continue;
                    }
                    if let Err(problem) = official::official_host(&d.website) {
                        let pos = loc.find_quoted(at, &d.website).unwrap_or(at);
                        errors.push(loc.error(
                            pos,
                            format!(
                                "département {}: {}",
                                d.code,
                                official::describe(&d.website, &problem)
                            ),
                        ));
                    }
                    let index = departements.len();
                    let mut subs = Vec::new();
                    for s in d.sous_prefectures {
                        let pos = loc.find_quoted(at, &s.id).unwrap_or(at);
                        let well_formed = !s.id.is_empty()
                            && s.id
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                        if !well_formed {
                            errors.push(loc.error(pos, format!("sous-préfecture \"{}\": use lowercase ASCII letters and hyphens (\"le-raincy\")", s.id)));
                        } else if sous_prefectures.iter().any(|(id, _)| *id == s.id) {
                            errors.push(loc.error(
                                pos,
                                format!("sous-préfecture \"{}\" is listed twice", s.id),
                            ));
                        } else {
                            sous_prefectures.push((s.id.clone(), index));
                            subs.push(SousPrefectureInfo {
                                id: s.id,
                                name: s.name,
                                arrondissement: s.arrondissement,
                            });
                        }
                    }
                    departements.push(DepartementInfo {
                        code: d.code,
                        name: d.name,
                        website: d.website,
                        sous_prefectures: subs,
                    });
                }
                if departements.len() > 128 || sous_prefectures.len() > 128 {
                    errors.push(loc.error(
                        0,
                        "at most 128 départements and 128 sous-préfectures".into(),
                    ));
                }
            }
        }
    }

    let mut pack = RulePack {
        meta: meta.clone().unwrap_or(PackMeta {
            name: String::new(),
            version: String::new(),
            published: NaiveDate::MIN,
            description: String::new(),
            origin: files.origin.clone(),
        }),
        sources: sources.clone(),
        departements,
        departement_sources,
        sous_prefectures,
        channels: Vec::new(),
        refusals: Vec::new(),
        deadlines: Vec::new(),
        provisional: Vec::new(),
        documents: Vec::new(),
        escalation: Vec::new(),
        notes: Vec::new(),
        limits: Vec::new(),
        letters: Vec::new(),
        glossary: Vec::new(),
        translations: std::collections::BTreeMap::new(),
        lang: crate::i18n::Lang::Fr,
        original: None,
    };

    // Rule files.
    let mut ids: HashMap<String, (String, usize)> = HashMap::new();
    for (name, text) in &files.files {
        if let Some(tag) = name
            .strip_prefix("locales/")
            .and_then(|n| n.strip_suffix(".ftl"))
        {
            let file = format!("{}/{}", files.origin, name);
            match crate::i18n::Lang::from_tag(tag) {
                None => errors.push(PackError {
                    file,
                    line: 0,
                    col: 0,
                    message: format!(
                        "unknown language \"{tag}\": the interface speaks {}",
                        crate::i18n::Lang::ALL.map(|l| l.tag()).join(", ")
                    ),
                }),
                // Parsed when the language is used; `check_translations` validates them all.
                Some(lang) => {
                    pack.translations.insert(lang, text.clone());
                }
            }
            continue;
        }
        if [
            META_FILE,
            SOURCES_FILE,
            DEPARTEMENTS_FILE,
            signature::SIGNATURE_FILE,
        ]
        .contains(&name.as_str())
        {
            continue;
        }
        let loc = Located::new(name, text);
        let Some(file) = parse_file::<raw::RuleFile>(name, text, &mut errors) else {
            continue;
        };
        let mut cx = RuleContext {
            rule: String::new(),
            loc: &loc,
            pack: &pack,
            ids: &mut ids,
            errors: &mut errors,
            cite: &cite,
        };
        let channels = cx.compile_all(file.channels, |cx, at, e| {
            let channel = cx.vocab(at, "channel", &e.channel, Channel::parse, Channel::allowed)?;
            cx.link(at, &e.link);
            Some((
                format!("channel.{:?}", e.level),
                e.level as u8,
                ChannelEffect {
                    level: e.level,
                    channel,
                    summary: e.summary,
                    link: e.link,
                    address: e.address,
                    place: e.place,
                    hours: e.hours,
                    email: e.email,
                    phone: e.phone,
                    instructions: e.instructions,
                },
            ))
        });
        let refusals = cx.compile_all(file.refusals, |_, _, e| {
            Some((String::new(), 0, RefusalEffect { message: e.message }))
        });
        let deadlines = cx.compile_all(file.deadlines, |cx, at, e| {
            let date_fact = |cx: &mut RuleContext, from: &str| {
                let fact = cx.vocab(at, "from", from, FactName::parse, FactName::allowed)?;
                if fact.is_date() {
                    Some(fact)
                } else {
                    cx.err(at, format!("\"from\" must name a date fact (title_expiry, entry_date, filed_on), not \"{from}\""));
                    None
                }
            };
            Some(match e {
                raw::DeadlineEffect::FilingWindow {
                    from,
                    required,
                    opens,
                    closes,
                    label,
                    late,
                } => (
                    "deadline.window".to_string(),
                    0,
                    DeadlineEffect::FilingWindow {
                        from: date_fact(cx, &from)?,
                        required,
                        opens,
                        closes,
                        label,
                        late,
                    },
                ),
                raw::DeadlineEffect::ImplicitRejection {
                    from,
                    after,
                    label,
                    then_what,
                } => (
                    "deadline.implicit_rejection".to_string(),
                    0,
                    DeadlineEffect::ImplicitRejection {
                        from: date_fact(cx, &from)?,
                        after,
                        label,
                        then_what,
                    },
                ),
                raw::DeadlineEffect::Notice { label, text } => {
                    (String::new(), 0, DeadlineEffect::Notice { label, text })
                }
            })
        });
        let provisional = cx.compile_all(file.provisional, |cx, at, e| {
            let allowed = ProvisionalKind::allowed;
            let document =
                cx.vocab(at, "document", &e.document, ProvisionalKind::parse, allowed)?;
            let later = e
                .later
                .iter()
                .map(|l| cx.vocab(at, "later", l, ProvisionalKind::parse, allowed))
                .collect::<Option<Vec<_>>>()?;
            Some((
                "provisional".to_string(),
                0,
                ProvisionalEffect {
                    document,
                    summary: e.summary,
                    rights: e.rights,
                    validity: e.validity,
                    later,
                },
            ))
        });
        let documents = cx.compile_all(file.documents, |cx, at, e| {
            let amount_as_of = match &e.amount_as_of {
                Some(d) => Some(date_at(cx.loc, at, d, "amount_as_of", cx.errors)?),
                None => None,
            };
            if e.amount.is_some() && amount_as_of.is_none() {
                cx.err(
                    at,
                    "an amount needs \"amount_as_of\", the date the amount holds".into(),
                );
            }
            Some((
                format!("document.{}", e.item),
                0,
                DocumentEffect {
                    item: e.item,
                    label: e.label,
                    details: e.details,
                    amount: e.amount,
                    amount_as_of,
                },
            ))
        });
        let escalation = cx.compile_all(file.escalation, |cx, at, e| {
            cx.link(at, &e.link);
            let mut contacts = Vec::new();
            for c in e.contacts {
                let Some(&i) = source_index.get(&c.source) else {
                    let pos = cx.loc.find_quoted(at, &c.source).unwrap_or(at);
                    cx.errors.push(cx.loc.error(
                        pos,
                        format!(
                            "unknown reference: contact source \"{}\" is not in sources.ron",
                            c.source
                        ),
                    ));
                    continue;
                };
                if c.kind == ContactKind::Web {
                    cx.official(at, &c.value);
                }
                contacts.push(ContactInfo {
                    kind: c.kind,
                    value: c.value,
                    hours: c.hours,
                    source: sources[i].clone(),
                });
            }
            Some((
                format!("escalation.{}", e.step),
                0,
                EscalationEffect {
                    step: e.step,
                    order: e.order,
                    label: e.label,
                    details: e.details,
                    link: e.link,
                    contacts,
                },
            ))
        });
        let notes = cx.compile_all(file.notes, |cx, at, e| {
            cx.link(at, &e.link);
            Some((
                String::new(),
                0,
                NoteEffect {
                    text: e.text,
                    link: e.link,
                },
            ))
        });
        let limits = cx.compile_all(file.limits, |cx, at, e| {
            Some(match e {
                raw::LimitEffect::ProvisionalValidity { document, at_most } => {
                    let document = cx.vocab(
                        at,
                        "document",
                        &document,
                        ProvisionalKind::parse,
                        ProvisionalKind::allowed,
                    )?;
                    (
                        format!("limit.provisional_validity.{}", document.as_str()),
                        0,
                        Limit::ProvisionalValidity { document, at_most },
                    )
                }
                raw::LimitEffect::FirstRequestAfterExpiry { after } => (
                    "limit.first_request_after_expiry".to_string(),
                    0,
                    Limit::FirstRequestAfterExpiry { after },
                ),
                raw::LimitEffect::EvidenceBar {
                    min_days,
                    min_hours,
                    min_weeks,
                    over_days,
                } => (
                    "limit.evidence_bar".to_string(),
                    0,
                    Limit::EvidenceBar(EvidenceBar {
                        min_days,
                        min_hours,
                        min_weeks,
                        over_days,
                    }),
                ),
                raw::LimitEffect::RefusalAppeal { within } => (
                    "limit.refusal_appeal".to_string(),
                    0,
                    Limit::RefusalAppeal { within },
                ),
            })
        });
        let letters = cx.compile_all(file.letters, |cx, at, e| {
            let all_letters = || {
                crate::letters::LetterKind::ALL
                    .iter()
                    .map(|k| k.id())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let letter = cx.vocab(
                at,
                "letter",
                &e.letter,
                crate::letters::LetterKind::parse,
                all_letters,
            )?;
            let requires = e
                .requires
                .iter()
                .map(|r| {
                    cx.vocab(
                        at,
                        "requires",
                        r,
                        crate::facts::CaseState::parse,
                        crate::facts::CaseState::allowed,
                    )
                })
                .collect::<Option<Vec<_>>>()?;
            Some((
                format!("letter.{}", letter.id()),
                0,
                LetterEffect { letter, requires },
            ))
        });
        let glossary = cx.compile_all(file.glossary, |cx, at, e| {
            let term = e.term.trim();
            if term.is_empty() || e.text.trim().is_empty() {
                cx.err(at, "a glossary entry needs a term and a text".to_string());
                return None;
            }
            if e.words.is_empty() || e.words.iter().any(|w| w.trim().is_empty()) {
                cx.err(
                    at,
                    format!("glossary entry \"{term}\": `words` must list the forms to mark, none empty"),
                );
                return None;
            }
            Some((
                format!("glossary.{}", term.to_lowercase()),
                0,
                GlossaryEntry {
                    term: term.to_string(),
                    words: e.words.iter().map(|w| w.trim().to_string()).collect(),
                    forms: e.words.iter().map(|w| w.trim()).collect::<Vec<_>>().join(", "),
                    text: e.text.trim().to_string(),
                },
            ))
        });
        pack.channels.extend(channels);
        pack.refusals.extend(refusals);
        pack.deadlines.extend(deadlines);
        pack.provisional.extend(provisional);
        pack.documents.extend(documents);
        pack.escalation.extend(escalation);
        pack.notes.extend(notes);
        pack.limits.extend(limits);
        pack.letters.extend(letters);
        pack.glossary.extend(glossary);
    }

    // Contacts must come from sources the rule cites, so the answer shows where each comes from.
    for rule in &pack.escalation {
        for c in &rule.effect.contacts {
            if !rule.meta.sources.iter().any(|s| s.source.id == c.source.id) {
                errors.push(PackError {
                    file: rule.meta.file.clone(),
                    line: rule.meta.line,
                    col: 1,
                    message: format!(
                        "rule \"{}\": contact {} comes from \"{}\", which the rule does not cite",
                        rule.meta.id, c.value, c.source.id
                    ),
                });
            }
        }
    }

    check_overlaps(&pack.channels, &mut errors);
    check_overlaps(&pack.deadlines, &mut errors);
    check_overlaps(&pack.provisional, &mut errors);
    check_overlaps(&pack.documents, &mut errors);
    check_overlaps(&pack.escalation, &mut errors);
    check_overlaps(&pack.limits, &mut errors);
    check_overlaps(&pack.letters, &mut errors);
    check_overlaps(&pack.glossary, &mut errors);

    if errors.is_empty() && meta.is_some() {
        Ok(pack)
    } else {
        Err(PackErrors(errors))
    }
}

fn date_at(
    loc: &Located,
    from: usize,
    text: &str,
    field: &str,
    errors: &mut Vec<PackError>,
) -> Option<NaiveDate> {
    let date = parse_date(text);
    if date.is_none() {
        let pos = loc.find_quoted(from, text).unwrap_or(from);
        errors.push(loc.error(
            pos,
            format!("bad date in \"{field}\": \"{text}\" is not a real date written YYYY-MM-DD"),
        ));
    }
    date
}

type CiteFn<'s> =
    dyn Fn(&Located, usize, raw::Citation, &mut Vec<PackError>) -> Option<CitedSource> + 's;

struct RuleContext<'a, 's> {
    /// The id of the rule being compiled, for messages.
    rule: String,
    loc: &'a Located<'a>,
    pack: &'a RulePack,
    ids: &'a mut HashMap<String, (String, usize)>,
    errors: &'a mut Vec<PackError>,
    cite: &'a CiteFn<'s>,
}

impl RuleContext<'_, '_> {
    fn err(&mut self, at: usize, message: String) {
        self.errors.push(self.loc.error(at, message));
    }

    fn vocab<T>(
        &mut self,
        at: usize,
        field: &str,
        value: &str,
        parse: impl Fn(&str) -> Option<T>,
        allowed: impl Fn() -> String,
    ) -> Option<T> {
        let parsed = parse(value);
        if parsed.is_none() {
            let pos = self.loc.find_quoted(at, value).unwrap_or(at);
            self.err(
                pos,
                format!(
                    "unknown value \"{value}\" in \"{field}\"; allowed: {}",
                    allowed()
                ),
            );
        }
        parsed
    }

    /// A link shown to people must be https on an official domain (see `official.rs`).
    fn link(&mut self, at: usize, link: &Option<Link>) {
        if let Some(Link::Url(url)) = link {
            self.official(at, url);
        }
    }

    fn official(&mut self, at: usize, url: &str) {
        if let Err(problem) = official::official_host(url) {
            let pos = self.loc.find_quoted(at, url).unwrap_or(at);
            let message = format!(
                "rule \"{}\": {}",
                self.rule,
                official::describe(url, &problem)
            );
            self.err(pos, message);
        }
    }

    /// Compiles one dimension's list of values into a bit mask.
    fn mask(&mut self, at: usize, dim: Dim, values: &[String]) -> Option<u128> {
        if values.is_empty() {
            return None;
        }
        let mut mask = 0u128;
        for v in values {
            let index = match dim {
                Dim::Departement => {
                    let i = self.pack.departement_index(v);
                    if i.is_none() {
                        let pos = self.loc.find_quoted(at, v).unwrap_or(at);
                        let message = if is_departement_code(v) {
                            format!("unknown département \"{v}\": it is not in departements.ron")
                        } else {
                            format!("unknown département code \"{v}\": codes are 01–95 (2A and 2B for Corsica) and 971–976")
                        };
                        self.err(pos, message);
                    }
                    i
                }
                Dim::SousPrefecture => {
                    let i = self
                        .pack
                        .sous_prefectures
                        .iter()
                        .position(|(id, _)| id == v);
                    if i.is_none() {
                        let pos = self.loc.find_quoted(at, v).unwrap_or(at);
                        let known: Vec<_> = self
                            .pack
                            .sous_prefectures
                            .iter()
                            .map(|(id, _)| id.as_str())
                            .collect();
                        self.err(
                            pos,
                            format!(
                                "unknown sous-préfecture \"{v}\"; known: {}",
                                known.join(", ")
                            ),
                        );
                    }
                    i
                }
                Dim::Request => self
                    .vocab(at, "request", v, Request::parse, Request::allowed)
                    .map(|x| x.index()),
                Dim::Category => self
                    .vocab(at, "category", v, Category::parse, Category::allowed)
                    .map(|x| x.index()),
                Dim::Nationality => self
                    .vocab(
                        at,
                        "nationality",
                        v,
                        Nationality::parse,
                        Nationality::allowed,
                    )
                    .map(|x| x.index()),
                Dim::Visa => self
                    .vocab(at, "visa", v, Visa::parse, Visa::allowed)
                    .map(|x| x.index()),
                Dim::Situation => self
                    .vocab(at, "situation", v, Situation::parse, Situation::allowed)
                    .map(|x| x.index()),
                Dim::CurrentTitle => self
                    .vocab(
                        at,
                        "current_title",
                        v,
                        CurrentTitle::parse,
                        CurrentTitle::allowed,
                    )
                    .map(|x| x.index()),
                Dim::AsePlacement => self
                    .vocab(
                        at,
                        "ase_placement",
                        v,
                        AsePlacement::parse,
                        AsePlacement::allowed,
                    )
                    .map(|x| x.index()),
                Dim::Decision => self
                    .vocab(at, "decision", v, Decision::parse, Decision::allowed)
                    .map(|x| x.index()),
                Dim::Channel => self
                    .vocab(at, "channel", v, Channel::parse, Channel::allowed)
                    .map(|x| x.index()),
                Dim::AnefList => self
                    .vocab(at, "anef_list", v, AnefList::parse, AnefList::allowed)
                    .map(|x| x.index()),
                Dim::FiledInWindow => self
                    .vocab(
                        at,
                        "filed_in_window",
                        v,
                        FiledInWindow::parse,
                        FiledInWindow::allowed,
                    )
                    .map(|x| x.index()),
                Dim::ExpiredFor => self
                    .vocab(at, "expired_for", v, ExpiredFor::parse, ExpiredFor::allowed)
                    .map(|x| x.index()),
            };
            if let Some(i) = index {
                mask |= 1u128 << i;
            }
        }
        Some(mask)
    }

    fn dim_size(&self, dim: Dim) -> usize {
        match dim {
            Dim::Departement => self.pack.departements.len(),
            Dim::SousPrefecture => self.pack.sous_prefectures.len(),
            Dim::Request => Request::ALL.len(),
            Dim::Category => Category::ALL.len(),
            Dim::Nationality => Nationality::ALL.len(),
            Dim::Visa => Visa::ALL.len(),
            Dim::Situation => Situation::ALL.len(),
            Dim::CurrentTitle => CurrentTitle::ALL.len(),
            Dim::AsePlacement => AsePlacement::ALL.len(),
            Dim::Decision => Decision::ALL.len(),
            Dim::Channel => Channel::ALL.len(),
            Dim::AnefList => AnefList::ALL.len(),
            Dim::FiledInWindow => FiledInWindow::ALL.len(),
            Dim::ExpiredFor => ExpiredFor::ALL.len(),
        }
    }

    fn cond(&mut self, at: usize, when: &raw::Conditions, except: &raw::Conditions) -> Cond {
        let lists = |c: &raw::Conditions| -> [Vec<String>; NDIM] {
            [
                c.departement.clone(),
                c.sous_prefecture.clone(),
                c.request.clone(),
                c.category.clone(),
                c.nationality.clone(),
                c.visa.clone(),
                c.situation.clone(),
                c.current_title.clone(),
                c.ase_placement.clone(),
                c.decision.clone(),
                c.channel.clone(),
                c.anef_list.clone(),
                c.filed_in_window.clone(),
                c.expired_for.clone(),
            ]
        };
        let (when, except) = (lists(when), lists(except));
        let mut cond = Cond {
            masks: [0; NDIM],
            constrained: 0,
        };
        for dim in Dim::ALL {
            let d = dim as usize;
            let size = self.dim_size(dim);
            let full = if size >= 128 {
                u128::MAX
            } else {
                (1u128 << size) - 1
            };
            let allowed = self.mask(at, dim, &when[d]);
            let excluded = self.mask(at, dim, &except[d]).unwrap_or(0);
            cond.masks[d] = allowed.unwrap_or(full) & !excluded;
            if cond.masks[d] != full {
                cond.constrained |= 1 << d;
            }
            if cond.masks[d] == 0 {
                self.err(
                    at,
                    format!(
                        "the conditions on {dim:?} exclude every value: the rule can never apply"
                    ),
                );
            }
        }
        cond
    }

    /// Compiles a list of rules with `effect` turning each raw effect into
    /// (group, rank, compiled effect).
    fn compile_all<R, E>(
        &mut self,
        rules: Vec<raw::Rule<R>>,
        mut effect: impl FnMut(&mut Self, usize, R) -> Option<(String, u8, E)>,
    ) -> Vec<Rule<E>> {
        let mut out = Vec::new();
        for r in rules {
            let at = self.loc.entry("id", &r.id);
            let (line, _) = self.loc.line_col(at);
            if let Some((file, first_line)) = self.ids.get(&r.id) {
                let message = format!(
                    "rule id \"{}\" is already used at {file}:{first_line}",
                    r.id
                );
                self.err(at, message);
                continue;
            }
            self.ids
                .insert(r.id.clone(), (self.loc.name.to_string(), line));
            if r.title.trim().is_empty() {
                self.err(at, format!("rule \"{}\" has no title", r.id));
            }
            if r.sources.is_empty() {
                self.err(
                    at,
                    format!(
                        "missing source: rule \"{}\" cites no source; every rule needs at least one (source and quote)",
                        r.id
                    ),
                );
            }
            let cite = self.cite;
            let cited: Vec<_> = r
                .sources
                .into_iter()
                .filter_map(|c| cite(self.loc, at, c, self.errors))
                .collect();
            let from = date_at(self.loc, at, &r.valid_from, "valid_from", self.errors);
            let until = r
                .valid_until
                .as_deref()
                .map(|u| date_at(self.loc, at, u, "valid_until", self.errors));
            if let (Some(f), Some(Some(u))) = (from, until) {
                if u < f {
                    self.err(
                        at,
                        format!(
                            "bad date: rule \"{}\" ends ({u}) before it starts ({f})",
                            r.id
                        ),
                    );
                }
            }
            let cond = self.cond(at, &r.when, &r.except);
            self.rule = r.id.clone();
            let Some((group, rank, compiled)) = effect(self, at, r.then) else {
                continue;
            };
            let (Some(valid_from), Some(valid_until)) =
                (from, until.unwrap_or(Some(NaiveDate::MAX)))
            else {
                continue;
            };
            out.push(Rule {
                meta: Arc::new(RuleMeta {
                    id: r.id,
                    title: r.title,
                    file: self.loc.name.to_string(),
                    line,
                    valid_from,
                    valid_until: (valid_until != NaiveDate::MAX).then_some(valid_until),
                    doubt: r.doubt,
                    sources: cited,
                }),
                cond,
                group,
                rank,
                effect: Arc::new(compiled),
            });
        }
        out
    }
}

/// Two rules of the same group and rank conflict when some case matches both on some date and
/// neither is strictly more specific than the other.
fn check_overlaps<E>(rules: &[Rule<E>], errors: &mut Vec<PackError>) {
    for (i, a) in rules.iter().enumerate() {
        if a.group.is_empty() {
            continue;
        }
        for b in &rules[i + 1..] {
            if a.group != b.group || a.rank != b.rank {
                continue;
            }
            let a_end = a.meta.valid_until.unwrap_or(NaiveDate::MAX);
            let b_end = b.meta.valid_until.unwrap_or(NaiveDate::MAX);
            let dates_overlap = a.meta.valid_from <= b_end && b.meta.valid_from <= a_end;
            if !dates_overlap || !a.cond.intersects(&b.cond) {
                continue;
            }
            let nested =
                a.cond != b.cond && (a.cond.is_subset_of(&b.cond) || b.cond.is_subset_of(&a.cond));
            if !nested {
                errors.push(PackError {
                    file: b.meta.file.clone(),
                    line: b.meta.line,
                    col: 1,
                    message: format!(
                        "overlapping rules: \"{}\" and \"{}\" ({}:{}) both apply to some case from {}{}, and neither is more specific; narrow one of them or end one before the other starts",
                        b.meta.id,
                        a.meta.id,
                        a.meta.file,
                        a.meta.line,
                        a.meta.valid_from.max(b.meta.valid_from),
                        match a_end.min(b_end) {
                            NaiveDate::MAX => String::new(),
                            end => format!(" to {end}"),
                        }
                    ),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_is_stale_after_six_months() {
        let mut pack = RulePack::bundled().unwrap();
        pack.meta.published = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let day = |m, d| NaiveDate::from_ymd_opt(2027, m, d).unwrap();
        assert!(!pack.is_stale(day(5, 23)));
        assert!(pack.is_stale(day(5, 24)));
    }

    #[test]
    fn departement_codes() {
        for ok in ["01", "19", "2A", "2B", "21", "95", "971", "976"] {
            assert!(is_departement_code(ok), "{ok}");
        }
        for bad in ["00", "20", "96", "99", "975", "977", "1", "2C", "014"] {
            assert!(!is_departement_code(bad), "{bad}");
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let loc = Located::new("x.ron", "a\nprefecture é \"v\"\n");
        let at = loc.find_quoted(0, "v").unwrap();
        assert_eq!(loc.line_col(at), (2, 14));
        assert_eq!(loc.line_col(0), (1, 1));
    }

    #[test]
    fn entries_are_found_in_file_order_with_their_lines() {
        let text = "(id: \"a\")\n(id: \"b\", see: \"c\")\n(id: \"a\")\n\n(id: \"c\")\n";
        let loc = Located::new("x.ron", text);
        let first = loc.entry("id", "a");
        assert_eq!(loc.line_col(first), (1, 6));
        assert_eq!(loc.line_col(loc.entry("id", "b")), (2, 6));
        // A second "a" is the one after "b", not the first line again.
        assert_eq!(loc.line_col(loc.entry("id", "a")), (3, 6));
        assert_eq!(loc.line_col(loc.entry("id", "c")), (5, 6));
        // Out of order: found from the top; lines before the last entry still count from 1.
        assert_eq!(loc.line_col(loc.entry("id", "b")), (2, 6));
        assert_eq!(loc.line_col(first), (1, 6));
        assert_eq!(loc.line_col(text.len()), (6, 1));
        assert_eq!(loc.entry("id", "absent"), 0);
    }

    #[test]
    fn an_entry_is_its_field_not_a_value_spelt_the_same() {
        let text = "(id: \"a\", channel: \"b\", valid_id: \"b\")\n(\n  id:\n    \"b\")\n";
        let loc = Located::new("x.ron", text);
        assert_eq!(loc.line_col(loc.entry("id", "a")), (1, 6));
        assert_eq!(loc.line_col(loc.entry("id", "b")), (4, 5));
        // Only a value: where it is, rather than nowhere.
        let loc = Located::new("x.ron", text);
        assert_eq!(loc.line_col(loc.entry("code", "b")), (1, 20));
    }
}
