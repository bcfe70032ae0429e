# Passerelle rule pack — texts in Español (es). Machine translation of the French in the .ron
# files, which are authoritative. Regenerate a template with `passerelle pack strings es`.

# fr: 09810191
r-04-sve =
    .title = Resguardo, duplicado, cambio de dirección, DCEM: solicitud electrónica (contacts-demarches)
    .doubt = Página de la prefectura actualizada el 3 de agosto de 2020; desde entonces el duplicado, el cambio de dirección y el DCEM pasaron a la ANEF.
    .summary = Haga la solicitud en línea en el sitio de solicitud electrónica del Estado (contacts-demarches); después la prefectura le contacta para recoger el documento.
    .instructions-1 = Si el expediente está completo, la prefectura le contacta para una cita de recogida; si falta un documento, recibe un correo electrónico.

# fr: f607978a
r-06-first_title =
    .title = Primeras solicitudes (inmigración familiar y profesional): cita mediante formulario en línea
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = La prefectura de Alpes-Maritimes solo atiende con cita: pídala rellenando el formulario en línea de su web.

# fr: d0f44ffc
r-06-students-special_visas =
    .title = Visados D «concours», «mineurs scolarisés», «jeune au pair»: expediente por correo
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Envíe su expediente por correo a la prefectura de Alpes-Maritimes (la dirección está en la página «Étudiants étrangers»).
    .instructions-1 = Envíelo por carta certificada con acuse de recibo y guarde una copia completa del expediente.

# fr: e9aedd5b
r-06-student_to_employee =
    .title = Cambio de estatus de estudiante a asalariado: expediente por correo
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Envíe su expediente de cambio de estatus por correo a la prefectura de Alpes-Maritimes (vea la página «Étudiants étrangers»).
    .instructions-1 = Envíelo por carta certificada con acuse de recibo y guarde una copia completa del expediente.

# fr: b87f7ba6
r-06-job_search =
    .title = Permiso «búsqueda de empleo – creación de empresa»: expediente por correo
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Envíe su expediente por correo a la prefectura de Alpes-Maritimes (vea la página «Étudiants étrangers»).
    .instructions-1 = Envíelo por carta certificada con acuse de recibo y guarde una copia completa del expediente.

# fr: f0b01aea
r-06-sick_foreigner =
    .title = Permiso por tratamiento médico (extranjero enfermo): expediente por correo
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Envíe su expediente por correo a la prefectura de Alpes-Maritimes.
    .instructions-1 = Envíelo por carta certificada con acuse de recibo y guarde una copia completa del expediente.

# fr: e4837d50
r-06-aes =
    .title = Admisión excepcional de estancia: expediente por correo
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Envíe su solicitud de admisión excepcional de estancia por correo a la prefectura de Alpes-Maritimes.
    .instructions-1 = Envíelo por carta certificada con acuse de recibo y guarde una copia completa del expediente.

# fr: 708726a8
r-06-renewals =
    .title = Renovaciones: expediente por correo (salvo los permisos que pasaron a la ANEF)
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Envíe su solicitud de renovación por correo a la prefectura de Alpes-Maritimes (la dirección está en la página «Renouvellement du titre de séjour»).
    .instructions-1 = Envíelo por carta certificada con acuse de recibo y guarde una copia completa del expediente.

# fr: 364477f6
r-06-vls_ts_renewal =
    .title = Primera renovación tras un VLS-TS: cita como para una primera solicitud
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Para su primera visita a la prefectura tras un VLS-TS, pida cita como para una primera solicitud.

# fr: 90f2ce67
r-06-recepisse_renewal =
    .title = Renovación del resguardo de 6 meses: teleprocedimiento contacts-demarches
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Pida la renovación de su resguardo en el teleprocedimiento contacts-demarches: es la única forma de envío.

# fr: 1b885084
r-06-title_pickup =
    .title = Recogida de un permiso, un DCEM o un título de viaje tras un SMS: sin cita
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Tras recibir el SMS, preséntese en la prefectura de Alpes-Maritimes, sin cita.
    .hours = de lunes a viernes salvo el jueves, de 13:30 a 14:30

# fr: 85ae74f8
r-06-additional_documents =
    .title = Documentos complementarios pedidos por el servicio
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Siga la página de la prefectura «Je souhaite répondre à une demande de pièces complémentaires».

# fr: e200a0ef
r-06-judgment_execution =
    .title = Ejecución de una sentencia del tribunal administrativo o del tribunal administrativo de apelación
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Siga la página de la prefectura «Je sollicite l'exécution d'un jugement».

# fr: f8cb9b30
r-06-information_request =
    .title = Solicitud de información: cuestionario de la web, un solo tema
    .doubt = Comunicado de la prefectura de noviembre de 2021: desde entonces varios trámites pasaron a la ANEF. Compruébelo en la web de la prefectura.
    .summary = Haga su pregunta mediante el cuestionario «Contactez-nous» de la web de la prefectura, eligiendo un solo tema.
    .instructions-1 = Indique su número de extranjero si tiene uno.
    .instructions-2 = Una solicitud que mezcla varios temas no se tramita: elija el tema que corresponde a su situación.

# fr: 6f306dc6
r-06-short_stay_visa_extension =
    .title = Prórroga de un visado de corta estancia
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Pida la prórroga de su visado de corta estancia en el formulario Démarches simplifiées de la prefectura de Alpes-Maritimes.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 9aa2c43a
r-14-first_title-visa_d =
    .title = Primera solicitud con visado D: presolicitud en línea
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Haga su presolicitud en línea en el formulario Démarches simplifiées de la prefectura de Calvados (primera solicitud con visado D).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 861d9c5e
r-14-first_title-other =
    .title = Primera solicitud, otras situaciones: presolicitud en línea
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Haga su presolicitud en línea en el formulario Démarches simplifiées de la prefectura de Calvados (primera solicitud, otras situaciones).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: c0d60eff
r-14-entered_before_13 =
    .title = Joven mayor de edad que entró en Francia antes de los 13 años: presolicitud en línea
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Haga su presolicitud en línea en el formulario Démarches simplifiées de la prefectura de Calvados (joven mayor de edad que entró en Francia antes de los 13 años).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 2a6ee268
r-14-change_of_status =
    .title = Cambio de estatus: presolicitud en línea
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Haga su presolicitud de cambio de estatus en línea en el formulario Démarches simplifiées de la prefectura de Calvados.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: f5923fb8
r-14-parent_sick_child =
    .title = Padre o madre de un niño enfermo: presolicitud en línea
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Haga su presolicitud en línea en el formulario Démarches simplifiées de la prefectura de Calvados (padre o madre de un niño enfermo).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: a676cf21
r-14-sick_foreigner =
    .title = Extranjero enfermo: primera solicitud en línea
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Haga su primera solicitud «étranger malade» en el formulario Démarches simplifiées de la prefectura de Calvados.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 6fb1b6f7
r-14-aes =
    .title = Admisión excepcional de estancia: solo por correo
    .doubt = Guía de la ASTI du Calvados (asociación), actualizada el 23 de enero de 2025; compruébelo en la web de la prefectura.
    .summary = Su solicitud de admisión excepcional de estancia se envía solo por correo a la prefectura de Calvados.
    .instructions-1 = Envíela por carta certificada con acuse de recibo.
    .instructions-2 = Antes del envío, haga una copia o un escaneo de todo el expediente (formulario rellenado y firmado, justificantes).

