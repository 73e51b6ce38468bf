//! `GET /api/networks` (filtered with `model::NetworkFilter`) and `GET /api/networks/{slug}`,
//! each entry marked `stale` on the Berlin date (`model::network::freshness::Freshness`).

use super::endpoint::Public;
use crate::error::ApiError;
use crate::{caching, storage};
use model::network::freshness::Freshness;
use model::validate::is_slug;
use model::NetworkFilter;
use worker::{D1Database, Request, Response};

/// The data version on the Berlin day with the days an entry stays current, and the freshness
/// of that very day: staleness changes with the date and the setting, so the ETag and the memo
/// name both, as the needs' name the day.
async fn fresh_version(db: &D1Database, ctx: &Public) -> Result<(String, Freshness), ApiError> {
    let (version, today) = caching::version_today(db).await?;
    let freshness = Freshness {
        today,
        ..crate::clock::freshness(&ctx.env)
    };
    Ok((
        format!("{version}-{}", freshness.confirm_after_days),
        freshness,
    ))
}

pub async fn list(req: Request, ctx: Public) -> Result<Response, ApiError> {
    let url = req.url()?;
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let filter = NetworkFilter::from_api_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::Unprocessable)?;
    let db = storage::database(&ctx.env)?;
    let (version, freshness) = fresh_version(&db, &ctx).await?;
    let key = format!("networks?{filter:?}");
    caching::public_json(&req, &version, key, || async {
        let networks = storage::networks::public_networks(&db, &freshness).await?;
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
    let (version, freshness) = fresh_version(&db, &ctx).await?;
    // An unknown slug fails inside, so it is never memoised. With an unchanged data version
    // on the same day a 304 stays true: nothing can have appeared, gone or gone stale.
    caching::public_json(&req, &version, format!("network/{slug}"), || async {
        let network = storage::networks::public_network_by_slug(&db, &slug)
            .await?
            .map(|network| freshness.mark(network))
            .ok_or_else(not_found)?;
        Ok(serde_json::to_vec(&network)?)
    })
    .await
}
