//! What each static page says: its sections, from the `legal` messages (and `easy`, German
//! only), filled with the operator's details from `config/site.toml`.

use super::render::{value_html, Messages};
use crate::site::{Site, Value};
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
}

impl Sources<'_> {
    fn value(&self, path: &str) -> Result<Html> {
        Ok(value_html(self.site.get(path)?, self.lang))
    }

    fn heading(&self, id: &str) -> Html {
        html!("<h2>{text}</h2>", text = self.legal.html(id, &[]))
    }

    fn paragraph(&self, id: &str, values: &[(&str, Html)]) -> Html {
        html!("<p>{text}</p>", text = self.legal.html(id, values))
    }

    /// A paragraph whose placeholders take the operator's details: (placeholder, path in
    /// `config/site.toml`).
    fn filled(&self, id: &str, values: &[(&str, &str)]) -> Result<Html> {
        let values = values
            .iter()
            .map(|(name, path)| Ok((*name, self.value(path)?)))
            .collect::<Result<Vec<_>>>()?;
        Ok(self.paragraph(id, &values))
    }

    /// A heading and its paragraphs, none with a placeholder.
    fn section(&self, heading: &str, paragraphs: &[&str]) -> Html {
        paragraphs.iter().fold(self.heading(heading), |html, id| {
            html + self.paragraph(id, &[])
        })
    }

    fn item(&self, id: &str, values: &[(&str, Html)]) -> Html {
        html!("<li>{text}</li>", text = self.legal.html(id, values))
    }

    /// "This is a translation; the German version binds", with a link to it.
    fn binding_note(&self, path: &str) -> Html {
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

    fn contact_card(&self) -> Html {
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
fn phone_link() -> Html {
    html!(
        "<a href=\"{uri}\" dir=\"ltr\">{phone}</a>",
        uri = KOORDINIERUNGSSTELLE.phone_uri(),
        phone = KOORDINIERUNGSSTELLE.phone,
    )
}

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
            "<p><span lang=\"de\">{name}</span><br>{address}</p>",
            name = s.value("operator.name")?,
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
                .html("impressum-email", &[("email", s.value("operator.email")?)]),
        );
    for (heading, path) in [
        (
            "impressum-authority-heading",
            "operator.supervisory_authority",
        ),
        ("impressum-vat-heading", "operator.vat_id"),
        ("impressum-content-heading", "operator.content_responsible"),
    ] {
        html = html + s.heading(heading);
        html = html + html!("<p>{value}</p>", value = s.value(path)?);
    }
    html = html + s.section("impressum-office-heading", &["impressum-office"]);
    html = html + s.contact_card();
    html = html + s.section("impressum-networks-heading", &["impressum-networks"]);
    html = html + s.section("impressum-map-heading", &["impressum-map"]);
    Ok(html)
}

pub fn privacy(s: &Sources) -> Result<Html> {
    let mut html = html!(
        "<h1>{heading}</h1>{note}",
        heading = s.legal.html("privacy-heading", &[]),
        note = s.binding_note("/datenschutz"),
    );
    html = html + s.paragraph("privacy-intro", &[]);
    html = html + s.heading("privacy-controller-heading");
    html = html
        + s.filled(
            "privacy-controller",
            &[
                ("operator", "operator.name"),
                ("representative", "operator.representative"),
                ("address", "operator.address"),
            ],
        )?;
    html = html + s.heading("privacy-dpo-heading");
    html = html + s.filled("privacy-dpo", &[("dpo", "privacy.dpo")])?;
    html = html + s.heading("privacy-visit-heading");
    html = html + s.filled("privacy-visit", &[("basis_visit", "privacy.basis_visit")])?;
    html = html
        + s.section(
            "privacy-register-heading",
            &["privacy-register", "privacy-limit", "privacy-own-link"],
        );
    html = html + s.section("privacy-mail-heading", &["privacy-mail"]);
    html = html + s.heading("privacy-feedback-heading");
    html = html
        + s.filled(
            "privacy-feedback",
            &[("basis_feedback", "privacy.basis_feedback")],
        )?;
    html = html + s.heading("privacy-staff-heading");
    html = html
        + s.filled(
            "privacy-staff",
            &[("audit_retention_days", "privacy.audit_retention_days")],
        )?;
    html = html + s.paragraph("privacy-staff-mail", &[]);
    html = html + s.section("privacy-who-heading", &["privacy-who"]);
    html = html + s.section("privacy-processor-heading", &["privacy-processor"]);
    html = html + s.heading("privacy-transfer-heading");
    html = html
        + s.filled(
            "privacy-transfer",
            &[("transfer_safeguard", "privacy.transfer_safeguard")],
        )?;
    html = html + s.heading("privacy-how-long-heading");
    html = html
        + s.paragraph(
            "privacy-how-long",
            &[
                (
                    "registration_months",
                    html!("{n}", n = s.registration_months),
                ),
                ("feedback_months", html!("{n}", n = s.feedback_months)),
                ("log_retention", s.value("privacy.log_retention")?),
            ],
        );
    html = html + s.section("privacy-voluntary-heading", &["privacy-voluntary"]);
    html = html + s.heading("privacy-rights-heading");
    html = html + s.paragraph("privacy-rights-intro", &[]);
    let mut rights = Html::new();
    for id in [
        "privacy-right-access",
        "privacy-right-rectify",
        "privacy-right-erase",
        "privacy-right-restrict",
        "privacy-right-portability",
        "privacy-right-object",
        "privacy-right-withdraw",
    ] {
        rights = rights + s.item(id, &[]);
    }
    rights = rights
        + s.item(
            "privacy-right-complain",
            &[("authority", s.value("privacy.authority")?)],
        );
    html = html + html!("<ul>{rights}</ul>", rights = rights);
    html = html + s.paragraph("privacy-automated", &[]);
    html = html + s.contact_card();
    Ok(html)
}

