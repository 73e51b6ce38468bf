//! The coordinators' queries: registrations (list, change, erase), the audit log, retention.

use crate::rate_limit::WINDOW_MS;
use crate::ApiError;
use model::coordination::{AuditEntry, Registration, RegistrationPatch, Status};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::D1Database;

/// Which registrations to list (already checked).
#[derive(Debug, Default, Clone)]
pub struct RegistrationQuery {
    pub status: Option<Status>,
    pub district: Option<u16>,
    pub network: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    pub text: Option<String>,
    pub page: u32,
    pub per_page: u32,
}

impl RegistrationQuery {
    /// The WHERE clause and its parameters (always bound, never spliced).
    fn condition(&self) -> (String, Vec<JsValue>) {
        let mut params: Vec<JsValue> = Vec::new();
        let mut bind = |value: JsValue| {
            params.push(value);
            format!("?{}", params.len())
        };
        let mut parts: Vec<String> = vec!["1 = 1".into()];
        if let Some(status) = self.status {
            parts.push(format!("status = {}", bind(status.key().into())));
        }
        if let Some(district) = self.district {
            let n = bind(JsValue::from_f64(district.into()));
            parts.push(format!(
                "EXISTS (SELECT 1 FROM json_each(districts) WHERE value = {n})"
            ));
        }
        if let Some(network) = &self.network {
            let n = bind(network.as_str().into());
            parts.push(format!("(network = {n} OR placed_network = {n})"));
        }
        if let Some(from) = &self.from {
            parts.push(format!("created_at >= {}", bind(from.as_str().into())));
        }
        if let Some(to) = &self.to {
            // Inclusive: everything before the next day.
            parts.push(format!(
                "created_at < date({}, '+1 day')",
                bind(to.as_str().into())
            ));
        }
        if let Some(text) = &self.text {
            let pattern = format!(
                "%{}%",
                text.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            );
            let n = bind(pattern.into());
            parts.push(format!(
                "(name LIKE {n} ESCAPE '\\' OR email LIKE {n} ESCAPE '\\' OR message LIKE {n} ESCAPE '\\')"
            ));
        }
        (parts.join(" AND "), params)
    }
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
        })
    }
}

const COLUMNS: &str = "id, created_at, status, name, email, phone, contact_via, districts, network, \
    interests, languages, languages_other, availability, message, consent_version, consent_at, note, \
    placed_network";

/// One page of registrations, newest first, and how many match in all.
pub async fn list(
    db: &D1Database,
    query: &RegistrationQuery,
    all: bool,
) -> Result<(Vec<Registration>, u32), ApiError> {
    #[derive(Deserialize)]
    struct Count {
        n: u32,
    }
    let (condition, mut params) = query.condition();
    let count: Option<Count> = db
        .prepare(format!(
            "SELECT COUNT(*) AS n FROM registrations WHERE {condition}"
        ))
        .bind(&params)?
        .first(None)
        .await?;
    let mut sql = format!(
        "SELECT {COLUMNS} FROM registrations WHERE {condition} ORDER BY created_at DESC, id"
    );
    if !all {
        params.push(JsValue::from_f64(query.per_page.into()));
        params.push(JsValue::from_f64(
            (query.page.saturating_sub(1) * query.per_page).into(),
        ));
        sql.push_str(&format!(
            " LIMIT ?{} OFFSET ?{}",
            params.len() - 1,
            params.len()
        ));
    }
    let rows: Vec<Row> = db.prepare(sql).bind(&params)?.all().await?.results()?;
    let items = rows
        .into_iter()
        .map(Row::into_registration)
        .collect::<Result<_, _>>()?;
    Ok((items, count.map_or(0, |c| c.n)))
}

pub async fn get(db: &D1Database, id: &str) -> Result<Option<Registration>, ApiError> {
    let row: Option<Row> = db
        .prepare(format!("SELECT {COLUMNS} FROM registrations WHERE id = ?1"))
        .bind(&[id.into()])?
        .first(None)
        .await?;
    row.map(Row::into_registration).transpose()
}

