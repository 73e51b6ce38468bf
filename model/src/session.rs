//! The coordinators' sign-in (`/api/admin/session`): the token sent once, and who is signed in.

use serde::{Deserialize, Serialize};

/// The shortest and longest token accepted (xtask makes 43 characters).
pub const TOKEN_MIN_CHARS: usize = 16;
pub const TOKEN_MAX_CHARS: usize = 200;
/// The coordinators' area warns this many days before a token ends.
pub const EXPIRY_WARNING_DAYS: u32 = 14;

/// The problem `type` of a 401 whose session has ended (8 hours unused, signed out elsewhere).
pub const SESSION_ENDED: &str = "/probleme/sitzung-beendet";
/// The problem `type` of a 401 whose token is past its expiry date.
pub const TOKEN_EXPIRED: &str = "/probleme/zugangsschluessel-abgelaufen";
/// The problem `type` of a 401 for a sign-in link that no longer works.
pub const LINK_SPENT: &str = "/probleme/link-verbraucht";

/// A session ends after this long without a request…
pub const IDLE_MS: f64 = 8.0 * 3600.0 * 1000.0;
/// …and this long after it began, however busy (then the token is asked for again).
pub const LIFETIME_MS: f64 = 12.0 * 3600.0 * 1000.0;
/// The failed sign-ins' window.
pub const FAILURE_WINDOW_MS: f64 = 10.0 * 60.0 * 1000.0;

/// Why a request is not signed in; each has its own words (401).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedOut {
    /// No credentials, or ones that match nothing.
    Missing,
    /// The session ended (8 hours unused, signed out, or its token ended).
    SessionEnded,
    /// The token is past its expiry date.
    TokenExpired,
    /// A network editor's sign-in link was used already, has expired, or never was.
    LinkSpent,
}

/// The coordinator a request acts for, once signed in (the Worker's own; never sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coordinator {
    pub name: String,
    /// When the token ends (ISO 8601).
    pub expires_at: Option<String>,
    /// The session's id hash, when the request came with a session.
    pub session: Option<String>,
}

/// `POST /api/admin/session`: the coordinator's access token.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    /// The personal access token ("Zugangsschlüssel").
    pub token: String,
}

impl SignIn {
    /// A token of a length a real one can have.
    pub fn is_plausible(&self) -> bool {
        (TOKEN_MIN_CHARS..=TOKEN_MAX_CHARS).contains(&self.token.trim().chars().count())
    }
}

/// Who is signed in, and when their token ends.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub name: String,
    /// When the token ends (ISO 8601, UTC); `null` for a token without an end.
    pub expires_at: Option<String>,
    /// The token ends within [`EXPIRY_WARNING_DAYS`] days: the area says so.
    pub expires_soon: bool,
}

/// Whether a token ending at `expires_at` ends before `warn_from` (both ISO 8601, UTC).
pub fn expires_soon(expires_at: Option<&str>, warn_from: &str) -> bool {
    expires_at.is_some_and(|end| end <= warn_from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_of_a_real_length_only() {
        assert!(SignIn {
            token: "a".repeat(43)
        }
        .is_plausible());
        assert!(!SignIn {
            token: "kurz".into()
        }
        .is_plausible());
        assert!(!SignIn {
            token: "a".repeat(201)
        }
        .is_plausible());
    }

    #[test]
    fn the_warning_comes_two_weeks_ahead() {
        let warn_from = "2026-12-14T10:00:00.000Z";
        assert!(expires_soon(Some("2026-12-10T00:00:00.000Z"), warn_from));
        assert!(!expires_soon(Some("2027-01-10T00:00:00.000Z"), warn_from));
        assert!(!expires_soon(None, warn_from));
    }
}
