//! The operations of the networks' editors and of the coordinators' side of them (accesses,
//! the review queue, revisions), one function each, and their refusals.

use model::editor::entry::EntryFields;
use model::editor::proposal::{Decision, OwnProposal, ProposalReview, Revision};
use model::editor::{
    EditorArea, EditorInput, EditorSignIn, EditorView, IssuedLink, LinkAnswer, LinkRequest,
    TermsAcceptance,
};
use model::Network;
use serde_json::{json, Value};

/// An editor signs in with the token of their link (from the page's fragment); the link is
/// used up.
#[utoipa::path(post, path = "/api/netzwerk/session", tag = "editor-sign-in",
    request_body(content = EditorSignIn, content_type = "application/json"),
    responses((status = 204, description = "Signed in: the editors' session cookie is set (`netzwerk-sitzung`, on `/api/netzwerk` only)")),
)]
pub fn editor_sign_in() {}

/// The signed-in editor's area: the terms, and their networks as the public sees them, with
/// their proposals.
#[utoipa::path(get, path = "/api/netzwerk/session", tag = "editors", responses(
    (status = 200, description = "The area", body = EditorArea),
))]
pub fn editor_area() {}

/// The editor signs out.
#[utoipa::path(delete, path = "/api/netzwerk/session", tag = "editors", responses(
    (status = 204, description = "Signed out; the cookie is cleared"),
))]
pub fn editor_sign_out() {}

/// An editor asks for a sign-in link, valid 30 minutes, by mail. The answer is the same
/// whether the address has an access or not.
#[utoipa::path(post, path = "/api/netzwerk/link", tag = "editor-sign-in",
    request_body(content = LinkRequest, content_type = "application/json"),
    responses((status = 202, description = "If the address has an access and mail is on, a link is on its way; the same answer for every address", body = LinkAnswer)),
)]
pub fn editor_request_link() {}

/// The editor accepts the current terms (before their first change).
#[utoipa::path(post, path = "/api/netzwerk/terms", tag = "editors",
    request_body(content = TermsAcceptance, content_type = "application/json"),
    responses((status = 204, description = "Accepted, with the date and version")),
)]
pub fn editor_accept_terms() {}

/// "Alles stimmt noch": the editor confirms their network's entry today.
#[utoipa::path(post, path = "/api/netzwerk/networks/{id}/confirm", tag = "editors",
    params(("id" = String, Path, description = "The id of one of the editor's networks")),
    responses((status = 200, description = "Confirmed by the network", body = Network)),
)]
pub fn editor_confirm() {}

/// The editor proposes a change to their network's entry; it waits for review.
#[utoipa::path(post, path = "/api/netzwerk/networks/{id}/proposals", tag = "editors",
    params(("id" = String, Path, description = "The id of one of the editor's networks")),
    request_body(content = EntryFields, content_type = "application/json"),
    responses((status = 201, description = "Waiting for review", body = OwnProposal)),
)]
pub fn editor_propose() {}

/// The accepted states of one of the editor's networks, newest first.
#[utoipa::path(get, path = "/api/netzwerk/networks/{id}/revisions", tag = "editors",
    params(("id" = String, Path, description = "The id of one of the editor's networks")),
    responses((status = 200, description = "The revisions", body = Vec<Revision>)),
)]
pub fn editor_history() {}

/// Every network editor's access.
#[utoipa::path(get, path = "/api/admin/editors", tag = "coordinators", responses(
    (status = 200, description = "The accesses, by name", body = Vec<EditorView>),
))]
pub fn list_editors() {}

/// A new access for a network's editor, with its invitation (7 days, once).
#[utoipa::path(post, path = "/api/admin/editors", tag = "coordinators",
    request_body(content = EditorInput, content_type = "application/json"),
    responses((status = 201, description = "Given: with mail on the invitation went by mail; with mail off `link` carries it, once", body = IssuedLink)),
)]
pub fn create_editor() {}

/// Ends an access and erases it, with its sessions, links and waiting mail.
#[utoipa::path(delete, path = "/api/admin/editors/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The access's id")),
    responses((status = 204, description = "Ended and erased")),
)]
pub fn erase_editor() {}

/// A new sign-in link (30 minutes, once) for an access.
#[utoipa::path(post, path = "/api/admin/editors/{id}/link", tag = "coordinators",
    params(("id" = String, Path, description = "The access's id")),
    responses((status = 201, description = "Made: by mail, or in `link` once", body = IssuedLink)),
)]
pub fn new_editor_link() {}

/// The review queue: every waiting proposal, field by field, oldest first.
#[utoipa::path(get, path = "/api/admin/proposals", tag = "coordinators", responses(
    (status = 200, description = "The waiting proposals", body = Vec<ProposalReview>),
))]
pub fn proposal_queue() {}

/// Accept a proposal (all or chosen fields) or decline it with a reason.
#[utoipa::path(post, path = "/api/admin/proposals/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The proposal's id")),
    request_body(content = Decision, content_type = "application/json"),
    responses((status = 200, description = "Decided", body = ProposalReview)),
)]
pub fn decide_proposal() {}

/// A network's revisions, newest first.
#[utoipa::path(get, path = "/api/admin/networks/{id}/revisions", tag = "coordinators",
    params(("id" = String, Path, description = "The network's id")),
    responses((status = 200, description = "The revisions", body = Vec<Revision>)),
)]
pub fn network_revisions() {}

