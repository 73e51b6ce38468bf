//! The retention job's SQL: one batch deletes old registrations, old barrier reports, ended
//! sessions, expired rate-limit counts and failed sign-ins, forgets the reports' client hashes
//! whose window has passed, writes the audit entries and the run's row; the coordinators read
//! the runs.

use crate::error::ApiError;
use crate::rate_limit::Bucket;
use crate::storage::{self, admin_session, rate_limit};
use model::audit::{Actor, ActorKind};
use model::coordination::RetentionRun;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// How many runs are kept (the newest).
pub const KEPT_RUNS: u32 = 100;

/// One run: its id and when it started (ISO).
pub struct Run<'a> {
    pub id: &'a str,
    pub at: &'a str,
}

/// Before which moment (ISO) each kind of data goes.
pub struct Cutoffs<'a> {
    pub registrations: &'a str,
    pub feedback: &'a str,
    /// Audit entries written before then go.
    pub audit: &'a str,
    /// Sessions unused since then have ended (8 hours ago)…
    pub sessions: &'a str,
    /// …and those begun before then (12 hours ago).
    pub session_start: &'a str,
    /// Now: sessions whose token has expired by now have ended too.
    pub now: &'a str,
}

/// The sessions that have ended: unused for 8 hours, begun 12 hours ago, or their token
/// revoked, expired or without an end. `?{a}`: the idle cutoff, `?{b}`: the start cutoff,
/// `?{c}`: now.
fn ended_sessions(a: usize, b: usize, c: usize) -> String {
    format!(
        "last_used_at < ?{a} OR created_at <= ?{b} OR coordinator IN (SELECT name FROM coordinators \
         WHERE revoked_at IS NOT NULL OR expires_at IS NULL OR expires_at <= ?{c})"
    )
}

/// The ended sessions go, each with its audit entry (`session.expire`, by the first 16 digits
/// of its hash, as when a request finds it ended): two statements for the batch, the entries
/// first.
fn sessions(
    db: &D1Database,
    run: &Run<'_>,
    cutoffs: &Cutoffs<'_>,
) -> Result<[D1PreparedStatement; 2], ApiError> {
    let audit = db
        .prepare(format!(
            "INSERT INTO audit_log (id, at, coordinator, actor_kind, action, target) \
             SELECT lower(hex(randomblob(16))), ?1, coordinator, ?2, ?3, substr(id_hash, 1, 16) \
             FROM sessions WHERE {}",
            ended_sessions(4, 5, 6)
        ))
        .bind(&[
            run.at.into(),
            ActorKind::Coordinator.key().into(),
            admin_session::EXPIRE.into(),
            cutoffs.sessions.into(),
            cutoffs.session_start.into(),
            cutoffs.now.into(),
        ])?;
    let delete = db
        .prepare(format!(
            "DELETE FROM sessions WHERE {}",
            ended_sessions(1, 2, 3)
        ))
        .bind(&[
            cutoffs.sessions.into(),
            cutoffs.session_start.into(),
            cutoffs.now.into(),
        ])?;
    Ok([audit, delete])
}

/// What one run deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deleted {
    pub registrations: u32,
    pub feedback: u32,
    pub audit: u32,
}

/// The count of one table's rows created before `?{cutoff}`.
fn old_rows(table: &str, cutoff: usize) -> String {
    format!("SELECT COUNT(*) AS n FROM {table} WHERE created_at < ?{cutoff}")
}

/// The audit entry of one table's deletion, written only if something goes: its action is
/// `name count=<n>`.
fn audit(
    db: &D1Database,
    run: &Run<'_>,
    table: &str,
    name: &str,
    cutoff: &str,
) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(format!(
            "INSERT INTO audit_log (id, at, coordinator, actor_kind, action, target) \
             SELECT ?1, ?2, ?3, ?4, ?5 || ' count=' || n, NULL FROM ({}) WHERE n > 0",
            old_rows(table, 6)
        ))
        .bind(&[
            uuid::Uuid::new_v4().to_string().into(),
            run.at.into(),
            Actor::System.name().into(),
            Actor::System.kind().key().into(),
            name.into(),
            cutoff.into(),
        ])?)
}

