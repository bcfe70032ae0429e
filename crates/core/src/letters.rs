//! Letters for blocked situations, in French (the administration's language), made from the
//! person's details, their case and the rule pack's answer. Each letter states its legal basis
//! and cites the pack's sources; a detail a letter needs and the file lacks is reported by name,
//! never left blank in the text.

use chrono::NaiveDate;

use crate::facts::{CaseState, FactName, Facts, Request};
use crate::labels;
use crate::pack::{ProvisionalKind, RulePack};
use crate::profile::{evidence_summary, Attempt, Case, Identity};
use crate::resolver::Outcome;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// R.431-15-1: the attestation de prolongation d'instruction was not made available.
    ApiUrgent,
    /// An appointment at the point d'accueil numérique, with everything the préfecture asks for.
    PanAppointment,
    /// R.431-2 and the arrêté of 1 August 2023: the solution de substitution.
    Substitution,
    /// The evidence log as a dated table, for a lawyer or the juge des référés (L.521-3 CJA).
    RefereEvidence,
    /// The reasons of an implicit rejection, asked within the appeal delay.
    ImplicitRejectionReasons,
    /// A summary for a referral to the Défenseur des droits.
    DefenseurSaisine,
}

impl LetterKind {
    pub const ALL: [LetterKind; 6] = [
        LetterKind::ApiUrgent,
        LetterKind::PanAppointment,
        LetterKind::Substitution,
        LetterKind::RefereEvidence,
        LetterKind::ImplicitRejectionReasons,
        LetterKind::DefenseurSaisine,
    ];

    /// The letter with this identifier (as the rule pack names it).
    pub fn parse(id: &str) -> Option<LetterKind> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    /// A stable identifier (`letter-<id>` in the interface's translations).
    pub fn id(self) -> &'static str {
        match self {
            LetterKind::ApiUrgent => "api_urgent",
            LetterKind::PanAppointment => "pan_appointment",
            LetterKind::Substitution => "substitution",
            LetterKind::RefereEvidence => "refere_evidence",
            LetterKind::ImplicitRejectionReasons => "implicit_rejection_reasons",
            LetterKind::DefenseurSaisine => "defenseur_saisine",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            LetterKind::ApiUrgent => "Demande urgente d'attestation de prolongation d'instruction",
            LetterKind::PanAppointment => "Demande de rendez-vous au point d'accueil numérique",
            LetterKind::Substitution => "Demande de solution de substitution",
            LetterKind::RefereEvidence => {
                "Dossier de preuves des tentatives (référé « mesures utiles »)"
            }
            LetterKind::ImplicitRejectionReasons => "Demande des motifs d'un rejet implicite",
            LetterKind::DefenseurSaisine => "Résumé pour saisir le Défenseur des droits",
        }
    }

    /// The pack sources each letter relies on (checked to exist by a test).
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            LetterKind::ApiUrgent => &["SEED-3"],
            LetterKind::PanAppointment => &["SEED-3", "FAS-2023"],
            LetterKind::Substitution => &["INFOMIE-6704", "FAS-2023", "SEED-3"],
            LetterKind::RefereEvidence => &["CE-435594", "SEED-3"],
            LetterKind::ImplicitRejectionReasons => &["VOVARD", "CALONNE"],
            LetterKind::DefenseurSaisine => &["DDD-AIDE"],
        }
    }
}

/// A letter ready to be read, edited and exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub kind: LetterKind,
    pub title: String,
    /// Sender block: name, address, contact.
    pub from: Vec<String>,
    pub to: Vec<String>,
    pub date: NaiveDate,
    pub subject: String,
    pub body: Vec<String>,
    /// A table (first row: headings), for the evidence file.
    pub table: Vec<Vec<String>>,
    /// The legal basis, one line each.
    pub basis: Vec<String>,
    /// Sources of the rule pack: "title — url (checked on …)".
    pub sources: Vec<String>,
}

