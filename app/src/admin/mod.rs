//! `/koordination`: the coordinators' area, a small app of its own (admin.html, never indexed).
//! Sign in with the personal access token ("Zugangsschlüssel"), which is sent once and never
//! kept: the server answers with a session cookie no script can read. German only.

pub mod activity_choices;
mod audit;
pub mod client;
mod confirm;
pub mod district_field;
mod editors;
mod end_link;
mod feedback;
mod first_contact;
mod freshness;
pub mod language_choices;
mod need_form;
mod need_review;
mod needs;
mod needs_trust;
mod networks;
mod registration_patch;
mod registrations;
mod report;
mod report_period;
mod requests;
mod review;
mod revisions;
mod session;
mod settings;
pub mod text_field;

use leptos::prelude::*;
use leptos::task::spawn_local;
use model::session::SessionInfo;
use session::{Session, SignIn};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Registrations,
    Needs,
    Networks,
    Review,
    Requests,
    Freshness,
    Editors,
    Feedback,
    Report,
    Audit,
    Settings,
}

/// Sign-in, then registrations, needs, networks, reported barriers, the log and the settings.
#[component]
pub fn AdminApp() -> impl IntoView {
    let session = Session::provide();
    // The session cookie cannot be read by a script: the server says whether it is valid.
    // Only asked when this browser signed in before, so a first visit makes no request.
    if client::signed_in_before() {
        spawn_local(async move {
            match client::session().await {
                Ok(info) => session.info.set(Some(info)),
                Err(client::Failure::SignedOut(_)) => {}
                Err(failure) => session.notice.set(Some(failure.message())),
            }
            session.checked.set(true);
        });
    } else {
        session.checked.set(true);
    }
    move || match (session.checked.get(), session.info.get().is_some()) {
        (false, _) => view! { <div class="page admin"><h1>"Koordination"</h1></div> }.into_any(),
        (true, true) => view! { <Area/> }.into_any(),
        (true, false) => view! { <SignIn/> }.into_any(),
    }
}

/// "Ihr Zugangsschlüssel endet am …", two weeks ahead.
fn expiry_warning(info: &SessionInfo) -> Option<String> {
    let end = info.expires_at.as_deref()?;
    info.expires_soon.then(|| {
        format!(
            "Ihr Zugangsschlüssel endet am {}. Bitte fragen Sie rechtzeitig nach einem neuen.",
            crate::i18n::german_date(end)
        )
    })
}

#[component]
fn Area() -> impl IntoView {
    let Session { info, notice, .. } = Session::get();
    let tab = RwSignal::new(Tab::Registrations);
    // "Zu prüfen (N)": counted when the area opens, and again by the queue itself.
    let waiting = RwSignal::new(0usize);
    let waiting_needs = RwSignal::new(0usize);
    spawn_local(async move {
        let path = "/api/admin/proposals";
        if let Ok(items) =
            client::call::<Vec<model::editor::proposal::ProposalReview>>("GET", path, None::<&()>)
                .await
        {
            waiting.set(items.len());
        }
        let path = "/api/admin/need-proposals";
        if let Ok(items) =
            client::call::<Vec<model::editor::needs::NeedProposalReview>>("GET", path, None::<&()>)
                .await
        {
            waiting_needs.set(items.len());
        }
    });
    let warning = move || info.get().as_ref().and_then(expiry_warning);
    let failed = RwSignal::new(None::<String>);
    let sign_out = move |_| {
        spawn_local(async move {
            // Signed out only when the server says so (204), or the session was over anyway.
            match client::sign_out().await {
                Ok(()) | Err(client::Failure::SignedOut(_)) => {
                    notice.set(Some("Sie sind abgemeldet.".into()));
                    info.set(None);
                }
                Err(failure) => failed.set(Some(format!(
                    "Abmelden hat nicht geklappt: {} Bitte versuchen Sie es noch einmal.",
                    failure.message()
                ))),
            }
        });
    };
    let tab_button = move |which: Tab, label: &'static str| {
        view! {
            <button type="button" class="tab" aria-pressed=move || (tab.get() == which).to_string()
                on:click=move |_| tab.set(which)>{label}</button>
        }
    };
    view! {
        <div class="page admin">
            <div class="admin-head">
                <h1>"Koordination"</h1>
                <button type="button" class="button button-secondary" on:click=sign_out>"Abmelden"</button>
            </div>
            <p class="form-notice" role="alert">{move || failed.get()}</p>
            {move || warning().map(|text| view! { <p class="expiry-warning" role="status">{text}</p> })}
            <nav class="tabs" aria-label="Bereiche">
                {tab_button(Tab::Registrations, "Anmeldungen")}
                {tab_button(Tab::Needs, "Gesuche")}
                {tab_button(Tab::Networks, "Netzwerke")}
                <button type="button" class="tab" aria-pressed=move || (tab.get() == Tab::Review).to_string()
                    on:click=move |_| tab.set(Tab::Review)>{move || format!("Zu prüfen ({})", waiting.get() + waiting_needs.get())}</button>
                {tab_button(Tab::Requests, "Anfragen")}
                {tab_button(Tab::Freshness, "Veraltet")}
                {tab_button(Tab::Editors, "Netzwerk-Zugänge")}
                {tab_button(Tab::Feedback, "Barrieren")}
                {tab_button(Tab::Report, "Bericht")}
                {tab_button(Tab::Audit, "Protokoll")}
                {tab_button(Tab::Settings, "Einstellungen")}
            </nav>
            {move || match tab.get() {
                Tab::Registrations => view! { <registrations::Registrations/> }.into_any(),
                Tab::Needs => view! { <needs::Needs/> }.into_any(),
                Tab::Networks => view! { <networks::Networks/> }.into_any(),
                Tab::Review => view! {
                    <review::Review waiting/>
                    <need_review::NeedReview waiting=waiting_needs/>
                }.into_any(),
                Tab::Requests => view! { <requests::Requests/> }.into_any(),
                Tab::Freshness => view! { <freshness::Freshness/> }.into_any(),
                Tab::Editors => view! { <editors::Editors/> }.into_any(),
                Tab::Feedback => view! { <feedback::FeedbackReports/> }.into_any(),
                Tab::Report => view! { <report::Report/> }.into_any(),
                Tab::Audit => view! { <audit::Audit/> }.into_any(),
                Tab::Settings => view! { <settings::Settings/> }.into_any(),
            }}
        </div>
    }
}
