skip-link = Перейти до змісту
brand-name = Мапа волонтерських мереж
main-menu = Головне меню
nav-about = Про нас
nav-contact = Контакти
footer-org = Координаційний центр волонтерства, місто Брауншвейг
phone-label = Тел.
footer-menu = Інші сторінки
footer-about = Про координаційний центр
footer-privacy = Захист даних
footer-impressum = Вихідні дані
footer-accessibility = Доступність
language-menu = Мова

contact-phone = Телефон
contact-fax = Факс
contact-visit = Адреса для відвідування
contact-post = Поштова адреса
contact-hours = Години прийому
contact-hours-value = За попереднім записом

loading = Завантаження …
load-failed = Не вдалося завантажити дані.
retry = Спробувати ще раз
call-instead = Зв’язатися з координаційним центром можна й телефоном:
error-offline = Немає з’єднання. Перевірте, будь ласка, підключення до інтернету.
error-unreadable = Не вдалося прочитати дані.
error-server = На сервері сталася помилка. Спробуйте, будь ласка, пізніше.
error-not-found = Такого тут немає.
back-to-map = До мапи

activity-sprachcafe = Мовне кафе / вивчення німецької
activity-patenschaften = Наставництво / супровід
activity-hausaufgabenhilfe = Допомога з домашніми завданнями
activity-beratung = Консультації
activity-freizeit = Дозвілля / спорт / культура
activity-sachspenden = Речова допомога
activity-begegnung = Зустрічі / місце зустрічей
activity-kinder-familien = Діти та сім’ї

language-de = німецька
language-en = англійська
language-ar = арабська
language-fa = перська/дарі
language-uk = українська
language-ru = російська
language-tr = турецька
language-fr = французька
language-ku = курдська

# Weekdays and times of day: the registration's grid and a need's times.
day-mon = Понеділок
day-tue = Вівторок
day-wed = Середа
day-thu = Четвер
day-fri = П’ятниця
day-sat = Субота
day-sun = Неділя
time-morning = зранку
time-afternoon = після обіду
time-evening = увечері
