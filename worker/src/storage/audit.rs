//! The audit log: who did what, when, on which id. No volunteer's personal data goes in here.
//!
//! An entry is never written on its own: [`Action::insert_if`] makes the INSERT that goes into
//! the same batch as the change it records, guarded so that it is written exactly when the
//! change is.

use crate::ApiError;
use model::coordination::AuditEntry;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// One admin action: the coordinator's name, the action's name and the id it was done to.
#[derive(Debug, Clone, Copy)]
pub struct Action<'a> {
    pub coordinator: &'a str,
    pub name: &'a str,
    pub target: Option<&'a str>,
}

impl Action<'_> {
    /// The INSERT of this entry, written only where `condition` (SQL) holds at its place in the
    /// batch. `?1`–`?5` are the entry's own columns; the condition's parameters, `params`, are
    /// `?6` onward.
    pub fn insert_if(
        &self,
        db: &D1Database,
        condition: &str,
        params: &[JsValue],
    ) -> Result<D1PreparedStatement, ApiError> {
        let now: String = worker::js_sys::Date::new_0().to_iso_string().into();
        let mut values = vec![
            uuid::Uuid::new_v4().to_string().into(),
            now.into(),
            self.coordinator.into(),
            self.name.into(),
            self.target.map_or(JsValue::NULL, JsValue::from),
        ];
        values.extend_from_slice(params);
        Ok(db.prepare(insert_sql(condition)).bind(&values)?)
    }

    /// The INSERT of this entry, unconditionally (for an action that changes nothing, like an
    /// export, batched with its read).
    pub fn insert(&self, db: &D1Database) -> Result<D1PreparedStatement, ApiError> {
        self.insert_if(db, "1 = 1", &[])
    }
}

fn insert_sql(condition: &str) -> String {
    format!(
        "INSERT INTO audit_log (id, at, coordinator, action, target) \
         SELECT ?1, ?2, ?3, ?4, ?5 WHERE {condition}"
    )
}

/// One page of the log, newest first, and how many entries there are in all.
pub async fn page(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_is_guarded_by_its_condition() {
        assert_eq!(
            insert_sql("EXISTS (SELECT 1 FROM registrations WHERE id = ?6)"),
            "INSERT INTO audit_log (id, at, coordinator, action, target) \
             SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM registrations WHERE id = ?6)"
        );
    }
}
