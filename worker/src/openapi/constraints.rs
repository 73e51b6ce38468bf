//! What the Rust types cannot say, added to the generated document: every rule the code
//! enforces (from the `model` constants and `patterns.rs`), the refusals each operation can
//! answer with, `security` and `servers`. Each input rule here is exact: a value the document
//! allows passes the code's checks, and a value it refuses, the code refuses with a 4xx.
//! What depends on the data (a network that does not exist, an address taken) is a 409.

use super::patterns as p;
use crate::routes::{NETWORK_BODY_BYTES, PATCH_BODY_BYTES, SEARCH_BODY_BYTES};
use model::coordination::NOTE_MAX_CHARS;
use model::network::{DESCRIPTION_MAX_CHARS, NAME_CHARS, ORGANISER_CHARS, PLACE_CHARS};
use model::network::{SOURCE_NAME_CHARS, STAND_YEARS};
use model::registration::{
    BY_ARRANGEMENT, CONSENT_VERSION, DAYTIMES, LANGUAGES_OTHER_MAX_CHARS, MAX_MESSAGE_CHARS,
    NAME_MAX_CHARS, WEBSITE_MAX_CHARS, WEEKDAYS,
};
use model::search::{MAX_PAGE, MAX_PER_PAGE, MAX_SEARCH_CHARS};
use model::validate::{EMAIL_MAX_CHARS, PHONE_MAX_CHARS, SLUG_MAX_CHARS, WEB_URL_MAX_CHARS};
use serde_json::{json, Value};

pub fn apply(doc: &mut Value) {
    doc["servers"] = json!([{ "url": "/", "description": "This site: the API is under /api/" }]);
    add_components(doc);
    registration_input(doc);
    network_input(doc);
    patch_and_search(doc);
    responses_schemas(doc);
    parameters(doc);
    refusals(doc);
    security(doc);
}

fn schema<'a>(doc: &'a mut Value, name: &str) -> &'a mut Value {
    &mut doc["components"]["schemas"][name]
}

