//! The registrations: newest first, filter by status, change status and note, export, erase.

use super::client;
use super::registration_patch::send_patch;
use super::session::Session;
use crate::i18n::german_date;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::coordination::{Page, Registration, RegistrationPatch, Status};
use model::district;
use model::need::AdminNeed;
use model::search::RegistrationSearch;

const PER_PAGE: u32 = 25;

/// The list's filters as the form holds them (empty: no filter).
#[derive(Debug, Clone, Default, PartialEq)]
struct Filter {
    status: String,
    district: String,
    /// A need's id: the registrations that answered it.
    need: String,
    q: String,
    from: String,
    to: String,
}

impl Filter {
    /// The search the API takes, in a POST body: a name or address typed into "Suche" never
    /// becomes part of a URL.
    fn search(&self) -> RegistrationSearch {
        let given = |value: &str| Some(value.trim().to_string()).filter(|v| !v.is_empty());
        RegistrationSearch {
            status: Status::from_key(&self.status),
            district: self.district.parse().ok(),
            need: given(&self.need),
            q: given(&self.q),
            from: given(&self.from),
            to: given(&self.to),
            ..Default::default()
        }
    }
}

const SEARCH: &str = "/api/admin/registrations/search";

/// Registrations waiting for their volunteer's confirmation: a count only (with mail on, an
/// unconfirmed registration is not the coordinators' to see; the privacy notice says so).
fn waiting_text(waiting: u32) -> Option<String> {
    match waiting {
        0 => None,
        1 => Some("1 weitere Anmeldung wartet auf die Bestätigung der Person. Sie erscheint hier erst danach.".into()),
        n => Some(format!("{n} weitere Anmeldungen warten auf die Bestätigung der Person. Sie erscheinen hier erst danach.")),
    }
}

