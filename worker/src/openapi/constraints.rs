//! What the Rust types cannot say, added to the generated document: every rule the code
//! enforces (from the `model` constants and `patterns.rs`), examples and `servers`
//! (`refusals.rs` adds the refusals and `security`). Each input rule here is exact: a value
//! the document allows passes the code's checks, and a value it refuses, the code refuses
//! with a 4xx. What depends on the data (a network that does not exist, an address taken)
//! is a 409.

use super::patterns as p;
use super::places::{operation, reference};
use model::coordination::NOTE_MAX_CHARS;
use model::feedback::{MESSAGE_MAX_CHARS, MESSAGE_MIN_CHARS};
use model::network::{DESCRIPTION_MAX_CHARS, NAME_CHARS, ORGANISER_CHARS, PLACE_CHARS};
use model::network::{SOURCE_NAME_CHARS, STAND_YEARS};
use model::registration::{
    BY_ARRANGEMENT, CONSENT_VERSION, DAYTIMES, LANGUAGES_OTHER_MAX_CHARS, MAX_MESSAGE_CHARS,
    NAME_MAX_CHARS, WEBSITE_MAX_CHARS, WEEKDAYS,
};
use model::search::{MAX_PAGE, MAX_PER_PAGE, MAX_SEARCH_CHARS};
use model::validate::Text::{Line, Lines};
use model::validate::{EMAIL_MAX_CHARS, PHONE_MAX_CHARS, SLUG_MAX_CHARS, WEB_URL_MAX_CHARS};
use serde_json::{json, Value};

pub fn apply(doc: &mut Value) {
    doc["servers"] = json!([{ "url": "/", "description": "This site: the API is under /api/" }]);
    add_components(doc);
    registration_input(doc);
    feedback_input(doc);
    network_input(doc);
    mail_settings(doc);
    patch_and_search(doc);
    examples(doc);
    responses_schemas(doc);
    parameters(doc);
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

/// Every weekday slot of the registration form's grid (`mon-morning` … `sun-evening`).
pub(super) fn time_slots() -> Vec<String> {
    WEEKDAYS
        .iter()
        .flat_map(|(day, _)| {
            DAYTIMES
                .iter()
                .map(move |(time, _)| format!("{day}-{time}"))
        })
        .collect()
}

/// `POST /api/registrations`, as `RegistrationInput::from_json` and `validate` read it:
/// `null` is the same as leaving a field out; maximum lengths count the value as sent, minimum
/// ones the trimmed value.
fn registration_input(doc: &mut Value) {
    let slots = time_slots();
    properties(
        doc,
        "RegistrationInput",
        json!({
            "name": { "type": "string", "minLength": 2, "maxLength": NAME_MAX_CHARS, "pattern": p::text_of_at_least(2, Line) },
            "email": { "type": "string", "maxLength": EMAIL_MAX_CHARS, "pattern": p::email(),
                       "description": "An e-mail address; international ones (`jürgen@bücher.de`) too." },
            "phone": { "type": ["string", "null"], "maxLength": PHONE_MAX_CHARS, "pattern": p::blank_or_phone(),
                       "description": "Digits, spaces and `+/-()`, 6 to 20 digits; needed when `contact_via` is `phone`." },
            "districts": { "type": ["array", "null"], "items": reference("DistrictNumber"), "uniqueItems": true, "maxItems": 12 },
            "network": { "type": ["string", "null"], "maxLength": SLUG_MAX_CHARS, "pattern": p::empty_or_slug(),
                         "description": "A network's address (it must exist, else 409), or empty." },
            "need": { "type": ["string", "null"], "maxLength": SLUG_MAX_CHARS, "pattern": p::empty_or_slug(),
                      "description": "The address of the need this answers (it must be open, else 409), or empty." },
            "interests": { "type": ["array", "null"], "items": reference("Activity"), "uniqueItems": true },
            "languages": { "type": ["array", "null"], "items": reference("LanguageCode"), "uniqueItems": true },
            "languages_other": { "type": ["string", "null"], "maxLength": LANGUAGES_OTHER_MAX_CHARS, "pattern": p::blank_or_text_of_at_least(1, Line) },
            "availability": { "anyOf": [
                { "type": "array", "items": { "const": BY_ARRANGEMENT }, "minItems": 1, "maxItems": 1 },
                { "type": "array", "items": { "enum": slots }, "minItems": 1, "uniqueItems": true },
            ], "description": "`by-arrangement` alone, or times like `mon-evening`." },
            "message": { "type": ["string", "null"], "maxLength": MAX_MESSAGE_CHARS, "pattern": p::blank_or_text_of_at_least(1, Lines) },
            "consent": { "type": "boolean", "const": true },
            "notify_placed": { "type": ["boolean", "null"],
                               "description": "A short mail once placed with a network (sent only with mail switched on)." },
            "network_contact": { "type": ["boolean", "null"],
                                 "description": "Answering a network's need: that network may contact the volunteer directly (needs `need`; 409 `network_contact.unavailable` for a need of the Koordinierungsstelle itself)." },
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
            required_string("languages_other", json!({ "type": "string", "pattern": p::text_of_at_least(1, Line) })),
        ]},
        { "description": "`network_contact` only with a need.", "anyOf": [
            { "properties": { "network_contact": { "enum": [false, null] } } },
            required_string("need", json!({ "type": "string", "minLength": 1 })),
        ]},
        { "description": "A phone number when `contact_via` is `phone`.", "anyOf": [
            { "properties": { "contact_via": { "const": "email" } } },
            required_string("phone", json!({ "type": "string", "pattern": p::phone() })),
        ]},
    ]);
}

