//! The coordinators' tokens and sessions (`auth/coordinator.rs` checks requests with them; the
//! failed sign-ins are counted in `rate_limit.rs`). Starting and ending a session go into one
//! batch with their audit entry; ids in the log are the first 16 digits of a session's hash,
//! never a token or a session id.

use super::audit::Audit;
use crate::error::ApiError;
use model::audit::Actor;
use model::session::{Coordinator, SignedOut, IDLE_MS, LIFETIME_MS};
use serde::Deserialize;
use subtle::ConstantTimeEq;
use worker::D1Database;

/// The audit action of a session that ended by itself (idle, too old, its token gone), written
/// where a request finds it so and by the daily run.
pub const EXPIRE: &str = "session.expire";

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
    audit: &Audit,
    id_hash: &str,
    now_ms: f64,
) -> Result<(), ApiError> {
    let now = iso(now_ms);
    let insert = db
        .prepare("INSERT INTO sessions (id_hash, coordinator, created_at, last_used_at) VALUES (?1, ?2, ?3, ?3)")
        .bind(&[id_hash.into(), coordinator.into(), now.into()])?;
    let entry = audit
        .action("session.start", Some(log_id(id_hash)))
        .insert(db)?;
    db.batch(vec![insert, entry]).await?;
    Ok(())
}

/// Ends a session (`action`: sign-out or expiry), with `audit`'s entry (the session's
/// coordinator) only if it existed.
pub async fn end(
    db: &D1Database,
    audit: &Audit,
    id_hash: &str,
    action: &str,
) -> Result<bool, ApiError> {
    let delete = db
        .prepare("DELETE FROM sessions WHERE id_hash = ?1")
        .bind(&[id_hash.into()])?;
    audit
        .action(action, Some(log_id(id_hash)))
        .record(
            db,
            "EXISTS (SELECT 1 FROM sessions WHERE id_hash = ?1)",
            &[id_hash.into()],
            delete,
        )
        .await
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
        // Found ended on a request: the entry names the session's coordinator.
        let audit = Audit::new(Actor::Coordinator(row.coordinator.clone()));
        end(db, &audit, id_hash, EXPIRE).await?;
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
