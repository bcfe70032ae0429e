//! The facts of a case: the vocabulary the rule pack, the scenarios and the wizard share.
//!
//! Names and values are fixed (see `docs/scenarios.md`) so that scenario files written by others
//! keep working. Anything unknown is an error that lists what is allowed — never a silent default.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;

/// Declares a closed vocabulary: an enum with its snake_case spelling and the list of all values.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// Position in `ALL`, used as a bit index by compiled conditions.
            pub fn index(self) -> usize {
                self as usize
            }

            pub fn allowed() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// What the person asks for.
    Request {
        FirstTitle = "first_title",
        Renewal = "renewal",
        ChangeOfStatus = "change_of_status",
        VlsTsValidation = "vls_ts_validation",
        Duplicate = "duplicate",
        AddressChange = "address_change",
        Dcem = "dcem",
        TravelDocument = "travel_document",
        RecepisseRenewal = "recepisse_renewal",
        TitlePickup = "title_pickup",
        Naturalisation = "naturalisation",
        Asylum = "asylum",
        WorkAuthorisation = "work_authorisation",
        ShortStayVisaExtension = "short_stay_visa_extension",
        AdditionalDocuments = "additional_documents",
        JudgmentExecution = "judgment_execution",
        InformationRequest = "information_request",
        ContestDecision = "contest_decision",
    }
}

vocabulary! {
    /// The ground of the title sought or held.
    Category {
        Student = "student",
        StudentJobSearch = "student_job_search",
        Employee = "employee",
        TemporaryWorker = "temporary_worker",
        SeasonalWorker = "seasonal_worker",
        TalentPassport = "talent_passport",
        TalentFamily = "talent_family",
        Visitor = "visitor",
        FrenchSpouse = "french_spouse",
        PacsFrench = "pacs_french",
        ParentFrenchChild = "parent_french_child",
        AscendantFrench = "ascendant_french",
        ChildFrench = "child_french",
        FamilyReunification = "family_reunification",
        EuCitizen = "eu_citizen",
        EuFamily = "eu_family",
        BornInFrance = "born_in_france",
        YoungAdult = "young_adult",
        YoungAdultAse = "young_adult_ase",
        EnteredBefore13 = "entered_before_13",
        SickForeigner = "sick_foreigner",
        ParentSickChild = "parent_sick_child",
        TraffickingVictim = "trafficking_victim",
        ProtectionOrder = "protection_order",
        Refugee = "refugee",
        SubsidiaryProtection = "subsidiary_protection",
        ResidentCard = "resident_card",
        WorkAccidentPension = "work_accident_pension",
        ExceptionalAdmission = "exceptional_admission",
        LongTermResidentEu = "long_term_resident_eu",
        Other = "other",
    }
}

vocabulary! {
    /// The motives in everyday families, so that the motive is chosen in two short steps (the
    /// family, then the grounds in it) rather than from one list of thirty.
    MotiveFamily {
        Family = "family",
        Work = "work",
        Studies = "studies",
        Health = "health",
        Protection = "protection",
        Other = "other",
    }
}

impl Category {
    /// The family the motive is listed under.
    pub fn family(self) -> MotiveFamily {
        use Category::*;
        match self {
            FrenchSpouse | PacsFrench | ParentFrenchChild | AscendantFrench | ChildFrench
            | FamilyReunification | TalentFamily | EuFamily => MotiveFamily::Family,
            Employee | TemporaryWorker | SeasonalWorker | TalentPassport | WorkAccidentPension => {
                MotiveFamily::Work
            }
            Student | StudentJobSearch => MotiveFamily::Studies,
            SickForeigner | ParentSickChild => MotiveFamily::Health,
            Refugee | SubsidiaryProtection | TraffickingVictim | ProtectionOrder => {
                MotiveFamily::Protection
            }
            Visitor | EuCitizen | BornInFrance | YoungAdult | YoungAdultAse | EnteredBefore13
            | ResidentCard | ExceptionalAdmission | LongTermResidentEu | Other => {
                MotiveFamily::Other
            }
        }
    }
}

vocabulary! {
    Nationality {
        Algerian = "algerian",
        Eu = "eu",
        Other = "other",
    }
}

vocabulary! {
    /// The visa the person entered with.
    Visa {
        VlsTs = "vls_ts",
        VisaD = "visa_d",
        VisaDConcours = "visa_d_concours",
        VisaDSchoolMinor = "visa_d_school_minor",
        VisaDAuPair = "visa_d_au_pair",
        ShortStay = "short_stay",
        None = "none",
    }
}

