//! The rule pack as written on disk: what a jurist edits. Values that belong to a vocabulary
//! (channels, fact values, dates, URLs) are plain strings here and are checked when the pack is
//! compiled, so that an error can name the file, line and column and list the allowed values.

use serde::Deserialize;

use crate::deadlines::Offset;

/// `pack.ron`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub name: String,
    pub version: String,
    /// The date the pack was published, `YYYY-MM-DD`.
    pub published: String,
    #[serde(default)]
    pub description: String,
}

/// One entry of `sources.ron`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub kind: SourceKind,
    #[serde(default)]
    pub url: Option<String>,
    /// File name of a seed document, for sources shipped with the project's sources.
    #[serde(default)]
    pub seed: Option<String>,
    /// The date the source itself states; `None` when it is undated.
    #[serde(default)]
    pub stated: Option<String>,
    /// The date this pack's authors last checked the source.
    pub checked: String,
    /// How it was checked, and anything a reader should know (doubts, contradictions).
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Law, government, préfecture, service-public, Conseil d'État, Défenseur des droits.
    Official,
    Association,
    LawFirm,
    Press,
    University,
}

/// A rule's reference to a source, with the passage it relies on, word for word.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub source: String,
    pub quote: String,
}

/// `departements.ron`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepartementsFile {
    pub sources: Vec<Citation>,
    pub departements: Vec<Departement>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Departement {
    pub code: String,
    pub name: String,
    pub website: String,
    #[serde(default)]
    pub sous_prefectures: Vec<SousPrefecture>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SousPrefecture {
    /// Lowercase ASCII with hyphens: `le-raincy`.
    pub id: String,
    pub name: String,
    /// The INSEE arrondissement it serves (`932` for Le Raincy): a commune of that arrondissement
    /// depends on this sous-préfecture. Checked against the communes data by `check-pack`.
    #[serde(default)]
    pub arrondissement: Option<String>,
}

/// Conditions on the facts of a case: each list holds the values it accepts; an empty list
/// accepts anything.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    #[serde(default)]
    pub departement: Vec<String>,
    #[serde(default)]
    pub sous_prefecture: Vec<String>,
    #[serde(default)]
    pub request: Vec<String>,
    #[serde(default)]
    pub category: Vec<String>,
    #[serde(default)]
    pub nationality: Vec<String>,
    #[serde(default)]
    pub visa: Vec<String>,
    #[serde(default)]
    pub situation: Vec<String>,
    /// The title held today (renewals).
    #[serde(default)]
    pub current_title: Vec<String>,
    /// For `young_adult_ase`: placed by the 16th birthday or between 16 and 18.
    #[serde(default)]
    pub ase_placement: Vec<String>,
    /// For `contest_decision`: a refusal or an OQTF.
    #[serde(default)]
    pub decision: Vec<String>,
    #[serde(default)]
    pub channel: Vec<String>,
    #[serde(default)]
    pub anef_list: Vec<String>,
    #[serde(default)]
    pub filed_in_window: Vec<String>,
    /// Derived from the title's expiry and the filing date (or today).
    #[serde(default)]
    pub expired_for: Vec<String>,
}

/// Any rule file other than `pack.ron`, `sources.ron` and `departements.ron`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub channels: Vec<Rule<ChannelEffect>>,
    #[serde(default)]
    pub refusals: Vec<Rule<RefusalEffect>>,
    #[serde(default)]
    pub deadlines: Vec<Rule<DeadlineEffect>>,
    #[serde(default)]
    pub provisional: Vec<Rule<ProvisionalEffect>>,
    #[serde(default)]
    pub documents: Vec<Rule<DocumentEffect>>,
    #[serde(default)]
    pub escalation: Vec<Rule<EscalationEffect>>,
    #[serde(default)]
    pub notes: Vec<Rule<NoteEffect>>,
    #[serde(default)]
    pub limits: Vec<Rule<LimitEffect>>,
    #[serde(default)]
    pub letters: Vec<Rule<LetterEffect>>,
    #[serde(default)]
    pub glossary: Vec<Rule<GlossaryEffect>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule<E> {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub when: Conditions,
    /// Values excluded, dimension by dimension.
    #[serde(default)]
    pub except: Conditions,
    pub valid_from: String,
    #[serde(default)]
    pub valid_until: Option<String>,
    #[serde(default)]
    pub sources: Vec<Citation>,
    /// Why this rule is uncertain, when it is: shown with the answer.
    #[serde(default)]
    pub doubt: Option<String>,
    pub then: E,
}

