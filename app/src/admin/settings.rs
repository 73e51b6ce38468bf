//! "Einstellungen": the coordinator's own address for the daily digest (07:00, counts only,
//! never a volunteer's data) and its switch; and the mails to volunteers that could not be
//! delivered after every attempt. Without mail switched on, the page says so.

use super::client;
use super::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::mail_admin::{FailedMail, MailSettings};

#[component]
pub fn Settings() -> impl IntoView {
    let session = Session::get();
    let settings = RwSignal::new(None::<MailSettings>);
    let failures = RwSignal::new(Vec::<FailedMail>::new());
    let message = RwSignal::new(None::<String>);
    spawn_local(async move {
        match client::call::<MailSettings>("GET", "/api/admin/settings", None::<&()>).await {
            Ok(loaded) => settings.set(Some(loaded)),
            Err(failure) => session.handle(failure, message),
        }
        match client::call::<Vec<FailedMail>>("GET", "/api/admin/mail-failures", None::<&()>).await
        {
            Ok(loaded) => failures.set(loaded),
            Err(failure) => session.handle(failure, message),
        }
    });
    view! {
        <section aria-labelledby="einstellungen">
            <h2 id="einstellungen">"Einstellungen"</h2>
            {move || settings.get().map(|loaded| view! { <DigestForm loaded=loaded/> })}
            <p class="form-notice" role="alert">{move || message.get()}</p>
            <h3>"Nicht zugestellte E-Mails"</h3>
            {move || settings.get().filter(|s| s.failed_confirmations > 0).map(|s| view! {
                <p id="bestaetigungen-fehlgeschlagen">{confirmations_text(s.failed_confirmations)}</p>
            })}
            {move || {
                let list = failures.get();
                if list.is_empty() {
                    view! { <p>"Keine."</p> }.into_any()
                } else {
                    view! {
                        <ul class="failed-mails">
                            {list.into_iter().map(|mail| view! {
                                <li>
                                    <strong>{kind_label(&mail.kind)}</strong>" an "<a href=format!("mailto:{}", mail.recipient)>{mail.recipient.clone()}</a>
                                    <span class="meta">{format!(
                                        " · {} Versuche, zuletzt {}",
                                        mail.attempts,
                                        crate::i18n::german_date(mail.failed_at.as_deref().unwrap_or(&mail.created_at))
                                    )}</span>
                                    {mail.last_error.map(|error| view! { <p class="hint">{error}</p> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// What waits for a limit, in words.
fn held_text(held: u32) -> String {
    match held {
        0 => "Keine E-Mail wartet auf ein Limit.".into(),
        1 => "1 E-Mail wartet auf ein Limit (Tageslimit oder 3 Bestätigungen je Postfach am Tag). Sie geht später hinaus.".into(),
        n => format!("{n} E-Mails warten auf ein Limit (Tageslimit oder 3 Bestätigungen je Postfach am Tag). Sie gehen später hinaus."),
    }
}

/// Failed confirmations: only a count, as the privacy notice says (unconfirmed registrations
/// are not the coordinators' to see).
fn confirmations_text(failed: u32) -> String {
    let mails = if failed == 1 {
        "Bestätigungsmail"
    } else {
        "Bestätigungsmails"
    };
    format!("{failed} {mails} an noch nicht bestätigte Anmeldungen (ohne Adresse: diese Anmeldungen sehen Sie erst nach der Bestätigung).")
}

fn kind_label(kind: &str) -> &'static str {
    match kind {
        "confirm" => "Bestätigungslink",
        "placed" => "Vermittlungsnachricht",
        _ => "Tagesüberblick",
    }
}

/// The address and the digest's switch.
#[component]
fn DigestForm(loaded: MailSettings) -> impl IntoView {
    let session = Session::get();
    let email = RwSignal::new(loaded.email.clone().unwrap_or_default());
    let digest = RwSignal::new(loaded.digest);
    let said = RwSignal::new(None::<String>);
    let on_submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let change = MailSettings {
            email: Some(email.get_untracked()),
            digest: digest.get_untracked(),
            ..MailSettings::default()
        };
        spawn_local(async move {
            match client::call::<MailSettings>("PUT", "/api/admin/settings", Some(&change)).await {
                Ok(_) => said.set(Some("Gespeichert.".into())),
                Err(failure) => session.handle(failure, said),
            }
        });
    };
    view! {
        {(!loaded.mail_on).then(|| view! {
            <p class="hint">"Der Versand von E-Mails ist für diese Seite nicht eingeschaltet: Es gehen keine E-Mails hinaus, auch kein Tagesüberblick."</p>
        })}
        {loaded.mail_on.then(|| view! {
            <p id="zurueckgehalten">{held_text(loaded.held)}</p>
        })}
        <form class="settings-form" on:submit=on_submit>
            <div class="field">
                <label for="einstellung-email">"Ihre E-Mail-Adresse für den Tagesüberblick"</label>
                <input id="einstellung-email" type="email" autocomplete="email"
                    prop:value=move || email.get() on:input=move |e| email.set(event_target_value(&e))/>
            </div>
            <label class="choice">
                <input type="checkbox" id="einstellung-ueberblick" prop:checked=move || digest.get()
                    on:change=move |e| digest.set(event_target_checked(&e))/>
                " Jeden Morgen um 7 Uhr ein Überblick: neue Anmeldungen und Antworten auf Gesuche je Stadtbezirk, nur Zahlen"
            </label>
            <div class="form-actions"><button type="submit" class="button">"Speichern"</button></div>
            <p class="hint" role="status">{move || said.get()}</p>
        </form>
    }
}
