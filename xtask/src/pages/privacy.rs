//! `/datenschutz`: the privacy notice (Art. 13 DSGVO, § 25 TDDDG). What one must give to
//! register is read from the model's rules, the periods from wrangler.toml and the model, what
//! only the city can say from `config/site.toml`. Rendered twice: with and without the mail
//! section, which the Worker picks by whether its `send_email` binding is there.

use super::content::Sources;
use crate::site::format::PLANS;
use crate::site::Mail;
use anyhow::Result;
use model::html;
use model::html::Html;
use model::registration::required::{required_fields, required_for_a_call};
use model::retention::{UNCONFIRMED_DAYS, UNCONFIRMED_MAX_DAYS};

/// Days D1's Time Travel can restore on each plan (`PLANS`, in its order).
const RESTORE_DAYS: [u32; 2] = [30, 7];

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
    html = html + browser(s);
    html = html + registration(s)?;
    if s.mail == Mail::On {
        html = html + mail(s)?;
    }
    html = html + s.heading("privacy-feedback-heading");
    html = html
        + s.filled(
            "privacy-feedback",
            &[("basis_feedback", "privacy.basis_feedback")],
        )?;
    html = html + staff(s)?;
    html = html + editors(s)?;
    html = html + recipients(s)?;
    html = html + s.heading("privacy-transfer-heading");
    html = html
        + s.filled(
            "privacy-transfer",
            &[("transfer_safeguard", "privacy.transfer_safeguard")],
        )?;
    html = html + how_long(s)?;
    html = html + s.section("privacy-voluntary-heading", &["privacy-voluntary"]);
    html = html + rights(s)?;
    html = html + s.paragraph("privacy-automated", &[]);
    html = html + s.contact_card();
    Ok(html)
}

/// § 25 TDDDG: the language cookie, the offline copy, the form's draft.
fn browser(s: &Sources) -> Html {
    let items: Html = [
        "privacy-browser-cookie",
        "privacy-browser-offline",
        "privacy-browser-draft",
    ]
    .iter()
    .map(|id| s.item(id, &[]))
    .collect();
    s.heading("privacy-browser-heading")
        + s.paragraph("privacy-browser-intro", &[])
        + html!("<ul id=\"im-browser\">{items}</ul>", items = items)
}

/// What a registration stores, what it needs (from the model's rules), its legal bases.
fn registration(s: &Sources) -> Result<Html> {
    let required: Html = required_fields()
        .into_iter()
        .map(|field| {
            html!(
                "<li data-field=\"{field}\">{text}</li>",
                field = field,
                text = s.legal.html(&format!("privacy-required-{field}"), &[]),
            )
        })
        .collect();
    let for_a_call = required_for_a_call();
    assert_eq!(
        for_a_call,
        ["phone"],
        "privacy-required-call names the phone only"
    );
    Ok(s.heading("privacy-register-heading")
        + s.paragraph("privacy-register", &[])
        + s.paragraph("privacy-required", &[])
        + html!(
            "<ul id=\"pflichtangaben\">{required}</ul>",
            required = required
        )
        + s.paragraph("privacy-required-call", &[])
        + s.filled(
            "privacy-special",
            &[("basis_special", "privacy.basis_special")],
        )?
        + s.filled(
            "privacy-limit",
            &[("basis_protection", "privacy.basis_protection")],
        )?
        + s.paragraph("privacy-own-link", &[])
        + s.paragraph("privacy-figures", &[])
        + s.section(
            "privacy-network-contact-heading",
            &["privacy-network-contact", "privacy-network-contact-end"],
        ))
}

/// Only while mail is on: the confirmation, the outbox, the per-mailbox limit, a new address.
fn mail(s: &Sources) -> Result<Html> {
    let days = |n: u32| html!("{n}", n = n);
    Ok(html!(
        "<section id=\"e-mails\">{heading}{mail}{outbox}{limit}{change}</section>",
        heading = s.heading("privacy-mail-heading"),
        mail = s.paragraph(
            "privacy-mail",
            &[
                ("unconfirmed_days", days(UNCONFIRMED_DAYS)),
                ("unconfirmed_max_days", days(UNCONFIRMED_MAX_DAYS)),
            ],
        ),
        outbox = s.paragraph(
            "privacy-mail-outbox",
            &[("unconfirmed_days", days(UNCONFIRMED_DAYS))]
        ),
        limit = s.filled(
            "privacy-mail-limit",
            &[("basis_protection", "privacy.basis_protection")],
        )?,
        change = s.paragraph("privacy-mail-change", &[]),
    ))
}

