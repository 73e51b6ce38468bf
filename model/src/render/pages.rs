//! The content of the map app's pages that is not the map itself: a district's panel, a
//! network's page, "Über", "Kontakt" and "nicht gefunden".

use super::map::{map_layout, map_svg};
use super::need::{need_page as need_detail, needs_section};
use super::network::{network_card, network_detail};
use super::{activity, language_name, short, t, Words};
use crate::html::Html;
use crate::markup::{contact_card as card, CardLabels};
use crate::{
    district, language::LANGUAGES, Activity, District, Need, NeedFilter, Network, NetworkFilter,
};
use crate::{html, push_html};

/// The Koordinierungsstelle's full contact block, in the reader's language.
pub fn contact_card(words: &dyn Words) -> Html {
    card(&CardLabels {
        phone: &t(words, "contact-phone"),
        fax: &t(words, "contact-fax"),
        visit: &t(words, "contact-visit"),
        post: &t(words, "contact-post"),
        hours: &t(words, "contact-hours"),
        hours_value: &t(words, "contact-hours-value"),
    })
}

/// `/ueber`: what the Koordinierungsstelle does, and why.
pub fn about(words: &dyn Words) -> Html {
    html!(
        "<div class=\"page prose\"><h1>{heading}</h1><p>{concept}</p><p>{role}</p><p><a href=\"/zahlen\" rel=\"external\">{figures}</a></p><h2>{missing_heading}</h2><p>{missing}</p>{card}</div>",
        heading = t(words, "about-heading"),
        concept = t(words, "about-concept"),
        role = t(words, "about-role"),
        figures = t(words, "about-figures"),
        missing_heading = t(words, "about-missing-heading"),
        missing = t(words, "about-missing"),
        card = contact_card(words),
    )
}

/// `/kontakt`: how to reach the Koordinierungsstelle.
pub fn contact(words: &dyn Words) -> Html {
    html!(
        "<div class=\"page\"><h1>{heading}</h1><p>{intro}</p>{card}</div>",
        heading = t(words, "contact-heading"),
        intro = t(words, "contact-intro"),
        card = contact_card(words),
    )
}

/// What is missing: a page, a district or a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Page,
    District,
    Network,
    Need,
}

impl Missing {
    /// The heading's message.
    pub fn heading_id(self) -> &'static str {
        match self {
            Missing::Page => "page-missing",
            Missing::District => "district-missing",
            Missing::Network => "network-missing",
            Missing::Need => "need-missing",
        }
    }
}

/// A friendly "not found" with a way back to the map.
pub fn not_found(words: &dyn Words, missing: Missing) -> Html {
    let text = match missing {
        Missing::Network => t(words, "network-missing-text"),
        Missing::Need => t(words, "need-missing-text"),
        _ => t(words, "page-missing-text"),
    };
    html!(
        "<div class=\"page\"><h1>{heading}</h1><p>{text} <a href=\"/\">{back}</a></p></div>",
        heading = t(words, missing.heading_id()),
        text = text,
        back = t(words, "back-to-map"),
    )
}

/// `/netzwerk/<slug>`, with the network's open needs (`needs`: today's public ones).
pub fn network_page(words: &dyn Words, network: &Network, needs: &[Need]) -> Html {
    let own: Vec<&Need> = needs
        .iter()
        .filter(|need| need.network.as_deref() == Some(network.slug.as_str()))
        .collect();
    html!(
        "<div class=\"page\"><article class=\"network-detail\">{detail}</article>{needs}</div>",
        detail = network_detail(words, network),
        needs = needs_section(words, &own),
    )
}

/// `/gesuch/<slug>`.
pub fn need_page(words: &dyn Words, need: &Need) -> Html {
    need_detail(words, need)
}

