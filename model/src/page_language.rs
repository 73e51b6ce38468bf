//! Which language a page is served in: the one the URL asks for (`?lang=`), else the one kept
//! in the `sprache` cookie, else the first the browser prefers (`Accept-Language`), else
//! German. The Worker picks it for every page it sends, so a first visit or a shared link reads
//! in the right language without JavaScript.
//!
//! The cookie is set only when the reader picks a language in the switcher (§ 25 TDDDG: what
//! they asked for), never because a link carries `?lang=`: the switcher's links say
//! `?sprachwahl=`, which the Worker answers with the cookie and a redirect to `?lang=` (the app
//! sets the same cookie itself when it handles the click).

use crate::lang::Lang;

/// The value of `lang` in a query string (any text: [`negotiate`] reads it as a tag).
pub fn query_lang(query: &str) -> Option<&str> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

/// The switcher's parameter: a language picked by the reader (see the module's comment).
pub const PICK_PARAM: &str = "sprachwahl";

/// The cookie that keeps a language picked in the switcher (see the privacy notice).
pub const LANGUAGE_COOKIE: &str = "sprache";

/// The language kept in the `Cookie` header, if any (as sent: a tag).
pub fn cookie_lang(cookie_header: &str) -> Option<&str> {
    cookie_header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == LANGUAGE_COOKIE).then_some(value)
    })
}

/// The `Set-Cookie` value that keeps `lang` for a year (no tracking: the language only).
pub fn language_cookie(lang: Lang, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{LANGUAGE_COOKIE}={lang}; Path=/; Max-Age=31536000; SameSite=Lax{secure}")
}

/// The page's language among `available` (its first entry is the default): the tag asked for
/// (`?lang=` or the cookie), else the browser's first preference we have.
pub fn negotiate(asked: Option<&str>, accept_language: Option<&str>, available: &[Lang]) -> Lang {
    let ours = |tag: &str| Lang::from_tag(tag.trim()).filter(|lang| available.contains(lang));
    if let Some(lang) = asked.and_then(ours) {
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
        .find_map(|(_, _, tag)| ours(tag))
        .unwrap_or(available[0])
}

/// The language chosen for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen {
    pub lang: Lang,
}

impl Chosen {
    /// `?lang=` (a tag of one of `available`, as the app reads it too), else the cookie, else
    /// `Accept-Language`, else the first of `available`.
    pub fn for_request(
        query: &str,
        cookie_header: &str,
        accept_language: Option<&str>,
        available: &[Lang],
    ) -> Chosen {
        let asked = query_lang(query)
            .filter(|tag| Lang::from_tag(tag.trim()).is_some_and(|lang| available.contains(&lang)));
        let cookie = cookie_lang(cookie_header);
        Chosen {
            lang: negotiate(asked.or(cookie), accept_language, available),
        }
    }
}

/// A language picked in the switcher (`?sprachwahl=ar`): the language, and the query to
/// redirect to, with `lang=` in its place and every other parameter kept.
pub fn picked(query: &str) -> Option<(Lang, String)> {
    let pairs: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .collect();
    let lang = pairs.iter().find_map(|pair| {
        let tag = pair.strip_prefix(PICK_PARAM)?.strip_prefix('=')?;
        Lang::from_tag(tag)
    })?;
    let kept = pairs
        .iter()
        .filter(|pair| !pair.starts_with(PICK_PARAM) && !pair.starts_with("lang="))
        .map(|pair| pair.to_string())
        .chain(std::iter::once(format!("lang={lang}")));
    Some((lang, format!("?{}", kept.collect::<Vec<_>>().join("&"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_comes_first_then_the_browser_then_german() {
        let all = &Lang::ALL;
        let code = |asked, accept| negotiate(asked, accept, all).code();
        assert_eq!(code(Some("ar"), Some("uk")), "ar");
        assert_eq!(code(Some("xx"), Some("uk-UA,uk;q=0.9")), "uk");
        assert_eq!(code(None, Some("fr-FR,fr;q=0.9,fa;q=0.8")), "fa");
        assert_eq!(code(None, Some("prs-AF")), "fa");
        assert_eq!(code(None, Some("en;q=0.5,ar;q=0.9")), "ar");
        assert_eq!(code(None, Some("ar;q=0,en")), "en");
        assert_eq!(code(None, Some("*")), "de");
        assert_eq!(code(None, None), "de");
        assert_eq!(negotiate(Some("ar"), None, &[Lang::De]), Lang::De);
    }

    #[test]
    fn a_request_chooses_by_url_then_cookie_then_browser() {
        let all = &Lang::ALL;
        let lang = |query, cookie, accept| Chosen::for_request(query, cookie, accept, all).lang;
        assert_eq!(lang("lang=ar", "sprache=uk", Some("en")), Lang::Ar);
        assert_eq!(lang("", "sprache=uk", Some("en")), Lang::Uk);
        assert_eq!(lang("lang=xx", "sprache=fa", Some("en")), Lang::Fa);
        assert_eq!(lang("lang=ar-SY", "", None), Lang::Ar);
        assert_eq!(lang("", "", Some("uk-UA")), Lang::Uk);
        let german_only = Chosen::for_request("lang=ar", "sprache=ar", Some("ar"), &[Lang::De]);
        assert_eq!(german_only.lang, Lang::De);
    }

    #[test]
    fn only_the_switcher_picks() {
        assert_eq!(picked("sprachwahl=ar"), Some((Lang::Ar, "?lang=ar".into())));
        assert_eq!(
            picked("?sprache=fa&sprachwahl=uk&lang=ar"),
            Some((Lang::Uk, "?sprache=fa&lang=uk".into())),
            "the filter `sprache` stays, the old `lang` goes"
        );
        assert_eq!(picked("sprachwahl=de"), Some((Lang::De, "?lang=de".into())));
        assert_eq!(picked("lang=ar"), None, "a link's ?lang= picks nothing");
        assert_eq!(picked("sprachwahl=xx"), None);
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
        assert!(language_cookie(Lang::Fa, true).ends_with("SameSite=Lax; Secure"));
    }
}
