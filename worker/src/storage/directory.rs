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