/// Applies a checked patch. `Some("")` clears a text field.
pub async fn update(db: &D1Database, id: &str, patch: &RegistrationPatch) -> Result<(), ApiError> {
    let text = |value: &Option<String>| -> (JsValue, JsValue) {
        match value {
            None => (JsValue::from_f64(0.0), JsValue::NULL),
            Some(v) if v.trim().is_empty() => (JsValue::from_f64(1.0), JsValue::NULL),
            Some(v) => (JsValue::from_f64(1.0), v.as_str().into()),
        }
    };
    let (set_note, note) = text(&patch.note);
    let (set_placed, placed) = text(&patch.placed_network);
    db.prepare(
        "UPDATE registrations SET \
            status = COALESCE(?2, status), \
            note = CASE WHEN ?3 = 1 THEN ?4 ELSE note END, \
            placed_network = CASE WHEN ?5 = 1 THEN ?6 ELSE placed_network END \
         WHERE id = ?1",
    )
    .bind(&[
        id.into(),
        patch.status.map_or(JsValue::NULL, |s| s.key().into()),
        set_note,
        note,
        set_placed,
        placed,
    ])?
    .run()
    .await?;
    Ok(())
}

/// Erases a registration for good. Returns whether there was one.
pub async fn delete(db: &D1Database, id: &str) -> Result<bool, ApiError> {
    let existed = get(db, id).await?.is_some();
    db.prepare("DELETE FROM registrations WHERE id = ?1")
        .bind(&[id.into()])?
        .run()
        .await?;
    Ok(existed)
}

/// Records an admin action: who, what, on which id. No personal data goes in here.
pub async fn audit(
    db: &D1Database,
    coordinator: &str,
    action: &str,
    target: Option<&str>,
) -> Result<(), ApiError> {
    let now: String = worker::js_sys::Date::new_0().to_iso_string().into();
    db.prepare(
        "INSERT INTO audit_log (id, at, coordinator, action, target) VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .bind(&[
        uuid::Uuid::new_v4().to_string().into(),
        now.into(),
        coordinator.into(),
        action.into(),
        target.map_or(JsValue::NULL, JsValue::from),
    ])?
    .run()
    .await?;
    Ok(())
}

pub async fn audit_page(
    db: &D1Database,
    page: u32,
    per_page: u32,
) -> Result<(Vec<AuditEntry>, u32), ApiError> {
    #[derive(Deserialize)]
    struct Count {
        n: u32,
    }
    let count: Option<Count> = db
        .prepare("SELECT COUNT(*) AS n FROM audit_log")
        .first(None)
        .await?;
    let items: Vec<AuditEntry> = db
        .prepare("SELECT at, coordinator, action, target FROM audit_log ORDER BY at DESC, id LIMIT ?1 OFFSET ?2")
        .bind(&[JsValue::from_f64(per_page.into()), JsValue::from_f64((page.saturating_sub(1) * per_page).into())])?
        .all()
        .await?
        .results()?;
    Ok((items, count.map_or(0, |c| c.n)))
}

/// The retention job: registrations older than `cutoff` (ISO) and expired rate-limit counts go.
/// Returns how many registrations were deleted.
pub async fn apply_retention(db: &D1Database, cutoff: &str, now_ms: f64) -> Result<u32, ApiError> {
    #[derive(Deserialize)]
    struct Count {
        n: u32,
    }
    let old: Option<Count> = db
        .prepare("SELECT COUNT(*) AS n FROM registrations WHERE created_at < ?1")
        .bind(&[cutoff.into()])?
        .first(None)
        .await?;
    db.batch(vec![
        db.prepare("DELETE FROM registrations WHERE created_at < ?1")
            .bind(&[cutoff.into()])?,
        db.prepare("DELETE FROM rate_events WHERE at <= ?1")
            .bind(&[JsValue::from_f64(now_ms - WINDOW_MS)])?,
    ])
    .await?;
    Ok(old.map_or(0, |c| c.n))
}
