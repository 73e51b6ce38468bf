//! Sending the form: `POST /api/registrations` with the form's idempotency key, and what the
//! answer means ([`classify`], a plain function with its tests).

use crate::fetch;
use model::headers::{CONTENT_LANGUAGE, IDEMPOTENCY_KEY, RETRY_AFTER};
use model::own::Receipt;
use model::validate::FieldErrors;
use model::{Problem, RegistrationInput};

/// How long to wait after a 429 without a readable `Retry-After`.
const DEFAULT_RETRY_AFTER: u32 = 600;

/// What came of one attempt to send.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Stored now, or stored before under this key with the same content (2xx).
    Accepted,
    /// The server found fields to fix (a 422: a rule; a 409: the data, e.g. a network that
    /// is gone); nothing was stored.
    Invalid(FieldErrors),
    /// A registration with other content was stored under this key before (a 409 that
    /// names only `Idempotency-Key`).
    KeyConflict,
    /// Too many registrations from this connection; nothing stored. Try again in that many
    /// seconds.
    TooMany(u32),
    /// No answer: offline or the connection broke. It may have been stored.
    Unreachable,
    /// The server could not take it just now (408, 5xx). It may have been stored.
    Unavailable,
    /// Refused for good (any other 4xx), with the server's words; nothing stored.
    Refused(String),
}

/// What an answer means, from its status, its problem details (if any) and its
/// `Retry-After` header (if any).
pub fn classify(status: u16, problem: Option<Problem>, retry_after: Option<&str>) -> Outcome {
    match status {
        200..=299 => Outcome::Accepted,
        429 => Outcome::TooMany(
            retry_after
                .and_then(|value| value.trim().parse().ok())
                .unwrap_or(DEFAULT_RETRY_AFTER),
        ),
        408 => Outcome::Unavailable,
        400..=499 => {
            let problem = problem.unwrap_or_else(|| Problem::new(status, "Fehler"));
            if matches!(status, 409 | 422) && !problem.errors.is_empty() {
                let only_the_key = problem
                    .errors
                    .keys()
                    .all(|field| field.eq_ignore_ascii_case(IDEMPOTENCY_KEY));
                if only_the_key {
                    Outcome::KeyConflict
                } else {
                    Outcome::Invalid(problem.field_errors())
                }
            } else {
                Outcome::Refused(problem.detail.unwrap_or(problem.title))
            }
        }
        _ => Outcome::Unavailable,
    }
}

/// Where the thank-you page finds the answer's receipt (the tab's session only).
const RECEIPT_KEY: &str = "anmeldung-quittung";

fn keep_receipt(receipt: &Receipt) {
    if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = storage.set_item(RECEIPT_KEY, &fetch::to_json(receipt));
    }
}

/// The receipt of the registration this tab sent last, if any.
pub fn kept_receipt() -> Option<Receipt> {
    let text = web_sys::window()?
        .session_storage()
        .ok()??
        .get_item(RECEIPT_KEY)
        .ok()??;
    serde_wasm_bindgen::from_value(js_sys::JSON::parse(&text).ok()?).ok()
}

/// Sends `input` as JSON under `key`, in the form's language (its mails are written in it).
pub async fn send(input: &RegistrationInput, key: &str) -> Outcome {
    let body = Some(fetch::to_json(input));
    let lang = crate::i18n::lang().code();
    let headers = [(IDEMPOTENCY_KEY, key), (CONTENT_LANGUAGE, lang)];
    let Some(response) = fetch::send("POST", "/api/registrations", &headers, body).await else {
        return Outcome::Unreachable;
    };
    let status = response.status();
    let retry_after = response.headers().get(RETRY_AFTER).ok().flatten();
    // A 2xx means stored, even if its body does not arrive whole.
    let problem = if (200..300).contains(&status) {
        if let Some(receipt) = fetch::read::<Receipt>(&response).await {
            keep_receipt(&receipt);
        }
        None
    } else {
        fetch::read::<Problem>(&response).await
    };
    classify(status, problem, retry_after.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(status: u16, errors: &[(&str, &str)]) -> Option<Problem> {
        let mut problem = Problem::new(status, "Titel").with_detail("Einzelheiten.");
        for (field, message) in errors {
            problem
                .errors
                .insert(field.to_string(), message.to_string());
            problem.codes.insert(
                field.to_string(),
                format!("{}.kaputt", field.to_lowercase()),
            );
        }
        Some(problem)
    }

    #[test]
    fn stored_is_any_2xx_even_without_a_body() {
        assert_eq!(classify(201, None, None), Outcome::Accepted);
        assert_eq!(classify(200, None, None), Outcome::Accepted);
    }

    #[test]
    fn a_409_naming_only_the_key_is_a_key_conflict_not_a_field_error() {
        let conflict = problem(409, &[("Idempotency-Key", "Gehört zu einer anderen.")]);
        assert_eq!(classify(409, conflict, None), Outcome::KeyConflict);
        let gone = problem(409, &[("network", "Dieses Netzwerk gibt es nicht.")]);
        assert!(
            matches!(classify(409, gone, None), Outcome::Invalid(e) if e["network"].code == "network.kaputt")
        );
        let fields = problem(422, &[("email", "Bitte ausfüllen.")]);
        assert!(
            matches!(classify(422, fields, None), Outcome::Invalid(e) if e.contains_key("email"))
        );
        let both = problem(422, &[("Idempotency-Key", "x"), ("email", "y")]);
        assert!(matches!(classify(422, both, None), Outcome::Invalid(_)));
        assert_eq!(
            classify(422, problem(422, &[]), None),
            Outcome::Refused("Einzelheiten.".into())
        );
    }

    #[test]
    fn waiting_and_retrying() {
        assert_eq!(classify(429, None, Some("120")), Outcome::TooMany(120));
        assert_eq!(classify(429, None, Some("bald")), Outcome::TooMany(600));
        assert_eq!(classify(429, None, None), Outcome::TooMany(600));
        for status in [408, 500, 502, 503, 504] {
            assert_eq!(
                classify(status, None, None),
                Outcome::Unavailable,
                "{status}"
            );
        }
    }

    #[test]
    fn other_4xx_are_refused_with_the_servers_words() {
        assert_eq!(
            classify(400, problem(400, &[]), None),
            Outcome::Refused("Einzelheiten.".into())
        );
        assert_eq!(classify(413, None, None), Outcome::Refused("Fehler".into()));
        let mut no_detail = problem(415, &[]).unwrap();
        no_detail.detail = None;
        assert_eq!(
            classify(415, Some(no_detail), None),
            Outcome::Refused("Titel".into())
        );
    }
}
