# The map, the district panel, the network page and the static pages.

site-title = Netzwerkkarte Ehrenamt Braunschweig
map-heading = Ehrenamt für Geflüchtete in Braunschweig
map-intro = Wählen Sie Ihren Stadtbezirk: Sie sehen, welche Netzwerke es dort gibt und wie Sie mitmachen können.
map-region = Karte
map-loading = Karte wird geladen …
map-label = Karte der Stadtbezirke von Braunschweig
map-attribution = Kartengrundlage: © OpenStreetMap-Mitwirkende, ODbL. Bezirksgrenzen vereinfacht, nicht amtlich.
all-districts = Alle Stadtbezirke
network-count = { $count ->
    [0] keine Netzwerke
    [one] 1 Netzwerk
   *[other] { $count } Netzwerke
}
found-count = { $count ->
    [0] Keine Netzwerke gefunden.
    [one] 1 Netzwerk gefunden.
   *[other] { $count } Netzwerke gefunden.
}
district-missing = Diesen Stadtbezirk gibt es nicht
district-close = Bezirk schließen, zurück zur Übersicht
district-lead = Netzwerke im Stadtbezirk und stadtweite Angebote.
join-here = Hier mitmachen

filter-label = Netzwerke filtern
filter-activity = Aktivität
filter-all-activities = Alle Aktivitäten
filter-language = Sprache
filter-all-languages = Alle Sprachen
filter-search = Suche
filter-search-example = z. B. Garten, Beratung
filter-submit = Filtern

not-confirmed = nicht bestätigt
not-confirmed-hint = Aus öffentlichen Quellen, noch nicht von der Koordinierungsstelle geprüft.
confirmed-on = Zuletzt bestätigt am { $date }
confirmed-by-coordination = Zuletzt bestätigt am { $date } von der Koordinierungsstelle
confirmed-by-network = Zuletzt bestätigt am { $date } vom Netzwerk
citywide = Stadtweit
activities = Aktivitäten
languages = Sprachen
languages-none = keine Angabe
details = Details
source-line = Quelle: { $source }, { $stand }
source-network = Angaben des Netzwerks
stand-unknown = Stand unbekannt
stand = Stand { $stand }
organiser = Träger
place = Ort
phone = Telefon
email = E-Mail
website = Internet
source = Quelle
last-changed = Zuletzt geändert
not-confirmed-note = Diese Angaben stammen aus öffentlichen Quellen und sind noch nicht von der Koordinierungsstelle bestätigt. Ob das Netzwerk noch aktiv ist, erfahren Sie bei der Koordinierungsstelle.
save-contact = Kontakt speichern
route = Route
network-missing = Netzwerk nicht gefunden
network-missing-text = Dieses Netzwerk gibt es nicht (mehr).
page-missing = Seite nicht gefunden
page-missing-text = Diese Seite gibt es nicht.

offline-note = Offline – Stand von { $time }

about-heading = Über die Koordinierungsstelle
about-concept = Am 15. März 2016 hat der Rat der Stadt Braunschweig einstimmig das „Konzept zur Integration von Flüchtlingen“ beschlossen. Seit dem 1. April 2016 kümmert sich die Abteilung 50.2 Migrationsfragen und Integration um seine Umsetzung. Seit dem 9. Mai 2016 steuert der Steuerungskreis INTEGRATION die Arbeit, und ein Runder Tisch begleitet sie.
about-role = Die Koordinierungsstelle „Ehrenamt zur Integration von Flüchtlingen“ verbindet die Arbeit in den Stadtbezirken: Sie koordiniert Aktivitäten und Integrationsprojekte über die örtlichen Netzwerke und unterstützt das Engagement von Einrichtungen, Verbänden und Vereinen. Wo es an einem Standort noch kein Netzwerk gab, hat die Stadt einen Runden Tisch angestoßen.
about-figures = Unsere Zahlen für den Steuerungskreis und den Runden Tisch
about-missing-heading = Ein Netzwerk fehlt?
about-missing = Die Angaben auf der Karte stammen aus öffentlichen Quellen. Die Koordinierungsstelle prüft sie nach und nach; geprüfte Einträge sind als „bestätigt“ gekennzeichnet. Fehlt Ihr Netzwerk oder stimmt etwas nicht? Melden Sie sich bei der Koordinierungsstelle: Sie trägt das Netzwerk ein oder korrigiert den Eintrag.
contact-heading = Kontakt
contact-intro = Fragen zum Ehrenamt oder zu einem Netzwerk? Die Koordinierungsstelle der Stadt hilft gern weiter.

# Current needs ("Gesuche"): what a network is looking for now.
need-count = { $count ->
    [0] keine Gesuche
    [one] 1 Gesuch
   *[other] { $count } Gesuche
}
needs-found = { $count ->
    [one] 1 Gesuch gefunden.
   *[other] { $count } Gesuche gefunden.
}
needs-recent = Gerade gesucht
needs-recent-none = Gerade gibt es keine offenen Gesuche. Sie können sich trotzdem für Ihren Stadtbezirk melden.
needs-heading = Aktuelle Gesuche
need-badge = Gesuch
need-until = bis { $date }
need-wanted-until = Gesucht bis { $date }
need-help = Ich helfe mit
need-city = Koordinierungsstelle der Stadt
need-asker = Wer sucht
need-when = Wann
need-people-label = Gesucht
need-people = { $count ->
    [one] 1 Person
   *[other] { $count } Personen
}
need-languages = Diese Sprachen sind willkommen
need-district = Stadtbezirk
need-missing = Gesuch nicht gefunden
need-missing-text = Dieses Gesuch gibt es nicht (mehr). Vielleicht ist es schon besetzt.
stale = Angaben möglicherweise veraltet
stale-note = Diese Angaben hat lange niemand bestätigt. Fragen Sie im Zweifel nach.
source-suggestion = Vorschlag des Netzwerks
claim-link = Ist das Ihr Netzwerk? Zugang anfragen
suggest-link = Netzwerk vorschlagen
