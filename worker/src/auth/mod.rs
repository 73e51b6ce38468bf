//! Who a request acts for. A signed-in endpoint names a [`Principal`] in the route table
//! (`routes/endpoint.rs`), which authenticates the request before the handler runs and hands it
//! the principal; a handler that needs one cannot be registered without it.
//!
//! Two principals: a coordinator (`coordinator.rs`: a session cookie or the bearer token,
//! failed sign-ins limited per client) and a network's editor (`editor.rs`: a session cookie of
//! its own, from a sign-in link). Each is a type with its own sign-in that implements
//! [`Principal`], and an [`model::audit::Actor`] of its own kind.

pub mod cookie;
pub mod coordinator;
pub mod editor;

use crate::error::ApiError;
use model::audit::Actor;
use model::hex::hex;
use std::future::Future;
use worker::{Env, Method, Request};

/// Someone a signed-in request acts for.
pub trait Principal: Sized + 'static {
    /// The path every endpoint for this principal lives under (the route table's tests hold
    /// each route to it).
    const PATH: &'static str;

    /// The principal of `req`, or why not: 401 (with the reason), 403 (a session's change from
    /// another site) or 429 (too many failed sign-ins from this client).
    fn authenticate(req: &Request, env: &Env) -> impl Future<Output = Result<Self, ApiError>>;

    /// How the audit log names them.
    fn actor(&self) -> Actor;
}

/// The hex SHA-256 of a token or session id, as stored.
pub async fn token_hash(token: &str) -> Result<String, ApiError> {
    Ok(hex(&crate::crypto::sha256(token.as_bytes()).await?))
}

/// The token from `Authorization: Bearer <token>`, if well-formed.
pub fn bearer_token(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && (16..=200).contains(&token.len())).then_some(token)
}

/// GET and HEAD change nothing: no `Origin` check for them.
pub fn is_safe(method: Method) -> bool {
    matches!(method, Method::Get | Method::Head)
}

/// 403 unless the request's `Origin` is this site's own.
pub fn same_origin(req: &Request) -> Result<(), ApiError> {
    let url = req.url()?;
    let own = url.origin().ascii_serialization();
    match req.headers().get("Origin")? {
        Some(origin) if origin == own => Ok(()),
        _ => Err(ApiError::Forbidden(
            "Änderungen nur von dieser Website aus.".into(),
        )),
    }
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
        // SHA-256 as `sha256sum` computes it: neither the token nor anything else.
        let hash = crate::crypto::ready(token_hash("geheimer-zugangsschluessel-123")).unwrap();
        assert_eq!(
            hash,
            "bc6ea9efc7c31e8a8c7a0679a4edcc2641949aa0bb5bcdd33da43b2ab14cfde5"
        );
    }
}
