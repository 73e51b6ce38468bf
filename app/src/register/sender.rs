//! Sends the form and tells the person what came of it: resends that back off, the offer to
//! send a later change as a new registration, the thanks.

use super::draft::{self, Draft};
use super::resend::{self, Next, Offer, Wait};
use super::state::{first_invalid, FormState, Stage};
use super::submit;
use crate::i18n::{self, common::Common, register::Register, t, tr};
use leptos::prelude::*;
use model::lang::Lang;
use model::validate::FieldErrors;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
pub struct Sender {
    pub state: FormState,
    pub stage: RwSignal<Stage>,
    pub notice: RwSignal<Option<String>>,
    /// Automatic resends made since the person last pressed a button (for the back-off).
    pub attempt: RwSignal<u32>,
}

impl Sender {
    /// Sends what is waiting for an answer, unchanged and under the same key, if anything is;
    /// else the form as it is now. `by_person`: "Absenden" was pressed (else an automatic
    /// resend, which only ever sends what is waiting).
    pub fn send(self, by_person: bool) {
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
    pub fn send_as_new(self) {
        cancel_retry();
        let current = self.state.input.get_untracked();
        draft::save(&Draft::new(current, draft::new_key(), None));
        self.stage.set(Stage::Editing);
        self.send(true);
    }

    /// It arrived: the thanks (also when the person leaves a later change unsent).
    pub fn thank(self) {
        cancel_retry();
        draft::clear();
        let lang = crate::i18n::lang::with_lang("", crate::i18n::lang());
        replace_url(&format!("/mitmachen/danke{lang}"));
        self.stage.set(Stage::Done);
    }

    /// Shows the errors next to their fields, says so, and moves focus to the first one.
    fn show_errors(self, errors: FieldErrors, text: String) {
        let first = first_invalid(&errors);
        // An error of a field the page does not show (the need of a kept form, whose box the
        // Worker left out once it closed) goes into the notice, or nobody would see it.
        let unseen: Vec<String> = errors
            .iter()
            .filter(|(field, _)| !has_element(&format!("feld-{field}")))
            .map(|(_, error)| super::messages::field_error(error))
            .collect();
        let text = std::iter::once(text)
            .chain(unseen)
            .collect::<Vec<_>>()
            .join(" ");
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
    pub fn retry_in(self, seconds: u32) {
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
    pub fn listen_for_online(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let on_online = Closure::<dyn Fn()>::new(move || self.resend_if_waiting());
        let _ =
            window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
        on_online.forget();
    }
}

/// Whether the page has an element with this id.
fn has_element(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .is_some()
}

/// Moves focus to the element with this id.
pub fn focus_id(id: &str) {
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
