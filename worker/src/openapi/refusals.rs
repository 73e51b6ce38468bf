//! The refusals each operation can answer with (problem+json, with the headers that go with
//! them), and `security`: public operations and the sign-in need none, the coordinators' a
//! session cookie or the token.

use super::places::{operation, reference};
use crate::routes::limits::{
    NETWORK_BODY_BYTES, PATCH_BODY_BYTES, SEARCH_BODY_BYTES, SETTINGS_BODY_BYTES,
    SIGN_IN_BODY_BYTES, STATUS_BODY_BYTES,
};
use serde_json::{json, Value};

pub fn apply(doc: &mut Value) {
    refusals(doc);
    security(doc);
}

/// Every refusal each operation can answer with: status, and the limit of its body.
const REFUSALS: [(&str, &str, &[u16], usize); 41] = [
    (
        "post",
        "/api/admin/session",
        &[400, 401, 403, 413, 415, 422, 503],
        SIGN_IN_BODY_BYTES,
    ),
    ("get", "/api/admin/session", &[401, 503], 0),
    ("delete", "/api/admin/session", &[401, 503], 0),
    ("get", "/api/districts", &[503], 0),
    ("get", "/api/networks", &[422, 503], 0),
    ("get", "/api/networks/{slug}", &[404, 503], 0),
    (
        "post",
        "/api/registrations",
        &[400, 409, 413, 415, 422, 429, 503],
        model::registration::MAX_BODY_BYTES,
    ),
    (
        "post",
        "/api/feedback",
        &[400, 409, 413, 415, 422, 429, 503],
        model::feedback::MAX_BODY_BYTES,
    ),
    (
        "post",
        "/api/admin/registrations/search",
        &[400, 401, 413, 415, 422, 503],
        SEARCH_BODY_BYTES,
    ),
    (
        "post",
        "/api/admin/registrations/export",
        &[400, 401, 413, 415, 422, 503],
        SEARCH_BODY_BYTES,
    ),
    (
        "patch",
        "/api/admin/registrations/{id}",
        &[400, 401, 404, 409, 413, 415, 422, 503],
        PATCH_BODY_BYTES,
    ),
    (
        "delete",
        "/api/admin/registrations/{id}",
        &[401, 404, 503],
        0,
    ),
    ("get", "/api/admin/audit", &[401, 422, 503], 0),
    ("get", "/api/admin/retention-runs", &[401, 503], 0),
    ("get", "/api/admin/feedback", &[401, 422, 503], 0),
    (
        "patch",
        "/api/admin/feedback/{id}",
        &[400, 401, 404, 413, 415, 422, 503],
        STATUS_BODY_BYTES,
    ),
    ("delete", "/api/admin/feedback/{id}", &[401, 404, 503], 0),
    ("get", "/api/admin/networks", &[401, 503], 0),
    (
        "post",
        "/api/admin/networks",
        &[400, 401, 409, 413, 415, 422, 503],
        NETWORK_BODY_BYTES,
    ),
    (
        "put",
        "/api/admin/networks/{id}",
        &[400, 401, 404, 409, 413, 415, 422, 503],
        NETWORK_BODY_BYTES,
    ),
    (
        "post",
        "/api/admin/networks/{id}/confirm",
        &[401, 404, 503],
        0,
    ),
    (
        "post",
        "/api/admin/networks/{id}/archive",
        &[401, 404, 503],
        0,
    ),
    (
        "post",
        "/api/admin/networks/{id}/restore",
        &[401, 404, 503],
        0,
    ),
    ("get", "/api/needs", &[422, 503], 0),
    (
        "post",
        "/api/anmeldung",
        &[400, 404, 413, 415, 422, 503],
        model::own::MAX_BODY_BYTES,
    ),
    (
        "patch",
        "/api/anmeldung",
        &[400, 404, 413, 415, 422, 503],
        model::own::MAX_BODY_BYTES,
    ),
    (
        "post",
        "/api/anmeldung/bestaetigen",
        &[400, 404, 413, 415, 422, 503],
        model::own::MAX_BODY_BYTES,
    ),
    (
        "post",
        "/api/anmeldung/widerrufen",
        &[400, 404, 413, 415, 422, 503],
        model::own::MAX_BODY_BYTES,
    ),
    (
        "post",
        "/api/anmeldung/erneut",
        &[400, 404, 409, 413, 415, 422, 503],
        model::own::MAX_BODY_BYTES,
    ),
    (
        "post",
        "/api/anmeldung/adresse",
        &[400, 404, 413, 415, 422, 503],
        model::own::MAX_BODY_BYTES,
    ),
    (
        "post",
        "/api/anmeldung/neuer-link",
        &[400, 404, 413, 415, 422, 503],
        model::own::MAX_BODY_BYTES,
    ),
    (
        "post",
        "/api/admin/registrations/{id}/link-beenden",
        &[401, 404, 503],
        0,
    ),
    ("get", "/api/needs/{slug}", &[404, 503], 0),
    ("get", "/api/admin/needs", &[401, 503], 0),
    ("get", "/api/admin/settings", &[401, 503], 0),
    (
        "put",
        "/api/admin/settings",
        &[400, 401, 413, 415, 422, 503],
        SETTINGS_BODY_BYTES,
    ),
    ("get", "/api/admin/mail-failures", &[401, 503], 0),
    (
        "post",
        "/api/admin/needs",
        &[400, 401, 409, 413, 415, 422, 503],
        NETWORK_BODY_BYTES,
    ),
    (
        "put",
        "/api/admin/needs/{id}",
        &[400, 401, 404, 409, 413, 415, 422, 503],
        NETWORK_BODY_BYTES,
    ),
    (
        "patch",
        "/api/admin/needs/{id}",
        &[400, 401, 404, 413, 415, 422, 503],
        STATUS_BODY_BYTES,
    ),
    ("delete", "/api/admin/needs/{id}", &[401, 404, 503], 0),
];

