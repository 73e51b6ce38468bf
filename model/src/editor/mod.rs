//! The networks' editors ("Netzwerk-Zugang"): people an organisation names to keep its
//! network's entry. Coordinators give and end an access; editors sign in by a link that works
//! once, accept the terms before their first change, confirm their entry ("Alles stimmt noch")
//! and propose changes, which coordinators review (`proposal.rs`).

pub mod entry;
pub mod needs;
pub mod proposal;

use crate::codes::Code;
use crate::validate::{is_email, is_slug, Errors, FieldErrors, Text, EMAIL_MAX_CHARS};
use serde::{Deserialize, Serialize};

/// The version of the editors' terms; a new version is accepted again before the next change.
pub const TERMS_VERSION: &str = "2026-12-04";
/// An invitation's link works this long…
pub const INVITATION_MS: f64 = 7.0 * 24.0 * 3600.0 * 1000.0;
/// …a later sign-in's this long.
pub const SIGN_IN_LINK_MS: f64 = 30.0 * 60.0 * 1000.0;
/// A reminder's one-click "Stimmt noch" link works 30 days (and only while the entry is
/// unchanged).
pub const CONFIRM_LINK_MS: f64 = 30.0 * 24.0 * 60.0 * 60.0 * 1000.0;
/// Sign-in links asked for per address, and per client, in an hour.
pub const LINK_REQUESTS_PER_ADDRESS: u32 = 3;
pub const LINK_REQUESTS_PER_CLIENT: u32 = 10;
pub const LINK_REQUEST_WINDOW_MS: f64 = 3600.0 * 1000.0;
/// An access unused this long ends and is erased by the daily run.
pub const UNUSED_DAYS: u32 = 365;
/// Networks one access may keep.
pub const MAX_NETWORKS: usize = 20;
pub const NAME_CHARS: (usize, usize) = (2, 100);

/// The languages an editor's invitation and area speak.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum EditorLanguage {
    #[default]
    De,
    En,
}

impl EditorLanguage {
    pub fn key(self) -> &'static str {
        match self {
            EditorLanguage::De => "de",
            EditorLanguage::En => "en",
        }
    }

    pub fn from_key(key: &str) -> Self {
        if key == "en" {
            EditorLanguage::En
        } else {
            EditorLanguage::De
        }
    }
}

/// A coordinator gives an access (`POST /api/admin/editors`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditorInput {
    pub name: String,
    pub email: String,
    /// The ids of the networks this person keeps.
    pub networks: Vec<String>,
    #[serde(default)]
    pub language: EditorLanguage,
}

impl EditorInput {
    /// The rules: a name, a mail address, one network or more (each an id).
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        let name = self.name.trim();
        errors.required("name", name, Code::NameMissing);
        errors.min_chars("name", name, NAME_CHARS.0, Code::NameTooShort);
        errors.max_chars("name", &self.name, NAME_CHARS.1, Code::NameTooLong);
        errors.clean_text("name", name, Text::Line);
        let email = self.email.trim();
        if self.email.chars().count() > EMAIL_MAX_CHARS || !is_email(email) {
            errors.add(
                "email",
                Code::EmailInvalid,
                "Bitte eine gültige E-Mail-Adresse angeben.",
            );
        }
        let mut ids = self.networks.clone();
        ids.sort();
        ids.dedup();
        if self.networks.is_empty()
            || self.networks.len() > MAX_NETWORKS
            || ids.len() != self.networks.len()
            || !self.networks.iter().all(|id| is_slug(id))
        {
            errors.add(
                "networks",
                Code::NetworksInvalid,
                "Bitte ein bis 20 Netzwerke wählen.",
            );
        }
        errors.finish()
    }
}

/// An access as coordinators see it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditorView {
    pub id: String,
    pub name: String,
    pub email: String,
    pub language: EditorLanguage,
    pub networks: Vec<String>,
    pub created_at: String,
    pub created_by: String,
    pub last_used_at: String,
    pub terms_accepted_at: Option<String>,
}

/// A sign-in link just made: with mail on it went by mail (`link` is `None`); with mail off
/// the area shows it once, to hand over in person or by phone.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedLink {
    pub editor: EditorView,
    pub mailed: bool,
    pub link: Option<String>,
    /// When the link stops working (ISO 8601).
    pub expires_at: String,
}

/// `POST /api/netzwerk/link`: an editor asks for a sign-in link.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkRequest {
    pub email: String,
}

/// The answer to a link request: the same for every address; whether the site sends mail at
/// all (without mail, a coordinator gives a new link).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkAnswer {
    pub mail: bool,
}

/// `POST /api/netzwerk/session`: the token from a sign-in link.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditorSignIn {
    pub token: String,
}

/// `POST /api/netzwerk/terms`: the terms accepted, by their version.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermsAcceptance {
    pub version: String,
}

/// `POST /api/netzwerk/stimmt-noch`: a reminder's one-click "Stimmt noch", by its link's
/// token; with `terms_version` where the access has not accepted the current terms yet.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfirmByLink {
    pub token: String,
    #[serde(default)]
    pub terms_version: Option<String>,
}

/// The entry a "Stimmt noch" confirmed, as the public now sees it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmedByLink {
    pub name: String,
    pub slug: String,
    pub confirmed_at: String,
}

/// The editor a request acts for, once signed in (the Worker's own; never sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub id: String,
    /// The networks' ids this access keeps.
    pub networks: Vec<String>,
    /// The current terms are accepted.
    pub terms_accepted: bool,
    /// The session's id hash, when the request came with a session.
    pub session: Option<String>,
}

impl Editor {
    /// How the audit log names an editor: by part of the access's id, never by name.
    pub fn log_name(id: &str) -> String {
        format!("Netzwerk-Zugang {}", &id[..8.min(id.len())])
    }

    /// Whether this access keeps `network`.
    pub fn keeps(&self, network: &str) -> bool {
        self.networks.iter().any(|n| n == network)
    }
}

/// Who is signed in to the editors' area, and their networks as the public sees them with
/// their proposals.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditorArea {
    pub name: String,
    pub language: EditorLanguage,
    /// The terms are accepted in their current version.
    pub terms_accepted: bool,
    pub terms_version: String,
    pub networks: Vec<proposal::OwnNetwork>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> EditorInput {
        EditorInput {
            name: "Lea Beispiel".into(),
            email: "lea@refugium.example".into(),
            networks: vec!["refugium".into()],
            language: EditorLanguage::De,
        }
    }

    #[test]
    fn an_access_needs_a_name_an_address_and_a_network() {
        assert_eq!(input().validate(), Ok(()));
        let mut bad = input();
        bad.name = " ".into();
        bad.email = "lea".into();
        bad.networks = vec![];
        let errors = bad.validate().unwrap_err();
        let fields: Vec<&str> = errors.keys().map(String::as_str).collect();
        assert_eq!(fields, ["email", "name", "networks"]);
        let mut twice = input();
        twice.networks = vec!["refugium".into(), "refugium".into()];
        assert!(twice.validate().is_err());
    }

    #[test]
    fn the_log_names_an_access_not_a_person() {
        assert_eq!(
            Editor::log_name("0123456789abcdef"),
            "Netzwerk-Zugang 01234567"
        );
        assert_eq!(
            serde_json::to_string(&EditorLanguage::En).unwrap(),
            "\"en\""
        );
    }
}
