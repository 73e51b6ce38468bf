//! The `Idempotency-Key` of the public forms (a registration, a barrier report): the header's
//! rules, and what a key seen before means. A retry with the same key and the same content
//! gets the same id again (200); the same key with other content is a 409 naming the header.

use crate::error::ApiError;
use model::headers::IDEMPOTENCY_KEY;
use model::Code;
use serde::Serialize;
use worker::Request;

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

/// The request's key (surrounding spaces dropped), or 400.
pub fn key(req: &Request) -> Result<String, ApiError> {
    let key = req.headers().get(IDEMPOTENCY_KEY)?.unwrap_or_default();
    let key = key.trim().to_string();
    if !is_valid_key(&key) {
        return Err(ApiError::BadRequest(
            "Der Header Idempotency-Key fehlt oder ist ungültig (eine UUID pro Formular).".into(),
        ));
    }
    Ok(key)
}

/// The SHA-256 of the normalised input, stored with the key: it tells a retry from a
/// different form sent under the same key.
pub async fn request_hash(input: &impl Serialize) -> Result<String, ApiError> {
    let bytes = serde_json::to_vec(input)?;
    Ok(model::hex::hex(&crate::crypto::sha256(&bytes).await?))
}

/// The id stored under a key seen before, if the content is the same; else the conflict.
pub fn replayed_id(
    (id, stored_hash): (String, String),
    request_hash: &str,
    conflict: &str,
) -> Result<String, ApiError> {
    if stored_hash == request_hash {
        Ok(id)
    } else {
        Err(ApiError::conflict(
            IDEMPOTENCY_KEY,
            Code::IdempotencyKeyConflict,
            conflict,
        ))
    }
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
