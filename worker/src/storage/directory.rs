//! The public directory: districts and networks, and the data version that guards their caches;
//! the coordinators' changes to networks, each in one batch with its audit entry.

use crate::storage::{self, audit::Action};
use crate::ApiError;
use model::{Activity, District, Network, Point, Source};
use serde::Deserialize;
use wasm_bindgen::JsValue;
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

pub async fn districts(db: &D1Database) -> Result<Vec<District>, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        number: u16,
        name: String,
        path: String,
        label_x: i32,
        label_y: i32,
        network_count: u32,
    }
    let rows: Vec<Row> = db
        .prepare(
            "SELECT d.number, d.name, d.path, d.label_x, d.label_y, \
                    (SELECT COUNT(*) FROM networks n \
                      WHERE n.district = d.number AND n.archived_at IS NULL) AS network_count \
               FROM districts d ORDER BY d.number",
        )
        .all()
        .await?
        .results()?;
    Ok(rows
        .into_iter()
        .map(|r| District {
            number: r.number,
            name: r.name,
            path: r.path,
            label: Point {
                x: r.label_x,
                y: r.label_y,
            },
            network_count: r.network_count,
            need_count: 0,
        })
        .collect())
}

/// A `networks` row as D1 returns it.
#[derive(Deserialize)]
struct NetworkRow {
    id: String,
    slug: String,
    name: String,
    organiser: String,
    district: Option<u16>,
    description: String,
    activities: String,
    languages: String,
    content_lang: String,
    place: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    source_name: String,
    source_url: Option<String>,
    stand: Option<u16>,
    confirmed_at: Option<String>,
    updated_at: String,
}

impl NetworkRow {
    fn into_network(self) -> Result<Network, ApiError> {
        let activities: Vec<Activity> = serde_json::from_str(&self.activities)?;
        let languages: Vec<String> = serde_json::from_str(&self.languages)?;
        Ok(Network {
            citywide: self.district.is_none(),
            id: self.id,
            slug: self.slug,
            name: self.name,
            organiser: self.organiser,
            district: self.district,
            description: self.description,
            activities,
            languages,
            content_lang: self.content_lang,
            place: self.place,
            phone: self.phone,
            email: self.email,
            website: self.website,
            source: Source {
                name: self.source_name,
                url: self.source_url,
            },
            stand: self.stand,
            confirmed_at: self.confirmed_at,
            updated_at: self.updated_at,
        })
    }
}

const NETWORK_COLUMNS: &str = "id, slug, name, organiser, district, description, activities, \
    languages, content_lang, place, phone, email, website, source_name, source_url, stand, \
    confirmed_at, updated_at";

/// Every network on the public map (archived ones are not).
pub async fn public_networks(db: &D1Database) -> Result<Vec<Network>, ApiError> {
    let rows: Vec<NetworkRow> = db
        .prepare(format!(
            "SELECT {NETWORK_COLUMNS} FROM networks WHERE archived_at IS NULL ORDER BY name"
        ))
        .all()
        .await?
        .results()?;
    rows.into_iter().map(NetworkRow::into_network).collect()
}

pub async fn public_network_by_slug(
    db: &D1Database,
    slug: &str,
) -> Result<Option<Network>, ApiError> {
    let row: Option<NetworkRow> = db
        .prepare(format!(
            "SELECT {NETWORK_COLUMNS} FROM networks WHERE slug = ?1 AND archived_at IS NULL"
        ))
        .bind(&[slug.into()])?
        .first(None)
        .await?;
    row.map(NetworkRow::into_network).transpose()
}

/// Every network, archived ones too, with the archive date (for the coordinators).
pub async fn all_networks(db: &D1Database) -> Result<Vec<(Network, Option<String>)>, ApiError> {
    #[derive(Deserialize)]
    struct Archived {
        archived_at: Option<String>,
    }
    let result = db
        .prepare(format!(
            "SELECT {NETWORK_COLUMNS}, archived_at FROM networks ORDER BY name"
        ))
        .all()
        .await?;
    let rows: Vec<NetworkRow> = result.results()?;
    let archived: Vec<Archived> = result.results()?;
    rows.into_iter()
        .zip(archived)
        .map(|(row, a)| Ok((row.into_network()?, a.archived_at)))
        .collect()
}

