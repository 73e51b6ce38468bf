//! `/api/reports`: the published reports, for everyone. Each was computed and stored when it
//! was published, so a visit reads it once and never sees a count the publication hid.

use super::endpoint::Public;
use crate::error::ApiError;
use crate::storage::{self, published_reports};
use crate::words::PageWords;
use model::lang::Lang;
use model::report::publication::Publication;
use model::report::Period;
use worker::{Request, Response};

fn not_found() -> ApiError {
    ApiError::NotFound("Für diesen Zeitraum ist kein Bericht veröffentlicht.".into())
}

/// The period of the path, or no such report.
fn period(ctx: &Public) -> Result<Period, ApiError> {
    ctx.param("period")
        .and_then(|p| Period::parse(p))
        .filter(|p| p.kind() != model::report::period::Kind::Months)
        .ok_or_else(not_found)
}

/// A period's versions, the newest first; none published is a 404.
async fn versions_of(
    db: &worker::D1Database,
    period: Period,
) -> Result<Vec<Publication>, ApiError> {
    let versions = published_reports::versions(db, period).await?;
    if versions.is_empty() {
        return Err(not_found());
    }
    Ok(versions)
}

/// `GET /api/reports`: every published version, newest first.
pub async fn list(_req: Request, ctx: Public) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    Ok(Response::from_json(&published_reports::list(&db).await?)?)
}

/// `GET /api/reports/{period}`: the period's versions, the newest (the one that counts) first.
pub async fn get(_req: Request, ctx: Public) -> Result<Response, ApiError> {
    let period = period(&ctx)?;
    let db = storage::database(&ctx.env)?;
    Ok(Response::from_json(&versions_of(&db, period).await?)?)
}

/// `GET /api/reports/{period}/{table}`: a table of the newest version as CSV (`?lang=` for
/// its labels, German otherwise).
pub async fn csv(req: Request, ctx: Public) -> Result<Response, ApiError> {
    let period = period(&ctx)?;
    let table = ctx
        .param("table")
        .map(|t| t.trim_end_matches(".csv"))
        .and_then(model::report::figures::TableId::from_key)
        .ok_or_else(|| ApiError::NotFound("Diese Tabelle gibt es nicht.".into()))?;
    let lang = super::admin_report::query(&req, "lang")?
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or(Lang::De);
    let db = storage::database(&ctx.env)?;
    let newest = versions_of(&db, period).await?.remove(0);
    let words = PageWords::load(&ctx.env, lang).await?;
    crate::export::report_csv(&words, &newest.report, table)
}
