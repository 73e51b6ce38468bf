//! The districts as a plain list of links: the accessible alternative to the map.

use crate::i18n::{map::Map, t, tr};
use leptos::prelude::*;
use model::District;

/// "1 Netzwerk", "2 Netzwerke": the count as the map and the list say it.
pub fn networks_label(count: u32) -> String {
    tr(Map::NetworkCount, &[("count", &count.to_string())])
}

#[component]
pub fn DistrictList(
    districts: Vec<District>,
    #[prop(into)] selected: Signal<Option<u16>>,
) -> impl IntoView {
    view! {
        <nav class="district-list" aria-labelledby="district-list-title">
            <h2 id="district-list-title">{t(Map::AllDistricts)}</h2>
            <ul>
                {districts
                    .into_iter()
                    .map(|district| {
                        let number = district.number;
                        view! {
                            <li>
                                <a href=format!("/bezirk/{number}") class=move || {
                                    if selected.get() == Some(number) { "selected" } else { "" }
                                }>
                                    <span class="district-name" lang="de">{district.name}</span>
                                    <span class="district-count">{networks_label(district.network_count)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
