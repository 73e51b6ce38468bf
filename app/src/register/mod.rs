//! `/mitmachen`: the registration form, a small app of its own (its own wasm, `register.html`),
//! so the map's first view does not carry it. The rules are `model::RegistrationInput::validate`,
//! the same the Worker applies.

pub mod draft;
mod fields;
pub mod messages;
pub mod privacy;
pub mod submit;

use crate::html::{self, escape};
use crate::i18n::{self, register::Register, t, tr};
use draft::Draft;
use fields::FormFields;
use leptos::prelude::*;
use model::registration::CONSENT_VERSION;
use model::validate::FieldErrors;
use model::RegistrationInput;
use submit::Outcome;
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
#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Editing,
    Sending,
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
        let (key, pending) = draft::load()
            .map(|d| (d.key, d.pending))
            .unwrap_or_else(|| (draft::new_key(), false));
        draft::save(&Draft {
            input: self.input.get_untracked(),
            key,
            pending,
        });
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
            Some(message) => {
                shown.insert(field.to_string(), message.clone());
            }
            None => {
                shown.remove(field);
            }
        });
    }

    pub fn error(&self, field: &str) -> Option<String> {
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
    };
    provide_context(state);
    // Sent while offline, then the page was closed or reloaded: carry on.
    if draft::load().is_some_and(|d| d.pending) {
        notice.set(Some(t(Register::OfflineKept)));
        if is_online() {
            leptos::task::spawn_local(async move { sender.send() });
        } else {
            sender.send_when_online();
        }
    }
    let on_submit = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        sender.send();
    };
    // The form is built once: a change of stage (sending) must not rebuild it, or whatever
    // has focus (a field being typed in while a resend goes out) would lose it.
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
                        <p class="form-notice" role="alert">{move || notice.get()}</p>
                        <button type="submit" class="button button-large" disabled=move || stage.get() == Stage::Sending>
                            {move || t(if stage.get() == Stage::Sending { Register::Sending } else { Register::Submit })}
                        </button>
                    </form>
                </div>
            }
            .into_any(),
        }}
    }
}

/// Sends the form, and tells the person what came of it.
#[derive(Clone, Copy)]
struct Sender {
    state: FormState,
    stage: RwSignal<Stage>,
    notice: RwSignal<Option<String>>,
}

impl Sender {
    fn send(self) {
        let Sender {
            state,
            stage,
            notice,
        } = self;
        let input = state.input.get_untracked();
        if let Err(errors) = input.validate() {
            let text = tr(
                Register::CheckFields,
                &[("count", &errors.len().to_string())],
            );
            self.show_errors(errors, text);
            return;
        }
        if stage.get_untracked() == Stage::Sending {
            return; // a double tap
        }
        let key = draft::load().map(|d| d.key).unwrap_or_else(draft::new_key);
        draft::save(&Draft {
            input: input.clone(),
            key: key.clone(),
            pending: false,
        });
        stage.set(Stage::Sending);
        notice.set(None);
        leptos::task::spawn_local(async move {
            match submit::send(&input, &key).await {
                Outcome::Accepted(_) => {
                    draft::clear();
                    let lang = crate::i18n::lang::with_lang("", crate::i18n::lang());
                    replace_url(&format!("/mitmachen/danke{lang}"));
                    stage.set(Stage::Done);
                }
                Outcome::Invalid(errors) => {
                    stage.set(Stage::Editing);
                    self.show_errors(errors, t(Register::CheckMarked));
                }
                Outcome::TooMany(seconds) => {
                    stage.set(Stage::Editing);
                    let minutes = seconds.div_ceil(60).to_string();
                    notice.set(Some(tr(Register::TooMany, &[("minutes", &minutes)])));
                }
                Outcome::Unreachable => {
                    draft::save(&Draft {
                        input,
                        key,
                        pending: true,
                    });
                    stage.set(Stage::Editing);
                    notice.set(Some(t(Register::OfflineKept)));
                    self.send_when_online();
                }
                Outcome::Refused(message) => {
                    stage.set(Stage::Editing);
                    notice.set(Some(tr(Register::Refused, &[("reason", &message)])));
                }
            }
        });
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

    /// Once the browser is online again, the kept form is sent (with the same key): on the
    /// browser's `online` event, and, because a phone does not always tell, every 10 s.
    fn send_when_online(self) {
        thread_local! {
            static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        // Only while the kept form is still waiting (not after it went through).
        let resend = move || {
            if draft::load().is_some_and(|d| d.pending) {
                self.send();
            }
        };
        let retry = Closure::once_into_js(resend);
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(retry.unchecked_ref(), 10_000);
        if LISTENING.with(|listening| listening.replace(true)) {
            return;
        }
        let on_online = Closure::<dyn Fn()>::new(resend);
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
        let errors = FieldErrors::from([
            ("consent".to_string(), "x".to_string()),
            ("email".to_string(), "x".to_string()),
            ("languages".to_string(), "x".to_string()),
        ]);
        assert_eq!(first_invalid(&errors), Some("email"));
        assert_eq!(first_invalid(&FieldErrors::new()), None);
    }
}
