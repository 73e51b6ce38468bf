//! `/mitmachen`: how to join. The online form follows; until then, the direct way.

use crate::html;
use leptos::prelude::*;

const TEXT: &str = "<h1>Mitmachen</h1><p>Schön, dass Sie helfen möchten! Das Anmeldeformular auf dieser Seite ist in Vorbereitung. Bis dahin melden Sie sich bitte direkt bei der Koordinierungsstelle: Sie bringt Sie mit einem passenden Netzwerk zusammen.</p>";

#[component]
pub fn RegisterPage() -> impl IntoView {
    view! { <div class="page" inner_html=format!("{TEXT}{}", html::contact_card())></div> }
}
