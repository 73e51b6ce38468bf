//! What coordinators see and set of the mail: their own address and digest, and the mails that
//! could not be delivered.

use crate::validate::{is_email, Errors, FieldErrors, EMAIL_MAX_CHARS};
use crate::Code;
use serde::{Deserialize, Serialize};

/// A coordinator's own mail settings (`GET`/`PUT /api/admin/settings`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    /// Where the daily digest goes; `null` or `""`: none.
    #[serde(default)]
    pub email: Option<String>,
    /// The daily digest at 07:00 (with an address).
    pub digest: bool,
    /// Whether the site sends mail at all (read only: the operator switches it on).
    #[serde(default)]
    pub mail_on: bool,
    /// Mails waiting for a limit now: they go later (read only).
    #[serde(default)]
    pub held: u32,
    /// Confirmation mails that failed for good: a count, never their addresses (read only:
    /// an unconfirmed registration is not the coordinators' to see).
    #[serde(default)]
    pub failed_confirmations: u32,
}

impl MailSettings {
    /// The address as stored: trimmed, `None` when empty.
    pub fn address(&self) -> Option<String> {
        self.email
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(String::from)
    }

    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        if let Some(email) = self.address() {
            if email.chars().count() > EMAIL_MAX_CHARS || !is_email(&email) {
                errors.add(
                    "email",
                    Code::EmailInvalid,
                    "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.",
                );
            }
        }
        errors.finish()
    }
}

/// A mail that could not be delivered after every attempt.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedMail {
    pub id: String,
    /// `confirm` (the volunteer's link), `placed`, `digest`.
    pub kind: String,
    pub recipient: String,
    /// The registration it is about, if any.
    pub registration: Option<String>,
    pub created_at: String,
    pub failed_at: Option<String>,
    pub attempts: u32,
    /// What the sending service said.
    pub last_error: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_or_none() {
        let mut settings = MailSettings {
            email: Some("  koordination@example.org ".into()),
            digest: true,
            ..MailSettings::default()
        };
        assert_eq!(settings.validate(), Ok(()));
        assert_eq!(
            settings.address().as_deref(),
            Some("koordination@example.org")
        );
        settings.email = Some(" ".into());
        assert_eq!(settings.address(), None);
        assert_eq!(settings.validate(), Ok(()));
        settings.email = Some("kein-at".into());
        assert!(settings.validate().unwrap_err().contains_key("email"));
    }
}
