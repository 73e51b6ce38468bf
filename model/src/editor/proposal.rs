//! Proposals and revisions: what an editor proposes, what the coordinators' review queue shows
//! ("Zu prüfen (N)", field by field in three states), what a coordinator decides, and every
//! accepted state of an entry.

use super::entry::{are_fields, EntryFields};
use crate::codes::Code;
use crate::network::Network;
use crate::review::{review, FieldReview};
use crate::validate::{Errors, FieldErrors, Text};
use serde::{Deserialize, Serialize};

/// A decline's reason, at most.
pub const REASON_MAX_CHARS: usize = 1000;

/// Where a proposal stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProposalStatus {
    Waiting,
    /// All or some of its fields were published (`accepted_fields`).
    Accepted,
    Declined,
}

impl ProposalStatus {
    pub fn key(self) -> &'static str {
        match self {
            ProposalStatus::Waiting => "waiting",
            ProposalStatus::Accepted => "accepted",
            ProposalStatus::Declined => "declined",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Waiting, Self::Accepted, Self::Declined]
            .into_iter()
            .find(|s| s.key() == key)
    }
}

/// A proposal as its editor sees it: what was proposed, and what became of it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnProposal {
    pub id: String,
    pub created_at: String,
    pub status: ProposalStatus,
    pub proposed: EntryFields,
    /// The fields a coordinator published (all of them, or those chosen).
    pub accepted_fields: Vec<String>,
    /// Why it was declined.
    pub reason: Option<String>,
    pub decided_at: Option<String>,
}

/// One of an editor's networks: the entry as the public sees it, and its proposals, newest first.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnNetwork {
    pub network: Network,
    pub proposals: Vec<OwnProposal>,
    /// Where the entry stands today: the area asks to confirm one that is soon stale or stale.
    #[serde(default)]
    pub freshness: crate::network::freshness::FreshnessState,
    /// The day it goes stale (`YYYY-MM-DD`); `None` for an entry never confirmed.
    #[serde(default)]
    pub stale_on: Option<String>,
}

/// A proposal in the coordinators' queue, field by field.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalReview {
    pub id: String,
    pub network_id: String,
    pub network_name: String,
    /// The editor's name, or `None` once their access is erased ("ehemaliger Zugang").
    pub proposed_by: Option<String>,
    pub created_at: String,
    pub status: ProposalStatus,
    /// Every field in three states (when proposed, now, proposed).
    pub fields: Vec<FieldReview>,
    /// The entry changed after the proposal was made ("inzwischen geändert").
    pub changed_since: bool,
    pub accepted_fields: Vec<String>,
    pub reason: Option<String>,
}

impl ProposalReview {
    /// The review of `proposed`, made on `base`, against the entry as it is now.
    #[allow(clippy::too_many_arguments)]
    pub fn of(
        id: String,
        current: &Network,
        proposed_by: Option<String>,
        created_at: String,
        status: ProposalStatus,
        base: &EntryFields,
        proposed: &EntryFields,
        accepted_fields: Vec<String>,
        reason: Option<String>,
    ) -> Self {
        let fields = review(
            &base.texts(),
            &EntryFields::of(current).texts(),
            &proposed.texts(),
        );
        Self {
            id,
            network_id: current.id.clone(),
            network_name: current.name.clone(),
            proposed_by,
            created_at,
            status,
            changed_since: crate::review::changed_since(&fields),
            fields,
            accepted_fields,
            reason,
        }
    }
}

/// A coordinator's decision on a proposal (`POST /api/admin/proposals/{id}`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "lowercase", deny_unknown_fields)]
pub enum Decision {
    /// Publish the proposal: every field it changes, or only `fields`.
    Accept {
        #[serde(default)]
        fields: Option<Vec<String>>,
    },
    /// Decline it, with a reason the editor sees.
    Decline { reason: String },
}

impl Decision {
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        match self {
            Decision::Accept { fields: Some(f) } if f.is_empty() || !are_fields(f) => errors.add(
                "fields",
                Code::FieldsInvalid,
                "Bitte mindestens ein Feld des Vorschlags wählen.",
            ),
            Decision::Accept { .. } => {}
            Decision::Decline { reason } => check_reason(&mut errors, reason),
        }
        errors.finish()
    }
}

/// A decline's reason: given, at most [`REASON_MAX_CHARS`], clean text.
pub fn check_reason(errors: &mut Errors, reason: &str) {
    if reason.trim().is_empty() {
        errors.add("reason", Code::ReasonRequired, "Bitte einen Grund nennen.");
    }
    errors.max_chars("reason", reason, REASON_MAX_CHARS, Code::ReasonTooLong);
    errors.clean_text("reason", reason.trim(), Text::Lines);
}

/// What kind of change made a revision.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RevisionKind {
    /// The state the entry had before its first change here.
    Earlier,
    /// A coordinator's own change.
    Coordination,
    /// A network's proposal, accepted.
    Proposal,
    /// An earlier revision, restored.
    Restore,
}

impl RevisionKind {
    pub fn key(self) -> &'static str {
        match self {
            RevisionKind::Earlier => "earlier",
            RevisionKind::Coordination => "coordination",
            RevisionKind::Proposal => "proposal",
            RevisionKind::Restore => "restore",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [
            Self::Earlier,
            Self::Coordination,
            Self::Proposal,
            Self::Restore,
        ]
        .into_iter()
        .find(|k| k.key() == key)
    }
}

/// One accepted state of an entry.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub number: u32,
    pub created_at: String,
    pub kind: RevisionKind,
    /// The editor whose proposal it was: their name, or "ehemaliger Zugang".
    pub proposed_by: Option<String>,
    pub accepted_by: Option<String>,
    pub restored_from: Option<u32>,
    pub state: Network,
}

/// What revisions say of an editor whose access was erased.
pub const FORMER_EDITOR: &str = "ehemaliger Zugang";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_says_what_and_why() {
        let accept: Decision = serde_json::from_str(r#"{"decision":"accept"}"#).unwrap();
        assert_eq!(accept, Decision::Accept { fields: None });
        assert_eq!(accept.validate(), Ok(()));
        let some: Decision =
            serde_json::from_str(r#"{"decision":"accept","fields":["slug"]}"#).unwrap();
        assert!(some.validate().unwrap_err().contains_key("fields"));
        let decline = Decision::Decline { reason: " ".into() };
        assert!(decline.validate().unwrap_err().contains_key("reason"));
        assert!(serde_json::from_str::<Decision>(r#"{"decision":"maybe"}"#).is_err());
    }

    #[test]
    fn states_travel_as_words() {
        for status in [
            ProposalStatus::Waiting,
            ProposalStatus::Accepted,
            ProposalStatus::Declined,
        ] {
            assert_eq!(ProposalStatus::from_key(status.key()), Some(status));
        }
        assert_eq!(
            RevisionKind::from_key("restore"),
            Some(RevisionKind::Restore)
        );
    }
}
