# The pages a German city must publish: Impressum, privacy notice, accessibility statement,
# and the "Barriere melden" form. xtask renders them as static HTML at build time (readable
# without JavaScript). Variables in { $… } come from config/site.toml, wrangler.toml or the model.

binding-note = Dies ist eine Übersetzung. Verbindlich ist die deutsche Fassung.
binding-link = Deutsche Fassung
other-pages = Weitere Seiten

## Impressum

impressum-title = Impressum – Netzwerkkarte Ehrenamt Braunschweig
impressum-description = Wer diese Website anbietet und wie Sie uns erreichen.
impressum-heading = Impressum
impressum-intro = Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV).
impressum-provider-heading = Anbieterin
impressum-represented = Vertreten durch: { $representative }
impressum-contact-heading = Kontakt
impressum-phone = Telefon: { $phone }
impressum-email = E-Mail: { $email }
impressum-office-heading = Zuständig für diese Karte
impressum-office = Die Karte betreut die Koordinierungsstelle „Ehrenamt zur Integration von Flüchtlingen“. So erreichen Sie sie:
impressum-authority-heading = Aufsichtsbehörde
impressum-vat-heading = Umsatzsteuer-Identifikationsnummer
impressum-content-heading = Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV
impressum-networks-heading = Angaben zu den Netzwerken
impressum-networks = Die Angaben zu den ehrenamtlichen Netzwerken stammen aus öffentlichen Quellen. Jeder Eintrag nennt seine Quelle und ihren Stand. Solange die Koordinierungsstelle einen Eintrag nicht bestätigt hat, steht dort „nicht bestätigt“. Für die Inhalte verlinkter Seiten sind deren Anbieter verantwortlich.
impressum-map-heading = Kartengrundlage
impressum-map = Die Grenzen der Stadtbezirke beruhen auf Daten von OpenStreetMap: © OpenStreetMap-Mitwirkende, Lizenz Open Database License (ODbL). Sie sind vereinfacht und nicht amtlich.

## Datenschutz

