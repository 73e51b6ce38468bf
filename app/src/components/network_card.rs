//! One network as a card in a district's list.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{language, Network};

/// "nicht bestätigt" until a coordinator confirms the entry; then "bestätigt am …".
#[component]
pub fn ConfirmationBadge(confirmed_at: Option<String>) -> impl IntoView {
    match confirmed_at {
        None => view! {
            <span class="badge badge-unconfirmed" title="Diese Angaben stammen aus öffentlichen Quellen und sind noch nicht von der Koordinierungsstelle geprüft.">
                "nicht bestätigt"
            </span>
        }
        .into_any(),
        Some(date) => view! {
            <span class="badge badge-confirmed">{format!("bestätigt am {}", german_date(&date))}</span>
        }
        .into_any(),
    }
}

/// "2026-11-25…" → "25.11.2026".
pub fn german_date(iso: &str) -> String {
    match (iso.get(0..4), iso.get(5..7), iso.get(8..10)) {
        (Some(year), Some(month), Some(day)) => format!("{day}.{month}.{year}"),
        _ => iso.to_string(),
    }
}

/// The activities as short tags.
#[component]
pub fn ActivityTags(network: Network) -> impl IntoView {
    (!network.activities.is_empty()).then(|| {
        view! {
            <ul class="tags" aria-label="Aktivitäten">
                {network
                    .activities
                    .iter()
                    .map(|activity| view! { <li class="tag">{activity.label_de()}</li> })
                    .collect_view()}
            </ul>
        }
    })
}

/// The languages in German, or a note that the source names none.
pub fn languages_text(codes: &[String]) -> String {
    if codes.is_empty() {
        "keine Angabe".into()
    } else {
        codes
            .iter()
            .map(|code| language::name_de(code))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Name, organiser, activities, languages, source and Stand, confirmation, and the way in.
/// `district` is the district the list is for, so "Hier mitmachen" preselects it.
#[component]
pub fn NetworkCard(network: Network, district: Option<u16>) -> impl IntoView {
    let detail = format!("/netzwerk/{}", network.slug);
    let join = match district.or(network.district) {
        Some(number) => format!("/mitmachen?bezirk={number}"),
        None => format!("/mitmachen?netzwerk={}", network.slug),
    };
    let heading_id = format!("netzwerk-{}", network.slug);
    let labelled_by = heading_id.clone();
    let name = network.name.clone();
    let tags = network.clone();
    view! {
        <article class="network-card" aria-labelledby=labelled_by>
            <div class="card-head">
                <h3 id=heading_id lang=network.content_lang.clone()>
                    <A href=detail.clone()>{name}</A>
                </h3>
                <ConfirmationBadge confirmed_at=network.confirmed_at.clone()/>
            </div>
            <p class="organiser" lang=network.content_lang.clone()>
                {network.citywide.then(|| view! { <span class="tag tag-citywide">"Stadtweit"</span> " " })}
                {network.organiser.clone()}
            </p>
            <p class="description" lang=network.content_lang.clone()>{network.description.clone()}</p>
            <ActivityTags network=tags/>
            <p class="languages"><span class="label">"Sprachen: "</span>{languages_text(&network.languages)}</p>
            <p class="source">{network.source_line()}</p>
            <div class="card-actions">
                <A href=detail attr:class="button button-secondary">"Details"</A>
                <A href=join attr:class="button">"Hier mitmachen"</A>
            </div>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_the_german_way() {
        assert_eq!(german_date("2026-11-25T10:00:00Z"), "25.11.2026");
        assert_eq!(german_date("bald"), "bald");
    }

    #[test]
    fn languages_in_german() {
        assert_eq!(
            languages_text(&["de".into(), "ar".into()]),
            "Deutsch, Arabisch"
        );
        assert_eq!(languages_text(&[]), "keine Angabe");
    }
}
