//! "Netzwerk-Zugänge": the networks' editors. A coordinator gives an access (name, address,
//! networks, the invitation's language); with mail on the invitation goes by mail, with mail
//! off the area shows its link once, to hand over in person or by phone. A new link, and
//! ending an access (which erases it at once), per access.

use super::client;
use super::confirm::ConfirmButton;
use super::session::Session;
use super::text_field::TextField;
use crate::i18n::german_date;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::coordination::AdminNetwork;
use model::editor::{EditorInput, EditorLanguage, EditorView, IssuedLink};

/// The sentence after a link was made: where it went, or the link itself.
pub fn issued_text(issued: &IssuedLink) -> String {
    let until = german_date(&issued.expires_at);
    match &issued.link {
        Some(_) => format!(
            "Der Link für {} gilt bis {until} und nur einmal. Er wird nur jetzt gezeigt: bitte persönlich oder telefonisch weitergeben.",
            issued.editor.name
        ),
        None => format!(
            "Der Link ist per E-Mail an {} unterwegs; er gilt bis {until} und nur einmal.",
            issued.editor.email
        ),
    }
}

#[component]
pub fn Editors() -> impl IntoView {
    let list = RwSignal::new(None::<Vec<EditorView>>);
    let networks = RwSignal::new(Vec::<AdminNetwork>::new());
    let message = RwSignal::new(None::<String>);
    let issued = RwSignal::new(None::<IssuedLink>);
    let done = RwSignal::new(None::<String>);
    let session = Session::get();
    let load = move || {
        spawn_local(async move {
            match client::call::<Vec<EditorView>>("GET", "/api/admin/editors", None::<&()>).await {
                Ok(items) => list.set(Some(items)),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    spawn_local(async move {
        if let Ok(items) =
            client::call::<Vec<AdminNetwork>>("GET", "/api/admin/networks", None::<&()>).await
        {
            networks.set(
                items
                    .into_iter()
                    .filter(|n| n.archived_at.is_none())
                    .collect(),
            );
        }
    });
    load();
    let new_link = move |id: String| {
        spawn_local(async move {
            let path = format!("/api/admin/editors/{id}/link");
            match client::call::<IssuedLink>("POST", &path, None::<&()>).await {
                Ok(link) => issued.set(Some(link)),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    let end = move |id: String, name: String| {
        spawn_local(async move {
            let path = format!("/api/admin/editors/{id}");
            match client::send("DELETE", &path, None::<&()>).await {
                Ok(_) => {
                    done.set(Some(format!(
                        "Der Zugang von {name} ist beendet und gelöscht."
                    )));
                    load();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    let network_name = move |id: &str| {
        networks.with(|all| {
            all.iter()
                .find(|n| n.network.id == id)
                .map_or_else(|| id.to_string(), |n| n.network.name.clone())
        })
    };
    view! {
        <section aria-labelledby="zugaenge">
            <h2 id="zugaenge">"Netzwerk-Zugänge"</h2>
            <p>"Menschen, die ein Netzwerk benennt, halten seinen Eintrag aktuell. Sie melden sich mit einem Link an, der nur einmal gilt; ihre Vorschläge prüfen Sie unter „Zu prüfen“."</p>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <p class="form-notice form-notice-info" role="status">{move || done.get()}</p>
            {move || issued.get().map(|link| view! {
                <div class="registration-card issued-link" role="status">
                    <p>{issued_text(&link)}</p>
                    {link.link.clone().map(|href| view! {
                        <p><label for="zugang-link">"Link"</label>
                        <input id="zugang-link" class="issued-link-value" readonly prop:value=href/></p>
                    })}
                    <button type="button" class="button button-secondary" on:click=move |_| issued.set(None)>"Ausblenden"</button>
                </div>
            })}
            <NewEditor networks issued saved=load/>
            {move || list.get().map(|items| view! {
                <div class="registration-list">
                    {items.into_iter().map(|editor| {
                        let (id, end_id, name) = (editor.id.clone(), editor.id.clone(), editor.name.clone());
                        let names = editor.networks.iter().map(|n| network_name(n)).collect::<Vec<_>>().join(", ");
                        view! {
                            <article class="registration-card" aria-label=editor.name.clone()>
                                <h3>{editor.name.clone()}</h3>
                                <p>{editor.email.clone()}</p>
                                <p>{format!("Netzwerke: {names}")}</p>
                                <p class="meta">{format!(
                                    "Seit {} · zuletzt genutzt {} · Bedingungen {}",
                                    german_date(&editor.created_at),
                                    german_date(&editor.last_used_at),
                                    editor.terms_accepted_at.as_deref().map_or("noch nicht angenommen".to_string(), |at| format!("angenommen am {}", german_date(at)))
                                )}</p>
                                <div class="card-actions">
                                    <button type="button" class="button button-secondary" on:click=move |_| new_link(id.clone())>"Neuen Link"</button>
                                    <ConfirmButton label="Zugang beenden" question="Zugang wirklich beenden und löschen?" yes_label="Ja, beenden"
                                        confirmed=move || end(end_id.clone(), name.clone())/>
                                </div>
                            </article>
                        }
                    }).collect_view()}
                </div>
            })}
        </section>
    }
}

fn blank() -> EditorInput {
    EditorInput {
        name: String::new(),
        email: String::new(),
        networks: Vec::new(),
        language: EditorLanguage::De,
    }
}

#[component]
fn NewEditor(
    networks: RwSignal<Vec<AdminNetwork>>,
    issued: RwSignal<Option<IssuedLink>>,
    saved: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let form = RwSignal::new(blank());
    let message = RwSignal::new(None::<String>);
    let session = Session::get();
    let submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let input = form.get_untracked();
        if let Err(errors) = input.validate() {
            message.set(Some(
                errors
                    .into_values()
                    .map(|e| e.message)
                    .collect::<Vec<_>>()
                    .join(" "),
            ));
            return;
        }
        spawn_local(async move {
            match client::call::<IssuedLink>("POST", "/api/admin/editors", Some(&input)).await {
                Ok(link) => {
                    message.set(None);
                    form.set(blank());
                    issued.set(Some(link));
                    saved();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    view! {
        <form class="network-form registration-card" on:submit=submit novalidate>
            <h3>"Zugang geben"</h3>
            <TextField form prefix="zugang" key="name" label="Name" get=|f| f.name.clone() set=|f, v| f.name = v/>
            <TextField form prefix="zugang" key="email" label="E-Mail" get=|f| f.email.clone() set=|f, v| f.email = v/>
            <fieldset class="field choices">
                <legend>"Netzwerke"</legend>
                <div class="choice-grid">
                    {move || networks.get().into_iter().map(|n| {
                        let id = n.network.id.clone();
                        let box_id = format!("zugang-netz-{id}");
                        let (checked_id, toggle_id) = (id.clone(), id);
                        let label_for = box_id.clone();
                        view! {
                            <label class="choice" for=label_for>
                                <input type="checkbox" id=box_id
                                    prop:checked=move || form.with(|f| f.networks.contains(&checked_id))
                                    on:change=move |e| {
                                        let on = event_target_checked(&e);
                                        let id = toggle_id.clone();
                                        form.update(|f| { f.networks.retain(|x| *x != id); if on { f.networks.push(id); } });
                                    }/>
                                <span>{n.network.name.clone()}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset class="field choices">
                <legend>"Sprache der Einladung"</legend>
                {[(EditorLanguage::De, "Deutsch"), (EditorLanguage::En, "Englisch")].into_iter().map(|(lang, label)| {
                    let id = format!("zugang-sprache-{}", lang.key());
                    let label_for = id.clone();
                    view! {
                        <label class="choice" for=label_for>
                            <input type="radio" name="zugang-sprache" id=id
                                prop:checked=move || form.with(|f| f.language == lang)
                                on:change=move |_| form.update(|f| f.language = lang)/>
                            <span>{label}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <button type="submit" class="button">"Zugang geben"</button>
        </form>
    }
}
