//! The needs ("Gesuche"): post and edit them (checked by `model`'s rules first), mark them
//! filled or closed, open them again, delete a slip, and see who answered each.

use super::client;
use super::confirm::ConfirmButton;
use super::need_form::{blank, NeedForm};
use super::session::Session;
use crate::i18n::german_date;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::coordination::{Page, Registration};
use model::need::{AdminNeed, NeedPatch};
use model::search::RegistrationSearch;
use model::{district, Need, NeedInput, NeedStatus};

/// What a need's status is called here.
pub fn status_label(status: NeedStatus, expired: bool) -> &'static str {
    match (status, expired) {
        (NeedStatus::Open, true) => "abgelaufen",
        (NeedStatus::Open, false) => "offen",
        (NeedStatus::Filled, _) => "besetzt",
        (NeedStatus::Closed, _) => "geschlossen",
    }
}

/// "3 Antworten, 1 vermittelt".
pub fn answers_line(answers: u32, placed: u32) -> String {
    let answers = match answers {
        1 => "1 Antwort".to_string(),
        n => format!("{n} Antworten"),
    };
    format!("{answers}, {placed} vermittelt")
}

#[component]
pub fn Needs() -> impl IntoView {
    let list = RwSignal::new(None::<Vec<AdminNeed>>);
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let editing = RwSignal::new(None::<NeedInput>);
    let editing_id = RwSignal::new(None::<String>);
    let session = Session::get();
    let load = move || {
        spawn_local(async move {
            match client::call::<Vec<AdminNeed>>("GET", "/api/admin/needs", None::<&()>).await {
                Ok(items) => list.set(Some(items)),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    load();
    let set_status = move |id: String, status: NeedStatus, what: &'static str| {
        spawn_local(async move {
            let path = format!("/api/admin/needs/{id}");
            match client::call::<Need>("PATCH", &path, Some(&NeedPatch { status })).await {
                Ok(need) => {
                    message.set(None);
                    done.set(Some(format!("„{}“ {what}.", need.title)));
                    load();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    let delete = move |id: String, title: String| {
        spawn_local(async move {
            let path = format!("/api/admin/needs/{id}");
            match client::send("DELETE", &path, None::<&()>).await {
                Ok(_) => {
                    message.set(None);
                    done.set(Some(format!("„{title}“ ist gelöscht.")));
                    load();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    let new_need = move |_| {
        editing_id.set(None);
        editing.set(Some(blank()));
    };
    // Saved or cancelled, the form goes: the focus lands on "Gesuch einstellen", not on the
    // page as a whole.
    let add_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was_open: Option<bool>| {
        let open = editing.with(Option::is_some);
        if was_open == Some(true) && !open {
            if let Some(button) = add_button.get_untracked() {
                let _ = button.focus();
            }
        }
        open
    });
    view! {
        <section aria-labelledby="gesuche">
            <h2 id="gesuche">"Gesuche"</h2>
            <button type="button" class="button" node_ref=add_button on:click=new_need>"Gesuch einstellen"</button>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <p class="form-notice form-notice-info" role="status">{move || done.get()}</p>
            {move || editing.get().map(|input| view! { <NeedForm input id=editing_id.get() editing saved=load/> })}
            {move || list.get().map(|items| {
                if items.is_empty() {
                    return view! { <p>"Noch keine Gesuche."</p> }.into_any();
                }
                view! {
                    <div class="registration-list">
                        {items.into_iter().map(|item| view! {
                            <NeedCard item editing editing_id set_status delete/>
                        }).collect_view()}
                    </div>
                }.into_any()
            })}
        </section>
    }
}

/// When not every answer is listed: how many are, and where the others are.
pub fn more_answers(shown: usize, total: u32) -> Option<String> {
    (shown < total as usize).then(|| {
        format!("Die neuesten {shown} von {total} Antworten. Alle im Reiter „Anmeldungen“ mit dem Filter „Gesuch“.")
    })
}

/// One need: what it is, where it stands, its answers, and what can be done with it.
#[component]
fn NeedCard(
    item: AdminNeed,
    editing: RwSignal<Option<NeedInput>>,
    editing_id: RwSignal<Option<String>>,
    set_status: impl Fn(String, NeedStatus, &'static str) + Copy + Send + Sync + 'static,
    delete: impl Fn(String, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let need = item.need.clone();
    let id = need.id.clone();
    let asker = need
        .network_name
        .clone()
        .unwrap_or_else(|| "Koordinierungsstelle".into());
    let place = need
        .district
        .and_then(district::name_of)
        .unwrap_or("stadtweit");
    let status = status_label(need.status, item.expired);
    // The answers and how many there are in all (more than one page: the rest are in the
    // registrations' tab, filtered by this need).
    let answers = RwSignal::new(None::<(Vec<Registration>, u32)>);
    let show_answers = {
        let id = id.clone();
        move |_| {
            let search = RegistrationSearch {
                need: Some(id.clone()),
                per_page: Some(model::search::MAX_PER_PAGE),
                ..RegistrationSearch::default()
            };
            spawn_local(async move {
                let path = "/api/admin/registrations/search";
                if let Ok(page) =
                    client::call::<Page<Registration>>("POST", path, Some(&search)).await
                {
                    answers.set(Some((page.items, page.total)));
                }
            });
        }
    };
    let (edit_id, edit_need) = (id.clone(), need.clone());
    let (fill_id, close_id, open_id) = (id.clone(), id.clone(), id.clone());
    let (delete_id, title) = (id.clone(), need.title.clone());
    view! {
        <article class="registration-card" aria-label=need.title.clone()>
            <h3 lang=need.content_lang.clone()>{need.title.clone()}</h3>
            <p class="meta">
                <span class=format!("badge badge-need-{status}")>{status}</span>
                {format!(" {asker} · {place} · bis {}", german_date(&need.valid_until))}
            </p>
            <p>{answers_line(item.answers, item.placed)}</p>
            <div class="card-actions">
                {(item.answers > 0).then(|| view! {
                    <button type="button" class="button button-secondary" on:click=show_answers>"Antworten zeigen"</button>
                })}
                <button type="button" class="button button-secondary" on:click=move |_| {
                    editing_id.set(Some(edit_id.clone()));
                    editing.set(Some(model::NeedInput::of(&edit_need)));
                }>"Bearbeiten"</button>
                {(need.status == NeedStatus::Open).then(|| view! {
                    <button type="button" class="button" on:click=move |_| set_status(fill_id.clone(), NeedStatus::Filled, "ist besetzt")>"Besetzt"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| set_status(close_id.clone(), NeedStatus::Closed, "ist geschlossen")>"Schließen"</button>
                })}
                {(need.status != NeedStatus::Open).then(|| view! {
                    <button type="button" class="button" on:click=move |_| set_status(open_id.clone(), NeedStatus::Open, "ist wieder offen")>"Wieder öffnen"</button>
                })}
                <ConfirmButton label="Löschen" question="Wirklich löschen?" yes_label="Ja, löschen"
                    confirmed=move || delete(delete_id.clone(), title.clone())/>
            </div>
            {move || answers.get().map(|(items, total)| view! {
                <ul class="need-answers">
                    {more_answers(items.len(), total).map(|more| view! { <li>{more}</li> })}
                    {items.into_iter().map(|r| view! {
                        <li>{format!("{} ({}), {}", r.name, r.status.label_de(), german_date(&r.created_at))}</li>
                    }).collect_view()}
                </ul>
            })}
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_and_answers_read_plainly() {
        assert_eq!(status_label(NeedStatus::Open, true), "abgelaufen");
        assert_eq!(status_label(NeedStatus::Filled, true), "besetzt");
        assert_eq!(answers_line(1, 0), "1 Antwort, 0 vermittelt");
        assert_eq!(answers_line(3, 1), "3 Antworten, 1 vermittelt");
        assert_eq!(more_answers(3, 3), None);
        assert!(more_answers(200, 250)
            .unwrap()
            .starts_with("Die neuesten 200 von 250 Antworten."));
    }
}
