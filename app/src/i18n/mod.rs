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
pub mod text;

pub use model::render::german_date;
pub use text::{
    activity, by_id, common, date, lang, language_name, map, moment, register, t, tr, AppWords,
};

use model::lang::Lang;
use text::Bundle;

/// Sets up the language for a page that uses `bundles`, then runs `mount`: the first paint
/// is already in the person's language. Each step is a task of its own, so none blocks a
/// tap for long: the wasm's instantiation, the switcher, the language, the address bar's
/// `?lang=`, the texts' fetch, the mount.
pub fn start(bundles: &'static [&'static Bundle], mount: impl FnOnce() + 'static) {
    text::use_bundles(bundles);
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
        let lang = if lang == Lang::De || text::load(lang).await {
            lang
        } else {
            Lang::De
        };
        text::set_lang(lang);
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
