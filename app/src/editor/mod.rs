//! `/mein-netzwerk`: the networks' editors' area ("Netzwerk-Zugang"), in the coordinators'
//! wasm (never part of the public first view), German or English. `/mein-netzwerk/anmelden`
//! is the page a sign-in link opens: one button signs in by POST; `/mein-netzwerk/stimmt-noch`
//! the one a reminder's link opens: one button confirms the entry.

mod area;
mod client;
mod need_form;
mod needs;
mod needs_words;
mod one_click;
mod proposal_form;
mod sign_in;
pub mod words;

use client::Failure;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::EditorArea;

/// Which page of the area the address names.
fn is_link_page(path: &str) -> bool {
    path.trim_end_matches('/') == "/mein-netzwerk/anmelden"
}

/// A reminder's one-click page.
fn is_one_click_page(path: &str) -> bool {
    path.trim_end_matches('/') == "/mein-netzwerk/stimmt-noch"
}

#[component]
pub fn EditorApp() -> impl IntoView {
    let location = web_sys::window().map(|w| w.location());
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let search = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    let language = RwSignal::new(words::from_query(&search));
    let area = RwSignal::new(None::<EditorArea>);
    // None: not asked yet; Some(false): not signed in.
    let checked = RwSignal::new(None::<bool>);
    let notice = RwSignal::new(None::<String>);
    let link_page = is_link_page(&path);
    let one_click = is_one_click_page(&path);
    let token = (link_page || one_click).then(sign_in::take_token).flatten();
    let reload = move || {
        spawn_local(async move {
            match client::area().await {
                Ok(found) => {
                    language.set(found.language);
                    area.set(Some(found));
                    checked.set(Some(true));
                }
                Err(Failure::SignedOut(_)) => checked.set(Some(false)),
                Err(failure) => {
                    notice.set(failure.detail());
                    checked.set(Some(false));
                }
            }
        });
    };
    let signed_in = move || {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.push_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some("/mein-netzwerk"),
            );
        }
        reload();
    };
    let signed_out = move |message: String| {
        area.set(None);
        checked.set(Some(false));
        notice.set((!message.is_empty()).then_some(message));
    };
    if !link_page && !one_click {
        reload();
    }
    // The page is chosen again only when the sign-in state or the language changes, not at
    // every reload of the area (which would take the area's messages with it).
    let signed_in_now = Memo::new(move |_| area.with(Option::is_some));
    let speaks = Memo::new(move |_| language.get());
    let answered = Memo::new(move |_| checked.get());
    Effect::new(move |_| {
        let words = words::of(speaks.get());
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", words.lang);
            }
            document.set_title(&format!(
                "{} – Netzwerkkarte Ehrenamt Braunschweig",
                words.title
            ));
        }
    });
    move || {
        let words = words::of(speaks.get());
        if one_click {
            return view! { <one_click::OneClickPage words token=token.clone()/> }.into_any();
        }
        match (answered.get(), signed_in_now.get()) {
            (Some(true), true) => view! { <area::Area words area reload signed_out/> }.into_any(),
            (None, _) if link_page => {
                view! { <sign_in::LinkPage words token=token.clone() signed_in/> }.into_any()
            }
            (None, _) => view! { <div class="page admin"><h1>{words.title}</h1></div> }.into_any(),
            _ => view! {
                <div class="page admin editor-area">
                    <h1>{words.title}</h1>
                    <p class="form-notice form-notice-info" role="status">{move || notice.get()}</p>
                    <sign_in::AskForLink words/>
                </div>
            }
            .into_any(),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_link_page_is_its_own_address() {
        assert!(super::is_link_page("/mein-netzwerk/anmelden"));
        assert!(super::is_link_page("/mein-netzwerk/anmelden/"));
        assert!(!super::is_link_page("/mein-netzwerk"));
        assert!(super::is_one_click_page("/mein-netzwerk/stimmt-noch"));
        assert!(!super::is_one_click_page("/mein-netzwerk/anmelden"));
    }
}
