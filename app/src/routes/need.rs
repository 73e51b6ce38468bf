//! `/gesuch/<slug>` where the app, not the Worker, shows it: offline, for a need whose page
//! the service worker has not kept, or on Back to it from a page the app showed. (No reload
//! to the Worker's page here: offline with a server the phone thinks it reaches, that would
//! loop.) "Details" on the card loads the full page. The full page is the Worker's (links to it are
//! `rel="external"`); here the need's card stands in for it, from the kept needs, under the
//! way back to the map. The card is in the wasm anyway (the district's panel), the full page
//! would add to the first view's size budget.

use crate::components::load_state::loaded;
use crate::i18n::AppWords;
use leptos::prelude::*;
use model::render::need::need_card;
use model::render::pages::{not_found, title_and_description, Missing};
use model::route::Page;

/// `slug` is the path's segment, whatever was typed there.
#[component]
pub fn NeedPage(slug: String) -> impl IntoView {
    loaded(Box::new(move |needs, _| {
        let found = needs.iter().find(|n| n.slug == slug);
        let page = Page::Need(slug.clone());
        let (title, _) = title_and_description(&AppWords, &page, None, found);
        crate::i18n::shell::set_title(&title);
        let html = match found {
            Some(need) => model::html!(
                "<div class=\"page\">{breadcrumb}{card}</div>",
                breadcrumb = model::render::breadcrumb(&AppWords, need.district),
                card = need_card(&AppWords, need, 1),
            ),
            None => not_found(&AppWords, Missing::Need),
        };
        view! { <div inner_html=html.into_string()></div> }.into_any()
    }))
}