vocabulary! {
    /// The title the person holds today (asked for renewals instead of the entry visa: what
    /// matters there is the title held now, not how the person entered years ago).
    CurrentTitle {
        VlsTs = "vls_ts",
        TemporaryCard = "temporary_card",
        MultiYearCard = "multi_year_card",
        ResidentCard = "resident_card",
        None = "none",
    }
}

vocabulary! {
    /// For a young person placed with the aide sociale à l'enfance: the age at placement decides
    /// the title (L.423-22 by the 16th birthday, L.435-3 between 16 and 18).
    AsePlacement {
        Before16 = "before_16",
        From16To18 = "from_16_to_18",
    }
}

vocabulary! {
    /// For a person contesting a decision: what they received.
    Decision {
        Refusal = "refusal",
        Oqtf = "oqtf",
    }
}

vocabulary! {
    Situation {
        Regular = "regular",
        Irregular = "irregular",
    }
}

vocabulary! {
    /// Where the request goes. Also a derived fact that later rules (deadlines, documents) test.
    Channel {
        Anef = "anef",
        DemarchesSimplifiees = "demarches_simplifiees",
        Postal = "postal",
        PrefectureAppointment = "prefecture_appointment",
        PrefectureWalkIn = "prefecture_walk_in",
        ContactsDemarches = "contacts_demarches",
        Natali = "natali",
        SpadaGuda = "spada_guda",
        PrefectureContactForm = "prefecture_contact_form",
        AdministrativeCourt = "administrative_court",
    }
}

vocabulary! {
    /// Derived: is the winning channel rule a national obligation to use a téléservice (the
    /// R.431-2 list)? Filing windows depend on it (R.431-5).
    AnefList {
        Yes = "yes",
        No = "no",
    }
}

vocabulary! {
    /// Derived: was the request filed inside its filing window?
    FiledInWindow {
        Yes = "yes",
        No = "no",
        Unknown = "unknown",
    }
}

vocabulary! {
    /// Derived: how long the current title had expired on the filing date (or today, if not
    /// filed yet). Past the threshold the rule pack sets (six months in the law of 2025), a
    /// renewal may be treated as a first request.
    ExpiredFor {
        NotExpired = "not_expired",
        UpToSixMonths = "up_to_six_months",
        OverSixMonths = "over_six_months",
        Unknown = "unknown",
    }
}

impl ExpiredFor {
    /// From the title's end of validity and the filing date (or today when not filed), with
    /// the threshold the rule pack sets (`FirstRequestAfterExpiry`); without one, an expired title
    /// is `Unknown`.
    pub fn derive(
        expiry: Option<NaiveDate>,
        filed_on: Option<NaiveDate>,
        today: NaiveDate,
        first_request_after: Option<crate::deadlines::Offset>,
    ) -> ExpiredFor {
        let Some(expiry) = expiry else {
            return ExpiredFor::Unknown;
        };
        let reference = filed_on.unwrap_or(today);
        if reference <= expiry {
            return ExpiredFor::NotExpired;
        }
        match first_request_after.and_then(|after| after.apply(expiry)) {
            Some(limit) if reference <= limit => ExpiredFor::UpToSixMonths,
            Some(_) => ExpiredFor::OverSixMonths,
            None => ExpiredFor::Unknown,
        }
    }
}

vocabulary! {
    /// What a person's file shows, beyond the facts of the case: a letter rule of the pack may
    /// require it (`requires`) for the letter to be of use.
    /// `filed`: the filing date is known; `prolongation_expected`: the answer expects an
    /// attestation de prolongation d'instruction; `implicit_rejection_passed`; `attempts_logged`:
    /// the evidence log holds at least one attempt.
    CaseState {
        Filed = "filed",
        ProlongationExpected = "prolongation_expected",
        ImplicitRejectionPassed = "implicit_rejection_passed",
        AttemptsLogged = "attempts_logged",
    }
}

vocabulary! {
    /// The name of a fact, in the order the wizard asks them.
    FactName {
        Departement = "departement",
        Commune = "commune",
        Request = "request",
        Decision = "decision",
        Category = "category",
        AsePlacement = "ase_placement",
        CurrentTitle = "current_title",
        Nationality = "nationality",
        Visa = "visa",
        Situation = "situation",
        SousPrefecture = "sous_prefecture",
        TitleExpiry = "title_expiry",
        EntryDate = "entry_date",
        FiledOn = "filed_on",
    }
}

