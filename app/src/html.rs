//! Markup for the network cards and the network page, written as escaped HTML strings.
//!
//! These blocks are static once rendered; building them as strings instead of as reactive
//! views keeps a large amount of generic view code out of the wasm (the first view has a
//! size budget). Every value from the data goes through [`escape`]; links inside are plain
//! `<a href>`, which the router intercepts like any other.

use crate::i18n::{self, common::Common, map::Map, t, tr};
use model::contact::tel_uri;
use model::markup::CardLabels;
use model::url::{openstreetmap_search, percent_encode};
use model::{district, Network};
use std::fmt::Write;

pub use model::markup::escape;

/// The Koordinierungsstelle's full contact block, in the reader's language.
pub fn contact_card() -> String {
    model::markup::contact_card(&CardLabels {
        phone: &t(Common::ContactPhone),
        fax: &t(Common::ContactFax),
        visit: &t(Common::ContactVisit),
        post: &t(Common::ContactPost),
        hours: &t(Common::ContactHours),
        hours_value: &t(Common::ContactHoursValue),
    })
}

/// The languages in the reader's language, or a note that the source names none.
pub fn languages_text(codes: &[String]) -> String {
    if codes.is_empty() {
        t(Map::LanguagesNone)
    } else {
        codes
            .iter()
            .map(|code| i18n::language_name(code))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// "Stand 2016".
fn stand_year(year: u16) -> String {
    tr(Map::Stand, &[("stand", &year.to_string())])
}

/// "Quelle: regionalheute.de, Stand 2016" (or "Stand unbekannt").
pub fn source_line(network: &Network) -> String {
    let stand = network
        .stand
        .map_or_else(|| t(Map::StandUnknown), stand_year);
    tr(
        Map::SourceLine,
        &[("source", &network.source.name), ("stand", &stand)],
    )
}

/// "nicht bestätigt" until a coordinator confirms the entry; then "bestätigt am …".
pub fn confirmation_badge(network: &Network) -> String {
    match &network.confirmed_at {
        None => format!(
            "<span class=\"badge badge-unconfirmed\" title=\"{}\">{}</span>",
            escape(&t(Map::NotConfirmedHint)),
            escape(&t(Map::NotConfirmed))
        ),
        Some(date) => format!(
            "<span class=\"badge badge-confirmed\">{}</span>",
            escape(&tr(Map::ConfirmedOn, &[("date", &i18n::date(date))]))
        ),
    }
}

fn activity_tags(network: &Network) -> String {
    if network.activities.is_empty() {
        return String::new();
    }
    let mut tags = format!(
        "<ul class=\"tags\" aria-label=\"{}\">",
        escape(&t(Map::Activities))
    );
    for activity in &network.activities {
        let _ = write!(
            tags,
            "<li class=\"tag\">{}</li>",
            escape(&i18n::activity(*activity))
        );
    }
    tags.push_str("</ul>");
    tags
}

/// Where "Hier mitmachen" leads: in a district's list, the form with that district
/// preselected; elsewhere, with this network preselected. The form is its own small app
/// (register.html), so these links are `rel="external"`: the router lets the browser load it.
pub fn join_href(network: &Network, district: Option<u16>) -> String {
    match district {
        Some(number) => format!("/mitmachen?bezirk={number}"),
        None => format!("/mitmachen?netzwerk={}", network.slug),
    }
}

/// One card: name, organiser, activities, languages, source and Stand, confirmation, the way in.
pub fn network_card(network: &Network, district: Option<u16>) -> String {
    let lang = escape(&network.content_lang);
    let slug = escape(&network.slug);
    let citywide = if network.citywide {
        format!(
            "<span class=\"tag tag-citywide\">{}</span> ",
            escape(&t(Map::Citywide))
        )
    } else {
        String::new()
    };
    format!(
        "<article class=\"network-card\" aria-labelledby=\"netzwerk-{slug}\">\
         <div class=\"card-head\"><h2 id=\"netzwerk-{slug}\" lang=\"{lang}\"><a href=\"/netzwerk/{slug}\">{name}</a></h2>{badge}</div>\
         <p class=\"organiser\">{citywide}<span lang=\"{lang}\">{organiser}</span></p>\
         <p class=\"description\" lang=\"{lang}\">{description}</p>{tags}\
         <p class=\"languages\"><span class=\"label\">{languages_label}: </span>{languages}</p>\
         <p class=\"source\">{source}</p>\
         <div class=\"card-actions\"><a class=\"button button-secondary\" href=\"/netzwerk/{slug}\">{details}</a>\
         <a class=\"button\" href=\"{join}\" rel=\"external\">{join_label}</a></div></article>",
        name = escape(&network.name),
        badge = confirmation_badge(network),
        organiser = escape(&network.organiser),
        description = escape(&network.description),
        tags = activity_tags(network),
        languages = escape(&languages_text(&network.languages)),
        source = escape(&source_line(network)),
        join = escape(&join_href(network, district)),
        languages_label = escape(&t(Map::Languages)),
        details = escape(&t(Map::Details)),
        join_label = escape(&t(Map::JoinHere)),
    )
}

/// A `data:` link that downloads the network's vCard: nothing leaves the phone.
pub fn vcard_href(network: &Network) -> String {
    format!(
        "data:text/vcard;charset=utf-8,{}",
        percent_encode(&network.vcard())
    )
}

/// Everything known about one network, with the ways to reach it.
pub fn network_detail(network: &Network) -> String {
    let lang = escape(&network.content_lang);
    let mut html = String::new();
    let district = match network
        .district
        .and_then(|n| Some((n, district::name_of(n)?)))
    {
        Some((number, name)) => format!(
            "<a href=\"/bezirk/{number}\" lang=\"de\">{}</a>",
            escape(name)
        ),
        None => escape(&t(Map::Citywide)),
    };
    let _ = write!(
        html,
        "<p class=\"breadcrumb\"><a href=\"/\">{map}</a> <span aria-hidden=\"true\">›</span> {district}</p>\
         <h1 lang=\"{lang}\">{name}</h1>{badge}\
         <p class=\"description\" lang=\"{lang}\">{description}</p>{tags}<dl class=\"facts\">\
         <dt>{organiser_label}</dt><dd lang=\"{lang}\">{organiser}</dd>\
         <dt>{languages_label}</dt><dd>{languages}</dd>",
        name = escape(&network.name),
        badge = confirmation_badge(network),
        description = escape(&network.description),
        tags = activity_tags(network),
        organiser = escape(&network.organiser),
        languages = escape(&languages_text(&network.languages)),
        map = escape(&t(Map::MapRegion)),
        organiser_label = escape(&t(Map::Organiser)),
        languages_label = escape(&t(Map::Languages)),
    );
    if let Some(place) = &network.place {
        let _ = write!(
            html,
            "<dt>{}</dt><dd lang=\"{lang}\">{}</dd>",
            escape(&t(Map::Place)),
            escape(place)
        );
    }
    if let Some(phone) = &network.phone {
        let _ = write!(
            html,
            "<dt>{}</dt><dd><a class=\"phone\" href=\"{}\">{}</a></dd>",
            escape(&t(Map::Phone)),
            escape(&tel_uri(phone)),
            escape(phone)
        );
    }
    if let Some(email) = &network.email {
        let email = escape(email);
        let _ = write!(
            html,
            "<dt>{}</dt><dd><a href=\"mailto:{email}\" dir=\"ltr\">{email}</a></dd>",
            escape(&t(Map::Email))
        );
    }
    if let Some(website) = &network.website {
        let website = escape(website);
        let _ = write!(html, "<dt>{}</dt><dd><a href=\"{website}\" rel=\"noopener noreferrer\" dir=\"ltr\">{website}</a></dd>", escape(&t(Map::Website)));
    }
    let source = match &network.source.url {
        Some(url) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape(url),
            escape(&network.source.name)
        ),
        None => escape(&network.source.name),
    };
    let stand = network
        .stand
        .map_or_else(|| t(Map::StandUnknown), stand_year);
    let _ = write!(
        html,
        "<dt>{}</dt><dd>{source}, {}</dd><dt>{}</dt><dd>{}</dd></dl>",
        escape(&t(Map::Source)),
        escape(&stand),
        escape(&t(Map::LastChanged)),
        escape(&i18n::date(&network.updated_at))
    );
    if network.confirmed_at.is_none() {
        let _ = write!(
            html,
            "<p class=\"note\">{}</p>",
            escape(&t(Map::NotConfirmedNote))
        );
    }
    let _ = write!(
        html,
        "<div class=\"card-actions\"><a class=\"button button-secondary\" href=\"{vcard}\" download=\"{slug}.vcf\">{save}</a>",
        vcard = escape(&vcard_href(network)),
        slug = escape(&network.slug),
        save = escape(&t(Map::SaveContact)),
    );
    if let Some(place) = &network.place {
        let _ = write!(
            html,
            "<a class=\"button button-secondary\" href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>",
            escape(&openstreetmap_search(place)),
            escape(&t(Map::Route))
        );
    }
    let _ = write!(
        html,
        "<a class=\"button\" href=\"{}\" rel=\"external\">{}</a></div>",
        escape(&join_href(network, None)),
        escape(&t(Map::JoinHere))
    );
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Activity, Source};

    fn network() -> Network {
        Network {
            id: "x".into(),
            slug: "welcome-house".into(),
            name: "Welcome <script>alert(1)</script> House".into(),
            organiser: "Verein \"A&B\"".into(),
            district: Some(330),
            citywide: false,
            description: "Spiele' und Kochen".into(),
            activities: vec![Activity::Begegnung],
            languages: vec!["de".into(), "ar".into()],
            content_lang: "de".into(),
            place: Some("Kralenriede".into()),
            phone: Some("0531 4811020".into()),
            email: None,
            website: None,
            source: Source {
                name: "okerwelle.de".into(),
                url: None,
            },
            stand: None,
            confirmed_at: None,
            updated_at: "2026-11-25T00:00:00Z".into(),
        }
    }

    #[test]
    fn data_is_escaped_everywhere() {
        for html in [
            network_card(&network(), Some(330)),
            network_detail(&network()),
        ] {
            assert!(!html.contains("<script>"), "{html}");
            assert!(html.contains("Welcome &lt;script&gt;alert(1)&lt;/script&gt; House"));
            assert!(html.contains("Verein &quot;A&amp;B&quot;"));
            assert!(html.contains("Spiele&#39; und Kochen"));
        }
    }

    #[test]
    fn card_shows_source_badge_and_the_way_in() {
        let html = network_card(&network(), Some(330));
        assert!(html.contains("nicht bestätigt"));
        assert!(html.contains("Quelle: okerwelle.de, Stand unbekannt"));
        assert!(html.contains("Deutsch, Arabisch"));
        assert!(html.contains("href=\"/mitmachen?bezirk=330\""));
        assert!(network_detail(&network()).contains("href=\"/mitmachen?netzwerk=welcome-house\""));
    }

    #[test]
    fn detail_links_phone_and_route_and_vcard() {
        let html = network_detail(&network());
        assert!(html.contains("href=\"tel:+495314811020\""));
        assert!(html.contains("https://www.openstreetmap.org/search?query=Kralenriede"));
        assert!(html.contains("download=\"welcome-house.vcf\""));
        assert!(html.contains("data:text/vcard;charset=utf-8,BEGIN%3AVCARD"));
    }

    #[test]
    fn city_wide_networks_join_through_the_district_or_by_name() {
        let mut citywide = network();
        citywide.district = None;
        citywide.citywide = true;
        assert_eq!(join_href(&citywide, Some(130)), "/mitmachen?bezirk=130");
        assert_eq!(
            join_href(&citywide, None),
            "/mitmachen?netzwerk=welcome-house"
        );
    }

    #[test]
    fn contact_card_has_every_way_to_reach_the_city() {
        let html = contact_card();
        for text in [
            "href=\"tel:+495314705091\"",
            "0531 4705099",
            "Naumburgstraße 25",
            "Postfach 3309",
            "Termin nach Vereinbarung",
        ] {
            assert!(html.contains(text), "{text}");
        }
    }

    #[test]
    fn dates_and_languages_read_naturally() {
        assert_eq!(i18n::date("2026-11-25T10:00:00Z"), "25.11.2026");
        assert_eq!(languages_text(&[]), "keine Angabe");
    }
}
