# Texts every page uses: the page shell, the city's contact card, loading and errors,
# and the names of activities and languages.

skip-link = Zum Inhalt springen
brand-name = Netzwerkkarte Ehrenamt
main-menu = Hauptmenü
nav-about = Über
nav-contact = Kontakt
footer-org = Koordinierungsstelle Ehrenamt, Stadt Braunschweig
phone-label = Tel.
footer-menu = Weitere Seiten
footer-about = Über die Koordinierungsstelle
footer-privacy = Datenschutz
footer-impressum = Impressum
footer-accessibility = Barrierefreiheit
language-menu = Sprache

contact-phone = Telefon
contact-fax = Fax
contact-visit = Besucheradresse
contact-post = Postanschrift
contact-hours = Öffnungszeiten
contact-hours-value = Termin nach Vereinbarung

loading = Wird geladen …
load-failed = Die Daten konnten nicht geladen werden.
retry = Erneut versuchen
call-instead = Sie erreichen die Koordinierungsstelle auch per Telefon:
error-offline = Keine Verbindung. Bitte prüfen Sie Ihre Internetverbindung.
error-unreadable = Die Daten konnten nicht gelesen werden.
error-server = Beim Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.
error-not-found = Das gibt es hier nicht.
back-to-map = Zur Karte

activity-sprachcafe = Sprachcafé / Deutsch lernen
activity-patenschaften = Patenschaften / Begleitung
activity-hausaufgabenhilfe = Hausaufgabenhilfe
activity-beratung = Beratung
activity-freizeit = Freizeit / Sport / Kultur
activity-sachspenden = Sachspenden
activity-begegnung = Begegnung / Treffpunkt
activity-kinder-familien = Kinder und Familien

language-de = Deutsch
language-en = Englisch
language-ar = Arabisch
language-fa = Persisch/Dari
language-uk = Ukrainisch
language-ru = Russisch
language-tr = Türkisch
language-fr = Französisch
language-ku = Kurdisch

# Weekdays and times of day: the registration's grid and a need's times.
day-mon = Montag
day-tue = Dienstag
day-wed = Mittwoch
day-thu = Donnerstag
day-fri = Freitag
day-sat = Samstag
day-sun = Sonntag
time-morning = vormittags
time-afternoon = nachmittags
time-evening = abends
