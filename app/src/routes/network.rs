//! `/netzwerk/<slug>`: everything known about one network, with the ways to reach it.

use crate::components::load_state::loaded;
use crate::data::Directory;
use crate::html;
use crate::i18n::{common::Common, map::Map, t};
use leptos::prelude::*;

/// `slug` is the path's segment, whatever was typed there.
#[component]
pub fn NetworkPage(slug: String) -> impl IntoView {
    let page = loaded(
        Directory::get().networks(),
        Box::new(move |networks| {
            match networks.into_iter().find(|n| n.slug == slug) {
            Some(network) => view! { <article class="network-detail" inner_html=html::network_detail(&network)></article> }.into_any(),
            None => view! {
                <h1>{t(Map::NetworkMissing)}</h1>
                <p>{t(Map::NetworkMissingText)}" "<a href="/">{t(Common::BackToMap)}</a></p>
            }
            .into_any(),
        }
        }),
    );
    view! { <div class="page">{page}</div> }
}
