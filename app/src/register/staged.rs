//! The form is built off the page, a few parts per task, and takes the sent form's place once it is
//! whole. Built in one go it was one task of some 60 ms here (four times that on a slow phone),
//! and a tap meanwhile waited. Until the swap the Worker's form stays, and what is typed there
//! is carried over (`typed`); the swap keeps the focus and the cursor where they were.

use super::typed::{self, Focus};
use crate::i18n::yield_to_browser;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How many parts the form is built in (`fields::FormFields` says what is in each).
pub const PARTS: u8 = 8;

/// How long one task may go on building parts, in milliseconds (a slow phone's task of 50 ms
/// is a desktop's 12).
const SLICE_MS: f64 = 8.0;

/// How many parts of the form are built so far.
#[derive(Clone, Copy)]
struct Built(RwSignal<u8>);

/// Whether part `n` of the form is built. Without staging (no [`Built`]) every part is.
pub fn part(n: u8) -> Memo<bool> {
    let built = use_context::<Built>();
    Memo::new(move |_| built.is_none_or(|built| built.0.get() >= n))
}

/// Builds `view` off the page a few parts per task, then puts it in `<main>` instead of what the
/// Worker sent: `take_over` reads what was typed there first.
pub fn mount_into_main<F, N>(view: F, take_over: impl FnOnce() -> Option<Focus> + 'static)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = web_sys::window().and_then(|window| window.document());
    let Some((document, main)) =
        document.and_then(|d| d.get_element_by_id("inhalt").map(|main| (d, main)))
    else {
        return;
    };
    let Some(offstage) = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let built = RwSignal::new(1);
    leptos::mount::mount_to(offstage.clone(), move || {
        provide_context(Built(built));
        view()
    })
    .forget();
    wasm_bindgen_futures::spawn_local(async move {
        let mut next = 2;
        while next <= PARTS {
            yield_to_browser().await;
            // As many parts as fit into a short slice: few tasks on a fast device, none long
            // on a slow one (each task has a cost of its own, so one per part is too many).
            let started = now();
            while next <= PARTS && now() - started < SLICE_MS {
                built.set(next);
                next += 1;
                settle().await;
            }
        }
        yield_to_browser().await;
        let focus = take_over();
        // The fields show what was typed before they go on the page: their updates are
        // microtasks, and no input can come in between.
        settle().await;
        main.set_inner_html("");
        while let Some(child) = offstage.first_child() {
            let _ = main.append_child(&child);
        }
        if let Some(focus) = focus {
            typed::restore(&focus);
        }
        // The app has taken over (tests wait for this).
        let _ = main.set_attribute("data-bereit", "");
    });
}

/// The page's clock, in milliseconds.
fn now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// Resolves once the reactive updates queued so far have run: a signal's change reaches the
/// page through a memo and an effect, each a microtask later.
async fn settle() {
    for _ in 0..3 {
        let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED);
        let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
    }
}