# fr: a36ad14a
r-35-entered_before_13 =
    .title = 1.ª tarjeta VPF: entrada en Francia antes de los 13 años
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Ille-et-Vilaine (entrada en Francia antes de los 13 años).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 32b5ed24
r-35-pacs_french =
    .title = 1.ª tarjeta VPF: unido/a por PACS a un/a francés/francesa
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Ille-et-Vilaine (unido/a por PACS a un/a francés/francesa).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: f5f75403
r-35-parent_sick_child =
    .title = 1.ª tarjeta VPF: acompañante de un niño extranjero enfermo
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Ille-et-Vilaine (acompañante de un niño enfermo).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 4974d961
r-35-employee =
    .title = 1.ª tarjeta de asalariado / trabajador temporal
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Ille-et-Vilaine (asalariado o trabajador temporal).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: ffbdeb1a
r-35-young_adult_ase =
    .title = 1.ª tarjeta: joven tutelado por la ASE entre los 16 y los 18 años
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Ille-et-Vilaine (joven confiado a la ASE entre los 16 y los 18 años).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: cbba71f4
r-35-long_term_resident_eu =
    .title = 1.ª tarjeta de asalariado para un residente de larga duración-UE
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Ille-et-Vilaine (asalariado residente de larga duración-UE).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 4a18a1ee
r-49-first_title =
    .title = Ayuda para pedir cita para una primera solicitud
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Pida su cita de primera solicitud mediante el formulario Démarches simplifiées de la prefectura de Maine-et-Loire.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 06da374a
r-51-dcem =
    .title = Documento de viaje para extranjero menor (DCEM)
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Pida el DCEM en el formulario Démarches simplifiées de la prefectura de Marne.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: b4c364c8
r-62-irregular =
    .title = Permiso de residencia, personas en situación irregular (regularización)
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su solicitud en el formulario Démarches simplifiées «régularisation» de la prefectura de Pas-de-Calais.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 30ad7a46
r-62-regular =
    .title = Permiso de residencia, personas en situación regular
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su solicitud en el formulario Démarches simplifiées «titre de séjour» de la prefectura de Pas-de-Calais.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: fed68b46
r-67-first_title =
    .title = Presolicitud de primer permiso (cita)
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Haga su presolicitud (cita) en el formulario Démarches simplifiées de la prefectura de Bas-Rhin.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 33036ee5
r-67-information_request =
    .title = Solicitud de información si la web de la prefectura no responde
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Si la web de la prefectura de Bas-Rhin no responde a su pregunta, hágala en su formulario Démarches simplifiées.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: ebf50a3d
r-69-job_search =
    .title = Tarjeta o APS «búsqueda de empleo o creación de empresa» tras una tarjeta de estudiante
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su solicitud en el formulario Démarches simplifiées de la prefectura de Rhône (búsqueda de empleo o creación de empresa).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 9be27207
r-75-pro_visitor =
    .title = Primera solicitud vida profesional o visitante (caso general)
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la Prefectura de policía (vida profesional o visitante).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: eae094c0
r-75-pro_visitor-algerian =
    .title = Primera solicitud vida profesional o visitante, nacional argelino
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la Prefectura de policía reservado a los nacionales argelinos.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: a2658473
r-75-parent_french_child =
    .title = Primera solicitud, padre o madre de un niño francés
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la Prefectura de policía (padre o madre de un niño francés).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 3c3ad2d0
r-75-family_member =
    .title = Primera solicitud, miembro de la familia
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la Prefectura de policía (miembro de la familia).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 430aafd3
r-75-young_adult =
    .title = Primera solicitud, joven mayor de edad
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la Prefectura de policía (joven mayor de edad).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: d2bb660a
r-75-french_spouse =
    .title = Primera solicitud, cónyuge de francés/francesa
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la Prefectura de policía (cónyuge de francés/francesa).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 97bd830b
r-76-parent_sick_child =
    .title = Regularización del representante legal de un niño extranjero enfermo
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su solicitud en el formulario Démarches simplifiées de la prefectura de Seine-Maritime (padre o madre de un niño enfermo).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 49766572
r-77-information_request =
    .title = Formulario de contacto del servicio de extranjeros
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Si la web de la prefectura de Seine-et-Marne no responde a su pregunta, rellene su formulario de contacto en Démarches simplifiées.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 0140c6e1
r-77-work_regularisation =
    .title = Permiso de residencia por regularización mediante el trabajo
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su solicitud de regularización mediante el trabajo en el formulario Démarches simplifiées de la prefectura de Seine-et-Marne.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 934af518
r-77-meaux =
    .title = Primer permiso, residentes del distrito de Meaux
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Residente del distrito de Meaux: presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Seine-et-Marne.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 4e312925
r-87-covid_visa =
    .title = Prórroga excepcional de visado ligada a la COVID-19
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Medida COVID-19: pida la prórroga excepcional de su visado en el formulario Démarches simplifiées de la prefectura de Haute-Vienne.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 02f15a9f
r-91-young_adult_ase =
    .title = Primer permiso «jóvenes mayores de edad tutelados por la ASE»
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Essonne (jóvenes mayores de edad tutelados por la ASE).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 6c6bab13
r-91-young_adult-etampes =
    .title = Primer permiso «jóvenes mayores de edad», Étampes
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées «jeunes majeurs» de la subprefectura de Étampes.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 070637da
r-91-young_adult-evry =
    .title = Primer permiso «jóvenes mayores de edad», Évry
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées «jeunes majeurs» de la prefectura, en Évry.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 80d3a3c0
r-91-young_adult-palaiseau =
    .title = Primer permiso «jóvenes mayores de edad», Palaiseau
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées «jeunes majeurs» de la subprefectura de Palaiseau.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 0fc0050d
r-93-covid_visa =
    .title = Prórroga excepcional de visado ligada a la COVID-19
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Medida COVID-19: pida la prórroga excepcional de su visado en el formulario Démarches simplifiées de la prefectura de Seine-Saint-Denis.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 0b8b80e8
r-93-le_raincy =
    .title = Primera solicitud de pleno derecho (fuera de la admisión excepcional), subprefectura de Le Raincy
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Distrito de Le Raincy: presente su primera solicitud en el formulario Démarches simplifiées de la subprefectura de Le Raincy.
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: badcd5e3
r-93-professional =
    .title = Primera solicitud vida profesional
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Seine-Saint-Denis (vida profesional).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 012a72c8
r-93-private_family =
    .title = Primera solicitud vida privada y familiar
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .summary = Presente su primera solicitud en el formulario Démarches simplifiées de la prefectura de Seine-Saint-Denis (vida privada y familiar).
    .instructions-1 = Rellene el formulario en línea en demarches-simplifiees.fr; la prefectura vuelve a contactarle para lo siguiente (cita, documentos que faltan).

# fr: 328fa04c
r-973-naturalisation =
    .title = Guayana: naturalización ante la plataforma local, no en NATALI
    .summary = En Guayana, NATALI no está abierto: presente su solicitud de naturalización ante la plataforma local, en la prefectura.

# fr: 98815b71
r-fallback-prefecture =
    .title = Solicitud en la prefectura del lugar de residencia (caso general)
    .summary = La solicitud se hace en la prefectura (o subprefectura) de su departamento, en general con cita: la web de la prefectura indica cómo obtenerla.
    .instructions-1 = Compruebe en la web de la prefectura los horarios y la forma de pedir cita.
    .instructions-2 = Pedir cita es gratuito: use solo la web oficial de la prefectura.

# fr: 07bc4606
r-fallback-contact =
    .title = Pregunta, documentos complementarios, ejecución de una sentencia: contactar con la prefectura
    .summary = Diríjase al servicio de extranjeros de su prefectura, mediante el formulario de contacto de su web o en su ventanilla.
    .instructions-1 = Indique su número de extranjero (AGDREF) si figura en sus documentos.
    .instructions-2 = Para una solicitud presentada en la ANEF, responda a las peticiones de documentos en su espacio ANEF.

# fr: bdad8b5b
r-fallback-title_pickup =
    .title = Recogida de un permiso tras recibir un SMS
    .summary = Espere el SMS de la prefectura y luego preséntese en la ventanilla indicada (a menudo sin cita).
    .instructions-1 = Siga los horarios y el lugar indicados en el SMS o en la web de la prefectura.
    .instructions-2 = Lleve el justificante del pago de los timbres fiscales: se pide al entregar el permiso.

# fr: 12ad2d73
r-fallback-recepisse_renewal =
    .title = Renovación de un resguardo mediante el teleservicio contacts-demarches
    .doubt = Confirmado solo para Alpes-de-Haute-Provence (2020) y Alpes-Maritimes (2021); no se pudo comprobar el uso actual de este teleservicio. Compruébelo en la web de su prefectura.
    .summary = Pida la renovación de su resguardo en línea, en el teleservicio contacts-demarches del Ministerio del Interior, antes de que caduque.
    .instructions-1 = La renovación del resguardo no es automática: tiene que pedirla usted.

# fr: 1784cc28
r-anef-students =
    .title = Estudiantes: renovación y cambio de estatus en la ANEF
    .summary = Su solicitud se hace en línea en la ANEF (administración digital para los extranjeros en Francia).
    .instructions-1 = Cree o abra su cuenta ANEF y luego presente la solicitud con todos los documentos.

# fr: 15ed7101
r-anef-students-first_title =
    .title = Estudiantes con visado de larga estancia: primera solicitud en la ANEF
    .doubt = Los estudiantes con visado «concours», «mineur scolarisé» o «jeune au pair» no están afectados: van a la prefectura (fuente universitaria).
    .summary = Su primera solicitud de permiso de estudiante se hace en línea en la ANEF.

# fr: b3016a26
r-anef-visitor =
    .title = Visitantes: solicitudes en la ANEF
    .doubt = No se leyó la fecha exacta de inclusión del permiso «visitante» en la lista ANEF; la regla parte del primer texto fechado que lo confirma (Alpes-Maritimes, 22 de noviembre de 2021).
    .summary = Su solicitud de permiso «visitante» se hace en línea en la ANEF.

# fr: e7abfaad
r-anef-protection =
    .title = Beneficiarios de protección internacional: solicitudes en la ANEF
    .doubt = Las fuentes dicen «desde mayo de 2022» sin dar el día.
    .summary = Su solicitud de permiso de residencia de beneficiario de protección se hace en línea en la ANEF.

# fr: 30741bb9
r-anef-eu_citizens =
    .title = Ciudadanos de la Unión Europea: tarjeta de residencia en la ANEF
    .doubt = Las fuentes dicen «desde septiembre de 2022» (o noviembre) sin dar el día.
    .summary = No está obligado/a a tener tarjeta de residencia; si quiere una, la solicitud se hace en línea en la ANEF.

# fr: 4b7dce76
r-anef-family_2023 =
    .title = Familia de franceses, temporeros, familia de europeos: ANEF desde el 5 de abril de 2023
    .summary = Su solicitud se hace en línea en la ANEF (obligatorio desde el 5 de abril de 2023 para este motivo).

# fr: 7e76a88b
r-anef-talent =
    .title = Pasaporte talento y talento (familia): solicitudes en la ANEF
    .doubt = La fecha del 31 de mayo de 2021 solo la da el servicio internacional de una universidad; no se ha leído el arrêté que inscribió el passeport talent en la lista ANEF.
    .summary = Su solicitud de pasaporte talento se hace en línea en la ANEF.

# fr: 77ea3fe2
r-anef-family_reunification =
    .title = Beneficiarios de la reagrupación familiar: solicitudes en la ANEF
    .doubt = Orden del 22 de junio de 2023 no leída: la regla parte del anuncio de La Cimade del 28 de junio de 2023.
    .summary = Su solicitud se hace en línea en la ANEF.

# fr: e28fe5f7
r-anef-vulnerability =
    .title = «Vida privada y familiar – vulnerabilidades»: ANEF desde el 3 de octubre de 2023
    .summary = Su solicitud se hace en línea en la ANEF.

