//! The footer on every page: the city's contact one tap away, and where to read more.

use leptos::prelude::*;
use leptos_router::components::A;
use model::KOORDINIERUNGSSTELLE;

#[component]
pub fn Footer() -> impl IntoView {
    let contact = KOORDINIERUNGSSTELLE;
    view! {
        <footer class="site-footer">
            <p class="footer-contact">
                <span>"Koordinierungsstelle Ehrenamt, Stadt Braunschweig"</span>
                <a class="phone" href=contact.phone_uri()>{format!("Tel. {}", contact.phone)}</a>
            </p>
            <nav aria-label="Weitere Seiten">
                <A href="/ueber">"Über die Koordinierungsstelle"</A>
                <A href="/kontakt">"Kontakt"</A>
            </nav>
        </footer>
    }
}
