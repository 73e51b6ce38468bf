//! `/bezirk/<number>`: the district on the map and a panel with its networks and the city-wide ones.

use crate::components::filters::{use_filter, Filters};
use crate::components::load_state::loaded;
use crate::data::Directory;
use crate::html::network_card;
use crate::routes::map::MapLayout;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use model::{district, NetworkFilter};

/// "3 Netzwerke gefunden", for the live region.
pub fn result_count(count: usize) -> String {
    match count {
        0 => "Keine Netzwerke gefunden.".into(),
        1 => "1 Netzwerk gefunden.".into(),
        n => format!("{n} Netzwerke gefunden."),
    }
}

#[component]
pub fn DistrictPage() -> impl IntoView {
    let params = use_params_map();
    let number = Memo::new(move |_| {
        params
            .get()
            .get("number")
            .and_then(|n| n.parse::<u16>().ok())
            .filter(|n| district::name_of(*n).is_some())
    });
    view! {
        <MapLayout selected=number>
            {move || match number.get() {
                Some(number) => view! { <DistrictPanel number/> }.into_any(),
                None => view! {
                    <section class="panel">
                        <h1>"Diesen Stadtbezirk gibt es nicht"</h1>
                        <p><a href="/">"Zur Karte"</a></p>
                    </section>
                }
                .into_any(),
            }}
        </MapLayout>
    }
}

/// The panel: a bottom sheet on phones, a side panel on wide screens. Focus moves to its
/// heading when it opens, so keyboard and screen reader users land on the result.
#[component]
fn DistrictPanel(number: u16) -> impl IntoView {
    let networks = Directory::get().networks();
    let filter = use_filter();
    let name = district::name_of(number).unwrap_or_default();
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let list = loaded(
        networks,
        Box::new(move |networks| {
            let filter = NetworkFilter {
                district: Some(number),
                ..filter.get()
            };
            let found = filter.apply(&networks);
            let cards: String = found
                .iter()
                .map(|n| network_card(n, Some(number)))
                .collect();
            view! {
                <p class="result-count" aria-live="polite" aria-atomic="true">{result_count(found.len())}</p>
                <div class="cards" inner_html=cards></div>
            }
            .into_any()
        }),
    );
    view! {
        <section class="panel" aria-labelledby="panel-title">
            <div class="panel-head">
                <h1 id="panel-title" tabindex="-1" node_ref=heading>{name}</h1>
                <a href="/" class="close" aria-label="Bezirk schließen, zurück zur Übersicht">"×"</a>
            </div>
            <p class="panel-lead">"Netzwerke im Stadtbezirk und stadtweite Angebote."</p>
            <Filters filter/>
            {list}
            <p class="panel-join">
                <a href=format!("/mitmachen?bezirk={number}") class="button" rel="external">"Hier mitmachen"</a>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_announced_in_words() {
        assert_eq!(result_count(0), "Keine Netzwerke gefunden.");
        assert_eq!(result_count(1), "1 Netzwerk gefunden.");
        assert_eq!(result_count(8), "8 Netzwerke gefunden.");
    }
}
