//! What the coordinators' daily digest counts, and who gets one. Counts only: no query here
//! reads a volunteer's name, address, phone or message.

use crate::error::ApiError;
use crate::storage::{number, text};
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// A coordinator who gets the digest.
pub struct Reader {
    pub name: String,
    pub email: String,
    /// Since when the digest counts: the last one, else when the coordinator was added.
    pub since: String,
}

/// Coordinators with an address and the digest on, whose token is valid at `now` and who had
/// no digest on Berlin day `day`.
pub async fn readers(db: &D1Database, now: &str, day: &str) -> Result<Vec<Reader>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(
            "SELECT name, email, COALESCE(last_digest_at, created_at) AS since FROM coordinators \
             WHERE email IS NOT NULL AND digest = 1 AND revoked_at IS NULL \
             AND (expires_at IS NULL OR expires_at > ?1) \
             AND (last_digest_day IS NULL OR last_digest_day <> ?2) ORDER BY name",
        )
        .bind(&[now.into(), day.into()])?
        .all()
        .await?
        .results()?;
    Ok(rows
        .iter()
        .filter_map(|row| {
            Some(Reader {
                name: text(row, "name")?,
                email: text(row, "email")?,
                since: text(row, "since")?,
            })
        })
        .collect())
}

/// A count under a label: a district's number, a need's title.
#[derive(Debug, PartialEq)]
pub struct Count {
    pub label: String,
    pub n: u32,
}

/// What is new between `since` and `until`.
#[derive(Debug, Default, PartialEq)]
pub struct News {
    pub registrations: u32,
    /// Per district number (a registration for several districts counts in each).
    pub by_district: Vec<Count>,
    /// Per need's title.
    pub answers: Vec<Count>,
    pub failed_mails: u32,
    /// Mails waiting for a limit now (not news by itself).
    pub held_mails: u32,
    /// Networks' proposals and claims or suggestions that came since.
    pub new_proposals: u32,
    pub new_requests: u32,
    /// Waiting now: proposals, and claims or suggestions (not news by themselves).
    pub waiting_proposals: u32,
    pub waiting_requests: u32,
    /// Answers a network may contact that nobody contacted for 3 days (not news by itself).
    pub uncontacted_answers: u32,
    /// Entries going stale within 30 days, and stale ones (not news by themselves).
    pub going_stale: u32,
    pub stale: u32,
}

impl News {
    pub fn is_empty(&self) -> bool {
        self.registrations == 0
            && self.answers.is_empty()
            && self.failed_mails == 0
            && self.new_proposals == 0
            && self.new_requests == 0
    }
}

