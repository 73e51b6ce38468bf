//! The report's counters (`report_counts`, `worker/migrations/0021_report.sql`): most are
//! counted by the migration's triggers, in the statement of the event itself; what leaves
//! the table (a registration withdrawn or erased) and what the daily run notices (a need
//! expired) is counted here, in the batch of its change. And the report's one read.

use crate::error::ApiError;
use model::day::Day;
use model::report::figures::{Entries, NeedHead};
use model::report::{Count, Event, Month};
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// The Berlin month (`YYYY-MM`) of the UTC moment `{t}` in SQL, as the migration's triggers
/// write it: summer time from the last Sunday of March to the last Sunday of October, both
/// at 01:00 UTC (tested against `model::day`).
pub const BERLIN_MONTH: &str = "strftime('%Y-%m', {t}, CASE WHEN julianday({t}) >= \
    julianday(date(strftime('%Y', {t}) || '-03-25', 'weekday 0'), '+1 hour') AND \
    julianday({t}) < julianday(date(strftime('%Y', {t}) || '-10-25', 'weekday 0'), \
    '+1 hour') THEN '+2 hours' ELSE '+1 hour' END)";

/// `BERLIN_MONTH` of the SQL expression `t`.
pub fn berlin_month(t: &str) -> String {
    BERLIN_MONTH.replace("{t}", t)
}

/// Counts `event` in `month` for every registration `condition` (SQL over `registrations`,
/// its parameters `params` from `?1`) holds for, by each of their dimensions: put it in the
/// batch before the statement that deletes them.
pub fn leaving(
    db: &D1Database,
    event: Event,
    (condition, params): (&str, &[JsValue]),
    month: Month,
) -> Result<D1PreparedStatement, ApiError> {
    let mut values = params.to_vec();
    values.extend([month.to_string().into(), event.key().into()]);
    Ok(db
        .prepare(leaving_sql(condition, params.len()))
        .bind(&values)?)
}

/// `leaving`'s SQL: the month and the event are the parameters after the condition's `n`.
fn leaving_sql(condition: &str, n: usize) -> String {
    format!(
        "INSERT INTO report_counts (month, event, dimension, value, count) \
         SELECT ?{}, ?{}, d.dimension, d.value, COUNT(*) FROM registration_dims d \
         WHERE d.id IN (SELECT id FROM registrations WHERE {condition}) \
         GROUP BY d.dimension, d.value \
         ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count",
        n + 1,
        n + 2
    )
}

/// Which needs ran out before `today` and were not counted yet.
const EXPIRED: &str = "status = 'open' AND valid_until < ?1 AND expiry_counted = 0";

/// The daily run counts the needs that ran out before `today` (in `today`'s month, by
/// district) and marks them, in one batch.
pub async fn count_expired_needs(db: &D1Database, today: Day) -> Result<(), ApiError> {
    let month = Month::of(today);
    let params: [JsValue; 2] = [today.to_string().into(), month.to_string().into()];
    let [count, mark] = expired_sql();
    db.batch(vec![
        db.prepare(count).bind(&params)?,
        db.prepare(mark).bind(&params[..1])?,
    ])
    .await?;
    Ok(())
}

/// `count_expired_needs`' SQL: today `?1`, the month `?2`.
fn expired_sql() -> [String; 2] {
    [
        format!(
            "INSERT INTO report_counts (month, event, dimension, value, count) \
             SELECT ?2, 'need.expired', d.dimension, \
             CASE d.dimension WHEN 'district' THEN COALESCE(CAST(n.district AS TEXT), 'city') \
             ELSE '' END, COUNT(*) \
             FROM needs n, (SELECT 'total' AS dimension UNION ALL SELECT 'district') d \
             WHERE {EXPIRED} GROUP BY 3, 4 \
             ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count"
        ),
        format!("UPDATE needs SET expiry_counted = 1 WHERE {EXPIRED}"),
    ]
}

/// What a report of the months `from`–`to` reads, in one batch: the counters, the needs of the
/// period (posted in it, or answered in it) for their titles, and the entries' freshness
/// (confirmed since `year_ago`).
pub async fn read(
    db: &D1Database,
    (from, to): (Month, Month),
    year_ago: Day,
) -> Result<(Vec<Count>, Vec<NeedHead>, Entries), ApiError> {
    let range: [JsValue; 2] = [from.to_string().into(), to.to_string().into()];
    let counts = db
        .prepare(
            "SELECT month, event, dimension, value, count FROM report_counts \
             WHERE month BETWEEN ?1 AND ?2",
        )
        .bind(&range)?;
    let needs = db
        .prepare(format!(
            "SELECT id, title, {0} AS posted FROM needs WHERE {0} BETWEEN ?1 AND ?2 \
             OR id IN (SELECT value FROM report_counts WHERE event = 'need.answered' \
             AND dimension = 'need' AND month BETWEEN ?1 AND ?2)",
            berlin_month("created_at")
        ))
        .bind(&range)?;
    let entries = db
        .prepare(
            "SELECT COUNT(*) AS \"all\", COALESCE(SUM(confirmed_at >= ?1), 0) AS confirmed_last_year \
             FROM networks WHERE archived_at IS NULL",
        )
        .bind(&[year_ago.to_string().into()])?;
    let results = db.batch(vec![counts, needs, entries]).await?;
    let counts: Vec<Count> = crate::storage::nth(&results, 0)?.results()?;
    let needs: Vec<NeedHead> = crate::storage::nth(&results, 1)?.results()?;
    let entries: Vec<Entries> = crate::storage::nth(&results, 2)?.results()?;
    Ok((
        counts,
        needs,
        entries.into_iter().next().unwrap_or_default(),
    ))
}

#[cfg(test)]
#[path = "report_counts_tests.rs"]
mod tests;