/// Replaces properties of the schema `name`.
fn properties(doc: &mut Value, name: &str, replacements: Value) {
    let target = &mut schema(doc, name)["properties"];
    for (property, value) in replacements.as_object().expect("an object") {
        target[property] = value.clone();
    }
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn nullable(value: Value) -> Value {
    json!({ "anyOf": [value, { "type": "null" }] })
}

fn add_components(doc: &mut Value) {
    let districts: Vec<u16> = model::district::STADTBEZIRKE
        .iter()
        .map(|(n, _)| *n)
        .collect();
    let languages: Vec<&str> = model::language::LANGUAGES.iter().map(|(c, _)| *c).collect();
    *schema(doc, "DistrictNumber") = json!({
        "type": "integer", "enum": districts,
        "description": "The official number of one of the 12 Stadtbezirke, e.g. 130 (Mitte)."
    });
    *schema(doc, "LanguageCode") = json!({
        "type": "string", "enum": languages, "description": "A language (ISO 639-1)."
    });
    *schema(doc, "Slug") = json!({
        "type": "string", "minLength": 1, "maxLength": SLUG_MAX_CHARS, "pattern": p::slug(),
        "description": "A network's address: lower-case letters, digits and single hyphens."
    });
}

/// `POST /api/registrations`, as `RegistrationInput::from_json` and `validate` read it:
/// `null` is the same as leaving a field out; maximum lengths count the value as sent, minimum
/// ones the trimmed value.
fn registration_input(doc: &mut Value) {
    let slots: Vec<String> = WEEKDAYS
        .iter()
        .flat_map(|(day, _)| {
            DAYTIMES
                .iter()
                .map(move |(time, _)| format!("{day}-{time}"))
        })
        .collect();
    properties(
        doc,
        "RegistrationInput",
        json!({
            "name": { "type": "string", "minLength": 2, "maxLength": NAME_MAX_CHARS, "pattern": p::person_name() },
            "email": { "type": "string", "maxLength": EMAIL_MAX_CHARS, "pattern": p::email(),
                       "description": "An e-mail address; international ones (`jürgen@bücher.de`) too." },
            "phone": { "type": ["string", "null"], "maxLength": PHONE_MAX_CHARS, "pattern": p::blank_or_phone(),
                       "description": "Digits, spaces and `+/-()`, 6 to 20 digits; needed when `contact_via` is `phone`." },
            "districts": { "type": ["array", "null"], "items": reference("DistrictNumber"), "uniqueItems": true, "maxItems": 12 },
            "network": { "type": ["string", "null"], "maxLength": SLUG_MAX_CHARS, "pattern": p::empty_or_slug(),
                         "description": "A network's address (it must exist, else 409), or empty." },
            "interests": { "type": ["array", "null"], "items": reference("Activity"), "uniqueItems": true },
            "languages": { "type": ["array", "null"], "items": reference("LanguageCode"), "uniqueItems": true },
            "languages_other": { "type": ["string", "null"], "maxLength": LANGUAGES_OTHER_MAX_CHARS },
            "availability": { "anyOf": [
                { "type": "array", "items": { "const": BY_ARRANGEMENT }, "minItems": 1, "maxItems": 1 },
                { "type": "array", "items": { "enum": slots }, "minItems": 1, "uniqueItems": true },
            ], "description": "`by-arrangement` alone, or times like `mon-evening`." },
            "message": { "type": ["string", "null"], "maxLength": MAX_MESSAGE_CHARS },
            "consent": { "type": "boolean", "const": true },
            "consent_version": { "type": "string", "const": CONSENT_VERSION },
            "website": { "type": ["string", "null"], "maxLength": WEBSITE_MAX_CHARS,
                         "description": "The honeypot: people never see it, so it stays empty." },
        }),
    );
    let target = schema(doc, "RegistrationInput");
    target["required"] = json!([
        "name",
        "email",
        "contact_via",
        "availability",
        "consent",
        "consent_version"
    ]);
    target["additionalProperties"] = json!(false);
    let required_string =
        |field: &str, rule: Value| json!({ "required": [field], "properties": { field: rule } });
    target["allOf"] = json!([
        { "description": "At least one district, or a network.", "anyOf": [
            required_string("districts", json!({ "type": "array", "minItems": 1 })),
            required_string("network", json!({ "type": "string", "minLength": 1 })),
        ]},
        { "description": "At least one language, or other languages.", "anyOf": [
            required_string("languages", json!({ "type": "array", "minItems": 1 })),
            required_string("languages_other", json!({ "type": "string", "pattern": p::not_blank() })),
        ]},
        { "description": "A phone number when `contact_via` is `phone`.", "anyOf": [
            { "properties": { "contact_via": { "const": "email" } } },
            required_string("phone", json!({ "type": "string", "pattern": p::phone() })),
        ]},
    ]);
}

/// `POST`/`PUT /api/admin/networks`, as `NetworkInput::into_network` and `Network::validate`
/// read it.
fn network_input(doc: &mut Value) {
    let lengths = |max: usize, pattern: String| json!({ "type": "string", "maxLength": max, "pattern": pattern });
    let optional = |max: usize, pattern: String| json!({ "type": ["string", "null"], "maxLength": max, "pattern": pattern });
    properties(
        doc,
        "NetworkInput",
        json!({
            "slug": { "type": ["string", "null"], "maxLength": SLUG_MAX_CHARS, "pattern": p::empty_or_slug(),
                      "description": "The address; made from the name when empty or left out." },
            "name": lengths(NAME_CHARS.1, p::text_of_two()),
            "organiser": lengths(ORGANISER_CHARS.1, p::text_of_two()),
            "district": nullable(reference("DistrictNumber")),
            "description": lengths(DESCRIPTION_MAX_CHARS, p::not_blank()),
            "activities": { "type": "array", "items": reference("Activity"), "uniqueItems": true },
            "languages": { "type": "array", "items": reference("LanguageCode"), "uniqueItems": true },
            "content_lang": { "type": ["string", "null"], "pattern": p::blank_or_language(),
                              "description": "The language of the entry's texts; German when blank." },
            "place": optional(PLACE_CHARS.1, p::blank_or_text_of_two()),
            "phone": optional(PHONE_MAX_CHARS, p::blank_or_phone()),
            "email": optional(EMAIL_MAX_CHARS, p::blank_or_email()),
            "website": optional(WEB_URL_MAX_CHARS, p::blank_or_web_url()),
            "stand": { "type": ["integer", "null"], "minimum": STAND_YEARS.0, "maximum": STAND_YEARS.1 },
        }),
    );
    properties(
        doc,
        "Source",
        json!({
            "name": { "type": "string", "maxLength": SOURCE_NAME_CHARS.1, "pattern": p::text_of_two(),
                      "description": "E.g. \"regionalheute.de\"." },
            "url": { "type": ["string", "null"], "maxLength": WEB_URL_MAX_CHARS, "pattern": p::web_url() },
        }),
    );
}

/// `PATCH /api/admin/registrations/{id}` and the coordinators' search.
fn patch_and_search(doc: &mut Value) {
    properties(
        doc,
        "RegistrationPatch",
        json!({
            "note": { "type": ["string", "null"], "maxLength": NOTE_MAX_CHARS, "description": "Blank clears the note." },
            "placed_network": { "type": ["string", "null"], "maxLength": SLUG_MAX_CHARS, "pattern": p::blank_or_slug(),
                                "description": "A network's address (it must exist, else 409); blank clears it." },
        }),
    );
    let page = |max: u32| json!({ "type": ["integer", "null"], "minimum": 1, "maximum": max });
    properties(
        doc,
        "RegistrationSearch",
        json!({
            "district": nullable(reference("DistrictNumber")),
            "network": { "type": ["string", "null"], "maxLength": SLUG_MAX_CHARS, "pattern": p::slug(),
                         "description": "A network's address: registrations for it or placed with it." },
            "from": { "type": ["string", "null"], "format": "date", "description": "Registered on or after this day." },
            "to": { "type": ["string", "null"], "format": "date", "description": "Registered on or before this day." },
            "q": { "type": ["string", "null"], "maxLength": MAX_SEARCH_CHARS,
                   "description": "Free text, found in name, e-mail address and message." },
            "page": page(MAX_PAGE),
            "per_page": page(MAX_PER_PAGE),
        }),
    );
}

/// What the answers hold, where it is certain: every stored value passed the rules above.
fn responses_schemas(doc: &mut Value) {
    properties(
        doc,
        "District",
        json!({ "number": reference("DistrictNumber") }),
    );
    let languages = json!({ "type": "array", "items": reference("LanguageCode") });
    properties(
        doc,
        "Network",
        json!({
            "district": nullable(reference("DistrictNumber")),
            "languages": languages,
            "content_lang": reference("LanguageCode"),
        }),
    );
    properties(
        doc,
        "Registration",
        json!({
            "id": { "type": "string", "format": "uuid" },
            "districts": { "type": "array", "items": reference("DistrictNumber") },
            "languages": languages,
        }),
    );
    properties(
        doc,
        "Created",
        json!({ "id": { "type": "string", "format": "uuid" } }),
    );
    for (page, item) in [
        ("Page_Registration", "Registration"),
        ("Page_AuditEntry", "AuditEntry"),
    ] {
        schema(doc, page)["properties"]["items"]["items"] = reference(item);
    }
}

fn operation<'a>(doc: &'a mut Value, method: &str, path: &str) -> &'a mut Value {
    let operation = &mut doc["paths"][path][method];
    assert!(operation.is_object(), "{method} {path} is documented");
    operation
}

