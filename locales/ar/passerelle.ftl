# Passerelle — الواجهة بالعربية. ترجمة آلية من الملف الفرنسي (لم تُراجَع بعد).

## التواريخ
date-long = { $day } { $month } { $year }
date-short = { $day }/{ $month }/{ $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
   *[other] { $days } يومًا
}
in-days = { $days ->
    [0] اليوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $days } أيام
   *[other] بعد { $days } يومًا
}
days-ago = { $days ->
    [one] منذ يوم واحد
    [two] منذ يومين
    [few] منذ { $days } أيام
   *[other] منذ { $days } يومًا
}

## مهلة الإيداع وحقوق الوثيقة المؤقتة
filing-in-window = أُودع الطلب داخل المهلة.
filing-out-of-window = أُودع الطلب خارج هذه المهلة.
window-not-yet-open = لم تُفتح بعد: تُفتح { in-days }.
window-open = مفتوحة: يبقى { days }.
window-closing-soon = تُغلق قريبًا: يبقى { days } فقط!
window-passed = انقضت منذ { days }.
right-line = { $right }: { $value }
right-yes = نعم
right-no = لا
right-not-stated = لم تذكره المصادر
right-lawful-stay = إقامة قانونية
right-work = العمل
right-social = الحقوق الاجتماعية
right-travel = السفر

## الأسئلة
question-departement = أين تسكن؟
    .hint = اكتب اسم بلديتك (commune) أو رمزك البريدي أو مقاطعتك: «Montreuil»، «93100»، «93»، «Réunion».
question-request = ماذا تريد أن تفعل؟
    .hint = اختر الإجراء الذي يناسب وضعك.
question-category = على أي أساس؟
    .hint = أساس بطاقة الإقامة التي تطلبها أو تجددها.
motive-family-hint = اختر أولاً ما يشبه وضعك أكثر؛ ثم تأتي الأسباب الدقيقة.
family-family = العائلة
    .hint = تعيش مع شخص فرنسي، أو يعيش أحد أفراد عائلتك في فرنسا.
family-work = العمل
    .hint = لديك عمل أو عرض عمل أو مشروع مهني.
family-studies = الدراسة
    .hint = تدرس في فرنسا أو أنهيت دراستك للتو.
family-health = الصحة
    .hint = أنت أو طفلك بحاجة إلى علاج في فرنسا.
family-protection = الحماية
    .hint = أنت تحت الحماية (لاجئ، حماية فرعية) أو ضحية عنف أو اتجار بالبشر.
family-other = وضع آخر
    .hint = النشأة في فرنسا، أوروبا، بطاقة المقيم، زيارة، تسوية الوضع أو غير ذلك.
question-nationality = ما جنسيتك؟
    .hint = تختلف بعض القواعد بالنسبة للجزائريين والأوروبيين.
question-visa = بأي تأشيرة دخلت فرنسا؟
    .hint = النوع مكتوب على التأشيرة الملصقة في جواز سفرك.
question-situation = هل إقامتك قانونية اليوم؟
    .hint = قانونية: لديك بطاقة إقامة أو تأشيرة أو وصل (récépissé) أو شهادة سارية المفعول.
question-decision = ماذا تلقيت؟
    .hint = انظر إلى عنوان القرار: « obligation de quitter le territoire français » (OQTF)، أم رفض فقط.
question-ase_placement = في أي عمر عُهد بك إلى المساعدة الاجتماعية للطفولة (ASE)؟
    .hint = تاريخ قرار الإيداع (قاضي الأطفال أو المقاطعة).
question-current_title = ما وثيقة الإقامة التي تحملها اليوم؟
    .hint = الوثيقة التي لديك الآن، كما هي مكتوبة على بطاقتك أو تأشيرتك.
question-sous_prefecture = لأي مقاطعة فرعية (sous-préfecture) تتبع؟
    .hint = يتوقف ذلك على بلديتك: ارجع إلى السؤال الأول واكتب اسم بلديتك، أو راجع موقع المحافظة (préfecture).
question-title_expiry = حتى أي تاريخ تسري بطاقة إقامتك الحالية؟
    .hint = تاريخ انتهاء الصلاحية المكتوب على بطاقتك، بصيغة YYYY-MM-DD.
    .short = نهاية البطاقة
question-entry_date = متى دخلت فرنسا؟
    .hint = تاريخ ختم الدخول في جواز سفرك، بصيغة YYYY-MM-DD.
    .short = الدخول إلى فرنسا
