//! `/`: the map of the 12 Stadtbezirke, "Gerade gesucht", and the same districts as a list
//! of links.

use crate::components::district_list::DistrictList;
use crate::components::district_map::{map_markup, DistrictMap};
use crate::components::load_state::LoadError;
use crate::data::Directory;
use crate::i18n::{map::Map, t, AppWords};
use leptos::prelude::*;

/// The start page.
#[component]
pub fn MapPage() -> impl IntoView {
    view! {
        <MapLayout selected=Signal::derive(|| None) with_list=true>
            <div inner_html=model::render::map::intro(&AppWords).into_string()></div>
            <RecentNeeds/>
        </MapLayout>
    }
}

/// "Gerade gesucht": the newest open needs. While they load, a placeholder keeps their
/// place; if they cannot be loaded, the map does without them.
#[component]
fn RecentNeeds() -> impl IntoView {
    let needs = Directory::get().needs();
    let html = move || {
        needs.with(|needs| match needs {
            Some(Ok(needs)) => model::render::need::recent_needs(&AppWords, needs).into_string(),
            Some(Err(_)) => String::new(),
            None => model::render::need::recent_needs_loading().into_string(),
        })
    };
    view! { <div inner_html=html></div> }
}

/// The map beside (wide screens) or above (phones) the page's own content; `with_list` adds
/// the districts as a list of links after the content.
#[component]
pub fn MapLayout(
    #[prop(into)] selected: Signal<Option<u16>>,
    #[prop(optional)] with_list: bool,
    children: Children,
) -> impl IntoView {
    let directory = Directory::get();
    let districts = move || directory.districts.get();
    let map = move || match districts() {
        Some(Ok(districts)) => match map_markup(&districts, directory.kept_map()) {
            Some(markup) => view! { <DistrictMap markup selected/> }.into_any(),
            None => skeleton(),
        },
        None => skeleton(),
        Some(Err(error)) => {
            view! { <LoadError error on_retry=move || directory.reload()/> }.into_any()
        }
    };
    view! {
        <div class="map-layout">
            <section class="map-area" aria-label=t(Map::MapRegion)>
                {map}
                <p class="attribution">{t(Map::MapAttribution)}</p>
            </section>
            <div class="side">
                {children()}
                {move || match (with_list, districts()) {
                    (true, Some(Ok(districts))) => Some(view! { <DistrictList districts/> }),
                    _ => None,
                }}
            </div>
        </div>
    }
}

fn skeleton() -> AnyView {
    view! { <div class="map-skeleton" aria-busy="true"><span class="visually-hidden">{t(Map::MapLoading)}</span></div> }.into_any()
}