/// The schema of one parameter of an operation.
fn parameter(doc: &mut Value, method: &str, path: &str, name: &str, rule: Value) {
    let parameters = operation(doc, method, path)["parameters"]
        .as_array_mut()
        .expect("parameters");
    let parameter = parameters
        .iter_mut()
        .find(|parameter| parameter["name"] == name)
        .unwrap_or_else(|| panic!("{method} {path} has {name}"));
    parameter["schema"] = rule;
}

fn parameters(doc: &mut Value) {
    let (networks, one) = ("/api/networks", "/api/networks/{slug}");
    parameter(
        doc,
        "get",
        networks,
        "district",
        reference("DistrictNumber"),
    );
    parameter(doc, "get", networks, "activity", reference("Activity"));
    parameter(doc, "get", networks, "language", reference("LanguageCode"));
    let q = json!({ "type": "string", "maxLength": model::filter::MAX_QUERY_CHARS });
    parameter(doc, "get", networks, "q", q);
    parameter(doc, "get", one, "slug", reference("Slug"));
    let page = |max: u32| json!({ "type": "integer", "minimum": 1, "maximum": max });
    parameter(doc, "get", "/api/admin/audit", "page", page(MAX_PAGE));
    parameter(
        doc,
        "get",
        "/api/admin/audit",
        "per_page",
        page(MAX_PER_PAGE),
    );
    let (min, max) = crate::routes::registrations::KEY_LENGTH;
    let key = json!({ "type": "string", "minLength": min, "maxLength": max, "pattern": p::idempotency_key() });
    parameter(doc, "post", "/api/registrations", "Idempotency-Key", key);
    let uuid = json!({ "type": "string", "format": "uuid" });
    for method in ["patch", "delete"] {
        parameter(
            doc,
            method,
            "/api/admin/registrations/{id}",
            "id",
            uuid.clone(),
        );
    }
    for (method, path) in [
        ("put", "/api/admin/networks/{id}"),
        ("post", "/api/admin/networks/{id}/confirm"),
        ("post", "/api/admin/networks/{id}/archive"),
    ] {
        parameter(doc, method, path, "id", reference("Slug"));
    }
}

