//! Current needs ("Gesuche") as the public sees them: a short line in "Gerade gesucht", a
//! card in a district's panel and on a network's page, and a need's own page with "Ich helfe
//! mit". The need's own texts carry its `lang`; every value goes through [`escape`].

use super::network::languages_text;
use super::{activity, breadcrumb, fact, short, t, te, Words};
use crate::markup::escape;
use crate::registration::{DAYTIMES, WEEKDAYS};
use crate::{district, Need};
use std::fmt::Write;

/// How many needs "Gerade gesucht" lists on the start page.
pub const RECENT_MAX: usize = 5;

/// Where "Ich helfe mit" leads: the form with the need ticked. The form is its own small app,
/// so the link is `rel="external"` (see [`super::network::join_href`]).
pub fn help_href(need: &Need) -> String {
    format!("/mitmachen?gesuch={}", need.slug)
}

/// Text in a language of its own, kept whole in a line of another direction.
fn marked(text: &str, lang: Option<&str>) -> String {
    match lang {
        Some(lang) => format!("<bdi lang=\"{}\">{}</bdi>", escape(lang), escape(text)),
        None => format!("<bdi>{}</bdi>", escape(text)),
    }
}

/// Who asks: the network's name (in its entry's language), or the Koordinierungsstelle for a
/// city-wide need.
fn asker(words: &dyn Words, need: &Need) -> String {
    match &need.network_name {
        Some(name) => marked(name, need.network_lang.as_deref()),
        None => marked(&t(words, "need-city"), None),
    }
}

