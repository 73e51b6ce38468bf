//! A volunteer's registration: the wire format, and the one set of rules that the browser
//! (as the person types) and the Worker (before anything is stored) both apply.

use crate::activity::Activity;
use crate::codes::Code;
use crate::validate::PHONE_MAX_CHARS;
use crate::validate::{is_email, is_phone, is_slug, Errors, FieldErrors, Text, EMAIL_MAX_CHARS};
use crate::{district, language};
use serde::{Deserialize, Serialize};

pub mod required;
pub mod wire;

/// The version of the privacy notice a person agrees to; bump it when /datenschutz changes.
pub const CONSENT_VERSION: &str = "2026-12-04.2";
/// The longest message accepted.
pub const MAX_MESSAGE_CHARS: usize = 1000;
/// A name's length: at least this many characters once trimmed…
pub const NAME_MIN_CHARS: usize = 2;
/// …and at most this many as sent.
pub const NAME_MAX_CHARS: usize = 100;
/// The longest "other languages" text.
pub const LANGUAGES_OTHER_MAX_CHARS: usize = 100;
/// The longest honeypot value.
pub const WEBSITE_MAX_CHARS: usize = 200;
/// The largest request body accepted, checked while it is read. Every body the rules allow
/// fits, even with each character escaped as JSON's `\uXXXX\uXXXX` (12 bytes).
pub const MAX_BODY_BYTES: usize = 32 * 1024;

pub const WEEKDAYS: [(&str, &str); 7] = [
    ("mon", "Montag"),
    ("tue", "Dienstag"),
    ("wed", "Mittwoch"),
    ("thu", "Donnerstag"),
    ("fri", "Freitag"),
    ("sat", "Samstag"),
    ("sun", "Sonntag"),
];
pub const DAYTIMES: [(&str, &str); 3] = [
    ("morning", "vormittags"),
    ("afternoon", "nachmittags"),
    ("evening", "abends"),
];
pub const BY_ARRANGEMENT: &str = "by-arrangement";

/// How the person wants to be contacted.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactVia {
    #[default]
    Email,
    Phone,
}

impl ContactVia {
    /// The name on the wire and in the database.
    pub fn key(self) -> &'static str {
        match self {
            ContactVia::Email => "email",
            ContactVia::Phone => "phone",
        }
    }
}

/// What the form sends (`POST /api/registrations`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationInput {
    pub name: String,
    pub email: String,
    #[serde(default)]
    pub phone: Option<String>,
    pub contact_via: ContactVia,
    #[serde(default)]
    pub districts: Vec<u16>,
    #[serde(default)]
    pub network: Option<String>,
    /// The need ("Gesuch") this registration answers: its address (`?gesuch=` of the link).
    #[serde(default)]
    pub need: Option<String>,
    #[serde(default)]
    pub interests: Vec<Activity>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub languages_other: Option<String>,
    #[serde(default)]
    pub availability: Vec<String>,
    #[serde(default)]
    pub message: Option<String>,
    pub consent: bool,
    /// A short mail when the coordinators have placed them with a network (only offered with
    /// mail switched on).
    #[serde(default)]
    pub notify_placed: bool,
    /// Answering a need of a network with an editor: that network may contact them directly
    /// (and sees their name, their chosen way of contact, languages and times). Not ticked
    /// unless they tick it; withdrawn on their own page.
    #[serde(default)]
    pub network_contact: bool,
    pub consent_version: String,
    /// The honeypot: people never see it, so it stays empty.
    #[serde(default)]
    pub website: String,
    /// What the form was opened with (a need, a network, a district, nothing): only counted
    /// for the report, never shown.
    #[serde(default)]
    pub opened_with: Option<crate::report::OpenedWith>,
}

/// True for `mon-evening` … `sun-morning`.
pub fn is_time_slot(item: &str) -> bool {
    item.split_once('-').is_some_and(|(day, time)| {
        WEEKDAYS.iter().any(|(d, _)| *d == day) && DAYTIMES.iter().any(|(t, _)| *t == time)
    })
}

