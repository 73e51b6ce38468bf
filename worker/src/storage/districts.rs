//! The 12 Stadtbezirke, with their networks and today's open needs counted.

use crate::error::ApiError;
use model::day::Day;
use model::{District, Need, Point};
use serde::Deserialize;
use worker::D1Database;

/// The districts with their networks counted (needs not yet: see [`districts_today`]).
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

/// The districts with their open needs counted, and those needs, on `today`: what the map's
/// pages and `GET /api/districts` show.
pub async fn districts_today(
    db: &D1Database,
    today: Day,
) -> Result<(Vec<District>, Vec<Need>), ApiError> {
    let mut districts = districts(db).await?;
    let needs = super::needs::public_needs(db, today).await?;
    model::need::count_needs(&mut districts, &needs);
    Ok((districts, needs))
}