# fr: 29ae61a2
r-anef-ase_before_16 =
    .title = Joven confiado a la ASE a más tardar a los 16 años (L.423-22): ANEF desde el 3 de octubre de 2023
    .summary = Confiado/a a la ayuda social a la infancia (ASE) a más tardar el día en que cumplió 16 años, pide la tarjeta «vie privée et familiale» (L.423-22) en línea en la ANEF.

# fr: 4c374a6a
r-anef-resident_card_renewal =
    .title = Renovación de las tarjetas de residente: ANEF desde el 4 de julio de 2024
    .summary = La renovación de su tarjeta de residente se hace en línea en la ANEF.

# fr: 9cbdb70d
r-anef-rld_ue_renewal =
    .title = Renovación de la tarjeta de residente de larga duración-UE: ANEF desde julio de 2024
    .doubt = Lo recoge un solo artículo de prensa; coherente con el arrêté del 1 de julio de 2024, que se refiere a la renovación de las tarjetas de residente de todas las menciones. Si su tarjeta no es una tarjeta de residente, consulte la web de la prefectura.
    .summary = La renovación de su tarjeta de residente de larga duración-UE se hace en línea en la ANEF.

# fr: cbaa0481
r-anef-other_2025 =
    .title = Nacidos en Francia, extranjeros enfermos, renta AT/MP: solicitudes en la ANEF
    .doubt = No se encontró la fecha en que estos permisos pasaron a la ANEF; la regla parte de la guía de la ASTI du Calvados (23 de enero de 2025), que los enumera.
    .summary = Su solicitud se hace en línea en la ANEF.

# fr: 7e3e2b2c
r-anef-vls_ts_validation =
    .title = Validación del visado de larga estancia que vale como permiso de residencia (VLS-TS) en la ANEF
    .doubt = La fuente dice «a principios de 2019» sin dar el día.
    .summary = Valide su visado de larga estancia en línea en la ANEF y pague la tasa, en los 3 meses siguientes a su llegada.

# fr: 21baceda
r-anef-short_procedures =
    .title = Duplicado, cambio de dirección, DCEM: ANEF, única forma de envío
    .doubt = No se encontró la fecha nacional del paso a la ANEF; la regla parte del primer texto fechado que lo confirma (Alpes-Maritimes, 22 de noviembre de 2021).
    .summary = Este trámite se hace solo en línea, en la ANEF.

# fr: 8d0a04bd
r-anef-travel_document =
    .title = Títulos de viaje (TVE/TVR, DCEM) en la ANEF
    .doubt = La fuente fechada más antigua que lo confirma es la prefectura de Pas-de-Calais (3 de octubre de 2023).
    .summary = Su solicitud de título de viaje se hace en línea en la ANEF.

# fr: 71e2f69d
r-anef-work_authorisation =
    .title = Autorización de trabajo: la pide el empleador en la ANEF
    .summary = Es el empleador quien pide la autorización de trabajo, en línea en la ANEF; después se adjunta a su solicitud de permiso.

# fr: b622188d
r-natali =
    .title = Naturalización: presentación en línea en NATALI desde el 6 de febrero de 2023
    .summary = Su solicitud de naturalización se presenta en línea en NATALI; los expedientes en papel se devuelven.
    .instructions-1 = Conexión mediante FranceConnect, número de visado, número de permiso o identificadores ANEF.

# fr: 4c3925b7
r-asylum-spada_guda =
    .title = Asilo: servicio de primera acogida (SPADA) y luego ventanilla única (GUDA)
    .summary = Vaya primero al servicio de primera acogida de solicitantes de asilo (SPADA): le da una cita en la ventanilla única (GUDA) de la prefectura, que registra su solicitud.
    .instructions-1 = La GUDA le entrega un certificado de solicitud de asilo, que vale como documento de estancia.

# fr: f7ca1036
r-contest-tribunal =
    .title = Recurrir una denegación de permiso o una OQTF: tribunal administrativo del lugar de residencia
    .summary = Una denegación de permiso o una obligación de salir del territorio se recurre ante el tribunal administrativo del que depende su lugar de residencia. Los plazos pueden ser muy cortos: lea enseguida el apartado «voies et délais de recours» de la decisión y contacte con un abogado o una asociación.
    .instructions-1 = El plazo para acudir al tribunal figura en la decisión, en el apartado «voies et délais de recours».
    .instructions-2 = Guarde la decisión y la prueba de la fecha en que la recibió: el plazo corre desde su notificación.

# fr: 8ef0aefe
r-refusal-vls_ts-algerian_eu =
    .title = Sin VLS-TS para los argelinos ni para los ciudadanos de la UE
    .message = el visado de larga estancia que vale como permiso de residencia (VLS-TS) no afecta a los nacionales argelinos ni a los ciudadanos de la UE/EEE/Suiza: no hay validación que hacer

# fr: b5a070f5
r-refusal-talent-algerian =
    .title = Los argelinos están excluidos del pasaporte talento
    .message = los nacionales argelinos no pueden obtener la tarjeta «passeport talent» (su estancia se rige por el acuerdo franco-argelino de 1968)

# fr: 4f58a528
r-window-anef_renewal =
    .title = Renovación de un permiso de la lista ANEF: entre el día 120 y el día 60 antes de la caducidad
    .label = Presente la solicitud de renovación entre el día 120 y el día 60 antes del fin de validez de su permiso.
    .late-1 = Presentada fuera de este periodo, la solicitud solo da derecho a una confirmación de presentación, que no prueba que su estancia sea regular: no hay certificado de prórroga de instrucción.
    .late-2 = Una solicitud de renovación presentada con retraso conlleva la tasa de visado de regularización de 180 €, salvo fuerza mayor o visado vigente (L.436-5).

# fr: 9caf60ce
r-window-two_months =
    .title = Renovación de otro permiso: en los dos meses anteriores a la caducidad
    .label = Presente la solicitud de renovación en los dos meses anteriores al fin de validez de su permiso.
    .late-1 = Una solicitud de renovación presentada con retraso conlleva la tasa de visado de regularización de 180 €, salvo fuerza mayor o visado vigente (L.436-5).
    .late-2 = Tras la caducidad, sin resguardo, ya no tiene prueba de estancia regular: el derecho a trabajar y los derechos sociales pueden interrumpirse.

# fr: c8f0425f
r-window-vls_ts =
    .title = Validación del VLS-TS: en los 3 meses siguientes a la entrada en Francia
    .label = Valide su visado de larga estancia en la ANEF en los 3 meses siguientes a su entrada en Francia.
    .late-1 = Sin validación en 3 meses, el visado ya no vale como permiso de residencia: está en situación irregular y se le puede pedir la tasa de visado de regularización.

# fr: 12677184
r-window-first_title_after_entry =
    .title = Primera solicitud: en los 2 meses siguientes a la entrada en Francia
    .label = Presente su primera solicitud en los 2 meses siguientes a su entrada en Francia.
    .late-1 = Si no se pide ninguna tarjeta en los 3 meses siguientes a la entrada, se debe el derecho de visado de regularización (L.436-4).

# fr: 8112de51
r-window-eu_family =
    .title = Familiar de un europeo: tarjeta en los 3 meses siguientes a la entrada
    .doubt = Regla tomada de una versión antigua de la ficha de service-public (sin fecha).
    .label = Pida su tarjeta en los 3 meses siguientes a su entrada en Francia.

# fr: f5c8fdc3
r-rejection-four_months =
    .title = Silencio de la prefectura durante 4 meses: denegación implícita
    .label = Sin respuesta 4 meses después de la presentación, la solicitud se deniega implícitamente.
    .then-what-1 = Puede pedir por escrito los motivos de esta denegación implícita, dentro del plazo de recurso; deben comunicárselos en el plazo de un mes.
    .then-what-2 = La denegación puede impugnarse ante el tribunal administrativo en 2 meses (denegación sin obligación de abandonar el territorio).

# fr: 5acc9792
r-rejection-student_90_days =
    .title = Estudiante que prolonga su estancia: denegación implícita a los 90 días
    .label = Para un estudiante que prolonga su estancia, el silencio equivale a denegación a los 90 días.
    .then-what-1 = Puede pedir por escrito los motivos de esta denegación implícita, dentro del plazo de recurso; deben comunicárselos en el plazo de un mes.
    .then-what-2 = La denegación puede impugnarse ante el tribunal administrativo en 2 meses (denegación sin obligación de abandonar el territorio).

# fr: eca31b78
r-notice-address_change =
    .title = Cambio de dirección: declararlo en 3 meses
    .label = Plazo de declaración
    .text = Declare su nueva dirección en los 3 meses siguientes a la mudanza (permisos válidos más de un año).

# fr: fd930a86
r-notice-resident_card_grace =
    .title = Tarjeta de residente caducada: 3 meses de estancia regular con la prueba de la solicitud
    .label = Tras la caducidad
    .text = Si pidió la renovación, su tarjeta caducada y la prueba de la solicitud demuestran su estancia regular durante 3 meses, con el derecho a trabajar y sus derechos sociales (L.433-3).

# fr: 212369e4
r-notice-six_months_late =
    .title = Más de 6 meses tras la caducidad: se trata como una primera solicitud
    .doubt = Citado por un despacho de abogados (CAA Douai, 18 de junio de 2025); no se leyó el texto del artículo R.431-8.
    .label = Retraso importante
    .text = Una solicitud presentada más de 6 meses después de la caducidad del permiso puede tratarse como una primera solicitud (entonces se puede exigir un visado).

