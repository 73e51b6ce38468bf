//! The mail outbox: a message waits here from the moment it is queued until it is sent. Each
//! attempt first claims the row (its count goes up and its next time moves on), so two runs
//! never send the same message at once; a sent message's row is deleted.

use crate::error::ApiError;
use crate::storage::{number, text};
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// Attempts in all: the first right after the registration, then five retries.
pub const MAX_ATTEMPTS: u32 = 6;
/// The cron's interval, and the first retry's delay; each later retry waits twice as long.
pub const RETRY_MS: f64 = 10.0 * 60.0 * 1000.0;
/// Mails an address receives in 24 hours at most.
pub const MAX_PER_ADDRESS: u32 = 5;
/// Confirmation mails a registration gets in 24 hours at most: the first and 3 asked again.
pub const MAX_CONFIRMATIONS: u32 = 4;
pub const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// A message about to be queued.
pub struct Queued<'a> {
    pub id: &'a str,
    pub registration: Option<&'a str>,
    pub coordinator: Option<&'a str>,
    pub kind: &'a str,
    pub recipient: &'a str,
    /// The keyed hash of the recipient's address, for the daily limit.
    pub address_hash: &'a str,
    pub message: &'a str,
    pub now_ms: f64,
}

/// A queued message.
pub struct Row {
    pub id: String,
    pub recipient: String,
    pub message: String,
    pub attempts: u32,
}

fn optional(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from)
}

/// The INSERTs that queue `mail` and count it, for one batch. The message is queued only while
/// its address is under its daily limit and, for a registration's mail, while the registration
/// exists (a retried form adds nothing) and is under its own limit of confirmations.
pub fn queue(db: &D1Database, mail: &Queued<'_>) -> Result<[D1PreparedStatement; 2], ApiError> {
    let since = mail.now_ms - DAY_MS;
    let created_at: String = worker::js_sys::Date::new(&mail.now_ms.into())
        .to_iso_string()
        .into();
    let insert = db
        .prepare(
            "INSERT INTO mail_outbox (id, registration, coordinator, kind, recipient, message, \
             created_at, next_at_ms) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 \
             WHERE (?2 IS NULL OR EXISTS (SELECT 1 FROM registrations WHERE id = ?2)) \
             AND (SELECT COUNT(*) FROM mail_sends WHERE address_hash = ?9 AND at_ms > ?10) < ?11 \
             AND (?2 IS NULL OR ?4 <> 'confirm' OR (SELECT COUNT(*) FROM mail_sends \
                  WHERE registration = ?2 AND at_ms > ?10) < ?12)",
        )
        .bind(&[
            mail.id.into(),
            optional(mail.registration),
            optional(mail.coordinator),
            mail.kind.into(),
            mail.recipient.into(),
            mail.message.into(),
            created_at.into(),
            // Not due for the cron before the first attempt has had its chance.
            JsValue::from_f64(mail.now_ms + RETRY_MS),
            mail.address_hash.into(),
            JsValue::from_f64(since),
            JsValue::from_f64(f64::from(MAX_PER_ADDRESS)),
            JsValue::from_f64(f64::from(MAX_CONFIRMATIONS)),
        ])?;
    let count = db
        .prepare(
            "INSERT INTO mail_sends (id, registration, address_hash, at_ms) \
             SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM mail_outbox WHERE id = ?1)",
        )
        .bind(&[
            mail.id.into(),
            optional(mail.registration),
            mail.address_hash.into(),
            JsValue::from_f64(mail.now_ms),
        ])?;
    Ok([insert, count])
}

/// Whether the message `id` is queued (its limits let it in).
pub async fn is_queued(db: &D1Database, id: &str) -> Result<bool, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT 1 AS queued FROM mail_outbox WHERE id = ?1")
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.is_some())
}

/// Claims the message `id` for one attempt: counts it and sets when the next one is due.
/// `None` when it is gone, failed for good, or another run claimed it first.
pub async fn claim(db: &D1Database, id: &str, now_ms: f64) -> Result<Option<Row>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(
            "SELECT id, recipient, message, attempts FROM mail_outbox \
             WHERE id = ?1 AND status = 'pending'",
        )
        .bind(&[id.into()])?
        .first(None)
        .await?;
    let Some(mut row) = row.map(|row| Row {
        id: text(&row, "id").unwrap_or_default(),
        recipient: text(&row, "recipient").unwrap_or_default(),
        message: text(&row, "message").unwrap_or_default(),
        attempts: number(&row, "attempts").unwrap_or_default() as u32,
    }) else {
        return Ok(None);
    };
    let next = now_ms + RETRY_MS * f64::from(1u32 << row.attempts.min(10));
    let result = db
        .prepare(
            "UPDATE mail_outbox SET attempts = attempts + 1, next_at_ms = ?3 \
             WHERE id = ?1 AND attempts = ?2 AND status = 'pending'",
        )
        .bind(&[
            id.into(),
            JsValue::from_f64(f64::from(row.attempts)),
            JsValue::from_f64(next),
        ])?
        .run()
        .await?;
    if !crate::storage::changed(&result)? {
        return Ok(None);
    }
    row.attempts += 1;
    Ok(Some(row))
}

/// The message was sent: it leaves the outbox.
pub async fn sent(db: &D1Database, id: &str) -> Result<(), ApiError> {
    db.prepare("DELETE FROM mail_outbox WHERE id = ?1")
        .bind(&[id.into()])?
        .run()
        .await?;
    Ok(())
}

/// An attempt failed with `error` at `now`; after the last one the message is marked failed.
pub async fn not_sent(db: &D1Database, row: &Row, error: &str, now: &str) -> Result<(), ApiError> {
    let status = if row.attempts >= MAX_ATTEMPTS {
        "failed"
    } else {
        "pending"
    };
    db.prepare(
        "UPDATE mail_outbox SET status = ?2, last_error = ?3, \
         failed_at = CASE WHEN ?2 = 'failed' THEN ?4 END WHERE id = ?1",
    )
    .bind(&[
        row.id.as_str().into(),
        status.into(),
        error.into(),
        now.into(),
    ])?
    .run()
    .await?;
    Ok(())
}

/// The ids of messages due for another attempt at `now_ms`, oldest first.
pub async fn due(db: &D1Database, now_ms: f64, limit: u32) -> Result<Vec<String>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(
            "SELECT id FROM mail_outbox WHERE status = 'pending' AND next_at_ms <= ?1 \
             ORDER BY next_at_ms LIMIT ?2",
        )
        .bind(&[
            JsValue::from_f64(now_ms),
            JsValue::from_f64(f64::from(limit)),
        ])?
        .all()
        .await?
        .results()?;
    Ok(rows.iter().filter_map(|row| text(row, "id")).collect())
}

/// Forgets what the outbox no longer needs: the daily counts older than two days, and a
/// coordinator's digest that could not be delivered (it holds their address: a week at most,
/// `undelivered_before`).
pub async fn tidy(db: &D1Database, now_ms: f64, undelivered_before: &str) -> Result<(), ApiError> {
    let counts = db
        .prepare("DELETE FROM mail_sends WHERE at_ms <= ?1")
        .bind(&[JsValue::from_f64(now_ms - 2.0 * DAY_MS)])?;
    let digests = db
        .prepare("DELETE FROM mail_outbox WHERE registration IS NULL AND created_at < ?1")
        .bind(&[undelivered_before.into()])?;
    db.batch(vec![counts, digests]).await?;
    Ok(())
}
