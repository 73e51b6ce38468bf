//! The API contract as an OpenAPI 3.1 document, served at `/api/openapi.json`. The schemas
//! come from the `model` types (utoipa's `ToSchema`); the operations are described here, one
//! function each, and a test proves they are exactly the routes `routes/mod.rs` registers.
// The functions below only carry the description of each operation.
#![allow(dead_code)]

use model::coordination::{
    AdminNetwork, AuditEntry, NetworkInput, Page, Registration, RegistrationPatch, RetentionRun,
};
use model::{District, Health, Network, Problem, RegistrationInput};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

/// The answer to an accepted registration.
#[derive(ToSchema)]
#[allow(dead_code)] // documentation only: the handler writes `{"id": …}` itself
pub struct Created {
    /// The registration's id (a UUID).
    id: String,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Netzwerkkarte Ehrenamt Braunschweig",
        version = "1",
        description = "Public directory of volunteer networks by Stadtbezirk, volunteer registrations, and the coordinators' API. Errors are RFC 9457 problem+json with German texts; `errors` names the fields."
    ),
    paths(
        health, districts, networks, network, create_registration, openapi_document,
        list_registrations, export_registrations, update_registration, delete_registration, audit_log,
        retention_runs,
        list_networks, create_network, update_network, confirm_network, archive_network,
        restore_network
    ),
    components(schemas(Created, Problem, Page<Registration>, Page<AuditEntry>)),
    modifiers(&BearerToken),
    tags((name = "public", description = "No sign-in"), (name = "coordinators", description = "Bearer token of a coordinator"))
)]
pub struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "coordinator",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The document as pretty JSON, as `worker/openapi.json` holds it.
pub fn document() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .expect("the document serialises")
        + "\n"
}

#[cfg(test)]
mod tests {
    /// `UPDATE_OPENAPI=1 cargo test -p netzwerkkarte-worker openapi` writes the file anew.
    #[test]
    fn the_served_openapi_json_is_the_generated_document() {
        let generated = super::document();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json");
        if std::env::var_os("UPDATE_OPENAPI").is_some() {
            std::fs::write(path, &generated).expect("writing worker/openapi.json");
        }
        assert!(
            generated == crate::routes::OPENAPI_JSON,
            "worker/openapi.json is out of date: run `UPDATE_OPENAPI=1 cargo test -p netzwerkkarte-worker openapi`"
        );
    }
}

#[utoipa::path(get, path = "/api/health", tag = "public", responses(
    (status = 200, description = "The Worker and D1 answer", body = Health),
    (status = 503, description = "D1 does not answer", body = Health),
))]
fn health() {}

#[utoipa::path(get, path = "/api/districts", tag = "public",
    params(("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier answer")),
    responses(
        (status = 200, description = "The 12 Stadtbezirke with shapes and network counts", body = Vec<District>),
        (status = 304, description = "The copy with this ETag is current"),
        (status = 503, description = "D1 does not answer", body = Problem, content_type = "application/problem+json"),
))]
fn districts() {}

#[utoipa::path(get, path = "/api/networks", tag = "public",
    params(
        ("district" = Option<u16>, Query, description = "A Stadtbezirk's number: its networks and the city-wide ones"),
        ("activity" = Option<String>, Query, description = "An activity key, e.g. `beratung`"),
        ("language" = Option<String>, Query, description = "A language code, e.g. `ar`"),
        ("q" = Option<String>, Query, description = "Free text, at most 100 characters"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier answer"),
    ),
    responses(
        (status = 200, description = "Public networks matching the filter", body = Vec<Network>),
        (status = 304, description = "The copy with this ETag is current"),
        (status = 422, description = "A filter value is not valid; `errors` names it", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "D1 does not answer", body = Problem, content_type = "application/problem+json"),
))]
fn networks() {}

#[utoipa::path(get, path = "/api/networks/{slug}", tag = "public",
    params(
        ("slug" = String, Path, description = "The network's address, e.g. `refugium-fluechtlingshilfe`"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier answer"),
    ),
    responses(
        (status = 200, description = "One public network", body = Network),
        (status = 304, description = "The copy with this ETag is current"),
        (status = 404, description = "No public network has this address", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "D1 does not answer", body = Problem, content_type = "application/problem+json"),
))]
fn network() {}

#[utoipa::path(post, path = "/api/registrations", tag = "public",
    params(("Idempotency-Key" = String, Header, description = "One key per filled-in form (8–128 of A–Z a–z 0–9 - _ . :); a retry with it never stores twice")),
    request_body(content = RegistrationInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Stored", body = Created),
        (status = 200, description = "Stored before under this key: the same id", body = Created),
        (status = 400, description = "No valid Idempotency-Key, or the body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 16 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix, named in `errors`; or the key was used for another form", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many registrations from this client; see Retry-After", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "D1 does not answer, or the rate limit's secret is missing", body = Problem, content_type = "application/problem+json"),
))]
fn create_registration() {}

