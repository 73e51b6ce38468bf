//! "Zu prüfen": the needs, and changes to needs, that editors of networks not (yet) trusted
//! proposed. Field by field, as for an entry's change: the need now ("alt") and as proposed
//! ("neu"), the state at the time where it changed since ("inzwischen geändert"). A need is
//! taken whole, or declined with a reason the editor reads in their area.

use super::client;
use super::review::shown;
use super::session::Session;
use crate::i18n::german_date;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::needs::{NeedDecision, NeedProposalReview};

/// A need's field's name in the review.
pub fn need_field_label(field: &str) -> &'static str {
    match field {
        "title" => "Titel",
        "description" => "Beschreibung",
        "activity" => "Art der Hilfe",
        "languages" => "Sprachen willkommen",
        "district" => "Stadtbezirk",
        "place" => "Ort",
        "when" => "Wann",
        "slots" => "Zeiten",
        "people" => "Wie viele",
        "valid_until" => "Gesucht bis",
        "content_lang" => "Sprache der Texte",
        _ => "Feld",
    }
}

#[component]
pub fn NeedReview(waiting: RwSignal<usize>) -> impl IntoView {
    let list = RwSignal::new(None::<Vec<NeedProposalReview>>);
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let session = Session::get();
    let load = move || {
        spawn_local(async move {
            let path = "/api/admin/need-proposals";
            match client::call::<Vec<NeedProposalReview>>("GET", path, None::<&()>).await {
                Ok(items) => {
                    waiting.set(items.len());
                    list.set(Some(items));
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    load();
    let decide = move |id: String, decision: NeedDecision, what: String| {
        spawn_local(async move {
            let path = format!("/api/admin/need-proposals/{id}");
            match client::call::<NeedProposalReview>("POST", &path, Some(&decision)).await {
                Ok(_) => {
                    message.set(None);
                    done.set(Some(what));
                    load();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    view! {
        <section aria-labelledby="gesuche-pruefen">
            <h2 id="gesuche-pruefen">"Gesuche von Netzwerken"</h2>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <p class="form-notice form-notice-info" role="status">{move || done.get()}</p>
            {move || list.get().map(|items| if items.is_empty() {
                view! { <p>"Keine Gesuche zu prüfen."</p> }.into_any()
            } else {
                items.into_iter().map(|p| view! { <Proposal proposal=p decide/> }).collect_view().into_any()
            })}
        </section>
    }
}

#[component]
fn Proposal(
    proposal: NeedProposalReview,
    decide: impl Fn(String, NeedDecision, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let fields = shown(&proposal.fields);
    let reason = RwSignal::new(String::new());
    let head = &proposal.head;
    let by = head
        .proposed_by
        .clone()
        .unwrap_or_else(|| model::editor::proposal::FORMER_EDITOR.into());
    let title = proposal
        .fields
        .iter()
        .find(|f| f.field == "title")
        .map(|f| f.proposed.clone())
        .unwrap_or_default();
    let kind = if head.need_id.is_some() {
        "Änderung an einem Gesuch"
    } else {
        "Neues Gesuch"
    };
    let heading = format!("gesuch-vorschlag-{}", head.id);
    let labelled_by = heading.clone();
    let reason_id = format!("gesuch-grund-{}", head.id);
    let three = proposal.changed_since;
    let (yes_id, no_id) = (head.id.clone(), head.id.clone());
    let (yes_title, no_title) = (title.clone(), title.clone());
    view! {
        <article class="registration-card proposal" aria-labelledby=labelled_by>
            <h3 id=heading>{format!("{kind}: „{title}“")}</h3>
            <p class="meta">{format!("{} · vorgeschlagen von {by} am {}", head.network_name, german_date(&head.created_at))}</p>
            {three.then(|| view! {
                <p class="badge badge-stale">"inzwischen geändert: Das Gesuch hat sich geändert, seit der Vorschlag gemacht wurde."</p>
            })}
            <table class="review">
                <thead><tr>
                    <th scope="col">"Feld"</th>
                    {three.then(|| view! { <th scope="col">"Beim Vorschlag"</th> })}
                    <th scope="col">"Jetzt (alt)"</th>
                    <th scope="col">"Vorgeschlagen (neu)"</th>
                </tr></thead>
                <tbody>
                    {fields.into_iter().map(|f| view! {
                        <tr>
                            <th scope="row">{need_field_label(&f.field)}</th>
                            {three.then(|| view! { <td>{f.base.clone()}</td> })}
                            <td><span class="run-label">"alt: "</span>{f.current.clone()}</td>
                            <td><span class="run-label">"neu: "</span>{f.proposed.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <div class="card-actions">
                <button type="button" class="button" on:click=move |_| decide(yes_id.clone(), NeedDecision::Accept, format!("„{yes_title}“ ist online."))>"Übernehmen und veröffentlichen"</button>
            </div>
            <div class="field">
                <label for=reason_id.clone()>"Grund für eine Ablehnung (das Netzwerk liest ihn)"</label>
                <textarea id=reason_id rows="2" prop:value=move || reason.get() on:input=move |e| reason.set(event_target_value(&e))></textarea>
            </div>
            <button type="button" class="button button-danger" on:click=move |_| decide(no_id.clone(), NeedDecision::Decline { reason: reason.get_untracked() }, format!("„{no_title}“ ist abgelehnt."))>"Ablehnen"</button>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_a_need_has_a_german_name() {
        for field in model::editor::needs::NEED_FIELDS {
            assert_ne!(need_field_label(field), "Feld", "{field}");
        }
    }
}
