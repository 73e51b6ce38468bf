//! `GET /api/health`: is the Worker up, and does D1 answer a real query?

use crate::background::Background;
use crate::{storage, ApiError, VERSION};
use model::Health;
use worker::{Request, Response, RouteContext};

pub async fn get(_req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let database_ok = match storage::database(&ctx.env) {
        Ok(db) => storage::meta::ping(&db).await.is_ok(),
        Err(_) => false,
    };
    let health = Health::new(VERSION, database_ok);
    let status = if health.is_ok() { 200 } else { 503 };
    let mut response = Response::from_json(&health)?.with_status(status);
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}