impl Letter {
    /// The letter as plain text (for editing, e-mail, and the PDF).
    pub fn text(&self) -> String {
        let mut out = Vec::new();
        out.extend(self.from.iter().cloned());
        out.push(String::new());
        out.extend(self.to.iter().cloned());
        out.push(String::new());
        out.push(format!("Le {}", long_date(self.date)));
        out.push(String::new());
        out.push(format!("Objet : {}", self.subject));
        out.push(String::new());
        for p in &self.body {
            out.push(p.clone());
            out.push(String::new());
        }
        for row in &self.table {
            out.push(row.join(" | "));
        }
        if !self.table.is_empty() {
            out.push(String::new());
        }
        if !self.basis.is_empty() {
            out.push("Fondement :".into());
            out.extend(self.basis.iter().map(|b| format!("- {b}")));
            out.push(String::new());
        }
        if !self.sources.is_empty() {
            out.push("Sources :".into());
            out.extend(self.sources.iter().map(|s| format!("- {s}")));
        }
        out.join("\n")
    }
}

/// A past participle agreed with the person's civility: "née" for Madame, "né" for Monsieur,
/// "né·e" when unknown.
fn agreed(id: &Identity, word: &str) -> String {
    match id.civility.trim() {
        "Madame" | "Mme" => format!("{word}e"),
        "Monsieur" | "M." => word.to_string(),
        _ => format!("{word}·e"),
    }
}

/// "23 novembre 2026", "1er février 2027": dates in letters are always French.
pub fn long_date(d: NaiveDate) -> String {
    crate::i18n::long_date(crate::i18n::Lang::Fr, d)
}

fn short(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// What a letter needs and the file does not hold, by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing(pub Vec<&'static str>);

impl Missing {
    /// "il manque : …" in `lang` (each field under `field-<slug>`); the French of `Display`
    /// stays for logs and tests.
    pub fn localized(&self, lang: crate::i18n::Lang) -> String {
        let names: Vec<String> = self
            .0
            .iter()
            .map(|n| crate::tl!(lang, &format!("field-{}", crate::i18n::slug(n))))
            .collect();
        crate::tl!(lang, "letter-missing-fields", fields = names.join(", "))
    }
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "il manque : {}", self.0.join(", "))
    }
}

/// Collects the missing fields while taking the present ones.
#[derive(Default)]
struct Need {
    missing: Vec<&'static str>,
}

impl Need {
    fn text(&mut self, value: &str, name: &'static str) -> String {
        if value.trim().is_empty() {
            self.missing.push(name);
        }
        value.trim().to_string()
    }

    fn date(&mut self, value: Option<NaiveDate>, name: &'static str) -> String {
        match value {
            Some(d) => short(d),
            None => {
                self.missing.push(name);
                String::new()
            }
        }
    }

    fn done<T>(self, value: T) -> Result<T, Missing> {
        if self.missing.is_empty() {
            Ok(value)
        } else {
            let mut m = self.missing;
            m.dedup();
            Err(Missing(m))
        }
    }
}

/// Everything a letter is made from.
pub struct LetterInput<'a> {
    pub pack: &'a RulePack,
    pub identity: &'a Identity,
    pub case: &'a Case,
    pub outcome: Option<&'a Outcome>,
    pub today: NaiveDate,
}

