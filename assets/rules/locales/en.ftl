# Passerelle rule pack — texts in English (en). Machine translation of the French in the .ron
# files, which are authoritative. Regenerate a template with `passerelle pack strings en`.

# fr: 09810191
r-04-sve =
    .title = Récépissé, duplicate, change of address, DCEM: online referral (contacts-demarches)
    .doubt = Préfecture page updated on 3 August 2020; duplicate, change of address and DCEM have moved to ANEF since.
    .summary = Apply online on the State's online referral site (contacts-demarches); the préfecture then contacts you to collect the document.
    .instructions-1 = If the file is complete, the préfecture contacts you for a collection appointment; if a document is missing, you receive an email.

# fr: f607978a
r-06-first_title =
    .title = First applications (family and work immigration): appointment through an online form
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = The Alpes-Maritimes préfecture receives by appointment only: ask for one by filling in the online form on its website.

# fr: d0f44ffc
r-06-students-special_visas =
    .title = D visas “concours”, “mineurs scolarisés”, “jeune au pair”: file by post
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Send your file by post to the Alpes-Maritimes préfecture (the address is on the “Étudiants étrangers” page).
    .instructions-1 = Send it by registered letter with acknowledgement of receipt and keep a full copy of the file.

# fr: e9aedd5b
r-06-student_to_employee =
    .title = Change of status from student to employee: file by post
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Send your change-of-status file by post to the Alpes-Maritimes préfecture (see the “Étudiants étrangers” page).
    .instructions-1 = Send it by registered letter with acknowledgement of receipt and keep a full copy of the file.

# fr: b87f7ba6
r-06-job_search =
    .title = “Job search – business creation” permit: file by post
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Send your file by post to the Alpes-Maritimes préfecture (see the “Étudiants étrangers” page).
    .instructions-1 = Send it by registered letter with acknowledgement of receipt and keep a full copy of the file.

# fr: f0b01aea
r-06-sick_foreigner =
    .title = Permit for medical care (foreign national who is ill): file by post
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Send your file by post to the Alpes-Maritimes préfecture.
    .instructions-1 = Send it by registered letter with acknowledgement of receipt and keep a full copy of the file.

# fr: e4837d50
r-06-aes =
    .title = Exceptional admission to stay: file by post
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Send your application for exceptional admission to stay by post to the Alpes-Maritimes préfecture.
    .instructions-1 = Send it by registered letter with acknowledgement of receipt and keep a full copy of the file.

# fr: 708726a8
r-06-renewals =
    .title = Renewals: file by post (except permits that moved to ANEF)
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Send your renewal application by post to the Alpes-Maritimes préfecture (the address is on the “Renouvellement du titre de séjour” page).
    .instructions-1 = Send it by registered letter with acknowledgement of receipt and keep a full copy of the file.

# fr: 364477f6
r-06-vls_ts_renewal =
    .title = First renewal after a VLS-TS: appointment as for a first application
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = For your first visit to the préfecture after a VLS-TS, make an appointment as for a first application.

# fr: 90f2ce67
r-06-recepisse_renewal =
    .title = Renewal of the 6-month récépissé: contacts-demarches online procedure
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Ask for the renewal of your récépissé through the contacts-demarches online procedure: it is the only way to send it.

# fr: 1b885084
r-06-title_pickup =
    .title = Collecting a permit, a DCEM or a travel document after a text message: no appointment
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = After receiving the text message, go to the Alpes-Maritimes préfecture, without an appointment.
    .hours = Monday to Friday except Thursday, 1:30 pm to 2:30 pm

# fr: 85ae74f8
r-06-additional_documents =
    .title = Additional documents requested by the department
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Follow the préfecture's page “Je souhaite répondre à une demande de pièces complémentaires”.

# fr: e200a0ef
r-06-judgment_execution =
    .title = Enforcement of a judgment of the administrative court or the administrative court of appeal
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Follow the préfecture's page “Je sollicite l'exécution d'un jugement”.

# fr: f8cb9b30
r-06-information_request =
    .title = Request for information: the website's questionnaire, one topic only
    .doubt = Préfecture announcement of November 2021: several procedures have moved to ANEF since. Check on the préfecture's website.
    .summary = Ask your question through the “Contactez-nous” questionnaire on the préfecture's website, choosing a single topic.
    .instructions-1 = Give your foreign national number if you have one.
    .instructions-2 = A request that mixes several topics is not handled: choose the topic that matches your situation.

# fr: 6f306dc6
r-06-short_stay_visa_extension =
    .title = Extension of a short-stay visa
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Ask for the extension of your short-stay visa on the Alpes-Maritimes préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 9aa2c43a
r-14-first_title-visa_d =
    .title = First application with a D visa: online pre-application
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Make your online pre-application on the Calvados préfecture's Démarches simplifiées form (first application with a D visa).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 861d9c5e
r-14-first_title-other =
    .title = First application, other situations: online pre-application
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Make your online pre-application on the Calvados préfecture's Démarches simplifiées form (first application, other situations).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: c0d60eff
r-14-entered_before_13 =
    .title = Young adult who entered France before age 13: online pre-application
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Make your online pre-application on the Calvados préfecture's Démarches simplifiées form (young adult who entered France before age 13).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 2a6ee268
r-14-change_of_status =
    .title = Change of status: online pre-application
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Make your change-of-status pre-application online on the Calvados préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: f5923fb8
r-14-parent_sick_child =
    .title = Parent of a sick child: online pre-application
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Make your online pre-application on the Calvados préfecture's Démarches simplifiées form (parent of a sick child).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: a676cf21
r-14-sick_foreigner =
    .title = Foreign national who is ill: online first application
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Make your first “étranger malade” application on the Calvados préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 6fb1b6f7
r-14-aes =
    .title = Exceptional admission to stay: by post only
    .doubt = Guide of the ASTI du Calvados (an association), up to date on 23 January 2025; check on the préfecture's website.
    .summary = Your application for exceptional admission to stay is sent by post only, to the Calvados préfecture.
    .instructions-1 = Send it by registered letter with acknowledgement of receipt.
    .instructions-2 = Before sending, make a copy or a scan of the whole file (completed and signed form, supporting documents).

