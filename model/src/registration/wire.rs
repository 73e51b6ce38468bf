//! How a registration's JSON body is read: field by field, so an unknown field or a value of
//! the wrong type is reported under its own name (422), like any other invalid value.

use crate::activity::Activity;
use crate::codes::Code;
use crate::registration::RegistrationInput;
use crate::report::OpenedWith;
use crate::validate::{Errors, FieldErrors};
use serde_json::Value;

/// The wire fields, in the order the form shows them.
pub const FIELDS: [&str; 18] = [
    "name",
    "email",
    "phone",
    "contact_via",
    "districts",
    "network",
    "need",
    "interests",
    "languages",
    "languages_other",
    "availability",
    "message",
    "consent",
    "notify_placed",
    "network_contact",
    "consent_version",
    "website",
    "opened_with",
];

impl RegistrationInput {
    /// Reads a parsed JSON body field by field, so that an unknown field or a value of the
    /// wrong type is reported under its own name (422), like any other invalid value.
    pub fn from_json(value: &Value) -> Result<Self, FieldErrors> {
        let mut errors = Errors::default();
        let Some(object) = errors.object(value, &FIELDS) else {
            return Err(errors.0);
        };
        let mut fields = serde_json::Map::new();
        for field in FIELDS {
            match object.get(field) {
                // `null` is the same as leaving a field out.
                None | Some(Value::Null) => {
                    if let Some(code) = required_code(field) {
                        errors.add(field, code, "Bitte ausfüllen.");
                    }
                }
                Some(value) => match check_type(field, value) {
                    Ok(()) => {
                        fields.insert(field.to_string(), value.clone());
                    }
                    Err((code, message)) => errors.add(field, code, message),
                },
            }
        }
        if !errors.0.is_empty() {
            return Err(errors.0);
        }
        // Every field has the right type now, so this cannot fail; if it did, say so.
        serde_json::from_value(Value::Object(fields)).map_err(|_| {
            let mut errors = Errors::default();
            errors.add("body", Code::BodyInvalid, "Die Angaben sind nicht lesbar.");
            errors.0
        })
    }
}

/// The code of a required field that is missing.
fn required_code(field: &str) -> Option<Code> {
    Some(match field {
        "name" => Code::NameRequired,
        "email" => Code::EmailRequired,
        "contact_via" => Code::ContactViaRequired,
        "consent" => Code::ConsentRequired,
        "consent_version" => Code::ConsentVersionRequired,
        _ => return None,
    })
}

fn check_type(field: &str, value: &Value) -> Result<(), (Code, &'static str)> {
    let ok = match field {
        "name" | "email" | "consent_version" | "website" => value.is_string(),
        "phone" | "network" | "need" | "languages_other" | "message" => value.is_string(),
        "contact_via" => matches!(value.as_str(), Some("email" | "phone")),
        "consent" | "notify_placed" | "network_contact" => value.is_boolean(),
        "opened_with" => value
            .as_str()
            .is_some_and(|v| OpenedWith::ALL.iter().any(|o| o.key() == v)),
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
        "contact_via" => (Code::ContactViaUnknown, "Bitte „email“ oder „phone“."),
        "interests" => (
            Code::InterestsUnknown,
            "Bitte nur Interessen aus der Liste.",
        ),
        "consent" | "notify_placed" | "network_contact" => {
            (Code::FieldWrongType, "Erwartet: true oder false.")
        }
        "districts" => (
            Code::FieldWrongType,
            "Erwartet: eine Liste von Bezirksnummern.",
        ),
        "languages" | "availability" => (Code::FieldWrongType, "Erwartet: eine Liste von Texten."),
        "opened_with" => (
            Code::FieldWrongType,
            "Erwartet: „need“, „network“, „district“ oder „direct“.",
        ),
        _ => (Code::FieldWrongType, "Erwartet: ein Text."),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_issue_example_is_valid() {
        let body = json!({"name": "Amira Beispiel", "email": "amira@example.org", "phone": "0531 123456",
            "contact_via": "email", "districts": [130], "network": "refugium-fluechtlingshilfe",
            "interests": ["sprachcafe"], "languages": ["de", "ar"], "languages_other": "",
            "availability": ["mon-evening", "sat-morning"], "message": "…", "consent": true,
            "consent_version": "2026-12-04.2", "website": ""});
        let input = RegistrationInput::from_json(&body).unwrap();
        assert_eq!(input.validate(), Ok(()));
        assert!(!input.is_bot());
    }

    #[test]
    fn optional_fields_may_be_left_out() {
        let body = json!({"name": "Jo", "email": "jo@example.org", "contact_via": "email", "districts": [221],
            "languages": ["de"], "availability": ["by-arrangement"], "consent": true, "consent_version": "2026-12-04.2"});
        let input = RegistrationInput::from_json(&body).unwrap();
        assert_eq!(input.validate(), Ok(()));
    }

    #[test]
    fn unknown_fields_and_wrong_types_are_named() {
        let body = json!({"name": 5, "email": "a@b.de", "contact_via": "fax", "districts": "130",
            "consent": "yes", "consent_version": "2026-12-04.2", "admin": true});
        let errors = RegistrationInput::from_json(&body).unwrap_err();
        let fields: Vec<&str> = errors.keys().map(String::as_str).collect();
        assert_eq!(
            fields,
            ["admin", "consent", "contact_via", "districts", "name"]
        );
        assert!(RegistrationInput::from_json(&json!([1, 2]))
            .unwrap_err()
            .contains_key("body"));
        assert!(RegistrationInput::from_json(&json!({}))
            .unwrap_err()
            .contains_key("email"));
    }
}