/// The public forms: an `Idempotency-Key` and a rate limit each.
pub const FORMS: [&str; 4] = [
    "/api/registrations",
    "/api/feedback",
    "/api/claims",
    "/api/suggestions",
];

fn refusal(status: u16, path: &str, limit: usize) -> Value {
    let form = FORMS.contains(&path);
    let sends = match path {
        "/api/feedback" => "reports",
        "/api/claims" | "/api/suggestions" => "claims and suggestions",
        _ => "registrations",
    };
    let description = match status {
        400 if form => "No valid `Idempotency-Key`, or the body is not JSON".into(),
        400 => "The body is not JSON".into(),
        409 if path == "/api/claims" => "The entry is not on the map (`network.unknown`), or the `Idempotency-Key` belongs to another request (`idempotency_key.conflict`); nothing stored".into(),
        409 if path.contains("network-requests") => "Decided already (`request.decided`), or the claimed entry left the map (`network.unknown`)".into(),
        404 if path.contains("network-requests") => "No such claim or suggestion".into(),
        409 if path == "/api/netzwerk/stimmt-noch" => "The link expired, was used, or the entry changed since (`link.invalid`); or the terms must be accepted with it (`terms.required`, `terms_version.outdated`)".into(),
        401 if path.starts_with("/api/netzwerk/") => "Not signed in as a network editor, or the sign-in link is used, expired or unknown (`type` `/probleme/link-verbraucht`)".into(),
        401 => "Not signed in: no valid session or token (the detail says whether a session or a token has ended)".into(),
        403 => "A change through a session from another site: `Origin` is not this site's".into(),
        429 if path.starts_with("/api/admin/") => "Too many failed sign-ins from this client in 10 minutes; nothing looked up".into(),
        404 if path.contains("anmeldung") => "The token does not open a registration, or it is gone".into(),
        429 if path == "/api/netzwerk/link" => "Too many links asked for with this address (3) or from this client (10) in an hour; nothing sent".into(),
        404 if path.starts_with("/api/netzwerk/") => "Not one of this editor's networks (another network's id answers as if it did not exist)".into(),
        409 if path.contains("/needs") && path.starts_with("/api/netzwerk/") => "The terms are not accepted yet (`terms.required`), `valid_until` is in the past or more than six months ahead (`valid_until.past`, `valid_until.too_far`), or a network not trusted opens a filled or closed need again (`status.review_required`)".into(),
        404 if path.contains("/answers/") => "Not an answer this network sees: another network's, without the volunteer's permission or confirmation, or its need ended more than 30 days ago".into(),
        409 if path.starts_with("/api/netzwerk/") => "The terms are not accepted yet (`terms.required`), or the proposal changes nothing of the entry as it is (`fields.invalid`)".into(),
        404 if path.contains("editors") => "No such access".into(),
        409 if path.contains("editors") => "This address has an access already (`email.taken`), or a network does not exist (`network.unknown`)".into(),
        404 if path.contains("proposals") => "No such proposal".into(),
        409 if path.contains("need-proposals") => "Decided already (`proposal.decided`), the need changed meanwhile (`network.changed`), is gone or belongs to another network now (`need.unknown`), the network left the map (`network.unknown`), or its `valid_until` has passed (`valid_until.past`)".into(),
        409 if path.contains("proposals") => "Decided already (`proposal.decided`), the entry changed meanwhile (`network.changed`), or nothing chosen changes it (`fields.invalid`)".into(),
        404 if path.contains("revisions") => "No such network or revision".into(),
        409 if path.contains("anmeldung") => "Already confirmed, or mail is switched off (`token.already_confirmed`)".into(),
        429 if path.contains("anmeldung") => "This registration got its confirmation mail 4 times in 24 hours, or its address 5 mails; nothing sent".into(),
        404 if path.contains("registrations") => "No such registration".into(),
        404 if path.contains("feedback") => "No such barrier report".into(),
        404 if path.contains("needs") => "No such need (or not open, or past its day)".into(),
        404 => "No such network (or not public)".into(),
        409 if path == "/api/feedback" => "The `Idempotency-Key` belongs to another report (`codes`: `idempotency_key.conflict`); nothing stored".into(),
        409 if path.contains("needs") => "Conflicts with the data or the day: a network that does not exist (`network.unknown`), a need with answers moved to another network (`network.answered`), or a `valid_until` in the past or more than six months ahead (`valid_until.past`, `valid_until.too_far`)".into(),
        409 => "Conflicts with the data as it is now (e.g. a network that does not exist, an address already taken, an idempotency key used for another form); `errors` and `codes` name the field".into(),
        413 => format!("The body is larger than {limit} bytes"),
        415 => "The body is not `application/json`".into(),
        422 => "Breaks a rule of this document; `errors` (German messages) and `codes` name each field or parameter".into(),
        429 => format!("Too many {sends} from this client in 10 minutes; nothing stored"),
        _ if form => "D1 does not answer, or the rate limit's secret is missing".into(),
        _ => "D1 does not answer".into(),
    };
    let mut response = json!({
        "description": description,
        "content": { "application/problem+json": { "schema": reference("Problem") } },
    });
    let header =
        |description: &str, schema: Value| json!({ "description": description, "schema": schema });
    match status {
        401 => {
            response["headers"] = json!({ "WWW-Authenticate": header("`Bearer realm=\"koordination\"`", json!({ "type": "string" })) })
        }
        429 if path == "/api/netzwerk/link" => {
            response["headers"] = json!({ "Retry-After": header("Seconds until links may be asked for again (the hour's window)", json!({ "type": "integer", "minimum": 1, "maximum": 3600 })) })
        }
        429 if path.contains("anmeldung") => {
            response["headers"] = json!({ "Retry-After": header("Seconds until a mail may be asked for again", json!({ "type": "integer", "minimum": 60, "maximum": 86400 })) })
        }
        429 => {
            response["headers"] = json!({ "Retry-After": header("Seconds until this client may send again", json!({ "type": "integer", "minimum": 1, "maximum": 600 })) })
        }
        _ => {}
    }
    response
}

