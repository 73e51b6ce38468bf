//! `/ueber`: what the Koordinierungsstelle does, and why.

use crate::html::{self, escape};
use crate::i18n::{map::Map, t};
use leptos::prelude::*;

/// Static text, rendered as markup (no reactive code needed for it).
fn about() -> String {
    format!(
        "<h1>{}</h1><p>{}</p><p>{}</p><h2>{}</h2><p>{}</p>{}",
        escape(&t(Map::AboutHeading)),
        escape(&t(Map::AboutConcept)),
        escape(&t(Map::AboutRole)),
        escape(&t(Map::AboutMissingHeading)),
        escape(&t(Map::AboutMissing)),
        html::contact_card()
    )
}

#[component]
pub fn AboutPage() -> impl IntoView {
    view! { <div class="page prose" inner_html=about></div> }
}
