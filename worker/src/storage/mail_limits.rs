//! What the mail limits read and write: the confirmations a mailbox got in the last 24 hours,
//! the mails sent in all, the mails that wait for a higher priority, and the rows held back.
//! The decisions are `mail::limits`'.

use crate::error::ApiError;
use crate::storage::outbox::DAY_MS;
use crate::storage::{nth, number};
use wasm_bindgen::JsValue;
use worker::D1Database;

/// When the confirmations to `mailbox` of the last 24 hours before `now_ms` were sent, oldest
/// first.
pub async fn confirmations_sent(
    db: &D1Database,
    mailbox: &str,
    now_ms: f64,
) -> Result<Vec<f64>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(
            "SELECT at_ms FROM mail_sends WHERE mailbox = ?1 AND kind IN ('confirm', 'address') \
             AND at_ms > ?2 ORDER BY at_ms",
        )
        .bind(&[mailbox.into(), JsValue::from_f64(now_ms - DAY_MS)])?
        .all()
        .await?
        .results()?;
    Ok(rows.iter().filter_map(|row| number(row, "at_ms")).collect())
}

/// The daily cap's counts for a mail of `priority` at `now_ms`: the mails sent in the last 24
/// hours, and the mails of a higher priority due now (they get the next slots).
pub async fn cap_counts(
    db: &D1Database,
    priority: u8,
    now_ms: f64,
) -> Result<(u32, u32), ApiError> {
    let results = db
        .batch(vec![
            db.prepare("SELECT COUNT(*) AS n FROM mail_sends WHERE at_ms > ?1")
                .bind(&[JsValue::from_f64(now_ms - DAY_MS)])?,
            db.prepare(
                "SELECT COUNT(*) AS n FROM mail_outbox WHERE status = 'pending' \
                 AND priority < ?1 AND next_at_ms <= ?2",
            )
            .bind(&[
                JsValue::from_f64(f64::from(priority)),
                JsValue::from_f64(now_ms),
            ])?,
        ])
        .await?;
    let count = |index: usize| -> Result<u32, ApiError> {
        let rows: Vec<serde_json::Value> = nth(&results, index)?.results()?;
        Ok(rows
            .first()
            .and_then(|row| number(row, "n"))
            .unwrap_or_default() as u32)
    };
    Ok((count(0)?, count(1)?))
}

/// When the send `offset` places after the oldest of the last 24 hours was sent.
pub async fn nth_send(db: &D1Database, now_ms: f64, offset: u32) -> Result<Option<f64>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT at_ms FROM mail_sends WHERE at_ms > ?1 ORDER BY at_ms LIMIT 1 OFFSET ?2")
        .bind(&[
            JsValue::from_f64(now_ms - DAY_MS),
            JsValue::from_f64(f64::from(offset)),
        ])?
        .first(None)
        .await?;
    Ok(row.and_then(|row| number(&row, "at_ms")))
}

/// Holds the message `id` back until `until_ms`: not an attempt, and marked as held.
pub async fn hold(db: &D1Database, id: &str, until_ms: f64) -> Result<(), ApiError> {
    db.prepare(
        "UPDATE mail_outbox SET next_at_ms = ?2, held = 1 WHERE id = ?1 AND status = 'pending'",
    )
    .bind(&[id.into(), JsValue::from_f64(until_ms)])?
    .run()
    .await?;
    Ok(())
}

/// How many mails wait because of a limit.
pub async fn held(db: &D1Database) -> Result<u32, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT COUNT(*) AS n FROM mail_outbox WHERE status = 'pending' AND held = 1")
        .first(None)
        .await?;
    Ok(row.and_then(|row| number(&row, "n")).unwrap_or_default() as u32)
}

/// The mailbox of registration `id` while it is owed a confirmation mail.
pub async fn owed_mailbox(db: &D1Database, id: &str) -> Result<Option<String>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT mailbox FROM registrations WHERE id = ?1 AND confirmation_due = 1")
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.and_then(|row| crate::storage::text(&row, "mailbox")))
}
