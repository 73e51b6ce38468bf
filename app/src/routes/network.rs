//! `/netzwerk/<slug>`: everything known about one network, with the ways to reach it.

use crate::components::load_state::loaded;
use crate::data::Directory;
use crate::html;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NetworkPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.get().get("slug").unwrap_or_default());
    let page = loaded(
        Directory::get().networks(),
        Box::new(move |networks| {
            match networks.into_iter().find(|n| n.slug == slug.get()) {
            Some(network) => view! { <article class="network-detail" inner_html=html::network_detail(&network)></article> }.into_any(),
            None => view! {
                <h1>"Netzwerk nicht gefunden"</h1>
                <p>"Dieses Netzwerk gibt es nicht (mehr). "<a href="/">"Zur Karte"</a></p>
            }
            .into_any(),
        }
        }),
    );
    view! { <div class="page">{page}</div> }
}
