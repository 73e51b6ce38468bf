//! The content of the map app's pages that is not the map itself: a district's panel, a
//! network's page, "Über", "Kontakt" and "nicht gefunden".

use super::map::{map_layout, map_svg};
use super::need::{need_page as need_detail, needs_section};
use super::network::{network_card, network_detail};
use super::{activity, language_name, short, t, te, Words};
use crate::markup::{contact_card as card, escape, CardLabels};
use crate::{
    district, language::LANGUAGES, Activity, District, Need, NeedFilter, Network, NetworkFilter,
};
use std::fmt::Write;

/// The Koordinierungsstelle's full contact block, in the reader's language.
pub fn contact_card(words: &dyn Words) -> String {
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
pub fn about(words: &dyn Words) -> String {
    format!(
        "<div class=\"page prose\"><h1>{}</h1><p>{}</p><p>{}</p><h2>{}</h2><p>{}</p>{}</div>",
        te(words, "about-heading"),
        te(words, "about-concept"),
        te(words, "about-role"),
        te(words, "about-missing-heading"),
        te(words, "about-missing"),
        contact_card(words)
    )
}

/// `/kontakt`: how to reach the Koordinierungsstelle.
pub fn contact(words: &dyn Words) -> String {
    format!(
        "<div class=\"page\"><h1>{}</h1><p>{}</p>{}</div>",
        te(words, "contact-heading"),
        te(words, "contact-intro"),
        contact_card(words)
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
pub fn not_found(words: &dyn Words, missing: Missing) -> String {
    let text = match missing {
        Missing::Network => te(words, "network-missing-text"),
        Missing::Need => te(words, "need-missing-text"),
        _ => te(words, "page-missing-text"),
    };
    format!(
        "<div class=\"page\"><h1>{}</h1><p>{text} <a href=\"/\">{}</a></p></div>",
        te(words, missing.heading_id()),
        te(words, "back-to-map")
    )
}

/// `/netzwerk/<slug>`, with the network's open needs (`needs`: today's public ones).
pub fn network_page(words: &dyn Words, network: &Network, needs: &[Need]) -> String {
    let own: Vec<&Need> = needs
        .iter()
        .filter(|need| need.network.as_deref() == Some(network.slug.as_str()))
        .collect();
    format!(
        "<div class=\"page\"><article class=\"network-detail\">{}</article>{}</div>",
        network_detail(words, network),
        needs_section(words, &own)
    )
}

/// `/gesuch/<slug>`.
pub fn need_page(words: &dyn Words, need: &Need) -> String {
    need_detail(words, need)
}

/// The filter form's fields (the form element itself is the app's or [`district_panel`]'s).
/// Without JavaScript it is a plain GET form: Enter in the search field, or the button,
/// sends it and the Worker filters.
pub fn filter_fields(words: &dyn Words, filter: &NetworkFilter) -> String {
    let selected = |yes: bool| if yes { " selected" } else { "" };
    let mut html = format!(
        "<div class=\"field\"><label for=\"filter-aktivitaet\">{}</label><select id=\"filter-aktivitaet\" name=\"aktivitaet\"><option value=\"\">{}</option>",
        te(words, "filter-activity"),
        te(words, "filter-all-activities")
    );
    for kind in Activity::ALL {
        let _ = write!(
            html,
            "<option value=\"{}\"{}>{}</option>",
            kind.key(),
            selected(filter.activity == Some(kind)),
            escape(&activity(words, kind))
        );
    }
    let _ = write!(
        html,
        "</select></div><div class=\"field\"><label for=\"filter-sprache\">{}</label><select id=\"filter-sprache\" name=\"sprache\"><option value=\"\">{}</option>",
        te(words, "filter-language"),
        te(words, "filter-all-languages")
    );
    for (code, _) in LANGUAGES {
        let _ = write!(
            html,
            "<option value=\"{code}\"{}>{}</option>",
            selected(filter.language.as_deref() == Some(code)),
            escape(&language_name(words, code))
        );
    }
    let _ = write!(
        html,
        "</select></div><div class=\"field field-wide\"><label for=\"filter-suche\">{}</label><input id=\"filter-suche\" type=\"search\" name=\"suche\" maxlength=\"{}\" placeholder=\"{}\" value=\"{}\"></div><noscript><button type=\"submit\" class=\"button button-secondary\">{}</button></noscript>",
        te(words, "filter-search"),
        crate::filter::MAX_QUERY_CHARS,
        te(words, "filter-search-example"),
        escape(filter.text.as_deref().unwrap_or_default()),
        te(words, "filter-submit")
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
) -> (String, String) {
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
        cards.push_str(&network_card(words, network, Some(number)));
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
) -> String {
    let name = district::name_of(number).unwrap_or_default();
    let (count, cards) = district_results(words, needs, networks, number, filter);
    let panel = format!(
        "<section class=\"panel\" aria-labelledby=\"panel-title\"><div class=\"panel-head\"><h1 id=\"panel-title\" tabindex=\"-1\" lang=\"de\">{name}</h1><a href=\"/\" class=\"close\" aria-label=\"{close}\">×</a></div>\
         <p class=\"panel-lead\">{lead}</p><form class=\"filters\" role=\"search\" aria-label=\"{label}\" method=\"get\" action=\"/bezirk/{number}\">{fields}</form>\
         <p class=\"result-count\" aria-live=\"polite\" aria-atomic=\"true\">{count}</p><div class=\"cards\">{cards}</div>\
         <p class=\"panel-join\"><a href=\"/mitmachen?bezirk={number}\" class=\"button\" rel=\"external\">{join}</a></p></section>",
        name = escape(name),
        close = te(words, "district-close"),
        lead = te(words, "district-lead"),
        label = te(words, "filter-label"),
        fields = filter_fields(words, filter),
        count = escape(&count),
        join = te(words, "join-here"),
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
            let page = not_found(w, Missing::Network);
            assert!(page.contains("<h1>Netzwerk nicht gefunden</h1>"));
            assert!(page.contains("<a href=\"/\">Zur Karte</a>"));
            assert!(contact(w).contains("href=\"tel:+495314705091\""));
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
            let fields = filter_fields(w, &filter);
            assert!(fields.contains("<option value=\"beratung\" selected>Beratung</option>"));
            assert!(fields.contains("<option value=\"ar\" selected>Arabisch</option>"));
            assert!(fields.contains("value=\"Garten &quot;&amp;&quot;\""));
            assert!(fields.contains("<noscript><button type=\"submit\""));
        });
    }
}
