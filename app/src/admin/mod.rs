//! `/koordination`: the coordinators' area, a small app of its own (admin.html, never indexed).
//! Sign in with the personal access token ("Zugangsschlüssel"), which is sent once and never
//! kept: the server answers with a session cookie no script can read. German only.

mod audit;
pub mod client;
mod confirm;
mod feedback;
mod language_choices;
mod need_form;
mod needs;
mod networks;
mod registrations;
mod settings;

use leptos::prelude::*;
use leptos::task::spawn_local;
use model::session::SessionInfo;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Registrations,
    Needs,
    Networks,
    Feedback,
    Audit,
    Settings,
}

/// Sign-in, then registrations, needs, networks, reported barriers, the log and the settings.
#[component]
pub fn AdminApp() -> impl IntoView {
    let session = Session {
        info: RwSignal::new(None),
        checked: RwSignal::new(false),
        notice: RwSignal::new(None),
    };
    provide_context(session);
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

/// Who is signed in, and why the sign-in form is showing again. Components take it when they
/// are created (async tasks have no reactive context to look it up).
#[derive(Clone, Copy)]
pub struct Session {
    info: RwSignal<Option<SessionInfo>>,
    /// The server has answered whether a session exists.
    checked: RwSignal<bool>,
    notice: RwSignal<Option<String>>,
}

impl Session {
    pub fn get() -> Self {
        expect_context::<Session>()
    }

    /// What a call failed with: back to the sign-in on 401 (with the server's reason), else
    /// the message.
    pub fn handle(self, failure: client::Failure, message: RwSignal<Option<String>>) {
        if let client::Failure::SignedOut(_) = &failure {
            self.notice.set(Some(failure.message()));
            self.info.set(None);
        }
        message.set(Some(failure.message()));
    }
}

/// The sign-in form: the token goes to the server once, which answers with a session cookie.
#[component]
fn SignIn() -> impl IntoView {
    let Session { info, notice, .. } = Session::get();
    let token = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let on_submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let value = token.get_untracked().trim().to_string();
        if value.is_empty() || busy.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match client::sign_in(&value).await {
                Ok(signed_in) => {
                    notice.set(None);
                    info.set(Some(signed_in));
                }
                Err(failure) => notice.set(Some(sign_in_refusal(&failure))),
            }
            busy.set(false);
        });
    };
    view! {
        <div class="page admin">
            <h1>"Koordination"</h1>
            <p>"Bitte melden Sie sich mit Ihrem persönlichen Zugangsschlüssel an."</p>
            <form class="signin" on:submit=on_submit>
                <label for="zugang">"Zugangsschlüssel"</label>
                <input id="zugang" type="password" autocomplete="current-password" required
                    prop:value=move || token.get() on:input=move |e| token.set(event_target_value(&e))/>
                <button type="submit" class="button" disabled=move || busy.get()>"Anmelden"</button>
            </form>
            <p class="form-notice" role="alert">{move || notice.get()}</p>
        </div>
    }
}

/// What a failed sign-in says: a wrong token plainly; an expired one, or too many tries, in
/// the server's words (with the wait).
fn sign_in_refusal(failure: &client::Failure) -> String {
    match failure {
        client::Failure::SignedOut(problem) if problem.kind == "about:blank" => {
            "Der Zugangsschlüssel wurde nicht angenommen. Bitte prüfen Sie ihn.".into()
        }
        other => other.message(),
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
                {tab_button(Tab::Feedback, "Barrieren")}
                {tab_button(Tab::Audit, "Protokoll")}
                {tab_button(Tab::Settings, "Einstellungen")}
            </nav>
            {move || match tab.get() {
                Tab::Registrations => view! { <registrations::Registrations/> }.into_any(),
                Tab::Needs => view! { <needs::Needs/> }.into_any(),
                Tab::Networks => view! { <networks::Networks/> }.into_any(),
                Tab::Feedback => view! { <feedback::FeedbackReports/> }.into_any(),
                Tab::Audit => view! { <audit::Audit/> }.into_any(),
                Tab::Settings => view! { <settings::Settings/> }.into_any(),
            }}
        </div>
    }
}
