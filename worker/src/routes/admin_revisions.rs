//! `/api/admin/networks/{id}/revisions`: every accepted state of an entry (when, proposed by,
//! accepted by), and restoring one, which is itself a new revision, audited. The entry's
//! confirmation stays as it is: restoring says nothing about whether it is still true.

use super::endpoint::Signed;
use crate::error::ApiError;
use crate::storage::networks;
use crate::storage::revisions::{self, NewRevision};
use model::editor::proposal::RevisionKind;
use model::session::Coordinator;
use model::validate::is_slug;
use model::{Code, Network};
use worker::{D1Database, Request, Response};

fn not_found() -> ApiError {
    ApiError::NotFound("Dieses Netzwerk oder diese Fassung gibt es nicht.".into())
}

fn network_id(signed: &Signed<Coordinator>) -> Result<String, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    is_slug(&id).then_some(id).ok_or_else(not_found)
}

/// `GET /api/admin/networks/{id}/revisions`: newest first.
pub async fn list(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = network_id(&signed)?;
    networks::network_by_id(&signed.db, &id)
        .await?
        .ok_or_else(not_found)?;
    Ok(Response::from_json(
        &revisions::of_network(&signed.db, &id).await?,
    )?)
}

/// `POST /api/admin/networks/{id}/revisions/{number}/restore`: the entry as revision `number`
/// had it, as a new revision; the entry as it now is.
pub async fn restore(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = network_id(&signed)?;
    let number: u32 = signed
        .param("number")
        .and_then(|n| n.parse().ok())
        .ok_or_else(not_found)?;
    let current = networks::network_by_id(&signed.db, &id)
        .await?
        .ok_or_else(not_found)?;
    let old = revisions::one(&signed.db, &id, number)
        .await?
        .ok_or_else(not_found)?;
    let now = crate::clock::now_iso();
    let mut after = revisions::keeping_confirmation(old.state, &current);
    after.id = current.id.clone();
    after.updated_at = now.clone();
    let revision = NewRevision {
        before: &current,
        after: &after,
        kind: RevisionKind::Restore,
        proposed_by: None,
        accepted_by: &signed.who.name,
        restored_from: Some(number),
        now: &now,
    };
    let action = signed.audit.action("network.revision.restore", Some(&id));
    if !revisions::publish(&signed.db, &revision, &action).await? {
        let taken = ApiError::conflict(
            "slug",
            model::Code::SlugTaken,
            "Die Adresse dieser Fassung hat inzwischen ein anderes Netzwerk.",
        );
        return Err(not_published(&signed.db, &current, taken).await?);
    }
    let saved = networks::network_by_id(&signed.db, &id)
        .await?
        .ok_or_else(not_found)?;
    Ok(Response::from_json(&saved)?)
}

/// The entry changed between reading it and writing it (another coordinator, a proposal).
pub fn changed_meanwhile() -> ApiError {
    ApiError::conflict(
        "network",
        Code::NetworkChanged,
        "Der Eintrag hat sich inzwischen geändert. Bitte laden Sie neu und versuchen Sie es noch einmal.",
    )
}

/// Why `revisions::publish` wrote nothing over `before`: the entry is gone (404), changed
/// meanwhile, or its address is taken (`taken`).
pub async fn not_published(
    db: &D1Database,
    before: &Network,
    taken: ApiError,
) -> Result<ApiError, ApiError> {
    Ok(match networks::network_by_id(db, &before.id).await? {
        None => not_found(),
        Some(now) if now.updated_at != before.updated_at => changed_meanwhile(),
        Some(_) => taken,
    })
}
