//! What was typed into the form the Worker sent before this wasm ran. Each field the person
//! changed there (or the browser restored on a reload) replaces that field of the start (the
//! link's preselection, or a kept draft), just before this wasm's form takes its place.

use leptos::prelude::{RwSignal, Update};
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
    changed.contains(name).then(|| {
        data.get_all(name)
            .iter()
            .filter_map(|v| v.as_string())
            .collect()
    })
}

/// Where the person was in the sent form: the field's id and the text cursor.
pub struct Focus {
    id: String,
    cursor: Option<(u32, u32)>,
}

/// The field of the sent form that has the focus, if any.
fn focus_in(form: &web_sys::HtmlFormElement) -> Option<Focus> {
    let active = web_sys::window()?.document()?.active_element()?;
    if !form.contains(Some(&active)) || active.id().is_empty() {
        return None;
    }
    let cursor = active
        .dyn_ref::<web_sys::HtmlInputElement>()
        .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
    Some(Focus {
        id: active.id(),
        cursor,
    })
}

/// Gives the same field of this wasm's form the focus back, with the cursor where it was.
pub fn restore(focus: &Focus) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&focus.id))
    else {
        return;
    };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        if let Some((start, end)) = focus.cursor {
            let _ = input.set_selection_range(start, end);
        }
    } else if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Takes over what was typed into the sent form: `input` gets every field changed there.
/// Returns where the focus was. The sent form stays until the caller replaces it.
pub fn take_over(input: RwSignal<RegistrationInput>) -> Option<Focus> {
    let form = sent_form()?;
    let focus = focus_in(&form);
    let changed = changed_fields(&form);
    if changed.is_empty() {
        return focus;
    }
    if let Ok(data) = web_sys::FormData::new_with_form(&form) {
        input.update(|start| apply(start, &changed, &data));
    }
    focus
}

/// Puts the changed fields' values into `start`.
fn apply(
    start: &mut RegistrationInput,
    changed: &std::collections::BTreeSet<String>,
    data: &web_sys::FormData,
) {
    let field = |name: &str| typed(changed, data, name);
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
}
