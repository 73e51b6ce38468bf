//! The coordinators' API client: every call carries the session's token; a 401 signs out.

use crate::fetch;
use model::Problem;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const TOKEN_KEY: &str = "netzwerkkarte.koordination.token";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The token, kept for this browser session only.
pub fn token() -> Option<String> {
    session()?
        .get_item(TOKEN_KEY)
        .ok()
        .flatten()
        .filter(|t| !t.is_empty())
}

pub fn set_token(token: Option<&str>) {
    if let Some(storage) = session() {
        let _ = match token {
            Some(token) => storage.set_item(TOKEN_KEY, token),
            None => storage.remove_item(TOKEN_KEY),
        };
    }
}

/// Why a call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    SignedOut,
    Problem(Problem),
    Unreachable,
}

impl Failure {
    pub fn message(&self) -> String {
        match self {
            Failure::SignedOut => "Bitte melden Sie sich an.".into(),
            Failure::Problem(problem) => {
                let fields: Vec<String> = problem
                    .errors
                    .iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect();
                let detail = problem
                    .detail
                    .clone()
                    .unwrap_or_else(|| problem.title.clone());
                if fields.is_empty() {
                    detail
                } else {
                    format!("{detail} {}", fields.join(" "))
                }
            }
            Failure::Unreachable => "Keine Verbindung zum Server.".into(),
        }
    }
}

/// Sends a request and returns the raw response (after the 401 check).
pub async fn send(
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<web_sys::Response, Failure> {
    let token = token().ok_or(Failure::SignedOut)?;
    let authorization = format!("Bearer {token}");
    let headers = [("Authorization", authorization.as_str())];
    let body = body.map(fetch::to_json);
    let response = fetch::send(method, path, &headers, body)
        .await
        .ok_or(Failure::Unreachable)?;
    if response.status() == 401 {
        set_token(None);
        return Err(Failure::SignedOut);
    }
    if !response.ok() {
        let problem = fetch::read(&response).await;
        return Err(Failure::Problem(
            problem.unwrap_or_else(|| Problem::new(response.status(), "Fehler")),
        ));
    }
    Ok(response)
}

/// A call whose answer is JSON.
pub async fn call<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<T, Failure> {
    let response = send(method, path, body).await?;
    fetch::read(&response).await.ok_or(Failure::Unreachable)
}

/// Downloads a file the API answers a POST with (the CSV export) under `filename`: fetched
/// with its body, kept as a Blob and saved through an object URL, so the request's filters
/// never become part of a URL.
pub async fn download(path: &str, body: &impl Serialize, filename: &str) -> Result<(), Failure> {
    let response = send("POST", path, Some(body)).await?;
    let blob: web_sys::Blob = JsFuture::from(response.blob().map_err(|_| Failure::Unreachable)?)
        .await
        .map_err(|_| Failure::Unreachable)?
        .dyn_into()
        .map_err(|_| Failure::Unreachable)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| Failure::Unreachable)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(Failure::Unreachable)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| Failure::Unreachable)?
        .dyn_into()
        .map_err(|_| Failure::Unreachable)?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
