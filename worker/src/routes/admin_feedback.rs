//! `/api/admin/feedback`: the coordinators' barrier reports. A status change and an erasure are
//! written to the audit log (ids only) in the same D1 batch as the change, and D1's change
//! count decides the answer.

use super::endpoint::Signed;
use super::limits::STATUS_BODY_BYTES;
use crate::body;
use crate::error::ApiError;
use crate::storage::admin_feedback as store;
use model::coordination::Page;
use model::feedback::FeedbackPatch;
use model::search::page_from_query;
use model::session::Coordinator;
use worker::{Request, Response};

/// `GET /api/admin/feedback?page=&per_page=`: one page of the reports, newest first.
pub async fn list(req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let url = req.url()?;
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let (page, per_page) = page_from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::Unprocessable)?;
    let (items, total) = store::page(&signed.db, page, per_page).await?;
    Ok(Response::from_json(&Page::of(items, total, page))?)
}

/// The `{id}` of the path: a UUID, or no such report.
fn feedback_id(signed: &Signed<Coordinator>) -> Result<String, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    let valid = id.len() == 36 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    valid.then_some(id).ok_or_else(not_found)
}

fn not_found() -> ApiError {
    ApiError::NotFound("Diese Meldung gibt es nicht.".into())
}

/// `PATCH /api/admin/feedback/{id}`: a new status; the changed report.
pub async fn update(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = feedback_id(&signed)?;
    let patch: FeedbackPatch = body::read_typed(
        &mut req,
        STATUS_BODY_BYTES,
        "Erwartet wird status: new, in_progress oder done.",
    )
    .await?;
    let name = format!("feedback.update status={}", patch.status.key());
    let action = signed.audit.action(&name, Some(&id));
    if !store::set_status(&signed.db, &id, patch.status, &action).await? {
        return Err(not_found());
    }
    // Erased in the meantime: then it is gone, as for a later GET.
    let updated = store::get(&signed.db, &id).await?.ok_or_else(not_found)?;
    Ok(Response::from_json(&updated)?)
}

/// `DELETE /api/admin/feedback/{id}`: erased for good (204), then 404.
pub async fn delete(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = feedback_id(&signed)?;
    let action = signed.audit.action("feedback.delete", Some(&id));
    if !store::delete(&signed.db, &id, &action).await? {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}