impl LetterInput<'_> {
    fn facts(&self) -> Facts {
        self.case.facts().unwrap_or_default()
    }

    fn prefecture(&self) -> Vec<String> {
        let name = self
            .outcome
            .map(|o| o.departement.name.clone())
            .unwrap_or_default();
        vec![
            format!("Préfecture — {name}"),
            "Service des étrangers".to_string(),
        ]
    }

    /// The préfecture's e-mail address for this case, when the pack gives one.
    fn prefecture_email(&self) -> Option<String> {
        self.outcome?.escalation.iter().find_map(|e| {
            e.contacts
                .iter()
                .find(|c| c.value.contains('@'))
                .map(|c| c.value.clone())
        })
    }

    fn sender(&self, need: &mut Need) -> Vec<String> {
        let id = self.identity;
        let mut from = Vec::new();
        if id.first_name.trim().is_empty() || id.last_name.trim().is_empty() {
            need.missing.push("nom et prénom");
        }
        from.push(id.full_name());
        from.extend(id.address.iter().filter(|l| !l.trim().is_empty()).cloned());
        let contact: Vec<_> = [id.phone.trim(), id.email.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if contact.is_empty() {
            need.missing.push("téléphone ou courriel");
        } else {
            from.push(contact.join(" — "));
        }
        from
    }

    fn sources(&self, kind: LetterKind) -> Vec<String> {
        kind.sources()
            .iter()
            .filter_map(|id| self.pack.sources.iter().find(|s| s.id == *id))
            .map(|s| s.citation(crate::i18n::Lang::Fr))
            .collect()
    }

    fn request_label(&self) -> String {
        self.choice_label(FactName::Request, self.facts().request.map(|r| r.as_str()))
            .to_lowercase()
    }

    fn ground_label(&self) -> String {
        self.choice_label(
            FactName::Category,
            self.facts().category.map(|c| c.as_str()),
        )
    }

    /// A fact's value as the French interface words it (empty when unanswered).
    fn choice_label(&self, fact: FactName, value: Option<&str>) -> String {
        value
            .map(|v| labels::choice(crate::i18n::Lang::Fr, fact, v).0)
            .unwrap_or_default()
    }
}

/// The letters that apply to this case now, in the order a blocked person would use them: those
/// the rule pack offers for today's answer (`Outcome::letters`) whose `requires` the person's
/// file shows. Without an answer, none: the pack decides which letter fits which case.
pub fn applicable(case: &Case, outcome: Option<&Outcome>) -> Vec<LetterKind> {
    let Some(o) = outcome else {
        return Vec::new();
    };
    let facts = case.facts().unwrap_or_default();
    let shows = |state: CaseState| match state {
        CaseState::Filed => facts.filed_on.is_some(),
        CaseState::ProlongationExpected => o
            .provisional
            .as_ref()
            .is_some_and(|p| p.document == ProvisionalKind::AttestationProlongation),
        CaseState::ImplicitRejectionPassed => {
            o.implicit_rejection.as_ref().is_some_and(|r| r.passed)
        }
        CaseState::AttemptsLogged => !case.evidence.is_empty(),
    };
    LetterKind::ALL
        .into_iter()
        .filter(|kind| {
            o.letters
                .iter()
                .any(|l| l.letter == *kind && l.requires.iter().all(|s| shows(*s)))
        })
        .collect()
}

/// Writes the letter, or names what is missing to write it.
///
/// Letters are written in French, the administration's language, whatever the interface's.
pub fn compose(kind: LetterKind, input: &LetterInput<'_>) -> Result<Letter, Missing> {
    compose_french(kind, input)
}

