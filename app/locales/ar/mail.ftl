## The e-mails the Worker sends (in the language the form was filled in) and the page
## /anmeldung, where a volunteer sees, corrects or withdraws their registration.

mail-confirm-subject = يُرجى تأكيد تسجيلك
mail-greeting = مرحبًا { $name }،
mail-confirm-intro = شكرًا لرغبتك في العمل التطوعي في براونشفايغ! يُرجى تأكيد تسجيلك عبر هذا الرابط:
mail-confirm-button = تأكيد التسجيل
mail-link-keep = بهذا الرابط نفسه يمكنك في أي وقت أن ترى البيانات التي حفظناها عنك. وهناك يمكنك تعديل بياناتك أو إلغاء تسجيلك. لذلك يُرجى الاحتفاظ بهذه الرسالة.
mail-unconfirmed = إذا لم تؤكد تسجيلك، سنحذف بياناتك بعد 7 أيام.
mail-not-you = لم تقم بالتسجيل؟ إذن لا داعي لأن تفعل أي شيء.
mail-signature = مكتب التنسيق «العمل التطوعي لدمج اللاجئين» («Ehrenamt zur Integration von Flüchtlingen»)، مدينة براونشفايغ، هاتف ‎0531 4705091

own-title = تسجيلك
own-description = تسجيلك كمتطوع أو متطوعة: عرضه أو تأكيده أو تعديله أو إلغاؤه.
own-loading = جارٍ تحميل تسجيلك …
own-no-script = هذه الصفحة تحتاج إلى JavaScript. يمكنك أيضًا الاتصال بنا: ‎0531 4705091.
own-missing = هذا الرابط غير مكتمل، أو لم يعد هذا التسجيل موجودًا. يُرجى التحقق من الرابط، أو الاتصال بنا: ‎0531 4705091.
own-confirm-heading = يُرجى تأكيد تسجيلك
own-confirm-lead = بعد التأكيد فقط يرى مكتب التنسيق بياناتك. وإذا لم تؤكد تسجيلك، سنحذفها بعد 7 أيام.
own-confirm = تأكيد التسجيل
own-confirmed = شكرًا لك! تم تأكيد تسجيلك.
own-keep = يُرجى الاحتفاظ بهذا الرابط: به يمكنك في أي وقت عرض بياناتك أو تعديلها أو حذفها.
own-data-heading = البيانات التي حفظناها عنك
own-registered = تاريخ التسجيل
own-confirmed-at = تاريخ التأكيد
own-not-confirmed = لم يتم التأكيد بعد
own-consent = الموافقة
own-consent-value = في { $date }، النسخة ‎{ $version } من إرشادات حماية البيانات
own-mail-language = لغة الرسائل الإلكترونية
own-status = الحالة
own-status-new = جديد: سنتواصل معك قريبًا.
own-status-contacted = لقد تواصلنا معك.
own-status-placed = عرّفناك على شبكة.
own-status-closed = اكتملت المعالجة.
own-placed = الشبكة التي عرّفناك عليها
own-note = ملاحظة مكتب التنسيق
own-no-note = لا توجد ملاحظة. ويسعدنا أن نخبرك عبر الهاتف بما نعرفه عنك غير ذلك: ‎0531 4705091.
own-edit-heading = تعديل البيانات
own-save = حفظ التعديلات
own-saved = تم حفظ تعديلاتك.
own-withdraw-heading = إلغاء التسجيل
own-withdraw-lead = عندها نحذف جميع بياناتك فورًا. ولا يمكن التراجع عن ذلك.
own-withdraw = إلغاء التسجيل
own-withdraw-sure = نعم، احذف جميع بياناتي الآن
own-withdrawn = تم حذف تسجيلك. شكرًا لاهتمامك! يمكنك التسجيل من جديد في أي وقت.
own-failed = لم ينجح ذلك. يُرجى المحاولة مرة أخرى.
own-check = يُرجى التحقق من الحقول المحددة.
