//! A volunteer's registration: the wire format, and the one set of rules that the browser
//! (as the person types) and the Worker (before anything is stored) both apply.

use crate::activity::Activity;
use crate::validate::{is_email, is_phone, is_slug, Errors, FieldErrors};
use crate::{district, language};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The version of the privacy notice a person agrees to; bump it when /datenschutz changes.
pub const CONSENT_VERSION: &str = "2026-11";
/// The longest message accepted.
pub const MAX_MESSAGE_CHARS: usize = 1000;
/// The largest request body accepted, checked before anything is parsed.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

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
    pub consent_version: String,
    /// The honeypot: people never see it, so it stays empty.
    #[serde(default)]
    pub website: String,
}

/// The wire fields, in the order the form shows them.
pub const FIELDS: [&str; 14] = [
    "name",
    "email",
    "phone",
    "contact_via",
    "districts",
    "network",
    "interests",
    "languages",
    "languages_other",
    "availability",
    "message",
    "consent",
    "consent_version",
    "website",
];

/// True for `mon-evening` … `sun-morning`.
pub fn is_time_slot(item: &str) -> bool {
    item.split_once('-').is_some_and(|(day, time)| {
        WEEKDAYS.iter().any(|(d, _)| *d == day) && DAYTIMES.iter().any(|(t, _)| *t == time)
    })
}

impl RegistrationInput {
    /// Reads a parsed JSON body field by field, so that an unknown field or a value of the
    /// wrong type is reported under its own name (422), like any other invalid value.
    pub fn from_json(value: &Value) -> Result<Self, FieldErrors> {
        let mut errors = Errors::default();
        let Some(object) = value.as_object() else {
            errors.add("body", "Erwartet wird ein JSON-Objekt.");
            return Err(errors.0);
        };
        for key in object.keys().filter(|key| !FIELDS.contains(&key.as_str())) {
            errors.add(key, "Unbekanntes Feld.");
        }
        let mut fields = serde_json::Map::new();
        for field in FIELDS {
            let required = matches!(
                field,
                "name" | "email" | "contact_via" | "consent" | "consent_version"
            );
            match object.get(field) {
                None | Some(Value::Null) => {
                    if required {
                        errors.add(field, "Bitte ausfüllen.");
                    }
                }
                Some(value) => match check_type(field, value) {
                    Ok(()) => {
                        fields.insert(field.to_string(), value.clone());
                    }
                    Err(message) => errors.add(field, message),
                },
            }
        }
        if !errors.0.is_empty() {
            return Err(errors.0);
        }
        // Every field has the right type now, so this cannot fail; if it did, say so.
        serde_json::from_value(Value::Object(fields)).map_err(|_| {
            let mut errors = Errors::default();
            errors.add("body", "Die Angaben sind nicht lesbar.");
            errors.0
        })
    }

