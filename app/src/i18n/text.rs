//! The texts in the page's language: each bundle's German templates compiled in (`build.rs`),
//! the other languages fetched once chosen, and the current language. `t` and `tr` read a
//! message; [`AppWords`] gives `model::render` the same words by Fluent id.

use super::format::plural_category;
use model::lang::Lang;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;

/// One bundle's German templates and where its other languages are.
pub struct Bundle {
    pub german: &'static [&'static str],
    /// The Fluent message ids, in the same order (for `model::render`'s words by id).
    pub ids: &'static [&'static str],
    pub files: &'static [(&'static str, &'static str)],
}

/// A message of one bundle.
pub trait Text: Copy {
    fn bundle() -> &'static Bundle;
    fn index(self) -> usize;
}

pub mod common {
    use super::{Bundle, Text};
    include!(concat!(env!("OUT_DIR"), "/i18n_common.rs"));
}
pub mod map {
    use super::{Bundle, Text};
    include!(concat!(env!("OUT_DIR"), "/i18n_map.rs"));
}
pub mod register {
    use super::{Bundle, Text};
    include!(concat!(env!("OUT_DIR"), "/i18n_register.rs"));
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::De) };
    /// The loaded translations: (bundle's German table, language, templates).
    static LOADED: RefCell<Vec<(usize, Lang, Vec<String>)>> = const { RefCell::new(Vec::new()) };
    /// The bundles this page uses, set once at start.
    static BUNDLES: RefCell<&'static [&'static Bundle]> = const { RefCell::new(&[]) };
}

fn bundle_id(bundle: &'static Bundle) -> usize {
    bundle as *const Bundle as usize
}

/// The language the page shows.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// The template of message `index` of `bundle` in `lang`, German if there is none.
fn template(bundle: &'static Bundle, index: usize, lang: Lang) -> String {
    let translated = LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(id, l, _)| *id == bundle_id(bundle) && *l == lang)
            .and_then(|(_, _, templates)| templates.get(index).cloned())
            .filter(|template| !template.is_empty())
    });
    translated.unwrap_or_else(|| bundle.german[index].to_string())
}

// One copy of the lookup for every message type: `t` and `tr` stay a call each.
#[inline(never)]
fn text(bundle: &'static Bundle, index: usize, args: &[(&str, &str)]) -> String {
    let lang = lang();
    model::render::format(&template(bundle, index, lang), args, &|n| {
        plural_category(n, lang)
    })
}

/// A message in the current language.
pub fn t<T: Text>(key: T) -> String {
    text(T::bundle(), key.index(), &[])
}

/// A message with variables, e.g. `tr(Map::FoundCount, &[("count", "3")])`.
pub fn tr<T: Text>(key: T, args: &[(&str, &str)]) -> String {
    text(T::bundle(), key.index(), args)
}

/// A message of this page's bundles by its Fluent id (the id itself if unknown).
pub fn by_id(id: &str, args: &[(&str, &str)]) -> String {
    let bundles = BUNDLES.with(|b| *b.borrow());
    for bundle in bundles {
        if let Some(index) = bundle.ids.iter().position(|known| *known == id) {
            return text(bundle, index, args);
        }
    }
    id.to_string()
}

/// Fetches one language's file of one bundle; `None` if it cannot be had (German remains).
async fn fetch_templates(url: &str) -> Option<Vec<String>> {
    let response = crate::fetch::send("GET", url, &[], None).await?;
    if !response.ok() {
        return None;
    }
    let array: js_sys::Array = crate::fetch::json(&response).await?.dyn_into().ok()?;
    // One string across the boundary, not one per template: on a phone's start that is
    // milliseconds (no template contains the separator, `i18n/compile.rs` refuses it).
    let joined = String::from(array.join("\u{1f}"));
    Some(joined.split('\u{1f}').map(str::to_string).collect())
}

/// Loads what `lang` needs of this page's bundles; false if any is missing.
pub async fn load(lang: Lang) -> bool {
    let mut complete = true;
    let bundles = BUNDLES.with(|b| *b.borrow());
    for bundle in bundles {
        let loaded = LOADED.with(|loaded| {
            loaded
                .borrow()
                .iter()
                .any(|(id, l, _)| *id == bundle_id(bundle) && *l == lang)
        });
        let file = bundle.files.iter().find(|(code, _)| *code == lang.code());
        if let (false, Some((_, url))) = (loaded, file) {
            match fetch_templates(url).await {
                Some(templates) => {
                    LOADED.with(|l| l.borrow_mut().push((bundle_id(bundle), lang, templates)))
                }
                None => complete = false,
            }
        }
    }
    complete
}

/// Sets the page's language, once its texts are loaded.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

/// The bundles this page uses, set once at start.
pub fn use_bundles(bundles: &'static [&'static Bundle]) {
    BUNDLES.with(|b| *b.borrow_mut() = bundles);
}

/// An activity's label in the current language.
pub fn activity(activity: model::Activity) -> String {
    model::render::activity(&AppWords, activity)
}

/// A language's name in the current language (unknown codes as they are).
pub fn language_name(code: &str) -> String {
    model::render::language_name(&AppWords, code)
}

/// A moment (ISO 8601) as Braunschweig's clock shows it, with the day: "3.12., 13:20" in
/// the reader's language (the browser's `Intl`); outside the browser, as it came.
pub fn moment(iso: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let date = js_sys::Date::new(&iso.into());
        if !date.get_time().is_nan() {
            let options = js_sys::Object::new();
            for (key, value) in [
                ("timeZone", "Europe/Berlin"),
                ("day", "numeric"),
                ("month", "numeric"),
                ("hour", "2-digit"),
                ("minute", "2-digit"),
            ] {
                let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
            }
            return date.to_locale_string(lang().code(), &options).into();
        }
    }
    iso.to_string()
}

/// "2026-11-25…" as people write dates: 25.11.2026 in German, the browser's way otherwise.
pub fn date(iso: &str) -> String {
    let lang = lang();
    let german = model::render::german_date(iso);
    #[cfg(target_arch = "wasm32")]
    if lang != Lang::De {
        let date = js_sys::Date::new(&iso.get(0..10).unwrap_or(iso).into());
        if !date.get_time().is_nan() {
            return date
                .to_locale_date_string(lang.code(), &js_sys::Object::new())
                .into();
        }
    }
    let _ = lang;
    german
}

/// The app's words for `model::render`: the map's and the common bundle, by message id.
pub struct AppWords;

impl model::render::Words for AppWords {
    fn text(&self, id: &str, args: &[(&str, &str)]) -> String {
        by_id(id, args)
    }

    fn date(&self, iso: &str) -> String {
        date(iso)
    }

    fn lang(&self) -> Lang {
        lang()
    }
}