impl RegistrationInput {
    /// The rules. Messages are short, plain German, for the field they name.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        self.check_person(&mut errors);
        self.check_choices(&mut errors);
        let message = self.message.as_deref().unwrap_or_default();
        errors.max_chars("message", message, MAX_MESSAGE_CHARS, Code::MessageTooLong);
        errors.clean_text("message", message, Text::Lines);
        let languages_other = self.languages_other.as_deref().unwrap_or_default();
        errors.clean_text("languages_other", languages_other, Text::Line);
        if self.network_contact && self.need.as_deref().is_none_or(str::is_empty) {
            errors.add(
                "network_contact",
                Code::NetworkContactWithoutNeed,
                "Ein Netzwerk kann Sie nur zu einem Gesuch direkt kontaktieren.",
            );
        }
        if !self.consent {
            errors.add(
                "consent",
                Code::ConsentRequired,
                "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
            );
        }
        if self.consent_version != CONSENT_VERSION {
            errors.add(
                "consent_version",
                Code::ConsentVersionOutdated,
                "Bitte laden Sie die Seite neu: die Datenschutzhinweise haben sich geändert.",
            );
        }
        errors.max_chars(
            "website",
            &self.website,
            WEBSITE_MAX_CHARS,
            Code::WebsiteTooLong,
        );
        errors.finish()
    }

    /// Name, e-mail address and phone number.
    fn check_person(&self, errors: &mut Errors) {
        errors.min_chars("name", &self.name, NAME_MIN_CHARS, Code::NameTooShort);
        errors.max_chars("name", &self.name, NAME_MAX_CHARS, Code::NameTooLong);
        errors.clean_text("name", &self.name, Text::Line);
        let email = self.email.trim();
        if email.is_empty() {
            errors.add(
                "email",
                Code::EmailRequired,
                "Bitte geben Sie Ihre E-Mail-Adresse an.",
            );
        } else if self.email.chars().count() > EMAIL_MAX_CHARS || !is_email(email) {
            errors.add(
                "email",
                Code::EmailInvalid,
                "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.",
            );
        }
        let raw_phone = self.phone.as_deref().unwrap_or_default();
        let phone = Some(raw_phone.trim()).filter(|p| !p.is_empty());
        if raw_phone.chars().count() > PHONE_MAX_CHARS || phone.is_some_and(|p| !is_phone(p)) {
            errors.add(
                "phone",
                Code::PhoneInvalid,
                "Bitte eine Telefonnummer wie 0531 123456 angeben.",
            );
        } else if phone.is_none() && self.contact_via == ContactVia::Phone {
            errors.add(
                "phone",
                Code::PhoneRequired,
                "Für einen Anruf brauchen wir Ihre Telefonnummer.",
            );
        }
    }

    /// Districts or a network, interests, languages, times.
    fn check_choices(&self, errors: &mut Errors) {
        if self.districts.len() > district::STADTBEZIRKE.len()
            || self
                .districts
                .iter()
                .any(|n| district::name_of(*n).is_none())
            || has_duplicates(&self.districts)
        {
            errors.add(
                "districts",
                Code::DistrictsUnknown,
                "Bitte nur Stadtbezirke aus der Liste wählen.",
            );
        }
        let network = self.network.as_deref().filter(|n| !n.is_empty());
        if network.is_some_and(|n| !is_slug(n)) {
            errors.add(
                "network",
                Code::NetworkUnknown,
                "Dieses Netzwerk gibt es nicht.",
            );
        }
        if self
            .need
            .as_deref()
            .is_some_and(|n| !n.is_empty() && !is_slug(n))
        {
            errors.add("need", Code::NeedUnknown, "Dieses Gesuch gibt es nicht.");
        }
        if self.districts.is_empty() && network.is_none() {
            errors.add(
                "districts",
                Code::DistrictsRequired,
                "Bitte wählen Sie mindestens einen Stadtbezirk oder ein Netzwerk.",
            );
        }
        if has_duplicates(&self.interests) {
            errors.add(
                "interests",
                Code::InterestsDuplicate,
                "Jedes Interesse nur einmal.",
            );
        }
        if self.languages.iter().any(|code| !language::is_known(code))
            || has_duplicates(&self.languages)
        {
            errors.add(
                "languages",
                Code::LanguagesUnknown,
                "Bitte nur Sprachen aus der Liste wählen.",
            );
        }
        let other = self.languages_other.as_deref().unwrap_or_default();
        errors.max_chars(
            "languages_other",
            other,
            LANGUAGES_OTHER_MAX_CHARS,
            Code::LanguagesOtherTooLong,
        );
        if self.languages.is_empty() && other.trim().is_empty() {
            errors.add(
                "languages",
                Code::LanguagesRequired,
                "Bitte wählen Sie mindestens eine Sprache.",
            );
        }
        let arrangement = self.availability.iter().any(|a| a == BY_ARRANGEMENT);
        if self.availability.is_empty() {
            errors.add(
                "availability",
                Code::AvailabilityRequired,
                "Bitte sagen Sie uns, wann Sie Zeit haben.",
            );
        } else if (arrangement && self.availability.len() > 1)
            || self
                .availability
                .iter()
                .any(|a| a != BY_ARRANGEMENT && !is_time_slot(a))
            || has_duplicates(&self.availability)
        {
            errors.add(
                "availability",
                Code::AvailabilityUnknown,
                "Bitte Zeiten aus der Liste wählen, oder „nach Absprache“.",
            );
        }
    }

    /// The honeypot was filled in: a bot, answered like a person, but nothing is stored.
    pub fn is_bot(&self) -> bool {
        !self.website.trim().is_empty()
    }

    /// The input as stored: e-mail trimmed, empty optional fields as `None`.
    pub fn normalised(&self) -> Self {
        let optional = |value: &Option<String>| {
            value
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(String::from)
        };
        Self {
            name: self.name.trim().to_string(),
            email: self.email.trim().to_string(),
            phone: optional(&self.phone),
            network: optional(&self.network),
            need: optional(&self.need),
            languages_other: optional(&self.languages_other),
            message: optional(&self.message),
            ..self.clone()
        }
    }
}

