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
    let options = js_sys::Object::new();
    for (key, value) in [
        ("timeZone", "Europe/Berlin"),
        ("year", "numeric"),
        ("month", "2-digit"),
        ("day", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let locales = js_sys::Array::of1(&"en-CA".into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
    format
        .call1(&JsValue::UNDEFINED, &js_sys::Date::new_0())
        .ok()
        .and_then(|text| text.as_string())
        .filter(|text| model::validate::is_date(text))
        // Without time zone data: UTC's date, at most a day off around midnight.
        .unwrap_or_else(|| now_iso().chars().take(10).collect())
}
