//! The audit log: who did what, when, on which id. No volunteer's personal data goes in here.
//!
//! An entry is never written on its own: a change that is audited takes an [`Action`], whose
//! [`Action::record`] runs the change and its entry in one batch, the entry guarded so that it
//! is written exactly when the change is. Handlers get their actions from [`Audit`], which the
//! route table makes for the signed-in actor: no handler names "who" by hand.

use crate::error::ApiError;
use crate::storage;
use model::audit::{Actor, AuditEntry};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// The actions of one actor: made by the route table for a signed-in request
/// (`routes/endpoint.rs`), or for the system and volunteers where they act.
#[derive(Debug, Clone)]
pub struct Audit {
    actor: Actor,
}

impl Audit {
    pub fn new(actor: Actor) -> Self {
        Self { actor }
    }

    /// The action `name` (`registration.update`, …) on `target`, by this actor.
    pub fn action<'a>(&'a self, name: &'a str, target: Option<&'a str>) -> Action<'a> {
        Action {
            actor: &self.actor,
            name,
            target,
        }
    }
}

/// One action: who, what, and the id it was done to.
#[derive(Debug, Clone, Copy)]
pub struct Action<'a> {
    actor: &'a Actor,
    name: &'a str,
    target: Option<&'a str>,
}

impl Action<'_> {
    /// Runs `change` with this entry before it, in one batch: the entry is written only where
    /// `guard` (SQL, its parameters `params` numbered from `?1`) holds at that point, which the caller
    /// makes "the change will happen" (`EXISTS` the row it updates or deletes, `NOT EXISTS` the
    /// one it inserts). Returns whether `change` changed a row.
    pub async fn record(
        &self,
        db: &D1Database,
        guard: &str,
        params: &[JsValue],
        change: D1PreparedStatement,
    ) -> Result<bool, ApiError> {
        self.record_after(db, guard, params, Vec::new(), change)
            .await
    }

    /// As [`Action::record`], with `before` in the same batch between the entry and the
    /// change (what must see the row as it was, like a mail queued only if it is not placed
    /// yet).
    pub async fn record_after(
        &self,
        db: &D1Database,
        guard: &str,
        params: &[JsValue],
        before: Vec<D1PreparedStatement>,
        change: D1PreparedStatement,
    ) -> Result<bool, ApiError> {
        let change_at = 1 + before.len();
        let mut batch = vec![self.insert_if(db, guard, params)?];
        batch.extend(before);
        batch.push(change);
        let results = db.batch(batch).await?;
        storage::changed(storage::nth(&results, change_at)?)
    }

    /// The INSERT of this entry, written only where `condition` (SQL, its parameters `params`
    /// numbered from `?1`) holds at its place in the batch.
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
            self.actor.name().into(),
            self.actor.kind().key().into(),
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

/// The entry's own columns, `?1`–`?6`; the condition's parameters follow.
const OWN_COLUMNS: usize = 6;

fn insert_sql(condition: &str) -> String {
    format!(
        "INSERT INTO audit_log (id, at, coordinator, actor_kind, action, target) \
         SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE {}",
        shift_params(condition, OWN_COLUMNS)
    )
}

/// `sql` with every numbered parameter `?n` as `?{n + by}`.
pub(super) fn shift_params(sql: &str, by: usize) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut rest = sql;
    while let Some(at) = rest.find('?') {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match rest[..digits].parse::<usize>() {
            Ok(n) => out.push_str(&(n + by).to_string()),
            Err(_) => out.push_str(&rest[..digits]),
        }
        rest = &rest[digits..];
    }
    out.push_str(rest);
    out
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
        .prepare(
            "SELECT at, coordinator, actor_kind, action, target FROM audit_log \
             ORDER BY at DESC, id LIMIT ?1 OFFSET ?2",
        )
        .bind(&[
            JsValue::from_f64(per_page.into()),
            JsValue::from_f64((page.saturating_sub(1) * per_page).into()),
        ])?
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
            insert_sql("EXISTS (SELECT 1 FROM needs WHERE id = ?1 OR slug = ?2)"),
            "INSERT INTO audit_log (id, at, coordinator, actor_kind, action, target) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM needs WHERE id = ?7 OR slug = ?8)"
        );
        assert_eq!(shift_params("1 = 1", 6), "1 = 1");
        assert_eq!(shift_params("a = ?10 AND b = ?", 6), "a = ?16 AND b = ?");
    }
}
