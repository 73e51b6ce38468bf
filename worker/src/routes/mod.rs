//! The API's routes: one module per resource, registered here on the workers-rs `Router`.
//!
//! The table says of each route which kind of endpoint it is (`endpoint.rs`): public, or
//! signed in as a coordinator. Every handler returns `Result<Response, ApiError>`; [`Api`] turns
//! errors into problem+json, answers unknown paths with 404, and a known path with a method it
//! does not take (`QUERY`, `FOO` too: the workers-rs `Method` reads every unknown method as
//! GET) with 405 and `Allow`.

mod admin_editors;
mod admin_feedback;
mod admin_freshness;
mod admin_mail;
mod admin_need_proposals;
mod admin_needs;
mod admin_network_requests;
mod admin_networks;
mod admin_proposals;
mod admin_registrations;
mod admin_report;
mod admin_revisions;
mod admin_session;
mod audit;
mod contract;
mod districts;
mod editor_needs;
mod editor_networks;
mod editor_reminders;
mod editor_session;
pub mod endpoint;
mod feedback;
mod health;
pub mod idempotency;
mod intake;
pub mod limits;
mod needs;
mod network_requests;
mod networks;
mod own;
mod registrations;
mod reports;
mod retention;

use crate::auth::Principal;
use crate::background::Background;
use crate::error::ApiError;
use crate::headers;
use endpoint::{public, signed, Endpoint};
use model::session::Coordinator;
use std::future::Future;
use worker::{Env, Method, Request, Response, Router};

/// Builds the router for one request and runs it.
pub async fn handle(req: Request, env: Env, background: Background) -> worker::Result<Response> {
    api(background).run(req, env).await
}

/// The contract, generated from the Rust types by `openapi.rs` (natively; a test keeps the
/// file current). Only the tests read it here: the Worker serves the copy xtask puts among
/// the static files, so its 120 KB stay out of the wasm.
#[cfg(test)]
pub const OPENAPI_JSON: &str = include_str!("../../openapi.json");

