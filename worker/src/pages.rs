//! The pages xtask renders at build time (`xtask/src/pages/`): `/impressum`, `/datenschutz`,
//! `/barrierefreiheit` in five languages, `/leichte-sprache` in German. Each is a static file,
//! `/seiten/<name>.<lang>.html`; the Worker answers the page's path with the file in the
//! language the URL or the browser asks for, for any GET (a link preview sends no
//! `Sec-Fetch-Mode`), so the page reads right without JavaScript.

use crate::headers;
use model::lang::Lang;
use model::page_language::Chosen;
use model::shell::page_name;
use worker::{Env, Request, Response, Result};

/// A static page: its path, its file's name, the languages it exists in.
const PAGES: [(&str, &str, &[Lang]); 7] = [
    ("/impressum", "impressum", &Lang::ALL),
    ("/datenschutz", "datenschutz", &Lang::ALL),
    ("/barrierefreiheit", "barrierefreiheit", &Lang::ALL),
    ("/leichte-sprache", "leichte-sprache", &[Lang::De]),
    // A volunteer's own registration: the script on the page reads the token from the link.
    ("/anmeldung", "anmeldung", &Lang::ALL),
    // The organisations' forms: a claim of an entry, a suggested network.
    ("/zugang-anfragen", "zugang-anfragen", &Lang::ALL),
    ("/netzwerk-vorschlagen", "netzwerk-vorschlagen", &Lang::ALL),
];

/// The file name and languages of the static page at `path`, if it is one.
pub fn find(path: &str) -> Option<(&'static str, &'static [Lang])> {
    let path = path
        .strip_suffix('/')
        .filter(|p| !p.is_empty())
        .unwrap_or(path);
    PAGES
        .iter()
        .find(|(page, _, _)| *page == path)
        .map(|(_, file, languages)| (*file, *languages))
}

/// The language a page is answered in: `?lang=`, the cookie, `Accept-Language`, German.
pub fn language(req: &Request, languages: &[Lang]) -> Result<Lang> {
    let url = req.url()?;
    let accept = req.headers().get("Accept-Language")?;
    let cookie = req.headers().get("Cookie")?.unwrap_or_default();
    Ok(Chosen::for_request(
        url.query().unwrap_or_default(),
        &cookie,
        accept.as_deref(),
        languages,
    )
    .lang)
}

/// The page in the language asked for, with the assets' security headers.
pub async fn serve(req: &Request, env: &Env, file: &str, languages: &[Lang]) -> Result<Response> {
    let lang = language(req, languages)?;
    let file = model::shell::page_file(file, crate::mail::enabled(env));
    let page = match crate::assets::fetch(env, &page_name(&file, lang)).await {
        Ok(page) => page,
        Err(error) => return Ok(error.into_response()),
    };
    if page.status_code() != 200 {
        worker::console_error!("static page {file}.{lang}: {}", page.status_code());
        let mut response = Response::error("Not Found", 404)?;
        headers::apply_common(response.headers_mut());
        return Ok(response);
    }
    let mut page = headers::mutable(page);
    let headers = page.headers_mut();
    headers.set("Cache-Control", "no-cache")?;
    headers.set(model::headers::CONTENT_LANGUAGE, lang.code())?;
    headers.set("Vary", "Accept-Language, Cookie")?;
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_static_pages_and_their_languages() {
        assert_eq!(find("/impressum"), Some(("impressum", &Lang::ALL[..])));
        assert_eq!(find("/datenschutz/"), Some(("datenschutz", &Lang::ALL[..])));
        assert_eq!(
            find("/leichte-sprache").map(|(_, l)| l),
            Some(&[Lang::De][..])
        );
        assert_eq!(find("/mitmachen"), None);
        assert_eq!(find("/"), None);
    }
}
