//! `GET /api/needs` (filtered with `model::NeedFilter`) and `GET /api/needs/{slug}`: the open
//! needs whose last day has not passed. Their ETag and memo name the data version and the
//! Berlin date, so a need leaves every answer the day after its `valid_until` without a write.

use super::endpoint::Public;
use crate::error::ApiError;
use crate::{caching, storage};
use model::validate::is_slug;
use model::NeedFilter;
use worker::{Request, Response};

pub async fn list(req: Request, ctx: Public) -> Result<Response, ApiError> {
    let url = req.url()?;
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let filter = NeedFilter::from_api_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::Unprocessable)?;
    let db = storage::database(&ctx.env)?;
    let (version, today) = caching::version_today(&db).await?;
    let key = format!("needs?{filter:?}");
    caching::public_json(&req, &version, key, || async {
        let needs = storage::needs::public_needs(&db, today).await?;
        Ok(serde_json::to_vec(&filter.apply(&needs))?)
    })
    .await
}

pub async fn get(req: Request, ctx: Public) -> Result<Response, ApiError> {
    let not_found = || ApiError::NotFound("Dieses Gesuch gibt es nicht (mehr).".into());
    let slug = ctx.param("slug").cloned().unwrap_or_default();
    if !is_slug(&slug) {
        return Err(not_found());
    }
    let db = storage::database(&ctx.env)?;
    let (version, today) = caching::version_today(&db).await?;
    caching::public_json(&req, &version, format!("need/{slug}"), || async {
        let need = storage::needs::public_need_by_slug(&db, &slug, today)
            .await?
            .ok_or_else(not_found)?;
        Ok(serde_json::to_vec(&need)?)
    })
    .await
}
