//! A coordinator as a [`Principal`]: who a coordinators' request acts for.
//!
//! - The browser signs in once with the coordinator's access token (`POST /api/admin/session`,
//!   `routes/admin_session.rs`) and then holds a **session**: a random id in an `HttpOnly`,
//!   `SameSite=Strict` cookie on `/api/admin`, which no script can read. D1 keeps the id's
//!   SHA-256 (`storage/admin_session.rs`). A session ends 8 hours after its last use and 12 hours
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

use super::cookie::{Scope, SessionCookie};
use super::{bearer_token, is_safe, same_origin, token_hash, Principal};
use crate::error::ApiError;
use crate::storage::{self, admin_session, rate_limit as limits};
use crate::{rate_limit, signing_key};
use model::audit::Actor;
use model::session::{Coordinator, SignedOut, FAILURE_WINDOW_MS};
use worker::{Env, Request};

/// Failed sign-ins per client and window before the client is refused (`SIGN_IN_LIMIT`, "0"
/// switches the limit off).
pub const MAX_FAILURES: u32 = 10;
/// The variable that can change [`MAX_FAILURES`].
pub const FAILURE_LIMIT_VAR: &str = "SIGN_IN_LIMIT";

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

impl Principal for Coordinator {
    const PATH: &'static str = "/api/admin/";

    async fn authenticate(req: &Request, env: &Env) -> Result<Self, ApiError> {
        authenticate(req, env).await
    }

    fn actor(&self) -> Actor {
        Actor::Coordinator(self.name.clone())
    }
}

/// The signed-in coordinator, or 401 (with the reason), 403 (a session's cross-site change)
/// or 429 (too many failed sign-ins from this client).
async fn authenticate(req: &Request, env: &Env) -> Result<Coordinator, ApiError> {
    let db = storage::database(env)?;
    let now_ms = worker::js_sys::Date::now();
    let cookies = req.headers().get("Cookie")?.unwrap_or_default();
    if let Some(id) = SessionCookie::of(req, Scope::Coordinators)?.read(&cookies) {
        // Checked before the session is touched: a refused request keeps nothing alive.
        if !is_safe(req.method()) {
            same_origin(req)?;
        }
        if is_session_id(id) {
            match admin_session::resume(&db, &token_hash(id).await?, now_ms).await {
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
            if !limits::count_sign_in(&db, &id, &client, limit, now_ms).await? {
                let retry_after = limits::sign_in_retry_after(&db, &client, limit, now_ms).await?;
                return Err(ApiError::TooManyRequests { retry_after });
            }
            Some(id)
        }
    };
    let found = admin_session::coordinator_by_token(&db, &token_hash(token).await?, now_ms).await;
    // A right token (expired or not) was no guess.
    let right = matches!(
        found,
        Ok(Some(_)) | Err(ApiError::Unauthorized(SignedOut::TokenExpired))
    );
    if let (true, Some(id)) = (right, &attempt) {
        limits::forget_sign_in(&db, id).await?;
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
    let address = rate_limit::address(req)?;
    let client = rate_limit::named_hash(&signing_key::read(env)?, "sign-in", &address).await?;
    Ok(Some((client, limit)))
}

/// 429 when this client has failed too often (nothing counted: no token was tried).
async fn refuse_if_limited(req: &Request, env: &Env, now_ms: f64) -> Result<(), ApiError> {
    let Some((client, limit)) = client(req, env).await? else {
        return Ok(());
    };
    let db = storage::database(env)?;
    if limits::sign_in_failures(&db, &client, now_ms - FAILURE_WINDOW_MS).await? >= limit {
        let retry_after = limits::sign_in_retry_after(&db, &client, limit, now_ms).await?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_failures_unless_set() {
        assert_eq!(failure_limit(None), 10);
        assert_eq!(failure_limit(Some("0")), 0);
        assert_eq!(failure_limit(Some("3")), 3);
        assert_eq!(failure_limit(Some("viele")), 10);
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
