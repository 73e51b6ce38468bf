//! `/ueber`: what the Koordinierungsstelle does, and why.

use crate::i18n::AppWords;
use leptos::prelude::*;

/// Static text from `model::render` (no reactive code needed for it).
#[component]
pub fn AboutPage() -> impl IntoView {
    view! { <div inner_html=model::render::pages::about(&AppWords).into_string()></div> }
}
