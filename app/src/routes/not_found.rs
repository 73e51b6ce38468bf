//! Any path the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

/// A friendly "not found" page with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="page">
            <h1>"Seite nicht gefunden"</h1>
            <p>"Diese Seite gibt es nicht. "<A href="/">"Zur Karte"</A></p>
        </div>
    }
}
