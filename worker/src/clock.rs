//! The time: now (UTC, ISO 8601) and today's date in Europe/Berlin, which decides when a need
//! expires. The platform's `Intl` knows the time zones; no crate of ours carries them.

use wasm_bindgen::JsValue;
use worker::js_sys;

/// Now, as `2026-11-30T14:05:00.000Z`.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Today in Braunschweig, `YYYY-MM-DD` (`en-CA` writes dates that way).
pub fn berlin_today() -> String {
    berlin_day_at(js_sys::Date::now())
}

/// The calendar day in Braunschweig at the moment `ms` (milliseconds since the epoch).
pub fn berlin_day_at(ms: f64) -> String {
    berlin(
        ms,
        &[
            ("year", "numeric"),
            ("month", "2-digit"),
            ("day", "2-digit"),
        ],
    )
    .filter(|text| model::validate::is_date(text))
    // Without time zone data: UTC's date, at most a day off around midnight.
    .unwrap_or_else(|| iso_at(ms).chars().take(10).collect())
}

/// The hour (0–23) in Braunschweig at the moment `ms`: the daily digest goes at 7.
pub fn berlin_hour_at(ms: f64) -> Option<u32> {
    berlin(ms, &[("hour", "numeric"), ("hourCycle", "h23")])?
        .trim()
        .parse()
        .ok()
}

/// The moment `ms` as ISO 8601, UTC.
pub fn iso_at(ms: f64) -> String {
    js_sys::Date::new(&ms.into()).to_iso_string().into()
}

/// The moment `ms` formatted in Europe/Berlin with `fields` (`Intl.DateTimeFormat` options).
fn berlin(ms: f64, fields: &[(&str, &str)]) -> Option<String> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"Europe/Berlin".into());
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    let locales = js_sys::Array::of1(&"en-CA".into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
    format
        .call1(&JsValue::UNDEFINED, &js_sys::Date::new(&ms.into()))
        .ok()
        .and_then(|text| text.as_string())
}
