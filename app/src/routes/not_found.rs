//! Any path the app does not know.

use leptos::prelude::*;

/// A friendly "not found" page with a way back (static markup).
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div
            class="page"
            inner_html=r#"<h1>Seite nicht gefunden</h1><p>Diese Seite gibt es nicht. <a href="/">Zur Karte</a></p>"#
        ></div>
    }
}
