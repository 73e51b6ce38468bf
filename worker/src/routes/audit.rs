//! `GET /api/admin/audit`: what was done, by whom, when, on which id.

use super::endpoint::Signed;
use crate::error::ApiError;
use crate::storage::audit;
use model::coordination::Page;
use model::search::page_from_query;
use model::session::Coordinator;
use worker::{Request, Response};

/// One page of the log, newest first.
pub async fn log(req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let url = req.url()?;
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let (page, per_page) = page_from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::Unprocessable)?;
    let (items, total) = audit::page(&signed.db, page, per_page).await?;
    Ok(Response::from_json(&Page::of(items, total, page))?)
}
