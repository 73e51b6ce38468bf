//! `/mein-netzwerk/stimmt-noch#<token>`: the page a reminder's "Stimmt noch" link opens. One
//! button confirms the entry by POST (a mail scanner that opens the link changes nothing); an
//! access that has not accepted the terms reads them here and agrees with the same click.

use super::client::{self, Failure};
use super::words::Words;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::{ConfirmByLink, ConfirmedByLink, TERMS_VERSION};

/// Where the page is.
#[derive(Clone, PartialEq)]
enum Stage {
    Ask,
    /// The access must agree to the terms first.
    Terms,
    Done(ConfirmedByLink),
}

/// Whether a refusal asks for the terms first.
fn wants_terms(failure: &Failure) -> bool {
    matches!(failure, Failure::Problem(p) if p.codes.get("terms").map(String::as_str) == Some("terms.required"))
}

#[component]
pub fn OneClickPage(words: &'static Words, token: Option<String>) -> impl IntoView {
    let stage = RwSignal::new(Stage::Ask);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let has_token = token.is_some();
    let token = StoredValue::new(token.unwrap_or_default());
    let area = if words.lang == "en" {
        "/mein-netzwerk?lang=en"
    } else {
        "/mein-netzwerk"
    };
    let send = move |with_terms: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let body = ConfirmByLink {
            token: token.get_value(),
            terms_version: with_terms.then(|| TERMS_VERSION.to_string()),
        };
        spawn_local(async move {
            match client::call::<ConfirmedByLink>("POST", "/api/netzwerk/stimmt-noch", Some(&body))
                .await
            {
                Ok(done) => {
                    problem.set(None);
                    stage.set(Stage::Done(done));
                }
                Err(failure) if wants_terms(&failure) => stage.set(Stage::Terms),
                Err(Failure::Unreachable) => problem.set(Some(words.unreachable.into())),
                Err(_) => problem.set(Some(words.confirm_link_spent.into())),
            }
            busy.set(false);
        });
    };
    view! {
        <div class="page admin editor-area">
            <h1>{words.title}</h1>
            {move || match stage.get() {
                _ if !has_token => view! { <p class="form-notice" role="alert">{words.no_token}</p> }.into_any(),
                Stage::Ask => view! {
                    <p>{words.one_click_intro}</p>
                    <button type="button" class="button" on:click=move |_| send(false) disabled=move || busy.get()>
                        {words.still_correct}
                    </button>
                }.into_any(),
                Stage::Terms => view! {
                    <section class="registration-card terms" aria-labelledby="bedingungen">
                        <h2 id="bedingungen">{words.terms_title}</h2>
                        <ul>{words.terms.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ul>
                        <button type="button" class="button" on:click=move |_| send(true) disabled=move || busy.get()>
                            {words.agree_and_confirm}
                        </button>
                    </section>
                }.into_any(),
                Stage::Done(done) => view! {
                    <p class="form-notice form-notice-info" role="status">
                        {format!("{} „{}“", words.one_click_done, done.name)}
                    </p>
                    <p><a href=format!("/netzwerk/{}", done.slug)>{words.see_entry}</a></p>
                }.into_any(),
            }}
            <p class="form-notice" role="alert">{move || problem.get()}</p>
            <p><a href=area>{words.propose_changes}</a></p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Problem;

    #[test]
    fn a_refusal_for_the_terms_is_told_from_a_dead_link() {
        let mut terms = Problem::new(409, "Konflikt");
        terms.codes.insert("terms".into(), "terms.required".into());
        assert!(wants_terms(&Failure::Problem(terms)));
        let mut dead = Problem::new(409, "Konflikt");
        dead.codes.insert("token".into(), "link.invalid".into());
        assert!(!wants_terms(&Failure::Problem(dead)));
    }
}
