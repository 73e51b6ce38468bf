//! A coordinator's change to a registration (`PATCH /api/admin/registrations/{id}`), sent from
//! the list and from a registration's parts (the first contact).

use super::client;
use super::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::coordination::{Registration, RegistrationPatch};

/// Sends a change of one registration; `done` runs when it is stored.
pub fn send_patch(
    id: String,
    change: RegistrationPatch,
    session: Session,
    message: RwSignal<Option<String>>,
    done: impl Fn() + 'static,
) {
    spawn_local(async move {
        let path = format!("/api/admin/registrations/{id}");
        match client::call::<Registration>("PATCH", &path, Some(&change)).await {
            Ok(_) => done(),
            Err(failure) => session.handle(failure, message),
        }
    });
}
