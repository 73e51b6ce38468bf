//! The one error type of the API, and the one place where errors become responses.

use model::problem::{Problem, PROBLEM_CONTENT_TYPE};
use model::session::SignedOut;
use model::validate::{field_error, FieldErrors};
use model::Code;
use worker::{Headers, Response};

/// Everything a request can fail with. Each variant maps to exactly one HTTP status.
#[derive(Debug)]
pub enum ApiError {
    /// 400: the request cannot be read at all.
    BadRequest(String),
    /// 401: not signed in, and why.
    Unauthorized(SignedOut),
    /// 403: signed in, but the request may not do this (a session's change from another site).
    Forbidden(String),
    /// 404: no such resource.
    NotFound(String),
    /// 405: the path exists, but not for this method.
    MethodNotAllowed { allow: Vec<String> },
    /// 413: the body is larger than the endpoint accepts.
    PayloadTooLarge { limit: usize },
    /// 415: the body is not of the accepted media type.
    UnsupportedMediaType(String),
    /// 409: well-formed, but at odds with the data as it is now (a network that does not
    /// exist (any more), an address already taken, an idempotency key used for another
    /// form); the fields named. Unlike a 422, no document can predict it.
    Conflict(FieldErrors),
    /// 422: the request is readable but breaks a rule the OpenAPI document states; the
    /// fields named, each with its message and code.
    Unprocessable(FieldErrors),
    /// 429: too many requests from this client; seconds until it may try again.
    TooManyRequests { retry_after: u32 },
    /// 503: the database does not answer.
    Unavailable(String),
    /// 503: a mail that must go now (a new personal link) cannot go before it is of no use:
    /// the daily cap of all mail is reached. Nothing was changed; seconds until it may.
    MailLater { retry_after: u32 },
    /// 500: a bug or an unexpected runtime failure. The detail is logged, never sent.
    Internal(String),
}

