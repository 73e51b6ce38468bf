//! The coordinators' queries on registrations: list, export, change, erase. Every change runs
//! in one batch with its audit entry.

use crate::error::ApiError;
use crate::storage::{self, audit::Action};
use model::coordination::{Registration, RegistrationPatch, Status};
use model::need::answer::{ContactedBy, FirstContact};
use model::search::RegistrationSearch;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// The WHERE clause of a (checked) search and its parameters (always bound, never spliced).
fn condition(search: &RegistrationSearch) -> (String, Vec<JsValue>) {
    let mut params: Vec<JsValue> = Vec::new();
    let mut bind = |value: JsValue| {
        params.push(value);
        format!("?{}", params.len())
    };
    // A registration waiting for the volunteer's confirmation is not the coordinators' to see
    // (the privacy notice says so): counted ([`waiting`]), never listed or exported.
    let mut parts: Vec<String> = vec![CONFIRMED.into()];
    if let Some(status) = search.status {
        parts.push(format!("status = {}", bind(status.key().into())));
    }
    if let Some(district) = search.district {
        let n = bind(JsValue::from_f64(district.into()));
        parts.push(format!(
            "EXISTS (SELECT 1 FROM json_each(districts) WHERE value = {n})"
        ));
    }
    if let Some(need) = &search.need {
        parts.push(format!("need = {}", bind(need.as_str().into())));
    }
    if let Some(network) = &search.network {
        let n = bind(network.as_str().into());
        parts.push(format!("(network = {n} OR placed_network = {n})"));
    }
    if let Some(from) = &search.from {
        parts.push(format!("created_at >= {}", bind(from.as_str().into())));
    }
    if let Some(to) = &search.to {
        // Inclusive: everything before the next day.
        parts.push(format!(
            "created_at < date({}, '+1 day')",
            bind(to.as_str().into())
        ));
    }
    if let Some(text) = search.text() {
        // `instr`, not LIKE: D1 refuses LIKE patterns over 50 bytes (a search of 17 Chinese or
        // 13 emoji characters), and the text is taken literally without escaping. `lower` is
        // ASCII-only, as LIKE's case-insensitivity is.
        let n = bind(text.into());
        parts.push(format!(
            "(instr(lower(name), lower({n})) > 0 OR instr(lower(email), lower({n})) > 0 \
             OR instr(lower(message), lower({n})) > 0)"
        ));
    }
    (parts.join(" AND "), params)
}

#[derive(Deserialize)]
struct Row {
    id: String,
    created_at: String,
    status: String,
    name: String,
    email: String,
    phone: Option<String>,
    contact_via: String,
    districts: String,
    network: Option<String>,
    interests: String,
    languages: String,
    languages_other: Option<String>,
    availability: String,
    message: Option<String>,
    consent_version: String,
    consent_at: String,
    note: Option<String>,
    placed_network: Option<String>,
    need: Option<String>,
    confirmed_at: Option<String>,
    lang: String,
    notify_placed: u32,
    network_contact: u32,
    first_contact: Option<String>,
    first_contact_at: Option<String>,
    first_contact_by: Option<String>,
}

impl Row {
    fn into_registration(self) -> Result<Registration, ApiError> {
        Ok(Registration {
            status: Status::from_key(&self.status).unwrap_or(Status::New),
            contact_via: serde_json::from_value(serde_json::Value::String(self.contact_via))?,
            districts: serde_json::from_str(&self.districts)?,
            interests: serde_json::from_str(&self.interests)?,
            languages: serde_json::from_str(&self.languages)?,
            availability: serde_json::from_str(&self.availability)?,
            id: self.id,
            created_at: self.created_at,
            name: self.name,
            email: self.email,
            phone: self.phone,
            network: self.network,
            languages_other: self.languages_other,
            message: self.message,
            consent_version: self.consent_version,
            consent_at: self.consent_at,
            note: self.note,
            placed_network: self.placed_network,
            need: self.need,
            confirmed_at: self.confirmed_at,
            lang: self.lang,
            notify_placed: self.notify_placed == 1,
            // Only the volunteer's own view reads these (`storage::own`).
            pending_email: None,
            need_network: None,
            network_contact: self.network_contact == 1,
            first_contact: self
                .first_contact
                .as_deref()
                .and_then(FirstContact::from_key),
            first_contact_at: self.first_contact_at,
            first_contact_by: self
                .first_contact_by
                .as_deref()
                .and_then(ContactedBy::from_key),
        })
    }
}

