//! The activities of a network, one box each (the coordinators' form and the editors' proposal).

use leptos::prelude::*;
use model::Activity;

/// A box per activity, named by `label`: `checked` says which are ticked, `toggle` takes a
/// change.
#[component]
pub fn ActivityChoices(
    /// The boxes' id prefix, e.g. `netz-aktivitaet`.
    prefix: &'static str,
    legend: &'static str,
    label: fn(Activity) -> &'static str,
    checked: impl Fn(Activity) -> bool + Copy + Send + Sync + 'static,
    toggle: impl Fn(Activity, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="field choices">
            <legend>{legend}</legend>
            <div class="choice-grid">
                {Activity::ALL.into_iter().map(|a| {
                    let id = format!("{prefix}-{}", a.key());
                    let label_for = id.clone();
                    view! {
                        <label class="choice" for=label_for>
                            <input type="checkbox" id=id prop:checked=move || checked(a)
                                on:change=move |e| toggle(a, event_target_checked(&e))/>
                            <span>{label(a)}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// `list` with `activity` in it or not, as a box said.
pub fn set_activity(list: &mut Vec<Activity>, activity: Activity, on: bool) {
    list.retain(|a| *a != activity);
    if on {
        list.push(activity);
    }
}
