//! `/kontakt`: how to reach the Koordinierungsstelle.

use crate::html::{self, escape};
use crate::i18n::{map::Map, t};
use leptos::prelude::*;

/// The contact page (static markup).
#[component]
pub fn ContactPage() -> impl IntoView {
    let page = || {
        format!(
            "<h1>{}</h1><p>{}</p>{}",
            escape(&t(Map::ContactHeading)),
            escape(&t(Map::ContactIntro)),
            html::contact_card()
        )
    };
    view! { <div class="page" inner_html=page></div> }
}