/// The filter form's fields (the form element itself is the app's or [`district_panel`]'s).
/// Without JavaScript it is a plain GET form: Enter in the search field, or the button,
/// sends it and the Worker filters.
pub fn filter_fields(words: &dyn Words, filter: &NetworkFilter) -> Html {
    let selected = |yes: bool| if yes { " selected" } else { "" };
    let mut html = html!(
        "<div class=\"field\"><label for=\"filter-aktivitaet\">{label}</label><select id=\"filter-aktivitaet\" name=\"aktivitaet\"><option value=\"\">{all}</option>",
        label = t(words, "filter-activity"),
        all = t(words, "filter-all-activities"),
    );
    for kind in Activity::ALL {
        push_html!(
            html,
            "<option value=\"{key}\"{selected}>{label}</option>",
            key = kind.key(),
            selected = selected(filter.activity == Some(kind)),
            label = activity(words, kind),
        );
    }
    push_html!(
        html,
        "</select></div><div class=\"field\"><label for=\"filter-sprache\">{label}</label><select id=\"filter-sprache\" name=\"sprache\"><option value=\"\">{all}</option>",
        label = t(words, "filter-language"),
        all = t(words, "filter-all-languages"),
    );
    for (code, _) in LANGUAGES {
        push_html!(
            html,
            "<option value=\"{code}\"{selected}>{label}</option>",
            code = code,
            selected = selected(filter.language.as_deref() == Some(code)),
            label = language_name(words, code),
        );
    }
    push_html!(
        html,
        "</select></div><div class=\"field field-wide\"><label for=\"filter-suche\">{label}</label><input id=\"filter-suche\" type=\"search\" name=\"suche\" maxlength=\"{max}\" placeholder=\"{example}\" value=\"{value}\"></div><noscript><button type=\"submit\" class=\"button button-secondary\">{submit}</button></noscript>",
        label = t(words, "filter-search"),
        max = crate::filter::MAX_QUERY_CHARS,
        example = t(words, "filter-search-example"),
        value = filter.text.as_deref().unwrap_or_default(),
        submit = t(words, "filter-submit"),
    );
    html
}

/// The networks a district's panel lists: its own and the city-wide ones, filtered.
fn district_networks<'a>(
    networks: &'a [Network],
    number: u16,
    filter: &NetworkFilter,
) -> Vec<&'a Network> {
    let filter = NetworkFilter {
        district: Some(number),
        ..filter.clone()
    };
    filter.apply(networks)
}

/// The needs a district's panel lists: its own and the city-wide ones, filtered like the
/// networks.
fn district_needs<'a>(needs: &'a [Need], number: u16, filter: &NetworkFilter) -> Vec<&'a Need> {
    NeedFilter {
        like_networks: NetworkFilter {
            district: Some(number),
            ..filter.clone()
        },
        network: None,
    }
    .apply(needs)
}

/// The result count and the cards of district `number`'s panel under `filter`: its needs
/// above its networks (the Worker's page, the app's panel and the sent panel's filter alike).
pub fn district_results(
    words: &dyn Words,
    needs: &[Need],
    networks: &[Network],
    number: u16,
    filter: &NetworkFilter,
) -> (String, Html) {
    let needs = district_needs(needs, number, filter);
    let found = district_networks(networks, number, filter);
    let mut count = words.text("found-count", &[("count", &found.len().to_string())]);
    if !needs.is_empty() {
        count = format!(
            "{} {count}",
            words.text("needs-found", &[("count", &needs.len().to_string())])
        );
    }
    let mut cards = needs_section(words, &needs);
    for network in &found {
        cards.push(&network_card(words, network, Some(number)));
    }
    (count, cards)
}

