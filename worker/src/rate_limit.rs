//! Who counts as one client, and how many sends a window allows: the public forms (accepted
//! registrations, accepted barrier reports) and failed sign-ins, per client over a sliding
//! window, each with a bucket and a limit of its own. The counting itself is SQL
//! (`storage/rate_limit.rs`).
//!
//! The client is the `CF-Connecting-IP` address, kept only as a keyed hash (`signing_key.rs`),
//! so the stored counts say nothing about who sent them.

use crate::error::ApiError;
use crate::signing_key;
use worker::{Env, Request};

/// The sliding window.
pub const WINDOW_MS: f64 = 10.0 * 60.0 * 1000.0;
/// Accepted sends per client and window unless the form's variable says otherwise.
pub const DEFAULT_LIMIT: u32 = 5;

/// A public form's own count of sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    Registrations,
    Feedback,
    /// Claims of entries and suggested networks, together.
    NetworkRequests,
}

impl Bucket {
    /// The `[vars]` value of the bucket's limit.
    pub fn limit_var(self) -> &'static str {
        match self {
            Bucket::Registrations => "REGISTRATION_RATE_LIMIT",
            Bucket::Feedback => "FEEDBACK_RATE_LIMIT",
            Bucket::NetworkRequests => "NETWORK_REQUEST_RATE_LIMIT",
        }
    }

    /// The keyed hash of a client in this bucket. The registrations' is the plain hash of the
    /// [`client_key`]; the reports' has the bucket's name in front, so the two never count each
    /// other's sends, and no stored hash links a report to a registration.
    pub async fn hash(self, key: &[u8], address: &str) -> Result<String, ApiError> {
        match self {
            Bucket::Registrations => signing_key::keyed_hash(key, &client_key(address)).await,
            Bucket::Feedback => named_hash(key, "feedback", address).await,
            Bucket::NetworkRequests => named_hash(key, "network-requests", address).await,
        }
    }
}

/// Who sends, for the rate limit: the client's keyed hash and the limit (0: no limit, and then
/// nothing about the client is hashed).
pub struct Client {
    pub hash: String,
    pub limit: u32,
}

/// The request's client in `bucket`, with the bucket's limit.
pub async fn client(req: &Request, env: &Env, bucket: Bucket) -> Result<Client, ApiError> {
    let limit = parse_limit(
        env.var(bucket.limit_var())
            .ok()
            .map(|v| v.to_string())
            .as_deref(),
    );
    let hash = if limit == 0 {
        String::new()
    } else {
        bucket
            .hash(&signing_key::read(env)?, &address(req)?)
            .await?
    };
    Ok(Client { hash, limit })
}

/// The client's address, as Cloudflare reports it.
pub fn address(req: &Request) -> Result<String, ApiError> {
    Ok(req.headers().get("CF-Connecting-IP")?.unwrap_or_default())
}

/// A limit's variable as a number; 0 switches the limit off.
pub fn parse_limit(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(DEFAULT_LIMIT)
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

/// A client's keyed hash in the bucket `name` (barrier reports, failed sign-ins): the name in
/// front of the client key, so buckets never count each other.
pub async fn named_hash(key: &[u8], name: &str, address: &str) -> Result<String, ApiError> {
    signing_key::keyed_hash(key, &format!("{name} {}", client_key(address))).await
}

/// Seconds until the oldest counted send leaves the window (at least 1).
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
    fn the_feedback_bucket_hashes_the_same_client_apart_from_registrations() {
        let key = b"secret-one-secret-one";
        let feedback = hash(Bucket::Feedback.hash(key, "2001:db8:1:2:aaaa::1"));
        assert_eq!(
            feedback,
            hash(Bucket::Feedback.hash(key, "2001:db8:1:2:bbbb::9"))
        );
        assert_ne!(
            feedback,
            hash(Bucket::Registrations.hash(key, "2001:db8:1:2:aaaa::1"))
        );
        assert_eq!(
            hash(Bucket::Registrations.hash(key, "2001:db8:1:2:aaaa::1")),
            hash(signing_key::keyed_hash(key, "2001:db8:1:2::/64"))
        );
        assert_ne!(
            feedback,
            hash(Bucket::Feedback.hash(b"secret-two-secret-two", "2001:db8:1:2::1"))
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
    fn retry_after_counts_down_the_window() {
        assert_eq!(retry_after_secs(0.0, 0.0), 600);
        assert_eq!(retry_after_secs(0.0, 599_500.0), 1);
        assert_eq!(retry_after_secs(0.0, 700_000.0), 1);
        assert_eq!(retry_after_secs(1_000.0, 61_000.0), 540);
    }
}
