//! The registration form as the Worker sends it (`/mitmachen`): every field, already
//! preselected from the link, readable and fillable before the form's wasm runs. The wasm
//! makes these same fields live (`app/src/register/fields.rs`) and adds the button; offline it
//! renders this markup itself. Sent from here, the form has no button:
//! without JavaScript it cannot send, so it shows the Koordinierungsstelle's phone instead.

use super::{activity, language_name, t, te, Words};
use crate::district::STADTBEZIRKE;
use crate::language::LANGUAGES;
use crate::markup::escape;
use crate::registration::{BY_ARRANGEMENT, DAYTIMES, MAX_MESSAGE_CHARS, WEEKDAYS};
use crate::{Activity, ContactVia, Need, Network, RegistrationInput, KOORDINIERUNGSSTELLE};
use std::fmt::Write;

fn checked(yes: bool) -> &'static str {
    if yes {
        " checked"
    } else {
        ""
    }
}

/// A text input: (field name, input type, autocomplete).
fn text_field(
    html: &mut String,
    words: &dyn Words,
    (field, kind, autocomplete): (&str, &str, &str),
    value: &str,
) {
    let _ = write!(
        html,
        "<div class=\"field\"><label for=\"feld-{field}\">{}</label><input id=\"feld-{field}\" name=\"{field}\" type=\"{kind}\" autocomplete=\"{}\" value=\"{}\"></div>",
        te(words, &format!("field-{}", field.replace('_', "-"))),
        autocomplete,
        escape(value)
    );
}

/// A group of checkboxes: (value, label, checked).
fn checkboxes(html: &mut String, legend: &str, field: &str, choices: &[(String, String, bool)]) {
    let _ = write!(
        html,
        "<fieldset class=\"field choices\"><legend>{}</legend><div class=\"choice-grid\">",
        escape(legend)
    );
    choice_boxes(html, field, choices);
    html.push_str("</div></fieldset>");
}

/// The checkboxes of a group, (value, label, checked) each; the form's wasm puts the same
/// markup into its `choice-grid` (one call into the page instead of a dozen per box).
pub fn choice_boxes(html: &mut String, field: &str, choices: &[(String, String, bool)]) {
    for (i, (value, label, on)) in choices.iter().enumerate() {
        let id = if i == 0 {
            format!("feld-{field}")
        } else {
            format!("feld-{field}-{value}")
        };
        let lang = if field == "districts" {
            " lang=\"de\""
        } else {
            ""
        };
        let _ = write!(
            html,
            "<label class=\"choice\" for=\"{id}\"><input type=\"checkbox\" id=\"{id}\" name=\"{field}\" value=\"{}\"{}><span{lang}>{}</span></label>",
            escape(value),
            checked(*on),
            escape(label)
        );
    }
}

