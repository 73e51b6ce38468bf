//! The Cloudflare Worker: the JSON API under `/api/`, over D1.
//!
//! Static assets (`/`, `/assets/*`) never reach this code: Workers Static Assets serves them.
//! Every other path runs the Worker first (wrangler.toml `run_worker_first`): `/api/*` is the
//! JSON API, the pages rendered at build time (`/impressum`, `/datenschutz`, …) come in the
//! language asked for (`pages.rs`), a page navigation gets the app's `index.html`, anything
//! else a plain 404.
mod auth;
mod body;
mod caching;
#[cfg(test)]
mod config_vars;
mod error;
mod export;
mod headers;
#[cfg(not(target_arch = "wasm32"))]
mod openapi;
mod pages;
mod rate_limit;
mod retention;
mod routes;
mod storage;

pub use error::ApiError;
use worker::{event, Context, Env, Method, Request, Response, ScheduleContext, ScheduledEvent};

/// The Worker crate's version, reported by `/api/health`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    let path = req.path();
    if path.starts_with("/api/") || path == "/api" {
        return routes::handle(req, env).await;
    }
    if let Some((file, languages)) = pages::find(&path) {
        if matches!(req.method(), Method::Get | Method::Head) {
            return pages::serve(&req, &env, file, languages).await;
        }
    }
    if is_page_navigation(&req) {
        let assets = env.assets("ASSETS")?;
        let page = if let Some(page) = separate_app(&path) {
            // The registration form and the coordinators' area are
            // small apps of their own, so the map's first view carries neither.
            let mut url = req.url()?;
            url.set_path(page);
            url.set_query(None);
            assets.fetch(url.to_string(), None).await?
        } else {
            // An app route (/kontakt, /bezirk/130): the asset router's SPA fallback answers
            // with index.html, and the app's router takes over in the browser.
            assets.fetch_request(req).await?
        };
        // The page comes with the assets' headers (`_headers`: the security headers with its
        // inline script's hash). It revalidates; its hashed assets are cached for a year.
        let mut page = headers::mutable(page);
        page.headers_mut().set("Cache-Control", "no-cache")?;
        return Ok(page);
    }
    // Neither an asset nor a page navigation.
    let mut response = Response::error("Not Found", 404)?;
    headers::apply_common(response.headers_mut());
    Ok(response)
}

/// The page of a separately built app that serves `path`, if any.
fn separate_app(path: &str) -> Option<&'static str> {
    let under = |prefix: &str| path == prefix || path.starts_with(&format!("{prefix}/"));
    if under("/mitmachen") {
        Some("/register")
    } else if under("/koordination") {
        Some("/admin")
    } else {
        None
    }
}

/// A browser loading a page, rather than a script or an image. Browsers without
/// `Sec-Fetch-Mode` count when they ask for HTML.
fn is_page_navigation(req: &Request) -> bool {
    let header = |name: &str| req.headers().get(name).ok().flatten().unwrap_or_default();
    if !matches!(req.method(), Method::Get | Method::Head) {
        return false;
    }
    match header("Sec-Fetch-Mode").as_str() {
        "" => header("Accept").contains("text/html"),
        mode => mode == "navigate",
    }
}

/// The daily cron trigger: retention (see `retention.rs`).
#[event(scheduled)]
async fn scheduled(_event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    match retention::run(&env).await {
        Ok(deleted) => worker::console_log!(
            "retention: {} registrations and {} barrier reports deleted",
            deleted.registrations,
            deleted.feedback
        ),
        Err(error) => worker::console_error!("retention failed: {error:?}"),
    }
}
