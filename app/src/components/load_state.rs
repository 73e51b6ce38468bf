//! What a page shows while data loads, and when it could not be loaded.

use crate::api::ApiError;
use crate::data::Directory;
use crate::i18n::{common::Common, t};
use leptos::prelude::*;
use model::{Need, Network, KOORDINIERUNGSSTELLE};

/// Grey placeholder blocks in the shape of what is coming (three cards).
#[component]
pub fn Skeleton() -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true">
            <span class="visually-hidden">{t(Common::Loading)}</span>
            <div class="skeleton-row"></div>
            <div class="skeleton-row"></div>
            <div class="skeleton-row"></div>
        </div>
    }
}

/// A clear message, a retry button and the Koordinierungsstelle's phone number.
#[component]
pub fn LoadError(error: ApiError, on_retry: impl Fn() + 'static) -> impl IntoView {
    let contact = KOORDINIERUNGSSTELLE;
    view! {
        <div class="load-error" role="alert">
            <p><strong>{t(Common::LoadFailed)}</strong></p>
            <p>{error.message()}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>{t(Common::Retry)}</button>
            <p>
                {t(Common::CallInstead)}" "
                <a class="phone" href=contact.phone_uri()>{contact.phone}</a>
            </p>
        </div>
    }
}

/// What a page makes of the needs and the networks.
pub type Ready = Box<dyn Fn(&[Need], &[Network]) -> AnyView + Send + Sync>;

/// A skeleton while the needs and networks load, the error with a retry, or what `ready`
/// makes of them. Every page with data shows it through this one function (one copy of the
/// code in the wasm, whose size the first view's budget counts).
pub fn loaded(ready: Ready) -> impl IntoView {
    let directory = Directory::get();
    move || {
        directory.with_needs_and_networks(|data| match data {
            None => view! { <Skeleton/> }.into_any(),
            Some(Err(error)) => {
                let error = error.clone();
                view! { <LoadError error on_retry=|| Directory::get().reload()/> }.into_any()
            }
            Some(Ok((needs, networks))) => ready(needs, networks),
        })
    }
}
