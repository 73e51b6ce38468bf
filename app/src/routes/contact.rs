//! `/kontakt`: how to reach the Koordinierungsstelle.

use crate::components::contact_card::ContactCard;
use leptos::prelude::*;

/// The contact page.
#[component]
pub fn ContactPage() -> impl IntoView {
    view! {
        <div class="page">
            <h1>"Kontakt"</h1>
            <p>"Fragen zum Ehrenamt oder zu einem Netzwerk? Die Koordinierungsstelle der Stadt hilft gern weiter."</p>
            <ContactCard/>
        </div>
    }
}
