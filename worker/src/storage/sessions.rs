//! The coordinators' tokens, sessions and failed sign-ins (see `auth.rs`). Starting and ending
//! a session go into one batch with their audit entry; ids in the log are the first 16 digits
//! of a session's hash, never a token or a session id.

use super::audit::Action;
use crate::session::{Coordinator, SignedOut, FAILURE_WINDOW_MS, IDLE_MS, LIFETIME_MS};
use crate::storage;
use crate::ApiError;
use serde::Deserialize;
use subtle::ConstantTimeEq;
use wasm_bindgen::JsValue;
use worker::D1Database;

fn iso(ms: f64) -> String {
    worker::js_sys::Date::new(&ms.into()).to_iso_string().into()
}

/// How a session appears in the audit log.
pub fn log_id(id_hash: &str) -> &str {
    &id_hash[..16.min(id_hash.len())]
}

/// A coordinator's token is usable: not revoked, not past its expiry.
#[derive(Deserialize)]
struct TokenRow {
    name: String,
    token_hash: String,
    revoked_at: Option<String>,
    expires_at: Option<String>,
}

/// Whether a token that ends at `expires_at` has ended at `now` (both ISO 8601, UTC). A
/// token without an end date counts as ended: every token gets one.
pub fn has_expired(expires_at: Option<&str>, now: &str) -> bool {
    expires_at.is_none_or(|end| end <= now)
}

/// The coordinator whose token hashes to `hash`: `None` if none (or revoked), 401 if expired.
pub async fn coordinator_by_token(
    db: &D1Database,
    hash: &str,
    now_ms: f64,
) -> Result<Option<Coordinator>, ApiError> {
    let row: Option<TokenRow> = db
        .prepare("SELECT name, token_hash, revoked_at, expires_at FROM coordinators WHERE token_hash = ?1")
        .bind(&[hash.into()])?
        .first(None)
        .await?;
    let Some(row) = row else { return Ok(None) };
    if row.revoked_at.is_some() || !bool::from(row.token_hash.as_bytes().ct_eq(hash.as_bytes())) {
        return Ok(None);
    }
    let now = iso(now_ms);
    if has_expired(row.expires_at.as_deref(), &now) {
        return Err(ApiError::Unauthorized(SignedOut::TokenExpired));
    }
    db.prepare("UPDATE coordinators SET last_used_at = ?1 WHERE name = ?2")
        .bind(&[now.into(), row.name.as_str().into()])?
        .run()
        .await?;
    Ok(Some(Coordinator {
        name: row.name,
        expires_at: row.expires_at,
        session: None,
    }))
}

/// A new session for `coordinator`, with its audit entry.
pub async fn start(
    db: &D1Database,
    coordinator: &str,
    id_hash: &str,
    now_ms: f64,
) -> Result<(), ApiError> {
    let now = iso(now_ms);
    let insert = db
        .prepare("INSERT INTO sessions (id_hash, coordinator, created_at, last_used_at) VALUES (?1, ?2, ?3, ?3)")
        .bind(&[id_hash.into(), coordinator.into(), now.into()])?;
    let action = Action {
        coordinator,
        name: "session.start",
        target: Some(log_id(id_hash)),
    };
    db.batch(vec![insert, action.insert(db)?]).await?;
    Ok(())
}

/// Ends a session (`action`: sign-out or expiry), with its audit entry only if it existed.
pub async fn end(
    db: &D1Database,
    coordinator: &str,
    id_hash: &str,
    action: &str,
) -> Result<bool, ApiError> {
    let entry = Action {
        coordinator,
        name: action,
        target: Some(log_id(id_hash)),
    }
    .insert_if(
        db,
        "EXISTS (SELECT 1 FROM sessions WHERE id_hash = ?6)",
        &[id_hash.into()],
    )?;
    let delete = db
        .prepare("DELETE FROM sessions WHERE id_hash = ?1")
        .bind(&[id_hash.into()])?;
    let results = db.batch(vec![entry, delete]).await?;
    storage::changed(storage::nth(&results, 1)?)
}

