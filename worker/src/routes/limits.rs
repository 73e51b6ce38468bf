//! The largest body each coordinators' endpoint takes (413 above it; the public forms' limits
//! are their `model` module's `MAX_BODY_BYTES`). The OpenAPI document states them.

/// The largest body of the coordinators' search and export: filters only.
pub const SEARCH_BODY_BYTES: usize = 8 * 1024;
/// The largest change to a registration: a note at its longest, each character escaped as
/// JSON's `\uXXXX\uXXXX` (12 bytes), fits.
pub const PATCH_BODY_BYTES: usize = 32 * 1024;
/// The largest network: every text at its longest, escaped the same way, fits.
pub const NETWORK_BODY_BYTES: usize = 64 * 1024;
/// The largest change to a barrier report: `{"status": …}`, escaped the same way, fits many
/// times over.
pub const STATUS_BODY_BYTES: usize = 1024;

/// The sign-in body: a token.
pub const SIGN_IN_BODY_BYTES: usize = 1024;

/// A coordinator's mail settings: an address at its longest, escaped, fits many times.
pub const SETTINGS_BODY_BYTES: usize = 4 * 1024;

/// A coordinator's new access for an editor, or an editor's request (a sign-in, a link, the
/// terms).
/// (The largest valid access, every character escaped as JSON may, is about 6 KiB.)
pub const EDITOR_BODY_BYTES: usize = 16 * 1024;

/// A coordinator's decision on a proposal: a reason of up to 1000 characters, each up to 12
/// bytes as JSON escapes them.
pub const DECISION_BODY_BYTES: usize = 16 * 1024;
