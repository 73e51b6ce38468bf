//! What a coordinator's session is: how long it lasts, who it acts for, why it ended. Shared
//! by `auth.rs` (which checks requests) and `storage/sessions.rs` (which keeps sessions).

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
}

/// The coordinator a request acts for.
pub struct Coordinator {
    pub name: String,
    /// When the token ends (ISO 8601).
    pub expires_at: Option<String>,
    /// The session's id hash, when the request came with a session.
    pub session: Option<String>,
}