const COLUMNS: &str = "id, created_at, status, name, email, phone, contact_via, districts, network, \
    interests, languages, languages_other, availability, message, consent_version, consent_at, note, \
    placed_network, need, confirmed_at, lang, notify_placed, network_contact, first_contact, \
    first_contact_at, first_contact_by";

/// The SELECT of the matching registrations, newest first: one page, or `all` of them.
fn select(search: &RegistrationSearch, all: bool) -> (String, Vec<JsValue>) {
    let (condition, mut params) = condition(search);
    let mut sql = format!(
        "SELECT {COLUMNS} FROM registrations WHERE {condition} ORDER BY created_at DESC, id"
    );
    if !all {
        let per_page = search.per_page();
        params.push(JsValue::from_f64(per_page.into()));
        params.push(JsValue::from_f64(
            (f64::from(search.page()) - 1.0) * f64::from(per_page),
        ));
        sql.push_str(&format!(
            " LIMIT ?{} OFFSET ?{}",
            params.len() - 1,
            params.len()
        ));
    }
    (sql, params)
}

fn registrations(rows: Vec<Row>) -> Result<Vec<Registration>, ApiError> {
    rows.into_iter().map(Row::into_registration).collect()
}

/// What every coordinators' query on registrations requires.
const CONFIRMED: &str = "confirmed_at IS NOT NULL";

/// How many registrations wait for their volunteer's confirmation.
pub async fn waiting(db: &D1Database) -> Result<u32, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT COUNT(*) AS n FROM registrations WHERE confirmed_at IS NULL")
        .first(None)
        .await?;
    Ok(row
        .and_then(|row| storage::number(&row, "n"))
        .unwrap_or_default() as u32)
}

/// One page of registrations, newest first, and how many match in all.
pub async fn list(
    db: &D1Database,
    search: &RegistrationSearch,
) -> Result<(Vec<Registration>, u32), ApiError> {
    #[derive(Deserialize)]
    struct Count {
        n: u32,
    }
    let (condition, params) = condition(search);
    let count: Option<Count> = db
        .prepare(format!(
            "SELECT COUNT(*) AS n FROM registrations WHERE {condition}"
        ))
        .bind(&params)?
        .first(None)
        .await?;
    let (sql, params) = select(search, false);
    let rows: Vec<Row> = db.prepare(sql).bind(&params)?.all().await?.results()?;
    Ok((registrations(rows)?, count.map_or(0, |c| c.n)))
}

/// Every matching registration, for the export, read in one batch with the export's audit
/// entry: nothing leaves without its entry, and no entry without the read.
pub async fn export(
    db: &D1Database,
    search: &RegistrationSearch,
    action: &Action<'_>,
) -> Result<Vec<Registration>, ApiError> {
    let (sql, params) = select(search, true);
    let results = db
        .batch(vec![action.insert(db)?, db.prepare(sql).bind(&params)?])
        .await?;
    registrations(storage::nth(&results, 1)?.results()?)
}

pub async fn get(db: &D1Database, id: &str) -> Result<Option<Registration>, ApiError> {
    let row: Option<Row> = db
        .prepare(format!("SELECT {COLUMNS} FROM registrations WHERE id = ?1"))
        .bind(&[id.into()])?
        .first(None)
        .await?;
    row.map(Row::into_registration).transpose()
}