privacy-title = Datenschutz – Netzwerkkarte Ehrenamt Braunschweig
privacy-description = Welche Daten die Netzwerkkarte verarbeitet, warum, wie lange, und welche Rechte Sie haben.
privacy-heading = Datenschutzhinweise
privacy-intro = Hier steht, welche Daten die Stadt Braunschweig verarbeitet, wenn Sie diese Website nutzen, sich zum Mitmachen melden oder eine Barriere melden: was, warum, auf welcher Rechtsgrundlage, wie lange, wer sie sieht und welche Rechte Sie haben (Art. 13 Datenschutz-Grundverordnung, DSGVO).
privacy-controller-heading = Verantwortlich
privacy-controller = Verantwortlich ist { $operator }, vertreten durch { $representative }, { $address }. Für diese Karte zuständig ist die Koordinierungsstelle „Ehrenamt zur Integration von Flüchtlingen“ (Kontakt unten).
privacy-dpo-heading = Datenschutzbeauftragte Stelle
privacy-dpo = Die behördliche Datenschutzbeauftragte Stelle der Stadt Braunschweig erreichen Sie so: { $dpo }
privacy-visit-heading = Wenn Sie die Website aufrufen
privacy-visit = Damit die Seiten zu Ihnen kommen und Angriffe abgewehrt werden, verarbeitet der Dienst technische Daten: Ihre IP-Adresse, Zeitpunkt, aufgerufene Adresse, Browser und Betriebssystem. Die Website lädt nichts von anderen Anbietern: keine Schriften, keine Karten, keine Statistik. Rechtsgrundlage: { $basis_visit }.
privacy-browser-heading = Was in Ihrem Browser gespeichert wird
privacy-browser-intro = Die Website speichert nur, was sie für eine Funktion braucht, die Sie selbst nutzen (§ 25 Abs. 2 Nr. 2 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz, TDDDG). Nichts davon dient der Statistik oder Werbung. Sie können alles in den Einstellungen Ihres Browsers löschen („Website-Daten“).
privacy-browser-cookie = Das Cookie „sprache“: Es entsteht nur, wenn Sie auf einer Seite dieser Website im Sprachmenü eine Sprache wählen. Es enthält nur diese Sprache und gilt ein Jahr, damit die nächsten Seiten gleich in Ihrer Sprache kommen. Ein Link, der eine Sprache in der Adresse trägt, setzt es nicht.
privacy-browser-offline = Eine Kopie für unterwegs ohne Netz: Ein Hilfsprogramm der Website (Service Worker) speichert die Seiten, die Sie öffnen, ihre Dateien und die zuletzt geladenen öffentlichen Angaben (Stadtbezirke, Netzwerke, Gesuche). Damit können Sie die Karte auch ohne Verbindung lesen. Die Kopie enthält keine Angaben über Sie; jede neue Version der Website ersetzt sie.
privacy-browser-draft = Ihr Entwurf des Formulars „Mitmachen“: Was Sie eintippen, bleibt im Speicher Ihres Browsers (Local Storage), damit nichts verloren geht und die Anmeldung bei einer Funkstörung von selbst noch einmal gesendet werden kann. Sobald Ihre Anmeldung angekommen ist, wird der Entwurf gelöscht; haben Sie das Formular beim Senden noch geändert, erst wenn Sie entschieden haben, was mit der Änderung geschehen soll. Senden Sie ihn nicht ab, bleibt er in Ihrem Browser, bis Sie ihn dort löschen. Die Antwort für die Dankeseite bleibt nur in diesem Tab (Session Storage), bis Sie ihn schließen; ist der Versand von E-Mails ausgeschaltet, enthält sie Ihren persönlichen Link.
privacy-register-heading = Wenn Sie sich zum Mitmachen melden
privacy-register = Wir speichern Ihren Namen, Ihre E-Mail-Adresse, Ihre Telefonnummer (wenn Sie sie angeben), wie Sie kontaktiert werden möchten, die gewählten Stadtbezirke oder das Netzwerk, das Gesuch, auf das Sie sich melden (wenn Sie über ein Gesuch kommen), Ihre Interessen und Sprachen, wann Sie Zeit haben, Ihre Nachricht, die Sprache des Formulars, sowie Zeitpunkt und Fassung Ihrer Einwilligung. Dazu kommt, was die Koordinierungsstelle einträgt: der Stand der Vermittlung, das Netzwerk, an das sie Sie vermittelt, und eine Notiz, die Sie auf Ihrer Seite sehen. Und technische Kennungen: ein Schlüssel Ihres persönlichen Links und Prüfsummen, damit eine Anmeldung nicht doppelt ankommt. Damit kann die Koordinierungsstelle Sie kontaktieren und mit einem passenden Netzwerk zusammenbringen. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchstabe a DSGVO).
privacy-required = Für eine Anmeldung brauchen wir:
privacy-required-name = Ihren Namen
privacy-required-email = Ihre E-Mail-Adresse
privacy-required-districts = mindestens einen Stadtbezirk oder ein Netzwerk
privacy-required-languages = mindestens eine Sprache, die Sie sprechen
privacy-required-availability = wann Sie Zeit haben (oder „nach Absprache“)
privacy-required-consent = Ihre Einwilligung
privacy-required-call = Ihre Telefonnummer brauchen wir nur, wenn Sie einen Anruf wünschen. Alle anderen Angaben sind freiwillig.
privacy-special = Für die Anmeldung brauchen wir keine Angaben zu Ihrer Gesundheit, Religion oder Herkunft; das steht auch an den Feldern für freien Text. Schreiben Sie so etwas doch in eine Nachricht, verarbeiten wir es nur zusammen mit ihr und löschen es mit ihr. Rechtsgrundlage dafür: { $basis_special }.
privacy-limit = Um Missbrauch zu verhindern, zählen wir Anmeldungen und Meldungen je Internetanschluss für 10 Minuten. Dafür speichern wir nicht Ihre IP-Adresse, sondern nur einen pseudonymisierten Prüfwert (einen mit einem geheimen Schlüssel gebildeten Hashwert) mit der Kennnummer der Anmeldung oder Meldung, und löschen beides danach, spätestens am nächsten Tag, auch wenn Sie Ihre Anmeldung vorher zurückziehen. Rechtsgrundlage: { $basis_protection }.
privacy-own-link = Nach der Anmeldung bekommen Sie einen persönlichen Link. Damit sehen Sie jederzeit Ihre Angaben, den Stand Ihrer Vermittlung und die Notiz der Koordinierungsstelle, ändern Ihre Kontaktdaten und Interessen und ziehen Ihre Anmeldung zurück: Dann löschen wir sie sofort, mit allen E-Mails, die für sie warten. Im Protokoll der Koordinierungsstelle bleiben danach nur die Kennnummer Ihrer Anmeldung und was mit ihr geschah (zum Beispiel eine Vermittlung oder das Zurückziehen), ohne Namen und ohne Kontaktdaten, bis die Aufbewahrungsfrist des Protokolls endet. Wer den Link hat, sieht Ihre Angaben: Geben Sie ihn nicht weiter.
privacy-mail-heading = E-Mails
privacy-mail = Nach der Anmeldung schicken wir Ihnen eine E-Mail mit Ihrem persönlichen Link, in der Sprache des Formulars. Ihre Anmeldung gilt erst, wenn Sie sie mit diesem Link bestätigen; bis dahin führt die Koordinierungsstelle sie nicht in ihren Listen, und ohne Bestätigung löschen wir sie { $unconfirmed_days } Tage nach dem Versand der E-Mail, spätestens { $unconfirmed_max_days } Tage nach der Anmeldung. Weitere E-Mails bekommen Sie, wenn Sie einen neuen Link anfordern, eine neue Adresse angeben oder, falls Sie das im Formular gewünscht haben, wenn wir Sie vermittelt haben. Die E-Mails versendet Cloudflare in unserem Auftrag. Keine E-Mail enthält, was jemand in ein Formular geschrieben hat, auch nicht Ihren Namen. Rechtsgrundlage ist Ihre Einwilligung zur Anmeldung (Art. 6 Abs. 1 Buchstabe a DSGVO).
privacy-mail-outbox = Bis zu ihrem Versand wartet eine E-Mail in einer Warteschlange: mit Ihrer Adresse, der Art der E-Mail und dem Link. Ist sie versendet, löschen wir sie dort. Kann sie nicht zugestellt werden, bleibt sie mit der Fehlermeldung, bis Ihre Anmeldung gelöscht wird, und die Koordinierungsstelle sieht sie in einer Liste: bei einer Bestätigungs-E-Mail nur, dass es sie gibt, bei den anderen E-Mails auch die Adresse. Was von einer nicht zugestellten Bestätigungs-E-Mail ohne Anmeldung bleibt (nur der Prüfwert des Postfachs), löschen wir nach { $unconfirmed_days } Tagen.
privacy-mail-limit = Damit niemand ein Postfach mit E-Mails überhäufen kann, bekommt ein Postfach höchstens 3 Bestätigungs-E-Mails am Tag (Groß- und Kleinschreibung und ein Zusatz mit „+“ zählen dabei nicht); weitere Anmeldungen mit derselben Adresse kommen zusammen in der nächsten E-Mail. Dafür zählen wir die versendeten E-Mails je Postfach, nur als pseudonymisierten Prüfwert, und löschen die Zählung nach 2 Tagen. Der Prüfwert Ihres Postfachs bleibt außerdem bei Ihrer Anmeldung, bis sie gelöscht wird. Rechtsgrundlage: { $basis_protection }.
privacy-mail-change = Ändern Sie auf Ihrer Seite Ihre E-Mail-Adresse, gilt die neue erst, wenn Sie sie mit dem Link in einer E-Mail an sie bestätigen; bis dahin, längstens bis Ihre Anmeldung gelöscht wird, speichern wir sie neben der bisherigen, und die bisherige Adresse bekommt einen kurzen Hinweis.
privacy-feedback-heading = Wenn Sie eine Barriere melden
privacy-feedback = Wir speichern Ihre Nachricht und, wenn Sie sie angeben, Ihre E-Mail-Adresse, damit wir die Barriere beheben und Ihnen antworten können. Angaben zu Gesundheit, Religion oder Herkunft brauchen wir dafür nicht. Rechtsgrundlage: { $basis_feedback }.
privacy-staff-heading = Anmeldung der Mitarbeitenden
privacy-staff = Wenn sich Mitarbeitende der Koordinierungsstelle anmelden, bekommt ihr Browser ein technisch nötiges Sitzungs-Cookie und im Speicher des Browsers einen Hinweis, dass eine Sitzung besteht (ohne Geheimnis). Wir speichern ihren Namen, Beginn und letzte Nutzung der Sitzung und einen pseudonymisierten Prüfwert. Eine Sitzung endet 8 Stunden nach der letzten Nutzung, spätestens 12 Stunden nach der Anmeldung, und wird spätestens am nächsten Tag gelöscht. Fehlgeschlagene Anmeldungen zählen wir 10 Minuten lang, nur als pseudonymisierten Prüfwert des Internetanschlusses. Zu jedem Zugang speichern wir außerdem einen Prüfwert des Zugangsschlüssels, wann er angelegt wurde, abläuft oder gesperrt wurde und wann er zuletzt genutzt wurde, sowie die Einstellungen für den Überblick; diese Angaben bleiben auch nach dem Ende des Zugangs gespeichert. An- und Abmeldungen und jede Änderung stehen mit Namen und Zeit im Protokoll der Koordinierungsstelle. Das Protokoll bewahren wir { $audit_retention_days } Tage auf; ältere Einträge löscht der tägliche Löschlauf.
privacy-staff-mail = Mitarbeitende können eine E-Mail-Adresse für einen täglichen Überblick angeben. Er enthält nur Zahlen (neue Anmeldungen je Stadtbezirk, Antworten auf Gesuche, nicht zugestellte und wartende E-Mails), nie Angaben über Freiwillige. Die Adresse wird gelöscht, wenn der Zugang endet; ein nicht zugestellter Überblick nach 7 Tagen.
privacy-staff-basis = Rechtsgrundlage für diese Daten der Mitarbeitenden: { $basis_staff }.
privacy-editors-heading = Netzwerk-Zugänge
privacy-editors = Netzwerke können Menschen benennen, die den Eintrag ihres Netzwerks aktuell halten. Für einen solchen Netzwerk-Zugang speichern wir Namen und E-Mail-Adresse, die Sprache der Einladung, die Netzwerke, wer von der Koordinierungsstelle den Zugang gegeben hat und wann, wann er zuletzt genutzt wurde und wann welche Fassung der Bedingungen angenommen wurde. Von einem Link zum Anmelden speichern wir einen Prüfwert; jeder Link gilt einmal, eine Einladung 7 Tage, ein späterer Link 30 Minuten. Fordert jemand einen Link an, zählen wir das eine Stunde lang als pseudonymisierten Prüfwert der Adresse und des Internetanschlusses. Sitzungen folgen denselben Regeln wie bei den Mitarbeitenden. Vorschläge und übernommene Fassungen eines Eintrags nennen den Zugang, der sie vorgeschlagen hat; im Protokoll steht nur ein Kürzel des Zugangs, nie der Name. Ein Zugang, der 12 Monate nicht genutzt wurde, endet und wird mit allen seinen Angaben gelöscht; beendet die Koordinierungsstelle einen Zugang, wird er sofort gelöscht. Frühere Fassungen nennen danach nur noch „ehemaliger Zugang“.
privacy-editors-mail = An Netzwerk-Zugänge schicken wir die Einladung, angeforderte Links zum Anmelden und den Grund, wenn ein Vorschlag nicht übernommen wird. Eine solche E-Mail wartet mit ihrem Link im Postausgang, bis sie verschickt ist; dann wird sie gelöscht, ebenso wenn der Zugang endet. Kann sie nach allen Versuchen nicht zugestellt werden, löschen wir sie nach spätestens 7 Tagen.
privacy-editors-basis = Rechtsgrundlage für die Daten der Netzwerk-Zugänge: { $basis_editors }.
privacy-who-heading = Wer Ihre Daten sieht
privacy-who = Die Mitarbeitenden der Koordinierungsstelle. Nichts davon wird auf der Karte oder sonst öffentlich gezeigt. Bringt die Koordinierungsstelle Sie mit einem Netzwerk zusammen, gibt sie ihm Ihren Namen und Ihre Kontaktdaten, damit es sich bei Ihnen meldet; dafür haben Sie mit der Anmeldung eingewilligt.
privacy-who-it = Für den Betrieb kann außerdem { $database_access } über das Konto der Stadt bei Cloudflare (die Verwaltungsoberfläche und das Werkzeug „wrangler“) die Datenbank lesen.
privacy-who-export = Die Koordinierungsstelle kann Anmeldungen als Datei (CSV) herunterladen, etwa für die Arbeit in der Verwaltung. Eine solche Datei löscht sie spätestens { $export_deletion_days } Tage nach dem Herunterladen; das steht auch neben der Schaltfläche dafür.
privacy-processor-heading = Auftragsverarbeitung und Speicherort
privacy-processor = Die Website läuft bei Cloudflare, Inc. (USA). Cloudflare verarbeitet die Daten in unserem Auftrag, nach einem Vertrag zur Auftragsverarbeitung (Art. 28 DSGVO). Die Datenbank mit Anmeldungen und Meldungen liegt in Rechenzentren in der Europäischen Union. Die Website selbst und ihre Protokolle laufen im weltweiten Netz von Cloudflare: Ihre Anfrage kann auch in einem Rechenzentrum außerhalb der EU bearbeitet werden.
privacy-transfer-heading = Übermittlung außerhalb der EU
privacy-transfer = Weil Cloudflare ein Unternehmen in den USA ist, können Daten in die USA oder in andere Länder außerhalb der EU gelangen. Grundlage dafür: { $transfer_safeguard }
privacy-how-long-heading = Wie lange
privacy-how-long = Anmeldungen löschen wir automatisch { $registration_months } Monate nach ihrem Eingang, Meldungen zu Barrieren nach { $feedback_months } Monaten, oder früher, wenn Sie es wünschen. Protokolle des Dienstes: { $log_retention }.
privacy-restore = Was wir löschen, ist sofort aus der Datenbank entfernt. Damit die Datenbank nach einem Fehler wiederhergestellt werden kann, hält Cloudflare jeden früheren Stand der letzten { $restore_days } Tage bereit (D1 „Time Travel“, Tarif { $plan }). So lange lassen sich auch gelöschte Daten noch wiederherstellen; danach sind sie endgültig gelöscht.
privacy-voluntary-heading = Freiwillig
privacy-voluntary = Ihre Angaben sind freiwillig. Die Karte können Sie ohne jede Angabe nutzen. Ohne die oben genannten Angaben für eine Anmeldung können wir Sie aber nicht erreichen: dann ist eine Anmeldung zum Mitmachen nicht möglich. Eine Barriere können Sie auch ohne E-Mail-Adresse melden; dann können wir Ihnen nur nicht antworten.
privacy-rights-heading = Ihre Rechte
privacy-rights-intro = Sie haben diese Rechte. Schreiben Sie uns oder rufen Sie die Koordinierungsstelle an; es kostet nichts.
privacy-right-access = Auskunft: welche Daten wir über Sie haben (Art. 15 DSGVO).
privacy-right-rectify = Berichtigung falscher Daten (Art. 16 DSGVO).
privacy-right-erase = Löschung Ihrer Daten (Art. 17 DSGVO). Wir löschen Ihre Anmeldung dann vollständig.
privacy-right-restrict = Einschränkung der Verarbeitung (Art. 18 DSGVO).
privacy-right-portability = Ihre Daten in einem gängigen Format erhalten (Art. 20 DSGVO).
privacy-right-object = Widerspruch gegen eine Verarbeitung, die auf einer öffentlichen Aufgabe beruht (Art. 21 DSGVO).
privacy-right-withdraw = Widerruf Ihrer Einwilligung, jederzeit und für die Zukunft (Art. 7 Abs. 3 DSGVO). Was bis dahin geschah, bleibt rechtmäßig.
privacy-right-complain = Beschwerde bei der Aufsichtsbehörde (Art. 77 DSGVO): { $authority }
privacy-automated = Es gibt keine automatisierten Entscheidungen und kein Profiling.

