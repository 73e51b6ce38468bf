//! The coordinators' queries on barrier reports: list, change the status, erase. Every change
//! runs in one batch with its audit entry, guarded so that the entry is written exactly when
//! the change is, as for registrations (`coordination.rs`).

use crate::error::ApiError;
use crate::storage::audit::Action;
use model::feedback::{Feedback, FeedbackStatus};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::D1Database;

#[derive(Deserialize)]
struct Row {
    id: String,
    message: String,
    email: Option<String>,
    status: String,
    created_at: String,
}

impl Row {
    fn into_feedback(self) -> Feedback {
        Feedback {
            // The CHECK constraint allows no other value.
            status: FeedbackStatus::from_key(&self.status).unwrap_or(FeedbackStatus::New),
            id: self.id,
            message: self.message,
            email: self.email,
            created_at: self.created_at,
        }
    }
}

const COLUMNS: &str = "id, message, email, status, created_at";

/// One page of reports, newest first, and how many there are in all.
pub async fn page(
    db: &D1Database,
    page: u32,
    per_page: u32,
) -> Result<(Vec<Feedback>, u32), ApiError> {
    #[derive(Deserialize)]
    struct Count {
        n: u32,
    }
    let count: Option<Count> = db
        .prepare("SELECT COUNT(*) AS n FROM feedback")
        .first(None)
        .await?;
    let offset = (f64::from(page) - 1.0) * f64::from(per_page);
    let rows: Vec<Row> = db
        .prepare(format!(
            "SELECT {COLUMNS} FROM feedback ORDER BY created_at DESC, id LIMIT ?1 OFFSET ?2"
        ))
        .bind(&[
            JsValue::from_f64(per_page.into()),
            JsValue::from_f64(offset),
        ])?
        .all()
        .await?
        .results()?;
    let items = rows.into_iter().map(Row::into_feedback).collect();
    Ok((items, count.map_or(0, |c| c.n)))
}

pub async fn get(db: &D1Database, id: &str) -> Result<Option<Feedback>, ApiError> {
    let row: Option<Row> = db
        .prepare(format!("SELECT {COLUMNS} FROM feedback WHERE id = ?1"))
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.map(Row::into_feedback))
}

/// The audit entry's condition: the report `?1` exists (at that point of the batch).
const FEEDBACK_EXISTS: &str = "EXISTS (SELECT 1 FROM feedback WHERE id = ?1)";

/// Sets a report's status and writes `action` to the audit log, in one batch. Returns whether
/// there was such a report.
pub async fn set_status(
    db: &D1Database,
    id: &str,
    status: FeedbackStatus,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let update = db
        .prepare("UPDATE feedback SET status = ?2 WHERE id = ?1")
        .bind(&[id.into(), status.key().into()])?;
    action
        .record(db, FEEDBACK_EXISTS, &[id.into()], update)
        .await
}

/// Erases a report for good and writes `action` to the audit log, in one batch. Returns
/// whether there was one: of two parallel erasures, exactly one deletes the row and writes
/// the entry.
pub async fn delete(db: &D1Database, id: &str, action: &Action<'_>) -> Result<bool, ApiError> {
    let delete = db
        .prepare("DELETE FROM feedback WHERE id = ?1")
        .bind(&[id.into()])?;
    action
        .record(db, FEEDBACK_EXISTS, &[id.into()], delete)
        .await
}
