//! `GET /api/networks` (filtered with `model::NetworkFilter`) and `GET /api/networks/{slug}`.

use super::endpoint::Public;
use crate::error::ApiError;
use crate::{caching, storage};
use model::validate::is_slug;
use model::NetworkFilter;
use worker::{Request, Response};

pub async fn list(req: Request, ctx: Public) -> Result<Response, ApiError> {
    let url = req.url()?;
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let filter = NetworkFilter::from_api_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::Unprocessable)?;
    let db = storage::database(&ctx.env)?;
    let version = storage::meta::data_version(&db).await?;
    let key = format!("networks?{filter:?}");
    caching::public_json(&req, &version, key, || async {
        let networks = storage::networks::public_networks(&db).await?;
        Ok(serde_json::to_vec(&filter.apply(&networks))?)
    })
    .await
}

pub async fn get(req: Request, ctx: Public) -> Result<Response, ApiError> {
    let not_found = || ApiError::NotFound("Dieses Netzwerk gibt es nicht (mehr).".into());
    let slug = ctx.param("slug").cloned().unwrap_or_default();
    if !is_slug(&slug) {
        return Err(not_found());
    }
    let db = storage::database(&ctx.env)?;
    let version = storage::meta::data_version(&db).await?;
    // An unknown slug fails inside, so it is never memoised. With an unchanged data version
    // a 304 stays true: nothing can have appeared or gone.
    caching::public_json(&req, &version, format!("network/{slug}"), || async {
        let network = storage::networks::public_network_by_slug(&db, &slug)
            .await?
            .ok_or_else(not_found)?;
        Ok(serde_json::to_vec(&network)?)
    })
    .await
}
