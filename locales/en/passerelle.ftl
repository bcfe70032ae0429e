# Passerelle — interface, English. Machine translation of the French file (not yet reviewed).

## Dates
date-long = { $day } { $month } { $year }
date-short = { $day }/{ $month }/{ $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
in-days = { $days ->
    [0] today
    [one] in { $days } day
   *[other] in { $days } days
}
days-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}

## Filing window and rights of a provisional document
filing-in-window = Application filed within the time limit.
filing-out-of-window = Application filed outside this time limit.
window-not-yet-open = Not open yet: opens { in-days }.
window-open = Open: { days } left.
window-closing-soon = Closing soon: only { days } left!
window-passed = Passed { days } ago.
right-line = { $right }: { $value }
right-yes = yes
right-no = no
right-not-stated = not stated by the sources
right-lawful-stay = Lawful stay
right-work = Work
right-social = Social rights
right-travel = Travel

## Questions
question-departement = Where do you live?
    .hint = Type your town, postcode or département: “Montreuil”, “93100”, “93”, “Réunion”.
question-request = What do you want to do?
    .hint = Choose the procedure that matches your situation.
question-category = On what grounds?
    .hint = The grounds of the permit you are applying for or renewing.
motive-family-hint = First choose what is closest to your situation; the exact grounds come next.
family-family = Family
    .hint = You live with a French citizen, or a member of your family lives in France.
family-work = Work
    .hint = You have a job, a job offer or a business plan.
family-studies = Studies
    .hint = You study in France or have just finished your studies.
family-health = Health
    .hint = You or your child need medical care in France.
family-protection = Protection
    .hint = You are protected (refugee, subsidiary protection) or a victim of violence or trafficking.
family-other = Other situation
    .hint = Growing up in France, Europe, resident card, visitor, regularisation or other.
question-nationality = What is your nationality?
    .hint = Some rules differ for Algerians and Europeans.
question-visa = With which visa did you enter France?
    .hint = The type is written on the visa stuck in your passport.
question-situation = Are you lawfully resident today?
    .hint = Lawful: you have a valid permit, visa, récépissé or attestation.
question-decision = What did you receive?
    .hint = Look at the title of the decision: "obligation de quitter le territoire français" (OQTF), or only a refusal.
