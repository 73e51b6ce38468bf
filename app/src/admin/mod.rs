//! `/koordination`: the coordinators' area, a small app of its own (admin.html, never indexed).
//! Sign in with the personal access token ("Zugangsschlüssel"); it is kept for the browser
//! session only. German only.

mod audit;
pub mod client;
mod feedback;
mod networks;
mod registrations;

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Registrations,
    Networks,
    Feedback,
    Audit,
}

/// Sign-in, then registrations, networks, reported barriers and the log.
#[component]
pub fn AdminApp() -> impl IntoView {
    let signed_in = RwSignal::new(client::token().is_some());
    provide_context(Session {
        signed_in,
        notice: RwSignal::new(None),
    });
    move || {
        if signed_in.get() {
            view! { <Area/> }.into_any()
        } else {
            view! { <SignIn/> }.into_any()
        }
    }
}

/// Whether someone is signed in, and why the sign-in form is showing again. Components take
/// it when they are created (async tasks have no reactive context to look it up).
#[derive(Clone, Copy)]
pub struct Session {
    signed_in: RwSignal<bool>,
    notice: RwSignal<Option<String>>,
}

impl Session {
    pub fn get() -> Self {
        expect_context::<Session>()
    }

    /// What a call failed with: sign out on 401, else show the message.
    pub fn handle(self, failure: client::Failure, message: RwSignal<Option<String>>) {
        if failure == client::Failure::SignedOut {
            self.notice.set(Some(
                "Der Zugangsschlüssel wurde nicht angenommen. Bitte prüfen Sie ihn.".into(),
            ));
            self.signed_in.set(false);
        }
        message.set(Some(failure.message()));
    }
}

/// The sign-in form. The token is checked by the first call that needs it.
#[component]
fn SignIn() -> impl IntoView {
    let Session { signed_in, notice } = Session::get();
    let token = RwSignal::new(String::new());
    let on_submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let value = token.get_untracked().trim().to_string();
        if !value.is_empty() {
            client::set_token(Some(&value));
            notice.set(None);
            signed_in.set(true);
        }
    };
    view! {
        <div class="page admin">
            <h1>"Koordination"</h1>
            <p>"Bitte melden Sie sich mit Ihrem persönlichen Zugangsschlüssel an."</p>
            <form class="signin" on:submit=on_submit>
                <label for="zugang">"Zugangsschlüssel"</label>
                <input id="zugang" type="password" autocomplete="current-password" required
                    prop:value=move || token.get() on:input=move |e| token.set(event_target_value(&e))/>
                <button type="submit" class="button">"Anmelden"</button>
            </form>
            <p class="form-notice" role="alert">{move || notice.get()}</p>
        </div>
    }
}

#[component]
fn Area() -> impl IntoView {
    let Session { signed_in, .. } = Session::get();
    let tab = RwSignal::new(Tab::Registrations);
    let sign_out = move |_| {
        client::set_token(None);
        signed_in.set(false);
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
            <nav class="tabs" aria-label="Bereiche">
                {tab_button(Tab::Registrations, "Anmeldungen")}
                {tab_button(Tab::Networks, "Netzwerke")}
                {tab_button(Tab::Feedback, "Barrieren")}
                {tab_button(Tab::Audit, "Protokoll")}
            </nav>
            {move || match tab.get() {
                Tab::Registrations => view! { <registrations::Registrations/> }.into_any(),
                Tab::Networks => view! { <networks::Networks/> }.into_any(),
                Tab::Feedback => view! { <feedback::FeedbackReports/> }.into_any(),
                Tab::Audit => view! { <audit::Audit/> }.into_any(),
            }}
        </div>
    }
}
