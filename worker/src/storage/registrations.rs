//! Registrations and the rate-limit counts. Writes that must agree run as one D1 batch
//! (one transaction), so concurrent requests cannot overshoot the limit or lose a row.

use crate::rate_limit::WINDOW_MS;
use crate::ApiError;
use model::RegistrationInput;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// Who sends, for the rate limit: the client's keyed hash and the limit (0: no limit).
pub struct Client<'a> {
    pub hash: &'a str,
    pub limit: u32,
}

/// A registration about to be stored.
pub struct NewRegistration<'a> {
    pub id: &'a str,
    pub idempotency_key: &'a str,
    pub request_hash: &'a str,
    pub created_at: &'a str,
    pub input: &'a RegistrationInput,
    /// The id of the need it answers (the input names its address).
    pub need_id: Option<&'a str>,
    /// False while it waits for the volunteer's confirmation (mail is on).
    pub confirmed: bool,
    /// The language the form was filled in.
    pub lang: &'a str,
}

/// The id and request hash stored under an idempotency key.
pub async fn find_by_key(db: &D1Database, key: &str) -> Result<Option<(String, String)>, ApiError> {
    crate::storage::find_by_key(db, "registrations", key).await
}

fn json(value: &impl serde::Serialize) -> Result<JsValue, ApiError> {
    Ok(serde_json::to_string(value)?.into())
}

fn optional(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, JsValue::from)
}

/// The condition "this client is under its limit" as SQL, with its parameters from `?first`.
fn under_limit(first: usize) -> String {
    format!(
        "(?{a} = 0 OR (SELECT COUNT(*) FROM rate_events WHERE client_hash = ?{b} AND at > ?{c}) < ?{a})",
        a = first,
        b = first + 1,
        c = first + 2
    )
}

/// Stores the registration unless the client is over its limit or the key is taken; counts it
/// for the client; runs `then` (its mail, guarded by the row's existence) in the same batch.
/// Returns whether this registration's row now exists.
pub async fn insert(
    db: &D1Database,
    registration: &NewRegistration<'_>,
    client: &Client<'_>,
    now_ms: f64,
    then: Vec<D1PreparedStatement>,
) -> Result<bool, ApiError> {
    let input = registration.input;
    let since = now_ms - WINDOW_MS;
    let insert = db
        .prepare(format!(
            "INSERT INTO registrations (id, idempotency_key, request_hash, created_at, name, email, \
             phone, contact_via, districts, network, interests, languages, languages_other, \
             availability, message, consent_version, consent_at, need, confirmed_at, lang, \
             notify_placed) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?4, ?17, \
             CASE WHEN ?18 THEN ?4 END, ?19, ?20 \
             WHERE {} ON CONFLICT (idempotency_key) DO NOTHING",
            under_limit(21)
        ))
        .bind(&[
            registration.id.into(),
            registration.idempotency_key.into(),
            registration.request_hash.into(),
            registration.created_at.into(),
            input.name.as_str().into(),
            input.email.as_str().into(),
            optional(&input.phone),
            input.contact_via.key().into(),
            json(&input.districts)?,
            optional(&input.network),
            json(&input.interests)?,
            json(&input.languages)?,
            optional(&input.languages_other),
            json(&input.availability)?,
            optional(&input.message),
            input.consent_version.as_str().into(),
            registration.need_id.map_or(JsValue::NULL, JsValue::from),
            JsValue::from_bool(registration.confirmed),
            registration.lang.into(),
            JsValue::from_f64(if input.notify_placed { 1.0 } else { 0.0 }),
            JsValue::from_f64(f64::from(client.limit)),
            client.hash.into(),
            JsValue::from_f64(since),
        ])?;
    let count = db
        .prepare(
            "INSERT INTO rate_events (id, client_hash, at) \
             SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM registrations WHERE id = ?1)",
        )
        .bind(&[
            registration.id.into(),
            client.hash.into(),
            JsValue::from_f64(now_ms),
        ])?;
    let mut batch = vec![expire(db, now_ms)?, insert, count];
    batch.extend(then);
    db.batch(batch).await?;
    let stored: Option<serde_json::Value> = db
        .prepare("SELECT 1 AS stored FROM registrations WHERE id = ?1")
        .bind(&[registration.id.into()])?
        .first(None)
        .await?;
    Ok(stored.is_some())
}

/// Counts a honeypot hit like a registration (nothing else is stored). Returns whether the
/// client was under its limit.
pub async fn count_bot(
    db: &D1Database,
    event_id: &str,
    client: &Client<'_>,
    now_ms: f64,
) -> Result<bool, ApiError> {
    let count = db
        .prepare(format!(
            "INSERT INTO rate_events (id, client_hash, at) SELECT ?1, ?2, ?3 WHERE {}",
            under_limit(4)
        ))
        .bind(&[
            event_id.into(),
            client.hash.into(),
            JsValue::from_f64(now_ms),
            JsValue::from_f64(f64::from(client.limit)),
            client.hash.into(),
            JsValue::from_f64(now_ms - WINDOW_MS),
        ])?;
    db.batch(vec![expire(db, now_ms)?, count]).await?;
    let counted: Option<serde_json::Value> = db
        .prepare("SELECT 1 AS counted FROM rate_events WHERE id = ?1")
        .bind(&[event_id.into()])?
        .first(None)
        .await?;
    Ok(counted.is_some())
}

/// When the client's oldest counted registration in the window was accepted (ms).
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
        .prepare("SELECT MIN(at) AS oldest FROM rate_events WHERE client_hash = ?1 AND at > ?2")
        .bind(&[client_hash.into(), JsValue::from_f64(now_ms - WINDOW_MS)])?
        .first(None)
        .await?;
    Ok(row.and_then(|r| r.oldest))
}

/// Deletes the counts whose window has passed.
pub fn expire(db: &D1Database, now_ms: f64) -> Result<worker::D1PreparedStatement, ApiError> {
    Ok(db
        .prepare("DELETE FROM rate_events WHERE at <= ?1")
        .bind(&[JsValue::from_f64(now_ms - WINDOW_MS)])?)
}
