//! The districts as a plain list of links: the accessible alternative to the map.

use leptos::prelude::*;
use model::district::networks_label;
use model::District;

#[component]
pub fn DistrictList(
    districts: Vec<District>,
    #[prop(into)] selected: Signal<Option<u16>>,
) -> impl IntoView {
    view! {
        <nav class="district-list" aria-labelledby="district-list-title">
            <h2 id="district-list-title">"Alle Stadtbezirke"</h2>
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
                                    <span class="district-name">{district.name}</span>
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