question-filed_on = إذا كنت قد أودعت الطلب: في أي تاريخ؟
    .hint = تاريخ تأكيد الإيداع أو الإرسال، بصيغة YYYY-MM-DD.
    .short = الإيداع

## الخيارات
choice-request-first_title = أول طلب لبطاقة إقامة
    .hint = لم تحصل أبدًا على بطاقة إقامة في فرنسا.
choice-request-renewal = تجديد بطاقة إقامتي
    .hint = بطاقتك ستنتهي صلاحيتها قريبًا.
choice-request-change_of_status = تغيير الوضع
    .hint = مثلًا من طالب إلى أجير.
choice-request-vls_ts_validation = تفعيل تأشيرة الإقامة الطويلة (VLS-TS)
    .hint = يجب القيام به خلال 3 أشهر من الوصول.
choice-request-duplicate = بطاقة ضائعة أو مسروقة أو تالفة
    .hint = طلب نسخة بديلة.
choice-request-address_change = غيّرت عنواني
    .hint = التصريح بالعنوان الجديد.
choice-request-dcem = وثيقة سفر لطفل قاصر (DCEM)
    .hint = حتى يتمكن طفل أجنبي من السفر والعودة.
choice-request-travel_document = وثيقة سفر (لاجئ، حماية)
    .hint = عندما لا يمكنك استعمال جواز سفر بلدك.
choice-request-recepisse_renewal = تجديد الوصل (récépissé)
    .hint = وصلك على وشك الانتهاء.
choice-request-title_pickup = استلام بطاقتي
    .hint = تلقيت رسالة نصية من المحافظة.
choice-request-naturalisation = الحصول على الجنسية الفرنسية (التجنس)
    .hint = طلب الجنسية الفرنسية.
choice-request-asylum = طلب اللجوء
    .hint = تطلب الحماية من فرنسا.
choice-request-work_authorisation = رخصة عمل
    .hint = يطلبها صاحب العمل.
choice-request-short_stay_visa_extension = تمديد تأشيرة إقامة قصيرة
    .hint = تأشيرة أقل من 3 أشهر.
choice-request-additional_documents = إرسال وثائق مطلوبة
    .hint = طلبت منك المحافظة وثائق.
choice-request-judgment_execution = تنفيذ حكم قضائي
    .hint = حكمت المحكمة ضد المحافظة.
choice-request-information_request = طرح سؤال على المحافظة
    .hint = حول طلب قيد الدراسة أو إجراء.
choice-request-contest_decision = تلقيت رفضًا لبطاقة الإقامة أو أمرًا بمغادرة التراب الفرنسي (OQTF)
    .hint = قد تكون آجال التصرف قصيرة جدًا.
choice-category-student = طالب/طالبة
    .hint = الدراسة في فرنسا.
choice-category-student_job_search = البحث عن عمل بعد الدراسة
    .hint = أو إنشاء مقاولة، بعد الحصول على شهادة.
choice-category-employee = أجير/أجيرة
    .hint = عقد عمل.
choice-category-temporary_worker = عامل مؤقت
    .hint = عقد أقل من سنة.
choice-category-seasonal_worker = عامل موسمي
    .hint = العمل بضعة أشهر في السنة.
choice-category-talent_passport = جواز المواهب (passeport talent)
    .hint = أجير مؤهل، باحث، منشئ مقاولة…
choice-category-talent_family = عائلة حامل جواز المواهب
    .hint = الزوج/الزوجة أو الطفل.
choice-category-visitor = زائر
    .hint = تعيش من مواردك الخاصة دون عمل.
choice-category-french_spouse = زوج/زوجة شخص فرنسي
    .hint = متزوج(ة) من شخص فرنسي.
choice-category-pacs_french = مرتبط(ة) بعقد PACS مع شخص فرنسي
    .hint = ميثاق التضامن المدني.
choice-category-parent_french_child = والد(ة) طفل فرنسي
    .hint = تربي طفلًا يحمل الجنسية الفرنسية.
choice-category-ascendant_french = أصل مُعال لشخص فرنسي
    .hint = الأب أو الأم أو الجد.
choice-category-child_french = طفل أجنبي لشخص فرنسي
    .hint = أبوك أو أمك فرنسي الجنسية.
choice-category-family_reunification = التجمع العائلي
    .hint = التحقت بفرد من عائلتك.
choice-category-eu_citizen = مواطن(ة) من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا
    .hint = تحمل جنسية دولة من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا.
choice-category-eu_family = فرد من عائلة مواطن أوروبي
    .hint = لست أوروبيًا أنت نفسك.