/// The coordinators' own data.
fn staff(s: &Sources) -> Result<Html> {
    Ok(s.heading("privacy-staff-heading")
        + s.filled(
            "privacy-staff",
            &[("audit_retention_days", "privacy.audit_retention_days")],
        )?
        + s.paragraph("privacy-staff-mail", &[])
        + s.filled(
            "privacy-staff-basis",
            &[("basis_staff", "privacy.basis_staff")],
        )?)
}

/// The networks' editors' data ("Netzwerk-Zugang"); what they are mailed only with mail on.
fn editors(s: &Sources) -> Result<Html> {
    let mut html = s.heading("privacy-editors-heading") + s.paragraph("privacy-editors", &[]);
    if s.mail == Mail::On {
        html = html
            + s.paragraph("privacy-editors-mail", &[])
            + s.paragraph("privacy-editors-reminder", &[]);
    }
    let basis = [("basis_editors", "privacy.basis_editors")];
    Ok(html
        + s.filled("privacy-editors-basis", &basis)?
        + s.heading("privacy-requests-heading")
        + s.paragraph("privacy-requests", &[])
        + s.filled("privacy-requests-basis", &basis)?)
}

/// Who can read the data: the Koordinierungsstelle, the city's IT, CSV exports, Cloudflare.
fn recipients(s: &Sources) -> Result<Html> {
    Ok(s.heading("privacy-who-heading")
        + s.paragraph("privacy-who", &[])
        + s.filled(
            "privacy-who-it",
            &[("database_access", "privacy.database_access")],
        )?
        + s.filled(
            "privacy-who-export",
            &[("export_deletion_days", "privacy.export_deletion_days")],
        )?
        + s.section("privacy-processor-heading", &["privacy-processor"]))
}

/// Retention, and for how long D1 can still restore what was erased.
fn how_long(s: &Sources) -> Result<Html> {
    let plan = s.site.filled("operator.cloudflare_plan");
    let restore_days = match PLANS.iter().position(|known| Some(*known) == plan) {
        Some(index) => html!("{n}", n = RESTORE_DAYS[index]),
        None => s.value("operator.cloudflare_plan")?,
    };
    Ok(s.heading("privacy-how-long-heading")
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
        )
        + html!(
            "<p id=\"wiederherstellung\">{text}</p>",
            text = s.legal.html(
                "privacy-restore",
                &[
                    ("restore_days", restore_days),
                    ("plan", s.value("operator.cloudflare_plan")?),
                ],
            ),
        ))
}

fn rights(s: &Sources) -> Result<Html> {
    let mut rights: Html = [
        "privacy-right-access",
        "privacy-right-rectify",
        "privacy-right-erase",
        "privacy-right-restrict",
        "privacy-right-portability",
        "privacy-right-object",
        "privacy-right-withdraw",
    ]
    .iter()
    .map(|id| s.item(id, &[]))
    .collect();
    rights = rights
        + s.item(
            "privacy-right-complain",
            &[("authority", s.value("privacy.authority")?)],
        );
    Ok(s.heading("privacy-rights-heading")
        + s.paragraph("privacy-rights-intro", &[])
        + html!("<ul>{rights}</ul>", rights = rights))
}

#[cfg(test)]
mod tests {
    use super::super::content::testing::German;
    use super::*;

    fn notice(mail: Mail, changes: &[(&str, &str, &str)]) -> String {
        let german = German::repository_with(changes);
        privacy(&german.sources(mail)).unwrap().into_string()
    }

    #[test]
    fn the_mail_section_is_there_only_with_mail() {
        assert!(notice(Mail::On, &[]).contains("<section id=\"e-mails\">"));
        let off = notice(Mail::Off, &[]);
        assert!(!off.contains("id=\"e-mails\"") && !off.contains("Bestätigungs-E-Mails"));
    }

    #[test]
    fn the_required_fields_come_from_the_rules() {
        let html = notice(Mail::Off, &[]);
        for field in required_fields() {
            assert!(
                html.contains(&format!("<li data-field=\"{field}\">")),
                "{field}"
            );
        }
        assert_eq!(html.matches("data-field=").count(), required_fields().len());
    }

    #[test]
    fn the_plan_says_how_long_erased_data_can_be_restored() {
        let paid = notice(
            Mail::Off,
            &[("operator", "cloudflare_plan", "Workers Paid")],
        );
        assert!(paid.contains("der letzten 30 Tage"), "{paid}");
        let free = notice(
            Mail::Off,
            &[("operator", "cloudflare_plan", "Workers Free")],
        );
        assert!(free.contains("der letzten 7 Tage"));
        assert!(notice(Mail::Off, &[]).contains("noch auszufüllen: Tarif bei Cloudflare"));
    }

    #[test]
    fn a_keyed_hash_is_pseudonymised_not_encrypted() {
        let html = notice(Mail::On, &[]);
        assert!(html.contains("pseudonymisierten Prüfwert") && !html.contains("verschlüssel"));
    }
}
