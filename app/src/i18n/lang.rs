//! Where the language choice is kept: the URL (`?lang=`) and the cookie the Worker reads.

use model::lang::Lang;
use wasm_bindgen::JsValue;

/// The value of `?lang=` in a query string.
pub fn from_query(search: &str) -> Option<Lang> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Lang::from_tag)
}

/// The query string with `lang` set (German, the default, leaves the URL without it).
pub fn with_lang(search: &str, lang: Lang) -> String {
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .map(str::to_string)
        .collect();
    if lang != Lang::De {
        pairs.push(format!("lang={}", lang.code()));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// The first of the browser's preferred languages that we have.
pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
    tags.into_iter().find_map(Lang::from_tag)
}

/// The page's document, for its cookie.
fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The language at page load: `?lang=`, then the one the Worker chose for the page, then the
/// last choice, then the browser's, then German.
pub fn initial() -> Lang {
    let Some(window) = web_sys::window() else {
        return Lang::De;
    };
    let from_url = window.location().search().ok().and_then(|s| from_query(&s));
    let stored = || {
        let cookie = js_sys::Reflect::get(&document()?.into(), &"cookie".into()).ok()?;
        model::page_language::cookie_lang(&cookie.as_string()?).and_then(Lang::from_tag)
    };
    let browser = || {
        let tags: Vec<String> = window
            .navigator()
            .languages()
            .iter()
            .filter_map(|tag| tag.as_string())
            .collect();
        from_preferences(tags.iter().map(String::as_str))
    };
    // A page the Worker rendered is in the language it chose (URL, cookie, browser): keep it.
    let sent = || {
        let html = window.document()?.document_element()?;
        html.has_attribute(model::shell::LANGUAGE_CHOSEN)
            .then(|| html.get_attribute("lang"))
            .flatten()
            .and_then(|code| Lang::from_tag(&code))
    };
    let lang = from_url
        .or_else(sent)
        .or_else(stored)
        .or_else(browser)
        .unwrap_or(Lang::De);
    // Never kept here: a link's `?lang=` is no choice of the reader's (§ 25 TDDDG); only the
    // switcher keeps one (`remember`).
    lang
}

/// Keeps the reader's pick in the cookie the Worker reads (and sets itself for the switcher's
/// `?sprachwahl=` links without the app); German, whose URLs carry no `?lang=`, must replace
/// an earlier pick there too. Not in local storage: opening it at the start held a phone's
/// page for up to 90 ms.
fn store(lang: Lang) {
    if let Some(document) = document() {
        let cookie = format!(
            "{}={}; path=/; max-age=31536000; samesite=lax",
            model::page_language::LANGUAGE_COOKIE,
            lang.code()
        );
        let _ = js_sys::Reflect::set(&document, &"cookie".into(), &cookie.into());
    }
}

/// Keeps a choice from the switcher.
pub fn remember(lang: Lang) {
    store(lang);
    sync_url(lang);
}

/// Writes the language into the address bar, keeping the path, the other parameters and the
/// history entry's state (the router keeps its own there).
pub fn sync_url(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let wanted = with_lang(&search, lang);
    if wanted == search {
        return;
    }
    let url = format!(
        "{}{wanted}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browsers_first_language_we_have() {
        assert_eq!(from_preferences(["tr-TR", "fa-IR", "en"]), Some(Lang::Fa));
        assert_eq!(from_preferences(["tr"]), None);
    }

    #[test]
    fn the_url_keeps_the_other_parameters() {
        assert_eq!(from_query("?sprache=ar&lang=uk"), Some(Lang::Uk));
        assert_eq!(from_query("?lang=xx"), None);
        assert_eq!(
            with_lang("?sprache=ar&lang=uk", Lang::En),
            "?sprache=ar&lang=en"
        );
        assert_eq!(with_lang("?lang=ar", Lang::De), "");
        assert_eq!(with_lang("", Lang::Ar), "?lang=ar");
    }
}
