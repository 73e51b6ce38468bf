//! `/api/admin/feedback`: the coordinators' barrier reports. Signed in as for registrations
//! (`auth::authenticate` first); a status change and an erasure are written to the audit log
//! (ids only) in the same D1 batch as the change, and D1's change count decides the answer.

use super::STATUS_BODY_BYTES;
use crate::background::Background;
use crate::storage::audit::Action;
use crate::storage::feedback_coordination as store;
use crate::{auth, body, storage, ApiError};
use model::coordination::Page;
use model::feedback::FeedbackPatch;
use model::search::page_from_query;
use worker::{Request, Response, RouteContext};

/// `GET /api/admin/feedback?page=&per_page=`: one page of the reports, newest first.
pub async fn list(req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    auth::authenticate(&req, &ctx.env).await?;
    let url = req.url()?;
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let (page, per_page) = page_from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::Unprocessable)?;
    let (items, total) = store::page(&db, page, per_page).await?;
    Ok(Response::from_json(&Page { items, total, page })?)
}

/// The `{id}` of the path: a UUID, or no such report.
fn feedback_id(ctx: &RouteContext<Background>) -> Result<String, ApiError> {
    let id = ctx.param("id").cloned().unwrap_or_default();
    let valid = id.len() == 36 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    valid.then_some(id).ok_or_else(not_found)
}

fn not_found() -> ApiError {
    ApiError::NotFound("Diese Meldung gibt es nicht.".into())
}

/// `PATCH /api/admin/feedback/{id}`: a new status; the changed report.
pub async fn update(mut req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let coordinator = auth::authenticate(&req, &ctx.env).await?;
    let id = feedback_id(&ctx)?;
    let patch: FeedbackPatch = body::read_typed(
        &mut req,
        STATUS_BODY_BYTES,
        "Erwartet wird status: new, in_progress oder done.",
    )
    .await?;
    let name = format!("feedback.update status={}", patch.status.key());
    let action = Action {
        coordinator: &coordinator.name,
        name: &name,
        target: Some(&id),
    };
    if !store::set_status(&db, &id, patch.status, &action).await? {
        return Err(not_found());
    }
    // Erased in the meantime: then it is gone, as for a later GET.
    let updated = store::get(&db, &id).await?.ok_or_else(not_found)?;
    Ok(Response::from_json(&updated)?)
}

/// `DELETE /api/admin/feedback/{id}`: erased for good (204), then 404.
pub async fn delete(req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let coordinator = auth::authenticate(&req, &ctx.env).await?;
    let id = feedback_id(&ctx)?;
    let action = Action {
        coordinator: &coordinator.name,
        name: "feedback.delete",
        target: Some(&id),
    };
    if !store::delete(&db, &id, &action).await? {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}
