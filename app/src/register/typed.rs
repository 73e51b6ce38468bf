//! What was typed into the form the Worker sent before this wasm ran. If the person changed
//! anything there, the form's values become the start (over a kept draft); then the sent
//! form makes room for this one.

use model::{Activity, ContactVia, RegistrationInput};
use wasm_bindgen::JsCast;

/// The sent form in `<main>`, if the page came with one.
fn sent_form() -> Option<web_sys::HtmlFormElement> {
    web_sys::window()?
        .document()?
        .query_selector("main#inhalt[data-gesendet] form")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Whether any field differs from how the Worker sent it.
fn changed(form: &web_sys::HtmlFormElement) -> bool {
    let elements = form.elements();
    (0..elements.length())
        .filter_map(|i| elements.item(i))
        .any(|element| {
            if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                input.value() != input.default_value() || input.checked() != input.default_checked()
            } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                area.value() != area.default_value().unwrap_or_default()
            } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
                (0..select.length())
                    .filter_map(|i| select.item(i))
                    .filter_map(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                    .any(|o| o.selected() != o.default_selected())
            } else {
                false
            }
        })
}

/// The form's values as a registration.
fn read(form: &web_sys::HtmlFormElement) -> Option<RegistrationInput> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let one = |name: &str| data.get(name).as_string().unwrap_or_default();
    let all = |name: &str| -> Vec<String> {
        data.get_all(name)
            .iter()
            .filter_map(|v| v.as_string())
            .collect()
    };
    let optional = |name: &str| Some(one(name)).filter(|v| !v.is_empty());
    Some(RegistrationInput {
        name: one("name"),
        email: one("email"),
        phone: optional("phone"),
        contact_via: if one("contact_via") == "phone" {
            ContactVia::Phone
        } else {
            ContactVia::Email
        },
        districts: all("districts")
            .iter()
            .filter_map(|d| d.parse().ok())
            .collect(),
        network: optional("network"),
        interests: all("interests")
            .iter()
            .filter_map(|a| Activity::from_key(a))
            .collect(),
        languages: all("languages"),
        languages_other: optional("languages_other"),
        availability: all("availability"),
        message: optional("message"),
        consent: data.has("consent"),
        ..RegistrationInput::default()
    })
}

/// Takes over the sent form: `start` becomes what was typed there, if anything was; the
/// sent markup is removed (this wasm renders the form in its place).
pub fn take_over(start: &mut RegistrationInput) {
    let Some(form) = sent_form() else {
        return;
    };
    if changed(&form) {
        if let Some(typed) = read(&form) {
            *start = RegistrationInput {
                consent_version: start.consent_version.clone(),
                website: start.website.clone(),
                ..typed
            };
        }
    }
    if let Some(main) = form.closest("main").ok().flatten() {
        main.set_inner_html("");
    }
}
