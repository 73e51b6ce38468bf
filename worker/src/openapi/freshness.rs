//! The operations of issue 32, one function each, and their refusals: organisations claim an
//! entry or suggest a network (public forms), coordinators work through them and see what goes
//! stale, and a reminder's one-click "Stimmt noch".

use model::editor::{ConfirmByLink, ConfirmedByLink};
use model::network::freshness::FreshnessItem;
use model::network_request::view::{NetworkRequest, RequestAccepted, RequestDecision};
use serde_json::{json, Value};
use utoipa::ToSchema;

/// The body of a claim ("Ist das Ihr Netzwerk? Zugang anfragen").
#[derive(ToSchema)]
#[allow(dead_code)] // documentation only: `RequestInput::claim_from_json` reads it
pub struct ClaimInput {
    network: String,
    name: String,
    role: String,
    email: String,
    phone: String,
    message: Option<String>,
    language: String,
    website: Option<String>,
}

/// The body of a suggestion ("Netzwerk vorschlagen").
#[derive(ToSchema)]
#[allow(dead_code)] // documentation only: `RequestInput::suggestion_from_json` reads it
pub struct SuggestionInput {
    network_name: String,
    organiser: String,
    district: Option<u16>,
    description: String,
    network_website: Option<String>,
    name: String,
    role: String,
    email: String,
    phone: String,
    message: Option<String>,
    language: String,
    website: Option<String>,
}

/// Ask for access to a network's entry ("Zugang anfragen"): into the coordinators' queue.
#[utoipa::path(post, path = "/api/claims", tag = "public",
    params(("Idempotency-Key" = String, Header, description = "One key per filled-in form; a retry with it never stores twice")),
    request_body(content = ClaimInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Stored (a filled-in honeypot gets the same answer, and nothing is stored)", body = super::Created),
        (status = 200, description = "Stored before under this key, with the same content: the same id", body = super::Created),
))]
pub fn create_claim() {}

/// Suggest a network that is not on the map ("Netzwerk vorschlagen").
#[utoipa::path(post, path = "/api/suggestions", tag = "public",
    params(("Idempotency-Key" = String, Header, description = "One key per filled-in form; a retry with it never stores twice")),
    request_body(content = SuggestionInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Stored (a filled-in honeypot gets the same answer, and nothing is stored)", body = super::Created),
        (status = 200, description = "Stored before under this key, with the same content: the same id", body = super::Created),
))]
pub fn create_suggestion() {}

/// A reminder's one-click "Stimmt noch", by the token of its link (30 days, once, only while
/// the entry is unchanged).
#[utoipa::path(post, path = "/api/netzwerk/stimmt-noch", tag = "editor-sign-in",
    request_body(content = ConfirmByLink, content_type = "application/json"),
    responses((status = 200, description = "Confirmed by the network today", body = ConfirmedByLink)),
)]
pub fn confirm_by_link() {}

/// The queue of claims and suggestions: waiting ones first, then declined ones (erased 30
/// days after the decision).
#[utoipa::path(get, path = "/api/admin/network-requests", tag = "coordinators", responses(
    (status = 200, description = "The requests", body = Vec<NetworkRequest>),
))]
pub fn list_network_requests() {}

/// Accept (access for a claim's entry; a suggestion onto the map, and access if asked) or
/// decline a request, after checking the person outside the app.
#[utoipa::path(post, path = "/api/admin/network-requests/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The request's id")),
    request_body(content = RequestDecision, content_type = "application/json"),
    responses(
        (status = 201, description = "Accepted: what it did", body = RequestAccepted),
        (status = 204, description = "Declined"),
))]
pub fn decide_network_request() {}

/// Erase a claim or a suggestion at once, whatever its state.
#[utoipa::path(delete, path = "/api/admin/network-requests/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The request's id")),
    responses((status = 204, description = "Erased")),
)]
pub fn erase_network_request() {}

/// "Veraltet / bald veraltet": entries stale or going stale within 30 days, those without an
/// access first.
#[utoipa::path(get, path = "/api/admin/freshness", tag = "coordinators", responses(
    (status = 200, description = "The entries", body = Vec<FreshnessItem>),
))]
pub fn freshness_list() {}

