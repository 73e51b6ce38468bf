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
        use crate::i18n::{common::Common, lang, t};
        use model::lang::Lang;
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

/// What a GET's refusal says. A GET has no fields, so it has no field errors: reading only
/// these keeps the field maps' code out of the map's wasm (the first view's size budget).
#[derive(serde::Deserialize)]
struct Refusal {
    title: String,
    status: u16,
    detail: Option<String>,
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
    let (body, kept) = get_kept(path).await?;
    let value = serde_wasm_bindgen::from_value(body).map_err(|_| ApiError::Unexpected)?;
    Ok((value, kept))
}

/// The request itself, the same for every type: one copy of it in the wasm (the first
/// view's size budget), only the reading of the body is per type.
async fn get_kept(path: &str) -> Result<(wasm_bindgen::JsValue, Option<String>), ApiError> {
    let response = fetch::send("GET", path, &[], None)
        .await
        .ok_or(ApiError::Unreachable)?;
    let body = fetch::json(&response).await;
    if response.ok() {
        let body = body.ok_or(ApiError::Unexpected)?;
        let kept = response
            .headers()
            .get(model::headers::OFFLINE_STAND)
            .ok()
            .flatten();
        Ok((body, kept))
    } else {
        let problem = body
            .and_then(|body| serde_wasm_bindgen::from_value::<Refusal>(body).ok())
            .map_or_else(
                || Problem::new(response.status(), response.status_text()),
                |refusal| Problem {
                    detail: refusal.detail,
                    ..Problem::new(refusal.status, refusal.title)
                },
            );
        Err(ApiError::Problem(problem))
    }
}