/// Counts what was confirmed, answered or failed between `since` and `until` (ISO 8601).
pub async fn news(db: &D1Database, since: &str, until: &str) -> Result<News, ApiError> {
    let range = [JsValue::from(since), JsValue::from(until)];
    let statement =
        |sql: &str| -> Result<D1PreparedStatement, ApiError> { Ok(db.prepare(sql).bind(&range)?) };
    let results = db
        .batch(vec![
            statement(
                "SELECT 'all' AS label, COUNT(*) AS n FROM registrations \
                 WHERE confirmed_at > ?1 AND confirmed_at <= ?2",
            )?,
            statement(
                "SELECT CAST(j.value AS TEXT) AS label, COUNT(*) AS n \
                 FROM registrations r, json_each(r.districts) j \
                 WHERE r.confirmed_at > ?1 AND r.confirmed_at <= ?2 \
                 GROUP BY j.value ORDER BY n DESC, j.value",
            )?,
            statement(
                "SELECT n.title AS label, COUNT(*) AS n FROM registrations r \
                 JOIN needs n ON n.id = r.need \
                 WHERE r.confirmed_at > ?1 AND r.confirmed_at <= ?2 \
                 GROUP BY n.id ORDER BY n DESC, n.title",
            )?,
            statement(
                "SELECT 'failed' AS label, COUNT(*) AS n FROM mail_outbox \
                 WHERE status = 'failed' AND kind <> 'digest' AND failed_at > ?1 AND failed_at <= ?2",
            )?,
            statement(
                "SELECT 'new' AS label, COUNT(*) AS n FROM (SELECT created_at FROM proposals \
                 UNION ALL SELECT created_at FROM need_proposals) \
                 WHERE created_at > ?1 AND created_at <= ?2",
            )?,
            statement(
                "SELECT 'new' AS label, COUNT(*) AS n FROM network_requests \
                 WHERE created_at > ?1 AND created_at <= ?2",
            )?,
            statement(
                "SELECT 'waiting' AS label, COUNT(*) AS n FROM (SELECT status FROM proposals \
                 UNION ALL SELECT status FROM need_proposals) \
                 WHERE status = 'waiting' AND ?1 IS NOT NULL AND ?2 IS NOT NULL",
            )?,
            statement(
                "SELECT 'waiting' AS label, COUNT(*) AS n FROM network_requests \
                 WHERE status = 'waiting' AND ?1 IS NOT NULL AND ?2 IS NOT NULL",
            )?,
            // Answers to a network's need, allowed to be contacted by it, that nobody has
            // contacted 3 days after they were confirmed (`need::answer::WAITING_DAYS`).
            // Only those a network can see: it has an editor, and the need ended less than 30
            // days ago (`network_answers::SEES`'s window).
            statement(
                "SELECT 'uncontacted' AS label, COUNT(*) AS n FROM registrations r \
                 JOIN needs d ON d.id = r.need WHERE d.network IS NOT NULL \
                 AND EXISTS (SELECT 1 FROM editor_networks e WHERE e.network_id = d.network) \
                 AND r.network_contact = 1 AND r.status = 'new' AND r.first_contact IS NULL \
                 AND r.confirmed_at IS NOT NULL AND ?1 IS NOT NULL \
                 AND r.confirmed_at < strftime('%Y-%m-%dT%H:%M:%fZ', ?2, '-3 days') \
                 AND substr(?2, 1, 10) <= date(CASE WHEN d.status = 'open' THEN d.valid_until \
                     ELSE min(d.valid_until, substr(COALESCE(d.closed_at, d.updated_at), 1, 10)) \
                     END, '+30 days')",
            )?,
        ])
        .await?;
    let counts = |index: usize| -> Result<Vec<Count>, ApiError> {
        let rows: Vec<serde_json::Value> = crate::storage::nth(&results, index)?.results()?;
        Ok(rows
            .iter()
            .map(|row| Count {
                // A district's number comes as a number or a text, a title as a text.
                label: text(row, "label")
                    .or_else(|| number(row, "label").map(|n| n.to_string()))
                    .unwrap_or_default(),
                n: number(row, "n").unwrap_or_default() as u32,
            })
            .collect())
    };
    let total =
        |index: usize| -> Result<u32, ApiError> { Ok(counts(index)?.first().map_or(0, |c| c.n)) };
    Ok(News {
        registrations: total(0)?,
        by_district: counts(1)?,
        answers: counts(2)?,
        failed_mails: total(3)?,
        held_mails: 0,
        new_proposals: total(4)?,
        new_requests: total(5)?,
        waiting_proposals: total(6)?,
        waiting_requests: total(7)?,
        uncontacted_answers: total(8)?,
        going_stale: 0,
        stale: 0,
    })
}

/// Marks the digest of `name` as done for Berlin day `day` at `now`, if the batch queued its
/// mail `outbox_id` (the statement after the queueing one).
pub fn mark_sent(
    db: &D1Database,
    name: &str,
    day: &str,
    now: &str,
    outbox_id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(
            "UPDATE coordinators SET last_digest_at = ?3, last_digest_day = ?2 \
             WHERE name = ?1 AND EXISTS (SELECT 1 FROM mail_outbox WHERE id = ?4)",
        )
        .bind(&[name.into(), day.into(), now.into(), outbox_id.into()])?)
}
