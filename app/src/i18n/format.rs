//! What the app adds to `model::render`'s formatting: plural rules and dates from the
//! browser's `Intl` (no plural or calendar data in the wasm), and the words by message id.

use model::lang::Lang;

/// The CLDR plural category from the browser (`Intl.PluralRules`).
#[cfg(target_arch = "wasm32")]
pub fn plural_category(n: u32, lang: Lang) -> String {
    let locales = js_sys::Array::of1(&lang.code().into());
    js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
        .select(f64::from(n))
        .into()
}

/// Outside the browser (unit tests): German and English rules are enough.
#[cfg(not(target_arch = "wasm32"))]
pub fn plural_category(n: u32, _lang: Lang) -> String {
    if n == 1 { "one" } else { "other" }.into()
}
