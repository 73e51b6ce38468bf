//! The filter bar: activity, language and free text, kept in the URL query so a filtered view
//! can be shared (`?aktivitaet=beratung&sprache=ar&suche=garten`).
//!
//! The controls are plain form fields that start from the URL; one handler on the form reads
//! them all and writes the URL. (One handler instead of one per field keeps the wasm small.)

use crate::i18n::{map::Map, t, AppWords};
use crate::router::Location;
use leptos::prelude::*;
use model::filter::{app_query, from_fields};
use model::render::pages::filter_fields;
use model::NetworkFilter;
use wasm_bindgen::JsCast;

/// The filter the URL describes. Unknown values are dropped, never shown back.
pub fn use_filter() -> Memo<NetworkFilter> {
    let location = Location::get();
    Memo::new(move |_| {
        let value = |key: &str| location.query(key).unwrap_or_default();
        from_fields(&value("aktivitaet"), &value("sprache"), &value("suche"))
    })
}

/// The value of the form field named `name`.
fn field_value(form: &web_sys::HtmlFormElement, name: &str) -> String {
    form.elements()
        .named_item(name)
        .and_then(|element| js_sys::Reflect::get(&element, &"value".into()).ok())
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}

/// The filter form: fields from `model::render` (as the Worker sends them), one handler.
#[component]
pub fn Filters(filter: Memo<NetworkFilter>) -> impl IntoView {
    let location = Location::get();
    let on_change = move |event: web_sys::Event| {
        if let Some(form) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        {
            apply_form(location, &form);
        }
    };
    let fields = filter_fields(&AppWords, &filter.get_untracked()).into_string();
    view! {
        <form class="filters" role="search" aria-label=t(Map::FilterLabel) method="get" on:input=on_change on:submit=|e| e.prevent_default() inner_html=fields></form>
    }
}

/// Puts the form's filter into the URL (replacing the history entry).
pub fn apply_form(location: Location, form: &web_sys::HtmlFormElement) {
    let next = from_fields(
        &field_value(form, "aktivitaet"),
        &field_value(form, "sprache"),
        &field_value(form, "suche"),
    );
    let path = location.path.get_untracked();
    location.navigate(&format!("{path}{}", app_query(&next)), true);
}
