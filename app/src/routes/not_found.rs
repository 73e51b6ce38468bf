//! Any path the app does not know.

use crate::i18n::AppWords;
use leptos::prelude::*;
use model::render::pages::{not_found, Missing};

/// A friendly "not found" page with a way back (static markup from `model::render`).
#[component]
pub fn NotFound(#[prop(default = Missing::Page)] missing: Missing) -> impl IntoView {
    view! { <div inner_html=not_found(&AppWords, missing).into_string()></div> }
}