impl FactName {
    pub fn is_date(self) -> bool {
        matches!(
            self,
            FactName::TitleExpiry | FactName::EntryDate | FactName::FiledOn
        )
    }
}

/// A case, possibly partial. Départements and sous-préfectures are codes checked against the
/// rule pack by the resolver, since the pack owns that list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub departement: Option<String>,
    /// INSEE code of the commune the person lives in; it sets the département and, where the
    /// rules depend on it, the sous-préfecture (`places::apply_commune`).
    pub commune: Option<String>,
    pub sous_prefecture: Option<String>,
    pub request: Option<Request>,
    pub category: Option<Category>,
    pub current_title: Option<CurrentTitle>,
    pub ase_placement: Option<AsePlacement>,
    pub decision: Option<Decision>,
    pub nationality: Option<Nationality>,
    pub visa: Option<Visa>,
    pub situation: Option<Situation>,
    pub title_expiry: Option<NaiveDate>,
    pub filed_on: Option<NaiveDate>,
    pub entry_date: Option<NaiveDate>,
}

/// A fact that could not be read: which one, what was given, what is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactError {
    UnknownName {
        name: String,
    },
    UnknownValue {
        name: FactName,
        value: String,
        allowed: String,
    },
    BadDate {
        name: FactName,
        value: String,
    },
}

impl fmt::Display for FactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FactError::UnknownName { name } => write!(
                f,
                "unknown fact name \"{name}\"; allowed: {}",
                FactName::allowed()
            ),
            FactError::UnknownValue {
                name,
                value,
                allowed,
            } => write!(
                f,
                "unknown value \"{value}\" for fact \"{name}\"; allowed: {allowed}"
            ),
            FactError::BadDate { name, value } => write!(
                f,
                "fact \"{name}\": \"{value}\" is not a date of the form YYYY-MM-DD that exists"
            ),
        }
    }
}

impl std::error::Error for FactError {}

/// Reads a date written `YYYY-MM-DD`; `2026-02-30` and `2026-2-3` are refused.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

fn vocab<T>(
    name: FactName,
    value: &str,
    parse: fn(&str) -> Option<T>,
    allowed: fn() -> String,
) -> Result<T, FactError> {
    parse(value).ok_or_else(|| FactError::UnknownValue {
        name,
        value: value.to_string(),
        allowed: allowed(),
    })
}

impl Facts {
    /// Reads facts from name → value pairs, as written in scenario and facts files.
    pub fn from_map(map: &BTreeMap<String, String>) -> Result<Facts, FactError> {
        let pairs: Vec<(&str, &str)> = map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        Facts::from_pairs(&pairs)
    }

    /// Reads facts from (name, value) pairs, as a test or a caller writes them inline.
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Result<Facts, FactError> {
        let mut facts = Facts::default();
        for (name, value) in pairs {
            facts.set(name, value)?;
        }
        Ok(facts)
    }

