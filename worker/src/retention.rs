//! Retention: registrations are kept `RETENTION_DAYS` (default 365) and then deleted, by a
//! daily cron trigger; the same run deletes expired rate-limit counts.

use crate::storage::{self, coordination};
use crate::ApiError;
use worker::Env;

pub const DEFAULT_DAYS: u32 = 365;
const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// `RETENTION_DAYS` as a number of days (at least 1).
pub fn parse_days(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse().ok())
        .filter(|d| *d >= 1)
        .unwrap_or(DEFAULT_DAYS)
}

/// The moment before which registrations are deleted.
pub fn cutoff_ms(now_ms: f64, days: u32) -> f64 {
    now_ms - f64::from(days) * DAY_MS
}

/// One run of the job. Returns how many registrations it deleted.
pub async fn run(env: &Env) -> Result<u32, ApiError> {
    let db = storage::database(env)?;
    let days = parse_days(
        env.var("RETENTION_DAYS")
            .ok()
            .map(|v| v.to_string())
            .as_deref(),
    );
    let now_ms = worker::js_sys::Date::now();
    let cutoff: String = worker::js_sys::Date::new(&cutoff_ms(now_ms, days).into())
        .to_iso_string()
        .into();
    let deleted = coordination::apply_retention(&db, &cutoff, now_ms).await?;
    if deleted > 0 {
        coordination::audit(
            &db,
            "system",
            &format!("retention.delete count={deleted}"),
            None,
        )
        .await?;
    }
    Ok(deleted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_default_to_a_year() {
        assert_eq!(parse_days(None), 365);
        assert_eq!(parse_days(Some("30")), 30);
        assert_eq!(parse_days(Some("0")), 365);
        assert_eq!(parse_days(Some("bald")), 365);
    }

    #[test]
    fn the_cutoff_is_that_many_days_back() {
        assert_eq!(cutoff_ms(10.0 * DAY_MS, 3), 7.0 * DAY_MS);
    }
}