/// Registrations and barrier reports older than their cutoffs and expired rate-limit counts
/// go, in one batch with the audit entries (one per kind, only if something of it was
/// deleted) and the run's row, which all count the rows before the DELETEs in the same
/// transaction.
pub async fn apply(
    db: &D1Database,
    run: &Run<'_>,
    cutoffs: &Cutoffs<'_>,
    now_ms: f64,
) -> Result<Deleted, ApiError> {
    let registrations_audit = audit(
        db,
        run,
        "registrations",
        "retention.delete",
        cutoffs.registrations,
    )?;
    let feedback_audit = audit(
        db,
        run,
        "feedback",
        "retention.delete_feedback",
        cutoffs.feedback,
    )?;
    let record = db
        .prepare(format!(
            "INSERT INTO retention_runs (id, at, deleted, feedback_deleted, audit_deleted, error) \
             SELECT ?1, ?2, r.n, f.n, a.n, NULL FROM ({}) AS r, ({}) AS f, \
             (SELECT COUNT(*) AS n FROM audit_log WHERE at < ?5) AS a",
            old_rows("registrations", 3),
            old_rows("feedback", 4)
        ))
        .bind(&[
            run.id.into(),
            run.at.into(),
            cutoffs.registrations.into(),
            cutoffs.feedback.into(),
            cutoffs.audit.into(),
        ])?;
    let delete_audit = db
        .prepare("DELETE FROM audit_log WHERE at < ?1")
        .bind(&[cutoffs.audit.into()])?;
    let delete_registrations = db
        .prepare("DELETE FROM registrations WHERE created_at < ?1")
        .bind(&[cutoffs.registrations.into()])?;
    let delete_feedback = db
        .prepare("DELETE FROM feedback WHERE created_at < ?1")
        .bind(&[cutoffs.feedback.into()])?;
    let [sessions_audit, delete_sessions] = sessions(db, run, cutoffs)?;
    // Counted for the report, by the month of the run, before the rows go.
    let erased = storage::report_counts::leaving(
        db,
        model::report::Event::Erased,
        ("created_at < ?1", &[cutoffs.registrations.into()]),
        model::report::Month::of(model::day::Day::in_berlin(now_ms)),
    )?;
    let mut batch = vec![
        erased,
        registrations_audit,
        feedback_audit,
        record,
        delete_registrations,
        delete_feedback,
        prune(db)?,
        sessions_audit,
        delete_sessions,
        rate_limit::forget_sign_ins(db, now_ms)?,
        delete_audit,
    ];
    // The counts and the reports' client hashes the window no longer needs.
    batch.extend(rate_limit::tidy(db, Bucket::Feedback, now_ms)?);
    let results = db.batch(batch).await?;
    let count = |index| -> Result<u32, ApiError> {
        let deleted = storage::changes(storage::nth(&results, index)?)?;
        Ok(u32::try_from(deleted).unwrap_or(u32::MAX))
    };
    Ok(Deleted {
        registrations: count(4)?,
        feedback: count(5)?,
        audit: count(10)?,
    })
}

/// The registrations nobody confirmed in time: mail sent before `?1`, or made before `?2`.
const UNCONFIRMED: &str = "confirmed_at IS NULL AND (confirmation_sent_at < ?1 OR created_at < ?2)";

/// When an unconfirmed registration goes: its mail sent before `sent_before`, or made before
/// `made_before` (ISO 8601).
pub struct Unconfirmed {
    pub sent_before: String,
    pub made_before: String,
}

/// Erases the registrations nobody confirmed in time (their mails go with them: a trigger),
/// and the addresses of coordinators whose access ended by `now`. Returns how many
/// registrations.
pub async fn erase_unconfirmed(
    db: &D1Database,
    cutoffs: &Unconfirmed,
    (now, month): (&str, model::report::Month),
) -> Result<usize, ApiError> {
    let params: [JsValue; 2] = [
        cutoffs.sent_before.as_str().into(),
        cutoffs.made_before.as_str().into(),
    ];
    let erased = storage::report_counts::leaving(
        db,
        model::report::Event::Erased,
        (UNCONFIRMED, &params),
        month,
    )?;
    let unconfirmed = db
        .prepare(format!("DELETE FROM registrations WHERE {UNCONFIRMED}"))
        .bind(&params)?;
    // A coordinator whose access ended keeps no address.
    let ended = db
        .prepare(
            "UPDATE coordinators SET email = NULL WHERE email IS NOT NULL \
             AND (revoked_at IS NOT NULL OR expires_at < ?1)",
        )
        .bind(&[now.into()])?;
    let results = db.batch(vec![erased, unconfirmed, ended]).await?;
    storage::changes(storage::nth(&results, 1)?)
}

/// Records a run that failed (best effort: the database may be what failed).
pub async fn record_failure(db: &D1Database, run: &Run<'_>, error: &str) -> Result<(), ApiError> {
    let record = db
        .prepare(
            "INSERT INTO retention_runs (id, at, deleted, feedback_deleted, error) \
             VALUES (?1, ?2, 0, 0, ?3)",
        )
        .bind(&[run.id.into(), run.at.into(), error.into()])?;
    db.batch(vec![record, prune(db)?]).await?;
    Ok(())
}

/// Deletes all but the newest [`KEPT_RUNS`] runs.
fn prune(db: &D1Database) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(
            "DELETE FROM retention_runs WHERE id NOT IN \
             (SELECT id FROM retention_runs ORDER BY at DESC, id DESC LIMIT ?1)",
        )
        .bind(&[JsValue::from_f64(KEPT_RUNS.into())])?)
}

/// The kept runs, newest first.
pub async fn runs(db: &D1Database) -> Result<Vec<RetentionRun>, ApiError> {
    Ok(db
        .prepare(
            "SELECT at, deleted, feedback_deleted, audit_deleted, error FROM retention_runs \
             ORDER BY at DESC, id DESC LIMIT ?1",
        )
        .bind(&[JsValue::from_f64(KEPT_RUNS.into())])?
        .all()
        .await?
        .results()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_is_counted_before_its_own_cutoff() {
        assert_eq!(
            old_rows("feedback", 4),
            "SELECT COUNT(*) AS n FROM feedback WHERE created_at < ?4"
        );
    }
}
