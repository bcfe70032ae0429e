# Passerelle — interface, French (source language, legally authoritative).
# Keys are in English; every other language translates this file key by key.

## Dates: built from chrono dates; month names and order belong to the language.
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-short = { $day }/{ $month }/{ $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
in-days = { $days ->
    [0] aujourd'hui
    [one] dans { $days } jour
   *[other] dans { $days } jours
}
days-ago = { $days ->
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}

## Filing window and rights of a provisional document
filing-in-window = Demande déposée dans le délai.
filing-out-of-window = Demande déposée hors de ce délai.
window-not-yet-open = Pas encore ouvert : ouvre { in-days }.
window-open = Ouvert : encore { days }.
window-closing-soon = Ferme bientôt : plus que { days } !
window-passed = Dépassé depuis { days }.
right-line = { $right } : { $value }
right-yes = oui
right-no = non
right-not-stated = non précisé par les sources
right-lawful-stay = Séjour régulier
right-work = Travailler
right-social = Droits sociaux
right-travel = Voyager

## Questions of the wizard: `question-<fact>`, its hint, and a short name for dates in the trail of answers
question-departement = Où habitez-vous ?
    .hint = Tapez votre commune, votre code postal ou votre département : « Montreuil », « 93100 », « 93 », « Réunion ».
question-request = Que voulez-vous faire ?
    .hint = Choisissez la démarche qui correspond à votre situation.
question-category = Pour quel motif ?
    .hint = Le motif du titre que vous demandez ou renouvelez.
motive-family-hint = Choisissez d'abord ce qui ressemble le plus à votre situation ; les motifs précis viennent ensuite.
family-family = Famille
    .hint = Vous vivez avec un·e Français·e, ou un membre de votre famille vit en France.
family-work = Travail
    .hint = Vous avez un emploi, une offre d'emploi ou un projet professionnel.
family-studies = Études
    .hint = Vous étudiez en France ou vous venez de finir vos études.
family-health = Santé
    .hint = Vous ou votre enfant avez besoin de soins en France.
family-protection = Protection
    .hint = Vous êtes protégé·e (réfugié·e, protection subsidiaire) ou victime de violences ou de traite.
family-other = Autre situation
    .hint = Jeunesse en France, Europe, carte de résident, visite, régularisation ou autre.
question-nationality = Quelle est votre nationalité ?
    .hint = Certaines règles diffèrent pour les Algériens et les Européens.
question-visa = Avec quel visa êtes-vous entré·e en France ?
    .hint = La mention est écrite sur le visa collé dans votre passeport.
question-situation = Votre séjour est-il régulier aujourd'hui ?
    .hint = Régulier : vous avez un titre, un visa, un récépissé ou une attestation en cours de validité.
question-decision = Qu'avez-vous reçu ?
    .hint = Regardez le titre de la décision : « obligation de quitter le territoire français » (OQTF), ou seulement un refus.
question-ase_placement = À quel âge avez-vous été confié·e à l'aide sociale à l'enfance (ASE) ?
    .hint = La date de la décision de placement (juge des enfants ou département).
question-current_title = Quel titre de séjour avez-vous aujourd'hui ?
    .hint = Le titre que vous avez en ce moment, tel qu'il est écrit sur votre carte ou votre visa.
question-sous_prefecture = De quelle sous-préfecture dépendez-vous ?
    .hint = Elle dépend de votre commune : revenez à la première question et tapez votre commune, ou consultez le site de la préfecture.
question-title_expiry = Jusqu'à quelle date votre titre actuel est-il valable ?
    .hint = La date de fin de validité écrite sur votre carte, au format AAAA-MM-JJ.
    .short = Fin du titre
question-entry_date = Quand êtes-vous entré·e en France ?
    .hint = La date du tampon d'entrée dans votre passeport, au format AAAA-MM-JJ.
    .short = Entrée en France
question-filed_on = Si vous avez déjà déposé la demande : à quelle date ?
    .hint = La date de la confirmation de dépôt ou de l'envoi, au format AAAA-MM-JJ.
    .short = Dépôt

## Choices: `choice-<fact>-<value>` and a one-line hint
choice-request-first_title = Première demande de titre de séjour
    .hint = Vous n'avez jamais eu de carte de séjour en France.
choice-request-renewal = Renouveler mon titre
    .hint = Votre carte arrive bientôt à expiration.
choice-request-change_of_status = Changer de statut
    .hint = Par exemple d'étudiant à salarié.
choice-request-vls_ts_validation = Valider mon visa long séjour (VLS-TS)
    .hint = À faire dans les 3 mois après l'arrivée.
choice-request-duplicate = Carte perdue, volée ou abîmée
    .hint = Demander un duplicata.
choice-request-address_change = J'ai déménagé
    .hint = Déclarer la nouvelle adresse.
choice-request-dcem = Document de circulation pour un enfant mineur (DCEM)
    .hint = Pour qu'un enfant étranger puisse voyager et revenir.
choice-request-travel_document = Titre de voyage (réfugié, protection)
    .hint = Quand vous ne pouvez pas utiliser le passeport de votre pays.
choice-request-recepisse_renewal = Renouveler mon récépissé
    .hint = Votre récépissé arrive à expiration.
choice-request-title_pickup = Retirer ma carte
    .hint = Vous avez reçu un SMS de la préfecture.
choice-request-naturalisation = Devenir Français·e (naturalisation)
    .hint = Demande de nationalité française.
choice-request-asylum = Demander l'asile
    .hint = Vous demandez une protection à la France.
choice-request-work_authorisation = Autorisation de travail
    .hint = Demandée par l'employeur.
choice-request-short_stay_visa_extension = Prolonger un visa court séjour
    .hint = Visa de moins de 3 mois.
choice-request-additional_documents = Envoyer des pièces demandées
    .hint = La préfecture vous a demandé des documents.
choice-request-judgment_execution = Faire exécuter un jugement
    .hint = Le tribunal a donné tort à la préfecture.
choice-request-information_request = Poser une question à la préfecture
    .hint = Sur une demande en cours ou une démarche.
choice-request-contest_decision = J'ai reçu un refus de titre ou une obligation de quitter le territoire (OQTF)
    .hint = Les délais pour agir peuvent être très courts.
choice-category-student = Étudiant·e
    .hint = Études en France.
choice-category-student_job_search = Recherche d'emploi après les études
    .hint = Ou création d'entreprise, après un diplôme.
choice-category-employee = Salarié·e
    .hint = Contrat de travail.
choice-category-temporary_worker = Travailleur temporaire
    .hint = Contrat de moins d'un an.
choice-category-seasonal_worker = Travailleur saisonnier
    .hint = Travail quelques mois par an.
choice-category-talent_passport = Passeport talent
    .hint = Salarié qualifié, chercheur, créateur d'entreprise…
choice-category-talent_family = Famille d'un passeport talent
    .hint = Conjoint ou enfant.
choice-category-visitor = Visiteur
    .hint = Vous vivez de vos ressources, sans travailler.
choice-category-french_spouse = Conjoint·e de Français·e
    .hint = Marié·e à une personne française.
choice-category-pacs_french = Pacsé·e avec un·e Français·e
    .hint = Pacte civil de solidarité.
choice-category-parent_french_child = Parent d'un enfant français
    .hint = Vous élevez un enfant de nationalité française.
choice-category-ascendant_french = Parent à charge d'un·e Français·e
    .hint = Ascendant.
choice-category-child_french = Enfant étranger d'un·e Français·e
    .hint = Votre père ou votre mère est français·e.
choice-category-family_reunification = Regroupement familial
    .hint = Vous avez rejoint un membre de votre famille.
choice-category-eu_citizen = Citoyen·ne de l'UE, de l'EEE ou de Suisse
    .hint = Vous avez la nationalité d'un pays de l'Union européenne, de l'EEE ou de la Suisse.
choice-category-eu_family = Famille d'un·e citoyen·ne européen·ne
    .hint = Vous n'êtes pas vous-même européen·ne.
choice-category-born_in_france = Né·e en France
    .hint = Et scolarisé·e en France.
choice-category-young_adult = Jeune majeur
    .hint = Vous venez d'avoir 18 ans.
choice-category-young_adult_ase = Jeune confié·e à l'aide sociale à l'enfance (ASE)
    .hint = Vous avez été pris·e en charge par l'aide sociale à l'enfance avant vos 18 ans.
choice-category-entered_before_13 = Arrivé·e en France avant 13 ans
    .hint = Et vivant en France depuis.
choice-category-sick_foreigner = Étranger malade
    .hint = Soins impossibles dans votre pays.
choice-category-parent_sick_child = Parent d'un enfant malade
    .hint = Soigné en France.
choice-category-trafficking_victim = Victime de traite ou de proxénétisme
    .hint = Vous avez porté plainte.
choice-category-protection_order = Ordonnance de protection
    .hint = Violences conjugales ou mariage forcé.
choice-category-refugee = Réfugié·e
    .hint = Statut accordé par l'OFPRA ou la CNDA.
choice-category-subsidiary_protection = Protection subsidiaire
    .hint = L'OFPRA ou la CNDA vous a accordé la protection subsidiaire.
choice-category-resident_card = Carte de résident (10 ans)
    .hint = Vous avez déjà une carte de résident.
choice-category-work_accident_pension = Rente d'accident du travail
    .hint = Incapacité d'au moins 20 %.
choice-category-exceptional_admission = Régularisation (admission exceptionnelle)
    .hint = Vous n'avez pas de titre de séjour.
choice-category-long_term_resident_eu = Résident longue durée dans un autre pays de l'UE
    .hint = Vous avez déjà le statut de résident de longue durée dans un autre pays de l'UE.
choice-category-other = Autre motif
    .hint = Votre motif n'est pas dans la liste.
choice-nationality-algerian = Algérienne
    .hint = Accord franco-algérien de 1968.
choice-nationality-eu = Européenne (UE, EEE, Suisse)
choice-nationality-other = Autre nationalité
choice-visa-vls_ts = Visa long séjour valant titre de séjour (VLS-TS)
    .hint = Mention « VLS-TS » sur le visa.
choice-visa-visa_d = Visa long séjour (D)
    .hint = Mention « carte de séjour à solliciter ».
choice-visa-visa_d_concours = Visa D « concours »
choice-visa-visa_d_school_minor = Visa D « mineur scolarisé »
choice-visa-visa_d_au_pair = Visa D « jeune au pair »
choice-visa-short_stay = Visa court séjour (C)
    .hint = Moins de 3 mois.
choice-visa-none = Sans visa
choice-decision-refusal = Un refus de titre, sans OQTF
    .hint = Ou aucune réponse de la préfecture depuis plus de 4 mois.
choice-decision-oqtf = Une obligation de quitter le territoire français (OQTF)
    .hint = Souvent dans la même décision que le refus de titre.
choice-ase_placement-before_16 = Au plus tard le jour de mes 16 ans
choice-ase_placement-from_16_to_18 = Entre 16 et 18 ans
choice-current_title-vls_ts = Visa long séjour valant titre de séjour (VLS-TS)
    .hint = La première année en France, avec le visa validé.
choice-current_title-temporary_card = Carte de séjour temporaire (un an ou moins)
choice-current_title-multi_year_card = Carte de séjour pluriannuelle (2 à 4 ans)
choice-current_title-resident_card = Carte de résident (10 ans ou permanente)
choice-current_title-none = Aucun titre en cours
choice-situation-regular = Oui, séjour régulier
choice-situation-irregular = Non, sans titre valable

## Channels (`channel-<id>`) and provisional documents (`provisional-<kind>`)
channel-anef = En ligne sur l'ANEF
channel-demarches_simplifiees = Formulaire en ligne de la préfecture (Démarches simplifiées)
channel-postal = Par courrier recommandé
channel-prefecture_appointment = À la préfecture, sur rendez-vous
channel-prefecture_walk_in = À la préfecture, sans rendez-vous
channel-contacts_demarches = En ligne sur contacts-demarches
channel-natali = En ligne sur NATALI
channel-spada_guda = Structure de premier accueil (SPADA) puis guichet unique (GUDA)
channel-prefecture_contact_form = Contacter la préfecture
channel-administrative_court = Tribunal administratif
provisional-confirmation_depot = Confirmation de dépôt
provisional-attestation_prolongation = Attestation de prolongation d'instruction
provisional-attestation_decision_favorable = Attestation de décision favorable
provisional-recepisse = Récépissé
provisional-none = Pas de document provisoire

## Common words
choose = Choisir…
close = Fermer
cancel = Annuler
not-saved = Non enregistré : { $error }
pdf-saved = PDF enregistré dans { $path }
save-pdf = Enregistrer en PDF
save-pdf-bilingual = PDF bilingue : français et { $language }
print = Imprimer
no-file-chosen = Aucun fichier choisi (fenêtre annulée, ou pas de fenêtre de choix sur cet ordinateur) : écrivez le chemin dans le champ.
write-path = Écrivez le chemin du fichier à créer, ou cliquez sur « Choisir… ».
not-a-date = « { $value } » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2027-01-31.
date-placeholder = AAAA-MM-JJ
time-placeholder = HH:MM

## Header, tabs, settings
header-rules = Passerelle — règles du { $date } (version { $version })
header-text-size = Texte { $percent } %
header-next-date = Prochaine date : { $name } — { $label }, le { $date } ({ $when })
theme-light = Thème clair
theme-dark = Thème sombre
language = Langue
language-machine = traduction automatique
language-authoritative = Le français fait foi : les lettres et les textes officiels restent en français.
tab-wizard = Assistant
tab-files = Mes dossiers ({ $count })
tab-rules = Règles
settings-unreadable = Vos réglages n'ont pas pu être lus ; les réglages par défaut sont utilisés. { $problem }
settings-not-saved = Vos réglages n'ont pas pu être enregistrés : { $error }
rules-stale = Attention : ces règles ont plus de 6 mois. Les démarches changent souvent : vérifiez sur le site de la préfecture, et mettez les règles à jour.
rules-update = Mettre à jour les règles
pack-broken = Les règles livrées avec Passerelle sont illisibles
keep-kiosk = Emporter ce résultat (clé USB)
keep-files = Enregistrer dans mes dossiers

## Kiosk
kiosk-banner = Poste en libre-service : rien n'est enregistré sur cet ordinateur.
kiosk-erase = Terminer et effacer
kiosk-countdown = Vous êtes toujours là ? Tout sera effacé dans { $seconds } s.
kiosk-still-here = Je suis encore là
kiosk-choose-language = Choisissez votre langue
take-away-profile-name = Mon dossier
take-away-title = Emporter ce résultat
take-away-explain = Un fichier à ouvrir dans Passerelle sur votre ordinateur (Mes dossiers → Importer). Rien n'est gardé sur ce poste.
take-away-path = Chemin sur la clé USB
take-away-save = Enregistrer le fichier
take-away-no-file = Aucun fichier choisi : écrivez le chemin de la clé USB dans le champ (par exemple /media/usb/mon-dossier.passerelle).
take-away-write-path = Écrivez où enregistrer le fichier, ou cliquez sur « Choisir… ».
take-away-saved = Enregistré dans { $path }. Chez vous : Passerelle → Mes dossiers → Importer.

## Wizard
back = { $arrow } Retour
start-over = Recommencer
submit = Valider
progress-question = Question { $number }
progress-answer = { $count ->
    [one] Réponse après { $count } question
   *[other] Réponse après { $count } questions
}
progress-intro = Répondez aux questions une par une ; vous pourrez revenir en arrière.
progress-trail = Vos réponses (cliquez pour changer) :
trail-date = { $label } : { $date }
departement-placeholder = Commune, code postal ou département
communes-reading = Recherche dans la liste des communes…
communes-failed = La liste des communes n'a pas pu être lue ({ $error }) : choisissez votre département.
commune-via = ancienne commune : { $name }
refused-title = Cette situation ne peut pas être traitée ainsi
pdf-no-answer = Pas encore de réponse à mettre en PDF.
pdf-answer-path = Fichier PDF de cette réponse

## Answer
qr-scan = Scannez pour ouvrir la page sur votre téléphone
official-site = ✔ site officiel : { $host }
link-unverified = lien non vérifié
open-official-page = Ouvrir la page officielle
postal-address = Adresse d'envoi
window-dates = Du { $opens } au { $closes }
rejection-date = Date : { $date }
notice = { $label } : { $text }
section-when = Quand déposer
section-no-answer = Sans réponse
section-provisional = Document provisoire à recevoir
section-documents = Documents à préparer
section-blocked = Si vous êtes bloqué·e
section-doubts = À vérifier
section-why = Pourquoi ? Les règles appliquées et leurs sources
why-source = « { $quote } » — { $title } ({ $stated } ; vérifié le { $checked })
undated = non daté
sources-disagree = Les sources divergent : { $values }. La plus récente donne { $newest }.
source-value = { $value } ({ $source }, { $stated })
source-citation = { $title } (vérifié le { $checked })
source-citation-url = { $title } — { $url } (vérifié le { $checked })

## Details for letters (identity)
identity-civility = Civilité (Madame, Monsieur)
identity-first-name = Prénom
identity-last-name = Nom
identity-birth-date = Date de naissance (AAAA-MM-JJ)
identity-birth-place = Lieu de naissance
identity-nationality = Nationalité (par exemple : algérienne)
identity-address1 = Adresse (numéro et rue)
identity-address2 = Code postal et commune
identity-email = Courriel
identity-phone = Téléphone
identity-agdref = Numéro AGDREF (sur le titre ou le récépissé)
identity-anef-request = Numéro de la demande ANEF
identity-title-mention = Mention du titre actuel (par exemple : vie privée et familiale)
identity-title-valid-from = Début de validité du titre (AAAA-MM-JJ)
identity-e-photo-code = Code e-photo

## My files: messages
file-cannot-open = Ce dossier ne peut pas être ouvert : { $error }
file-name-needed = Donnez un nom au dossier (par exemple votre prénom).
file-created = Dossier « { $name } » créé.
file-not-created = Le dossier n'a pas pu être créé : { $error }
case-saved = Démarche enregistrée dans le dossier.
file-exported = Dossier exporté dans { $path }
file-export-failed = Export impossible : { $error }
import-write-path = Écrivez le chemin du fichier à importer, ou cliquez sur « Choisir… ».
file-imported = Dossier « { $name } » importé.
file-import-failed = Import impossible : { $error }
lock-taken = Vous pouvez maintenant modifier vos dossiers.
lock-still-held = Passerelle est toujours ouvert ailleurs sur ces dossiers.
file-deleted = Dossier « { $name } » supprimé.
file-delete-failed = Suppression impossible : { $error }
letter-missing = « { $letter } » : { $missing }. Complétez « Mes informations » ci-dessous (ou la démarche), puis recommencez.
letter-saved = « { $letter } » enregistrée dans { $path }
attempt-bad-time = Date (AAAA-MM-JJ) et heure (HH:MM) de la tentative, par exemple 2026-11-23 et 09:15.
attempt-no-channel = Choisissez comment vous avez essayé (site, téléphone…).
attempt-screenshot-failed = La capture n'a pas pu être copiée : { $error }
attempt-saved = Tentative du { $date } à { $time } enregistrée.
calendar-saved = Calendrier enregistré dans { $path } : ouvrez-le sur votre téléphone pour ajouter les dates.

## My files: screens
read-only = Passerelle est déjà ouvert sur ces dossiers (une autre fenêtre ou un autre compte) : ici, vous pouvez seulement les lire. Fermez l'autre fenêtre pour faire des changements.
retry = Réessayer
file-unreadable = Un dossier n'a pas pu être lu et n'a pas été modifié : { $problem }
files-title = Mes dossiers
files-where = Vos dossiers sont enregistrés sur cet ordinateur, en clair (non chiffrés), dans { $path }
save-where = Où enregistrer « { $title } » ?
save-where-hint = Choisissez un dossier, ou créez-en un ci-dessous.
save-into = Enregistrer dans « { $name } »
files-none = Aucun dossier pour l'instant.
files-filter = Chercher un dossier : nom, démarche, commune ou département
files-filter-none = Aucun dossier ne correspond à « { $query } ».
files-next-date = Prochaine date : { $label } — { $date } ({ $when })
files-no-next-date = Aucune date à venir
files-cases = { $count ->
    [one] { $count } démarche
   *[other] { $count } démarches
} · { $next }
file-open = Ouvrir « { $name } »
file-new-name = Nom du nouveau dossier (par exemple votre prénom)
file-create = Créer le dossier
import-path = Fichier de dossier à importer (.passerelle)
import = Importer
back-to-files = { $arrow } Mes dossiers
rules-changed = Les règles ont changé pour « { $title } » :
rules-changed-added = • ajouté : { $item }
rules-changed-removed = • plus demandé : { $item } (vos coches sont gardées)
file-no-case = Ce dossier ne contient aucune démarche : utilisez l'assistant, puis « Enregistrer dans mes dossiers ».
channel-changed = Attention : quand vous avez enregistré cette démarche, elle passait par « { $then } » ; selon les règles d'aujourd'hui, elle passe par « { $now } ».
tomorrow = demain
yesterday = hier
export-path = Fichier où exporter tout le dossier (.passerelle)
export = Exporter le dossier
delete-confirm = Supprimer ce dossier et ses captures de cet ordinateur ?
delete-yes = Oui, supprimer
delete-no = Non
delete = Supprimer ce dossier…

## Checklist, dates, evidence
checklist-progress = Documents : { $ready } sur { $total } prêts
checklist-new = { " " }— nouveau
checklist-removed = { " " }— plus demandé par les règles
checklist-by-hand = { " " }— ajouté par vous
tick-have = Je l'ai
tick-copy = Copie faite
tick-translation = Traduction à faire
tick-sent = Envoyé
note = Note
checklist-add-placeholder = Ajouter un document
add = Ajouter
checklist-pdf-path = PDF de la liste et des dates
checklist-pdf = Enregistrer la liste en PDF
dates-title = Mes dates
dates-none = Aucune date connue pour cette démarche.
dates-line = { $date } — { $label } ({ $when })
provisional-received-placeholder = Date de réception du document provisoire (AAAA-MM-JJ)
provisional-received-save = Enregistrer la date
calendar-path = Fichier calendrier à créer (.ics)
calendar-export = Exporter vers le calendrier
evidence-title = Preuves de mes tentatives
evidence-explain = Si vous n'obtenez pas de rendez-vous ou de réponse, notez chaque essai : le juge des référés demande des tentatives à des jours et heures différents, sur plus d'une semaine (Conseil d'État, 10 juin 2020, n° 435594).
evidence-summary = { $attempts ->
    [one] { $attempts } tentative
   *[other] { $attempts } tentatives
}, sur { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} et { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
}, à { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures différentes
} ; { $screenshots } avec capture d'écran
evidence-enough = Vos tentatives sont réparties comme le demande la jurisprudence.
evidence-not-enough = Pas encore suffisant : il faut des tentatives sur au moins { $days } jours et { $weeks } semaines différents, à { $hours } heures différentes, étalées sur plus de { $over } jours.
evidence-no-bar = Les règles ne fixent pas de seuil pour ce cas.
evidence-screenshot = { " " }· capture { $name } (SHA-256 { $hash }…)
attempt-new = Nouvelle tentative
attempt-result-placeholder = Ce qui s'est passé (par exemple : aucun créneau proposé)
attempt-screenshot-path = Capture d'écran (facultatif)
attempt-save = Enregistrer la tentative
identity-title = Mes informations (pour les lettres)
identity-hide = Masquer
identity-show = Compléter mes informations
identity-explain = Enregistrées dans ce dossier, en clair, sur cet ordinateur. Remplissez seulement ce que les lettres demandent.
letters-title = Lettres
letters-explain = Écrites en français, la langue de l'administration, à partir de votre dossier. Relisez et modifiez avant d'envoyer.
letters-none = Aucune lettre ne correspond à cette démarche pour l'instant.
letter-path = Fichier où enregistrer la lettre (.txt)
letter-save = Enregistrer la lettre
letter-close = Fermer la lettre

## Letters: their names on screen (the letters themselves are in French) and missing fields
letter-api_urgent = Demande urgente d'attestation de prolongation d'instruction
letter-pan_appointment = Demande de rendez-vous au point d'accueil numérique
letter-substitution = Demande de solution de substitution
letter-refere_evidence = Dossier de preuves des tentatives (référé « mesures utiles »)
letter-implicit_rejection_reasons = Demande des motifs d'un rejet implicite
letter-defenseur_saisine = Résumé pour saisir le Défenseur des droits
letter-missing-fields = il manque : { $fields }
field-adresse-du-defenseur-des-droits = adresse du Défenseur des droits
field-adresse-postale = adresse postale
field-code-e-photo = code e-photo
field-date-de-depot-de-la-demande = date de dépôt de la demande
field-date-de-naissance = date de naissance
field-date-du-rejet-implicite = date du rejet implicite
field-debut-de-validite-du-titre = début de validité du titre
field-fin-de-validite-du-titre = fin de validité du titre
field-lieu-de-naissance = lieu de naissance
field-mention-du-titre-de-sejour = mention du titre de séjour
field-motif-du-titre = motif du titre
field-nationalite = nationalité
field-nom-et-prenom = nom et prénom
field-numero-agdref = numéro AGDREF
field-numero-de-la-demande-anef = numéro de la demande ANEF
field-tentatives-enregistrees = tentatives enregistrées
field-type-de-demande = type de demande
field-telephone-ou-courriel = téléphone ou courriel

## Rules (installing new rule packs)
no-folder-chosen = Aucun dossier choisi (fenêtre annulée, ou pas de fenêtre de choix sur cet ordinateur) : écrivez le chemin dans le champ.
rules-write-path = Écrivez le chemin du dossier des nouvelles règles, ou cliquez sur « Choisir… ».
rules-refused = Ces règles sont refusées : { $error }
rules-installed = Règles { $version } installées (avant : { $before }).
rules-install-refused = Installation refusée : { $error }
rules-rolled-back = Les règles { $version } sont de nouveau utilisées.
rules-rollback-failed = Retour impossible : { $error }
rules-title = Règles utilisées
rules-version = Version { $version } du { $date } — { $origin }
rules-installed-here = installées sur cet ordinateur
rules-bundled = livrées avec Passerelle
rules-explain = Les démarches changent souvent. De nouvelles règles, signées par l'équipe de Passerelle, se présentent comme un dossier : Passerelle vérifie leur signature et chaque règle avant de les utiliser, et garde les précédentes.
rules-path = Dossier des nouvelles règles
rules-check = Vérifier
rules-preview = Règles { $version } du { $date }, signées par : { $signer }
rules-older = Ces règles sont plus anciennes que celles utilisées : elles ne seront pas installées ici (un administrateur peut forcer avec « passerelle pack install --force »).
rules-install = Installer ces règles
rules-rollback = Revenir aux règles précédentes
diff-counts = Règles ajoutées : { $added }, modifiées : { $changed }, retirées : { $removed } ; sources vérifiées à nouveau : { $rechecked }
diff-departements = Départements : { $list }
diff-procedures = Démarches : { $list }
diff-added = Ajoutées : { $list }
diff-changed = Modifiées : { $list }
diff-removed = Retirées : { $list }
diff-rechecked = Source { $source } vérifiée le { $new } (avant : { $old })
diff-outdated = { $language } : règles à traduire à nouveau, affichées en français en attendant ({ $count }) : { $list }

## Dates of a procedure, and how an attempt was made
date-entry = Entrée en France
date-title-expiry = Fin de validité du titre
date-filed = Demande déposée
date-window-opens = Ouverture du délai de dépôt
date-window-closes = Dernier jour pour déposer
date-provisional-received = Document provisoire reçu
date-provisional-ends = Fin de validité maximale de l'attestation (3 mois)
attempt-website = Site de rendez-vous
attempt-phone = Téléphone
attempt-email = Courriel
attempt-counter = Guichet
attempt-mail = Courrier
attempt-other = Autre

## PDFs and printing
pdf-disclaimer = Orientation, pas un conseil juridique : vérifiez sur le site de la préfecture.
pdf-checklist-progress = Documents : { $ready } sur { $total } prêts (au { $date })
pdf-note = Note : { $note }
pdf-footer = { $title } — Passerelle, règles { $version } — page { $page }/{ $pages }
print-sent = Envoyé à l'imprimante : { $job }
print-failed = L'impression a échoué ({ $error }) : enregistrez le PDF et imprimez-le ailleurs.
print-unavailable = Pas d'impression possible sur cet ordinateur : enregistrez le PDF et imprimez-le ailleurs.
print-handed = Confié au programme PDF de l'ordinateur pour l'impression : suivez ce qu'il affiche.
print-opened = Le PDF est ouvert dans le programme de l'ordinateur : imprimez-le depuis ce programme (Ctrl+P).

## Cases that cannot be answered
case-unknown-departement = « { $code } » n'est pas un département : les codes vont de 01 à 95 (2A et 2B pour la Corse) et de 971 à 976.
case-unknown-sous-prefecture = « { $value } » n'est pas une sous-préfecture de ce département.
case-date-after-today = { $what } : le { $date } est dans le futur. Vérifiez la date.
case-no-rule = Aucune règle ne couvre cette situation à cette date : renseignez-vous auprès de la préfecture.
case-unanswered = Les règles d'aujourd'hui ne répondent pas à cette démarche telle qu'elle est enregistrée : { $why } La liste des documents est gardée telle quelle.
case-needs = il faut d'abord répondre à « { $question } ».

## The préfecture or sous-préfecture an answer goes to
answer-office = Votre préfecture ou sous-préfecture : { $office }

# Speech: what is said aloud instead of a web address, and a numbered choice.
speech-address = la page officielle : voyez le QR code
speech-choice = { $number } : { $label }
speech-listen = Écouter (F2)
speech-stop = Arrêter (F3)
speech-previous = Précédent (Page ↑)
speech-next = Suivant (Page ↓)
speech-part = Partie { $number } sur { $count }
speech-speed = Vitesse : { $speed }
speech-speed-slow = lente
speech-speed-normal = normale
speech-speed-fast = rapide
speech-read-aloud-on = ☑ Lire à voix haute (F4)
speech-read-aloud-off = ☐ Lire à voix haute (F4)
speech-unavailable = La lecture à voix haute ne fonctionne pas sur cet ordinateur : aucun service vocal n'a répondu. Tout reste écrit à l'écran.
speech-no-voice = Cet ordinateur n'a pas de voix pour lire cette langue ; les autres langues peuvent être lues.
section-words = Les mots difficiles de cette réponse
glossary-line = { $term } : { $text }
glossary-explain = Expliquer « { $term } »
