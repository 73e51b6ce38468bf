//! The audit log: which coordinator did what, when, on which id (no personal data).

use super::client;
use super::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::coordination::{AuditEntry, Page};

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
            {move || page.get().map(|page| view! {
                <p>{format!("Die letzten {} von {} Einträgen", page.items.len(), page.total)}</p>
                <table class="audit-table">
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
