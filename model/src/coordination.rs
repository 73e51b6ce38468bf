//! The coordinators' view of the data: registrations with their handling, pages, the audit log.

use crate::activity::Activity;
use crate::codes::Code;
use crate::lang::Lang;
use crate::need::answer::{ContactedBy, FirstContact};
use crate::registration::ContactVia;
use crate::validate::Errors;

pub use crate::network_input::{slugify, NetworkInput};
use serde::{Deserialize, Serialize};

/// Where a registration stands; movable in both directions.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    New,
    Contacted,
    Placed,
    Closed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::New,
        Status::Contacted,
        Status::Placed,
        Status::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Contacted => "contacted",
            Status::Placed => "placed",
            Status::Closed => "closed",
        }
    }

    pub fn label_de(self) -> &'static str {
        match self {
            Status::New => "neu",
            Status::Contacted => "in Kontakt",
            Status::Placed => "vermittelt",
            Status::Closed => "abgeschlossen",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A stored registration, as coordinators see it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub id: String,
    pub created_at: String,
    pub status: Status,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub contact_via: ContactVia,
    pub districts: Vec<u16>,
    pub network: Option<String>,
    pub interests: Vec<Activity>,
    pub languages: Vec<String>,
    pub languages_other: Option<String>,
    pub availability: Vec<String>,
    pub message: Option<String>,
    pub consent_version: String,
    pub consent_at: String,
    pub note: Option<String>,
    pub placed_network: Option<String>,
    /// The id of the need ("Gesuch") it answers.
    #[serde(default)]
    pub need: Option<String>,
    /// When the volunteer confirmed it with the link in their mail; `None` while it waits (only
    /// with mail switched on: otherwise it is confirmed when stored).
    #[serde(default)]
    pub confirmed_at: Option<String>,
    /// The language the form was filled in (its mails are written in it).
    #[serde(default = "german")]
    pub lang: String,
    /// Whether they asked for a mail once placed with a network.
    #[serde(default)]
    pub notify_placed: bool,
    /// The volunteer's own view only: a new address waiting for the link mailed to it; until
    /// then `email` stays the address in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_email: Option<String>,
    /// Answering a network's need, they let that network contact them directly (until they
    /// withdraw it on their own page).
    #[serde(default)]
    pub network_contact: bool,
    /// How the first contact stands, as the network or a coordinator marked it.
    #[serde(default)]
    pub first_contact: Option<FirstContact>,
    /// When "Kontakt aufgenommen" was first marked (ISO 8601).
    #[serde(default)]
    pub first_contact_at: Option<String>,
    #[serde(default)]
    pub first_contact_by: Option<ContactedBy>,
    /// The volunteer's own view only: the name of the network whose need they answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_network: Option<String>,
}

fn german() -> String {
    "de".into()
}

impl Registration {
    /// The language its mails are written in: the form's, German where that is unknown (a
    /// row from before languages were kept, or a language since dropped).
    pub fn language(&self) -> Lang {
        Lang::from_tag(&self.lang).unwrap_or(Lang::De)
    }
}

/// `PATCH /api/admin/registrations/{id}`: only the fields given change.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistrationPatch {
    #[serde(default)]
    pub status: Option<Status>,
    /// `Some("")` clears the note.
    #[serde(default)]
    pub note: Option<String>,
    /// `Some("")` clears it.
    #[serde(default)]
    pub placed_network: Option<String>,
    /// The first contact, marked by a coordinator (for a network too).
    #[serde(default)]
    pub first_contact: Option<FirstContact>,
}

/// The longest internal note.
pub const NOTE_MAX_CHARS: usize = 2000;

