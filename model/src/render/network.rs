//! A network as a card (in a district's list) and as its own page, with the ways to reach
//! it. Every value from the data is escaped by [`html!`]; links are plain `<a href>`.

use super::{activity, breadcrumb, fact, language_name, t, Words};
use crate::contact::tel_uri;
use crate::html::Html;
use crate::network::ConfirmedBy;
use crate::url::{openstreetmap_search, percent_encode};
use crate::Network;
use crate::{html, push_html};

/// The languages in the reader's language, or a note that the source names none.
pub fn languages_text(words: &dyn Words, codes: &[String]) -> String {
    if codes.is_empty() {
        t(words, "languages-none")
    } else {
        codes
            .iter()
            .map(|code| language_name(words, code))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// "Stand 2016".
fn stand_year(words: &dyn Words, year: u16) -> String {
    words.text("stand", &[("stand", &year.to_string())])
}

/// "Stand 2016", "Stand 03.12.2026" for the network's own entry (its source is then said in
/// the reader's language), or "Stand unbekannt".
fn stand_text(words: &dyn Words, network: &Network) -> String {
    if let Some(day) = network.own_stand_day() {
        return words.text("stand", &[("stand", &words.date(day))]);
    }
    network
        .stand
        .map_or_else(|| t(words, "stand-unknown"), |year| stand_year(words, year))
}

/// The source's name, in the reader's language where it is the network itself.
fn source_name(words: &dyn Words, network: &Network) -> String {
    match network.own_source_message() {
        Some(id) => t(words, id),
        None => network.source.name.clone(),
    }
}

/// "Quelle: regionalheute.de, Stand 2016" (or "Stand unbekannt").
pub fn source_line(words: &dyn Words, network: &Network) -> String {
    words.text(
        "source-line",
        &[
            ("source", &source_name(words, network)),
            ("stand", &stand_text(words, network)),
        ],
    )
}

/// "nicht bestätigt" until the entry is confirmed; then "Zuletzt bestätigt am … von der
/// Koordinierungsstelle" or "… vom Netzwerk" (without a known confirmer: "… am …"). A stale
/// entry says so first: "Angaben möglicherweise veraltet".
pub fn confirmation_badge(words: &dyn Words, network: &Network) -> Html {
    let stale = if network.stale {
        html!(
            "<span class=\"badge badge-old\">{label}</span>",
            label = t(words, "stale")
        )
    } else {
        Html::new()
    };
    let Some(date) = &network.confirmed_at else {
        return html!(
            "{stale}<span class=\"badge badge-unconfirmed\" title=\"{hint}\">{label}</span>",
            stale = stale,
            hint = t(words, "not-confirmed-hint"),
            label = t(words, "not-confirmed"),
        );
    };
    let id = match network.confirmed_by {
        Some(ConfirmedBy::Coordination) => "confirmed-by-coordination",
        Some(ConfirmedBy::Network) => "confirmed-by-network",
        None => "confirmed-on",
    };
    html!(
        "{stale}<span class=\"badge badge-{kind}\">{label}</span>",
        stale = stale,
        kind = if network.stale { "old" } else { "confirmed" },
        label = words.text(id, &[("date", &words.date(date))]),
    )
}

/// The card's classes: a stale entry is drawn fainter.
fn card_class(network: &Network) -> &'static str {
    if network.stale {
        "network-card card-stale"
    } else {
        "network-card"
    }
}

fn activity_tags(words: &dyn Words, network: &Network) -> Html {
    if network.activities.is_empty() {
        return Html::new();
    }
    let tags: Html = network
        .activities
        .iter()
        .map(|kind| {
            html!(
                "<li class=\"tag\">{label}</li>",
                label = activity(words, *kind)
            )
        })
        .collect();
    html!(
        "<ul class=\"tags\" aria-label=\"{label}\">{tags}</ul>",
        label = t(words, "activities"),
        tags = tags,
    )
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
pub fn network_card(words: &dyn Words, network: &Network, district: Option<u16>) -> Html {
    let citywide = if network.citywide {
        html!(
            "<span class=\"tag tag-citywide\">{label}</span> ",
            label = t(words, "citywide"),
        )
    } else {
        Html::new()
    };
    html!(
        "<article class=\"{class}\" aria-labelledby=\"netzwerk-{slug}\">\
         <div class=\"card-head\"><h2 id=\"netzwerk-{slug}\" lang=\"{lang}\" dir=\"auto\"><a href=\"/netzwerk/{slug}\">{name}</a></h2>{badge}</div>\
         <p class=\"organiser\">{citywide}<span lang=\"{lang}\" dir=\"auto\">{organiser}</span></p>\
         <p class=\"description\" lang=\"{lang}\" dir=\"auto\">{description}</p>{tags}\
         <p class=\"languages\"><span class=\"label\">{languages_label}: </span>{languages}</p>\
         <p class=\"source\">{source}</p>\
         <div class=\"card-actions\"><a class=\"button button-secondary\" href=\"/netzwerk/{slug}\">{details}</a>\
         <a class=\"button\" href=\"{join}\" rel=\"external\">{join_label}</a></div></article>",
        class = card_class(network),
        slug = network.slug,
        lang = network.content_lang,
        name = network.name,
        badge = confirmation_badge(words, network),
        citywide = citywide,
        organiser = network.organiser,
        description = network.description,
        tags = activity_tags(words, network),
        languages_label = t(words, "languages"),
        languages = languages_text(words, &network.languages),
        source = source_line(words, network),
        details = t(words, "details"),
        join = join_href(network, district),
        join_label = t(words, "join-here"),
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
pub fn network_detail(words: &dyn Words, network: &Network) -> Html {
    let own = Some(network.content_lang.as_str());
    let mut html = html!(
        "{breadcrumb}<h1 lang=\"{lang}\" dir=\"auto\">{name}</h1>{badge}\
         <p class=\"description\" lang=\"{lang}\" dir=\"auto\">{description}</p>{tags}<dl class=\"facts\">",
        breadcrumb = breadcrumb(words, network.district),
        lang = network.content_lang,
        name = network.name,
        badge = confirmation_badge(words, network),
        description = network.description,
        tags = activity_tags(words, network),
    );
    fact(
        &mut html,
        words,
        "organiser",
        &Html::text(&network.organiser),
        own,
    );
    let languages = Html::text(&languages_text(words, &network.languages));
    fact(&mut html, words, "languages", &languages, None);
    if let Some(place) = &network.place {
        fact(&mut html, words, "place", &Html::text(place), own);
    }
    if let Some(phone) = &network.phone {
        let link = html!(
            "<a class=\"phone\" href=\"{uri}\">{phone}</a>",
            uri = tel_uri(phone),
            phone = phone,
        );
        fact(&mut html, words, "phone", &link, None);
    }
    if let Some(email) = &network.email {
        let link = html!(
            "<a href=\"mailto:{email}\" dir=\"ltr\">{email}</a>",
            email = email,
        );
        fact(&mut html, words, "email", &link, None);
    }
    if let Some(website) = &network.website {
        let link = html!(
            "<a href=\"{website}\" rel=\"noopener noreferrer\" dir=\"ltr\">{website}</a>",
            website = website,
        );
        fact(&mut html, words, "website", &link, None);
    }
    let source = match &network.source.url {
        Some(url) => html!(
            "<a href=\"{url}\" rel=\"noopener noreferrer\">{name}</a>",
            url = url,
            name = network.source.name,
        ),
        None => Html::text(&source_name(words, network)),
    };
    let stand = stand_text(words, network);
    let source = html!("{source}, {stand}", source = source, stand = stand);
    fact(&mut html, words, "source", &source, None);
    let changed = Html::text(&words.date(&network.updated_at));
    fact(&mut html, words, "last-changed", &changed, None);
    push_html!(html, "</dl>");
    if network.confirmed_at.is_none() {
        push_html!(
            html,
            "<p class=\"note\">{note}</p>",
            note = t(words, "not-confirmed-note"),
        );
    } else if network.stale {
        push_html!(
            html,
            "<p class=\"note\">{note}</p>",
            note = t(words, "stale-note"),
        );
    }
    push_html!(
        html,
        "<div class=\"card-actions\"><a class=\"button button-secondary\" href=\"{vcard}\" download=\"{slug}.vcf\">{save}</a>",
        vcard = vcard_href(network),
        slug = network.slug,
        save = t(words, "save-contact"),
    );
    if let Some(place) = &network.place {
        push_html!(
            html,
            "<a class=\"button button-secondary\" href=\"{route}\" target=\"_blank\" rel=\"noopener noreferrer\">{label}</a>",
            route = openstreetmap_search(place),
            label = t(words, "route"),
        );
    }
    push_html!(
        html,
        "<a class=\"button\" href=\"{join}\" rel=\"external\">{label}</a></div>\
         <p class=\"claim\"><a href=\"/zugang-anfragen?netzwerk={slug}\" rel=\"external\">{claim}</a></p>",
        join = join_href(network, None),
        label = t(words, "join-here"),
        slug = network.slug,
        claim = t(words, "claim-link"),
    );
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::german;
    use crate::{Activity, Source};

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
            confirmed_by: None,
            stand_day: None,
            stale: false,
            updated_at: "2026-11-25T00:00:00Z".into(),
        }
    }

    #[test]
    fn data_is_escaped_everywhere() {
        let (card, detail) = german::with(|w| {
            (
                network_card(w, &network(), Some(330)).into_string(),
                network_detail(w, &network()).into_string(),
            )
        });
        for html in [card, detail] {
            assert!(!html.contains("<script>"), "{html}");
            assert!(html.contains("Welcome &lt;script&gt;alert(1)&lt;/script&gt; House"));
            assert!(html.contains("Verein &quot;A&amp;B&quot;"));
            assert!(html.contains("Spiele&#39; und Kochen"));
        }
    }

    #[test]
    fn card_shows_source_badge_and_the_way_in() {
        let (html, detail) = german::with(|w| {
            (
                network_card(w, &network(), Some(330)).into_string(),
                network_detail(w, &network()).into_string(),
            )
        });
        assert!(html.contains("nicht bestätigt"));
        assert!(html.contains("Quelle: okerwelle.de, Stand unbekannt"));
        assert!(html.contains("Deutsch, Arabisch"));
        assert!(html.contains("href=\"/mitmachen?bezirk=330\""));
        assert!(detail.contains("href=\"/mitmachen?netzwerk=welcome-house\""));
    }

    #[test]
    fn detail_links_phone_and_route_and_vcard() {
        let html = german::with(|w| network_detail(w, &network()).into_string());
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
    fn languages_read_naturally() {
        german::with(|w| assert_eq!(languages_text(w, &[]), "keine Angabe"));
        german::with(|w| {
            assert_eq!(
                languages_text(w, &["de".into(), "xx".into()]),
                "Deutsch, xx"
            )
        });
    }

    #[test]
    fn the_badge_says_who_confirmed() {
        let confirmed = |by| Network {
            confirmed_at: Some("2026-11-30T09:00:00Z".into()),
            confirmed_by: by,
            stand_day: None,
            stale: false,
            ..network()
        };
        let badge = |by| german::with(|w| confirmation_badge(w, &confirmed(by)).into_string());
        assert!(badge(Some(ConfirmedBy::Coordination)).contains("von der Koordinierungsstelle"));
        assert!(badge(Some(ConfirmedBy::Network)).contains("vom Netzwerk"));
        let unknown = badge(None);
        assert!(unknown.contains("bestätigt am") && !unknown.contains(" vo"));
    }
}
