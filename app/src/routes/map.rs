//! `/`: the map of the 12 Stadtbezirke, with the same districts as a list of links.

use crate::components::district_list::DistrictList;
use crate::components::district_map::DistrictMap;
use crate::components::load_state::LoadError;
use crate::data::Directory;
use leptos::prelude::*;

/// The attribution the ODbL asks for, and the honest caveat about the shapes.
pub const ATTRIBUTION: &str =
    "Kartengrundlage: © OpenStreetMap-Mitwirkende, ODbL. Bezirksgrenzen vereinfacht, nicht amtlich.";

/// The start page.
#[component]
pub fn MapPage() -> impl IntoView {
    let directory = Directory::get();
    view! {
        <MapLayout selected=Signal::derive(|| None)>
            <div class="intro">
                <h1>"Ehrenamt für Geflüchtete in Braunschweig"</h1>
                <p>"Wählen Sie Ihren Stadtbezirk: Sie sehen, welche Netzwerke es dort gibt und wie Sie mitmachen können."</p>
            </div>
            {move || match directory.districts.get() {
                Some(Ok(districts)) => view! { <DistrictList districts selected=Signal::derive(|| None)/> }.into_any(),
                _ => ().into_any(),
            }}
        </MapLayout>
    }
}

/// The map beside (wide screens) or above (phones) the page's own content.
#[component]
pub fn MapLayout(#[prop(into)] selected: Signal<Option<u16>>, children: Children) -> impl IntoView {
    let directory = Directory::get();
    view! {
        <div class="map-layout">
            <section class="map-area" aria-label="Karte">
                {move || match directory.districts.get() {
                    None => view! { <div class="map-skeleton" aria-busy="true"><span class="visually-hidden">"Karte wird geladen …"</span></div> }.into_any(),
                    Some(Ok(districts)) => view! { <DistrictMap districts selected/> }.into_any(),
                    Some(Err(error)) => view! { <LoadError error on_retry=move || directory.reload()/> }.into_any(),
                }}
                <p class="attribution">{ATTRIBUTION}</p>
            </section>
            <div class="side">{children()}</div>
        </div>
    }
}