# fr: aaf5fe8a
r-notice-integration-csp =
    .title = Primera tarjeta plurianual: francés A2 y examen cívico, desde el 1 de enero de 2026
    .doubt = Exenciones que solo recoge la prensa: los titulares de un permiso «talent» no harían el examen cívico, y los argelinos (acuerdo franco-argelino de 1968) no estarían afectados. Las fuentes consultadas no dicen qué tarjetas plurianuales de un motivo particular (estudiante, temporero…) están exentas: infórmese en la prefectura.
    .label = Primera tarjeta plurianual: francés A2 y examen cívico
    .text = Desde el 1 de enero de 2026, una primera tarjeta de residencia plurianual solo se expide con un nivel de francés A2 como mínimo y el examen cívico aprobado (mención «carte de séjour pluriannuelle»), que debe hacerse antes de presentar la solicitud. La renovación de una tarjeta de un año o de un VLS-TS en tarjeta plurianual está afectada; la de una tarjeta plurianual, no.

# fr: 53629161
r-notice-integration-resident =
    .title = Primera tarjeta de residente: francés B1 y examen cívico, desde el 1 de enero de 2026
    .doubt = Solo lo recoge la prensa: los argelinos (acuerdo franco-argelino de 1968) no estarían afectados.
    .label = Primera tarjeta de residente: francés B1 y examen cívico
    .text = Desde el 1 de enero de 2026, una primera tarjeta de residente solo se expide con un nivel de francés B1 como mínimo y el examen cívico aprobado (mención «carte de résident»), que debe hacerse antes de presentar la solicitud. La renovación de una tarjeta de residente no está afectada.

# fr: 3a65d288
r-notice-integration-naturalisation =
    .title = Naturalización: francés B2 y examen cívico, desde el 1 de enero de 2026
    .label = Naturalización: francés B2 y examen cívico
    .text = Desde el 1 de enero de 2026, la naturalización exige un nivel de francés B2 como mínimo y aprobar el examen cívico (mención «naturalisation»), que debe hacerse antes de presentar la solicitud.

# fr: 1384a28c
r-notice-cst_cap =
    .title = Como máximo tres tarjetas de residencia temporales seguidas con la misma mención (L.433-1-1)
    .doubt = No se ha leído la fecha de entrada en vigor del artículo L.433-1-1: la regla empieza el día siguiente a la publicación de la ley n.º 2024-42 del 26 de enero de 2024.
    .label = Tarjetas temporales sucesivas
    .text = Una tarjeta de residencia temporal no puede renovarse más de tres veces seguidas con la misma mención (L.433-1-1), salvo para las personas dispensadas del contrato de integración republicana (estudiantes, temporeros, trabajadores temporales, extranjeros enfermos, visitantes, becarios).

# fr: dceefd68
r-notice-contest-refusal =
    .title = Denegación de permiso sin OQTF: 2 meses para acudir al tribunal administrativo
    .label = Plazo de recurso: 2 meses
    .text = Una denegación de permiso sin obligación de salir del territorio, o un rechazo implícito, se recurre ante el tribunal administrativo en los 2 meses siguientes a su notificación. Un recurso de reposición ante el prefecto, o jerárquico ante el ministro, presentado en esos 2 meses conserva este plazo.

# fr: 4476fc6d
r-notice-contest-oqtf =
    .title = OQTF dictada desde el 15 de julio de 2024: 1 mes, 7 días o 48 horas
    .label = OQTF: el plazo puede ser de 48 horas
    .text = Contra una obligación de salir del territorio dictada desde el 15 de julio de 2024, el plazo de recurso es de 1 mes, 7 días o 48 horas según la decisión y su situación: 48 horas en retención administrativa, 7 días si está en arresto domiciliario o detenido/a. Figura en la decisión, en el apartado «voies et délais de recours». Los plazos de 48 horas y de 7 días corren desde la notificación y se cuentan de hora en hora. Solo el plazo de 1 mes se interrumpe con una solicitud de asistencia jurídica gratuita hecha a más tardar con el recurso. Actúe de inmediato.

# fr: 8c22cd25
r-notice-contest-oqtf-before_2024 =
    .title = OQTF dictada antes del 15 de julio de 2024: 30 días, 15 días o 48 horas
    .label = OQTF: el plazo puede ser de 48 horas
    .text = Contra una obligación de salir del territorio, el plazo de recurso es de 30 días, 15 días o 48 horas según la decisión y su situación. Figura en la decisión, en el apartado «voies et délais de recours». Actúe de inmediato.

# fr: 3615a949
r-provisional-api =
    .title = Renovación ANEF presentada a tiempo: certificado de prórroga de instrucción
    .summary = Si su solicitud está completa y se presentó dentro del periodo, y la instrucción dura más allá del fin de su permiso, la prefectura debe poner a su disposición en la ANEF un certificado de prórroga de instrucción.
    .validity = 3 meses como máximo, renovado mientras el prefecto no haya resuelto.
    .lawful-stay = Sí, con su permiso caducado.
    .work = Sí, si su permiso le permitía trabajar.

# fr: f3da7aba
r-provisional-api-late =
    .title = Renovación ANEF presentada fuera del periodo: solo una confirmación de presentación
    .summary = Su solicitud se presentó fuera del periodo previsto: solo recibe una confirmación de presentación, que no prueba que su estancia sea regular.

# fr: 33ae9c2d
r-provisional-anef_first =
    .title = Primera solicitud o cambio de estatus en la ANEF: confirmación de presentación
    .summary = Al presentar, la ANEF emite de inmediato una confirmación de presentación. Prueba que usted presentó la solicitud, no que su estancia sea regular. Si la decisión es favorable, sigue un certificado de decisión favorable.

# fr: 639eb76b
r-provisional-recepisse =
    .title = Solicitud en ventanilla, por correo o por Démarches simplifiées: resguardo
    .summary = Un expediente completo da lugar a un resguardo, entregado en una citación en la prefectura. Es usted quien debe pedir su renovación antes de que caduque.
    .validity = Primera solicitud: 4 o 6 meses. Renovación: 3 meses desde el día siguiente a la caducidad del permiso, renovable.
    .work = Según el permiso solicitado: sí para la renovación de un permiso que permitía trabajar, y para algunas primeras solicitudes (asalariado, vida privada y familiar…).
    .social-rights = Sí para una renovación; según el permiso para una primera solicitud.
    .travel = Un resguardo de primera solicitud no permite salir de Francia y volver.

# fr: 877558e2
r-provisional-recepisse-aes =
    .title = Admisión excepcional: el resguardo no permite trabajar
    .summary = Un expediente completo da lugar a un resguardo, entregado en una citación en la prefectura. Para una admisión excepcional de residencia, prueba que su estancia es regular durante su vigencia, pero no le autoriza a trabajar.
    .validity = La duración que figura en el resguardo; es usted quien debe pedir su renovación antes de que caduque.
    .travel = Un resguardo de primera solicitud no permite salir de Francia y volver.

# fr: c48ab43e
r-provisional-recepisse-ase_16_18 =
    .title = Joven confiado a la ASE entre los 16 y los 18 años (L.435-3): el resguardo no permite trabajar
    .summary = Un expediente completo da lugar a un resguardo, entregado en una citación en la prefectura. Para una solicitud al amparo del artículo L.435-3, prueba que su estancia es regular durante su vigencia, pero los textos no prevén que autorice a trabajar.
    .validity = La duración que figura en el resguardo; es usted quien debe pedir su renovación antes de que caduque.
    .travel = Un resguardo de primera solicitud no permite salir de Francia y volver.

# fr: 0964b8bd
r-provisional-recepisse-r431_14-work =
    .title = Primera solicitud como asalariado o trabajador temporal: el resguardo permite trabajar si se cumplen las condiciones de la autorización de trabajo (R.431-14)
    .doubt = Lista leída en Légifrance en su versión del 2 de diciembre de 2023, truncada en la fuente.
    .summary = Un expediente completo da lugar a un resguardo, entregado en una citación en la prefectura. Para una primera solicitud «salarié» o «travailleur temporaire», permite trabajar si se cumplen las condiciones de la autorización de trabajo.
    .validity = Primera solicitud: 4 o 6 meses. Es usted quien debe pedir su renovación antes de que caduque.
    .work = Sí, si se cumplen las condiciones de la autorización de trabajo (artículo L.5221-1 del código de trabajo).
    .travel = Un resguardo de primera solicitud no permite salir de Francia y volver.

# fr: deea1601
r-provisional-recepisse-r431_14-family =
    .title = Primera solicitud como cónyuge o padre/madre de francés, víctima de trata, passeport talent: el resguardo permite trabajar (R.431-14)
    .doubt = Lista leída en Légifrance en su versión del 2 de diciembre de 2023, truncada en la fuente; los motivos son los de los artículos L.423-1 (cónyuge de francés), L.423-7 (padre o madre de niño francés), L.425-1 (víctima de trata) y del passeport talent.
    .summary = Un expediente completo da lugar a un resguardo, entregado en una citación en la prefectura. Para esta primera solicitud, permite trabajar.
    .validity = Primera solicitud: 4 o 6 meses. Es usted quien debe pedir su renovación antes de que caduque.
    .travel = Un resguardo de primera solicitud no permite salir de Francia y volver.

# fr: 10d3e01d
r-doc-identity =
    .title = Documento de identidad
    .label = Pasaporte (páginas de estado civil, validez, visados y sellos de entrada) u otro documento de identidad con foto
    .details = A falta de pasaporte: certificado consular, documento de identidad o tarjeta consular con foto, o certificado de nacionalidad de menos de 6 meses con foto.

