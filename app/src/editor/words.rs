//! The editors' area speaks German and English (the access's language). Every text is a field
//! of [`Words`], so neither language can miss one.

use model::editor::EditorLanguage;

pub struct Words {
    pub lang: &'static str,
    pub title: &'static str,
    pub link_intro: &'static str,
    pub sign_in: &'static str,
    pub signing_in: &'static str,
    pub no_token: &'static str,
    pub link_spent: &'static str,
    pub ask_intro: &'static str,
    pub email: &'static str,
    pub ask: &'static str,
    pub asked: &'static str,
    pub ask_no_mail: &'static str,
    pub sign_out: &'static str,
    pub signed_out: &'static str,
    pub unreachable: &'static str,
    pub terms_title: &'static str,
    pub terms: [&'static str; 4],
    pub accept_terms: &'static str,
    pub public_entry: &'static str,
    pub confirmed_on: &'static str,
    pub by_network: &'static str,
    pub by_coordination: &'static str,
    pub not_confirmed: &'static str,
    pub all_correct: &'static str,
    pub confirmed_now: &'static str,
    pub reminder_title: &'static str,
    pub reminder_soon: &'static str,
    pub reminder_stale: &'static str,
    pub still_correct: &'static str,
    pub one_click_intro: &'static str,
    pub one_click_done: &'static str,
    pub agree_and_confirm: &'static str,
    pub confirm_link_spent: &'static str,
    pub see_entry: &'static str,
    pub propose_changes: &'static str,
    pub propose: &'static str,
    pub proposal_title: &'static str,
    pub send_proposal: &'static str,
    pub cancel: &'static str,
    pub sent: &'static str,
    pub proposals: &'static str,
    pub waiting: &'static str,
    pub accepted: &'static str,
    pub accepted_fields: &'static str,
    pub declined: &'static str,
    pub reason: &'static str,
    pub proposed_on: &'static str,
    pub no_networks: &'static str,
    pub field_name: &'static str,
    pub field_organiser: &'static str,
    pub field_district: &'static str,
    pub citywide: &'static str,
    pub field_description: &'static str,
    pub field_activities: &'static str,
    pub field_languages: &'static str,
    pub field_place: &'static str,
    pub field_phone: &'static str,
    pub field_email: &'static str,
    pub field_website: &'static str,
    pub organisations_only: &'static str,
}

pub const DE: Words = Words {
    lang: "de",
    title: "Mein Netzwerk",
    link_intro: "Mit diesem Link melden Sie sich für Ihr Netzwerk an. Er gilt nur einmal.",
    sign_in: "Jetzt anmelden",
    signing_in: "Sie werden angemeldet …",
    no_token: "Dieser Link ist unvollständig. Bitte öffnen Sie ihn direkt aus der E-Mail oder fordern Sie einen neuen an.",
    link_spent: "Dieser Link gilt nicht mehr: Er wurde schon benutzt oder ist abgelaufen. Fordern Sie einfach einen neuen an.",
    ask_intro: "Für die Einträge der Netzwerke auf der Karte. Geben Sie die E-Mail-Adresse Ihres Netzwerk-Zugangs an: Sie bekommen einen Link zum Anmelden, der 30 Minuten gilt.",
    email: "E-Mail-Adresse",
    ask: "Link anfordern",
    asked: "Wenn diese Adresse einen Netzwerk-Zugang hat, ist ein Link zu ihr unterwegs.",
    ask_no_mail: "Diese Website verschickt zurzeit keine E-Mails. Einen neuen Link bekommen Sie von der Koordinierungsstelle.",
    sign_out: "Abmelden",
    signed_out: "Sie sind abgemeldet.",
    unreachable: "Keine Verbindung zum Server. Bitte versuchen Sie es noch einmal.",
    terms_title: "Bevor Sie etwas ändern",
    terms: [
        "Einträge nennen Kontakte von Organisationen: nie private Personen und nie die Menschen, denen geholfen wird.",
        "Was Sie schreiben, wird mit der Karte veröffentlicht, auch als offene Daten unter ihrer Lizenz.",
        "Die Koordinierungsstelle prüft Ihre Änderungen und darf sie ablehnen.",
        "Freiwillige, die Ihnen den direkten Kontakt erlauben, sehen Sie nur dafür: Geben Sie ihre Angaben nicht weiter, und löschen Sie Ihre Kopien, sobald jemand die Erlaubnis zurücknimmt oder nicht mitmacht.",
    ],
    accept_terms: "Ich stimme zu",
    public_entry: "So sieht die Öffentlichkeit den Eintrag",
    confirmed_on: "Bestätigt am",
    by_network: "vom Netzwerk",
    by_coordination: "von der Koordinierungsstelle",
    not_confirmed: "Noch nicht bestätigt",
    all_correct: "Alles stimmt noch",
    confirmed_now: "Danke! Der Eintrag ist heute vom Netzwerk bestätigt.",
    reminder_title: "Bitte bestätigen",
    reminder_soon: "Stimmt noch alles? Sonst zeigt die Karte den Eintrag bald als „Angaben möglicherweise veraltet“, ab dem",
    reminder_stale: "Die Karte zeigt den Eintrag als „Angaben möglicherweise veraltet“. Stimmt noch alles?",
    still_correct: "Stimmt noch",
    one_click_intro: "Stimmen die Angaben Ihres Netzwerks auf der Netzwerkkarte noch? Dann bestätigen Sie es mit einem Klick.",
    one_click_done: "Danke! Bestätigt ist:",
    agree_and_confirm: "Ich stimme zu – und: Stimmt noch",
    confirm_link_spent: "Dieser Link gilt nicht mehr: Er ist abgelaufen, schon benutzt, oder der Eintrag hat sich inzwischen geändert. Melden Sie sich an, um den Eintrag zu bestätigen.",
    see_entry: "Eintrag ansehen",
    propose_changes: "Anmelden und Änderungen vorschlagen",
    propose: "Änderung vorschlagen",
    proposal_title: "Änderung vorschlagen",
    send_proposal: "Vorschlag senden",
    cancel: "Abbrechen",
    sent: "Danke! Ihr Vorschlag wartet auf die Prüfung durch die Koordinierungsstelle.",
    proposals: "Ihre Vorschläge",
    waiting: "wartet auf Prüfung",
    accepted: "übernommen",
    accepted_fields: "Übernommen:",
    declined: "abgelehnt",
    reason: "Grund:",
    proposed_on: "Vorgeschlagen am",
    no_networks: "Zu diesem Zugang gehört zurzeit kein Netzwerk auf der Karte.",
    field_name: "Name",
    field_organiser: "Träger (eine Organisation)",
    field_district: "Stadtbezirk",
    citywide: "Stadtweit",
    field_description: "Beschreibung",
    field_activities: "Aktivitäten",
    field_languages: "Sprachen",
    field_place: "Ort / Adresse",
    field_phone: "Telefon",
    field_email: "E-Mail",
    field_website: "Internet",
    organisations_only: "Nur Kontakte der Organisation, keine privaten Nummern oder Adressen.",
};

pub const EN: Words = Words {
    lang: "en",
    title: "My network",
    link_intro: "This link signs you in for your network. It works once.",
    sign_in: "Sign in now",
    signing_in: "Signing you in …",
    no_token: "This link is incomplete. Please open it straight from the e-mail, or ask for a new one.",
    link_spent: "This link no longer works: it was used already or has expired. Just ask for a new one.",
    ask_intro: "For the networks' entries on the map. Enter the e-mail address of your network access: you get a link to sign in, valid for 30 minutes.",
    email: "E-mail address",
    ask: "Ask for a link",
    asked: "If this address has a network access, a link is on its way to it.",
    ask_no_mail: "This website sends no e-mail at the moment. The coordination office gives you a new link.",
    sign_out: "Sign out",
    signed_out: "You are signed out.",
    unreachable: "No connection to the server. Please try again.",
    terms_title: "Before you change anything",
    terms: [
        "Entries name contacts of organisations: never private persons, and never the people who are helped.",
        "What you write is published with the map, also as open data under its licence.",
        "The coordination office reviews your changes and may decline them.",
        "Volunteers who allow you to contact them directly are shown to you for that alone: do not pass their details on, and delete your copies as soon as someone takes back the permission or does not take part.",
    ],
    accept_terms: "I agree",
    public_entry: "The entry as the public sees it",
    confirmed_on: "Confirmed on",
    by_network: "by the network",
    by_coordination: "by the coordination office",
    not_confirmed: "Not confirmed yet",
    all_correct: "Everything is still correct",
    confirmed_now: "Thank you! The entry is confirmed by the network today.",
    reminder_title: "Please confirm",
    reminder_soon: "Is everything still right? Otherwise the map soon shows the entry as \"Information may be out of date\", from",
    reminder_stale: "The map shows the entry as \"Information may be out of date\". Is everything still right?",
    still_correct: "Still correct",
    one_click_intro: "Is your network's information on the Netzwerkkarte still right? Then confirm it with one click.",
    one_click_done: "Thank you! Confirmed:",
    agree_and_confirm: "I agree – and: still correct",
    confirm_link_spent: "This link no longer works: it has expired, was used already, or the entry has changed since. Sign in to confirm the entry.",
    see_entry: "See the entry",
    propose_changes: "Sign in and propose changes",
    propose: "Propose a change",
    proposal_title: "Propose a change",
    send_proposal: "Send proposal",
    cancel: "Cancel",
    sent: "Thank you! Your proposal waits for the coordination office's review.",
    proposals: "Your proposals",
    waiting: "waiting for review",
    accepted: "accepted",
    accepted_fields: "Accepted:",
    declined: "declined",
    reason: "Reason:",
    proposed_on: "Proposed on",
    no_networks: "No network on the map belongs to this access at the moment.",
    field_name: "Name",
    field_organiser: "Organisation behind it",
    field_district: "District (Stadtbezirk)",
    citywide: "City-wide",
    field_description: "Description",
    field_activities: "Activities",
    field_languages: "Languages",
    field_place: "Place / address",
    field_phone: "Phone",
    field_email: "E-mail",
    field_website: "Website",
    organisations_only: "Only the organisation's contacts, no private numbers or addresses.",
};

pub fn of(language: EditorLanguage) -> &'static Words {
    match language {
        EditorLanguage::De => &DE,
        EditorLanguage::En => &EN,
    }
}

