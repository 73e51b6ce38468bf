//! "Veraltet / bald veraltet": entries nobody confirmed for `CONFIRM_AFTER_DAYS`, or that go
//! stale within 30 days. Those without a network access come first: nobody is reminded of them,
//! so they are the coordinators' to confirm.

use super::client;
use super::session::Session;
use crate::i18n::german_date;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::network::freshness::{FreshnessItem, FreshnessState};
use model::Network;

/// An entry's line: where it stands, since or until when, and who keeps it.
pub fn describe(item: &FreshnessItem) -> String {
    let when = match (&item.freshness, &item.stale_on) {
        (_, None) => "nie bestätigt".to_string(),
        (FreshnessState::Stale, Some(day)) => format!("veraltet seit {}", german_date(day)),
        (_, Some(day)) => format!("veraltet ab {}", german_date(day)),
    };
    let keepers = match item.editors {
        0 => "ohne Netzwerk-Zugang: bitte selbst prüfen".to_string(),
        1 => "1 Netzwerk-Zugang wird erinnert".to_string(),
        n => format!("{n} Netzwerk-Zugänge werden erinnert"),
    };
    format!("{when} · {keepers}")
}

#[component]
pub fn Freshness() -> impl IntoView {
    let list = RwSignal::new(None::<Vec<FreshnessItem>>);
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let session = Session::get();
    let load = move || {
        spawn_local(async move {
            match client::call::<Vec<FreshnessItem>>("GET", "/api/admin/freshness", None::<&()>)
                .await
            {
                Ok(items) => list.set(Some(items)),
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    load();
    let confirm = move |id: String| {
        spawn_local(async move {
            let path = format!("/api/admin/networks/{id}/confirm");
            match client::call::<Network>("POST", &path, None::<&()>).await {
                Ok(network) => {
                    message.set(None);
                    done.set(Some(format!("„{}“ ist bestätigt.", network.name)));
                    load();
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    view! {
        <section aria-labelledby="veraltet">
            <h2 id="veraltet">"Veraltet / bald veraltet"</h2>
            <p>"Einträge, die seit einem Jahr niemand bestätigt hat, zeigt die Karte blasser und weiter unten, mit „Angaben möglicherweise veraltet“. Netzwerk-Zugänge werden 30 Tage vorher und am Tag selbst erinnert."</p>
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <p class="form-notice form-notice-info" role="status">{move || done.get()}</p>
            {move || list.get().map(|items| if items.is_empty() {
                view! { <p>"Alle Einträge sind aktuell."</p> }.into_any()
            } else {
                view! {
                    <ul class="freshness-list">
                        {items.into_iter().map(|item| {
                            let id = item.network.id.clone();
                            let line = describe(&item);
                            view! {
                                <li>
                                    <a href=format!("/netzwerk/{}", item.network.slug)>{item.network.name.clone()}</a>
                                    " – "{line}" "
                                    <button type="button" class="button button-secondary"
                                        on:click=move |_| confirm(id.clone())>"Bestätigen"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(freshness: FreshnessState, stale_on: Option<&str>, editors: u32) -> FreshnessItem {
        let network: Network = serde_json::from_value(serde_json::json!({
            "id": "a", "slug": "a", "name": "A", "organiser": "O", "district": 130,
            "citywide": false, "description": "D", "activities": [], "languages": [],
            "content_lang": "de", "place": null, "phone": null, "email": null, "website": null,
            "source": {"name": "S"}, "stand": null, "confirmed_at": null, "updated_at": "2026-01-01"
        }))
        .unwrap();
        FreshnessItem {
            network,
            freshness,
            stale_on: stale_on.map(String::from),
            editors,
        }
    }

    #[test]
    fn a_line_says_since_when_and_who_is_reminded() {
        assert_eq!(
            describe(&item(FreshnessState::Stale, None, 0)),
            "nie bestätigt · ohne Netzwerk-Zugang: bitte selbst prüfen"
        );
        assert_eq!(
            describe(&item(FreshnessState::Soon, Some("2027-01-10"), 2)),
            "veraltet ab 10.01.2027 · 2 Netzwerk-Zugänge werden erinnert"
        );
    }
}