## Barrierefreiheit

accessibility-title = Barrierefreiheit – Netzwerkkarte Ehrenamt Braunschweig
accessibility-description = Wie barrierefrei die Netzwerkkarte ist, was noch fehlt und wie Sie eine Barriere melden.
accessibility-heading = Erklärung zur Barrierefreiheit
accessibility-intro = Die Stadt Braunschweig möchte, dass alle diese Website nutzen können. Sie richtet sich nach dem Niedersächsischen Behindertengleichstellungsgesetz (NBGG) und der Niedersächsischen Verordnung über barrierefreie Informationstechnik öffentlicher Stellen (NBITVO).
accessibility-scope-heading = Wofür diese Erklärung gilt
accessibility-scope = Diese Erklärung gilt für die Netzwerkkarte Ehrenamt Braunschweig ({ $site }): die Karte und die Seiten der Stadtbezirke, Netzwerke und Gesuche, das Formular „Mitmachen“, die Seite „Ihre Anmeldung“, das Formular „Barriere melden“, die Seiten Impressum, Datenschutz, Barrierefreiheit und Leichte Sprache. Sie gilt auch für den Bereich der Koordinierungsstelle (/koordination), den nur Mitarbeitende nach einer Anmeldung nutzen; er ist nur auf Deutsch.
accessibility-status-heading = Wie barrierefrei ist die Website?
accessibility-status-full = Die Website ist mit den Anforderungen der WCAG 2.1 auf Stufe AA und der Norm EN 301 549 V3.2.1 vollständig vereinbar.
accessibility-status-partial = Die Website ist mit den Anforderungen der WCAG 2.1 auf Stufe AA und der Norm EN 301 549 V3.2.1 teilweise vereinbar. Die Teile, die nicht barrierefrei sind, stehen unten, jeweils mit dem Grund und mit einem anderen Weg zum selben Inhalt.
accessibility-status-none = Die Website ist mit den Anforderungen der WCAG 2.1 auf Stufe AA und der Norm EN 301 549 V3.2.1 nicht vereinbar. Die Teile, die nicht barrierefrei sind, stehen unten, jeweils mit dem Grund und mit einem anderen Weg zum selben Inhalt.
accessibility-gaps-heading = Was nicht barrierefrei ist
accessibility-reason = Grund:
accessibility-alternative = So kommen Sie trotzdem an den Inhalt:
accessibility-gap-sources = Die Beschreibungen der Netzwerke und der Gesuche gibt es nur auf Deutsch und nicht in Leichter Sprache.
accessibility-gap-sources-reason = Die Netzwerke schreiben diese Texte selbst, oder sie stammen aus ihren öffentlichen Quellen; die Stadt übersetzt sie bisher nicht.
accessibility-gap-sources-alternative = Die Koordinierungsstelle erklärt Ihnen jeden Eintrag am Telefon. Die Überschriften und Beschriftungen der Einträge gibt es in jeder Sprache der Website.
accessibility-gap-easy = In Leichter Sprache gibt es bisher nur eine Seite: Sie erklärt die Karte, die Anmeldung, Ihre Daten und wie Sie eine Barriere melden.
accessibility-gap-easy-reason = Die anderen Seiten sind noch nicht in Leichte Sprache übertragen.
accessibility-gap-easy-alternative = Die Seite „Leichte Sprache“ ist von jeder Seite aus verlinkt. Bei Fragen hilft die Koordinierungsstelle am Telefon.
accessibility-gap-sign = Es gibt keine Informationen in Deutscher Gebärdensprache.
accessibility-gap-sign-reason = Videos in Gebärdensprache sind noch nicht erstellt.
accessibility-gap-sign-alternative = Sie können uns schreiben, per E-Mail oder Fax; wir antworten schriftlich.
accessibility-method-heading = Wie wir das geprüft haben
accessibility-method = Stand dieser Erklärung: { $date }. Grundlage ist eine Selbstbewertung. Bei jeder Änderung prüfen automatische Tests jede Seite in Chromium, auf Deutsch und auf Arabisch: mit axe-core (alle Regeln für WCAG 2.1 A und AA), die Bedienung nur mit der Tastatur, Tippflächen von mindestens 44 × 44 Pixeln, eine Breite von 320 Pixeln ohne seitliches Scrollen und eine Vergrößerung auf 200 %. Den Bereich der Koordinierungsstelle prüfen sie auf Deutsch.
accessibility-method-manual = Eine Prüfung von Hand durch Fachleute, auch mit Screenreadern, steht noch aus. Bis dahin wissen wir nicht sicher, ob alles damit gut funktioniert.
accessibility-report-heading = Barriere melden
accessibility-report-intro = Ist Ihnen etwas aufgefallen, das Sie nicht gut nutzen können? Schreiben Sie es uns. Wir antworten, wenn Sie eine E-Mail-Adresse angeben.
accessibility-report-other = Sie können eine Barriere auch ohne dieses Formular melden: per E-Mail an { $contact } oder am Telefon unter { $phone }.
accessibility-report-ask = Auf demselben Weg bekommen Sie einen Inhalt, der nicht barrierefrei ist, in einer anderen Form, und Sie erfahren, warum er nicht barrierefrei ist.
accessibility-enforcement-heading = Schlichtungsverfahren
accessibility-enforcement = Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich an die Schlichtungsstelle wenden. Das Verfahren kostet nichts, und Sie brauchen keinen Anwalt.
accessibility-enforcement-contact = Schlichtungsstelle: { $schlichtungsstelle }

