//! Registrations as they come in (`POST /api/registrations`). The row, its count for the
//! client's limit and its mail go into one D1 batch (one transaction), so concurrent requests
//! cannot overshoot the limit or lose a row.

use super::intake::Received;
use super::rate_limit;
use crate::error::ApiError;
use crate::rate_limit::Bucket;
use model::lang::Lang;
use model::RegistrationInput;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// A registration about to be stored.
pub struct NewRegistration<'a> {
    pub received: &'a Received<'a>,
    pub input: &'a RegistrationInput,
    /// The id of the need it answers (the input names its address).
    pub need_id: Option<&'a str>,
    /// False while it waits for the volunteer's confirmation (mail is on).
    pub confirmed: bool,
    /// The language the form was filled in.
    pub lang: Lang,
}

fn json(value: &impl serde::Serialize) -> Result<JsValue, ApiError> {
    Ok(serde_json::to_string(value)?.into())
}

fn optional(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, JsValue::from)
}

/// Stores the registration unless the client is over its limit or the key is taken; counts it
/// for the client; runs `then` (its mail, guarded by the row's existence) in the same batch.
/// Returns whether this registration's row now exists.
pub async fn insert(
    db: &D1Database,
    registration: &NewRegistration<'_>,
    then: Vec<D1PreparedStatement>,
) -> Result<bool, ApiError> {
    let input = registration.input;
    let received = registration.received;
    let (client, now_ms) = (received.client, received.now_ms);
    let insert = db
        .prepare(format!(
            "INSERT INTO registrations (id, idempotency_key, request_hash, created_at, name, email, \
             phone, contact_via, districts, network, interests, languages, languages_other, \
             availability, message, consent_version, consent_at, need, confirmed_at, lang, \
             notify_placed, link_key, network_contact, opened_with) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?4, ?17, \
             CASE WHEN ?18 THEN ?4 END, ?19, ?20, ?21, ?22, ?23 \
             WHERE {} ON CONFLICT (idempotency_key) DO NOTHING",
            rate_limit::under_limit(Bucket::Registrations, 24)
        ))
        .bind(&[
            received.id.into(),
            received.idempotency_key.into(),
            received.request_hash.into(),
            received.created_at.into(),
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
            registration.lang.code().into(),
            JsValue::from_f64(if input.notify_placed { 1.0 } else { 0.0 }),
            crate::mail::token::new_link_key().into(),
            JsValue::from_f64(if input.network_contact { 1.0 } else { 0.0 }),
            // A client that does not say is counted by what it sent (never as a district).
            input
                .opened_with
                .unwrap_or_else(|| match model::registration::opened_with(input) {
                    model::report::OpenedWith::District => model::report::OpenedWith::Direct,
                    other => other,
                })
                .key()
                .into(),
        ]
        .into_iter()
        .chain(rate_limit::params(client, now_ms))
        .collect::<Vec<_>>())?;
    let count = rate_limit::count_registration(db, received.id, client, now_ms)?;
    let mut batch = rate_limit::tidy(db, Bucket::Registrations, now_ms)?;
    batch.extend([insert, count]);
    batch.extend(then);
    db.batch(batch).await?;
    let stored: Option<serde_json::Value> = db
        .prepare("SELECT 1 AS stored FROM registrations WHERE id = ?1")
        .bind(&[received.id.into()])?
        .first(None)
        .await?;
    Ok(stored.is_some())
}
