//! `/kontakt`: how to reach the Koordinierungsstelle.

use crate::html;
use leptos::prelude::*;

const INTRO: &str = "<h1>Kontakt</h1><p>Fragen zum Ehrenamt oder zu einem Netzwerk? Die Koordinierungsstelle der Stadt hilft gern weiter.</p>";

/// The contact page (static markup).
#[component]
pub fn ContactPage() -> impl IntoView {
    view! { <div class="page" inner_html=format!("{INTRO}{}", html::contact_card())></div> }
}
