//! The languages of a network or a need, one box each.

use leptos::prelude::*;

/// A box per language: `checked` says which are ticked, `toggle` takes a change.
#[component]
pub fn LanguageChoices(
    /// The boxes' id prefix, e.g. `netz-sprache`.
    prefix: &'static str,
    legend: &'static str,
    checked: impl Fn(&str) -> bool + Copy + Send + Sync + 'static,
    toggle: impl Fn(&'static str, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="field choices">
            <legend>{legend}</legend>
            <div class="choice-grid">
                {model::language::LANGUAGES.into_iter().map(|(code, name)| {
                    let id = format!("{prefix}-{code}");
                    let label_for = id.clone();
                    view! {
                        <label class="choice" for=label_for>
                            <input type="checkbox" id=id prop:checked=move || checked(code)
                                on:change=move |e| toggle(code, event_target_checked(&e))/>
                            <span>{name}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// `list` with `code` in it or not, as a box said.
pub fn set_language(list: &mut Vec<String>, code: &str, on: bool) {
    list.retain(|l| l != code);
    if on {
        list.push(code.to_string());
    }
}
