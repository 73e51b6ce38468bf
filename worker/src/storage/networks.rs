//! The networks as they are read: the public ones (not archived), and any by its address or id.

use crate::error::ApiError;
use model::network::{freshness::Freshness, ConfirmedBy};
use model::{Activity, Network, Source};
use serde::Deserialize;
use worker::D1Database;

/// A `networks` row as D1 returns it.
#[derive(Deserialize)]
pub(super) struct NetworkRow {
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
    stand_day: Option<String>,
    confirmed_at: Option<String>,
    confirmed_by: Option<String>,
    updated_at: String,
}

impl NetworkRow {
    pub(super) fn into_network(self) -> Result<Network, ApiError> {
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
            stand_day: self.stand_day,
            // Decided by the reader's day: `Freshness::apply` or `mark`.
            stale: false,
            confirmed_at: self.confirmed_at,
            confirmed_by: self.confirmed_by.as_deref().and_then(ConfirmedBy::from_key),
            updated_at: self.updated_at,
        })
    }
}

pub(super) const NETWORK_COLUMNS: &str =
    "id, slug, name, organiser, district, description, activities, \
    languages, content_lang, place, phone, email, website, source_name, source_url, stand, \
    stand_day, confirmed_at, confirmed_by, updated_at";

/// Every network on the public map (archived ones are not), each marked stale or not on
/// `freshness`'s day, the current ones first, each part by name.
pub async fn public_networks(
    db: &D1Database,
    freshness: &Freshness,
) -> Result<Vec<Network>, ApiError> {
    let mut networks = on_the_map(db).await?;
    freshness.apply(&mut networks);
    Ok(networks)
}

/// Every network on the public map as stored, by name (`stale` not yet decided).
pub async fn on_the_map(db: &D1Database) -> Result<Vec<Network>, ApiError> {
    let rows: Vec<NetworkRow> = db
        .prepare(format!(
            "SELECT {NETWORK_COLUMNS} FROM networks WHERE archived_at IS NULL ORDER BY name"
        ))
        .all()
        .await?
        .results()?;
    rows.into_iter().map(NetworkRow::into_network).collect()
}

/// A network on the public map by its address, as stored: `stale` is for
/// `Freshness::mark` to say where it is shown.
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

/// A network on the public map by its id (a network's editors reach only these).
pub async fn public_network_by_id(db: &D1Database, id: &str) -> Result<Option<Network>, ApiError> {
    let row: Option<NetworkRow> = db
        .prepare(format!(
            "SELECT {NETWORK_COLUMNS} FROM networks WHERE id = ?1 AND archived_at IS NULL"
        ))
        .bind(&[id.into()])?
        .first(None)
        .await?;
    row.map(NetworkRow::into_network).transpose()
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
