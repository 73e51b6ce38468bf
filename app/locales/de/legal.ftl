# The pages a German city must publish: Impressum, privacy notice, accessibility statement,
# and the "Barriere melden" form. xtask renders them as static HTML at build time (readable
# without JavaScript). Variables in { $… } come from config/site.toml or wrangler.toml.

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
privacy-intro = Hier steht, welche Daten die Stadt Braunschweig verarbeitet, wenn Sie diese Website nutzen, sich zum Mitmachen melden oder eine Barriere melden: was, warum, wie lange, wer sie sieht und welche Rechte Sie haben (Art. 13 Datenschutz-Grundverordnung, DSGVO).
privacy-controller-heading = Verantwortlich
privacy-controller = Verantwortlich ist { $operator }, vertreten durch { $representative }, { $address }. Für diese Karte zuständig ist die Koordinierungsstelle „Ehrenamt zur Integration von Flüchtlingen“ (Kontakt unten).
privacy-dpo-heading = Datenschutzbeauftragte Stelle
privacy-dpo = Die behördliche Datenschutzbeauftragte Stelle der Stadt Braunschweig erreichen Sie so: { $dpo }
privacy-visit-heading = Wenn Sie die Website aufrufen
privacy-visit = Damit die Seiten zu Ihnen kommen und Angriffe abgewehrt werden, verarbeitet der Dienst technische Daten: Ihre IP-Adresse, Zeitpunkt, aufgerufene Adresse, Browser und Betriebssystem. Die Website setzt für Sie keine Cookies außer einem: Wenn Sie eine Sprache wählen, bekommt Ihr Browser das Cookie „sprache“. Es enthält nur diese Sprache und gilt ein Jahr lang, damit die nächsten Seiten gleich in Ihrer Sprache kommen; Sie können es dort jederzeit löschen. Die Website lädt nichts von anderen Anbietern: keine Schriften, keine Karten, keine Statistik. Ein angefangenes Formular bleibt nur in Ihrem Browser gespeichert, damit nichts verloren geht. Rechtsgrundlage: { $basis_visit }.
privacy-register-heading = Wenn Sie sich zum Mitmachen melden
privacy-register = Wir speichern Ihren Namen, Ihre E-Mail-Adresse, Ihre Telefonnummer (wenn Sie sie angeben), wie Sie kontaktiert werden möchten, die gewählten Stadtbezirke oder das Netzwerk, das Gesuch, auf das Sie sich melden (wenn Sie über ein Gesuch kommen), Ihre Interessen und Sprachen, wann Sie Zeit haben, Ihre Nachricht, sowie Zeitpunkt und Fassung Ihrer Einwilligung. Damit kann die Koordinierungsstelle Sie kontaktieren und mit einem passenden Netzwerk zusammenbringen. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchstabe a DSGVO).
privacy-limit = Um Missbrauch zu verhindern, zählen wir Anmeldungen und Meldungen je Internetanschluss für 10 Minuten. Dafür speichern wir nicht Ihre IP-Adresse, sondern nur einen verschlüsselten Prüfwert, und löschen ihn danach, spätestens am nächsten Tag.
privacy-own-link = Nach der Anmeldung bekommen Sie einen persönlichen Link. Damit sehen Sie jederzeit alles, was wir über Sie gespeichert haben, ändern Ihre Kontaktdaten und Interessen und ziehen Ihre Anmeldung zurück: Dann löschen wir sie sofort. Im Protokoll der Koordinierungsstelle steht danach nur, dass eine Anmeldung zurückgezogen wurde, ohne Angaben zu Ihrer Person. Wer den Link hat, sieht Ihre Angaben: Geben Sie ihn nicht weiter.
privacy-mail-heading = E-Mails
privacy-mail = Wenn die Stadt den Versand von E-Mails eingeschaltet hat, schicken wir Ihnen nach der Anmeldung eine E-Mail mit Ihrem persönlichen Link, in der Sprache des Formulars. Ihre Anmeldung gilt erst, wenn Sie sie mit diesem Link bestätigen; bis dahin sieht die Koordinierungsstelle sie nicht, und ohne Bestätigung löschen wir sie 7 Tage nach dem Versand der E-Mail, spätestens 30 Tage nach der Anmeldung. Die E-Mails versendet Cloudflare in unserem Auftrag. Keine E-Mail enthält, was jemand in ein Formular geschrieben hat, auch nicht Ihren Namen. Eine E-Mail bleibt nur bis zu ihrem Versand gespeichert; kann sie nicht zugestellt werden, sieht die Koordinierungsstelle bei einer Bestätigungs-E-Mail nur, dass es sie gibt, nicht die Adresse. Damit niemand ein Postfach mit E-Mails überhäufen kann, bekommt ein Postfach höchstens 3 Bestätigungs-E-Mails am Tag (Groß- und Kleinschreibung und ein Zusatz mit „+“ zählen dabei nicht); weitere Anmeldungen mit derselben Adresse kommen zusammen in der nächsten E-Mail. Dafür zählen wir die versendeten E-Mails je Postfach, nur als verschlüsselten Prüfwert, und löschen die Zählung nach 2 Tagen. Ändern Sie auf Ihrer Seite Ihre E-Mail-Adresse, gilt die neue erst, wenn Sie sie mit dem Link in einer E-Mail an sie bestätigen; bis dahin speichern wir sie neben der bisherigen, und die bisherige Adresse bekommt einen kurzen Hinweis.
privacy-feedback-heading = Wenn Sie eine Barriere melden
privacy-feedback = Wir speichern Ihre Nachricht und, wenn Sie sie angeben, Ihre E-Mail-Adresse, damit wir die Barriere beheben und Ihnen antworten können. Rechtsgrundlage: { $basis_feedback }.
privacy-staff-heading = Anmeldung der Mitarbeitenden
privacy-staff = Wenn sich Mitarbeitende der Koordinierungsstelle anmelden, bekommt ihr Browser ein technisch nötiges Sitzungs-Cookie. Wir speichern ihren Namen, Beginn und letzte Nutzung der Sitzung und einen verschlüsselten Prüfwert. Eine Sitzung endet 8 Stunden nach der letzten Nutzung, spätestens 12 Stunden nach der Anmeldung, und wird spätestens am nächsten Tag gelöscht. Fehlgeschlagene Anmeldungen zählen wir 10 Minuten lang, nur als verschlüsselten Prüfwert des Internetanschlusses. An- und Abmeldungen stehen mit Namen und Zeit im Protokoll der Koordinierungsstelle. Das Protokoll bewahren wir { $audit_retention_days } Tage auf; ältere Einträge löscht der tägliche Löschlauf.
privacy-staff-mail = Mitarbeitende können eine E-Mail-Adresse für einen täglichen Überblick angeben. Er enthält nur Zahlen (neue Anmeldungen je Stadtbezirk, Antworten auf Gesuche, nicht zugestellte und wartende E-Mails), nie Angaben über Freiwillige. Die Adresse wird gelöscht, wenn der Zugang endet; ein nicht zugestellter Überblick nach 7 Tagen.
privacy-who-heading = Wer Ihre Daten sieht
privacy-who = Nur die Mitarbeitenden der Koordinierungsstelle. Nichts davon wird auf der Karte oder sonst öffentlich gezeigt. An ein Netzwerk geben wir Ihre Kontaktdaten erst weiter, wenn Sie zugestimmt haben.
privacy-processor-heading = Auftragsverarbeitung und Speicherort
privacy-processor = Die Website läuft bei Cloudflare, Inc. (USA). Cloudflare verarbeitet die Daten in unserem Auftrag, nach einem Vertrag zur Auftragsverarbeitung (Art. 28 DSGVO). Die Datenbank mit Anmeldungen und Meldungen liegt in Rechenzentren in der Europäischen Union. Die Website selbst und ihre Protokolle laufen im weltweiten Netz von Cloudflare: Ihre Anfrage kann auch in einem Rechenzentrum außerhalb der EU bearbeitet werden.
privacy-transfer-heading = Übermittlung außerhalb der EU
privacy-transfer = Weil Cloudflare ein Unternehmen in den USA ist, können Daten in die USA oder in andere Länder außerhalb der EU gelangen. Grundlage dafür: { $transfer_safeguard }
privacy-how-long-heading = Wie lange
privacy-how-long = Anmeldungen löschen wir automatisch { $registration_months } Monate nach ihrem Eingang, Meldungen zu Barrieren nach { $feedback_months } Monaten, oder früher, wenn Sie es wünschen. Protokolle des Dienstes: { $log_retention }.
privacy-voluntary-heading = Freiwillig
privacy-voluntary = Ihre Angaben sind freiwillig. Die Karte können Sie ohne jede Angabe nutzen. Ohne Namen und E-Mail-Adresse oder Telefonnummer können wir Sie aber nicht erreichen: dann ist eine Anmeldung zum Mitmachen nicht möglich. Eine Barriere können Sie auch ohne E-Mail-Adresse melden; dann können wir Ihnen nur nicht antworten.
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
accessibility-intro = Die Stadt Braunschweig möchte, dass alle diese Website nutzen können. Sie richtet sich nach dem Niedersächsischen Behindertengleichstellungsgesetz (NBGG) und der Niedersächsischen Barrierefreie-Informationstechnik-Verordnung (NBITVO). Diese Erklärung gilt für die Netzwerkkarte Ehrenamt Braunschweig ({ $site }).
accessibility-status-heading = Wie barrierefrei ist die Website?
accessibility-status-partial = Die Website ist mit den Anforderungen der WCAG 2.1 auf Stufe AA und der Norm EN 301 549 teilweise vereinbar. Die Teile, die noch nicht barrierefrei sind, stehen unten.
accessibility-status-full = Die Website ist mit den Anforderungen der WCAG 2.1 auf Stufe AA und der Norm EN 301 549 vollständig vereinbar.
accessibility-gaps-heading = Was noch nicht barrierefrei ist
accessibility-gap-manual = Eine Prüfung durch Fachleute mit Hilfsmitteln wie Screenreadern steht noch aus. Bis dahin wissen wir nicht sicher, ob alles damit gut funktioniert.
accessibility-gap-sources = Die Beschreibungen der Netzwerke stammen aus öffentlichen Quellen und sind nur auf Deutsch.
accessibility-gap-easy = In Leichter Sprache gibt es bisher nur eine Seite mit dem Wichtigsten.
accessibility-gap-sign = Es gibt noch keine Videos in Deutscher Gebärdensprache.
accessibility-method-heading = Wie wir das geprüft haben
accessibility-method = Stand dieser Erklärung: { $date }. Grundlage ist eine Selbstbewertung. Bei jeder Änderung prüfen automatische Tests jede Seite in Chromium, auf Deutsch und auf Arabisch: mit axe-core (alle Regeln für WCAG 2.1 A und AA), die Bedienung nur mit der Tastatur, Tippflächen von mindestens 44 × 44 Pixeln, eine Breite von 320 Pixeln ohne seitliches Scrollen und eine Vergrößerung auf 200 %. Eine Prüfung von Hand, auch mit Screenreadern, ist noch nicht gemacht.
accessibility-report-heading = Barriere melden
accessibility-report-intro = Ist Ihnen etwas aufgefallen, das Sie nicht gut nutzen können? Schreiben Sie es uns. Wir antworten, wenn Sie eine E-Mail-Adresse angeben.
accessibility-report-other = Sie können eine Barriere auch so melden: { $contact }
accessibility-enforcement-heading = Schlichtungsverfahren
accessibility-enforcement = Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich an die Schlichtungsstelle wenden. Das Verfahren kostet nichts, und Sie brauchen keinen Anwalt. { $schlichtungsstelle }

## The "Barriere melden" form

feedback-message = Was ist Ihnen aufgefallen?
feedback-message-hint = Zum Beispiel: welche Seite, was Sie tun wollten, was nicht ging.
feedback-email = E-Mail-Adresse (freiwillig)
feedback-email-hint = Nur wenn Sie eine Antwort möchten.
feedback-privacy = Ihre Nachricht sehen nur die Mitarbeitenden der Koordinierungsstelle. Mehr dazu im Datenschutz.
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
