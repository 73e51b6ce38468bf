//! RFC 9457 problem details: the one error body of the API, read by the app too.

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
    /// Field name → message, for invalid input (422).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub errors: BTreeMap<String, String>,
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
        }
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
    fn reads_a_minimal_problem() {
        let problem: Problem = serde_json::from_str(r#"{"title":"x","status":400}"#).unwrap();
        assert_eq!(problem.kind, "about:blank");
        assert!(problem.errors.is_empty());
    }
}
