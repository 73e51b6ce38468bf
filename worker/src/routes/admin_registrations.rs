//! `/api/admin/registrations`: the coordinators search, export, update and erase registrations.
//! Every change, and every export, is written to the audit log (ids only) in the same D1 batch.

use super::endpoint::Signed;
use super::limits::{PATCH_BODY_BYTES, SEARCH_BODY_BYTES};
use crate::error::ApiError;
use crate::mail::token::{self, Purpose};
use crate::storage::{admin_registrations as store, networks, outbox, own};
use crate::{body, export, mail};
use model::coordination::{Page, Registration, RegistrationPatch, Status};
use model::search::RegistrationSearch;
use model::session::Coordinator;

use model::Code;
use worker::{Request, Response};

async fn read_search(req: &mut Request) -> Result<RegistrationSearch, ApiError> {
    let search: RegistrationSearch = body::read_typed(
        req,
        SEARCH_BODY_BYTES,
        "Erlaubt sind status, district, network, from, to, q, page und per_page.",
    )
    .await?;
    search.validate().map_err(ApiError::Unprocessable)?;
    Ok(search)
}

/// `POST /api/admin/registrations/search`: one page of the registrations that match.
pub async fn search(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let search = read_search(&mut req).await?;
    let (items, total) = store::list(&signed.db, &search).await?;
    let page = Page {
        waiting: Some(store::waiting(&signed.db).await?),
        ..Page::of(items, total, search.page())
    };
    Ok(Response::from_json(&page)?)
}

/// `POST /api/admin/registrations/export`: every registration that matches, as CSV.
pub async fn export(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let search = read_search(&mut req).await?;
    let action = signed.audit.action("registrations.export", None);
    let items = store::export(&signed.db, &search, &action).await?;
    let mut response = Response::from_bytes(export::registrations_csv(&items)?)?;
    let headers = response.headers_mut();
    headers.set("Content-Type", "text/csv; charset=utf-8")?;
    headers.set(
        "Content-Disposition",
        "attachment; filename=\"anmeldungen.csv\"",
    )?;
    Ok(response)
}

fn registration_id(signed: &Signed<Coordinator>) -> Result<String, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    let valid = id.len() == 36 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    valid.then_some(id).ok_or_else(not_found)
}

fn not_found() -> ApiError {
    ApiError::NotFound("Diese Anmeldung gibt es nicht.".into())
}

/// `PATCH /api/admin/registrations/{id}`: a new status, note or placement.
pub async fn update(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let db = &signed.db;
    let id = registration_id(&signed)?;
    let patch: RegistrationPatch = body::read_typed(
        &mut req,
        PATCH_BODY_BYTES,
        "Erlaubt sind status (new, contacted, placed, closed), note, placed_network und \
         first_contact (contacted, fits, no-fit).",
    )
    .await?;
    patch.validate().map_err(ApiError::Unprocessable)?;
    if let Some(slug) = patch.placed_network() {
        if networks::public_network_by_slug(db, slug).await?.is_none() {
            return Err(ApiError::conflict(
                "placed_network",
                Code::PlacedNetworkUnknown,
                "Dieses Netzwerk gibt es nicht.",
            ));
        }
    }
    let mut name = match patch.status {
        Some(status) => format!("registration.update status={}", status.key()),
        None => "registration.update".to_string(),
    };
    if let Some(first_contact) = patch.first_contact {
        name.push_str(&format!(" first_contact={}", first_contact.key()));
    }
    let action = signed.audit.action(&name, Some(&id));
    // Not confirmed yet: not the coordinators' to see, so not to change either.
    let current = store::get(db, &id)
        .await?
        .filter(|r| r.confirmed_at.is_some())
        .ok_or_else(not_found)?;
    // Placed now: the volunteer may have asked for a mail. It is queued in the update's batch,
    // before it, only while the registration is not placed yet: two tabs or a double click
    // queue one mail, and a failure after the change cannot lose it.
    let placed_mail = if patch.status == Some(Status::Placed) {
        placed_mail(&signed, &current, patch.placed_network()).await?
    } else {
        None
    };
    let (before, outbox_id) =
        placed_mail.map_or((Vec::new(), None), |(queue, id)| (vec![queue], Some(id)));
    let now = crate::clock::now_iso();
    if !store::update(db, &id, (&patch, &now), &action, before).await? {
        return Err(not_found());
    }
    if let Some(outbox_id) = outbox_id {
        if outbox::is_queued(db, &outbox_id).await? {
            let now_ms = worker::js_sys::Date::now();
            mail::attempt_soon(signed.background(), signed.env(), outbox_id, now_ms);
        }
    }
    // Erased in the meantime: then it is gone, as for a later GET.
    let updated = store::get(db, &id).await?.ok_or_else(not_found)?;
    Ok(Response::from_json(&updated)?)
}

/// `DELETE /api/admin/registrations/{id}`: erased for good (204), then 404.
pub async fn delete(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = registration_id(&signed)?;
    let action = signed.audit.action("registration.delete", Some(&id));
    if !store::delete(&signed.db, &id, &action, None).await? {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}

/// `POST /api/admin/registrations/{id}/link-beenden`: ends the volunteer's personal link on
/// their request (someone else knows it): every link made before opens nothing. With mail on,
/// a new one goes to their address, first of all mail (204).
pub async fn end_link(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = registration_id(&signed)?;
    let current = store::get(&signed.db, &id)
        .await?
        .filter(|r| r.confirmed_at.is_some())
        .ok_or_else(not_found)?;
    let link_key = token::new_link_key();
    let action = signed.audit.action("registration.link_ended", Some(&id));
    let now_ms = worker::js_sys::Date::now();
    let outbox_id = uuid::Uuid::new_v4().to_string();
    let mail_on = mail::enabled(signed.env());
    let then = if mail_on {
        let keys = token::Keys::read(signed.env())?;
        let site = mail::site_url(signed.env())?;
        let link =
            token::page_link(&keys, &site, Purpose::SelfService, &id, Some(&link_key)).await?;
        let to = mail::ToVolunteer {
            registration: &current,
            outbox_id: &outbox_id,
            now_ms,
        };
        vec![to.link(signed.env(), &link).await?]
    } else {
        Vec::new()
    };
    if !own::renew_link(&signed.db, &id, &link_key, &action, then).await? {
        return Err(not_found());
    }
    if mail_on {
        mail::attempt_soon(signed.background(), signed.env(), outbox_id, now_ms);
    }
    Ok(Response::empty()?.with_status(204))
}

/// The mail to a volunteer placed with a network (`placed_network`, else the one already
/// set), if they asked for it and mail is on: its queueing statement and outbox id.
async fn placed_mail(
    signed: &Signed<Coordinator>,
    registration: &Registration,
    placed_network: Option<&str>,
) -> Result<Option<(worker::D1PreparedStatement, String)>, ApiError> {
    let slug = placed_network.or(registration.placed_network.as_deref());
    let Some(slug) = slug.filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    if !registration.notify_placed || !mail::enabled(signed.env()) {
        return Ok(None);
    }
    let Some(network) = networks::public_network_by_slug(&signed.db, slug).await? else {
        return Ok(None);
    };
    let now_ms = worker::js_sys::Date::now();
    let outbox_id = uuid::Uuid::new_v4().to_string();
    let to = mail::ToVolunteer {
        registration,
        outbox_id: &outbox_id,
        now_ms,
    };
    let queue = to.placed(signed.env(), &network.name).await?;
    Ok(Some((queue, outbox_id)))
}
