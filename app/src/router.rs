//! A small client-side router for the map's five pages. `leptos_router` would do the same,
//! but it is the largest part of the wasm after Leptos itself, and the first view has a size
//! budget; the app needs only this: the path decides the page, the query holds the filters,
//! links within the app change the URL without a page load, Back and Forward work.

use crate::i18n;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub use model::route::Page;

/// The address bar as signals: the path and the query string (`?…` or empty).
#[derive(Clone, Copy)]
pub struct Location {
    pub path: RwSignal<String>,
    pub search: RwSignal<String>,
}

fn window_location() -> (String, String) {
    web_sys::window()
        .map(|w| w.location())
        .map(|l| {
            (
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default(),
            )
        })
        .unwrap_or_default()
}

impl Location {
    /// Starts following the address bar: links and Back/Forward.
    pub fn provide() -> Location {
        let (path, search) = window_location();
        let location = Location {
            path: RwSignal::new(path),
            search: RwSignal::new(search),
        };
        provide_context(location);
        if let Some(window) = web_sys::window() {
            let on_popstate = Closure::<dyn Fn()>::new(move || location.sync());
            let _ = window
                .add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
            on_popstate.forget();
            let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event| {
                if let Some(target) = internal_link_target(&event) {
                    event.prevent_default();
                    location.navigate(&target, false);
                }
            });
            if let Some(document) = window.document() {
                let _ = document
                    .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
            }
            on_click.forget();
        }
        location
    }

    pub fn get() -> Location {
        expect_context::<Location>()
    }

    fn sync(&self) {
        let (path, search) = window_location();
        if self.path.get_untracked() != path {
            self.path.set(path);
        }
        if self.search.get_untracked() != search {
            self.search.set(search);
        }
    }

    /// Goes to `target` (a path with an optional query) within the app. `replace` changes
    /// the current history entry and keeps the scroll position (the filters do that).
    pub fn navigate(&self, target: &str, replace: bool) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let (query, hash) = query.split_once('#').unwrap_or((query, ""));
        let hash = if hash.is_empty() {
            String::new()
        } else {
            format!("#{hash}")
        };
        // The language stays in the URL from page to page.
        let url = format!("{path}{}{hash}", i18n::lang::with_lang(query, i18n::lang()));
        if let Ok(history) = window.history() {
            let _ = if replace {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
            } else {
                history.push_state_with_url(&JsValue::NULL, "", Some(&url))
            };
        }
        if !replace {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.sync();
    }

    /// The value of a query parameter, decoded.
    pub fn query(&self, key: &str) -> Option<String> {
        self.search
            .with(|search| model::url::query_value(search, key))
    }
}

/// Where a click on a same-origin link in the app should go, if the app handles it: the
/// primary button without modifier keys, no `target`, `download` or `rel="external"`.
fn internal_link_target(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let link = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    if link.has_attribute("target")
        || link.has_attribute("download")
        || link
            .get_attribute("rel")
            .is_some_and(|rel| rel.contains("external"))
    {
        return None;
    }
    let href = link.get_attribute("href")?;
    // In-page anchors (the skip link) stay the browser's: focus and scrolling are its job.
    if href.starts_with('#') {
        return None;
    }
    let location = web_sys::window()?.location();
    let url = web_sys::Url::new_with_base(&href, &location.href().ok()?).ok()?;
    (url.origin() == location.origin().ok()?)
        .then(|| format!("{}{}{}", url.pathname(), url.search(), url.hash()))
}
