skip-link = رفتن به محتوا
brand-name = نقشهٔ شبکه‌های داوطلبانه
main-menu = منوی اصلی
nav-about = دربارهٔ ما
nav-contact = تماس
footer-org = دفتر هماهنگی کار داوطلبانه، شهر براونشوایگ
phone-label = تلفن
footer-menu = صفحه‌های دیگر
footer-about = دربارهٔ دفتر هماهنگی
footer-privacy = حفاظت از داده‌ها
footer-impressum = اطلاعات ناشر
footer-accessibility = دسترسی‌پذیری
language-menu = زبان

contact-phone = تلفن
contact-fax = فکس
contact-visit = نشانی مراجعه
contact-post = نشانی پستی
contact-hours = ساعات کار
contact-hours-value = با وقت قبلی

loading = در حال بارگذاری …
load-failed = داده‌ها بارگذاری نشد.
retry = دوباره امتحان کنید
call-instead = می‌توانید با دفتر هماهنگی تلفنی هم تماس بگیرید:
error-offline = اتصال برقرار نیست. لطفاً اتصال اینترنت خود را بررسی کنید.
error-unreadable = داده‌ها خوانده نشد.
error-server = در سرور خطایی پیش آمد. لطفاً بعداً دوباره امتحان کنید.
error-not-found = این صفحه اینجا وجود ندارد.
back-to-map = به نقشه

activity-sprachcafe = کافهٔ زبان / یادگیری آلمانی
activity-patenschaften = همراهی و حمایت
activity-hausaufgabenhilfe = کمک در تکالیف مدرسه
activity-beratung = مشاوره
activity-freizeit = اوقات فراغت / ورزش / فرهنگ
activity-sachspenden = کمک‌های غیرنقدی
activity-begegnung = دیدار / محل گردهمایی
activity-kinder-familien = کودکان و خانواده‌ها

language-de = آلمانی
language-en = انگلیسی
language-ar = عربی
language-fa = فارسی/دری
language-uk = اوکراینی
language-ru = روسی
language-tr = ترکی
language-fr = فرانسوی
language-ku = کردی

# Weekdays and times of day: the registration's grid and a need's times.
day-mon = دوشنبه
day-tue = سه‌شنبه
day-wed = چهارشنبه
day-thu = پنج‌شنبه
day-fri = جمعه
day-sat = شنبه
day-sun = یکشنبه
time-morning = صبح
time-afternoon = بعدازظهر
time-evening = شب
