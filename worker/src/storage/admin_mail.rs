//! The coordinators' side of the mail: their own address and digest switch, and the mails that
//! failed for good.

use crate::error::ApiError;
use crate::storage::audit::Action;
use crate::storage::{number, text};
use model::mail_admin::MailSettings;
use wasm_bindgen::JsValue;
use worker::D1Database;

/// The settings of coordinator `name`.
pub async fn settings(db: &D1Database, name: &str) -> Result<MailSettings, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT email, digest FROM coordinators WHERE name = ?1")
        .bind(&[name.into()])?
        .first(None)
        .await?;
    Ok(row.map_or_else(MailSettings::default, |row| MailSettings {
        email: text(&row, "email"),
        digest: number(&row, "digest") == Some(1.0),
        ..MailSettings::default()
    }))
}

/// Stores checked settings with their audit entry (no address in it), in one batch.
pub async fn save(
    db: &D1Database,
    name: &str,
    settings: &MailSettings,
    action: &Action<'_>,
) -> Result<(), ApiError> {
    let update = db
        .prepare("UPDATE coordinators SET email = ?2, digest = ?3 WHERE name = ?1")
        .bind(&[
            name.into(),
            settings.address().map_or(JsValue::NULL, JsValue::from),
            JsValue::from_f64(if settings.digest { 1.0 } else { 0.0 }),
        ])?;
    db.batch(vec![update, action.insert(db)?]).await?;
    Ok(())
}

/// The mails marked failed, newest first (at most 200), with the columns of `FailedMail`:
/// not the confirmations, whose registrations the coordinators do not see ([`failed_confirmations`]).
pub async fn failed(db: &D1Database) -> Result<Vec<serde_json::Value>, ApiError> {
    Ok(db
        .prepare(
            "SELECT id, kind, recipient, registration, created_at, failed_at, attempts, last_error \
             FROM mail_outbox WHERE status = 'failed' AND kind <> 'confirm' \
             ORDER BY failed_at DESC, id LIMIT 200",
        )
        .all()
        .await?
        .results()?)
}

/// How many confirmation mails failed for good.
pub async fn failed_confirmations(db: &D1Database) -> Result<u32, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(
            "SELECT COUNT(*) AS n FROM mail_outbox WHERE status = 'failed' AND kind = 'confirm'",
        )
        .first(None)
        .await?;
    Ok(row.and_then(|row| number(&row, "n")).unwrap_or_default() as u32)
}
