//! The words of a network's needs and answers in the editors' area, German and English; every
//! text a field, so neither language can miss one.

use super::words::Words;
use model::need::answer::FirstContact;
use model::NeedStatus;

pub struct NeedWords {
    pub heading: &'static str,
    pub trusted: &'static str,
    pub reviewed: &'static str,
    pub new_need: &'static str,
    pub none: &'static str,
    pub waiting_heading: &'static str,
    pub waiting_line: &'static str,
    pub status_open: &'static str,
    pub status_filled: &'static str,
    pub status_closed: &'static str,
    pub expired: &'static str,
    pub until: &'static str,
    pub change: &'static str,
    pub extend: &'static str,
    pub extend_to: &'static str,
    pub filled: &'static str,
    pub close: &'static str,
    pub reopen: &'static str,
    pub answers: &'static str,
    pub no_answers: &'static str,
    pub answered_on: &'static str,
    pub by_mail: &'static str,
    pub by_phone: &'static str,
    pub languages: &'static str,
    pub times: &'static str,
    pub by_arrangement: &'static str,
    /// Monday to Sunday, then morning, afternoon, evening (the form's slots' order).
    pub weekdays: [&'static str; 7],
    pub daytimes: [&'static str; 3],
    pub contacted: &'static str,
    pub fits: &'static str,
    pub no_fit: &'static str,
    pub not_contacted: &'static str,
    pub answers_hint: &'static str,
    pub form_title: &'static str,
    pub form_hint: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub activity: &'static str,
    pub place: &'static str,
    pub when: &'static str,
    pub people: &'static str,
    pub valid_until: &'static str,
    pub welcome_languages: &'static str,
    pub save: &'static str,
    pub published: &'static str,
    pub waits: &'static str,
    pub changed: &'static str,
    pub proposals: &'static str,
    pub proposal_new: &'static str,
    pub proposal_change: &'static str,
}

pub const DE: NeedWords = NeedWords {
    heading: "Gesuche",
    trusted: "Ihre Gesuche gehen sofort online.",
    reviewed: "Neue Gesuche und Änderungen prüft die Koordinierungsstelle, bevor sie online gehen.",
    new_need: "Neues Gesuch",
    none: "Zurzeit keine Gesuche.",
    waiting_heading: "Bitte melden Sie sich",
    waiting_line: "wartet seit mehr als 3 Tagen auf Ihren Kontakt:",
    status_open: "offen",
    status_filled: "besetzt",
    status_closed: "geschlossen",
    expired: "abgelaufen",
    until: "gesucht bis",
    change: "Ändern",
    extend: "Verlängern",
    extend_to: "Neuer letzter Tag",
    filled: "Besetzt",
    close: "Schließen",
    reopen: "Wieder öffnen",
    answers: "Antworten, die Sie sehen dürfen",
    no_answers: "Noch keine Antwort, die Sie sehen dürfen.",
    answered_on: "gemeldet am",
    by_mail: "per E-Mail",
    by_phone: "per Telefon",
    languages: "Sprachen",
    times: "Zeiten",
    by_arrangement: "nach Absprache",
    weekdays: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    daytimes: ["vormittags", "nachmittags", "abends"],
    contacted: "Kontakt aufgenommen",
    fits: "Passt",
    no_fit: "Passt nicht",
    not_contacted: "noch kein Kontakt",
    answers_hint: "Sie sehen nur, wer sich gemeldet, die Anmeldung bestätigt und Ihnen den direkten Kontakt erlaubt hat – bis 30 Tage nach dem Ende des Gesuchs. Nur für den Kontakt zu diesem Gesuch; bitte nicht weitergeben.",
    form_title: "Gesuch",
    form_hint: "Beschreiben Sie die Aufgabe, nicht die Menschen: keine Namen, keine Angaben zu Gesundheit, Religion oder Herkunft, keine Telefonnummern oder E-Mail-Adressen. Wer helfen möchte, meldet sich über die Karte.",
    title: "Titel",
    description: "Beschreibung",
    activity: "Art der Hilfe",
    place: "Ort (ein Treffpunkt, keine Privatadresse)",
    when: "Wann",
    people: "Wie viele Menschen?",
    valid_until: "Gesucht bis (höchstens 6 Monate)",
    welcome_languages: "Sprachen willkommen",
    save: "Speichern",
    published: "Das Gesuch ist online.",
    waits: "Danke! Die Koordinierungsstelle prüft das Gesuch.",
    changed: "Gespeichert.",
    proposals: "Ihre Gesuche in Prüfung",
    proposal_new: "Neues Gesuch",
    proposal_change: "Änderung",
};

pub const EN: NeedWords = NeedWords {
    heading: "Requests for help",
    trusted: "Your requests go online at once.",
    reviewed: "The coordination office reviews new requests and changes before they go online.",
    new_need: "New request",
    none: "No requests at the moment.",
    waiting_heading: "Please get in touch",
    waiting_line: "has waited more than 3 days for your contact:",
    status_open: "open",
    status_filled: "filled",
    status_closed: "closed",
    expired: "expired",
    until: "looked for until",
    change: "Change",
    extend: "Extend",
    extend_to: "New last day",
    filled: "Filled",
    close: "Close",
    reopen: "Open again",
    answers: "Answers you may see",
    no_answers: "No answer you may see yet.",
    answered_on: "answered on",
    by_mail: "by e-mail",
    by_phone: "by phone",
    languages: "Languages",
    times: "Times",
    by_arrangement: "by arrangement",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    daytimes: ["mornings", "afternoons", "evenings"],
    contacted: "Got in touch",
    fits: "A good fit",
    no_fit: "Not a fit",
    not_contacted: "no contact yet",
    answers_hint: "You only see who answered, confirmed their registration and allowed you to contact them directly – until 30 days after the request ended. For contact about this request only; please do not pass it on.",
    form_title: "Request",
    form_hint: "Describe the task, not the people: no names, nothing on health, religion or origin, no phone numbers or e-mail addresses. People who want to help answer through the map.",
    title: "Title",
    description: "Description",
    activity: "Kind of help",
    place: "Place (a meeting point, no private address)",
    when: "When",
    people: "How many people?",
    valid_until: "Looked for until (6 months at most)",
    welcome_languages: "Languages welcome",
    save: "Save",
    published: "The request is online.",
    waits: "Thank you! The coordination office reviews the request.",
    changed: "Saved.",
    proposals: "Your requests under review",
    proposal_new: "New request",
    proposal_change: "Change",
};

/// The needs' words for the area's language.
pub fn of(words: &Words) -> &'static NeedWords {
    if words.lang == "de" {
        &DE
    } else {
        &EN
    }
}

/// A need's state in a word.
pub fn status(words: &NeedWords, status: NeedStatus, expired: bool) -> &'static str {
    match status {
        NeedStatus::Open if expired => words.expired,
        NeedStatus::Open => words.status_open,
        NeedStatus::Filled => words.status_filled,
        NeedStatus::Closed => words.status_closed,
    }
}