/// The coordinator of a live session, its last use moved to now; a session that has ended
/// (8 hours unused, or its token revoked or expired) is deleted with its audit entry: 401.
pub async fn resume(db: &D1Database, id_hash: &str, now_ms: f64) -> Result<Coordinator, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        coordinator: String,
        created_at: String,
        last_used_at: String,
        revoked_at: Option<String>,
        expires_at: Option<String>,
    }
    let row: Option<Row> = db
        .prepare(
            "SELECT s.coordinator, s.created_at, s.last_used_at, c.revoked_at, c.expires_at \
             FROM sessions s JOIN coordinators c ON c.name = s.coordinator WHERE s.id_hash = ?1",
        )
        .bind(&[id_hash.into()])?
        .first(None)
        .await?;
    let Some(row) = row else {
        return Err(ApiError::Unauthorized(SignedOut::SessionEnded));
    };
    let now = iso(now_ms);
    let expired = has_expired(row.expires_at.as_deref(), &now);
    let idle = row.last_used_at <= iso(now_ms - IDLE_MS);
    let too_old = row.created_at <= iso(now_ms - LIFETIME_MS);
    if row.revoked_at.is_some() || expired || idle || too_old {
        end(db, &row.coordinator, id_hash, "session.expire").await?;
        let reason = if expired {
            SignedOut::TokenExpired
        } else {
            SignedOut::SessionEnded
        };
        return Err(ApiError::Unauthorized(reason));
    }
    let touch = db
        .prepare("UPDATE sessions SET last_used_at = ?1 WHERE id_hash = ?2")
        .bind(&[now.as_str().into(), id_hash.into()])?;
    let used = db
        .prepare("UPDATE coordinators SET last_used_at = ?1 WHERE name = ?2")
        .bind(&[now.as_str().into(), row.coordinator.as_str().into()])?;
    db.batch(vec![touch, used]).await?;
    Ok(Coordinator {
        name: row.coordinator,
        expires_at: row.expires_at,
        session: Some(id_hash.to_string()),
    })
}

/// Counts a sign-in attempt of `client`, unless it is at `limit` in the window: one INSERT
/// whose condition counts, so parallel attempts cannot all pass. False: refused. Attempts
/// older than the window go in the same batch.
pub async fn count_attempt(
    db: &D1Database,
    id: &str,
    client: &str,
    limit: u32,
    now_ms: f64,
) -> Result<bool, ApiError> {
    let since = JsValue::from_f64(now_ms - FAILURE_WINDOW_MS);
    let insert = db
        .prepare(
            "INSERT INTO sign_in_failures (id, client_hash, at_ms) SELECT ?1, ?2, ?3 \
             WHERE (SELECT COUNT(*) FROM sign_in_failures WHERE client_hash = ?2 AND at_ms > ?4) < ?5",
        )
        .bind(&[
            id.into(),
            client.into(),
            JsValue::from_f64(now_ms),
            since.clone(),
            JsValue::from_f64(limit.into()),
        ])?;
    let expire = db
        .prepare("DELETE FROM sign_in_failures WHERE at_ms <= ?1")
        .bind(&[since])?;
    let results = db.batch(vec![insert, expire]).await?;
    storage::changed(storage::nth(&results, 0)?)
}

/// Takes back an attempt whose token was right.
pub async fn forget_attempt(db: &D1Database, id: &str) -> Result<(), ApiError> {
    db.prepare("DELETE FROM sign_in_failures WHERE id = ?1")
        .bind(&[id.into()])?
        .run()
        .await?;
    Ok(())
}

/// How many sign-ins `client` failed since `since_ms`.
pub async fn failures(db: &D1Database, client: &str, since_ms: f64) -> Result<u32, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        n: u32,
    }
    let row: Option<Row> = db
        .prepare("SELECT COUNT(*) AS n FROM sign_in_failures WHERE client_hash = ?1 AND at_ms > ?2")
        .bind(&[client.into(), JsValue::from_f64(since_ms)])?
        .first(None)
        .await?;
    Ok(row.map_or(0, |r| r.n))
}

/// Seconds until `client` is under `limit` again: when the failure that must leave the
/// window for that leaves it.
pub async fn retry_after(
    db: &D1Database,
    client: &str,
    limit: u32,
    now_ms: f64,
) -> Result<u32, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        at_ms: f64,
    }
    let since = now_ms - FAILURE_WINDOW_MS;
    let count = failures(db, client, since).await?;
    let skip = count.saturating_sub(limit);
    let row: Option<Row> = db
        .prepare(
            "SELECT at_ms FROM sign_in_failures WHERE client_hash = ?1 AND at_ms > ?2 \
             ORDER BY at_ms LIMIT 1 OFFSET ?3",
        )
        .bind(&[
            client.into(),
            JsValue::from_f64(since),
            JsValue::from_f64(skip.into()),
        ])?
        .first(None)
        .await?;
    Ok(crate::rate_limit::retry_after_secs(
        row.map_or(now_ms, |r| r.at_ms),
        now_ms,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_ends_at_its_expiry() {
        let now = "2026-11-30T10:00:00.000Z";
        assert!(has_expired(Some("2026-11-30T10:00:00.000Z"), now));
        assert!(has_expired(Some("2026-11-29T23:59:59.999Z"), now));
        assert!(!has_expired(Some("2026-12-01T00:00:00.000Z"), now));
        assert!(has_expired(None, now), "no end date: ended, never endless");
    }

    #[test]
    fn the_log_names_a_session_by_part_of_its_hash() {
        let hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        assert_eq!(log_id(hash), "0123456789abcdef");
    }
}
