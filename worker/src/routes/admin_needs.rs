//! `/api/admin/needs`: coordinators post, edit, fill, close, reopen and remove needs, and see
//! per need how many registrations answered it. The same `model` rules as in the browser; each
//! change and its audit entry are one D1 batch, and D1's change count decides the answer.

use super::endpoint::Signed;
use super::limits::{NETWORK_BODY_BYTES, STATUS_BODY_BYTES};
use crate::error::ApiError;
use crate::storage::{admin_needs as store, needs};
use crate::{body, clock, storage};
use model::need::{AdminNeed, Asker, NeedPatch};
use model::session::Coordinator;

use model::{Code, Need, NeedInput};
use worker::{D1Database, Request, Response};

pub async fn list(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let today = clock::berlin_today();
    let items: Vec<AdminNeed> = store::all_needs(&signed.db)
        .await?
        .into_iter()
        .map(|(need, answers, placed)| AdminNeed {
            expired: need.is_expired(today),
            need,
            answers,
            placed,
        })
        .collect();
    Ok(Response::from_json(&items)?)
}

/// The network a need belongs to, by its address: (id, (address, name, district)).
async fn asker(db: &D1Database, input: &NeedInput) -> Result<(Option<String>, Asker), ApiError> {
    let Some(slug) = input.network.as_deref().filter(|s| !s.is_empty()) else {
        return Ok((None, Asker::default()));
    };
    let unknown = || {
        ApiError::conflict(
            "network",
            Code::NetworkUnknown,
            "Dieses Netzwerk gibt es nicht.",
        )
    };
    let network = storage::networks::network_by_slug(db, slug)
        .await?
        .ok_or_else(unknown)?;
    Ok((
        Some(network.id),
        Asker {
            network: Some((network.slug, network.name, network.district)),
        },
    ))
}

/// The need `input` describes for `asker`: `existing` changed (its id, address, day and
/// status kept), or a new one, open, with an address made from its title and id.
pub(super) fn need_from(
    input: NeedInput,
    existing: Option<&Need>,
    asker: Asker,
    today: model::day::Day,
    now: &str,
) -> Result<Need, ApiError> {
    let (ids, created_at, status) = match existing {
        Some(need) => (
            (need.id.clone(), need.slug.clone()),
            need.created_at.clone(),
            need.status,
        ),
        None => {
            let id = uuid::Uuid::new_v4().to_string();
            // The address: the title's, with the id's start when another need has it.
            let slug = format!("{}-{}", input.derived_slug(), &id[..6]);
            ((id, slug), now.to_string(), model::NeedStatus::Open)
        }
    };
    let mut need = input
        .into_need(ids, asker, today, (created_at, now.to_string()))
        .map_err(ApiError::Unprocessable)?;
    need.status = status;
    Ok(need)
}

/// A need that was answered keeps its network: a volunteer's permission to be contacted
/// directly was given to that network, not to whichever the need is moved to (409).
async fn keeps_its_network(
    db: &D1Database,
    need: &Need,
    network: Option<&str>,
) -> Result<(), ApiError> {
    let network = network.filter(|slug| !slug.is_empty());
    if need.network.as_deref() == network || !store::is_answered(db, &need.id).await? {
        return Ok(());
    }
    Err(ApiError::conflict(
        "network",
        Code::NetworkAnswered,
        "Auf dieses Gesuch haben sich schon Menschen gemeldet: Es bleibt beim bisherigen Netzwerk.",
    ))
}

/// Posts a need, or (`updating`) changes the one the path names.
async fn save(
    req: &mut Request,
    signed: &Signed<Coordinator>,
    updating: bool,
) -> Result<Response, ApiError> {
    let db = &signed.db;
    let existing: Option<Need> = match updating {
        true => Some(
            needs::need_by_id(db, &need_id(signed)?)
                .await?
                .ok_or_else(not_found)?,
        ),
        false => None,
    };
    let input: NeedInput = body::read_typed(
        req,
        NETWORK_BODY_BYTES,
        "Fehlende, unbekannte oder falsch geschriebene Felder.",
    )
    .await?;
    let today = clock::berlin_today();
    // The input's own rules first (a text with an e-mail address is refused before anything
    // is looked up); the day's rule depends on today, like a conflict with the data: 409.
    input.check().map_err(ApiError::Unprocessable)?;
    input.check_day(today).map_err(ApiError::Conflict)?;
    let (network_id, asker) = asker(db, &input).await?;
    if let Some(need) = &existing {
        keeps_its_network(db, need, input.network.as_deref()).await?;
    }
    let creating = existing.is_none();
    let need = need_from(input, existing.as_ref(), asker, today, &clock::now_iso())?;
    let name = if creating {
        "need.create"
    } else {
        "need.update"
    };
    let action = signed.audit.action(name, Some(&need.id));
    let saved = if creating {
        store::create_need(db, &need, network_id.as_deref(), &action).await?
    } else {
        store::update_need(db, &need, network_id.as_deref(), &action).await?
    };
    if !saved {
        return Err(if creating {
            // The address (the title's, with the id's start) is taken: all but impossible.
            ApiError::conflict(
                "title",
                Code::SlugTaken,
                "Diese Adresse ist schon vergeben.",
            )
        } else {
            not_found()
        });
    }
    let stored = needs::need_by_id(db, &need.id)
        .await?
        .ok_or_else(not_found)?;
    let status = if creating { 201 } else { 200 };
    Ok(Response::from_json(&stored)?.with_status(status))
}

pub async fn create(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    save(&mut req, &signed, false).await
}

pub async fn update(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    save(&mut req, &signed, true).await
}

/// `PATCH /api/admin/needs/{id}`: filled, closed, or open again.
pub async fn set_status(
    mut req: Request,
    signed: Signed<Coordinator>,
) -> Result<Response, ApiError> {
    let id = need_id(&signed)?;
    let patch: NeedPatch = body::read_typed(
        &mut req,
        STATUS_BODY_BYTES,
        "Erwartet wird status: open, filled oder closed.",
    )
    .await?;
    let name = format!("need.update status={}", patch.status.key());
    let action = signed.audit.action(&name, Some(&id));
    let change = (patch.status, None);
    if !store::set_status(&signed.db, &id, change, &clock::now_iso(), &action).await? {
        return Err(not_found());
    }
    let need = needs::need_by_id(&signed.db, &id)
        .await?
        .ok_or_else(not_found)?;
    Ok(Response::from_json(&need)?)
}

/// `DELETE /api/admin/needs/{id}`: a slip taken off (answers keep their registration).
pub async fn delete(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = need_id(&signed)?;
    let action = signed.audit.action("need.delete", Some(&id));
    if !store::delete_need(&signed.db, &id, &action).await? {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}

/// The `{id}` of the path: a UUID, or no such need.
fn need_id(signed: &Signed<Coordinator>) -> Result<String, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    let valid = id.len() == 36 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    valid.then_some(id).ok_or_else(not_found)
}

fn not_found() -> ApiError {
    ApiError::NotFound("Dieses Gesuch gibt es nicht.".into())
}
