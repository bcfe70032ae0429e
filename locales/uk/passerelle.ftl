# Passerelle — інтерфейс українською. Машинний переклад французького файлу (ще не перевірений).

## Дати
date-long = { $day } { $month } { $year } р.
date-short = { $day }.{ $month }.{ $year }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
days = { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}
in-days = { $days ->
    [0] сьогодні
    [one] через { $days } день
    [few] через { $days } дні
   *[other] через { $days } днів
}
days-ago = { $days ->
    [one] { $days } день тому
    [few] { $days } дні тому
   *[other] { $days } днів тому
}

## Строк подання і права тимчасового документа
filing-in-window = Заяву подано в строк.
filing-out-of-window = Заяву подано поза цим строком.
window-not-yet-open = Ще не відкрито: відкривається { in-days }.
window-open = Відкрито: залишилося { days }.
window-closing-soon = Скоро закривається: залишилося лише { days }!
window-passed = Минув { days } тому.
right-line = { $right }: { $value }
right-yes = так
right-no = ні
right-not-stated = джерела не уточнюють
right-lawful-stay = Законне перебування
right-work = Працювати
right-social = Соціальні права
right-travel = Подорожувати

## Питання
question-departement = Де ви живете?
    .hint = Введіть свою громаду (commune), поштовий індекс або департамент: «Montreuil», «93100», «93», «Réunion».
question-request = Що ви хочете зробити?
    .hint = Виберіть процедуру, яка відповідає вашій ситуації.
question-category = На якій підставі?
    .hint = Підстава посвідки, яку ви просите або подовжуєте.
motive-family-hint = Спершу виберіть те, що найближче до вашої ситуації; точні підстави — далі.
family-family = Сім'я
    .hint = Ви живете з громадянином Франції, або член вашої сім'ї живе у Франції.
family-work = Робота
    .hint = У вас є робота, пропозиція роботи або професійний проєкт.
family-studies = Навчання
    .hint = Ви навчаєтеся у Франції або щойно закінчили навчання.
family-health = Здоров'я
    .hint = Вам або вашій дитині потрібне лікування у Франції.
family-protection = Захист
    .hint = Ви під захистом (біженець, додатковий захист) або жертва насильства чи торгівлі людьми.
family-other = Інша ситуація
    .hint = Дорослішання у Франції, Європа, картка резидента, візит, легалізація чи інше.
question-nationality = Яке ваше громадянство?
    .hint = Деякі правила відрізняються для алжирців і європейців.
question-visa = З якою візою ви в'їхали до Франції?
    .hint = Тип написаний на візі, вклеєній у ваш паспорт.
question-situation = Чи перебуваєте ви сьогодні законно?
    .hint = Законно: у вас є чинна посвідка, віза, квитанція (récépissé) або довідка.
question-decision = Що ви отримали?
    .hint = Подивіться на назву рішення: «obligation de quitter le territoire français» (OQTF) чи лише відмова.
question-ase_placement = У якому віці вас передали під опіку служби допомоги дітям (ASE)?
    .hint = Дата рішення про влаштування (суддя у справах дітей або департамент).
question-current_title = Який документ на проживання у вас сьогодні?
    .hint = Документ, який у вас зараз, як написано на картці чи візі.
question-sous_prefecture = До якої супрефектури (sous-préfecture) ви належите?
    .hint = Це залежить від вашої громади: поверніться до першого питання й введіть свою громаду або перегляньте сайт префектури.
question-title_expiry = До якої дати дійсна ваша теперішня посвідка?
    .hint = Дата закінчення дії, написана на вашій картці, у форматі YYYY-MM-DD.
    .short = Кінець посвідки
question-entry_date = Коли ви в'їхали до Франції?
    .hint = Дата штампу про в'їзд у вашому паспорті, у форматі YYYY-MM-DD.
    .short = В'їзд до Франції
