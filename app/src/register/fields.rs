//! The form's fields are the Worker's (`model::render::form`), and the wasm does not build them
//! a second time: it makes the sent ones live. One `input` listener reads the form into the
//! state, one `focusout` listener shows the error of a field the person left, and one effect
//! puts the errors on the page (message, `aria-invalid`, `aria-describedby`).

use super::messages::field_error;
use super::state::FormState;
use super::typed;
use crate::i18n::{self, register::Register as R};
use leptos::prelude::*;
use model::registration::wire::FIELDS;
use model::registration::{BY_ARRANGEMENT, MAX_MESSAGE_CHARS};
use model::validate::FieldErrors;
use model::{Network, RegistrationInput};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The form in `<main>`: the one the Worker sent, or the one [`render`] put there.
pub fn form_in_main() -> Option<web_sys::HtmlFormElement> {
    document()?
        .query_selector("main#inhalt form")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Without a sent form (offline, the release's `/register` page) the app renders the same
/// markup itself, with the networks it has kept.
pub async fn render(start: &RegistrationInput) -> Option<web_sys::HtmlFormElement> {
    let networks: Vec<Network> = crate::api::get_json("/api/networks")
        .await
        .unwrap_or_default();
    // Offline the need's title is unknown: the form goes without it.
    let html =
        model::render::form::registration_page(&i18n::AppWords, &networks, start, None, false);
    // At the start of `<main>`: what the app has mounted there (the thanks) stays.
    document()?
        .get_element_by_id("inhalt")?
        .insert_adjacent_html("afterbegin", html.as_str())
        .ok()?;
    form_in_main()
}

/// Makes `form` live: what is typed goes into the state (and the draft), a field's error
/// shows once the person leaves it, and the message's counter follows the text.
pub fn wire(form: &web_sys::HtmlFormElement, state: FormState) {
    let reader = form.clone();
    let on_input = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            keep_availability_apart(&reader, &input);
        }
        state.update(|input| typed::read(&reader, input));
    });
    let on_focusout = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let name = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("name"));
        if let Some(field) = name.and_then(|n| FIELDS.iter().copied().find(|f| *f == n)) {
            state.leave(field);
        }
    });
    for (kind, listener) in [("input", &on_input), ("focusout", &on_focusout)] {
        let _ = form.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    on_input.forget();
    on_focusout.forget();
    let shown = form.clone();
    Effect::new(move |_| state.errors.with(|errors| show_errors(&shown, errors)));
    Effect::new(move |_| {
        let count = state
            .input
            .with(|i| i.message.as_deref().unwrap_or_default().chars().count());
        if let Some(counter) = document().and_then(|d| d.get_element_by_id("message-zaehler")) {
            counter.set_text_content(Some(&i18n::tr(
                R::MessageCount,
                &[
                    ("count", &count.to_string()),
                    ("max", &MAX_MESSAGE_CHARS.to_string()),
                ],
            )));
        }
    });
}

/// "Nach Absprache" stands alone: checking it clears the slots, checking a slot clears it.
fn keep_availability_apart(form: &web_sys::HtmlFormElement, changed: &web_sys::HtmlInputElement) {
    if changed.name() != "availability" || !changed.checked() {
        return;
    }
    let by_arrangement = changed.value() == BY_ARRANGEMENT;
    let Ok(boxes) = form.query_selector_all("input[name=availability]") else {
        return;
    };
    for other in (0..boxes.length())
        .filter_map(|i| boxes.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        if (other.value() == BY_ARRANGEMENT) != by_arrangement {
            other.set_checked(false);
        }
    }
}

/// The hint a field is always described by, besides its error.
fn hint_of(field: &str) -> Option<&'static str> {
    (field == "message").then_some("message-hinweis message-zaehler")
}

/// Puts each field's error on the page, or takes it away: the message under the field, the
/// field (or its group) marked and described by it.
fn show_errors(form: &web_sys::HtmlFormElement, errors: &FieldErrors) {
    let Some(document) = document() else {
        return;
    };
    for field in FIELDS {
        let Some(control) = document.get_element_by_id(&format!("feld-{field}")) else {
            continue; // the honeypot has no error to show
        };
        let Some(container) = control.closest(".field").ok().flatten() else {
            continue;
        };
        if !form.contains(Some(&container)) {
            continue;
        }
        // A group's fieldset carries the description; a single control carries both.
        let group = container.tag_name() == "FIELDSET";
        let described = if group { &container } else { &control };
        let error_id = format!("{field}-fehler");
        let existing = document.get_element_by_id(&error_id);
        let error = errors.get(field);
        match (error, existing) {
            (Some(error), Some(message)) => message.set_text_content(Some(&field_error(error))),
            (Some(error), None) => {
                if let Ok(message) = document.create_element("p") {
                    message.set_class_name("field-error");
                    message.set_id(&error_id);
                    message.set_text_content(Some(&field_error(error)));
                    let _ = container.append_child(&message);
                }
            }
            (None, Some(message)) => message.remove(),
            (None, None) => {}
        }
        let _ = container
            .class_list()
            .toggle_with_force("has-error", error.is_some());
        if !group {
            let _ = match error {
                Some(_) => control.set_attribute("aria-invalid", "true"),
                None => control.remove_attribute("aria-invalid"),
            };
        }
        let ids: Vec<&str> = error
            .map(|_| error_id.as_str())
            .into_iter()
            .chain(hint_of(field))
            .collect();
        let _ = match ids.is_empty() {
            true => described.remove_attribute("aria-describedby"),
            false => described.set_attribute("aria-describedby", &ids.join(" ")),
        };
    }
}
