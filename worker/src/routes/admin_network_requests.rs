//! `/api/admin/network-requests`: the queue of claims ("Zugang anfragen") and suggestions
//! ("Netzwerk vorschlagen"). A coordinator verifies the person outside the app, by phone, then
//! accepts or declines. Accepting a claim gives an access for its entry (the invitation greets
//! with the name the coordinator confirmed), or adds the entry to the address's access;
//! accepting a suggestion puts the entry on the map (not confirmed, source "Vorschlag des
//! Netzwerks", Stand the day) with its first revision, and, if asked, gives its suggester
//! access the same way. An accepted request is deleted in the batch that does it; a declined
//! one is kept 30 days. Any request can be erased at once.

use super::admin_editors::{give_access, NewAccess};
use super::endpoint::Signed;
use super::limits::DECISION_BODY_BYTES;
use crate::body;
use crate::error::ApiError;
use crate::storage::network_requests as store;
use crate::storage::networks;
use model::editor::EditorLanguage;
use model::network_input::slugify;
use model::network_request::view::{NetworkRequest, RequestAccepted, RequestDecision, RequestKind};
use model::network_request::Suggested;
use model::session::Coordinator;
use model::Code;
use worker::{Request, Response};

fn not_found() -> ApiError {
    ApiError::NotFound("Diese Anfrage gibt es nicht (mehr).".into())
}

fn decided() -> ApiError {
    ApiError::conflict(
        "request",
        Code::RequestDecided,
        "Über diese Anfrage wurde schon entschieden.",
    )
}

/// `GET /api/admin/network-requests`: waiting ones first, oldest first; then declined ones.
pub async fn list(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    Ok(Response::from_json(&store::all(&signed.db).await?)?)
}

