//! The rate limits of the public forms: accepted registrations, and accepted barrier reports,
//! per client over a sliding window, each form with a bucket and a limit of its own.
//!
//! The client is the `CF-Connecting-IP` address, kept only as a keyed hash (HMAC-SHA-256 with
//! the secret `RATE_LIMIT_SECRET`), so the stored counts say nothing about who sent them.

use crate::ApiError;
use model::hex::hex;
use worker::Env;

/// The sliding window.
pub const WINDOW_MS: f64 = 10.0 * 60.0 * 1000.0;
/// Accepted sends per client and window unless the form's variable says otherwise.
pub const DEFAULT_LIMIT: u32 = 5;
/// The `[vars]` value of each form's limit.
pub const REGISTRATION_LIMIT_VAR: &str = "REGISTRATION_RATE_LIMIT";
pub const FEEDBACK_LIMIT_VAR: &str = "FEEDBACK_RATE_LIMIT";

/// A limit's variable as a number; 0 switches the limit off.
pub fn parse_limit(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(DEFAULT_LIMIT)
}

/// The limit set by `var` ([`REGISTRATION_LIMIT_VAR`] or [`FEEDBACK_LIMIT_VAR`]).
pub fn limit(env: &Env, var: &str) -> u32 {
    let value = env.var(var).ok().map(|v| v.to_string());
    parse_limit(value.as_deref())
}

/// What counts as one client: an IPv4 address, or an IPv6 /64 network (one connection gets a
/// whole /64, so counting single IPv6 addresses would let one client be many).
pub fn client_key(address: &str) -> String {
    match address.trim().parse::<std::net::Ipv6Addr>() {
        Ok(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Err(_) => address.trim().to_string(),
    }
}

/// The keyed hash of a client address, as hex.
pub async fn client_hash(secret: &[u8], address: &str) -> Result<String, ApiError> {
    Ok(hex(
        &crate::crypto::hmac_sha256(secret, address.as_bytes()).await?
    ))
}

/// A client's keyed hash in the barrier reports' bucket. The registrations' hash is the
/// plain [`client_hash`] of the [`client_key`]; this one hashes the key with the bucket's
/// name in front, so the two buckets never count each other's sends, and no stored hash
/// links a report to a registration.
pub async fn feedback_client_hash(secret: &[u8], address: &str) -> Result<String, ApiError> {
    bucket_hash(secret, "feedback", address).await
}

/// A client's keyed hash in the bucket `bucket` (barrier reports, failed sign-ins): the
/// bucket's name in front of the client key, so buckets never count each other.
pub async fn bucket_hash(secret: &[u8], bucket: &str, address: &str) -> Result<String, ApiError> {
    client_hash(secret, &format!("{bucket} {}", client_key(address))).await
}

/// The binding of the secret.
pub const SECRET_NAME: &str = "RATE_LIMIT_SECRET";
/// The shortest secret accepted.
const SECRET_MIN_BYTES: usize = 16;

/// The names under `[vars]` in the wrangler.toml this Worker was built with (`worker/build.rs`).
const PLAIN_VARS: &str = env!("WRANGLER_PLAIN_VARS");

/// The secret for [`client_hash`], read from the Worker's secrets only (`wrangler secret
/// put`; locally `.dev.vars`, which wrangler binds as secrets). Without it the limit cannot
/// be kept, so nothing is accepted: 503, and the reason in the log (`ApiError::Unavailable`
/// logs it with `console_error!`).
pub fn secret(env: &Env) -> Result<Vec<u8>, ApiError> {
    let plain_var = PLAIN_VARS.split(',').any(|name| name == SECRET_NAME);
    let secret = env.secret(SECRET_NAME).ok().map(|s| s.to_string());
    usable_secret(secret, plain_var).map_err(|reason| ApiError::Unavailable(reason.into()))
}

/// Decides whether the secret can be used, and why not. A plain `[vars]` value is refused:
/// it sits in wrangler.toml and in the dashboard for everyone to read. At run time a var and
/// a secret are the same kind of binding (a string), so the build tells which names are vars.
fn usable_secret(secret: Option<String>, plain_var: bool) -> Result<Vec<u8>, &'static str> {
    match secret {
        _ if plain_var => Err("RATE_LIMIT_SECRET is a plain [vars] value in wrangler.toml, not a secret; remove it from [vars] and set it with `wrangler secret put RATE_LIMIT_SECRET`"),
        Some(secret) if secret.len() >= SECRET_MIN_BYTES => Ok(secret.into_bytes()),
        Some(_) => Err("RATE_LIMIT_SECRET is shorter than 16 bytes; set a long random one with `wrangler secret put RATE_LIMIT_SECRET`"),
        None => Err("RATE_LIMIT_SECRET is not set; set it with `wrangler secret put RATE_LIMIT_SECRET`"),
    }
}

