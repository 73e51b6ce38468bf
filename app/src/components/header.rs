//! The site header: product name (a link home) and the way to the city's contact.

use leptos::prelude::*;
use leptos_router::components::A;

/// The header on every page. "Kontakt" keeps the Koordinierungsstelle one tap away.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">
                <span class="brand-name">"Netzwerkkarte Ehrenamt"</span>
                <span class="brand-city">"Braunschweig"</span>
            </A>
            <nav aria-label="Hauptmenü">
                <A href="/ueber">"Über"</A>
                <A href="/kontakt" attr:class="nav-contact">"Kontakt"</A>
            </nav>
        </header>
    }
}
