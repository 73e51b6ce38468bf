//! Markup both the app and the pages xtask renders at build time write: the
//! Koordinierungsstelle's contact card (one layout, labels in the reader's language).

use crate::contact::{BY_APPOINTMENT, KOORDINIERUNGSSTELLE};
use crate::html;
use crate::html::Html;

/// The contact card's words in the reader's language (plain text; escaped here).
pub struct CardLabels<'a> {
    pub phone: &'a str,
    pub fax: &'a str,
    pub visit: &'a str,
    pub post: &'a str,
    pub hours: &'a str,
    /// "Termin nach Vereinbarung" in the reader's language ([`BY_APPOINTMENT`]).
    pub hours_value: &'a str,
}

/// The Koordinierungsstelle's full contact block, from the one constant in `contact.rs`.
/// Names and addresses stay German (`lang="de"`).
pub fn contact_card(labels: &CardLabels) -> Html {
    let contact = KOORDINIERUNGSSTELLE;
    let lines = |lines: &[&str]| -> Html {
        lines
            .iter()
            .map(|line| html!("<span class=\"address-line\">{line}</span>", line = line))
            .collect()
    };
    html!(
        "<section class=\"contact-card\" aria-labelledby=\"contact-title\"><h2 id=\"contact-title\" lang=\"de\">{name}</h2>\
         <p class=\"contact-org\" lang=\"de\">{organisation}</p><dl class=\"contact-details\">\
         <dt>{phone_label}</dt><dd><a class=\"contact-phone\" href=\"{phone_uri}\">{phone}</a></dd>\
         <dt>{fax_label}</dt><dd><span dir=\"ltr\">{fax}</span></dd>\
         <dt>{visit_label}</dt><dd><address lang=\"de\">{visitor}</address></dd>\
         <dt>{post_label}</dt><dd><address lang=\"de\">{postal}</address></dd>\
         <dt>{hours_label}</dt><dd>{hours}</dd></dl></section>",
        name = contact.name,
        organisation = lines(contact.organisation),
        phone_uri = contact.phone_uri(),
        phone = contact.phone,
        fax = contact.fax,
        visitor = lines(contact.visitor_address),
        postal = lines(contact.postal_address),
        hours = opening_hours(labels),
        phone_label = labels.phone,
        fax_label = labels.fax,
        visit_label = labels.visit,
        post_label = labels.post,
        hours_label = labels.hours,
    )
}

/// The opening hours: the configured default phrase in the reader's language, any other
/// text as the city wrote it, marked German.
fn opening_hours(labels: &CardLabels) -> Html {
    let hours = KOORDINIERUNGSSTELLE.opening_hours;
    if hours == BY_APPOINTMENT {
        html!("{text}", text = labels.hours_value)
    } else {
        html!("<span lang=\"de\">{text}</span>", text = hours)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_links_the_phone_and_escapes_its_labels() {
        let labels = CardLabels {
            phone: "Telefon",
            fax: "Fax",
            visit: "Besucheradresse",
            post: "Postanschrift",
            hours: "Öffnungszeiten",
            hours_value: "Termin <nach> Vereinbarung",
        };
        let card = contact_card(&labels).into_string();
        assert!(card.contains("href=\"tel:+495314705091\""));
        assert!(card.contains("Termin &lt;nach&gt; Vereinbarung"));
        assert!(card.contains("Naumburgstraße 25"));
    }
}