    /// Sets one fact from its textual name and value.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), FactError> {
        let fact = FactName::parse(name).ok_or_else(|| FactError::UnknownName {
            name: name.to_string(),
        })?;
        let date = |v: &str| {
            parse_date(v).ok_or_else(|| FactError::BadDate {
                name: fact,
                value: v.to_string(),
            })
        };
        match fact {
            FactName::Departement => self.departement = Some(value.to_string()),
            FactName::Commune => self.commune = Some(value.to_string()),
            FactName::SousPrefecture => self.sous_prefecture = Some(value.to_string()),
            FactName::Request => {
                self.request = Some(vocab(fact, value, Request::parse, Request::allowed)?)
            }
            FactName::Category => {
                self.category = Some(vocab(fact, value, Category::parse, Category::allowed)?)
            }
            FactName::Nationality => {
                self.nationality = Some(vocab(
                    fact,
                    value,
                    Nationality::parse,
                    Nationality::allowed,
                )?)
            }
            FactName::CurrentTitle => {
                self.current_title = Some(vocab(
                    fact,
                    value,
                    CurrentTitle::parse,
                    CurrentTitle::allowed,
                )?)
            }
            FactName::AsePlacement => {
                self.ase_placement = Some(vocab(
                    fact,
                    value,
                    AsePlacement::parse,
                    AsePlacement::allowed,
                )?)
            }
            FactName::Decision => {
                self.decision = Some(vocab(fact, value, Decision::parse, Decision::allowed)?)
            }
            FactName::Visa => self.visa = Some(vocab(fact, value, Visa::parse, Visa::allowed)?),
            FactName::Situation => {
                self.situation = Some(vocab(fact, value, Situation::parse, Situation::allowed)?)
            }
            FactName::TitleExpiry => self.title_expiry = Some(date(value)?),
            FactName::FiledOn => self.filed_on = Some(date(value)?),
            FactName::EntryDate => self.entry_date = Some(date(value)?),
        }
        Ok(())
    }

    /// Forgets one fact (the wizard's Back button).
    pub fn clear(&mut self, fact: FactName) {
        match fact {
            FactName::Departement => self.departement = None,
            FactName::Commune => self.commune = None,
            FactName::SousPrefecture => self.sous_prefecture = None,
            FactName::Request => self.request = None,
            FactName::Category => self.category = None,
            FactName::Nationality => self.nationality = None,
            FactName::CurrentTitle => self.current_title = None,
            FactName::AsePlacement => self.ase_placement = None,
            FactName::Decision => self.decision = None,
            FactName::Visa => self.visa = None,
            FactName::Situation => self.situation = None,
            FactName::TitleExpiry => self.title_expiry = None,
            FactName::FiledOn => self.filed_on = None,
            FactName::EntryDate => self.entry_date = None,
        }
    }

    /// The facts as name → value pairs (the inverse of `from_map`).
    pub fn to_map(&self) -> BTreeMap<String, String> {
        let mut map = BTreeMap::new();
        let mut put = |name: FactName, value: Option<String>| {
            if let Some(v) = value {
                map.insert(name.as_str().to_string(), v);
            }
        };
        put(FactName::Departement, self.departement.clone());
        put(FactName::Commune, self.commune.clone());
        put(FactName::SousPrefecture, self.sous_prefecture.clone());
        put(FactName::Request, self.request.map(|v| v.as_str().into()));
        put(FactName::Category, self.category.map(|v| v.as_str().into()));
        put(
            FactName::Nationality,
            self.nationality.map(|v| v.as_str().into()),
        );
        put(
            FactName::CurrentTitle,
            self.current_title.map(|v| v.as_str().into()),
        );
        put(
            FactName::AsePlacement,
            self.ase_placement.map(|v| v.as_str().into()),
        );
        put(FactName::Decision, self.decision.map(|v| v.as_str().into()));
        put(FactName::Visa, self.visa.map(|v| v.as_str().into()));
        put(
            FactName::Situation,
            self.situation.map(|v| v.as_str().into()),
        );
        let date = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        put(FactName::TitleExpiry, date(self.title_expiry));
        put(FactName::FiledOn, date(self.filed_on));
        put(FactName::EntryDate, date(self.entry_date));
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist_and_be_zero_padded() {
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(parse_date("2025-02-29"), None);
        assert_eq!(parse_date("2026-2-03"), None);
        assert_eq!(parse_date("2026-02-3"), None);
        assert_eq!(parse_date("26-02-03"), None);
        assert_eq!(parse_date("2026/02/03"), None);
    }

    #[test]
    fn unknown_names_and_values_list_what_is_allowed() {
        let mut f = Facts::default();
        let e = f.set("categorie", "student").unwrap_err().to_string();
        assert!(e.contains("categorie") && e.contains("category"), "{e}");
        let e = f.set("request", "renew").unwrap_err().to_string();
        assert!(e.contains("renew") && e.contains("first_title"), "{e}");
        let e = f.set("filed_on", "2026-13-01").unwrap_err().to_string();
        assert!(e.contains("filed_on") && e.contains("2026-13-01"), "{e}");
    }

    #[test]
    fn facts_round_trip_through_a_map() {
        let mut map = BTreeMap::new();
        for (k, v) in [
            ("departement", "2A"),
            ("request", "renewal"),
            ("category", "young_adult_ase"),
            ("visa", "visa_d_au_pair"),
            ("title_expiry", "2027-01-31"),
        ] {
            map.insert(k.to_string(), v.to_string());
        }
        let facts = Facts::from_map(&map).unwrap();
        assert_eq!(facts.to_map(), map);
    }
}
