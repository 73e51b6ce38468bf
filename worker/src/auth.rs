//! Who a coordinators' request acts for.
//!
//! - The browser signs in once with the coordinator's access token (`POST /api/admin/session`,
//!   `routes/session.rs`) and then holds a **session**: a random id in an `HttpOnly`,
//!   `SameSite=Strict` cookie on `/api/admin`, which no script can read. D1 keeps the id's
//!   SHA-256 (`storage/sessions.rs`). A session ends 8 hours after its last use and 12 hours
//!   after it began (checked on every request), at sign-out, and when its token is revoked or
//!   expires.
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
use worker::{Env, Method, Request};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "sitzung";
/// Failed sign-ins per client and window before the client is refused (`SIGN_IN_LIMIT`, "0"
/// switches the limit off).
pub const MAX_FAILURES: u32 = 10;
/// The variable that can change [`MAX_FAILURES`].
pub const FAILURE_LIMIT_VAR: &str = "SIGN_IN_LIMIT";

pub use crate::session::{Coordinator, SignedOut, FAILURE_WINDOW_MS, IDLE_MS, LIFETIME_MS};

/// The hex SHA-256 of a token or session id, as stored.
pub async fn token_hash(token: &str) -> Result<String, ApiError> {
    Ok(hex(&crate::crypto::sha256(token.as_bytes()).await?))
}

/// The token from `Authorization: Bearer <token>`, if well-formed.
pub fn bearer_token(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && (16..=200).contains(&token.len())).then_some(token)
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
    if let Some(id) = session_cookie(&cookies) {
        // Checked before the session is touched: a refused request keeps nothing alive.
        if !is_safe(req.method()) {
            same_origin(req)?;
        }
        if is_session_id(id) {
            match sessions::resume(&db, &token_hash(id).await?, now_ms).await {
                Err(ApiError::Unauthorized(reason)) => {
                    refuse_if_limited(req, env, now_ms).await?;
                    return Err(ApiError::Unauthorized(reason));
                }
                other => return other,
            }
        }
        refuse_if_limited(req, env, now_ms).await?;
        return Err(ApiError::Unauthorized(SignedOut::SessionEnded));
    }
    let header = req.headers().get("Authorization")?.unwrap_or_default();
    let Some(token) = bearer_token(&header) else {
        refuse_if_limited(req, env, now_ms).await?;
        return Err(ApiError::Unauthorized(SignedOut::Missing));
    };
    check_token(req, env, token, now_ms).await
}

/// The one session cookie of a `Cookie` header; two of that name (one planted by another
/// site of the same domain) count as none.
fn session_cookie(header: &str) -> Option<&str> {
    let mut found = header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(|(key, _)| *key == SESSION_COOKIE)
        .map(|(_, value)| value.trim());
    let first = found.next()?;
    Some(if found.next().is_some() { "" } else { first })
}

/// The coordinator whose token this is. The attempt is counted before the lookup, in one
/// statement that refuses it when the client is at its limit (so parallel guesses cannot
/// slip through), and taken back when the token is right.
pub async fn check_token(
    req: &Request,
    env: &Env,
    token: &str,
    now_ms: f64,
) -> Result<Coordinator, ApiError> {
    let db = storage::database(env)?;
    let attempt = match client(req, env).await? {
        None => None,
        Some((client, limit)) => {
            let id = uuid::Uuid::new_v4().to_string();
            if !sessions::count_attempt(&db, &id, &client, limit, now_ms).await? {
                let retry_after = sessions::retry_after(&db, &client, limit, now_ms).await?;
                return Err(ApiError::TooManyRequests { retry_after });
            }
            Some(id)
        }
    };
    let found = sessions::coordinator_by_token(&db, &token_hash(token).await?, now_ms).await;
    // A right token (expired or not) was no guess.
    let right = matches!(
        found,
        Ok(Some(_)) | Err(ApiError::Unauthorized(SignedOut::TokenExpired))
    );
    if let (true, Some(id)) = (right, &attempt) {
        sessions::forget_attempt(&db, id).await?;
    }
    found?.ok_or(ApiError::Unauthorized(SignedOut::Missing))
}

/// The client's keyed hash in the failed sign-ins' bucket, and its limit (None: limit off).
async fn client(req: &Request, env: &Env) -> Result<Option<(String, u32)>, ApiError> {
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
    let client = rate_limit::bucket_hash(&rate_limit::secret(env)?, "sign-in", &address).await?;
    Ok(Some((client, limit)))
}

/// 429 when this client has failed too often (nothing counted: no token was tried).
async fn refuse_if_limited(req: &Request, env: &Env, now_ms: f64) -> Result<(), ApiError> {
    let Some((client, limit)) = client(req, env).await? else {
        return Ok(());
    };
    let db = storage::database(env)?;
    if sessions::failures(&db, &client, now_ms - FAILURE_WINDOW_MS).await? >= limit {
        let retry_after = sessions::retry_after(&db, &client, limit, now_ms).await?;
        return Err(ApiError::TooManyRequests { retry_after });
    }
    Ok(())
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
        let hash = crate::crypto::ready(token_hash("geheimer-zugangsschluessel-123")).unwrap();
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
    fn reads_the_one_session_cookie() {
        assert_eq!(session_cookie("a=1; sitzung=abc; b=2"), Some("abc"));
        assert_eq!(session_cookie("sitzungx=abc"), None);
        assert_eq!(session_cookie(""), None);
        assert_eq!(
            session_cookie("sitzung=abc; sitzung=def"),
            Some(""),
            "two: neither is trusted"
        );
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
