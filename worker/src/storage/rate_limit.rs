//! The rate limits' SQL (`rate_limit.rs` says who counts as a client and how many sends a
//! window allows): the public forms' sends and the failed sign-ins, per client's keyed hash over
//! a sliding window. A count and what it counts go into one batch, whose condition counts, so
//! parallel requests cannot overshoot a limit.
//!
//! - Registrations: each stored one leaves a row in `rate_events`.
//! - Barrier reports: each stored report keeps its client's hash for the window (then forgets it).
//! - Claims and suggestions: like registrations, a row in `rate_events` each, under their own
//!   hash.
//! - A filled-in honeypot stores nothing, so it is counted in `rate_events`, under its form's hash.
//! - Failed sign-ins: `sign_in_failures`, apart from the forms.

use crate::error::ApiError;
use crate::rate_limit::{retry_after_secs, Bucket, Client, WINDOW_MS};
use crate::storage;
use model::session::FAILURE_WINDOW_MS;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// The client's sends in the window (`?b` its hash, `?c` the window's start).
fn sends_in_window(bucket: Bucket, b: usize, c: usize) -> String {
    let events =
        format!("(SELECT COUNT(*) FROM rate_events WHERE client_hash = ?{b} AND at > ?{c})");
    match bucket {
        Bucket::Registrations | Bucket::NetworkRequests => events,
        Bucket::Feedback => format!(
            "(SELECT COUNT(*) FROM feedback WHERE client_hash = ?{b} AND at_ms > ?{c}) + {events}"
        ),
    }
}

/// The condition "this client is under its limit" as SQL, with its three parameters from
/// `?first` ([`params`]): the limit (0: none), the client's hash, the window's start.
pub fn under_limit(bucket: Bucket, first: usize) -> String {
    let a = first;
    let sends = sends_in_window(bucket, first + 1, first + 2);
    match bucket {
        Bucket::Registrations | Bucket::NetworkRequests => {
            format!("(?{a} = 0 OR {sends} < ?{a})")
        }
        Bucket::Feedback => format!("(?{a} = 0 OR ({sends}) < ?{a})"),
    }
}

/// The parameters of [`under_limit`].
pub fn params(client: &Client, now_ms: f64) -> [JsValue; 3] {
    [
        JsValue::from_f64(f64::from(client.limit)),
        client.hash.as_str().into(),
        JsValue::from_f64(now_ms - WINDOW_MS),
    ]
}

/// What the window no longer needs, for the batch that counts: the counts that have left it,
/// and the reports' client hashes that have.
pub fn tidy(
    db: &D1Database,
    bucket: Bucket,
    now_ms: f64,
) -> Result<Vec<D1PreparedStatement>, ApiError> {
    let since = [JsValue::from_f64(now_ms - WINDOW_MS)];
    let mut statements = vec![db
        .prepare("DELETE FROM rate_events WHERE at <= ?1")
        .bind(&since)?];
    if bucket == Bucket::Feedback {
        statements.push(
            db.prepare(
                "UPDATE feedback SET client_hash = NULL WHERE client_hash IS NOT NULL AND at_ms <= ?1",
            )
            .bind(&since)?,
        );
    }
    Ok(statements)
}

/// The count of a stored registration `id` for its client, written only if the row exists at
/// that point of the batch.
pub fn count_registration(
    db: &D1Database,
    id: &str,
    client: &Client,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    count_stored(db, "registrations", id, client, now_ms)
}

/// The count of a stored row `id` of a form's `table` (a constant) for its client, written only
/// if the row exists at that point of the batch.
pub fn count_stored(
    db: &D1Database,
    table: &'static str,
    id: &str,
    client: &Client,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(format!(
            "INSERT INTO rate_events (id, client_hash, at) \
             SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"
        ))
        .bind(&[
            id.into(),
            client.hash.as_str().into(),
            JsValue::from_f64(now_ms),
        ])?)
}

