site-title = Мапа волонтерських мереж Брауншвейга
map-heading = Волонтерство для біженців у Брауншвейзі
map-intro = Оберіть свій район: ви побачите, які мережі там є і як долучитися.
map-region = Мапа
map-loading = Мапа завантажується …
map-label = Мапа районів Брауншвейга
map-attribution = Картографічна основа: © учасники OpenStreetMap, ODbL. Межі районів спрощені, неофіційні.
all-districts = Усі райони
network-count = { $count ->
    [0] немає мереж
    [one] { $count } мережа
    [few] { $count } мережі
    [many] { $count } мереж
   *[other] { $count } мережі
}
found-count = { $count ->
    [0] Мереж не знайдено.
    [one] Знайдено { $count } мережу.
    [few] Знайдено { $count } мережі.
    [many] Знайдено { $count } мереж.
   *[other] Знайдено { $count } мережі.
}
district-missing = Такого району немає
district-close = Закрити район і повернутися до огляду
district-lead = Мережі в цьому районі та пропозиції для всього міста.
join-here = Долучитися тут

filter-label = Фільтрувати мережі
filter-activity = Діяльність
filter-all-activities = Уся діяльність
filter-language = Мова
filter-all-languages = Усі мови
filter-search = Пошук
filter-search-example = напр. сад, консультації
filter-submit = Фільтрувати

not-confirmed = не підтверджено
not-confirmed-hint = З відкритих джерел, координаційний центр ще не перевірив.
confirmed-on = Востаннє підтверджено { $date }
confirmed-by-coordination = Востаннє підтверджено { $date } координаційним центром
confirmed-by-network = Востаннє підтверджено { $date } самою мережею
citywide = Для всього міста
activities = Діяльність
languages = Мови
languages-none = не вказано
details = Докладніше
source-line = Джерело: { $source }, { $stand }
source-network = Дані від самої мережі
stand-unknown = дата невідома
stand = станом на { $stand }
organiser = Організатор
place = Місце
phone = Телефон
email = Ел. пошта
website = Вебсайт
source = Джерело
last-changed = Востаннє змінено
not-confirmed-note = Ці відомості взято з відкритих джерел, координаційний центр їх ще не підтвердив. Чи мережа ще діє, можна дізнатися в координаційному центрі.
save-contact = Зберегти контакт
route = Маршрут
network-missing = Мережу не знайдено
network-missing-text = Такої мережі немає (або вже немає).
page-missing = Сторінку не знайдено
page-missing-text = Такої сторінки немає.

offline-note = Офлайн – дані станом на { $time }

about-heading = Про координаційний центр
about-concept = 15 березня 2016 року міська рада Брауншвейга одноголосно ухвалила «Концепцію інтеграції біженців». З 1 квітня 2016 року її втілює відділ 50.2 «Питання міграції та інтеграції». З 9 травня 2016 року роботою керує керівна група «ІНТЕГРАЦІЯ», а супроводжує її круглий стіл.
about-role = Координаційний центр «Волонтерство для інтеграції біженців» поєднує роботу в районах: він координує заходи та інтеграційні проєкти через місцеві мережі й підтримує участь установ, спілок і товариств. Там, де мережі ще не було, місто ініціювало круглий стіл.
about-figures = Наші цифри для керівного комітету та круглого столу
about-missing-heading = Бракує мережі?
about-missing = Відомості на мапі взято з відкритих джерел. Координаційний центр поступово їх перевіряє; перевірені записи позначено як «підтверджено». Вашої мережі немає або щось не так? Зверніться до координаційного центру: там додадуть мережу або виправлять запис.
contact-heading = Контакти
contact-intro = Маєте запитання про волонтерство чи про якусь мережу? Координаційний центр міста охоче допоможе.

# Current needs ("Gesuche"): what a network is looking for now.
need-count = { $count ->
    [0] немає запитів
    [one] { $count } запит
    [few] { $count } запити
    [many] { $count } запитів
   *[other] { $count } запиту
}
needs-found = { $count ->
    [one] Знайдено { $count } запит.
    [few] Знайдено { $count } запити.
    [many] Знайдено { $count } запитів.
   *[other] Знайдено { $count } запиту.
}
needs-recent = Потрібна допомога зараз
needs-recent-none = Зараз немає відкритих запитів. Ви все одно можете зареєструватися для свого району.
needs-heading = Актуальні запити
need-badge = Запит
need-until = до { $date }
need-wanted-until = Актуально до { $date }
need-help = Я допоможу
need-city = Координаційний офіс міста
need-asker = Хто шукає
need-when = Коли
need-people-label = Потрібно
need-people = { $count ->
    [one] { $count } людина
    [few] { $count } людини
    [many] { $count } людей
   *[other] { $count } людини
}
need-languages = Ці мови вітаються
need-district = Район
need-missing = Запит не знайдено
need-missing-text = Такого запиту немає (або вже немає). Можливо, людей уже знайдено.
stale = Відомості можуть бути застарілими
stale-note = Уже давно ніхто не підтверджував, що ці відомості досі правильні. Якщо сумніваєтеся, запитайте в самій мережі або в координаційному центрі.
source-suggestion = Пропозиція від мережі
claim-link = Це ваша мережа? Подати заявку на доступ
suggest-link = Запропонувати мережу
