//! The mail outbox: a message waits here from the moment it is queued until it is sent. Each
//! attempt first claims the row (its count goes up and its next time moves on), so two runs
//! never send the same message at once; a sent message's row is deleted.
//!
//! A confirmation is no message of its own: a registration is marked as owed one, and its
//! mailbox has one row here, written when it is sent with a link for every registration the
//! mailbox is owed (`owed`). A limit never drops a message; it holds it (`mail_limits`).

use crate::error::ApiError;
use crate::storage::{number, text};
use model::mail_kind::Kind;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// Attempts in all: the first right after the answer, then five retries.
pub const MAX_ATTEMPTS: u32 = 6;
/// The cron's interval, and the first retry's delay; each later retry waits twice as long.
pub const RETRY_MS: f64 = 10.0 * 60.0 * 1000.0;
pub const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;
/// Registrations one confirmation mail names at most; the others come in the next.
pub const MAX_OWED_PER_MAIL: u32 = 20;

/// What must hold, in the batch, for a message to be queued.
pub enum Guard<'a> {
    /// The registration exists.
    Registration(&'a str),
    /// The registration exists and is not placed yet: queued in the batch before the update
    /// that places it, two parallel placements queue one mail.
    NotYetPlaced(&'a str),
    /// The registration exists, lets the network contact it, and nobody marked a first
    /// contact yet: queued in the batch before the mark, so it goes once.
    NotYetContacted(&'a str),
    /// The coordinator had no digest on Berlin day `day` yet; the batch then marks the day.
    NoDigestOn { coordinator: &'a str, day: &'a str },
    /// The network's editor exists (an access ended takes its mail with it).
    Editor(&'a str),
    /// The editor exists and their proposal still waits: queued in the batch that declines
    /// it, before the update, so a decline that loses a race queues nothing.
    ProposalWaiting { editor: &'a str, proposal: &'a str },
}

/// A message about to be queued.
pub struct Queued<'a> {
    pub id: &'a str,
    pub guard: Guard<'a>,
    pub kind: Kind,
    /// The keyed hash of the recipient's mailbox, where the mail counts against its limit
    /// (a new address's confirmation).
    pub mailbox: Option<&'a str>,
    pub recipient: &'a str,
    pub message: &'a str,
    pub now_ms: f64,
}

/// A queued message.
pub struct Row {
    pub id: String,
    pub kind: String,
    pub priority: u8,
    /// A mailbox's confirmations (written when sent), else `None`.
    pub mailbox: Option<String>,
    pub recipient: String,
    pub message: String,
    pub attempts: u32,
}

/// A registration a confirmation mail is owed to.
pub struct Owed {
    pub id: String,
    /// Its links' key (`None`: a registration from before link keys).
    pub link_key: Option<String>,
    pub email: String,
    pub lang: String,
    pub created_at: String,
}

fn iso(ms: f64) -> String {
    crate::clock::iso_at(ms)
}

/// The INSERT that queues `mail` if its guard holds, for one batch.
pub fn queue(db: &D1Database, mail: &Queued<'_>) -> Result<D1PreparedStatement, ApiError> {
    // The row's own values are ?1–?11; a guard's own follow.
    let null = || JsValue::NULL;
    let (registration, coordinator, editor, guard, extra) = match mail.guard {
        Guard::Registration(id) => (
            JsValue::from(id),
            null(),
            null(),
            "EXISTS (SELECT 1 FROM registrations WHERE id = ?2)",
            None,
        ),
        Guard::NotYetPlaced(id) => (
            JsValue::from(id),
            null(),
            null(),
            "EXISTS (SELECT 1 FROM registrations WHERE id = ?2 AND status <> 'placed')",
            None,
        ),
        Guard::NotYetContacted(id) => (
            JsValue::from(id),
            null(),
            null(),
            "EXISTS (SELECT 1 FROM registrations WHERE id = ?2 AND network_contact = 1 \
             AND first_contact_at IS NULL)",
            None,
        ),
        Guard::NoDigestOn { coordinator, day } => (
            null(),
            JsValue::from(coordinator),
            null(),
            "EXISTS (SELECT 1 FROM coordinators WHERE name = ?3 \
             AND (last_digest_day IS NULL OR last_digest_day <> ?12))",
            Some(JsValue::from(day)),
        ),
        Guard::Editor(id) => (
            null(),
            null(),
            JsValue::from(id),
            "EXISTS (SELECT 1 FROM editors WHERE id = ?11)",
            None,
        ),
        Guard::ProposalWaiting { editor, proposal } => (
            null(),
            null(),
            JsValue::from(editor),
            "EXISTS (SELECT 1 FROM editors WHERE id = ?11) \
             AND EXISTS (SELECT 1 FROM proposals WHERE id = ?12 AND status = 'waiting')",
            Some(JsValue::from(proposal)),
        ),
    };
    let sql = format!(
        "INSERT INTO mail_outbox (id, registration, coordinator, kind, priority, recipient, \
         message, created_at, next_at_ms, mailbox, editor) \
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 WHERE {guard}"
    );
    let mut values = vec![
        mail.id.into(),
        registration,
        coordinator,
        mail.kind.key().into(),
        JsValue::from_f64(f64::from(mail.kind.priority())),
        mail.recipient.into(),
        mail.message.into(),
        iso(mail.now_ms).into(),
        // Not due for the cron before the first attempt has had its chance.
        JsValue::from_f64(mail.now_ms + RETRY_MS),
        mail.mailbox.map_or(JsValue::NULL, JsValue::from),
        editor,
    ];
    values.extend(extra);
    Ok(db.prepare(sql).bind(&values)?)
}

/// The statements that owe registration `id` a confirmation mail to `mailbox`, for the batch
/// that stores it or asks again: it is marked, and its mailbox gets a row unless it has one
/// waiting (`row_id`, if it gets one).
pub fn owe_confirmation(
    db: &D1Database,
    id: &str,
    mailbox: &str,
    row_id: &str,
    now_ms: f64,
) -> Result<[D1PreparedStatement; 2], ApiError> {
    let owe = db
        .prepare(
            "UPDATE registrations SET mailbox = ?2, confirmation_due = 1 \
             WHERE id = ?1 AND confirmed_at IS NULL",
        )
        .bind(&[id.into(), mailbox.into()])?;
    let row = db
        .prepare(
            "INSERT OR IGNORE INTO mail_outbox (id, kind, priority, mailbox, recipient, message, \
             created_at, next_at_ms) SELECT ?1, ?2, ?3, ?4, '', '', ?5, ?6 \
             WHERE EXISTS (SELECT 1 FROM registrations WHERE mailbox = ?4 AND confirmation_due = 1)",
        )
        .bind(&[
            row_id.into(),
            Kind::Confirm.key().into(),
            JsValue::from_f64(f64::from(Kind::Confirm.priority())),
            mailbox.into(),
            iso(now_ms).into(),
            JsValue::from_f64(now_ms + RETRY_MS),
        ])?;
    Ok([owe, row])
}

/// The id of the mailbox's waiting row, if any.
pub async fn mailbox_row(db: &D1Database, mailbox: &str) -> Result<Option<String>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(
            "SELECT id FROM mail_outbox WHERE mailbox = ?1 AND kind = 'confirm' AND status = 'pending'",
        )
        .bind(&[mailbox.into()])?
        .first(None)
        .await?;
    Ok(row.and_then(|row| text(&row, "id")))
}

/// Whether the message `id` is queued (its guard let it in).
pub async fn is_queued(db: &D1Database, id: &str) -> Result<bool, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT 1 AS queued FROM mail_outbox WHERE id = ?1")
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.is_some())
}