/// Counts a honeypot hit like a send of its form (nothing else is stored). Returns whether the
/// client was under its limit.
pub async fn count_bot(
    db: &D1Database,
    bucket: Bucket,
    event_id: &str,
    client: &Client,
    now_ms: f64,
) -> Result<bool, ApiError> {
    let mut values = vec![
        event_id.into(),
        client.hash.as_str().into(),
        JsValue::from_f64(now_ms),
    ];
    values.extend(params(client, now_ms));
    let count = db
        .prepare(format!(
            "INSERT INTO rate_events (id, client_hash, at) SELECT ?1, ?2, ?3 WHERE {}",
            under_limit(bucket, 4)
        ))
        .bind(&values)?;
    let mut batch = tidy(db, bucket, now_ms)?;
    let index = batch.len();
    batch.push(count);
    let results = db.batch(batch).await?;
    storage::changed(storage::nth(&results, index)?)
}

/// The 429 of a client at its limit: it may send again when its oldest counted send in the
/// window leaves it.
pub async fn refusal(
    db: &D1Database,
    bucket: Bucket,
    client: &Client,
    now_ms: f64,
) -> Result<ApiError, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        oldest: Option<f64>,
    }
    let events = "SELECT at FROM rate_events WHERE client_hash = ?1 AND at > ?2";
    let sql = match bucket {
        Bucket::Registrations | Bucket::NetworkRequests => {
            format!("SELECT MIN(at) AS oldest FROM ({events})")
        }
        Bucket::Feedback => format!(
            "SELECT MIN(at) AS oldest FROM ( \
               SELECT at_ms AS at FROM feedback WHERE client_hash = ?1 AND at_ms > ?2 \
               UNION ALL {events})"
        ),
    };
    let row: Option<Row> = db
        .prepare(sql)
        .bind(&[
            client.hash.as_str().into(),
            JsValue::from_f64(now_ms - WINDOW_MS),
        ])?
        .first(None)
        .await?;
    let oldest = row.and_then(|r| r.oldest).unwrap_or(now_ms);
    Ok(ApiError::TooManyRequests {
        retry_after: retry_after_secs(oldest, now_ms),
    })
}

/// Counts a sign-in attempt of `client`, unless it is at `limit` in the window: one INSERT
/// whose condition counts, so parallel attempts cannot all pass. False: refused. Attempts
/// older than the window go in the same batch.
pub async fn count_sign_in(
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
            since,
            JsValue::from_f64(limit.into()),
        ])?;
    let results = db.batch(vec![insert, forget_sign_ins(db, now_ms)?]).await?;
    storage::changed(storage::nth(&results, 0)?)
}

/// The failed sign-ins that have left the window go (the daily run's share).
pub fn forget_sign_ins(db: &D1Database, now_ms: f64) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare("DELETE FROM sign_in_failures WHERE at_ms <= ?1")
        .bind(&[JsValue::from_f64(now_ms - FAILURE_WINDOW_MS)])?)
}

/// Takes back a sign-in attempt whose token was right.
pub async fn forget_sign_in(db: &D1Database, id: &str) -> Result<(), ApiError> {
    db.prepare("DELETE FROM sign_in_failures WHERE id = ?1")
        .bind(&[id.into()])?
        .run()
        .await?;
    Ok(())
}

/// How many sign-ins `client` failed since `since_ms`.
pub async fn sign_in_failures(
    db: &D1Database,
    client: &str,
    since_ms: f64,
) -> Result<u32, ApiError> {
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
pub async fn sign_in_retry_after(
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
    let count = sign_in_failures(db, client, since).await?;
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
    Ok(retry_after_secs(row.map_or(now_ms, |r| r.at_ms), now_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_form_counts_its_own_sends() {
        assert_eq!(
            under_limit(Bucket::Registrations, 21),
            "(?21 = 0 OR (SELECT COUNT(*) FROM rate_events WHERE client_hash = ?22 AND at > ?23) < ?21)"
        );
        assert_eq!(
            under_limit(Bucket::Feedback, 9),
            "(?9 = 0 OR ((SELECT COUNT(*) FROM feedback WHERE client_hash = ?10 AND at_ms > ?11) + \
             (SELECT COUNT(*) FROM rate_events WHERE client_hash = ?10 AND at > ?11)) < ?9)"
        );
    }
}