# fr: a36ad14a
r-35-entered_before_13 =
    .title = 1st VPF card: entered France before age 13
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Ille-et-Vilaine préfecture's Démarches simplifiées form (entered France before age 13).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 32b5ed24
r-35-pacs_french =
    .title = 1st VPF card: in a PACS with a French national
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Ille-et-Vilaine préfecture's Démarches simplifiées form (in a PACS with a French national).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: f5f75403
r-35-parent_sick_child =
    .title = 1st VPF card: accompanying a sick foreign child
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Ille-et-Vilaine préfecture's Démarches simplifiées form (accompanying a sick child).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 4974d961
r-35-employee =
    .title = 1st employee / temporary worker card
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Ille-et-Vilaine préfecture's Démarches simplifiées form (employee or temporary worker).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: ffbdeb1a
r-35-young_adult_ase =
    .title = 1st card: young person placed with the ASE between 16 and 18
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Ille-et-Vilaine préfecture's Démarches simplifiées form (young person placed with the ASE between 16 and 18).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: cbba71f4
r-35-long_term_resident_eu =
    .title = 1st employee card for an EU long-term resident
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Ille-et-Vilaine préfecture's Démarches simplifiées form (employee who is an EU long-term resident).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 4a18a1ee
r-49-first_title =
    .title = Help with making an appointment for a first application
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Ask for your first-application appointment through the Maine-et-Loire préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 06da374a
r-51-dcem =
    .title = Travel document for a foreign minor (DCEM)
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Ask for the DCEM on the Marne préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: b4c364c8
r-62-irregular =
    .title = Residence permit, people without lawful status (regularisation)
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your application on the Pas-de-Calais préfecture's “régularisation” Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 30ad7a46
r-62-regular =
    .title = Residence permit, people with lawful status
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your application on the Pas-de-Calais préfecture's “titre de séjour” Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: fed68b46
r-67-first_title =
    .title = Pre-application for a first permit (appointment booking)
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Make your pre-application (appointment booking) on the Bas-Rhin préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 33036ee5
r-67-information_request =
    .title = Request for information if the préfecture's website does not answer
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = If the Bas-Rhin préfecture's website does not answer your question, ask it on its Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: ebf50a3d
r-69-job_search =
    .title = Card or APS “job search or business creation” after a student card
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your application on the Rhône préfecture's Démarches simplifiées form (job search or business creation).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 9be27207
r-75-pro_visitor =
    .title = First application, work or visitor (general case)
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Préfecture de police's Démarches simplifiées form (work or visitor).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: eae094c0
r-75-pro_visitor-algerian =
    .title = First application, work or visitor, Algerian national
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Préfecture de police's Démarches simplifiées form reserved for Algerian nationals.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: a2658473
r-75-parent_french_child =
    .title = First application, parent of a French child
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Préfecture de police's Démarches simplifiées form (parent of a French child).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 3c3ad2d0
r-75-family_member =
    .title = First application, family member
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Préfecture de police's Démarches simplifiées form (family member).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 430aafd3
r-75-young_adult =
    .title = First application, young adult
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Préfecture de police's Démarches simplifiées form (young adult).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: d2bb660a
r-75-french_spouse =
    .title = First application, spouse of a French national
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Préfecture de police's Démarches simplifiées form (spouse of a French national).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 97bd830b
r-76-parent_sick_child =
    .title = Regularisation of the legal representative of a sick foreign child
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your application on the Seine-Maritime préfecture's Démarches simplifiées form (parent of a sick child).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 49766572
r-77-information_request =
    .title = Contact form of the foreigners' department
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = If the Seine-et-Marne préfecture's website does not answer your question, fill in its contact form on Démarches simplifiées.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 0140c6e1
r-77-work_regularisation =
    .title = Residence permit through regularisation by work
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your application for regularisation by work on the Seine-et-Marne préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 934af518
r-77-meaux =
    .title = First permit, residents of the Meaux arrondissement
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Resident of the Meaux arrondissement: file your first application on the Seine-et-Marne préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 4e312925
r-87-covid_visa =
    .title = Exceptional visa extension related to COVID-19
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = COVID-19 measure: ask for the exceptional extension of your visa on the Haute-Vienne préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 02f15a9f
r-91-young_adult_ase =
    .title = First permit “young adults in the care of the ASE”
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Essonne préfecture's Démarches simplifiées form (young adults in the care of the ASE).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 6c6bab13
r-91-young_adult-etampes =
    .title = First permit “young adults”, Étampes
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Étampes sous-préfecture's “jeunes majeurs” Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 070637da
r-91-young_adult-evry =
    .title = First permit “young adults”, Évry
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the préfecture's “jeunes majeurs” Démarches simplifiées form, in Évry.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 80d3a3c0
r-91-young_adult-palaiseau =
    .title = First permit “young adults”, Palaiseau
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Palaiseau sous-préfecture's “jeunes majeurs” Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 0fc0050d
r-93-covid_visa =
    .title = Exceptional visa extension related to COVID-19
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = COVID-19 measure: ask for the exceptional extension of your visa on the Seine-Saint-Denis préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 0b8b80e8
r-93-le_raincy =
    .title = First application as of right (other than exceptional admission), Le Raincy sous-préfecture
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = Le Raincy arrondissement: file your first application on the Le Raincy sous-préfecture's Démarches simplifiées form.
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: badcd5e3
r-93-professional =
    .title = First application, work
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Seine-Saint-Denis préfecture's Démarches simplifiées form (work).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 012a72c8
r-93-private_family =
    .title = First application, private and family life
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .summary = File your first application on the Seine-Saint-Denis préfecture's Démarches simplifiées form (private and family life).
    .instructions-1 = Fill in the online form on demarches-simplifiees.fr; the préfecture contacts you again for the next steps (appointment, missing documents).

# fr: 328fa04c
r-973-naturalisation =
    .title = French Guiana: naturalisation through the local platform, not on NATALI
    .summary = In French Guiana, NATALI is not open: file your naturalisation application with the local platform, at the préfecture.

# fr: 98815b71
r-fallback-prefecture =
    .title = Application at the préfecture of where you live (general case)
    .summary = The application is made at the préfecture (or sous-préfecture) of your département, usually by appointment: the préfecture's website says how to get one.
    .instructions-1 = Check the opening hours and how to make an appointment on the préfecture's website.
    .instructions-2 = Making an appointment is free: only use the préfecture's official website.

# fr: 07bc4606
r-fallback-contact =
    .title = Question, additional documents, enforcement of a judgment: contact the préfecture
    .summary = Contact the foreigners' department of your préfecture, through the contact form on its website or at its counter.
    .instructions-1 = Give your foreign national number (AGDREF) if it is on your documents.
    .instructions-2 = For an application filed on ANEF, answer requests for documents in your ANEF account.

# fr: bdad8b5b
r-fallback-title_pickup =
    .title = Collecting a permit after receiving a text message
    .summary = Wait for the préfecture's text message, then go to the counter it gives (often without an appointment).
    .instructions-1 = Follow the hours and place given in the text message or on the préfecture's website.
    .instructions-2 = Bring proof that you paid the tax stamps: it is asked for when the permit is handed over.

# fr: 12ad2d73
r-fallback-recepisse_renewal =
    .title = Renewal of a récépissé through the contacts-demarches online service
    .doubt = Confirmed only for Alpes-de-Haute-Provence (2020) and Alpes-Maritimes (2021); the current use of this online service could not be checked. Check on your préfecture's website.
    .summary = Ask for the renewal of your récépissé online, on the Ministry of the Interior's contacts-demarches service, before it expires.
    .instructions-1 = The renewal of the récépissé is not automatic: you have to ask for it.

# fr: 1784cc28
r-anef-students =
    .title = Students: renewal and change of status on ANEF
    .summary = Your application is made online on ANEF (the digital administration for foreign nationals in France).
    .instructions-1 = Create or open your ANEF account, then file the application with all the documents.

# fr: 15ed7101
r-anef-students-first_title =
    .title = Students with a long-stay visa: first application on ANEF
    .doubt = Students holding a “concours”, “mineur scolarisé” or “jeune au pair” visa are not concerned: they go to the préfecture (university source).
    .summary = Your first student permit application is made online on ANEF.

# fr: b3016a26
r-anef-visitor =
    .title = Visitors: applications on ANEF
    .doubt = The exact date the “visitor” permit was added to the ANEF list was not read; the rule starts from the first dated text that confirms it (Alpes-Maritimes, 22 November 2021).
    .summary = Your “visitor” permit application is made online on ANEF.

# fr: e7abfaad
r-anef-protection =
    .title = Beneficiaries of international protection: applications on ANEF
    .doubt = The sources say “since May 2022” without giving the day.
    .summary = Your application for a protection beneficiary's residence permit is made online on ANEF.

# fr: 30741bb9
r-anef-eu_citizens =
    .title = European Union citizens: residence card on ANEF
    .doubt = The sources say “since September 2022” (or November) without giving the day.
    .summary = You do not have to have a residence card; if you want one, the application is made online on ANEF.

# fr: 4b7dce76
r-anef-family_2023 =
    .title = Family of French nationals, seasonal workers, family of Europeans: ANEF since 5 April 2023
    .summary = Your application is made online on ANEF (compulsory since 5 April 2023 for these grounds).

# fr: 7e76a88b
r-anef-talent =
    .title = Talent passport and talent (family): applications on ANEF
    .doubt = The date of 31 May 2021 is given only by a university's international office; the arrêté that put the passeport talent on the ANEF list has not been read.
    .summary = Your talent passport application is made online on ANEF.

# fr: 77ea3fe2
r-anef-family_reunification =
    .title = Beneficiaries of family reunification: applications on ANEF
    .doubt = Order of 22 June 2023 not read: the rule starts from La Cimade's announcement of 28 June 2023.
    .summary = Your application is made online on ANEF.

