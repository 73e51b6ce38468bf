//! The coordinators' view of the needs (every one, with its answers counted) and their
//! changes, each in one batch with its audit entry.

use super::needs::{NeedRow, SELECT};
use crate::error::ApiError;
use crate::storage;
use crate::storage::audit::{shift_params, Action};
use model::{Need, NeedStatus};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// Every need, with how many registrations answered it and how many of those were placed
/// (for the coordinators), the newest first.
pub async fn all_needs(db: &D1Database) -> Result<Vec<(Need, u32, u32)>, ApiError> {
    #[derive(Deserialize)]
    struct Counts {
        answers: u32,
        placed: u32,
    }
    let result = db
        .prepare(format!(
            "SELECT x.*, \
               (SELECT COUNT(*) FROM registrations r WHERE r.need = x.id) AS answers, \
               (SELECT COUNT(*) FROM registrations r WHERE r.need = x.id AND r.status = 'placed') AS placed \
             FROM ({SELECT}) AS x ORDER BY x.created_at DESC, x.id"
        ))
        .all()
        .await?;
    let rows: Vec<NeedRow> = result.results()?;
    let counts: Vec<Counts> = result.results()?;
    rows.into_iter()
        .zip(counts)
        .map(|(row, c)| Ok((row.into_need()?, c.answers, c.placed)))
        .collect()
}

/// Whether any registration answers need `id`.
pub async fn is_answered(db: &D1Database, id: &str) -> Result<bool, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT 1 AS answered FROM registrations WHERE need = ?1 LIMIT 1")
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.is_some())
}

fn optional(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, Into::into)
}

fn number(value: Option<u16>) -> JsValue {
    value.map_or(JsValue::NULL, |n| JsValue::from_f64(n.into()))
}

/// A need's stored columns, `?1`–`?15` (`network` is the network's id, `status` and
/// `created_at` only change on their own).
const FIELDS: &str = "id, slug, network, title, description, activity, languages, district, \
    place, time_text, slots, people, valid_until, content_lang, updated_at";

fn field_values(need: &Need, network_id: Option<&str>) -> Result<Vec<JsValue>, ApiError> {
    Ok(vec![
        need.id.as_str().into(),
        need.slug.as_str().into(),
        network_id.map_or(JsValue::NULL, Into::into),
        need.title.as_str().into(),
        need.description.as_str().into(),
        need.activity.key().into(),
        serde_json::to_string(&need.languages)?.into(),
        number(need.district),
        optional(&need.place),
        optional(&need.when),
        serde_json::to_string(&need.slots)?.into(),
        number(need.people),
        need.valid_until.as_str().into(),
        need.content_lang.as_str().into(),
        need.updated_at.as_str().into(),
    ])
}

/// The INSERT of a new need (nothing if its id or address is taken).
pub fn insert(
    db: &D1Database,
    need: &Need,
    network_id: Option<&str>,
) -> Result<D1PreparedStatement, ApiError> {
    insert_if(db, need, network_id, "1 = 1", &[])
}

/// The INSERT of a new need, only where `guard` (SQL, its parameters `params` numbered from
/// `?1`) holds at its place in the batch.
pub fn insert_if(
    db: &D1Database,
    need: &Need,
    network_id: Option<&str>,
    guard: &str,
    params: &[JsValue],
) -> Result<D1PreparedStatement, ApiError> {
    let mut values = field_values(need, network_id)?;
    values.push(need.created_at.as_str().into());
    let guard = shift_params(guard, values.len());
    values.extend_from_slice(params);
    Ok(db
        .prepare(format!(
            "INSERT INTO needs ({FIELDS}, created_at) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16 \
             WHERE {guard} ON CONFLICT DO NOTHING"
        ))
        .bind(&values)?)
}

/// The UPDATE of a need's fields (the caller keeps its address), only where `guard` (as for
/// [`insert_if`]) holds.
pub fn update_if(
    db: &D1Database,
    need: &Need,
    network_id: Option<&str>,
    guard: &str,
    params: &[JsValue],
) -> Result<D1PreparedStatement, ApiError> {
    let mut values = field_values(need, network_id)?;
    let guard = shift_params(guard, values.len());
    values.extend_from_slice(params);
    Ok(db
        .prepare(format!("{} AND {guard}", update_sql()))
        .bind(&values)?)
}

/// Stores a new need and its audit entry in one batch; nothing if its id or address is taken.
pub async fn create_need(
    db: &D1Database,
    need: &Need,
    network_id: Option<&str>,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    action
        .record(
            db,
            "NOT EXISTS (SELECT 1 FROM needs WHERE id = ?1 OR slug = ?2)",
            &[need.id.as_str().into(), need.slug.as_str().into()],
            insert(db, need, network_id)?,
        )
        .await
}

/// Changes a need's fields and writes `action`, in one batch (the caller keeps its address).
pub async fn update_need(
    db: &D1Database,
    need: &Need,
    network_id: Option<&str>,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM needs WHERE id = ?1)",
            &[need.id.as_str().into()],
            update_if(db, need, network_id, "1 = 1", &[])?,
        )
        .await
}

/// The UPDATE of every field in [`FIELDS`] but the id (`?1`), which finds the row.
fn update_sql() -> String {
    storage::update_sql("UPDATE", "needs", FIELDS)
}

/// Sets a need's status (filled, closed, open again) and, if given, its last day, and writes
/// `action`, in one batch. The first day it was filled or closed is kept (`closed_at`), until
/// it is open again.
pub async fn set_status(
    db: &D1Database,
    id: &str,
    (status, valid_until): (NeedStatus, Option<&str>),
    at: &str,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let update = db
        .prepare(
            "UPDATE needs SET status = ?2, updated_at = ?3, \
             valid_until = COALESCE(?4, valid_until), \
             closed_at = CASE WHEN ?2 = 'open' THEN NULL ELSE COALESCE(closed_at, ?3) END \
             WHERE id = ?1",
        )
        .bind(&[
            id.into(),
            status.key().into(),
            at.into(),
            valid_until.map_or(JsValue::NULL, JsValue::from),
        ])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM needs WHERE id = ?1)",
            &[id.into()],
            update,
        )
        .await
}

/// Takes a need off (a slip, a need posted twice) with its audit entry, in one batch. The
/// registrations that answered it keep their answer; the need's id in them leads nowhere.
pub async fn delete_need(db: &D1Database, id: &str, action: &Action<'_>) -> Result<bool, ApiError> {
    let delete = db
        .prepare("DELETE FROM needs WHERE id = ?1")
        .bind(&[id.into()])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM needs WHERE id = ?1)",
            &[id.into()],
            delete,
        )
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_sets_every_field_but_the_id_from_its_own_parameter() {
        let sql = update_sql();
        assert!(sql.starts_with("UPDATE needs SET slug = ?2, network = ?3, title = ?4, "));
        assert!(sql.ends_with("content_lang = ?14, updated_at = ?15 WHERE id = ?1"));
        assert_eq!(sql.matches(" = ?").count(), 15);
        assert!(!sql.contains("status") && !sql.contains("created_at"));
    }
}
