//! A language picked in the switcher without the app (`?sprachwahl=ar`, the switcher's links):
//! kept in the `sprache` cookie and answered with a redirect to the same page with `?lang=ar`,
//! so the address a reader shares never picks for anyone else. Only a click on one of our own
//! pages picks (`Sec-Fetch-Site: same-origin`): such a link sent from elsewhere, typed or
//! opened from a bookmark is redirected without the cookie. The only place the Worker sets the
//! language cookie (see `model::page_language`).

use crate::headers;
use model::page_language::{language_cookie, picked};
use worker::{Request, Response, Result};

/// The redirect that keeps the reader's pick, if the request is one.
pub fn answer(req: &Request) -> Result<Option<Response>> {
    let mut url = req.url()?;
    let Some((lang, query)) = picked(url.query().unwrap_or_default()) else {
        return Ok(None);
    };
    url.set_query(Some(query.trim_start_matches('?')));
    let from_our_page = req.headers().get("Sec-Fetch-Site")?.as_deref() == Some("same-origin");
    let mut response = Response::empty()?.with_status(303);
    let headers = response.headers_mut();
    headers.set(
        "Location",
        &format!("{}?{}", url.path(), url.query().unwrap_or_default()),
    )?;
    if from_our_page {
        headers.set(
            "Set-Cookie",
            &language_cookie(lang, url.scheme() == "https"),
        )?;
    }
    headers.set("Cache-Control", "no-store")?;
    headers::apply_common(headers);
    Ok(Some(response))
}
