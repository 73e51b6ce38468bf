//! The server's signing key, the secret `RATE_LIMIT_SECRET` (named for its first use): it keys
//! the hashes that stand in for clients' addresses (`rate_limit.rs`) and mail addresses, and
//! signs the tokens of personal links (`mail/token.rs`). Read from the Worker's secrets only.

use crate::error::ApiError;
use model::hex::hex;
use worker::Env;

/// The binding of the key.
pub const NAME: &str = "RATE_LIMIT_SECRET";
/// The shortest key accepted.
const MIN_BYTES: usize = 16;

/// The names under `[vars]` in the wrangler.toml this Worker was built with (`worker/build.rs`).
const PLAIN_VARS: &str = env!("WRANGLER_PLAIN_VARS");

/// The key, from the Worker's secrets only (`wrangler secret put`; locally `.dev.vars`, which
/// wrangler binds as secrets). Without it no client can be counted and no link signed, so
/// nothing is accepted: 503, and the reason in the log (`ApiError::Unavailable` logs it with
/// `console_error!`).
pub fn read(env: &Env) -> Result<Vec<u8>, ApiError> {
    let plain_var = PLAIN_VARS.split(',').any(|name| name == NAME);
    let secret = env.secret(NAME).ok().map(|s| s.to_string());
    usable(secret, plain_var).map_err(|reason| ApiError::Unavailable(reason.into()))
}

/// Decides whether the key can be used, and why not. A plain `[vars]` value is refused: it
/// sits in wrangler.toml and in the dashboard for everyone to read. At run time a var and a
/// secret are the same kind of binding (a string), so the build tells which names are vars.
fn usable(secret: Option<String>, plain_var: bool) -> Result<Vec<u8>, &'static str> {
    match secret {
        _ if plain_var => Err("RATE_LIMIT_SECRET is a plain [vars] value in wrangler.toml, not a secret; remove it from [vars] and set it with `wrangler secret put RATE_LIMIT_SECRET`"),
        Some(secret) if secret.len() >= MIN_BYTES => Ok(secret.into_bytes()),
        Some(_) => Err("RATE_LIMIT_SECRET is shorter than 16 bytes; set a long random one with `wrangler secret put RATE_LIMIT_SECRET`"),
        None => Err("RATE_LIMIT_SECRET is not set; set it with `wrangler secret put RATE_LIMIT_SECRET`"),
    }
}

/// The keyed hash (HMAC-SHA-256) of `text`, as hex: it stands in for what it hashes, and says
/// nothing about it without the key.
pub async fn keyed_hash(key: &[u8], text: &str) -> Result<String, ApiError> {
    Ok(hex(&crate::crypto::hmac_sha256(key, text.as_bytes()).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(future: impl std::future::Future<Output = Result<String, ApiError>>) -> String {
        crate::crypto::ready(future).unwrap()
    }

    #[test]
    fn keyed_hashes_depend_on_the_key_and_hide_the_text() {
        let a = hash(keyed_hash(b"secret-one-secret-one", "127.0.0.1"));
        assert_eq!(a.len(), 64);
        assert!(!a.contains("127"));
        assert_eq!(a, hash(keyed_hash(b"secret-one-secret-one", "127.0.0.1")));
        assert_ne!(a, hash(keyed_hash(b"secret-two-secret-two", "127.0.0.1")));
        assert_ne!(a, hash(keyed_hash(b"secret-one-secret-one", "127.0.0.2")));
    }

    #[test]
    fn the_key_comes_from_secrets_only() {
        let long = "a-long-random-secret-value".to_string();
        assert_eq!(
            usable(Some(long.clone()), false),
            Ok(long.clone().into_bytes())
        );
        let plain = usable(Some(long), true).unwrap_err();
        assert!(plain.contains("[vars]") && plain.contains("wrangler secret put"));
        assert!(usable(None, true).unwrap_err().contains("[vars]"));
        assert!(usable(None, false)
            .unwrap_err()
            .contains("wrangler secret put"));
        assert!(usable(Some("kurz".into()), false)
            .unwrap_err()
            .contains("shorter"));
    }

    #[test]
    fn the_build_knows_wrangler_tomls_vars_and_the_key_is_not_among_them() {
        let config = include_str!("../../wrangler.toml");
        let names = crate::config_vars::var_names(config);
        assert_eq!(
            PLAIN_VARS,
            names.join(","),
            "worker/build.rs compiled them in"
        );
        for name in [
            "RETENTION_DAYS",
            "FEEDBACK_RETENTION_DAYS",
            "REGISTRATION_RATE_LIMIT",
            "FEEDBACK_RATE_LIMIT",
        ] {
            assert!(names.iter().any(|n| n == name), "{name} in [vars]");
        }
        assert!(
            !names.iter().any(|name| name == NAME),
            "{NAME} belongs in secrets, not in [vars]"
        );
    }
}
