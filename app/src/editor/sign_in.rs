//! Signing in: the link's page, whose one button sends the token from the fragment by POST (a
//! mail scanner that opens the link uses nothing up), and the page where an editor asks for a
//! new link with their address.

use super::client::{self, Failure};
use super::words::Words;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The token in the address's fragment (`#<token>`), taken out of the address at once so it
/// stays in no history entry.
pub fn take_token() -> Option<String> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok()?;
    let token = hash.trim_start_matches('#').to_string();
    if let Ok(history) = window.history() {
        let path = window.location().pathname().unwrap_or_default();
        let search = window.location().search().unwrap_or_default();
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
    (!token.is_empty()).then_some(token)
}

/// The link's page: one button. `signed_in` runs once the session is there.
#[component]
pub fn LinkPage(
    words: &'static Words,
    token: Option<String>,
    signed_in: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let has_token = token.is_some();
    let token = StoredValue::new(token.unwrap_or_default());
    let go = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match client::sign_in(&token.get_value()).await {
                Ok(()) => signed_in(),
                Err(Failure::SignedOut(_)) => problem.set(Some(words.link_spent.into())),
                Err(failure) => problem.set(Some(
                    failure.detail().unwrap_or_else(|| words.unreachable.into()),
                )),
            }
            busy.set(false);
        });
    };
    view! {
        <div class="page admin editor-area">
            <h1>{words.title}</h1>
            {if has_token {
                view! {
                    <p>{words.link_intro}</p>
                    <button type="button" class="button" on:click=go disabled=move || busy.get()>
                        {move || if busy.get() { words.signing_in } else { words.sign_in }}
                    </button>
                }.into_any()
            } else {
                view! { <p class="form-notice" role="alert">{words.no_token}</p> }.into_any()
            }}
            <p class="form-notice" role="alert">{move || problem.get()}</p>
            {move || problem.get().is_some().then(|| view! { <AskForLink words/> })}
            {(!has_token).then(|| view! { <AskForLink words/> })}
        </div>
    }
}

/// Asking for a new link with one's address: the answer is the same for any address.
#[component]
pub fn AskForLink(words: &'static Words) -> impl IntoView {
    let email = RwSignal::new(String::new());
    let status = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let value = email.get_untracked().trim().to_string();
        if value.is_empty() {
            return;
        }
        spawn_local(async move {
            match client::ask_for_link(&value).await {
                Ok(mail) => {
                    problem.set(None);
                    status.set(Some(
                        if mail { words.asked } else { words.ask_no_mail }.into(),
                    ));
                }
                Err(failure) => problem.set(Some(
                    failure.detail().unwrap_or_else(|| words.unreachable.into()),
                )),
            }
        });
    };
    view! {
        <form class="signin" on:submit=submit>
            <p>{words.ask_intro}</p>
            <label for="zugang-email">{words.email}</label>
            <input id="zugang-email" type="email" autocomplete="email" required
                prop:value=move || email.get() on:input=move |e| email.set(event_target_value(&e))/>
            <button type="submit" class="button">{words.ask}</button>
            <p class="form-notice form-notice-info" role="status">{move || status.get()}</p>
            <p class="form-notice" role="alert">{move || problem.get()}</p>
        </form>
    }
}
