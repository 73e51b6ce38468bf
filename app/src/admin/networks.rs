//! The networks: confirm, archive (after a second click) and restore, and edit or add them
//! (checked by `model`'s rules first).

use super::activity_choices::{set_activity, ActivityChoices};
use super::client;
use super::confirm::ConfirmButton;
use super::district_field::DistrictField;
use super::language_choices::{set_language, LanguageChoices};
use super::revisions::Revisions;
use super::session::Session;
use super::text_field::TextField;
use crate::i18n::german_date;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::coordination::{AdminNetwork, NetworkInput};
use model::{Activity, Network, Source};

#[component]
pub fn Networks() -> impl IntoView {
    let list = RwSignal::new(None::<Vec<AdminNetwork>>);
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let editing = RwSignal::new(None::<NetworkInput>);
    let editing_id = RwSignal::new(None::<String>);
    // The network whose history is open.
    let history = RwSignal::new(None::<String>);
    let session = Session::get();
    let load = move || {
        spawn_local(async move {
            match client::call::<Vec<AdminNetwork>>("GET", "/api/admin/networks", None::<&()>).await
            {
                Ok(items) => list.set(Some(items)),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    load();
    // `what` says what became of the network, for the status line (read out by screen readers).
    let act = move |id: String, action: &'static str, what: &'static str| {
        spawn_local(async move {
            match client::call::<Network>(
                "POST",
                &format!("/api/admin/networks/{id}/{action}"),
                None::<&()>,
            )
            .await
            {
                Ok(network) => {
                    message.set(None);
                    done.set(Some(format!("„{}“ {what}.", network.name)));
                    load();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    let new_network = move |_| {
        editing_id.set(None);
        editing.set(Some(blank()));
    };
    view! {
        <section aria-labelledby="netzwerke">
            <h2 id="netzwerke">"Netzwerke"</h2>
            <button type="button" class="button" on:click=new_network>"Netzwerk hinzufügen"</button>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <p class="form-notice form-notice-info" role="status">{move || done.get()}</p>
            {move || editing.get().map(|input| view! { <NetworkForm input id=editing_id.get() editing saved=load/> })}
            {move || list.get().map(|items| view! {
                <div class="registration-list">
                    {items.into_iter().map(|item| {
                        let id = item.network.id.clone();
                        let confirm_id = id.clone();
                        let mark_id = id.clone();
                        let edit_item = item.network.clone();
                        let (history_id, shown_id, revisions_id) = (id.clone(), id.clone(), id.clone());
                        let archived = item.archived_at.is_some();
                        view! {
                            <article class="registration-card" aria-label=item.network.name.clone()>
                                <h3>{item.network.name.clone()}</h3>
                                <p class="meta">
                                    {match &item.network.confirmed_at {
                                        Some(date) => view! { <span class="badge badge-confirmed">{format!("bestätigt am {}", german_date(date))}</span> }.into_any(),
                                        None => view! { <span class="badge badge-unconfirmed">"nicht bestätigt"</span> }.into_any(),
                                    }}
                                    {item.network.stale.then(|| view! { " " <span class="badge badge-stale">"veraltet"</span> })}
                                    {archived.then(|| view! { " " <span class="badge">"archiviert"</span> })}
                                </p>
                                <p>{item.network.source_line()}</p>
                                <super::needs_trust::TrustBox id=item.network.id.clone() name=item.network.name.clone()
                                    trusted=item.needs_trusted done message/>
                                <div class="card-actions">
                                    <button type="button" class="button" on:click=move |_| act(confirm_id.clone(), "confirm", "ist bestätigt")>"Bestätigen"</button>
                                    <button type="button" class="button button-secondary" on:click=move |_| {
                                        editing_id.set(Some(id.clone()));
                                        editing.set(Some(to_input(&edit_item)));
                                    }>"Bearbeiten"</button>
                                    <button type="button" class="button button-secondary"
                                        aria-expanded=move || (history.get().as_deref() == Some(shown_id.as_str())).to_string()
                                        on:click=move |_| history.update(|h| *h = if h.as_deref() == Some(history_id.as_str()) { None } else { Some(history_id.clone()) })>"Verlauf"</button>
                                    {if archived {
                                        view! {
                                            <button type="button" class="button" on:click=move |_| act(mark_id.clone(), "restore", "ist wiederhergestellt und wieder auf der Karte")>"Wiederherstellen"</button>
                                        }.into_any()
                                    } else {
                                        // Archiving takes a network off the public map, so it asks first.
                                        view! { <ConfirmButton label="Archivieren" question="Wirklich archivieren?" yes_label="Ja, archivieren"
                                            confirmed=move || act(mark_id.clone(), "archive", "ist archiviert")/> }.into_any()
                                    }}
                                </div>
                                {move || (history.get().as_deref() == Some(revisions_id.as_str())).then(|| view! {
                                    <Revisions id=revisions_id.clone() restored=load/>
                                })}
                            </article>
                        }
                    }).collect_view()}
                </div>
            })}
        </section>
    }
}

fn blank() -> NetworkInput {
    NetworkInput {
        slug: None,
        name: String::new(),
        organiser: String::new(),
        district: None,
        description: String::new(),
        activities: Vec::new(),
        languages: vec!["de".into()],
        content_lang: None,
        place: None,
        phone: None,
        email: None,
        website: None,
        source: Source {
            name: "Koordinierungsstelle".into(),
            url: None,
        },
        stand: None,
    }
}

fn to_input(n: &Network) -> NetworkInput {
    NetworkInput {
        slug: Some(n.slug.clone()),
        name: n.name.clone(),
        organiser: n.organiser.clone(),
        district: n.district,
        description: n.description.clone(),
        activities: n.activities.clone(),
        languages: n.languages.clone(),
        content_lang: Some(n.content_lang.clone()),
        place: n.place.clone(),
        phone: n.phone.clone(),
        email: n.email.clone(),
        website: n.website.clone(),
        source: n.source.clone(),
        stand: n.stand,
    }
}

/// Editing a network: the main fields, checked with `model`'s rules before sending.
#[component]
fn NetworkForm(
    input: NetworkInput,
    id: Option<String>,
    editing: RwSignal<Option<NetworkInput>>,
    saved: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let form = RwSignal::new(input);
    let message = RwSignal::new(None::<String>);
    let session = Session::get();
    let submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let input = form.get_untracked();
        if let Err(errors) = input.validate() {
            message.set(Some(
                errors
                    .into_iter()
                    .map(|(field, error)| format!("{field}: {}", error.message))
                    .collect::<Vec<_>>()
                    .join(" "),
            ));
            return;
        }
        let id = id.clone();
        spawn_local(async move {
            let result = match &id {
                Some(id) => {
                    client::call::<Network>(
                        "PUT",
                        &format!("/api/admin/networks/{id}"),
                        Some(&input),
                    )
                    .await
                }
                None => client::call::<Network>("POST", "/api/admin/networks", Some(&input)).await,
            };
            match result {
                Ok(_) => {
                    editing.set(None);
                    saved();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    view! {
        <form class="network-form registration-card" on:submit=submit>
            <h3>"Netzwerk bearbeiten"</h3>
            <TextField form prefix="netz" key="name" label="Name"
                get=|f| f.name.clone() set=|f, v| f.name = v/>
            <TextField form prefix="netz" key="organiser" label="Träger (eine Organisation)"
                get=|f| f.organiser.clone() set=|f, v| f.organiser = v/>
            <DistrictField form prefix="netz" none="Stadtweit"
                get=|f| f.district set=|f, v| f.district = v/>
            <TextField form prefix="netz" key="description" label="Beschreibung"
                get=|f| f.description.clone() set=|f, v| f.description = v/>
            <TextField form prefix="netz" key="place" label="Ort / Adresse"
                get=|f| f.place.clone().unwrap_or_default() set=|f, v| f.place = Some(v)/>
            <TextField form prefix="netz" key="phone" label="Telefon"
                get=|f| f.phone.clone().unwrap_or_default() set=|f, v| f.phone = Some(v)/>
            <TextField form prefix="netz" key="email" label="E-Mail"
                get=|f| f.email.clone().unwrap_or_default() set=|f, v| f.email = Some(v)/>
            <TextField form prefix="netz" key="website" label="Internet"
                get=|f| f.website.clone().unwrap_or_default() set=|f, v| f.website = Some(v)/>
            <TextField form prefix="netz" key="source" label="Quelle"
                get=|f| f.source.name.clone() set=|f, v| f.source.name = v/>
            <TextField form prefix="netz" key="source-url" label="Quelle: Adresse (freiwillig)"
                get=|f| f.source.url.clone().unwrap_or_default() set=|f, v| f.source.url = Some(v).filter(|v| !v.trim().is_empty())/>
            <TextField form prefix="netz" key="stand" label="Stand (Jahr der Quelle)"
                get=|f| f.stand.map(|y| y.to_string()).unwrap_or_default() set=|f, v| f.stand = v.trim().parse().ok()/>
            <ActivityChoices prefix="netz-aktivitaet" legend="Aktivitäten" label=Activity::label_de
                checked=move |a| form.with(|f| f.activities.contains(&a))
                toggle=move |a, on| form.update(|f| set_activity(&mut f.activities, a, on))/>
            <LanguageChoices prefix="netz-sprache" legend="Sprachen"
                checked=move |code| form.with(|f| f.languages.iter().any(|l| l == code))
                toggle=move |code, on| form.update(|f| set_language(&mut f.languages, code, on))/>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <div class="card-actions">
                <button type="submit" class="button">"Speichern"</button>
                <button type="button" class="button button-secondary" on:click=move |_| editing.set(None)>"Abbrechen"</button>
            </div>
        </form>
    }
}
