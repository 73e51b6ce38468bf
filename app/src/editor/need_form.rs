//! A network posts or changes one of its needs: the coordinators' fields and rules, checked
//! before sending (the Worker checks again, with the day's rule); the answer says whether it is
//! online or waits for review.

use super::client::{self, Failure};
use super::needs_words::NeedWords;
use super::words::{self, Words};
use crate::admin::language_choices::{set_language, LanguageChoices};
use crate::admin::text_field::{FieldErrors, TextField};
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::needs::NeedPosted;
use model::{Activity, NeedInput};

/// A new need of network `slug`: in the area's language, the editor picks the last day.
pub fn blank(slug: &str, lang: &str) -> NeedInput {
    NeedInput {
        network: Some(slug.to_string()),
        title: String::new(),
        description: String::new(),
        activity: Activity::Patenschaften,
        languages: vec![lang.to_string()],
        district: None,
        place: None,
        when: None,
        slots: Vec::new(),
        people: None,
        valid_until: String::new(),
        content_lang: Some(lang.to_string()),
    }
}

/// The form for network `network_id`: a new need (`need` `None`) or a change to `need`.
#[component]
pub fn NeedForm(
    words: &'static Words,
    need_words: &'static NeedWords,
    network_id: String,
    need: Option<String>,
    input: NeedInput,
    open: RwSignal<bool>,
    done: impl Fn(&'static str) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let form = RwSignal::new(input);
    let errors = FieldErrors::new("netzwerk-gesuch");
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let input = form.get_untracked();
        if busy.get_untracked() {
            return;
        }
        if let Err(found) = input.check() {
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
        let (method, path) = match &need {
            Some(id) => (
                "PUT",
                format!("/api/netzwerk/networks/{network_id}/needs/{id}"),
            ),
            None => ("POST", format!("/api/netzwerk/networks/{network_id}/needs")),
        };
        spawn_local(async move {
            match client::call::<NeedPosted>(method, &path, Some(&input)).await {
                Ok(posted) => {
                    open.set(false);
                    done(match (&posted.need, method) {
                        (Some(_), "POST") => need_words.published,
                        (Some(_), _) => need_words.changed,
                        (None, _) => need_words.waits,
                    });
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
    let hint = "netzwerk-gesuch-hinweis";
    let label = if words.lang == "de" {
        words::activity_de
    } else {
        words::activity_en
    };
    view! {
        <form class="network-form registration-card" on:submit=submit novalidate>
            <h4>{need_words.form_title}</h4>
            <p class="hint" id=hint>{need_words.form_hint}</p>
            <TextField form prefix="netzwerk-gesuch" key="title" label=need_words.title errors hint
                get=|f| f.title.clone() set=|f, v| f.title = v/>
            <div class="field">
                <label for="netzwerk-gesuch-description">{need_words.description}</label>
                <textarea id="netzwerk-gesuch-description" rows="4"
                    aria-invalid=errors.invalid("description") aria-describedby=errors.described("description", Some(hint))
                    prop:value=move || form.with(|f| f.description.clone())
                    on:input=move |e| form.update(|f| f.description = event_target_value(&e))></textarea>
                {move || errors.text("description")()}
            </div>
            <div class="field">
                <label for="netzwerk-gesuch-activity">{need_words.activity}</label>
                <select id="netzwerk-gesuch-activity" on:change=move |e| {
                    if let Some(a) = Activity::from_key(&event_target_value(&e)) {
                        form.update(|f| f.activity = a);
                    }
                }>
                    {Activity::ALL.into_iter().map(|a| view! {
                        <option value=a.key() selected=move || form.with(|f| f.activity == a)>{label(a)}</option>
                    }).collect_view()}
                </select>
            </div>
            <TextField form prefix="netzwerk-gesuch" key="place" label=need_words.place errors hint
                get=|f| f.place.clone().unwrap_or_default() set=|f, v| f.place = Some(v).filter(|v| !v.trim().is_empty())/>
            <TextField form prefix="netzwerk-gesuch" key="when" label=need_words.when errors hint
                get=|f| f.when.clone().unwrap_or_default() set=|f, v| f.when = Some(v).filter(|v| !v.trim().is_empty())/>
            <TextField form prefix="netzwerk-gesuch" key="people" label=need_words.people errors
                get=|f| f.people.map(|n| n.to_string()).unwrap_or_default() set=|f, v| f.people = v.trim().parse().ok()/>
            <div class="field">
                <label for="netzwerk-gesuch-valid_until">{need_words.valid_until}</label>
                <input id="netzwerk-gesuch-valid_until" type="date"
                    aria-invalid=errors.invalid("valid_until") aria-describedby=errors.described("valid_until", None)
                    prop:value=move || form.with(|f| f.valid_until.clone())
                    on:input=move |e| form.update(|f| f.valid_until = event_target_value(&e))/>
                {move || errors.text("valid_until")()}
            </div>
            <LanguageChoices prefix="netzwerk-gesuch-sprache" legend=need_words.welcome_languages
                checked=move |code| form.with(|f| f.languages.iter().any(|l| l == code))
                toggle=move |code, on| form.update(|f| set_language(&mut f.languages, code, on))/>
            <p class="form-notice" role="alert">{move || problem.get()}</p>
            <div class="card-actions">
                <button type="submit" class="button" disabled=move || busy.get()>{need_words.save}</button>
                <button type="button" class="button button-secondary" on:click=move |_| open.set(false)>{words.cancel}</button>
            </div>
        </form>
    }
}