#[utoipa::path(get, path = "/api/openapi.json", tag = "public", responses(
    (status = 200, description = "This document", content_type = "application/json", body = Object),
))]
fn openapi_document() {}

#[utoipa::path(get, path = "/api/admin/registrations", tag = "coordinators", security(("coordinator" = [])),
    params(
        ("status" = Option<String>, Query, description = "new, contacted, placed or closed"),
        ("district" = Option<u16>, Query), ("network" = Option<String>, Query),
        ("from" = Option<String>, Query, description = "YYYY-MM-DD"), ("to" = Option<String>, Query, description = "YYYY-MM-DD"),
        ("q" = Option<String>, Query, description = "Free text, at most 100 characters"),
        ("page" = Option<u32>, Query), ("per_page" = Option<u32>, Query),
    ),
    responses(
        (status = 200, description = "One page of registrations, newest first", body = Page<Registration>),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A filter value is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "D1 does not answer", body = Problem, content_type = "application/problem+json"),
))]
fn list_registrations() {}

#[utoipa::path(get, path = "/api/admin/registrations.csv", tag = "coordinators", security(("coordinator" = [])),
    params(
        ("status" = Option<String>, Query), ("district" = Option<u16>, Query), ("network" = Option<String>, Query),
        ("from" = Option<String>, Query), ("to" = Option<String>, Query), ("q" = Option<String>, Query),
    ),
    responses(
        (status = 200, description = "The filtered registrations as CSV for German Excel (UTF-8 BOM, `;`)", content_type = "text/csv", body = String),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A filter value is not valid", body = Problem, content_type = "application/problem+json"),
))]
fn export_registrations() {}

#[utoipa::path(patch, path = "/api/admin/registrations/{id}", tag = "coordinators", security(("coordinator" = [])),
    params(("id" = String, Path)),
    request_body(content = RegistrationPatch, content_type = "application/json"),
    responses(
        (status = 200, description = "The changed registration", body = Registration),
        (status = 400, description = "The body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such registration", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json"),
))]
fn update_registration() {}

#[utoipa::path(delete, path = "/api/admin/registrations/{id}", tag = "coordinators", security(("coordinator" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 204, description = "Erased"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such registration", body = Problem, content_type = "application/problem+json"),
))]
fn delete_registration() {}

#[utoipa::path(get, path = "/api/admin/audit", tag = "coordinators", security(("coordinator" = [])),
    params(("page" = Option<u32>, Query), ("per_page" = Option<u32>, Query)),
    responses(
        (status = 200, description = "One page of the audit log, newest first", body = Page<AuditEntry>),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A paging value is not valid", body = Problem, content_type = "application/problem+json"),
))]
fn audit_log() {}

#[utoipa::path(get, path = "/api/admin/retention-runs", tag = "coordinators", security(("coordinator" = [])),
    responses(
        (status = 200, description = "The retention job's latest runs (at most 100), newest first: when, how many registrations it deleted, and its error if it failed", body = Vec<RetentionRun>),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
))]
fn retention_runs() {}

#[utoipa::path(get, path = "/api/admin/networks", tag = "coordinators", security(("coordinator" = [])),
    responses(
        (status = 200, description = "Every network, archived ones too", body = Vec<AdminNetwork>),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
))]
fn list_networks() {}

#[utoipa::path(post, path = "/api/admin/networks", tag = "coordinators", security(("coordinator" = [])),
    request_body(content = NetworkInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created", body = Network),
        (status = 400, description = "The body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json"),
))]
fn create_network() {}

#[utoipa::path(put, path = "/api/admin/networks/{id}", tag = "coordinators", security(("coordinator" = [])),
    params(("id" = String, Path)),
    request_body(content = NetworkInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Saved", body = Network),
        (status = 400, description = "The body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such network", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json"),
))]
fn update_network() {}

#[utoipa::path(post, path = "/api/admin/networks/{id}/confirm", tag = "coordinators", security(("coordinator" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "Confirmed today", body = Network),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such network", body = Problem, content_type = "application/problem+json"),
))]
fn confirm_network() {}

#[utoipa::path(post, path = "/api/admin/networks/{id}/archive", tag = "coordinators", security(("coordinator" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "Archived: no longer public", body = Network),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such network", body = Problem, content_type = "application/problem+json"),
))]
fn archive_network() {}

#[utoipa::path(post, path = "/api/admin/networks/{id}/restore", tag = "coordinators", security(("coordinator" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "Restored: public again (a network that was not archived stays as it is)", body = Network),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such network", body = Problem, content_type = "application/problem+json"),
))]
fn restore_network() {}
