//! The Leptos CSR app. Routes live in [`routes`], one file per page; shared pieces in
//! [`components`]; the one API client in [`api`]. Logic that can be tested without a
//! browser lives in `model` or in plain functions beside the components.

pub mod api;
pub mod components;
pub mod data;
pub mod routes;

use components::{footer::Footer, header::Header};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The whole app: header, the routed page, and the footer with the city's contact.
#[component]
pub fn App() -> impl IntoView {
    data::Directory::provide();
    view! {
        <Router>
            <a class="skip-link" href="#inhalt">"Zum Inhalt springen"</a>
            <Header/>
            <main id="inhalt" tabindex="-1">
                <Routes fallback=routes::not_found::NotFound>
                    <Route path=path!("") view=routes::map::MapPage/>
                    <Route path=path!("bezirk/:number") view=routes::district::DistrictPage/>
                    <Route path=path!("netzwerk/:slug") view=routes::network::NetworkPage/>
                    <Route path=path!("mitmachen") view=routes::register::RegisterPage/>
                    <Route path=path!("ueber") view=routes::about::AboutPage/>
                    <Route path=path!("kontakt") view=routes::contact::ContactPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
