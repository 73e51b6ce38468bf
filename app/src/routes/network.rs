//! `/netzwerk/<slug>`: everything known about one network, with the ways to reach it.

use crate::components::load_state::{LoadError, Skeleton};
use crate::components::network_card::{
    german_date, languages_text, ActivityTags, ConfirmationBadge,
};
use crate::data::Directory;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use model::contact::tel_uri;
use model::url::{openstreetmap_search, percent_encode};
use model::{district, Network};

#[component]
pub fn NetworkPage() -> impl IntoView {
    let params = use_params_map();
    let directory = Directory::get();
    let slug = Memo::new(move |_| params.get().get("slug").unwrap_or_default());
    move || match directory.networks.get() {
        None => view! { <div class="page"><Skeleton rows=6/></div> }.into_any(),
        Some(Err(error)) => {
            view! { <div class="page"><LoadError error on_retry=move || directory.reload()/></div> }
                .into_any()
        }
        Some(Ok(networks)) => match networks.into_iter().find(|n| n.slug == slug.get()) {
            Some(network) => view! { <NetworkDetail network/> }.into_any(),
            None => view! {
                <div class="page">
                    <h1>"Netzwerk nicht gefunden"</h1>
                    <p>"Dieses Netzwerk gibt es nicht (mehr). "<A href="/">"Zur Karte"</A></p>
                </div>
            }
            .into_any(),
        },
    }
}

/// A `data:` link that downloads the network's vCard: nothing leaves the phone.
pub fn vcard_href(network: &Network) -> String {
    format!(
        "data:text/vcard;charset=utf-8,{}",
        percent_encode(&network.vcard())
    )
}

#[component]
fn NetworkDetail(network: Network) -> impl IntoView {
    let lang = network.content_lang.clone();
    let district_link = match network
        .district
        .and_then(|n| Some((n, district::name_of(n)?)))
    {
        Some((number, name)) => view! { <A href=format!("/bezirk/{number}")>{name}</A> }.into_any(),
        None => view! { <span>"Stadtweit"</span> }.into_any(),
    };
    let join = match network.district {
        Some(number) => format!("/mitmachen?bezirk={number}&netzwerk={}", network.slug),
        None => format!("/mitmachen?netzwerk={}", network.slug),
    };
    let source = match &network.source.url {
        Some(url) => view! { <a href=url.clone() rel="noopener noreferrer">{network.source.name.clone()}</a> }.into_any(),
        None => view! { <span>{network.source.name.clone()}</span> }.into_any(),
    };
    view! {
        <article class="page network-detail">
            <p class="breadcrumb"><A href="/">"Karte"</A>" › "{district_link}</p>
            <h1 lang=lang.clone()>{network.name.clone()}</h1>
            <ConfirmationBadge confirmed_at=network.confirmed_at.clone()/>
            <p class="description" lang=lang.clone()>{network.description.clone()}</p>
            <ActivityTags network=network.clone()/>
            <dl class="facts">
                <dt>"Träger"</dt>
                <dd lang=lang.clone()>{network.organiser.clone()}</dd>
                <dt>"Sprachen"</dt>
                <dd>{languages_text(&network.languages)}</dd>
                {network.place.clone().map(|place| view! { <dt>"Ort"</dt><dd lang=lang.clone()>{place}</dd> })}
                {network.phone.clone().map(|phone| {
                    let href = tel_uri(&phone);
                    view! {
                        <dt>"Telefon"</dt>
                        <dd><a class="phone" href=href>{phone}</a></dd>
                    }
                })}
                {network.email.clone().map(|email| {
                    let href = format!("mailto:{email}");
                    view! {
                        <dt>"E-Mail"</dt>
                        <dd><a href=href>{email}</a></dd>
                    }
                })}
                {network.website.clone().map(|website| {
                    let href = website.clone();
                    view! {
                        <dt>"Internet"</dt>
                        <dd><a href=href rel="noopener noreferrer">{website}</a></dd>
                    }
                })}
                <dt>"Quelle"</dt>
                <dd>{source}{match network.stand {
                    Some(year) => format!(", Stand {year}"),
                    None => ", Stand unbekannt".to_string(),
                }}</dd>
                <dt>"Zuletzt geändert"</dt>
                <dd>{german_date(&network.updated_at)}</dd>
            </dl>
            {network.confirmed_at.is_none().then(|| view! {
                <p class="note">"Diese Angaben stammen aus öffentlichen Quellen und sind noch nicht von der Koordinierungsstelle bestätigt. Ob das Netzwerk noch aktiv ist, erfahren Sie bei der Koordinierungsstelle."</p>
            })}
            <div class="card-actions">
                <a class="button button-secondary" href=vcard_href(&network) download=format!("{}.vcf", network.slug)>"Kontakt speichern"</a>
                {network.place.clone().map(|place| view! {
                    <a class="button button-secondary" href=openstreetmap_search(&place) target="_blank" rel="noopener noreferrer">"Route"</a>
                })}
                <A href=join attr:class="button">"Hier mitmachen"</A>
            </div>
        </article>
    }
}
