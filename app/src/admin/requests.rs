//! "Anfragen": organisations that claim an entry ("Zugang anfragen") or suggest a network
//! ("Netzwerk vorschlagen"). The coordinator calls the person first (the phone number is
//! here), then gives access with the name they confirmed, puts a suggestion on the map (with or
//! without access for its suggester), or declines: a declined request is erased after 30 days.

use super::client;
use super::confirm::ConfirmButton;
use super::session::Session;
use crate::i18n::german_date;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::network_request::view::{NetworkRequest, RequestAccepted, RequestDecision, RequestKind};

/// What accepting did, in a sentence; the invitation link where no mail carried it.
pub fn outcome(accepted: &RequestAccepted) -> String {
    let mut text = match &accepted.network {
        Some(slug) => format!("Der Eintrag ist auf der Karte: /netzwerk/{slug}. "),
        None => String::new(),
    };
    if accepted.added_to_access {
        text.push_str(
            "Die Adresse hatte schon einen Netzwerk-Zugang: Das Netzwerk ist ihm hinzugefügt.",
        );
    } else if let Some(access) = &accepted.access {
        match &access.link {
            Some(link) => text.push_str(&format!(
                "Zugang gegeben. Ohne E-Mail-Versand: Bitte geben Sie diesen Link weiter (nur jetzt sichtbar, gültig bis {}): {link}",
                german_date(&access.expires_at)
            )),
            None => text.push_str(&format!(
                "Zugang gegeben: Die Einladung geht per E-Mail an {}.",
                access.editor.email
            )),
        }
    }
    text
}

