//! The words the pages and the mails are written with, in one language: the templates xtask
//! compiled (`assets.rs`), with plural rules and dates from workerd's `Intl` (as the app takes
//! them from the browser's): no plural or calendar data in the Worker's wasm.

use crate::error::ApiError;
use model::lang::Lang;
use model::render::{Table, Words};
use worker::Env;

/// The words of one language, as the pages and mails use them.
pub struct PageWords {
    lang: Lang,
    templates: Vec<(String, String)>,
}

impl PageWords {
    pub async fn load(env: &Env, lang: Lang) -> Result<Self, ApiError> {
        Ok(Self {
            lang,
            templates: crate::assets::words(env, lang).await?,
        })
    }

    fn table<T>(&self, read: impl FnOnce(&Table) -> T) -> T {
        let (plural, date) = (plural(self.lang), date(self.lang));
        read(&Table {
            lang: self.lang,
            templates: &self.templates,
            plural: &plural,
            date: &date,
        })
    }
}

impl Words for PageWords {
    fn text(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.table(|table| table.text(id, args))
    }

    fn date(&self, iso: &str) -> String {
        self.table(|table| table.date(iso))
    }

    fn lang(&self) -> Lang {
        self.lang
    }
}

/// The CLDR plural category of a number in `lang`.
fn plural(lang: Lang) -> impl Fn(u32) -> String {
    move |n| {
        #[cfg(target_arch = "wasm32")]
        {
            use worker::js_sys;
            let locales = js_sys::Array::of1(&lang.code().into());
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
fn date(lang: Lang) -> impl Fn(&str) -> String {
    move |iso| {
        #[cfg(target_arch = "wasm32")]
        if lang != Lang::De {
            use worker::js_sys;
            let date = js_sys::Date::new(&iso.get(0..10).unwrap_or(iso).into());
            if !date.get_time().is_nan() {
                return date
                    .to_locale_date_string(lang.code(), &js_sys::Object::new())
                    .into();
            }
        }
        let _ = lang;
        model::render::german_date(iso)
    }
}
