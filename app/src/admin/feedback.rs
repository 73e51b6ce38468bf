//! Reports of barriers ("Barriere melden" on /barrierefreiheit): newest first, with their
//! status, and erasure. They are personal data like registrations: only here, never public,
//! deleted by the daily retention run.

use super::client;
use super::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::coordination::Page;
use model::feedback::{Feedback, FeedbackPatch, FeedbackStatus};

/// How many reports the tab loads (the API's largest page).
const PER_PAGE: u32 = 100;

#[component]
pub fn FeedbackReports() -> impl IntoView {
    let reports = RwSignal::new(None::<Page<Feedback>>);
    let message = RwSignal::new(None::<String>);
    let session = Session::get();
    spawn_local(async move {
        let path = format!("/api/admin/feedback?per_page={PER_PAGE}");
        match client::call::<Page<Feedback>>("GET", &path, None::<&()>).await {
            Ok(page) => reports.set(Some(page)),
            Err(failure) => session.handle(failure, message),
        }
    });
    view! {
        <section aria-labelledby="barrieren">
            <h2 id="barrieren">"Gemeldete Barrieren"</h2>
            <p>"Meldungen aus dem Formular „Barriere melden“ auf der Seite Barrierefreiheit. Sie werden nach Ablauf ihrer Aufbewahrungsfrist automatisch gelöscht."</p>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            {move || reports.get().map(|page| if page.items.is_empty() {
                view! { <p>"Noch keine Meldung."</p> }.into_any()
            } else {
                view! {
                    <p>{format!("{} von {} Meldungen", page.items.len(), page.total)}</p>
                    <ul class="feedback-list">
                        {page.items.into_iter().map(|report| view! { <Report report=report reports=reports/> }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}

/// One report: when, what, who to answer, its status, and erasure.
#[component]
fn Report(report: Feedback, reports: RwSignal<Option<Page<Feedback>>>) -> impl IntoView {
    let session = Session::get();
    let message = RwSignal::new(None::<String>);
    let id = report.id.clone();
    let status_id = format!("barriere-status-{id}");
    let on_status = {
        let id = id.clone();
        move |e| {
            let Some(status) = FeedbackStatus::from_key(&event_target_value(&e)) else {
                return;
            };
            let path = format!("/api/admin/feedback/{id}");
            spawn_local(async move {
                let patch = FeedbackPatch { status };
                match client::call::<Feedback>("PATCH", &path, Some(&patch)).await {
                    Ok(_) => message.set(Some(format!("Status: {}", status.label_de()))),
                    Err(failure) => session.handle(failure, message),
                }
            });
        }
    };
    let on_erase = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message("Diese Meldung endgültig löschen?")
                    .ok()
            })
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        let id = id.clone();
        spawn_local(async move {
            let path = format!("/api/admin/feedback/{id}");
            match client::send("DELETE", &path, None::<&()>).await {
                Ok(_) => reports.update(|page| {
                    if let Some(page) = page {
                        page.items.retain(|r| r.id != id);
                        page.total = page.total.saturating_sub(1);
                    }
                }),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    let current = report.status;
    view! {
        <li class="feedback-report">
            <p class="meta">{format!("Eingegangen {}", crate::i18n::german_date(&report.created_at))}</p>
            <p class="feedback-message">{report.message}</p>
            <p>{match report.email {
                Some(email) => view! { <a href=format!("mailto:{email}")>{email.clone()}</a> }.into_any(),
                None => view! { <span>"Ohne E-Mail-Adresse"</span> }.into_any(),
            }}</p>
            <div class="feedback-actions">
                <label for=status_id.clone()>"Status"</label>
                <select id=status_id on:change=on_status>
                    {FeedbackStatus::ALL.into_iter().map(|status| view! {
                        <option value=status.key() selected=status == current>{status.label_de()}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="button button-secondary" on:click=on_erase>"Löschen"</button>
            </div>
            <p class="hint" role="status">{move || message.get()}</p>
        </li>
    }
}
