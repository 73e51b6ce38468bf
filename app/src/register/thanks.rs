//! After sending: what happens next, and how to reach the Koordinierungsstelle. With mail
//! switched on, the volunteer confirms with the link in their mail (and can ask for it again);
//! without, this page is the only way to give them their personal link.

use super::sender::focus_id;
use super::submit::kept_receipt;
use crate::fetch;
use crate::html;
use crate::i18n::{common::Common, moment, register::Register, t, tr};
use leptos::prelude::*;
use model::html::Html;
use model::own::{Receipt, Resent};

/// The thanks, in place of the form.
#[component]
pub fn Thanks() -> impl IntoView {
    let receipt = kept_receipt().unwrap_or_default();
    let next = if receipt.mail {
        let by = receipt
            .expected_by
            .as_deref()
            .map(moment)
            .unwrap_or_default();
        tr(Register::ThanksMail, &[("time", &by)])
    } else {
        t(Register::ThanksReceived)
    };
    let head = model::html!(
        "<h1 tabindex=\"-1\" id=\"danke\">{heading}</h1><p>{next}</p>",
        heading = t(Register::ThanksHeading),
        next = next,
    )
    .into_string();
    let rest = model::html!(
        "{link}<p>{privacy} <a href=\"/datenschutz\">{consent}</a>{after}</p><p><a href=\"/\">{back}</a></p>{card}",
        link = personal_link(&receipt),
        privacy = tr(Register::ThanksPrivacy, &[("months", env!("RETENTION_MONTHS"))]),
        consent = t(Register::ConsentLink),
        after = t(Register::ConsentAfter),
        back = t(Register::ThanksBack),
        card = html::contact_card(),
    )
    .into_string();
    Effect::new(|_| focus_id("danke"));
    view! {
        <div class="page thanks">
            <div inner_html=head></div>
            {receipt.resend.map(|token| view! { <Resend token/> })}
            <div inner_html=rest></div>
        </div>
    }
}

/// Without mail: the personal link, to open and to keep.
fn personal_link(receipt: &Receipt) -> Html {
    let Some(link) = &receipt.link else {
        return Html::new();
    };
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    model::html!(
        "<p>{intro}</p><p><a class=\"button\" href=\"{link}\" id=\"persoenlicher-link\">{open}</a></p>\
         <p class=\"own-link\"><code>{full}</code></p>",
        intro = t(Register::ThanksLink),
        link = link,
        open = t(Register::ThanksLinkOpen),
        full = format!("{origin}{link}"),
    )
}

/// "Send the mail again", with the receipt's token (it can do nothing else).
#[component]
fn Resend(token: String) -> impl IntoView {
    let said = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let ask = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let body = format!("{{\"token\":\"{}\"}}", token.replace(['"', '\\'], ""));
        leptos::task::spawn_local(async move {
            let answer = fetch::send("POST", "/api/anmeldung/erneut", &[], Some(body)).await;
            said.set(Some(match answer {
                Some(response) if response.status() == 202 => {
                    let resent = fetch::read::<Resent>(&response).await;
                    let by = resent.map(|r| moment(&r.expected_by)).unwrap_or_default();
                    tr(Register::ThanksResent, &[("time", &by)])
                }
                Some(_) => t(Common::ErrorServer),
                None => t(Common::ErrorOffline),
            }));
            busy.set(false);
        });
    };
    view! {
        <p>
            <button type="button" class="button button-secondary" id="mail-erneut" on:click=ask>
                {t(Register::ThanksResend)}
            </button>
        </p>
        <p role="status" class="form-notice">{move || said.get()}</p>
    }
}
