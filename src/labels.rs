//! Plain-language French labels for the wizard: each question, and each choice with a one-line
//! hint. French is the authoritative language; translations (issue 5) will key on the same
//! identifiers (`fact name` + `value`).

use crate::facts::{Channel, FactName};
use crate::pack::ProvisionalKind;

pub fn question(fact: FactName) -> &'static str {
    match fact {
        FactName::Departement => "Dans quel département habitez-vous ?",
        FactName::Request => "Que voulez-vous faire ?",
        FactName::Category => "Pour quel motif ?",
        FactName::Nationality => "Quelle est votre nationalité ?",
        FactName::Visa => "Avec quel visa êtes-vous entré·e en France ?",
        FactName::Situation => "Votre séjour est-il régulier aujourd'hui ?",
        FactName::SousPrefecture => "De quelle sous-préfecture dépendez-vous ?",
        FactName::TitleExpiry => "Jusqu'à quelle date votre titre actuel est-il valable ?",
        FactName::EntryDate => "Quand êtes-vous entré·e en France ?",
        FactName::FiledOn => "Si vous avez déjà déposé la demande : à quelle date ?",
    }
}

/// A short name for a date fact, for the trail of answers.
pub fn date_short(fact: FactName) -> &'static str {
    match fact {
        FactName::TitleExpiry => "Fin du titre",
        FactName::EntryDate => "Entrée en France",
        FactName::FiledOn => "Dépôt",
        _ => question(fact),
    }
}

pub fn question_hint(fact: FactName) -> &'static str {
    match fact {
        FactName::Departement => "Tapez le numéro ou une partie du nom : « 93 », « seine st denis », « Réunion ».",
        FactName::Request => "Choisissez la démarche qui correspond à votre situation.",
        FactName::Category => "Le motif du titre que vous demandez ou renouvelez.",
        FactName::Nationality => "Certaines règles diffèrent pour les Algériens et les Européens.",
        FactName::Visa => "La mention est écrite sur le visa collé dans votre passeport.",
        FactName::Situation => "Régulier : vous avez un titre, un visa, un récépissé ou une attestation en cours de validité.",
        FactName::SousPrefecture => "Elle dépend de votre commune ; le site de la préfecture l'indique.",
        FactName::TitleExpiry => "La date de fin de validité écrite sur votre carte, au format AAAA-MM-JJ.",
        FactName::EntryDate => "La date du tampon d'entrée dans votre passeport, au format AAAA-MM-JJ.",
        FactName::FiledOn => "La date de la confirmation de dépôt ou de l'envoi, au format AAAA-MM-JJ.",
    }
}

