//! Posting or editing a need: the fields, a plain word on what must not go in, and `model`'s
//! rules checked before sending (the Worker checks them again, and the day's rule).

use super::client;
use super::district_field::DistrictField;
use super::language_choices::{set_language, LanguageChoices};
use super::session::Session;
use super::text_field::{FieldErrors, TextField};
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::{Activity, Need, NeedInput, Network};
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;

/// The field errors as one line ("Titel: Mindestens 5 Zeichen.").
fn errors_line(errors: &model::validate::FieldErrors) -> String {
    errors
        .iter()
        .map(|(field, error)| format!("{}: {}", label_of(field), error.message))
        .collect::<Vec<_>>()
        .join(" ")
}

fn label_of(field: &str) -> &str {
    match field {
        "title" => "Titel",
        "description" => "Beschreibung",
        "place" => "Ort",
        "when" => "Wann",
        "people" => "Wie viele",
        "valid_until" => "Gesucht bis",
        "network" => "Netzwerk",
        "district" => "Stadtbezirk",
        other => other,
    }
}

/// The form's fields in their order, for the focus on the first one with an error.
const ORDER: [&str; 9] = [
    "network",
    "title",
    "description",
    "district",
    "place",
    "when",
    "people",
    "valid_until",
    "languages",
];

/// The id of a field's control (`languages`: its first box).
fn control_id(field: &str) -> String {
    match field {
        "valid_until" => "gesuch-valid-until".into(),
        "languages" => "gesuch-sprache-de".into(),
        other => format!("gesuch-{other}"),
    }
}

/// Moves the focus to the first field with an error.
fn focus_first(errors: &BTreeMap<String, String>) {
    let first = ORDER.iter().find(|field| errors.contains_key(**field));
    let element = first.and_then(|field| {
        web_sys::window()?
            .document()?
            .get_element_by_id(&control_id(field))?
            .dyn_into::<web_sys::HtmlElement>()
            .ok()
    });
    if let Some(element) = element {
        let _ = element.focus();
    }
}

