//! `GET /api/admin/freshness`: the coordinators' list "Veraltet / bald veraltet": entries that
//! are stale or go stale within 30 days, those without a network access first (they are the
//! coordinators' to confirm), then by the day they go stale.

use super::endpoint::Signed;
use crate::error::ApiError;
use crate::storage::freshness as store;
use model::session::Coordinator;
use worker::{Request, Response};

pub async fn list(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let freshness = crate::clock::freshness(signed.env());
    let networks = store::with_editor_counts(&signed.db).await?;
    Ok(Response::from_json(&freshness.overview(networks))?)
}
