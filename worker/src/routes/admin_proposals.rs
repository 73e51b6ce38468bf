//! `/api/admin/proposals`: the review queue ("Zu prüfen (N)"): each waiting proposal field by
//! field, in three states where the entry changed since ("inzwischen geändert"). A coordinator
//! accepts all, accepts chosen fields, or declines with a reason (the editor sees it; with mail
//! on, by mail). Accepting publishes in one batch with the entry's revisions and the audit
//! entry; the entry's source becomes "Angaben des Netzwerks", its Stand the year of the day.

use super::endpoint::Signed;
use super::limits::DECISION_BODY_BYTES;
use crate::body;
use crate::error::ApiError;
use crate::mail::{self, editor as editor_mail};
use crate::storage::revisions::NewRevision;
use crate::storage::{networks, proposals};
use model::editor::entry::EntryFields;
use model::editor::proposal::{Decision, ProposalReview, ProposalStatus, RevisionKind};
use model::editor::EditorLanguage;
use model::session::Coordinator;
use model::validate::field_error;
use model::{Code, Network};
use worker::{Request, Response};

fn not_found() -> ApiError {
    ApiError::NotFound("Diesen Vorschlag gibt es nicht.".into())
}

fn decided() -> ApiError {
    ApiError::conflict(
        "proposal",
        Code::ProposalDecided,
        "Über diesen Vorschlag wurde schon entschieden.",
    )
}

fn review(stored: &proposals::Stored, current: &Network) -> ProposalReview {
    ProposalReview::of(
        stored.id.clone(),
        current,
        stored.editor_name.clone(),
        stored.created_at.clone(),
        stored.status,
        &stored.base,
        &stored.proposed,
        stored.accepted_fields.clone(),
        stored.reason.clone(),
    )
}

/// `GET /api/admin/proposals`: the waiting proposals, oldest first, each as a review.
pub async fn queue(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let mut items = Vec::new();
    for stored in proposals::waiting(&signed.db).await? {
        if let Some(current) = networks::network_by_id(&signed.db, &stored.network_id).await? {
            items.push(review(&stored, &current));
        }
    }
    Ok(Response::from_json(&items)?)
}

/// `POST /api/admin/proposals/{id}`: the decision; the proposal as decided.
pub async fn decide(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    let decision: Decision = body::read_typed(
        &mut req,
        DECISION_BODY_BYTES,
        "Erwartet wird {\"decision\": \"accept\"} (mit \"fields\") oder {\"decision\": \"decline\", \"reason\": \"…\"}.",
    )
    .await?;
    decision.validate().map_err(ApiError::Unprocessable)?;
    let stored = proposals::one(&signed.db, &id)
        .await?
        .ok_or_else(not_found)?;
    let current = networks::network_by_id(&signed.db, &stored.network_id)
        .await?
        .ok_or_else(not_found)?;
    if stored.status != ProposalStatus::Waiting {
        return Err(decided());
    }
    let now = crate::clock::now_iso();
    let done = match &decision {
        Decision::Accept { fields } => accept(&signed, &stored, &current, fields, &now).await?,
        Decision::Decline { reason } => decline(&signed, &stored, &current, reason, &now).await?,
    };
    if !done {
        // Decided by someone else, or the entry changed under the review.
        let waits = proposals::one(&signed.db, &id)
            .await?
            .is_some_and(|p| p.status == ProposalStatus::Waiting);
        return Err(if waits {
            super::admin_revisions::changed_meanwhile()
        } else {
            decided()
        });
    }
    let stored = proposals::one(&signed.db, &id)
        .await?
        .ok_or_else(not_found)?;
    let current = networks::network_by_id(&signed.db, &stored.network_id)
        .await?
        .ok_or_else(not_found)?;
    Ok(Response::from_json(&review(&stored, &current))?)
}

async fn accept(
    signed: &Signed<Coordinator>,
    stored: &proposals::Stored,
    current: &Network,
    chosen: &Option<Vec<String>>,
    now: &str,
) -> Result<bool, ApiError> {
    let now_fields = EntryFields::of(current);
    // The fields the editor changed that would change the entry as it is now: "all" takes
    // these, a choice only these of its own.
    let review = review(stored, current);
    let changes: Vec<&str> = review
        .fields
        .iter()
        .filter(|f| f.proposes_a_change())
        .map(|f| f.field.as_str())
        .collect();
    let fields: Vec<String> = match chosen {
        Some(chosen) => chosen
            .iter()
            .filter(|f| changes.contains(&f.as_str()))
            .cloned()
            .collect(),
        None => changes.iter().map(|f| f.to_string()).collect(),
    };
    if fields.is_empty() {
        return Err(ApiError::Conflict(field_error(
            "fields",
            Code::FieldsInvalid,
            "Der Vorschlag ändert nichts mehr am Eintrag.",
        )));
    }
    let merged = stored.proposed.merged_into(&now_fields, &fields);
    let after = merged
        .published(current, now.to_string(), crate::clock::berlin_today())
        .map_err(ApiError::Unprocessable)?;
    let revision = NewRevision {
        before: current,
        after: &after,
        kind: RevisionKind::Proposal,
        proposed_by: stored.editor_id.as_deref(),
        accepted_by: &signed.who.name,
        restored_from: None,
        now,
    };
    let action = signed.audit.action("proposal.accept", Some(&stored.id));
    proposals::accept(&signed.db, &stored.id, &revision, &fields, &action).await
}

async fn decline(
    signed: &Signed<Coordinator>,
    stored: &proposals::Stored,
    current: &Network,
    reason: &str,
    now: &str,
) -> Result<bool, ApiError> {
    let reason = reason.trim();
    let now_ms = worker::js_sys::Date::now();
    let outbox_id = uuid::Uuid::new_v4().to_string();
    let mail = match (&stored.editor_id, &stored.editor_email, &stored.editor_name) {
        (Some(editor), Some(email), Some(name)) if mail::enabled(signed.env()) => {
            Some(editor_mail::queue_decline(
                &signed.db,
                &editor_mail::ToEditor {
                    id: editor,
                    name,
                    email,
                    language: EditorLanguage::from_key(
                        stored.editor_language.as_deref().unwrap_or("de"),
                    ),
                },
                &editor_mail::About::Declined {
                    network: &current.name,
                    reason,
                },
                &outbox_id,
                now_ms,
                &stored.id,
            )?)
        }
        _ => None,
    };
    let mailed = mail.is_some();
    let action = signed.audit.action("proposal.decline", Some(&stored.id));
    let done = proposals::decline(
        &signed.db,
        &stored.id,
        reason,
        &signed.who.name,
        now,
        mail,
        &action,
    )
    .await?;
    if done && mailed {
        mail::attempt_soon(signed.background(), signed.env(), outbox_id, now_ms);
    }
    Ok(done)
}