/// Every refusal each operation can answer with: status, and the limit of its body.
const REFUSALS: [(&str, &str, &[u16], usize); 15] = [
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
];

fn refusal(status: u16, path: &str, limit: usize) -> Value {
    let description = match status {
        400 if path == "/api/registrations" => "No valid `Idempotency-Key`, or the body is not JSON".into(),
        400 => "The body is not JSON".into(),
        401 => "No valid coordinator token".into(),
        404 if path.contains("registrations") => "No such registration".into(),
        404 => "No such network (or not public)".into(),
        409 => "Conflicts with the data as it is now (e.g. a network that does not exist, an address already taken, an idempotency key used for another form); `errors` and `codes` name the field".into(),
        413 => format!("The body is larger than {limit} bytes"),
        415 => "The body is not `application/json`".into(),
        422 => "Breaks a rule of this document; `errors` (German messages) and `codes` name each field or parameter".into(),
        429 => "Too many registrations from this client; nothing stored".into(),
        _ if path == "/api/registrations" => "D1 does not answer, or the rate limit's secret is missing".into(),
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
        429 => {
            response["headers"] = json!({ "Retry-After": header("Seconds until this client may register again", json!({ "type": "integer", "minimum": 1 })) })
        }
        _ => {}
    }
    response
}

fn refusals(doc: &mut Value) {
    for (method, path, statuses, limit) in REFUSALS {
        let responses = &mut operation(doc, method, path)["responses"];
        for status in statuses {
            responses[status.to_string()] = refusal(*status, path, limit);
        }
    }
}

/// Public operations need no sign-in (`security: []`); the coordinators' need the token.
fn security(doc: &mut Value) {
    let paths = doc["paths"].as_object_mut().expect("paths");
    for item in paths.values_mut() {
        for operation in item.as_object_mut().expect("a path item").values_mut() {
            let public = operation["tags"][0] == "public";
            operation["security"] = if public {
                json!([])
            } else {
                json!([{ "coordinator": [] }])
            };
        }
    }
}
