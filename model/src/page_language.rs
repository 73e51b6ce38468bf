//! Which language a page is served in: the one the URL asks for (`?lang=`), else the one kept
//! in the `sprache` cookie, else the first the browser prefers (`Accept-Language`), else
//! German. The Worker picks it for every page it sends, so a first visit or a shared link reads
//! in the right language without JavaScript.

use crate::lang::Lang;

/// The value of `lang` in a query string (any text: [`negotiate`] reads it as a tag).
pub fn query_lang(query: &str) -> Option<&str> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

/// The cookie that keeps a language chosen with `?lang=` (see the privacy notice).
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

/// The language chosen for one request, and whether the answer keeps it in the cookie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen {
    pub lang: Lang,
    /// `?lang=` named one of the page's languages…
    asked: bool,
    /// …and the cookie already keeps what was chosen.
    kept: bool,
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
        let lang = negotiate(asked.or(cookie), accept_language, available);
        Chosen {
            lang,
            asked: asked.is_some(),
            kept: cookie == Some(lang.code()),
        }
    }

    /// Whether the answer sets the language cookie: `?lang=` chose, and the cookie keeps
    /// another (the next page without `?lang=` reads the same).
    pub fn keep(&self) -> bool {
        self.asked && !self.kept
    }
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
        let chosen = Chosen::for_request("lang=ar", "sprache=uk", Some("en"), all);
        assert_eq!((chosen.lang, chosen.keep()), (Lang::Ar, true));
        let again = Chosen::for_request("lang=ar", "sprache=ar", None, all);
        assert_eq!((again.lang, again.keep()), (Lang::Ar, false));
        let kept = Chosen::for_request("", "sprache=uk", Some("en"), all);
        assert_eq!((kept.lang, kept.keep()), (Lang::Uk, false));
        let unknown = Chosen::for_request("lang=xx", "sprache=fa", Some("en"), all);
        assert_eq!((unknown.lang, unknown.keep()), (Lang::Fa, false));
        let tagged = Chosen::for_request("lang=ar-SY", "", None, all);
        assert_eq!((tagged.lang, tagged.keep()), (Lang::Ar, true));
        let browser = Chosen::for_request("", "", Some("uk-UA"), all);
        assert_eq!(browser.lang, Lang::Uk);
        let german_only = Chosen::for_request("lang=ar", "sprache=ar", Some("ar"), &[Lang::De]);
        assert_eq!((german_only.lang, german_only.keep()), (Lang::De, false));
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