question-ase_placement = How old were you when you were placed with child welfare (ASE)?
    .hint = The date of the placement decision (children's judge or département).
question-current_title = Which residence document do you hold today?
    .hint = The document you have now, as written on your card or visa.
question-sous_prefecture = Which sous-préfecture do you depend on?
    .hint = It depends on your town: go back to the first question and type your town, or see the préfecture's website.
question-title_expiry = Until what date is your current permit valid?
    .hint = The expiry date written on your card, as YYYY-MM-DD.
    .short = Permit ends
question-entry_date = When did you enter France?
    .hint = The date of the entry stamp in your passport, as YYYY-MM-DD.
    .short = Entry into France
question-filed_on = If you have already filed the application: on what date?
    .hint = The date of the filing confirmation or of sending, as YYYY-MM-DD.
    .short = Filed

## Choices
choice-request-first_title = First residence permit application
    .hint = You have never had a residence card in France.
choice-request-renewal = Renew my permit
    .hint = Your card expires soon.
choice-request-change_of_status = Change status
    .hint = For example from student to employee.
choice-request-vls_ts_validation = Validate my long-stay visa (VLS-TS)
    .hint = To do within 3 months of arrival.
choice-request-duplicate = Card lost, stolen or damaged
    .hint = Ask for a duplicate.
choice-request-address_change = I have moved
    .hint = Declare the new address.
choice-request-dcem = Travel document for a minor child (DCEM)
    .hint = So that a foreign child can travel and come back.
choice-request-travel_document = Travel document (refugee, protection)
    .hint = When you cannot use your country's passport.
choice-request-recepisse_renewal = Renew my récépissé
    .hint = Your récépissé is expiring.
choice-request-title_pickup = Collect my card
    .hint = You received a text message from the préfecture.
choice-request-naturalisation = Become French (naturalisation)
    .hint = Application for French nationality.
choice-request-asylum = Apply for asylum
    .hint = You are asking France for protection.
choice-request-work_authorisation = Work authorisation
    .hint = Requested by the employer.
choice-request-short_stay_visa_extension = Extend a short-stay visa
    .hint = Visa of less than 3 months.
choice-request-additional_documents = Send documents that were asked for
    .hint = The préfecture asked you for documents.
choice-request-judgment_execution = Have a court judgment carried out
    .hint = The court ruled against the préfecture.
choice-request-information_request = Ask the préfecture a question
    .hint = About a pending application or a procedure.
choice-request-contest_decision = I received a refusal of my permit or an order to leave France (OQTF)
    .hint = The time limits to act can be very short.
choice-category-student = Student
    .hint = Studies in France.
choice-category-student_job_search = Job search after studies
    .hint = Or starting a business, after a degree.
choice-category-employee = Employee
    .hint = Employment contract.
choice-category-temporary_worker = Temporary worker
    .hint = Contract of less than a year.
choice-category-seasonal_worker = Seasonal worker
    .hint = Work a few months a year.
choice-category-talent_passport = Talent passport
    .hint = Skilled employee, researcher, business founder…
choice-category-talent_family = Family of a talent passport holder
    .hint = Spouse or child.
choice-category-visitor = Visitor
    .hint = You live on your own means, without working.
choice-category-french_spouse = Spouse of a French national
    .hint = Married to a French person.
choice-category-pacs_french = In a PACS with a French national
    .hint = Civil solidarity pact.
choice-category-parent_french_child = Parent of a French child
    .hint = You are raising a child of French nationality.
choice-category-ascendant_french = Dependent parent of a French national
    .hint = Ascendant.
choice-category-child_french = Foreign child of a French national
    .hint = Your father or your mother is French.
choice-category-family_reunification = Family reunification
    .hint = You joined a member of your family.
choice-category-eu_citizen = Citizen of the EU, the EEA or Switzerland
    .hint = You are a national of a European Union country, the EEA or Switzerland.
choice-category-eu_family = Family member of a European citizen
    .hint = You are not European yourself.
choice-category-born_in_france = Born in France
    .hint = And schooled in France.
choice-category-young_adult = Young adult
    .hint = You have just turned 18.
choice-category-young_adult_ase = Young person in child welfare care (ASE)
    .hint = You were in the care of child welfare (ASE) before you turned 18.
choice-category-entered_before_13 = Arrived in France before age 13
    .hint = And living in France since.
choice-category-sick_foreigner = Foreign national who is ill
    .hint = Care not available in your country.
choice-category-parent_sick_child = Parent of a sick child
    .hint = Treated in France.
choice-category-trafficking_victim = Victim of human trafficking or pimping
    .hint = You have filed a complaint.
choice-category-protection_order = Protection order
    .hint = Domestic violence or forced marriage.
choice-category-refugee = Refugee
    .hint = Status granted by OFPRA or the CNDA.
choice-category-subsidiary_protection = Subsidiary protection
    .hint = OFPRA or the CNDA granted you subsidiary protection.
choice-category-resident_card = Resident card (10 years)
    .hint = You already have a resident card.
choice-category-work_accident_pension = Work accident pension
    .hint = Incapacity of at least 20%.
choice-category-exceptional_admission = Regularisation (exceptional admission)
    .hint = You have no residence permit.
choice-category-long_term_resident_eu = Long-term resident in another EU country
    .hint = You already have long-term resident status in another EU country.
choice-category-other = Other grounds
    .hint = Your ground is not in the list.
choice-nationality-algerian = Algerian
    .hint = Franco-Algerian agreement of 1968.
choice-nationality-eu = European (EU, EEA, Switzerland)
choice-nationality-other = Other nationality
choice-visa-vls_ts = Long-stay visa serving as a residence permit (VLS-TS)
    .hint = “VLS-TS” written on the visa.
choice-visa-visa_d = Long-stay visa (D)
    .hint = “carte de séjour à solliciter” written on it.
choice-visa-visa_d_concours = D visa “concours” (competitive exam)
choice-visa-visa_d_school_minor = D visa “mineur scolarisé” (minor at school)
choice-visa-visa_d_au_pair = D visa “jeune au pair”
choice-visa-short_stay = Short-stay visa (C)
    .hint = Less than 3 months.
choice-visa-none = No visa
choice-decision-refusal = A refusal of the permit, without OQTF
    .hint = Or no answer from the préfecture for more than 4 months.
choice-decision-oqtf = An order to leave French territory (OQTF)
    .hint = Often in the same decision as the refusal.
choice-ase_placement-before_16 = On or before my 16th birthday
choice-ase_placement-from_16_to_18 = Between 16 and 18
choice-current_title-vls_ts = Long-stay visa equivalent to a residence permit (VLS-TS)
    .hint = The first year in France, with the validated visa.
choice-current_title-temporary_card = Temporary residence card (one year or less)
choice-current_title-multi_year_card = Multi-year residence card (2 to 4 years)
choice-current_title-resident_card = Resident card (10 years or permanent)
choice-current_title-none = No current document
choice-situation-regular = Yes, lawfully resident
choice-situation-irregular = No, without a valid permit

## Channels and provisional documents
channel-anef = Online on ANEF
channel-demarches_simplifiees = The préfecture's online form (Démarches simplifiées)
channel-postal = By registered post
channel-prefecture_appointment = At the préfecture, by appointment
channel-prefecture_walk_in = At the préfecture, without an appointment
channel-contacts_demarches = Online on contacts-demarches
channel-natali = Online on NATALI
channel-spada_guda = First reception service (SPADA), then single desk (GUDA)
channel-prefecture_contact_form = Contact the préfecture
channel-administrative_court = Administrative court
provisional-confirmation_depot = Filing confirmation (confirmation de dépôt)
provisional-attestation_prolongation = Certificate extending the examination (attestation de prolongation d'instruction)
provisional-attestation_decision_favorable = Certificate of favourable decision
provisional-recepisse = Récépissé (receipt)
provisional-none = No provisional document

## Common words
choose = Choose…
close = Close
cancel = Cancel
not-saved = Not saved: { $error }
pdf-saved = PDF saved in { $path }
save-pdf = Save as PDF
save-pdf-bilingual = Bilingual PDF: French and { $language }
print = Print
no-file-chosen = No file chosen (window cancelled, or no file window on this computer): type the path in the field.
write-path = Type the path of the file to create, or click “Choose…”.
not-a-date = “{ $value }” is not a date: write it YYYY-MM-DD, for example 2027-01-31.
date-placeholder = YYYY-MM-DD
time-placeholder = HH:MM

## Header, tabs, settings
header-rules = Passerelle — rules of { $date } (version { $version })
header-text-size = Text { $percent }%
header-next-date = Next date: { $name } — { $label }, on { $date } ({ $when })
theme-light = Light theme
theme-dark = Dark theme
language = Language
language-machine = machine translation
language-authoritative = French is authoritative: letters and official texts stay in French.
tab-wizard = Assistant
tab-files = My files ({ $count })
tab-rules = Rules
settings-unreadable = Your settings could not be read; the default settings are used. { $problem }
settings-not-saved = Your settings could not be saved: { $error }
rules-stale = Warning: these rules are more than 6 months old. Procedures change often: check the préfecture's website, and update the rules.
rules-update = Update the rules
pack-broken = The rules shipped with Passerelle cannot be read
keep-kiosk = Take this result with you (USB stick)
keep-files = Save in my files

## Kiosk
kiosk-banner = Public computer: nothing is saved on this computer.
kiosk-erase = Finish and erase
kiosk-countdown = Are you still there? Everything will be erased in { $seconds } s.
kiosk-still-here = I am still here
kiosk-choose-language = Choose your language
take-away-profile-name = My file
take-away-title = Take this result with you
take-away-explain = A file to open in Passerelle on your own computer (My files → Import). Nothing is kept on this computer.
take-away-path = Path on the USB stick
take-away-save = Save the file
take-away-no-file = No file chosen: type the path on the USB stick in the field (for example /media/usb/mon-dossier.passerelle).
take-away-write-path = Type where to save the file, or click “Choose…”.
take-away-saved = Saved in { $path }. At home: Passerelle → My files → Import.

## Wizard
back = { $arrow } Back
start-over = Start over
submit = Confirm
progress-question = Question { $number }
progress-answer = { $count ->
    [one] Answer after { $count } question
   *[other] Answer after { $count } questions
}
progress-intro = Answer the questions one by one; you can go back.
progress-trail = Your answers (click to change):
trail-date = { $label }: { $date }
departement-placeholder = Town, postcode or département
communes-reading = Searching the list of communes…
communes-failed = The list of communes could not be read ({ $error }): choose your département.
commune-via = former commune: { $name }
refused-title = This situation cannot be handled this way
pdf-no-answer = No answer to put in a PDF yet.
pdf-answer-path = PDF file for this answer

## Answer
qr-scan = Scan to open the page on your phone
official-site = ✔ official site: { $host }
link-unverified = unverified link
open-official-page = Open the official page
postal-address = Postal address
window-dates = From { $opens } to { $closes }
rejection-date = Date: { $date }
notice = { $label }: { $text }
section-when = When to file
section-no-answer = Without an answer
section-provisional = Provisional document to expect
section-documents = Documents to prepare
section-blocked = If you are stuck
section-doubts = To check
section-why = Why? The rules applied and their sources
why-source = “{ $quote }” — { $title } ({ $stated }; checked on { $checked })
undated = undated
sources-disagree = The sources disagree: { $values }. The most recent gives { $newest }.
source-value = { $value } ({ $source }, { $stated })
source-citation = { $title } (checked on { $checked })
source-citation-url = { $title } — { $url } (checked on { $checked })

## Details for letters
identity-civility = Title (Madame, Monsieur — in French)
identity-first-name = First name
identity-last-name = Last name
identity-birth-date = Date of birth (YYYY-MM-DD)
identity-birth-place = Place of birth
identity-nationality = Nationality, in French (for example: algérienne)
identity-address1 = Address (number and street)
identity-address2 = Postcode and town
identity-email = Email
identity-phone = Telephone
identity-agdref = AGDREF number (on the permit or the récépissé)
identity-anef-request = ANEF application number
identity-title-mention = Type of current permit, in French (for example: vie privée et familiale)
identity-title-valid-from = Permit valid from (YYYY-MM-DD)
identity-e-photo-code = E-photo code

## My files: messages
file-cannot-open = This file cannot be opened: { $error }
file-name-needed = Give the file a name (for example your first name).
file-created = File “{ $name }” created.
file-not-created = The file could not be created: { $error }
case-saved = Procedure saved in the file.
file-exported = File exported to { $path }
file-export-failed = Export failed: { $error }
import-write-path = Type the path of the file to import, or click “Choose…”.
file-imported = File “{ $name }” imported.
file-import-failed = Import failed: { $error }
lock-taken = You can now change your files.
lock-still-held = Passerelle is still open elsewhere on these files.
file-deleted = File “{ $name }” deleted.
file-delete-failed = Deletion failed: { $error }
letter-missing = “{ $letter }”: { $missing }. Fill in “My details” below (or the procedure), then try again.
letter-saved = “{ $letter }” saved in { $path }
attempt-bad-time = Date (YYYY-MM-DD) and time (HH:MM) of the attempt, for example 2026-11-23 and 09:15.
attempt-no-channel = Choose how you tried (website, phone…).
attempt-screenshot-failed = The screenshot could not be copied: { $error }
attempt-saved = Attempt of { $date } at { $time } saved.
calendar-saved = Calendar saved in { $path }: open it on your phone to add the dates.

## My files: screens
read-only = Passerelle is already open on these files (another window or another account): here you can only read them. Close the other window to make changes.
retry = Try again
file-unreadable = A file could not be read and was not changed: { $problem }
files-title = My files
files-where = Your files are saved on this computer, unencrypted, in { $path }
save-where = Where to save “{ $title }”?
save-where-hint = Choose a file, or create one below.
save-into = Save in “{ $name }”
files-none = No files yet.
files-filter = Find a file: name, procedure, town or département
files-filter-none = No file matches “{ $query }”.
files-next-date = Next date: { $label } — { $date } ({ $when })
files-no-next-date = No upcoming date
files-cases = { $count ->
    [one] { $count } procedure
   *[other] { $count } procedures
} · { $next }
file-open = Open “{ $name }”
file-new-name = Name of the new file (for example your first name)
file-create = Create the file
import-path = File to import (.passerelle)
import = Import
back-to-files = { $arrow } My files
rules-changed = The rules have changed for “{ $title }”:
rules-changed-added = • added: { $item }
rules-changed-removed = • no longer required: { $item } (your ticks are kept)
file-no-case = This file has no procedure: use the assistant, then “Save in my files”.
channel-changed = Warning: when you saved this procedure, it went through “{ $then }”; under today's rules, it goes through “{ $now }”.
tomorrow = tomorrow
yesterday = yesterday
export-path = File to export the whole file to (.passerelle)
export = Export the file
delete-confirm = Delete this file and its screenshots from this computer?
delete-yes = Yes, delete
delete-no = No
delete = Delete this file…

## Checklist, dates, evidence
checklist-progress = Documents: { $ready } of { $total } ready
checklist-new = { " " }— new
checklist-removed = { " " }— no longer required by the rules
checklist-by-hand = { " " }— added by you
tick-have = I have it
tick-copy = Copy made
tick-translation = Translation needed
tick-sent = Sent
note = Note
checklist-add-placeholder = Add a document
add = Add
checklist-pdf-path = PDF of the list and the dates
checklist-pdf = Save the list as PDF
dates-title = My dates
dates-none = No known date for this procedure.
dates-line = { $date } — { $label } ({ $when })
provisional-received-placeholder = Date the provisional document was received (YYYY-MM-DD)
provisional-received-save = Save the date
calendar-path = Calendar file to create (.ics)
calendar-export = Export to calendar
evidence-title = Evidence of my attempts
evidence-explain = If you get no appointment or no answer, write down every attempt: the judge in urgent proceedings asks for attempts on different days and at different times, over more than one week (Conseil d'État, 10 June 2020, no. 435594).
evidence-summary = { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
}, over { $days ->
    [one] { $days } day
   *[other] { $days } days
} and { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}, at { $hours ->
    [one] { $hours } hour
   *[other] { $hours } different hours
}; { $screenshots } with a screenshot
evidence-enough = Your attempts are spread out as the case law requires.
evidence-not-enough = Not enough yet: attempts are needed on at least { $days } different days and { $weeks } different weeks, at { $hours } different times of day, spread over more than { $over } days.
evidence-no-bar = The rules set no threshold for this case.
evidence-screenshot = { " " }· screenshot { $name } (SHA-256 { $hash }…)
attempt-new = New attempt
attempt-result-placeholder = What happened (for example: no slot offered)
attempt-screenshot-path = Screenshot (optional)
attempt-save = Save the attempt
identity-title = My details (for the letters)
identity-hide = Hide
identity-show = Fill in my details
identity-explain = Saved in this file, unencrypted, on this computer. Fill in only what the letters need.
letters-title = Letters
letters-explain = Written in French, the language of the administration, from your file. Read and edit them before sending.
letters-none = No letter fits this procedure for now.
letter-path = File to save the letter in (.txt)
letter-save = Save the letter
letter-close = Close the letter

## Letters and missing fields
letter-api_urgent = Urgent request for the certificate extending the examination
letter-pan_appointment = Request for an appointment at the digital reception point
letter-substitution = Request for the alternative solution (solution de substitution)
letter-refere_evidence = Evidence file of the attempts (urgent “mesures utiles” proceedings)
letter-implicit_rejection_reasons = Request for the reasons of an implicit rejection
letter-defenseur_saisine = Summary for a referral to the Défenseur des droits
letter-missing-fields = missing: { $fields }
field-adresse-du-defenseur-des-droits = address of the Défenseur des droits
field-adresse-postale = postal address
field-code-e-photo = e-photo code
field-date-de-depot-de-la-demande = date the application was filed
field-date-de-naissance = date of birth
field-date-du-rejet-implicite = date of the implicit rejection
field-debut-de-validite-du-titre = permit valid from
field-fin-de-validite-du-titre = permit expiry date
field-lieu-de-naissance = place of birth
field-mention-du-titre-de-sejour = type of residence permit
field-motif-du-titre = grounds of the permit
field-nationalite = nationality
field-nom-et-prenom = first and last name
field-numero-agdref = AGDREF number
field-numero-de-la-demande-anef = ANEF application number
field-tentatives-enregistrees = recorded attempts
field-type-de-demande = type of application
field-telephone-ou-courriel = telephone or email

## Rules
no-folder-chosen = No folder chosen (window cancelled, or no file window on this computer): type the path in the field.
rules-write-path = Type the path of the folder with the new rules, or click “Choose…”.
rules-refused = These rules are refused: { $error }
rules-installed = Rules { $version } installed (before: { $before }).
rules-install-refused = Installation refused: { $error }
rules-rolled-back = Rules { $version } are in use again.
rules-rollback-failed = Going back failed: { $error }
rules-title = Rules in use
rules-version = Version { $version } of { $date } — { $origin }
rules-installed-here = installed on this computer
rules-bundled = shipped with Passerelle
rules-explain = Procedures change often. New rules, signed by the Passerelle team, come as a folder: Passerelle checks their signature and every rule before using them, and keeps the previous ones.
rules-path = Folder with the new rules
rules-check = Check
rules-preview = Rules { $version } of { $date }, signed by: { $signer }
rules-older = These rules are older than the ones in use: they will not be installed here (an administrator can force it with “passerelle pack install --force”).
rules-install = Install these rules
rules-rollback = Go back to the previous rules
diff-counts = Rules added: { $added }, changed: { $changed }, removed: { $removed }; sources checked again: { $rechecked }
diff-departements = Départements: { $list }
diff-procedures = Procedures: { $list }
diff-added = Added: { $list }
diff-changed = Changed: { $list }
diff-removed = Removed: { $list }
diff-rechecked = Source { $source } checked on { $new } (before: { $old })
diff-outdated = { $language }: rules to translate again, shown in French meanwhile ({ $count }): { $list }

## Dates of a procedure, and how an attempt was made
date-entry = Entry into France
date-title-expiry = Permit expiry
date-filed = Application filed
date-window-opens = Filing period opens
date-window-closes = Last day to file
date-provisional-received = Provisional document received
date-provisional-ends = Latest end of the certificate's validity (3 months)
attempt-website = Appointment website
attempt-phone = Telephone
attempt-email = Email
attempt-counter = Counter
attempt-mail = Post
attempt-other = Other

## PDFs and printing
pdf-disclaimer = Guidance, not legal advice: check on the préfecture's website.
pdf-checklist-progress = Documents: { $ready } of { $total } ready (on { $date })
pdf-note = Note: { $note }
pdf-footer = { $title } — Passerelle, rules { $version } — page { $page }/{ $pages }
print-sent = Sent to the printer: { $job }
print-failed = Printing failed ({ $error }): save the PDF and print it elsewhere.
print-unavailable = No printing possible on this computer: save the PDF and print it elsewhere.
print-handed = Handed to the computer's PDF program for printing: follow what it shows.
print-opened = The PDF is open in the computer's program: print it from there (Ctrl+P).

## Cases that cannot be answered
case-unknown-departement = “{ $code }” is not a département: codes go from 01 to 95 (2A and 2B for Corsica) and from 971 to 976.
case-unknown-sous-prefecture = “{ $value }” is not a sous-préfecture of this département.
case-date-after-today = { $what }: { $date } is in the future. Check the date.
case-no-rule = No rule covers this situation on this date: ask the préfecture.
case-unanswered = Today's rules give no answer to this procedure as saved: { $why } The document list is kept as it is.
case-needs = the question “{ $question }” must be answered first.

## The préfecture or sous-préfecture an answer goes to
answer-office = Your préfecture or sous-préfecture: { $office }

# Speech: what is said aloud instead of a web address, and a numbered choice.
speech-address = the official page: see the QR code
speech-choice = { $number }: { $label }
speech-listen = Listen (F2)
speech-stop = Stop (F3)
speech-previous = Previous (Page ↑)
speech-next = Next (Page ↓)
speech-part = Part { $number } of { $count }
speech-speed = Speed: { $speed }
speech-speed-slow = slow
speech-speed-normal = normal
speech-speed-fast = fast
speech-read-aloud-on = ☑ Read aloud (F4)
speech-read-aloud-off = ☐ Read aloud (F4)
speech-unavailable = Reading aloud does not work on this computer: no speech service answered. Everything stays written on the screen.
speech-no-voice = This computer has no voice to read this language; other languages can still be read.
section-words = The hard words of this answer
glossary-line = { $term }: { $text }
glossary-explain = Explain “{ $term }”
