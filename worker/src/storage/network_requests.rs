//! Claims of entries and suggested networks (`network_requests`): stored by the public
//! intake with their count for the rate limit, read by coordinators, declined (kept 30 days,
//! then erased by the daily run) or accepted, which deletes the row in the batch that gives the
//! access or puts the entry on the map.

use super::admin_networks::{field_values, FIELDS};
use super::audit::Action;
use super::intake::Received;
use super::rate_limit;
use super::{changed, nth, text};
use crate::error::ApiError;
use crate::rate_limit::Bucket;
use model::network_request::view::{NetworkRequest, RequestKind, RequestNetwork};
use model::network_request::{RequestInput, Requester, Suggested};
use model::Network;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// Stores a claim (of the entry `network_id`) or a suggestion unless the client is over its
/// limit or the key is taken, with its count, in one batch. Returns whether its row was
/// written.
pub async fn insert(
    db: &D1Database,
    received: &Received<'_>,
    input: &RequestInput,
    network_id: Option<&str>,
) -> Result<bool, ApiError> {
    let (client, now_ms) = (received.client, received.now_ms);
    let r = &input.requester;
    let (kind, suggested) = match &input.suggested {
        Some(suggested) => (
            RequestKind::Suggestion,
            serde_json::to_string(suggested)?.into(),
        ),
        None => (RequestKind::Claim, JsValue::NULL),
    };
    let mut params = vec![
        received.id.into(),
        received.idempotency_key.into(),
        received.request_hash.into(),
        received.created_at.into(),
        kind.key().into(),
        network_id.map_or(JsValue::NULL, JsValue::from),
        suggested,
        r.name.as_str().into(),
        r.role.as_str().into(),
        r.email.as_str().into(),
        r.phone.as_str().into(),
        r.message.as_str().into(),
        r.language.as_str().into(),
    ];
    params.extend(rate_limit::params(client, now_ms));
    let insert = db
        .prepare(format!(
            "INSERT INTO network_requests (id, idempotency_key, request_hash, created_at, kind, \
             network_id, suggested, name, role, email, phone, message, language) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13 \
             WHERE {} ON CONFLICT (idempotency_key) DO NOTHING",
            rate_limit::under_limit(Bucket::NetworkRequests, 14)
        ))
        .bind(&params)?;
    let mut batch = rate_limit::tidy(db, Bucket::NetworkRequests, now_ms)?;
    let index = batch.len();
    batch.push(insert);
    batch.push(rate_limit::count_stored(
        db,
        "network_requests",
        received.id,
        client,
        now_ms,
    )?);
    let results = db.batch(batch).await?;
    changed(nth(&results, index)?)
}

const SELECT: &str = "SELECT r.id, r.kind, r.created_at, r.status, r.decided_at, r.network_id, \
     n.slug AS network_slug, n.name AS network_name, r.suggested, r.name, r.role, r.email, \
     r.phone, r.message, r.language, \
     EXISTS (SELECT 1 FROM editors e WHERE lower(e.email) = lower(r.email)) AS has_access \
     FROM network_requests r LEFT JOIN networks n ON n.id = r.network_id AND n.archived_at IS NULL";

fn from_row(row: &serde_json::Value) -> Result<NetworkRequest, ApiError> {
    let get = |column: &str| text(row, column).unwrap_or_default();
    let kind = RequestKind::from_key(&get("kind"))
        .ok_or_else(|| ApiError::Internal(format!("network request of kind {}", get("kind"))))?;
    let network = match (text(row, "network_id"), text(row, "network_slug")) {
        (Some(id), Some(slug)) => Some(RequestNetwork {
            id,
            slug,
            name: get("network_name"),
        }),
        _ => None,
    };
    let suggested: Option<Suggested> = match text(row, "suggested") {
        Some(json) => Some(serde_json::from_str(&json)?),
        None => None,
    };
    Ok(NetworkRequest {
        id: get("id"),
        kind,
        created_at: get("created_at"),
        status: get("status"),
        decided_at: text(row, "decided_at"),
        network,
        suggested,
        requester: Requester {
            name: get("name"),
            role: get("role"),
            email: get("email"),
            phone: get("phone"),
            message: get("message"),
            language: get("language"),
        },
        has_access: row.get("has_access").and_then(|v| v.as_f64()) == Some(1.0),
    })
}

/// The queue: waiting ones first, oldest first; then the declined ones.
pub async fn all(db: &D1Database) -> Result<Vec<NetworkRequest>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(format!(
            "{SELECT} ORDER BY r.status = 'declined', r.created_at"
        ))
        .all()
        .await?
        .results()?;
    rows.iter().map(from_row).collect()
}

pub async fn find(db: &D1Database, id: &str) -> Result<Option<NetworkRequest>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(format!("{SELECT} WHERE r.id = ?1"))
        .bind(&[id.into()])?
        .first(None)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// The condition "request `?1` still waits", for an audit entry's guard.
pub const WAITING: &str =
    "EXISTS (SELECT 1 FROM network_requests WHERE id = ?1 AND status = 'waiting')";

/// Declines a waiting request, with `action`'s entry. False: it was decided meanwhile.
pub async fn decline(
    db: &D1Database,
    id: &str,
    action: &Action<'_>,
    now: &str,
) -> Result<bool, ApiError> {
    let update = db
        .prepare(
            "UPDATE network_requests SET status = 'declined', decided_at = ?2 \
             WHERE id = ?1 AND status = 'waiting'",
        )
        .bind(&[id.into(), now.into()])?;
    action.record(db, WAITING, &[id.into()], update).await
}

