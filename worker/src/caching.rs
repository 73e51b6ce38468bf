//! Public GETs: an `ETag` from the data version, 304 for a current copy, and response bodies
//! memoised in the isolate per data version, so a repeated read costs one tiny query.

use crate::error::ApiError;
use model::day::Day;
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use worker::{D1Database, Request, Response};

/// Browsers keep a copy but ask each time (a 304 costs one tiny query): a coordinator's
/// change shows at once, and the service worker's offline copy is the last one fetched.
pub const PUBLIC_CACHE_CONTROL: &str = "public, no-cache";

/// Bodies kept per isolate: plenty for 12 districts × a few filters; cleared when full.
const MEMO_LIMIT: usize = 256;

thread_local! {
    /// key → (data version, JSON body).
    static MEMO: RefCell<HashMap<String, (String, Vec<u8>)>> = RefCell::new(HashMap::new());
}

/// The data version on today's Berlin date, and that date: what a public answer about needs
/// depends on (a need leaves every answer the day after its `valid_until`, without a write).
pub async fn version_today(db: &D1Database) -> Result<(String, Day), ApiError> {
    let today = crate::clock::berlin_today();
    let version = crate::storage::meta::data_version(db).await?;
    Ok((dated_version(&version, today), today))
}

/// `12` on `2026-11-30` is `12-2026-11-30`.
fn dated_version(version: &str, today: Day) -> String {
    format!("{version}-{today}")
}

pub fn etag(version: &str) -> String {
    format!("\"v{version}\"")
}

/// What an `If-None-Match` header value asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfNoneMatch {
    /// Nothing, or other versions: answer in full.
    Other,
    /// It names this version's ETag: 304, the client's copy is current.
    ThisVersion,
    /// `*`: 304 if the resource exists at all (RFC 9110 13.1.2); an unknown one stays 404.
    Any,
}

pub fn if_none_match(header: &str, etag: &str) -> IfNoneMatch {
    let candidates = || header.split(',').map(str::trim);
    if candidates().any(|candidate| candidate.trim_start_matches("W/") == etag) {
        IfNoneMatch::ThisVersion
    } else if candidates().any(|candidate| candidate == "*") {
        IfNoneMatch::Any
    } else {
        IfNoneMatch::Other
    }
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
    let header = req.headers().get("If-None-Match")?.unwrap_or_default();
    let condition = if_none_match(&header, &etag);
    let mut response = if condition == IfNoneMatch::ThisVersion {
        // The version is unchanged, so nothing can have appeared or gone since the copy.
        Response::empty()?.with_status(304)
    } else {
        // The body first: an unknown resource fails here (404), also for `If-None-Match: *`.
        let bytes = memoised(version, key, body).await?;
        if condition == IfNoneMatch::Any {
            Response::empty()?.with_status(304)
        } else {
            let mut response = Response::from_bytes(bytes)?;
            response
                .headers_mut()
                .set("Content-Type", "application/json; charset=utf-8")?;
            response
        }
    };
    let headers = response.headers_mut();
    headers.set("ETag", &etag)?;
    headers.set("Cache-Control", PUBLIC_CACHE_CONTROL)?;
    Ok(response)
}

/// The body of `key` at `version`: from the isolate's memo, or computed and kept.
pub async fn memoised<F, Fut>(version: &str, key: String, body: F) -> Result<Vec<u8>, ApiError>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<Vec<u8>, ApiError>>,
{
    let cached = MEMO.with(|memo| {
        memo.borrow()
            .get(&key)
            .filter(|(v, _)| v == version)
            .map(|(_, bytes)| bytes.clone())
    });
    if let Some(bytes) = cached {
        return Ok(bytes);
    }
    let bytes = body().await?;
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(key, (version.to_string(), bytes.clone()));
    });
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_day_is_another_version() {
        let day = |text| Day::parse(text).unwrap();
        let today = dated_version("12", day("2026-11-30"));
        assert_eq!(today, "12-2026-11-30");
        assert_ne!(today, dated_version("12", day("2026-12-01")));
        assert_eq!(etag(&today), "\"v12-2026-11-30\"");
    }

    #[test]
    fn if_none_match_forms() {
        let tag = etag("7");
        assert_eq!(tag, "\"v7\"");
        for header in ["\"v7\"", "W/\"v7\"", "\"v6\", \"v7\"", "*, \"v7\""] {
            assert_eq!(
                if_none_match(header, &tag),
                IfNoneMatch::ThisVersion,
                "{header}"
            );
        }
        assert_eq!(if_none_match("*", &tag), IfNoneMatch::Any);
        assert_eq!(if_none_match(" * ", &tag), IfNoneMatch::Any);
        for header in ["\"v6\"", "", "\"*\"", "v7"] {
            assert_eq!(if_none_match(header, &tag), IfNoneMatch::Other, "{header}");
        }
    }
}