question-filed_on = Якщо ви вже подали заяву: якого числа?
    .hint = Дата підтвердження подання або відправлення, у форматі YYYY-MM-DD.
    .short = Подання

## Варіанти
choice-request-first_title = Перша заява на посвідку на проживання
    .hint = У вас ніколи не було посвідки на проживання у Франції.
choice-request-renewal = Подовжити мою посвідку
    .hint = Термін дії вашої картки скоро закінчується.
choice-request-change_of_status = Змінити статус
    .hint = Наприклад, зі студента на працівника.
choice-request-vls_ts_validation = Підтвердити мою довгострокову візу (VLS-TS)
    .hint = Потрібно зробити протягом 3 місяців після прибуття.
choice-request-duplicate = Картку втрачено, вкрадено або пошкоджено
    .hint = Попросити дублікат.
choice-request-address_change = Я переїхав(-ла)
    .hint = Повідомити нову адресу.
choice-request-dcem = Проїзний документ для неповнолітньої дитини (DCEM)
    .hint = Щоб дитина-іноземець могла подорожувати й повертатися.
choice-request-travel_document = Проїзний документ (біженець, захист)
    .hint = Коли ви не можете користуватися паспортом своєї країни.
choice-request-recepisse_renewal = Подовжити мою квитанцію (récépissé)
    .hint = Термін дії вашої квитанції закінчується.
choice-request-title_pickup = Отримати мою картку
    .hint = Ви отримали SMS від префектури.
choice-request-naturalisation = Стати громадянином Франції (натуралізація)
    .hint = Заява на французьке громадянство.
choice-request-asylum = Попросити притулку
    .hint = Ви просите Францію про захист.
choice-request-work_authorisation = Дозвіл на роботу
    .hint = Запитує роботодавець.
choice-request-short_stay_visa_extension = Продовжити короткострокову візу
    .hint = Віза менш ніж на 3 місяці.
choice-request-additional_documents = Надіслати запитані документи
    .hint = Префектура попросила у вас документи.
choice-request-judgment_execution = Домогтися виконання судового рішення
    .hint = Суд ухвалив рішення проти префектури.
choice-request-information_request = Поставити запитання префектурі
    .hint = Про заяву, що розглядається, або процедуру.
choice-request-contest_decision = Я отримав(ла) відмову в посвідці або зобов'язання покинути територію (OQTF)
    .hint = Строки для дій можуть бути дуже короткими.
choice-category-student = Студент(ка)
    .hint = Навчання у Франції.
choice-category-student_job_search = Пошук роботи після навчання
    .hint = Або створення підприємства після отримання диплома.
choice-category-employee = Найманий працівник
    .hint = Трудовий договір.
choice-category-temporary_worker = Тимчасовий працівник
    .hint = Договір менш ніж на рік.
choice-category-seasonal_worker = Сезонний працівник
    .hint = Робота кілька місяців на рік.
choice-category-talent_passport = Паспорт таланту (passeport talent)
    .hint = Кваліфікований працівник, науковець, засновник підприємства…
choice-category-talent_family = Родина власника паспорта таланту
    .hint = Чоловік/дружина або дитина.
choice-category-visitor = Відвідувач
    .hint = Ви живете на власні кошти, не працюючи.
choice-category-french_spouse = Чоловік/дружина громадянина Франції
    .hint = У шлюбі з французом/француженкою.
choice-category-pacs_french = У PACS з громадянином Франції
    .hint = Цивільний пакт солідарності.
choice-category-parent_french_child = Батько/мати дитини-громадянина Франції
    .hint = Ви виховуєте дитину з французьким громадянством.
choice-category-ascendant_french = Утриманець-родич громадянина Франції
    .hint = Батьки або дідусь/бабуся.
choice-category-child_french = Дитина-іноземець громадянина Франції
    .hint = Ваш батько або мати — громадянин Франції.
choice-category-family_reunification = Возз'єднання сім'ї
    .hint = Ви приєдналися до члена своєї родини.
