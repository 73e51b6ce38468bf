//! The volunteer's own registration, opened with the token of their personal link
//! (`/anmeldung#…`): what they may change themselves, checked by the form's own rules.

use crate::coordination::Registration;
use crate::registration::{RegistrationInput, CONSENT_VERSION};
use crate::validate::FieldErrors;
use crate::{Activity, ContactVia};
use serde::{Deserialize, Serialize};

/// The body of every self-service request: the token, and for a correction the fields that
/// change (the others stay as they are).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnRequest {
    /// The token from the link: 64 hex digits.
    pub token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `""` removes the number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_via: Option<ContactVia>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests: Option<Vec<Activity>>,
}

/// The answer to an accepted registration (`POST /api/registrations`), as the thank-you page
/// reads it: with mail switched on, a token that can only ask for the mail again; without,
/// the volunteer's personal link (there is no other way to deliver it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub id: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mail: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resend: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// With mail: by when the confirmation mail is expected (ISO 8601, UTC), later while a
    /// limit holds it back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_by: Option<String>,
}

/// The answer to asking for the confirmation mail again (`POST /api/anmeldung/erneut`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resent {
    pub queued: bool,
    /// By when the mail is expected (ISO 8601, UTC).
    pub expected_by: String,
}

/// The answer to renewing the personal link (`POST /api/anmeldung/neuer-link`): the old link
/// is dead. With mail, the new one comes by mail (by `expected_by`); without, here (`link`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Renewed {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mail: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// The largest self-service body: a correction at its longest, escaped as JSON, fits.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

impl OwnRequest {
    /// Whether it changes anything (else it only opens the registration).
    pub fn changes(&self) -> bool {
        self.name.is_some()
            || self.email.is_some()
            || self.phone.is_some()
            || self.contact_via.is_some()
            || self.interests.is_some()
    }

    /// The registration as it is after the change, checked by the form's rules and
    /// normalised like a new registration; a bad value is a 422 naming its field.
    pub fn apply(&self, current: &Registration) -> Result<RegistrationInput, FieldErrors> {
        let input = RegistrationInput {
            name: self.name.clone().unwrap_or_else(|| current.name.clone()),
            email: self.email.clone().unwrap_or_else(|| current.email.clone()),
            phone: self.phone.clone().or_else(|| current.phone.clone()),
            contact_via: self.contact_via.unwrap_or(current.contact_via),
            districts: current.districts.clone(),
            network: current.network.clone(),
            need: None,
            interests: self
                .interests
                .clone()
                .unwrap_or_else(|| current.interests.clone()),
            languages: current.languages.clone(),
            languages_other: current.languages_other.clone(),
            availability: current.availability.clone(),
            message: current.message.clone(),
            // Given when it was stored; the rules ask for today's version.
            consent: true,
            notify_placed: current.notify_placed,
            // Not changed by a correction (withdrawn on its own, `/api/anmeldung/kontakt`).
            network_contact: false,
            consent_version: CONSENT_VERSION.to_string(),
            website: String::new(),
            // Counted when it came; a correction does not change it.
            opened_with: None,
        };
        input.validate()?;
        Ok(input.normalised())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coordination::Status;

    fn stored() -> Registration {
        Registration {
            id: "r1".into(),
            created_at: "2026-11-25T10:00:00Z".into(),
            status: Status::New,
            name: "Amira Şahin".into(),
            email: "amira@example.org".into(),
            phone: Some("0531 123456".into()),
            contact_via: ContactVia::Phone,
            districts: vec![130],
            network: None,
            interests: vec![],
            languages: vec!["de".into()],
            languages_other: None,
            availability: vec!["by-arrangement".into()],
            message: None,
            consent_version: "2025-01".into(),
            consent_at: "2026-11-25T10:00:00Z".into(),
            note: None,
            placed_network: None,
            need: None,
            confirmed_at: None,
            lang: "de".into(),
            notify_placed: false,
            pending_email: None,
            network_contact: false,
            first_contact: None,
            first_contact_at: None,
            first_contact_by: None,
            need_network: None,
        }
    }

    #[test]
    fn a_correction_keeps_what_it_does_not_name() {
        let change = OwnRequest {
            token: "t".into(),
            email: Some("  neu@example.org ".into()),
            ..Default::default()
        };
        assert!(change.changes());
        let after = change.apply(&stored()).unwrap();
        assert_eq!(after.email, "neu@example.org");
        assert_eq!(after.name, "Amira Şahin");
        assert_eq!(after.phone.as_deref(), Some("0531 123456"));
    }

    #[test]
    fn the_forms_rules_decide() {
        let no_phone = OwnRequest {
            token: "t".into(),
            phone: Some(String::new()),
            ..Default::default()
        };
        let errors = no_phone.apply(&stored()).unwrap_err();
        assert!(
            errors.contains_key("phone"),
            "calls need a number: {errors:?}"
        );
        let bad_mail = OwnRequest {
            token: "t".into(),
            email: Some("kein-at".into()),
            ..Default::default()
        };
        assert!(bad_mail.apply(&stored()).unwrap_err().contains_key("email"));
        assert!(!OwnRequest::default().changes());
    }
}
