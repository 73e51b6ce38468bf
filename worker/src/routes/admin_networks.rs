//! `/api/admin/networks`: coordinators create, edit, confirm, archive and restore networks. The same
//! `model` rules as in the browser; every write bumps the data version (a D1 trigger), so the
//! public map shows it within its max-age. Each change and its audit entry are one D1 batch;
//! D1's change count decides the answer.

use super::endpoint::Signed;
use super::limits::NETWORK_BODY_BYTES;
use crate::body;
use crate::error::ApiError;
use crate::storage::admin_networks::{self as store, Mark};
use crate::storage::networks;
use crate::storage::revisions::{self, NewRevision};
use model::coordination::{AdminNetwork, NetworkInput};
use model::editor::needs::NeedsTrust;
use model::editor::proposal::RevisionKind;
use model::network::ConfirmedBy;
use model::session::Coordinator;
use model::validate::is_slug;
use model::Code;
use worker::{Request, Response};

fn now_iso() -> String {
    worker::js_sys::Date::new_0().to_iso_string().into()
}

pub async fn list(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    // "veraltet" in the list is what the public sees: not confirmed for CONFIRM_AFTER_DAYS.
    let freshness = crate::clock::freshness(signed.env());
    let items: Vec<AdminNetwork> = store::all_networks(&signed.db)
        .await?
        .into_iter()
        .map(|(network, handling)| AdminNetwork {
            network: freshness.mark(network),
            archived_at: handling.archived_at,
            needs_trusted: handling.needs_trusted == 1,
        })
        .collect();
    Ok(Response::from_json(&items)?)
}

/// `PUT /api/admin/networks/{id}/needs-trust`: whether the network's editors' needs go online
/// at once ("vertraut") or wait for review (the default).
pub async fn trust(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    let trust: NeedsTrust = body::read_typed(
        &mut req,
        super::limits::STATUS_BODY_BYTES,
        "Erwartet wird {\"trusted\": true} oder {\"trusted\": false}.",
    )
    .await?;
    let name = if trust.trusted {
        "network.needs_trusted"
    } else {
        "network.needs_reviewed"
    };
    let action = signed.audit.action(name, Some(&id));
    if !store::set_needs_trusted(&signed.db, &id, trust.trusted, &action).await? {
        return Err(ApiError::NotFound("Dieses Netzwerk gibt es nicht.".into()));
    }
    Ok(Response::from_json(&trust)?)
}

async fn read_input(req: &mut Request) -> Result<NetworkInput, ApiError> {
    body::read_typed(
        req,
        NETWORK_BODY_BYTES,
        "Fehlende, unbekannte oder falsch geschriebene Felder.",
    )
    .await
}

async fn save(
    req: &mut Request,
    signed: &Signed<Coordinator>,
    id: Option<String>,
) -> Result<Response, ApiError> {
    let db = &signed.db;
    let input = read_input(req).await?;
    let creating = id.is_none();
    // A new network's id is its first address, and never changes.
    let id = id.unwrap_or_else(|| input.slug_or_derived());
    // The confirmation date is not the form's: an update leaves it as it is.
    let network = input
        .into_network(id, now_iso(), None)
        .map_err(ApiError::Unprocessable)?;
    let name = if creating {
        "network.create"
    } else {
        "network.update"
    };
    let id = network.id.clone();
    let action = signed.audit.action(name, Some(&id));
    if creating {
        if !store::create_network(db, &network, &action).await? {
            // The id (made from the address) or the address is taken, perhaps by a parallel create.
            return Err(slug_taken());
        }
        return Ok(Response::from_json(&network)?.with_status(201));
    }
    // The entry as it was: the first revision, if it has none yet.
    let before = networks::network_by_id(db, &network.id)
        .await?
        .ok_or_else(not_found)?;
    let network = revisions::keeping_stand_day(network, &before);
    let revision = NewRevision {
        before: &before,
        after: &network,
        kind: RevisionKind::Coordination,
        proposed_by: None,
        accepted_by: &signed.who.name,
        restored_from: None,
        now: &network.updated_at,
    };
    if !revisions::publish(db, &revision, &action).await? {
        return Err(super::admin_revisions::not_published(db, &before, slug_taken()).await?);
    }
    let saved = networks::network_by_id(db, &network.id)
        .await?
        .ok_or_else(not_found)?;
    Ok(Response::from_json(&saved)?)
}

pub async fn create(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    save(&mut req, &signed, None).await
}

pub async fn update(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = network_id(&signed)?;
    save(&mut req, &signed, Some(id)).await
}

pub async fn confirm(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    mark(
        signed,
        Mark::Confirmed(ConfirmedBy::Coordination),
        "network.confirm",
    )
    .await
}

pub async fn archive(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    mark(signed, Mark::Archived, "network.archive").await
}

/// An archived network back on the public map (archiving is the only way to take one off,
/// so a slip must be easy to undo).
pub async fn restore(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    mark(signed, Mark::Restored, "network.restore").await
}

async fn mark(signed: Signed<Coordinator>, mark: Mark, name: &str) -> Result<Response, ApiError> {
    let id = network_id(&signed)?;
    let action = signed.audit.action(name, Some(&id));
    if !store::mark_network(&signed.db, &id, mark, &now_iso(), &action).await? {
        return Err(not_found());
    }
    let network = networks::network_by_id(&signed.db, &id)
        .await?
        .ok_or_else(not_found)?;
    Ok(Response::from_json(&network)?)
}

fn network_id(signed: &Signed<Coordinator>) -> Result<String, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    is_slug(&id).then_some(id).ok_or_else(not_found)
}

fn not_found() -> ApiError {
    ApiError::NotFound("Dieses Netzwerk gibt es nicht.".into())
}

/// The address is taken: a conflict with the data, not a broken rule.
fn slug_taken() -> ApiError {
    ApiError::conflict("slug", Code::SlugTaken, "Diese Adresse ist schon vergeben.")
}
