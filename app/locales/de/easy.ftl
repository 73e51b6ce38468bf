# /leichte-sprache: what the map is and how to join in, in German Leichte Sprache only, after
# the rules of the Netzwerk Leichte Sprache. No translations: the other languages have the
# whole site in plain words.
#
# Each line of a multi-line message is one <p> and one sentence: one statement, at most
# 12 words, no subordinate clause (no "dass", "weil", "wenn … dann", no relative clause; ask a
# question and answer it with "Dann …" instead). Long words are split with a middle dot
# (Netzwerk·karte). A hard word is explained on the line where it first appears ("Ein Netzwerk
# ist …", "Das Wort Daten heißt: …"). "Tippen" always comes with "klicken". Never write a
# number of months: { $months } comes from the configuration.
# xtask/src/pages/easy.rs and tests/legal.test.mjs check these rules.

easy-title = Leichte Sprache – Netzwerkkarte Ehrenamt Braunschweig
easy-description = Die Netzwerk·karte Ehrenamt Braunschweig in Leichter Sprache.
easy-heading = Die Netzwerk·karte in Leichter Sprache
easy-what-heading = Was ist die Netzwerk·karte?
easy-what =
    Ein Netzwerk ist eine Gruppe von Menschen.
    Die Menschen in einem Netzwerk helfen zusammen.
    Die Netzwerk·karte ist eine Internet·seite.
    Sie zeigt die Netzwerke in Braunschweig.
    Die Netzwerke helfen Menschen.
    Diese Menschen sind nach Braunschweig geflüchtet.
    Die Menschen in den Netzwerken helfen frei·willig.
    Das heißt: Sie bekommen kein Geld dafür.
    Das nennt man: Ehren·amt.
    Die Koordinierungs·stelle ist ein Teil der Stadt Braunschweig.
    Sie bringt Helferinnen und Helfer mit den Netzwerken zusammen.
    Sie möchten auch helfen?
    Auf dieser Seite steht alles Schritt für Schritt.
easy-district-heading = Einen Stadt·bezirk finden
easy-district =
    Ein Stadt·bezirk ist ein Teil der Stadt.
    Braunschweig hat 12 Stadt·bezirke.
    Die Karte zeigt alle 12 Stadt·bezirke.
    Suchen Sie Ihren Stadt·bezirk auf der Karte.
    Tippen oder klicken Sie auf den Stadt·bezirk.
    Dann sehen Sie die Netzwerke in diesem Stadt·bezirk.
    Die Netzwerke halten ihre Angaben auf der Karte selbst aktuell.
    Sie sehen auch: Welche Hilfe brauchen die Netzwerke gerade?
easy-district-link = Zur Karte
easy-need-heading = Ein Gesuch lesen
easy-need =
    Ein Gesuch heißt: Ein Netzwerk sucht Hilfe.
    Bei jedem Stadt·bezirk stehen die Gesuche von seinen Netzwerken.
    In einem Gesuch steht:
    Welche Hilfe braucht das Netzwerk?
    Wo braucht das Netzwerk die Hilfe?
    Bis wann braucht das Netzwerk die Hilfe?
easy-join-heading = Sich anmelden: das Formular Mitmachen
easy-join =
    Sie möchten mit·machen?
    Dann füllen Sie das Formular Mitmachen aus.
    Ein Formular ist eine Internet·seite mit Fragen.
    Das Wort Daten heißt: Angaben über Sie.
    Zum Beispiel Ihr Name.
    In das Formular schreiben Sie Ihre Daten.
    Wir brauchen nur diese Daten von Ihnen:
    Wie heißen Sie?
    Wie ist Ihre E-Mail-Adresse?
    Welche Sprachen sprechen Sie?
    Wann haben Sie Zeit?
    In welchem Stadt·bezirk möchten Sie helfen?
    Oder: Bei welchem Netzwerk möchten Sie helfen?
    Sie möchten einen Anruf?
    Dann brauchen wir auch Ihre Telefon·nummer.
    Mehr brauchen wir nicht.
    Schreiben Sie bitte nichts über Ihre Gesundheit.
    Schreiben Sie auch nichts über Ihre Religion.
    Und schreiben Sie nichts über Ihre Herkunft.
    Herkunft heißt: Aus welchem Land kommen Sie?
    Sie müssen das nicht sagen.
    Setzen Sie einen Haken bei: Einwilligung.
    Das heißt: Sie sind damit einverstanden.
    Zum Schluss tippen oder klicken Sie auf: Absenden.
    Mit Ihren Daten arbeitet die Koordinierungs·stelle.
    Die Firma Cloudflare speichert die Daten für die Stadt.
    Die Koordinierungs·stelle bringt Sie mit einem Netzwerk zusammen.
    Dann bekommt das Netzwerk Ihren Namen und Ihre Kontakt·daten.
    Ihre Daten stehen nie auf der Karte.
