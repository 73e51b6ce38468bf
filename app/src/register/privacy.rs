//! `/datenschutz`: the privacy notice for the registration form. It is part of the form's
//! wasm (served for `/datenschutz` too), not of the map's first view.

use crate::html::{self, escape};
use crate::i18n::{self, register::Register as R, t, Lang};
use leptos::prelude::*;

/// The notice as markup: headings and paragraphs from the translations.
fn notice() -> String {
    let mut html = format!(
        "<h1>{}</h1><p>{}</p>",
        escape(&t(R::PrivacyHeading)),
        escape(&t(R::PrivacyIntro))
    );
    for (heading, text) in [
        (R::PrivacyControllerHeading, R::PrivacyController),
        (R::PrivacyDataHeading, R::PrivacyData),
        (R::PrivacyWhyHeading, R::PrivacyWhy),
        (R::PrivacyWhoHeading, R::PrivacyWho),
        (R::PrivacyHowLongHeading, R::PrivacyHowLong),
        (R::PrivacyRightsHeading, R::PrivacyRights),
    ] {
        html.push_str(&format!(
            "<h2>{}</h2><p>{}</p>",
            escape(&t(heading)),
            escape(&t(text))
        ));
    }
    html.push_str(&format!("<p>{}</p>", escape(&t(R::PrivacyNoThirdParties))));
    if i18n::lang() != Lang::De {
        html.push_str(&format!("<p>{}</p>", escape(&t(R::PrivacyBinding))));
    }
    html.push_str(&html::contact_card());
    html
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    Effect::new(|_| i18n::shell::set_title(&t(R::PrivacyTitle)));
    view! { <div class="page prose" inner_html=notice></div> }
}
