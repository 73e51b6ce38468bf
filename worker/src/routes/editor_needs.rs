//! `/api/netzwerk/networks/{id}/needs` and `…/answers`: a network's own needs in its editors'
//! area, and the answers it may see. Posting and changing follow the coordinators' rules; a
//! trusted network publishes at once, any other waits for review (`need_proposals`). Filling,
//! closing, reopening and extending publish nothing new and never wait. Everything needs the
//! current terms (they oblige the network to delete what it copied); another network's need
//! or answer answers 404, as one that does not exist.

use super::admin_needs::need_from;
use super::editor_networks::{own_network, terms_first};
use super::endpoint::Signed;
use super::limits::{NETWORK_BODY_BYTES, STATUS_BODY_BYTES};
use crate::error::ApiError;
use crate::storage::need_proposals::{self, NewProposal};
use crate::storage::{
    admin_needs, admin_networks, admin_registrations, needs, network_answers, outbox,
};
use crate::{body, clock, mail};
use model::editor::needs::{NeedEdit, NeedPosted, OwnNeed, OwnNeeds};
use model::editor::Editor;
use model::need::answer::FirstContact;
use model::need::answer::{FirstContactMark, NetworkAnswer};
use model::need::Asker;
use model::{Code, Need, NeedInput, NeedStatus, Network};
use worker::{Request, Response};

fn no_need() -> ApiError {
    ApiError::NotFound("Dieses Gesuch gibt es nicht.".into())
}

fn no_answer() -> ApiError {
    ApiError::NotFound("Diese Antwort gibt es nicht.".into())
}

/// `GET /api/netzwerk/networks/{id}/needs`: the network's needs whose answers it still sees
/// (open ones, and ended ones for 30 days), each with those answers, and its proposals.
pub async fn list(_req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let network = own_network(&signed).await?;
    terms_first(&signed)?;
    let today = clock::berlin_today();
    let mut answers = network_answers::of_network(&signed.db, &network.id, today).await?;
    let needs = needs::of_network(&signed.db, &network.id, today)
        .await?
        .into_iter()
        .map(|need| OwnNeed {
            expired: need.is_expired(today),
            answers: take_answers(&mut answers, &need.id),
            need,
        })
        .collect();
    let proposals = need_proposals::of_network(&signed.db, &network.id)
        .await?
        .into_iter()
        .map(need_proposals::Stored::own)
        .collect();
    let own = OwnNeeds {
        trusted: admin_networks::needs_trusted(&signed.db, &network.id).await?,
        needs,
        proposals,
    };
    Ok(Response::from_json(&own)?)
}

fn take_answers(answers: &mut Vec<(String, NetworkAnswer)>, need: &str) -> Vec<NetworkAnswer> {
    let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(answers)
        .into_iter()
        .partition(|(of, _)| of == need);
    *answers = rest;
    mine.into_iter().map(|(_, answer)| answer).collect()
}

/// The network's need named in the path: else 404.
async fn own_need(signed: &Signed<Editor>, network: &Network) -> Result<Need, ApiError> {
    let id = signed.param("need").cloned().unwrap_or_default();
    needs::need_by_id(&signed.db, &id)
        .await?
        .filter(|need| need.network.as_deref() == Some(network.slug.as_str()))
        .ok_or_else(no_need)
}

/// `POST /api/netzwerk/networks/{id}/needs`: a new need (201 online, 202 waiting).
pub async fn post(mut req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let network = own_network(&signed).await?;
    terms_first(&signed)?;
    save(&mut req, &signed, &network, None).await
}

/// `PUT /api/netzwerk/networks/{id}/needs/{need}`: a changed need (200 online, 202 waiting).
pub async fn change(mut req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let network = own_network(&signed).await?;
    terms_first(&signed)?;
    let need = own_need(&signed, &network).await?;
    save(&mut req, &signed, &network, Some(need)).await
}

async fn save(
    req: &mut Request,
    signed: &Signed<Editor>,
    network: &Network,
    existing: Option<Need>,
) -> Result<Response, ApiError> {
    let mut input: NeedInput = body::read_typed(
        req,
        NETWORK_BODY_BYTES,
        "Fehlende, unbekannte oder falsch geschriebene Felder.",
    )
    .await?;
    // Always the network's own: the path names it.
    input.network = Some(network.slug.clone());
    let today = clock::berlin_today();
    input.check().map_err(ApiError::Unprocessable)?;
    input.check_day(today).map_err(ApiError::Conflict)?;
    let now = clock::now_iso();
    let asker = Asker {
        network: Some((network.slug.clone(), network.name.clone(), network.district)),
    };
    let need = need_from(input.clone(), existing.as_ref(), asker, today, &now)?;
    let db = &signed.db;
    if !admin_networks::needs_trusted(db, &network.id).await? {
        let id = uuid::Uuid::new_v4().to_string();
        let base = existing.as_ref().map(NeedInput::of);
        let proposal = NewProposal {
            id: &id,
            network: &network.id,
            need: existing.as_ref().map(|need| need.id.as_str()),
            editor: &signed.who.id,
            base: base.as_ref(),
            proposed: &input,
            now: &now,
        };
        let action = signed.audit.action("need_proposal.create", Some(&id));
        if !need_proposals::create(db, &proposal, &action).await? {
            return Err(ApiError::NotFound("Dieses Netzwerk gibt es nicht.".into()));
        }
        let stored = need_proposals::one(db, &id).await?.ok_or_else(no_need)?;
        let posted = NeedPosted {
            need: None,
            proposal: Some(stored.own()),
        };
        return Ok(Response::from_json(&posted)?.with_status(202));
    }
    let creating = existing.is_none();
    let name = if creating {
        "need.create"
    } else {
        "need.update"
    };
    let action = signed.audit.action(name, Some(&need.id));
    let saved = if creating {
        admin_needs::create_need(db, &need, Some(&network.id), &action).await?
    } else {
        admin_needs::update_need(db, &need, Some(&network.id), &action).await?
    };
    if !saved {
        return Err(if creating {
            ApiError::conflict(
                "title",
                Code::SlugTaken,
                "Diese Adresse ist schon vergeben.",
            )
        } else {
            no_need()
        });
    }
    let posted = NeedPosted {
        need: needs::need_by_id(db, &need.id).await?,
        proposal: None,
    };
    Ok(Response::from_json(&posted)?.with_status(if creating { 201 } else { 200 }))
}

