//! The Leptos CSR app. Routes live in [`routes`], one file per page; shared pieces in
//! [`components`]; the one API client in [`api`]. Logic that can be tested without a
//! browser lives in `model` or in plain functions beside the components.

pub mod admin;
pub mod api;
pub mod components;
pub mod data;
pub mod html;
pub mod register;
pub mod routes;

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

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
/// static markup in index.html (they work before the wasm has loaded); links there are
/// handled by the router like any other.
#[component]
pub fn App() -> impl IntoView {
    data::Directory::provide();
    view! {
        <Router>
            <Routes fallback=routes::not_found::NotFound>
                <Route path=path!("") view=routes::map::MapPage/>
                <Route path=path!("bezirk/:number") view=routes::district::DistrictPage/>
                <Route path=path!("netzwerk/:slug") view=routes::network::NetworkPage/>
                <Route path=path!("ueber") view=routes::about::AboutPage/>
                <Route path=path!("kontakt") view=routes::contact::ContactPage/>
            </Routes>
        </Router>
    }
}
