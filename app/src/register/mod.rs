//! `/mitmachen`: the registration form, a small app of its own (its own wasm, `register.html`),
//! so the map's first view does not carry it. The rules are `model::RegistrationInput::validate`,
//! the same the Worker applies.

pub mod draft;
mod fields;
pub mod messages;
pub mod resend;
mod sender;
mod staged;
mod state;
pub mod submit;
mod typed;

use crate::html::{self, escape};
use crate::i18n::{self, register::Register, t};
use fields::FormFields;
use leptos::prelude::*;
use model::registration::CONSENT_VERSION;
use model::validate::FieldErrors;
use sender::{focus_id, Sender};
use state::{FormState, Stage};

fn is_online() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().on_line())
}

/// Mounts the form into `<main>`: built off the page a part at a time, it then takes the place
/// of the form the Worker sent, with whatever was typed there (see `staged`).
pub fn mount() {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let mut start = draft::load().map(|d| d.input).unwrap_or_default();
    draft::preselect(&mut start, &query);
    start.consent_version = CONSENT_VERSION.into();
    let state = FormState {
        input: RwSignal::new(start),
        errors: RwSignal::new(FieldErrors::new()),
    };
    staged::mount_into_main(
        move || {
            provide_context(state);
            view! { <RegisterApp/> }
        },
        move || typed::take_over(state.input),
    );
}

/// The form, and after sending, the thanks (the [`FormState`] comes from [`mount`]).
#[component]
fn RegisterApp() -> impl IntoView {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let state = expect_context::<FormState>();
    let stage = RwSignal::new(if path.ends_with("/danke") {
        Stage::Done
    } else {
        Stage::Editing
    });
    let notice = RwSignal::new(None::<String>);
    Effect::new(|_| i18n::shell::set_title(&t(Register::RegisterTitle)));

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
    let on_submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        if stage.get_untracked() == Stage::Offer {
            sender.send_as_new();
        } else {
            sender.send(true);
        }
    };
    let button_text = move || {
        t(match stage.get() {
            Stage::Sending => Register::Sending,
            Stage::Offer => Register::SendAsNew,
            _ => Register::Submit,
        })
    };
    // The form is built once: a change of stage (sending, an offer) must not rebuild it, or
    // whatever has focus (a field being typed in while a resend goes out) would lose it.
    let done = Memo::new(move |_| stage.get() == Stage::Done);
    view! {
        {move || match done.get() {
            true => view! { <Thanks/> }.into_any(),
            false => view! {
                <div class="page register">
                    <h1>{t(Register::RegisterHeading)}</h1>
                    <p class="lead">{t(Register::RegisterLead)}</p>
                    <form novalidate on:submit=on_submit>
                        <FormFields/>
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
                    </form>
                </div>
            }
            .into_any(),
        }}
    }
}

/// After sending: what happens next, and how to reach the Koordinierungsstelle.
#[component]
fn Thanks() -> impl IntoView {
    let text = format!(
        "<h1 tabindex=\"-1\" id=\"danke\">{}</h1><p>{}</p>\
         <p>{} <a href=\"/datenschutz\">{}</a>{}</p><p><a href=\"/\">{}</a></p>{}",
        escape(&t(Register::ThanksHeading)),
        escape(&t(Register::ThanksReceived)),
        escape(&t(Register::ThanksPrivacy)),
        escape(&t(Register::ConsentLink)),
        escape(&t(Register::ConsentAfter)),
        escape(&t(Register::ThanksBack)),
        html::contact_card()
    );
    Effect::new(|_| focus_id("danke"));
    view! { <div class="page thanks" inner_html=text></div> }
}