/// Every route of the API, and whether it is public or for a signed-in coordinator.
fn api(background: Background) -> Api {
    Api::new(background)
        .get("/api/health", public(health::get))
        .get("/api/openapi.json", public(contract::document))
        .get("/api/districts", public(districts::list))
        .get("/api/networks", public(networks::list))
        .get("/api/networks/:slug", public(networks::get))
        .get("/api/needs", public(needs::list))
        .get("/api/reports", public(reports::list))
        .get("/api/reports/:period", public(reports::get))
        .get("/api/reports/:period/:table", public(reports::csv))
        .get("/api/needs/:slug", public(needs::get))
        .post("/api/registrations", public(registrations::create))
        .post("/api/feedback", public(feedback::create))
        .post("/api/claims", public(network_requests::claim))
        .post("/api/suggestions", public(network_requests::suggestion))
        .post("/api/anmeldung", public(own::show))
        .patch("/api/anmeldung", public(own::correct))
        .post("/api/anmeldung/bestaetigen", public(own::confirm))
        .post("/api/anmeldung/widerrufen", public(own::withdraw))
        .post("/api/anmeldung/erneut", public(own::resend))
        .post("/api/anmeldung/neuer-link", public(own::renew))
        .post("/api/anmeldung/adresse", public(own::confirm_address))
        .post(
            "/api/anmeldung/kontakt-zuruecknehmen",
            public(own::withdraw_contact),
        )
        // The networks' editors: signing in and asking for a link are public (where a link
        // becomes a session); everything else is for a signed-in editor.
        .post("/api/netzwerk/session", public(editor_session::sign_in))
        .get("/api/netzwerk/session", signed(editor_session::area))
        .delete("/api/netzwerk/session", signed(editor_session::sign_out))
        .post("/api/netzwerk/link", public(editor_session::request_link))
        .post("/api/netzwerk/terms", signed(editor_session::accept_terms))
        // A reminder's one-click link: its token is the credential, as a sign-in link's is.
        .post(
            "/api/netzwerk/stimmt-noch",
            public(editor_reminders::confirm),
        )
        .post(
            "/api/netzwerk/networks/:id/confirm",
            signed(editor_networks::confirm),
        )
        .post(
            "/api/netzwerk/networks/:id/proposals",
            signed(editor_networks::propose),
        )
        .get(
            "/api/netzwerk/networks/:id/revisions",
            signed(editor_networks::history),
        )
        .get(
            "/api/netzwerk/networks/:id/needs",
            signed(editor_needs::list),
        )
        .post(
            "/api/netzwerk/networks/:id/needs",
            signed(editor_needs::post),
        )
        .put(
            "/api/netzwerk/networks/:id/needs/:need",
            signed(editor_needs::change),
        )
        .patch(
            "/api/netzwerk/networks/:id/needs/:need",
            signed(editor_needs::edit),
        )
        .post(
            "/api/netzwerk/networks/:id/answers/:answer",
            signed(editor_needs::mark),
        )
        // The sign-in itself is public: it is where a token becomes a session.
        .post("/api/admin/session", public(admin_session::sign_in))
        .get("/api/admin/session", signed(admin_session::current))
        .delete("/api/admin/session", signed(admin_session::sign_out))
        .post(
            "/api/admin/registrations/search",
            signed(admin_registrations::search),
        )
        .post(
            "/api/admin/registrations/export",
            signed(admin_registrations::export),
        )
        .patch(
            "/api/admin/registrations/:id",
            signed(admin_registrations::update),
        )
        .delete(
            "/api/admin/registrations/:id",
            signed(admin_registrations::delete),
        )
        .post(
            "/api/admin/registrations/:id/link-beenden",
            signed(admin_registrations::end_link),
        )
        .get("/api/admin/report", signed(admin_report::show))
        .get("/api/admin/report/document", signed(admin_report::document))
        .get("/api/admin/report/csv", signed(admin_report::csv))
        .post("/api/admin/report/publish", signed(admin_report::publish))
        .get(
            "/api/admin/report/published",
            signed(admin_report::published),
        )
        .get("/api/admin/audit", signed(audit::log))
        .get("/api/admin/retention-runs", signed(retention::runs))
        .get("/api/admin/settings", signed(admin_mail::settings))
        .put("/api/admin/settings", signed(admin_mail::save))
        .get("/api/admin/mail-failures", signed(admin_mail::failures))
        .get("/api/admin/feedback", signed(admin_feedback::list))
        .patch("/api/admin/feedback/:id", signed(admin_feedback::update))
        .delete("/api/admin/feedback/:id", signed(admin_feedback::delete))
        .get("/api/admin/networks", signed(admin_networks::list))
        .get("/api/admin/freshness", signed(admin_freshness::list))
        .post("/api/admin/networks", signed(admin_networks::create))
        .put("/api/admin/networks/:id", signed(admin_networks::update))
        .post(
            "/api/admin/networks/:id/confirm",
            signed(admin_networks::confirm),
        )
        .post(
            "/api/admin/networks/:id/archive",
            signed(admin_networks::archive),
        )
        .post(
            "/api/admin/networks/:id/restore",
            signed(admin_networks::restore),
        )
        .put(
            "/api/admin/networks/:id/needs-trust",
            signed(admin_networks::trust),
        )
        .get(
            "/api/admin/networks/:id/revisions",
            signed(admin_revisions::list),
        )
        .post(
            "/api/admin/networks/:id/revisions/:number/restore",
            signed(admin_revisions::restore),
        )
        .get("/api/admin/editors", signed(admin_editors::list))
        .post("/api/admin/editors", signed(admin_editors::create))
        .delete("/api/admin/editors/:id", signed(admin_editors::erase))
        .post(
            "/api/admin/editors/:id/link",
            signed(admin_editors::new_link),
        )
        .get(
            "/api/admin/network-requests",
            signed(admin_network_requests::list),
        )
        .post(
            "/api/admin/network-requests/:id",
            signed(admin_network_requests::decide),
        )
        .delete(
            "/api/admin/network-requests/:id",
            signed(admin_network_requests::erase),
        )
        .get("/api/admin/proposals", signed(admin_proposals::queue))
        .post("/api/admin/proposals/:id", signed(admin_proposals::decide))
        .get(
            "/api/admin/need-proposals",
            signed(admin_need_proposals::queue),
        )
        .post(
            "/api/admin/need-proposals/:id",
            signed(admin_need_proposals::decide),
        )
        .get("/api/admin/needs", signed(admin_needs::list))
        .post("/api/admin/needs", signed(admin_needs::create))
        .put("/api/admin/needs/:id", signed(admin_needs::update))
        .patch("/api/admin/needs/:id", signed(admin_needs::set_status))
        .delete("/api/admin/needs/:id", signed(admin_needs::delete))
}

/// The workers-rs `Router`, plus the methods registered per path, to answer 405 with `Allow`.
struct Api {
    router: Router<'static, Background>,
    methods: matchit::Router<Vec<Method>>,
    /// (method, pattern, the signed-in principal's path or `None`) of every route, in order:
    /// the tests read it.
    table: Vec<(Method, &'static str, Option<&'static str>)>,
}

