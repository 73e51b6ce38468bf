//! `GET /api/districts`: the 12 Stadtbezirke with their shapes, network counts and today's
//! open needs (so the version names the Berlin date, as the needs' answers do).

use super::endpoint::Public;
use crate::error::ApiError;
use crate::{caching, storage};
use worker::{Request, Response};

pub async fn list(req: Request, ctx: Public) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let (version, today) = caching::version_today(&db).await?;
    caching::public_json(&req, &version, "districts".into(), || async {
        let (districts, _) = storage::districts::districts_today(&db, today).await?;
        Ok(serde_json::to_vec(&districts)?)
    })
    .await
}
