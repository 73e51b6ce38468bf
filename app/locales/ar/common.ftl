skip-link = انتقل إلى المحتوى
brand-name = خريطة شبكات التطوع
main-menu = القائمة الرئيسية
nav-about = من نحن
nav-contact = اتصل بنا
footer-org = مكتب تنسيق العمل التطوعي، مدينة براونشفايغ
phone-label = هاتف
footer-menu = صفحات أخرى
footer-about = عن مكتب التنسيق
footer-privacy = حماية البيانات
footer-impressum = بيانات الناشر
footer-accessibility = إمكانية الوصول
language-menu = اللغة

contact-phone = الهاتف
contact-fax = الفاكس
contact-visit = عنوان الزيارة
contact-post = العنوان البريدي
contact-hours = أوقات الاستقبال
contact-hours-value = بموعد مسبق

loading = جارٍ التحميل …
load-failed = تعذّر تحميل البيانات.
retry = حاول مرة أخرى
call-instead = يمكنك أيضًا التواصل مع مكتب التنسيق عبر الهاتف:
error-offline = لا يوجد اتصال. يُرجى التحقق من اتصالك بالإنترنت.
error-unreadable = تعذّرت قراءة البيانات.
error-server = حدث خطأ في الخادم. يُرجى المحاولة مرة أخرى لاحقًا.
error-not-found = هذه الصفحة غير موجودة هنا.
back-to-map = إلى الخريطة

activity-sprachcafe = مقهى اللغة / تعلّم الألمانية
activity-patenschaften = الرعاية والمرافقة
activity-hausaufgabenhilfe = المساعدة في الواجبات المدرسية
activity-beratung = الاستشارة
activity-freizeit = الترفيه / الرياضة / الثقافة
activity-sachspenden = التبرعات العينية
activity-begegnung = لقاءات / مكان للتلاقي
activity-kinder-familien = الأطفال والعائلات

language-de = الألمانية
language-en = الإنجليزية
language-ar = العربية
language-fa = الفارسية/الدرية
language-uk = الأوكرانية
language-ru = الروسية
language-tr = التركية
language-fr = الفرنسية
language-ku = الكردية

# Weekdays and times of day: the registration's grid and a need's times.
day-mon = الاثنين
day-tue = الثلاثاء
day-wed = الأربعاء
day-thu = الخميس
day-fri = الجمعة
day-sat = السبت
day-sun = الأحد
time-morning = صباحًا
time-afternoon = بعد الظهر
time-evening = مساءً