/// The 429 of a client at its limit, whose oldest counted send (if any) was at `oldest_at_ms`.
pub fn too_many(oldest_at_ms: Option<f64>, now_ms: f64) -> ApiError {
    ApiError::TooManyRequests {
        retry_after: retry_after_secs(oldest_at_ms.unwrap_or(now_ms), now_ms),
    }
}

/// Seconds until the oldest counted registration leaves the window (at least 1).
pub fn retry_after_secs(oldest_at_ms: f64, now_ms: f64) -> u32 {
    let remaining = (oldest_at_ms + WINDOW_MS - now_ms) / 1000.0;
    remaining.ceil().clamp(1.0, WINDOW_MS / 1000.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(future: impl std::future::Future<Output = Result<String, ApiError>>) -> String {
        crate::crypto::ready(future).unwrap()
    }

    #[test]
    fn the_limit_defaults_to_five_and_zero_switches_it_off() {
        assert_eq!(parse_limit(None), 5);
        assert_eq!(parse_limit(Some("20")), 20);
        assert_eq!(parse_limit(Some("0")), 0);
        assert_eq!(parse_limit(Some("viele")), 5);
    }

    #[test]
    fn client_hashes_depend_on_the_secret_and_hide_the_address() {
        let a = hash(client_hash(b"secret-one-secret-one", "127.0.0.1"));
        assert_eq!(a.len(), 64);
        assert!(!a.contains("127"));
        assert_eq!(a, hash(client_hash(b"secret-one-secret-one", "127.0.0.1")));
        assert_ne!(a, hash(client_hash(b"secret-two-secret-two", "127.0.0.1")));
        assert_ne!(a, hash(client_hash(b"secret-one-secret-one", "127.0.0.2")));
    }

    #[test]
    fn the_feedback_bucket_hashes_the_same_client_apart_from_registrations() {
        let secret = b"secret-one-secret-one";
        let feedback = hash(feedback_client_hash(secret, "2001:db8:1:2:aaaa::1"));
        assert_eq!(
            feedback,
            hash(feedback_client_hash(secret, "2001:db8:1:2:bbbb::9"))
        );
        assert_ne!(feedback, hash(client_hash(secret, "2001:db8:1:2::/64")));
        assert_ne!(
            feedback,
            hash(feedback_client_hash(
                b"secret-two-secret-two",
                "2001:db8:1:2::1"
            ))
        );
    }

    #[test]
    fn ipv6_clients_are_their_64_networks() {
        assert_eq!(client_key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(
            client_key("2001:db8:1:2:bbbb::9"),
            client_key("2001:db8:1:2:aaaa::1")
        );
        assert_eq!(client_key("127.0.4.7"), "127.0.4.7");
    }

    #[test]
    fn the_secret_comes_from_secrets_only() {
        let long = "a-long-random-secret-value".to_string();
        assert_eq!(
            usable_secret(Some(long.clone()), false),
            Ok(long.clone().into_bytes())
        );
        let plain = usable_secret(Some(long), true).unwrap_err();
        assert!(plain.contains("[vars]") && plain.contains("wrangler secret put"));
        assert!(usable_secret(None, true).unwrap_err().contains("[vars]"));
        assert!(usable_secret(None, false)
            .unwrap_err()
            .contains("wrangler secret put"));
        assert!(usable_secret(Some("kurz".into()), false)
            .unwrap_err()
            .contains("shorter"));
    }

    #[test]
    fn the_build_knows_wrangler_tomls_vars_and_the_secret_is_not_among_them() {
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
            REGISTRATION_LIMIT_VAR,
            FEEDBACK_LIMIT_VAR,
        ] {
            assert!(names.iter().any(|n| n == name), "{name} in [vars]");
        }
        assert!(
            !names.iter().any(|name| name == SECRET_NAME),
            "{SECRET_NAME} belongs in secrets, not in [vars]"
        );
    }

    #[test]
    fn retry_after_counts_down_the_window() {
        assert_eq!(retry_after_secs(0.0, 0.0), 600);
        assert_eq!(retry_after_secs(0.0, 599_500.0), 1);
        assert_eq!(retry_after_secs(0.0, 700_000.0), 1);
        assert_eq!(retry_after_secs(1_000.0, 61_000.0), 540);
    }
}
