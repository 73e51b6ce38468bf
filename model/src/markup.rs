//! Markup both the app and the pages xtask renders at build time write: escaping, and the
//! Koordinierungsstelle's contact card (one layout, labels in the reader's language).

use crate::contact::KOORDINIERUNGSSTELLE;

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// The contact card's words in the reader's language (plain text; escaped here).
pub struct CardLabels<'a> {
    pub phone: &'a str,
    pub fax: &'a str,
    pub visit: &'a str,
    pub post: &'a str,
    pub hours: &'a str,
    pub hours_value: &'a str,
}

/// The Koordinierungsstelle's full contact block, from the one constant in `contact.rs`.
/// Names and addresses stay German (`lang="de"`).
pub fn contact_card(labels: &CardLabels) -> String {
    let contact = KOORDINIERUNGSSTELLE;
    let lines = |lines: &[&str]| {
        lines
            .iter()
            .map(|line| format!("<span class=\"address-line\">{}</span>", escape(line)))
            .collect::<String>()
    };
    format!(
        "<section class=\"contact-card\" aria-labelledby=\"contact-title\"><h2 id=\"contact-title\" lang=\"de\">{name}</h2>\
         <p class=\"contact-org\" lang=\"de\">{organisation}</p><dl class=\"contact-details\">\
         <dt>{phone_label}</dt><dd><a class=\"contact-phone\" href=\"{phone_uri}\">{phone}</a></dd>\
         <dt>{fax_label}</dt><dd><span dir=\"ltr\">{fax}</span></dd>\
         <dt>{visit_label}</dt><dd><address lang=\"de\">{visitor}</address></dd>\
         <dt>{post_label}</dt><dd><address lang=\"de\">{postal}</address></dd>\
         <dt>{hours_label}</dt><dd>{hours}</dd></dl></section>",
        name = escape(contact.name),
        organisation = lines(contact.organisation),
        phone_uri = escape(&contact.phone_uri()),
        phone = escape(contact.phone),
        fax = escape(contact.fax),
        visitor = lines(contact.visitor_address),
        postal = lines(contact.postal_address),
        hours = escape(labels.hours_value),
        phone_label = escape(labels.phone),
        fax_label = escape(labels.fax),
        visit_label = escape(labels.visit),
        post_label = escape(labels.post),
        hours_label = escape(labels.hours),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }

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
        let card = contact_card(&labels);
        assert!(card.contains("href=\"tel:+495314705091\""));
        assert!(card.contains("Termin &lt;nach&gt; Vereinbarung"));
        assert!(card.contains("Naumburgstraße 25"));
    }
}
