site-title = نقشهٔ شبکه‌های داوطلبانه در براونشوایگ
map-heading = کار داوطلبانه برای پناهجویان در براونشوایگ
map-intro = منطقهٔ خود را انتخاب کنید تا ببینید چه شبکه‌هایی در آنجا هست و چطور می‌توانید همکاری کنید.
map-region = نقشه
map-loading = نقشه در حال بارگذاری است …
map-label = نقشهٔ مناطق شهر براونشوایگ
map-attribution = داده‌های نقشه: © مشارکت‌کنندگان OpenStreetMap، ODbL. مرز مناطق ساده‌شده و غیررسمی است.
all-districts = همهٔ مناطق
network-count = { $count ->
    [0] بدون شبکه
    [one] یک شبکه
   *[other] { $count } شبکه
}
found-count = { $count ->
    [0] هیچ شبکه‌ای پیدا نشد.
    [one] یک شبکه پیدا شد.
   *[other] { $count } شبکه پیدا شد.
}
district-missing = این منطقه وجود ندارد
district-close = بستن منطقه و بازگشت به نمای کلی
district-lead = شبکه‌های این منطقه و برنامه‌هایی برای کل شهر.
join-here = همین‌جا همکاری کنید
filter-label = فیلتر کردن شبکه‌ها
filter-activity = فعالیت
filter-all-activities = همهٔ فعالیت‌ها
filter-language = زبان
filter-all-languages = همهٔ زبان‌ها
filter-search = جستجو
filter-search-example = مثلاً باغ، مشاوره
filter-submit = فیلتر کردن

not-confirmed = تأیید نشده
not-confirmed-hint = از منابع عمومی؛ هنوز دفتر هماهنگی آن را بررسی نکرده است.
confirmed-on = آخرین تأیید در { $date }
confirmed-by-coordination = آخرین تأیید در { $date } توسط دفتر هماهنگی
confirmed-by-network = آخرین تأیید در { $date } توسط خود شبکه
citywide = در سراسر شهر
activities = فعالیت‌ها
languages = زبان‌ها
languages-none = ذکر نشده
details = جزئیات
source-line = منبع: { $source }، { $stand }
source-network = اطلاعات از خود شبکه
stand-unknown = تاریخ نامعلوم
stand = به‌روز تا { $stand }
organiser = برگزارکننده
place = مکان
phone = تلفن
email = ایمیل
website = وب‌سایت
source = منبع
last-changed = آخرین تغییر
not-confirmed-note = این اطلاعات از منابع عمومی است و هنوز دفتر هماهنگی آن را تأیید نکرده است. برای اینکه بدانید این شبکه هنوز فعال است یا نه، از دفتر هماهنگی بپرسید.
save-contact = ذخیرهٔ مخاطب
route = مسیریابی
network-missing = شبکه پیدا نشد
network-missing-text = این شبکه وجود ندارد (یا دیگر وجود ندارد).
page-missing = صفحه پیدا نشد
page-missing-text = این صفحه وجود ندارد.

offline-note = آفلاین – اطلاعات تا { $time }

about-heading = دربارهٔ دفتر هماهنگی
about-concept = در ۱۵ مارس ۲۰۱۶ شورای شهر براونشوایگ به اتفاق آرا «طرح ادغام پناهجویان» را تصویب کرد. از ۱ آوریل ۲۰۱۶ بخش 50.2 امور مهاجرت و ادغام اجرای آن را بر عهده دارد. از ۹ مه ۲۰۱۶ کمیتهٔ راهبری «ادغام» این کار را هدایت می‌کند و یک میزگرد آن را همراهی می‌کند.
about-role = دفتر هماهنگی «کار داوطلبانه برای ادغام پناهجویان» کار مناطق را به هم پیوند می‌دهد: فعالیت‌ها و پروژه‌های ادغام را از راه شبکه‌های محلی هماهنگ می‌کند و از مشارکت نهادها، انجمن‌ها و باشگاه‌ها پشتیبانی می‌کند. هر جا که هنوز شبکه‌ای نبود، شهر یک میزگرد راه انداخت.
about-figures = آمار ما برای کمیتهٔ راهبری و میزگرد
about-missing-heading = شبکه‌ای در نقشه نیست؟
about-missing = اطلاعات روی نقشه از منابع عمومی است. دفتر هماهنگی آنها را کم‌کم بررسی می‌کند؛ موارد بررسی‌شده با «تأیید شده» مشخص می‌شوند. شبکهٔ شما در نقشه نیست یا چیزی درست نیست؟ با دفتر هماهنگی تماس بگیرید تا شبکه را اضافه یا اطلاعات را اصلاح کند.
contact-heading = تماس
contact-intro = پرسشی دربارهٔ کار داوطلبانه یا یک شبکه دارید؟ دفتر هماهنگی شهر با کمال میل کمک می‌کند.

# Current needs ("Gesuche"): what a network is looking for now.
need-count = { $count ->
    [0] بدون درخواست
   *[other] { $count } درخواست
}
needs-found = { $count ->
   *[other] { $count } درخواست پیدا شد.
}
needs-recent = همین حالا نیاز داریم
needs-recent-none = در حال حاضر درخواست بازی وجود ندارد. با این حال می‌توانید برای منطقهٔ خود ثبت‌نام کنید.
needs-heading = درخواست‌های فعلی
need-badge = درخواست
need-until = تا { $date }
need-wanted-until = مورد نیاز تا { $date }
need-help = کمک می‌کنم
need-city = دفتر هماهنگی شهر
need-asker = درخواست‌کننده
need-when = چه زمانی
need-people-label = مورد نیاز
need-people = { $count ->
   *[other] { $count } نفر
}
need-languages = این زبان‌ها خوش‌آمدند
need-district = منطقه
need-missing = درخواست پیدا نشد
need-missing-text = این درخواست وجود ندارد (یا دیگر وجود ندارد). شاید دیگر کسی پیدا شده است.
stale = اطلاعات ممکن است قدیمی باشد
stale-note = مدت زیادی است که کسی تأیید نکرده که این اطلاعات هنوز درست است. اگر مطمئن نیستید، از خود شبکه یا دفتر هماهنگی بپرسید.
source-suggestion = پیشنهاد خود شبکه
claim-link = این شبکهٔ شماست؟ درخواست دسترسی
suggest-link = پیشنهاد شبکه
