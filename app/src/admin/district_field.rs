//! The coordinators' forms' choice of one Stadtbezirk, or none (what "none" means is the
//! form's: citywide, or the network's district).

use leptos::prelude::*;
use model::district::STADTBEZIRKE;

/// A select of `form`'s district: `<prefix>-district`, read with `get`, written with `set`;
/// `none` labels the empty choice.
#[component]
pub fn DistrictField<T>(
    form: RwSignal<T>,
    prefix: &'static str,
    none: &'static str,
    /// The label (the editors' area speaks English too).
    #[prop(default = "Stadtbezirk")]
    label: &'static str,
    get: fn(&T) -> Option<u16>,
    set: fn(&mut T, Option<u16>),
) -> impl IntoView
where
    T: Send + Sync + 'static,
{
    let id = format!("{prefix}-district");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |e| {
                let value = event_target_value(&e);
                form.update(|f| set(f, value.parse().ok()));
            }>
                <option value="" selected=move || form.with(|f| get(f).is_none())>{none}</option>
                {STADTBEZIRKE.iter().map(|(n, name)| {
                    let n = *n;
                    view! { <option value=n.to_string() selected=move || form.with(|f| get(f) == Some(n))>{*name}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
