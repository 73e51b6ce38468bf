//! What each static page says: its sections, from the `legal` messages (and `easy`, German
//! only), filled with the operator's details from `config/site.toml`.

use super::render::{value_html, Messages};
use crate::site::{Site, Value};
use anyhow::Result;
use model::markup::{contact_card, escape, CardLabels};
use model::KOORDINIERUNGSSTELLE;

/// Everything a page's text draws on, in one language.
pub struct Sources<'a> {
    pub lang: &'a str,
    pub legal: &'a Messages,
    pub common: &'a Messages,
    pub site: &'a Site,
    /// Months registrations and reports of barriers are kept (from wrangler.toml).
    pub registration_months: u32,
    pub feedback_months: u32,
}

impl Sources<'_> {
    fn value(&self, path: &str) -> Result<String> {
        Ok(value_html(self.site.get(path)?, self.lang))
    }

    fn heading(&self, id: &str) -> String {
        format!("<h2>{}</h2>", self.legal.html(id, &[]))
    }

    fn paragraph(&self, id: &str, values: &[(&str, String)]) -> String {
        format!("<p>{}</p>", self.legal.html(id, values))
    }

    /// "This is a translation; the German version binds", with a link to it.
    fn binding_note(&self, path: &str) -> String {
        if self.lang == "de" {
            return String::new();
        }
        format!(
            "<p class=\"binding-note\">{} <a href=\"{path}?lang=de\" hreflang=\"de\">{}</a></p>",
            self.legal.html("binding-note", &[]),
            self.legal.html("binding-link", &[])
        )
    }

    fn contact_card(&self) -> String {
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
fn phone_link() -> String {
    format!(
        "<a href=\"{}\" dir=\"ltr\">{}</a>",
        escape(&KOORDINIERUNGSSTELLE.phone_uri()),
        escape(KOORDINIERUNGSSTELLE.phone)
    )
}

pub fn impressum(s: &Sources) -> Result<String> {
    let mut html = format!(
        "<h1>{}</h1>{}",
        s.legal.html("impressum-heading", &[]),
        s.binding_note("/impressum")
    );
    html += &s.paragraph("impressum-intro", &[]);
    html += &s.heading("impressum-provider-heading");
    html += &format!(
        "<p><span lang=\"de\">{}</span><br>{}</p>",
        s.value("operator.name")?,
        s.value("operator.address")?
    );
    html += &s.paragraph(
        "impressum-represented",
        &[("representative", s.value("operator.representative")?)],
    );
    html += &s.heading("impressum-contact-heading");
    html += &format!(
        "<p>{}<br>{}</p>",
        s.legal
            .html("impressum-phone", &[("phone", s.value("operator.phone")?)]),
        s.legal
            .html("impressum-email", &[("email", s.value("operator.email")?)])
    );
    for (heading, path) in [
        (
            "impressum-authority-heading",
            "operator.supervisory_authority",
        ),
        ("impressum-vat-heading", "operator.vat_id"),
        ("impressum-content-heading", "operator.content_responsible"),
    ] {
        html += &s.heading(heading);
        html += &format!("<p>{}</p>", s.value(path)?);
    }
    html += &s.heading("impressum-office-heading");
    html += &s.paragraph("impressum-office", &[]);
    html += &s.contact_card();
    html += &s.heading("impressum-networks-heading");
    html += &s.paragraph("impressum-networks", &[]);
    html += &s.heading("impressum-map-heading");
    html += &s.paragraph("impressum-map", &[]);
    Ok(html)
}

pub fn privacy(s: &Sources) -> Result<String> {
    let mut html = format!(
        "<h1>{}</h1>{}",
        s.legal.html("privacy-heading", &[]),
        s.binding_note("/datenschutz")
    );
    html += &s.paragraph("privacy-intro", &[]);
    html += &s.heading("privacy-controller-heading");
    html += &s.paragraph(
        "privacy-controller",
        &[
            ("operator", s.value("operator.name")?),
            ("representative", s.value("operator.representative")?),
            ("address", s.value("operator.address")?),
        ],
    );
    html += &s.heading("privacy-dpo-heading");
    html += &s.paragraph("privacy-dpo", &[("dpo", s.value("privacy.dpo")?)]);
    html += &s.heading("privacy-visit-heading");
    html += &s.paragraph(
        "privacy-visit",
        &[("basis_visit", s.value("privacy.basis_visit")?)],
    );
    html += &s.heading("privacy-register-heading");
    html += &s.paragraph("privacy-register", &[]);
    html += &s.paragraph("privacy-limit", &[]);
    html += &s.paragraph("privacy-own-link", &[]);
    html += &s.heading("privacy-mail-heading");
    html += &s.paragraph("privacy-mail", &[]);
    html += &s.heading("privacy-feedback-heading");
    html += &s.paragraph(
        "privacy-feedback",
        &[("basis_feedback", s.value("privacy.basis_feedback")?)],
    );
    html += &s.heading("privacy-staff-heading");
    html += &s.paragraph(
        "privacy-staff",
        &[("audit_retention", s.value("privacy.audit_retention")?)],
    );
    html += &s.paragraph("privacy-staff-mail", &[]);
    html += &s.heading("privacy-who-heading");
    html += &s.paragraph("privacy-who", &[]);
    html += &s.heading("privacy-processor-heading");
    html += &s.paragraph("privacy-processor", &[]);
    html += &s.heading("privacy-transfer-heading");
    html += &s.paragraph(
        "privacy-transfer",
        &[("transfer_safeguard", s.value("privacy.transfer_safeguard")?)],
    );
    html += &s.heading("privacy-how-long-heading");
    html += &s.paragraph(
        "privacy-how-long",
        &[
            ("registration_months", s.registration_months.to_string()),
            ("feedback_months", s.feedback_months.to_string()),
            ("log_retention", s.value("privacy.log_retention")?),
        ],
    );
    html += &s.heading("privacy-voluntary-heading");
    html += &s.paragraph("privacy-voluntary", &[]);
    html += &s.heading("privacy-rights-heading");
    html += &s.paragraph("privacy-rights-intro", &[]);
    html += "<ul>";
    for id in [
        "privacy-right-access",
        "privacy-right-rectify",
        "privacy-right-erase",
        "privacy-right-restrict",
        "privacy-right-portability",
        "privacy-right-object",
        "privacy-right-withdraw",
    ] {
        html += &format!("<li>{}</li>", s.legal.html(id, &[]));
    }
    html += &format!(
        "<li>{}</li></ul>",
        s.legal.html(
            "privacy-right-complain",
            &[("authority", s.value("privacy.authority")?)]
        )
    );
    html += &s.paragraph("privacy-automated", &[]);
    html += &s.contact_card();
    Ok(html)
}

pub fn accessibility(s: &Sources) -> Result<String> {
    let mut html = format!(
        "<h1>{}</h1>{}",
        s.legal.html("accessibility-heading", &[]),
        s.binding_note("/barrierefreiheit")
    );
    html += &s.paragraph(
        "accessibility-intro",
        &[("site", s.value("operator.site")?)],
    );
    html += &s.heading("accessibility-status-heading");
    let full = s.site.get("accessibility.conformity")? == &Value::Filled("vollständig".into());
    if full {
        html += &s.paragraph("accessibility-status-full", &[]);
    } else {
        html += &s.paragraph("accessibility-status-partial", &[]);
        html += &s.heading("accessibility-gaps-heading");
        html += "<ul>";
        for id in [
            "accessibility-gap-manual",
            "accessibility-gap-sources",
            "accessibility-gap-easy",
            "accessibility-gap-sign",
        ] {
            html += &format!("<li>{}</li>", s.legal.html(id, &[]));
        }
        html += "</ul>";
    }
    html += &s.heading("accessibility-method-heading");
    html += &s.paragraph(
        "accessibility-method",
        &[("date", s.value("accessibility.date")?)],
    );
    html += &format!(
        "<h2 id=\"barriere-melden\">{}</h2>",
        s.legal.html("accessibility-report-heading", &[])
    );
    html += &s.paragraph("accessibility-report-intro", &[]);
    html += &super::feedback_form::form(s.legal);
    let contact = format!("{} · {}", phone_link(), s.value("accessibility.contact")?);
    html += &s.paragraph("accessibility-report-other", &[("contact", contact)]);
    html += &s.heading("accessibility-enforcement-heading");
    html += &s.paragraph(
        "accessibility-enforcement",
        &[(
            "schlichtungsstelle",
            s.value("accessibility.schlichtungsstelle")?,
        )],
    );
    Ok(html)
}

/// `/leichte-sprache`: German only, one sentence on each line.
pub fn easy_language(easy: &Messages, registration_months: u32) -> String {
    let lines = |id: &str, values: &[(&str, String)]| {
        easy.html(id, values)
            .lines()
            .map(|line| format!("<p>{}</p>", line.trim()))
            .collect::<String>()
    };
    let heading = |id: &str| format!("<h2>{}</h2>", easy.html(id, &[]));
    let mut html = format!(
        "<div class=\"easy\"><h1>{}</h1>",
        easy.html("easy-heading", &[])
    );
    html += &heading("easy-what-heading");
    html += &lines("easy-what", &[]);
    html += &heading("easy-find-heading");
    html += &lines("easy-find", &[]);
    html += &format!(
        "<p><a class=\"button\" href=\"/\">{}</a></p>",
        easy.html("easy-find-link", &[])
    );
    html += &heading("easy-join-heading");
    html += &lines("easy-join", &[]);
    html += &format!(
        "<p><a class=\"button\" href=\"/mitmachen\">{}</a></p>",
        easy.html("easy-join-link", &[])
    );
    html += &heading("easy-data-heading");
    html += &lines("easy-data", &[("months", registration_months.to_string())]);
    html += &heading("easy-questions-heading");
    html += &lines("easy-questions", &[("phone", phone_link())]);
    html += "</div>";
    html
}
