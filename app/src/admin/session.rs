//! Who is signed in to the coordinators' area, and the sign-in form: the token goes to the
//! server once, which answers with a session cookie no script can read.

use super::client;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::session::SessionInfo;

/// Who is signed in, and why the sign-in form is showing again. Components take it when they
/// are created (async tasks have no reactive context to look it up).
#[derive(Clone, Copy)]
pub struct Session {
    pub info: RwSignal<Option<SessionInfo>>,
    /// The server has answered whether a session exists.
    pub checked: RwSignal<bool>,
    pub notice: RwSignal<Option<String>>,
}

impl Session {
    /// A new session state, for the area's components to take.
    pub fn provide() -> Self {
        let session = Session {
            info: RwSignal::new(None),
            checked: RwSignal::new(false),
            notice: RwSignal::new(None),
        };
        provide_context(session);
        session
    }

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
pub fn SignIn() -> impl IntoView {
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
