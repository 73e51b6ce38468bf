//! Current needs ("Gesuche") as they are read: the public ones (open, not past their day in
//! Braunschweig, not of an archived network), and any by its id.

use crate::error::ApiError;
use model::day::Day;
use model::need::answer::network_sees;
use model::{Activity, Need, NeedStatus};
use serde::Deserialize;
use worker::D1Database;

/// A `needs` row joined with its network's address and name, as D1 returns it.
#[derive(Deserialize)]
pub(super) struct NeedRow {
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
    /// 1: the network has an editor.
    network_contact: u32,
    closed_at: Option<String>,
}

impl NeedRow {
    /// The day (of its UTC timestamp) the need was filled or closed: `None` while open, or
    /// for one closed before the day was kept.
    pub(super) fn closed_on(&self) -> Option<Day> {
        Day::parse(self.closed_at.as_deref()?.get(..10)?)
    }

    pub(super) fn into_need(self) -> Result<Need, ApiError> {
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
            network_contact: self.network_contact == 1,
        })
    }
}

/// The columns of [`NeedRow`]: the network's address and name come from its row.
pub(super) const SELECT: &str = "SELECT d.id, d.slug, n.slug AS network, n.name AS network_name, \
    n.content_lang AS network_lang, d.title, \
    d.description, d.activity, d.languages, d.district, d.place, d.time_text, d.slots, d.people, \
    d.valid_until, d.content_lang, d.status, d.created_at, d.updated_at, d.closed_at, \
    EXISTS (SELECT 1 FROM editor_networks e WHERE e.network_id = d.network) AS network_contact \
    FROM needs d LEFT JOIN networks n ON n.id = d.network";

/// The clause that makes a need public on `?1`, the Berlin date: open, not past its day, and
/// not of an archived network.
const PUBLIC: &str = "d.status = 'open' AND d.valid_until >= ?1 AND n.archived_at IS NULL";

fn rows_into_needs(rows: Vec<NeedRow>) -> Result<Vec<Need>, ApiError> {
    rows.into_iter().map(NeedRow::into_need).collect()
}

/// The needs public on `today`, the newest first.
pub async fn public_needs(db: &D1Database, today: Day) -> Result<Vec<Need>, ApiError> {
    let rows: Vec<NeedRow> = db
        .prepare(format!(
            "{SELECT} WHERE {PUBLIC} ORDER BY d.created_at DESC, d.id"
        ))
        .bind(&[today.to_string().into()])?
        .all()
        .await?
        .results()?;
    rows_into_needs(rows)
}

pub async fn public_need_by_slug(
    db: &D1Database,
    slug: &str,
    today: Day,
) -> Result<Option<Need>, ApiError> {
    let row: Option<NeedRow> = db
        .prepare(format!("{SELECT} WHERE {PUBLIC} AND d.slug = ?2"))
        .bind(&[today.to_string().into(), slug.into()])?
        .first(None)
        .await?;
    row.map(NeedRow::into_need).transpose()
}

/// Network `network_id`'s needs whose answers it still sees on `today` (open ones, ended ones
/// for 30 days: `model::need::answer::network_sees`), the newest first.
pub async fn of_network(
    db: &D1Database,
    network_id: &str,
    today: Day,
) -> Result<Vec<Need>, ApiError> {
    let rows: Vec<NeedRow> = db
        .prepare(format!(
            "{SELECT} WHERE d.network = ?1 ORDER BY d.created_at DESC, d.id"
        ))
        .bind(&[network_id.into()])?
        .all()
        .await?
        .results()?;
    let mut needs = Vec::new();
    for row in rows {
        let closed_on = row.closed_on();
        let need = row.into_need()?;
        if network_sees(&need, closed_on, today) {
            needs.push(need);
        }
    }
    Ok(needs)
}

pub async fn need_by_id(db: &D1Database, id: &str) -> Result<Option<Need>, ApiError> {
    let row: Option<NeedRow> = db
        .prepare(format!("{SELECT} WHERE d.id = ?1"))
        .bind(&[id.into()])?
        .first(None)
        .await?;
    row.map(NeedRow::into_need).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::schema::database;
    use model::NeedStatus;

    /// `PUBLIC` selects exactly the needs `Need::is_public` calls public: every status, a last
    /// day before, on and after today, with an archived network, a current one and none.
    #[test]
    fn the_public_clause_is_the_twin_of_need_is_public() {
        let db = database();
        let at = "2026-11-30T10:00:00.000Z";
        for (id, archived) in [("current", None), ("archived", Some(at))] {
            db.execute(
                "INSERT INTO networks (id, slug, name, organiser, description, source_name, \
                 updated_at, archived_at) VALUES (?1, ?1, 'N', 'O', 'D', 'S', ?2, ?3)",
                rusqlite::params![id, at, archived],
            )
            .expect("a network");
        }
        let today = Day::parse("2026-11-30").unwrap();
        let mut expected = Vec::new();
        let mut n = 0;
        for status in [NeedStatus::Open, NeedStatus::Filled, NeedStatus::Closed] {
            for last in ["2026-11-29", "2026-11-30", "2026-12-01"] {
                for network in [None, Some("current"), Some("archived")] {
                    n += 1;
                    let id = format!("need-{n}");
                    db.execute(
                        "INSERT INTO needs (id, slug, network, title, description, activity, \
                         valid_until, status, created_at, updated_at) \
                         VALUES (?1, ?1, ?2, 'T', 'D', 'sprachcafe', ?3, ?4, ?5, ?5)",
                        rusqlite::params![id, network, last, status.key(), at],
                    )
                    .expect("a need");
                    let need = Need {
                        id: id.clone(),
                        slug: id.clone(),
                        network: network.map(str::to_string),
                        network_name: None,
                        network_lang: None,
                        title: "T".into(),
                        description: "D".into(),
                        activity: Activity::Sprachcafe,
                        languages: Vec::new(),
                        district: None,
                        place: None,
                        when: None,
                        slots: Vec::new(),
                        people: None,
                        valid_until: last.into(),
                        content_lang: "de".into(),
                        status,
                        created_at: at.into(),
                        updated_at: at.into(),
                        network_contact: false,
                    };
                    if need.is_public(today, network == Some("archived")) {
                        expected.push(id);
                    }
                }
            }
        }
        let sql = format!("SELECT d.id FROM needs d LEFT JOIN networks n ON n.id = d.network WHERE {PUBLIC} ORDER BY d.rowid");
        let mut statement = db.prepare(&sql).expect("the clause is SQL");
        let selected: Vec<String> = statement
            .query_map([today.to_string()], |row| row.get(0))
            .expect("it runs")
            .map(|id| id.expect("an id"))
            .collect();
        assert_eq!(selected, expected);
        assert_eq!(
            selected.len(),
            4,
            "open, today or later, not archived: {selected:?}"
        );
    }
}