/// The form's page, with the fields showing `input` (the link's preselection) and, first, the
/// need it answers (if it is still open: a box to untick).
pub fn registration_page(
    words: &dyn Words,
    networks: &[Network],
    input: &RegistrationInput,
    need: Option<&Need>,
    mail_on: bool,
) -> String {
    let mut html = format!(
        "<div class=\"page register\"><h1>{}</h1><p class=\"lead\">{}</p><form novalidate>",
        te(words, "register-heading"),
        te(words, "register-lead")
    );
    if let Some(need) = need {
        let _ = write!(
            html,
            "<div class=\"field need\"><label class=\"choice\" for=\"feld-need\"><input type=\"checkbox\" id=\"feld-need\" name=\"need\" value=\"{}\" checked><span>{} <strong lang=\"{}\">{}</strong></span></label></div>",
            escape(&need.slug),
            te(words, "answering-need"),
            escape(&need.content_lang),
            escape(&need.title)
        );
    }
    text_field(&mut html, words, ("name", "text", "name"), &input.name);
    text_field(&mut html, words, ("email", "email", "email"), &input.email);
    text_field(
        &mut html,
        words,
        ("phone", "tel", "tel"),
        input.phone.as_deref().unwrap_or_default(),
    );
    let phone = input.contact_via == ContactVia::Phone;
    let _ = write!(
        html,
        "<fieldset class=\"field\"><legend>{}</legend><label class=\"choice\" for=\"feld-contact_via\"><input type=\"radio\" id=\"feld-contact_via\" name=\"contact_via\" value=\"email\"{}><span>{}</span></label><label class=\"choice\" for=\"feld-contact_via-phone\"><input type=\"radio\" id=\"feld-contact_via-phone\" name=\"contact_via\" value=\"phone\"{}><span>{}</span></label></fieldset>",
        te(words, "field-contact-via"),
        checked(!phone),
        te(words, "via-email"),
        checked(phone),
        te(words, "via-phone")
    );
    let districts: Vec<_> = STADTBEZIRKE
        .iter()
        .map(|(n, name)| (n.to_string(), name.to_string(), input.districts.contains(n)))
        .collect();
    checkboxes(
        &mut html,
        &t(words, "field-districts"),
        "districts",
        &districts,
    );
    let _ = write!(
        html,
        "<div class=\"field\"><label for=\"feld-network\">{}</label><select id=\"feld-network\" name=\"network\"><option value=\"\">{}</option>",
        te(words, "field-network"),
        te(words, "no-network")
    );
    for network in networks {
        let selected = if input.network.as_deref() == Some(&network.slug) {
            " selected"
        } else {
            ""
        };
        let _ = write!(
            html,
            "<option value=\"{}\"{selected} lang=\"{}\">{}</option>",
            escape(&network.slug),
            escape(&network.content_lang),
            escape(&network.name)
        );
    }
    html.push_str("</select></div>");
    let interests: Vec<_> = Activity::ALL
        .iter()
        .map(|a| {
            (
                a.key().to_string(),
                activity(words, *a),
                input.interests.contains(a),
            )
        })
        .collect();
    checkboxes(
        &mut html,
        &t(words, "field-interests"),
        "interests",
        &interests,
    );
    let languages: Vec<_> = LANGUAGES
        .iter()
        .map(|(c, _)| {
            (
                c.to_string(),
                language_name(words, c),
                input.languages.iter().any(|l| l == c),
            )
        })
        .collect();
    checkboxes(
        &mut html,
        &t(words, "field-languages"),
        "languages",
        &languages,
    );
    text_field(
        &mut html,
        words,
        ("languages_other", "text", "off"),
        input.languages_other.as_deref().unwrap_or_default(),
    );
    availability(&mut html, words, input);
    let message = input.message.as_deref().unwrap_or_default();
    let contact = KOORDINIERUNGSSTELLE;
    // Only a site that sends mail offers one.
    let notify = if mail_on {
        format!(
            "<div class=\"field\"><label class=\"choice\" for=\"feld-notify_placed\"><input type=\"checkbox\" id=\"feld-notify_placed\" name=\"notify_placed\"{}><span>{}</span></label></div>",
            checked(input.notify_placed),
            te(words, "notify-placed")
        )
    } else {
        String::new()
    };
    let _ = write!(
        html,
        "<div class=\"field\"><label for=\"feld-message\">{}</label><textarea id=\"feld-message\" name=\"message\" rows=\"4\" maxlength=\"{MAX_MESSAGE_CHARS}\" aria-describedby=\"message-zaehler\">{}</textarea><p class=\"hint\" id=\"message-zaehler\">{}</p></div>{notify}\
         <div class=\"field consent\"><label class=\"choice\" for=\"feld-consent\"><input type=\"checkbox\" id=\"feld-consent\" name=\"consent\"{}><span>{} <a href=\"/datenschutz\">{}</a>{}</span></label></div>\
         <div class=\"hp\" aria-hidden=\"true\"><label>Website <input type=\"text\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></label></div>\
         <noscript><p class=\"form-no-script\">{} <a class=\"phone\" href=\"{}\">{}</a></p></noscript></form></div>",
        te(words, "field-message"),
        escape(message),
        escape(&message_count(words, message)),
        checked(input.consent),
        te(words, "consent-before"),
        te(words, "consent-link"),
        te(words, "consent-after"),
        te(words, "form-no-script"),
        escape(&contact.phone_uri()),
        escape(contact.phone),
    );
    html
}

