//! The server's secrets, read from the Worker's secrets only: the signing key
//! `RATE_LIMIT_SECRET` (named for its first use) keys the hashes that stand in for clients'
//! addresses (`rate_limit.rs`) and mail addresses; `LINK_SECRET` signs the personal links
//! (`mail/token.rs`), so that rotating it ends every link and nothing else.

use crate::error::ApiError;
use model::hex::hex;
use worker::Env;

/// The binding of the signing key.
pub const NAME: &str = "RATE_LIMIT_SECRET";
/// The binding of the links' key.
pub const LINK_NAME: &str = "LINK_SECRET";
/// The shortest key accepted.
const MIN_BYTES: usize = 16;

/// The names under `[vars]` in the wrangler.toml this Worker was built with (`worker/build.rs`).
const PLAIN_VARS: &str = env!("WRANGLER_PLAIN_VARS");

/// The signing key, from the Worker's secrets only (`wrangler secret put`; locally
/// `.dev.vars`, which wrangler binds as secrets). Without it no client can be counted and no
/// link signed, so nothing is accepted: 503, and the reason in the log
/// (`ApiError::Unavailable` logs it with `console_error!`).
pub fn read(env: &Env) -> Result<Vec<u8>, ApiError> {
    read_named(env, NAME)
}

/// The links' key, as [`read`] reads the signing key.
pub fn read_link(env: &Env) -> Result<Vec<u8>, ApiError> {
    read_named(env, LINK_NAME)
}

fn read_named(env: &Env, name: &str) -> Result<Vec<u8>, ApiError> {
    let plain_var = PLAIN_VARS.split(',').any(|var| var == name);
    let secret = env.secret(name).ok().map(|s| s.to_string());
    usable(name, secret, plain_var).map_err(ApiError::Unavailable)
}

/// Decides whether the secret `name` can be used, and why not. A plain `[vars]` value is
/// refused: it sits in wrangler.toml and in the dashboard for everyone to read. At run time a
/// var and a secret are the same kind of binding (a string), so the build tells which names
/// are vars.
fn usable(name: &str, secret: Option<String>, plain_var: bool) -> Result<Vec<u8>, String> {
    match secret {
        _ if plain_var => Err(format!("{name} is a plain [vars] value in wrangler.toml, not a secret; remove it from [vars] and set it with `wrangler secret put {name}`")),
        Some(secret) if secret.len() >= MIN_BYTES => Ok(secret.into_bytes()),
        Some(_) => Err(format!("{name} is shorter than 16 bytes; set a long random one with `wrangler secret put {name}`")),
        None => Err(format!("{name} is not set; set it with `wrangler secret put {name}`")),
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
            usable(NAME, Some(long.clone()), false),
            Ok(long.clone().into_bytes())
        );
        let plain = usable(LINK_NAME, Some(long), true).unwrap_err();
        assert!(plain.contains("[vars]") && plain.contains("wrangler secret put LINK_SECRET"));
        assert!(usable(NAME, None, true).unwrap_err().contains("[vars]"));
        assert!(usable(NAME, None, false)
            .unwrap_err()
            .contains("wrangler secret put"));
        assert!(usable(NAME, Some("kurz".into()), false)
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
        for secret in [NAME, LINK_NAME] {
            assert!(
                !names.iter().any(|name| name == secret),
                "{secret} belongs in secrets, not in [vars]"
            );
        }
    }
}
