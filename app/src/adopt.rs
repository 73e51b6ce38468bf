//! The page the Worker sent. Its content is already what the app would render, in the
//! reader's language, so the app keeps it instead of replacing it (no visible swap, no layout
//! shift): its nodes stay in `<main>` until the reader goes to another path, and only then
//! does the router render. On a district's page the filter form, "×" and Escape work on the
//! sent markup directly.

use crate::components::district_map::return_focus_to;
use crate::components::filters::apply_form;
use crate::data::Directory;
use crate::i18n::AppWords;
use crate::router::Location;
use leptos::prelude::*;
use model::render::pages::district_results;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The sent page's nodes in `<main>`, until the first other path.
    static SENT: RefCell<Vec<web_sys::Node>> = const { RefCell::new(Vec::new()) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// `<main>`, if the Worker rendered it (`data-gesendet`, the path it rendered it for).
fn sent_main() -> Option<web_sys::Element> {
    document()?
        .query_selector(model::shell::SENT_MAIN)
        .ok()
        .flatten()
}

/// Keeps the sent content; false if the page came without, or with another path's content
/// (the service worker's offline copy): then the app renders everything.
pub fn start() -> bool {
    let Some(main) = sent_main() else {
        return false;
    };
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let same = |p: &str| p.trim_end_matches('/').to_string();
    // Kept either way: the districts and the map's markup are read from it before it goes.
    let children = main.child_nodes();
    let nodes: Vec<web_sys::Node> = (0..children.length())
        .filter_map(|i| children.item(i))
        .collect();
    SENT.with(|sent| *sent.borrow_mut() = nodes);
    main.get_attribute(model::shell::SENT).map(|p| same(&p)) == Some(same(&path))
}

/// The reader went elsewhere: the sent content goes, the router's takes its place.
pub fn end() {
    for node in SENT.with(|sent| std::mem::take(&mut *sent.borrow_mut())) {
        if let Some(parent) = node.parent_node() {
            let _ = parent.remove_child(&node);
        }
    }
}

/// Makes the sent panel of district `number` work: filters, "×" and Escape.
pub fn wire_district(number: u16, location: Location) {
    let Some(form) = document()
        .and_then(|d| d.query_selector("main form.filters").ok().flatten())
        .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok())
    else {
        return;
    };
    let on_input = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Some(form) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        {
            apply_form(location, &form);
        }
    });
    let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
    });
    // The networks and needs load when the form is first touched, so the first change shows
    // at once.
    let directory = Directory::get();
    let on_focus = Closure::<dyn Fn()>::new(move || {
        directory.with_needs_and_networks(|_| ());
    });
    let _ = form.add_event_listener_with_callback("focusin", on_focus.as_ref().unchecked_ref());
    on_focus.forget();
    let _ = form.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    on_input.forget();
    on_submit.forget();
    let on_key =
        Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            let typing = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|input| !input.value().is_empty());
            if event.key() == "Escape"
                && !typing
                && location.path.get_untracked() == format!("/bezirk/{number}")
            {
                event.prevent_default();
                return_focus_to(number);
                location.navigate("/", false);
            }
        });
    let on_close = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |_| return_focus_to(number));
    if let Some(document) = document() {
        if let Ok(Some(panel)) = document.query_selector("main .panel") {
            let _ =
                panel.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
        }
        if let Ok(Some(close)) = document.query_selector("main .panel .close") {
            let _ =
                close.add_event_listener_with_callback("click", on_close.as_ref().unchecked_ref());
        }
    }
    on_key.forget();
    on_close.forget();
    // A changed filter shows its needs and networks in the sent panel.
    let first_search = location.search.get_untracked();
    Effect::new(move |_| {
        let search = location.search.get();
        if search == first_search {
            return;
        }
        let filter = crate::components::filters::use_filter().get_untracked();
        let Some((count, cards)) = directory.with_needs_and_networks(|data| {
            let (needs, networks) = data?.ok()?;
            Some(district_results(
                &AppWords, needs, networks, number, &filter,
            ))
        }) else {
            return;
        };
        if let Some(document) = document() {
            if let Ok(Some(element)) = document.query_selector("main .result-count") {
                element.set_text_content(Some(&count));
            }
            if let Ok(Some(element)) = document.query_selector("main .cards") {
                element.set_inner_html(cards.as_str());
            }
        }
    });
}