choice-category-eu_citizen = Громадянин ЄС, ЄЕП або Швейцарії
    .hint = Ви громадянин країни Європейського Союзу, ЄЕЗ або Швейцарії.
choice-category-eu_family = Член родини громадянина Європи
    .hint = Ви самі не є європейцем.
choice-category-born_in_france = Народжений(-а) у Франції
    .hint = І навчався(-лася) у Франції.
choice-category-young_adult = Молодь, що досягла повноліття
    .hint = Вам щойно виповнилося 18 років.
choice-category-young_adult_ase = Молодь під опікою служби соціальної допомоги дітям (ASE)
    .hint = До 18 років ви перебували під опікою служби соціальної допомоги дітям (ASE).
choice-category-entered_before_13 = Прибув(-ла) до Франції до 13 років
    .hint = І відтоді живете у Франції.
choice-category-sick_foreigner = Хворий іноземець
    .hint = Лікування неможливе у вашій країні.
choice-category-parent_sick_child = Батько/мати хворої дитини
    .hint = Лікується у Франції.
choice-category-trafficking_victim = Жертва торгівлі людьми або сутенерства
    .hint = Ви подали скаргу.
choice-category-protection_order = Охоронний припис
    .hint = Домашнє насильство або примусовий шлюб.
choice-category-refugee = Біженець
    .hint = Статус надано OFPRA або CNDA.
choice-category-subsidiary_protection = Додатковий захист
    .hint = OFPRA або CNDA надали вам додатковий захист.
choice-category-resident_card = Картка резидента (10 років)
    .hint = У вас уже є картка резидента.
choice-category-work_accident_pension = Рента за нещасний випадок на роботі
    .hint = Непрацездатність щонайменше 20 %.
choice-category-exceptional_admission = Легалізація (виняткове допущення)
    .hint = У вас немає посвідки на проживання.
choice-category-long_term_resident_eu = Довгостроковий резидент іншої країни ЄС
    .hint = Ви вже маєте статус довгострокового резидента в іншій країні ЄС.
choice-category-other = Інша підстава
    .hint = Вашої підстави немає в списку.
choice-nationality-algerian = Алжирське
    .hint = Франко-алжирська угода 1968 року.
choice-nationality-eu = Європейське (ЄС, ЄЕП, Швейцарія)
choice-nationality-other = Інше громадянство
choice-visa-vls_ts = Довгострокова віза, що діє як посвідка (VLS-TS)
    .hint = На візі написано «VLS-TS».
choice-visa-visa_d = Довгострокова віза (D)
    .hint = На ній написано «carte de séjour à solliciter».
choice-visa-visa_d_concours = Віза D «concours» (конкурс)
choice-visa-visa_d_school_minor = Віза D «mineur scolarisé» (неповнолітній учень)
choice-visa-visa_d_au_pair = Віза D «jeune au pair»
choice-visa-short_stay = Короткострокова віза (C)
    .hint = Менш ніж 3 місяці.
choice-visa-none = Без візи
choice-decision-refusal = Відмова в посвідці без OQTF
    .hint = Або префектура не відповідає понад 4 місяці.
choice-decision-oqtf = Зобов'язання покинути територію Франції (OQTF)
    .hint = Часто в тому самому рішенні, що й відмова.
choice-ase_placement-before_16 = Не пізніше дня мого 16-річчя
choice-ase_placement-from_16_to_18 = Між 16 і 18 роками
choice-current_title-vls_ts = Довгострокова віза, що діє як посвідка (VLS-TS)
    .hint = Перший рік у Франції, з підтвердженою візою.
choice-current_title-temporary_card = Тимчасова посвідка (один рік або менше)
choice-current_title-multi_year_card = Багаторічна посвідка (від 2 до 4 років)
choice-current_title-resident_card = Картка резидента (10 років або безстрокова)
choice-current_title-none = Чинного документа немає
choice-situation-regular = Так, законне перебування
choice-situation-irregular = Ні, без чинного документа

