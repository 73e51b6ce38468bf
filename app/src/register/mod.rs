//! `/mitmachen`: the registration form, a small app of its own (its own wasm, `register.html`),
//! so the map's first view does not carry it. The rules are `model::RegistrationInput::validate`,
//! the same the Worker applies.

pub mod draft;
mod fields;
pub mod messages;
pub mod resend;
mod sender;
mod state;
pub mod submit;
mod thanks;
mod typed;

use crate::i18n::{self, register::Register, t};
use leptos::prelude::*;
use model::registration::CONSENT_VERSION;
use model::validate::FieldErrors;
use sender::Sender;
use state::{FormState, Stage};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn is_online() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().on_line())
}

/// Makes the form in `<main>` live: the Worker's, with whatever was typed there before this
/// wasm ran (offline, the app renders the same form first). Its fields are not built again;
/// after sending, the thanks take its place.
pub fn mount() {
    let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("inhalt"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let mut start = draft::load().map(|d| d.input).unwrap_or_default();
    draft::preselect(&mut start, &query);
    start.consent_version = CONSENT_VERSION.into();
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let ready = main.clone();
    leptos::mount::mount_to(main, move || {
        let stage = RwSignal::new(if path.ends_with("/danke") {
            Stage::Done
        } else {
            Stage::Editing
        });
        Effect::new(|_| i18n::shell::set_title(&t(Register::RegisterTitle)));
        leptos::task::spawn_local(async move {
            // The form is wired in a task of its own, after the mount's: neither blocks a tap
            // for long. What is typed in between is taken over below.
            i18n::yield_to_browser().await;
            let form = match fields::form_in_main() {
                Some(form) => form,
                // Already sent (`/mitmachen/danke` offline): only the thanks.
                None if stage.get_untracked() == Stage::Done => return,
                None => match fields::render(&start).await {
                    Some(form) => form,
                    None => return,
                },
            };
            typed::take_over(&form, &mut start);
            typed::fill(&form, &start);
            // The state is what the form shows (a need whose box the Worker left out is none).
            typed::read(&form, &mut start);
            let state = FormState {
                input: RwSignal::new(start),
                errors: RwSignal::new(FieldErrors::new()),
            };
            fields::wire(&form, state);
            // From here each change is read; the button comes a task later.
            i18n::yield_to_browser().await;
            start_sending(&form, state, stage);
            // The app has taken over (tests wait for this).
            let _ = ready.set_attribute(model::shell::READY, "");
        });
        let done = Memo::new(move |_| stage.get() == Stage::Done);
        view! { <Show when=move || done.get()><thanks::Thanks/></Show> }
    })
    .forget();
}

/// The button, the notice above it, and sending; once sent, the form's page goes (the thanks
/// [`mount`] shows take its place).
fn start_sending(form: &web_sys::HtmlFormElement, state: FormState, stage: RwSignal<Stage>) {
    let notice = RwSignal::new(None::<String>);
    let sender = Sender {
        state,
        stage,
        notice,
        attempt: RwSignal::new(0),
    };
    sender.listen_for_online();
    // Sent without an answer, then the page was closed or reloaded: carry on.
    if draft::load().is_some_and(|d| d.sent.is_some()) {
        notice.set(Some(t(Register::OfflineKept)));
        if is_online() {
            leptos::task::spawn_local(async move { sender.send(false) });
        } else {
            sender.retry_in(resend::next_delay(0));
        }
    }
    let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        if stage.get_untracked() == Stage::Offer {
            sender.send_as_new();
        } else {
            sender.send(true);
        }
    });
    let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    on_submit.forget();
    let holder: web_sys::HtmlElement = form.clone().unchecked_into();
    leptos::mount::mount_to(holder, move || view! { <FormActions sender/> }).forget();
    let page = form.closest(".page").ok().flatten();
    Effect::new(move |_| {
        if stage.get() == Stage::Done {
            if let Some(page) = &page {
                page.remove();
            }
        }
    });
}

/// The notice (why it did not go out yet, what to check) and the button.
#[component]
fn FormActions(sender: Sender) -> impl IntoView {
    let stage = sender.stage;
    let notice = sender.notice;
    let button_text = move || {
        t(match stage.get() {
            Stage::Sending => Register::Sending,
            Stage::Offer => Register::SendAsNew,
            _ => Register::Submit,
        })
    };
    view! {
        <p class="form-notice" class:form-notice-info=move || stage.get() == Stage::Offer role="alert">{move || notice.get()}</p>
        <div class="form-actions">
            <button type="submit" class="button button-large" disabled=move || stage.get() == Stage::Sending>
                {button_text}
            </button>
            {move || (stage.get() == Stage::Offer).then(|| view! {
                <button type="button" class="button button-secondary" on:click=move |_| sender.thank()>
                    {t(Register::LeaveAsIs)}
                </button>
            })}
        </div>
    }
}
