# /leichte-sprache: what the map is and how to join in, in German Leichte Sprache only
# (short sentences, one on each line, long words split with a middle dot). No translations:
# the other languages have the whole site in plain words.

easy-title = Leichte Sprache – Netzwerkkarte Ehrenamt Braunschweig
easy-description = Die Netzwerkkarte in Leichter Sprache: was sie zeigt und wie Sie mitmachen.
easy-heading = Die Netzwerk·karte in Leichter Sprache
easy-what-heading = Was ist die Netzwerk·karte?
easy-what =
    Die Netzwerk·karte ist eine Internet·seite.
    Sie zeigt die Stadt Braunschweig.
    Braunschweig hat 12 Stadt·bezirke.
    In den Stadt·bezirken gibt es Gruppen.
    Die Gruppen helfen Menschen, die nach Braunschweig geflüchtet sind.
    Die Menschen in den Gruppen helfen frei·willig.
    Das heißt: Sie bekommen kein Geld dafür.
    Das nennt man: Ehren·amt.
easy-find-heading = Was finden Sie auf der Karte?
easy-find =
    Tippen Sie auf einen Stadt·bezirk.
    Dann sehen Sie die Gruppen in diesem Stadt·bezirk.
    Bei jeder Gruppe steht:
    Was macht die Gruppe?
    Wo trifft sich die Gruppe?
    Welche Sprachen spricht die Gruppe?
    Wie erreichen Sie die Gruppe?
easy-find-link = Zur Karte
easy-join-heading = Sie möchten mit·machen?
easy-join =
    Sie möchten auch helfen?
    Das ist schön!
    Füllen Sie dafür ein Formular aus.
    In das Formular schreiben Sie:
    Ihren Namen.
    Wie wir Sie erreichen können.
    Was Sie gern machen.
    Wann Sie Zeit haben.
    Dann meldet sich die Koordinierungs·stelle bei Ihnen.
    Die Koordinierungs·stelle gehört zur Stadt Braunschweig.
    Sie bringt Helfer und Gruppen zusammen.
easy-join-link = Zum Formular: Mitmachen
easy-data-heading = Ihre Daten
easy-data =
    Nur die Koordinierungs·stelle sieht Ihre Daten.
    Niemand sonst sieht Ihre Daten.
    Nach { $months } Monaten löschen wir Ihre Daten.
    Sie können auch früher sagen:
    Bitte löschen Sie meine Daten.
easy-questions-heading = Sie haben Fragen?
easy-questions =
    Rufen Sie die Koordinierungs·stelle an.
    Die Telefon·nummer ist: { $phone }
