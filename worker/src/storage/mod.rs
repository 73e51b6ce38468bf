//! The only place with SQL: prepared statements with bound parameters. A file here has the name
//! of the route file (`routes/`) or the module it serves (`rate_limit.rs`, `retention.rs`).
//!
//! A change and its audit entry always go into one `db.batch` (D1 runs a batch as one
//! transaction): no change without its entry, no entry without a change (`audit.rs`). Whether a
//! change happened is D1's change count of the writing statement ([`changed`]), not a read
//! before it.

pub mod admin_feedback;
pub mod admin_mail;
pub mod admin_needs;
pub mod admin_networks;
pub mod admin_registrations;
pub mod admin_session;
pub mod audit;
pub mod digest;
pub mod districts;
pub mod editor_retention;
pub mod editors;
pub mod feedback;
pub mod freshness;
pub mod health;
pub mod intake;
pub mod mail_limits;
pub mod meta;
pub mod need_proposals;
pub mod needs;
pub mod network_answers;
pub mod network_requests;
pub mod networks;
pub mod outbox;
pub mod own;
pub mod proposals;
pub mod published_reports;
pub mod rate_limit;
pub mod registrations;
pub mod report_counts;
pub mod retention;
pub mod revisions;
#[cfg(test)]
mod schema;

use crate::error::ApiError;
use worker::{D1Database, D1Result, Env};

/// `UPDATE <verb> <table> SET` every column of `fields` (`"id, a, b"`) but the first, each from
/// its own parameter (`a = ?2, b = ?3`), `WHERE id = ?1`: the row's stored columns in one list,
/// so an INSERT and an UPDATE cannot disagree.
pub fn update_sql(verb: &str, table: &str, fields: &str) -> String {
    let assignments = fields
        .split(", ")
        .enumerate()
        .skip(1)
        .map(|(i, column)| format!("{column} = ?{}", i + 1))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{verb} {table} SET {assignments} WHERE id = ?1")
}

/// The D1 binding named in wrangler.toml.
pub const BINDING: &str = "DB";

pub fn database(env: &Env) -> Result<D1Database, ApiError> {
    env.d1(BINDING)
        .map_err(|error| ApiError::Unavailable(format!("no D1 binding {BINDING}: {error}")))
}

/// Whether a writing statement changed a row (`meta.changes` > 0). Locally the count also
/// includes rows written by triggers (the data-version bump), so only "more than none" is
/// meaningful, never the exact number.
pub fn changed(result: &D1Result) -> Result<bool, ApiError> {
    Ok(changes(result)? > 0)
}

/// `meta.changes` of one statement's result; D1 always reports it for a write.
pub fn changes(result: &D1Result) -> Result<usize, ApiError> {
    result
        .meta()?
        .and_then(|meta| meta.changes)
        .ok_or_else(|| ApiError::Internal("D1 reported no change count".into()))
}

/// The result of the statement at `index` of a batch.
pub fn nth(results: &[D1Result], index: usize) -> Result<&D1Result, ApiError> {
    results
        .get(index)
        .ok_or_else(|| ApiError::Internal(format!("D1 batch without result {index}")))
}

/// A text column of a row read as JSON (rows are read as `serde_json::Value` where a struct of
/// their own would add a deserializer to the wasm).
pub fn text(row: &serde_json::Value, column: &str) -> Option<String> {
    row.get(column)?.as_str().map(String::from)
}

/// A number column of a row read as JSON.
pub fn number(row: &serde_json::Value, column: &str) -> Option<f64> {
    row.get(column)?.as_f64()
}
