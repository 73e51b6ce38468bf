//! Public GETs: an `ETag` from the data version, 304 for a current copy, and response bodies
//! memoised in the isolate per data version, so a repeated read costs one tiny query.

use crate::ApiError;
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use worker::{Request, Response};

/// Browsers keep a copy but ask each time (a 304 costs one tiny query): a coordinator's
/// change shows at once, and the service worker's offline copy is the last one fetched.
pub const PUBLIC_CACHE_CONTROL: &str = "public, no-cache";

/// Bodies kept per isolate: plenty for 12 districts × a few filters; cleared when full.
const MEMO_LIMIT: usize = 256;

thread_local! {
    /// key → (data version, JSON body).
    static MEMO: RefCell<HashMap<String, (String, Vec<u8>)>> = RefCell::new(HashMap::new());
}

pub fn etag(version: &str) -> String {
    format!("\"v{version}\"")
}

/// True when an `If-None-Match` header value names `etag` (or is `*`).
pub fn matches_if_none_match(header: &str, etag: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate.trim_start_matches("W/") == etag)
}

/// Answers a public GET. `key` names the representation (route and normalised filter);
/// `body` computes it when the memo holds no copy of this data version.
pub async fn public_json<F, Fut>(
    req: &Request,
    version: &str,
    key: String,
    body: F,
) -> Result<Response, ApiError>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<Vec<u8>, ApiError>>,
{
    let etag = etag(version);
    let if_none_match = req.headers().get("If-None-Match")?.unwrap_or_default();
    let mut response = if matches_if_none_match(&if_none_match, &etag) {
        Response::empty()?.with_status(304)
    } else {
        let cached = MEMO.with(|memo| {
            memo.borrow()
                .get(&key)
                .filter(|(v, _)| v == version)
                .map(|(_, bytes)| bytes.clone())
        });
        let bytes = match cached {
            Some(bytes) => bytes,
            None => {
                let bytes = body().await?;
                MEMO.with(|memo| {
                    let mut memo = memo.borrow_mut();
                    if memo.len() >= MEMO_LIMIT {
                        memo.clear();
                    }
                    memo.insert(key, (version.to_string(), bytes.clone()));
                });
                bytes
            }
        };
        let mut response = Response::from_bytes(bytes)?;
        response
            .headers_mut()
            .set("Content-Type", "application/json; charset=utf-8")?;
        response
    };
    let headers = response.headers_mut();
    headers.set("ETag", &etag)?;
    headers.set("Cache-Control", PUBLIC_CACHE_CONTROL)?;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_forms() {
        let tag = etag("7");
        assert_eq!(tag, "\"v7\"");
        assert!(matches_if_none_match("\"v7\"", &tag));
        assert!(matches_if_none_match("W/\"v7\"", &tag));
        assert!(matches_if_none_match("\"v6\", \"v7\"", &tag));
        assert!(matches_if_none_match("*", &tag));
        assert!(!matches_if_none_match("\"v6\"", &tag));
        assert!(!matches_if_none_match("", &tag));
    }
}
