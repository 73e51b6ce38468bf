//! The audit log: which coordinator did what, when, on which id (no personal data); and the
//! retention job's latest runs, so a coordinator sees that old registrations are being deleted.

use super::client;
use super::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::audit::AuditEntry;
use model::coordination::{Page, RetentionRun};

/// How many retention runs the tab shows (the API keeps up to 100).
const SHOWN_RUNS: usize = 10;

#[component]
pub fn Audit() -> impl IntoView {
    let page = RwSignal::new(None::<Page<AuditEntry>>);
    let message = RwSignal::new(None::<String>);
    let session = Session::get();
    spawn_local(async move {
        match client::call::<Page<AuditEntry>>("GET", "/api/admin/audit?per_page=100", None::<&()>)
            .await
        {
            Ok(result) => page.set(Some(result)),
            Err(failure) => session.handle(failure, message),
        }
    });
    view! {
        <section aria-labelledby="protokoll">
            <h2 id="protokoll">"Protokoll"</h2>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <RetentionRuns/>
            <h3 id="aktionen">"Aktionen"</h3>
            {move || page.get().map(|page| view! {
                <p>{format!("Die letzten {} von {} Einträgen", page.items.len(), page.total)}</p>
                <table class="audit-table" aria-labelledby="aktionen">
                    <thead><tr><th scope="col">"Zeit"</th><th scope="col">"Wer"</th><th scope="col">"Was"</th><th scope="col">"Kennung"</th></tr></thead>
                    <tbody>
                        {page.items.into_iter().map(|e| view! {
                            <tr><td>{e.at}</td><td>{e.coordinator}</td><td>{e.action}</td><td>{e.target.unwrap_or_default()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
        </section>
    }
}

/// The latest runs of the daily deletion (`GET /api/admin/retention-runs`): when, how many
/// registrations and barrier reports it deleted, and its error if it failed.
#[component]
fn RetentionRuns() -> impl IntoView {
    let runs = RwSignal::new(None::<Vec<RetentionRun>>);
    let message = RwSignal::new(None::<String>);
    let session = Session::get();
    spawn_local(async move {
        match client::call::<Vec<RetentionRun>>("GET", "/api/admin/retention-runs", None::<&()>)
            .await
        {
            Ok(result) => runs.set(Some(result)),
            Err(failure) => session.handle(failure, message),
        }
    });
    view! {
        <section aria-labelledby="loeschlaeufe">
            <h3 id="loeschlaeufe">"Löschläufe"</h3>
            <p>"Anmeldungen, gemeldete Barrieren und Protokolleinträge werden nach Ablauf ihrer Aufbewahrungsfrist jeden Tag automatisch gelöscht."</p>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            {move || runs.get().map(|runs| if runs.is_empty() {
                view! { <p>"Noch kein Löschlauf."</p> }.into_any()
            } else {
                view! {
                    <table class="audit-table" aria-labelledby="loeschlaeufe">
                        <thead><tr><th scope="col">"Zeit"</th><th scope="col">"Anmeldungen gelöscht"</th><th scope="col">"Meldungen gelöscht"</th><th scope="col">"Protokolleinträge gelöscht"</th><th scope="col">"Fehler"</th></tr></thead>
                        <tbody>
                            {runs.into_iter().take(SHOWN_RUNS).map(|run| view! {
                                <tr>
                                    <td>{run.at}</td>
                                    <td>{run.deleted}</td>
                                    <td>{run.feedback_deleted}</td>
                                    <td>{run.audit_deleted}</td>
                                    <td>{run.error.unwrap_or_else(|| "–".into())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            })}
        </section>
    }
}
