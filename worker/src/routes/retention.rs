//! `GET /api/admin/retention-runs`: the daily deletion's latest runs (the job itself:
//! `retention.rs`).

use super::endpoint::Signed;
use crate::error::ApiError;
use crate::storage::retention;
use model::session::Coordinator;
use worker::{Request, Response};

/// The latest runs, newest first: when, how many deleted, any error.
pub async fn runs(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    Ok(Response::from_json(&retention::runs(&signed.db).await?)?)
}