pub fn accessibility(s: &Sources) -> Result<Html> {
    let mut html = html!(
        "<h1>{heading}</h1>{note}",
        heading = s.legal.html("accessibility-heading", &[]),
        note = s.binding_note("/barrierefreiheit"),
    );
    html = html + s.filled("accessibility-intro", &[("site", "operator.site")])?;
    html = html + s.heading("accessibility-status-heading");
    let full = s.site.get("accessibility.conformity")? == &Value::Filled("vollständig".into());
    if full {
        html = html + s.paragraph("accessibility-status-full", &[]);
    } else {
        html = html + s.paragraph("accessibility-status-partial", &[]);
        html = html + s.heading("accessibility-gaps-heading");
        let gaps: Html = [
            "accessibility-gap-manual",
            "accessibility-gap-sources",
            "accessibility-gap-easy",
            "accessibility-gap-sign",
        ]
        .iter()
        .map(|id| s.item(id, &[]))
        .collect();
        html = html + html!("<ul>{gaps}</ul>", gaps = gaps);
    }
    html = html + s.heading("accessibility-method-heading");
    html = html + s.filled("accessibility-method", &[("date", "accessibility.date")])?;
    html = html
        + html!(
            "<h2 id=\"barriere-melden\">{heading}</h2>",
            heading = s.legal.html("accessibility-report-heading", &[]),
        );
    html = html + s.paragraph("accessibility-report-intro", &[]);
    html = html + super::feedback_form::form(s.legal, s.register);
    let contact = html!(
        "{phone} · {contact}",
        phone = phone_link(),
        contact = s.value("accessibility.contact")?,
    );
    html = html + s.paragraph("accessibility-report-other", &[("contact", contact)]);
    html = html + s.heading("accessibility-enforcement-heading");
    html = html
        + s.filled(
            "accessibility-enforcement",
            &[("schlichtungsstelle", "accessibility.schlichtungsstelle")],
        )?;
    Ok(html)
}

/// `/leichte-sprache`: German only, one sentence on each line.
pub fn easy_language(easy: &Messages, registration_months: u32) -> Html {
    let lines = |id: &str, values: &[(&str, Html)]| -> Html {
        easy.html_lines(id, values)
            .into_iter()
            .map(|line| html!("<p>{line}</p>", line = line))
            .collect()
    };
    let heading = |id: &str| html!("<h2>{text}</h2>", text = easy.html(id, &[]));
    let button = |href: &str, id: &str| {
        html!(
            "<p><a class=\"button\" href=\"{href}\">{text}</a></p>",
            href = href,
            text = easy.html(id, &[]),
        )
    };
    let months = html!("{n}", n = registration_months);
    html!(
        "<div class=\"easy\"><h1>{heading}</h1>{what_heading}{what}{find_heading}{find}{find_link}\
         {join_heading}{join}{join_link}{data_heading}{data}{questions_heading}{questions}</div>",
        heading = easy.html("easy-heading", &[]),
        what_heading = heading("easy-what-heading"),
        what = lines("easy-what", &[]),
        find_heading = heading("easy-find-heading"),
        find = lines("easy-find", &[]),
        find_link = button("/", "easy-find-link"),
        join_heading = heading("easy-join-heading"),
        join = lines("easy-join", &[]),
        join_link = button("/mitmachen", "easy-join-link"),
        data_heading = heading("easy-data-heading"),
        data = lines("easy-data", &[("months", months)]),
        questions_heading = heading("easy-questions-heading"),
        questions = lines("easy-questions", &[("phone", phone_link())]),
    )
}
