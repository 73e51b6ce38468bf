//! `/mitmachen`: how to join. The online form follows; until then, the direct way.

use crate::components::contact_card::ContactCard;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use model::district;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let query = use_query_map();
    let district_name = move || {
        query
            .get()
            .get("bezirk")
            .and_then(|n| n.parse::<u16>().ok())
            .and_then(district::name_of)
    };
    view! {
        <div class="page">
            <h1>"Mitmachen"</h1>
            <p>
                "Schön, dass Sie helfen möchten"
                {move || district_name().map(|name| format!(" – im Stadtbezirk {name}"))}
                "! Das Anmeldeformular auf dieser Seite ist in Vorbereitung. "
                "Bis dahin melden Sie sich bitte direkt bei der Koordinierungsstelle: sie bringt Sie mit einem passenden Netzwerk zusammen."
            </p>
            <ContactCard/>
        </div>
    }
}
