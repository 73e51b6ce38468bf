//! The Leptos CSR app. Routes live in [`routes`], one file per page; shared pieces in
//! [`components`]. Logic that can be tested without a browser lives in `model`.

pub mod components;
pub mod routes;

use components::header::Header;
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The whole app: header, the routed page, and the footer with the city's contact.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <a class="skip-link" href="#inhalt">"Zum Inhalt springen"</a>
            <Header/>
            <main id="inhalt" tabindex="-1">
                <Routes fallback=routes::not_found::NotFound>
                    <Route path=path!("") view=routes::home::Home/>
                    <Route path=path!("kontakt") view=routes::contact::ContactPage/>
                </Routes>
            </main>
        </Router>
    }
}
