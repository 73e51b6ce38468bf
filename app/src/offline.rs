//! Offline: the service worker (public/sw.js) keeps the map's files and the last data; the
//! page says when what it shows is that offline copy.

use crate::i18n;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Installs the service worker in a task of its own, after the app has started (browsers
/// without one simply stay online-only).
pub fn register_service_worker_soon() {
    wasm_bindgen_futures::spawn_local(async {
        i18n::yield_to_browser().await;
        register_service_worker();
    });
}

fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register("/sw.js");
    }
}

/// Runs `then` each time the browser is back online.
pub fn when_online(then: impl Fn() + 'static) {
    if let Some(window) = web_sys::window() {
        let callback = Closure::<dyn Fn()>::new(then);
        let _ =
            window.add_event_listener_with_callback("online", callback.as_ref().unchecked_ref());
        callback.forget();
    }
}

/// An ISO time as people read it in the page's language ("25.11.2026, 14:05").
pub fn date_time(iso: &str) -> String {
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(i18n::lang().code(), &options).into()
}
