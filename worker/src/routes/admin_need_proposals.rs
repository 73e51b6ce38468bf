//! `/api/admin/need-proposals`: the needs and changes to needs that editors of networks not
//! (yet) trusted proposed, in the review queue beside the entries' proposals: field by field,
//! in three states where the need changed since ("inzwischen geändert"). A coordinator takes a
//! need whole, or declines it with a reason the editor sees in their area. Accepting publishes
//! in one batch with the audit entry, under the coordinators' rules of today.

use super::admin_needs::need_from;
use super::endpoint::Signed;
use super::limits::DECISION_BODY_BYTES;
use crate::error::ApiError;
use crate::storage::{need_proposals, needs, networks};
use crate::{body, clock};
use model::editor::needs::{NeedDecision, NeedProposalHead, NeedProposalReview};
use model::editor::proposal::ProposalStatus;
use model::need::Asker;
use model::session::Coordinator;
use model::Code;
use worker::{D1Database, Request, Response};

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

async fn review(
    db: &D1Database,
    stored: need_proposals::Stored,
) -> Result<NeedProposalReview, ApiError> {
    let current = match &stored.need_id {
        Some(id) => needs::need_by_id(db, id).await?,
        None => None,
    };
    // A new need, once accepted, is compared with itself: nothing is "inzwischen geändert".
    let base = match (&stored.base, stored.status) {
        (None, ProposalStatus::Accepted) => Some(stored.proposed.clone()),
        (base, _) => base.clone(),
    };
    let head = NeedProposalHead {
        id: stored.id,
        network_id: stored.network_id,
        network_name: stored.network_name,
        need_id: stored.need_id,
        proposed_by: stored.editor_name,
        created_at: stored.created_at,
        status: stored.status,
        reason: stored.reason,
    };
    Ok(NeedProposalReview::of(
        head,
        base.as_ref(),
        current.as_ref(),
        &stored.proposed,
    ))
}

/// `GET /api/admin/need-proposals`: the waiting ones, oldest first, each as a review.
pub async fn queue(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let mut items = Vec::new();
    for stored in need_proposals::waiting(&signed.db).await? {
        items.push(review(&signed.db, stored).await?);
    }
    Ok(Response::from_json(&items)?)
}

/// `POST /api/admin/need-proposals/{id}`: the decision; the proposal as decided.
pub async fn decide(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    let decision: NeedDecision = body::read_typed(
        &mut req,
        DECISION_BODY_BYTES,
        "Erwartet wird {\"decision\": \"accept\"} oder {\"decision\": \"decline\", \"reason\": \"…\"}.",
    )
    .await?;
    decision.validate().map_err(ApiError::Unprocessable)?;
    let db = &signed.db;
    let stored = need_proposals::one(db, &id).await?.ok_or_else(not_found)?;
    if stored.status != ProposalStatus::Waiting {
        return Err(decided());
    }
    let now = clock::now_iso();
    let by = signed.who.name.as_str();
    let done = match &decision {
        NeedDecision::Accept => accept(&signed, &stored, &now).await?,
        NeedDecision::Decline { reason } => {
            let action = signed.audit.action("need_proposal.decline", Some(&id));
            need_proposals::decline(db, &id, reason.trim(), (&now, by), &action).await?
        }
    };
    if !done {
        let waits = need_proposals::one(db, &id)
            .await?
            .is_some_and(|p| p.status == ProposalStatus::Waiting);
        return Err(if waits {
            super::admin_revisions::changed_meanwhile()
        } else {
            decided()
        });
    }
    let stored = need_proposals::one(db, &id).await?.ok_or_else(not_found)?;
    Ok(Response::from_json(&review(db, stored).await?)?)
}

/// Publishes the proposed need under today's rules (a day that has passed since is a 409).
async fn accept(
    signed: &Signed<Coordinator>,
    stored: &need_proposals::Stored,
    now: &str,
) -> Result<bool, ApiError> {
    let db = &signed.db;
    let network = networks::public_network_by_id(db, &stored.network_id)
        .await?
        .ok_or_else(|| {
            ApiError::conflict(
                "network",
                Code::NetworkUnknown,
                "Dieses Netzwerk ist nicht mehr auf der Karte.",
            )
        })?;
    // The need it changes must still be there, and still the network's.
    let existing = match &stored.need_id {
        Some(id) => Some(
            needs::need_by_id(db, id)
                .await?
                .filter(|need| need.network.as_deref() == Some(network.slug.as_str()))
                .ok_or_else(|| {
                    ApiError::conflict(
                        "need",
                        Code::NeedUnknown,
                        "Dieses Gesuch gibt es nicht mehr, oder es gehört jetzt einem anderen Netzwerk.",
                    )
                })?,
        ),
        None => None,
    };
    let mut input = stored.proposed.clone();
    input.network = Some(network.slug.clone());
    let today = clock::berlin_today();
    input.check().map_err(ApiError::Unprocessable)?;
    input.check_day(today).map_err(ApiError::Conflict)?;
    let asker = Asker {
        network: Some((network.slug.clone(), network.name.clone(), network.district)),
    };
    let need = need_from(input, existing.as_ref(), asker, today, now)?;
    let seen = existing.as_ref().map(|need| need.updated_at.as_str());
    let action = signed
        .audit
        .action("need_proposal.accept", Some(&stored.id));
    let kind = if seen.is_some() {
        "need.update"
    } else {
        "need.create"
    };
    let need_action = signed.audit.action(kind, Some(&need.id));
    need_proposals::accept(
        db,
        &stored.id,
        (&need, &network.id, seen),
        (now, &signed.who.name),
        (&action, &need_action),
    )
    .await
}
