//! Current needs ("Gesuche"): the public ones (open, not past their day), every one for the
//! coordinators, and their changes, each in one batch with its audit entry.

use crate::storage::{self, audit::Action};
use crate::ApiError;
use model::{Activity, Need, NeedStatus};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::D1Database;

/// A `needs` row joined with its network's address and name, as D1 returns it.
#[derive(Deserialize)]
struct NeedRow {
    id: String,
    slug: String,
    network: Option<String>,
    network_name: Option<String>,
    network_lang: Option<String>,
    title: String,
    description: String,
    activity: String,
    languages: String,
    district: Option<u16>,
    place: Option<String>,
    time_text: Option<String>,
    slots: String,
    people: Option<u16>,
    valid_until: String,
    content_lang: String,
    status: String,
    created_at: String,
    updated_at: String,
}

impl NeedRow {
    fn into_need(self) -> Result<Need, ApiError> {
        let broken = |what: &str| ApiError::Internal(format!("need {}: {what}", self.id));
        Ok(Need {
            activity: Activity::from_key(&self.activity).ok_or_else(|| broken("activity"))?,
            status: NeedStatus::from_key(&self.status).ok_or_else(|| broken("status"))?,
            languages: serde_json::from_str(&self.languages)?,
            slots: serde_json::from_str(&self.slots)?,
            id: self.id,
            slug: self.slug,
            network: self.network,
            network_name: self.network_name,
            network_lang: self.network_lang,
            title: self.title,
            description: self.description,
            district: self.district,
            place: self.place,
            when: self.time_text,
            people: self.people,
            valid_until: self.valid_until,
            content_lang: self.content_lang,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

/// The columns of [`NeedRow`]: the network's address and name come from its row.
const SELECT: &str = "SELECT d.id, d.slug, n.slug AS network, n.name AS network_name, \
    n.content_lang AS network_lang, d.title, \
    d.description, d.activity, d.languages, d.district, d.place, d.time_text, d.slots, d.people, \
    d.valid_until, d.content_lang, d.status, d.created_at, d.updated_at \
    FROM needs d LEFT JOIN networks n ON n.id = d.network";

/// The clause that makes a need public on `?1`, the Berlin date: open, not past its day, and
/// not of an archived network.
const PUBLIC: &str = "d.status = 'open' AND d.valid_until >= ?1 AND n.archived_at IS NULL";

fn rows_into_needs(rows: Vec<NeedRow>) -> Result<Vec<Need>, ApiError> {
    rows.into_iter().map(NeedRow::into_need).collect()
}

/// The needs public on `today`, the newest first.
pub async fn public_needs(db: &D1Database, today: &str) -> Result<Vec<Need>, ApiError> {
    let rows: Vec<NeedRow> = db
        .prepare(format!(
            "{SELECT} WHERE {PUBLIC} ORDER BY d.created_at DESC, d.id"
        ))
        .bind(&[today.into()])?
        .all()
        .await?
        .results()?;
    rows_into_needs(rows)
}

/// The districts with their open needs counted, and those needs, on `today`: what the map's
/// pages and `GET /api/districts` show.
pub async fn districts_today(
    db: &D1Database,
    today: &str,
) -> Result<(Vec<model::District>, Vec<Need>), ApiError> {
    let mut districts = super::directory::districts(db).await?;
    let needs = public_needs(db, today).await?;
    model::district::count_needs(&mut districts, &needs);
    Ok((districts, needs))
}

pub async fn public_need_by_slug(
    db: &D1Database,
    slug: &str,
    today: &str,
) -> Result<Option<Need>, ApiError> {
    let row: Option<NeedRow> = db
        .prepare(format!("{SELECT} WHERE {PUBLIC} AND d.slug = ?2"))
        .bind(&[today.into(), slug.into()])?
        .first(None)
        .await?;
    row.map(NeedRow::into_need).transpose()
}

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

pub async fn need_by_id(db: &D1Database, id: &str) -> Result<Option<Need>, ApiError> {
    let row: Option<NeedRow> = db
        .prepare(format!("{SELECT} WHERE d.id = ?1"))
        .bind(&[id.into()])?
        .first(None)
        .await?;
    row.map(NeedRow::into_need).transpose()
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

/// Stores a new need and its audit entry in one batch; nothing if its id or address is taken.
pub async fn create_need(
    db: &D1Database,
    need: &Need,
    network_id: Option<&str>,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let audit = action.insert_if(
        db,
        "NOT EXISTS (SELECT 1 FROM needs WHERE id = ?6 OR slug = ?7)",
        &[need.id.as_str().into(), need.slug.as_str().into()],
    )?;
    let mut values = field_values(need, network_id)?;
    values.push(need.created_at.as_str().into());
    let insert = db
        .prepare(format!(
            "INSERT INTO needs ({FIELDS}, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) \
             ON CONFLICT DO NOTHING"
        ))
        .bind(&values)?;
    let results = db.batch(vec![audit, insert]).await?;
    storage::changed(storage::nth(&results, 1)?)
}

/// Changes a need's fields and writes `action`, in one batch (the caller keeps its address).
pub async fn update_need(
    db: &D1Database,
    need: &Need,
    network_id: Option<&str>,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let audit = action.insert_if(
        db,
        "EXISTS (SELECT 1 FROM needs WHERE id = ?6)",
        &[need.id.as_str().into()],
    )?;
    let update = db
        .prepare(update_sql())
        .bind(&field_values(need, network_id)?)?;
    let results = db.batch(vec![audit, update]).await?;
    storage::changed(storage::nth(&results, 1)?)
}

/// The UPDATE of every field in [`FIELDS`] but the id (`?1`), which finds the row.
fn update_sql() -> String {
    storage::update_sql("UPDATE", "needs", FIELDS)
}

/// Sets a need's status (filled, closed, open again) and writes `action`, in one batch.
pub async fn set_status(
    db: &D1Database,
    id: &str,
    status: NeedStatus,
    at: &str,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let update = db
        .prepare("UPDATE needs SET status = ?2, updated_at = ?3 WHERE id = ?1")
        .bind(&[id.into(), status.key().into(), at.into()])?;
    let audit = action.insert_if(
        db,
        "EXISTS (SELECT 1 FROM needs WHERE id = ?6)",
        &[id.into()],
    )?;
    let results = db.batch(vec![update, audit]).await?;
    storage::changed(storage::nth(&results, 0)?)
}

/// Takes a need off (a slip, a need posted twice) with its audit entry, in one batch. The
/// registrations that answered it keep their answer; the need's id in them leads nowhere.
pub async fn delete_need(db: &D1Database, id: &str, action: &Action<'_>) -> Result<bool, ApiError> {
    let audit = action.insert_if(
        db,
        "EXISTS (SELECT 1 FROM needs WHERE id = ?6)",
        &[id.into()],
    )?;
    let delete = db
        .prepare("DELETE FROM needs WHERE id = ?1")
        .bind(&[id.into()])?;
    let results = db.batch(vec![audit, delete]).await?;
    storage::changed(storage::nth(&results, 1)?)
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
