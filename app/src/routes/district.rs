//! `/bezirk/<number>`: the district on the map and a panel with its networks and the city-wide ones.

use crate::components::filters::{use_filter, Filters};
use crate::components::load_state::loaded;
use crate::i18n::{map::Map, t, AppWords};
use crate::router::Location;
use crate::routes::map::MapLayout;
use leptos::html;
use leptos::prelude::*;
use model::district;
use model::render::pages::district_results;
use wasm_bindgen::JsCast;

/// `number` is the path's segment, whatever was typed there.
#[component]
pub fn DistrictPage(number: String) -> impl IntoView {
    let number = number
        .parse::<u16>()
        .ok()
        .filter(|n| district::name_of(*n).is_some());
    match number {
        Some(number) => view! {
            <MapLayout selected=Signal::stored(Some(number))>
                <DistrictPanel number/>
            </MapLayout>
        }
        .into_any(),
        None => view! {
            <crate::routes::not_found::NotFound missing=model::render::pages::Missing::District/>
        }
        .into_any(),
    }
}

/// The panel: a bottom sheet on phones, a side panel on wide screens, with the district's
/// open needs above its networks, both filtered alike. Focus moves to its
/// heading when it opens, so keyboard and screen reader users land on the result; Escape
/// or "×" closes it and the focus goes back to the district on the map.
#[component]
fn DistrictPanel(number: u16) -> impl IntoView {
    let filter = use_filter();
    let name = district::name_of(number).unwrap_or_default();
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let list = loaded(Box::new(move |needs, networks| {
        let filter = filter.get();
        let (count, cards) = district_results(&AppWords, needs, networks, number, &filter);
        view! {
            <p class="result-count" aria-live="polite" aria-atomic="true">{count}</p>
            <div class="cards" inner_html=cards.into_string()></div>
        }
        .into_any()
    }));
    let close = move || {
        crate::components::district_map::return_focus_to(number);
        Location::get().navigate("/", false);
    };
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let in_text_field = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| !input.value().is_empty());
        if event.key() == "Escape" && !in_text_field {
            event.prevent_default();
            close();
        }
    };
    let on_close = move |event: web_sys::MouseEvent| {
        if !(event.ctrl_key() || event.meta_key() || event.shift_key()) {
            event.prevent_default();
            close();
        }
    };
    view! {
        <section class="panel" aria-labelledby="panel-title" on:keydown=on_keydown>
            <div class="panel-head">
                <h1 id="panel-title" tabindex="-1" node_ref=heading lang="de">{name}</h1>
                <a href="/" class="close" aria-label=t(Map::DistrictClose) on:click=on_close>"×"</a>
            </div>
            <p class="panel-lead">{t(Map::DistrictLead)}</p>
            <Filters filter/>
            {list}
            <p class="panel-join">
                <a href=format!("/mitmachen?bezirk={number}") class="button" rel="external">{t(Map::JoinHere)}</a>
            </p>
            <p class="panel-suggest"><a href="/netzwerk-vorschlagen" rel="external">{t(Map::SuggestLink)}</a></p>
        </section>
    }
}
