//! `/netzwerk/<slug>`: everything known about one network, with the ways to reach it and its
//! open needs.

use crate::components::load_state::loaded;
use crate::i18n::AppWords;
use leptos::prelude::*;
use model::render::pages::{network_page, not_found, title_and_description, Missing};
use model::route::Page;

/// `slug` is the path's segment, whatever was typed there.
#[component]
pub fn NetworkPage(slug: String) -> impl IntoView {
    loaded(Box::new(move |needs, networks| {
        let found = networks.iter().find(|n| n.slug == slug);
        let page = Page::Network(slug.clone());
        let (title, _) = title_and_description(&AppWords, &page, found, None);
        crate::i18n::shell::set_title(&title);
        let html = match found {
            Some(network) => network_page(&AppWords, network, needs),
            None => not_found(&AppWords, Missing::Network),
        };
        view! { <div inner_html=html.into_string()></div> }.into_any()
    }))
}