/// The message `id` while it waits to be sent.
pub async fn pending(db: &D1Database, id: &str) -> Result<Option<Row>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(
            "SELECT id, kind, priority, mailbox, recipient, message, attempts FROM mail_outbox \
             WHERE id = ?1 AND status = 'pending'",
        )
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.map(|row| Row {
        id: text(&row, "id").unwrap_or_default(),
        kind: text(&row, "kind").unwrap_or_default(),
        priority: number(&row, "priority").unwrap_or_default() as u8,
        mailbox: text(&row, "mailbox"),
        recipient: text(&row, "recipient").unwrap_or_default(),
        message: text(&row, "message").unwrap_or_default(),
        attempts: number(&row, "attempts").unwrap_or_default() as u32,
    }))
}

/// Claims `row` for one attempt: counts it and sets when the next one is due. False when
/// another run claimed it first, or it is gone.
pub async fn claim(db: &D1Database, row: &mut Row, now_ms: f64) -> Result<bool, ApiError> {
    let next = now_ms + RETRY_MS * f64::from(1u32 << row.attempts.min(10));
    let result = db
        .prepare(
            "UPDATE mail_outbox SET attempts = attempts + 1, next_at_ms = ?3, held = 0 \
             WHERE id = ?1 AND attempts = ?2 AND status = 'pending'",
        )
        .bind(&[
            row.id.as_str().into(),
            JsValue::from_f64(f64::from(row.attempts)),
            JsValue::from_f64(next),
        ])?
        .run()
        .await?;
    if !crate::storage::changed(&result)? {
        return Ok(false);
    }
    row.attempts += 1;
    Ok(true)
}

/// The registrations the mailbox is owed a confirmation for, oldest first.
pub async fn owed(db: &D1Database, mailbox: &str) -> Result<Vec<Owed>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(
            "SELECT id, link_key, email, lang, created_at FROM registrations \
             WHERE mailbox = ?1 AND confirmation_due = 1 ORDER BY created_at, id LIMIT ?2",
        )
        .bind(&[
            mailbox.into(),
            JsValue::from_f64(f64::from(MAX_OWED_PER_MAIL)),
        ])?
        .all()
        .await?
        .results()?;
    Ok(rows
        .iter()
        .map(|row| Owed {
            id: text(row, "id").unwrap_or_default(),
            link_key: text(row, "link_key"),
            email: text(row, "email").unwrap_or_default(),
            lang: text(row, "lang").unwrap_or_default(),
            created_at: text(row, "created_at").unwrap_or_default(),
        })
        .collect())
}

