//! The `meta` table: facts about the data as a whole (schema and data version).

use crate::error::ApiError;
use worker::D1Database;

/// A real query against our own schema: proves the binding works and the migrations ran.
pub async fn ping(db: &D1Database) -> Result<(), ApiError> {
    db.prepare("SELECT COUNT(*) AS n FROM meta")
        .first::<serde_json::Value>(None)
        .await
        .map(|_| ())
        .map_err(|error| ApiError::Unavailable(error.to_string()))
}
