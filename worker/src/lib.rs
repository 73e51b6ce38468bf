//! The Cloudflare Worker: the JSON API under `/api/`, over D1.
//!
//! Static assets (`/assets/*`, the service worker, the manifest) never reach this code:
//! Workers Static Assets serves them. Every other path runs the Worker first (wrangler.toml
//! `run_worker_first`): `/api/*` is the JSON API, the pages rendered at build time
//! (`/impressum`, `/datenschutz`, …) come in the language asked for (`pages.rs`), the app's
//! pages with their first screen rendered from D1 (`views/`), anything else a plain 404.
mod assets;
mod auth;
mod background;
mod body;
mod caching;
mod clock;
#[cfg(test)]
mod config_vars;
mod crypto;
mod error;
mod export;
mod figures_page;
mod headers;
mod language_pick;
mod mail;
#[cfg(not(target_arch = "wasm32"))]
mod openapi;
mod pages;
mod rate_limit;
mod reporting;
mod retention;
mod routes;
mod signing_key;

mod storage;
mod views;
mod words;

use worker::{event, Context, Env, Method, Request, Response, ScheduleContext, ScheduledEvent};

#[event(fetch)]
async fn fetch(req: Request, env: Env, ctx: Context) -> worker::Result<Response> {
    let path = req.path();
    if path.starts_with("/api/") || path == "/api" {
        return routes::handle(req, env, background::Background::new(ctx)).await;
    }
    if matches!(req.method(), Method::Get | Method::Head) {
        if let Some(response) = language_pick::answer(&req)? {
            return Ok(response);
        }
    }
    if let Some((file, languages)) = pages::find(&path) {
        if matches!(req.method(), Method::Get | Method::Head) {
            return pages::serve(&req, &env, file, languages).await;
        }
    }
    if matches!(req.method(), Method::Get | Method::Head) {
        if let Some(period) = figures_page::find(&path) {
            return match figures_page::serve(&req, &env, period).await {
                Ok(response) => Ok(response),
                Err(error) => Ok(error.into_response()),
            };
        }
        if is_area(&path, "/koordination") || is_area(&path, "/mein-netzwerk") {
            // The coordinators' area, and the networks' editors' (German and English), in one
            // small app of their own that is never part of the public first view; no data in
            // the page.
            let mut url = req.url()?;
            url.set_path("/admin");
            url.set_query(None);
            let page = env.assets("ASSETS")?.fetch(url.to_string(), None).await?;
            let mut page = headers::mutable(page);
            page.headers_mut().set("Cache-Control", "no-cache")?;
            return Ok(page);
        }
        if let Some(view) = views::view::find(&path) {
            return match views::serve(&req, &env, view, mail::enabled(&env)).await {
                Ok(response) => Ok(response),
                Err(error) => Ok(error.into_response()),
            };
        }
    }
    // Neither an asset nor a page.
    let mut response = Response::error("Not Found", 404)?;
    headers::apply_common(response.headers_mut());
    Ok(response)
}

/// `path` is the area at `root` or a page in it.
fn is_area(path: &str, root: &str) -> bool {
    path == root
        || path
            .strip_prefix(root)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// The cron trigger of the outbox (`mail.rs`): every 10 minutes.
pub const OUTBOX_CRON: &str = "*/10 * * * *";

/// The cron triggers: the outbox every 10 minutes (`mail/mod.rs`), the coordinators' digest
/// at 05:00 and 06:00 UTC (`mail/digest.rs`: it sends at 07:00 in Berlin), retention once a
/// day (`retention.rs`). Each run goes by the trigger's scheduled time, so a test can run a later
/// day through `/cdn-cgi/handler/scheduled?cron=…&time=…`.
#[event(scheduled)]
async fn scheduled(event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    if mail::digest::CRONS.contains(&event.cron().as_str()) {
        match mail::digest::run(&env, event.schedule()).await {
            Ok(Some(sent)) => worker::console_log!("digest: {sent} sent"),
            Ok(None) => worker::console_log!("digest: not 7 o'clock in Berlin, or mail is off"),
            Err(error) => worker::console_error!("digest failed: {error:?}"),
        }
        return;
    }
    if event.cron() == OUTBOX_CRON {
        match mail::run(&env, event.schedule()).await {
            Ok(run) => worker::console_log!("outbox: {} sent, {} not sent", run.sent, run.not_sent),
            Err(error) => worker::console_error!("outbox failed: {error:?}"),
        }
        match retention::erase_unconfirmed(&env, event.schedule()).await {
            Ok(erased) => worker::console_log!("{erased} unconfirmed registrations erased"),
            Err(error) => {
                worker::console_error!("erasing unconfirmed registrations failed: {error:?}")
            }
        }
        return;
    }
    match retention::run(&env).await {
        Ok(deleted) => worker::console_log!(
            "retention: {} registrations, {} barrier reports and {} audit entries deleted",
            deleted.registrations,
            deleted.feedback,
            deleted.audit
        ),
        Err(error) => worker::console_error!("retention failed: {error:?}"),
    }
    // The same daily trigger: reminders before entries go stale, by the trigger's day.
    match mail::reminders::run(&env, event.schedule()).await {
        Ok(reminded) => worker::console_log!("reminders: the editors of {reminded} entries"),
        Err(error) => worker::console_error!("reminders failed: {error:?}"),
    }
    // And the needs that ran out, counted for the report, by the trigger's day.
    let today = model::day::Day::in_berlin(event.schedule());
    let expired = match storage::database(&env) {
        Ok(db) => storage::report_counts::count_expired_needs(&db, today).await,
        Err(error) => Err(error),
    };
    if let Err(error) = expired {
        worker::console_error!("counting expired needs failed: {error:?}");
    }
}
