register-title = شارك – خريطة شبكات التطوع في براونشفايغ
register-heading = شارك معنا
register-lead = يسعدنا أنك تريد المساعدة! يعرّفك مكتب التنسيق على شبكة قريبة منك. يمكنك ترك الرسالة والشبكة والحقول المكتوب عليها «اختياري» فارغة.
answering-need = أستجيب لهذا الطلب:
field-name = الاسم
field-email = البريد الإلكتروني
field-phone = الهاتف (اختياري)
field-contact-via = كيف تفضّل أن نتواصل معك؟
via-email = البريد الإلكتروني
via-phone = الهاتف
field-districts = الأحياء
field-network = الشبكة
no-network = لا شبكة محددة
field-interests = الاهتمامات
field-languages = اللغات التي تتحدثها
field-languages-other = لغات أخرى (اختياري)
field-availability = متى يكون لديك وقت؟
by-arrangement = حسب الاتفاق
field-message = رسالة
message-count = { $count } / { $max ->
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
consent-before = الموافقة: أوافق على أن يحفظ مكتب التنسيق بياناتي ليعرّفني على إحدى الشبكات. المزيد في
consent-link = إرشادات حماية البيانات
consent-after = .
submit = إرسال
sending = جارٍ الإرسال …
form-no-script = لا يمكن إرسال هذا النموذج بدون JavaScript. يُرجى الاتصال بنا هاتفيًا:

check-fields = { $count ->
    [one] يُرجى التحقق من معلومة واحدة.
    [two] يُرجى التحقق من معلومتين.
    [few] يُرجى التحقق من { $count } معلومات.
   *[other] يُرجى التحقق من { $count } معلومة.
}
check-marked = يُرجى التحقق من المعلومات المحددة.
too-many = وصل للتو عدد كبير جدًا من التسجيلات من هذا الاتصال. تم حفظ بياناتك، وسنرسلها مرة أخرى بعد { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
}.
offline-kept = لا يوجد اتصال. تم حفظ بياناتك، وستُرسل فور عودة الاتصال بالإنترنت.
refused = لم ينجح ذلك: { $reason }
server-busy = الخادم لا يستجيب حاليًا. تم حفظ بياناتك، وستُرسل مرة أخرى قريبًا.
arrived-without-change = وصل تسجيلك، لكن التعديل الذي أجريته بعد الإرسال لم يصل. هل تريد إرسال التعديل كتسجيل جديد؟
key-taken = وصل من هذا النموذج من قبل تسجيل ببيانات مختلفة. هل تريد إرسال البيانات كما هي الآن كتسجيل جديد؟
send-as-new = إرسال كتسجيل جديد
leave-as-is = لا، اتركه كما هو

err-required = يُرجى ملء هذا الحقل.
err-min-chars = { $n ->
    [one] حرف واحد
    [two] حرفان
    [few] { $n } أحرف
    [many] { $n } حرفًا
   *[other] { $n } حرف
} على الأقل.
err-max-chars = { $n ->
    [one] حرف واحد
    [two] حرفان
    [few] { $n } أحرف
    [many] { $n } حرفًا
   *[other] { $n } حرف
} على الأكثر.
err-name-letters = يُرجى استخدام الحروف وعلامات الترقيم فقط.
err-email-missing = يُرجى إدخال بريدك الإلكتروني.
err-email-invalid = يُرجى إدخال بريد إلكتروني صحيح، مثل name@example.com.
err-phone-invalid = يُرجى إدخال رقم هاتف مثل 0531 123456.
err-phone-missing = نحتاج إلى رقم هاتفك لنتصل بك.
err-districts-unknown = يُرجى اختيار الأحياء من القائمة فقط.
err-network-unknown = هذه الشبكة غير موجودة.
err-need-unknown = هذا الطلب لم يعد مفتوحًا. أزل العلامة عند الطلب لتسجّل رغم ذلك.
err-district-or-network = يُرجى اختيار حي واحد على الأقل أو شبكة.
err-interests-twice = كل اهتمام مرة واحدة فقط.
err-languages-unknown = يُرجى اختيار اللغات من القائمة فقط.
err-languages-missing = يُرجى اختيار لغة واحدة على الأقل.
err-availability-missing = يُرجى إخبارنا متى يكون لديك وقت.
err-availability-unknown = يُرجى اختيار الأوقات من القائمة، أو «حسب الاتفاق».
err-consent = يُرجى الموافقة على معالجة بياناتك.
err-consent-version = يُرجى إعادة تحميل الصفحة: لقد تغيّرت إرشادات حماية البيانات.
err-invalid = يُرجى التحقق من هذا الإدخال.

thanks-heading = شكرًا لك!
thanks-received = وصل تسجيلك إلى مكتب التنسيق. سنتواصل معك بالطريقة التي اخترتها، ونعرّفك على شبكة مناسبة.
thanks-privacy = لا يرى بياناتك إلا موظفو مكتب التنسيق. وتُحذف بعد 12 شهرًا، أو قبل ذلك إذا أردت. المزيد في
thanks-back = العودة إلى الخريطة

