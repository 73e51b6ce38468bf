//! The retention job's SQL: one batch deletes old registrations and expired rate-limit counts,
//! writes the audit entry and the run's row; the coordinators read the runs.

use crate::rate_limit::WINDOW_MS;
use crate::storage;
use crate::ApiError;
use model::coordination::RetentionRun;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// How many runs are kept (the newest).
pub const KEPT_RUNS: u32 = 100;

/// One run: its id and when it started (ISO).
pub struct Run<'a> {
    pub id: &'a str,
    pub at: &'a str,
}

/// Registrations older than `cutoff` (ISO) and expired rate-limit counts go, in one batch with
/// the audit entry (only if something was deleted) and the run's row, which both count the
/// rows before the DELETE in the same transaction. Returns how many registrations went.
pub async fn apply(
    db: &D1Database,
    run: &Run<'_>,
    cutoff: &str,
    now_ms: f64,
) -> Result<u32, ApiError> {
    let old = "SELECT COUNT(*) AS n FROM registrations WHERE created_at < ?3";
    let audit = db
        .prepare(format!(
            "INSERT INTO audit_log (id, at, coordinator, action, target) \
             SELECT ?1, ?2, 'system', 'retention.delete count=' || n, NULL FROM ({old}) WHERE n > 0"
        ))
        .bind(&[
            uuid::Uuid::new_v4().to_string().into(),
            run.at.into(),
            cutoff.into(),
        ])?;
    let record = db
        .prepare(format!(
            "INSERT INTO retention_runs (id, at, deleted, error) SELECT ?1, ?2, n, NULL FROM ({old})"
        ))
        .bind(&[run.id.into(), run.at.into(), cutoff.into()])?;
    let delete = db
        .prepare("DELETE FROM registrations WHERE created_at < ?1")
        .bind(&[cutoff.into()])?;
    let expire = db
        .prepare("DELETE FROM rate_events WHERE at <= ?1")
        .bind(&[JsValue::from_f64(now_ms - WINDOW_MS)])?;
    let results = db
        .batch(vec![audit, record, delete, expire, prune(db)?])
        .await?;
    let deleted = storage::changes(storage::nth(&results, 2)?)?;
    Ok(u32::try_from(deleted).unwrap_or(u32::MAX))
}

/// Records a run that failed (best effort: the database may be what failed).
pub async fn record_failure(db: &D1Database, run: &Run<'_>, error: &str) -> Result<(), ApiError> {
    let record = db
        .prepare("INSERT INTO retention_runs (id, at, deleted, error) VALUES (?1, ?2, 0, ?3)")
        .bind(&[run.id.into(), run.at.into(), error.into()])?;
    db.batch(vec![record, prune(db)?]).await?;
    Ok(())
}

/// Deletes all but the newest [`KEPT_RUNS`] runs.
fn prune(db: &D1Database) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(
            "DELETE FROM retention_runs WHERE id NOT IN \
             (SELECT id FROM retention_runs ORDER BY at DESC, id DESC LIMIT ?1)",
        )
        .bind(&[JsValue::from_f64(KEPT_RUNS.into())])?)
}

/// The kept runs, newest first.
pub async fn runs(db: &D1Database) -> Result<Vec<RetentionRun>, ApiError> {
    Ok(db
        .prepare("SELECT at, deleted, error FROM retention_runs ORDER BY at DESC, id DESC LIMIT ?1")
        .bind(&[JsValue::from_f64(KEPT_RUNS.into())])?
        .all()
        .await?
        .results()?)
}
