//! The counters' SQL against the real schema (SQLite in memory, every migration).

use super::*;
use crate::storage::schema::{apply, database, database_before};
use model::report::DaysBin;
use rusqlite::Connection;

fn counts(db: &Connection) -> Vec<(String, String, String, String, i64)> {
    let mut statement = db
        .prepare(
            "SELECT month, event, dimension, value, count FROM report_counts \
             ORDER BY event, dimension, value, month",
        )
        .unwrap();
    statement
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn count_of(db: &Connection, event: &str, dimension: &str, value: &str) -> i64 {
    db.query_row(
        "SELECT COALESCE(SUM(count), 0) FROM report_counts \
         WHERE event = ?1 AND dimension = ?2 AND value = ?3",
        [event, dimension, value],
        |r| r.get(0),
    )
    .unwrap()
}

fn register(db: &Connection, id: &str, at: &str, districts: &str, confirmed: Option<&str>) {
    db.execute(
        "INSERT INTO registrations (id, idempotency_key, request_hash, created_at, name, email, \
         contact_via, districts, interests, languages, availability, consent_version, consent_at, \
         need, confirmed_at, opened_with) VALUES (?1, ?1, 'h', ?2, 'A', 'a@example.org', 'email', \
         ?3, '[\"sprachcafe\"]', '[\"ar\",\"fa\"]', '[]', 'v', ?2, 'need-1', ?4, 'need')",
        rusqlite::params![id, at, districts, confirmed],
    )
    .expect("a registration");
}

/// The SQL Berlin month is `model::day`'s, around both switches of summer time and the turn
/// of the months and the year.
#[test]
fn the_sql_berlin_month_is_the_model_s() {
    let db = database();
    let moments = [
        "2026-03-28T23:30:00.000Z",
        "2026-03-29T00:59:00.000Z",
        "2026-03-31T21:59:00.000Z",
        "2026-03-31T22:00:00.000Z",
        "2026-03-31T22:30:00.000Z",
        "2026-10-25T00:59:00.000Z",
        "2026-10-31T22:59:00.000Z",
        "2026-10-31T23:00:00.000Z",
        "2026-12-31T22:59:59.000Z",
        "2026-12-31T23:00:00.000Z",
        "2027-02-28T23:00:00.000Z",
        "2027-06-30T21:59:00.000Z",
        "2027-06-30T22:00:00.000Z",
        "2026-11-30",
    ];
    for moment in moments {
        let sql: String = db
            .query_row(&format!("SELECT {}", berlin_month("?1")), [moment], |r| {
                r.get(0)
            })
            .unwrap();
        let ms = if moment.len() == 10 {
            js_ms(&format!("{moment}T00:00:00.000Z"))
        } else {
            js_ms(moment)
        };
        let model = Month::of(Day::in_berlin(ms)).to_string();
        assert_eq!(sql, model, "{moment}");
    }
}

/// Milliseconds since the epoch of an ISO moment, by SQLite's own clock arithmetic.
fn js_ms(moment: &str) -> f64 {
    let db = Connection::open_in_memory().unwrap();
    db.query_row(
        "SELECT (julianday(?1) - 2440587.5) * 86400000.0",
        [moment],
        |r| r.get::<_, f64>(0),
    )
    .unwrap()
    .round()
}

/// Every trigger writes the month as `BERLIN_MONTH` does.
#[test]
fn every_trigger_computes_the_month_with_the_one_expression() {
    let sql = include_str!("../../migrations/0021_report.sql");
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let sql = squeeze(sql);
    let mut found = 0;
    for t in [
        "NEW.created_at",
        "NEW.confirmed_at",
        "NEW.contacted_at",
        "NEW.placed_at",
        "NEW.updated_at",
        "NEW.decided_at",
        "'now'",
        "r.created_at",
        "r.confirmed_at",
        "n.created_at",
        "n.updated_at",
        "confirmed_at",
        "created_at",
        "decided_at",
    ] {
        found += sql.matches(&squeeze(&berlin_month(t))).count();
    }
    let months = sql.matches("strftime('%Y-%m', ").count();
    assert_eq!(
        found,
        months - 2,
        "each but the expiry's day-based one (and the comment's) is BERLIN_MONTH"
    );
    assert!(found > 15);
}

#[test]
fn a_registration_s_life_is_counted_once_per_event_by_one_dimension() {
    let db = database();
    register(&db, "r1", "2026-05-31T22:30:00.000Z", "[221,130]", None);
    assert_eq!(count_of(&db, "registration.received", "total", ""), 1);
    assert_eq!(count_of(&db, "registration.received", "district", "221"), 1);
    assert_eq!(count_of(&db, "registration.received", "language", "fa"), 1);
    assert_eq!(count_of(&db, "registration.received", "came", "need"), 1);
    assert_eq!(count_of(&db, "registration.confirmed", "total", ""), 0);
    db.execute(
        "UPDATE registrations SET confirmed_at = '2026-06-01T08:00:00.000Z' WHERE id = 'r1'",
        [],
    )
    .unwrap();
    db.execute(
        "UPDATE registrations SET confirmed_at = '2026-06-02T08:00:00.000Z' WHERE id = 'r1'",
        [],
    )
    .unwrap();
    assert_eq!(
        count_of(&db, "registration.confirmed", "total", ""),
        1,
        "once"
    );
    assert_eq!(count_of(&db, "need.answered", "need", "need-1"), 1);
    // Contacted after 3.5 days, placed after 20; the status moved back and forth.
    db.execute(
        "UPDATE registrations SET contacted_at = '2026-06-04T10:30:00.000Z' WHERE id = 'r1'",
        [],
    )
    .unwrap();
    db.execute("UPDATE registrations SET contacted_at = COALESCE(contacted_at, 'x'), placed_at = '2026-06-20T10:00:00.000Z' WHERE id = 'r1'", []).unwrap();
    assert_eq!(
        count_of(
            &db,
            "registration.contacted",
            "days",
            DaysBin::of_days(3.5).key()
        ),
        1
    );
    assert_eq!(
        count_of(&db, "registration.contacted", "district", "130"),
        1
    );
    assert_eq!(count_of(&db, "registration.placed", "days", "15-30"), 1);
    assert_eq!(count_of(&db, "registration.placed", "total", ""), 1);
    let months: Vec<String> = counts(&db).into_iter().map(|c| c.0).collect();
    assert!(
        months.contains(&"2026-06".to_string()) && !months.iter().any(|m| m == "2026-05"),
        "31 May 22:30 UTC is June in Braunschweig"
    );
    // The volunteer withdraws: counted by their dimensions before the row goes.
    db.execute(
        &leaving_sql("id = ?1", 1),
        rusqlite::params!["r1", "2026-07", "registration.withdrawn"],
    )
    .unwrap();
    db.execute("DELETE FROM registrations WHERE id = 'r1'", [])
        .unwrap();
    assert_eq!(
        count_of(&db, "registration.withdrawn", "district", "221"),
        1
    );
    assert_eq!(
        count_of(&db, "registration.received", "total", ""),
        1,
        "erasure lowers nothing"
    );
}

#[test]
fn needs_entries_and_reports_are_counted_once() {
    let db = database();
    db.execute("INSERT INTO needs (id, slug, title, description, activity, valid_until, created_at, updated_at, district) VALUES ('n', 'n', 'T', 'D', 'sprachcafe', '2026-05-01', '2026-04-01T10:00:00Z', '2026-04-01T10:00:00Z', 130)", []).unwrap();
    db.execute("INSERT INTO needs (id, slug, title, description, activity, valid_until, created_at, updated_at) VALUES ('m', 'm', 'T', 'D', 'sprachcafe', '2026-05-01', '2026-04-01T10:00:00Z', '2026-04-01T10:00:00Z')", []).unwrap();
    assert_eq!(count_of(&db, "need.posted", "district", "city"), 1);
    for status in ["filled", "open", "filled"] {
        db.execute(
            "UPDATE needs SET status = ?1, updated_at = '2026-04-20T10:00:00Z' WHERE id = 'n'",
            [status],
        )
        .unwrap();
    }
    assert_eq!(count_of(&db, "need.filled", "total", ""), 1);
    let [count, mark] = expired_sql();
    for _ in 0..2 {
        db.execute(&count, ["2026-05-02", "2026-05"]).unwrap();
        db.execute(&mark, ["2026-05-02"]).unwrap();
    }
    assert_eq!(
        count_of(&db, "need.expired", "total", ""),
        1,
        "only the open one, once"
    );
    db.execute("INSERT INTO feedback (id, idempotency_key, request_hash, created_at, at_ms, message) VALUES ('f', 'f', 'h', '2026-04-01T10:00:00Z', 0, 'M')", []).unwrap();
    for status in ["done", "new", "done"] {
        db.execute("UPDATE feedback SET status = ?1 WHERE id = 'f'", [status])
            .unwrap();
    }
    assert_eq!(count_of(&db, "feedback.received", "total", ""), 1);
    assert_eq!(count_of(&db, "feedback.answered", "total", ""), 1);
    db.execute(
        "UPDATE networks SET confirmed_at = '2026-04-03' WHERE id = 'heidberg-aktiv'",
        [],
    )
    .unwrap();
    assert_eq!(count_of(&db, "entry.confirmed", "total", ""), 1);
}

/// The migration counts what the rows kept until then, and the triggers take over.
#[test]
fn the_backfill_counts_what_exists_once() {
    let (db, rest) = database_before("0021");
    db.execute(
        "INSERT INTO registrations (id, idempotency_key, request_hash, created_at, name, email, \
         contact_via, districts, interests, languages, availability, consent_version, consent_at, \
         confirmed_at, status, first_contact, first_contact_at, need) VALUES \
         ('old', 'old', 'h', '2025-12-31T23:30:00.000Z', 'A', 'a@example.org', 'email', '[]', '[]', \
         '[\"uk\"]', '[]', 'v', '2025-12-31T23:30:00.000Z', '2026-01-02T10:00:00.000Z', 'placed', \
         'contacted', '2026-01-10T10:00:00.000Z', 'need-9')",
        [],
    )
    .unwrap();
    for file in &rest {
        apply(&db, file);
    }
    assert_eq!(count_of(&db, "registration.received", "total", ""), 1);
    assert_eq!(
        count_of(&db, "registration.received", "district", "none"),
        1
    );
    assert_eq!(count_of(&db, "registration.received", "came", "unknown"), 1);
    assert_eq!(count_of(&db, "registration.confirmed", "language", "uk"), 1);
    assert_eq!(count_of(&db, "need.answered", "need", "need-9"), 1);
    assert_eq!(
        count_of(&db, "registration.contacted", "days", "8-14"),
        1,
        "from the mark's time"
    );
    assert_eq!(
        count_of(&db, "registration.placed", "total", ""),
        0,
        "no time was kept"
    );
    let received: Vec<_> = counts(&db)
        .into_iter()
        .filter(|c| c.1 == "registration.received")
        .map(|c| c.0)
        .collect();
    assert!(
        received.iter().all(|m| m == "2026-01"),
        "New Year's Eve 23:30 UTC is January in Berlin"
    );
    // A later placement of the backfilled one is not counted in a wrong month.
    db.execute("UPDATE registrations SET placed_at = COALESCE(placed_at, '2026-03-01T00:00:00Z') WHERE id = 'old'", []).unwrap();
    assert_eq!(count_of(&db, "registration.placed", "total", ""), 0);
}