# fr: e28fe5f7
r-anef-vulnerability =
    .title = “Private and family life – vulnerabilities”: ANEF since 3 October 2023
    .summary = Your application is made online on ANEF.

# fr: 29ae61a2
r-anef-ase_before_16 =
    .title = Young person placed with child welfare (ASE) on or before 16 (L.423-22): ANEF since 3 October 2023
    .summary = Placed with child welfare (ASE) on or before your 16th birthday, you apply for the “vie privée et familiale” card (L.423-22) online on ANEF.

# fr: 4c374a6a
r-anef-resident_card_renewal =
    .title = Renewal of resident cards: ANEF since 4 July 2024
    .summary = The renewal of your resident card is made online on ANEF.

# fr: 9cbdb70d
r-anef-rld_ue_renewal =
    .title = Renewing the EU long-term resident card: ANEF since July 2024
    .doubt = Reported by a single press article; consistent with the arrêté of 1 July 2024, which covers the renewal of resident cards of all mentions. If your card is not a resident card, check the préfecture's website.
    .summary = Renewing your EU long-term resident card is done online on ANEF.

# fr: cbaa0481
r-anef-other_2025 =
    .title = Born in France, foreign nationals who are ill, work accident pension: applications on ANEF
    .doubt = The date these permits moved to ANEF was not found; the rule starts from the ASTI du Calvados guide (23 January 2025), which lists them.
    .summary = Your application is made online on ANEF.

# fr: 7e3e2b2c
r-anef-vls_ts_validation =
    .title = Validation of the long-stay visa serving as a residence permit (VLS-TS) on ANEF
    .doubt = The source says “at the beginning of 2019” without giving the day.
    .summary = Validate your long-stay visa online on ANEF and pay the tax, within 3 months of your arrival.

# fr: 21baceda
r-anef-short_procedures =
    .title = Duplicate, change of address, DCEM: ANEF, the only way to apply
    .doubt = The national date of the move to ANEF was not found; the rule starts from the first dated text that confirms it (Alpes-Maritimes, 22 November 2021).
    .summary = This procedure is done online only, on ANEF.

# fr: 8d0a04bd
r-anef-travel_document =
    .title = Travel documents (TVE/TVR, DCEM) on ANEF
    .doubt = The oldest dated source that confirms it is the Pas-de-Calais préfecture (3 October 2023).
    .summary = Your travel document application is made online on ANEF.

# fr: 71e2f69d
r-anef-work_authorisation =
    .title = Work authorisation: the employer applies for it on ANEF
    .summary = The employer applies for the work authorisation, online on ANEF; it is then attached to your permit application.

# fr: b622188d
r-natali =
    .title = Naturalisation: filed online on NATALI since 6 February 2023
    .summary = Your naturalisation application is filed online on NATALI; paper files are sent back.
    .instructions-1 = Log in with FranceConnect, visa number, permit number or ANEF credentials.

# fr: 4c3925b7
r-asylum-spada_guda =
    .title = Asylum: first reception service (SPADA), then single desk (GUDA)
    .summary = First go to the first reception service for asylum seekers (SPADA): it gives you an appointment at the préfecture's single desk (GUDA), which registers your application.
    .instructions-1 = The GUDA gives you an asylum application certificate, which serves as a residence document.

# fr: f7ca1036
r-contest-tribunal =
    .title = Contesting a permit refusal or an OQTF: the administrative court of your place of residence
    .summary = A permit refusal or an order to leave French territory is contested before the administrative court for your place of residence. The time limits can be very short: read the “voies et délais de recours” section of the decision straight away and contact a lawyer or an association.
    .instructions-1 = The time limit to go to the court is written in the decision, under “voies et délais de recours”.
    .instructions-2 = Keep the decision and proof of the date you received it: the time limit runs from its notification.

# fr: 8ef0aefe
r-refusal-vls_ts-algerian_eu =
    .title = No VLS-TS for Algerians or EU citizens
    .message = the long-stay visa serving as a residence permit (VLS-TS) does not apply to Algerian nationals or to EU/EEA/Swiss citizens: there is no validation to do

# fr: b5a070f5
r-refusal-talent-algerian =
    .title = Algerians are excluded from the talent passport
    .message = Algerian nationals cannot obtain the “passeport talent” card (their stay is governed by the Franco-Algerian agreement of 1968)

# fr: 4f58a528
r-window-anef_renewal =
    .title = Renewal of a permit on the ANEF list: between the 120th and the 60th day before expiry
    .label = File the renewal application between the 120th and the 60th day before your permit expires.
    .late-1 = Filed outside this period, the application only gives you a filing confirmation, which does not prove that your stay is lawful: no certificate extending the examination.
    .late-2 = A renewal application filed late incurs the €180 regularisation visa fee, except in case of force majeure or a valid visa (L.436-5).

# fr: 9caf60ce
r-window-two_months =
    .title = Renewal of another permit: within the two months before expiry
    .label = File the renewal application within the two months before your permit expires.
    .late-1 = A renewal application filed late incurs the €180 regularisation visa fee, except in case of force majeure or a valid visa (L.436-5).
    .late-2 = After expiry, without a récépissé, you no longer have proof of lawful stay: the right to work and social rights may be interrupted.

# fr: c8f0425f
r-window-vls_ts =
    .title = VLS-TS validation: within 3 months of entering France
    .label = Validate your long-stay visa on ANEF within 3 months of entering France.
    .late-1 = Without validation within 3 months, the visa no longer serves as a residence permit: you are unlawfully present and a regularisation visa fee may be charged.

# fr: 12677184
r-window-first_title_after_entry =
    .title = First application: within 2 months of entering France
    .label = File your first application within 2 months of entering France.
    .late-1 = If no card is applied for within 3 months of entry, the regularisation visa fee is due (L.436-4).

# fr: 8112de51
r-window-eu_family =
    .title = Family member of a European: card within 3 months of entry
    .doubt = Rule taken from an old version of the service-public page (undated).
    .label = Ask for your card within 3 months of entering France.

# fr: f5c8fdc3
r-rejection-four_months =
    .title = Préfecture silent for 4 months: implicit rejection
    .label = With no answer 4 months after filing, the application is implicitly rejected.
    .then-what-1 = You can ask in writing for the reasons for this implicit refusal, within the time limit for appeal; they must be given to you within a month.
    .then-what-2 = The refusal can be challenged before the administrative court within 2 months (refusal without an obligation to leave the territory).

# fr: 5acc9792
r-rejection-student_90_days =
    .title = Student extending their stay: implicit rejection after 90 days
    .label = For a student extending their stay, silence means rejection after 90 days.
    .then-what-1 = You can ask in writing for the reasons for this implicit refusal, within the time limit for appeal; they must be given to you within a month.
    .then-what-2 = The refusal can be challenged before the administrative court within 2 months (refusal without an obligation to leave the territory).

# fr: eca31b78
r-notice-address_change =
    .title = Change of address: to declare within 3 months
    .label = Time limit to declare
    .text = Declare your new address within 3 months of moving (permits valid for more than a year).

# fr: fd930a86
r-notice-resident_card_grace =
    .title = Expired resident card: 3 months of lawful stay with the proof of application
    .label = After expiry
    .text = If you applied for renewal, your expired card and the proof of application prove your lawful stay for 3 months, with the right to work and your social rights (L.433-3).

# fr: 212369e4
r-notice-six_months_late =
    .title = More than 6 months after expiry: treated as a first application
    .doubt = Reported by a law firm (CAA Douai, 18 June 2025); the text of article R.431-8 was not read.
    .label = Serious delay
    .text = An application filed more than 6 months after the permit expired may be treated as a first application (a visa may then be required).

