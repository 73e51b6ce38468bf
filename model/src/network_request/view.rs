//! The coordinators' side of claims and suggestions: the queue's items and their decisions.

use super::{Requester, Suggested};
use crate::codes::Code;
use crate::validate::{Errors, FieldErrors, Text};
use serde::{Deserialize, Serialize};

/// A claim of an entry, or a suggested network.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    Claim,
    Suggestion,
}

impl RequestKind {
    pub fn key(self) -> &'static str {
        match self {
            RequestKind::Claim => "claim",
            RequestKind::Suggestion => "suggestion",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "claim" => Some(RequestKind::Claim),
            "suggestion" => Some(RequestKind::Suggestion),
            _ => None,
        }
    }
}

/// The entry a claim is about.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestNetwork {
    pub id: String,
    pub slug: String,
    pub name: String,
}

/// One item of the coordinators' queue.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkRequest {
    pub id: String,
    pub kind: RequestKind,
    pub created_at: String,
    /// `waiting`, or `declined` (erased 30 days after `decided_at`).
    pub status: String,
    pub decided_at: Option<String>,
    /// A claim's entry (`None` once it left the map).
    pub network: Option<RequestNetwork>,
    /// A suggestion's network.
    pub suggested: Option<Suggested>,
    pub requester: Requester,
    /// The address has a network access already: giving access adds the entry to it.
    pub has_access: bool,
}

/// A coordinator's decision, after checking the person outside the app (by phone).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case", deny_unknown_fields)]
pub enum RequestDecision {
    /// A claim: access for the entry, its invitation greeting `name` (the name the coordinator
    /// confirmed). A suggestion: the entry on the map, and access for its suggester if
    /// `give_access`.
    Accept { name: String, give_access: bool },
    /// Declined: kept 30 days, then erased.
    Decline,
}

impl RequestDecision {
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        if let RequestDecision::Accept { name, .. } = self {
            let (min, max) = super::NAME_CHARS;
            errors.min_chars("name", name, min, Code::NameTooShort);
            errors.max_chars("name", name, max, Code::NameTooLong);
            errors.clean_text("name", name, Text::Line);
        }
        errors.finish()
    }
}

/// What accepting did: the entry a suggestion became, and the access given (its invitation
/// link only where no mail carries it), or that an existing access got the entry.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestAccepted {
    /// The new entry's address, for a suggestion.
    pub network: Option<String>,
    pub access: Option<crate::editor::IssuedLink>,
    /// The address had an access already: the entry was added to it, no invitation sent.
    pub added_to_access: bool,
}
