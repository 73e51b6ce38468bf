//! The public directory: districts and networks, and the data version that guards their caches.

use crate::ApiError;
use model::{Activity, District, Network, Point, Source};
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

pub async fn slug_taken(db: &D1Database, slug: &str, except_id: &str) -> Result<bool, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT 1 AS taken FROM networks WHERE slug = ?1 AND id <> ?2")
        .bind(&[slug.into(), except_id.into()])?
        .first(None)
        .await?;
    Ok(row.is_some())
}

fn optional(value: &Option<String>) -> wasm_bindgen::JsValue {
    value
        .as_deref()
        .map_or(wasm_bindgen::JsValue::NULL, Into::into)
}

/// Stores a network's fields (a trigger bumps the data version). A new network never replaces
/// another: with `create`, an existing id leaves everything as it was. Returns whether a row
/// was written.
pub async fn save_network(db: &D1Database, n: &Network, create: bool) -> Result<bool, ApiError> {
    use wasm_bindgen::JsValue;
    let on_conflict = if create {
        "ON CONFLICT (id) DO NOTHING"
    } else {
        "ON CONFLICT (id) DO UPDATE SET"
    };
    let update = if create {
        ""
    } else {
        " slug = excluded.slug, name = excluded.name, \
         organiser = excluded.organiser, district = excluded.district, description = excluded.description, \
         activities = excluded.activities, languages = excluded.languages, content_lang = excluded.content_lang, \
         place = excluded.place, phone = excluded.phone, email = excluded.email, website = excluded.website, \
         source_name = excluded.source_name, source_url = excluded.source_url, stand = excluded.stand, \
         updated_at = excluded.updated_at"
    };
    let result = db.prepare(format!(
        "INSERT INTO networks (id, slug, name, organiser, district, description, activities, languages, \
         content_lang, place, phone, email, website, source_name, source_url, stand, confirmed_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) \
         {on_conflict}{update}"
    ))
    .bind(&[
        n.id.as_str().into(),
        n.slug.as_str().into(),
        n.name.as_str().into(),
        n.organiser.as_str().into(),
        n.district.map_or(JsValue::NULL, |d| JsValue::from_f64(d.into())),
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
        n.stand.map_or(JsValue::NULL, |y| JsValue::from_f64(y.into())),
        optional(&n.confirmed_at),
        n.updated_at.as_str().into(),
    ])?
    .run()
    .await?;
    Ok(result.meta()?.and_then(|m| m.changes).unwrap_or(0) > 0)
}

/// Sets `confirmed_at` or `archived_at` to `at`.
pub async fn mark_network(
    db: &D1Database,
    id: &str,
    column: MarkColumn,
    at: &str,
) -> Result<(), ApiError> {
    let sql = match column {
        MarkColumn::Confirmed => "UPDATE networks SET confirmed_at = ?2 WHERE id = ?1",
        MarkColumn::Archived => "UPDATE networks SET archived_at = ?2 WHERE id = ?1",
    };
    db.prepare(sql).bind(&[id.into(), at.into()])?.run().await?;
    Ok(())
}

#[derive(Debug, Clone, Copy)]
pub enum MarkColumn {
    Confirmed,
    Archived,
}