# fr: aaf5fe8a
r-notice-integration-csp =
    .title = First multi-year card: French A2 and the civic exam, since 1 January 2026
    .doubt = Exemptions reported by the press only: holders of a “talent” permit would not take the civic exam, and Algerians (1968 Franco-Algerian agreement) would not be affected. The sources read do not say which multi-year cards for a particular ground (student, seasonal worker…) are exempt: ask the préfecture.
    .label = First multi-year card: French A2 and the civic exam
    .text = Since 1 January 2026, a first multi-year residence card is issued only with French at level A2 or above and a pass in the civic exam (mention “carte de séjour pluriannuelle”), to be taken before you apply. Renewing a one-year card or a VLS-TS into a multi-year card is affected; renewing a multi-year card is not.

# fr: 53629161
r-notice-integration-resident =
    .title = First resident card: French B1 and the civic exam, since 1 January 2026
    .doubt = Reported by the press only: Algerians (1968 Franco-Algerian agreement) would not be affected.
    .label = First resident card: French B1 and the civic exam
    .text = Since 1 January 2026, a first resident card is issued only with French at level B1 or above and a pass in the civic exam (mention “carte de résident”), to be taken before you apply. Renewing a resident card is not affected.

# fr: 3a65d288
r-notice-integration-naturalisation =
    .title = Naturalisation: French B2 and the civic exam, since 1 January 2026
    .label = Naturalisation: French B2 and the civic exam
    .text = Since 1 January 2026, naturalisation requires French at level B2 or above and passing the civic exam (mention “naturalisation”), to be taken before you apply.

# fr: 1384a28c
r-notice-cst_cap =
    .title = No more than three temporary residence cards in a row with the same mention (L.433-1-1)
    .doubt = The date article L.433-1-1 entered into force has not been read: the rule starts the day after the publication of law no. 2024-42 of 26 January 2024.
    .label = Successive temporary cards
    .text = A temporary residence card cannot be renewed more than three times in a row with the same mention (L.433-1-1), except for people exempt from the republican integration contract (students, seasonal workers, temporary workers, sick foreigners, visitors, trainees).

# fr: dceefd68
r-notice-contest-refusal =
    .title = Refusal of a permit without OQTF: 2 months to go to the administrative court
    .label = Time limit to appeal: 2 months
    .text = A permit refusal without an order to leave French territory, or an implicit rejection, is contested before the administrative court within 2 months of its notification. An informal appeal to the préfet, or a hierarchical appeal to the minister, made within those 2 months keeps this time limit open.

# fr: 4476fc6d
r-notice-contest-oqtf =
    .title = OQTF issued since 15 July 2024: 1 month, 7 days or 48 hours
    .label = OQTF: the time limit can be 48 hours
    .text = Against an order to leave French territory issued since 15 July 2024, the time limit to appeal is 1 month, 7 days or 48 hours depending on the decision and your situation: 48 hours in administrative detention, 7 days if you are under house arrest or in prison. It is written in the decision, under “voies et délais de recours”. The 48-hour and 7-day time limits run from notification and are counted hour by hour. Only the 1-month time limit is interrupted by a legal aid application made at the latest with the appeal. Act at once.

# fr: 8c22cd25
r-notice-contest-oqtf-before_2024 =
    .title = OQTF issued before 15 July 2024: 30 days, 15 days or 48 hours
    .label = OQTF: the time limit can be 48 hours
    .text = Against an order to leave French territory, the time limit to appeal is 30 days, 15 days or 48 hours depending on the decision and your situation. It is written in the decision, under “voies et délais de recours”. Act at once.

# fr: 3615a949
r-provisional-api =
    .title = ANEF renewal filed in time: certificate extending the examination
    .summary = If your application is complete and filed within the period, and the examination lasts beyond the end of your permit, the préfecture must make a certificate extending the examination available to you on ANEF.
    .validity = 3 months at most, renewed as long as the préfet has not decided.
    .lawful-stay = Yes, with your expired permit.
    .work = Yes, if your permit allowed you to work.

# fr: f3da7aba
r-provisional-api-late =
    .title = ANEF renewal filed outside the period: only a filing confirmation
    .summary = Your application was filed outside the set period: you only receive a filing confirmation, which does not prove that your stay is lawful.

# fr: 33ae9c2d
r-provisional-anef_first =
    .title = First application or change of status on ANEF: filing confirmation
    .summary = When you file, ANEF immediately issues a filing confirmation. It proves that you filed, not that your stay is lawful. If the decision is favourable, a certificate of favourable decision follows.

# fr: 639eb76b
r-provisional-recepisse =
    .title = Application at the counter, by post or through Démarches simplifiées: récépissé
    .summary = A complete file leads to a récépissé, handed over when you are called to the préfecture. You must ask for its renewal before it expires.
    .validity = First application: 4 or 6 months. Renewal: 3 months from the day after the permit expires, renewable.
    .work = Depending on the permit applied for: yes for the renewal of a permit that allowed work, and for some first applications (employee, private and family life…).
    .social-rights = Yes for a renewal; depending on the permit for a first application.
    .travel = A first-application récépissé does not allow you to leave France and come back.

# fr: 877558e2
r-provisional-recepisse-aes =
    .title = Exceptional admission: the récépissé does not allow you to work
    .summary = A complete file leads to a récépissé, handed over when you are called to the préfecture. For an exceptional admission to stay, it proves that your stay is lawful for its duration, but it does not allow you to work.
    .validity = The period written on the récépissé; it is up to you to ask for its renewal before it expires.
    .travel = A first-application récépissé does not allow you to leave France and come back.

# fr: c48ab43e
r-provisional-recepisse-ase_16_18 =
    .title = Young person placed with ASE between 16 and 18 (L.435-3): the récépissé does not allow you to work
    .summary = A complete file leads to a récépissé, handed over when you are called to the préfecture. For an application under article L.435-3, it proves that your stay is lawful for its duration, but the texts do not provide that it allows you to work.
    .validity = The period written on the récépissé; it is up to you to ask for its renewal before it expires.
    .travel = A first-application récépissé does not allow you to leave France and come back.

# fr: 0964b8bd
r-provisional-recepisse-r431_14-work =
    .title = First application as an employee or temporary worker: the récépissé allows you to work if the conditions of the work authorisation are met (R.431-14)
    .doubt = List read on Légifrance in its version of 2 December 2023, truncated in the source.
    .summary = A complete file leads to a récépissé, handed over when you are called to the préfecture. For a first “salarié” or “travailleur temporaire” application, it allows you to work if the conditions of the work authorisation are met.
    .validity = First application: 4 or 6 months. It is up to you to ask for its renewal before it expires.
    .work = Yes, if the conditions of the work authorisation (article L.5221-1 of the labour code) are met.
    .travel = A first-application récépissé does not allow you to leave France and come back.

# fr: deea1601
r-provisional-recepisse-r431_14-family =
    .title = First application as the spouse or parent of a French national, a trafficking victim, passeport talent: the récépissé allows you to work (R.431-14)
    .doubt = List read on Légifrance in its version of 2 December 2023, truncated in the source; the grounds are those of articles L.423-1 (spouse of a French national), L.423-7 (parent of a French child), L.425-1 (trafficking victim) and the passeport talent.
    .summary = A complete file leads to a récépissé, handed over when you are called to the préfecture. For this first application, it allows you to work.
    .validity = First application: 4 or 6 months. It is up to you to ask for its renewal before it expires.
    .travel = A first-application récépissé does not allow you to leave France and come back.

# fr: 10d3e01d
r-doc-identity =
    .title = Identity document
    .label = Passport (civil status pages, validity, visas and entry stamps) or another identity document with a photo
    .details = Without a passport: consular certificate, identity card or consular card with a photo, or a certificate of nationality less than 6 months old with a photo.

# fr: 2f39d205
r-doc-birth_certificate =
    .title = Birth certificate
    .label = Full copy of the birth certificate with the most recent annotations
    .details = With, where relevant, the judgment that ordered its transcription (declaratory or supplementary judgment).

# fr: a7c9662e
r-doc-sworn_translation =
    .title = Translation of foreign documents
    .label = French translation of foreign civil status documents, by a sworn translator-interpreter approved by a court of appeal

# fr: db26685e
r-doc-proof_of_address =
    .title = Proof of address less than 3 months old
    .label = Proof of address less than 3 months old
    .details = Bill (electricity, gas, water, landline, internet), rent receipt, lease, home insurance. If you are housed by someone: a signed certificate from your host, their identity document or permit, and their proof of address.

