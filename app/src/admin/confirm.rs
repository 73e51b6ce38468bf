//! A button for what cannot be undone in one click (archive a network, delete a need): it gives
//! way to the question with "Ja, …" and "Abbrechen". The focus moves to the question's first
//! button and, on "Abbrechen", back to the button, so keyboard and screen reader users stay
//! where they were.

use leptos::html;
use leptos::prelude::*;

#[component]
pub fn ConfirmButton(
    /// The button, e.g. "Archivieren".
    label: &'static str,
    /// The question, e.g. "Wirklich archivieren?".
    question: &'static str,
    /// The answer that does it, e.g. "Ja, archivieren".
    yes_label: &'static str,
    confirmed: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    // Set by "Abbrechen" only: the button takes the focus back, but not when first shown.
    let returning = RwSignal::new(false);
    let yes = NodeRef::<html::Button>::new();
    let start = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(yes) = yes.get() {
            let _ = yes.focus();
        }
    });
    Effect::new(move |_| {
        if let Some(start) = start.get() {
            if returning.get_untracked() {
                returning.set(false);
                let _ = start.focus();
            }
        }
    });
    move || {
        if asking.get() {
            let confirmed = confirmed.clone();
            view! {
                <span class="confirm-step" role="group" aria-label=question>
                    <span class="confirm-question">{question}</span>
                    <button type="button" class="button button-danger" node_ref=yes on:click=move |_| confirmed()>{yes_label}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| {
                        returning.set(true);
                        asking.set(false);
                    }>"Abbrechen"</button>
                </span>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="button button-danger" node_ref=start on:click=move |_| asking.set(true)>{label}</button>
            }
            .into_any()
        }
    }
}