#[component]
pub fn Registrations() -> impl IntoView {
    let filter = RwSignal::new(Filter::default());
    let page_number = RwSignal::new(1u32);
    let page = RwSignal::new(None::<Page<Registration>>);
    let message = RwSignal::new(None::<String>);
    let new_count = RwSignal::new(None::<u32>);
    let networks = RwSignal::new(Vec::<(String, String)>::new());
    let needs = RwSignal::new(Vec::<(String, String)>::new());
    let session = Session::get();
    let load = move || {
        let search = RegistrationSearch {
            page: Some(page_number.get_untracked()),
            per_page: Some(PER_PAGE),
            ..filter.get_untracked().search()
        };
        spawn_local(async move {
            match client::call::<Page<Registration>>("POST", SEARCH, Some(&search)).await {
                Ok(result) => page.set(Some(result)),
                Err(failure) => session.handle(failure, message),
            }
            let new = RegistrationSearch {
                status: Some(Status::New),
                per_page: Some(1),
                ..Default::default()
            };
            if let Ok(new) = client::call::<Page<Registration>>("POST", SEARCH, Some(&new)).await {
                new_count.set(Some(new.total));
            }
        });
    };
    load();
    spawn_local(async move {
        if let Ok(list) = crate::api::get_json::<Vec<model::Network>>("/api/networks").await {
            networks.set(list.into_iter().map(|n| (n.slug, n.name)).collect());
        }
        let path = "/api/admin/needs";
        if let Ok(list) = client::call::<Vec<AdminNeed>>("GET", path, None::<&()>).await {
            needs.set(
                list.into_iter()
                    .map(|n| (n.need.id, n.need.title))
                    .collect(),
            );
        }
    });
    let export = move |_| {
        let search = filter.get_untracked().search();
        spawn_local(async move {
            let path = "/api/admin/registrations/export";
            if let Err(failure) = client::download(path, &search, "anmeldungen.csv").await {
                session.handle(failure, message);
            }
        });
    };
    let apply = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        page_number.set(1);
        load();
    };
    let field = move |label: &'static str,
                      id: &'static str,
                      kind: &'static str,
                      get: fn(&Filter) -> String,
                      set: fn(&mut Filter, String)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type=kind prop:value=move || filter.with(get) on:input=move |e| {
                    let value = event_target_value(&e);
                    filter.update(|f| set(f, value));
                }/>
            </div>
        }
    };
    let turn = move |step: i32| {
        page_number.update(|p| *p = (*p as i32 + step).max(1) as u32);
        load();
    };
    view! {
        <section aria-labelledby="anmeldungen">
            <h2 id="anmeldungen">"Anmeldungen "
                {move || new_count.get().map(|n| view! { <span class="badge badge-unconfirmed">{format!("{n} neu")}</span> })}
            </h2>
            <form class="filter-bar" on:submit=apply aria-label="Anmeldungen filtern">
                <div class="field">
                    <label for="status-filter">"Status"</label>
                    <select id="status-filter" on:change=move |e| filter.update(|f| f.status = event_target_value(&e))>
                        <option value="">"Alle"</option>
                        {Status::ALL.into_iter().map(|s| view! { <option value=s.key()>{s.label_de()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="gesuch-filter">"Gesuch"</label>
                    <select id="gesuch-filter" on:change=move |e| filter.update(|f| f.need = event_target_value(&e))>
                        <option value="">"Alle"</option>
                        {move || needs.get().into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="bezirk-filter">"Stadtbezirk"</label>
                    <select id="bezirk-filter" on:change=move |e| filter.update(|f| f.district = event_target_value(&e))>
                        <option value="">"Alle"</option>
                        {district::STADTBEZIRKE.iter().map(|(n, name)| view! { <option value=n.to_string()>{*name}</option> }).collect_view()}
                    </select>
                </div>
                {field("Suche (Name, E-Mail, Nachricht)", "suche-filter", "search", |f| f.q.clone(), |f, v| f.q = v)}
                {field("Von", "von-filter", "date", |f| f.from.clone(), |f, v| f.from = v)}
                {field("Bis", "bis-filter", "date", |f| f.to.clone(), |f, v| f.to = v)}
                <div class="admin-tools">
                    <button type="submit" class="button">"Anwenden"</button>
                    <button type="button" class="button button-secondary" on:click=export aria-describedby="export-regel">"Als CSV exportieren"</button>
                </div>
                <p class="hint" id="export-regel">{export_rule(env!("EXPORT_DELETION_DAYS"))}</p>
            </form>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            {move || page.get().map(|page| {
                let pages = page.total.div_ceil(PER_PAGE).max(1);
                let items = page.items.clone();
                view! {
                    <p>{format!("{} Anmeldungen · Seite {} von {pages}", page.total, page.page)}</p>
                    {waiting_text(page.waiting.unwrap_or(0)).map(|text| view! { <p class="hint" id="warten-auf-bestaetigung">{text}</p> })}
                    <table class="registration-table">
                        <thead><tr>
                            <th scope="col">"Eingegangen"</th><th scope="col">"Name"</th><th scope="col">"E-Mail"</th>
                            <th scope="col">"Stadtbezirke"</th><th scope="col">"Erstkontakt"</th><th scope="col">"Status"</th>
                        </tr></thead>
                        <tbody>
                            {items.clone().into_iter().map(|r| view! { <RegistrationRow registration=r reload=load/> }).collect_view()}
                        </tbody>
                    </table>
                    <div class="registration-list registration-cards">
                        {items.into_iter().map(|r| view! { <RegistrationCard registration=r reload=load networks/> }).collect_view()}
                    </div>
                    <div class="admin-tools">
                        <button type="button" class="button button-secondary" disabled={page.page <= 1} on:click=move |_| turn(-1)>"Zurück"</button>
                        <button type="button" class="button button-secondary" disabled={page.page >= pages} on:click=move |_| turn(1)>"Weiter"</button>
                    </div>
                }
            })}
        </section>
    }
}

/// A row of the table on wide screens: the essentials and the status.
#[component]
fn RegistrationRow(
    registration: Registration,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = Session::get();
    let message = RwSignal::new(None::<String>);
    let id = registration.id.clone();
    let current = registration.status;
    let on_status = move |e| {
        if let Some(status) = Status::from_key(&event_target_value(&e)) {
            let change = RegistrationPatch {
                status: Some(status),
                ..Default::default()
            };
            send_patch(id.clone(), change, session, message, reload);
        }
    };
    let districts: Vec<&str> = registration
        .districts
        .iter()
        .filter_map(|n| district::name_of(*n))
        .collect();
    let label = format!("Status von {}", registration.name);
    view! {
        <tr>
            <td>{german_date(&registration.created_at)}</td>
            <td>{registration.name.clone()}</td>
            <td>{registration.email.clone()}</td>
            <td>{districts.join(", ")}</td>
            <td>{registration.need.is_some().then(|| super::first_contact::first_contact_line(&registration))}</td>
            <td>
                <select aria-label=label on:change=on_status>
                    {Status::ALL.into_iter().map(|s| view! { <option value=s.key() selected=s == current>{s.label_de()}</option> }).collect_view()}
                </select>
                {move || message.get()}
            </td>
        </tr>
    }
}

/// One registration: everything the person sent, and the coordinators' handling of it.
#[component]
fn RegistrationCard(
    registration: Registration,
    reload: impl Fn() + Copy + Send + Sync + 'static,
    networks: RwSignal<Vec<(String, String)>>,
) -> impl IntoView {
    let id = registration.id.clone();
    let message = RwSignal::new(None::<String>);
    let note = RwSignal::new(registration.note.clone().unwrap_or_default());
    let session = Session::get();
    let patch = move |change: RegistrationPatch| {
        send_patch(id.clone(), change, session, message, move || {
            message.set(Some("Gespeichert.".into()));
            reload();
        });
    };
    let on_status = {
        let patch = patch.clone();
        move |e| {
            if let Some(status) = Status::from_key(&event_target_value(&e)) {
                patch(RegistrationPatch {
                    status: Some(status),
                    ..Default::default()
                });
            }
        }
    };
    let placed = RwSignal::new(registration.placed_network.clone().unwrap_or_default());
    let save_note = {
        let patch = patch.clone();
        move |_| {
            patch(RegistrationPatch {
                note: Some(note.get_untracked()),
                placed_network: Some(placed.get_untracked()),
                ..Default::default()
            })
        }
    };
    let erase_id = registration.id.clone();
    let erase = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message("Diese Anmeldung endgültig löschen?")
                    .ok()
            })
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        let id = erase_id.clone();
        spawn_local(async move {
            match client::send(
                "DELETE",
                &format!("/api/admin/registrations/{id}"),
                None::<&()>,
            )
            .await
            {
                Ok(_) => reload(),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    let districts: Vec<&str> = registration
        .districts
        .iter()
        .filter_map(|n| district::name_of(*n))
        .collect();
    let current = registration.status;
    let status_id = format!("status-{}", registration.id);
    let note_id = format!("notiz-{}", registration.id);
    let placed_id = format!("vermittelt-{}", registration.id);
    view! {
        <article class="registration-card">
            <h3>{registration.name.clone()}</h3>
            <p class="meta">{format!("Eingegangen {} · {}", german_date(&registration.created_at), current.label_de())}</p>
            <dl class="facts">
                <dt>"E-Mail"</dt><dd>{registration.email.clone()}</dd>
                <dt>"Telefon"</dt><dd>{registration.phone.clone().unwrap_or_else(|| "–".into())}</dd>
                <dt>"Stadtbezirke"</dt><dd>{districts.join(", ")}</dd>
                <dt>"Netzwerk"</dt><dd>{registration.network.clone().unwrap_or_else(|| "–".into())}</dd>
                <dt>"Nachricht"</dt><dd class="message">{registration.message.clone().unwrap_or_else(|| "–".into())}</dd>
            </dl>
            <super::first_contact::FirstContactField registration=registration.clone() reload/>
            <div class="admin-tools">
                <label for=status_id.clone()>"Status"</label>
                <select id=status_id on:change=on_status>
                    {Status::ALL.into_iter().map(|s| view! { <option value=s.key() selected=s == current>{s.label_de()}</option> }).collect_view()}
                </select>
            </div>
            // The volunteer sees the note on their own page (Art. 15 GDPR): the label says so.
            <label for=note_id.clone()>"Notiz (die Person sieht sie)"</label>
            <p class="hint" id=format!("{note_id}-hinweis")>"Nur, was für die Vermittlung nötig ist: keine Angaben zu Gesundheit, Religion oder Herkunft."</p>
            <textarea id=note_id.clone() aria-describedby=format!("{note_id}-hinweis") rows="2" prop:value=move || note.get() on:input=move |e| note.set(event_target_value(&e))></textarea>
            <label for=placed_id.clone()>"Vermittelt an"</label>
            <select id=placed_id on:change=move |e| placed.set(event_target_value(&e))>
                <option value="">"–"</option>
                {move || networks.get().into_iter().map(|(slug, name)| {
                    let selected = placed.get_untracked() == slug;
                    view! { <option value=slug selected=selected>{name}</option> }
                }).collect_view()}
            </select>
            <div class="card-actions">
                <button type="button" class="button button-secondary" on:click=save_note>"Speichern"</button>
                <button type="button" class="button button-danger" on:click=erase>"Löschen"</button>
                <super::end_link::EndLink id=registration.id.clone() said=message/>
            </div>
            <p class="hint" role="status">{move || message.get()}</p>
        </article>
    }
}

/// What the city's rule (config/site.toml `[privacy] export_deletion_days`, also in the
/// privacy notice) asks of a CSV export.
fn export_rule(days: &str) -> String {
    let deadline = if days.is_empty() {
        "Die Löschfrist legt die Stadt noch fest (config/site.toml).".to_string()
    } else {
        format!("Löschen Sie sie spätestens {days} Tage nach dem Export.")
    };
    format!("Die Datei enthält Angaben über Freiwillige. {deadline}")
}