# fr: a58ea8ba
r-doc-proof_of_address-anef =
    .title = Proof of address less than 6 months old (ANEF applications)
    .label = Proof of address less than 6 months old
    .details = Bill (electricity, gas, water, landline, internet), rent receipt, lease, home insurance. If you are housed by someone: a signed certificate from your host, their identity document or permit, and their proof of address.

# fr: 01358e10
r-doc-photos =
    .title = Identity photos
    .label = 2 to 3 recent, identical identity photos, 35 × 45 mm
    .details = Bare head, neutral face, light plain background.

# fr: fe17df9e
r-doc-photos-anef =
    .title = E-photo code (ANEF applications)
    .label = E-photo code (digital photo and signature)
    .details = To be taken at a photographer's or in a booth with the “Agréé ANTS” logo.

# fr: b611de04
r-doc-current_title =
    .title = Current permit
    .label = Your current residence permit (front and back)

# fr: 29a6f484
r-doc-tax-general =
    .title = Tax stamps: general case (until 30 April 2026)
    .label = Electronic tax stamps: €225 (tax of €200 and stamp duty of €25)
    .details = On timbres.impots.gouv.fr (“titres pour étrangers”) or at an approved tobacconist; the proof is asked for when the permit is handed over.
    .amount = €225

# fr: 2d3e3253
r-doc-tax-first-2026 =
    .title = Tax stamps: first issue, since the 2026 finance law
    .doubt = Increase upheld by the Conseil constitutionnel (decision 2026-901 DC of 19 February 2026); its entry into force “in May 2026” is reported, the day (1 May) has not been read in the Journal officiel. For a change of status, the amount shown is that of a first issue: the sources read do not say. Check the amount on timbres.impots.gouv.fr.
    .label = Electronic tax stamps: €350 (tax of €300 and stamp duty of €50)
    .details = On timbres.impots.gouv.fr (“titres pour étrangers”) or at an approved tobacconist; the proof is asked for when the permit is handed over.
    .amount = €350

# fr: 44a37a9a
r-doc-tax-renewal-2026 =
    .title = Tax stamps: renewal, since the 2026 finance law
    .doubt = The day it took effect (1 May 2026) is reported, not read in the Journal officiel. LCP speaks of an increase “on renewal”; the Unafo table, taken up by the FAS, which gives every line, leaves the renewal tax at €200: that is the amount shown. Check on timbres.impots.gouv.fr.
    .label = Electronic tax stamps: €250 (tax of €200 and stamp duty of €50)
    .details = On timbres.impots.gouv.fr (“titres pour étrangers”) or at an approved tobacconist; the proof is asked for when the permit is handed over.
    .amount = €250

# fr: 5fe1dbf1
r-doc-tax-reduced =
    .title = Tax stamps: reduced rate (students, seasonal workers, family reunification…), until 30 April 2026
    .label = Electronic tax stamps: €75 (reduced tax of €50 and stamp duty of €25)
    .details = On timbres.impots.gouv.fr (“titres pour étrangers”) or at an approved tobacconist; the proof is asked for when the permit is handed over.
    .amount = €75

# fr: edb257b7
r-doc-tax-reduced-first-2026 =
    .title = Tax stamps: reduced rate, first issue, since the 2026 finance law
    .doubt = The day it took effect (1 May 2026) is reported, not read in the Journal officiel. Check the amount on timbres.impots.gouv.fr.
    .label = Electronic tax stamps: €150 (reduced tax of €100 and stamp duty of €50)
    .details = On timbres.impots.gouv.fr (“titres pour étrangers”) or at an approved tobacconist; the proof is asked for when the permit is handed over.
    .amount = €150

# fr: fdd9f8e3
r-doc-tax-reduced-renewal-2026 =
    .title = Tax stamps: reduced rate, renewal, since the 2026 finance law
    .doubt = The day it took effect (1 May 2026) is reported, not read in the Journal officiel. Check the amount on timbres.impots.gouv.fr.
    .label = Electronic tax stamps: €100 (reduced tax of €50 and stamp duty of €50)
    .details = On timbres.impots.gouv.fr (“titres pour étrangers”) or at an approved tobacconist; the proof is asked for when the permit is handed over.
    .amount = €100

# fr: 2b548f05
r-doc-tax-exempt_first =
    .title = First issue exempt from the €200 tax (sick foreigner, refugees, subsidiary protection), until 30 April 2026
    .label = No €200 tax for this first issue; stamp duty of €25
    .amount = €25

# fr: 4b79f497
r-doc-tax-exempt_first-ase =
    .title = Young person placed with ASE on or before 16: first card exempt from the tax (L.423-22), until 30 April 2026
    .label = No €200 tax for this first issue; stamp duty of €25
    .amount = €25

# fr: ef6bb982
r-doc-tax-exempt_first-2026 =
    .title = First issue exempt from the tax (sick foreigner, refugees, subsidiary protection), since the 2026 finance law
    .doubt = The day the €50 stamp duty took effect (1 May 2026) is reported, not read in the Journal officiel.
    .label = No tax for this first issue; stamp duty of €50
    .amount = €50

# fr: b6f29cc5
r-doc-tax-exempt_first-ase-2026 =
    .title = Young person placed with ASE on or before 16: first card exempt from the tax (L.423-22), since the 2026 finance law
    .doubt = The day the €50 stamp duty took effect (1 May 2026) is reported, not read in the Journal officiel.
    .label = No tax for this first issue; stamp duty of €50
    .amount = €50

# fr: 40370a62
r-doc-tax-aps =
    .title = Temporary residence authorisation (parent of a sick child): no tax on permits, until 30 April 2026
    .doubt = The sources read do not say whether the €25 stamp duty is due for a temporary residence authorisation.
    .label = No €200 tax: a temporary residence authorisation is not subject to it

# fr: 4c9310f3
r-doc-tax-aps-2026 =
    .title = Temporary residence authorisation (parent of a sick child): €100 tax, since the 2026 finance law
    .doubt = The day it took effect (1 May 2026) is reported, not read in the Journal officiel; the sources do not say whether the €50 stamp duty is added.
    .label = €100 tax on the temporary residence authorisation
    .amount = €100

# fr: 4b1078ea
r-doc-tax-trafficking =
    .title = Victims of trafficking or pimping: no tax and no stamp
    .label = No tax and no stamp duty
    .amount = €0

# fr: 88920689
r-doc-tax-eu_citizen =
    .title = EU citizens: free card
    .label = Free card: no stamp
    .amount = €0

# fr: 7d1b3405
r-doc-tax-duplicate =
    .title = Tax stamps for a duplicate (until 30 April 2026)
    .label = Tax stamps: €225 in general
    .details = €75 for a student permit, work accident pension, trainee, au pair, family reunification or seasonal worker; €25 for a young person in ASE care; free for victims of domestic violence, trafficking or pimping.
    .amount = €225

# fr: e03c4bc6
r-doc-tax-duplicate-2026 =
    .title = Tax stamps for a duplicate, since the 2026 finance law
    .doubt = The day it took effect (1 May 2026) is reported, not read in the Journal officiel. Amounts worked out from the renewal tax for the ground (L.436-2) and the €50 stamp duty.
    .label = Tax stamps: €250 in general (tax of €200 and stamp duty of €50)
    .details = €100 (reduced tax of €50 and stamp duty of €50) for a student permit, work accident pension, trainee, au pair, family reunification or seasonal worker; €50 (stamp duty only) for a young person in ASE care; free for victims of domestic violence, trafficking or pimping.
    .amount = €250

# fr: 6b022229
r-doc-tax-address_change =
    .title = Tax stamp for a change of address (until 30 April 2026)
    .label = Tax stamps: €25
    .details = Free for citizens of the EU, the EEA or Switzerland and their family members.
    .amount = €25

