//! Published reports and their year's pattern (`published_reports`, `report_patterns`).

use crate::error::ApiError;
use crate::storage::audit::Action;
use model::report::publication::{Publication, PublishedHead};
use model::report::system::Pattern;
use model::report::Period;
use serde::Deserialize;
use worker::D1Database;

/// A year's pattern and its revision (0: none yet).
pub async fn pattern(db: &D1Database, year: u16) -> Result<(Pattern, u32), ApiError> {
    #[derive(Deserialize)]
    struct Row {
        revision: u32,
        pattern: String,
    }
    let row: Option<Row> = db
        .prepare("SELECT revision, pattern FROM report_patterns WHERE year = ?1")
        .bind(&[u32::from(year).into()])?
        .first(None)
        .await?;
    match row {
        Some(row) => Ok((serde_json::from_str(&row.pattern)?, row.revision)),
        None => Ok((Pattern::default(), 0)),
    }
}

/// What is stored: the publication and the year's new pattern, read at `revision`.
pub struct Stored<'a> {
    pub publication: &'a Publication,
    pub pattern: &'a Pattern,
    pub revision: u32,
}

/// The year's pattern moves on from `revision` and the publication becomes the period's next
/// version, with `action`, in one batch; nothing where another publication of that year came
/// first (then false: read and try again).
pub async fn publish(
    db: &D1Database,
    stored: &Stored<'_>,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let period = stored.publication.report.period;
    let year = u32::from(period.from.year());
    let pattern = serde_json::to_string(stored.pattern)?;
    let moved = db
        .prepare(
            "INSERT INTO report_patterns (year, revision, pattern) VALUES (?1, ?2 + 1, ?3) \
             ON CONFLICT (year) DO UPDATE SET revision = excluded.revision, pattern = excluded.pattern \
             WHERE report_patterns.revision = ?2",
        )
        .bind(&[year.into(), stored.revision.into(), pattern.as_str().into()])?;
    // Ours only: the revision we moved to, with our pattern.
    let ours = "EXISTS (SELECT 1 FROM report_patterns WHERE year = ?1 AND revision = ?2 + 1 \
                AND pattern = ?3)";
    let params: [wasm_bindgen::JsValue; 3] =
        [year.into(), stored.revision.into(), pattern.as_str().into()];
    let insert = db
        .prepare(format!(
            "INSERT INTO published_reports (period, version, published_at, remark, report) \
             SELECT ?4, COALESCE((SELECT MAX(version) FROM published_reports WHERE period = ?4), 0) + 1, \
             ?5, ?6, ?7 WHERE {ours}"
        ))
        .bind(&[
            params[0].clone(),
            params[1].clone(),
            params[2].clone(),
            period.to_string().into(),
            stored.publication.published_at.as_str().into(),
            stored
                .publication
                .remark
                .as_deref()
                .map_or(wasm_bindgen::JsValue::NULL, Into::into),
            serde_json::to_string(&stored.publication.report)?.into(),
        ])?;
    action
        .record_after(db, ours, &params, vec![moved], insert)
        .await
}

#[derive(Deserialize)]
struct Row {
    period: String,
    version: u32,
    published_at: String,
    remark: Option<String>,
    report: String,
}

/// Every published version, newest first.
pub async fn list(db: &D1Database) -> Result<Vec<PublishedHead>, ApiError> {
    #[derive(Deserialize)]
    struct Head {
        period: String,
        version: u32,
        published_at: String,
    }
    let rows: Vec<Head> = db
        .prepare(
            "SELECT period, version, published_at FROM published_reports \
             ORDER BY published_at DESC, period DESC, version DESC",
        )
        .all()
        .await?
        .results()?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(PublishedHead {
                period: Period::parse(&r.period)?,
                version: r.version,
                published_at: r.published_at,
            })
        })
        .collect())
}

/// A period's publications, the newest version first.
pub async fn versions(db: &D1Database, period: Period) -> Result<Vec<Publication>, ApiError> {
    let rows: Vec<Row> = db
        .prepare(
            "SELECT period, version, published_at, remark, report FROM published_reports \
             WHERE period = ?1 ORDER BY version DESC",
        )
        .bind(&[period.to_string().into()])?
        .all()
        .await?
        .results()?;
    rows.into_iter()
        .map(|row| {
            debug_assert_eq!(row.period, period.to_string());
            Ok(Publication {
                version: row.version,
                published_at: row.published_at,
                remark: row.remark,
                report: serde_json::from_str(&row.report)?,
            })
        })
        .collect::<Result<_, serde_json::Error>>()
        .map_err(ApiError::from)
}