/// The operations' refusals: (method, path, statuses, body limit).
pub const REFUSALS: [(&str, &str, &[u16], usize); 7] = {
    use crate::routes::limits::{DECISION_BODY_BYTES as D, EDITOR_BODY_BYTES as E};
    use model::network_request::MAX_BODY_BYTES as R;
    [
        (
            "post",
            "/api/claims",
            &[400, 409, 413, 415, 422, 429, 503],
            R,
        ),
        (
            "post",
            "/api/suggestions",
            &[400, 409, 413, 415, 422, 429, 503],
            R,
        ),
        (
            "post",
            "/api/netzwerk/stimmt-noch",
            &[400, 409, 413, 415, 422, 503],
            E,
        ),
        ("get", "/api/admin/network-requests", &[401, 503], 0),
        (
            "post",
            "/api/admin/network-requests/{id}",
            &[400, 401, 404, 409, 413, 415, 422, 503],
            D,
        ),
        (
            "delete",
            "/api/admin/network-requests/{id}",
            &[401, 404, 503],
            0,
        ),
        ("get", "/api/admin/freshness", &[401, 503], 0),
    ]
};

/// The forms' rules in the document, as `model::network_request` checks them.
pub fn apply(doc: &mut Value) {
    use super::patterns as p;
    use model::network_request::{MESSAGE_MAX_CHARS, NAME_CHARS, ROLE_CHARS, WEBSITE_MAX_CHARS};
    use model::validate::Text::{Line, Lines};
    use model::validate::{EMAIL_MAX_CHARS, PHONE_MAX_CHARS, SLUG_MAX_CHARS, WEB_URL_MAX_CHARS};
    let line = |(min, max): (usize, usize)| json!({ "type": "string", "maxLength": max, "pattern": p::text_of_at_least(min, Line) });
    let languages: Vec<&str> = model::lang::Lang::ALL.iter().map(|l| l.code()).collect();
    let person = json!({
        "name": line(NAME_CHARS),
        "role": line(ROLE_CHARS),
        "email": { "type": "string", "maxLength": EMAIL_MAX_CHARS, "pattern": p::email() },
        "phone": { "type": "string", "maxLength": PHONE_MAX_CHARS, "pattern": p::phone(),
                   "description": "For the Koordinierungsstelle to call back before it gives access." },
        "message": { "type": ["string", "null"], "maxLength": MESSAGE_MAX_CHARS,
                     "pattern": p::blank_or_text_of_at_least(1, Lines) },
        "language": { "type": "string", "enum": languages, "description": "The form's language." },
        "website": { "type": ["string", "null"], "maxLength": WEBSITE_MAX_CHARS,
                     "description": "The honeypot: people never see it, so it stays empty. Filled in, the answer is the same 201, and nothing is stored." },
    });
    let schemas = &mut doc["components"]["schemas"];
    let mut claim = person.clone();
    claim["network"] = json!({ "type": "string", "minLength": 1, "maxLength": SLUG_MAX_CHARS,
        "pattern": p::slug(), "description": "The entry's address (it must be on the map, else 409)." });
    schemas["ClaimInput"] = json!({ "type": "object", "additionalProperties": false,
        "required": ["network", "name", "role", "email", "phone", "language"], "properties": claim });
    let mut suggestion = person;
    suggestion["network_name"] = line(model::network::NAME_CHARS);
    suggestion["organiser"] = line(model::network::ORGANISER_CHARS);
    suggestion["district"] = json!({ "anyOf": [{ "$ref": "#/components/schemas/DistrictNumber" }, { "type": "null" }],
        "description": "The Stadtbezirk; null or left out: city-wide." });
    suggestion["description"] = json!({ "type": "string",
        "maxLength": model::network::DESCRIPTION_MAX_CHARS, "pattern": p::text_of_at_least(1, Lines) });
    suggestion["network_website"] = json!({ "type": ["string", "null"], "maxLength": WEB_URL_MAX_CHARS,
        "pattern": p::blank_or_web_url() });
    schemas["SuggestionInput"] = json!({ "type": "object", "additionalProperties": false,
        "required": ["network_name", "organiser", "description", "name", "role", "email", "phone", "language"],
        "properties": suggestion });
    schemas["ConfirmByLink"]["additionalProperties"] = json!(false);
    schemas["ConfirmByLink"]["properties"]["terms_version"] = json!({
        "anyOf": [{ "type": "string", "const": model::editor::TERMS_VERSION }, { "type": "null" }],
        "description": "Sent when the access accepts the current terms with this click." });
    schemas["RequestDecision"] = json!({
        "oneOf": [
            { "type": "object", "additionalProperties": false, "required": ["decision", "name", "give_access"],
              "description": "Accept: a claim gives access (or adds the entry to the address's access); a suggestion goes on the map, with access if `give_access`.",
              "properties": {
                "decision": { "type": "string", "const": "accept" },
                "name": line(NAME_CHARS),
                "give_access": { "type": "boolean" } } },
            { "type": "object", "additionalProperties": false, "required": ["decision"],
              "description": "Decline: kept 30 days, then erased.",
              "properties": { "decision": { "type": "string", "const": "decline" } } },
        ],
        "description": "A coordinator's decision on a claim or a suggestion."
    });
}
