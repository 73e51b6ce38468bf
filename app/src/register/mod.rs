//! `/mitmachen`: the registration form, a small app of its own (its own wasm, `register.html`),
//! so the map's first view does not carry it. The rules are `model::RegistrationInput::validate`,
//! the same the Worker applies.

pub mod draft;
mod fields;
pub mod messages;
pub mod privacy;
pub mod resend;
pub mod submit;

use crate::html::{self, escape};
use crate::i18n::{self, common::Common, register::Register, t, tr, Lang};
use draft::Draft;
use fields::FormFields;
use leptos::prelude::*;
use model::registration::CONSENT_VERSION;
use model::validate::{FieldError, FieldErrors};
use model::RegistrationInput;
use resend::{Next, Offer, Wait};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The first field (in form order) that has an error; errors on hidden fields come last.
pub fn first_invalid(errors: &FieldErrors) -> Option<&'static str> {
    model::registration::FIELDS
        .iter()
        .copied()
        .find(|field| errors.contains_key(*field))
}

/// Where the form stands.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stage {
    Editing,
    Sending,
    /// Something arrived under the form's key, but not the form as it is now: the button
    /// sends it as a new registration, or the person leaves it as it is.
    Offer,
    Done,
}

/// The form's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct FormState {
    pub input: RwSignal<RegistrationInput>,
    /// The errors shown: a field's error appears once the person has left it, or on submit.
    pub errors: RwSignal<FieldErrors>,
}

impl FormState {
    /// Changes the input, keeps the draft, and re-checks fields whose error is showing.
    pub fn update(&self, change: impl FnOnce(&mut RegistrationInput)) {
        self.input.update(change);
        // The key, and what was sent under it, stay as they are: only the edits change.
        let (key, sent) = draft::load()
            .map(|d| (d.key, d.sent))
            .unwrap_or_else(|| (draft::new_key(), None));
        draft::save(&Draft::new(self.input.get_untracked(), key, sent));
        let all = self.current_errors();
        self.errors
            .update(|shown| shown.retain(|field, _| all.contains_key(field)));
    }

    /// Every error the input has right now (shown or not).
    fn current_errors(&self) -> FieldErrors {
        self.input
            .with_untracked(|input| input.validate().err().unwrap_or_default())
    }

    /// The person left `field`: show its error, if any.
    pub fn leave(&self, field: &'static str) {
        let all = self.current_errors();
        self.errors.update(|shown| match all.get(field) {
            Some(error) => {
                shown.insert(field.to_string(), error.clone());
            }
            None => {
                shown.remove(field);
            }
        });
    }

    pub fn error(&self, field: &str) -> Option<FieldError> {
        self.errors.with(|errors| errors.get(field).cloned())
    }
}

fn is_online() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().on_line())
}

fn focus_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

fn replace_url(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(path));
    }
}

/// The form, and after sending, the thanks.
#[component]
pub fn RegisterApp() -> impl IntoView {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let mut start = draft::load().map(|d| d.input).unwrap_or_default();
    draft::preselect(&mut start, &query);
    start.consent_version = CONSENT_VERSION.into();
    let state = FormState {
        input: RwSignal::new(start),
        errors: RwSignal::new(FieldErrors::new()),
    };
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
    provide_context(state);
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

thread_local! {
    /// The one automatic resend that is waiting (a `setTimeout` handle).
    static RETRY: Cell<Option<i32>> = const { Cell::new(None) };
}

fn cancel_retry() {
    if let Some(handle) = RETRY.with(Cell::take) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(handle);
        }
    }
}

/// The server's words for a refusal, in German; in another language, a general message (the
/// Worker words its refusals in German only).
fn refusal(message: String) -> String {
    if i18n::lang() == Lang::De {
        message
    } else {
        t(Common::ErrorServer)
    }
}

/// Sends the form, and tells the person what came of it.
#[derive(Clone, Copy)]
struct Sender {
    state: FormState,
    stage: RwSignal<Stage>,
    notice: RwSignal<Option<String>>,
    /// Automatic resends made since the person last pressed a button (for the back-off).
    attempt: RwSignal<u32>,
}

