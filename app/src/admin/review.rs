//! "Zu prüfen (N)": what the networks' editors propose. Each proposal field by field: the value
//! now ("alt") and the proposed one ("neu"), in a long text the changed words, marked in words
//! as well as colour; where the entry changed after the proposal was made, "inzwischen
//! geändert" and the value at the time too. Accept all, accept chosen fields, or decline with a
//! reason the editor sees.

use super::client;
use super::session::Session;
use crate::i18n::german_date;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::proposal::{Decision, ProposalReview};
use model::review::{changed_words, FieldReview, Run};

/// A field's name in the review.
pub fn field_label(field: &str) -> &'static str {
    match field {
        "name" => "Name",
        "organiser" => "Träger",
        "district" => "Stadtbezirk",
        "description" => "Beschreibung",
        "activities" => "Aktivitäten",
        "languages" => "Sprachen",
        "content_lang" => "Sprache der Texte",
        "place" => "Ort / Adresse",
        "phone" => "Telefon",
        "email" => "E-Mail",
        "website" => "Internet",
        _ => "Feld",
    }
}

/// The fields a review shows: those the proposal changes, and those changed since it was made.
pub fn shown(fields: &[FieldReview]) -> Vec<FieldReview> {
    fields
        .iter()
        .filter(|f| f.proposes_a_change() || f.changed_since())
        .cloned()
        .collect()
}

/// A long text's changed words: "alt:" and "neu:" in words, `<del>`/`<ins>` in colour.
fn words_view(old: &str, new: &str) -> impl IntoView {
    changed_words(old, new)
        .into_iter()
        .map(|run| match run {
            Run::Same(text) => view! { <span>{text}</span> }.into_any(),
            Run::Old(text) => view! { <del><span class="run-label">"[alt: "</span>{text}<span class="run-label">"]"</span></del> }.into_any(),
            Run::New(text) => view! { <ins><span class="run-label">"[neu: "</span>{text}<span class="run-label">"]"</span></ins> }.into_any(),
        })
        .collect_view()
}