choice-category-born_in_france = مولود(ة) في فرنسا
    .hint = ومتمدرس(ة) في فرنسا.
choice-category-young_adult = شاب بلغ سن الرشد
    .hint = بلغت للتو 18 سنة.
choice-category-young_adult_ase = شاب تحت رعاية المساعدة الاجتماعية للطفولة (ASE)
    .hint = كنت في رعاية المساعدة الاجتماعية للطفولة (ASE) قبل بلوغك 18 سنة.
choice-category-entered_before_13 = وصلت إلى فرنسا قبل سن 13
    .hint = وتعيش في فرنسا منذ ذلك الحين.
choice-category-sick_foreigner = أجنبي مريض
    .hint = العلاج غير متاح في بلدك.
choice-category-parent_sick_child = والد(ة) طفل مريض
    .hint = يُعالَج في فرنسا.
choice-category-trafficking_victim = ضحية الاتجار بالبشر أو القوادة
    .hint = قدّمت شكوى.
choice-category-protection_order = أمر حماية
    .hint = عنف زوجي أو زواج قسري.
choice-category-refugee = لاجئ(ة)
    .hint = صفة منحها المكتب الفرنسي لحماية اللاجئين (OFPRA) أو المحكمة الوطنية لحق اللجوء (CNDA).
choice-category-subsidiary_protection = الحماية الفرعية
    .hint = منحك OFPRA أو CNDA الحماية الفرعية.
choice-category-resident_card = بطاقة مقيم (10 سنوات)
    .hint = لديك بالفعل بطاقة مقيم.
choice-category-work_accident_pension = معاش حادث شغل
    .hint = عجز لا يقل عن 20 %.
choice-category-exceptional_admission = تسوية الوضعية (القبول الاستثنائي)
    .hint = ليست لديك بطاقة إقامة.
choice-category-long_term_resident_eu = مقيم لمدة طويلة في بلد آخر من الاتحاد الأوروبي
    .hint = لديك بالفعل صفة المقيم لمدة طويلة في بلد آخر من الاتحاد الأوروبي.
choice-category-other = أساس آخر
    .hint = سببك غير موجود في القائمة.
choice-nationality-algerian = جزائرية
    .hint = الاتفاق الفرنسي الجزائري لسنة 1968.
choice-nationality-eu = أوروبية (الاتحاد الأوروبي، المنطقة الاقتصادية الأوروبية، سويسرا)
choice-nationality-other = جنسية أخرى
choice-visa-vls_ts = تأشيرة إقامة طويلة تعادل بطاقة إقامة (VLS-TS)
    .hint = عبارة «VLS-TS» مكتوبة على التأشيرة.
choice-visa-visa_d = تأشيرة إقامة طويلة (D)
    .hint = عبارة «carte de séjour à solliciter» مكتوبة عليها.
choice-visa-visa_d_concours = تأشيرة D «concours» (مباراة)
choice-visa-visa_d_school_minor = تأشيرة D «mineur scolarisé» (قاصر متمدرس)
choice-visa-visa_d_au_pair = تأشيرة D «jeune au pair»
choice-visa-short_stay = تأشيرة إقامة قصيرة (C)
    .hint = أقل من 3 أشهر.
choice-visa-none = بدون تأشيرة
choice-decision-refusal = رفض بطاقة الإقامة، دون OQTF
    .hint = أو لم ترد المحافظة منذ أكثر من 4 أشهر.
choice-decision-oqtf = أمر بمغادرة التراب الفرنسي (OQTF)
    .hint = غالبًا في القرار نفسه مع الرفض.
choice-ase_placement-before_16 = في موعد أقصاه يوم بلوغي 16 عامًا
choice-ase_placement-from_16_to_18 = بين 16 و18 عامًا
choice-current_title-vls_ts = تأشيرة إقامة طويلة تعادل بطاقة إقامة (VLS-TS)
    .hint = السنة الأولى في فرنسا، مع التأشيرة المصادق عليها.
choice-current_title-temporary_card = بطاقة إقامة مؤقتة (سنة أو أقل)
choice-current_title-multi_year_card = بطاقة إقامة متعددة السنوات (من 2 إلى 4 سنوات)
choice-current_title-resident_card = بطاقة مقيم (10 سنوات أو دائمة)
choice-current_title-none = لا توجد وثيقة سارية
choice-situation-regular = نعم، إقامة قانونية
choice-situation-irregular = لا، بدون بطاقة سارية

