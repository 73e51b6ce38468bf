//! The HTTP headers the app, the service worker and the Worker agree on.

/// One key per filled-in form: a retry with it never stores twice.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";
/// The language a form was filled in (a registration's mails are written in it).
pub const CONTENT_LANGUAGE: &str = "Content-Language";
/// Seconds until a refused client may send again (429).
pub const RETRY_AFTER: &str = "Retry-After";
/// Set by the service worker on an answer from its offline copy: when that copy was fetched
/// (`public/sw.js` writes the same name).
pub const OFFLINE_STAND: &str = "X-Offline-Stand";