impl ApiError {
    /// 409 for one field: at odds with the data as it is now.
    pub fn conflict(field: &str, code: Code, message: &str) -> ApiError {
        ApiError::Conflict(field_error(field, code, message))
    }

    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::Forbidden(_) => 403,
            Self::NotFound(_) => 404,
            Self::MethodNotAllowed { .. } => 405,
            Self::PayloadTooLarge { .. } => 413,
            Self::Conflict(_) => 409,
            Self::UnsupportedMediaType(_) => 415,
            Self::Unprocessable(_) => 422,
            Self::TooManyRequests { .. } => 429,
            Self::Internal(_) => 500,
            Self::Unavailable(_) | Self::MailLater { .. } => 503,
        }
    }

    /// The RFC 9457 body. Titles are short German sentences the app can show as they are.
    pub fn problem(&self) -> Problem {
        let status = self.status();
        match self {
            Self::BadRequest(detail) => {
                Problem::new(status, "Ungültige Anfrage").with_detail(detail)
            }
            Self::Unauthorized(reason) => {
                let (kind, detail) = match reason {
                    SignedOut::Missing => (
                        "about:blank",
                        "Bitte melden Sie sich mit Ihrem Zugangsschlüssel an.",
                    ),
                    SignedOut::SessionEnded => (
                        model::session::SESSION_ENDED,
                        "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich neu an.",
                    ),
                    SignedOut::TokenExpired => (
                        model::session::TOKEN_EXPIRED,
                        "Ihr Zugangsschlüssel ist abgelaufen. Bitte fragen Sie nach einem neuen.",
                    ),
                    SignedOut::LinkSpent => (
                        model::session::LINK_SPENT,
                        "Dieser Link gilt nicht mehr: er wurde schon benutzt oder ist abgelaufen. \
                         Bitte fordern Sie einen neuen an.",
                    ),
                };
                let mut problem = Problem::new(status, "Anmeldung nötig").with_detail(detail);
                problem.kind = kind.into();
                problem
            }
            Self::Forbidden(detail) => Problem::new(status, "Nicht erlaubt").with_detail(detail),
            Self::NotFound(detail) => Problem::new(status, "Nicht gefunden").with_detail(detail),
            Self::MethodNotAllowed { allow } => Problem::new(status, "Methode nicht erlaubt")
                .with_detail(format!("Erlaubt: {}.", allow.join(", "))),
            Self::PayloadTooLarge { limit } => Problem::new(status, "Anfrage zu groß")
                .with_detail(format!("Höchstens {limit} Bytes.")),
            Self::UnsupportedMediaType(expected) => Problem::new(status, "Falsches Datenformat")
                .with_detail(format!("Erwartet: {expected}.")),
            Self::Conflict(errors) => Problem::new(status, "Passt nicht zu den Daten")
                .with_detail("Die Angaben passen nicht zum aktuellen Stand.")
                .with_field_errors(errors),
            Self::Unprocessable(errors) => Problem::new(status, "Bitte prüfen Sie Ihre Angaben")
                .with_detail("Einige Felder sind nicht gültig.")
                .with_field_errors(errors),
            Self::TooManyRequests { retry_after } => Problem::new(status, "Zu viele Anfragen")
                .with_detail(format!(
                    "Bitte versuchen Sie es in {retry_after} Sekunden wieder."
                )),
            Self::Unavailable(_) => Problem::new(status, "Dienst vorübergehend nicht erreichbar")
                .with_detail("Bitte versuchen Sie es gleich noch einmal."),
            Self::MailLater { retry_after } => Problem::new(status, "E-Mail gerade nicht möglich")
                .with_detail(format!(
                    "Heute können wir keine E-Mail mehr schicken. Es wurde nichts geändert; \
                     bitte versuchen Sie es in {} Minuten wieder.",
                    retry_after.div_ceil(60)
                )),
            Self::Internal(_) => Problem::new(status, "Interner Fehler")
                .with_detail("Bitte versuchen Sie es später noch einmal."),
        }
    }

    /// The complete response: status, problem+json body and the headers this error needs.
    pub fn into_response(self) -> Response {
        if let Self::Internal(detail) | Self::Unavailable(detail) = &self {
            worker::console_error!("{} {detail}", self.status());
        }
        let body = serde_json::to_vec(&self.problem()).unwrap_or_default();
        let headers = Headers::new();
        // Header names and values here are constant ASCII, so `set` cannot fail.
        let _ = headers.set("Content-Type", PROBLEM_CONTENT_TYPE);
        let _ = headers.set("Cache-Control", "no-store");
        match &self {
            Self::MethodNotAllowed { allow } => {
                let _ = headers.set("Allow", &allow.join(", "));
            }
            Self::TooManyRequests { retry_after } | Self::MailLater { retry_after } => {
                let _ = headers.set(model::headers::RETRY_AFTER, &retry_after.to_string());
            }
            Self::Unauthorized(_) => {
                let _ = headers.set("WWW-Authenticate", "Bearer realm=\"koordination\"");
            }
            _ => {}
        }
        Response::builder()
            .with_status(self.status())
            .with_headers(headers)
            .fixed(body)
    }
}

impl From<worker::Error> for ApiError {
    fn from(error: worker::Error) -> Self {
        Self::Internal(error.to_string())
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(error: serde_json::Error) -> Self {
        Self::Internal(error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_is_a_problem_with_its_own_status() {
        let errors = [
            ApiError::BadRequest("x".into()),
            ApiError::Unauthorized(SignedOut::Missing),
            ApiError::NotFound("x".into()),
            ApiError::MethodNotAllowed {
                allow: vec!["GET".into()],
            },
            ApiError::PayloadTooLarge { limit: 16 },
            ApiError::UnsupportedMediaType("application/json".into()),
            ApiError::Conflict(field_error("slug", Code::SlugTaken, "vergeben")),
            ApiError::Unprocessable(field_error("email", Code::EmailInvalid, "ungültig")),
            ApiError::TooManyRequests { retry_after: 60 },
            ApiError::Unavailable("x".into()),
            ApiError::Internal("secret detail".into()),
        ];
        for error in errors {
            let problem = error.problem();
            assert_eq!(problem.status, error.status());
            assert!(!problem.title.is_empty());
        }
    }

    #[test]
    fn named_fields_carry_their_codes() {
        let problem =
            ApiError::Unprocessable(field_error("email", Code::EmailInvalid, "ungültig")).problem();
        assert_eq!(problem.errors["email"], "ungültig");
        assert_eq!(problem.codes["email"], "email.invalid");
    }

    #[test]
    fn internal_details_are_never_sent() {
        let problem = ApiError::Internal("D1_ERROR: no such table".into()).problem();
        assert!(!format!("{problem:?}").contains("D1_ERROR"));
    }
}