#[component]
pub fn Review(waiting: RwSignal<usize>) -> impl IntoView {
    let list = RwSignal::new(None::<Vec<ProposalReview>>);
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let session = Session::get();
    let load = move || {
        spawn_local(async move {
            match client::call::<Vec<ProposalReview>>("GET", "/api/admin/proposals", None::<&()>)
                .await
            {
                Ok(items) => {
                    waiting.set(items.len());
                    list.set(Some(items));
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    load();
    let decide = move |id: String, decision: Decision, what: String| {
        spawn_local(async move {
            let path = format!("/api/admin/proposals/{id}");
            match client::call::<ProposalReview>("POST", &path, Some(&decision)).await {
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
        <section aria-labelledby="pruefen">
            <h2 id="pruefen">"Zu prüfen"</h2>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <p class="form-notice form-notice-info" role="status">{move || done.get()}</p>
            {move || list.get().map(|items| if items.is_empty() {
                view! { <p>"Nichts zu prüfen."</p> }.into_any()
            } else {
                items.into_iter().map(|p| view! { <Proposal proposal=p decide/> }).collect_view().into_any()
            })}
        </section>
    }
}

#[component]
fn Proposal(
    proposal: ProposalReview,
    decide: impl Fn(String, Decision, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let fields = shown(&proposal.fields);
    let chosen = RwSignal::new(
        fields
            .iter()
            .filter(|f| f.proposes_a_change())
            .map(|f| f.field.clone())
            .collect::<Vec<_>>(),
    );
    let reason = RwSignal::new(String::new());
    let name = proposal.network_name.clone();
    let by = proposal
        .proposed_by
        .clone()
        .unwrap_or_else(|| model::editor::proposal::FORMER_EDITOR.into());
    let (all_id, some_id, no_id) = (
        proposal.id.clone(),
        proposal.id.clone(),
        proposal.id.clone(),
    );
    let (all_name, some_name, no_name) = (name.clone(), name.clone(), name.clone());
    let heading = format!("vorschlag-{}", proposal.id);
    let labelled_by = heading.clone();
    let reason_id = format!("grund-{}", proposal.id);
    let three = proposal.changed_since;
    view! {
        <article class="registration-card proposal" aria-labelledby=labelled_by>
            <h3 id=heading>{name.clone()}</h3>
            <p class="meta">{format!("Vorgeschlagen von {by} am {}", german_date(&proposal.created_at))}</p>
            {three.then(|| view! {
                <p class="badge badge-stale">"inzwischen geändert: Der Eintrag hat sich geändert, seit der Vorschlag gemacht wurde."</p>
            })}
            <table class="review">
                <thead><tr>
                    <th scope="col">"Übernehmen"</th>
                    <th scope="col">"Feld"</th>
                    {three.then(|| view! { <th scope="col">"Beim Vorschlag"</th> })}
                    <th scope="col">"Jetzt (alt)"</th>
                    <th scope="col">"Vorgeschlagen (neu)"</th>
                </tr></thead>
                <tbody>
                    {fields.into_iter().map(|f| {
                        let field = f.field.clone();
                        let box_id = format!("{}-{}", proposal.id, f.field);
                        let (checked, toggled) = (field.clone(), field.clone());
                        let long = f.field == "description";
                        view! {
                            <tr>
                                <td>{f.proposes_a_change().then(|| view! {
                                    <input type="checkbox" id=box_id.clone() aria-label=format!("{} übernehmen", field_label(&field))
                                        prop:checked=move || chosen.with(|c| c.contains(&checked))
                                        on:change=move |e| {
                                            let on = event_target_checked(&e);
                                            let name = toggled.clone();
                                            chosen.update(|c| { c.retain(|x| *x != name); if on { c.push(name); } });
                                        }/>
                                })}</td>
                                <th scope="row">{field_label(&f.field)}</th>
                                {three.then(|| view! { <td>{f.base.clone()}</td> })}
                                <td><span class="run-label">"alt: "</span>{f.current.clone()}</td>
                                <td>
                                    <span class="run-label">"neu: "</span>
                                    {if long && f.proposes_a_change() {
                                        words_view(&f.current, &f.proposed).into_any()
                                    } else {
                                        view! { <span>{f.proposed.clone()}</span> }.into_any()
                                    }}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <div class="card-actions">
                <button type="button" class="button" on:click=move |_| decide(all_id.clone(), Decision::Accept { fields: None }, format!("Der Vorschlag für „{all_name}“ ist übernommen."))>"Alle übernehmen"</button>
                <button type="button" class="button button-secondary" on:click=move |_| decide(some_id.clone(), Decision::Accept { fields: Some(chosen.get_untracked()) }, format!("Die gewählten Felder für „{some_name}“ sind übernommen."))>"Ausgewählte übernehmen"</button>
            </div>
            <div class="field">
                <label for=reason_id.clone()>"Grund für eine Ablehnung (das Netzwerk liest ihn)"</label>
                <textarea id=reason_id rows="2" prop:value=move || reason.get() on:input=move |e| reason.set(event_target_value(&e))></textarea>
            </div>
            <button type="button" class="button button-danger" on:click=move |_| decide(no_id.clone(), Decision::Decline { reason: reason.get_untracked() }, format!("Der Vorschlag für „{no_name}“ ist abgelehnt."))>"Ablehnen"</button>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_shows_what_changes_and_what_changed_since() {
        let field = |name: &str, base: &str, current: &str, proposed: &str| FieldReview {
            field: name.into(),
            base: base.into(),
            current: current.into(),
            proposed: proposed.into(),
        };
        let fields = [
            field("name", "A", "A", "A"),
            field("place", "Café", "Café", "Stadtteilcafé"),
            field("phone", "1", "2", "1"),
        ];
        let names: Vec<String> = shown(&fields).into_iter().map(|f| f.field).collect();
        assert_eq!(names, ["place", "phone"]);
        assert_eq!(field_label("organiser"), "Träger");
    }
}