/// The district's name (German, as everywhere), or "Stadtweit".
fn district_name(words: &dyn Words, need: &Need) -> String {
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
fn recent_item(words: &dyn Words, need: &Need) -> String {
    format!(
        "<li><a href=\"/gesuch/{slug}\" rel=\"external\" lang=\"{lang}\" dir=\"auto\">{title}</a><span class=\"need-meta\">{asker} · {district} · {until}</span></li>",
        slug = escape(&need.slug),
        lang = escape(&need.content_lang),
        title = escape(&need.title),
        asker = asker(words, need),
        district = district_name(words, need),
        until = escape(&until(words, need)),
    )
}

/// The start page's "Gerade gesucht": the newest open needs city-wide, at most
/// [`RECENT_MAX`] (`needs` come newest first).
pub fn recent_needs(words: &dyn Words, needs: &[Need]) -> String {
    let mut html = format!(
        "<section class=\"recent-needs\" aria-labelledby=\"recent-needs-title\"><h2 id=\"recent-needs-title\">{}</h2>",
        te(words, "needs-recent")
    );
    if needs.is_empty() {
        let _ = write!(html, "<p>{}</p>", te(words, "needs-recent-none"));
    } else {
        html.push_str("<ul>");
        for need in needs.iter().take(RECENT_MAX) {
            html.push_str(&recent_item(words, need));
        }
        html.push_str("</ul>");
    }
    html.push_str("</section>");
    html
}

/// A need as a card (a district's panel, a network's page), under a heading of `level`;
/// the app shows it as the need's page where it has not the Worker's (offline). Links to a
/// need's page are `rel="external"`: its full page is the Worker's, so the app's router lets
/// the browser load it.
pub fn need_card(words: &dyn Words, need: &Need, level: u8) -> String {
    let slug = escape(&need.slug);
    let lang = escape(&need.content_lang);
    let mut facts = vec![
        escape(&activity(words, need.activity)),
        district_name(words, need),
    ];
    facts.extend(
        need.when
            .as_deref()
            .map(|when| marked(when, Some(&need.content_lang))),
    );
    facts.push(escape(&until(words, need)));
    format!(
        "<article class=\"need-card\" aria-labelledby=\"gesuch-{slug}\">\
         <div class=\"card-head\"><h{level} id=\"gesuch-{slug}\" lang=\"{lang}\" dir=\"auto\"><a href=\"/gesuch/{slug}\" rel=\"external\">{title}</a></h{level}><span class=\"badge badge-need\">{badge}</span></div>\
         <p class=\"organiser\">{asker}</p><p class=\"description\" lang=\"{lang}\" dir=\"auto\">{description}</p><p class=\"need-facts\">{facts}</p>\
         <div class=\"card-actions\"><a class=\"button button-secondary\" href=\"/gesuch/{slug}\" rel=\"external\">{details}</a>\
         <a class=\"button\" href=\"{help}\" rel=\"external\">{help_label}</a></div></article>",
        title = escape(&need.title),
        badge = te(words, "need-badge"),
        asker = asker(words, need),
        description = escape(&short(&need.description, 200)),
        facts = facts.join(" · "),
        details = te(words, "details"),
        help = escape(&help_href(need)),
        help_label = te(words, "need-help"),
    )
}

/// A list of needs under "Aktuelle Gesuche", or nothing when there are none.
pub fn needs_section(words: &dyn Words, needs: &[&Need]) -> String {
    if needs.is_empty() {
        return String::new();
    }
    let cards: String = needs.iter().map(|need| need_card(words, need, 3)).collect();
    format!(
        "<section class=\"needs\" aria-labelledby=\"needs-title\"><h2 id=\"needs-title\">{}</h2>{cards}</section>",
        te(words, "needs-heading")
    )
}

/// `/gesuch/<slug>`: everything about one need, and "Ich helfe mit".
pub fn need_page(words: &dyn Words, need: &Need) -> String {
    let own = Some(need.content_lang.as_str());
    let lang = escape(&need.content_lang);
    let who = match (&need.network, &need.network_name) {
        (Some(slug), Some(name)) => format!(
            "<a href=\"/netzwerk/{}\" dir=\"auto\">{}</a>",
            escape(slug),
            marked(name, need.network_lang.as_deref())
        ),
        _ => format!("<a href=\"/kontakt\">{}</a>", te(words, "need-city")),
    };
    let mut html = format!(
        "<div class=\"page\"><article class=\"need-detail\">{breadcrumb}\
         <p class=\"badge badge-need\">{badge}</p><h1 lang=\"{lang}\" dir=\"auto\">{title}</h1>\
         <p class=\"need-until\">{wanted}</p>\
         <p class=\"description\" lang=\"{lang}\" dir=\"auto\">{description}</p><dl class=\"facts\">",
        breadcrumb = breadcrumb(words, need.district),
        badge = te(words, "need-badge"),
        title = escape(&need.title),
        wanted = escape(&words.text(
            "need-wanted-until",
            &[("date", &words.date(&need.valid_until))]
        )),
        description = escape(&need.description),
    );
    fact(&mut html, words, "need-asker", &who, None);
    let activity = escape(&activity(words, need.activity));
    fact(&mut html, words, "filter-activity", &activity, None);
    // "Wann": the free text (in the need's language) and the weekday slots, one value.
    let slots = slots_text(words, &need.slots);
    match (&need.when, slots.is_empty()) {
        (Some(when), true) => fact(&mut html, words, "need-when", &escape(when), own),
        (Some(when), false) => {
            let both = format!("{}<br>{}", marked(when, own), escape(&slots));
            fact(&mut html, words, "need-when", &both, None);
        }
        (None, false) => fact(&mut html, words, "need-when", &escape(&slots), None),
        (None, true) => {}
    }
    if let Some(place) = &need.place {
        fact(&mut html, words, "place", &escape(place), own);
    }
    if let Some(people) = need.people {
        let people = words.text("need-people", &[("count", &people.to_string())]);
        fact(
            &mut html,
            words,
            "need-people-label",
            &escape(&people),
            None,
        );
    }
    let languages = escape(&languages_text(words, &need.languages));
    fact(&mut html, words, "need-languages", &languages, None);
    let changed = escape(&words.date(&need.updated_at));
    fact(&mut html, words, "last-changed", &changed, None);
    let _ = write!(
        html,
        "</dl><div class=\"card-actions\"><a class=\"button\" href=\"{}\" rel=\"external\">{}</a></div></article></div>",
        escape(&help_href(need)),
        te(words, "need-help"),
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
        }
    }

    #[test]
    fn every_view_of_a_need_escapes_its_texts_and_leads_to_the_form() {
        let need = need();
        let (recent, card, page) = german::with(|w| {
            (
                recent_needs(w, std::slice::from_ref(&need)),
                need_card(w, &need, 3),
                need_page(w, &need),
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
        let (full, empty) = german::with(|w| (recent_needs(w, &needs), recent_needs(w, &[])));
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
        let page = german::with(|w| need_page(w, &citywide));
        assert!(page.contains("<a href=\"/kontakt\">Koordinierungsstelle der Stadt</a>"));
        assert!(page.contains("</span> Stadtweit</p>"));
    }
}
