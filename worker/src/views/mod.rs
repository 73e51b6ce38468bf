//! Every page of the map app, and the form's page, as HTML that already shows the first
//! screen (ARCHITECTURE.md, "First paint"): the shell of the page's language (xtask,
//! `shells.rs`) with the page's head (`head.rs`) and content rendered here by
//! `model::render`, the app's own renderer, from D1. The app then keeps this content
//! (`app/src/adopt.rs`). Plain string templating: workers-rs has no HTMLRewriter.

mod content;
mod head;
mod shells;
mod words;

use crate::{storage, ApiError};
use model::page_language::{cookie_lang, language_cookie, negotiate, query_lang, PAGE_LANGUAGES};
use model::route::Page;
use worker::{Env, Request, Response};

/// Where the Worker puts the head's page-specific tags, and the page's content.
const HEAD_MARK: &str = "<!--kopf-->";
const CONTENT_MARK: &str = "<!--inhalt-->";

/// A page the Worker sends as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// A page of the map app (one that does not exist is a 404 with a page).
    App(Page),
    /// The registration form (`/mitmachen`).
    Form,
}

/// The view at `path`, if it is a page: the map app's paths, `/mitmachen`, and any other
/// path that could be a page's name (`/irgendwas`, 404 with a page). Files (`/x.js`) and
/// deeper paths are not pages.
pub fn find(path: &str) -> Option<View> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.contains('.') {
        // A file's name (`/bezirk/130.json`, `/robots.txt`): no page.
        return None;
    }
    if trimmed == "/mitmachen" || trimmed == "/mitmachen/danke" {
        return Some(View::Form);
    }
    match Page::of(path) {
        Page::NotFound => {
            let slug = trimmed.strip_prefix('/')?;
            let is_slug = !slug.is_empty()
                && slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            is_slug.then_some(View::App(Page::NotFound))
        }
        page => Some(View::App(page)),
    }
}

/// The page, in the language of `?lang=`, else the kept choice, else the browser's.
/// `mail_on`: whether the site sends mail (the form then offers a mail once placed).
pub async fn serve(
    req: &Request,
    env: &Env,
    view: View,
    mail_on: bool,
) -> Result<Response, ApiError> {
    let url = req.url()?;
    let header = |name: &str| req.headers().get(name).ok().flatten();
    let asked = query_lang(url.query().unwrap_or_default())
        .filter(|lang| PAGE_LANGUAGES.contains(lang))
        .map(str::to_string);
    let cookie = header("Cookie").unwrap_or_default();
    let lang = negotiate(
        asked.as_deref().or(cookie_lang(&cookie)),
        header("Accept-Language").as_deref(),
        &PAGE_LANGUAGES,
    );
    let shell_name = if view == View::Form {
        "formular"
    } else {
        "app"
    };
    let shell = shells::shell(env, shell_name, lang).await?;
    let table = shells::words(env, lang).await?;
    let plural = words::plural(lang);
    let date = words::date(lang);
    let words = model::render::Table {
        lang,
        templates: &table,
        plural: &plural,
        date: &date,
    };
    let db = storage::database(env)?;
    let filter_query = url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect::<Vec<_>>();
    let page = content::render(
        &words,
        &db,
        mail_on,
        &view,
        &filter_query,
        url.query().unwrap_or_default(),
    )
    .await?;
    let origin = url.origin().ascii_serialization();
    let head = head::tags(&head::Head {
        origin: &origin,
        path: url.path(),
        lang,
        site: &model::render::t(&words, "site-title"),
        title: &page.title,
        description: &page.description,
        image_alt: &model::render::t(&words, "map-label"),
    });
    // The path the content is for: a page the service worker serves offline for another
    // path is not taken over by the app (`app/src/adopt.rs`).
    let sent_for = format!("data-gesendet=\"{}\">", model::markup::escape(url.path()));
    let html = shell
        .html
        .replacen(HEAD_MARK, &head, 1)
        .replacen("data-gesendet>", &sent_for, 1)
        .replacen(CONTENT_MARK, &page.main, 1);
    let etag = format!("\"s{}\"", etag_of(&html).await?);
    let not_modified = header("If-None-Match").is_some_and(|tags| {
        tags.split(',')
            .any(|tag| tag.trim().trim_start_matches("W/") == etag)
    });
    let mut response = if not_modified {
        Response::empty()?.with_status(304)
    } else {
        Response::from_html(html)?.with_status(page.status)
    };
    let headers = response.headers_mut();
    for (name, value) in &shell.headers {
        if !matches!(
            name.as_str(),
            "content-length" | "etag" | "content-type" | "cf-cache-status"
        ) {
            headers.set(name, value)?;
        }
    }
    headers.set("Content-Type", "text/html; charset=utf-8")?;
    headers.set("Cache-Control", "no-cache")?;
    headers.set("ETag", &etag)?;
    headers.set("Content-Language", lang)?;
    headers.set("Vary", "Accept-Language, Cookie")?;
    if asked.is_some() && cookie_lang(&cookie) != Some(lang) {
        headers.set(
            "Set-Cookie",
            &language_cookie(lang, url.scheme() == "https"),
        )?;
    }
    Ok(response)
}

/// Runs `write` with the words of `lang` (as the pages use them): for the mails.
pub async fn with_words<T>(
    env: &Env,
    lang: &str,
    write: impl FnOnce(&dyn model::render::Words) -> T,
) -> Result<T, ApiError> {
    let table = shells::words(env, lang).await?;
    let plural = words::plural(lang);
    let date = words::date(lang);
    Ok(write(&model::render::Table {
        lang,
        templates: &table,
        plural: &plural,
        date: &date,
    }))
}

/// A short hash of the page (SHA-256, 16 hex digits): a revalidation of an unchanged page
/// (the service worker's install, a reload) costs no body.
async fn etag_of(html: &str) -> Result<String, ApiError> {
    Ok(model::hex::hex(
        &crate::crypto::sha256(html.as_bytes()).await?[..8],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_paths_and_other_paths() {
        assert_eq!(find("/"), Some(View::App(Page::Map)));
        assert_eq!(
            find("/bezirk/999"),
            Some(View::App(Page::District("999".into())))
        );
        assert_eq!(find("/mitmachen/"), Some(View::Form));
        assert_eq!(find("/gibt-es-nicht"), Some(View::App(Page::NotFound)));
        assert_eq!(find("/irgendwas.js"), None);
        assert_eq!(find("/bezirk/130.json"), None);
        assert_eq!(find("/a/b/c"), None);
        assert_eq!(find("/Gross"), None);
    }
}
