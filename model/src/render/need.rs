//! Current needs ("Gesuche") as the public sees them: a short line in "Gerade gesucht", a
//! card in a district's panel and on a network's page, and a need's own page with "Ich helfe
//! mit". The need's own texts carry its `lang`; every value is escaped by [`html!`].

use super::network::languages_text;
use super::{activity, breadcrumb, fact, short, t, Words};
use crate::html::Html;
use crate::registration::{DAYTIMES, WEEKDAYS};
use crate::{district, Need};
use crate::{html, push_html};

/// How many needs "Gerade gesucht" lists on the start page.
pub const RECENT_MAX: usize = 5;

/// Where "Ich helfe mit" leads: the form with the need ticked. The form is its own small app,
/// so the link is `rel="external"` (see [`super::network::join_href`]).
pub fn help_href(need: &Need) -> String {
    format!("/mitmachen?gesuch={}", need.slug)
}

/// Text in a language of its own, kept whole in a line of another direction.
fn marked(text: &str, lang: Option<&str>) -> Html {
    match lang {
        Some(lang) => html!(
            "<bdi lang=\"{lang}\">{text}</bdi>",
            lang = lang,
            text = text
        ),
        None => html!("<bdi>{text}</bdi>", text = text),
    }
}

/// Who asks: the network's name (in its entry's language), or the Koordinierungsstelle for a
/// city-wide need.
fn asker(words: &dyn Words, need: &Need) -> Html {
    match &need.network_name {
        Some(name) => marked(name, need.network_lang.as_deref()),
        None => marked(&t(words, "need-city"), None),
    }
}

/// The district's name (German, as everywhere), or "Stadtweit".
fn district_name(words: &dyn Words, need: &Need) -> Html {
    match need.district.and_then(district::name_of) {
        Some(name) => marked(name, Some("de")),
        None => marked(&t(words, "citywide"), None),
    }
}

/// "bis 31.03.2027".
fn until(words: &dyn Words, need: &Need) -> String {
    words.text("need-until", &[("date", &words.date(&need.valid_until))])
}

/// The weekday slots in words: "Dienstag nachmittags, Donnerstag abends".
pub fn slots_text(words: &dyn Words, slots: &[String]) -> String {
    let mut named = Vec::new();
    for (day, _) in WEEKDAYS {
        for (time, _) in DAYTIMES {
            if slots.iter().any(|slot| *slot == format!("{day}-{time}")) {
                named.push(format!(
                    "{} {}",
                    t(words, &format!("day-{day}")),
                    t(words, &format!("time-{time}"))
                ));
            }
        }
    }
    named.join(", ")
}

/// One line of "Gerade gesucht": the title as a link, who asks, where and until when.
fn recent_item(words: &dyn Words, need: &Need) -> Html {
    html!(
        "<li><a href=\"/gesuch/{slug}\" rel=\"external\" lang=\"{lang}\" dir=\"auto\">{title}</a><span class=\"need-meta\">{asker} · {district} · {until}</span></li>",
        slug = need.slug,
        lang = need.content_lang,
        title = need.title,
        asker = asker(words, need),
        district = district_name(words, need),
        until = until(words, need),
    )
}

/// What keeps the place of "Gerade gesucht" while the needs load (so the page does not jump).
pub fn recent_needs_loading() -> Html {
    html!("<section class=\"recent-needs\" aria-busy=\"true\"></section>")
}

/// The start page's "Gerade gesucht": the newest open needs city-wide, at most
/// [`RECENT_MAX`] (`needs` come newest first).
pub fn recent_needs(words: &dyn Words, needs: &[Need]) -> Html {
    let mut html = html!(
        "<section class=\"recent-needs\" aria-labelledby=\"recent-needs-title\"><h2 id=\"recent-needs-title\">{heading}</h2>",
        heading = t(words, "needs-recent"),
    );
    if needs.is_empty() {
        push_html!(html, "<p>{none}</p>", none = t(words, "needs-recent-none"));
    } else {
        let items: Html = needs
            .iter()
            .take(RECENT_MAX)
            .map(|need| recent_item(words, need))
            .collect();
        push_html!(html, "<ul>{items}</ul>", items = items);
    }
    push_html!(html, "</section>");
    html
}

