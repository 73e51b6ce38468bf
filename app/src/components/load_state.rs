//! What a page shows while data loads, and when it could not be loaded.

use crate::api::ApiError;
use crate::data::{Directory, Loaded};
use crate::i18n::{common::Common, t};
use leptos::prelude::*;
use model::KOORDINIERUNGSSTELLE;

/// Grey placeholder blocks in the shape of what is coming.
#[component]
pub fn Skeleton(#[prop(default = 3)] rows: usize) -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true">
            <span class="visually-hidden">{t(Common::Loading)}</span>
            {(0..rows).map(|_| view! { <div class="skeleton-row"></div> }).collect_view()}
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

/// A skeleton while `data` loads, the error with a retry, or what `ready` makes of the data.
/// `ready` is boxed so every page with the same data shares one copy of this code.
pub fn loaded<T: Clone + Send + Sync + 'static>(
    data: Loaded<T>,
    ready: Box<dyn Fn(T) -> AnyView + Send + Sync>,
) -> impl IntoView {
    move || match data.get() {
        None => view! { <Skeleton/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadError error on_retry=|| Directory::get().reload()/> }.into_any()
        }
        Some(Ok(value)) => ready(value),
    }
}