/// The label and hint of one choice.
pub fn choice(fact: FactName, value: &str) -> (&'static str, &'static str) {
    match (fact, value) {
        (FactName::Request, v) => match v {
            "first_title" => (
                "Première demande de titre de séjour",
                "Vous n'avez jamais eu de carte de séjour en France.",
            ),
            "renewal" => (
                "Renouveler mon titre",
                "Votre carte arrive bientôt à expiration.",
            ),
            "change_of_status" => ("Changer de statut", "Par exemple d'étudiant à salarié."),
            "vls_ts_validation" => (
                "Valider mon visa long séjour (VLS-TS)",
                "À faire dans les 3 mois après l'arrivée.",
            ),
            "duplicate" => ("Carte perdue, volée ou abîmée", "Demander un duplicata."),
            "address_change" => ("J'ai déménagé", "Déclarer la nouvelle adresse."),
            "dcem" => (
                "Document de circulation pour un enfant mineur (DCEM)",
                "Pour qu'un enfant étranger puisse voyager et revenir.",
            ),
            "travel_document" => (
                "Titre de voyage (réfugié, protection)",
                "Quand vous ne pouvez pas utiliser le passeport de votre pays.",
            ),
            "recepisse_renewal" => (
                "Renouveler mon récépissé",
                "Votre récépissé arrive à expiration.",
            ),
            "title_pickup" => (
                "Retirer ma carte",
                "Vous avez reçu un SMS de la préfecture.",
            ),
            "naturalisation" => (
                "Devenir Français·e (naturalisation)",
                "Demande de nationalité française.",
            ),
            "asylum" => (
                "Demander l'asile",
                "Vous demandez une protection à la France.",
            ),
            "work_authorisation" => ("Autorisation de travail", "Demandée par l'employeur."),
            "short_stay_visa_extension" => {
                ("Prolonger un visa court séjour", "Visa de moins de 3 mois.")
            }
            "additional_documents" => (
                "Envoyer des pièces demandées",
                "La préfecture vous a demandé des documents.",
            ),
            "judgment_execution" => (
                "Faire exécuter un jugement",
                "Le tribunal a donné tort à la préfecture.",
            ),
            "information_request" => (
                "Poser une question à la préfecture",
                "Sur une demande en cours ou une démarche.",
            ),
            _ => ("?", ""),
        },
        (FactName::Category, v) => match v {
            "student" => ("Étudiant·e", "Études en France."),
            "student_job_search" => (
                "Recherche d'emploi après les études",
                "Ou création d'entreprise, après un diplôme.",
            ),
            "employee" => ("Salarié·e", "Contrat de travail."),
            "temporary_worker" => ("Travailleur temporaire", "Contrat de moins d'un an."),
            "seasonal_worker" => ("Travailleur saisonnier", "Travail quelques mois par an."),
            "talent_passport" => (
                "Passeport talent",
                "Salarié qualifié, chercheur, créateur d'entreprise…",
            ),
            "talent_family" => ("Famille d'un passeport talent", "Conjoint ou enfant."),
            "visitor" => ("Visiteur", "Vous vivez de vos ressources, sans travailler."),
            "french_spouse" => (
                "Conjoint·e de Français·e",
                "Marié·e à une personne française.",
            ),
            "pacs_french" => ("Pacsé·e avec un·e Français·e", "Pacte civil de solidarité."),
            "parent_french_child" => (
                "Parent d'un enfant français",
                "Vous élevez un enfant de nationalité française.",
            ),
            "ascendant_french" => ("Parent à charge d'un·e Français·e", "Ascendant."),
            "child_french" => ("Enfant étranger d'un·e Français·e", ""),
            "family_reunification" => (
                "Regroupement familial",
                "Vous avez rejoint un membre de votre famille.",
            ),
            "eu_citizen" => ("Citoyen·ne de l'UE, de l'EEE ou de Suisse", ""),
            "eu_family" => (
                "Famille d'un·e citoyen·ne européen·ne",
                "Vous n'êtes pas vous-même européen·ne.",
            ),
            "born_in_france" => ("Né·e en France", "Et scolarisé·e en France."),
            "young_adult" => ("Jeune majeur", "Vous venez d'avoir 18 ans."),
            "young_adult_ase" => ("Jeune confié·e à l'aide sociale à l'enfance (ASE)", ""),
            "entered_before_13" => (
                "Arrivé·e en France avant 13 ans",
                "Et vivant en France depuis.",
            ),
            "sick_foreigner" => ("Étranger malade", "Soins impossibles dans votre pays."),
            "parent_sick_child" => ("Parent d'un enfant malade", "Soigné en France."),
            "trafficking_victim" => (
                "Victime de traite ou de proxénétisme",
                "Vous avez porté plainte.",
            ),
            "protection_order" => (
                "Ordonnance de protection",
                "Violences conjugales ou mariage forcé.",
            ),
            "refugee" => ("Réfugié·e", "Statut accordé par l'OFPRA ou la CNDA."),
            "subsidiary_protection" => ("Protection subsidiaire", ""),
            "resident_card" => (
                "Carte de résident (10 ans)",
                "Vous avez déjà une carte de résident.",
            ),
            "work_accident_pension" => {
                ("Rente d'accident du travail", "Incapacité d'au moins 20 %.")
            }
            "exceptional_admission" => (
                "Régularisation (admission exceptionnelle)",
                "Vous n'avez pas de titre de séjour.",
            ),
            "long_term_resident_eu" => ("Résident longue durée dans un autre pays de l'UE", ""),
            "other" => ("Autre motif", ""),
            _ => ("?", ""),
        },
        (FactName::Nationality, v) => match v {
            "algerian" => ("Algérienne", "Accord franco-algérien de 1968."),
            "eu" => ("Européenne (UE, EEE, Suisse)", ""),
            "other" => ("Autre nationalité", ""),
            _ => ("?", ""),
        },
        (FactName::Visa, v) => match v {
            "vls_ts" => (
                "Visa long séjour valant titre de séjour (VLS-TS)",
                "Mention « VLS-TS » sur le visa.",
            ),
            "visa_d" => (
                "Visa long séjour (D)",
                "Mention « carte de séjour à solliciter ».",
            ),
            "visa_d_concours" => ("Visa D « concours »", ""),
            "visa_d_school_minor" => ("Visa D « mineur scolarisé »", ""),
            "visa_d_au_pair" => ("Visa D « jeune au pair »", ""),
            "short_stay" => ("Visa court séjour (C)", "Moins de 3 mois."),
            "none" => ("Sans visa", ""),
            _ => ("?", ""),
        },
        (FactName::Situation, v) => match v {
            "regular" => ("Oui, séjour régulier", ""),
            "irregular" => ("Non, sans titre valable", ""),
            _ => ("?", ""),
        },
        _ => ("?", ""),
    }
}