/// A need as a card (a district's panel, a network's page), under a heading of `level`;
/// the app shows it as the need's page where it has not the Worker's (offline). Links to a
/// need's page are `rel="external"`: its full page is the Worker's, so the app's router lets
/// the browser load it.
pub fn need_card(words: &dyn Words, need: &Need, level: u8) -> Html {
    let mut facts = html!(
        "{activity} · {district}",
        activity = activity(words, need.activity),
        district = district_name(words, need),
    );
    if let Some(when) = &need.when {
        push_html!(
            facts,
            " · {when}",
            when = marked(when, Some(&need.content_lang))
        );
    }
    push_html!(facts, " · {until}", until = until(words, need));
    html!(
        "<article class=\"need-card\" aria-labelledby=\"gesuch-{slug}\">\
         <div class=\"card-head\"><h{level} id=\"gesuch-{slug}\" lang=\"{lang}\" dir=\"auto\"><a href=\"/gesuch/{slug}\" rel=\"external\">{title}</a></h{level}><span class=\"badge badge-need\">{badge}</span></div>\
         <p class=\"organiser\">{asker}</p><p class=\"description\" lang=\"{lang}\" dir=\"auto\">{description}</p><p class=\"need-facts\">{facts}</p>\
         <div class=\"card-actions\"><a class=\"button button-secondary\" href=\"/gesuch/{slug}\" rel=\"external\">{details}</a>\
         <a class=\"button\" href=\"{help}\" rel=\"external\">{help_label}</a></div></article>",
        slug = need.slug,
        level = level,
        lang = need.content_lang,
        title = need.title,
        badge = t(words, "need-badge"),
        asker = asker(words, need),
        description = short(&need.description, 200),
        facts = facts,
        details = t(words, "details"),
        help = help_href(need),
        help_label = t(words, "need-help"),
    )
}

/// A list of needs under "Aktuelle Gesuche", or nothing when there are none.
pub fn needs_section(words: &dyn Words, needs: &[&Need]) -> Html {
    if needs.is_empty() {
        return Html::new();
    }
    let cards: Html = needs.iter().map(|need| need_card(words, need, 3)).collect();
    html!(
        "<section class=\"needs\" aria-labelledby=\"needs-title\"><h2 id=\"needs-title\">{heading}</h2>{cards}</section>",
        heading = t(words, "needs-heading"),
        cards = cards,
    )
}

