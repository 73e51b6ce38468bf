//! `/barrierefreiheit`: the accessibility statement (§ 9b Abs. 2 NBGG, after the EU model
//! statement 2018/1523): scope, conformity (`vollständig`, `teilweise` or `nicht`, each with its
//! own text), each part that is not accessible with its reason and alternative, the method,
//! the ways to report a barrier (the form, a `mailto:` link, the phone), the Schlichtungsstelle.

use super::content::{phone_link, Sources};
use crate::site::format::CONFORMITY;
use anyhow::{bail, Result};
use model::html;
use model::html::Html;

/// The parts that are not accessible: each has `-reason` and `-alternative` messages.
const GAPS: [&str; 3] = [
    "accessibility-gap-sources",
    "accessibility-gap-easy",
    "accessibility-gap-sign",
];

pub fn accessibility(s: &Sources) -> Result<Html> {
    let mut html = html!(
        "<h1>{heading}</h1>{note}",
        heading = s.legal.html("accessibility-heading", &[]),
        note = s.binding_note("/barrierefreiheit"),
    );
    html = html + s.paragraph("accessibility-intro", &[]);
    html = html + s.heading("accessibility-scope-heading");
    html = html + s.filled("accessibility-scope", &[("site", "operator.site")])?;
    html = html + status(s)?;
    html = html + s.heading("accessibility-method-heading");
    html = html + s.filled("accessibility-method", &[("date", "accessibility.date")])?;
    html = html + s.paragraph("accessibility-method-manual", &[]);
    html = html
        + html!(
            "<h2 id=\"barriere-melden\">{heading}</h2>",
            heading = s.legal.html("accessibility-report-heading", &[]),
        );
    html = html + s.paragraph("accessibility-report-intro", &[]);
    html = html + super::feedback_form::form(s.legal, s.register);
    html = html
        + html!(
            "<p id=\"barriere-kontakt\">{text}</p>",
            text = s.legal.html(
                "accessibility-report-other",
                &[
                    ("contact", s.link("accessibility.contact")?),
                    ("phone", phone_link()),
                ],
            ),
        );
    html = html + s.paragraph("accessibility-report-ask", &[]);
    html = html + s.heading("accessibility-enforcement-heading");
    html = html + s.paragraph("accessibility-enforcement", &[]);
    let body = html!(
        "{name}<br>{link}",
        name = s.value("accessibility.schlichtungsstelle")?,
        link = s.link("accessibility.schlichtungsstelle_url")?,
    );
    html = html
        + html!(
            "<p id=\"schlichtungsstelle\">{text}</p>",
            text = s.legal.html(
                "accessibility-enforcement-contact",
                &[("schlichtungsstelle", body)]
            ),
        );
    Ok(html)
}

/// The conformity statement, and unless fully conformant, what is not accessible.
fn status(s: &Sources) -> Result<Html> {
    let conformity = s.site.filled("accessibility.conformity").unwrap_or("");
    let id = match CONFORMITY.iter().position(|c| *c == conformity) {
        Some(0) => "accessibility-status-full",
        Some(1) => "accessibility-status-partial",
        Some(_) => "accessibility-status-none",
        None => bail!(
            "config/site.toml accessibility.conformity is {conformity:?}: one of {CONFORMITY:?}"
        ),
    };
    let mut html = s.heading("accessibility-status-heading")
        + html!(
            "<p id=\"vereinbarkeit\" data-conformity=\"{conformity}\">{text}</p>",
            conformity = conformity,
            text = s.legal.html(id, &[]),
        );
    if id != "accessibility-status-full" {
        let gaps: Html = GAPS.iter().map(|gap| gap_item(s, gap)).collect();
        html = html
            + s.heading("accessibility-gaps-heading")
            + html!("<ul class=\"gaps\">{gaps}</ul>", gaps = gaps);
    }
    Ok(html)
}

/// One part that is not accessible: what, why, and the other way to its content.
fn gap_item(s: &Sources, gap: &str) -> Html {
    html!(
        "<li>{what}<br><strong>{reason_label}</strong> {reason}<br><strong>{alternative_label}</strong> {alternative}</li>",
        what = s.legal.html(gap, &[]),
        reason_label = s.legal.html("accessibility-reason", &[]),
        reason = s.legal.html(&format!("{gap}-reason"), &[]),
        alternative_label = s.legal.html("accessibility-alternative", &[]),
        alternative = s.legal.html(&format!("{gap}-alternative"), &[]),
    )
}

#[cfg(test)]
mod tests {
    use super::super::content::testing::German;
    use super::*;
    use crate::site::Mail;

    fn statement(conformity: &str) -> String {
        let german = German::repository_with(&[("accessibility", "conformity", conformity)]);
        accessibility(&german.sources(Mail::Off))
            .unwrap()
            .into_string()
    }

    #[test]
    fn each_conformity_has_its_own_statement() {
        let full = statement("vollständig");
        assert!(full.contains("vollständig vereinbar") && !full.contains("class=\"gaps\""));
        let partly = statement("teilweise");
        assert!(partly.contains("teilweise vereinbar") && partly.contains("class=\"gaps\""));
        let not = statement("nicht");
        assert!(not.contains(">Die Website ist mit den Anforderungen der WCAG 2.1 auf Stufe AA und der Norm EN 301 549 V3.2.1 nicht vereinbar."));
        assert!(not.contains("class=\"gaps\""));
        for html in [&partly, &not] {
            assert_eq!(html.matches("<strong>Grund:</strong>").count(), GAPS.len());
        }
        let german = German::repository_with(&[("accessibility", "conformity", "teils")]);
        assert!(accessibility(&german.sources(Mail::Off)).is_err());
    }

    #[test]
    fn filled_in_the_contact_and_the_schlichtungsstelle_are_links() {
        let german = German::repository_with(&[
            ("accessibility", "contact", "barrierefrei@braunschweig.de"),
            (
                "accessibility",
                "schlichtungsstelle_url",
                "https://schlichtung.example.org/nbgg",
            ),
        ]);
        let html = accessibility(&german.sources(Mail::Off))
            .unwrap()
            .into_string();
        assert!(
            html.contains("<a href=\"mailto:barrierefrei@braunschweig.de\""),
            "{html}"
        );
        assert!(html.contains("<a href=\"https://schlichtung.example.org/nbgg\""));
        assert!(html.contains("href=\"tel:+495314705091\""));
        // The repository's placeholders stay marked, never a link to nowhere.
        let placeholders = statement("teilweise");
        assert!(!placeholders.contains("mailto:"));
        assert!(
            placeholders.contains("noch auszufüllen: E-Mail-Adresse für Meldungen zu Barrieren")
        );
    }
}
