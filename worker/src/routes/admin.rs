//! `/api/admin/*`: the coordinators' API. Every handler first asks [`auth::authenticate`];
//! every action that changes something is written to the audit log (ids only), in the same
//! D1 batch as the change.

use super::{PATCH_BODY_BYTES, SEARCH_BODY_BYTES};
use crate::background::Background;
use crate::storage::audit::{self, Action};
use crate::storage::coordination as store;
use crate::{auth, body, export, mail, storage, ApiError};
use model::coordination::{Page, Registration, RegistrationPatch, Status};
use model::search::{page_from_query, RegistrationSearch};
use model::validate::field_error;
use model::Code;
use worker::{Request, Response, RouteContext};

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
pub async fn search_registrations(
    mut req: Request,
    ctx: RouteContext<Background>,
) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    auth::authenticate(&req, &ctx.env).await?;
    let search = read_search(&mut req).await?;
    let (items, total) = store::list(&db, &search).await?;
    Ok(Response::from_json(&Page {
        items,
        total,
        page: search.page(),
    })?)
}

/// `POST /api/admin/registrations/export`: every registration that matches, as CSV.
pub async fn export_registrations(
    mut req: Request,
    ctx: RouteContext<Background>,
) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let coordinator = auth::authenticate(&req, &ctx.env).await?;
    let search = read_search(&mut req).await?;
    let action = Action {
        coordinator: &coordinator.name,
        name: "registrations.export",
        target: None,
    };
    let items = store::export(&db, &search, &action).await?;
    let mut response = Response::from_bytes(export::registrations_csv(&items)?)?;
    let headers = response.headers_mut();
    headers.set("Content-Type", "text/csv; charset=utf-8")?;
    headers.set(
        "Content-Disposition",
        "attachment; filename=\"anmeldungen.csv\"",
    )?;
    Ok(response)
}

fn registration_id(ctx: &RouteContext<Background>) -> Result<String, ApiError> {
    let id = ctx.param("id").cloned().unwrap_or_default();
    let valid = id.len() == 36 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    valid.then_some(id).ok_or_else(not_found)
}

fn not_found() -> ApiError {
    ApiError::NotFound("Diese Anmeldung gibt es nicht.".into())
}

pub async fn update_registration(
    mut req: Request,
    ctx: RouteContext<Background>,
) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let coordinator = auth::authenticate(&req, &ctx.env).await?;
    let id = registration_id(&ctx)?;
    let patch: RegistrationPatch = body::read_typed(
        &mut req,
        PATCH_BODY_BYTES,
        "Erlaubt sind status (new, contacted, placed, closed), note und placed_network.",
    )
    .await?;
    patch.validate().map_err(ApiError::Unprocessable)?;
    if let Some(slug) = patch.placed_network() {
        if storage::directory::public_network_by_slug(&db, slug)
            .await?
            .is_none()
        {
            return Err(ApiError::Conflict(field_error(
                "placed_network",
                Code::PlacedNetworkUnknown,
                "Dieses Netzwerk gibt es nicht.",
            )));
        }
    }
    let name = match patch.status {
        Some(status) => format!("registration.update status={}", status.key()),
        None => "registration.update".to_string(),
    };
    let action = Action {
        coordinator: &coordinator.name,
        name: &name,
        target: Some(&id),
    };
    // Placed just now (not again): the volunteer may have asked for a mail.
    let newly_placed = patch.status == Some(Status::Placed)
        && store::get(&db, &id)
            .await?
            .is_some_and(|before| before.status != Status::Placed);
    if !store::update(&db, &id, &patch, &action).await? {
        return Err(not_found());
    }
    // Erased in the meantime: then it is gone, as for a later GET.
    let updated = store::get(&db, &id).await?.ok_or_else(not_found)?;
    if newly_placed {
        tell_placed(&ctx, &updated).await?;
    }
    Ok(Response::from_json(&updated)?)
}

pub async fn delete_registration(
    req: Request,
    ctx: RouteContext<Background>,
) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let coordinator = auth::authenticate(&req, &ctx.env).await?;
    let id = registration_id(&ctx)?;
    let action = Action {
        coordinator: &coordinator.name,
        name: "registration.delete",
        target: Some(&id),
    };
    if !store::delete(&db, &id, &action).await? {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}

pub async fn audit_log(req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    auth::authenticate(&req, &ctx.env).await?;
    let url = req.url()?;
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let (page, per_page) = page_from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::Unprocessable)?;
    let (items, total) = audit::page(&db, page, per_page).await?;
    Ok(Response::from_json(&Page { items, total, page })?)
}

/// The retention job's latest runs, newest first: when, how many deleted, any error.
pub async fn retention_runs(
    req: Request,
    ctx: RouteContext<Background>,
) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    auth::authenticate(&req, &ctx.env).await?;
    Ok(Response::from_json(&storage::retention::runs(&db).await?)?)
}

/// The mail to a volunteer placed with a network, if they asked for it and mail is on: queued,
/// then tried after the answer.
async fn tell_placed(
    ctx: &RouteContext<Background>,
    registration: &Registration,
) -> Result<(), ApiError> {
    let Some(slug) = &registration.placed_network else {
        return Ok(());
    };
    if !registration.notify_placed || !mail::enabled(&ctx.env) {
        return Ok(());
    }
    let db = storage::database(&ctx.env)?;
    let Some(network) = storage::directory::public_network_by_slug(&db, slug).await? else {
        return Ok(());
    };
    let now_ms = worker::js_sys::Date::now();
    let outbox_id = uuid::Uuid::new_v4().to_string();
    let to = mail::Recipient {
        registration: &registration.id,
        email: &registration.email,
        name: &registration.name,
        lang: &registration.lang,
    };
    let queue = mail::queue_placed(&ctx.env, &to, &network.name, &outbox_id, now_ms).await?;
    db.batch(queue).await?;
    mail::attempt_soon(&ctx.data, &ctx.env, outbox_id, now_ms);
    Ok(())
}
