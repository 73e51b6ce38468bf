//! `GET /api/districts`: the 12 Stadtbezirke with their shapes, network counts and today's
//! open needs (so the version names the Berlin date, as the needs' answers do).

use crate::background::Background;
use crate::routes::needs::version_today;
use crate::{caching, storage, ApiError};
use worker::{Request, Response, RouteContext};

pub async fn list(req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let (version, today) = version_today(&db).await?;
    caching::public_json(&req, &version, "districts".into(), || async {
        let (districts, _) = storage::needs::districts_today(&db, &today).await?;
        Ok(serde_json::to_vec(&districts)?)
    })
    .await
}
