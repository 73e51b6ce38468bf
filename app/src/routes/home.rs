//! `/`: the start page.

use leptos::prelude::*;
use leptos_router::components::A;

/// The start page.
#[component]
pub fn Home() -> impl IntoView {
    view! {
        <div class="page">
            <h1>"Ehrenamt für Geflüchtete in Braunschweig"</h1>
            <p>"Finden Sie Netzwerke in Ihrem Stadtbezirk und machen Sie mit."</p>
            <p><A href="/kontakt">"Kontakt zur Koordinierungsstelle"</A></p>
        </div>
    }
}
