//! What the legal pages draw on (`Sources`: the messages, the operator's details from
//! `config/site.toml`) and the Impressum; the privacy notice and the accessibility statement
//! have files of their own.

use super::render::{value_html, Messages};
use crate::site::format::Format;
use crate::site::{Mail, Site};
use anyhow::Result;
use model::html::Html;
use model::lang::Lang;
use model::markup::{contact_card, CardLabels};
use model::{html, KOORDINIERUNGSSTELLE};

/// Everything a page's text draws on, in one language.
pub struct Sources<'a> {
    pub lang: Lang,
    pub legal: &'a Messages,
    /// The registration form's words (the field errors every public form shares).
    pub register: &'a Messages,
    pub common: &'a Messages,
    pub site: &'a Site,
    /// Months registrations and reports of barriers are kept (from wrangler.toml).
    pub registration_months: u32,
    pub feedback_months: u32,
    /// Whether the page is for a Worker that sends mail (the privacy notice differs).
    pub mail: Mail,
}

impl Sources<'_> {
    pub(super) fn value(&self, path: &str) -> Result<Html> {
        Ok(value_html(self.site.get(path)?, self.lang))
    }

    pub(super) fn heading(&self, id: &str) -> Html {
        html!("<h2>{text}</h2>", text = self.legal.html(id, &[]))
    }

    pub(super) fn paragraph(&self, id: &str, values: &[(&str, Html)]) -> Html {
        html!("<p>{text}</p>", text = self.legal.html(id, values))
    }

    /// A paragraph whose placeholders take the operator's details: (placeholder, path in
    /// `config/site.toml`).
    pub(super) fn filled(&self, id: &str, values: &[(&str, &str)]) -> Result<Html> {
        let values = values
            .iter()
            .map(|(name, path)| Ok((*name, self.value(path)?)))
            .collect::<Result<Vec<_>>>()?;
        Ok(self.paragraph(id, &values))
    }

    /// A heading and its paragraphs, none with a placeholder.
    pub(super) fn section(&self, heading: &str, paragraphs: &[&str]) -> Html {
        paragraphs.iter().fold(self.heading(heading), |html, id| {
            html + self.paragraph(id, &[])
        })
    }

    pub(super) fn item(&self, id: &str, values: &[(&str, Html)]) -> Html {
        html!("<li>{text}</li>", text = self.legal.html(id, values))
    }

    /// "This is a translation; the German version binds", with a link to it.
    pub(super) fn binding_note(&self, path: &str) -> Html {
        if self.lang == Lang::De {
            return Html::new();
        }
        html!(
            "<p class=\"binding-note\">{note} <a href=\"{path}?lang=de\" hreflang=\"de\">{link}</a></p>",
            note = self.legal.html("binding-note", &[]),
            path = path,
            link = self.legal.html("binding-link", &[]),
        )
    }

    /// The value at `path` as a link (`mailto:` or `https://`) once it has its shape; a
    /// placeholder stays marked, a value of the wrong shape stays plain text (the deploy
    /// refuses it).
    pub(super) fn link(&self, path: &str) -> Result<Html> {
        let Some(text) = self.site.filled(path) else {
            return self.value(path);
        };
        let href = match crate::site::format::of(path) {
            Some(Format::Email) if Format::Email.accepts(text) => format!("mailto:{text}"),
            Some(Format::HttpsUrl) if Format::HttpsUrl.accepts(text) => text.to_string(),
            _ => return self.value(path),
        };
        Ok(html!(
            "<a href=\"{href}\" lang=\"de\" dir=\"ltr\">{text}</a>",
            href = href,
            text = text,
        ))
    }

    pub(super) fn contact_card(&self) -> Html {
        let text = |id: &str| self.common.text(id);
        contact_card(&CardLabels {
            phone: &text("contact-phone"),
            fax: &text("contact-fax"),
            visit: &text("contact-visit"),
            post: &text("contact-post"),
            hours: &text("contact-hours"),
            hours_value: &text("contact-hours-value"),
        })
    }
}

/// The Koordinierungsstelle's phone as a link.
pub(super) fn phone_link() -> Html {
    html!(
        "<a href=\"{uri}\" dir=\"ltr\">{phone}</a>",
        uri = KOORDINIERUNGSSTELLE.phone_uri(),
        phone = KOORDINIERUNGSSTELLE.phone,
    )
}

