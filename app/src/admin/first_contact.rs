//! A registration that answers a network's need: whether the volunteer lets that network
//! contact them directly, and the first contact, which the network marks in its area and a
//! coordinator can mark here too (for the network, or after their own call).

use super::registration_patch::send_patch;
use super::session::Session;
use crate::i18n::german_date;
use leptos::prelude::*;
use model::coordination::{Registration, RegistrationPatch};
use model::need::answer::{ContactedBy, FirstContact};

/// "Kontakt aufgenommen am 04.12.2026 (vom Netzwerk)", or "noch kein Kontakt".
pub fn first_contact_line(registration: &Registration) -> String {
    let Some(state) = registration.first_contact else {
        return "noch kein Kontakt".into();
    };
    let by = match registration.first_contact_by {
        Some(ContactedBy::Network) => " (vom Netzwerk)",
        Some(ContactedBy::Coordination) => " (von der Koordinierungsstelle)",
        None => "",
    };
    let at = registration
        .first_contact_at
        .as_deref()
        .map(|at| format!(", Erstkontakt am {}", german_date(at)))
        .unwrap_or_default();
    format!("{}{at}{by}", state.label_de())
}

#[component]
pub fn FirstContactField(
    registration: Registration,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = Session::get();
    let message = RwSignal::new(None::<String>);
    let id = registration.id.clone();
    let select_id = format!("erstkontakt-{}", registration.id);
    let current = registration.first_contact;
    let on_change = move |e| {
        if let Some(state) = FirstContact::from_key(&event_target_value(&e)) {
            let change = RegistrationPatch {
                first_contact: Some(state),
                ..Default::default()
            };
            send_patch(id.clone(), change, session, message, reload);
        }
    };
    registration.need.is_some().then(|| {
        view! {
            <dl class="facts">
                <dt>"Netzwerk darf direkt kontaktieren"</dt>
                <dd>{if registration.network_contact { "ja" } else { "nein" }}</dd>
                <dt>"Kontakt"</dt><dd>{first_contact_line(&registration)}</dd>
            </dl>
            <div class="admin-tools">
                <label for=select_id.clone()>"Erster Kontakt"</label>
                <select id=select_id on:change=on_change>
                    <option value="" selected=current.is_none() disabled=true>"–"</option>
                    {FirstContact::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=current == Some(s)>{s.label_de()}</option>
                    }).collect_view()}
                </select>
                {move || message.get()}
            </div>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_says_what_who_and_when() {
        let mut registration: Registration = serde_json::from_value(serde_json::json!({
            "id": "r", "created_at": "2027-01-01T00:00:00Z", "status": "contacted", "name": "A",
            "email": "a@example.org", "phone": null, "contact_via": "email", "districts": [],
            "network": null, "interests": [], "languages": [], "languages_other": null,
            "availability": [], "message": null, "consent_version": "1",
            "consent_at": "2027-01-01T00:00:00Z", "note": null, "placed_network": null,
        }))
        .unwrap();
        assert_eq!(first_contact_line(&registration), "noch kein Kontakt");
        registration.first_contact = Some(FirstContact::Fits);
        registration.first_contact_at = Some("2027-01-04T09:00:00Z".into());
        registration.first_contact_by = Some(ContactedBy::Network);
        assert_eq!(
            first_contact_line(&registration),
            "passt, Erstkontakt am 04.01.2027 (vom Netzwerk)"
        );
    }
}
