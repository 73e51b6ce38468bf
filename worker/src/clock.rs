//! The time: now (UTC, ISO 8601) from the platform, and the day and hour in Braunschweig
//! (`model::day`), which decide when a need expires and when the digest goes.

use model::day::{berlin_hour, Day};
use worker::js_sys;

/// Now, as `2026-11-30T14:05:00.000Z`.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Today in Braunschweig.
pub fn berlin_today() -> Day {
    Day::in_berlin(js_sys::Date::now())
}

/// What decides today whether an entry is stale: Braunschweig's date and wrangler.toml's
/// `CONFIRM_AFTER_DAYS`.
pub fn freshness(env: &worker::Env) -> model::network::freshness::Freshness {
    use model::network::freshness::{confirm_after_days, CONFIRM_AFTER_DAYS_VAR};
    let days = env
        .var(CONFIRM_AFTER_DAYS_VAR)
        .ok()
        .map(|value| value.to_string());
    model::network::freshness::Freshness {
        today: berlin_today(),
        confirm_after_days: confirm_after_days(days.as_deref()),
    }
}

/// The calendar day in Braunschweig at the moment `ms` (milliseconds since the epoch).
pub fn berlin_day_at(ms: f64) -> Day {
    Day::in_berlin(ms)
}

/// The hour (0–23) in Braunschweig at the moment `ms`: the daily digest goes at 7.
pub fn berlin_hour_at(ms: f64) -> u32 {
    berlin_hour(ms)
}

/// The moment `ms` as ISO 8601, UTC.
pub fn iso_at(ms: f64) -> String {
    js_sys::Date::new(&ms.into()).to_iso_string().into()
}
