//! Sending the form: `POST /api/registrations` with the form's idempotency key.

use model::validate::FieldErrors;
use model::{Problem, RegistrationInput};
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What came of one attempt to send.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Stored (or stored before under this key): the registration's id.
    Accepted(String),
    /// The server found fields to fix.
    Invalid(FieldErrors),
    /// Too many registrations from this connection; try again in that many seconds.
    TooMany(u32),
    /// No answer: offline or the server unreachable. The draft stays.
    Unreachable,
    /// Any other refusal, with the server's words.
    Refused(String),
}

pub async fn send(input: &RegistrationInput, key: &str) -> Outcome {
    let Some(window) = web_sys::window() else {
        return Outcome::Unreachable;
    };
    let body = input
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
        .and_then(|value| js_sys::JSON::stringify(&value).ok())
        .map(String::from)
        .unwrap_or_default();
    let headers = web_sys::Headers::new().ok();
    if let Some(headers) = &headers {
        let _ = headers.set("Content-Type", "application/json");
        let _ = headers.set("Idempotency-Key", key);
    }
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    if let Some(headers) = &headers {
        init.set_headers(headers);
    }
    let Ok(response) =
        JsFuture::from(window.fetch_with_str_and_init("/api/registrations", &init)).await
    else {
        return Outcome::Unreachable;
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return Outcome::Unreachable;
    };
    let json = match response.json() {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    match response.status() {
        200 | 201 => {
            #[derive(serde::Deserialize)]
            struct Created {
                id: String,
            }
            match json.and_then(|v| serde_wasm_bindgen::from_value::<Created>(v).ok()) {
                Some(created) => Outcome::Accepted(created.id),
                None => Outcome::Refused(crate::i18n::t(
                    crate::i18n::register::Register::IncompleteAnswer,
                )),
            }
        }
        status => {
            let problem = json
                .and_then(|v| serde_wasm_bindgen::from_value::<Problem>(v).ok())
                .unwrap_or_else(|| Problem::new(status, "Fehler"));
            match status {
                422 if !problem.errors.is_empty() => Outcome::Invalid(problem.errors),
                429 => Outcome::TooMany(
                    response
                        .headers()
                        .get("Retry-After")
                        .ok()
                        .flatten()
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(600),
                ),
                502..=504 => Outcome::Unreachable,
                _ if crate::i18n::lang() != crate::i18n::Lang::De => {
                    Outcome::Refused(crate::i18n::t(crate::i18n::common::Common::ErrorServer))
                }
                _ => Outcome::Refused(problem.detail.unwrap_or(problem.title)),
            }
        }
    }
}
