//! The API contract as an OpenAPI 3.1 document, served at `/api/openapi.json`. The schemas
//! come from the `model` types (utoipa's `ToSchema`); the operations are described in
//! `operations.rs`, one function each; `constraints.rs` then adds what the Rust types cannot
//! say: every rule the code enforces (lengths, patterns, enums, cross-field rules), examples
//! and `servers`; `refusals.rs` every refusal each operation can answer with, and `security`. Tests prove the
//! operations are exactly the routes `routes/mod.rs` registers and the patterns are the rules.
// Natively only the tests use the document (they keep worker/openapi.json current); the
// Worker serves that file.
#![allow(dead_code)]

mod constraints;
mod editors;
mod freshness;
mod needs;
mod network_needs;
mod operations;
mod patterns;
mod places;
mod refusals;
mod report;

use editors::*;
use freshness::*;
use model::audit::AuditEntry;
use model::coordination::{Page, Registration};
use model::feedback::Feedback;
use model::{Code, Problem};
use network_needs::*;
use operations::*;
use report::*;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

/// The answer to an accepted registration or barrier report.
#[derive(ToSchema)]
#[allow(dead_code)] // documentation only: the handler writes `{"id": …}` itself
pub struct Created {
    /// The id of what was stored (a UUID).
    id: String,
}

/// The answer to an accepted registration.
#[derive(ToSchema)]
#[allow(dead_code)] // documentation only: the handler writes it itself
pub struct Accepted {
    /// The id of the registration (a UUID).
    id: String,
    /// `true` when mail is switched on: the volunteer gets a mail with their personal link
    /// and confirms with it.
    mail: Option<bool>,
    /// With mail: the token for `POST /api/anmeldung/erneut` (the mail again), which opens
    /// nothing else.
    resend: Option<String>,
    /// Without mail: the volunteer's personal link, `/anmeldung#<token>` (there is no other
    /// way to deliver it).
    link: Option<String>,
    /// With mail: by when the confirmation mail is expected (ISO 8601, UTC); later while a
    /// limit holds it back (3 confirmations a day per mailbox, the daily cap of all mail).
    expected_by: Option<String>,
}

/// The answer to renewing the personal link.
#[derive(ToSchema)]
#[allow(dead_code)] // documentation only: the handler writes it itself
pub struct Renewed {
    /// `true`: the new link goes by mail.
    mail: Option<bool>,
    /// With mail: by when it is expected (ISO 8601, UTC).
    expected_by: Option<String>,
    /// Without mail: the new personal link, `/anmeldung#<token>`.
    link: Option<String>,
}

/// The answer to asking for the confirmation mail again.
#[derive(ToSchema)]
#[allow(dead_code)] // documentation only: the handler writes it itself
pub struct Resent {
    queued: bool,
    /// By when the mail is expected (ISO 8601, UTC).
    expected_by: String,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Netzwerkkarte Ehrenamt Braunschweig",
        version = "1",
        description = "Public directory of volunteer networks by Stadtbezirk, volunteer registrations, reports of accessibility barriers, and the coordinators' API.\n\nErrors are RFC 9457 problem+json with German texts. A 422 breaks a rule this document states; a 409 conflicts with the data as it is now. Both name the fields: `errors` (field → German message) and `codes` (field → stable code, see `FieldErrorCode`).\n\nEvery endpoint that takes JSON answers 413 (over its limit), then 415 (not `application/json`), then 400 (not JSON), then 422.",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2"),
    ),
    paths(
        health, openapi_document, districts, networks, network, create_registration,
        create_feedback, sign_in, current_session, sign_out,
        search_registrations, export_registrations, update_registration, delete_registration,
        audit_log, retention_runs, list_feedback, update_feedback, delete_feedback,
        list_networks, create_network, update_network, confirm_network, archive_network,
        restore_network, needs, need, list_needs, create_need, update_need, update_need_status,
        delete_need, own_registration, correct_own_registration, confirm_own_registration,
        withdraw_own_registration, resend_confirmation, renew_own_link, confirm_own_address, end_registration_link,
        mail_settings, save_mail_settings, mail_failures,
        editor_sign_in, editor_area, editor_sign_out, editor_request_link, editor_accept_terms,
        editor_confirm, editor_propose, editor_history, list_editors, create_editor, erase_editor,
        new_editor_link, proposal_queue, decide_proposal, network_revisions, restore_revision,
        create_claim, create_suggestion, confirm_by_link, list_network_requests,
        decide_network_request, erase_network_request, freshness_list, editor_needs,
        editor_post_need, editor_change_need, editor_edit_need, editor_mark_answer, needs_trust,
        need_proposal_queue, decide_need_proposal, withdraw_network_contact, report,
        report_document, report_csv, publish_report, published_reports, reports, published_report,
        published_report_csv
    ),
    components(schemas(Created, Accepted, Resent, Renewed, Problem, Code, Page<Registration>, Page<AuditEntry>, Page<Feedback>)),
    modifiers(&BearerToken),
    tags((name = "public", description = "No sign-in"), (name = "volunteer", description = "A volunteer's own registration, opened with the token of their personal link (no account)"), (name = "sign-in", description = "The coordinators' sign-in: the token, once, for a session cookie"), (name = "coordinators", description = "A coordinator's session cookie, or the bearer token"), (name = "editor-sign-in", description = "A network editor's sign-in: the token of a link, once, for a session cookie"), (name = "editors", description = "A network editor's session cookie (`netzwerk-sitzung`): only their own networks"))
)]
pub struct ApiDoc;

