//! The filter bar: activity, language and free text, kept in the URL query so a filtered view
//! can be shared (`?aktivitaet=beratung&sprache=ar&suche=garten`).
//!
//! The controls are plain form fields that start from the URL; one handler on the form reads
//! them all and writes the URL. (One handler instead of one per field keeps the wasm small.)

use crate::i18n::{self, map::Map, t};
use crate::router::Location;
use leptos::prelude::*;
use model::url::percent_encode;
use model::{language::LANGUAGES, Activity, NetworkFilter};
use wasm_bindgen::JsCast;

/// The filter the URL describes. Unknown values are dropped, never shown back.
pub fn use_filter() -> Memo<NetworkFilter> {
    let location = Location::get();
    Memo::new(move |_| {
        let value = |key: &str| location.query(key).unwrap_or_default();
        filter_from(&value("aktivitaet"), &value("sprache"), &value("suche"))
    })
}

/// A filter from the three field values; each invalid value is left out on its own.
pub fn filter_from(activity: &str, language: &str, text: &str) -> NetworkFilter {
    let one = |key, value: &str| NetworkFilter::from_app_query([(key, value)]).unwrap_or_default();
    let text: String = text
        .trim()
        .chars()
        .take(model::filter::MAX_QUERY_CHARS)
        .collect();
    NetworkFilter {
        district: None,
        activity: one("aktivitaet", activity).activity,
        language: one("sprache", language).language,
        text: one("suche", &text).text,
    }
}

/// The URL query for a filter, in the app's German names.
pub fn query_string(filter: &NetworkFilter) -> String {
    let mut parts = Vec::new();
    if let Some(activity) = filter.activity {
        parts.push(format!("aktivitaet={}", activity.key()));
    }
    if let Some(language) = &filter.language {
        parts.push(format!("sprache={language}"));
    }
    if let Some(text) = &filter.text {
        parts.push(format!("suche={}", percent_encode(text)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The value of the form field named `name`.
fn field_value(form: &web_sys::HtmlFormElement, name: &str) -> String {
    form.elements()
        .named_item(name)
        .and_then(|element| js_sys::Reflect::get(&element, &"value".into()).ok())
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}

#[component]
pub fn Filters(filter: Memo<NetworkFilter>) -> impl IntoView {
    let location = Location::get();
    let start = filter.get_untracked();
    let on_change = move |event: web_sys::Event| {
        let Some(form) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let next = filter_from(
            &field_value(&form, "aktivitaet"),
            &field_value(&form, "sprache"),
            &field_value(&form, "suche"),
        );
        let path = location.path.get_untracked();
        location.navigate(&format!("{path}{}", query_string(&next)), true);
    };
    let activity = start.activity;
    let language = start.language.clone();
    view! {
        <form class="filters" role="search" aria-label=t(Map::FilterLabel) on:input=on_change on:submit=|e| e.prevent_default()>
            <div class="field">
                <label for="filter-aktivitaet">{t(Map::FilterActivity)}</label>
                <select id="filter-aktivitaet" name="aktivitaet">
                    <option value="">{t(Map::FilterAllActivities)}</option>
                    {Activity::ALL
                        .into_iter()
                        .map(|a| view! { <option value=a.key() selected=activity == Some(a)>{i18n::activity(a)}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-sprache">{t(Map::FilterLanguage)}</label>
                <select id="filter-sprache" name="sprache">
                    <option value="">{t(Map::FilterAllLanguages)}</option>
                    {LANGUAGES
                        .into_iter()
                        .map(|(code, _)| view! { <option value=code selected=language.as_deref() == Some(code)>{i18n::language_name(code)}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field field-wide">
                <label for="filter-suche">{t(Map::FilterSearch)}</label>
                <input
                    id="filter-suche"
                    type="search"
                    name="suche"
                    maxlength=model::filter::MAX_QUERY_CHARS
                    placeholder=t(Map::FilterSearchExample)
                    value=start.text.unwrap_or_default()
                />
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_holds_the_filter() {
        assert_eq!(query_string(&NetworkFilter::default()), "");
        let filter = filter_from("beratung", "ar", " Garten & Hof ");
        assert_eq!(
            query_string(&filter),
            "?aktivitaet=beratung&sprache=ar&suche=Garten%20%26%20Hof"
        );
    }

    #[test]
    fn invalid_values_are_dropped_one_by_one() {
        let filter = filter_from("zaubern", "de", "");
        assert_eq!(filter.activity, None);
        assert_eq!(filter.language.as_deref(), Some("de"));
        assert_eq!(filter.text, None);
    }
}