## القنوات والوثائق المؤقتة
channel-anef = عبر الإنترنت على منصة ANEF
channel-demarches_simplifiees = استمارة المحافظة على الإنترنت (Démarches simplifiées)
channel-postal = عبر البريد المضمون
channel-prefecture_appointment = في المحافظة، بموعد
channel-prefecture_walk_in = في المحافظة، بدون موعد
channel-contacts_demarches = عبر الإنترنت على contacts-demarches
channel-natali = عبر الإنترنت على NATALI
channel-spada_guda = مصلحة الاستقبال الأولي (SPADA) ثم الشباك الموحد (GUDA)
channel-prefecture_contact_form = الاتصال بالمحافظة
channel-administrative_court = المحكمة الإدارية
provisional-confirmation_depot = تأكيد الإيداع (confirmation de dépôt)
provisional-attestation_prolongation = شهادة تمديد دراسة الملف (attestation de prolongation d'instruction)
provisional-attestation_decision_favorable = شهادة القرار الإيجابي
provisional-recepisse = وصل (récépissé)
provisional-none = لا توجد وثيقة مؤقتة

## كلمات مشتركة
choose = اختيار…
close = إغلاق
cancel = إلغاء
not-saved = لم يُحفظ: { $error }
pdf-saved = حُفظ ملف PDF في { $path }
save-pdf = حفظ بصيغة PDF
save-pdf-bilingual = ملف PDF بلغتين: الفرنسية و{ $language }
print = طباعة
no-file-chosen = لم يُختر أي ملف (أُلغيت النافذة، أو لا توجد نافذة اختيار على هذا الحاسوب): اكتب المسار في الحقل.
write-path = اكتب مسار الملف المراد إنشاؤه، أو انقر على «اختيار…».
not-a-date = «{ $value }» ليس تاريخًا: اكتبه بصيغة YYYY-MM-DD، مثلًا 2027-01-31.
date-placeholder = YYYY-MM-DD
time-placeholder = HH:MM

## الرأس والتبويبات والإعدادات
header-rules = Passerelle — قواعد { $date } (الإصدار { $version })
header-text-size = النص { $percent } %
header-next-date = التاريخ القادم: { $name } — { $label }، في { $date } ({ $when })
theme-light = مظهر فاتح
theme-dark = مظهر داكن
language = اللغة
language-machine = ترجمة آلية
language-authoritative = النص الفرنسي هو المعتمد: الرسائل والنصوص الرسمية تبقى بالفرنسية.
tab-wizard = المساعد
tab-files = ملفاتي ({ $count })
tab-rules = القواعد
settings-unreadable = تعذّرت قراءة إعداداتك؛ تُستعمل الإعدادات الافتراضية. { $problem }
settings-not-saved = تعذّر حفظ إعداداتك: { $error }
rules-stale = تنبيه: عمر هذه القواعد أكثر من 6 أشهر. الإجراءات تتغير كثيرًا: تحقق من موقع المحافظة، وحدّث القواعد.
rules-update = تحديث القواعد
pack-broken = تعذّرت قراءة القواعد المرفقة مع Passerelle
keep-kiosk = خذ هذه النتيجة معك (مفتاح USB)
keep-files = حفظ في ملفاتي

## الحاسوب العمومي
kiosk-banner = حاسوب للاستعمال العمومي: لا يُحفظ أي شيء على هذا الحاسوب.
kiosk-erase = إنهاء ومسح
kiosk-countdown = هل ما زلت هنا؟ سيُمسح كل شيء بعد { $seconds } ثانية.
kiosk-still-here = ما زلت هنا
kiosk-choose-language = اختر لغتك
take-away-profile-name = ملفي
take-away-title = خذ هذه النتيجة معك
take-away-explain = ملف يُفتح في Passerelle على حاسوبك (ملفاتي ← استيراد). لا يُحتفظ بأي شيء على هذا الحاسوب.
take-away-path = المسار على مفتاح USB
take-away-save = حفظ الملف
take-away-no-file = لم يُختر أي ملف: اكتب مسار مفتاح USB في الحقل (مثلًا ‎/media/usb/mon-dossier.passerelle).
take-away-write-path = اكتب أين يُحفظ الملف، أو انقر على «اختيار…».
take-away-saved = حُفظ في { $path }. في المنزل: Passerelle ← ملفاتي ← استيراد.

## المساعد
back = { $arrow } رجوع
start-over = البدء من جديد
submit = تأكيد
progress-question = السؤال { $number }
progress-answer = { $count ->
    [one] الجواب بعد سؤال واحد
    [two] الجواب بعد سؤالين
    [few] الجواب بعد { $count } أسئلة
   *[other] الجواب بعد { $count } سؤالًا
}
progress-intro = أجب عن الأسئلة واحدًا تلو الآخر؛ يمكنك الرجوع إلى الخلف.
progress-trail = إجاباتك (انقر للتغيير):
trail-date = { $label }: { $date }
departement-placeholder = البلدية أو الرمز البريدي أو المقاطعة
communes-reading = جارٍ البحث في قائمة البلديات…
communes-failed = تعذّرت قراءة قائمة البلديات ({ $error }): اختر مقاطعتك.
commune-via = بلدية سابقة: { $name }
refused-title = لا يمكن معالجة هذه الحالة بهذه الطريقة
pdf-no-answer = لا يوجد جواب بعد لوضعه في ملف PDF.
pdf-answer-path = ملف PDF لهذا الجواب

## الجواب
qr-scan = امسح الرمز لفتح الصفحة على هاتفك
official-site = ✔ موقع رسمي: { $host }
link-unverified = رابط غير متحقق منه
open-official-page = فتح الصفحة الرسمية
postal-address = عنوان الإرسال
window-dates = من { $opens } إلى { $closes }
rejection-date = التاريخ: { $date }
notice = { $label }: { $text }
section-when = متى تودع الطلب
section-no-answer = في غياب الرد
section-provisional = الوثيقة المؤقتة التي ستتلقاها
section-documents = الوثائق المطلوب تحضيرها
section-blocked = إذا كنت عالقًا
section-doubts = للتحقق
section-why = لماذا؟ القواعد المطبّقة ومصادرها
why-source = «{ $quote }» — { $title } ({ $stated }؛ تم التحقق في { $checked })
undated = غير مؤرخ
sources-disagree = تختلف المصادر: { $values }. أحدثها يذكر { $newest }.
source-value = { $value } ({ $source }، { $stated })
source-citation = { $title } (تم التحقق في { $checked })
source-citation-url = { $title } — { $url } (تم التحقق في { $checked })

## معلومات للرسائل
identity-civility = اللقب (Madame أو Monsieur — بالفرنسية)
identity-first-name = الاسم الشخصي
identity-last-name = الاسم العائلي
identity-birth-date = تاريخ الازدياد (YYYY-MM-DD)
identity-birth-place = مكان الازدياد
identity-nationality = الجنسية بالفرنسية (مثلًا: algérienne)
identity-address1 = العنوان (الرقم والشارع)
identity-address2 = الرمز البريدي والبلدية
identity-email = البريد الإلكتروني
identity-phone = الهاتف
identity-agdref = رقم AGDREF (على البطاقة أو الوصل)
identity-anef-request = رقم الطلب على ANEF
identity-title-mention = نوع البطاقة الحالية بالفرنسية (مثلًا: vie privée et familiale)
identity-title-valid-from = بداية صلاحية البطاقة (YYYY-MM-DD)
identity-e-photo-code = رمز الصورة الرقمية (e-photo)

## ملفاتي: رسائل
file-cannot-open = لا يمكن فتح هذا الملف: { $error }
file-name-needed = أعطِ الملف اسمًا (مثلًا اسمك الشخصي).
file-created = أُنشئ الملف «{ $name }».
file-not-created = تعذّر إنشاء الملف: { $error }
case-saved = حُفظ الإجراء في الملف.
file-exported = صُدّر الملف إلى { $path }
file-export-failed = تعذّر التصدير: { $error }
import-write-path = اكتب مسار الملف المراد استيراده، أو انقر على «اختيار…».
file-imported = استُورد الملف «{ $name }».
file-import-failed = تعذّر الاستيراد: { $error }
lock-taken = يمكنك الآن تعديل ملفاتك.
lock-still-held = ما زال Passerelle مفتوحًا في مكان آخر على هذه الملفات.
file-deleted = حُذف الملف «{ $name }».
file-delete-failed = تعذّر الحذف: { $error }
letter-missing = «{ $letter }»: { $missing }. أكمل «معلوماتي» أدناه (أو الإجراء)، ثم أعد المحاولة.
letter-saved = حُفظت «{ $letter }» في { $path }
attempt-bad-time = تاريخ المحاولة (YYYY-MM-DD) وساعتها (HH:MM)، مثلًا 2026-11-23 و 09:15.
attempt-no-channel = اختر كيف حاولت (موقع، هاتف…).
attempt-screenshot-failed = تعذّر نسخ لقطة الشاشة: { $error }
attempt-saved = حُفظت محاولة { $date } على الساعة { $time }.
calendar-saved = حُفظ التقويم في { $path }: افتحه على هاتفك لإضافة التواريخ.

## ملفاتي: الشاشات
read-only = Passerelle مفتوح بالفعل على هذه الملفات (نافذة أخرى أو حساب آخر): هنا يمكنك قراءتها فقط. أغلق النافذة الأخرى لإجراء تغييرات.
retry = إعادة المحاولة
file-unreadable = تعذّرت قراءة ملف ولم يُعدَّل: { $problem }
files-title = ملفاتي
files-where = ملفاتك محفوظة على هذا الحاسوب، بدون تشفير، في { $path }
save-where = أين تريد حفظ «{ $title }»؟
save-where-hint = اختر ملفًا، أو أنشئ ملفًا جديدًا أدناه.
save-into = حفظ في «{ $name }»
files-none = لا توجد ملفات حاليًا.
files-filter = ابحث عن ملف: الاسم أو الإجراء أو البلدية أو المقاطعة
files-filter-none = لا يوجد ملف يطابق «{ $query }».
files-next-date = التاريخ القادم: { $label } — { $date } ({ $when })
files-no-next-date = لا يوجد تاريخ قادم
files-cases = { $count ->
    [one] إجراء واحد
    [two] إجراءان
    [few] { $count } إجراءات
   *[other] { $count } إجراءً
} · { $next }
file-open = فتح «{ $name }»
file-new-name = اسم الملف الجديد (مثلًا اسمك الشخصي)
file-create = إنشاء الملف
import-path = الملف المراد استيراده (.passerelle)
import = استيراد
back-to-files = { $arrow } ملفاتي
rules-changed = تغيّرت القواعد بالنسبة لـ«{ $title }»:
rules-changed-added = • أُضيف: { $item }
rules-changed-removed = • لم يعد مطلوبًا: { $item } (علاماتك محفوظة)
file-no-case = هذا الملف لا يحتوي على أي إجراء: استعمل المساعد، ثم «حفظ في ملفاتي».
channel-changed = تنبيه: عندما حفظت هذا الإجراء، كان يمر عبر «{ $then }»؛ وفق قواعد اليوم، يمر عبر «{ $now }».
tomorrow = غدًا
yesterday = أمس
export-path = الملف الذي يُصدَّر إليه الملف كاملًا (.passerelle)
export = تصدير الملف
delete-confirm = حذف هذا الملف ولقطات شاشته من هذا الحاسوب؟
delete-yes = نعم، احذف
delete-no = لا
delete = حذف هذا الملف…

## قائمة الوثائق والتواريخ والأدلة
checklist-progress = الوثائق: { $ready } من { $total } جاهزة
checklist-new = { " " }— جديد
checklist-removed = { " " }— لم تعد القواعد تطلبه
checklist-by-hand = { " " }— أضفته أنت
tick-have = عندي
tick-copy = نسخة جاهزة
tick-translation = تحتاج ترجمة
tick-sent = أُرسل
note = ملاحظة
checklist-add-placeholder = إضافة وثيقة
add = إضافة
checklist-pdf-path = ملف PDF للقائمة والتواريخ
checklist-pdf = حفظ القائمة بصيغة PDF
dates-title = تواريخي
dates-none = لا يوجد تاريخ معروف لهذا الإجراء.
dates-line = { $date } — { $label } ({ $when })
provisional-received-placeholder = تاريخ تسلّم الوثيقة المؤقتة (YYYY-MM-DD)
provisional-received-save = حفظ التاريخ
calendar-path = ملف التقويم المراد إنشاؤه (.ics)
calendar-export = تصدير إلى التقويم
evidence-title = أدلة محاولاتي
evidence-explain = إذا لم تحصل على موعد أو رد، سجّل كل محاولة: قاضي المستعجلات يطلب محاولات في أيام وساعات مختلفة، على مدى أكثر من أسبوع (مجلس الدولة، 10 يونيو 2020، رقم 435594).
evidence-summary = عدد المحاولات: { $attempts }، على مدى { $days } يوم و{ $weeks } أسبوع، في { $hours } ساعة مختلفة؛ { $screenshots } مع لقطة شاشة
evidence-enough = محاولاتك موزعة كما يشترط الاجتهاد القضائي.
evidence-not-enough = ليس كافيًا بعد: يلزم القيام بمحاولات في { $days } أيام مختلفة على الأقل و{ $weeks } أسابيع مختلفة، في { $hours } ساعات مختلفة، موزعة على أكثر من { $over } أيام.
evidence-no-bar = لا تحدد القواعد عتبة لهذه الحالة.
evidence-screenshot = { " " }· لقطة { $name } (SHA-256 { $hash }…)
attempt-new = محاولة جديدة
attempt-result-placeholder = ما الذي حدث (مثلًا: لا يوجد موعد متاح)
attempt-screenshot-path = لقطة شاشة (اختياري)
attempt-save = حفظ المحاولة
identity-title = معلوماتي (للرسائل)
identity-hide = إخفاء
identity-show = إكمال معلوماتي
identity-explain = محفوظة في هذا الملف، بدون تشفير، على هذا الحاسوب. املأ فقط ما تحتاجه الرسائل.
letters-title = الرسائل
letters-explain = مكتوبة بالفرنسية، لغة الإدارة، انطلاقًا من ملفك. اقرأها وعدّلها قبل الإرسال.
letters-none = لا توجد رسالة تناسب هذا الإجراء حاليًا.
letter-path = الملف الذي تُحفظ فيه الرسالة (.txt)
letter-save = حفظ الرسالة
letter-close = إغلاق الرسالة

## الرسائل والحقول الناقصة
letter-api_urgent = طلب مستعجل لشهادة تمديد دراسة الملف
letter-pan_appointment = طلب موعد في نقطة الاستقبال الرقمي
letter-substitution = طلب الحل البديل (solution de substitution)
letter-refere_evidence = ملف أدلة المحاولات (دعوى استعجالية «mesures utiles»)
letter-implicit_rejection_reasons = طلب أسباب رفض ضمني
letter-defenseur_saisine = ملخص لمراجعة المدافع عن الحقوق (Défenseur des droits)
letter-missing-fields = ينقص: { $fields }
field-adresse-du-defenseur-des-droits = عنوان المدافع عن الحقوق
field-adresse-postale = العنوان البريدي
field-code-e-photo = رمز الصورة الرقمية
field-date-de-depot-de-la-demande = تاريخ إيداع الطلب
field-date-de-naissance = تاريخ الازدياد
field-date-du-rejet-implicite = تاريخ الرفض الضمني
field-debut-de-validite-du-titre = بداية صلاحية البطاقة
field-fin-de-validite-du-titre = نهاية صلاحية البطاقة
field-lieu-de-naissance = مكان الازدياد
field-mention-du-titre-de-sejour = نوع بطاقة الإقامة
field-motif-du-titre = أساس البطاقة
field-nationalite = الجنسية
field-nom-et-prenom = الاسم الشخصي والعائلي
field-numero-agdref = رقم AGDREF
field-numero-de-la-demande-anef = رقم الطلب على ANEF
field-tentatives-enregistrees = المحاولات المسجّلة
field-type-de-demande = نوع الطلب
field-telephone-ou-courriel = الهاتف أو البريد الإلكتروني

## القواعد
no-folder-chosen = لم يُختر أي مجلد (أُلغيت النافذة، أو لا توجد نافذة اختيار على هذا الحاسوب): اكتب المسار في الحقل.
rules-write-path = اكتب مسار مجلد القواعد الجديدة، أو انقر على «اختيار…».
rules-refused = هذه القواعد مرفوضة: { $error }
rules-installed = ثُبّتت القواعد { $version } (قبلها: { $before }).
rules-install-refused = رُفض التثبيت: { $error }
rules-rolled-back = القواعد { $version } مستعملة من جديد.
rules-rollback-failed = تعذّر الرجوع: { $error }
rules-title = القواعد المستعملة
rules-version = الإصدار { $version } بتاريخ { $date } — { $origin }
rules-installed-here = مثبّتة على هذا الحاسوب
rules-bundled = مرفقة مع Passerelle
rules-explain = الإجراءات تتغير كثيرًا. القواعد الجديدة، الموقّعة من فريق Passerelle، تأتي في شكل مجلد: يتحقق Passerelle من توقيعها ومن كل قاعدة قبل استعمالها، ويحتفظ بالقواعد السابقة.
rules-path = مجلد القواعد الجديدة
rules-check = تحقق
rules-preview = القواعد { $version } بتاريخ { $date }، موقّعة من: { $signer }
rules-older = هذه القواعد أقدم من المستعملة: لن تُثبّت هنا (يمكن للمسؤول فرض ذلك بالأمر «passerelle pack install --force»).
rules-install = تثبيت هذه القواعد
rules-rollback = الرجوع إلى القواعد السابقة
diff-counts = قواعد مضافة: { $added }، معدّلة: { $changed }، محذوفة: { $removed }؛ مصادر أُعيد التحقق منها: { $rechecked }
diff-departements = المقاطعات: { $list }
diff-procedures = الإجراءات: { $list }
diff-added = مضافة: { $list }
diff-changed = معدّلة: { $list }
diff-removed = محذوفة: { $list }
diff-rechecked = المصدر { $source } تم التحقق منه في { $new } (قبلها: { $old })
diff-outdated = { $language }: قواعد يجب ترجمتها من جديد، تُعرض بالفرنسية إلى حين ذلك ({ $count }): { $list }

## تواريخ الإجراء وطريقة المحاولة
date-entry = الدخول إلى فرنسا
date-title-expiry = نهاية صلاحية البطاقة
date-filed = إيداع الطلب
date-window-opens = بداية مهلة الإيداع
date-window-closes = آخر يوم للإيداع
date-provisional-received = تسلّم الوثيقة المؤقتة
date-provisional-ends = أقصى نهاية لصلاحية الشهادة (3 أشهر)
attempt-website = موقع المواعيد
attempt-phone = الهاتف
attempt-email = البريد الإلكتروني
attempt-counter = الشباك
attempt-mail = البريد
attempt-other = أخرى

## ملفات PDF والطباعة
pdf-disclaimer = توجيه وليس استشارة قانونية: تحقق من موقع المحافظة.
pdf-checklist-progress = الوثائق: { $ready } من { $total } جاهزة (في { $date })
pdf-note = ملاحظة: { $note }
pdf-footer = { $title } — Passerelle، القواعد { $version } — الصفحة { $page }/{ $pages }
print-sent = أُرسل إلى الطابعة: { $job }
print-failed = فشلت الطباعة ({ $error }): احفظ ملف PDF واطبعه في مكان آخر.
print-unavailable = لا يمكن الطباعة على هذا الحاسوب: احفظ ملف PDF واطبعه في مكان آخر.
print-handed = سُلِّم إلى برنامج PDF في الحاسوب للطباعة: اتبع ما يعرضه.
print-opened = ملف PDF مفتوح في برنامج الحاسوب: اطبعه من هناك (Ctrl+P).

## حالات لا يمكن الإجابة عنها
case-unknown-departement = «{ $code }» ليس مقاطعة: الرموز من 01 إلى 95 (2A و2B لكورسيكا) ومن 971 إلى 976.
case-unknown-sous-prefecture = «{ $value }» ليست مقاطعة فرعية لهذه المقاطعة.
case-date-after-today = { $what }: التاريخ { $date } في المستقبل. تحقق من التاريخ.
case-no-rule = لا توجد قاعدة تغطي هذه الحالة في هذا التاريخ: استعلم لدى المحافظة.
case-unanswered = لا تجيب قواعد اليوم عن هذا الإجراء كما هو محفوظ: { $why } تُحفظ قائمة الوثائق كما هي.
case-needs = يجب أولًا الإجابة عن «{ $question }».

## The préfecture or sous-préfecture an answer goes to
answer-office = المحافظة (préfecture) أو المقاطعة الفرعية (sous-préfecture) التي تتبعها: { $office }

# Speech: what is said aloud instead of a web address, and a numbered choice.
speech-address = الصفحة الرسمية: انظر رمز QR
speech-choice = { $number }: { $label }
speech-listen = استمع (F2)
speech-stop = توقف (F3)
speech-previous = السابق (Page ↑)
speech-next = التالي (Page ↓)
speech-part = الجزء { $number } من { $count }
speech-speed = السرعة: { $speed }
speech-speed-slow = بطيئة
speech-speed-normal = عادية
speech-speed-fast = سريعة
speech-read-aloud-on = ☑ القراءة بصوت عالٍ (F4)
speech-read-aloud-off = ☐ القراءة بصوت عالٍ (F4)
speech-unavailable = القراءة بصوت عالٍ لا تعمل على هذا الحاسوب: لم تستجب أي خدمة صوتية. يبقى كل شيء مكتوبًا على الشاشة.
speech-no-voice = لا يوجد في هذا الحاسوب صوت لقراءة هذه اللغة؛ يمكن قراءة اللغات الأخرى.
section-words = الكلمات الصعبة في هذا الجواب
glossary-line = { $term }: { $text }
glossary-explain = اشرح «{ $term }»
