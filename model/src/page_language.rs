//! Which language a page is served in: the one the URL asks for (`?lang=`), else the first
//! the browser prefers (`Accept-Language`), else German. The Worker picks it for pages it
//! renders from static files, so a first visit or a shared link reads in the right language
//! without JavaScript.

/// The languages of the interface, German (the default) first.
pub const PAGE_LANGUAGES: [&str; 5] = ["de", "en", "ar", "fa", "uk"];

/// A language tag (`ar`, `ar-SY`, `fa-AF`, `prs`, `uk-UA`) → one of `available`.
fn ours<'a>(tag: &str, available: &[&'a str]) -> Option<&'a str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let primary = if primary == "prs" {
        "fa".to_string()
    } else {
        primary
    }; // Dari
    available.iter().copied().find(|code| *code == primary)
}

/// The value of `lang` in a query string.
pub fn query_lang(query: &str) -> Option<&str> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

/// The cookie that keeps a language chosen with `?lang=` (see the privacy notice).
pub const LANGUAGE_COOKIE: &str = "sprache";

/// The language kept in the `Cookie` header, if any.
pub fn cookie_lang(cookie_header: &str) -> Option<&str> {
    cookie_header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == LANGUAGE_COOKIE).then_some(value)
    })
}

/// The `Set-Cookie` value that keeps `lang` for a year (no tracking: the language only).
pub fn language_cookie(lang: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{LANGUAGE_COOKIE}={lang}; Path=/; Max-Age=31536000; SameSite=Lax{secure}")
}

/// The page's language among `available` (its first entry is the default).
pub fn negotiate<'a>(
    query: Option<&str>,
    accept_language: Option<&str>,
    available: &[&'a str],
) -> &'a str {
    if let Some(lang) = query.and_then(|tag| ours(tag, available)) {
        return lang;
    }
    let mut preferred: Vec<(f32, usize, &str)> = accept_language
        .unwrap_or_default()
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (weight > 0.0).then_some((weight, position, tag))
        })
        .collect();
    // Highest weight first; equal weights keep the browser's order.
    preferred.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    preferred
        .iter()
        .find_map(|(_, _, tag)| ours(tag, available))
        .unwrap_or(available[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_comes_first_then_the_browser_then_german() {
        let all = &PAGE_LANGUAGES;
        assert_eq!(negotiate(Some("ar"), Some("uk"), all), "ar");
        assert_eq!(negotiate(Some("xx"), Some("uk-UA,uk;q=0.9"), all), "uk");
        assert_eq!(negotiate(None, Some("fr-FR,fr;q=0.9,fa;q=0.8"), all), "fa");
        assert_eq!(negotiate(None, Some("prs-AF"), all), "fa");
        assert_eq!(negotiate(None, Some("en;q=0.5,ar;q=0.9"), all), "ar");
        assert_eq!(negotiate(None, Some("ar;q=0,en"), all), "en");
        assert_eq!(negotiate(None, Some("*"), all), "de");
        assert_eq!(negotiate(None, None, all), "de");
        assert_eq!(negotiate(Some("ar"), None, &["de"]), "de");
    }

    #[test]
    fn the_query_names_the_language() {
        assert_eq!(query_lang("?lang=ar&x=1"), Some("ar"));
        assert_eq!(query_lang("x=1&lang=uk"), Some("uk"));
        assert_eq!(query_lang(""), None);
    }

    #[test]
    fn the_language_cookie_is_read_back() {
        assert_eq!(cookie_lang("a=1; sprache=ar; b=2"), Some("ar"));
        assert_eq!(cookie_lang("sprachen=ar"), None);
        assert!(language_cookie("fa", true).ends_with("SameSite=Lax; Secure"));
    }
}