/// The language a page asks for before anyone is signed in: `?lang=en` (the invitation's link
/// says it), else German.
pub fn from_query(search: &str) -> EditorLanguage {
    let en = search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "lang=en");
    if en {
        EditorLanguage::En
    } else {
        EditorLanguage::De
    }
}

/// An activity's name in the area's language.
pub fn activity(words: &Words, activity: model::Activity) -> &'static str {
    if words.lang == "de" {
        activity_de(activity)
    } else {
        activity_en(activity)
    }
}

pub fn activity_de(activity: model::Activity) -> &'static str {
    activity.label_de()
}

pub fn activity_en(activity: model::Activity) -> &'static str {
    match activity.key() {
        "sprachcafe" => "Language café",
        "patenschaften" => "Mentoring",
        "hausaufgabenhilfe" => "Homework help",
        "beratung" => "Advice",
        "freizeit" => "Leisure",
        "sachspenden" => "Donations in kind",
        "begegnung" => "Meeting people",
        "kinder-familien" => "Children and families",
        _ => activity.label_de(),
    }
}

/// A date-time's day as `03.12.2026` (German) or `2026-12-03` (English).
pub fn day(words: &Words, iso: &str) -> String {
    if words.lang == "de" {
        crate::i18n::german_date(iso)
    } else {
        iso.get(..10).unwrap_or(iso).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_comes_from_the_link_else_german() {
        assert_eq!(from_query("?lang=en"), EditorLanguage::En);
        assert_eq!(from_query("?x=1&lang=en"), EditorLanguage::En);
        assert_eq!(from_query("?lang=ar"), EditorLanguage::De);
        assert_eq!(from_query(""), EditorLanguage::De);
    }

    #[test]
    fn every_activity_has_an_english_name() {
        for a in model::Activity::ALL {
            assert_ne!(activity(&EN, a), a.label_de(), "{}", a.key());
        }
    }
}
