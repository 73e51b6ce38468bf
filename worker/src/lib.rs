//! The Cloudflare Worker: the JSON API under `/api/`, over D1.
//!
//! Static assets (the Leptos app) never reach this code: Workers Static Assets serves them and
//! answers page navigations with `index.html`. The Worker sees `/api/*` first, and any other
//! request only when no asset matched it.

mod error;
mod headers;
mod routes;
mod storage;

pub use error::ApiError;
use worker::{event, Context, Env, Request, Response};

/// The Worker crate's version, reported by `/api/health`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    if req.path().starts_with("/api/") || req.path() == "/api" {
        routes::handle(req, env).await
    } else {
        // Neither an asset nor a page navigation (the SPA fallback took those).
        let mut response = Response::error("Not Found", 404)?;
        headers::apply_common(response.headers_mut());
        Ok(response)
    }
}
