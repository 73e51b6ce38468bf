//! The Leptos CSR app. Routes live in [`routes`], one file per page; shared pieces in
//! [`components`]; the map's API client in [`api`], over the one `fetch` of all three
//! binaries in [`fetch`]. Logic that can be tested without a
//! browser lives in `model` or in plain functions beside the components.

pub mod admin;
pub mod adopt;
pub mod api;
pub mod components;
pub mod data;
pub mod editor;
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
        leptos::mount::mount_to(main.clone(), view).forget();
        // The app has taken over (tests wait for this, and it is useful in a bug report).
        let _ = main.set_attribute(model::shell::READY, "");
    }
}

/// The routed page. The header, the footer with the city's contact and the skip link are
/// static markup from app/shell/ (they work before the wasm has loaded); links there are
/// handled by the router like any other.
#[component]
pub fn App() -> impl IntoView {
    let sent = adopt::start();
    data::Directory::provide();
    let location = Location::provide();
    let first_path = location.path.get_untracked();
    let page = Memo::new(move |_| Page::of(&location.path.get()));
    // The Worker's page stays until the reader goes to another path (see `adopt`).
    // `sent` is false for another path's page (the service worker's offline copy): its
    // content goes at once, after `Directory` has read the districts and the map from it.
    let adopted = Memo::new(move |before: Option<&bool>| {
        let still = sent && before.copied().unwrap_or(true) && location.path.get() == first_path;
        if !still {
            adopt::end();
        }
        still
    });
    // Each page its own title (the Worker's first page has it already).
    Effect::new(move |_| {
        let page = page.get();
        // A network's and a need's page set theirs once their data is there.
        if !adopted.get() && !matches!(page, Page::Network(_) | Page::Need(_)) {
            let (title, _) =
                model::render::pages::title_and_description(&i18n::AppWords, &page, None, None);
            i18n::shell::set_title(&title);
        }
    });
    if let (true, Page::District(number)) = (sent, page.get_untracked()) {
        if let Ok(number) = number.parse() {
            adopt::wire_district(number, location);
        }
    }
    let routed = move || {
        if adopted.get() {
            return ().into_any();
        }
        routed_page(page.get())
    };
    view! { <components::offline_note::OfflineNote/> {routed} }
}

/// The page for a route, rendered by the app.
fn routed_page(page: Page) -> AnyView {
    match page {
        Page::Map => routes::map::MapPage().into_any(),
        Page::District(number) => {
            routes::district::DistrictPage(routes::district::DistrictPageProps { number })
                .into_any()
        }
        Page::Network(slug) => {
            routes::network::NetworkPage(routes::network::NetworkPageProps { slug }).into_any()
        }
        Page::Need(slug) => routes::need::NeedPage(routes::need::NeedPageProps { slug }).into_any(),
        Page::About => routes::about::AboutPage().into_any(),
        Page::Contact => routes::contact::ContactPage().into_any(),
        Page::NotFound => view! { <routes::not_found::NotFound/> }.into_any(),
    }
}
