//! "Barriere melden": a report of an accessibility barrier, sent from /barrierefreiheit
//! (`POST /api/feedback`), and the coordinators' view of the reports. The same rules run in
//! the browser and in the Worker, as for a registration.

use crate::codes::Code;
use crate::validate::{is_email, Errors, FieldErrors, Text, EMAIL_MAX_CHARS};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A report's length: at least this many characters once trimmed…
pub const MESSAGE_MIN_CHARS: usize = 10;
/// …and at most this many as sent (the project's rule: a maximum counts what travels, so the
/// OpenAPI document can say it with `maxLength`).
pub const MESSAGE_MAX_CHARS: usize = 2000;
/// The longest honeypot value, as on the registration form.
pub const WEBSITE_MAX_CHARS: usize = crate::registration::WEBSITE_MAX_CHARS;
/// The largest request body accepted, checked while it is read: every report the rules
/// allow fits, even with each character escaped as `\uXXXX\uXXXX` (the project's rule).
pub const MAX_BODY_BYTES: usize = 32 * 1024;

/// What the form sends.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackInput {
    /// What is in the way, and where.
    pub message: String,
    /// An address for questions back; blank or left out: none.
    #[serde(default)]
    pub email: Option<String>,
    /// The honeypot: people never see it, so it stays empty.
    #[serde(default)]
    pub website: String,
}

/// The wire fields, in the order the form shows them.
pub const FIELDS: [&str; 3] = ["message", "email", "website"];

impl FeedbackInput {
    /// Reads a parsed JSON body field by field, so that an unknown field or a value of the
    /// wrong type is reported under its own name (422), exactly as for a registration.
    pub fn from_json(value: &Value) -> Result<Self, FieldErrors> {
        let mut errors = Errors::default();
        let Some(object) = errors.object(value, &FIELDS) else {
            return Err(errors.0);
        };
        let mut input = Self::default();
        for field in FIELDS {
            // `null` is the same as leaving a field out.
            let text = match object.get(field) {
                None | Some(Value::Null) => {
                    if field == "message" {
                        errors.add(field, Code::MessageRequired, "Bitte ausfüllen.");
                    }
                    continue;
                }
                Some(Value::String(text)) => text.clone(),
                Some(_) => {
                    errors.add(field, Code::FieldWrongType, "Erwartet: ein Text.");
                    continue;
                }
            };
            match field {
                "message" => input.message = text,
                "email" => input.email = Some(text),
                _ => input.website = text,
            }
        }
        errors.finish().map(|()| input)
    }

    /// The rules. Messages are short, plain German, for the field they name.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        errors.min_chars(
            "message",
            &self.message,
            MESSAGE_MIN_CHARS,
            Code::MessageTooShort,
        );
        errors.max_chars(
            "message",
            &self.message,
            MESSAGE_MAX_CHARS,
            Code::MessageTooLong,
        );
        errors.clean_text("message", &self.message, Text::Lines);
        // As on the registration form, but optional: blank is no address.
        let raw_email = self.email.as_deref().unwrap_or_default();
        let email = raw_email.trim();
        if raw_email.chars().count() > EMAIL_MAX_CHARS || (!email.is_empty() && !is_email(email)) {
            errors.add(
                "email",
                Code::EmailInvalid,
                "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de, oder das Feld leer lassen.",
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

    /// The honeypot was filled in: a bot, answered like a person, but nothing is stored.
    pub fn is_bot(&self) -> bool {
        !self.website.trim().is_empty()
    }

    /// The input as stored: the message and the address trimmed, a blank address `None`.
    pub fn normalised(&self) -> Self {
        Self {
            message: self.message.trim().to_string(),
            email: self
                .email
                .as_deref()
                .map(str::trim)
                .filter(|e| !e.is_empty())
                .map(String::from),
            website: self.website.clone(),
        }
    }
}

/// Where a report stands; movable in every direction.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackStatus {
    New,
    InProgress,
    Done,
}

impl FeedbackStatus {
    pub const ALL: [FeedbackStatus; 3] = [
        FeedbackStatus::New,
        FeedbackStatus::InProgress,
        FeedbackStatus::Done,
    ];

    /// The name on the wire and in the database.
    pub fn key(self) -> &'static str {
        match self {
            FeedbackStatus::New => "new",
            FeedbackStatus::InProgress => "in_progress",
            FeedbackStatus::Done => "done",
        }
    }

    pub fn label_de(self) -> &'static str {
        match self {
            FeedbackStatus::New => "neu",
            FeedbackStatus::InProgress => "in Bearbeitung",
            FeedbackStatus::Done => "erledigt",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A stored report, as coordinators see it (`GET /api/admin/feedback`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub id: String,
    pub message: String,
    pub email: Option<String>,
    pub status: FeedbackStatus,
    /// ISO 8601, UTC.
    pub created_at: String,
}

/// `PATCH /api/admin/feedback/{id}`: the new status.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackPatch {
    pub status: FeedbackStatus,
}

#[cfg(test)]
mod tests;
