//! Coordinators sign in with their own access token (`Authorization: Bearer …`). D1 keeps
//! only the token's SHA-256; the comparison runs in constant time.

use crate::ApiError;
use model::hex::hex;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use worker::{D1Database, Request};

/// The coordinator a request acts for.
pub struct Coordinator {
    pub name: String,
}

/// The hex SHA-256 of a token, as stored.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// The token from `Authorization: Bearer <token>`, if well-formed.
pub fn bearer_token(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && (16..=200).contains(&token.len())).then_some(token)
}

/// The signed-in coordinator, or 401.
pub async fn authenticate(req: &Request, db: &D1Database) -> Result<Coordinator, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        name: String,
        token_hash: String,
    }
    let header = req.headers().get("Authorization")?.unwrap_or_default();
    let token = bearer_token(&header).ok_or(ApiError::Unauthorized)?;
    let hash = token_hash(token);
    let row: Option<Row> = db
        .prepare("SELECT name, token_hash FROM coordinators WHERE token_hash = ?1 AND revoked_at IS NULL")
        .bind(&[hash.as_str().into()])?
        .first(None)
        .await?;
    let row = row.ok_or(ApiError::Unauthorized)?;
    if !bool::from(row.token_hash.as_bytes().ct_eq(hash.as_bytes())) {
        return Err(ApiError::Unauthorized);
    }
    let now: String = worker::js_sys::Date::new_0().to_iso_string().into();
    db.prepare("UPDATE coordinators SET last_used_at = ?1 WHERE name = ?2")
        .bind(&[now.into(), row.name.as_str().into()])?
        .run()
        .await?;
    Ok(Coordinator { name: row.name })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bearer_tokens_only() {
        assert_eq!(
            bearer_token("Bearer abcdefghijklmnopqrstuvwxyz"),
            Some("abcdefghijklmnopqrstuvwxyz")
        );
        assert_eq!(
            bearer_token("bearer  abcdefghijklmnopqrstuvwxyz "),
            Some("abcdefghijklmnopqrstuvwxyz")
        );
        assert_eq!(bearer_token("Basic abcdefghijklmnopqrstuvwxyz"), None);
        assert_eq!(bearer_token("Bearer short"), None);
        assert_eq!(bearer_token(""), None);
    }

    #[test]
    fn stores_only_a_hash() {
        let hash = token_hash("geheimer-zugangsschluessel-123");
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains("geheim"));
    }
}