# fr: 2f39d205
r-doc-birth_certificate =
    .title = Partida de nacimiento
    .label = Copia íntegra de la partida de nacimiento con las anotaciones más recientes
    .details = Con, en su caso, la sentencia que ordenó su transcripción (sentencia declarativa o supletoria).

# fr: a7c9662e
r-doc-sworn_translation =
    .title = Traducción de los documentos extranjeros
    .label = Traducción al francés de los documentos de estado civil extranjeros, por un traductor intérprete jurado ante un tribunal de apelación

# fr: db26685e
r-doc-proof_of_address =
    .title = Justificante de domicilio de menos de 3 meses
    .label = Justificante de domicilio de menos de 3 meses
    .details = Factura (electricidad, gas, agua, teléfono fijo, internet), recibo de alquiler, contrato de alquiler, seguro de hogar. Si vive alojado/a: certificado firmado por quien le aloja, su documento de identidad o permiso y su justificante de domicilio.

# fr: a58ea8ba
r-doc-proof_of_address-anef =
    .title = Justificante de domicilio de menos de 6 meses (solicitudes ANEF)
    .label = Justificante de domicilio de menos de 6 meses
    .details = Factura (electricidad, gas, agua, teléfono fijo, internet), recibo de alquiler, contrato de alquiler, seguro de hogar. Si vive alojado/a: certificado firmado por quien le aloja, su documento de identidad o permiso y su justificante de domicilio.

# fr: 01358e10
r-doc-photos =
    .title = Fotos de identidad
    .label = 2 a 3 fotos de identidad recientes e idénticas, 35 × 45 mm
    .details = Cabeza descubierta, rostro neutro, fondo claro y liso.

# fr: fe17df9e
r-doc-photos-anef =
    .title = Código e-photo (solicitudes ANEF)
    .label = Código e-photo (foto y firma digitales)
    .details = Hacerla en un fotógrafo o en una cabina con el logotipo «Agréé ANTS».

# fr: b611de04
r-doc-current_title =
    .title = Permiso vigente
    .label = Su permiso de residencia actual (anverso y reverso)

# fr: 29a6f484
r-doc-tax-general =
    .title = Timbres fiscales: caso general (hasta el 30 de abril de 2026)
    .label = Timbres fiscales electrónicos: 225 € (tasa de 200 € y derecho de timbre de 25 €)
    .details = En timbres.impots.gouv.fr («titres pour étrangers») o en un estanco autorizado; el justificante se pide al entregar el permiso.
    .amount = 225 €

# fr: 2d3e3253
r-doc-tax-first-2026 =
    .title = Timbres fiscales: primera expedición, desde la ley de finanzas de 2026
    .doubt = Subida validada por el Conseil constitutionnel (decisión 2026-901 DC del 19 de febrero de 2026); su entrada en vigor «en mayo de 2026» es referida, el día (1 de mayo) no se ha leído en el Journal officiel. Para un cambio de estatus se indica el importe de una primera expedición: las fuentes consultadas no lo precisan. Compruebe el importe en timbres.impots.gouv.fr.
    .label = Timbres fiscales electrónicos: 350 € (tasa de 300 € y derecho de timbre de 50 €)
    .details = En timbres.impots.gouv.fr («titres pour étrangers») o en un estanco autorizado; el justificante se pide al entregar el permiso.
    .amount = 350 €

# fr: 44a37a9a
r-doc-tax-renewal-2026 =
    .title = Timbres fiscales: renovación, desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor (1 de mayo de 2026) es referido, no leído en el Journal officiel. LCP habla de una subida «sobre la renovación»; la tabla de la Unafo, retomada por la FAS, que da cada línea, deja la tasa de renovación en 200 €: es el importe indicado. Compruébelo en timbres.impots.gouv.fr.
    .label = Timbres fiscales electrónicos: 250 € (tasa de 200 € y derecho de timbre de 50 €)
    .details = En timbres.impots.gouv.fr («titres pour étrangers») o en un estanco autorizado; el justificante se pide al entregar el permiso.
    .amount = 250 €

# fr: 5fe1dbf1
r-doc-tax-reduced =
    .title = Timbres fiscales: tarifa reducida (estudiantes, temporeros, reagrupación familiar…), hasta el 30 de abril de 2026
    .label = Timbres fiscales electrónicos: 75 € (tasa reducida de 50 € y derecho de timbre de 25 €)
    .details = En timbres.impots.gouv.fr («titres pour étrangers») o en un estanco autorizado; el justificante se pide al entregar el permiso.
    .amount = 75 €

# fr: edb257b7
r-doc-tax-reduced-first-2026 =
    .title = Timbres fiscales: tarifa reducida, primera expedición, desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor (1 de mayo de 2026) es referido, no leído en el Journal officiel. Compruebe el importe en timbres.impots.gouv.fr.
    .label = Timbres fiscales electrónicos: 150 € (tasa reducida de 100 € y derecho de timbre de 50 €)
    .details = En timbres.impots.gouv.fr («titres pour étrangers») o en un estanco autorizado; el justificante se pide al entregar el permiso.
    .amount = 150 €

# fr: fdd9f8e3
r-doc-tax-reduced-renewal-2026 =
    .title = Timbres fiscales: tarifa reducida, renovación, desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor (1 de mayo de 2026) es referido, no leído en el Journal officiel. Compruebe el importe en timbres.impots.gouv.fr.
    .label = Timbres fiscales electrónicos: 100 € (tasa reducida de 50 € y derecho de timbre de 50 €)
    .details = En timbres.impots.gouv.fr («titres pour étrangers») o en un estanco autorizado; el justificante se pide al entregar el permiso.
    .amount = 100 €

# fr: 2b548f05
r-doc-tax-exempt_first =
    .title = Primera expedición exenta de la tasa de 200 € (extranjero enfermo, refugiados, protección subsidiaria), hasta el 30 de abril de 2026
    .label = Sin tasa de 200 € para esta primera expedición; derecho de timbre de 25 €
    .amount = 25 €

# fr: 4b79f497
r-doc-tax-exempt_first-ase =
    .title = Joven confiado a la ASE a más tardar a los 16 años: primera tarjeta exenta de la tasa (L.423-22), hasta el 30 de abril de 2026
    .label = Sin tasa de 200 € para esta primera expedición; derecho de timbre de 25 €
    .amount = 25 €

# fr: ef6bb982
r-doc-tax-exempt_first-2026 =
    .title = Primera expedición exenta de la tasa (extranjero enfermo, refugiados, protección subsidiaria), desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor del derecho de timbre de 50 € (1 de mayo de 2026) es referido, no leído en el Journal officiel.
    .label = Sin tasa para esta primera expedición; derecho de timbre de 50 €
    .amount = 50 €

# fr: b6f29cc5
r-doc-tax-exempt_first-ase-2026 =
    .title = Joven confiado a la ASE a más tardar a los 16 años: primera tarjeta exenta de la tasa (L.423-22), desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor del derecho de timbre de 50 € (1 de mayo de 2026) es referido, no leído en el Journal officiel.
    .label = Sin tasa para esta primera expedición; derecho de timbre de 50 €
    .amount = 50 €

# fr: 40370a62
r-doc-tax-aps =
    .title = Autorización provisional de residencia (padre o madre de un niño enfermo): sin tasa sobre los permisos, hasta el 30 de abril de 2026
    .doubt = Las fuentes consultadas no dicen si el derecho de timbre de 25 € se debe para una autorización provisional de residencia.
    .label = Sin tasa de 200 €: la autorización provisional de residencia no está sujeta a ella

# fr: 4c9310f3
r-doc-tax-aps-2026 =
    .title = Autorización provisional de residencia (padre o madre de un niño enfermo): tasa de 100 €, desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor (1 de mayo de 2026) es referido, no leído en el Journal officiel; las fuentes no dicen si se añade el derecho de timbre de 50 €.
    .label = Tasa de 100 € sobre la autorización provisional de residencia
    .amount = 100 €

# fr: 4b1078ea
r-doc-tax-trafficking =
    .title = Víctimas de trata o proxenetismo: ni tasa ni timbre
    .label = Ni tasa ni derecho de timbre
    .amount = 0 €

# fr: 88920689
r-doc-tax-eu_citizen =
    .title = Ciudadanos de la UE: tarjeta gratuita
    .label = Tarjeta gratuita: ningún timbre
    .amount = 0 €

# fr: 7d1b3405
r-doc-tax-duplicate =
    .title = Timbres fiscales para un duplicado (hasta el 30 de abril de 2026)
    .label = Timbres fiscales: 225 € en general
    .details = 75 € para un permiso de estudiante, renta AT/MP, becario, au pair, reagrupación familiar o temporero; 25 € para un joven confiado a la ASE; gratuito para las víctimas de violencia conyugal, trata o proxenetismo.
    .amount = 225 €

# fr: e03c4bc6
r-doc-tax-duplicate-2026 =
    .title = Timbres fiscales para un duplicado, desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor (1 de mayo de 2026) es referido, no leído en el Journal officiel. Importes deducidos de la tasa de renovación del motivo (L.436-2) y del derecho de timbre de 50 €.
    .label = Timbres fiscales: 250 € en general (tasa de 200 € y derecho de timbre de 50 €)
    .details = 100 € (tasa reducida de 50 € y timbre de 50 €) para un permiso de estudiante, renta AT/MP, becario, au pair, reagrupación familiar o temporero; 50 € (solo el timbre) para un joven confiado a la ASE; gratuito para las víctimas de violencia conyugal, trata o proxenetismo.
    .amount = 250 €

# fr: 6b022229
r-doc-tax-address_change =
    .title = Timbre fiscal para un cambio de dirección (hasta el 30 de abril de 2026)
    .label = Timbres fiscales: 25 €
    .details = Gratuito para los ciudadanos de la UE, del EEE o de Suiza y sus familiares.
    .amount = 25 €

