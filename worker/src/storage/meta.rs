//! The `meta` table: facts about the data as a whole. The data version guards the public
//! answers' caches (`caching.rs`); SQLite triggers bump it on every write to public data, so no
//! writer can forget it.

use crate::error::ApiError;
use serde::Deserialize;
use worker::D1Database;

/// The data version, bumped by a trigger on every write to public data.
pub async fn data_version(db: &D1Database) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        value: String,
    }
    let row: Option<Row> = db
        .prepare("SELECT value FROM meta WHERE key = 'data_version'")
        .first(None)
        .await
        .map_err(|e| ApiError::Unavailable(e.to_string()))?;
    row.map(|r| r.value)
        .ok_or_else(|| ApiError::Internal("meta has no data_version".into()))
}
