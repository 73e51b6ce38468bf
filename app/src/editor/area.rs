//! The editor's area: the terms until they are accepted, then each of their networks as the
//! public sees it, with "Alles stimmt noch", "Änderung vorschlagen" and what became of their
//! proposals.

use super::client::{self, Failure};
use super::needs::NetworkNeeds;
use super::proposal_form::ProposalForm;
use super::words::{self, Words};
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::proposal::{OwnNetwork, OwnProposal, ProposalStatus};
use model::editor::EditorArea;
use model::network::{freshness::FreshnessState, ConfirmedBy};
use model::Network;

/// The confirmation line: "Bestätigt am 03.12.2026 vom Netzwerk".
pub fn confirmation(words: &Words, network: &Network) -> String {
    match &network.confirmed_at {
        Some(at) => {
            let by = match network.confirmed_by {
                Some(ConfirmedBy::Network) => words.by_network,
                _ => words.by_coordination,
            };
            format!("{} {} {by}", words.confirmed_on, words::day(words, at))
        }
        None => words.not_confirmed.to_string(),
    }
}

/// What became of a proposal, in a line.
pub fn outcome(words: &Words, proposal: &OwnProposal) -> String {
    match proposal.status {
        ProposalStatus::Waiting => words.waiting.to_string(),
        ProposalStatus::Accepted => format!(
            "{} ({} {})",
            words.accepted,
            words.accepted_fields,
            proposal.accepted_fields.join(", ")
        ),
        ProposalStatus::Declined => format!(
            "{} ({} {})",
            words.declined,
            words.reason,
            proposal.reason.clone().unwrap_or_default()
        ),
    }
}

