//! The static page shell (header, footer, skip link, language switcher) in the chosen
//! language, and `<html lang dir>`. The shell is plain HTML so it works before the wasm;
//! this only swaps its words.

use super::text::common::Common;
use super::text::t;
use model::lang::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where each shell text goes: a selector, the message, and the attribute (or the text).
const TEXTS: [(&str, Common, Option<&str>); 14] = [
    (".skip-link", Common::SkipLink, None),
    (".brand-name", Common::BrandName, None),
    (".site-header nav", Common::MainMenu, Some("aria-label")),
    (".nav-about", Common::NavAbout, None),
    (".nav-contact", Common::NavContact, None),
    (".footer-org", Common::FooterOrg, None),
    (".phone-label", Common::PhoneLabel, None),
    (".site-footer nav", Common::FooterMenu, Some("aria-label")),
    (".footer-about", Common::FooterAbout, None),
    (".footer-privacy", Common::FooterPrivacy, None),
    (".footer-impressum", Common::FooterImpressum, None),
    (".footer-accessibility", Common::FooterAccessibility, None),
    (".footer-contact-link", Common::NavContact, None),
    (".lang-switch", Common::LanguageMenu, Some("aria-label")),
];

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The elements `selector` finds in the page, as `T`.
fn all<T: JsCast>(selector: &str) -> Vec<T> {
    let Some(found) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<T>().ok())
        .collect()
}

/// Puts the shell into `lang`.
pub fn apply(lang: Lang) {
    let Some(document) = document() else {
        return;
    };
    // Only what differs is written: the Worker sends the shell in the page's language, and a
    // text node written again is painted again (a later Largest Contentful Paint).
    let set = |element: &web_sys::Element, name: &str, value: &str| {
        if element.get_attribute(name).as_deref() != Some(value) {
            let _ = element.set_attribute(name, value);
        }
    };
    if let Some(html) = document.document_element() {
        set(&html, "lang", lang.code());
        set(&html, "dir", lang.dir());
    }
    for (selector, key, attribute) in TEXTS {
        let text = t(key);
        for element in all::<web_sys::Element>(selector) {
            match attribute {
                Some(name) => set(&element, name, &text),
                None if element.text_content().as_deref() != Some(text.as_str()) => {
                    element.set_text_content(Some(&text))
                }
                None => {}
            }
        }
    }
    // The pages rendered at build time pick their language from the URL: keep the reader's.
    for link in all::<web_sys::HtmlAnchorElement>(".footer-legal") {
        let path = link.pathname();
        // German too: without `?lang=` the Worker follows the browser's language.
        set(&link, "href", &format!("{path}?lang={}", lang.code()));
    }
    for link in all::<web_sys::Element>(".lang-switch a[hreflang]") {
        if link.get_attribute("hreflang").as_deref() == Some(lang.code()) {
            set(&link, "aria-current", "true");
        } else {
            let _ = link.remove_attribute("aria-current");
        }
    }
}

/// Sets the page title (each page has its own).
pub fn set_title(title: &str) {
    if let Some(document) = document().filter(|d| d.title() != title) {
        document.set_title(title);
    }
}

/// The switcher's links are `?lang=` links; on a click each keeps the page's path and its
/// other parameters (the filters), and the choice is remembered.
pub fn wire_switcher() {
    for link in all::<web_sys::HtmlAnchorElement>(".lang-switch a[hreflang]") {
        let Some(lang) = Lang::from_tag(&link.hreflang()) else {
            continue;
        };
        let target = link.clone();
        let on_click = Closure::<dyn Fn()>::new(move || {
            super::lang::remember(lang);
            if let Some(location) = web_sys::window().map(|w| w.location()) {
                let search = location.search().unwrap_or_default();
                target.set_href(&format!(
                    "{}{}{}",
                    location.pathname().unwrap_or_default(),
                    super::lang::with_lang(&search, lang),
                    location.hash().unwrap_or_default()
                ));
            }
        });
        let _ = link.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        on_click.forget();
    }
}