fn refusals(doc: &mut Value) {
    for (method, path, statuses, limit) in REFUSALS
        .into_iter()
        .chain(super::editors::REFUSALS)
        .chain(super::freshness::REFUSALS)
        .chain(super::network_needs::REFUSALS)
        .chain(super::report::REFUSALS)
    {
        let responses = &mut operation(doc, method, path)["responses"];
        // Every coordinators' request: 429 after too many failed sign-ins from its client;
        // a change through a session: 403 from another site.
        let admin: &[u16] = match (path.starts_with("/api/admin/"), method) {
            (false, _) => &[],
            (true, "get") => &[429],
            (true, _) => &[403, 429],
        };
        for status in statuses.iter().chain(admin) {
            responses[status.to_string()] = refusal(*status, path, limit);
        }
    }
}

/// Public operations need no sign-in (`security: []`); the coordinators' need the token.
fn security(doc: &mut Value) {
    let paths = doc["paths"].as_object_mut().expect("paths");
    for item in paths.values_mut() {
        for operation in item.as_object_mut().expect("a path item").values_mut() {
            operation["security"] = match operation["tags"][0].as_str() {
                Some("public" | "sign-in" | "volunteer" | "editor-sign-in") => json!([]),
                Some("editors") => json!([{ "editor-session": [] }]),
                _ => json!([{ "session": [] }, { "coordinator": [] }]),
            };
        }
    }
}
