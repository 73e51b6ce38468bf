//! The interface in five languages: German (compiled in), English, Arabic, Persian and
//! Ukrainian (fetched when chosen). The texts live in `app/locales/<lang>/<bundle>.ftl`
//! (Fluent); `build.rs` turns them into one enum per bundle, so a misspelt message is a
//! compile error, and xtask writes the other languages beside the wasm.
//!
//! The language comes from `?lang=`, then the page the Worker sent, then the `sprache` cookie,
//! then the browser, then German. It is fixed for the life of a page: the switcher loads the
//! page again in the new language (its links are plain `?lang=` links), which keeps
//! re-rendering machinery out of the wasm.

mod format;
pub mod lang;
pub mod shell;

pub use format::{plural_category, AppWords};
pub use lang::Lang;
pub use model::render::german_date;

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
async fn load(lang: Lang) -> bool {
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

/// Sets up the language for a page that uses `bundles`, then runs `mount`: the first paint
/// is already in the person's language. Each step is a task of its own, so none blocks a
/// tap for long: the wasm's instantiation, the switcher, the language, the address bar's
/// `?lang=`, the texts' fetch, the mount.
pub fn start(bundles: &'static [&'static Bundle], mount: impl FnOnce() + 'static) {
    BUNDLES.with(|b| *b.borrow_mut() = bundles);
    // Leptos' executor starts with the first mount: this runs before, on the browser's own.
    wasm_bindgen_futures::spawn_local(async move {
        yield_to_browser().await;
        shell::wire_switcher();
        // Every first call into the browser costs the wasm a wrapper: this task stays short.
        yield_to_browser().await;
        let lang = lang::initial();
        // The first history change costs a phone's start several milliseconds.
        yield_to_browser().await;
        lang::sync_url(lang);
        // Half a language is worse than German: right-to-left German, wrong plurals.
        let lang = if lang == Lang::De || load(lang).await {
            lang
        } else {
            Lang::De
        };
        CURRENT.with(|current| current.set(lang));
        shell::apply(lang);
        yield_to_browser().await;
        mount();
    });
}

/// Resolves in a new task (`setTimeout(…, 0)`), so input and painting can run in between.
pub(crate) async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// An activity's label in the current language.
pub fn activity(activity: model::Activity) -> String {
    model::render::activity(&AppWords, activity)
}

/// A language's name in the current language (unknown codes as they are).
pub fn language_name(code: &str) -> String {
    model::render::language_name(&AppWords, code)
}

/// "2026-11-25…" as people write dates: 25.11.2026 in German, the browser's way otherwise.
pub fn date(iso: &str) -> String {
    let lang = lang();
    let german = german_date(iso);
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
