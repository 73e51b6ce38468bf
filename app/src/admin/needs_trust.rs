//! Whether a network's editors' needs go online at once ("vertraut") or wait in "Zu prüfen"
//! (the default): one box per network, saved when it changes.

use super::client;
use super::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::needs::NeedsTrust;

#[component]
pub fn TrustBox(
    id: String,
    name: String,
    trusted: bool,
    done: RwSignal<Option<String>>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let session = Session::get();
    let box_id = format!("vertraut-{id}");
    let label_for = box_id.clone();
    let on_change = move |e| {
        let trusted = event_target_checked(&e);
        let path = format!("/api/admin/networks/{id}/needs-trust");
        let name = name.clone();
        spawn_local(async move {
            let body = NeedsTrust { trusted };
            match client::call::<NeedsTrust>("PUT", &path, Some(&body)).await {
                Ok(_) => done.set(Some(if trusted {
                    format!("Gesuche von „{name}“ gehen ab jetzt sofort online.")
                } else {
                    format!("Gesuche von „{name}“ prüfen Sie ab jetzt vorher.")
                })),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    view! {
        <label class="choice" for=label_for>
            <input type="checkbox" id=box_id prop:checked=trusted on:change=on_change/>
            <span>"Vertraut: Gesuche des Netzwerks gehen ohne Prüfung online"</span>
        </label>
    }
}
