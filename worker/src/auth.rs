//! Who a coordinators' request acts for.
//!
//! - The browser signs in once with the coordinator's access token (`POST /api/admin/session`,
//!   `routes/session.rs`) and then holds a **session**: a random id in an `HttpOnly`,
//!   `SameSite=Strict` cookie on `/api/admin`, which no script can read. D1 keeps the id's
//!   SHA-256 (`storage/sessions.rs`). A session ends 8 hours after its last use (checked here,
//!   on every request), at sign-out, and when its token is revoked or expires.
//! - Scripts may send the token itself, `Authorization: Bearer …`, on each request.
//! - A token that matches no active coordinator is a failed sign-in, counted per client (a
//!   keyed hash of its address). After [`MAX_FAILURES`] in 10 minutes every request from that
//!   client without a valid session gets 429 before any token is looked up.
//! - A session's state-changing request must come from the site itself (`Origin`), on top of
//!   `SameSite=Strict`.
//!
//! D1 keeps only hashes: of tokens, of session ids, of client addresses.

use crate::rate_limit;
use crate::storage::{self, sessions};
use crate::ApiError;
use model::hex::hex;
use sha2::{Digest, Sha256};
use worker::{Env, Method, Request};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "sitzung";
/// A session ends after this long without a request.
pub const IDLE_MS: f64 = 8.0 * 3600.0 * 1000.0;
/// The failed sign-ins' window.
pub const FAILURE_WINDOW_MS: f64 = 10.0 * 60.0 * 1000.0;
/// Failed sign-ins per client and window before the client is refused (`SIGN_IN_LIMIT`, "0"
/// switches the limit off).
pub const MAX_FAILURES: u32 = 10;
/// The variable that can change [`MAX_FAILURES`].
pub const FAILURE_LIMIT_VAR: &str = "SIGN_IN_LIMIT";

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

/// The hex SHA-256 of a token or session id, as stored.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// The token from `Authorization: Bearer <token>`, if well-formed.
pub fn bearer_token(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && (16..=200).contains(&token.len())).then_some(token)
}

/// The value of cookie `name` in a `Cookie` header.
pub fn cookie<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim())
}

/// A well-formed session id: 64 lower-case hex digits (two random UUIDs' bits).
pub fn is_session_id(id: &str) -> bool {
    id.len() == 64
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A new session id: 244 random bits from the platform's CSPRNG (`crypto.getRandomValues`,
/// through `uuid`), as 64 hex digits.
pub fn new_session_id() -> String {
    format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

/// The signed-in coordinator, or 401 (with the reason), 403 (a session's cross-site change)
/// or 429 (too many failed sign-ins from this client).
pub async fn authenticate(req: &Request, env: &Env) -> Result<Coordinator, ApiError> {
    let db = storage::database(env)?;
    let now_ms = worker::js_sys::Date::now();
    let cookies = req.headers().get("Cookie")?.unwrap_or_default();
    if let Some(id) = cookie(&cookies, SESSION_COOKIE) {
        if !is_session_id(id) {
            return Err(ApiError::Unauthorized(SignedOut::SessionEnded));
        }
        let coordinator = sessions::resume(&db, &token_hash(id), now_ms).await?;
        if !is_safe(req.method()) {
            same_origin(req)?;
        }
        return Ok(coordinator);
    }
    let header = req.headers().get("Authorization")?.unwrap_or_default();
    let Some(token) = bearer_token(&header) else {
        refuse_if_limited(req, env, now_ms).await?;
        return Err(ApiError::Unauthorized(SignedOut::Missing));
    };
    check_token(req, env, token, now_ms).await
}

/// The coordinator whose token this is (the limit checked first; a miss counted).
pub async fn check_token(
    req: &Request,
    env: &Env,
    token: &str,
    now_ms: f64,
) -> Result<Coordinator, ApiError> {
    let client = refuse_if_limited(req, env, now_ms).await?;
    let db = storage::database(env)?;
    match sessions::coordinator_by_token(&db, &token_hash(token), now_ms).await? {
        Some(found) => Ok(found),
        None => {
            if let Some(client) = client {
                sessions::record_failure(&db, &client, now_ms).await?;
            }
            Err(ApiError::Unauthorized(SignedOut::Missing))
        }
    }
}

/// 429 when this client has failed too often; else its keyed hash (None: limit off).
async fn refuse_if_limited(
    req: &Request,
    env: &Env,
    now_ms: f64,
) -> Result<Option<String>, ApiError> {
    let limit = failure_limit(
        env.var(FAILURE_LIMIT_VAR)
            .ok()
            .map(|v| v.to_string())
            .as_deref(),
    );
    if limit == 0 {
        return Ok(None);
    }
    let address = req.headers().get("CF-Connecting-IP")?.unwrap_or_default();
    let client = rate_limit::bucket_hash(&rate_limit::secret(env)?, "sign-in", &address);
    let db = storage::database(env)?;
    let (count, oldest) = sessions::failures(&db, &client, now_ms - FAILURE_WINDOW_MS).await?;
    if count >= limit {
        let retry_after = rate_limit::retry_after_secs(oldest, now_ms);
        return Err(ApiError::TooManyRequests { retry_after });
    }
    Ok(Some(client))
}

/// `SIGN_IN_LIMIT` as a number ([`MAX_FAILURES`] unless set; "0": off).
pub fn failure_limit(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(MAX_FAILURES)
}

fn is_safe(method: Method) -> bool {
    matches!(method, Method::Get | Method::Head)
}

/// 403 unless the request's `Origin` is this site's own.
pub fn same_origin(req: &Request) -> Result<(), ApiError> {
    let url = req.url()?;
    let own = url.origin().ascii_serialization();
    match req.headers().get("Origin")? {
        Some(origin) if origin == own => Ok(()),
        _ => Err(ApiError::Forbidden(
            "Änderungen nur von dieser Website aus.".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bearer_tokens_only() {
        assert_eq!(
            bearer_token("Bearer abcdefghijklmnopqrstuvwxyz"),
            Some("abcdefghijklmnopqrstuvwxyz")
        );
        assert_eq!(
            bearer_token("bearer  abcdefghijklmnopqrstuvwxyz "),
            Some("abcdefghijklmnopqrstuvwxyz")
        );
        assert_eq!(bearer_token("Basic abcdefghijklmnopqrstuvwxyz"), None);
        assert_eq!(bearer_token("Bearer short"), None);
        assert_eq!(bearer_token(""), None);
    }

    #[test]
    fn stores_only_a_hash() {
        let hash = token_hash("geheimer-zugangsschluessel-123");
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains("geheim"));
    }

    #[test]
    fn ten_failures_unless_set() {
        assert_eq!(failure_limit(None), 10);
        assert_eq!(failure_limit(Some("0")), 0);
        assert_eq!(failure_limit(Some("3")), 3);
        assert_eq!(failure_limit(Some("viele")), 10);
    }

    #[test]
    fn reads_the_session_cookie() {
        assert_eq!(cookie("a=1; sitzung=abc; b=2", "sitzung"), Some("abc"));
        assert_eq!(cookie("sitzungx=abc", "sitzung"), None);
        assert_eq!(cookie("", "sitzung"), None);
    }

    #[test]
    fn session_ids_are_long_and_random() {
        let id = new_session_id();
        assert!(is_session_id(&id), "{id}");
        assert_ne!(id, new_session_id());
        assert!(!is_session_id("abc"));
        assert!(!is_session_id(&"G".repeat(64)));
    }
}
