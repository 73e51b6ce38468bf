//! Any path the app does not know.

use crate::html::escape;
use crate::i18n::{common::Common, map::Map, t};
use leptos::prelude::*;

/// A friendly "not found" page with a way back (static markup).
#[component]
pub fn NotFound() -> impl IntoView {
    let page = || {
        format!(
            "<h1>{}</h1><p>{} <a href=\"/\">{}</a></p>",
            escape(&t(Map::PageMissing)),
            escape(&t(Map::PageMissingText)),
            escape(&t(Common::BackToMap))
        )
    };
    view! { <div class="page" inner_html=page></div> }
}