/// "19 / 1000 Zeichen": how much of the message's room is used (the form's wasm keeps it current).
pub fn message_count(words: &dyn Words, message: &str) -> String {
    words.text(
        "message-count",
        &[
            ("count", &message.chars().count().to_string()),
            ("max", &MAX_MESSAGE_CHARS.to_string()),
        ],
    )
}

/// "Wann haben Sie Zeit?": weekdays × times of day, or "nach Absprache".
fn availability(html: &mut String, words: &dyn Words, input: &RegistrationInput) {
    let _ = write!(
        html,
        "<fieldset class=\"field availability\"><legend>{}</legend><div class=\"slots\">",
        te(words, "field-availability")
    );
    availability_slots(html, words, input);
    html.push_str("</div></fieldset>");
}

/// The availability's grid and its "nach Absprache", as the form's wasm shows them too.
pub fn availability_slots(html: &mut String, words: &dyn Words, input: &RegistrationInput) {
    let has = |value: &str| input.availability.iter().any(|a| a == value);
    html.push_str("<table><thead><tr><td></td>");
    for (time, _) in DAYTIMES {
        let _ = write!(
            html,
            "<th scope=\"col\">{}</th>",
            te(words, &format!("time-{time}"))
        );
    }
    html.push_str("</tr></thead><tbody>");
    for (d, (day, _)) in WEEKDAYS.iter().enumerate() {
        let _ = write!(
            html,
            "<tr><th scope=\"row\">{}</th>",
            te(words, &format!("day-{day}"))
        );
        for (n, (time, _)) in DAYTIMES.iter().enumerate() {
            let value = format!("{day}-{time}");
            let id = if d == 0 && n == 0 {
                "feld-availability".to_string()
            } else {
                format!("feld-availability-{value}")
            };
            let label = format!(
                "{} {}",
                t(words, &format!("day-{day}")),
                t(words, &format!("time-{time}"))
            );
            let _ = write!(
                html,
                "<td><label class=\"slot\"><input type=\"checkbox\" id=\"{id}\" name=\"availability\" value=\"{value}\" aria-label=\"{}\"{}></label></td>",
                escape(&label),
                checked(has(&value))
            );
        }
        html.push_str("</tr>");
    }
    let _ = write!(
        html,
        "</tbody></table><label class=\"choice\" for=\"feld-availability-by-arrangement\"><input type=\"checkbox\" id=\"feld-availability-by-arrangement\" name=\"availability\" value=\"{BY_ARRANGEMENT}\"{}><span>{}</span></label>",
        checked(has(BY_ARRANGEMENT)),
        te(words, "by-arrangement")
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::german;

    #[test]
    fn the_form_shows_the_preselection_and_the_phone_instead_of_a_button() {
        let mut input = RegistrationInput::default();
        crate::registration::preselect(&mut input, "?bezirk=130");
        let html = german::with(|w| registration_page(w, &[], &input, None, false));
        assert!(html.contains("<input type=\"checkbox\" id=\"feld-districts-130\" name=\"districts\" value=\"130\" checked>"));
        assert!(html.contains("<label for=\"feld-name\">Name</label>"));
        assert!(html.contains("href=\"tel:+495314705091\""));
        assert!(html.contains("<p class=\"hint\" id=\"message-zaehler\">0 / 1000 Zeichen</p>"));
        assert!(!html.contains("<button"));
        assert_eq!(html.matches("name=\"availability\"").count(), 22);
    }
}
