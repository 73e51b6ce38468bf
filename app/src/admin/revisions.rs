//! A network's history ("Verlauf"): every accepted state, when, proposed by whom, accepted by
//! whom; any earlier one can be restored, which is itself a new revision.

use super::client;
use super::confirm::ConfirmButton;
use super::session::Session;
use crate::i18n::german_date;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::proposal::{Revision, RevisionKind};
use model::Network;

/// What made a revision, in a line.
pub fn describe(revision: &Revision) -> String {
    let when = german_date(&revision.created_at);
    let accepted = revision.accepted_by.clone().unwrap_or_default();
    match revision.kind {
        RevisionKind::Earlier => format!("Fassung vor der ersten Änderung hier (Stand {when})"),
        RevisionKind::Coordination => format!("{when}: geändert von {accepted}"),
        RevisionKind::Proposal => format!(
            "{when}: vorgeschlagen von {}, übernommen von {accepted}",
            revision.proposed_by.clone().unwrap_or_default()
        ),
        RevisionKind::Restore => format!(
            "{when}: Fassung {} wiederhergestellt von {accepted}",
            revision.restored_from.unwrap_or_default()
        ),
    }
}

#[component]
pub fn Revisions(id: String, restored: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let list = RwSignal::new(None::<Vec<Revision>>);
    let message = RwSignal::new(None::<String>);
    let session = Session::get();
    let path = format!("/api/admin/networks/{id}/revisions");
    let load = move |path: String| {
        spawn_local(async move {
            match client::call::<Vec<Revision>>("GET", &path, None::<&()>).await {
                Ok(items) => list.set(Some(items)),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    load(path.clone());
    let restore = move |number: u32| {
        let (path, again) = (
            format!("/api/admin/networks/{id}/revisions/{number}/restore"),
            path.clone(),
        );
        spawn_local(async move {
            match client::call::<Network>("POST", &path, None::<&()>).await {
                Ok(_) => {
                    load(again);
                    restored();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    view! {
        <div class="revisions">
            <h4>"Verlauf"</h4>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            {move || list.get().map(|items| if items.is_empty() {
                view! { <p>"Noch keine Änderung hier: die Fassung ist die aus der Quelle."</p> }.into_any()
            } else {
                let newest = items.first().map(|r| r.number);
                view! {
                    <ul class="revision-list">
                        {items.into_iter().map(|r| {
                            let number = r.number;
                            let restore = restore.clone();
                            view! {
                                <li>
                                    <p>{format!("Fassung {number}: {}", describe(&r))}</p>
                                    <p class="meta">{r.state.source_line()}</p>
                                    {(Some(number) != newest).then(|| view! {
                                        <ConfirmButton label="Wiederherstellen" question="Diese Fassung wiederherstellen?" yes_label="Ja, wiederherstellen"
                                            confirmed=move || restore(number)/>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </div>
    }
}
