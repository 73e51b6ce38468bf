//! Plural rules and dates for the pages' words, from workerd's `Intl` (as the app takes them
//! from the browser's): no plural or calendar data in the Worker's wasm.

/// The CLDR plural category of a number in `lang`.
pub fn plural(lang: &str) -> impl Fn(u32) -> String + '_ {
    move |n| {
        #[cfg(target_arch = "wasm32")]
        {
            use worker::js_sys;
            let locales = js_sys::Array::of1(&lang.into());
            js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
                .select(f64::from(n))
                .into()
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = lang;
            if n == 1 { "one" } else { "other" }.to_string()
        }
    }
}

/// "2026-11-25…" as `lang` writes dates: 25.11.2026 in German, `Intl`'s way otherwise.
pub fn date(lang: &str) -> impl Fn(&str) -> String + '_ {
    move |iso| {
        #[cfg(target_arch = "wasm32")]
        if lang != "de" {
            use worker::js_sys;
            let date = js_sys::Date::new(&iso.get(0..10).unwrap_or(iso).into());
            if !date.get_time().is_nan() {
                return date
                    .to_locale_date_string(lang, &js_sys::Object::new())
                    .into();
            }
        }
        let _ = lang;
        model::render::german_date(iso)
    }
}
