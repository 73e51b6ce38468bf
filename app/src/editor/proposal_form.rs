//! "Änderung vorschlagen": every public field of the entry in one form, checked with the
//! coordinators' rules before it is sent (the server checks again, with the same messages).

use super::client::{self, Failure};
use super::words::{self, Words};
use crate::admin::activity_choices::{set_activity, ActivityChoices};
use crate::admin::district_field::DistrictField;
use crate::admin::language_choices::{set_language, LanguageChoices};
use crate::admin::text_field::{FieldErrors, TextField};
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::entry::EntryFields;
use model::editor::proposal::OwnProposal;
use model::Network;

#[component]
pub fn ProposalForm(
    words: &'static Words,
    network: Network,
    open: RwSignal<bool>,
    sent: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let form = RwSignal::new(EntryFields::of(&network));
    let errors = FieldErrors::new("vorschlag");
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let id = network.id.clone();
    let submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let fields = form.get_untracked();
        if let Err(found) = fields.validate(&network) {
            errors.errors.set(
                found
                    .into_iter()
                    .map(|(field, error)| (field, error.message))
                    .collect(),
            );
            problem.set(None);
            return;
        }
        errors.errors.set(Default::default());
        busy.set(true);
        let path = format!("/api/netzwerk/networks/{id}/proposals");
        spawn_local(async move {
            match client::call::<OwnProposal>("POST", &path, Some(&fields)).await {
                Ok(_) => {
                    open.set(false);
                    sent();
                }
                Err(failure) => {
                    if let Failure::Problem(p) = &failure {
                        errors.errors.set(p.errors.clone().into_iter().collect());
                    }
                    problem.set(Some(
                        failure.detail().unwrap_or_else(|| words.unreachable.into()),
                    ));
                }
            }
            busy.set(false);
        });
    };
    let text = |key, label, get: fn(&EntryFields) -> String, set: fn(&mut EntryFields, String)| {
        view! { <TextField form prefix="vorschlag" key label get set errors/> }
    };
    view! {
        <form class="network-form registration-card" on:submit=submit novalidate>
            <h3>{words.proposal_title}</h3>
            <p class="hint">{words.organisations_only}</p>
            {text("name", words.field_name, |f| f.name.clone(), |f, v| f.name = v)}
            {text("organiser", words.field_organiser, |f| f.organiser.clone(), |f, v| f.organiser = v)}
            <DistrictField form prefix="vorschlag" none=words.citywide label=words.field_district
                get=|f| f.district set=|f, v| f.district = v/>
            <div class="field">
                <label for="vorschlag-description">{words.field_description}</label>
                <textarea id="vorschlag-description" rows="5"
                    aria-invalid=errors.invalid("description") aria-describedby=errors.described("description", None)
                    prop:value=move || form.with(|f| f.description.clone())
                    on:input=move |e| form.update(|f| f.description = event_target_value(&e))></textarea>
                {move || errors.text("description")()}
            </div>
            {text("place", words.field_place, |f| f.place.clone().unwrap_or_default(), |f, v| f.place = Some(v).filter(|v| !v.trim().is_empty()))}
            {text("phone", words.field_phone, |f| f.phone.clone().unwrap_or_default(), |f, v| f.phone = Some(v).filter(|v| !v.trim().is_empty()))}
            {text("email", words.field_email, |f| f.email.clone().unwrap_or_default(), |f, v| f.email = Some(v).filter(|v| !v.trim().is_empty()))}
            {text("website", words.field_website, |f| f.website.clone().unwrap_or_default(), |f, v| f.website = Some(v).filter(|v| !v.trim().is_empty()))}
            <ActivityChoices prefix="vorschlag-aktivitaet" legend=words.field_activities
                label=if words.lang == "de" { words::activity_de } else { words::activity_en }
                checked=move |a| form.with(|f| f.activities.contains(&a))
                toggle=move |a, on| form.update(|f| set_activity(&mut f.activities, a, on))/>
            <LanguageChoices prefix="vorschlag-sprache" legend=words.field_languages
                checked=move |code| form.with(|f| f.languages.iter().any(|l| l == code))
                toggle=move |code, on| form.update(|f| set_language(&mut f.languages, code, on))/>
            <p class="form-notice" role="alert">{move || problem.get()}</p>
            <div class="card-actions">
                <button type="submit" class="button" disabled=move || busy.get()>{words.send_proposal}</button>
                <button type="button" class="button button-secondary" on:click=move |_| open.set(false)>{words.cancel}</button>
            </div>
        </form>
    }
}