/// The mailbox is owed nothing any more (confirmed, withdrawn, erased): its row goes.
pub async fn owes_nothing(db: &D1Database, id: &str) -> Result<(), ApiError> {
    db.prepare("DELETE FROM mail_outbox WHERE id = ?1")
        .bind(&[id.into()])?
        .run()
        .await?;
    Ok(())
}

/// `row` was sent at `now_ms`, naming the registrations `owed` (a confirmation): in one batch
/// they are no longer owed, the row leaves the outbox (or, if the mailbox is owed more, waits
/// for its next slot), and the send is counted.
pub async fn sent(
    db: &D1Database,
    row: &Row,
    owed: &[String],
    now_ms: f64,
) -> Result<(), ApiError> {
    let id = JsValue::from(row.id.as_str());
    let mailbox = row.mailbox.as_deref().map_or(JsValue::NULL, JsValue::from);
    let settle = db
        .prepare(
            "UPDATE registrations SET confirmation_due = 0, confirmation_sent_at = ?2 \
             WHERE id IN (SELECT value FROM json_each(?1))",
        )
        .bind(&[serde_json::to_string(owed)?.into(), iso(now_ms).into()])?;
    let leave = db
        .prepare(
            "DELETE FROM mail_outbox WHERE id = ?1 AND (?2 IS NULL OR message <> '' \
             OR NOT EXISTS (SELECT 1 FROM registrations WHERE mailbox = ?2 AND confirmation_due = 1))",
        )
        .bind(&[id.clone(), mailbox.clone()])?;
    let more = db
        .prepare(
            "UPDATE mail_outbox SET attempts = 0, last_error = NULL, next_at_ms = ?2 WHERE id = ?1",
        )
        .bind(&[id, JsValue::from_f64(now_ms)])?;
    let count = db
        .prepare("INSERT INTO mail_sends (id, mailbox, kind, at_ms) VALUES (?1, ?2, ?3, ?4)")
        .bind(&[
            uuid::Uuid::new_v4().to_string().into(),
            mailbox,
            row.kind.as_str().into(),
            JsValue::from_f64(now_ms),
        ])?;
    db.batch(vec![settle, leave, more, count]).await?;
    Ok(())
}

/// An attempt failed with `error` at `now`; after the last one the message is marked failed.
pub async fn not_sent(db: &D1Database, row: &Row, error: &str, now: &str) -> Result<(), ApiError> {
    let status = if row.attempts >= MAX_ATTEMPTS {
        "failed"
    } else {
        "pending"
    };
    db.prepare(
        "UPDATE mail_outbox SET status = ?2, last_error = ?3, \
         failed_at = CASE WHEN ?2 = 'failed' THEN ?4 END WHERE id = ?1",
    )
    .bind(&[
        row.id.as_str().into(),
        status.into(),
        error.into(),
        now.into(),
    ])?
    .run()
    .await?;
    Ok(())
}

/// The ids of messages due at `now_ms`: what goes first first, then the oldest.
pub async fn due(db: &D1Database, now_ms: f64, limit: u32) -> Result<Vec<String>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(
            "SELECT id FROM mail_outbox WHERE status = 'pending' AND next_at_ms <= ?1 \
             ORDER BY priority, next_at_ms LIMIT ?2",
        )
        .bind(&[
            JsValue::from_f64(now_ms),
            JsValue::from_f64(f64::from(limit)),
        ])?
        .all()
        .await?
        .results()?;
    Ok(rows.iter().filter_map(|row| text(row, "id")).collect())
}

/// Forgets what the outbox no longer needs: the counts older than two days, a coordinator's
/// digest that could not be delivered (it holds their address), and a mailbox's confirmation
/// row that gave up (its keyed hash belongs to no registration that would take it along): a
/// week at most, `undelivered_before`.
pub async fn tidy(db: &D1Database, now_ms: f64, undelivered_before: &str) -> Result<(), ApiError> {
    let counts = db
        .prepare("DELETE FROM mail_sends WHERE at_ms <= ?1")
        .bind(&[JsValue::from_f64(now_ms - 2.0 * DAY_MS)])?;
    let digests = db
        .prepare("DELETE FROM mail_outbox WHERE kind = ?2 AND created_at < ?1")
        .bind(&[undelivered_before.into(), Kind::Digest.key().into()])?;
    let given_up = db
        .prepare(
            "DELETE FROM mail_outbox WHERE registration IS NULL AND coordinator IS NULL \
             AND status IN ('failed', 'expired') AND COALESCE(failed_at, created_at) < ?1",
        )
        .bind(&[undelivered_before.into()])?;
    db.batch(vec![counts, digests, given_up]).await?;
    Ok(())
}
