//! The operations of issue 33, one function each, and their refusals: networks post their own
//! needs and see the answers whose volunteers let them make contact; coordinators trust a
//! network's needs or review them; a volunteer takes the permission back.

use model::coordination::Registration;
use model::editor::needs::{
    NeedDecision, NeedEdit, NeedPosted, NeedProposalReview, NeedsTrust, OwnNeeds,
};
use model::need::answer::{FirstContactMark, NetworkAnswer};
use model::own::OwnRequest;
use model::{Need, NeedInput};
use serde_json::{json, Value};

/// The network's needs whose answers it still sees (open ones, ended ones for 30 days), each
/// with the answers whose volunteers let it contact them, and its proposals. Needs the
/// current terms.
#[utoipa::path(get, path = "/api/netzwerk/networks/{id}/needs", tag = "editors",
    params(("id" = String, Path, description = "The id of one of the editor's networks")),
    responses((status = 200, description = "The needs and proposals", body = OwnNeeds)),
)]
pub fn editor_needs() {}

/// A new need of the editor's network (its `network` is always the path's): online at once
/// for a trusted network, else waiting for review.
#[utoipa::path(post, path = "/api/netzwerk/networks/{id}/needs", tag = "editors",
    params(("id" = String, Path, description = "The id of one of the editor's networks")),
    request_body(content = NeedInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Online (`need`)", body = NeedPosted),
        (status = 202, description = "Waiting for review (`proposal`)", body = NeedPosted),
))]
pub fn editor_post_need() {}

/// A changed need of the editor's network: online at once for a trusted network, else
/// waiting for review (the need stays as it is until then).
#[utoipa::path(put, path = "/api/netzwerk/networks/{id}/needs/{need}", tag = "editors",
    params(("id" = String, Path, description = "The id of one of the editor's networks"),
           ("need" = String, Path, description = "The need's id")),
    request_body(content = NeedInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Online (`need`)", body = NeedPosted),
        (status = 202, description = "Waiting for review (`proposal`)", body = NeedPosted),
))]
pub fn editor_change_need() {}

/// Filled, closed, open again, or a new last day: at once, for every network.
#[utoipa::path(patch, path = "/api/netzwerk/networks/{id}/needs/{need}", tag = "editors",
    params(("id" = String, Path, description = "The id of one of the editor's networks"),
           ("need" = String, Path, description = "The need's id")),
    request_body(content = NeedEdit, content_type = "application/json"),
    responses((status = 200, description = "The need as it is now", body = Need)),
)]
pub fn editor_edit_need() {}

/// How the first contact with an answer stands; the first "Kontakt aufgenommen" tells a
/// volunteer who asked for news by mail.
#[utoipa::path(post, path = "/api/netzwerk/networks/{id}/answers/{answer}", tag = "editors",
    params(("id" = String, Path, description = "The id of one of the editor's networks"),
           ("answer" = String, Path, description = "The answer's id (its registration's)")),
    request_body(content = FirstContactMark, content_type = "application/json"),
    responses((status = 200, description = "The answer as the network sees it now", body = NetworkAnswer)),
)]
pub fn editor_mark_answer() {}

/// Whether the network's needs go online at once ("vertraut") or wait for review.
#[utoipa::path(put, path = "/api/admin/networks/{id}/needs-trust", tag = "coordinators",
    params(("id" = String, Path, description = "The network's id")),
    request_body(content = NeedsTrust, content_type = "application/json"),
    responses((status = 200, description = "As set", body = NeedsTrust)),
)]
pub fn needs_trust() {}

/// The needs and changes waiting for review, oldest first, field by field.
#[utoipa::path(get, path = "/api/admin/need-proposals", tag = "coordinators", responses(
    (status = 200, description = "The queue", body = Vec<NeedProposalReview>),
))]
pub fn need_proposal_queue() {}

/// Take a proposed need whole (under today's rules), or decline it with a reason.
#[utoipa::path(post, path = "/api/admin/need-proposals/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The proposal's id")),
    request_body(content = NeedDecision, content_type = "application/json"),
    responses((status = 200, description = "As decided", body = NeedProposalReview)),
)]
pub fn decide_need_proposal() {}