/// `POST /api/feedback`, as `FeedbackInput::from_json` and `validate` read it: `null` is the
/// same as leaving a field out; a blank address is none.
fn feedback_input(doc: &mut Value) {
    properties(
        doc,
        "FeedbackInput",
        json!({
            "message": { "type": "string", "minLength": MESSAGE_MIN_CHARS, "maxLength": MESSAGE_MAX_CHARS,
                         "pattern": p::text_of_at_least(MESSAGE_MIN_CHARS, Lines),
                         "description": format!("What is in the way, and where: at least {MESSAGE_MIN_CHARS} characters besides the spaces around them, at most {MESSAGE_MAX_CHARS} as sent.") },
            "email": { "type": ["string", "null"], "maxLength": EMAIL_MAX_CHARS, "pattern": p::blank_or_email(),
                       "description": "An address for questions back, international ones too; blank or left out: none." },
            "website": { "type": ["string", "null"], "maxLength": model::feedback::WEBSITE_MAX_CHARS,
                         "description": "The honeypot: people never see it, so it stays empty. Filled in, the answer is the same 201, and nothing is stored." },
        }),
    );
    let target = schema(doc, "FeedbackInput");
    target["required"] = json!(["message"]);
    target["additionalProperties"] = json!(false);
}

/// `PUT /api/admin/settings`, as `MailSettings::validate` reads it: a blank address is none.
fn mail_settings(doc: &mut Value) {
    properties(
        doc,
        "MailSettings",
        json!({
            "email": { "type": ["string", "null"], "maxLength": EMAIL_MAX_CHARS, "pattern": p::blank_or_email(),
                       "description": "Where the daily digest goes; blank or null: none." },
            "mail_on": { "type": "boolean", "readOnly": true,
                         "description": "Whether the site sends mail at all; ignored when sent." },
            "held": { "type": "integer", "minimum": 0, "readOnly": true,
                      "description": "Mails waiting for a limit now (3 confirmations a day per mailbox, the daily cap): they go later; ignored when sent." },
            "failed_confirmations": { "type": "integer", "minimum": 0, "readOnly": true,
                                      "description": "Confirmation mails that failed for good: a count, never their addresses; ignored when sent." },
        }),
    );
    schema(doc, "MailSettings")["additionalProperties"] = json!(false);
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
            "name": lengths(NAME_CHARS.1, p::text_of_at_least(2, Line)),
            "organiser": lengths(ORGANISER_CHARS.1, p::text_of_at_least(2, Line)),
            "district": nullable(reference("DistrictNumber")),
            "description": lengths(DESCRIPTION_MAX_CHARS, p::text_of_at_least(1, Lines)),
            "activities": { "type": "array", "items": reference("Activity"), "uniqueItems": true },
            "languages": { "type": "array", "items": reference("LanguageCode"), "uniqueItems": true },
            "content_lang": { "type": ["string", "null"], "pattern": p::blank_or_language(),
                              "description": "The language of the entry's texts; German when blank." },
            "place": optional(PLACE_CHARS.1, p::blank_or_text_of_at_least(2, Line)),
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
            "name": { "type": "string", "maxLength": SOURCE_NAME_CHARS.1, "pattern": p::text_of_at_least(2, Line),
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
            "need": { "type": ["string", "null"], "format": "uuid", "description": "A need's id: the registrations that answered it." },
            "from": { "type": ["string", "null"], "format": "date", "description": "Registered on or after this day." },
            "to": { "type": ["string", "null"], "format": "date", "description": "Registered on or before this day." },
            "q": { "type": ["string", "null"], "maxLength": MAX_SEARCH_CHARS,
                   "description": "Free text, found in name, e-mail address and message." },
            "page": page(MAX_PAGE),
            "per_page": page(MAX_PER_PAGE),
        }),
    );
}