/// `[operator] vat_id` when the city has no VAT number for this service.
pub const NO_VAT_ID: &str = "entfällt";

pub fn impressum(s: &Sources) -> Result<Html> {
    let mut html = html!(
        "<h1>{heading}</h1>{note}",
        heading = s.legal.html("impressum-heading", &[]),
        note = s.binding_note("/impressum"),
    );
    html = html + s.paragraph("impressum-intro", &[]);
    html = html + s.heading("impressum-provider-heading");
    html = html
        + html!(
        "<p><span lang=\"de\">{name}</span><br><span lang=\"de\">{form}</span><br>{address}</p>",
        name = s.value("operator.name")?,
        form = s.value("operator.legal_form")?,
        address = s.value("operator.address")?,
    );
    html = html
        + s.filled(
            "impressum-represented",
            &[("representative", "operator.representative")],
        )?;
    html = html + s.heading("impressum-contact-heading");
    html = html
        + html!(
            "<p>{phone}<br>{email}</p>",
            phone = s
                .legal
                .html("impressum-phone", &[("phone", s.value("operator.phone")?)]),
            email = s
                .legal
                .html("impressum-email", &[("email", s.link("operator.email")?)]),
        );
    for (heading, path) in [
        (
            "impressum-authority-heading",
            "operator.supervisory_authority",
        ),
        ("impressum-vat-heading", "operator.vat_id"),
        ("impressum-content-heading", "operator.content_responsible"),
    ] {
        // No VAT number for this service: no line that says so.
        if path == "operator.vat_id" && s.site.filled(path) == Some(NO_VAT_ID) {
            continue;
        }
        html = html + s.heading(heading);
        html = html + html!("<p>{value}</p>", value = s.value(path)?);
    }
    html = html + s.section("impressum-office-heading", &["impressum-office"]);
    html = html + s.contact_card();
    html = html + s.section("impressum-networks-heading", &["impressum-networks"]);
    html = html + s.section("impressum-map-heading", &["impressum-map"]);
    Ok(html)
}

/// German sources over a configuration given as text, for the pages' tests.
#[cfg(test)]
pub mod testing {
    use super::*;

    pub struct German {
        legal: Messages,
        register: Messages,
        common: Messages,
        site: Site,
    }

    impl German {
        pub fn with(site_toml: &str) -> German {
            let locales = crate::paths::root().join("app/locales");
            let load = |bundle| Messages::load(&locales, Lang::De, bundle).unwrap();
            German {
                legal: load("legal"),
                register: load("register"),
                common: load("common"),
                site: Site::parse(site_toml).unwrap(),
            }
        }

        /// The repository's own configuration, with `[section] key = "value"` put over it.
        pub fn repository_with(changes: &[(&str, &str, &str)]) -> German {
            let text = std::fs::read_to_string(crate::paths::root().join("config/site.toml"));
            let mut table: toml::Table = text.unwrap().parse().unwrap();
            for (section, key, value) in changes {
                let section = table
                    .get_mut(*section)
                    .and_then(|s| s.as_table_mut())
                    .unwrap();
                section.insert(key.to_string(), toml::Value::from(*value));
            }
            German::with(&toml::to_string(&table).unwrap())
        }

        pub fn sources(&self, mail: Mail) -> Sources<'_> {
            Sources {
                lang: Lang::De,
                legal: &self.legal,
                register: &self.register,
                common: &self.common,
                site: &self.site,
                registration_months: 12,
                feedback_months: 12,
                mail,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::German;
    use super::*;

    #[test]
    fn the_impressum_names_the_legal_form_and_drops_a_vat_line_that_does_not_apply() {
        let with_vat = German::repository_with(&[("operator", "vat_id", "DE 123")]);
        let html = impressum(&with_vat.sources(Mail::Off))
            .unwrap()
            .into_string();
        assert!(html.contains("Körperschaft des öffentlichen Rechts"));
        assert!(html.contains("Umsatzsteuer-Identifikationsnummer") && html.contains("DE 123"));
        let none = German::repository_with(&[("operator", "vat_id", NO_VAT_ID)]);
        let html = impressum(&none.sources(Mail::Off)).unwrap().into_string();
        assert!(!html.contains("Umsatzsteuer") && !html.contains(NO_VAT_ID));
        assert!(
            html.contains("contact-card"),
            "the Koordinierungsstelle's card"
        );
        assert!(
            html.contains("kein Postfach"),
            "the address placeholder asks for one to serve"
        );
    }
}
