//! The filter bar: activity, language and free text, kept in the URL query so a filtered view
//! can be shared (`?aktivitaet=beratung&sprache=ar&suche=garten`).

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use model::{language::LANGUAGES, Activity, NetworkFilter};

/// The filter the URL describes. Unknown values are dropped, never shown back.
pub fn use_filter() -> Memo<NetworkFilter> {
    let query = use_query_map();
    Memo::new(move |_| {
        let query = query.get();
        let pairs: Vec<(String, String)> = ["aktivitaet", "sprache", "suche"]
            .iter()
            .filter_map(|key| query.get(key).map(|value| (key.to_string(), value)))
            .filter(|(key, value)| {
                NetworkFilter::from_app_query([(key.as_str(), value.as_str())]).is_ok()
            })
            .collect();
        NetworkFilter::from_app_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .unwrap_or_default()
    })
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
        parts.push(format!("suche={}", model::url::percent_encode(text)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[component]
pub fn Filters(filter: Memo<NetworkFilter>) -> impl IntoView {
    let navigate = use_navigate();
    let location = use_location();
    let update = move |change: &dyn Fn(&mut NetworkFilter)| {
        let mut next = filter.get_untracked();
        change(&mut next);
        let path = location.pathname.get_untracked();
        navigate(
            &format!("{path}{}", query_string(&next)),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let on_activity = {
        let update = update.clone();
        move |event| {
            let value = event_target_value(&event);
            update(&|f: &mut NetworkFilter| f.activity = Activity::from_key(&value));
        }
    };
    let on_language = {
        let update = update.clone();
        move |event| {
            let value = event_target_value(&event);
            update(&|f: &mut NetworkFilter| {
                f.language = (!value.is_empty()).then(|| value.clone());
            });
        }
    };
    let on_text = move |event| {
        let value = event_target_value(&event);
        update(&|f: &mut NetworkFilter| {
            let text = value.trim();
            f.text = (!text.is_empty())
                .then(|| text.chars().take(model::filter::MAX_QUERY_CHARS).collect());
        });
    };
    view! {
        <form class="filters" role="search" aria-label="Netzwerke filtern" on:submit=|e| e.prevent_default()>
            <div class="field">
                <label for="filter-aktivitaet">"Aktivität"</label>
                <select id="filter-aktivitaet" name="aktivitaet" on:change=on_activity prop:value=move || filter.get().activity.map(|a| a.key()).unwrap_or_default()>
                    <option value="">"Alle Aktivitäten"</option>
                    {Activity::ALL
                        .into_iter()
                        .map(|a| view! { <option value=a.key()>{a.label_de()}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-sprache">"Sprache"</label>
                <select id="filter-sprache" name="sprache" on:change=on_language prop:value=move || filter.get().language.unwrap_or_default()>
                    <option value="">"Alle Sprachen"</option>
                    {LANGUAGES
                        .into_iter()
                        .map(|(code, name)| view! { <option value=code>{name}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field field-wide">
                <label for="filter-suche">"Suche"</label>
                <input
                    id="filter-suche"
                    type="search"
                    name="suche"
                    maxlength=model::filter::MAX_QUERY_CHARS
                    placeholder="z. B. Garten, Beratung"
                    on:input=on_text
                    prop:value=move || filter.get().text.unwrap_or_default()
                />
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_filter_has_no_query() {
        assert_eq!(query_string(&NetworkFilter::default()), "");
    }
}
