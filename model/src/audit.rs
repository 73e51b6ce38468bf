//! The audit log: who did what, when, on which id. "Who" is an [`Actor`]: a kind and, for a
//! person signed in, their name. Never a volunteer's personal data: only ids.

use serde::{Deserialize, Serialize};

/// What kind of actor changed something.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A coordinator, signed in with their token.
    Coordinator,
    /// The Worker itself: the daily deletion. (A session that ended is the coordinator's.)
    System,
    /// A volunteer, through the personal link to their own registration.
    Volunteer,
    /// A network's editor ("Netzwerk-Zugang"), signed in by their link.
    Editor,
}

impl ActorKind {
    /// The kind as stored (`audit_log.actor_kind`) and sent.
    pub fn key(self) -> &'static str {
        match self {
            ActorKind::Coordinator => "coordinator",
            ActorKind::System => "system",
            ActorKind::Volunteer => "volunteer",
            ActorKind::Editor => "editor",
        }
    }
}

/// Who did something: the audit log's "who".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A coordinator, by the name their token was made for.
    Coordinator(String),
    /// The Worker's own runs.
    System,
    /// A volunteer through their personal link (never their name: the log holds no personal
    /// data of volunteers).
    Volunteer,
    /// A network's editor, by the log name of their access (`model::editor::Editor::log_name`),
    /// never their own name.
    Editor(String),
}

impl Actor {
    /// The name the log shows (`audit_log.coordinator`, a column named before there were
    /// other kinds).
    pub fn name(&self) -> &str {
        match self {
            Actor::Coordinator(name) | Actor::Editor(name) => name,
            Actor::System => "system",
            Actor::Volunteer => "Freiwillige Person (über ihren Link)",
        }
    }

    pub fn kind(&self) -> ActorKind {
        match self {
            Actor::Coordinator(_) => ActorKind::Coordinator,
            Actor::System => ActorKind::System,
            Actor::Volunteer => ActorKind::Volunteer,
            Actor::Editor(_) => ActorKind::Editor,
        }
    }
}

/// One admin action. Never holds a volunteer's personal data: only ids.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    // Who: a coordinator's name, `system`, or the volunteer through their link (a plain
    // comment: a doc comment would change the OpenAPI document).
    pub coordinator: String,
    /// What kind of actor `coordinator` names.
    pub actor_kind: ActorKind,
    pub action: String,
    pub target: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_actor_has_a_name_and_a_kind() {
        let ayse = Actor::Coordinator("Ayşe Demir".into());
        assert_eq!(
            (ayse.name(), ayse.kind().key()),
            ("Ayşe Demir", "coordinator")
        );
        assert_eq!(
            (Actor::System.name(), Actor::System.kind().key()),
            ("system", "system")
        );
        assert_eq!(Actor::Volunteer.kind().key(), "volunteer");
        assert_eq!(
            serde_json::to_string(&ActorKind::Volunteer).unwrap(),
            "\"volunteer\""
        );
    }
}