#[component]
pub fn Area(
    words: &'static Words,
    area: RwSignal<Option<EditorArea>>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
    signed_out: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let failed = move |failure: Failure| match failure {
        Failure::SignedOut(_) => signed_out(String::new()),
        other => problem.set(Some(
            other.detail().unwrap_or_else(|| words.unreachable.into()),
        )),
    };
    let accept = move |_| {
        let version = area.with_untracked(|a| a.as_ref().map(|a| a.terms_version.clone()));
        spawn_local(async move {
            match client::accept_terms(&version.unwrap_or_default()).await {
                Ok(()) => reload(),
                Err(failure) => failed(failure),
            }
        });
    };
    let sign_out = move |_| {
        spawn_local(async move {
            match client::sign_out().await {
                Ok(()) | Err(Failure::SignedOut(_)) => signed_out(words.signed_out.into()),
                Err(failure) => failed(failure),
            }
        });
    };
    view! {
        <div class="page admin editor-area">
            <div class="admin-head">
                <h1>{words.title}</h1>
                <button type="button" class="button button-secondary" on:click=sign_out>{words.sign_out}</button>
            </div>
            <p class="form-notice" role="alert">{move || problem.get()}</p>
            <p class="form-notice form-notice-info" role="status">{move || status.get()}</p>
            {move || area.get().map(|a| if a.terms_accepted {
                if a.networks.is_empty() {
                    view! { <p>{words.no_networks}</p> }.into_any()
                } else {
                    let networks = a.networks.clone();
                    view! {
                        <Reminders words networks status failed reload/>
                        {a.networks.into_iter().map(|own| view! {
                            <NetworkCard words own status failed reload/>
                        }).collect_view()}
                    }.into_any()
                }
            } else {
                view! {
                    <section class="registration-card terms" aria-labelledby="bedingungen">
                        <h2 id="bedingungen">{words.terms_title}</h2>
                        <ul>{words.terms.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ul>
                        <button type="button" class="button" on:click=accept>{words.accept_terms}</button>
                    </section>
                }.into_any()
            })}
        </div>
    }
}

/// "Alles stimmt noch" for network `id`: confirmed today by the network.
pub fn confirm_network(
    words: &'static Words,
    id: String,
    status: RwSignal<Option<String>>,
    failed: impl Fn(Failure) + Copy + Send + Sync + 'static,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) {
    let path = format!("/api/netzwerk/networks/{id}/confirm");
    spawn_local(async move {
        match client::call::<Network>("POST", &path, None::<&()>).await {
            Ok(_) => {
                status.set(Some(words.confirmed_now.into()));
                reload();
            }
            Err(failure) => failed(failure),
        }
    });
}

/// The prompt on top, for entries that go stale soon or are stale: what a reminder mail says,
/// also with mail off.
fn reminder_line(words: &Words, own: &OwnNetwork) -> Option<String> {
    match own.freshness {
        FreshnessState::Current => None,
        FreshnessState::Soon => Some(format!(
            "„{}“: {} {}.",
            own.network.name,
            words.reminder_soon,
            own.stale_on
                .as_deref()
                .map(|d| words::day(words, d))
                .unwrap_or_default()
        )),
        FreshnessState::Stale => Some(format!("„{}“: {}", own.network.name, words.reminder_stale)),
    }
}

#[component]
fn Reminders(
    words: &'static Words,
    networks: Vec<OwnNetwork>,
    status: RwSignal<Option<String>>,
    failed: impl Fn(Failure) + Copy + Send + Sync + 'static,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let due: Vec<(String, String)> = networks
        .iter()
        .filter_map(|own| Some((own.network.id.clone(), reminder_line(words, own)?)))
        .collect();
    (!due.is_empty()).then(|| view! {
        <section class="registration-card reminder" aria-labelledby="bitte-bestaetigen">
            <h2 id="bitte-bestaetigen">{words.reminder_title}</h2>
            <ul>
                {due.into_iter().map(|(id, line)| view! {
                    <li>{line}" "
                        <button type="button" class="button"
                            on:click=move |_| confirm_network(words, id.clone(), status, failed, reload)>
                            {words.still_correct}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    })
}

#[component]
fn NetworkCard(
    words: &'static Words,
    own: OwnNetwork,
    status: RwSignal<Option<String>>,
    failed: impl Fn(Failure) + Copy + Send + Sync + 'static,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let OwnNetwork {
        network, proposals, ..
    } = own;
    let proposing = RwSignal::new(false);
    let id = network.id.clone();
    let heading = format!("netzwerk-{}", network.id);
    let labelled_by = heading.clone();
    let confirm = move |_| confirm_network(words, id.clone(), status, failed, reload);
    let form_network = network.clone();
    let sent = move || {
        status.set(Some(words.sent.into()));
        reload();
    };
    let district = network
        .district
        .and_then(model::district::name_of)
        .unwrap_or(words.citywide);
    let optional = |label: &'static str, value: &Option<String>| {
        value
            .clone()
            .map(|v| view! { <dt>{label}</dt><dd>{v}</dd> })
    };
    view! {
        <section class="registration-card" aria-labelledby=labelled_by>
            <h2 id=heading>{network.name.clone()}</h2>
            <p class="meta"><span class="badge">{confirmation(words, &network)}</span></p>
            <h3>{words.public_entry}</h3>
            <dl class="entry-fields">
                <dt>{words.field_organiser}</dt><dd>{network.organiser.clone()}</dd>
                <dt>{words.field_district}</dt><dd>{district}</dd>
                <dt>{words.field_description}</dt><dd>{network.description.clone()}</dd>
                <dt>{words.field_activities}</dt>
                <dd>{network.activities.iter().map(|a| words::activity(words, *a)).collect::<Vec<_>>().join(", ")}</dd>
                {optional(words.field_place, &network.place)}
                {optional(words.field_phone, &network.phone)}
                {optional(words.field_email, &network.email)}
                {optional(words.field_website, &network.website)}
            </dl>
            <p>{network.source_line()}</p>
            <div class="card-actions">
                <button type="button" class="button" on:click=confirm>{words.all_correct}</button>
                <button type="button" class="button button-secondary" aria-expanded=move || proposing.get().to_string()
                    on:click=move |_| proposing.update(|p| *p = !*p)>{words.propose}</button>
            </div>
            {move || proposing.get().then(|| view! {
                <ProposalForm words network=form_network.clone() open=proposing sent/>
            })}
            <NetworkNeeds words network_id=network.id.clone() slug=network.slug.clone()
                said=move |line| status.set(Some(line)) failed/>
            {(!proposals.is_empty()).then(|| view! {
                <h3>{words.proposals}</h3>
                <ul class="proposals">
                    {proposals.iter().map(|p| view! {
                        <li>{format!("{} {}: {}", words.proposed_on, words::day(words, &p.created_at), outcome(words, p))}</li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::words::{DE, EN};

    fn proposal(status: ProposalStatus) -> OwnProposal {
        serde_json::from_value(serde_json::json!({
            "id": "p", "created_at": "2026-12-03T10:00:00.000Z", "status": status,
            "proposed": {"name": "N", "organiser": "O", "description": "D"},
            "accepted_fields": ["place"], "reason": "Zu lang", "decided_at": null
        }))
        .unwrap()
    }

    #[test]
    fn an_editor_reads_what_became_of_a_proposal() {
        assert_eq!(
            outcome(&DE, &proposal(ProposalStatus::Accepted)),
            "übernommen (Übernommen: place)"
        );
        assert_eq!(
            outcome(&EN, &proposal(ProposalStatus::Declined)),
            "declined (Reason: Zu lang)"
        );
        assert_eq!(
            outcome(&DE, &proposal(ProposalStatus::Waiting)),
            "wartet auf Prüfung"
        );
    }
}