# fr: 9f96397f
r-doc-tax-address_change-2026 =
    .title = Tax stamp for a change of address, since the 2026 finance law
    .doubt = The day it took effect (1 May 2026) is reported, not read in the Journal officiel.
    .label = Tax stamps: €50 (stamp duty)
    .details = Free for citizens of the EU, the EEA or Switzerland and their family members.
    .amount = €50

# fr: 3d64bedc
r-doc-tax-address_change-eu =
    .title = Change of address free for Europeans and their family
    .label = No tax stamp
    .amount = €0

# fr: 7cfcc497
r-doc-tax-dcem =
    .title = Tax for a DCEM
    .label = Tax of €50 (L.436-3)
    .amount = €50

# fr: 079d61f6
r-doc-tax-naturalisation =
    .title = Naturalisation: €55 stamp duty (until 30 April 2026)
    .doubt = Earlier amount given by the Unafo table; the date from which it applied was not found (the rule starts when NATALI opened).
    .label = €55 tax stamp
    .amount = €55

# fr: ec1899ab
r-doc-tax-naturalisation-2026 =
    .title = Naturalisation: €255 stamp duty, since the 2026 finance law
    .doubt = The day it took effect (1 May 2026) is reported, not read in the Journal officiel.
    .label = €255 tax stamp
    .amount = €255

# fr: f4667050
r-doc-regularisation_visa-aes =
    .title = Exceptional admission: regularisation visa fee (until 30 April 2026)
    .label = Regularisation visa fee: €200, of which €50 is paid when filing and not refunded
    .details = Comes on top of the permit's tax and stamp duty.
    .amount = €200

# fr: 3f648656
r-doc-regularisation_visa-irregular =
    .title = Irregular stay: regularisation visa fee (until 30 April 2026)
    .label = Regularisation visa fee: €200, of which €50 is paid when filing and not refunded
    .details = Comes on top of the permit's tax and stamp duty.
    .amount = €200

# fr: 873f151a
r-doc-regularisation_visa-aes-2026 =
    .title = Exceptional admission: regularisation visa fee, since the 2026 finance law
    .doubt = The day it took effect (1 May 2026) is reported, not read in the Journal officiel.
    .label = Regularisation visa fee: €300, of which €100 is paid when filing and not refunded
    .details = Comes on top of the permit's tax and stamp duty.
    .amount = €300

# fr: cf6186a5
r-doc-regularisation_visa-irregular-2026 =
    .title = Irregular stay: regularisation visa fee, since the 2026 finance law
    .doubt = The day it took effect (1 May 2026) is reported, not read in the Journal officiel.
    .label = Regularisation visa fee: €300, of which €100 is paid when filing and not refunded
    .details = Comes on top of the permit's tax and stamp duty.
    .amount = €300

# fr: 09b27bcc
r-doc-late_renewal_fee =
    .title = Renewal filed late: regularisation visa fee of €180 (L.436-5)
    .label = Regularisation visa fee of €180 for a late renewal (L.436-5)
    .details = Not due in case of force majeure or if you hold a valid visa.
    .amount = €180

# fr: d31eb200
r-doc-student =
    .title = Students: enrolment and means
    .label = Certificate of enrolment, transcripts and proof of means (at least €615 a month)
    .details = Studies must be real and serious (attendance, results, explanation of a change of course).
    .amount = €615 a month

# fr: c4094fde
r-doc-work_authorisation =
    .title = Employees: work authorisation
    .label = Work authorisation obtained by the employer on ANEF

# fr: 5bb564bf
r-doc-french_spouse =
    .title = Spouse of a French national: marriage and living together
    .label = Marriage certificate (transcribed in Nantes if celebrated abroad), the spouse's French identity document, proof of living together

# fr: 291889a9
r-doc-visitor =
    .title = Visitors: means, insurance, undertaking
    .label = Proof of means (at least the net minimum wage), health insurance, written undertaking not to work

# fr: d095e546
r-doc-sick_foreigner =
    .title = Foreign national who is ill: medical certificate for the OFII
    .label = Medical certificate filled in by your doctor, sent to the OFII medical service within a month
    .details = 3 months for an asylum seeker.

# fr: 55005295
r-doc-eu_family =
    .title = Family of a European: family link
    .label = The European citizen's identity document and proof of the family link (marriage certificate, birth certificate…)

# fr: 5eec426e
r-doc-duplicate-loss =
    .title = Duplicate: declaration of loss or theft
    .label = Loss: sworn statement; theft: receipt of the complaint from the police or gendarmerie
    .details = In case of theft, first report it to the police or gendarmerie. Attach a photocopy of the lost card if you have one.

# fr: e01ff460
r-doc-integration-csp =
    .title = First multi-year card: proof of level A2 and of the civic exam
    .label = Certificate of passing the civic exam (multi-year card) and proof of French at level A2 or above
    .details = A French diploma or certificate; the list of those accepted and the medical exemptions are set by the arrêtés of 22 and 30 December 2025.

# fr: 1bc8a0c3
r-doc-integration-resident =
    .title = First resident card: proof of level B1 and of the civic exam
    .label = Certificate of passing the civic exam (resident card) and proof of French at level B1 or above
    .details = A French diploma or certificate; the list of those accepted and the medical exemptions are set by the arrêtés of 22 and 30 December 2025.

# fr: c2a731b0
r-doc-integration-naturalisation =
    .title = Naturalisation: proof of level B2 and of the civic exam
    .label = Certificate of passing the civic exam (naturalisation) and proof of French at level B2 or above
    .details = A French diploma or certificate; the list of those accepted and the medical exemptions are set by the arrêtés of 22 and 30 December 2025.

# fr: de8dc20f
r-doc-contest-decision =
    .title = Contesting a decision: the decision and the date it was notified
    .label = The decision received (refusal or OQTF) and proof of the date it was notified
    .details = Envelope, acknowledgement of receipt or document handed to you in person: the time limit to appeal runs from notification.

