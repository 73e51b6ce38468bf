//! The needs' part of the document: every rule of `NeedInput::check` (lengths, patterns, no
//! contact data in a text), examples, what the answers hold and the parameters. The rule that
//! depends on the day (`valid_until` from today to six months ahead) is a 409, like a network
//! that does not exist: the document cannot know today.

use super::constraints::{parameter, time_slots};
use super::patterns as p;
use super::places::reference;
use model::need::{DESCRIPTION_CHARS, PEOPLE, PLACE_MAX_CHARS, TITLE_CHARS, WHEN_MAX_CHARS};
use model::validate::{Text, SLUG_MAX_CHARS};
use serde_json::{json, Value};

pub fn apply(doc: &mut Value) {
    need_input(doc);
    answers(doc);
    parameters(doc);
}

fn schema<'a>(doc: &'a mut Value, name: &str) -> &'a mut Value {
    &mut doc["components"]["schemas"][name]
}

fn need_input(doc: &mut Value) {
    // `not` of a bare pattern would refuse `null` too (a pattern ignores non-strings).
    let no_contact = json!({ "type": "string", "pattern": p::contact_data() });
    let text = |min: usize, max: usize, kind: Text| {
        json!({ "type": "string", "minLength": min, "maxLength": max,
                "pattern": p::text_of_at_least(min, kind), "not": no_contact,
                "description": "No e-mail address and no phone number: describe the task, not people." })
    };
    let optional_text = |max: usize| {
        json!({ "type": ["string", "null"], "maxLength": max,
                "pattern": p::blank_or_text_of_at_least(1, Text::Line), "not": no_contact })
    };
    let slots = time_slots();
    let input = schema(doc, "NeedInput");
    let properties = &mut input["properties"];
    properties["network"] = json!({ "type": ["string", "null"], "maxLength": SLUG_MAX_CHARS, "pattern": p::empty_or_slug(),
        "description": "A network's address (else 409); empty or left out: the Koordinierungsstelle asks." });
    properties["title"] = text(TITLE_CHARS.0, TITLE_CHARS.1, Text::Line);
    properties["description"] = text(DESCRIPTION_CHARS.0, DESCRIPTION_CHARS.1, Text::Lines);
    properties["languages"] = json!({ "type": "array", "items": reference("LanguageCode") });
    properties["district"] = json!({ "anyOf": [reference("DistrictNumber"), { "type": "null" }] });
    properties["place"] = optional_text(PLACE_MAX_CHARS);
    properties["when"] = optional_text(WHEN_MAX_CHARS);
    properties["slots"] = json!({ "type": "array", "items": { "enum": slots } });
    properties["people"] =
        json!({ "type": ["integer", "null"], "minimum": PEOPLE.0, "maximum": PEOPLE.1 });
    properties["valid_until"] = json!({ "type": "string", "format": "date",
        "description": "The last day (Europe/Berlin), today to six months ahead (else 409)." });
    properties["content_lang"] = json!({ "type": ["string", "null"], "pattern": p::blank_or_language(),
        "description": "The language of the texts; German when blank." });
    input["required"] = json!(["title", "description", "activity", "valid_until"]);
    input["additionalProperties"] = json!(false);
    input["examples"] = json!([{
        "network": "refugium-fluechtlingshilfe", "title": "Sprachpatin gesucht",
        "description": "Gemeinsam Deutsch üben, einmal in der Woche im Stadtteilcafé.",
        "activity": "patenschaften", "languages": ["de", "fa"], "place": "Stadtteilcafé",
        "when": "dienstags 15–17 Uhr", "slots": ["tue-afternoon"], "people": 2,
        "valid_until": "2027-03-31"
    }]);
    schema(doc, "NeedPatch")["examples"] = json!([{ "status": "filled" }]);
}

/// What the answers hold, where it is certain: every stored need passed the rules above.
fn answers(doc: &mut Value) {
    let properties = &mut schema(doc, "Need")["properties"];
    properties["id"] = json!({ "type": "string", "format": "uuid" });
    properties["district"] = json!({ "anyOf": [reference("DistrictNumber"), { "type": "null" }] });
    properties["languages"] = json!({ "type": "array", "items": reference("LanguageCode") });
    properties["content_lang"] = reference("LanguageCode");
    properties["valid_until"] = json!({ "type": "string", "format": "date" });
}

fn parameters(doc: &mut Value) {
    let list = "/api/needs";
    parameter(doc, "get", list, "district", reference("DistrictNumber"));
    parameter(doc, "get", list, "activity", reference("Activity"));
    parameter(doc, "get", list, "language", reference("LanguageCode"));
    parameter(doc, "get", list, "network", reference("Slug"));
    let q = json!({ "type": "string", "maxLength": model::filter::MAX_QUERY_CHARS });
    parameter(doc, "get", list, "q", q);
    parameter(doc, "get", "/api/needs/{slug}", "slug", reference("Slug"));
    let uuid = json!({ "type": "string", "format": "uuid" });
    for method in ["put", "patch", "delete"] {
        parameter(doc, method, "/api/admin/needs/{id}", "id", uuid.clone());
    }
}
