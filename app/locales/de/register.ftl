# The registration form and the thanks page.

register-title = Mitmachen – Netzwerkkarte Ehrenamt Braunschweig
register-heading = Mitmachen
register-lead = Schön, dass Sie helfen möchten! Die Koordinierungsstelle bringt Sie mit einem Netzwerk in Ihrer Nähe zusammen. Nachricht, Netzwerk und die mit „freiwillig“ markierten Felder können Sie leer lassen.
answering-need = Ich melde mich auf das Gesuch:
network-contact = Das Netzwerk darf mich direkt kontaktieren:
network-contact-hint = Dann sieht das Netzwerk Ihren Namen, Ihre E-Mail-Adresse oder Telefonnummer (wie Sie kontaktiert werden möchten), Ihre Sprachen und Zeiten – sonst nichts. Ohne Haken meldet sich die Koordinierungsstelle. Sie können das auf Ihrer Seite jederzeit zurücknehmen.
field-name = Name
field-email = E-Mail
field-phone = Telefon (freiwillig)
field-contact-via = Wie möchten Sie kontaktiert werden?
via-email = E-Mail
via-phone = Telefon
field-districts = Stadtbezirke
field-network = Netzwerk
no-network = Kein bestimmtes Netzwerk
field-interests = Interessen
field-languages = Sprachen, die Sie sprechen
field-languages-other = Andere Sprachen (freiwillig)
field-availability = Wann haben Sie Zeit?
by-arrangement = nach Absprache
field-message = Nachricht
message-count = { $count } / { $max } Zeichen
hint-special = Wir brauchen keine Angaben zu Gesundheit, Religion oder Herkunft. Bitte schreiben Sie so etwas nicht hinein.
consent-before = Einwilligung: Ich bin einverstanden, dass die Koordinierungsstelle meine Angaben speichert, um mich mit einem Netzwerk zusammenzubringen. Mehr in den
consent-link = Datenschutzhinweisen
consent-after = .
notify-placed = Schicken Sie mir eine kurze E-Mail, wenn Sie mich an ein Netzwerk vermittelt haben oder wenn sich ein Netzwerk bei mir meldet.
submit = Absenden
sending = Wird gesendet …
form-no-script = Ohne JavaScript kann dieses Formular nicht gesendet werden. Melden Sie sich gern telefonisch:

check-fields = { $count ->
    [one] Bitte prüfen Sie eine Angabe.
   *[other] Bitte prüfen Sie { $count } Angaben.
}
check-marked = Bitte prüfen Sie die markierten Angaben.
too-many = Von diesem Anschluss kamen gerade sehr viele Anmeldungen. Ihre Angaben sind gespeichert. Wir senden sie in { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} noch einmal.
offline-kept = Keine Verbindung. Ihre Angaben sind gespeichert und werden gesendet, sobald Sie wieder online sind.
refused = Das hat nicht geklappt: { $reason }
server-busy = Der Server antwortet gerade nicht. Ihre Angaben sind gespeichert und werden bald noch einmal gesendet.
arrived-without-change = Ihre Anmeldung ist angekommen – Ihre spätere Änderung aber nicht. Möchten Sie die Änderung als neue Anmeldung senden?
key-taken = Aus diesem Formular ist schon eine Anmeldung mit anderen Angaben angekommen. Möchten Sie die Angaben, wie sie jetzt sind, als neue Anmeldung senden?
send-as-new = Als neue Anmeldung senden
leave-as-is = Nein, so lassen

err-required = Bitte ausfüllen.
err-min-chars = Mindestens { $n } Zeichen.
err-max-chars = Höchstens { $n } Zeichen.
err-hidden-characters = Bitte ohne unsichtbare Steuerzeichen (oft aus einer Kopie).
err-email-missing = Bitte geben Sie Ihre E-Mail-Adresse an.
err-email-invalid = Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.
err-phone-invalid = Bitte eine Telefonnummer wie 0531 123456 angeben.
err-phone-missing = Für einen Anruf brauchen wir Ihre Telefonnummer.
err-districts-unknown = Bitte nur Stadtbezirke aus der Liste wählen.
err-network-unknown = Dieses Netzwerk gibt es nicht.
err-need-unknown = Dieses Gesuch ist nicht mehr offen. Entfernen Sie den Haken beim Gesuch, dann können Sie sich trotzdem melden.
err-district-or-network = Bitte wählen Sie mindestens einen Stadtbezirk oder ein Netzwerk.
err-interests-twice = Jedes Interesse nur einmal.
err-languages-unknown = Bitte nur Sprachen aus der Liste wählen.
err-languages-missing = Bitte wählen Sie mindestens eine Sprache.
err-availability-missing = Bitte sagen Sie uns, wann Sie Zeit haben.
err-availability-unknown = Bitte Zeiten aus der Liste wählen, oder „nach Absprache“.
err-consent = Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.
err-consent-version = Bitte laden Sie die Seite neu: die Datenschutzhinweise haben sich geändert.
err-network-contact = Diese Erlaubnis geht nur mit einem Gesuch eines Netzwerks. Bitte entfernen Sie den Haken.
err-invalid = Bitte prüfen Sie diese Angabe.

thanks-heading = Danke!
thanks-received = Ihre Anmeldung ist bei der Koordinierungsstelle angekommen. Wir melden uns bei Ihnen – so, wie Sie es gewünscht haben – und bringen Sie mit einem passenden Netzwerk zusammen.
thanks-privacy = Mit Ihren Angaben arbeitet die Koordinierungsstelle – und das Netzwerk des Gesuchs, wenn Sie es ihm erlaubt haben; öffentlich werden sie nie gezeigt. Sie werden nach { $months } Monaten gelöscht, oder früher, wenn Sie es wünschen. Mehr dazu in den
thanks-back = Zurück zur Karte
thanks-mail = Wir schicken Ihnen eine E-Mail, voraussichtlich bis { $time } Uhr. Bitte bestätigen Sie Ihre Anmeldung mit dem Link darin: Erst dann sieht die Koordinierungsstelle Ihre Angaben.
thanks-resend = E-Mail noch einmal senden
thanks-resent = Die E-Mail kommt noch einmal, voraussichtlich bis { $time } Uhr. Bitte sehen Sie auch im Spam-Ordner nach.
thanks-link = Ihr persönlicher Link: Damit sehen, ändern oder löschen Sie Ihre Angaben jederzeit. Bitte speichern Sie ihn, zum Beispiel als Lesezeichen – wir können ihn Ihnen nicht noch einmal geben.
thanks-link-open = Meine Anmeldung ansehen

