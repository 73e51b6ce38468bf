site-title = خريطة شبكات التطوع في براونشفايغ
map-heading = العمل التطوعي مع اللاجئين في براونشفايغ
map-intro = اختر الحي الذي تسكن فيه لترى الشبكات الموجودة فيه وكيف يمكنك المشاركة.
map-region = الخريطة
map-loading = جارٍ تحميل الخريطة …
map-label = خريطة أحياء مدينة براونشفايغ
map-attribution = بيانات الخريطة: © المساهمون في OpenStreetMap، ODbL. حدود الأحياء مبسّطة وغير رسمية.
all-districts = كل الأحياء
network-count = { $count ->
    [0] لا توجد شبكات
    [one] شبكة واحدة
    [two] شبكتان
    [few] { $count } شبكات
    [many] { $count } شبكة
   *[other] { $count } شبكة
}
found-count = { $count ->
    [0] لم يتم العثور على أي شبكة.
    [one] تم العثور على شبكة واحدة.
    [two] تم العثور على شبكتين.
    [few] تم العثور على { $count } شبكات.
    [many] تم العثور على { $count } شبكة.
   *[other] تم العثور على { $count } شبكة.
}
district-missing = هذا الحي غير موجود
district-close = إغلاق الحي والعودة إلى النظرة العامة
district-lead = الشبكات في هذا الحي والعروض المتاحة في المدينة كلها.
join-here = شارك هنا

filter-label = تصفية الشبكات
filter-activity = النشاط
filter-all-activities = كل الأنشطة
filter-language = اللغة
filter-all-languages = كل اللغات
filter-search = بحث
filter-search-example = مثلًا: حديقة، استشارة
filter-submit = تصفية

not-confirmed = غير مؤكَّد
not-confirmed-hint = من مصادر عامة، لم يراجعه مكتب التنسيق بعد.
confirmed-on = تم التأكيد آخر مرة في { $date }
confirmed-by-coordination = أكّده مكتب التنسيق آخر مرة في { $date }
confirmed-by-network = أكّدته الشبكة آخر مرة في { $date }
citywide = في المدينة كلها
activities = الأنشطة
languages = اللغات
languages-none = غير مذكورة
details = التفاصيل
source-line = المصدر: { $source }، { $stand }
source-network = معلومات من الشبكة نفسها
stand-unknown = التاريخ غير معروف
stand = بتاريخ { $stand }
organiser = الجهة المسؤولة
place = المكان
phone = الهاتف
email = البريد الإلكتروني
website = الموقع الإلكتروني
source = المصدر
last-changed = آخر تعديل
not-confirmed-note = هذه المعلومات مأخوذة من مصادر عامة ولم يؤكدها مكتب التنسيق بعد. يمكنك أن تسأل مكتب التنسيق إن كانت الشبكة ما زالت نشطة.
save-contact = حفظ جهة الاتصال
route = الاتجاهات
network-missing = لم يتم العثور على الشبكة
network-missing-text = هذه الشبكة غير موجودة (أو لم تعد موجودة).
page-missing = الصفحة غير موجودة
page-missing-text = هذه الصفحة غير موجودة.

offline-note = بدون اتصال – المعلومات بتاريخ { $time }

about-heading = عن مكتب التنسيق
about-concept = في 15 مارس 2016 أقرّ مجلس مدينة براونشفايغ بالإجماع «خطة دمج اللاجئين». ومنذ 1 أبريل 2016 يتولى قسم 50.2 لشؤون الهجرة والاندماج تنفيذه. ومنذ 9 مايو 2016 توجّه لجنة التوجيه «الاندماج» هذا العمل، وترافقه مائدة مستديرة.
about-role = يربط مكتب التنسيق «العمل التطوعي لدمج اللاجئين» بين العمل في الأحياء: فهو ينسّق الأنشطة ومشاريع الاندماج عبر الشبكات المحلية، ويدعم التزام المؤسسات والجمعيات والنوادي. وحيث لم تكن هناك شبكة بعد، بادرت المدينة إلى إنشاء مائدة مستديرة.
about-figures = أرقامنا للجنة التوجيه والطاولة المستديرة
about-missing-heading = هل هناك شبكة غير موجودة على الخريطة؟
about-missing = المعلومات على الخريطة مأخوذة من مصادر عامة، ويراجعها مكتب التنسيق تدريجيًا؛ والمعلومات التي تمت مراجعتها تحمل علامة «مؤكَّد». هل شبكتك غير موجودة، أو هناك معلومة غير صحيحة؟ تواصل مع مكتب التنسيق، وهو يضيف الشبكة أو يصحّح المعلومات.
contact-heading = اتصل بنا
contact-intro = هل لديك أسئلة عن العمل التطوعي أو عن إحدى الشبكات؟ يسعد مكتب التنسيق التابع للمدينة بمساعدتك.

# Current needs ("Gesuche"): what a network is looking for now.
need-count = { $count ->
    [0] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
needs-found = { $count ->
    [one] تم العثور على طلب واحد.
    [two] تم العثور على طلبين.
    [few] تم العثور على { $count } طلبات.
    [many] تم العثور على { $count } طلبًا.
   *[other] تم العثور على { $count } طلب.
}
needs-recent = مطلوب الآن
needs-recent-none = لا توجد طلبات مفتوحة حاليًا. يمكنك مع ذلك التسجيل في حيّك.
needs-heading = الطلبات الحالية
need-badge = طلب
need-until = حتى { $date }
need-wanted-until = مطلوب حتى { $date }
need-help = سأساعد
need-city = مكتب التنسيق في المدينة
need-asker = الجهة الطالبة
need-when = متى
need-people-label = المطلوب
need-people = { $count ->
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
need-languages = اللغات المرحّب بها
need-district = الحي
need-missing = لم يتم العثور على الطلب
need-missing-text = هذا الطلب غير موجود (أو لم يعد موجودًا). ربما تم العثور على متطوعين بالفعل.
stale = قد تكون المعلومات قديمة
stale-note = لم يؤكد أحد منذ مدة طويلة أن هذه المعلومات ما زالت صحيحة. إذا لم تكن متأكدًا، فاسأل الشبكة أو مكتب التنسيق.
source-suggestion = اقتراح من الشبكة
claim-link = هل هذه شبكتك؟ اطلب صلاحية وصول
suggest-link = اقترح شبكة
