//! `/api/netzwerk/networks/{id}/…`: what an editor does with their own networks' entries:
//! "Alles stimmt noch" (the entry confirmed today, by the network), a proposed change (waiting
//! for a coordinator; the public entry keeps its last accepted state), and the entry's history.
//! Another network's id answers exactly as an id that does not exist: 404. Changes need the
//! current terms accepted (409 until then).

use super::endpoint::Signed;
use super::limits::NETWORK_BODY_BYTES;
use crate::body;
use crate::error::ApiError;
use crate::storage::admin_networks::{self as admin_store, Mark};
use crate::storage::{networks, proposals, revisions};
use model::editor::entry::EntryFields;
use model::editor::Editor;
use model::network::ConfirmedBy;
use model::validate::field_error;
use model::{Code, Network};
use worker::{Request, Response};

fn not_found() -> ApiError {
    ApiError::NotFound("Dieses Netzwerk gibt es nicht.".into())
}

/// The editor's network named in the path, on the public map: else 404, as if it did not exist.
pub(super) async fn own_network(signed: &Signed<Editor>) -> Result<Network, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    if !signed.who.keeps(&id) {
        return Err(not_found());
    }
    networks::public_network_by_id(&signed.db, &id)
        .await?
        .ok_or_else(not_found)
}

pub(super) fn terms_first(signed: &Signed<Editor>) -> Result<(), ApiError> {
    if signed.who.terms_accepted {
        return Ok(());
    }
    Err(ApiError::Conflict(field_error(
        "terms",
        Code::TermsRequired,
        "Bitte nehmen Sie zuerst die Bedingungen an.",
    )))
}

/// `POST /api/netzwerk/networks/{id}/confirm`: "Alles stimmt noch": confirmed today, by the
/// network; the entry as the public now sees it.
pub async fn confirm(_req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let network = own_network(&signed).await?;
    terms_first(&signed)?;
    let action = signed.audit.action("network.confirm", Some(&network.id));
    let now = crate::clock::now_iso();
    let mark = Mark::Confirmed(ConfirmedBy::Network);
    if !admin_store::mark_network(&signed.db, &network.id, mark, &now, &action).await? {
        return Err(not_found());
    }
    let network = networks::network_by_id(&signed.db, &network.id)
        .await?
        .ok_or_else(not_found)?;
    Ok(Response::from_json(&network)?)
}

/// `POST /api/netzwerk/networks/{id}/proposals`: every public field, with the coordinators'
/// rules (422); a proposal that changes nothing is a 422 too. 201 with the proposal.
pub async fn propose(mut req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let network = own_network(&signed).await?;
    terms_first(&signed)?;
    let proposed: EntryFields = body::read_typed(
        &mut req,
        NETWORK_BODY_BYTES,
        "Fehlende, unbekannte oder falsch geschriebene Felder.",
    )
    .await?;
    proposed
        .validate(&network)
        .map_err(ApiError::Unprocessable)?;
    let base = EntryFields::of(&network);
    if proposed.texts() == base.texts() {
        // Depends on the entry as it is now: a conflict, not a broken rule.
        return Err(ApiError::Conflict(field_error(
            "fields",
            Code::FieldsInvalid,
            "Der Vorschlag ändert nichts am Eintrag.",
        )));
    }
    let id = uuid::Uuid::new_v4().to_string();
    let now = crate::clock::now_iso();
    let action = signed.audit.action("proposal.create", Some(&id));
    let stored = proposals::create(
        &signed.db,
        &id,
        &network.id,
        &signed.who.id,
        &base,
        &proposed,
        &now,
        &action,
    )
    .await?;
    if !stored {
        return Err(not_found());
    }
    let own = proposals::one(&signed.db, &id)
        .await?
        .ok_or_else(not_found)?
        .own();
    Ok(Response::from_json(&own)?.with_status(201))
}

/// `GET /api/netzwerk/networks/{id}/revisions`: the entry's accepted states, newest first,
/// without who proposed or accepted them (other editors' and coordinators' names are not the
/// editor's to see).
pub async fn history(_req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let network = own_network(&signed).await?;
    let mut revisions = revisions::of_network(&signed.db, &network.id).await?;
    for revision in &mut revisions {
        revision.proposed_by = None;
        revision.accepted_by = None;
    }
    Ok(Response::from_json(&revisions)?)
}