/// The volunteer takes back the permission for the network to contact them directly: its
/// view loses them at once.
#[utoipa::path(post, path = "/api/anmeldung/kontakt-zuruecknehmen", tag = "volunteer",
    request_body(content = OwnRequest, content_type = "application/json"),
    responses((status = 200, description = "The registration as it is now", body = Registration)),
)]
pub fn withdraw_network_contact() {}

/// The operations' refusals: (method, path, statuses, body limit).
pub const REFUSALS: [(&str, &str, &[u16], usize); 9] = {
    use crate::routes::limits::{
        DECISION_BODY_BYTES as D, NETWORK_BODY_BYTES as N, STATUS_BODY_BYTES as S,
    };
    [
        (
            "get",
            "/api/netzwerk/networks/{id}/needs",
            &[401, 404, 409, 503],
            0,
        ),
        (
            "post",
            "/api/netzwerk/networks/{id}/needs",
            &[400, 401, 403, 404, 409, 413, 415, 422, 503],
            N,
        ),
        (
            "put",
            "/api/netzwerk/networks/{id}/needs/{need}",
            &[400, 401, 403, 404, 409, 413, 415, 422, 503],
            N,
        ),
        (
            "patch",
            "/api/netzwerk/networks/{id}/needs/{need}",
            &[400, 401, 403, 404, 409, 413, 415, 422, 503],
            S,
        ),
        (
            "post",
            "/api/netzwerk/networks/{id}/answers/{answer}",
            &[400, 401, 403, 404, 409, 413, 415, 422, 503],
            S,
        ),
        (
            "put",
            "/api/admin/networks/{id}/needs-trust",
            &[400, 401, 404, 413, 415, 422, 503],
            S,
        ),
        ("get", "/api/admin/need-proposals", &[401, 503], 0),
        (
            "post",
            "/api/admin/need-proposals/{id}",
            &[400, 401, 404, 409, 413, 415, 422, 503],
            D,
        ),
        (
            "post",
            "/api/anmeldung/kontakt-zuruecknehmen",
            &[400, 404, 413, 415, 422, 503],
            model::own::MAX_BODY_BYTES,
        ),
    ]
};

/// What the Rust types cannot say.
pub fn apply(doc: &mut Value) {
    let schemas = &mut doc["components"]["schemas"];
    schemas["NeedEdit"]["additionalProperties"] = json!(false);
    schemas["NeedEdit"]["properties"]["valid_until"] = json!({ "type": ["string", "null"],
        "format": "date", "description": "The new last day (Europe/Berlin), today to six months ahead (else 409)." });
    schemas["NeedEdit"]["anyOf"] = json!([
        { "required": ["status"], "properties": { "status": { "not": { "type": "null" } } } },
        { "required": ["valid_until"], "properties": { "valid_until": { "type": "string" } } },
    ]);
    schemas["NeedEdit"]["description"] = json!("At least one of `status` and `valid_until`.");
    schemas["NeedsTrust"]["additionalProperties"] = json!(false);
    schemas["FirstContactMark"]["additionalProperties"] = json!(false);
    schemas["NeedDecision"] = json!({
        "oneOf": [
            { "type": "object", "additionalProperties": false, "required": ["decision"],
              "properties": { "decision": { "type": "string", "const": "accept" } } },
            { "type": "object", "additionalProperties": false, "required": ["decision", "reason"],
              "properties": {
                "decision": { "type": "string", "const": "decline" },
                "reason": { "type": "string", "maxLength": model::editor::proposal::REASON_MAX_CHARS,
                            "pattern": super::patterns::text_of_at_least(1, model::validate::Text::Lines) } } },
        ],
        "description": "A coordinator's decision on a proposed need: taken whole, or declined with a reason the editor sees."
    });
    let uuid = json!({ "type": "string", "format": "uuid" });
    let paths = &mut doc["paths"];
    for method in ["put", "patch"] {
        if let Some(parameters) =
            paths["/api/netzwerk/networks/{id}/needs/{need}"][method]["parameters"].as_array_mut()
        {
            for parameter in parameters.iter_mut().filter(|p| p["name"] == "need") {
                parameter["schema"] = uuid.clone();
            }
        }
    }
}