#[component]
pub fn NeedForm(
    input: NeedInput,
    id: Option<String>,
    editing: RwSignal<Option<NeedInput>>,
    saved: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let form = RwSignal::new(input);
    let message = RwSignal::new(None::<String>);
    let networks = RwSignal::new(Vec::<Network>::new());
    let busy = RwSignal::new(false);
    let field_errors = FieldErrors::new("gesuch");
    let errors = field_errors.errors;
    let session = Session::get();
    let invalid = move |field| field_errors.invalid(field);
    let described = move |field, hint| field_errors.described(field, hint);
    let error_text = move |field| field_errors.text(field);
    spawn_local(async move {
        if let Ok(list) = crate::api::get_json::<Vec<Network>>("/api/networks").await {
            // A stored district that is the network's own stays "wie das Netzwerk", so a
            // change of network takes the new network's district.
            form.update(|f| {
                let own = list.iter().find(|n| Some(&n.slug) == f.network.as_ref());
                if own.is_some_and(|n| n.district == f.district) {
                    f.district = None;
                }
            });
            networks.set(list);
        }
    });
    // The form opens above the list: the focus goes to its first field.
    let first = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        if let Some(select) = first.get() {
            let _ = select.focus();
        }
    });
    // The texts the public reads: the hint on what must not go in describes them.
    let hint = "gesuch-hinweis";
    let submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let input = form.get_untracked();
        if busy.get_untracked() {
            return;
        }
        if let Err(found) = input.check() {
            message.set(Some(errors_line(&found)));
            let found: BTreeMap<String, String> =
                found.into_iter().map(|(f, e)| (f, e.message)).collect();
            focus_first(&found);
            errors.set(found);
            return;
        }
        errors.set(BTreeMap::new());
        busy.set(true);
        let id = id.clone();
        spawn_local(async move {
            let result = match &id {
                Some(id) => {
                    let path = format!("/api/admin/needs/{id}");
                    client::call::<Need>("PUT", &path, Some(&input)).await
                }
                None => client::call::<Need>("POST", "/api/admin/needs", Some(&input)).await,
            };
            match result {
                Ok(_) => {
                    editing.set(None);
                    saved();
                }
                Err(failure) => {
                    // The Worker's own word on a field (a day out of range, a network gone).
                    if let client::Failure::Problem(problem) = &failure {
                        errors.set(problem.errors.clone());
                        focus_first(&problem.errors);
                    }
                    session.handle(failure, message);
                }
            }
            busy.set(false);
        });
    };
    view! {
        <form class="network-form registration-card" on:submit=submit>
            <h3>"Gesuch"</h3>
            <p class="hint" id="gesuch-hinweis">
                "Beschreiben Sie die Aufgabe, nicht die Menschen: keine Namen, keine Angaben zu Gesundheit, Religion, Herkunft oder Geschichte einzelner Geflüchteter, keine Adressen, keine Telefonnummern oder E-Mail-Adressen von Privatpersonen. Wer helfen möchte, meldet sich über das Formular."
            </p>
            <div class="field">
                <label for="gesuch-network">"Wer sucht?"</label>
                <select id="gesuch-network" node_ref=first aria-invalid=invalid("network")
                    aria-describedby=described("network", None) on:change=move |e| {
                    let value = event_target_value(&e);
                    form.update(|f| f.network = Some(value).filter(|v| !v.is_empty()));
                }>
                    <option value="" selected=move || form.with(|f| f.network.is_none())>"Die Koordinierungsstelle (stadtweit)"</option>
                    {move || {
                        let mut options: Vec<(String, String)> =
                            networks.get().into_iter().map(|n| (n.slug, n.name)).collect();
                        // Its network may be archived: it stays a choice.
                        if let Some(own) = form.with_untracked(|f| f.network.clone()) {
                            if !options.iter().any(|(slug, _)| *slug == own) {
                                options.push((own.clone(), own));
                            }
                        }
                        options.into_iter().map(|(slug, name)| {
                            let chosen = slug.clone();
                            view! { <option value=slug selected=move || form.with(|f| f.network.as_deref() == Some(chosen.as_str()))>{name}</option> }
                        }).collect_view()
                    }}
                </select>
                {error_text("network")}
            </div>
            <TextField form prefix="gesuch" key="title" label="Titel" errors=field_errors hint
                get=|f| f.title.clone() set=|f, v| f.title = v/>
            <div class="field">
                <label for="gesuch-description">"Beschreibung"</label>
                <textarea id="gesuch-description" rows="4" aria-invalid=invalid("description")
                    aria-describedby=described("description", Some("gesuch-hinweis"))
                    prop:value=move || form.with(|f| f.description.clone())
                    on:input=move |e| {
                        let value = event_target_value(&e);
                        form.update(|f| f.description = value);
                    }></textarea>
                {error_text("description")}
            </div>
            <div class="field">
                <label for="gesuch-activity">"Art der Hilfe"</label>
                <select id="gesuch-activity" on:change=move |e| {
                    let value = event_target_value(&e);
                    if let Some(a) = Activity::from_key(&value) {
                        form.update(|f| f.activity = a);
                    }
                }>
                    {Activity::ALL.into_iter().map(|a| view! {
                        <option value=a.key() selected=move || form.with(|f| f.activity == a)>{a.label_de()}</option>
                    }).collect_view()}
                </select>
            </div>
            <DistrictField form prefix="gesuch" none="Wie das Netzwerk (oder stadtweit)"
                get=|f| f.district set=|f, v| f.district = v/>
            <TextField form prefix="gesuch" key="place" label="Ort (ein Treffpunkt, keine Privatadresse)" errors=field_errors hint
                get=|f| f.place.clone().unwrap_or_default() set=|f, v| f.place = Some(v).filter(|v| !v.trim().is_empty())/>
            <TextField form prefix="gesuch" key="when" label="Wann" errors=field_errors hint
                get=|f| f.when.clone().unwrap_or_default() set=|f, v| f.when = Some(v).filter(|v| !v.trim().is_empty())/>
            <TextField form prefix="gesuch" key="people" label="Wie viele Menschen?" errors=field_errors
                get=|f| f.people.map(|n| n.to_string()).unwrap_or_default() set=|f, v| f.people = v.trim().parse().ok()/>
            <div class="field">
                <label for="gesuch-valid-until">"Gesucht bis (höchstens 6 Monate)"</label>
                <input id="gesuch-valid-until" type="date" aria-invalid=invalid("valid_until")
                    aria-describedby=described("valid_until", None) prop:value=move || form.with(|f| f.valid_until.clone())
                    on:input=move |e| {
                        let value = event_target_value(&e);
                        form.update(|f| f.valid_until = value);
                    }/>
                {error_text("valid_until")}
            </div>
            <LanguageChoices prefix="gesuch-sprache" legend="Sprachen willkommen"
                checked=move |code| form.with(|f| f.languages.iter().any(|l| l == code))
                toggle=move |code, on| form.update(|f| set_language(&mut f.languages, code, on))/>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <div class="card-actions">
                <button type="submit" class="button" disabled=move || busy.get()>"Speichern"</button>
                <button type="button" class="button button-secondary" on:click=move |_| editing.set(None)>"Abbrechen"</button>
            </div>
        </form>
    }
}

/// A new need: the Koordinierungsstelle asks, in German; the coordinator picks the last day.
pub fn blank() -> NeedInput {
    NeedInput {
        network: None,
        title: String::new(),
        description: String::new(),
        activity: Activity::Patenschaften,
        languages: vec!["de".into()],
        district: None,
        place: None,
        when: None,
        slots: Vec::new(),
        people: None,
        valid_until: String::new(),
        content_lang: None,
    }
}