fn has_duplicates<T: Ord + Clone>(items: &[T]) -> bool {
    let mut sorted = items.to_vec();
    sorted.sort_unstable();
    sorted.windows(2).any(|pair| pair[0] == pair[1])
}

/// Applies what the link the form was opened from preselects (`?bezirk=130`, `?netzwerk=slug`,
/// `?gesuch=slug`: the need it answers).
pub fn preselect(input: &mut RegistrationInput, query: &str) {
    for pair in query.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("bezirk", value)) => {
                if let Some(number) = value
                    .parse::<u16>()
                    .ok()
                    .filter(|n| crate::district::name_of(*n).is_some())
                {
                    if !input.districts.contains(&number) {
                        input.districts.push(number);
                    }
                }
            }
            Some(("netzwerk", value)) if crate::validate::is_slug(value) => {
                input.network = Some(value.to_string());
            }
            Some(("gesuch", value)) if crate::validate::is_slug(value) => {
                input.need = Some(value.to_string());
            }
            _ => {}
        }
    }
    input.opened_with = Some(opened_with(input));
}

/// How a form with these preselections was opened: a need before a network before a district.
pub fn opened_with(input: &RegistrationInput) -> crate::report::OpenedWith {
    use crate::report::OpenedWith;
    if input.need.is_some() {
        OpenedWith::Need
    } else if input.network.is_some() {
        OpenedWith::Network
    } else if !input.districts.is_empty() {
        OpenedWith::District
    } else {
        OpenedWith::Direct
    }
}

#[cfg(test)]
mod tests;
