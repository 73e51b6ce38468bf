//! What every public form's row holds besides its input (`routes/intake.rs`): its id, the
//! idempotency key it came with and the hash of what it said, when it came, and who sent it
//! for the rate limit.

use crate::error::ApiError;
use crate::rate_limit::Client;
use worker::D1Database;

/// A form as it was received, about to be stored.
pub struct Received<'a> {
    pub id: &'a str,
    pub idempotency_key: &'a str,
    /// The SHA-256 of the normalised input: tells a retry from another form under the same key.
    pub request_hash: &'a str,
    /// ISO 8601, UTC.
    pub created_at: &'a str,
    pub now_ms: f64,
    pub client: &'a Client,
}

/// The id and request hash a public form's table (`registrations`, `feedback`: a constant,
/// never input) holds under an idempotency key.
pub async fn find_by_key(
    db: &D1Database,
    table: &'static str,
    key: &str,
) -> Result<Option<(String, String)>, ApiError> {
    #[derive(serde::Deserialize)]
    struct Row {
        id: String,
        request_hash: String,
    }
    let row: Option<Row> = db
        .prepare(format!(
            "SELECT id, request_hash FROM {table} WHERE idempotency_key = ?1"
        ))
        .bind(&[key.into()])?
        .first(None)
        .await?;
    Ok(row.map(|r| (r.id, r.request_hash)))
}
