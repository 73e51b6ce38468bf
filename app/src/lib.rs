//! The Leptos CSR app. Routes live in [`routes`], one file per page; shared pieces in
//! [`components`]; the map's API client in [`api`], over the one `fetch` of all three
//! binaries in [`fetch`]. Logic that can be tested without a
//! browser lives in `model` or in plain functions beside the components.

pub mod admin;
pub mod api;
pub mod components;
pub mod data;
pub mod fetch;
pub mod html;
pub mod i18n;
pub mod offline;
pub mod register;
pub mod router;
pub mod routes;

use leptos::prelude::*;
use router::{Location, Page};

/// Renders a view into the static page's `<main id="inhalt">` (the shell around it is HTML).
pub fn mount_into_main<F, N>(view: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    use wasm_bindgen::JsCast;
    let main = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("inhalt"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        leptos::mount::mount_to(main, view).forget();
    }
}

/// The routed page. The header, the footer with the city's contact and the skip link are
/// static markup from app/shell/ (they work before the wasm has loaded); links there are
/// handled by the router like any other.
#[component]
pub fn App() -> impl IntoView {
    data::Directory::provide();
    let location = Location::provide();
    i18n::shell::set_title(&i18n::t(i18n::map::Map::SiteTitle));
    let page = Memo::new(move |_| Page::of(&location.path.get()));
    let routed = move || match page.get() {
        Page::Map => routes::map::MapPage().into_any(),
        Page::District(number) => {
            routes::district::DistrictPage(routes::district::DistrictPageProps { number })
                .into_any()
        }
        Page::Network(slug) => {
            routes::network::NetworkPage(routes::network::NetworkPageProps { slug }).into_any()
        }
        Page::About => routes::about::AboutPage().into_any(),
        Page::Contact => routes::contact::ContactPage().into_any(),
        Page::NotFound => routes::not_found::NotFound().into_any(),
    };
    view! { <components::offline_note::OfflineNote/> {routed} }
}
