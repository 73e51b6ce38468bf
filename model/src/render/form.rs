//! The registration form as the Worker sends it (`/mitmachen`): every field, already
//! preselected from the link, readable and fillable before the form's wasm runs. The wasm
//! makes these same fields live (`app/src/register/fields.rs`) and adds the button; offline it
//! renders this markup itself. Sent from here, the form has no button:
//! without JavaScript it cannot send, so it shows the Koordinierungsstelle's phone instead.

use super::{activity, language_name, t, Words};
use crate::district::STADTBEZIRKE;
use crate::html::Html;
use crate::language::LANGUAGES;
use crate::registration::{BY_ARRANGEMENT, DAYTIMES, MAX_MESSAGE_CHARS, WEEKDAYS};
use crate::{html, push_html};
use crate::{Activity, ContactVia, Need, Network, RegistrationInput, KOORDINIERUNGSSTELLE};

fn checked(yes: bool) -> &'static str {
    if yes {
        " checked"
    } else {
        ""
    }
}

/// A text input: (field name, input type, autocomplete).
fn text_field(
    html: &mut Html,
    words: &dyn Words,
    (field, kind, autocomplete): (&str, &str, &str),
    value: &str,
) {
    push_html!(
        html,
        "<div class=\"field\"><label for=\"feld-{field}\">{label}</label><input id=\"feld-{field}\" name=\"{field}\" type=\"{kind}\" autocomplete=\"{autocomplete}\" value=\"{value}\"></div>",
        field = field,
        label = t(words, &format!("field-{}", field.replace('_', "-"))),
        kind = kind,
        autocomplete = autocomplete,
        value = value,
    );
}

/// A group of checkboxes: (value, label, checked).
fn checkboxes(html: &mut Html, legend: &str, field: &str, choices: &[(String, String, bool)]) {
    push_html!(
        html,
        "<fieldset class=\"field choices\"><legend>{legend}</legend><div class=\"choice-grid\">{boxes}</div></fieldset>",
        legend = legend,
        boxes = choice_boxes(field, choices),
    );
}

/// The checkboxes of a group, (value, label, checked) each; the form's wasm puts the same
/// markup into its `choice-grid` (one call into the page instead of a dozen per box).
pub fn choice_boxes(field: &str, choices: &[(String, String, bool)]) -> Html {
    let mut html = Html::new();
    for (i, (value, label, on)) in choices.iter().enumerate() {
        let id = if i == 0 {
            format!("feld-{field}")
        } else {
            format!("feld-{field}-{value}")
        };
        let lang = if field == "districts" {
            html!(" lang=\"de\"")
        } else {
            Html::new()
        };
        push_html!(
            html,
            "<label class=\"choice\" for=\"{id}\"><input type=\"checkbox\" id=\"{id}\" name=\"{field}\" value=\"{value}\"{checked}><span{lang}>{label}</span></label>",
            id = id,
            field = field,
            value = value,
            checked = checked(*on),
            lang = lang,
            label = label,
        );
    }
    html
}