fn compose_french(kind: LetterKind, input: &LetterInput<'_>) -> Result<Letter, Missing> {
    let mut need = Need::default();
    let id = input.identity;
    let facts = input.facts();
    let from = input.sender(&mut need);
    let name = id.full_name();
    let civil = |need: &mut Need| {
        let nationality = need.text(&id.nationality, "nationalité");
        let born = need.date(id.birth_date, "date de naissance");
        let place = need.text(&id.birth_place, "lieu de naissance");
        format!(
            "{name}, de nationalité {nationality}, {} le {born} à {place}",
            agreed(id, "né")
        )
    };
    let mut letter = Letter {
        kind,
        title: kind.title().to_string(),
        from,
        to: input.prefecture(),
        date: input.today,
        subject: String::new(),
        body: Vec::new(),
        table: Vec::new(),
        basis: Vec::new(),
        sources: input.sources(kind),
    };
    match kind {
        LetterKind::ApiUrgent => {
            let who = civil(&mut need);
            let agdref = need.text(&id.agdref, "numéro AGDREF");
            let request = need.text(&id.anef_request, "numéro de la demande ANEF");
            let mention = need.text(&id.title_mention, "mention du titre de séjour");
            let from_date = need.date(id.title_valid_from, "début de validité du titre");
            let until = need.date(facts.title_expiry, "fin de validité du titre");
            let filed = need.date(facts.filed_on, "date de dépôt de la demande");
            if let Some(email) = input.prefecture_email() {
                letter.to.push(email);
            }
            letter.subject = "URGENT : Mise à disposition d'une attestation de prolongation de l'instruction d'une demande".into();
            letter.body = vec![
                "Madame, Monsieur,".into(),
                format!(
                    "Je {} {who}, {} sous le numéro AGDREF {agdref}, ai sollicité le renouvellement de ma carte de séjour portant la mention « {mention} », valable du {from_date} au {until}, par une demande déposée sur le téléservice ANEF (demande n°\u{a0}{request}) le {filed}, dans le délai prévu à l'article R. 431-5 du CESEDA. Cette demande est toujours en cours d'instruction.",
                    agreed(id, "soussigné"),
                    agreed(id, "enregistré")
                ),
                "Une confirmation de dépôt a été délivrée (jointe). Toutefois, aucune attestation de prolongation de l'instruction n'a été mise à disposition, ce qui me prive de la preuve de son droit au séjour et des droits qui y sont attachés.".into(),
                "Or, lorsque l'instruction d'une demande complète et déposée dans le respect des délais mentionnés à l'article R. 431-5 se poursuit au-delà de la date de validité du document de séjour détenu, le préfet est tenu de mettre à la disposition du demandeur, via le téléservice, une attestation de prolongation de l'instruction (article R. 431-15-1 du CESEDA).".into(),
                "Je vous demande donc de bien vouloir mettre cette attestation à disposition sur le téléservice ANEF dans les meilleurs délais.".into(),
                "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.".into(),
            ];
            letter.basis = vec![
                "CESEDA, articles R. 431-5 et R. 431-15-1".into(),
                "À défaut de réponse : référé « mesures utiles », article L. 521-3 du code de justice administrative".into(),
            ];
        }
        LetterKind::PanAppointment => {
            let who = civil(&mut need);
            let photo = need.text(&id.e_photo_code, "code e-photo");
            let request = input.request_label();
            let ground = input.ground_label();
            if request.is_empty() {
                need.missing.push("type de demande");
            }
            if ground.is_empty() && facts.request != Some(Request::Duplicate) {
                need.missing.push("motif du titre");
            }
            let document = if !id.agdref.trim().is_empty() {
                format!("titre de séjour (AGDREF {})", id.agdref.trim())
            } else {
                "passeport ou visa (copie jointe)".to_string()
            };
            let in_progress = if id.anef_request.trim().is_empty() {
                "aucune demande en cours".to_string()
            } else {
                format!("demande en cours n° {}", id.anef_request.trim())
            };
            let contact = [id.phone.trim(), id.email.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" — ");
            if let Some(email) = input.prefecture_email() {
                letter.to.push(email);
            }
            letter.subject =
                format!("Demande de rendez-vous au point d'accueil numérique — {request}");
            letter.body = vec![
                "Madame, Monsieur,".into(),
                format!("Je ne parviens pas à effectuer ma démarche sur le téléservice ANEF et je sollicite un rendez-vous au point d'accueil numérique de la préfecture pour déposer ma demande. Le centre de contact citoyen m'a {} vers la préfecture (document joint).", agreed(id, "orienté")),
                "Voici les informations demandées :".into(),
                format!("• Motif : impossibilité d'utiliser le téléservice (problème technique ou difficulté d'usage)"),
                format!("• Code e-photo : {photo}"),
                format!("• État civil : {who}"),
                format!("• Document de séjour : {document}"),
                format!("• Type de demande : {request} ; {in_progress}"),
                format!("• Motif du titre : {}", if ground.is_empty() { "—".to_string() } else { ground }),
                format!("• Contact : {contact}"),
                "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.".into(),
            ];
            letter.basis = vec![
                "CESEDA, article R. 431-2 (accueil et accompagnement des personnes qui ne peuvent déposer seules en ligne)".into(),
                "Arrêté du 1er août 2023 (NOR IOMV2311395A), en vigueur le 5 août 2023".into(),
            ];
        }
        LetterKind::Substitution => {
            let who = civil(&mut need);
            let request = input.request_label();
            if request.is_empty() {
                need.missing.push("type de demande");
            }
            letter.subject = "Demande de mise en œuvre de la solution de substitution".into();
            letter.body = vec![
                "Madame, Monsieur,".into(),
                format!("Je {} {who}, dois effectuer la démarche suivante : {request}. Malgré mes démarches, je ne peux pas la déposer sur le téléservice ANEF.", agreed(id, "soussigné")),
                "J'ai sollicité l'aide du centre de contact citoyen, qui a constaté l'impossibilité du dépôt en ligne (document joint), puis du point d'accueil numérique, sans que ma demande puisse être enregistrée.".into(),
                "Conformément à l'article R. 431-2 du CESEDA et à l'arrêté du 1er août 2023, je vous demande de mettre en œuvre la solution de substitution : l'enregistrement de ma demande lors d'un rendez-vous individuel en préfecture ou, à défaut, son dépôt par courrier ou par courriel.".into(),
                "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.".into(),
            ];
            letter.basis = vec![
                "CESEDA, article R. 431-2 (décret n° 2023-191 du 22 mars 2023)".into(),
                "Arrêté du 1er août 2023 (NOR IOMV2311395A), JORF du 4 août 2023".into(),
            ];
        }
        LetterKind::RefereEvidence => {
            let attempts = &input.case.evidence;
            if attempts.is_empty() {
                need.missing.push("tentatives enregistrées");
            }
            let bar = input.outcome.and_then(|o| o.evidence_bar());
            let s = evidence_summary(attempts, bar);
            letter.to = vec!["À l'attention de l'avocat·e ou du tribunal administratif".into()];
            letter.subject = format!(
                "Tentatives pour obtenir un rendez-vous ou une réponse — {}",
                input.case.title
            );
            letter.body = vec![
                format!("{name} a tenté, sans succès, d'obtenir un rendez-vous ou une réponse de l'administration. Le tableau ci-dessous recense chaque tentative, avec la date, l'heure, le moyen utilisé, le résultat et, le cas échéant, l'empreinte SHA-256 de la capture d'écran enregistrée au moment de la tentative."),
                format!(
                    "En tout : {} tentative(s), sur {} jour(s) différents, {} semaine(s) et {} heure(s) différentes, du premier au dernier essai {} jour(s) ; {} capture(s) d'écran jointe(s).",
                    s.attempts, s.days, s.weeks, s.hours, s.span_days, s.with_screenshot
                ),
                match (s.meets_bar, bar) {
                    (Some(true), Some(b)) => format!("Les tentatives ont été faites au moins {} jours et {} semaines différents, à {} heures différentes, sur plus de {} jours, comme l'exige la jurisprudence (CE, 10 juin 2020, n° 435594).", b.min_days, b.min_weeks, b.min_hours, b.over_days),
                    (Some(false), Some(b)) => format!("Attention : les tentatives ne sont pas encore réparties sur au moins {} jours et {} semaines différents, à {} heures différentes, sur plus de {} jours, comme l'exige la jurisprudence (CE, 10 juin 2020, n° 435594).", b.min_days, b.min_weeks, b.min_hours, b.over_days),
                    _ => "Les tentatives sont réparties comme l'indique le tableau ; la jurisprudence demande des tentatives répétées, qui ne soient pas toutes de la même semaine (CE, 10 juin 2020, n° 435594).".into(),
                },
            ];
            letter.table = evidence_table(attempts);
            letter.basis = vec![
                "Code de justice administrative, article L. 521-3 (référé « mesures utiles »)"
                    .into(),
                "CE, 10 juin 2020, n° 435594".into(),
            ];
        }
        LetterKind::ImplicitRejectionReasons => {
            let who = civil(&mut need);
            let filed = need.date(facts.filed_on, "date de dépôt de la demande");
            let rejection = input
                .outcome
                .and_then(|o| o.implicit_rejection.as_ref())
                .map(|r| r.on);
            let on = need.date(rejection, "date du rejet implicite");
            let within = input.outcome.and_then(|o| o.refusal_appeal());
            let appeal = rejection.zip(within).and_then(|(d, w)| w.apply(d));
            let request = input.request_label();
            letter.subject =
                "Demande de communication des motifs d'une décision implicite de rejet".into();
            letter.body = vec![
                "Madame, Monsieur,".into(),
                format!("Je {} {who}, ai déposé le {filed} une demande ({request}). Faute de réponse, une décision implicite de rejet est née le {on}.", agreed(id, "soussigné")),
                "Je vous demande de bien vouloir me communiquer les motifs de cette décision. La demande de motifs est faite dans le délai de recours contentieux ; les motifs doivent être communiqués dans le mois qui suit.".into(),
                "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.".into(),
            ];
            letter.basis = vec![
                "Code des relations entre le public et l'administration, article L. 232-4 (communication des motifs d'une décision implicite)".into(),
                match appeal {
                    Some(d) => format!("Recours contentieux devant le tribunal administratif : avant le {}", short(d)),
                    None => "Recours contentieux devant le tribunal administratif : dans le délai de recours".into(),
                },
            ];
        }
        LetterKind::DefenseurSaisine => {
            let who = civil(&mut need);
            let s = evidence_summary(
                &input.case.evidence,
                input.outcome.and_then(|o| o.evidence_bar()),
            );
            // The address comes from the pack; where sources disagree, the newest one.
            let postal = input
                .outcome
                .and_then(|o| {
                    o.escalation
                        .iter()
                        .find(|e| e.step == "defenseur_des_droits")
                })
                .and_then(|e| {
                    let postal: Vec<_> = e
                        .contacts
                        .iter()
                        .filter(|c| c.kind == crate::pack::ContactKind::Postal)
                        .collect();
                    postal
                        .iter()
                        .find(|c| c.newest == Some(true))
                        .or(postal.first())
                        .map(|c| (c.value.clone(), c.source.clone()))
                });
            match postal {
                Some((address, source)) => {
                    letter.to = address.split(", ").map(str::to_string).collect();
                    letter
                        .sources
                        .push(format!("Adresse du Défenseur des droits : source {source}"));
                }
                None => need.missing.push("adresse du Défenseur des droits"),
            }
            letter.subject = format!("Saisine : {}", input.case.title);
            let mut body = vec![
                format!("{who}."),
                format!("Démarche : {}.", input.case.title),
            ];
            if let Some(o) = input.outcome {
                body.push(format!(
                    "Canal imposé : {}. {}",
                    labels::channel(crate::i18n::Lang::Fr, o.channel),
                    o.summary
                ));
            }
            if s.attempts > 0 {
                body.push(format!(
                    "Je n'ai pas pu obtenir de rendez-vous ou de réponse malgré {} tentative(s) sur {} jour(s) et {} semaine(s) (tableau joint).",
                    s.attempts, s.days, s.weeks
                ));
            }
            body.push("Je vous demande d'intervenir auprès de la préfecture pour que ma demande puisse être déposée et instruite.".into());
            letter.body = body;
            letter.table = evidence_table(&input.case.evidence);
            letter.basis = vec!["Loi organique n° 2011-333 du 29 mars 2011 relative au Défenseur des droits (relations avec les services publics)".into()];
            if id.address.iter().all(|l| l.trim().is_empty()) {
                need.missing.push("adresse postale");
            }
        }
    }
    need.done(letter)
}

fn evidence_table(attempts: &[Attempt]) -> Vec<Vec<String>> {
    if attempts.is_empty() {
        return Vec::new();
    }
    let mut rows = vec![vec![
        "Date".to_string(),
        "Heure".to_string(),
        "Moyen".to_string(),
        "Résultat".to_string(),
        "Capture (SHA-256)".to_string(),
    ]];
    for a in attempts {
        rows.push(vec![
            short(a.at.date()),
            a.at.format("%H:%M").to_string(),
            a.channel.label(crate::i18n::Lang::Fr),
            a.result.clone(),
            a.screenshot
                .as_ref()
                .map(|s| format!("{} ({})", s.original_name, s.sha256))
                .unwrap_or_else(|| "—".into()),
        ]);
    }
    rows
}