## Канали і тимчасові документи
channel-anef = Онлайн на ANEF
channel-demarches_simplifiees = Онлайн-форма префектури (Démarches simplifiées)
channel-postal = Рекомендованим листом
channel-prefecture_appointment = У префектурі, за записом
channel-prefecture_walk_in = У префектурі, без запису
channel-contacts_demarches = Онлайн на contacts-demarches
channel-natali = Онлайн на NATALI
channel-spada_guda = Служба первинного прийому (SPADA), потім єдине вікно (GUDA)
channel-prefecture_contact_form = Зв'язатися з префектурою
channel-administrative_court = Адміністративний суд
provisional-confirmation_depot = Підтвердження подання (confirmation de dépôt)
provisional-attestation_prolongation = Довідка про продовження розгляду (attestation de prolongation d'instruction)
provisional-attestation_decision_favorable = Довідка про позитивне рішення
provisional-recepisse = Квитанція (récépissé)
provisional-none = Тимчасового документа немає

## Загальні слова
choose = Вибрати…
close = Закрити
cancel = Скасувати
not-saved = Не збережено: { $error }
pdf-saved = PDF збережено в { $path }
save-pdf = Зберегти як PDF
save-pdf-bilingual = Двомовний PDF: французька і { $language }
print = Друкувати
no-file-chosen = Файл не вибрано (вікно скасовано або на цьому комп'ютері немає вікна вибору): введіть шлях у поле.
write-path = Введіть шлях до файлу, який потрібно створити, або натисніть «Вибрати…».
not-a-date = «{ $value }» — не дата: напишіть її як YYYY-MM-DD, наприклад 2027-01-31.
date-placeholder = YYYY-MM-DD
time-placeholder = HH:MM

## Заголовок, вкладки, налаштування
header-rules = Passerelle — правила від { $date } (версія { $version })
header-text-size = Текст { $percent } %
header-next-date = Наступна дата: { $name } — { $label }, { $date } ({ $when })
theme-light = Світла тема
theme-dark = Темна тема
language = Мова
language-machine = машинний переклад
language-authoritative = Офіційним є французький текст: листи й офіційні тексти залишаються французькою.
tab-wizard = Помічник
tab-files = Мої справи ({ $count })
tab-rules = Правила
settings-unreadable = Не вдалося прочитати ваші налаштування; використовуються типові. { $problem }
settings-not-saved = Не вдалося зберегти ваші налаштування: { $error }
rules-stale = Увага: цим правилам понад 6 місяців. Процедури часто змінюються: перевірте на сайті префектури й оновіть правила.
rules-update = Оновити правила
pack-broken = Не вдається прочитати правила, що постачаються з Passerelle
keep-kiosk = Забрати цей результат (USB-накопичувач)
keep-files = Зберегти в моїх справах

## Публічний комп'ютер
kiosk-banner = Публічний комп'ютер: на цьому комп'ютері нічого не зберігається.
kiosk-erase = Завершити й стерти
kiosk-countdown = Ви ще тут? Усе буде стерто через { $seconds } с.
kiosk-still-here = Я ще тут
kiosk-choose-language = Виберіть свою мову
take-away-profile-name = Моя справа
take-away-title = Забрати цей результат
take-away-explain = Файл, який можна відкрити в Passerelle на вашому комп'ютері (Мої справи → Імпортувати). На цьому комп'ютері нічого не залишається.
take-away-path = Шлях на USB-накопичувачі
take-away-save = Зберегти файл
take-away-no-file = Файл не вибрано: введіть шлях на USB-накопичувачі в поле (наприклад /media/usb/mon-dossier.passerelle).
take-away-write-path = Введіть, куди зберегти файл, або натисніть «Вибрати…».
take-away-saved = Збережено в { $path }. Удома: Passerelle → Мої справи → Імпортувати.

## Помічник
back = { $arrow } Назад
start-over = Почати знову
submit = Підтвердити
progress-question = Питання { $number }
progress-answer = { $count ->
    [one] Відповідь після { $count } питання
   *[other] Відповідь після { $count } питань
}
progress-intro = Відповідайте на питання по черзі; можна повернутися назад.
progress-trail = Ваші відповіді (натисніть, щоб змінити):
trail-date = { $label }: { $date }
departement-placeholder = Громада, поштовий індекс або департамент
communes-reading = Пошук у списку громад…
communes-failed = Не вдалося прочитати список громад ({ $error }): виберіть свій департамент.
commune-via = колишня громада: { $name }
refused-title = Цю ситуацію не можна розглянути таким чином
pdf-no-answer = Ще немає відповіді для PDF.
pdf-answer-path = PDF-файл цієї відповіді

## Відповідь
qr-scan = Скануйте, щоб відкрити сторінку на телефоні
official-site = ✔ офіційний сайт: { $host }
link-unverified = неперевірене посилання
open-official-page = Відкрити офіційну сторінку
postal-address = Адреса для надсилання
window-dates = З { $opens } до { $closes }
rejection-date = Дата: { $date }
notice = { $label }: { $text }
section-when = Коли подавати
section-no-answer = Якщо відповіді немає
section-provisional = Тимчасовий документ, який ви отримаєте
section-documents = Документи, які треба підготувати
section-blocked = Якщо ви застрягли
section-doubts = Потрібно перевірити
section-why = Чому? Застосовані правила та їхні джерела
why-source = «{ $quote }» — { $title } ({ $stated }; перевірено { $checked })
undated = без дати
sources-disagree = Джерела розходяться: { $values }. Найновіше подає { $newest }.
source-value = { $value } ({ $source }, { $stated })
source-citation = { $title } (перевірено { $checked })
source-citation-url = { $title } — { $url } (перевірено { $checked })

## Дані для листів
identity-civility = Звертання (Madame або Monsieur — французькою)
identity-first-name = Ім'я
identity-last-name = Прізвище
identity-birth-date = Дата народження (YYYY-MM-DD)
identity-birth-place = Місце народження
identity-nationality = Громадянство французькою (наприклад: ukrainienne)
identity-address1 = Адреса (номер і вулиця)
identity-address2 = Поштовий індекс і громада
identity-email = Електронна пошта
identity-phone = Телефон
identity-agdref = Номер AGDREF (на посвідці або квитанції)
identity-anef-request = Номер заяви ANEF
identity-title-mention = Тип теперішньої посвідки французькою (наприклад: vie privée et familiale)
identity-title-valid-from = Початок дії посвідки (YYYY-MM-DD)
identity-e-photo-code = Код електронного фото (e-photo)

## Мої справи: повідомлення
file-cannot-open = Цю справу не можна відкрити: { $error }
file-name-needed = Дайте справі назву (наприклад, своє ім'я).
file-created = Справу «{ $name }» створено.
file-not-created = Не вдалося створити справу: { $error }
case-saved = Процедуру збережено у справі.
file-exported = Справу експортовано в { $path }
file-export-failed = Не вдалося експортувати: { $error }
import-write-path = Введіть шлях до файлу для імпорту або натисніть «Вибрати…».
file-imported = Справу «{ $name }» імпортовано.
file-import-failed = Не вдалося імпортувати: { $error }
lock-taken = Тепер ви можете змінювати свої справи.
lock-still-held = Passerelle досі відкрито деінде з цими справами.
file-deleted = Справу «{ $name }» видалено.
file-delete-failed = Не вдалося видалити: { $error }
letter-missing = «{ $letter }»: { $missing }. Заповніть «Мої дані» нижче (або процедуру) і спробуйте знову.
letter-saved = «{ $letter }» збережено в { $path }
attempt-bad-time = Дата (YYYY-MM-DD) і час (HH:MM) спроби, наприклад 2026-11-23 і 09:15.
attempt-no-channel = Виберіть, як ви намагалися (сайт, телефон…).
attempt-screenshot-failed = Не вдалося скопіювати знімок екрана: { $error }
attempt-saved = Спробу { $date } о { $time } збережено.
calendar-saved = Календар збережено в { $path }: відкрийте його на телефоні, щоб додати дати.

## Мої справи: екрани
read-only = Passerelle вже відкрито з цими справами (інше вікно або інший обліковий запис): тут їх можна лише читати. Закрийте інше вікно, щоб вносити зміни.
retry = Спробувати знову
file-unreadable = Одну справу не вдалося прочитати, її не змінено: { $problem }
files-title = Мої справи
files-where = Ваші справи зберігаються на цьому комп'ютері, без шифрування, у { $path }
save-where = Де зберегти «{ $title }»?
save-where-hint = Виберіть справу або створіть нову нижче.
save-into = Зберегти в «{ $name }»
files-none = Поки що справ немає.
files-filter = Знайти справу: ім'я, процедура, громада або департамент
files-filter-none = Жодна справа не відповідає «{ $query }».
files-next-date = Наступна дата: { $label } — { $date } ({ $when })
files-no-next-date = Немає найближчих дат
files-cases = { $count ->
    [one] { $count } процедура
    [few] { $count } процедури
   *[other] { $count } процедур
} · { $next }
file-open = Відкрити «{ $name }»
file-new-name = Назва нової справи (наприклад, ваше ім'я)
file-create = Створити справу
import-path = Файл справи для імпорту (.passerelle)
import = Імпортувати
back-to-files = { $arrow } Мої справи
rules-changed = Правила змінилися для «{ $title }»:
rules-changed-added = • додано: { $item }
rules-changed-removed = • більше не потрібно: { $item } (ваші позначки збережено)
file-no-case = У цій справі немає жодної процедури: скористайтеся помічником, потім «Зберегти в моїх справах».
channel-changed = Увага: коли ви зберегли цю процедуру, вона проходила через «{ $then }»; за сьогоднішніми правилами вона проходить через «{ $now }».
tomorrow = завтра
yesterday = учора
export-path = Файл, куди експортувати всю справу (.passerelle)
export = Експортувати справу
delete-confirm = Видалити цю справу та її знімки екрана з цього комп'ютера?
delete-yes = Так, видалити
delete-no = Ні
delete = Видалити цю справу…

## Перелік документів, дати, докази
checklist-progress = Документи: готово { $ready } з { $total }
checklist-new = { " " }— нове
checklist-removed = { " " }— правила більше не вимагають
checklist-by-hand = { " " }— додано вами
tick-have = У мене є
tick-copy = Копію зроблено
tick-translation = Потрібен переклад
tick-sent = Надіслано
note = Примітка
checklist-add-placeholder = Додати документ
add = Додати
checklist-pdf-path = PDF переліку та дат
checklist-pdf = Зберегти перелік як PDF
dates-title = Мої дати
dates-none = Для цієї процедури немає відомих дат.
dates-line = { $date } — { $label } ({ $when })
provisional-received-placeholder = Дата отримання тимчасового документа (YYYY-MM-DD)
provisional-received-save = Зберегти дату
calendar-path = Файл календаря, який потрібно створити (.ics)
calendar-export = Експортувати в календар
evidence-title = Докази моїх спроб
evidence-explain = Якщо ви не можете отримати запис або відповідь, записуйте кожну спробу: суддя у термінових справах вимагає спроб у різні дні й години, протягом понад тижня (Державна рада Франції, 10 червня 2020 р., № 435594).
evidence-summary = Спроб: { $attempts }, днів: { $days }, тижнів: { $weeks }, різних годин: { $hours }; зі знімком екрана: { $screenshots }
evidence-enough = Ваші спроби розподілені так, як вимагає судова практика.
evidence-not-enough = Поки недостатньо: потрібні спроби щонайменше в { $days } різні дні та { $weeks } різні тижні, о { $hours } різних годинах, розподілені на понад { $over } днів.
evidence-no-bar = Правила не встановлюють порогу для цього випадку.
evidence-screenshot = { " " }· знімок { $name } (SHA-256 { $hash }…)
attempt-new = Нова спроба
attempt-result-placeholder = Що сталося (наприклад: не запропоновано жодного часу)
attempt-screenshot-path = Знімок екрана (необов'язково)
attempt-save = Зберегти спробу
identity-title = Мої дані (для листів)
identity-hide = Приховати
identity-show = Заповнити мої дані
identity-explain = Зберігаються в цій справі, без шифрування, на цьому комп'ютері. Заповніть лише те, що потрібно для листів.
letters-title = Листи
letters-explain = Написані французькою, мовою адміністрації, на основі вашої справи. Прочитайте й виправте перед надсиланням.
letters-none = Поки що жоден лист не підходить до цієї процедури.
letter-path = Файл для збереження листа (.txt)
letter-save = Зберегти лист
letter-close = Закрити лист

## Листи та відсутні дані
letter-api_urgent = Термінове прохання про довідку про продовження розгляду
letter-pan_appointment = Прохання про запис до пункту цифрового прийому
letter-substitution = Прохання про альтернативне рішення (solution de substitution)
letter-refere_evidence = Пакет доказів спроб (термінове провадження «mesures utiles»)
letter-implicit_rejection_reasons = Запит про причини мовчазної відмови
letter-defenseur_saisine = Резюме для звернення до Захисника прав (Défenseur des droits)
letter-missing-fields = бракує: { $fields }
field-adresse-du-defenseur-des-droits = адреса Захисника прав
field-adresse-postale = поштова адреса
field-code-e-photo = код електронного фото
field-date-de-depot-de-la-demande = дата подання заяви
field-date-de-naissance = дата народження
field-date-du-rejet-implicite = дата мовчазної відмови
field-debut-de-validite-du-titre = початок дії посвідки
field-fin-de-validite-du-titre = кінець дії посвідки
field-lieu-de-naissance = місце народження
field-mention-du-titre-de-sejour = тип посвідки на проживання
field-motif-du-titre = підстава посвідки
field-nationalite = громадянство
field-nom-et-prenom = ім'я та прізвище
field-numero-agdref = номер AGDREF
field-numero-de-la-demande-anef = номер заяви ANEF
field-tentatives-enregistrees = записані спроби
field-type-de-demande = тип заяви
field-telephone-ou-courriel = телефон або електронна пошта

## Правила
no-folder-chosen = Теку не вибрано (вікно скасовано або на цьому комп'ютері немає вікна вибору): введіть шлях у поле.
rules-write-path = Введіть шлях до теки з новими правилами або натисніть «Вибрати…».
rules-refused = Ці правила відхилено: { $error }
rules-installed = Правила { $version } встановлено (раніше: { $before }).
rules-install-refused = Встановлення відхилено: { $error }
rules-rolled-back = Правила { $version } знову використовуються.
rules-rollback-failed = Не вдалося повернутися: { $error }
rules-title = Правила, що використовуються
rules-version = Версія { $version } від { $date } — { $origin }
rules-installed-here = встановлені на цьому комп'ютері
rules-bundled = постачаються з Passerelle
rules-explain = Процедури часто змінюються. Нові правила, підписані командою Passerelle, надходять у вигляді теки: Passerelle перевіряє їхній підпис і кожне правило перед використанням і зберігає попередні.
rules-path = Тека з новими правилами
rules-check = Перевірити
rules-preview = Правила { $version } від { $date }, підписав: { $signer }
rules-older = Ці правила старіші за ті, що використовуються: їх тут не буде встановлено (адміністратор може примусити командою «passerelle pack install --force»).
rules-install = Встановити ці правила
rules-rollback = Повернутися до попередніх правил
diff-counts = Правил додано: { $added }, змінено: { $changed }, вилучено: { $removed }; джерел перевірено знову: { $rechecked }
diff-departements = Департаменти: { $list }
diff-procedures = Процедури: { $list }
diff-added = Додано: { $list }
diff-changed = Змінено: { $list }
diff-removed = Вилучено: { $list }
diff-rechecked = Джерело { $source } перевірено { $new } (раніше: { $old })
diff-outdated = { $language }: правила, які треба перекласти знову, до того показані французькою ({ $count }): { $list }

## Дати процедури і спосіб спроби
date-entry = В'їзд до Франції
date-title-expiry = Кінець дії посвідки
date-filed = Заяву подано
date-window-opens = Початок строку подання
date-window-closes = Останній день для подання
date-provisional-received = Тимчасовий документ отримано
date-provisional-ends = Найпізніший кінець дії довідки (3 місяці)
attempt-website = Сайт запису
attempt-phone = Телефон
attempt-email = Електронна пошта
attempt-counter = Віконце
attempt-mail = Пошта
attempt-other = Інше

## PDF і друк
pdf-disclaimer = Орієнтир, а не юридична консультація: перевірте на сайті префектури.
pdf-checklist-progress = Документи: готово { $ready } з { $total } (станом на { $date })
pdf-note = Примітка: { $note }
pdf-footer = { $title } — Passerelle, правила { $version } — сторінка { $page }/{ $pages }
print-sent = Надіслано на принтер: { $job }
print-failed = Друк не вдався ({ $error }): збережіть PDF і роздрукуйте деінде.
print-unavailable = На цьому комп'ютері друк неможливий: збережіть PDF і роздрукуйте деінде.
print-handed = Передано програмі PDF на комп'ютері для друку: виконуйте її вказівки.
print-opened = PDF відкрито в програмі комп'ютера: роздрукуйте його звідти (Ctrl+P).

## Випадки без відповіді
case-unknown-departement = «{ $code }» — не департамент: коди від 01 до 95 (2A і 2B для Корсики) та від 971 до 976.
case-unknown-sous-prefecture = «{ $value }» — не супрефектура цього департаменту.
case-date-after-today = { $what }: { $date } — це майбутнє. Перевірте дату.
case-no-rule = Жодне правило не охоплює цю ситуацію на цю дату: зверніться до префектури.
case-unanswered = Сьогоднішні правила не дають відповіді на цю процедуру в збереженому вигляді: { $why } Список документів залишено без змін.
case-needs = спершу треба відповісти на запитання «{ $question }».

## The préfecture or sous-préfecture an answer goes to
answer-office = Ваша префектура або супрефектура: { $office }

# Speech: what is said aloud instead of a web address, and a numbered choice.
speech-address = офіційна сторінка: дивіться QR-код
speech-choice = { $number }: { $label }
speech-listen = Слухати (F2)
speech-stop = Зупинити (F3)
speech-previous = Назад (Page ↑)
speech-next = Далі (Page ↓)
speech-part = Частина { $number } з { $count }
speech-speed = Швидкість: { $speed }
speech-speed-slow = повільна
speech-speed-normal = звичайна
speech-speed-fast = швидка
speech-read-aloud-on = ☑ Читати вголос (F4)
speech-read-aloud-off = ☐ Читати вголос (F4)
speech-unavailable = Читання вголос не працює на цьому комп'ютері: жодна голосова служба не відповіла. Усе залишається написаним на екрані.
speech-no-voice = На цьому комп'ютері немає голосу для цієї мови; інші мови можна прочитати.
section-words = Складні слова цієї відповіді
glossary-line = { $term }: { $text }
glossary-explain = Пояснити «{ $term }»