#[component]
pub fn Requests() -> impl IntoView {
    let list = RwSignal::new(None::<Vec<NetworkRequest>>);
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let session = Session::get();
    let load = move || {
        spawn_local(async move {
            let path = "/api/admin/network-requests";
            match client::call::<Vec<NetworkRequest>>("GET", path, None::<&()>).await {
                Ok(items) => list.set(Some(items)),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    load();
    let decide = move |id: String, decision: RequestDecision| {
        spawn_local(async move {
            let path = format!("/api/admin/network-requests/{id}");
            let declining = decision == RequestDecision::Decline;
            let result = if declining {
                client::send("POST", &path, Some(&decision))
                    .await
                    .map(|_| None)
            } else {
                client::call::<RequestAccepted>("POST", &path, Some(&decision))
                    .await
                    .map(Some)
            };
            match result {
                Ok(accepted) => {
                    message.set(None);
                    done.set(Some(match accepted {
                        Some(accepted) => outcome(&accepted),
                        None => "Abgelehnt. Die Anfrage wird in 30 Tagen gelöscht.".into(),
                    }));
                    load();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    let erase = move |id: String| {
        spawn_local(async move {
            let path = format!("/api/admin/network-requests/{id}");
            match client::send("DELETE", &path, None::<&()>).await {
                Ok(_) => {
                    message.set(None);
                    done.set(Some("Gelöscht.".into()));
                    load();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    view! {
        <section aria-labelledby="anfragen">
            <h2 id="anfragen">"Anfragen"</h2>
            <p>"Bitte rufen Sie die Person an, bevor Sie einen Zugang geben: Gehört sie wirklich zum Netzwerk?"</p>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <p class="form-notice form-notice-info" role="status">{move || done.get()}</p>
            {move || list.get().map(|items| if items.is_empty() {
                view! { <p>"Keine Anfragen."</p> }.into_any()
            } else {
                items.into_iter().map(|r| view! { <Request request=r decide erase/> }).collect_view().into_any()
            })}
        </section>
    }
}

#[component]
fn Request(
    request: NetworkRequest,
    decide: impl Fn(String, RequestDecision) + Copy + Send + Sync + 'static,
    erase: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let name = RwSignal::new(request.requester.name.clone());
    let give_access = RwSignal::new(true);
    let heading = format!("anfrage-{}", request.id);
    let labelled_by = heading.clone();
    let access_id = format!("zugang-{}", request.id);
    let access_for = access_id.clone();
    let name_id = format!("name-{}", request.id);
    let (accept_id, decline_id, erase_id) =
        (request.id.clone(), request.id.clone(), request.id.clone());
    let waiting = request.status == "waiting";
    let suggestion = request.kind == RequestKind::Suggestion;
    let title = match (&request.kind, &request.network, &request.suggested) {
        (RequestKind::Claim, Some(network), _) => format!("Zugang für „{}“", network.name),
        (RequestKind::Claim, None, _) => {
            "Zugang für ein Netzwerk, das nicht mehr auf der Karte ist".into()
        }
        (_, _, Some(s)) => format!("Vorschlag: „{}“", s.network_name),
        _ => "Vorschlag".into(),
    };
    let r = request.requester.clone();
    let suggested = request.suggested.clone().map(|s| {
        let district = s
            .district
            .and_then(model::district::name_of)
            .unwrap_or("stadtweit");
        view! {
            <dl class="entry-fields">
                <dt>"Träger"</dt><dd>{s.organiser}</dd>
                <dt>"Stadtbezirk"</dt><dd>{district}</dd>
                <dt>"Beschreibung"</dt><dd>{s.description}</dd>
                <dt>"Website"</dt><dd>{s.network_website.unwrap_or_default()}</dd>
            </dl>
        }
    });
    view! {
        <article class="registration-card" aria-labelledby=labelled_by>
            <h3 id=heading>{title}</h3>
            <p class="meta">{format!("Eingegangen am {}{}", german_date(&request.created_at),
                request.decided_at.as_deref().map(|d| format!(" · abgelehnt am {}", german_date(d))).unwrap_or_default())}</p>
            {suggested}
            <dl class="entry-fields">
                <dt>"Name"</dt><dd>{r.name.clone()}</dd>
                <dt>"Aufgabe"</dt><dd>{r.role.clone()}</dd>
                <dt>"E-Mail"</dt><dd>{r.email.clone()}</dd>
                <dt>"Telefon"</dt><dd><a href=format!("tel:{}", r.phone.replace(' ', ""))>{r.phone.clone()}</a></dd>
                <dt>"Nachricht"</dt><dd>{r.message.clone()}</dd>
                <dt>"Sprache"</dt><dd>{r.language.clone()}</dd>
            </dl>
            {request.has_access.then(|| view! { <p class="note">"Diese Adresse hat schon einen Netzwerk-Zugang: Das Netzwerk wird ihm hinzugefügt."</p> })}
            {waiting.then(|| view! {
                <div class="field">
                    <label for=name_id.clone()>"Name für die Einladung (nach dem Anruf bestätigt)"</label>
                    <input id=name_id.clone() type="text" prop:value=move || name.get()
                        on:input=move |e| name.set(event_target_value(&e))/>
                </div>
                {suggestion.then(|| view! {
                    <div class="field checkbox">
                        <input type="checkbox" id=access_id prop:checked=move || give_access.get()
                            on:change=move |e| give_access.set(event_target_checked(&e))/>
                        <label for=access_for>"Der Person Zugang geben"</label>
                    </div>
                })}
                <div class="card-actions">
                    <button type="button" class="button" on:click=move |_| decide(accept_id.clone(), RequestDecision::Accept {
                        name: name.get_untracked(),
                        give_access: !suggestion || give_access.get_untracked(),
                    })>{if suggestion { "Auf die Karte" } else { "Zugang geben" }}</button>
                    <button type="button" class="button button-secondary"
                        on:click=move |_| decide(decline_id.clone(), RequestDecision::Decline)>"Ablehnen"</button>
                </div>
            })}
            <div class="card-actions">
                <ConfirmButton label="Sofort löschen" question="Anfrage wirklich sofort löschen?" yes_label="Ja, löschen"
                    confirmed=move || erase(erase_id.clone())/>
            </div>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accepted_suggestion_names_its_address_and_a_link_to_hand_over() {
        let access: model::editor::IssuedLink = serde_json::from_value(serde_json::json!({
            "editor": {"id": "e", "name": "Erika", "email": "erika@beispiel.de", "language": "de",
                       "networks": ["x"], "created_at": "2026-12-04T10:00:00Z", "created_by": "k",
                       "last_used_at": "2026-12-04T10:00:00Z", "terms_accepted_at": null},
            "mailed": false, "link": "https://karte.example/mein-netzwerk/anmelden#t",
            "expires_at": "2026-12-11T10:00:00Z"
        }))
        .unwrap();
        let text = outcome(&RequestAccepted {
            network: Some("sprachcafe".into()),
            access: Some(access),
            added_to_access: false,
        });
        assert!(text.contains("/netzwerk/sprachcafe"));
        assert!(text.contains("#t") && text.contains("11.12.2026"));
    }
}