# fr: 9f96397f
r-doc-tax-address_change-2026 =
    .title = Timbre fiscal para un cambio de dirección, desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor (1 de mayo de 2026) es referido, no leído en el Journal officiel.
    .label = Timbres fiscales: 50 € (derecho de timbre)
    .details = Gratuito para los ciudadanos de la UE, del EEE o de Suiza y sus familiares.
    .amount = 50 €

# fr: 3d64bedc
r-doc-tax-address_change-eu =
    .title = Cambio de dirección gratuito para los europeos y su familia
    .label = Ningún timbre fiscal
    .amount = 0 €

# fr: 7cfcc497
r-doc-tax-dcem =
    .title = Tasa por un DCEM
    .label = Tasa de 50 € (L.436-3)
    .amount = 50 €

# fr: 079d61f6
r-doc-tax-naturalisation =
    .title = Naturalización: derecho de timbre de 55 € (hasta el 30 de abril de 2026)
    .doubt = Importe anterior dado por la tabla de la Unafo; no se ha encontrado desde qué fecha se aplicaba (la regla empieza con la apertura de NATALI).
    .label = Timbre fiscal de 55 €
    .amount = 55 €

# fr: ec1899ab
r-doc-tax-naturalisation-2026 =
    .title = Naturalización: derecho de timbre de 255 €, desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor (1 de mayo de 2026) es referido, no leído en el Journal officiel.
    .label = Timbre fiscal de 255 €
    .amount = 255 €

# fr: f4667050
r-doc-regularisation_visa-aes =
    .title = Admisión excepcional: derecho de visado de regularización (hasta el 30 de abril de 2026)
    .label = Derecho de visado de regularización: 200 €, de los cuales 50 € se pagan al presentar la solicitud y no se devuelven
    .details = Se suma a la tasa y al timbre del permiso.
    .amount = 200 €

# fr: 3f648656
r-doc-regularisation_visa-irregular =
    .title = Estancia irregular: derecho de visado de regularización (hasta el 30 de abril de 2026)
    .label = Derecho de visado de regularización: 200 €, de los cuales 50 € se pagan al presentar la solicitud y no se devuelven
    .details = Se suma a la tasa y al timbre del permiso.
    .amount = 200 €

# fr: 873f151a
r-doc-regularisation_visa-aes-2026 =
    .title = Admisión excepcional: derecho de visado de regularización, desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor (1 de mayo de 2026) es referido, no leído en el Journal officiel.
    .label = Derecho de visado de regularización: 300 €, de los cuales 100 € se pagan al presentar la solicitud y no se devuelven
    .details = Se suma a la tasa y al timbre del permiso.
    .amount = 300 €

# fr: cf6186a5
r-doc-regularisation_visa-irregular-2026 =
    .title = Estancia irregular: derecho de visado de regularización, desde la ley de finanzas de 2026
    .doubt = El día de entrada en vigor (1 de mayo de 2026) es referido, no leído en el Journal officiel.
    .label = Derecho de visado de regularización: 300 €, de los cuales 100 € se pagan al presentar la solicitud y no se devuelven
    .details = Se suma a la tasa y al timbre del permiso.
    .amount = 300 €

# fr: 09b27bcc
r-doc-late_renewal_fee =
    .title = Renovación presentada con retraso: derecho de visado de regularización de 180 € (L.436-5)
    .label = Derecho de visado de regularización de 180 € por una renovación tardía (L.436-5)
    .details = No se debe en caso de fuerza mayor o si tiene un visado vigente.
    .amount = 180 €

# fr: d31eb200
r-doc-student =
    .title = Estudiantes: matrícula y recursos
    .label = Certificado de matrícula, expedientes de notas y justificantes de recursos (al menos 615 € al mes)
    .details = Los estudios deben ser reales y serios (asistencia, resultados, explicación de un cambio de orientación).
    .amount = 615 € al mes

# fr: c4094fde
r-doc-work_authorisation =
    .title = Asalariados: autorización de trabajo
    .label = Autorización de trabajo obtenida por el empleador en la ANEF

# fr: 5bb564bf
r-doc-french_spouse =
    .title = Cónyuge de francés/francesa: matrimonio y vida en común
    .label = Acta de matrimonio (transcrita en Nantes si se celebró en el extranjero), documento de identidad francés del cónyuge, pruebas de la vida en común

# fr: 291889a9
r-doc-visitor =
    .title = Visitantes: recursos, seguro, compromiso
    .label = Justificantes de recursos (al menos el SMIC neto), seguro de enfermedad, compromiso escrito de no trabajar

# fr: d095e546
r-doc-sick_foreigner =
    .title = Extranjero enfermo: certificado médico para la OFII
    .label = Certificado médico rellenado por su médico, enviado al servicio médico de la OFII en el plazo de un mes
    .details = 3 meses para un solicitante de asilo.

# fr: 55005295
r-doc-eu_family =
    .title = Familia de europeo: vínculo familiar
    .label = Documento de identidad del ciudadano europeo y prueba del vínculo familiar (acta de matrimonio, partida de nacimiento…)

# fr: 5eec426e
r-doc-duplicate-loss =
    .title = Duplicado: declaración de pérdida o robo
    .label = Pérdida: declaración jurada; robo: resguardo de la denuncia de la policía o la gendarmería
    .details = En caso de robo, denúncielo primero a la policía o la gendarmería. Adjunte una fotocopia de la tarjeta perdida si tiene una.

# fr: e01ff460
r-doc-integration-csp =
    .title = Primera tarjeta plurianual: pruebas del nivel A2 y del examen cívico
    .label = Certificado de aprobado del examen cívico (tarjeta plurianual) y prueba de un nivel de francés A2 como mínimo
    .details = Diploma o certificación de francés; la lista de los aceptados y las dispensas por motivos médicos las fijan los arrêtés del 22 y del 30 de diciembre de 2025.

# fr: 1bc8a0c3
r-doc-integration-resident =
    .title = Primera tarjeta de residente: pruebas del nivel B1 y del examen cívico
    .label = Certificado de aprobado del examen cívico (tarjeta de residente) y prueba de un nivel de francés B1 como mínimo
    .details = Diploma o certificación de francés; la lista de los aceptados y las dispensas por motivos médicos las fijan los arrêtés del 22 y del 30 de diciembre de 2025.

# fr: c2a731b0
r-doc-integration-naturalisation =
    .title = Naturalización: pruebas del nivel B2 y del examen cívico
    .label = Certificado de aprobado del examen cívico (naturalización) y prueba de un nivel de francés B2 como mínimo
    .details = Diploma o certificación de francés; la lista de los aceptados y las dispensas por motivos médicos las fijan los arrêtés del 22 y del 30 de diciembre de 2025.

# fr: de8dc20f
r-doc-contest-decision =
    .title = Recurrir una decisión: la decisión y la fecha de su notificación
    .label = La decisión recibida (denegación u OQTF) y la prueba de la fecha de su notificación
    .details = Sobre, acuse de recibo o documento entregado en mano: el plazo de recurso corre desde la notificación.

# fr: 5d04e9fe
r-14-pan =
    .title = Calvados: cita en el punto de acogida digital por correo electrónico o en ventanilla
    .doubt = Guía de la ASTI du Calvados (asociación), actualizada el 23 de enero de 2025; compruébelo en la web de la prefectura.
    .label = Pedir cita en el punto de acogida digital de la prefectura de Calvados: por correo electrónico o en la ventanilla del servicio de inmigración
    .details-1 = Por correo electrónico a pref-etrangers@calvados.gouv.fr, precisando el trámite; o en la ventanilla del servicio de inmigración, rue Choron, 14000 Caen, de lunes a viernes de 8:45 a 12:30 y de 14:00 a 16:00.
    .details-2 = Adjunte obligatoriamente: el motivo (no dominar la herramienta o problema técnico, con el justificante del centro de contacto ciudadano); la e-photo (foto con el código); el estado civil (apellido, nombre, fecha de nacimiento, nacionalidad); la foto del visado, del pasaporte o del permiso (aunque esté caducado); el tipo de solicitud (primera solicitud o renovación, solicitud ya en curso o no); el motivo del permiso; un teléfono o un correo electrónico.
    .details-3 = Sin esta información no se concede ninguna cita. La cita sirve para presentar la solicitud, no para obtener un documento provisional.
    .hours-2 = de lunes a viernes de 8:45 a 12:30 y de 14:00 a 16:00

# fr: 26110ff4
r-14-api_request =
    .title = Calvados: solicitud urgente del certificado de prórroga por correo electrónico
    .doubt = Guía de la ASTI du Calvados (asociación), actualizada el 23 de enero de 2025; compruébelo en la web de la prefectura.
    .label = Si el certificado de prórroga no llega: escribir a pref-etrangers@calvados.gouv.fr
    .details-1 = Asunto: «URGENT : Mise à disposition d'une attestation de prolongation de l'instruction d'une demande».
    .details-2 = Indique su número AGDREF, el permiso que tiene y sus fechas, el número de la solicitud ANEF y la fecha de presentación, y la consecuencia (trabajo interrumpido…). Adjunte la confirmación de presentación.
    .details-3 = Sin respuesta en un plazo razonable: procedimiento urgente «mesures utiles» ante el tribunal administrativo de Caen.

# fr: 834d5a51
r-35-pan =
    .title = Ille-et-Vilaine: punto de acceso digital, información en la centralita
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .label = Usar el punto de acceso digital de la prefectura de Ille-et-Vilaine: infórmese en la centralita
    .details-1 = El PAN ayuda a presentar la solicitud; no comprueba que el expediente esté completo ni entrega documentos provisionales.