/// Restore an earlier revision of a network (itself a new revision).
#[utoipa::path(post, path = "/api/admin/networks/{id}/revisions/{number}/restore", tag = "coordinators",
    params(
        ("id" = String, Path, description = "The network's id"),
        ("number" = u32, Path, description = "The revision's number"),
    ),
    responses((status = 200, description = "Restored: the entry as it now is", body = Network)),
)]
pub fn restore_revision() {}

/// The editors' operations' refusals: (method, path, statuses, body limit).
pub const REFUSALS: [(&str, &str, &[u16], usize); 16] = {
    use crate::routes::limits::DECISION_BODY_BYTES as S;
    use crate::routes::limits::{EDITOR_BODY_BYTES as E, NETWORK_BODY_BYTES as N};
    [
        (
            "post",
            "/api/netzwerk/session",
            &[400, 401, 403, 413, 415, 422, 503],
            E,
        ),
        ("get", "/api/netzwerk/session", &[401, 503], 0),
        ("delete", "/api/netzwerk/session", &[401, 403, 503], 0),
        (
            "post",
            "/api/netzwerk/link",
            &[400, 403, 413, 415, 422, 429, 503],
            E,
        ),
        (
            "post",
            "/api/netzwerk/terms",
            &[400, 401, 403, 413, 415, 422, 503],
            E,
        ),
        (
            "post",
            "/api/netzwerk/networks/{id}/confirm",
            &[401, 403, 404, 409, 503],
            0,
        ),
        (
            "post",
            "/api/netzwerk/networks/{id}/proposals",
            &[400, 401, 403, 404, 409, 413, 415, 422, 503],
            N,
        ),
        (
            "get",
            "/api/netzwerk/networks/{id}/revisions",
            &[401, 404, 503],
            0,
        ),
        ("get", "/api/admin/editors", &[401, 503], 0),
        (
            "post",
            "/api/admin/editors",
            &[400, 401, 409, 413, 415, 422, 503],
            E,
        ),
        ("delete", "/api/admin/editors/{id}", &[401, 404, 503], 0),
        ("post", "/api/admin/editors/{id}/link", &[401, 404, 503], 0),
        ("get", "/api/admin/proposals", &[401, 503], 0),
        (
            "post",
            "/api/admin/proposals/{id}",
            &[400, 401, 404, 409, 413, 415, 422, 503],
            S,
        ),
        (
            "get",
            "/api/admin/networks/{id}/revisions",
            &[401, 404, 503],
            0,
        ),
        (
            "post",
            "/api/admin/networks/{id}/revisions/{number}/restore",
            &[401, 404, 409, 503],
            0,
        ),
    ]
};

/// The editors' rules in the document, as the code checks them (`model::editor`): run after
/// `constraints::apply`, whose network rules the proposal's fields share.
pub fn apply(doc: &mut Value) {
    use super::patterns as p;
    use model::validate::Text::{Line, Lines};
    use model::validate::{EMAIL_MAX_CHARS, SLUG_MAX_CHARS};
    let schemas = &mut doc["components"]["schemas"];
    let email = json!({ "type": "string", "maxLength": EMAIL_MAX_CHARS, "pattern": p::email() });
    let input = &mut schemas["EditorInput"];
    input["properties"]["name"] = json!({ "type": "string", "maxLength": model::editor::NAME_CHARS.1,
        "pattern": p::text_of_at_least(model::editor::NAME_CHARS.0, Line) });
    input["properties"]["email"] = email.clone();
    input["properties"]["networks"] = json!({ "type": "array", "minItems": 1,
        "maxItems": model::editor::MAX_NETWORKS, "uniqueItems": true,
        "items": { "type": "string", "minLength": 1, "maxLength": SLUG_MAX_CHARS, "pattern": p::slug() },
        "description": "The ids of the networks this person keeps (each must exist, else 409)." });
    input["additionalProperties"] = json!(false);
    schemas["LinkRequest"]["properties"]["email"] = email;
    schemas["LinkRequest"]["additionalProperties"] = json!(false);
    schemas["TermsAcceptance"]["properties"]["version"] =
        json!({ "type": "string", "const": model::editor::TERMS_VERSION });
    schemas["TermsAcceptance"]["additionalProperties"] = json!(false);
    schemas["EditorSignIn"]["additionalProperties"] = json!(false);
    // A proposal: the network's public fields, with the coordinators' rules.
    let network = schemas["NetworkInput"]["properties"].clone();
    let entry = &mut schemas["EntryFields"];
    for field in model::editor::entry::FIELDS {
        entry["properties"][field] = network[field].clone();
    }
    entry["additionalProperties"] = json!(false);
    schemas["Decision"] = json!({
        "oneOf": [
            { "type": "object", "additionalProperties": false, "required": ["decision"],
              "description": "Publish every field the editor changed, or only `fields` of them (none of those left: 409).",
              "properties": {
                "decision": { "type": "string", "const": "accept" },
                "fields": { "type": ["array", "null"], "minItems": 1,
                            "items": { "type": "string", "enum": model::editor::entry::FIELDS } } } },
            { "type": "object", "additionalProperties": false, "required": ["decision", "reason"],
              "description": "Decline, with a reason the editor reads.",
              "properties": {
                "decision": { "type": "string", "const": "decline" },
                "reason": { "type": "string", "maxLength": model::editor::proposal::REASON_MAX_CHARS,
                            "pattern": p::text_of_at_least(1, Lines) } } },
        ],
        "description": "A coordinator's decision on a proposal."
    });
}