pub fn channel(channel: Channel) -> &'static str {
    match channel {
        Channel::Anef => "En ligne sur l'ANEF",
        Channel::DemarchesSimplifiees => {
            "Formulaire en ligne de la préfecture (Démarches simplifiées)"
        }
        Channel::Postal => "Par courrier recommandé",
        Channel::PrefectureAppointment => "À la préfecture, sur rendez-vous",
        Channel::PrefectureWalkIn => "À la préfecture, sans rendez-vous",
        Channel::ContactsDemarches => "En ligne sur contacts-demarches",
        Channel::Natali => "En ligne sur NATALI",
        Channel::SpadaGuda => "Structure de premier accueil (SPADA) puis guichet unique (GUDA)",
        Channel::PrefectureContactForm => "Contacter la préfecture",
    }
}

pub fn provisional(kind: ProvisionalKind) -> &'static str {
    match kind {
        ProvisionalKind::ConfirmationDepot => "Confirmation de dépôt",
        ProvisionalKind::AttestationProlongation => "Attestation de prolongation d'instruction",
        ProvisionalKind::AttestationDecisionFavorable => "Attestation de décision favorable",
        ProvisionalKind::Recepisse => "Récépissé",
        ProvisionalKind::None => "Pas de document provisoire",
    }
}

/// Where the person stands with their filing window: filed in it or not, when the filing date is
/// known; otherwise how far today is from it.
pub fn filing_status(w: &crate::resolver::FilingWindow) -> String {
    match w.filed_in_window {
        Some(true) => "Demande déposée dans le délai.".to_string(),
        Some(false) => "Demande déposée hors de ce délai.".to_string(),
        None => window_status(w.status),
    }
}

/// Where the filing window stands, in one sentence.
pub fn window_status(status: crate::deadlines::WindowStatus) -> String {
    use crate::deadlines::WindowStatus;
    match status {
        WindowStatus::NotYetOpen { days } => {
            format!("Pas encore ouvert : ouvre dans {days} jour(s).")
        }
        WindowStatus::Open { days_left } => format!("Ouvert : encore {days_left} jour(s)."),
        WindowStatus::ClosingSoon { days_left } => {
            format!("Ferme bientôt : plus que {days_left} jour(s) !")
        }
        WindowStatus::Passed { days } => format!("Dépassé depuis {days} jour(s)."),
    }
}

/// "Travailler : oui" — a right a provisional document gives.
pub fn right(label: &str, right: &crate::pack::Right) -> String {
    use crate::pack::Right;
    let value = match right {
        Right::Yes => "oui".to_string(),
        Right::No => "non".to_string(),
        Right::Conditional(c) => c.clone(),
        Right::NotStated => "non précisé par les sources".to_string(),
    };
    format!("{label} : {value}")
}

/// The rights of a provisional document, one line each.
pub fn rights(r: &crate::pack::Rights) -> [String; 4] {
    [
        right("Séjour régulier", &r.lawful_stay),
        right("Travailler", &r.work),
        right("Droits sociaux", &r.social_rights),
        right("Voyager", &r.travel),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{Category, Nationality, Request, Situation, Visa};

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
            .collect();
        let mut seen = std::collections::HashSet::new();
        for (fact, value) in all {
            let (label, _) = choice(fact, value);
            assert_ne!(label, "?", "{fact}={value} has no label");
            assert!(
                seen.insert((fact, label)),
                "{fact}: label {label} used twice"
            );
        }
    }
}