easy-join-link = Zum Formular: Mitmachen
easy-confirm-heading = Die E-Mail bestätigen
easy-confirm =
    Danach bekommen Sie eine E-Mail von uns.
    In der E-Mail ist ein Link.
    Ein Link führt zu einer Internet·seite.
    Tippen oder klicken Sie auf den Link in der E-Mail.
    Dann kommen Sie auf eine Seite.
    Dort ist ein Knopf: Anmeldung bestätigen.
    Tippen oder klicken Sie auf diesen Knopf.
    Erst dann sieht die Koordinierungs·stelle Ihre Daten.
    Das Wort löschen heißt: Wir machen etwas für immer weg.
    Sie bestätigen Ihre Anmeldung nicht?
    Dann löschen wir Ihre Daten { $unconfirmed_days } Tage nach der E-Mail.
    Spätestens nach { $unconfirmed_max_days } Tagen löschen wir sie.
easy-own-heading = Ihr eigener Link
easy-own =
    Der Link in der E-Mail ist nur für Sie.
    Mit dem Link kommen Sie auf die Seite: Ihre Anmeldung.
    Dort sehen Sie Ihre Daten.
    Dort können Sie Name, E-Mail, Telefon und Interessen ändern.
    Dort können Sie Ihre Daten auch löschen.
    Heben Sie den Link gut auf.
    Geben Sie den Link niemandem.
    Mit dem Link kann jeder Ihre Daten sehen.
    Jemand anderes kennt Ihren Link?
    Dann holen Sie sich auf Ihrer Seite einen neuen Link.
easy-own-nomail =
    Nach dem Absenden sehen Sie einen Link.
    Ein Link führt zu einer Internet·seite.
    Der Link ist nur für Sie.
    Mit dem Link kommen Sie auf die Seite: Ihre Anmeldung.
    Dort sehen Sie Ihre Daten.
    Dort können Sie Name, E-Mail, Telefon und Interessen ändern.
    Das Wort löschen heißt: Wir machen etwas für immer weg.
    Dort können Sie Ihre Daten auch löschen.
    Heben Sie den Link gut auf.
    Geben Sie den Link niemandem.
    Mit dem Link kann jeder Ihre Daten sehen.
    Jemand anderes kennt Ihren Link?
    Dann holen Sie sich auf Ihrer Seite einen neuen Link.
easy-delete-heading = Ihre Daten löschen
easy-delete =
    Sie möchten nicht mehr mit·machen?
    Dann löschen wir Ihre Daten.
    Öffnen Sie dafür Ihre Seite mit Ihrem Link.
    Tippen oder klicken Sie auf den Knopf: Anmeldung zurückziehen.
    Dann kommt noch ein Knopf: Ja, alle meine Angaben jetzt löschen.
    Tippen oder klicken Sie auch auf diesen Knopf.
    Dann löschen wir sofort Ihre Anmeldung.
    Es gibt noch Kopien für Notfälle.
    Diese Kopien sind nach einiger Zeit auch weg.
    Sie können auch die Koordinierungs·stelle anrufen.
    Sagen Sie: Bitte löschen Sie meine Daten.
    Die Telefon·nummer ist: { $phone }
    Nach { $months } Monaten löschen wir jede Anmeldung von selbst.
easy-barrier-heading = Eine Barriere melden
easy-barrier =
    Eine Barriere heißt: Etwas auf dieser Internet·seite geht für Sie nicht.
    Zum Beispiel: Sie können die Schrift nicht lesen.
    Bitte sagen Sie es uns.
    Auf der Seite Barriere·freiheit ist ein Formular.
    Schreiben Sie in das Formular: Was geht nicht?
    Sie können auch Ihre E-Mail-Adresse dazu schreiben.
    Dann können wir Ihnen antworten.
    Oder rufen Sie die Koordinierungs·stelle an.
    Die Telefon·nummer ist: { $phone }
easy-barrier-link = Zur Seite Barriere·freiheit
easy-questions-heading = Sie haben Fragen?
easy-questions =
    Rufen Sie die Koordinierungs·stelle an.
    Die Telefon·nummer ist: { $phone }