/// `/gesuch/<slug>`: everything about one need, and "Ich helfe mit".
pub fn need_page(words: &dyn Words, need: &Need) -> Html {
    let own = Some(need.content_lang.as_str());
    let who = match (&need.network, &need.network_name) {
        (Some(slug), Some(name)) => html!(
            "<a href=\"/netzwerk/{slug}\" dir=\"auto\">{name}</a>",
            slug = slug,
            name = marked(name, need.network_lang.as_deref()),
        ),
        _ => html!(
            "<a href=\"/kontakt\">{city}</a>",
            city = t(words, "need-city")
        ),
    };
    let mut html = html!(
        "<div class=\"page\"><article class=\"need-detail\">{breadcrumb}\
         <p class=\"badge badge-need\">{badge}</p><h1 lang=\"{lang}\" dir=\"auto\">{title}</h1>\
         <p class=\"need-until\">{wanted}</p>\
         <p class=\"description\" lang=\"{lang}\" dir=\"auto\">{description}</p><dl class=\"facts\">",
        breadcrumb = breadcrumb(words, need.district),
        badge = t(words, "need-badge"),
        lang = need.content_lang,
        title = need.title,
        wanted = words.text(
            "need-wanted-until",
            &[("date", &words.date(&need.valid_until))]
        ),
        description = need.description,
    );
    fact(&mut html, words, "need-asker", &who, None);
    let activity = Html::text(&activity(words, need.activity));
    fact(&mut html, words, "filter-activity", &activity, None);
    // "Wann": the free text (in the need's language) and the weekday slots, one value.
    let slots = slots_text(words, &need.slots);
    match (&need.when, slots.is_empty()) {
        (Some(when), true) => fact(&mut html, words, "need-when", &Html::text(when), own),
        (Some(when), false) => {
            let both = html!("{when}<br>{slots}", when = marked(when, own), slots = slots);
            fact(&mut html, words, "need-when", &both, None);
        }
        (None, false) => fact(&mut html, words, "need-when", &Html::text(&slots), None),
        (None, true) => {}
    }
    if let Some(place) = &need.place {
        fact(&mut html, words, "place", &Html::text(place), own);
    }
    if let Some(people) = need.people {
        let people = words.text("need-people", &[("count", &people.to_string())]);
        fact(
            &mut html,
            words,
            "need-people-label",
            &Html::text(&people),
            None,
        );
    }
    let languages = Html::text(&languages_text(words, &need.languages));
    fact(&mut html, words, "need-languages", &languages, None);
    let changed = Html::text(&words.date(&need.updated_at));
    fact(&mut html, words, "last-changed", &changed, None);
    push_html!(
        html,
        "</dl><div class=\"card-actions\"><a class=\"button\" href=\"{help}\" rel=\"external\">{label}</a></div></article></div>",
        help = help_href(need),
        label = t(words, "need-help"),
    );
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::german;
    use crate::{Activity, NeedStatus};

    pub fn need() -> Need {
        Need {
            id: "n1".into(),
            slug: "sprachpatin-weststadt".into(),
            network: Some("refugium".into()),
            network_name: Some("Refugium <Weststadt>".into()),
            network_lang: Some("de".into()),
            title: "Sprachpatin gesucht & mehr".into(),
            description: "Deutsch üben im Café, \"gern\" mit Geduld.".into(),
            activity: Activity::Patenschaften,
            languages: vec!["fa".into()],
            district: Some(221),
            place: Some("Stadtteiltreff".into()),
            when: Some("dienstags 15–17 Uhr".into()),
            slots: vec!["thu-evening".into(), "tue-afternoon".into()],
            people: Some(2),
            valid_until: "2027-03-31".into(),
            content_lang: "de".into(),
            status: NeedStatus::Open,
            created_at: "2026-11-30T10:00:00Z".into(),
            updated_at: "2026-11-30T10:00:00Z".into(),
            network_contact: false,
        }
    }

    #[test]
    fn every_view_of_a_need_escapes_its_texts_and_leads_to_the_form() {
        let need = need();
        let (recent, card, page) = german::with(|w| {
            (
                recent_needs(w, std::slice::from_ref(&need)).into_string(),
                need_card(w, &need, 3).into_string(),
                need_page(w, &need).into_string(),
            )
        });
        for html in [&recent, &card, &page] {
            assert!(html.contains("Sprachpatin gesucht &amp; mehr"), "{html}");
            assert!(!html.contains("<Weststadt>"), "{html}");
        }
        for html in [&card, &page] {
            assert!(html.contains("href=\"/mitmachen?gesuch=sprachpatin-weststadt\" rel=\"external\">Ich helfe mit</a>"));
        }
        assert!(recent.contains(
            "<a href=\"/gesuch/sprachpatin-weststadt\" rel=\"external\" lang=\"de\" dir=\"auto\">"
        ));
        assert!(card.contains("<p class=\"description\" lang=\"de\" dir=\"auto\">Deutsch üben"));
        assert!(recent.contains("<bdi lang=\"de\">Refugium &lt;Weststadt&gt;</bdi> · <bdi lang=\"de\">Weststadt</bdi> · bis 31.03.2027"));
        assert!(page.contains("<h1 lang=\"de\" dir=\"auto\">Sprachpatin gesucht &amp; mehr</h1>"));
        assert!(page.contains("<dt>Wann</dt><dd><bdi lang=\"de\">dienstags 15–17 Uhr</bdi><br>Dienstag nachmittags, Donnerstag abends</dd>"));
        assert!(page.contains("<dd>2 Personen</dd>"));
        assert!(page.contains("<a href=\"/netzwerk/refugium\" dir=\"auto\"><bdi lang=\"de\">Refugium &lt;Weststadt&gt;</bdi></a>"));
        assert!(page.contains("Gesucht bis 31.03.2027"));
    }

    #[test]
    fn the_start_page_lists_at_most_five_and_says_when_there_are_none() {
        let needs: Vec<Need> = (0..7)
            .map(|i| Need {
                slug: format!("gesuch-{i}"),
                ..need()
            })
            .collect();
        let (full, empty) = german::with(|w| {
            (
                recent_needs(w, &needs).into_string(),
                recent_needs(w, &[]).into_string(),
            )
        });
        assert_eq!(full.matches("<li>").count(), RECENT_MAX);
        assert!(full.contains("gesuch-0") && !full.contains("gesuch-5"));
        assert!(empty.contains("Gerade gibt es keine offenen Gesuche."));
        assert!(german::with(|w| needs_section(w, &[])).is_empty());
    }

    #[test]
    fn a_citywide_need_is_the_koordinierungsstelles() {
        let citywide = Need {
            network: None,
            network_name: None,
            network_lang: None,
            district: None,
            ..need()
        };
        let page = german::with(|w| need_page(w, &citywide).into_string());
        assert!(page.contains("<a href=\"/kontakt\">Koordinierungsstelle der Stadt</a>"));
        assert!(page.contains("</span> Stadtweit</p>"));
    }
}