/// Where a link points.
#[derive(Debug, Clone, Deserialize)]
pub enum Link {
    Url(String),
    /// The website of the person's préfecture, from `departements.ron`.
    PrefectureWebsite,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A local channel is only a fallback when no local rule applies.
    Fallback,
    /// A département's (or sous-préfecture's) own channel.
    Local,
    /// A national obligation in force (ANEF list, NATALI…): wins over any local channel.
    National,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelEffect {
    pub level: Level,
    pub channel: String,
    /// The answer in one sentence.
    pub summary: String,
    #[serde(default)]
    pub link: Option<Link>,
    #[serde(default)]
    pub address: Vec<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub instructions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefusalEffect {
    pub message: String,
}

#[derive(Debug, Deserialize)]
pub enum DeadlineEffect {
    /// When the request may be filed, counted from a date fact.
    FilingWindow {
        from: String,
        #[serde(default)]
        required: bool,
        opens: Offset,
        closes: Offset,
        label: String,
        #[serde(default)]
        late: Vec<String>,
    },
    /// When silence becomes a rejection, counted from the filing date.
    ImplicitRejection {
        from: String,
        after: Offset,
        label: String,
        #[serde(default)]
        then_what: Vec<String>,
    },
    /// A time rule with no date to compute from (e.g. three months after a move).
    Notice { label: String, text: String },
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub enum Right {
    Yes,
    No,
    Conditional(String),
    NotStated,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rights {
    pub lawful_stay: Right,
    pub work: Right,
    pub social_rights: Right,
    pub travel: Right,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionalEffect {
    pub document: String,
    pub summary: String,
    pub rights: Rights,
    #[serde(default)]
    pub validity: Option<String>,
    /// Documents that may follow, in order.
    #[serde(default)]
    pub later: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentEffect {
    /// Stable identifier of the checklist item (kept across pack versions, used by checklists).
    pub item: String,
    pub label: String,
    #[serde(default)]
    pub details: Option<String>,
    #[serde(default)]
    pub amount: Option<String>,
    /// The date the amount holds.
    #[serde(default)]
    pub amount_as_of: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationEffect {
    /// Stable identifier of the step: `ccc`, `pan`, `substitution`, `refere_mesures_utiles`…
    pub step: String,
    /// Position in the escalation ladder (1 = try first).
    pub order: u8,
    pub label: String,
    #[serde(default)]
    pub details: Vec<String>,
    #[serde(default)]
    pub link: Option<Link>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub kind: ContactKind,
    pub value: String,
    #[serde(default)]
    pub hours: Option<String>,
    /// The source that gives this contact (must also be cited by the rule).
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Phone,
    Email,
    Postal,
    Web,
    Place,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteEffect {
    pub text: String,
    #[serde(default)]
    pub link: Option<Link>,
}

/// A number of the law that the app computes with, dated and sourced like any rule: how long a
/// provisional document lasts, when a late renewal counts as a first request, what a log of
/// blocked attempts must show, how long a refusal can be appealed.
#[derive(Debug, Deserialize)]
pub enum LimitEffect {
    /// The longest validity of a provisional document, from the day it is made available.
    ProvisionalValidity { document: String, at_most: Offset },
    /// Past this long after the title's end (on the filing date, or today), a renewal may be
    /// treated as a first request: the derived fact `expired_for` is `over_six_months`.
    FirstRequestAfterExpiry { after: Offset },
    /// What a log of attempts must show before a judge: distinct days, distinct hours of the day,
    /// distinct weeks, and more than `over_days` days from the first attempt to the last.
    EvidenceBar {
        min_days: usize,
        min_hours: usize,
        min_weeks: usize,
        over_days: i64,
    },
    /// How long a refusal (an implicit rejection included) can be taken to court.
    RefusalAppeal { within: Offset },
}

/// A hard word of the answers, explained in two or three short sentences. `term`: the word as
/// the person sees it (translated like the text); `words`: the forms it takes in the answers'
/// texts — French, and the acronyms every language keeps — each marked where it first appears.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEffect {
    pub term: String,
    pub words: Vec<String>,
    pub text: String,
}

/// A letter offered with the answer: which one, and what the person's file must show for it to
/// be of use (`requires`: `filed` — the filing date is known; `prolongation_expected` — the answer
/// expects an attestation de prolongation; `implicit_rejection_passed`; `attempts_logged` — the
/// evidence log has at least one attempt).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterEffect {
    pub letter: String,
    #[serde(default)]
    pub requires: Vec<String>,
}
