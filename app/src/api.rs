//! The map's reads from the Worker: JSON in, `model` types or a problem out.

use crate::fetch;
use model::Problem;
use serde::de::DeserializeOwned;

/// Why a request did not give the data.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// No answer at all: offline, or the server is down.
    Unreachable,
    /// The API answered with a problem (404, 422, …).
    Problem(Problem),
    /// The answer was not what the app expects.
    Unexpected,
}

impl ApiError {
    /// A short sentence for people, in their language. The server's own words are German,
    /// so other languages get the sentence for the kind of problem.
    pub fn message(&self) -> String {
        use crate::i18n::{common::Common, lang, t, Lang};
        match self {
            ApiError::Unreachable => t(Common::ErrorOffline),
            ApiError::Problem(problem) if lang() == Lang::De => problem
                .detail
                .clone()
                .unwrap_or_else(|| problem.title.clone()),
            ApiError::Problem(problem) if problem.status == 404 => t(Common::ErrorNotFound),
            ApiError::Problem(_) => t(Common::ErrorServer),
            ApiError::Unexpected => t(Common::ErrorUnreadable),
        }
    }
}

/// GETs a same-origin JSON resource.
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    get_json_kept(path).await.map(|(value, _)| value)
}

/// GETs a same-origin JSON resource, with the time it was fetched if it comes from the
/// service worker's offline copy (`X-Offline-Stand`, see public/sw.js).
pub async fn get_json_kept<T: DeserializeOwned>(
    path: &str,
) -> Result<(T, Option<String>), ApiError> {
    let response = fetch::send("GET", path, &[], None)
        .await
        .ok_or(ApiError::Unreachable)?;
    let body = fetch::json(&response).await;
    if response.ok() {
        let body = body.ok_or(ApiError::Unexpected)?;
        let kept = response.headers().get("X-Offline-Stand").ok().flatten();
        let value = serde_wasm_bindgen::from_value(body).map_err(|_| ApiError::Unexpected)?;
        Ok((value, kept))
    } else {
        let problem = body
            .and_then(|body| serde_wasm_bindgen::from_value(body).ok())
            .unwrap_or_else(|| Problem::new(response.status(), response.status_text()));
        Err(ApiError::Problem(problem))
    }
}
