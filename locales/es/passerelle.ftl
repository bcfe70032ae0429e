# Passerelle — interfaz en español. Traducción automática del archivo francés (aún sin revisar).

## Fechas
date-long = { $day } de { $month } de { $year }
date-short = { $day }/{ $month }/{ $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
in-days = { $days ->
    [0] hoy
    [one] dentro de { $days } día
   *[other] dentro de { $days } días
}
days-ago = { $days ->
    [one] hace { $days } día
   *[other] hace { $days } días
}

## Plazo de presentación y derechos del documento provisional
filing-in-window = Solicitud presentada dentro del plazo.
filing-out-of-window = Solicitud presentada fuera de este plazo.
window-not-yet-open = Aún no abierto: se abre { in-days }.
window-open = Abierto: quedan { days }.
window-closing-soon = Se cierra pronto: ¡solo quedan { days }!
window-passed = Vencido hace { days }.
right-line = { $right }: { $value }
right-yes = sí
right-no = no
right-not-stated = las fuentes no lo precisan
right-lawful-stay = Estancia regular
right-work = Trabajar
right-social = Derechos sociales
right-travel = Viajar

## Preguntas
question-departement = ¿Dónde vive?
    .hint = Escriba su municipio (commune), su código postal o su departamento: «Montreuil», «93100», «93», «Réunion».
question-request = ¿Qué quiere hacer?
    .hint = Elija el trámite que corresponde a su situación.
question-category = ¿Por qué motivo?
    .hint = El motivo del permiso que solicita o renueva.
motive-family-hint = Elija primero lo que más se parece a su situación; los motivos precisos vienen después.
family-family = Familia
    .hint = Vive con una persona francesa, o un miembro de su familia vive en Francia.
family-work = Trabajo
    .hint = Tiene un empleo, una oferta de empleo o un proyecto profesional.
family-studies = Estudios
    .hint = Estudia en Francia o acaba de terminar sus estudios.
family-health = Salud
    .hint = Usted o su hijo necesitan atención médica en Francia.
family-protection = Protección
    .hint = Está protegido/a (refugiado/a, protección subsidiaria) o es víctima de violencia o de trata.
family-other = Otra situación
    .hint = Haber crecido en Francia, Europa, tarjeta de residente, visita, regularización u otro.
question-nationality = ¿Cuál es su nacionalidad?
    .hint = Algunas reglas son distintas para argelinos y europeos.
question-visa = ¿Con qué visado entró en Francia?
    .hint = El tipo está escrito en el visado pegado en su pasaporte.
question-situation = ¿Su estancia es regular hoy?
    .hint = Regular: tiene un permiso, un visado, un resguardo (récépissé) o un certificado vigente.
question-decision = ¿Qué ha recibido?
    .hint = Mire el título de la decisión: «obligation de quitter le territoire français» (OQTF), o solo una denegación.
question-ase_placement = ¿A qué edad fue confiado/a a la ayuda social a la infancia (ASE)?
    .hint = La fecha de la decisión de acogida (juez de menores o departamento).
question-current_title = ¿Qué permiso de residencia tiene hoy?
    .hint = El documento que tiene ahora, tal como figura en su tarjeta o su visado.
question-sous_prefecture = ¿De qué subprefectura (sous-préfecture) depende?
    .hint = Depende de su municipio: vuelva a la primera pregunta y escriba su municipio, o consulte la web de la prefectura.
question-title_expiry = ¿Hasta qué fecha es válido su permiso actual?
    .hint = La fecha de fin de validez escrita en su tarjeta, en formato YYYY-MM-DD.
    .short = Fin del permiso
question-entry_date = ¿Cuándo entró en Francia?
    .hint = La fecha del sello de entrada en su pasaporte, en formato YYYY-MM-DD.
    .short = Entrada en Francia
question-filed_on = Si ya presentó la solicitud: ¿en qué fecha?
    .hint = La fecha de la confirmación de presentación o del envío, en formato YYYY-MM-DD.
    .short = Presentación

## Opciones
choice-request-first_title = Primera solicitud de permiso de residencia
    .hint = Nunca ha tenido tarjeta de residencia en Francia.
choice-request-renewal = Renovar mi permiso
    .hint = Su tarjeta caduca pronto.
choice-request-change_of_status = Cambiar de estatus
    .hint = Por ejemplo, de estudiante a asalariado.
choice-request-vls_ts_validation = Validar mi visado de larga estancia (VLS-TS)
    .hint = Hay que hacerlo en los 3 meses siguientes a la llegada.
choice-request-duplicate = Tarjeta perdida, robada o dañada
    .hint = Pedir un duplicado.
choice-request-address_change = Me he mudado
    .hint = Declarar la nueva dirección.
choice-request-dcem = Documento de viaje para un menor (DCEM)
    .hint = Para que un niño extranjero pueda viajar y volver.
choice-request-travel_document = Título de viaje (refugiado, protección)
    .hint = Cuando no puede usar el pasaporte de su país.
choice-request-recepisse_renewal = Renovar mi resguardo (récépissé)
    .hint = Su resguardo está a punto de caducar.
choice-request-title_pickup = Recoger mi tarjeta
    .hint = Ha recibido un SMS de la prefectura.
choice-request-naturalisation = Obtener la nacionalidad francesa (naturalización)
    .hint = Solicitud de nacionalidad francesa.
choice-request-asylum = Pedir asilo
    .hint = Pide protección a Francia.
choice-request-work_authorisation = Autorización de trabajo
    .hint = La solicita el empleador.
choice-request-short_stay_visa_extension = Prorrogar un visado de corta estancia
    .hint = Visado de menos de 3 meses.
choice-request-additional_documents = Enviar documentos solicitados
    .hint = La prefectura le ha pedido documentos.
choice-request-judgment_execution = Hacer ejecutar una sentencia
    .hint = El tribunal falló en contra de la prefectura.
choice-request-information_request = Hacer una pregunta a la prefectura
    .hint = Sobre una solicitud en curso o un trámite.
choice-request-contest_decision = He recibido una denegación del permiso o una orden de salir del territorio (OQTF)
    .hint = Los plazos para actuar pueden ser muy cortos.
choice-category-student = Estudiante
    .hint = Estudios en Francia.
choice-category-student_job_search = Búsqueda de empleo después de los estudios
    .hint = O creación de empresa, después de un título.
choice-category-employee = Asalariado/a
    .hint = Contrato de trabajo.
choice-category-temporary_worker = Trabajador temporal
    .hint = Contrato de menos de un año.
choice-category-seasonal_worker = Trabajador de temporada
    .hint = Trabajo unos meses al año.
choice-category-talent_passport = Pasaporte talento (passeport talent)
    .hint = Asalariado cualificado, investigador, creador de empresa…
choice-category-talent_family = Familia de un pasaporte talento
    .hint = Cónyuge o hijo.
choice-category-visitor = Visitante
    .hint = Vive de sus propios recursos, sin trabajar.
choice-category-french_spouse = Cónyuge de francés/francesa
    .hint = Casado/a con una persona francesa.
choice-category-pacs_french = Unido/a por PACS a un/a francés/francesa
    .hint = Pacto civil de solidaridad.
choice-category-parent_french_child = Padre o madre de un niño francés
    .hint = Cría a un niño de nacionalidad francesa.
choice-category-ascendant_french = Ascendiente a cargo de un/a francés/francesa
    .hint = Padre, madre o abuelo.
choice-category-child_french = Hijo extranjero de un/a francés/francesa
    .hint = Su padre o su madre es francés o francesa.
choice-category-family_reunification = Reagrupación familiar
    .hint = Se ha reunido con un miembro de su familia.
choice-category-eu_citizen = Ciudadano/a de la UE, del EEE o de Suiza
    .hint = Tiene la nacionalidad de un país de la Unión Europea, del EEE o de Suiza.
choice-category-eu_family = Familiar de un ciudadano europeo
    .hint = Usted no es europeo/a.
choice-category-born_in_france = Nacido/a en Francia
    .hint = Y escolarizado/a en Francia.
choice-category-young_adult = Joven mayor de edad
    .hint = Acaba de cumplir 18 años.
choice-category-young_adult_ase = Joven tutelado por la ayuda social a la infancia (ASE)
    .hint = Estuvo a cargo de la ayuda social a la infancia (ASE) antes de cumplir 18 años.
choice-category-entered_before_13 = Llegó a Francia antes de los 13 años
    .hint = Y vive en Francia desde entonces.
choice-category-sick_foreigner = Extranjero enfermo
    .hint = Tratamiento imposible en su país.
choice-category-parent_sick_child = Padre o madre de un niño enfermo
    .hint = Tratado en Francia.
choice-category-trafficking_victim = Víctima de trata o proxenetismo
    .hint = Ha presentado una denuncia.
choice-category-protection_order = Orden de protección
    .hint = Violencia conyugal o matrimonio forzado.
choice-category-refugee = Refugiado/a
    .hint = Estatuto concedido por la OFPRA o la CNDA.
choice-category-subsidiary_protection = Protección subsidiaria
    .hint = La OFPRA o la CNDA le concedió la protección subsidiaria.
choice-category-resident_card = Tarjeta de residente (10 años)
    .hint = Ya tiene una tarjeta de residente.
choice-category-work_accident_pension = Renta por accidente de trabajo
    .hint = Incapacidad de al menos el 20 %.
choice-category-exceptional_admission = Regularización (admisión excepcional)
    .hint = No tiene permiso de residencia.
choice-category-long_term_resident_eu = Residente de larga duración en otro país de la UE
    .hint = Ya tiene el estatuto de residente de larga duración en otro país de la UE.
choice-category-other = Otro motivo
    .hint = Su motivo no está en la lista.
choice-nationality-algerian = Argelina
    .hint = Acuerdo franco-argelino de 1968.
choice-nationality-eu = Europea (UE, EEE, Suiza)
choice-nationality-other = Otra nacionalidad
choice-visa-vls_ts = Visado de larga estancia que vale como permiso (VLS-TS)
    .hint = Mención «VLS-TS» en el visado.
choice-visa-visa_d = Visado de larga estancia (D)
    .hint = Mención «carte de séjour à solliciter».
choice-visa-visa_d_concours = Visado D «concours» (oposición)
choice-visa-visa_d_school_minor = Visado D «mineur scolarisé» (menor escolarizado)
choice-visa-visa_d_au_pair = Visado D «jeune au pair»
choice-visa-short_stay = Visado de corta estancia (C)
    .hint = Menos de 3 meses.
choice-visa-none = Sin visado
choice-decision-refusal = Una denegación del permiso, sin OQTF
    .hint = O ninguna respuesta de la prefectura desde hace más de 4 meses.
choice-decision-oqtf = Una obligación de salir del territorio francés (OQTF)
    .hint = A menudo en la misma decisión que la denegación.
choice-ase_placement-before_16 = A más tardar el día en que cumplí 16 años
choice-ase_placement-from_16_to_18 = Entre los 16 y los 18 años
choice-current_title-vls_ts = Visado de larga duración equivalente a permiso de residencia (VLS-TS)
    .hint = El primer año en Francia, con el visado validado.
choice-current_title-temporary_card = Tarjeta de residencia temporal (un año o menos)
choice-current_title-multi_year_card = Tarjeta de residencia plurianual (de 2 a 4 años)
choice-current_title-resident_card = Tarjeta de residente (10 años o permanente)
choice-current_title-none = Ningún documento vigente
choice-situation-regular = Sí, estancia regular
choice-situation-irregular = No, sin permiso válido

## Canales y documentos provisionales
channel-anef = En línea en la ANEF
channel-demarches_simplifiees = Formulario en línea de la prefectura (Démarches simplifiées)
channel-postal = Por correo certificado
channel-prefecture_appointment = En la prefectura, con cita
channel-prefecture_walk_in = En la prefectura, sin cita
channel-contacts_demarches = En línea en contacts-demarches
channel-natali = En línea en NATALI
channel-spada_guda = Servicio de primera acogida (SPADA) y luego ventanilla única (GUDA)
channel-prefecture_contact_form = Contactar con la prefectura
channel-administrative_court = Tribunal administrativo
provisional-confirmation_depot = Confirmación de presentación (confirmation de dépôt)
provisional-attestation_prolongation = Certificado de prórroga de instrucción (attestation de prolongation d'instruction)
provisional-attestation_decision_favorable = Certificado de decisión favorable
provisional-recepisse = Resguardo (récépissé)
provisional-none = Ningún documento provisional

## Palabras comunes
choose = Elegir…
close = Cerrar
cancel = Cancelar
not-saved = No guardado: { $error }
pdf-saved = PDF guardado en { $path }
save-pdf = Guardar en PDF
save-pdf-bilingual = PDF bilingüe: francés y { $language }
print = Imprimir
no-file-chosen = Ningún archivo elegido (ventana cancelada, o no hay ventana de selección en este ordenador): escriba la ruta en el campo.
write-path = Escriba la ruta del archivo que se va a crear, o haga clic en «Elegir…».
not-a-date = «{ $value }» no es una fecha: escríbala YYYY-MM-DD, por ejemplo 2027-01-31.
date-placeholder = YYYY-MM-DD
time-placeholder = HH:MM

## Cabecera, pestañas, ajustes
header-rules = Passerelle — reglas del { $date } (versión { $version })
header-text-size = Texto { $percent } %
header-next-date = Próxima fecha: { $name } — { $label }, el { $date } ({ $when })
theme-light = Tema claro
theme-dark = Tema oscuro
language = Idioma
language-machine = traducción automática
language-authoritative = El francés es el texto de referencia: las cartas y los textos oficiales quedan en francés.
tab-wizard = Asistente
tab-files = Mis expedientes ({ $count })
tab-rules = Reglas
settings-unreadable = No se pudieron leer sus ajustes; se usan los ajustes por defecto. { $problem }
settings-not-saved = No se pudieron guardar sus ajustes: { $error }
rules-stale = Atención: estas reglas tienen más de 6 meses. Los trámites cambian a menudo: compruébelo en la web de la prefectura y actualice las reglas.
rules-update = Actualizar las reglas
pack-broken = Las reglas incluidas con Passerelle no se pueden leer
keep-kiosk = Llevarse este resultado (memoria USB)
keep-files = Guardar en mis expedientes

## Puesto público
kiosk-banner = Puesto de libre acceso: no se guarda nada en este ordenador.
kiosk-erase = Terminar y borrar
kiosk-countdown = ¿Sigue ahí? Todo se borrará en { $seconds } s.
kiosk-still-here = Sigo aquí
kiosk-choose-language = Elija su idioma
take-away-profile-name = Mi expediente
take-away-title = Llevarse este resultado
take-away-explain = Un archivo para abrir en Passerelle en su ordenador (Mis expedientes → Importar). No se guarda nada en este puesto.
take-away-path = Ruta en la memoria USB
take-away-save = Guardar el archivo
take-away-no-file = Ningún archivo elegido: escriba la ruta de la memoria USB en el campo (por ejemplo /media/usb/mon-dossier.passerelle).
take-away-write-path = Escriba dónde guardar el archivo, o haga clic en «Elegir…».
take-away-saved = Guardado en { $path }. En casa: Passerelle → Mis expedientes → Importar.

## Asistente
back = { $arrow } Volver
start-over = Empezar de nuevo
submit = Confirmar
progress-question = Pregunta { $number }
progress-answer = { $count ->
    [one] Respuesta tras { $count } pregunta
   *[other] Respuesta tras { $count } preguntas
}
progress-intro = Responda a las preguntas una por una; podrá volver atrás.
progress-trail = Sus respuestas (haga clic para cambiar):
trail-date = { $label }: { $date }
departement-placeholder = Municipio, código postal o departamento
communes-reading = Buscando en la lista de municipios…
communes-failed = No se pudo leer la lista de municipios ({ $error }): elija su departamento.
commune-via = antiguo municipio: { $name }
refused-title = Esta situación no se puede tratar así
pdf-no-answer = Todavía no hay respuesta para poner en PDF.
pdf-answer-path = Archivo PDF de esta respuesta

## Respuesta
qr-scan = Escanee para abrir la página en su teléfono
official-site = ✔ sitio oficial: { $host }
link-unverified = enlace no verificado
open-official-page = Abrir la página oficial
postal-address = Dirección de envío
window-dates = Del { $opens } al { $closes }
rejection-date = Fecha: { $date }
notice = { $label }: { $text }
section-when = Cuándo presentar
section-no-answer = Sin respuesta
section-provisional = Documento provisional que recibirá
section-documents = Documentos que preparar
section-blocked = Si está bloqueado/a
section-doubts = Por verificar
section-why = ¿Por qué? Las reglas aplicadas y sus fuentes
why-source = «{ $quote }» — { $title } ({ $stated }; verificado el { $checked })
undated = sin fecha
sources-disagree = Las fuentes no coinciden: { $values }. La más reciente da { $newest }.
source-value = { $value } ({ $source }, { $stated })
source-citation = { $title } (verificado el { $checked })
source-citation-url = { $title } — { $url } (verificado el { $checked })

## Datos para las cartas
identity-civility = Tratamiento (Madame o Monsieur — en francés)
identity-first-name = Nombre
identity-last-name = Apellido
identity-birth-date = Fecha de nacimiento (YYYY-MM-DD)
identity-birth-place = Lugar de nacimiento
identity-nationality = Nacionalidad en francés (por ejemplo: colombienne)
identity-address1 = Dirección (número y calle)
identity-address2 = Código postal y municipio
identity-email = Correo electrónico
identity-phone = Teléfono
identity-agdref = Número AGDREF (en el permiso o el resguardo)
identity-anef-request = Número de la solicitud ANEF
identity-title-mention = Mención del permiso actual en francés (por ejemplo: vie privée et familiale)
identity-title-valid-from = Inicio de validez del permiso (YYYY-MM-DD)
identity-e-photo-code = Código e-photo

## Mis expedientes: mensajes
file-cannot-open = Este expediente no se puede abrir: { $error }
file-name-needed = Dé un nombre al expediente (por ejemplo, su nombre).
file-created = Expediente «{ $name }» creado.
file-not-created = No se pudo crear el expediente: { $error }
case-saved = Trámite guardado en el expediente.
file-exported = Expediente exportado a { $path }
file-export-failed = Exportación imposible: { $error }
import-write-path = Escriba la ruta del archivo que se va a importar, o haga clic en «Elegir…».
file-imported = Expediente «{ $name }» importado.
file-import-failed = Importación imposible: { $error }
lock-taken = Ahora puede modificar sus expedientes.
lock-still-held = Passerelle sigue abierto en otro lugar con estos expedientes.
file-deleted = Expediente «{ $name }» eliminado.
file-delete-failed = Eliminación imposible: { $error }
letter-missing = «{ $letter }»: { $missing }. Complete «Mis datos» abajo (o el trámite) y vuelva a intentarlo.
letter-saved = «{ $letter }» guardada en { $path }
attempt-bad-time = Fecha (YYYY-MM-DD) y hora (HH:MM) del intento, por ejemplo 2026-11-23 y 09:15.
attempt-no-channel = Elija cómo lo intentó (web, teléfono…).
attempt-screenshot-failed = No se pudo copiar la captura: { $error }
attempt-saved = Intento del { $date } a las { $time } guardado.
calendar-saved = Calendario guardado en { $path }: ábralo en su teléfono para añadir las fechas.

## Mis expedientes: pantallas
read-only = Passerelle ya está abierto con estos expedientes (otra ventana u otra cuenta): aquí solo puede leerlos. Cierre la otra ventana para hacer cambios.
retry = Reintentar
file-unreadable = Un expediente no se pudo leer y no se ha modificado: { $problem }
files-title = Mis expedientes
files-where = Sus expedientes se guardan en este ordenador, sin cifrar, en { $path }
save-where = ¿Dónde guardar «{ $title }»?
save-where-hint = Elija un expediente, o cree uno abajo.
save-into = Guardar en «{ $name }»
files-none = Ningún expediente por ahora.
files-filter = Buscar un expediente: nombre, trámite, municipio o departamento
files-filter-none = Ningún expediente coincide con «{ $query }».
files-next-date = Próxima fecha: { $label } — { $date } ({ $when })
files-no-next-date = Ninguna fecha próxima
files-cases = { $count ->
    [one] { $count } trámite
   *[other] { $count } trámites
} · { $next }
file-open = Abrir «{ $name }»
file-new-name = Nombre del nuevo expediente (por ejemplo, su nombre)
file-create = Crear el expediente
import-path = Archivo de expediente que importar (.passerelle)
import = Importar
back-to-files = { $arrow } Mis expedientes
rules-changed = Las reglas han cambiado para «{ $title }»:
rules-changed-added = • añadido: { $item }
rules-changed-removed = • ya no se pide: { $item } (sus marcas se conservan)
file-no-case = Este expediente no contiene ningún trámite: use el asistente y luego «Guardar en mis expedientes».
channel-changed = Atención: cuando guardó este trámite, pasaba por «{ $then }»; según las reglas de hoy, pasa por «{ $now }».
tomorrow = mañana
yesterday = ayer
export-path = Archivo donde exportar todo el expediente (.passerelle)
export = Exportar el expediente
delete-confirm = ¿Eliminar este expediente y sus capturas de este ordenador?
delete-yes = Sí, eliminar
delete-no = No
delete = Eliminar este expediente…

## Lista de documentos, fechas, pruebas
checklist-progress = Documentos: { $ready } de { $total } listos
checklist-new = { " " }— nuevo
checklist-removed = { " " }— las reglas ya no lo piden
checklist-by-hand = { " " }— añadido por usted
tick-have = Lo tengo
tick-copy = Copia hecha
tick-translation = Falta traducir
tick-sent = Enviado
note = Nota
checklist-add-placeholder = Añadir un documento
add = Añadir
checklist-pdf-path = PDF de la lista y de las fechas
checklist-pdf = Guardar la lista en PDF
dates-title = Mis fechas
dates-none = Ninguna fecha conocida para este trámite.
dates-line = { $date } — { $label } ({ $when })
provisional-received-placeholder = Fecha de recepción del documento provisional (YYYY-MM-DD)
provisional-received-save = Guardar la fecha
calendar-path = Archivo de calendario que crear (.ics)
calendar-export = Exportar al calendario
evidence-title = Pruebas de mis intentos
evidence-explain = Si no consigue cita ni respuesta, anote cada intento: el juez de medidas urgentes pide intentos en días y horas distintos, durante más de una semana (Consejo de Estado, 10 de junio de 2020, n.º 435594).
evidence-summary = { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
}, en { $days ->
    [one] { $days } día
   *[other] { $days } días
} y { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}, a { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas distintas
}; { $screenshots } con captura de pantalla
evidence-enough = Sus intentos están repartidos como exige la jurisprudencia.
evidence-not-enough = Todavía no es suficiente: hacen falta intentos en al menos { $days } días y { $weeks } semanas distintos, a { $hours } horas distintas, repartidos en más de { $over } días.
evidence-no-bar = Las reglas no fijan ningún umbral para este caso.
evidence-screenshot = { " " }· captura { $name } (SHA-256 { $hash }…)
attempt-new = Nuevo intento
attempt-result-placeholder = Qué pasó (por ejemplo: no se ofreció ninguna cita)
attempt-screenshot-path = Captura de pantalla (opcional)
attempt-save = Guardar el intento
identity-title = Mis datos (para las cartas)
identity-hide = Ocultar
identity-show = Completar mis datos
identity-explain = Guardados en este expediente, sin cifrar, en este ordenador. Rellene solo lo que piden las cartas.
letters-title = Cartas
letters-explain = Escritas en francés, el idioma de la administración, a partir de su expediente. Léalas y modifíquelas antes de enviarlas.
letters-none = Por ahora ninguna carta corresponde a este trámite.
letter-path = Archivo donde guardar la carta (.txt)
letter-save = Guardar la carta
letter-close = Cerrar la carta

## Cartas y datos que faltan
letter-api_urgent = Solicitud urgente del certificado de prórroga de instrucción
letter-pan_appointment = Solicitud de cita en el punto de acogida digital
letter-substitution = Solicitud de la solución alternativa (solution de substitution)
letter-refere_evidence = Expediente de pruebas de los intentos (procedimiento urgente «mesures utiles»)
letter-implicit_rejection_reasons = Solicitud de los motivos de una denegación implícita
letter-defenseur_saisine = Resumen para acudir al Defensor de los derechos (Défenseur des droits)
letter-missing-fields = falta: { $fields }
field-adresse-du-defenseur-des-droits = dirección del Defensor de los derechos
field-adresse-postale = dirección postal
field-code-e-photo = código e-photo
field-date-de-depot-de-la-demande = fecha de presentación de la solicitud
field-date-de-naissance = fecha de nacimiento
field-date-du-rejet-implicite = fecha de la denegación implícita
field-debut-de-validite-du-titre = inicio de validez del permiso
field-fin-de-validite-du-titre = fin de validez del permiso
field-lieu-de-naissance = lugar de nacimiento
field-mention-du-titre-de-sejour = mención del permiso de residencia
field-motif-du-titre = motivo del permiso
field-nationalite = nacionalidad
field-nom-et-prenom = nombre y apellido
field-numero-agdref = número AGDREF
field-numero-de-la-demande-anef = número de la solicitud ANEF
field-tentatives-enregistrees = intentos registrados
field-type-de-demande = tipo de solicitud
field-telephone-ou-courriel = teléfono o correo electrónico

## Reglas
no-folder-chosen = Ninguna carpeta elegida (ventana cancelada, o no hay ventana de selección en este ordenador): escriba la ruta en el campo.
rules-write-path = Escriba la ruta de la carpeta de las nuevas reglas, o haga clic en «Elegir…».
rules-refused = Estas reglas se rechazan: { $error }
rules-installed = Reglas { $version } instaladas (antes: { $before }).
rules-install-refused = Instalación rechazada: { $error }
rules-rolled-back = Las reglas { $version } vuelven a usarse.
rules-rollback-failed = No se pudo volver atrás: { $error }
rules-title = Reglas en uso
rules-version = Versión { $version } del { $date } — { $origin }
rules-installed-here = instaladas en este ordenador
rules-bundled = incluidas con Passerelle
rules-explain = Los trámites cambian a menudo. Las nuevas reglas, firmadas por el equipo de Passerelle, llegan como una carpeta: Passerelle verifica su firma y cada regla antes de usarlas, y conserva las anteriores.
rules-path = Carpeta de las nuevas reglas
rules-check = Verificar
rules-preview = Reglas { $version } del { $date }, firmadas por: { $signer }
rules-older = Estas reglas son más antiguas que las que se usan: no se instalarán aquí (un administrador puede forzarlo con «passerelle pack install --force»).
rules-install = Instalar estas reglas
rules-rollback = Volver a las reglas anteriores
diff-counts = Reglas añadidas: { $added }, modificadas: { $changed }, retiradas: { $removed }; fuentes verificadas de nuevo: { $rechecked }
diff-departements = Departamentos: { $list }
diff-procedures = Trámites: { $list }
diff-added = Añadidas: { $list }
diff-changed = Modificadas: { $list }
diff-removed = Retiradas: { $list }
diff-rechecked = Fuente { $source } verificada el { $new } (antes: { $old })
diff-outdated = { $language }: reglas que hay que traducir de nuevo, mostradas en francés mientras tanto ({ $count }): { $list }

## Fechas de un trámite y forma del intento
date-entry = Entrada en Francia
date-title-expiry = Fin de validez del permiso
date-filed = Solicitud presentada
date-window-opens = Apertura del plazo de presentación
date-window-closes = Último día para presentar
date-provisional-received = Documento provisional recibido
date-provisional-ends = Fin máximo de validez del certificado (3 meses)
attempt-website = Web de citas
attempt-phone = Teléfono
attempt-email = Correo electrónico
attempt-counter = Ventanilla
attempt-mail = Correo postal
attempt-other = Otro

## PDF e impresión
pdf-disclaimer = Orientación, no asesoramiento jurídico: compruébelo en la web de la prefectura.
pdf-checklist-progress = Documentos: { $ready } de { $total } listos (a { $date })
pdf-note = Nota: { $note }
pdf-footer = { $title } — Passerelle, reglas { $version } — página { $page }/{ $pages }
print-sent = Enviado a la impresora: { $job }
print-failed = La impresión falló ({ $error }): guarde el PDF e imprímalo en otro lugar.
print-unavailable = No se puede imprimir en este ordenador: guarde el PDF e imprímalo en otro lugar.
print-handed = Entregado al programa de PDF del ordenador para imprimir: siga lo que muestre.
print-opened = El PDF está abierto en el programa del ordenador: imprímalo desde ahí (Ctrl+P).

## Casos sin respuesta
case-unknown-departement = «{ $code }» no es un departamento: los códigos van del 01 al 95 (2A y 2B para Córcega) y del 971 al 976.
case-unknown-sous-prefecture = «{ $value }» no es una subprefectura de este departamento.
case-date-after-today = { $what }: el { $date } está en el futuro. Compruebe la fecha.
case-no-rule = Ninguna regla cubre esta situación en esta fecha: infórmese en la prefectura.
case-unanswered = Las reglas de hoy no responden a este trámite tal como está guardado: { $why } La lista de documentos se conserva tal cual.
case-needs = primero hay que responder a «{ $question }».

## The préfecture or sous-préfecture an answer goes to
answer-office = Su prefectura o subprefectura: { $office }

# Speech: what is said aloud instead of a web address, and a numbered choice.
speech-address = la página oficial: vea el código QR
speech-choice = { $number }: { $label }
speech-listen = Escuchar (F2)
speech-stop = Detener (F3)
speech-previous = Anterior (Re Pág)
speech-next = Siguiente (Av Pág)
speech-part = Parte { $number } de { $count }
speech-speed = Velocidad: { $speed }
speech-speed-slow = lenta
speech-speed-normal = normal
speech-speed-fast = rápida
speech-read-aloud-on = ☑ Leer en voz alta (F4)
speech-read-aloud-off = ☐ Leer en voz alta (F4)
speech-unavailable = La lectura en voz alta no funciona en este ordenador: ningún servicio de voz respondió. Todo sigue escrito en la pantalla.
speech-no-voice = Este ordenador no tiene voz para leer este idioma; los demás idiomas sí se pueden leer.
section-words = Las palabras difíciles de esta respuesta
glossary-line = { $term }: { $text }
glossary-explain = Explicar «{ $term }»
