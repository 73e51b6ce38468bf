//! `POST /api/registrations`: a volunteer registers. Checks run in the contract's order: the
//! body (413, 415, 400: `body.rs`), the idempotency key (400), the `model` rules (422), then
//! what depends on the data (409: the network, the key's history) and the client's rate
//! limit, in one D1 transaction with the insert.

use crate::rate_limit::{self, client_hash, retry_after_secs};
use crate::storage::registrations::{self as store, Client, NewRegistration};
use crate::{body, storage, ApiError};
use model::registration::MAX_BODY_BYTES;
use model::validate::field_error;
use model::{Code, RegistrationInput};
use sha2::{Digest, Sha256};
use worker::{Request, Response, RouteContext};

/// The header a form sends once per filled-in form.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

/// A key's length, in characters of [`KEY_ALPHABET`].
pub const KEY_LENGTH: (usize, usize) = (8, 128);
/// The characters a key may have besides ASCII letters and digits.
pub const KEY_ALPHABET: &str = "-_.:";

/// A key is 8 to 128 visible characters of a UUID-like alphabet.
pub fn is_valid_key(key: &str) -> bool {
    (KEY_LENGTH.0..=KEY_LENGTH.1).contains(&key.len())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || KEY_ALPHABET.contains(c))
}

pub async fn create(mut req: Request, ctx: RouteContext<()>) -> Result<Response, ApiError> {
    let value = body::read_json(&mut req, MAX_BODY_BYTES).await?;
    let key = req.headers().get(IDEMPOTENCY_KEY)?.unwrap_or_default();
    let key = key.trim().to_string();
    if !is_valid_key(&key) {
        return Err(ApiError::BadRequest(
            "Der Header Idempotency-Key fehlt oder ist ungültig (eine UUID pro Formular).".into(),
        ));
    }
    let input = RegistrationInput::from_json(&value).map_err(ApiError::Unprocessable)?;
    input.validate().map_err(ApiError::Unprocessable)?;
    let input = input.normalised();

    let db = storage::database(&ctx.env)?;
    // A retry of an accepted form gets its id back, whatever changed on the server since.
    let request_hash = model::hex::hex(&Sha256::digest(serde_json::to_vec(&input)?));
    if !input.is_bot() {
        if let Some(found) = store::find_by_key(&db, &key).await? {
            return replay(found, &request_hash);
        }
    }
    if let Some(slug) = &input.network {
        if storage::directory::public_network_by_slug(&db, slug)
            .await?
            .is_none()
        {
            return Err(ApiError::Conflict(field_error(
                "network",
                Code::NetworkUnknown,
                "Dieses Netzwerk gibt es nicht.",
            )));
        }
    }
    let limit = rate_limit::limit(&ctx.env);
    let hash = if limit == 0 {
        String::new()
    } else {
        let address = req.headers().get("CF-Connecting-IP")?.unwrap_or_default();
        client_hash(
            &rate_limit::secret(&ctx.env)?,
            &rate_limit::client_key(&address),
        )
    };
    let client = Client { hash: &hash, limit };
    let now_ms = worker::js_sys::Date::now();

    if input.is_bot() {
        // The same answer as for a person, but nothing is stored; it still counts.
        let id = uuid::Uuid::new_v4().to_string();
        if !store::count_bot(&db, &id, &client, now_ms).await? {
            return Err(too_many(&db, &client, now_ms).await?);
        }
        return created(&id, 201);
    }

    let id = uuid::Uuid::new_v4().to_string();
    let created_at: String = worker::js_sys::Date::new_0().to_iso_string().into();
    let registration = NewRegistration {
        id: &id,
        idempotency_key: &key,
        request_hash: &request_hash,
        created_at: &created_at,
        input: &input,
    };
    if store::insert(&db, &registration, &client, now_ms).await? {
        return created(&id, 201);
    }
    // Not stored: either a parallel request with the same key won, or the limit is reached.
    match store::find_by_key(&db, &key).await? {
        Some(found) => replay(found, &request_hash),
        None => Err(too_many(&db, &client, now_ms).await?),
    }
}

/// The same key again: the same body gets the same id; another body is a conflict.
fn replay((id, stored_hash): (String, String), request_hash: &str) -> Result<Response, ApiError> {
    if stored_hash == request_hash {
        created(&id, 200)
    } else {
        Err(ApiError::Conflict(field_error(
            IDEMPOTENCY_KEY,
            Code::IdempotencyKeyConflict,
            "Dieser Schlüssel gehört zu einer anderen Anmeldung. Bitte das Formular neu laden.",
        )))
    }
}

async fn too_many(
    db: &worker::D1Database,
    client: &Client<'_>,
    now_ms: f64,
) -> Result<ApiError, ApiError> {
    let oldest = store::oldest_in_window(db, client.hash, now_ms)
        .await?
        .unwrap_or(now_ms);
    Ok(ApiError::TooManyRequests {
        retry_after: retry_after_secs(oldest, now_ms),
    })
}

fn created(id: &str, status: u16) -> Result<Response, ApiError> {
    let mut response = Response::from_json(&serde_json::json!({ "id": id }))?.with_status(status);
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idempotency_keys() {
        assert!(is_valid_key("3f1c2a9e-5b7d-4e1f-9a2b-0c4d5e6f7a8b"));
        for bad in [
            "",
            "short",
            "a key with spaces",
            &"x".repeat(129),
            "ключ-ключ-ключ",
        ] {
            assert!(!is_valid_key(bad), "{bad}");
        }
    }
}
