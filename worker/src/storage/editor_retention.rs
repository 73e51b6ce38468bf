//! The daily run's share for the networks' editors: ended sessions, spent links (sign-in and
//! "Stimmt noch"), link requests past their hour, declined claims and suggestions and decided
//! proposals of needs 30 days after the decision go, and an access unused for [`model::editor::UNUSED_DAYS`]
//! (signing in by link counts as use) ends and is erased with its networks, links, sessions
//! and waiting mail. One batch, the audit
//! entries first (by the system, one per access, never a name).

use crate::error::ApiError;
use crate::storage::{admin_session, changes, nth};
use model::audit::{Actor, ActorKind};
use wasm_bindgen::JsValue;
use worker::D1Database;

/// Before which moments (ISO 8601) what goes.
pub struct Cutoffs<'a> {
    pub unused: &'a str,
    pub idle: &'a str,
    pub session_start: &'a str,
    pub now: &'a str,
    pub now_ms: f64,
    /// Declined claims and suggestions, and decided proposals of needs, decided before this go.
    pub declined: &'a str,
}

/// Runs the editors' retention; returns how many accesses were erased.
pub async fn run(db: &D1Database, cutoffs: &Cutoffs<'_>) -> Result<u32, ApiError> {
    const UNUSED: &str = "SELECT id FROM editors WHERE last_used_at < ?1";
    let unused = [JsValue::from(cutoffs.unused)];
    let erased_entries = db
        .prepare(
            "INSERT INTO audit_log (id, at, coordinator, actor_kind, action, target) \
             SELECT lower(hex(randomblob(16))), ?2, ?3, ?4, 'editor.retention', id \
             FROM editors WHERE last_used_at < ?1",
        )
        .bind(&[
            cutoffs.unused.into(),
            cutoffs.now.into(),
            Actor::System.name().into(),
            Actor::System.kind().key().into(),
        ])?;
    let mut batch = vec![erased_entries];
    for table in [
        "editor_sessions",
        "editor_links",
        "confirm_links",
        "editor_networks",
        "mail_outbox",
    ] {
        let column = if table == "mail_outbox" {
            "editor"
        } else {
            "editor_id"
        };
        batch.push(
            db.prepare(format!("DELETE FROM {table} WHERE {column} IN ({UNUSED})"))
                .bind(&unused)?,
        );
    }
    let erase_at = batch.len();
    batch.push(
        db.prepare("DELETE FROM editors WHERE last_used_at < ?1")
            .bind(&unused)?,
    );
    // Sessions that ended by themselves, each with its entry, as a request would find them.
    let ended = "last_used_at < ?1 OR created_at <= ?2";
    batch.push(
        db.prepare(format!(
            "INSERT INTO audit_log (id, at, coordinator, actor_kind, action, target) \
             SELECT lower(hex(randomblob(16))), ?3, 'Netzwerk-Zugang ' || substr(editor_id, 1, 8), \
             ?4, ?5, substr(id_hash, 1, 16) FROM editor_sessions WHERE {ended}"
        ))
        .bind(&[
            cutoffs.idle.into(),
            cutoffs.session_start.into(),
            cutoffs.now.into(),
            ActorKind::Editor.key().into(),
            admin_session::EXPIRE.into(),
        ])?,
    );
    batch.push(
        db.prepare(format!("DELETE FROM editor_sessions WHERE {ended}"))
            .bind(&[cutoffs.idle.into(), cutoffs.session_start.into()])?,
    );
    for links in ["editor_links", "confirm_links"] {
        batch.push(
            db.prepare(format!("DELETE FROM {links} WHERE expires_ms <= ?1"))
                .bind(&[JsValue::from_f64(cutoffs.now_ms)])?,
        );
    }
    // Declined claims and suggestions, and decided proposals of needs (what was accepted lives
    // in the need and its audit entries), 30 days after the decision, each with its entry.
    let declined = "status = 'declined' AND decided_at < ?1";
    batch.extend(decided_ones(db, cutoffs, "network_requests", declined)?);
    let decided = "status <> 'waiting' AND decided_at < ?1";
    batch.extend(decided_ones(db, cutoffs, "need_proposals", decided)?);
    // Link requests are counted for their hour only.
    batch.push(
        db.prepare("DELETE FROM editor_link_requests WHERE at_ms <= ?1")
            .bind(&[JsValue::from_f64(
                cutoffs.now_ms - model::editor::LINK_REQUEST_WINDOW_MS,
            )])?,
    );
    let results = db.batch(batch).await?;
    Ok(u32::try_from(changes(nth(&results, erase_at)?)?).unwrap_or(u32::MAX))
}

/// The audit entries (`<table without its s>.retention`, by the system) and the DELETE of the
/// rows of `table` (a constant) that `condition` (`?1`: the cutoff of decided ones) names.
fn decided_ones(
    db: &D1Database,
    cutoffs: &Cutoffs<'_>,
    table: &str,
    condition: &str,
) -> Result<[worker::D1PreparedStatement; 2], ApiError> {
    let action = format!("{}.retention", table.trim_end_matches('s'));
    let entries = db
        .prepare(format!(
            "INSERT INTO audit_log (id, at, coordinator, actor_kind, action, target) \
             SELECT lower(hex(randomblob(16))), ?2, ?3, ?4, ?5, id FROM {table} WHERE {condition}"
        ))
        .bind(&[
            cutoffs.declined.into(),
            cutoffs.now.into(),
            Actor::System.name().into(),
            Actor::System.kind().key().into(),
            action.into(),
        ])?;
    let delete = db
        .prepare(format!("DELETE FROM {table} WHERE {condition}"))
        .bind(&[cutoffs.declined.into()])?;
    Ok([entries, delete])
}
