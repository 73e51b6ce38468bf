## The e-mails the Worker sends (in the language the form was filled in) and the page
## /anmeldung, where a volunteer sees, corrects or withdraws their registration.

mail-confirm-subject = Bitte bestätigen Sie Ihre Anmeldung
mail-greeting = Guten Tag { $name },
mail-confirm-intro = danke, dass Sie sich in Braunschweig ehrenamtlich engagieren möchten! Bitte bestätigen Sie Ihre Anmeldung mit diesem Link:
mail-confirm-button = Anmeldung bestätigen
mail-link-keep = Mit demselben Link sehen Sie jederzeit, was wir über Sie gespeichert haben. Dort können Sie Ihre Angaben ändern oder Ihre Anmeldung zurückziehen. Bitte heben Sie diese Mail deshalb auf.
mail-unconfirmed = Ohne Bestätigung löschen wir Ihre Angaben nach 7 Tagen.
mail-not-you = Sie haben sich nicht angemeldet? Dann müssen Sie nichts tun.
mail-signature = Koordinierungsstelle „Ehrenamt zur Integration von Flüchtlingen“, Stadt Braunschweig, Telefon 0531 4705091

own-title = Ihre Anmeldung
own-description = Ihre Anmeldung als Ehrenamtliche oder Ehrenamtlicher: ansehen, bestätigen, ändern oder zurückziehen.
own-loading = Ihre Anmeldung wird geladen …
own-no-script = Diese Seite braucht JavaScript. Sie können uns auch anrufen: 0531 4705091.
own-missing = Dieser Link ist unvollständig, oder die Anmeldung gibt es nicht mehr. Bitte prüfen Sie den Link, oder rufen Sie uns an: 0531 4705091.
own-confirm-heading = Bitte bestätigen Sie Ihre Anmeldung
own-confirm-lead = Erst dann sieht die Koordinierungsstelle Ihre Angaben. Ohne Bestätigung löschen wir sie nach 7 Tagen.
own-confirm = Anmeldung bestätigen
own-confirmed = Danke! Ihre Anmeldung ist bestätigt.
own-keep = Heben Sie diesen Link auf: Mit ihm sehen, ändern oder löschen Sie Ihre Angaben jederzeit.
own-data-heading = Was wir über Sie gespeichert haben
own-registered = Angemeldet am
own-confirmed-at = Bestätigt am
own-not-confirmed = noch nicht bestätigt
own-consent = Einwilligung
own-consent-value = am { $date }, Fassung { $version } der Datenschutzhinweise
own-mail-language = Sprache der E-Mails
own-status = Stand
own-status-new = Neu: Wir melden uns bald bei Ihnen.
own-status-contacted = Wir haben Kontakt mit Ihnen aufgenommen.
own-status-placed = Vermittelt an ein Netzwerk.
own-status-closed = Abgeschlossen.
own-placed = Vermittelt an
own-note = Notiz der Koordinierungsstelle
own-no-note = Keine Notiz. Was wir sonst über Sie wissen, sagen wir Ihnen gern am Telefon: 0531 4705091.
own-edit-heading = Angaben ändern
own-save = Änderungen speichern
own-saved = Ihre Änderungen sind gespeichert.
own-withdraw-heading = Anmeldung zurückziehen
own-withdraw-lead = Dann löschen wir alle Ihre Angaben sofort. Das lässt sich nicht rückgängig machen.
own-withdraw = Anmeldung zurückziehen
own-withdraw-sure = Ja, alle meine Angaben jetzt löschen
own-withdrawn = Ihre Anmeldung ist gelöscht. Danke für Ihr Interesse! Sie können sich jederzeit neu anmelden.
own-failed = Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.
own-check = Bitte prüfen Sie die markierten Felder.
