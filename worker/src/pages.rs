//! The pages xtask renders at build time (`xtask/src/pages/`): `/impressum`, `/datenschutz`,
//! `/barrierefreiheit` in five languages, `/leichte-sprache` in German. Each is a static file,
//! `/seiten/<name>.<lang>.html`; the Worker answers the page's path with the file in the
//! language the URL or the browser asks for, for any GET (a link preview sends no
//! `Sec-Fetch-Mode`), so the page reads right without JavaScript.

use crate::headers;
use model::page_language::{cookie_lang, negotiate, query_lang, PAGE_LANGUAGES};
use worker::{Env, Request, Response, Result};

/// A static page: its path, its file's name, the languages it exists in.
const PAGES: [(&str, &str, &[&str]); 5] = [
    ("/impressum", "impressum", &PAGE_LANGUAGES),
    ("/datenschutz", "datenschutz", &PAGE_LANGUAGES),
    ("/barrierefreiheit", "barrierefreiheit", &PAGE_LANGUAGES),
    ("/leichte-sprache", "leichte-sprache", &["de"]),
    // A volunteer's own registration: the script on the page reads the token from the link.
    ("/anmeldung", "anmeldung", &PAGE_LANGUAGES),
];

/// The file name and languages of the static page at `path`, if it is one.
pub fn find(path: &str) -> Option<(&'static str, &'static [&'static str])> {
    let path = path
        .strip_suffix('/')
        .filter(|p| !p.is_empty())
        .unwrap_or(path);
    PAGES
        .iter()
        .find(|(page, _, _)| *page == path)
        .map(|(_, file, languages)| (*file, *languages))
}

/// The page in the language asked for, with the assets' security headers.
pub async fn serve(req: &Request, env: &Env, file: &str, languages: &[&str]) -> Result<Response> {
    let url = req.url()?;
    let accept = req.headers().get("Accept-Language")?;
    let cookie = req.headers().get("Cookie")?.unwrap_or_default();
    let lang = negotiate(
        query_lang(url.query().unwrap_or_default()).or(cookie_lang(&cookie)),
        accept.as_deref(),
        languages,
    );
    let mut asset = url.clone();
    // Without ".html": the asset server answers `/x.html` with a redirect to `/x`.
    asset.set_path(&format!("/seiten/{file}.{lang}"));
    asset.set_query(None);
    let page = env.assets("ASSETS")?.fetch(asset.to_string(), None).await?;
    if page.status_code() != 200 {
        worker::console_error!("static page {file}.{lang}: {}", page.status_code());
        let mut response = Response::error("Not Found", 404)?;
        headers::apply_common(response.headers_mut());
        return Ok(response);
    }
    let mut page = headers::mutable(page);
    let headers = page.headers_mut();
    headers.set("Cache-Control", "no-cache")?;
    headers.set("Content-Language", lang)?;
    headers.set("Vary", "Accept-Language, Cookie")?;
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_static_pages_and_their_languages() {
        assert_eq!(find("/impressum"), Some(("impressum", &PAGE_LANGUAGES[..])));
        assert_eq!(
            find("/datenschutz/"),
            Some(("datenschutz", &PAGE_LANGUAGES[..]))
        );
        assert_eq!(find("/leichte-sprache").map(|(_, l)| l), Some(&["de"][..]));
        assert_eq!(find("/mitmachen"), None);
        assert_eq!(find("/"), None);
    }
}
