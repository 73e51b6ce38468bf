//! `/datenschutz`: the privacy notice for the registration form. It is part of the form's
//! wasm (served for `/datenschutz` too), not of the map's first view.

use crate::html;
use leptos::prelude::*;

/// Static text, rendered as markup.
const NOTICE: &str = r#"<h1>Datenschutzhinweise</h1>
<p>Wenn Sie sich über das Formular „Mitmachen“ melden, verarbeitet die Stadt Braunschweig Ihre Angaben. Hier steht, was wir speichern, warum, wie lange, wer sie sieht und wie Sie sie löschen lassen.</p>
<h2>Verantwortlich</h2>
<p>Stadt Braunschweig, Fachbereich 50 Soziales und Gesundheit, Abteilung 50.2 Migrationsfragen und Integration, Koordinierungsstelle „Ehrenamt zur Integration von Flüchtlingen“ (Kontakt unten).</p>
<h2>Was wir speichern</h2>
<p>Ihren Namen, Ihre E-Mail-Adresse, Ihre Telefonnummer (wenn Sie sie angeben), wie Sie kontaktiert werden möchten, die gewählten Stadtbezirke oder das Netzwerk, Ihre Interessen und Sprachen, wann Sie Zeit haben, Ihre Nachricht, sowie Zeitpunkt und Fassung Ihrer Einwilligung. Um Missbrauch zu verhindern, zählen wir Anmeldungen je Internetanschluss für 10 Minuten; dafür speichern wir nicht Ihre IP-Adresse, sondern nur einen verschlüsselten Prüfwert, der danach gelöscht wird.</p>
<h2>Warum</h2>
<p>Damit die Koordinierungsstelle Sie kontaktieren und mit einem passenden ehrenamtlichen Netzwerk zusammenbringen kann. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchstabe a DSGVO). Sie können sie jederzeit widerrufen.</p>
<h2>Wer Ihre Angaben sieht</h2>
<p>Nur die Mitarbeitenden der Koordinierungsstelle. Nichts davon wird auf der Karte oder sonst öffentlich gezeigt. An ein Netzwerk geben wir Ihre Kontaktdaten erst weiter, wenn Sie zugestimmt haben.</p>
<h2>Wie lange</h2>
<p>12 Monate nach Ihrer Anmeldung werden Ihre Angaben automatisch gelöscht, oder früher, wenn Sie es wünschen.</p>
<h2>Ihre Rechte</h2>
<p>Sie können Auskunft über Ihre Angaben verlangen, sie berichtigen oder löschen lassen und Ihre Einwilligung widerrufen. Schreiben Sie oder rufen Sie die Koordinierungsstelle an; wir löschen Ihre Angaben dann vollständig. Sie können sich auch bei der Landesbeauftragten für den Datenschutz Niedersachsen beschweren.</p>
<p>Diese Seite lädt nichts von anderen Anbietern: keine Schriften, keine Karten, keine Statistik.</p>"#;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! { <div class="page prose" inner_html=format!("{NOTICE}{}", html::contact_card())></div> }
}