impl Api {
    fn new(background: Background) -> Self {
        let router = Router::with_data(background).or_else_any_method_async(
            "/api/*rest",
            |req, ctx| async move {
                // Unknown paths under /api/admin/ say nothing to someone who is not signed in.
                // (The refusal as it is: 401 with its reason, 429 for a client at its limit.)
                if req.path().starts_with("/api/admin/") {
                    if let Err(refused) = Coordinator::authenticate(&req, &ctx.env).await {
                        return Ok(refused.into_response());
                    }
                }
                Ok(ApiError::NotFound("Diese Schnittstelle gibt es nicht.".into()).into_response())
            },
        );
        Self {
            router,
            methods: matchit::Router::new(),
            table: Vec::new(),
        }
    }

    /// Registers a GET endpoint, which also answers HEAD.
    fn get(self, pattern: &'static str, endpoint: impl Endpoint) -> Self {
        self.route(Method::Get, pattern, endpoint)
            .route(Method::Head, pattern, endpoint)
    }

    fn post(self, pattern: &'static str, endpoint: impl Endpoint) -> Self {
        self.route(Method::Post, pattern, endpoint)
    }

    fn put(self, pattern: &'static str, endpoint: impl Endpoint) -> Self {
        self.route(Method::Put, pattern, endpoint)
    }

    fn patch(self, pattern: &'static str, endpoint: impl Endpoint) -> Self {
        self.route(Method::Patch, pattern, endpoint)
    }

    fn delete(self, pattern: &'static str, endpoint: impl Endpoint) -> Self {
        self.route(Method::Delete, pattern, endpoint)
    }

    /// Registers `endpoint` for one method; its errors become problem+json.
    fn route<E: Endpoint>(mut self, method: Method, pattern: &'static str, endpoint: E) -> Self {
        self.table.push((method.clone(), pattern, E::SIGNED));
        let wrapped = move |req, ctx| respond(endpoint.call(req, ctx));
        self.router = match method {
            Method::Head => self.router.head_async(pattern, wrapped),
            Method::Post => self.router.post_async(pattern, wrapped),
            Method::Put => self.router.put_async(pattern, wrapped),
            Method::Patch => self.router.patch_async(pattern, wrapped),
            Method::Delete => self.router.delete_async(pattern, wrapped),
            _ => self.router.get_async(pattern, wrapped),
        };
        self.allow(pattern, &[method])
    }

    fn allow(mut self, pattern: &'static str, methods: &[Method]) -> Self {
        if let Ok(found) = self.methods.at_mut(pattern) {
            found.value.extend_from_slice(methods);
        } else if self.methods.insert(pattern, methods.to_vec()).is_err() {
            // Only reachable through a typo in a constant pattern above, which the tests catch.
            worker::console_error!("conflicting route pattern {pattern}");
        }
        self
    }

    /// The methods `path` takes, when it is a route that does not take `method` (then the
    /// answer is 405 with `Allow`). Decided here, from the raw method and the one table of
    /// routes (static paths before parameters, as the Router matches), before any handler.
    fn refused_method(&self, method: &str, path: &str) -> Option<Vec<String>> {
        let allowed = self.methods.at(path).ok()?.value;
        let known = allowed.iter().any(|m| m.as_ref() == method);
        (!known).then(|| allowed.iter().map(|m| m.to_string()).collect())
    }

    async fn run(self, req: Request, env: Env) -> worker::Result<Response> {
        let path = req.path();
        let mut response = match self.refused_method(&req.inner().method(), &path) {
            Some(allow) => ApiError::MethodNotAllowed { allow }.into_response(),
            None => self.router.run(req, env).await?,
        };
        // Paths the catch-all cannot match (`/api`, `/api/`, dot segments resolved to them).
        if response.status_code() == 404 && !is_problem(&response) {
            response = ApiError::NotFound("Diese Adresse gibt es in der API nicht.".into())
                .into_response();
        }
        headers::apply_common(response.headers_mut());
        // Signed-in answers carry personal data: never cached, never indexed.
        if path.starts_with("/api/admin/") || path.starts_with("/api/netzwerk/") {
            headers::apply_admin(response.headers_mut());
        }
        Ok(response)
    }
}

fn is_problem(response: &Response) -> bool {
    response
        .headers()
        .get("Content-Type")
        .ok()
        .flatten()
        .is_some_and(|value| value.starts_with(model::problem::PROBLEM_CONTENT_TYPE))
}

/// Turns a handler's result into the Worker's response; errors become problem+json.
async fn respond(
    result: impl Future<Output = Result<Response, ApiError>>,
) -> worker::Result<Response> {
    Ok(result.await.unwrap_or_else(ApiError::into_response))
}

#[cfg(test)]
mod tests;