/// A valid example of each request body (schemathesis' examples phase sends them).
fn examples(doc: &mut Value) {
    schema(doc, "RegistrationInput")["examples"] = json!([{
        "name": "Amira Beispiel", "email": "amira@example.org", "phone": "0531 123456",
        "contact_via": "email", "districts": [130], "network": "refugium-fluechtlingshilfe",
        "interests": ["sprachcafe"], "languages": ["de", "ar"], "languages_other": "",
        "availability": ["mon-evening", "sat-morning"], "message": "Ich helfe gern.",
        "consent": true, "consent_version": CONSENT_VERSION, "website": ""
    }]);
    schema(doc, "NetworkInput")["examples"] = json!([{
        "name": "Sprachcafé Weststadt", "organiser": "Nachbarschaftsverein Weststadt e.V.",
        "district": 221, "description": "Deutsch üben bei Kaffee und Kuchen, jeden Dienstag.",
        "activities": ["sprachcafe", "begegnung"], "languages": ["de", "ar"],
        "place": "Stadtteiltreff, Donauknoten 1", "source": { "name": "Koordinierungsstelle" },
        "stand": 2026
    }]);
    schema(doc, "RegistrationPatch")["examples"] = json!([{ "status": "placed", "note": "Rückruf am Montag", "placed_network": "refugium-fluechtlingshilfe" }]);
    schema(doc, "FeedbackInput")["examples"] = json!([{
        "message": "Der Aufzug am Rathaus ist seit drei Wochen außer Betrieb.",
        "email": "amira@example.org", "website": ""
    }]);
    schema(doc, "FeedbackPatch")["examples"] = json!([{ "status": "in_progress" }]);
    schema(doc, "SignIn")["examples"] =
        json!([{ "token": "Beispiel-Zugangsschluessel-mit-43-Zeichen-x" }]);
    schema(doc, "RegistrationSearch")["examples"] = json!([{ "status": "new", "district": 130, "from": "2026-11-01", "to": "2026-11-30", "q": "Amira", "page": 1, "per_page": 25 }]);
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
    properties(
        doc,
        "Feedback",
        json!({ "id": { "type": "string", "format": "uuid" } }),
    );
    for (page, item) in [
        ("Page_Registration", "Registration"),
        ("Page_AuditEntry", "AuditEntry"),
        ("Page_Feedback", "Feedback"),
    ] {
        schema(doc, page)["properties"]["items"]["items"] = reference(item);
    }
}

/// The schema of one parameter of an operation.
pub(super) fn parameter(doc: &mut Value, method: &str, path: &str, name: &str, rule: Value) {
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
    for list in ["/api/admin/audit", "/api/admin/feedback"] {
        parameter(doc, "get", list, "page", page(MAX_PAGE));
        parameter(doc, "get", list, "per_page", page(MAX_PER_PAGE));
    }
    let (min, max) = crate::routes::idempotency::KEY_LENGTH;
    let key = json!({ "type": "string", "minLength": min, "maxLength": max, "pattern": p::idempotency_key() });
    for form in super::refusals::FORMS {
        parameter(doc, "post", form, "Idempotency-Key", key.clone());
    }
    let uuid = json!({ "type": "string", "format": "uuid" });
    for path in ["/api/admin/registrations/{id}", "/api/admin/feedback/{id}"] {
        for method in ["patch", "delete"] {
            parameter(doc, method, path, "id", uuid.clone());
        }
    }
    for (method, path) in [
        ("put", "/api/admin/networks/{id}"),
        ("post", "/api/admin/networks/{id}/confirm"),
        ("post", "/api/admin/networks/{id}/archive"),
        ("post", "/api/admin/networks/{id}/restore"),
    ] {
        parameter(doc, method, path, "id", reference("Slug"));
    }
}
