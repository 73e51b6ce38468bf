//! The form's controls and the [`RegistrationInput`], both ways: what was typed into the sent
//! form before this wasm ran (or the browser restored on a reload) is taken over, the controls
//! are made to show the start (a kept draft, the link's preselection), and every change the
//! person makes is read back.

use model::{Activity, ContactVia, RegistrationInput};
use wasm_bindgen::JsCast;

/// The names of the fields with a control that differs from how the Worker sent it: one pass
/// over the form's controls (a lookup per field was a thousand calls into the page).
fn changed_fields(form: &web_sys::HtmlFormElement) -> std::collections::BTreeSet<String> {
    let elements = form.elements();
    (0..elements.length())
        .filter_map(|i| elements.item(i))
        .filter(changed)
        .filter_map(|e| e.get_attribute("name"))
        .collect()
}

/// Whether a control differs from how the Worker sent it.
fn changed(element: &web_sys::Element) -> bool {
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        match input.type_().as_str() {
            // Their `value` is fixed: only being checked can change.
            "checkbox" | "radio" => input.checked() != input.default_checked(),
            _ => input.value() != input.default_value(),
        }
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value() != area.default_value().unwrap_or_default()
    } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        // Without a `selected` option the first one is the default.
        let default = (0..select.length())
            .filter_map(|i| select.item(i))
            .filter_map(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
            .position(|o| o.default_selected())
            .unwrap_or(0);
        usize::try_from(select.selected_index()).ok() != Some(default)
    } else {
        false
    }
}

/// The values of the field `name` if any of its controls changed.
fn typed(
    changed: &std::collections::BTreeSet<String>,
    data: &web_sys::FormData,
    name: &str,
) -> Option<Vec<String>> {
    changed.contains(name).then(|| values(data, name))
}

/// Takes over what was typed into the sent form before the wasm ran: `start` gets every
/// field changed there.
pub fn take_over(form: &web_sys::HtmlFormElement, start: &mut RegistrationInput) {
    let changed = changed_fields(form);
    if changed.is_empty() {
        return;
    }
    if let Ok(data) = web_sys::FormData::new_with_form(form) {
        apply(start, |name| typed(&changed, &data, name));
    }
}

/// Reads every field of the form into `input` (after each change the person makes).
pub fn read(form: &web_sys::HtmlFormElement, input: &mut RegistrationInput) {
    if let Ok(data) = web_sys::FormData::new_with_form(form) {
        apply(input, |name| Some(values(&data, name)));
    }
}

fn values(data: &web_sys::FormData, name: &str) -> Vec<String> {
    data.get_all(name)
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// The values the form sends for field `name` when it shows `input` (as `FormData` has them).
pub fn values_of(input: &RegistrationInput, name: &str) -> Vec<String> {
    let text = |value: &str| vec![value.to_string()];
    let optional = |value: &Option<String>| text(value.as_deref().unwrap_or_default());
    match name {
        "name" => text(&input.name),
        "email" => text(&input.email),
        "phone" => optional(&input.phone),
        "contact_via" => text(match input.contact_via {
            ContactVia::Phone => "phone",
            ContactVia::Email => "email",
        }),
        "districts" => input.districts.iter().map(|d| d.to_string()).collect(),
        "network" => optional(&input.network),
        // A box: checked with the need's address.
        "need" => input.need.iter().cloned().collect(),
        "interests" => input
            .interests
            .iter()
            .map(|a| a.key().to_string())
            .collect(),
        "languages" => input.languages.clone(),
        "languages_other" => optional(&input.languages_other),
        "availability" => input.availability.clone(),
        "message" => optional(&input.message),
        "consent" => input
            .consent
            .then(|| "on".to_string())
            .into_iter()
            .collect(),
        "notify_placed" => input
            .notify_placed
            .then(|| "on".to_string())
            .into_iter()
            .collect(),
        "network_contact" => input
            .network_contact
            .then(|| "on".to_string())
            .into_iter()
            .collect(),
        "website" => text(&input.website),
        _ => Vec::new(),
    }
}

/// Makes the form's controls show `input` (a kept draft, the link's preselection, what was
/// typed); a control already showing its value is left alone, so a cursor stays put.
pub fn fill(form: &web_sys::HtmlFormElement, input: &RegistrationInput) {
    let elements = form.elements();
    for element in (0..elements.length()).filter_map(|i| elements.item(i)) {
        let Some(name) = element.get_attribute("name") else {
            continue;
        };
        let wanted = values_of(input, &name);
        let first = wanted.first().cloned().unwrap_or_default();
        if let Some(control) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            if matches!(control.type_().as_str(), "checkbox" | "radio") {
                let on = wanted.contains(&control.value());
                if control.checked() != on {
                    control.set_checked(on);
                }
            } else if control.value() != first {
                control.set_value(&first);
            }
        } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if area.value() != first {
                area.set_value(&first);
            }
        } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
            choose(select, &first);
        }
    }
}

