//! `GET /api/health`: is the Worker up, and does D1 answer a real query?

use super::endpoint::Public;
use crate::error::ApiError;
use crate::storage;
use model::Health;
use worker::{Request, Response};

/// The Worker crate's version, reported here.
const VERSION: &str = env!("CARGO_PKG_VERSION");

pub async fn get(_req: Request, ctx: Public) -> Result<Response, ApiError> {
    let database_ok = match storage::database(&ctx.env) {
        Ok(db) => storage::health::ping(&db).await.is_ok(),
        Err(_) => false,
    };
    let health = Health::new(VERSION, database_ok);
    let status = if health.is_ok() { 200 } else { 503 };
    let mut response = Response::from_json(&health)?.with_status(status);
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}
