//! `POST /api/feedback`: someone reports an accessibility barrier ("Barriere melden" on
//! /barrierefreiheit). The same order and the same answers as a registration: the body (413,
//! 415, 400: `body.rs`), the idempotency key (400), the `model` rules (422), the key's history
//! (200 or 409) and the client's own limit for reports (429), in one D1 transaction with the
//! insert. The answer is the new id only: nothing stored is ever sent back.

use super::idempotency::{self, created};
use crate::background::Background;
use crate::rate_limit::{self, feedback_client_hash};
use crate::storage::feedback as store;
use crate::storage::registrations::Client;
use crate::{body, storage, ApiError};
use model::feedback::MAX_BODY_BYTES;
use model::FeedbackInput;
use worker::{Request, Response, RouteContext};

/// What a key used for another report is told (409).
const KEY_CONFLICT: &str =
    "Dieser Schlüssel gehört zu einer anderen Meldung. Bitte das Formular neu laden.";

pub async fn create(mut req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let value = body::read_json(&mut req, MAX_BODY_BYTES).await?;
    let key = idempotency::key(&req)?;
    let input = FeedbackInput::from_json(&value).map_err(ApiError::Unprocessable)?;
    input.validate().map_err(ApiError::Unprocessable)?;
    let input = input.normalised();

    let db = storage::database(&ctx.env)?;
    // A retry of an accepted report gets its id back.
    let request_hash = idempotency::request_hash(&input).await?;
    if !input.is_bot() {
        if let Some(found) = store::find_by_key(&db, &key).await? {
            return idempotency::replay(found, &request_hash, KEY_CONFLICT);
        }
    }
    let limit = rate_limit::limit(&ctx.env, rate_limit::FEEDBACK_LIMIT_VAR);
    let hash = if limit == 0 {
        String::new()
    } else {
        let address = req.headers().get("CF-Connecting-IP")?.unwrap_or_default();
        feedback_client_hash(&rate_limit::secret(&ctx.env)?, &address).await?
    };
    let client = Client { hash: &hash, limit };
    let now_ms = worker::js_sys::Date::now();
    let id = uuid::Uuid::new_v4().to_string();

    if input.is_bot() {
        // The same answer as for a person, but nothing is stored; it still counts.
        if !store::count_bot(&db, &id, &client, now_ms).await? {
            return Err(rate_limit::too_many(
                store::oldest_in_window(&db, client.hash, now_ms).await?,
                now_ms,
            ));
        }
        return created(&id, 201);
    }

    let created_at: String = worker::js_sys::Date::new(&now_ms.into())
        .to_iso_string()
        .into();
    let feedback = store::NewFeedback {
        id: &id,
        idempotency_key: &key,
        request_hash: &request_hash,
        created_at: &created_at,
        input: &input,
    };
    if store::insert(&db, &feedback, &client, now_ms).await? {
        return created(&id, 201);
    }
    // Not stored: either a parallel request with the same key won, or the limit is reached.
    match store::find_by_key(&db, &key).await? {
        Some(found) => idempotency::replay(found, &request_hash, KEY_CONFLICT),
        None => Err(rate_limit::too_many(
            store::oldest_in_window(&db, client.hash, now_ms).await?,
            now_ms,
        )),
    }
}
