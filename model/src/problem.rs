//! RFC 9457 problem details: the one error body of the API, read by the app too.

use crate::validate::{FieldError, FieldErrors};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The media type every error response carries.
pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// An RFC 9457 problem details object.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// A URI reference naming the problem kind; `about:blank` when the status says it all.
    #[serde(rename = "type", default = "about_blank")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Field name → a short German message, for invalid input (422) and conflicts (409).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub errors: BTreeMap<String, String>,
    /// Field name → the rule's stable code (`FieldErrorCode` in the OpenAPI document): the
    /// same fields as `errors`. Clients translate by it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, crate::codes::Code>))]
    pub codes: BTreeMap<String, String>,
}

fn about_blank() -> String {
    "about:blank".into()
}

impl Problem {
    pub fn new(status: u16, title: impl Into<String>) -> Self {
        Self {
            kind: about_blank(),
            title: title.into(),
            status,
            detail: None,
            errors: BTreeMap::new(),
            codes: BTreeMap::new(),
        }
    }

    /// Names the fields: each one's message in `errors`, its code in `codes`.
    pub fn with_field_errors(mut self, errors: &FieldErrors) -> Self {
        for (field, error) in errors {
            self.errors.insert(field.clone(), error.message.clone());
            self.codes.insert(field.clone(), error.code.clone());
        }
        self
    }

    /// The named fields, each with its message and code (empty if the server sent none).
    pub fn field_errors(&self) -> FieldErrors {
        self.errors
            .iter()
            .map(|(field, message)| {
                let code = self.codes.get(field).cloned().unwrap_or_default();
                let error = FieldError {
                    code,
                    message: message.clone(),
                };
                (field.clone(), error)
            })
            .collect()
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_rfc_9457() {
        let problem = Problem::new(404, "Nicht gefunden").with_detail("Kein solcher Pfad.");
        assert_eq!(
            serde_json::to_value(&problem).unwrap(),
            serde_json::json!({"type": "about:blank", "title": "Nicht gefunden", "status": 404,
                               "detail": "Kein solcher Pfad."})
        );
    }

    #[test]
    fn field_errors_travel_as_messages_and_codes() {
        use crate::codes::Code;
        let errors = crate::validate::field_error("email", Code::EmailInvalid, "Ungültig.");
        let problem = Problem::new(422, "Bitte prüfen").with_field_errors(&errors);
        assert_eq!(
            serde_json::to_value(&problem).unwrap(),
            serde_json::json!({"type": "about:blank", "title": "Bitte prüfen", "status": 422,
                               "errors": {"email": "Ungültig."},
                               "codes": {"email": "email.invalid"}})
        );
        assert_eq!(problem.field_errors(), errors);
        // An older server's problem, without codes: the messages still arrive.
        let old: Problem =
            serde_json::from_str(r#"{"title":"x","status":422,"errors":{"name":"Zu kurz."}}"#)
                .unwrap();
        assert_eq!(old.field_errors()["name"].code, "");
    }

    #[test]
    fn reads_a_minimal_problem() {
        let problem: Problem = serde_json::from_str(r#"{"title":"x","status":400}"#).unwrap();
        assert_eq!(problem.kind, "about:blank");
        assert!(problem.errors.is_empty());
    }
}
