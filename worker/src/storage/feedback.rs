//! Barrier reports as they come in (`POST /api/feedback`). Their rate limit counts from this
//! table: a report's row keeps its client's keyed hash for the window, then forgets it
//! (`rate_limit.rs`). Writes that must agree run as one D1 batch (one transaction), so
//! concurrent reports cannot overshoot the limit or lose a row.

use super::intake::Received;
use super::rate_limit;
use crate::error::ApiError;
use crate::rate_limit::Bucket;
use crate::storage;
use model::FeedbackInput;
use wasm_bindgen::JsValue;
use worker::D1Database;

/// Stores the report unless the client is over its limit or the key is taken. Returns whether
/// this report's row was written.
pub async fn insert(
    db: &D1Database,
    received: &Received<'_>,
    input: &FeedbackInput,
) -> Result<bool, ApiError> {
    let (client, now_ms) = (received.client, received.now_ms);
    // With the limit off there is nothing to count, so nothing about the client is kept.
    let hash = if client.limit == 0 {
        JsValue::NULL
    } else {
        client.hash.as_str().into()
    };
    let mut params = vec![
        received.id.into(),
        received.idempotency_key.into(),
        received.request_hash.into(),
        received.created_at.into(),
        JsValue::from_f64(now_ms),
        hash,
        input.message.as_str().into(),
        input.email.as_deref().map_or(JsValue::NULL, JsValue::from),
    ];
    params.extend(rate_limit::params(client, now_ms));
    let insert = db
        .prepare(format!(
            "INSERT INTO feedback (id, idempotency_key, request_hash, created_at, at_ms, \
             client_hash, message, email) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 \
             WHERE {} ON CONFLICT (idempotency_key) DO NOTHING",
            rate_limit::under_limit(Bucket::Feedback, 9)
        ))
        .bind(&params)?;
    let mut batch = rate_limit::tidy(db, Bucket::Feedback, now_ms)?;
    let index = batch.len();
    batch.push(insert);
    let results = db.batch(batch).await?;
    storage::changed(storage::nth(&results, index)?)
}