## The "Barriere melden" form

feedback-message = Was ist Ihnen aufgefallen?
feedback-message-hint = Zum Beispiel: welche Seite, was Sie tun wollten, was nicht ging.
feedback-special = Wir brauchen keine Angaben zu Gesundheit, Religion oder Herkunft. Bitte schreiben Sie so etwas nicht hinein.
feedback-email = E-Mail-Adresse (freiwillig)
feedback-email-hint = Nur wenn Sie eine Antwort möchten.
feedback-privacy = Ihre Nachricht bearbeitet die Koordinierungsstelle. Öffentlich wird sie nie gezeigt. Mehr dazu im Datenschutz.
feedback-submit = Meldung senden
feedback-sending = Wird gesendet …
feedback-thanks = Danke! Ihre Meldung ist angekommen.
feedback-failed = Das hat nicht geklappt. Bitte versuchen Sie es später noch einmal oder rufen Sie uns an.
feedback-check = Bitte prüfen Sie die markierten Felder.
feedback-no-script = Das Formular braucht JavaScript. Rufen Sie uns gern an.
feedback-error-required = Bitte beschreiben Sie, was Ihnen aufgefallen ist.
feedback-error-too-short = Bitte schreiben Sie mindestens { $min } Zeichen.
feedback-error-too-long = Bitte schreiben Sie höchstens { $max } Zeichen.
feedback-error-email = Bitte prüfen Sie die E-Mail-Adresse, zum Beispiel name@beispiel.de.