# fr: 5d04e9fe
r-14-pan =
    .title = Calvados: appointment at the digital reception point by email or at the counter
    .doubt = Guide of the ASTI du Calvados (an association), up to date on 23 January 2025; check on the préfecture's website.
    .label = Ask for an appointment at the Calvados préfecture's digital reception point: by email or at the immigration department's counter
    .details-1 = By email to pref-etrangers@calvados.gouv.fr, stating the procedure; or at the immigration department's counter, rue Choron, 14000 Caen, Monday to Friday 8:45 am to 12:30 pm and 2 pm to 4 pm.
    .details-2 = You must include: the reason (not at ease with the tool or a technical problem, with the proof from the citizens' contact centre); the e-photo (photo with the code); civil status (last name, first name, date of birth, nationality); a photo of the visa, passport or permit (even expired); the type of application (first application or renewal, application already pending or not); the grounds of the permit; a telephone number or an email.
    .details-3 = Without this information, no appointment is given. The appointment is for filing the application, not for getting a provisional document.
    .hours-2 = Monday to Friday 8:45 am to 12:30 pm and 2 pm to 4 pm

# fr: 26110ff4
r-14-api_request =
    .title = Calvados: urgent request for the extension certificate by email
    .doubt = Guide of the ASTI du Calvados (an association), up to date on 23 January 2025; check on the préfecture's website.
    .label = If the extension certificate does not come: write to pref-etrangers@calvados.gouv.fr
    .details-1 = Subject: “URGENT : Mise à disposition d'une attestation de prolongation de l'instruction d'une demande”.
    .details-2 = Give your AGDREF number, the permit you hold and its dates, the ANEF application number and the filing date, and the consequence (work interrupted…). Attach the filing confirmation.
    .details-3 = Without an answer within a reasonable time: urgent “mesures utiles” proceedings before the administrative court of Caen.

# fr: 834d5a51
r-35-pan =
    .title = Ille-et-Vilaine: digital access point, information from the switchboard
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .label = Use the Ille-et-Vilaine préfecture's digital access point: ask the switchboard
    .details-1 = The PAN helps to file the application; it does not check that the file is complete and does not issue a provisional document.

# fr: 8b5bf342
r-help-digital =
    .title = Help with online procedures near you
    .label = Get help with an online procedure (France services, digital inclusion places)
    .details-1 = A France services agent can help you with your online procedures.
    .details-2 = The map of digital inclusion places shows where to find a computer and help.

# fr: b2ad7158
r-help-ccc =
    .title = ANEF: citizens' contact centre (ANTS)
    .label = Call the ANEF citizens' contact centre, or write through the “Nous contacter” form
    .details-1 = The advisers help to file the application, give information on its progress and report anomalies; they do not fix an individual IT problem and do not advise on the merits.
    .details-2 = Ask for a document certifying that online filing is impossible: it gives access to the digital reception point and to the alternative solution.
    .details-3 = From overseas or abroad: 09 70 83 07 07 (according to service-public, 2023).
    .hours-1 = Monday to Friday 7:45 am to 7 pm, Saturday 8 am to 5 pm (price of a local call)
    .hours-2 = Monday to Friday 7:45 am to 7 pm, Saturday 8 am to 5 pm

# fr: b6a67742
r-help-pan =
    .title = ANEF: the préfecture's digital reception point (PAN)
    .label = Ask for an appointment at your préfecture's digital reception point (PAN)
    .details-1 = For people who are not at ease with digital tools, have no equipment, or are blocked by a technical problem.
    .details-2 = The préfecture must offer at least two ways to make an appointment, one of which is not digital.
    .details-3 = The PAN helps to file the application; it does not check that the file is complete and does not issue a provisional document.

# fr: 540ed844
r-help-substitution =
    .title = ANEF: alternative solution (filing in person)
    .label = Ask for the alternative solution: an in-person appointment to register the application
    .details-1 = Only after contacting the citizens' contact centre and the digital reception point.
    .details-2 = Either the préfecture invites you after noting the technical impossibility, or you produce the document from the citizens' contact centre that certifies it.
    .details-3 = You can ask to file by post or by email.

# fr: 29e7f312
r-help-api_request =
    .title = Extension certificate not made available: urgent request to the préfecture
    .label = If the extension certificate does not come: write urgently to the préfecture
    .details-1 = Subject: “URGENT : Mise à disposition d'une attestation de prolongation de l'instruction d'une demande”.
    .details-2 = Give your AGDREF number, the permit you hold and its dates, the ANEF application number and the filing date, and the consequence (work interrupted…).
    .details-3 = Attach the filing confirmation.

# fr: 5c87c8d4
r-help-appointment_evidence =
    .title = No appointment available: keep dated evidence
    .label = If no appointment is available: write down every attempt and keep dated screenshots
    .details-1 = Try on different days and at different times, over more than one week: the judge asks for attempts that did not all take place in the same week.
    .details-2 = Also keep the emails and letters sent to the préfecture.

# fr: 1e92970f
r-help-natali_paper =
    .title = NATALI impossible: paper file by post
    .label = If filing on NATALI is impossible and you can prove it: send the paper file by post

# fr: 1398eaae
r-help-refere =
    .title = Urgent “mesures utiles” proceedings (article L.521-3 of the code of administrative justice)
    .label = Go to the administrative court in urgent “mesures utiles” proceedings to obtain an appointment or a certificate
    .details-1 = The judge can order the préfecture to give an appointment or to make a certificate available, within a time limit that the judge sets.
    .details-2 = You must show urgency and repeated efforts: attempts on different days and at different times, over more than one week, emails left unanswered.
    .details-3 = A lawyer or a specialised association can help you; legal aid can cover the costs.

# fr: 3b77a859
r-help-ddd =
    .title = Défenseur des droits
    .label = Refer the matter to the Défenseur des droits (free): online form, a delegate near you, telephone or post
    .details-1 = Before that, you must have tried to settle the problem with the administration.
    .details-2 = A delegate of the Défenseur des droits can see you near where you live.

# fr: 4c6aa157
r-help-contest-lawyer =
    .title = Refusal or OQTF: a lawyer, at once
    .label = See a lawyer at once: the bar's legal advice session (ordre des avocats) in your town
    .details-1 = Bring the decision and proof of the date you received it.

# fr: 046fd5e6
r-help-contest-legal_aid =
    .title = Refusal or OQTF: apply for legal aid
    .label = Apply for legal aid (aide juridictionnelle), which pays the lawyer's fees
    .details-1 = Against an OQTF with a 1-month time limit, a legal aid application made at the latest with the appeal interrupts that time limit; it does not interrupt the 7-day and 48-hour time limits.

# fr: f7654ad9
r-help-contest-association =
    .title = Refusal or OQTF: an association that helps foreigners
    .label = Get help from an association (La Cimade, an ASTI…)

# fr: e03ea1aa
r-06-note-talent =
    .title = Passeport talent: the Alpes-Maritimes préfecture's information page
    .text = The Alpes-Maritimes préfecture has an information page on the passeport talent (first applications and renewals).

# fr: 4c72c2e7
r-06-note-asylum =
    .title = Asylum in the Alpes-Maritimes: Forum Réfugiés platforms in Nice and Toulon
    .text = In the Alpes-Maritimes, the GUDA appointment is obtained through Forum Réfugiés' first reception platforms, in Nice and Toulon.

# fr: 9ddf6184
r-06-note-bpi_fallback =
    .title = International protection beneficiaries: fallback address if ANEF does not work
    .text = If the ANEF online service does not work, write to pref-renouvellement-ada@alpes-maritimes.gouv.fr with a screenshot of the blockage.

# fr: 13d53eb6
r-06-note-cadam_open =
    .title = Walk-in reception point at the CADAM (Nice)
    .doubt = Unofficial sources (a lawyer, the press) reporting a préfecture announcement.
    .text = A walk-in reception point is open at the CADAM (boulevard du Mercantour, Nice): Monday 1 pm–3:30 pm; Tuesday, Wednesday and Friday 8:30 am–10 am. To make an appointment for an online procedure, have a request for an extension certificate registered or pick up a form.

# fr: 82b2049a
r-06-note-cadam_closed =
    .title = CADAM walk-in reception point closed for works
    .doubt = Press source reporting a préfecture announcement of 4 July 2025; check on the préfecture's website whether the reception has reopened.
    .text = The CADAM walk-in reception point has been closed for works since 11 July 2025, with no reopening date announced; only confirmed appointments and permit collections are received.

# fr: 1371e8a9
r-87-note-concomitant =
    .title = Asylum and residence applications made together
    .doubt = Undated Démarches simplifiées page (it still contains COVID-19 procedures from 2020–2021): the procedure may have closed or moved to ANEF since. Check on the préfecture's website.
    .text = In Haute-Vienne, a residence permit application made at the same time as an asylum application goes through a dedicated Démarches simplifiées form.

# fr: 98ca49aa
r-note-scams =
    .title = Appointments are free: beware of paying websites
    .text = Booking an appointment is free. Only use official websites (addresses ending in .gouv.fr or demarches-simplifiees.fr); a website that charges for an appointment is a scam. The permit's own taxes are paid separately, with tax stamps.

# fr: ed973d38
r-note-asylum_ile_de_france =
    .title = Île-de-France: SPADA appointment by telephone (OFII platform)
    .text = In Île-de-France, the SPADA appointment is made by telephone only, with the OFII platform: 01 42 50 09 00 (about a dozen languages).

# fr: fc3f268c
r-note-apt =
    .title = Provisional work authorisation for students
    .text = Student or employer: the provisional work authorisation is applied for online.

# fr: ead5ceac
r-note-first_resident_card-a2 =
    .title = Applying for a first resident card at a renewal (level A2)
    .text = To apply for a resident card at this renewal, write “je sollicite une carte de résident” in the “observation” box on ANEF and attach proof of level A2 French.

# fr: ad7b37db
r-note-first_resident_card-b1 =
    .title = Applying for a first resident card at a renewal (level B1 and civic exam)
    .text = To apply for a resident card at this renewal, write “je sollicite une carte de résident” in the “observation” box on ANEF. Since 1 January 2026, a first resident card requires level B1 French and passing the civic exam (mention “carte de résident”).

# fr: 389799ca
r-note-covid_extension =
    .title = COVID-19: permits that expired between 16 March and 15 June 2020 extended by 6 months
    .text = COVID-19 measure: a permit, récépissé, APS or long-stay visa that expired between 16 March and 15 June 2020 is automatically extended by 6 months, with the right to work and social rights.

# fr: 6f2e81ed
r-limit-api_validity =
    .title = Attestation de prolongation d'instruction: three months at most (R.431-15-1)

# fr: c24338e7
r-limit-first_request_after_expiry =
    .title = More than 6 months after expiry, a renewal may be treated as a first application
    .doubt = Reported by a law firm (CAA Douai, 18 June 2025); the text of article R.431-8 was not read.

# fr: c65217c7
r-limit-evidence_bar =
    .title = Proof of attempts for the judge: different days, times and weeks, over more than one week
    .doubt = The Conseil d'État did not set a number: at least two different days, two different times and two different weeks over more than seven days is Passerelle's reading of its decision (four attempts in six days were not enough).

# fr: 19c1267f
r-limit-refusal_appeal =
    .title = Refusal of a permit without OQTF, implicit rejection included: two months to go to the administrative court

# fr: 956d4a06
r-letter-api_urgent =
    .title = Letter: urgent request for the attestation de prolongation d'instruction

# fr: 837d9764
r-letter-pan_appointment =
    .title = Letter: request for an appointment at the digital reception point

# fr: 8b25c61c
r-letter-substitution =
    .title = Letter: request for the substitute solution

# fr: 3fb3f346
r-letter-implicit_rejection_reasons =
    .title = Letter: request for the reasons of an implicit rejection

# fr: e7ec58bf
r-letter-refere_evidence =
    .title = Letter: file of proof of attempts, for an urgent “mesures utiles” application

# fr: 84fc4678
r-letter-defenseur-attempts =
    .title = Letter: referral to the Défenseur des droits, after attempts with no answer

# fr: 27dde6d3
r-letter-defenseur-anef =
    .title = Letter: referral to the Défenseur des droits, for a procedure blocked on ANEF

# fr: 04f5018d
r-glossary-recepisse =
    .title = Hard word: récépissé
    .term = récépissé
    .words = récépissé, récépissés, receipt, receipts
    .text = A récépissé is a paper the préfecture gives you when your file is complete, for a request made outside ANEF. It proves that your request is being examined. You usually have to collect it at the préfecture.

# fr: efa65461
r-glossary-attestation_prolongation =
    .title = Hard word: extension certificate (attestation de prolongation d'instruction)
    .term = extension certificate
    .words = extension certificate, extension certificates
    .text = It is a paper you download from ANEF when your permit expires before your request has been examined. It keeps your rights (stay, and work if your permit allowed it). It lasts three months at most.

# fr: a7d7c800
r-glossary-confirmation_depot =
    .title = Hard word: filing confirmation (confirmation de dépôt)
    .term = filing confirmation
    .words = filing confirmation, filing confirmations
    .text = It is the proof that you filed your request on ANEF. It does not prove that your stay is lawful. It does not let you travel outside France.

# fr: a7c7c7af
r-glossary-decision_favorable =
    .title = Hard word: certificate of favourable decision
    .term = certificate of favourable decision
    .words = favourable decision, favourable decisions
    .text = The préfecture said yes to your request. Until you receive your card, this ANEF paper proves that your stay is lawful.

# fr: f64918a5
r-glossary-vls_ts =
    .title = Hard word: VLS-TS
    .term = VLS-TS
    .words = VLS-TS
    .text = A VLS-TS is a long-stay visa that counts as a residence permit. You must validate it online within 3 months of arriving in France.

# fr: 322296ef
r-glossary-agdref =
    .title = Hard word: AGDREF number
    .doubt = The sources show this number in a model letter to the préfecture; they do not say where it is written on the person's papers.
    .term = AGDREF number
    .words = AGDREF
    .text = It is the number of your foreigner's file at the préfecture. Write it in your letters to the préfecture.

# fr: c3383a83
r-glossary-anef =
    .title = Hard word: ANEF
    .term = ANEF
    .words = ANEF
    .text = ANEF is the State's official website for residence-permit requests online (Administration numérique pour les étrangers en France). There you create an account, file your request and download your papers.

# fr: ee3f8c35
r-glossary-pan =
    .title = Hard word: digital reception point (PAN)
    .term = digital reception point (PAN)
    .words = digital reception point, digital reception points, PAN
    .text = It is an office of the préfecture where someone helps you make your request on the computer. It is for people who cannot use a computer or who have a technical problem. You need an appointment.

# fr: c54a59b2
r-glossary-timbre_fiscal =
    .title = Hard word: tax stamp (timbre fiscal)
    .term = tax stamp
    .words = tax stamp, tax stamps
    .text = It is how you pay the taxes of the residence permit. You buy it online or at a tobacconist. You receive a PDF or a code by text message.

# fr: 7da03d43
r-glossary-e_photo =
    .title = Hard word: e-photo
    .term = e-photo
    .words = e-photo
    .text = It is an identity photo with your signature and a code, for requests on ANEF. It is taken by a photographer or in a booth approved by ANTS. You write the code in your request.

# fr: 720f6f96
r-glossary-titre_de_sejour =
    .title = Hard word: residence permit (titre de séjour)
    .term = residence permit
    .words = residence permit, residence permits
    .text = It is the document that lets you live in France lawfully. It can be a temporary residence card, a multi-year card, a resident card or an Algerian residence certificate.

# fr: 812b66a2
r-glossary-cards =
    .title = Hard word: CST, CSP, resident card
    .doubt = How long a temporary residence card lasts is not written in the sources read: it is not said here.
    .term = CST, CSP, resident card
    .words = CST, CSP, resident card, resident cards, multi-year card, temporary card
    .text = These are residence permits: the temporary residence card (CST), the multi-year card (CSP, up to 4 years) and the resident card (ten years). You can ask for a resident card when you renew a CST or a CSP.

# fr: 5db30b7b
r-glossary-oqtf =
    .title = Hard word: OQTF
    .doubt = What the acronym stands for (obligation de quitter le territoire français) is not written in the sources read, which give its time limits.
    .term = OQTF
    .words = OQTF
    .text = An OQTF is a decision of the préfecture that obliges you to leave France (obligation de quitter le territoire français). You can challenge it before the administrative court, but the time limit is very short: read it on the decision and ask for help quickly.

# fr: 3c234194
r-glossary-refere =
    .title = Hard word: urgent « mesures utiles » application (référé)
    .term = urgent « mesures utiles » application
    .words = mesures utiles, référé
    .text = It is an urgent application to the judge of the administrative court. The judge can order the préfecture to act, for example to give you an appointment or a paper. A lawyer or an association can help you.

# fr: 8c589174
r-glossary-ddd =
    .title = Hard word: Défenseur des droits
    .term = Défenseur des droits
    .words = Défenseur des droits, Defender of Rights
    .text = It is a free public institution. It receives complaints against public services, préfectures included. You can contact it online, by post, or see a délégué near you.

# fr: 39c2adf3
r-glossary-prefecture =
    .title = Hard word: préfecture, sous-préfecture
    .term = préfecture, sous-préfecture
    .words = préfecture, préfectures, sous-préfecture, sous-préfectures
    .text = The préfecture is the State's administration in your département: the préfet decides on residence permits. Depending on where you live, a request made outside ANEF is filed at the préfecture or at a sous-préfecture of the département; in Paris, at the Préfecture de police.

# fr: b252b84a
r-glossary-examen_civique =
    .title = Hard word: civic exam (examen civique)
    .doubt = How the exam runs (40 questions in 45 minutes, 32 right answers) is reported by the press only.
    .term = civic exam
    .words = civic exam, civic exams
    .text = It is an exam to pass before filing the request: 40 questions in 45 minutes, at least 32 right answers. Since 1 January 2026 it is needed for a first multi-year card, a first resident card or naturalisation.
