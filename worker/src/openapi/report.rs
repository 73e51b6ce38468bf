//! The operations of issue 34, one function each, and their refusals: the coordinators'
//! report (exact, or protected as it leaves the area), its tables as CSV, publishing a year or
//! quarter, and the published reports for everyone.

use model::report::figures::Report;
use model::report::publication::{Publication, PublishInput, PublishedHead};
use serde_json::{json, Value};

/// The report of a period from the counters: exact, or protected (`protected=true`) as it
/// may leave the area (a count below the threshold as `"small"`, a count hidden so it cannot
/// be worked out as `"hidden"`).
#[utoipa::path(get, path = "/api/admin/report", tag = "coordinators",
    params(
        ("period" = String, Query, description = "`2026`, `2026-q1` or `2026-01..2026-06` (at most 60 months)"),
        ("protected" = Option<bool>, Query, description = "As it may leave the area"),
    ),
    responses((status = 200, description = "The figures", body = Report)),
)]
pub fn report() {}

/// The report as a document: tables and SVG charts (HTML, German), as the area shows and
/// prints it.
#[utoipa::path(get, path = "/api/admin/report/document", tag = "coordinators",
    params(
        ("period" = String, Query, description = "`2026`, `2026-q1` or `2026-01..2026-06`"),
        ("protected" = Option<bool>, Query, description = "As it may leave the area"),
    ),
    responses((status = 200, description = "An HTML fragment", content_type = "text/html", body = String)),
)]
pub fn report_document() {}

/// One table of the report, protected, as CSV for German Excel (UTF-8 BOM, `;`).
#[utoipa::path(get, path = "/api/admin/report/csv", tag = "coordinators",
    params(
        ("period" = String, Query, description = "`2026`, `2026-q1` or `2026-01..2026-06`"),
        ("table" = String, Query, description = "months, districts, languages, interests, came, contact-days, placement-days, needs-most, needs-fewest"),
    ),
    responses((status = 200, description = "The table", content_type = "text/csv", body = String)),
)]
pub fn report_csv() {}

/// Publish a whole year or quarter that has ended: computed, protected with the year's other
/// publications and stored now; never changed after. Again: a corrected version.
#[utoipa::path(post, path = "/api/admin/report/publish", tag = "coordinators",
    request_body(content = PublishInput, content_type = "application/json"),
    responses((status = 201, description = "Published", body = Publication)),
)]
pub fn publish_report() {}

/// Every published version, newest first (as the public list).
#[utoipa::path(get, path = "/api/admin/report/published", tag = "coordinators",
    responses((status = 200, description = "The publications", body = Vec<PublishedHead>)),
)]
pub fn published_reports() {}

/// Every published report's versions, newest first.
#[utoipa::path(get, path = "/api/reports", tag = "public",
    responses((status = 200, description = "The publications", body = Vec<PublishedHead>)),
)]
pub fn reports() {}

/// A published year or quarter: its versions, the newest (the one that counts) first.
#[utoipa::path(get, path = "/api/reports/{period}", tag = "public",
    params(("period" = String, Path, description = "`2026` or `2026-q1`")),
    responses((status = 200, description = "Its versions", body = Vec<Publication>)),
)]
pub fn published_report() {}

/// A table of a published report's newest version as CSV, its labels in `lang`.
#[utoipa::path(get, path = "/api/reports/{period}/{table}", tag = "public",
    params(
        ("period" = String, Path, description = "`2026` or `2026-q1`"),
        ("table" = String, Path, description = "A table's name, optionally with `.csv`"),
        ("lang" = Option<String>, Query, description = "de (default), en, ar, fa, uk"),
    ),
    responses((status = 200, description = "The table", content_type = "text/csv", body = String)),
)]
pub fn published_report_csv() {}

/// The operations' refusals: (method, path, statuses, body limit).
pub const REFUSALS: [(&str, &str, &[u16], usize); 8] = [
    ("get", "/api/admin/report", &[401, 422, 503], 0),
    ("get", "/api/admin/report/document", &[401, 422, 503], 0),
    ("get", "/api/admin/report/csv", &[401, 422, 503], 0),
    (
        "post",
        "/api/admin/report/publish",
        &[400, 401, 409, 413, 415, 422, 503],
        8 * 1024,
    ),
    ("get", "/api/admin/report/published", &[401, 503], 0),
    ("get", "/api/reports", &[503], 0),
    ("get", "/api/reports/{period}", &[404, 503], 0),
    ("get", "/api/reports/{period}/{table}", &[404, 503], 0),
];

/// A report's period as the coordinators' API reads it.
const PERIOD: &str = "^20[0-9]{2}(-[qQ][1-4]|-(0[1-9]|1[0-2])\\.\\.20[0-9]{2}-(0[1-9]|1[0-2]))?$";

/// What the Rust types cannot say.
pub fn apply(doc: &mut Value) {
    schemas(&mut doc["components"]["schemas"]);
    parameters(&mut doc["paths"]);
}

fn schemas(schemas: &mut Value) {
    schemas["Figure"] = json!({
        "oneOf": [
            { "type": "integer", "minimum": 0 },
            { "type": "string", "enum": ["small", "hidden"] },
        ],
        "description": "A count, or why it is not shown: `small` (below the threshold, \"< 3\"), `hidden` (so that no small one can be worked out, \"•\")."
    });

    schemas["PublishInput"]["additionalProperties"] = json!(false);
    schemas["PublishInput"]["properties"]["remark"] = json!({ "type": ["string", "null"],
        "maxLength": model::report::publication::REMARK_MAX_CHARS,
        "pattern": super::patterns::blank_or_text_of_at_least(1, model::validate::Text::Lines),
        "description": "Shown above the figures; a correction says here what it corrects." });
    schemas["PublishInput"]["properties"]["period"] = json!({ "type": "string",
        "pattern": "^20[0-9]{2}(-[qQ][1-4])?$",
        "description": "A whole year or quarter; one that has not ended yet is a 409." });
}

fn parameters(paths: &mut Value) {
    let period = json!({ "type": "string", "pattern": PERIOD,
        "description": "A year (`2026`), a quarter (`2026-q1`) or whole months in either order (`2026-01..2026-06`)" });
    let tables: Vec<&str> = model::report::figures::TableId::ALL
        .iter()
        .map(|t| t.key())
        .collect();
    for path in [
        "/api/admin/report",
        "/api/admin/report/document",
        "/api/admin/report/csv",
    ] {
        if let Some(parameters) = paths[path]["get"]["parameters"].as_array_mut() {
            for parameter in parameters.iter_mut() {
                match parameter["name"].as_str() {
                    Some("period") => parameter["schema"] = period.clone(),
                    Some("table") => {
                        parameter["schema"] = json!({ "type": "string", "enum": tables })
                    }
                    _ => {}
                }
            }
        }
    }
}