impl Sender {
    /// Sends what is waiting for an answer, unchanged and under the same key, if anything is;
    /// else the form as it is now. `by_person`: "Absenden" was pressed (else an automatic
    /// resend, which only ever sends what is waiting).
    fn send(self, by_person: bool) {
        let Sender {
            state,
            stage,
            notice,
            attempt,
        } = self;
        if stage.get_untracked() == Stage::Sending {
            return; // a double tap, or a resend while one is under way
        }
        let current = state.input.get_untracked();
        let draft = draft::load();
        let key = draft
            .as_ref()
            .map(|d| d.key.clone())
            .unwrap_or_else(draft::new_key);
        let body = match draft.and_then(|d| d.sent) {
            Some(sent) => sent,
            None if !by_person => return,
            None => {
                if let Err(errors) = current.validate() {
                    let text = tr(
                        Register::CheckFields,
                        &[("count", &errors.len().to_string())],
                    );
                    stage.set(Stage::Editing);
                    self.show_errors(errors, text);
                    return;
                }
                current.clone()
            }
        };
        if by_person {
            attempt.set(0);
        }
        cancel_retry();
        // Kept before it leaves: if the page closes before the answer, it is sent again.
        draft::save(&Draft::new(current, key.clone(), Some(body.clone())));
        stage.set(Stage::Sending);
        notice.set(None);
        leptos::task::spawn_local(async move {
            let outcome = submit::send(&body, &key).await;
            // The person may have changed the form while it was on its way.
            let current = state.input.get_untracked();
            let next = resend::decide(outcome, &body, &current);
            if next == Next::Done {
                self.thank();
                return;
            }
            let sent = resend::keeps_sent(&next).then_some(body);
            draft::save(&Draft::new(current, key, sent));
            stage.set(Stage::Editing);
            match next {
                Next::Done => {}
                Next::Offer(offer) => {
                    attempt.set(0);
                    stage.set(Stage::Offer);
                    notice.set(Some(t(match offer {
                        Offer::ChangeNotSent => Register::ArrivedWithoutChange,
                        Offer::KeyTaken => Register::KeyTaken,
                    })));
                }
                Next::FixFields(errors) => self.show_errors(errors, t(Register::CheckMarked)),
                Next::Retry(wait) => {
                    let seconds = wait.delay(attempt.get_untracked());
                    attempt.update(|n| *n = n.saturating_add(1));
                    notice.set(Some(match wait {
                        Wait::Offline => t(Register::OfflineKept),
                        Wait::Server => t(Register::ServerBusy),
                        Wait::TooMany(_) => {
                            let minutes = seconds.div_ceil(60).to_string();
                            tr(Register::TooMany, &[("minutes", &minutes)])
                        }
                    }));
                    self.retry_in(seconds);
                }
                Next::Stop(message) => {
                    let reason = refusal(message);
                    notice.set(Some(tr(Register::Refused, &[("reason", &reason)])));
                }
            }
        });
    }

    /// The form as it is now, as a registration of its own: a new key.
    fn send_as_new(self) {
        cancel_retry();
        let current = self.state.input.get_untracked();
        draft::save(&Draft::new(current, draft::new_key(), None));
        self.stage.set(Stage::Editing);
        self.send(true);
    }

    /// It arrived: the thanks (also when the person leaves a later change unsent).
    fn thank(self) {
        cancel_retry();
        draft::clear();
        let lang = crate::i18n::lang::with_lang("", crate::i18n::lang());
        replace_url(&format!("/mitmachen/danke{lang}"));
        self.stage.set(Stage::Done);
    }

    /// Shows the errors next to their fields, says so, and moves focus to the first one.
    fn show_errors(self, errors: FieldErrors, text: String) {
        let first = first_invalid(&errors);
        self.state.errors.set(errors);
        self.notice.set(Some(text));
        if let Some(field) = first {
            focus_id(&format!("feld-{field}"));
        }
    }

    /// Sends what is waiting for an answer again, if anything is.
    fn resend_if_waiting(self) {
        if draft::load().is_some_and(|d| d.sent.is_some()) {
            self.send(false);
        }
    }

    /// The next automatic resend, in `seconds` (replacing any that was waiting).
    fn retry_in(self, seconds: u32) {
        cancel_retry();
        let Some(window) = web_sys::window() else {
            return;
        };
        let retry = Closure::once_into_js(move || {
            RETRY.with(|handle| handle.set(None));
            self.resend_if_waiting();
        });
        let millis = i32::try_from(u64::from(seconds) * 1000).unwrap_or(i32::MAX);
        if let Ok(handle) = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(retry.unchecked_ref(), millis)
        {
            RETRY.with(|waiting| waiting.set(Some(handle)));
        }
    }

    /// Back online (the browser says so): send what is waiting at once.
    fn listen_for_online(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let on_online = Closure::<dyn Fn()>::new(move || self.resend_if_waiting());
        let _ =
            window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
        on_online.forget();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_goes_to_the_first_invalid_field_in_form_order() {
        let error = || FieldError::new(model::Code::FieldWrongType, "x");
        let errors = FieldErrors::from([
            ("consent".to_string(), error()),
            ("email".to_string(), error()),
            ("languages".to_string(), error()),
        ]);
        assert_eq!(first_invalid(&errors), Some("email"));
        assert_eq!(first_invalid(&FieldErrors::new()), None);
    }
}