/// A volunteer's times in words: "nach Absprache", or "Di nachmittags, Sa vormittags".
pub fn times(words: &NeedWords, availability: &[String]) -> String {
    use model::registration::{BY_ARRANGEMENT, DAYTIMES, WEEKDAYS};
    let slot = |item: &String| -> Option<String> {
        let (day, time) = item.split_once('-')?;
        let d = WEEKDAYS.iter().position(|(key, _)| *key == day)?;
        let t = DAYTIMES.iter().position(|(key, _)| *key == time)?;
        Some(format!("{} {}", words.weekdays[d], words.daytimes[t]))
    };
    if availability.iter().any(|a| a == BY_ARRANGEMENT) {
        return words.by_arrangement.to_string();
    }
    availability
        .iter()
        .filter_map(slot)
        .collect::<Vec<_>>()
        .join(", ")
}

/// How a first contact stands, in words.
pub fn first_contact(words: &NeedWords, state: Option<FirstContact>) -> &'static str {
    match state {
        None => words.not_contacted,
        Some(FirstContact::Contacted) => words.contacted,
        Some(FirstContact::Fits) => words.fits,
        Some(FirstContact::NoFit) => words.no_fit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_need_and_a_contact_read_as_words() {
        assert_eq!(status(&DE, NeedStatus::Open, true), "abgelaufen");
        assert_eq!(status(&EN, NeedStatus::Filled, false), "filled");
        assert_eq!(first_contact(&DE, None), "noch kein Kontakt");
        let slots = ["tue-afternoon".to_string(), "sat-morning".to_string()];
        assert_eq!(times(&DE, &slots), "Di nachmittags, Sa vormittags");
        assert_eq!(times(&EN, &["by-arrangement".into()]), "by arrangement");
        assert_eq!(first_contact(&EN, Some(FirstContact::NoFit)), "Not a fit");
    }
}
