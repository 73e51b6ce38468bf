//! Every page of the map app, and the form's page, as HTML that already shows the first
//! screen (ARCHITECTURE.md, "The path of a page"): the shell of the page's language (xtask,
//! `assets.rs`) with the page's head (`head.rs`) and content rendered here by
//! `model::render`, the app's own renderer, from D1 (`content.rs`). The app then keeps this
//! content (`app/src/adopt.rs`). Plain string templating: workers-rs has no HTMLRewriter.
//!
//! [`serve`] does three things: it chooses the language, assembles the page, and answers
//! (an `ETag`, 304 for a current copy, the language cookie where `?lang=` chose).

mod content;
mod head;
pub mod view;

use crate::caching::{if_none_match, IfNoneMatch};
use crate::error::ApiError;
use crate::words::PageWords;
use crate::{assets, storage};
use model::html;
use model::lang::Lang;
use model::page_language::Chosen;
use model::shell::{Shell, CONTENT_MARK, HEAD_MARK, SENT};
use view::View;
use worker::{Env, Request, Response, Url};

/// The page for `view`, in the language of `?lang=`, else the kept choice, else the browser's.
/// `mail_on`: whether the site sends mail (the form then offers a mail once placed).
pub async fn serve(
    req: &Request,
    env: &Env,
    view: View,
    mail_on: bool,
) -> Result<Response, ApiError> {
    let url = req.url()?;
    let chosen = Chosen::for_request(
        url.query().unwrap_or_default(),
        &header(req, "Cookie").unwrap_or_default(),
        header(req, "Accept-Language").as_deref(),
        &Lang::ALL,
    );
    let page = assemble(env, &url, &view, chosen.lang, mail_on).await?;
    answer(req, page).await
}

fn header(req: &Request, name: &str) -> Option<String> {
    req.headers().get(name).ok().flatten()
}

/// A page, assembled: its HTML, its status and the shell's headers.
struct Assembled {
    html: String,
    status: u16,
    lang: Lang,
    shell_headers: Vec<(String, String)>,
}

/// The shell of `lang` with the head and the content of `view` in it.
async fn assemble(
    env: &Env,
    url: &Url,
    view: &View,
    lang: Lang,
    mail_on: bool,
) -> Result<Assembled, ApiError> {
    let shell_kind = match view {
        View::Form => Shell::Form,
        View::App(_) => Shell::App,
    };
    let shell = assets::shell(env, shell_kind, lang).await?;
    let words = PageWords::load(env, lang).await?;
    let db = storage::database(env)?;
    let page = content::render(
        &words,
        &db,
        &crate::clock::freshness(env),
        mail_on,
        view,
        url,
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
    let sent_for = html!("{sent}=\"{path}\">", sent = SENT, path = url.path());
    let html = shell
        .html
        .replacen(HEAD_MARK, head.as_str(), 1)
        .replacen(&format!("{SENT}>"), sent_for.as_str(), 1)
        .replacen(CONTENT_MARK, page.main.as_str(), 1);
    Ok(Assembled {
        html,
        status: page.status,
        lang,
        shell_headers: shell.headers,
    })
}

/// The answer: the page (or 304 for a copy with its `ETag`), the shell's security headers and
/// the language. Never the language cookie: only the switcher sets it (`language_pick.rs`).
async fn answer(req: &Request, page: Assembled) -> Result<Response, ApiError> {
    let etag = format!("\"s{}\"", etag_of(&page.html).await?);
    let current = if_none_match(&header(req, "If-None-Match").unwrap_or_default(), &etag);
    // `*` does not count here: a page always exists, and a reload wants its body.
    let mut response = if current == IfNoneMatch::ThisVersion {
        Response::empty()?.with_status(304)
    } else {
        Response::from_html(page.html)?.with_status(page.status)
    };
    let headers = response.headers_mut();
    for (name, value) in &page.shell_headers {
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
    headers.set(model::headers::CONTENT_LANGUAGE, page.lang.code())?;
    headers.set("Vary", "Accept-Language, Cookie")?;
    Ok(response)
}

/// A short hash of the page (SHA-256, 16 hex digits): a revalidation of an unchanged page
/// (the service worker's install, a reload) costs no body.
async fn etag_of(html: &str) -> Result<String, ApiError> {
    Ok(model::hex::hex(
        &crate::crypto::sha256(html.as_bytes()).await?[..8],
    ))
}
