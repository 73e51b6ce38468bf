//! "Persönlichen Link beenden", on a volunteer's request (someone else knows their link):
//! every link made before opens nothing. With mail on, the Worker mails them a new one.

use super::client;
use super::confirm::ConfirmButton;
use super::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The button for registration `id`; what came of it goes to `said`.
#[component]
pub fn EndLink(id: String, said: RwSignal<Option<String>>) -> impl IntoView {
    let session = Session::get();
    let end = move || {
        let id = id.clone();
        spawn_local(async move {
            let path = format!("/api/admin/registrations/{id}/link-beenden");
            match client::send("POST", &path, None::<&()>).await {
                Ok(_) => said.set(Some(
                    "Der Link ist beendet. Mit E-Mail-Versand bekommt die Person einen neuen an ihre Adresse."
                        .into(),
                )),
                Err(failure) => session.handle(failure, said),
            }
        });
    };
    view! {
        <ConfirmButton
            label="Persönlichen Link beenden"
            question="Den Link der Person wirklich beenden?"
            yes_label="Ja, Link beenden"
            confirmed=end
        />
    }
}
