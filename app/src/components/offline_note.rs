//! The note that the page shows the offline copy (kept by the service worker, `offline.rs`).

use crate::data::Directory;
use crate::i18n::{map::Map, tr};
use crate::offline::date_time;
use leptos::prelude::*;

/// "Offline – Stand von …" while the page shows the kept copy.
#[component]
pub fn OfflineNote() -> impl IntoView {
    let directory = Directory::get();
    move || {
        directory.offline_since().map(|since| {
            let text = tr(Map::OfflineNote, &[("time", &date_time(&since))]);
            view! { <p class="offline-note" role="status">{text}</p> }
        })
    }
}
