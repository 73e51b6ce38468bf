//! Barrier reports as they come in (`POST /api/feedback`), and their rate limit, which counts
//! from this table: a report's row keeps its client's keyed hash for the window, then forgets
//! it. A filled-in honeypot stores no report, so it is counted in `rate_events`, as for a
//! registration, under the reports' own hash (`rate_limit::feedback_client_hash`).
//! Writes that must agree run as one D1 batch (one transaction), so concurrent reports cannot
//! overshoot the limit or lose a row.

use crate::rate_limit::WINDOW_MS;
use crate::storage;
use crate::storage::registrations::{expire, Client};
use crate::ApiError;
use model::FeedbackInput;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// A report about to be stored.
pub struct NewFeedback<'a> {
    pub id: &'a str,
    pub idempotency_key: &'a str,
    pub request_hash: &'a str,
    pub created_at: &'a str,
    pub input: &'a FeedbackInput,
}

/// The id and request hash stored under an idempotency key.
pub async fn find_by_key(db: &D1Database, key: &str) -> Result<Option<(String, String)>, ApiError> {
    storage::find_by_key(db, "feedback", key).await
}

/// The client's sends in the window (`?b` its hash, `?c` the window's start): its stored
/// reports and its honeypot hits.
fn sends_in_window(b: usize, c: usize) -> String {
    format!(
        "(SELECT COUNT(*) FROM feedback WHERE client_hash = ?{b} AND at_ms > ?{c}) + \
         (SELECT COUNT(*) FROM rate_events WHERE client_hash = ?{b} AND at > ?{c})"
    )
}

/// The condition "this client is under its limit" as SQL, with its parameters from `?first`:
/// the limit (0: none), the client's hash, the window's start.
fn under_limit(first: usize) -> String {
    format!(
        "(?{a} = 0 OR ({sends}) < ?{a})",
        a = first,
        sends = sends_in_window(first + 1, first + 2)
    )
}

fn limit_params(client: &Client<'_>, now_ms: f64) -> [JsValue; 3] {
    [
        JsValue::from_f64(f64::from(client.limit)),
        client.hash.into(),
        JsValue::from_f64(now_ms - WINDOW_MS),
    ]
}

/// Forgets the clients' hashes whose window has passed: the count no longer needs them.
pub fn forget_hashes(db: &D1Database, now_ms: f64) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(
            "UPDATE feedback SET client_hash = NULL WHERE client_hash IS NOT NULL AND at_ms <= ?1",
        )
        .bind(&[JsValue::from_f64(now_ms - WINDOW_MS)])?)
}

/// Stores the report unless the client is over its limit or the key is taken. Returns whether
/// this report's row was written.
pub async fn insert(
    db: &D1Database,
    feedback: &NewFeedback<'_>,
    client: &Client<'_>,
    now_ms: f64,
) -> Result<bool, ApiError> {
    let input = feedback.input;
    // With the limit off there is nothing to count, so nothing about the client is kept.
    let hash = if client.limit == 0 {
        JsValue::NULL
    } else {
        client.hash.into()
    };
    let mut params = vec![
        feedback.id.into(),
        feedback.idempotency_key.into(),
        feedback.request_hash.into(),
        feedback.created_at.into(),
        JsValue::from_f64(now_ms),
        hash,
        input.message.as_str().into(),
        input.email.as_deref().map_or(JsValue::NULL, JsValue::from),
    ];
    params.extend(limit_params(client, now_ms));
    let insert = db
        .prepare(format!(
            "INSERT INTO feedback (id, idempotency_key, request_hash, created_at, at_ms, \
             client_hash, message, email) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 \
             WHERE {} ON CONFLICT (idempotency_key) DO NOTHING",
            under_limit(9)
        ))
        .bind(&params)?;
    let results = db
        .batch(vec![
            expire(db, now_ms)?,
            forget_hashes(db, now_ms)?,
            insert,
        ])
        .await?;
    storage::changed(storage::nth(&results, 2)?)
}

/// Counts a honeypot hit like a report (nothing else is stored). Returns whether the client
/// was under its limit.
pub async fn count_bot(
    db: &D1Database,
    event_id: &str,
    client: &Client<'_>,
    now_ms: f64,
) -> Result<bool, ApiError> {
    let mut params = vec![
        event_id.into(),
        client.hash.into(),
        JsValue::from_f64(now_ms),
    ];
    params.extend(limit_params(client, now_ms));
    let count = db
        .prepare(format!(
            "INSERT INTO rate_events (id, client_hash, at) SELECT ?1, ?2, ?3 WHERE {}",
            under_limit(4)
        ))
        .bind(&params)?;
    let results = db
        .batch(vec![expire(db, now_ms)?, forget_hashes(db, now_ms)?, count])
        .await?;
    storage::changed(storage::nth(&results, 2)?)
}

/// When the client's oldest counted send in the window was accepted (ms).
pub async fn oldest_in_window(
    db: &D1Database,
    client_hash: &str,
    now_ms: f64,
) -> Result<Option<f64>, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        oldest: Option<f64>,
    }
    let row: Option<Row> = db
        .prepare(
            "SELECT MIN(at) AS oldest FROM ( \
               SELECT at_ms AS at FROM feedback WHERE client_hash = ?1 AND at_ms > ?2 \
               UNION ALL SELECT at FROM rate_events WHERE client_hash = ?1 AND at > ?2)",
        )
        .bind(&[client_hash.into(), JsValue::from_f64(now_ms - WINDOW_MS)])?
        .first(None)
        .await?;
    Ok(row.and_then(|r| r.oldest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_counts_reports_and_honeypot_hits_of_the_one_client() {
        assert_eq!(
            under_limit(9),
            "(?9 = 0 OR ((SELECT COUNT(*) FROM feedback WHERE client_hash = ?10 AND at_ms > ?11) + \
             (SELECT COUNT(*) FROM rate_events WHERE client_hash = ?10 AND at > ?11)) < ?9)"
        );
    }
}