/// A network by its address, archived ones too (a need may stay with its archived network;
/// it is not public while the network is archived).
pub async fn network_by_slug(db: &D1Database, slug: &str) -> Result<Option<Network>, ApiError> {
    let row: Option<NetworkRow> = db
        .prepare(format!(
            "SELECT {NETWORK_COLUMNS} FROM networks WHERE slug = ?1"
        ))
        .bind(&[slug.into()])?
        .first(None)
        .await?;
    row.map(NetworkRow::into_network).transpose()
}

pub async fn network_by_id(db: &D1Database, id: &str) -> Result<Option<Network>, ApiError> {
    let row: Option<NetworkRow> = db
        .prepare(format!(
            "SELECT {NETWORK_COLUMNS} FROM networks WHERE id = ?1"
        ))
        .bind(&[id.into()])?
        .first(None)
        .await?;
    row.map(NetworkRow::into_network).transpose()
}

fn optional(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, Into::into)
}

/// A network's stored columns, `?1`–`?17` (all but `confirmed_at` and `archived_at`, which only
/// confirming and archiving set).
const FIELDS: &str = "id, slug, name, organiser, district, description, activities, languages, \
    content_lang, place, phone, email, website, source_name, source_url, stand, updated_at";

fn field_values(n: &Network) -> Result<Vec<JsValue>, ApiError> {
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
    // Before the INSERT, in the same transaction: the INSERT stores the row exactly when
    // neither its id nor its address exists (the table's only unique columns).
    let audit = action.insert_if(
        db,
        "NOT EXISTS (SELECT 1 FROM networks WHERE id = ?6 OR slug = ?7)",
        &[n.id.as_str().into(), n.slug.as_str().into()],
    )?;
    let insert = db
        .prepare(format!(
            "INSERT INTO networks ({FIELDS}) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) \
             ON CONFLICT DO NOTHING"
        ))
        .bind(&field_values(n)?)?;
    let results = db.batch(vec![audit, insert]).await?;
    storage::changed(storage::nth(&results, 1)?)
}

/// Changes a network's fields (not its confirmation or archive date) and writes `action` to
/// the audit log, in one batch. Nothing is written if there is no such network or another one
/// has its new address. Returns whether it was changed.
pub async fn update_network(
    db: &D1Database,
    n: &Network,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    // Before the UPDATE, in the same transaction: OR IGNORE skips the row exactly when the
    // new address belongs to another network; without the row there is nothing to update.
    let audit = action.insert_if(
        db,
        "EXISTS (SELECT 1 FROM networks WHERE id = ?6) \
         AND NOT EXISTS (SELECT 1 FROM networks WHERE slug = ?7 AND id <> ?6)",
        &[n.id.as_str().into(), n.slug.as_str().into()],
    )?;
    let update = db.prepare(update_sql()).bind(&field_values(n)?)?;
    let results = db.batch(vec![audit, update]).await?;
    storage::changed(storage::nth(&results, 1)?)
}

/// The UPDATE of every field in [`FIELDS`] but the id (`?1`), which finds the row.
fn update_sql() -> String {
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
        Mark::Confirmed => db
            .prepare("UPDATE networks SET confirmed_at = ?2 WHERE id = ?1")
            .bind(&[id.into(), at.into()])?,
        Mark::Archived => db
            .prepare("UPDATE networks SET archived_at = ?2 WHERE id = ?1")
            .bind(&[id.into(), at.into()])?,
        // Back on the public map; its confirmation date is kept as it was.
        Mark::Restored => db
            .prepare("UPDATE networks SET archived_at = NULL WHERE id = ?1")
            .bind(&[id.into()])?,
    };
    // In the same transaction, the row exists after the UPDATE exactly when it was updated.
    let audit = action.insert_if(
        db,
        "EXISTS (SELECT 1 FROM networks WHERE id = ?6)",
        &[id.into()],
    )?;
    let results = db.batch(vec![update, audit]).await?;
    storage::changed(storage::nth(&results, 0)?)
}

/// What [`mark_network`] does to a network.
#[derive(Debug, Clone, Copy)]
pub enum Mark {
    Confirmed,
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
        assert!(sql.ends_with("stand = ?16, updated_at = ?17 WHERE id = ?1"));
        assert_eq!(sql.matches(" = ?").count(), 17);
        assert!(!sql.contains("confirmed_at") && !sql.contains("archived_at"));
    }
}