/// The form's page, with the fields showing `input` (the link's preselection) and, first, the
/// need it answers (if it is still open: a box to untick).
pub fn registration_page(
    words: &dyn Words,
    networks: &[Network],
    input: &RegistrationInput,
    need: Option<&Need>,
    mail_on: bool,
) -> Html {
    let mut html = html!(
        "<div class=\"page register\"><h1>{heading}</h1><p class=\"lead\">{lead}</p><form novalidate>",
        heading = t(words, "register-heading"),
        lead = t(words, "register-lead"),
    );
    if let Some(need) = need {
        push_html!(
            html,
            "<div class=\"field need\"><label class=\"choice\" for=\"feld-need\"><input type=\"checkbox\" id=\"feld-need\" name=\"need\" value=\"{slug}\" checked><span>{answering} <strong lang=\"{lang}\">{title}</strong></span></label></div>",
            slug = need.slug,
            answering = t(words, "answering-need"),
            lang = need.content_lang,
            title = need.title,
        );
        if need.network_contact {
            network_contact(&mut html, words, need, input.network_contact);
        }
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
    push_html!(
        html,
        "<fieldset class=\"field\"><legend>{legend}</legend><label class=\"choice\" for=\"feld-contact_via\"><input type=\"radio\" id=\"feld-contact_via\" name=\"contact_via\" value=\"email\"{email_checked}><span>{email}</span></label><label class=\"choice\" for=\"feld-contact_via-phone\"><input type=\"radio\" id=\"feld-contact_via-phone\" name=\"contact_via\" value=\"phone\"{phone_checked}><span>{phone}</span></label></fieldset>",
        legend = t(words, "field-contact-via"),
        email_checked = checked(!phone),
        email = t(words, "via-email"),
        phone_checked = checked(phone),
        phone = t(words, "via-phone"),
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
    push_html!(
        html,
        "<div class=\"field\"><label for=\"feld-network\">{label}</label><select id=\"feld-network\" name=\"network\"><option value=\"\">{none}</option>",
        label = t(words, "field-network"),
        none = t(words, "no-network"),
    );
    for network in networks {
        let selected = if input.network.as_deref() == Some(&network.slug) {
            " selected"
        } else {
            ""
        };
        push_html!(
            html,
            "<option value=\"{slug}\"{selected} lang=\"{lang}\">{name}</option>",
            slug = network.slug,
            selected = selected,
            lang = network.content_lang,
            name = network.name,
        );
    }
    push_html!(html, "</select></div>");
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
        html!(
            "<div class=\"field\"><label class=\"choice\" for=\"feld-notify_placed\"><input type=\"checkbox\" id=\"feld-notify_placed\" name=\"notify_placed\"{checked}><span>{label}</span></label></div>",
            checked = checked(input.notify_placed),
            label = t(words, "notify-placed"),
        )
    } else {
        Html::new()
    };
    push_html!(
        html,
        "<div class=\"field\"><label for=\"feld-message\">{label}</label><p class=\"hint\" id=\"message-hinweis\">{special}</p><textarea id=\"feld-message\" name=\"message\" rows=\"4\" maxlength=\"{max}\" aria-describedby=\"message-hinweis message-zaehler\">{message}</textarea><p class=\"hint\" id=\"message-zaehler\">{count}</p></div>{notify}\
         <div class=\"field consent\"><label class=\"choice\" for=\"feld-consent\"><input type=\"checkbox\" id=\"feld-consent\" name=\"consent\"{consent_checked}><span>{before} <a href=\"/datenschutz\">{link}</a>{after}</span></label></div>\
         <div class=\"hp\" aria-hidden=\"true\"><label>Website <input type=\"text\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></label></div>\
         <noscript><p class=\"form-no-script\">{no_script} <a class=\"phone\" href=\"{phone_uri}\">{phone}</a></p></noscript></form></div>",
        label = t(words, "field-message"),
        special = t(words, "hint-special"),
        max = MAX_MESSAGE_CHARS,
        message = message,
        count = message_count(words, message),
        notify = notify,
        consent_checked = checked(input.consent),
        before = t(words, "consent-before"),
        link = t(words, "consent-link"),
        after = t(words, "consent-after"),
        no_script = t(words, "form-no-script"),
        phone_uri = contact.phone_uri(),
        phone = contact.phone,
    );
    html
}

/// Answering a need of a network with an editor: may that network contact them directly?
/// Never ticked unless they tick it; the hint says what the network then sees.
fn network_contact(html: &mut Html, words: &dyn Words, need: &Need, on: bool) {
    let name = need.network_name.as_deref().unwrap_or_default();
    let lang = need.network_lang.as_deref().unwrap_or("de");
    push_html!(
        html,
        "<div class=\"field\"><label class=\"choice\" for=\"feld-network_contact\"><input type=\"checkbox\" id=\"feld-network_contact\" name=\"network_contact\" aria-describedby=\"network_contact-hinweis\"{checked}><span>{label} <strong lang=\"{lang}\">{name}</strong></span></label><p class=\"hint\" id=\"network_contact-hinweis\">{hint}</p></div>",
        checked = checked(on),
        label = t(words, "network-contact"),
        lang = lang,
        name = name,
        hint = t(words, "network-contact-hint"),
    );
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
fn availability(html: &mut Html, words: &dyn Words, input: &RegistrationInput) {
    push_html!(
        html,
        "<fieldset class=\"field availability\"><legend>{legend}</legend><div class=\"slots\">{slots}</div></fieldset>",
        legend = t(words, "field-availability"),
        slots = availability_slots(words, input),
    );
}

/// The availability's grid and its "nach Absprache", as the form's wasm shows them too.
pub fn availability_slots(words: &dyn Words, input: &RegistrationInput) -> Html {
    let has = |value: &str| input.availability.iter().any(|a| a == value);
    let mut html = html!("<table><thead><tr><td></td>");
    for (time, _) in DAYTIMES {
        push_html!(
            html,
            "<th scope=\"col\">{label}</th>",
            label = t(words, &format!("time-{time}")),
        );
    }
    push_html!(html, "</tr></thead><tbody>");
    for (d, (day, _)) in WEEKDAYS.iter().enumerate() {
        push_html!(
            html,
            "<tr><th scope=\"row\">{label}</th>",
            label = t(words, &format!("day-{day}")),
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
            push_html!(
                html,
                "<td><label class=\"slot\"><input type=\"checkbox\" id=\"{id}\" name=\"availability\" value=\"{value}\" aria-label=\"{label}\"{checked}></label></td>",
                id = id,
                value = value,
                label = label,
                checked = checked(has(&value)),
            );
        }
        push_html!(html, "</tr>");
    }
    push_html!(
        html,
        "</tbody></table><label class=\"choice\" for=\"feld-availability-by-arrangement\"><input type=\"checkbox\" id=\"feld-availability-by-arrangement\" name=\"availability\" value=\"{value}\"{checked}><span>{label}</span></label>",
        value = BY_ARRANGEMENT,
        checked = checked(has(BY_ARRANGEMENT)),
        label = t(words, "by-arrangement"),
    );
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::german;

    #[test]
    fn the_form_shows_the_preselection_and_the_phone_instead_of_a_button() {
        let mut input = RegistrationInput::default();
        crate::registration::preselect(&mut input, "?bezirk=130");
        let html = german::with(|w| registration_page(w, &[], &input, None, false).into_string());
        assert!(html.contains("<input type=\"checkbox\" id=\"feld-districts-130\" name=\"districts\" value=\"130\" checked>"));
        assert!(html.contains("<label for=\"feld-name\">Name</label>"));
        assert!(html.contains("href=\"tel:+495314705091\""));
        assert!(html.contains("<p class=\"hint\" id=\"message-zaehler\">0 / 1000 Zeichen</p>"));
        assert!(!html.contains("<button"));
        assert_eq!(html.matches("name=\"availability\"").count(), 22);
    }

    #[test]
    fn a_network_with_an_editor_is_offered_direct_contact_never_ticked() {
        let need: Need = serde_json::from_value(serde_json::json!({
            "id": "n", "slug": "sprachpatin-1a2b3c", "network": "refugium",
            "network_name": "Refugium <e. V.>", "network_lang": "de", "title": "Sprachpatin",
            "description": "d", "activity": "patenschaften", "languages": [], "district": 130,
            "place": null, "when": null, "slots": [], "people": null, "valid_until": "2027-03-31",
            "content_lang": "de", "status": "open", "created_at": "t", "updated_at": "t",
            "network_contact": true
        }))
        .unwrap();
        let input = RegistrationInput::default();
        let page = |need: &Need| {
            german::with(|w| registration_page(w, &[], &input, Some(need), false).into_string())
        };
        let html = page(&need);
        assert!(html.contains("<input type=\"checkbox\" id=\"feld-network_contact\" name=\"network_contact\" aria-describedby=\"network_contact-hinweis\">"));
        assert!(html.contains("Refugium &lt;e. V.&gt;"), "the name escaped");
        let without = Need {
            network_contact: false,
            ..need
        };
        assert!(!page(&without).contains("network_contact"));
    }
}