/// The audit entry's condition: the registration `?1` exists (at that point of the batch).
const REGISTRATION_EXISTS: &str = "EXISTS (SELECT 1 FROM registrations WHERE id = ?1)";
/// … and is confirmed: a coordinator changes nothing on one that is not.
const CONFIRMED_REGISTRATION_EXISTS: &str =
    "EXISTS (SELECT 1 FROM registrations WHERE id = ?1 AND confirmed_at IS NOT NULL)";

/// Applies a checked patch and writes `action` to the audit log, in one batch. `Some("")`
/// clears a text field; a first contact marked here keeps the time (`now`) and the marker of
/// the first one. The first contact and the first placement keep their time for the report
/// (the migration's triggers count them then). Returns whether there was such a registration.
pub async fn update(
    db: &D1Database,
    id: &str,
    (patch, now): (&RegistrationPatch, &str),
    action: &Action<'_>,
    before: Vec<D1PreparedStatement>,
) -> Result<bool, ApiError> {
    let text = |value: &Option<String>| -> (JsValue, JsValue) {
        match value {
            None => (JsValue::from_f64(0.0), JsValue::NULL),
            Some(v) if v.trim().is_empty() => (JsValue::from_f64(1.0), JsValue::NULL),
            Some(v) => (JsValue::from_f64(1.0), v.as_str().into()),
        }
    };
    let (set_note, note) = text(&patch.note);
    let (set_placed, placed) = text(&patch.placed_network);
    let update = db
        .prepare(
            "UPDATE registrations SET \
                status = COALESCE(?2, status), \
                note = CASE WHEN ?3 = 1 THEN ?4 ELSE note END, \
                placed_network = CASE WHEN ?5 = 1 THEN ?6 ELSE placed_network END, \
                first_contact = COALESCE(?7, first_contact), \
                first_contact_at = CASE WHEN ?7 IS NULL THEN first_contact_at \
                    ELSE COALESCE(first_contact_at, ?8) END, \
                first_contact_by = CASE WHEN ?7 IS NULL THEN first_contact_by \
                    ELSE COALESCE(first_contact_by, 'coordination') END, \
                contacted_at = CASE WHEN ?7 IS NOT NULL \
                    OR COALESCE(?2, status) IN ('contacted', 'placed') \
                    THEN COALESCE(contacted_at, ?8) ELSE contacted_at END, \
                placed_at = CASE WHEN COALESCE(?2, status) = 'placed' \
                    THEN COALESCE(placed_at, ?8) ELSE placed_at END \
             WHERE id = ?1 AND confirmed_at IS NOT NULL",
        )
        .bind(&[
            id.into(),
            patch.status.map_or(JsValue::NULL, |s| s.key().into()),
            set_note,
            note,
            set_placed,
            placed,
            patch
                .first_contact
                .map_or(JsValue::NULL, |f| f.key().into()),
            now.into(),
        ])?;
    action
        .record_after(
            db,
            CONFIRMED_REGISTRATION_EXISTS,
            &[id.into()],
            before,
            update,
        )
        .await
}

/// Erases a registration for good and writes `action` to the audit log, in one batch, counted
/// as `counted` (the event and its month) for the report where it says. Returns whether there
/// was one: of two parallel erasures, exactly one deletes the row and writes the entry.
pub async fn delete(
    db: &D1Database,
    id: &str,
    action: &Action<'_>,
    counted: Option<(model::report::Event, model::report::Month)>,
) -> Result<bool, ApiError> {
    let delete = db
        .prepare("DELETE FROM registrations WHERE id = ?1")
        .bind(&[id.into()])?;
    let before = match counted {
        Some((event, month)) => vec![storage::report_counts::leaving(
            db,
            event,
            ("id = ?1", &[id.into()]),
            month,
        )?],
        None => Vec::new(),
    };
    action
        .record_after(db, REGISTRATION_EXISTS, &[id.into()], before, delete)
        .await
}