/// Selects the option `value`; a network the list does not (yet) have gets an option of its own.
fn choose(select: &web_sys::HtmlSelectElement, value: &str) {
    let known = (0..select.length())
        .filter_map(|i| select.item(i))
        .filter_map(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
        .any(|o| o.value() == value);
    if !known {
        if let Ok(option) = web_sys::HtmlOptionElement::new_with_text_and_value(value, value) {
            let _ = option.set_attribute("lang", "de");
            let _ = select.add_with_html_option_element(&option);
        }
    }
    if select.value() != value {
        select.set_value(value);
    }
}

/// Puts the values `field` gives (`None`: leave as it is) into `start`.
fn apply(start: &mut RegistrationInput, field: impl Fn(&str) -> Option<Vec<String>>) {
    let text = |name: &str| field(name).map(|v| v.into_iter().next().unwrap_or_default());
    let optional = |name: &str| text(name).map(|v| Some(v).filter(|v| !v.is_empty()));
    if let Some(name) = text("name") {
        start.name = name;
    }
    if let Some(email) = text("email") {
        start.email = email;
    }
    if let Some(phone) = optional("phone") {
        start.phone = phone;
    }
    if let Some(via) = text("contact_via") {
        start.contact_via = if via == "phone" {
            ContactVia::Phone
        } else {
            ContactVia::Email
        };
    }
    if let Some(districts) = field("districts") {
        start.districts = districts.iter().filter_map(|d| d.parse().ok()).collect();
    }
    if let Some(network) = optional("network") {
        start.network = network;
    }
    if let Some(need) = field("need") {
        start.need = need.into_iter().next().filter(|v| !v.is_empty());
    }
    if let Some(interests) = field("interests") {
        start.interests = interests
            .iter()
            .filter_map(|a| Activity::from_key(a))
            .collect();
    }
    if let Some(languages) = field("languages") {
        start.languages = languages;
    }
    if let Some(other) = optional("languages_other") {
        start.languages_other = other;
    }
    if let Some(availability) = field("availability") {
        start.availability = availability;
    }
    if let Some(message) = optional("message") {
        start.message = message;
    }
    if let Some(consent) = field("consent") {
        start.consent = !consent.is_empty();
    }
    if let Some(notify) = field("notify_placed") {
        start.notify_placed = !notify.is_empty();
    }
    // Only with the need it belongs to: unticking the need takes the consent with it.
    if let Some(contact) = field("network_contact") {
        start.network_contact = !contact.is_empty() && start.need.is_some();
    }
    if let Some(website) = text("website") {
        start.website = website;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_form_shows_reads_back_as_the_same_input() {
        let input = RegistrationInput {
            name: "Mina".into(),
            email: "mina@example.org".into(),
            contact_via: ContactVia::Phone,
            phone: Some("0531 123".into()),
            districts: vec![130, 221],
            network: Some("refugium".into()),
            need: Some("sprachpatin-gesucht-1a2b3c".into()),
            interests: vec![Activity::Sprachcafe],
            languages: vec!["de".into(), "fa".into()],
            availability: vec!["mo-nachmittag".into()],
            message: Some("Hallo".into()),
            consent: true,
            ..RegistrationInput::default()
        };
        let mut read = RegistrationInput::default();
        apply(&mut read, |name| Some(values_of(&input, name)));
        assert_eq!(read, input);
    }

    #[test]
    fn an_empty_optional_field_reads_as_none_and_an_unchecked_group_as_empty() {
        let mut read = RegistrationInput {
            phone: Some("1".into()),
            districts: vec![130],
            consent: true,
            ..RegistrationInput::default()
        };
        apply(&mut read, |_| Some(Vec::new()));
        assert_eq!(read.phone, None);
        assert!(read.districts.is_empty());
        assert!(!read.consent);
    }
}