/// `PATCH /api/netzwerk/networks/{id}/needs/{need}`: filled, closed, open again, or a new last
/// day; at once, for every network.
pub async fn edit(mut req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let network = own_network(&signed).await?;
    terms_first(&signed)?;
    let need = own_need(&signed, &network).await?;
    let edit: NeedEdit = body::read_typed(
        &mut req,
        STATUS_BODY_BYTES,
        "Erwartet wird status (open, filled, closed) und/oder valid_until.",
    )
    .await?;
    edit.check().map_err(ApiError::Unprocessable)?;
    edit.check_day(&need, clock::berlin_today())
        .map_err(ApiError::Conflict)?;
    // Open again is online again: for a network not trusted, only as a new proposal (a need
    // the Koordinierungsstelle closed stays closed).
    let reopening = need.status != NeedStatus::Open && edit.status == Some(NeedStatus::Open);
    if reopening && !admin_networks::needs_trusted(&signed.db, &network.id).await? {
        return Err(ApiError::conflict(
            "status",
            Code::StatusReviewRequired,
            "Wieder öffnen prüft die Koordinierungsstelle: Bitte schlagen Sie das Gesuch neu vor.",
        ));
    }
    let status = edit.status.unwrap_or(need.status);
    let name = match (edit.status, &edit.valid_until) {
        (Some(status), None) => format!("need.update status={}", status.key()),
        (None, Some(_)) => "need.extend".to_string(),
        _ => format!("need.extend status={}", status.key()),
    };
    let action = signed.audit.action(&name, Some(&need.id));
    let change = (status, edit.valid_until.as_deref());
    if !admin_needs::set_status(&signed.db, &need.id, change, &clock::now_iso(), &action).await? {
        return Err(no_need());
    }
    let need = needs::need_by_id(&signed.db, &need.id)
        .await?
        .ok_or_else(no_need)?;
    Ok(Response::from_json(&need)?)
}

/// `POST /api/netzwerk/networks/{id}/answers/{answer}`: how the first contact stands. The first
/// "Kontakt aufgenommen" tells a volunteer who asked for news by mail (once).
pub async fn mark(mut req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let network = own_network(&signed).await?;
    terms_first(&signed)?;
    let id = signed.param("answer").cloned().unwrap_or_default();
    let mark: FirstContactMark = body::read_typed(
        &mut req,
        STATUS_BODY_BYTES,
        "Erwartet wird state: contacted, fits oder no-fit.",
    )
    .await?;
    let today = clock::berlin_today();
    let db = &signed.db;
    let seen = network_answers::of_network(db, &network.id, today).await?;
    let answer = seen
        .into_iter()
        .map(|(_, answer)| answer)
        .find(|answer| answer.id == id)
        .ok_or_else(no_answer)?;
    let now_ms = worker::js_sys::Date::now();
    let outbox_id = uuid::Uuid::new_v4().to_string();
    let mut before = Vec::new();
    // "meldet sich bei Ihnen" is true of a contact made, and of one that fits.
    let tells = matches!(mark.state, FirstContact::Contacted | FirstContact::Fits);
    if tells && answer.first_contact_at.is_none() && mail::enabled(signed.env()) {
        let registration = admin_registrations::get(db, &id)
            .await?
            .ok_or_else(no_answer)?;
        if registration.notify_placed {
            let to = mail::ToVolunteer {
                registration: &registration,
                outbox_id: &outbox_id,
                now_ms,
            };
            before.push(to.contacted(signed.env(), &network.name).await?);
        }
    }
    let name = format!("answer.contact state={}", mark.state.key());
    let action = signed.audit.action(&name, Some(&id));
    let now = clock::now_iso();
    let marked = network_answers::mark(
        db,
        (&network.id, today),
        &id,
        mark.state,
        (&now, &action),
        before,
    )
    .await?;
    if !marked {
        return Err(no_answer());
    }
    if outbox::is_queued(db, &outbox_id).await? {
        mail::attempt_soon(signed.background(), signed.env(), outbox_id, now_ms);
    }
    let answer = network_answers::of_network(db, &network.id, today)
        .await?
        .into_iter()
        .map(|(_, answer)| answer)
        .find(|answer| answer.id == id)
        .ok_or_else(no_answer)?;
    Ok(Response::from_json(&answer)?)
}