# fr: 8b5bf342
r-help-digital =
    .title = Ayuda con los trámites en línea cerca de usted
    .label = Obtener ayuda para un trámite en línea (France services, lugares de inclusión digital)
    .details-1 = Un agente de France services puede acompañarle en sus trámites en línea.
    .details-2 = El mapa de los lugares de inclusión digital indica dónde encontrar un ordenador y ayuda.

# fr: b2ad7158
r-help-ccc =
    .title = ANEF: centro de contacto ciudadano (ANTS)
    .label = Llamar al centro de contacto ciudadano de la ANEF, o escribir mediante el formulario «Nous contacter»
    .details-1 = Los asesores ayudan a presentar la solicitud, informan sobre su seguimiento y señalan las anomalías; no resuelven un problema informático individual ni asesoran sobre el fondo.
    .details-2 = Pida un documento que acredite que la presentación en línea es imposible: da acceso al punto de acogida digital y a la solución alternativa.
    .details-3 = Desde ultramar o desde el extranjero: 09 70 83 07 07 (según service-public, 2023).
    .hours-1 = de lunes a viernes de 7:45 a 19:00, el sábado de 8:00 a 17:00 (precio de una llamada local)
    .hours-2 = de lunes a viernes de 7:45 a 19:00, el sábado de 8:00 a 17:00

# fr: b6a67742
r-help-pan =
    .title = ANEF: punto de acogida digital (PAN) de la prefectura
    .label = Pedir cita en el punto de acogida digital (PAN) de su prefectura
    .details-1 = Para las personas poco habituadas a lo digital, sin equipo, o bloqueadas por un problema técnico.
    .details-2 = La prefectura debe ofrecer al menos dos formas de pedir cita, una de ellas no digital.
    .details-3 = El PAN ayuda a presentar la solicitud; no comprueba que el expediente esté completo ni entrega documentos provisionales.

# fr: 540ed844
r-help-substitution =
    .title = ANEF: solución alternativa (presentación presencial)
    .label = Pedir la solución alternativa: una cita presencial para registrar la solicitud
    .details-1 = Solo después de haber acudido al centro de contacto ciudadano y al punto de acogida digital.
    .details-2 = O bien la prefectura le invita tras constatar la imposibilidad técnica, o bien usted presenta el documento del centro de contacto ciudadano que la acredita.
    .details-3 = Puede pedir presentar por correo postal o por correo electrónico.

# fr: 29e7f312
r-help-api_request =
    .title = Certificado de prórroga no puesto a disposición: solicitud urgente a la prefectura
    .label = Si el certificado de prórroga no llega: escribir con urgencia a la prefectura
    .details-1 = Asunto: «URGENT : Mise à disposition d'une attestation de prolongation de l'instruction d'une demande».
    .details-2 = Indique su número AGDREF, el permiso que tiene y sus fechas, el número de la solicitud ANEF y la fecha de presentación, y la consecuencia (trabajo interrumpido…).
    .details-3 = Adjunte la confirmación de presentación.

# fr: 5c87c8d4
r-help-appointment_evidence =
    .title = No hay cita disponible: guardar pruebas fechadas
    .label = Si no hay ninguna cita disponible: anotar cada intento y guardar capturas de pantalla fechadas
    .details-1 = Inténtelo en días y horas distintos, durante más de una semana: el juez pide intentos que no se hayan hecho todos la misma semana.
    .details-2 = Guarde también los correos electrónicos y cartas enviados a la prefectura.

# fr: 1e92970f
r-help-natali_paper =
    .title = NATALI imposible: expediente en papel por correo
    .label = Si la presentación en NATALI es imposible y puede demostrarlo: enviar el expediente en papel por correo

# fr: 1398eaae
r-help-refere =
    .title = Procedimiento urgente «mesures utiles» (artículo L.521-3 del código de justicia administrativa)
    .label = Acudir al tribunal administrativo en procedimiento urgente «mesures utiles» para obtener una cita o un certificado
    .details-1 = El juez puede ordenar a la prefectura que dé una cita o ponga a disposición un certificado, en un plazo que él fija.
    .details-2 = Hay que demostrar la urgencia y gestiones repetidas: intentos en días y horas distintos, durante más de una semana, correos sin respuesta.
    .details-3 = Un abogado o una asociación especializada puede ayudarle; la asistencia jurídica gratuita puede cubrir los gastos.

# fr: 3b77a859
r-help-ddd =
    .title = Defensor de los derechos (Défenseur des droits)
    .label = Acudir al Defensor de los derechos (gratuito): formulario en línea, delegado cerca de usted, teléfono o correo
    .details-1 = Antes, hay que haber intentado resolver el problema con la administración.
    .details-2 = Un delegado del Defensor de los derechos puede atenderle cerca de su domicilio.

# fr: 4c6aa157
r-help-contest-lawyer =
    .title = Denegación u OQTF: un abogado, de inmediato
    .label = Vea enseguida a un abogado: la guardia del colegio de abogados (ordre des avocats) de su ciudad
    .details-1 = Lleve la decisión y la prueba de la fecha en que la recibió.

# fr: 046fd5e6
r-help-contest-legal_aid =
    .title = Denegación u OQTF: pedir la asistencia jurídica gratuita
    .label = Pedir la asistencia jurídica gratuita (aide juridictionnelle), que cubre los honorarios del abogado
    .details-1 = Contra una OQTF con un plazo de 1 mes, una solicitud de asistencia jurídica gratuita hecha a más tardar con el recurso interrumpe ese plazo; no interrumpe los plazos de 7 días y de 48 horas.

# fr: f7654ad9
r-help-contest-association =
    .title = Denegación u OQTF: una asociación de ayuda a los extranjeros
    .label = Pedir ayuda a una asociación (La Cimade, una ASTI…)

# fr: e03ea1aa
r-06-note-talent =
    .title = Passeport talent: página de información de la prefectura de Alpes-Maritimes
    .text = La prefectura de Alpes-Maritimes tiene una página de información sobre el passeport talent (primeras solicitudes y renovaciones).

# fr: 4c72c2e7
r-06-note-asylum =
    .title = Asilo en Alpes-Maritimes: plataformas de Forum Réfugiés en Nice y Toulon
    .text = En Alpes-Maritimes, la cita en la GUDA se obtiene mediante las plataformas de primera acogida de Forum Réfugiés, en Nice y Toulon.

# fr: 9ddf6184
r-06-note-bpi_fallback =
    .title = Beneficiarios de protección internacional: dirección de emergencia si la ANEF no funciona
    .text = Si el teleservicio ANEF no funciona, escriba a pref-renouvellement-ada@alpes-maritimes.gouv.fr con una captura de pantalla del bloqueo.

# fr: 13d53eb6
r-06-note-cadam_open =
    .title = Punto de acogida sin cita en el CADAM (Nice)
    .doubt = Fuentes no oficiales (abogado, prensa) que recogen un comunicado de la prefectura.
    .text = Hay un punto de acogida sin cita abierto en el CADAM (boulevard du Mercantour, Nice): lunes 13:00–15:30; martes, miércoles y viernes 8:30–10:00. Para pedir cita para un trámite en línea, registrar una solicitud de certificado de prórroga o recoger un formulario.

# fr: 82b2049a
r-06-note-cadam_closed =
    .title = Punto de acogida sin cita del CADAM cerrado por obras
    .doubt = Fuente de prensa que recoge un comunicado de la prefectura del 4 de julio de 2025; compruebe en la web de la prefectura si la atención se ha reabierto.
    .text = El punto de acogida sin cita del CADAM está cerrado por obras desde el 11 de julio de 2025, sin fecha de reapertura anunciada; solo se atienden las citas confirmadas y las recogidas de permisos.

# fr: 1371e8a9
r-87-note-concomitant =
    .title = Solicitudes simultáneas de asilo y estancia
    .doubt = Página de Démarches simplifiées sin fecha (todavía contiene trámites COVID-19 de 2020-2021): el trámite puede haber cerrado o pasado a la ANEF desde entonces. Compruébelo en la web de la prefectura.
    .text = En Haute-Vienne, una solicitud de permiso de residencia presentada al mismo tiempo que una solicitud de asilo pasa por un formulario Démarches simplifiées específico.

# fr: 98ca49aa
r-note-scams =
    .title = Citas gratuitas: cuidado con las webs de pago
    .text = Pedir cita es gratuito. Use solo las webs oficiales (direcciones que terminan en .gouv.fr o demarches-simplifiees.fr); una web que cobra por una cita es una estafa. Las tasas del permiso, en cambio, se pagan con timbres fiscales.

# fr: ed973d38
r-note-asylum_ile_de_france =
    .title = Île-de-France: cita SPADA por teléfono (plataforma de la OFII)
    .text = En Île-de-France, la cita en la SPADA se pide solo por teléfono, en la plataforma de la OFII: 01 42 50 09 00 (una docena de idiomas).

# fr: fc3f268c
r-note-apt =
    .title = Autorización provisional de trabajo para estudiantes
    .text = Estudiante o empleador: la autorización provisional de trabajo se pide en línea.

# fr: ead5ceac
r-note-first_resident_card-a2 =
    .title = Pedir una primera tarjeta de residente en una renovación (nivel A2)
    .text = Para pedir una tarjeta de residente con motivo de esta renovación, escriba «je sollicite une carte de résident» en la casilla «observation» de la ANEF y adjunte la prueba de un nivel de francés A2.

