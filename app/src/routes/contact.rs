//! `/kontakt`: how to reach the Koordinierungsstelle.

use crate::i18n::AppWords;
use leptos::prelude::*;

/// The contact page (static markup from `model::render`).
#[component]
pub fn ContactPage() -> impl IntoView {
    view! { <div inner_html=model::render::pages::contact(&AppWords).into_string()></div> }
}