/// `/bezirk/<number>`: the district on the map and its panel, as the Worker sends it.
pub fn district_page(
    words: &dyn Words,
    districts: &[District],
    networks: &[Network],
    needs: &[Need],
    number: u16,
    filter: &NetworkFilter,
) -> Html {
    let name = district::name_of(number).unwrap_or_default();
    let (count, cards) = district_results(words, needs, networks, number, filter);
    let panel = html!(
        "<section class=\"panel\" aria-labelledby=\"panel-title\"><div class=\"panel-head\"><h1 id=\"panel-title\" tabindex=\"-1\" lang=\"de\">{name}</h1><a href=\"/\" class=\"close\" aria-label=\"{close}\">×</a></div>\
         <p class=\"panel-lead\">{lead}</p><form class=\"filters\" role=\"search\" aria-label=\"{label}\" method=\"get\" action=\"/bezirk/{number}\">{fields}</form>\
         <p class=\"result-count\" aria-live=\"polite\" aria-atomic=\"true\">{count}</p><div class=\"cards\">{cards}</div>\
         <p class=\"panel-join\"><a href=\"/mitmachen?bezirk={number}\" class=\"button\" rel=\"external\">{join}</a></p>\
         <p class=\"panel-suggest\"><a href=\"/netzwerk-vorschlagen\" rel=\"external\">{suggest}</a></p></section>",
        name = name,
        close = t(words, "district-close"),
        lead = t(words, "district-lead"),
        label = t(words, "filter-label"),
        number = number,
        fields = filter_fields(words, filter),
        count = count,
        cards = cards,
        join = t(words, "join-here"),
        suggest = t(words, "suggest-link"),
    );
    map_layout(words, &map_svg(words, districts, Some(number)), &panel)
}

/// A page's `<title>` and meta description: what a shared link's preview shows.
/// `network` is the network of a `/netzwerk/…` page, `need` the need of a `/gesuch/…` page,
/// if it exists.
pub fn title_and_description(
    words: &dyn Words,
    page: &crate::route::Page,
    network: Option<&Network>,
    need: Option<&Need>,
) -> (String, String) {
    use crate::route::Page;
    let site = t(words, "site-title");
    let titled = |name: &str| format!("{name} – {site}");
    let missing = || {
        (
            titled(&t(words, "page-missing")),
            t(words, "page-missing-text"),
        )
    };
    match page {
        Page::Map => (site.clone(), t(words, "map-intro")),
        Page::District(number) => match number.parse().ok().and_then(district::name_of) {
            Some(name) => (
                titled(name),
                format!("{name}: {}", t(words, "district-lead")),
            ),
            None => (
                titled(&t(words, "district-missing")),
                t(words, "page-missing-text"),
            ),
        },
        Page::Network(_) => match network {
            Some(network) => (titled(&network.name), short(&network.description, 200)),
            None => (
                titled(&t(words, "network-missing")),
                t(words, "network-missing-text"),
            ),
        },
        Page::Need(_) => match need {
            Some(need) => (titled(&need.title), short(&need.description, 200)),
            None => (
                titled(&t(words, "need-missing")),
                t(words, "need-missing-text"),
            ),
        },
        Page::About => (titled(&t(words, "about-heading")), t(words, "about-role")),
        Page::Contact => (
            titled(&t(words, "contact-heading")),
            t(words, "contact-intro"),
        ),
        Page::NotFound => missing(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::german;

    #[test]
    fn missing_things_say_what_is_missing_and_lead_back() {
        german::with(|w| {
            let page = not_found(w, Missing::Network).into_string();
            assert!(page.contains("<h1>Netzwerk nicht gefunden</h1>"));
            assert!(page.contains("<a href=\"/\">Zur Karte</a>"));
            assert!(contact(w).as_str().contains("href=\"tel:+495314705091\""));
        });
    }

    #[test]
    fn the_filter_form_shows_the_filter_it_was_sent() {
        let filter = NetworkFilter {
            activity: Some(Activity::Beratung),
            language: Some("ar".into()),
            text: Some("Garten \"&\"".into()),
            district: None,
        };
        german::with(|w| {
            let fields = filter_fields(w, &filter).into_string();
            assert!(fields.contains("<option value=\"beratung\" selected>Beratung</option>"));
            assert!(fields.contains("<option value=\"ar\" selected>Arabisch</option>"));
            assert!(fields.contains("value=\"Garten &quot;&amp;&quot;\""));
            assert!(fields.contains("<noscript><button type=\"submit\""));
        });
    }
}
