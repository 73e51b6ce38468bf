//! `GET /api/districts`: the 12 Stadtbezirke with their shapes and network counts.

use crate::{caching, storage, ApiError};
use worker::{Request, Response, RouteContext};

pub async fn list(req: Request, ctx: RouteContext<()>) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let version = storage::directory::data_version(&db).await?;
    caching::public_json(&req, &version, "districts".into(), || async {
        Ok(serde_json::to_vec(
            &storage::directory::districts(&db).await?,
        )?)
    })
    .await
}
