//! `/api/admin/report`: the coordinators' "Bericht". Exact figures in the area; what leaves it
//! (the handout, the CSV files, a publication) is protected (`crate::reporting`).

use super::endpoint::Signed;
use crate::body;
use crate::error::ApiError;
use crate::reporting;
use crate::storage::{districts, published_reports};
use crate::words::PageWords;
use model::codes::Code;
use model::lang::Lang;
use model::report::figures::{Report, TableId};
use model::report::publication::PublishInput;
use model::report::Period;
use model::session::Coordinator;
use model::validate::field_error;
use worker::{Request, Response};

/// The largest body `publish` reads: a period and a remark.
pub const PUBLISH_BODY_BYTES: usize = 8 * 1024;

/// A query's parameter.
pub(crate) fn query(req: &Request, name: &str) -> Result<Option<String>, ApiError> {
    Ok(req
        .url()?
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned()))
}

/// `?period=2026`, `2026-q1` or `2026-01..2026-06`.
pub(crate) fn period(req: &Request) -> Result<Period, ApiError> {
    query(req, "period")?
        .as_deref()
        .and_then(Period::parse)
        .ok_or_else(|| {
            ApiError::Unprocessable(field_error(
                "period",
                Code::PeriodInvalid,
                "Bitte einen Zeitraum wie 2026, 2026-q1 oder 2026-01..2026-06.",
            ))
        })
}

/// `?protected=true`: as it may leave the area.
fn protected_asked(req: &Request) -> Result<bool, ApiError> {
    Ok(query(req, "protected")?.is_some_and(|v| v == "true"))
}

async fn report_of(
    req: &Request,
    signed: &Signed<Coordinator>,
    protected: bool,
) -> Result<Report, ApiError> {
    let period = period(req)?;
    let today = crate::clock::berlin_today();
    if protected {
        Ok(
            reporting::protected(&signed.db, signed.env(), period, today)
                .await?
                .0,
        )
    } else {
        reporting::exact(&signed.db, period, today).await
    }
}

/// `GET /api/admin/report?period=&protected=`: the figures as JSON.
pub async fn show(req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let report = report_of(&req, &signed, protected_asked(&req)?).await?;
    Ok(Response::from_json(&report)?)
}

/// `GET /api/admin/report/document?period=&protected=`: the report as the area shows and
/// prints it: HTML with its charts, in German.
pub async fn document(req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let report = report_of(&req, &signed, protected_asked(&req)?).await?;
    let words = PageWords::load(signed.env(), Lang::De).await?;
    let districts = districts::districts(&signed.db).await?;
    let html = model::render::report::document(&words, &report, &districts, None);
    let mut response = Response::from_html(html.to_string())?;
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}

/// `GET /api/admin/report/csv?period=&table=`: one table, protected, as CSV for German Excel.
pub async fn csv(req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let table = table_id(&req)?;
    let report = report_of(&req, &signed, true).await?;
    let words = PageWords::load(signed.env(), Lang::De).await?;
    crate::export::report_csv(&words, &report, table)
}

pub(crate) fn table_id(req: &Request) -> Result<TableId, ApiError> {
    query(req, "table")?
        .as_deref()
        .and_then(TableId::from_key)
        .ok_or_else(|| {
            ApiError::Unprocessable(field_error(
                "table",
                Code::TableUnknown,
                "Bitte eine der Tabellen des Berichts (months, districts, …).",
            ))
        })
}

/// `POST /api/admin/report/publish`: a year's or quarter's report goes public (201).
pub async fn publish(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let input: PublishInput = body::read_typed(
        &mut req,
        PUBLISH_BODY_BYTES,
        "Erwartet wird period (2026 oder 2026-q1) und höchstens remark.",
    )
    .await?;
    let name = format!("report.publish period={}", input.period);
    let action = signed.audit.action(&name, None);
    let now = crate::clock::now_iso();
    let today = crate::clock::berlin_today();
    let publication =
        reporting::publish(&signed.db, signed.env(), &input, (today, &now), &action).await?;
    Ok(Response::from_json(&publication)?.with_status(201))
}

/// `GET /api/admin/report/published`: every published version, newest first.
pub async fn published(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    Ok(Response::from_json(
        &published_reports::list(&signed.db).await?,
    )?)
}
