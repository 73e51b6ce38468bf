//! Retention, every erasure by time: registrations are kept `RETENTION_DAYS` and barrier
//! reports `FEEDBACK_RETENTION_DAYS` (default 365 each) and then deleted, by a daily cron
//! trigger; the same run deletes ended sessions, expired rate-limit counts and audit entries
//! older than [`audit_days`]. Each run leaves a row (time, registrations, reports and audit
//! entries deleted, error) that coordinators see
//! (`GET /api/admin/retention-runs`); a failure is also logged as an error (`lib.rs`).
//! Registrations nobody confirmed go [`UNCONFIRMED_DAYS`] after their confirmation mail was
//! sent, and at the latest [`UNCONFIRMED_MAX_DAYS`] after they were made (a mail held back
//! or failed for good), checked with the outbox's run every 10 minutes ([`erase_unconfirmed`]).

use crate::error::ApiError;
use crate::storage::{self, retention as store};
use worker::Env;

pub use model::retention::{UNCONFIRMED_DAYS, UNCONFIRMED_MAX_DAYS};
/// How long the audit log is kept: config/site.toml's `[privacy] audit_retention_days`, which
/// a production build requires; a local build with the placeholder keeps two years.
pub fn audit_days() -> u32 {
    env!("AUDIT_RETENTION_DAYS").trim().parse().unwrap_or(730)
}
/// The `[vars]` values of how long each kind of data is kept.
const REGISTRATION_DAYS_VAR: &str = "RETENTION_DAYS";
const FEEDBACK_DAYS_VAR: &str = "FEEDBACK_RETENTION_DAYS";
const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;
/// A failed run's error is kept to this many characters.
const MAX_ERROR_CHARS: usize = 500;

/// A retention variable as a number of days (at least 1).
pub use model::retention::days as parse_days;

/// The moment before which data kept `days` is deleted.
pub fn cutoff_ms(now_ms: f64, days: u32) -> f64 {
    now_ms - f64::from(days) * DAY_MS
}

/// An ISO timestamp of a moment in milliseconds.
fn iso(ms: f64) -> String {
    worker::js_sys::Date::new(&ms.into()).to_iso_string().into()
}

/// What a failed run leaves in its row: the error, cut to [`MAX_ERROR_CHARS`] characters.
pub fn error_text(error: &ApiError) -> String {
    let text = match error {
        ApiError::Internal(detail) | ApiError::Unavailable(detail) => detail.clone(),
        other => format!("{other:?}"),
    };
    match text.char_indices().nth(MAX_ERROR_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// The days set by `var`, read from the environment.
fn days(env: &Env, var: &str) -> u32 {
    parse_days(env.var(var).ok().map(|v| v.to_string()).as_deref())
}

/// One run of the job. Returns what it deleted. Every run leaves a row in `retention_runs`:
/// a successful one in the same batch as its deletes, a failed one afterwards, as far as the
/// database still answers.
pub async fn run(env: &Env) -> Result<store::Deleted, ApiError> {
    let db = storage::database(env)?;
    let now_ms = worker::js_sys::Date::now();
    let id = uuid::Uuid::new_v4().to_string();
    let at = iso(now_ms);
    let run = store::Run { id: &id, at: &at };
    let registrations = iso(cutoff_ms(now_ms, days(env, REGISTRATION_DAYS_VAR)));
    let feedback = iso(cutoff_ms(now_ms, days(env, FEEDBACK_DAYS_VAR)));
    let audit = iso(cutoff_ms(now_ms, audit_days()));
    let sessions = iso(now_ms - model::session::IDLE_MS);
    let session_start = iso(now_ms - model::session::LIFETIME_MS);
    let cutoffs = store::Cutoffs {
        registrations: &registrations,
        feedback: &feedback,
        audit: &audit,
        sessions: &sessions,
        session_start: &session_start,
        now: &at,
    };
    let unused = iso(cutoff_ms(now_ms, model::editor::UNUSED_DAYS));
    let declined = iso(cutoff_ms(now_ms, model::network_request::DECLINED_DAYS));
    let editors = storage::editor_retention::Cutoffs {
        declined: &declined,
        unused: &unused,
        idle: &sessions,
        session_start: &session_start,
        now: &at,
        now_ms,
    };
    // The editors' share first: the run's row is written with the rest, so a failure of
    // either is recorded as the run's.
    let result = match storage::editor_retention::run(&db, &editors).await {
        Ok(_) => store::apply(&db, &run, &cutoffs, now_ms).await,
        Err(error) => Err(error),
    };
    if let Err(error) = &result {
        if let Err(also) = store::record_failure(&db, &run, &error_text(error)).await {
            worker::console_error!("retention: the failed run was not recorded either: {also:?}");
        }
    }
    result
}

/// Erases the registrations not confirmed within [`UNCONFIRMED_DAYS`] of their mail being
/// sent, or [`UNCONFIRMED_MAX_DAYS`] of being made, at `now_ms` (the cron's scheduled time),
/// and the addresses of coordinators whose access ended. Returns how many registrations.
pub async fn erase_unconfirmed(env: &Env, now_ms: f64) -> Result<usize, ApiError> {
    let db = storage::database(env)?;
    let cutoffs = store::Unconfirmed {
        sent_before: iso(cutoff_ms(now_ms, UNCONFIRMED_DAYS)),
        made_before: iso(cutoff_ms(now_ms, UNCONFIRMED_MAX_DAYS)),
    };
    let month = model::report::Month::of(model::day::Day::in_berlin(now_ms));
    store::erase_unconfirmed(&db, &cutoffs, (&iso(now_ms), month)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_default_to_a_year() {
        assert_eq!(parse_days(None), 365);
        assert_eq!(parse_days(Some("30")), 30);
        assert_eq!(parse_days(Some("0")), 365);
        assert_eq!(parse_days(Some("bald")), 365);
    }

    #[test]
    fn the_cutoff_is_that_many_days_back() {
        assert_eq!(cutoff_ms(10.0 * DAY_MS, 3), 7.0 * DAY_MS);
    }

    #[test]
    fn a_failed_run_keeps_the_detail_cut_short() {
        let error = ApiError::Internal("D1_ERROR: no such table: retention_runs".into());
        assert_eq!(
            error_text(&error),
            "D1_ERROR: no such table: retention_runs"
        );
        let long = error_text(&ApiError::Unavailable("ä".repeat(600)));
        assert_eq!(long.chars().count(), MAX_ERROR_CHARS + 1);
        assert!(long.ends_with('…'));
    }
}
