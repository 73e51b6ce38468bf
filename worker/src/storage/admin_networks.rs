//! The coordinators' view of the networks (archived ones too) and their changes to them, each
//! in one batch with its audit entry; every write bumps the data version (a trigger).

use super::networks::{NetworkRow, NETWORK_COLUMNS};
use crate::error::ApiError;
use crate::storage::{self, audit::Action};
use model::network::ConfirmedBy;
use model::Network;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::D1Database;

/// What the coordinators' list says of a network besides its entry.
#[derive(Deserialize)]
pub struct Handling {
    pub archived_at: Option<String>,
    /// 1: its editors' needs go online at once.
    pub needs_trusted: u32,
}

/// Every network, archived ones too, with its archive date and whether its needs are trusted
/// (for the coordinators).
pub async fn all_networks(db: &D1Database) -> Result<Vec<(Network, Handling)>, ApiError> {
    let result = db
        .prepare(format!(
            "SELECT {NETWORK_COLUMNS}, archived_at, needs_trusted FROM networks ORDER BY name"
        ))
        .all()
        .await?;
    let rows: Vec<NetworkRow> = result.results()?;
    let handling: Vec<Handling> = result.results()?;
    rows.into_iter()
        .zip(handling)
        .map(|(row, h)| Ok((row.into_network()?, h)))
        .collect()
}

/// Whether network `id`'s needs go online at once.
pub async fn needs_trusted(db: &D1Database, id: &str) -> Result<bool, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT needs_trusted FROM networks WHERE id = ?1")
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.and_then(|row| storage::number(&row, "needs_trusted")) == Some(1.0))
}

/// Trusts network `id`'s needs, or not, with `action`, in one batch. False: no such network.
pub async fn set_needs_trusted(
    db: &D1Database,
    id: &str,
    trusted: bool,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let update = db
        .prepare("UPDATE networks SET needs_trusted = ?2 WHERE id = ?1")
        .bind(&[
            id.into(),
            JsValue::from_f64(if trusted { 1.0 } else { 0.0 }),
        ])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM networks WHERE id = ?1)",
            &[id.into()],
            update,
        )
        .await
}

fn optional(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, Into::into)
}

/// A network's stored columns, `?1`–`?18` (all but `confirmed_at` and `archived_at`, which only
/// confirming and archiving set).
pub const FIELDS: &str =
    "id, slug, name, organiser, district, description, activities, languages, \
    content_lang, place, phone, email, website, source_name, source_url, stand, stand_day, \
    updated_at";

pub fn field_values(n: &Network) -> Result<Vec<JsValue>, ApiError> {
    Ok(vec![
        n.id.as_str().into(),
        n.slug.as_str().into(),
        n.name.as_str().into(),
        n.organiser.as_str().into(),
        n.district
            .map_or(JsValue::NULL, |d| JsValue::from_f64(d.into())),
        n.description.as_str().into(),
        serde_json::to_string(&n.activities)?.into(),
        serde_json::to_string(&n.languages)?.into(),
        n.content_lang.as_str().into(),
        optional(&n.place),
        optional(&n.phone),
        optional(&n.email),
        optional(&n.website),
        n.source.name.as_str().into(),
        optional(&n.source.url),
        n.stand
            .map_or(JsValue::NULL, |y| JsValue::from_f64(y.into())),
        optional(&n.stand_day),
        n.updated_at.as_str().into(),
    ])
}

/// Stores a new network (a trigger bumps the data version) and writes `action` to the audit
/// log, in one batch. A new network never replaces another: if its id or its address is taken,
/// nothing is written. Returns whether it was stored.
pub async fn create_network(
    db: &D1Database,
    n: &Network,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let insert = db
        .prepare(format!(
            "INSERT INTO networks ({FIELDS}) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) \
             ON CONFLICT DO NOTHING"
        ))
        .bind(&field_values(n)?)?;
    action
        .record(
            db,
            "NOT EXISTS (SELECT 1 FROM networks WHERE id = ?1 OR slug = ?2)",
            &[n.id.as_str().into(), n.slug.as_str().into()],
            insert,
        )
        .await
}

/// The UPDATE of every field in [`FIELDS`] but the id (`?1`), which finds the row.
pub fn update_sql() -> String {
    storage::update_sql("UPDATE OR IGNORE", "networks", FIELDS)
}

/// Confirms (today), archives (today) or restores a network and writes `action` to the audit
/// log, in one batch. Returns whether there was such a network.
pub async fn mark_network(
    db: &D1Database,
    id: &str,
    mark: Mark,
    at: &str,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let update = match mark {
        Mark::Confirmed(by) => db
            .prepare("UPDATE networks SET confirmed_at = ?2, confirmed_by = ?3 WHERE id = ?1")
            .bind(&[id.into(), at.into(), by.key().into()])?,
        Mark::Archived => db
            .prepare("UPDATE networks SET archived_at = ?2 WHERE id = ?1")
            .bind(&[id.into(), at.into()])?,
        // Back on the public map; its confirmation date is kept as it was.
        Mark::Restored => db
            .prepare("UPDATE networks SET archived_at = NULL WHERE id = ?1")
            .bind(&[id.into()])?,
    };
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM networks WHERE id = ?1)",
            &[id.into()],
            update,
        )
        .await
}

/// What [`mark_network`] does to a network.
#[derive(Debug, Clone, Copy)]
pub enum Mark {
    /// Confirmed as still true, by the Koordinierungsstelle or the network itself.
    Confirmed(ConfirmedBy),
    Archived,
    Restored,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_sets_every_field_but_the_id_from_its_own_parameter() {
        let sql = update_sql();
        assert!(sql.starts_with("UPDATE OR IGNORE networks SET slug = ?2, name = ?3, "));
        assert!(sql.ends_with("stand = ?16, stand_day = ?17, updated_at = ?18 WHERE id = ?1"));
        assert_eq!(sql.matches(" = ?").count(), 18);
        assert!(!sql.contains("confirmed_at") && !sql.contains("archived_at"));
    }
}
