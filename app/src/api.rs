//! The only place that talks to the Worker: JSON in, `model` types or a problem out.

use model::Problem;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
    /// A short German sentence for people.
    pub fn message(&self) -> String {
        match self {
            ApiError::Unreachable => {
                "Keine Verbindung. Bitte prüfen Sie Ihre Internetverbindung.".into()
            }
            ApiError::Problem(problem) => problem
                .detail
                .clone()
                .unwrap_or_else(|| problem.title.clone()),
            ApiError::Unexpected => "Die Daten konnten nicht gelesen werden.".into(),
        }
    }
}

/// GETs a same-origin JSON resource.
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let window = web_sys::window().ok_or(ApiError::Unexpected)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| ApiError::Unreachable)?
        .dyn_into()
        .map_err(|_| ApiError::Unexpected)?;
    // The browser's own JSON parser, then serde over the JS value: no JSON parser in the wasm.
    let body = match response.json() {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    if response.ok() {
        let body = body.ok_or(ApiError::Unexpected)?;
        serde_wasm_bindgen::from_value(body).map_err(|_| ApiError::Unexpected)
    } else {
        let problem = body
            .and_then(|body| serde_wasm_bindgen::from_value(body).ok())
            .unwrap_or_else(|| Problem::new(response.status(), response.status_text()));
        Err(ApiError::Problem(problem))
    }
}
