//! The coordinators' API client. The session lives in an `HttpOnly` cookie that the browser
//! sends to `/api/admin` by itself: no script here (or anywhere) can read it, and the token is
//! sent once, to sign in, and never kept. A 401 means signed out.

use crate::fetch;
use model::session::{SessionInfo, SignIn};
use model::Problem;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const SESSION_PATH: &str = "/api/admin/session";
/// A hint in local storage that this browser has a session (no secret: the session itself is
/// the cookie), so the area asks the server only then.
const HINT_KEY: &str = "netzwerkkarte.koordination.angemeldet";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Where an earlier version kept the token itself: cleared, so no restored tab keeps it.
const OLD_TOKEN_KEY: &str = "netzwerkkarte.koordination.token";

/// Whether this browser signed in and has not signed out since.
pub fn signed_in_before() -> bool {
    if let Some(old) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = old.remove_item(OLD_TOKEN_KEY);
    }
    storage().is_some_and(|s| s.get_item(HINT_KEY).ok().flatten().is_some())
}

fn set_hint(signed_in: bool) {
    if let Some(storage) = storage() {
        let _ = if signed_in {
            storage.set_item(HINT_KEY, "1")
        } else {
            storage.remove_item(HINT_KEY)
        };
    }
}

/// Why a call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// Not (or no longer) signed in; the server's reason.
    SignedOut(Problem),
    Problem(Problem),
    Unreachable,
}

impl Failure {
    pub fn message(&self) -> String {
        match self {
            Failure::SignedOut(problem) => problem
                .detail
                .clone()
                .unwrap_or_else(|| "Bitte melden Sie sich an.".into()),
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
    let body = body.map(fetch::to_json);
    let response = fetch::send(method, path, &[], body)
        .await
        .ok_or(Failure::Unreachable)?;
    if !response.ok() {
        let problem = fetch::read(&response)
            .await
            .unwrap_or_else(|| Problem::new(response.status(), "Fehler"));
        return Err(if response.status() == 401 {
            set_hint(false);
            Failure::SignedOut(problem)
        } else {
            Failure::Problem(problem)
        });
    }
    Ok(response)
}

/// Signs in with the token: the server answers with the session cookie.
pub async fn sign_in(token: &str) -> Result<SessionInfo, Failure> {
    let body = SignIn {
        token: token.to_string(),
    };
    let info = call("POST", SESSION_PATH, Some(&body)).await?;
    set_hint(true);
    Ok(info)
}

/// Who is signed in (a 401 when nobody is).
pub async fn session() -> Result<SessionInfo, Failure> {
    call("GET", SESSION_PATH, None::<&()>).await
}

/// Ends the session.
pub async fn sign_out() -> Result<(), Failure> {
    send("DELETE", SESSION_PATH, None::<&()>).await?;
    set_hint(false);
    Ok(())
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