/// Erases a request at once (a coordinator's erasure, e.g. when the person asks), with
/// `action`'s entry. False: no such request.
pub async fn erase(db: &D1Database, id: &str, action: &Action<'_>) -> Result<bool, ApiError> {
    let delete = db
        .prepare("DELETE FROM network_requests WHERE id = ?1")
        .bind(&[id.into()])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM network_requests WHERE id = ?1)",
            &[id.into()],
            delete,
        )
        .await
}

/// The DELETE of a waiting request, for the batch that gives access `editor` for it: only if
/// the access was given in that batch (last in it).
pub fn delete_for_access(
    db: &D1Database,
    id: &str,
    editor: &str,
) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(
            "DELETE FROM network_requests WHERE id = ?1 AND status = 'waiting' \
             AND EXISTS (SELECT 1 FROM editors WHERE id = ?2)",
        )
        .bind(&[id.into(), editor.into()])?)
}

/// The condition "request `?1` waits and its address has an access".
const WAITING_WITH_ACCESS: &str = "EXISTS (SELECT 1 FROM network_requests r JOIN editors e \
     ON lower(e.email) = lower(r.email) WHERE r.id = ?1 AND r.status = 'waiting')";

/// Gives an existing access (found by the request's address) the entry `network_id`, with
/// `action`'s entry, and deletes the request, in one batch. False: it was decided meanwhile,
/// or the address has no access (any more).
pub async fn add_to_existing_access(
    db: &D1Database,
    id: &str,
    network_id: &str,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let add = db
        .prepare(
            "INSERT OR IGNORE INTO editor_networks (editor_id, network_id) \
             SELECT e.id, ?2 FROM editors e JOIN network_requests r ON lower(e.email) = lower(r.email) \
             WHERE r.id = ?1 AND r.status = 'waiting'",
        )
        .bind(&[id.into(), network_id.into()])?;
    let delete = db
        .prepare(format!(
            "DELETE FROM network_requests WHERE id = ?1 AND {WAITING_WITH_ACCESS}"
        ))
        .bind(&[id.into()])?;
    let batch = vec![
        action.insert_if(db, WAITING_WITH_ACCESS, &[id.into()])?,
        add,
        delete,
    ];
    let results = db.batch(batch).await?;
    changed(nth(&results, 2)?)
}

/// An accepted suggestion, about to be put on the map.
pub struct Suggestion<'a> {
    pub request: &'a str,
    pub network: &'a Network,
    pub accepted_by: &'a str,
    pub now: &'a str,
    /// The request stays, as a claim of the new entry (its suggester gets access next).
    pub keep_as_claim: bool,
}

/// Puts a suggested entry on the map with its first revision and `action`'s entry, while the
/// request waits, in one batch; the request is deleted in it, or becomes a claim of the entry.
/// False: the request was decided meanwhile, or the address is taken.
pub async fn accept_suggestion(
    db: &D1Database,
    put: &Suggestion<'_>,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let id: JsValue = put.request.into();
    let slug: JsValue = put.network.id.as_str().into();
    let insert = db
        .prepare(format!(
            "INSERT INTO networks ({FIELDS}) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, \
             ?12, ?13, ?14, ?15, ?16, ?17, ?18 WHERE EXISTS (SELECT 1 FROM network_requests \
             WHERE id = ?19 AND status = 'waiting') ON CONFLICT DO NOTHING"
        ))
        .bind(&[field_values(put.network)?, vec![id.clone()]].concat())?;
    // Only for the entry this batch put on the map, never one made at the same address
    // meanwhile: that one is neither from a suggestion nor of this moment.
    let revision = db
        .prepare(
            "INSERT INTO network_revisions (network_id, number, state, created_at, kind, accepted_by) \
             SELECT ?1, 1, ?2, ?3, 'coordination', ?4 WHERE EXISTS (SELECT 1 FROM networks \
             WHERE id = ?1 AND updated_at = ?3 AND source_name = ?5 AND confirmed_at IS NULL) \
             AND NOT EXISTS (SELECT 1 FROM network_revisions WHERE network_id = ?1)",
        )
        .bind(&[
            slug.clone(),
            serde_json::to_string(put.network)?.into(),
            put.now.into(),
            put.accepted_by.into(),
            put.network.source.name.as_str().into(),
        ])?;
    // Only if the entry went on the map in this batch: its first revision is this one.
    let change = if put.keep_as_claim {
        "UPDATE network_requests SET kind = 'claim', network_id = ?2, suggested = NULL"
    } else {
        "DELETE FROM network_requests"
    };
    let request_after = db
        .prepare(format!(
            "{change} WHERE id = ?1 AND status = 'waiting' AND EXISTS (SELECT 1 FROM \
             network_revisions WHERE network_id = ?2 AND number = 1 AND created_at = ?3)"
        ))
        .bind(&[id.clone(), slug.clone(), put.now.into()])?;
    let guard = "EXISTS (SELECT 1 FROM network_requests WHERE id = ?1 AND status = 'waiting') \
         AND NOT EXISTS (SELECT 1 FROM networks WHERE id = ?2 OR slug = ?2)";
    let batch = vec![
        action.insert_if(db, guard, &[id, slug])?,
        insert,
        revision,
        request_after,
    ];
    let results = db.batch(batch).await?;
    changed(nth(&results, 1)?)
}
