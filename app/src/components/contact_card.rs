//! The Koordinierungsstelle's contact block, from the one constant in `model`.

use leptos::prelude::*;
use model::KOORDINIERUNGSSTELLE;

/// Lines of an address as separate lines in the page.
fn address_lines(lines: &'static [&'static str]) -> impl IntoView {
    lines
        .iter()
        .map(|line| view! { <span class="address-line">{*line}</span> })
        .collect_view()
}

/// The full contact block: visitor and postal address, phone (a `tel:` link), fax, opening hours.
#[component]
pub fn ContactCard() -> impl IntoView {
    let contact = KOORDINIERUNGSSTELLE;
    view! {
        <section class="contact-card" aria-labelledby="contact-title">
            <h2 id="contact-title">{contact.name}</h2>
            <p class="contact-org">{address_lines(contact.organisation)}</p>
            <dl class="contact-details">
                <dt>"Telefon"</dt>
                <dd>
                    <a class="contact-phone" href=contact.phone_uri()>{contact.phone}</a>
                </dd>
                <dt>"Fax"</dt>
                <dd>{contact.fax}</dd>
                <dt>"Besucheradresse"</dt>
                <dd><address>{address_lines(contact.visitor_address)}</address></dd>
                <dt>"Postanschrift"</dt>
                <dd><address>{address_lines(contact.postal_address)}</address></dd>
                <dt>"Öffnungszeiten"</dt>
                <dd>{contact.opening_hours}</dd>
            </dl>
        </section>
    }
}