    /// The rules. Messages are short, plain German, for the field they name.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        let name = self.name.trim();
        errors.length("name", name, 2, 100);
        if name.chars().any(char::is_control) {
            errors.add("name", "Bitte nur Buchstaben und Satzzeichen.");
        }
        let email = self.email.trim();
        if email.is_empty() {
            errors.add("email", "Bitte geben Sie Ihre E-Mail-Adresse an.");
        } else if !is_email(email) {
            errors.add(
                "email",
                "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.",
            );
        }
        let phone = self
            .phone
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        match phone {
            Some(phone) if !is_phone(phone) => {
                errors.add("phone", "Bitte eine Telefonnummer wie 0531 123456 angeben.");
            }
            None if self.contact_via == ContactVia::Phone => {
                errors.add("phone", "Für einen Anruf brauchen wir Ihre Telefonnummer.");
            }
            _ => {}
        }
        if self.districts.len() > district::STADTBEZIRKE.len()
            || self
                .districts
                .iter()
                .any(|n| district::name_of(*n).is_none())
            || has_duplicates(&self.districts)
        {
            errors.add("districts", "Bitte nur Stadtbezirke aus der Liste wählen.");
        }
        let network = self.network.as_deref().filter(|n| !n.is_empty());
        if network.is_some_and(|n| !is_slug(n)) {
            errors.add("network", "Dieses Netzwerk gibt es nicht.");
        }
        if self.districts.is_empty() && network.is_none() {
            errors.add(
                "districts",
                "Bitte wählen Sie mindestens einen Stadtbezirk oder ein Netzwerk.",
            );
        }
        if has_duplicates(&self.interests) {
            errors.add("interests", "Jedes Interesse nur einmal.");
        }
        if self.languages.iter().any(|code| !language::is_known(code))
            || has_duplicates(&self.languages)
        {
            errors.add("languages", "Bitte nur Sprachen aus der Liste wählen.");
        }
        let other = self.languages_other.as_deref().unwrap_or_default().trim();
        errors.length("languages_other", other, 0, 100);
        if self.languages.is_empty() && other.is_empty() {
            errors.add("languages", "Bitte wählen Sie mindestens eine Sprache.");
        }
        let arrangement = self.availability.iter().any(|a| a == BY_ARRANGEMENT);
        if self.availability.is_empty() {
            errors.add("availability", "Bitte sagen Sie uns, wann Sie Zeit haben.");
        } else if (arrangement && self.availability.len() > 1)
            || self
                .availability
                .iter()
                .any(|a| a != BY_ARRANGEMENT && !is_time_slot(a))
            || has_duplicates(&self.availability)
        {
            errors.add(
                "availability",
                "Bitte Zeiten aus der Liste wählen, oder „nach Absprache“.",
            );
        }
        let message = self.message.as_deref().unwrap_or_default();
        if message.chars().count() > MAX_MESSAGE_CHARS {
            errors.add("message", format!("Höchstens {MAX_MESSAGE_CHARS} Zeichen."));
        }
        if !self.consent {
            errors.add(
                "consent",
                "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
            );
        }
        if self.consent_version != CONSENT_VERSION {
            errors.add(
                "consent_version",
                "Bitte laden Sie die Seite neu: die Datenschutzhinweise haben sich geändert.",
            );
        }
        errors.length("website", &self.website, 0, 200);
        errors.finish()
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
            email: self.email.trim().to_string(),
            phone: optional(&self.phone),
            network: optional(&self.network),
            languages_other: optional(&self.languages_other),
            message: self.message.clone().filter(|m| !m.trim().is_empty()),
            ..self.clone()
        }
    }
}

fn check_type(field: &str, value: &Value) -> Result<(), &'static str> {
    let ok = match field {
        "name" | "email" | "consent_version" | "website" => value.is_string(),
        "phone" | "network" | "languages_other" | "message" => value.is_string(),
        "contact_via" => matches!(value.as_str(), Some("email" | "phone")),
        "consent" => value.is_boolean(),
        "districts" => value.as_array().is_some_and(|items| {
            items
                .iter()
                .all(|item| item.as_u64().is_some_and(|n| n <= u64::from(u16::MAX)))
        }),
        "interests" => value.as_array().is_some_and(|items| {
            items
                .iter()
                .all(|item| item.as_str().and_then(Activity::from_key).is_some())
        }),
        "languages" | "availability" => value
            .as_array()
            .is_some_and(|items| items.iter().all(Value::is_string) && items.len() <= 50),
        _ => true,
    };
    if ok {
        return Ok(());
    }
    Err(match field {
        "contact_via" => "Bitte „email“ oder „phone“.",
        "consent" => "Erwartet: true oder false.",
        "districts" => "Erwartet: eine Liste von Bezirksnummern.",
        "interests" => "Bitte nur Interessen aus der Liste.",
        "languages" | "availability" => "Erwartet: eine Liste von Texten.",
        _ => "Erwartet: ein Text.",
    })
}

fn has_duplicates<T: Ord + Clone>(items: &[T]) -> bool {
    let mut sorted = items.to_vec();
    sorted.sort_unstable();
    sorted.windows(2).any(|pair| pair[0] == pair[1])
}

#[cfg(test)]
#[path = "registration_tests.rs"]
mod tests;