/// `DELETE /api/admin/network-requests/{id}`: erased at once, whatever its state (a person's
/// request to erase what they sent).
pub async fn erase(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    let action = signed.audit.action("network_request.erase", Some(&id));
    if !store::erase(&signed.db, &id, &action).await? {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}

/// `POST /api/admin/network-requests/{id}`: the decision. Accepted: what it did (201);
/// declined: 204.
pub async fn decide(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let decision: RequestDecision = body::read_typed(
        &mut req,
        DECISION_BODY_BYTES,
        "Erwartet: decision \"accept\" mit name und give_access, oder \"decline\".",
    )
    .await?;
    decision.validate().map_err(ApiError::Unprocessable)?;
    let id = signed.param("id").cloned().unwrap_or_default();
    let request = store::find(&signed.db, &id).await?.ok_or_else(not_found)?;
    if request.status != "waiting" {
        return Err(decided());
    }
    let (name, give) = match decision {
        RequestDecision::Decline => {
            let action = signed.audit.action("network_request.decline", Some(&id));
            let now = crate::clock::iso_at(worker::js_sys::Date::now());
            if !store::decline(&signed.db, &id, &action, &now).await? {
                return Err(decided());
            }
            return Ok(Response::empty()?.with_status(204));
        }
        RequestDecision::Accept { name, give_access } => (name, give_access),
    };
    let accepted = match (request.kind, &request.suggested) {
        (RequestKind::Suggestion, Some(suggested)) => {
            let slug = put_on_the_map(&signed, &request, suggested, give).await?;
            let mut accepted = if give {
                // The request is now a claim of the new entry: giving access is as for one.
                let claim = store::find(&signed.db, &id).await?.ok_or_else(decided)?;
                access(&signed, &claim, name.trim(), &slug).await?
            } else {
                RequestAccepted {
                    network: None,
                    access: None,
                    added_to_access: false,
                }
            };
            accepted.network = Some(slug);
            accepted
        }
        _ => {
            let network = request.network.clone().ok_or_else(|| {
                ApiError::conflict(
                    "network",
                    Code::NetworkUnknown,
                    "Dieses Netzwerk ist nicht mehr auf der Karte.",
                )
            })?;
            access(&signed, &request, name.trim(), &network.id).await?
        }
    };
    Ok(Response::from_json(&accepted)?.with_status(201))
}

/// The access for a claim of `network_id`: a new one greeting `name`, or the entry added to
/// the address's access. The claim is deleted in the same batch.
async fn access(
    signed: &Signed<Coordinator>,
    claim: &NetworkRequest,
    name: &str,
    network_id: &str,
) -> Result<RequestAccepted, ApiError> {
    let added = |added_to_access| RequestAccepted {
        network: None,
        access: None,
        added_to_access,
    };
    if claim.has_access {
        return if add(signed, claim, network_id).await? {
            Ok(added(true))
        } else {
            Err(decided())
        };
    }
    let language = match claim.requester.language.as_str() {
        "de" => EditorLanguage::De,
        _ => EditorLanguage::En,
    };
    let networks = [network_id.to_string()];
    let new = NewAccess {
        name,
        email: &claim.requester.email,
        language,
        networks: &networks,
        for_request: Some(&claim.id),
    };
    match give_access(signed, &new, "editor.create_from_request").await? {
        Some(link) => Ok(RequestAccepted {
            access: Some(link),
            ..added(false)
        }),
        // An access for the address appeared meanwhile: the entry goes to it (unless the
        // request was decided meanwhile: then nothing was written, and nothing is).
        None if add(signed, claim, network_id).await? => Ok(added(true)),
        None => Err(decided()),
    }
}

/// Adds the entry to the access of the claim's address, deleting the claim.
async fn add(
    signed: &Signed<Coordinator>,
    claim: &NetworkRequest,
    network_id: &str,
) -> Result<bool, ApiError> {
    let action = signed
        .audit
        .action("network_request.add_to_access", Some(&claim.id));
    store::add_to_existing_access(&signed.db, &claim.id, network_id, &action).await
}

/// Puts a suggested network on the map, with its first revision and the audit entry, in one
/// batch; the request is deleted in it, or (`keep_as_claim`) becomes a claim of the new entry.
/// Returns the entry's address.
async fn put_on_the_map(
    signed: &Signed<Coordinator>,
    request: &NetworkRequest,
    suggested: &Suggested,
    keep_as_claim: bool,
) -> Result<String, ApiError> {
    let slug = free_address(signed, &suggested.network_name).await?;
    let now = crate::clock::iso_at(worker::js_sys::Date::now());
    let network = suggested.into_network(
        &slug,
        &request.requester.language,
        crate::clock::berlin_today(),
        &now,
    );
    network.validate().map_err(ApiError::Unprocessable)?;
    let action = signed
        .audit
        .action("network.create_from_suggestion", Some(&slug));
    let put = store::Suggestion {
        request: &request.id,
        network: &network,
        accepted_by: &signed.who.name,
        now: &now,
        keep_as_claim,
    };
    if !store::accept_suggestion(&signed.db, &put, &action).await? {
        return Err(decided());
    }
    Ok(slug)
}

/// The first free address made from `name`: "name", then "name-2", "name-3", ….
async fn free_address(signed: &Signed<Coordinator>, name: &str) -> Result<String, ApiError> {
    let base = slugify(name);
    let base = if base.is_empty() {
        "netzwerk".to_string()
    } else {
        base
    };
    for n in 1..100 {
        let slug = if n == 1 {
            base.clone()
        } else {
            format!("{}-{n}", base.chars().take(75).collect::<String>())
        };
        let taken = networks::network_by_slug(&signed.db, &slug)
            .await?
            .is_some()
            || networks::network_by_id(&signed.db, &slug).await?.is_some();
        if !taken {
            return Ok(slug);
        }
    }
    Err(ApiError::conflict(
        "network_name",
        Code::SlugTaken,
        "Für diesen Namen ist keine Adresse mehr frei.",
    ))
}