/// Every coordinators' operation needs the bearer token; public ones say `security: []`
/// (`refusals.rs`).
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "coordinator",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("sitzung"))),
        );
        components.add_security_scheme(
            "editor-session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("netzwerk-sitzung"))),
        );
    }
}

/// The document as pretty JSON, as `worker/openapi.json` holds it.
pub fn document() -> String {
    let mut document =
        serde_json::to_value(ApiDoc::openapi()).expect("the document serialises to JSON");
    constraints::apply(&mut document);
    needs::apply(&mut document);
    editors::apply(&mut document);
    freshness::apply(&mut document);
    network_needs::apply(&mut document);
    report::apply(&mut document);
    refusals::apply(&mut document);
    serde_json::to_string_pretty(&document).expect("JSON serialises") + "\n"
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

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

    fn operations(document: &Value) -> Vec<(String, &Value)> {
        let paths = document["paths"].as_object().expect("paths");
        paths
            .iter()
            .flat_map(|(path, item)| {
                let item = item.as_object().expect("a path item");
                item.iter()
                    .map(move |(method, operation)| (format!("{method} {path}"), operation))
            })
            .collect()
    }

    #[test]
    fn every_operation_has_a_summary_security_and_its_refusals() {
        let document: Value = serde_json::from_str(&super::document()).unwrap();
        assert_eq!(document["servers"][0]["url"], "/");
        for (name, operation) in operations(&document) {
            assert!(operation["summary"].is_string(), "{name}: summary");
            let security = operation["security"].as_array().expect("security");
            // The sign-in needs no session or token: it is where they come from; a volunteer
            // has the token of their link in the body.
            let public = matches!(
                operation["tags"][0].as_str(),
                Some("public" | "sign-in" | "volunteer" | "editor-sign-in")
            );
            assert_eq!(security.is_empty(), public, "{name}: security");
            let responses = operation["responses"].as_object().unwrap();
            if !public {
                assert!(responses.contains_key("401"), "{name}: 401");
            }
            if operation.get("requestBody").is_some() {
                for status in ["400", "413", "415", "422"] {
                    assert!(responses.contains_key(status), "{name}: {status}");
                }
            }
            for (status, response) in responses {
                if status.starts_with('4') || status.starts_with('5') {
                    let content = response["content"].as_object().expect("content");
                    assert!(
                        content.contains_key("application/problem+json")
                            || name == "get /api/health",
                        "{name} {status}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_examples_pass_the_rules() {
        use model::coordination::{NetworkInput, RegistrationPatch};
        use model::search::RegistrationSearch;
        let document: Value = serde_json::from_str(&super::document()).unwrap();
        let example = |name: &str| document["components"]["schemas"][name]["examples"][0].clone();
        let registration = model::RegistrationInput::from_json(&example("RegistrationInput"));
        assert_eq!(registration.unwrap().validate(), Ok(()));
        let network: NetworkInput = serde_json::from_value(example("NetworkInput")).unwrap();
        let id = network.slug_or_derived();
        assert!(network
            .into_network(id, "2026-11-25T00:00:00Z".into(), None)
            .is_ok());
        let patch: RegistrationPatch =
            serde_json::from_value(example("RegistrationPatch")).unwrap();
        assert_eq!(patch.validate(), Ok(()));
        let search: RegistrationSearch =
            serde_json::from_value(example("RegistrationSearch")).unwrap();
        assert_eq!(search.validate(), Ok(()));
        let feedback = model::FeedbackInput::from_json(&example("FeedbackInput"));
        assert_eq!(feedback.unwrap().validate(), Ok(()));
        let status: model::feedback::FeedbackPatch =
            serde_json::from_value(example("FeedbackPatch")).unwrap();
        assert_eq!(status.status, model::feedback::FeedbackStatus::InProgress);
    }

    #[test]
    fn every_field_error_code_is_declared() {
        let document: Value = serde_json::from_str(&super::document()).unwrap();
        let declared = &document["components"]["schemas"]["FieldErrorCode"]["enum"];
        let declared: Vec<&str> = declared
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let all: Vec<&str> = model::Code::ALL.iter().map(|c| c.key()).collect();
        assert_eq!(declared, all);
        let codes = &document["components"]["schemas"]["Problem"]["properties"]["codes"];
        assert_eq!(
            codes["additionalProperties"]["$ref"],
            "#/components/schemas/FieldErrorCode"
        );
    }
}