impl RegistrationPatch {
    /// The rules a change keeps before anything is looked up: a note of at most
    /// [`NOTE_MAX_CHARS`], and `placed_network` blank (to clear it) or a network's address,
    /// at most 80 characters either way.
    pub fn validate(&self) -> Result<(), crate::validate::FieldErrors> {
        let mut errors = Errors::default();
        let note = self.note.as_deref().unwrap_or_default();
        errors.max_chars("note", note, NOTE_MAX_CHARS, Code::NoteTooLong);
        let placed = self.placed_network.as_deref().unwrap_or_default();
        let too_long = placed.chars().count() > crate::validate::SLUG_MAX_CHARS;
        if too_long
            || self
                .placed_network()
                .is_some_and(|slug| !crate::validate::is_slug(slug))
        {
            errors.add(
                "placed_network",
                Code::PlacedNetworkUnknown,
                "Dieses Netzwerk gibt es nicht.",
            );
        }
        errors.finish()
    }

    /// The network to set as placed, unless the patch leaves it or clears it (blank).
    pub fn placed_network(&self) -> Option<&str> {
        self.placed_network
            .as_deref()
            .filter(|slug| !slug.trim().is_empty())
    }
}

/// One page of a list.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u32,
    pub page: u32,
    /// Registrations only: how many wait for their volunteer's confirmation (with mail on),
    /// counted, never listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting: Option<u32>,
}

impl<T> Page<T> {
    /// Page `page` of a list of `total`, holding `items`.
    pub fn of(items: Vec<T>, total: u32, page: u32) -> Self {
        Self {
            items,
            total,
            page,
            waiting: None,
        }
    }
}

/// One run of the retention job (`GET /api/admin/retention-runs`): when, how many
/// registrations and barrier reports it deleted, and why it failed if it did. No personal data.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionRun {
    pub at: String,
    /// Registrations deleted (the name it had before reports existed; the API keeps it).
    pub deleted: u32,
    /// Barrier reports deleted (0 for runs from before there were reports).
    pub feedback_deleted: u32,
    /// Audit log entries deleted, older than their retention (0 for runs from before).
    #[serde(default)]
    pub audit_deleted: u32,
    /// `None`: the run succeeded.
    pub error: Option<String>,
}

/// A network in the coordinators' list: with its archive date. Whether it is out of date is
/// the network's own `stale`, as the public sees it (`network::freshness`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminNetwork {
    #[serde(flatten)]
    pub network: crate::Network,
    pub archived_at: Option<String>,
    /// Its editors' needs go online at once ("vertraut"); otherwise they wait for review.
    #[serde(default)]
    pub needs_trusted: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_patch_clears_with_blanks_and_names_a_network_by_its_address() {
        let clear = RegistrationPatch {
            placed_network: Some("  ".into()),
            ..Default::default()
        };
        assert_eq!(clear.validate(), Ok(()));
        assert_eq!(clear.placed_network(), None);
        let bad = RegistrationPatch {
            placed_network: Some(" refugium".into()),
            note: Some("x".repeat(NOTE_MAX_CHARS + 1)),
            ..Default::default()
        };
        let errors = bad.validate().unwrap_err();
        assert_eq!(errors["placed_network"].code, "placed_network.unknown");
        assert_eq!(errors["note"].code, "note.too_long");
    }

    #[test]
    fn statuses_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::from_key(status.key()), Some(status));
        }
        assert_eq!(Status::Placed.label_de(), "vermittelt");
    }

    #[test]
    fn mails_go_in_the_forms_language_german_where_it_is_unknown() {
        let stored = |json: &str| -> Registration {
            let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
            let base = serde_json::json!({
                "id": "r", "created_at": "2026-01-01T00:00:00Z", "status": "new", "name": "A",
                "email": "a@example.org", "phone": null, "contact_via": "email", "districts": [],
                "network": null, "interests": [], "languages": [], "languages_other": null,
                "availability": [], "message": null, "consent_version": "1",
                "consent_at": "2026-01-01T00:00:00Z", "note": null, "placed_network": null,
            });
            for (key, field) in base.as_object().unwrap() {
                value[key] = field.clone();
            }
            serde_json::from_value(value).unwrap()
        };
        assert_eq!(stored(r#"{"lang": "fa"}"#).language(), Lang::Fa);
        assert_eq!(stored(r#"{"lang": "xx"}"#).language(), Lang::De);
        assert_eq!(
            stored("{}").language(),
            Lang::De,
            "a row from before languages were kept"
        );
    }
}