# fr: ad7b37db
r-note-first_resident_card-b1 =
    .title = Pedir una primera tarjeta de residente en una renovación (nivel B1 y examen cívico)
    .text = Para pedir una tarjeta de residente con motivo de esta renovación, escriba «je sollicite une carte de résident» en la casilla «observation» de la ANEF. Desde el 1 de enero de 2026, una primera tarjeta de residente exige un nivel de francés B1 y aprobar el examen cívico (mención «carte de résident»).

# fr: 389799ca
r-note-covid_extension =
    .title = COVID-19: permisos caducados entre el 16 de marzo y el 15 de junio de 2020 prorrogados 6 meses
    .text = Medida COVID-19: un permiso, un resguardo, una APS o un visado de larga estancia caducado entre el 16 de marzo y el 15 de junio de 2020 se prorroga automáticamente 6 meses, con el derecho a trabajar y los derechos sociales.

# fr: 6f2e81ed
r-limit-api_validity =
    .title = Attestation de prolongation d'instruction: tres meses como máximo (R.431-15-1)

# fr: c24338e7
r-limit-first_request_after_expiry =
    .title = Más de 6 meses después de la caducidad, una renovación puede tratarse como una primera solicitud
    .doubt = Citado por un despacho de abogados (CAA Douai, 18 de junio de 2025); no se leyó el texto del artículo R.431-8.

# fr: c65217c7
r-limit-evidence_bar =
    .title = Pruebas de los intentos para el juez: días, horas y semanas distintos, durante más de una semana
    .doubt = El Conseil d'État no fijó ninguna cifra: al menos dos días, dos horas y dos semanas distintos durante más de siete días es la lectura que Passerelle hace de su decisión (cuatro intentos en seis días no bastaron).

# fr: 19c1267f
r-limit-refusal_appeal =
    .title = Denegación de permiso sin OQTF, rechazo implícito incluido: dos meses para acudir al tribunal administrativo

# fr: 956d4a06
r-letter-api_urgent =
    .title = Carta: solicitud urgente de la attestation de prolongation d'instruction

# fr: 837d9764
r-letter-pan_appointment =
    .title = Carta: solicitud de cita en el punto de acogida digital

# fr: 8b25c61c
r-letter-substitution =
    .title = Carta: solicitud de la solución de sustitución

# fr: 3fb3f346
r-letter-implicit_rejection_reasons =
    .title = Carta: solicitud de los motivos de un rechazo implícito

# fr: e7ec58bf
r-letter-refere_evidence =
    .title = Carta: expediente de pruebas de los intentos, para un référé «mesures utiles»

# fr: 84fc4678
r-letter-defenseur-attempts =
    .title = Carta: recurso al Défenseur des droits, tras intentos sin respuesta

# fr: 27dde6d3
r-letter-defenseur-anef =
    .title = Carta: recurso al Défenseur des droits, por un trámite bloqueado en la ANEF

# fr: 04f5018d
r-glossary-recepisse =
    .title = Palabra difícil: resguardo (récépissé)
    .term = resguardo
    .words = resguardo, resguardos
    .text = Un resguardo (récépissé) es un papel que la prefectura le entrega cuando su expediente está completo, para una solicitud hecha fuera de ANEF. Prueba que su solicitud está en trámite. En general hay que ir a recogerlo a la prefectura.

# fr: efa65461
r-glossary-attestation_prolongation =
    .title = Palabra difícil: certificado de prórroga de la tramitación
    .term = certificado de prórroga
    .words = certificado de prórroga, certificados de prórroga
    .text = Es un papel que usted descarga en ANEF cuando su permiso caduca antes de que termine el examen de su solicitud. Mantiene sus derechos (estancia, y trabajo si su permiso lo permitía). Dura tres meses como máximo.

# fr: a7d7c800
r-glossary-confirmation_depot =
    .title = Palabra difícil: confirmación de presentación
    .term = confirmación de presentación
    .words = confirmación de presentación
    .text = Es la prueba de que usted presentó su solicitud en ANEF. No prueba que su estancia sea regular. No permite viajar fuera de Francia.

# fr: a7c7c7af
r-glossary-decision_favorable =
    .title = Palabra difícil: certificado de decisión favorable
    .term = decisión favorable
    .words = decisión favorable
    .text = La prefectura dijo que sí a su solicitud. Mientras espera su tarjeta, este papel de ANEF prueba que su estancia es regular.

# fr: f64918a5
r-glossary-vls_ts =
    .title = Palabra difícil: VLS-TS
    .term = VLS-TS
    .words = VLS-TS
    .text = Un VLS-TS es un visado de larga duración que vale como permiso de residencia. Hay que validarlo en línea en los 3 meses siguientes a su llegada a Francia.

# fr: 322296ef
r-glossary-agdref =
    .title = Palabra difícil: número AGDREF
    .doubt = Las fuentes muestran este número en un modelo de carta a la prefectura; no dicen dónde está escrito en los papeles de la persona.
    .term = número AGDREF
    .words = AGDREF
    .text = Es el número de su expediente de extranjero en la prefectura. Escríbalo en sus cartas a la prefectura.

# fr: c3383a83
r-glossary-anef =
    .title = Palabra difícil: ANEF
    .term = ANEF
    .words = ANEF
    .text = ANEF es el sitio oficial del Estado para las solicitudes de permiso de residencia en línea (Administration numérique pour les étrangers en France). Allí usted crea una cuenta, presenta su solicitud y descarga sus papeles.

# fr: ee3f8c35
r-glossary-pan =
    .title = Palabra difícil: punto de acogida digital (PAN)
    .term = punto de acogida digital
    .words = punto de acogida digital, puntos de acogida digital, PAN
    .text = Es una oficina de la prefectura donde una persona le ayuda a hacer su solicitud en el ordenador. Es para quienes no saben usar el ordenador o tienen un problema técnico. Hace falta una cita.

# fr: c54a59b2
r-glossary-timbre_fiscal =
    .title = Palabra difícil: timbre fiscal
    .term = timbre fiscal
    .words = timbre fiscal, timbres fiscales
    .text = Es la forma de pagar las tasas del permiso de residencia. Se compra en línea o en un estanco. Usted recibe un PDF o un código por SMS.

# fr: 7da03d43
r-glossary-e_photo =
    .title = Palabra difícil: e-photo
    .term = e-photo
    .words = e-photo
    .text = Es una foto de identidad con su firma y un código, para las solicitudes en ANEF. Se hace en un fotógrafo o en una cabina autorizados por la ANTS. Usted escribe el código en su solicitud.

# fr: 720f6f96
r-glossary-titre_de_sejour =
    .title = Palabra difícil: permiso de residencia (titre de séjour)
    .term = permiso de residencia
    .words = permiso de residencia, permisos de residencia
    .text = Es el documento que le permite vivir legalmente en Francia. Puede ser una tarjeta de residencia temporal, una tarjeta plurianual, una tarjeta de residente o un certificado de residencia argelino.

# fr: 812b66a2
r-glossary-cards =
    .title = Palabra difícil: CST, CSP, tarjeta de residente
    .doubt = La duración de la tarjeta temporal no está escrita en las fuentes leídas: no se dice aquí.
    .term = CST, CSP, tarjeta de residente
    .words = CST, CSP, tarjeta de residente, tarjetas de residente, tarjeta plurianual
    .text = Son permisos de residencia: la tarjeta de residencia temporal (CST), la tarjeta plurianual (CSP, hasta 4 años) y la tarjeta de residente (diez años). Puede pedir una tarjeta de residente al renovar una CST o una CSP.

# fr: 5db30b7b
r-glossary-oqtf =
    .title = Palabra difícil: OQTF
    .doubt = El significado de la sigla no está escrito en las fuentes leídas, que dan sus plazos.
    .term = OQTF
    .words = OQTF
    .text = Una OQTF es una decisión de la prefectura que le obliga a salir de Francia (obligation de quitter le territoire français). Puede impugnarla ante el tribunal administrativo, pero el plazo es muy corto: léalo en la decisión y pida ayuda rápido.

# fr: 3c234194
r-glossary-refere =
    .title = Palabra difícil: procedimiento urgente «mesures utiles»
    .term = procedimiento urgente «mesures utiles»
    .words = mesures utiles
    .text = Es una petición urgente al juez del tribunal administrativo. El juez puede obligar a la prefectura a actuar, por ejemplo a darle una cita o un papel. Un abogado o una asociación puede ayudarle.

# fr: 8c589174
r-glossary-ddd =
    .title = Palabra difícil: Defensor de los Derechos
    .term = Defensor de los Derechos
    .words = Defensor de los Derechos, Défenseur des droits
    .text = Es una institución pública y gratuita. Recibe las quejas contra los servicios públicos, también las prefecturas. Puede contactarla en línea, por correo o ver a un delegado cerca de usted.

# fr: 39c2adf3
r-glossary-prefecture =
    .title = Palabra difícil: prefectura, subprefectura
    .term = prefectura, subprefectura
    .words = prefectura, prefecturas, subprefectura, subprefecturas
    .text = La prefectura es la administración del Estado en su departamento: el prefecto decide sobre los permisos de residencia. Según donde viva, una solicitud hecha fuera de ANEF se presenta en la prefectura o en una subprefectura del departamento; en París, en la Prefectura de policía.

# fr: b252b84a
r-glossary-examen_civique =
    .title = Palabra difícil: examen cívico
    .doubt = El desarrollo del examen (40 preguntas en 45 minutos, 32 respuestas correctas) solo lo cuenta la prensa.
    .term = examen cívico
    .words = examen cívico
    .text = Es un examen que hay que aprobar antes de presentar la solicitud: 40 preguntas en 45 minutos, al menos 32 respuestas correctas. Desde el 1 de enero de 2026 hace falta para una primera tarjeta plurianual, una primera tarjeta de residente o la naturalización.
