//! Needs proposed by the editors of a network the Koordinierungsstelle does not trust (yet): a
//! new need, or a change to one, waiting for a coordinator. A proposal keeps the need's fields
//! as they were when it was made (`base`) beside the proposed ones, so the review can say
//! "inzwischen geändert". Accepting is one batch: the proposal's state, the audit entry and the
//! need itself, only while it waits and, for a change, the need is as the coordinator saw it.

use super::admin_needs;
use super::audit::Action;
use super::{changed, nth, text};
use crate::error::ApiError;
use model::editor::needs::OwnNeedProposal;
use model::editor::proposal::ProposalStatus;
use model::{Need, NeedInput};
use wasm_bindgen::JsValue;
use worker::D1Database;

/// A stored proposal, with its editor's name while their access exists.
pub struct Stored {
    pub id: String,
    pub network_id: String,
    pub network_name: String,
    pub need_id: Option<String>,
    pub editor_name: Option<String>,
    pub base: Option<NeedInput>,
    pub proposed: NeedInput,
    pub created_at: String,
    pub status: ProposalStatus,
    pub reason: Option<String>,
    pub decided_at: Option<String>,
}

const COLUMNS: &str = "p.id, p.network_id, n.name AS network_name, p.need_id, \
    e.name AS editor_name, p.base, p.proposed, p.created_at, \
    p.status, p.reason, p.decided_at \
    FROM need_proposals p JOIN networks n ON n.id = p.network_id \
    LEFT JOIN editors e ON e.id = p.editor_id";

fn stored(row: &serde_json::Value) -> Result<Stored, ApiError> {
    let base = match text(row, "base") {
        Some(json) => Some(serde_json::from_str(&json)?),
        None => None,
    };
    Ok(Stored {
        id: text(row, "id").unwrap_or_default(),
        network_id: text(row, "network_id").unwrap_or_default(),
        network_name: text(row, "network_name").unwrap_or_default(),
        need_id: text(row, "need_id"),
        editor_name: text(row, "editor_name"),
        base,
        proposed: serde_json::from_str(&text(row, "proposed").unwrap_or_default())?,
        created_at: text(row, "created_at").unwrap_or_default(),
        status: ProposalStatus::from_key(&text(row, "status").unwrap_or_default())
            .unwrap_or(ProposalStatus::Waiting),
        reason: text(row, "reason"),
        decided_at: text(row, "decided_at"),
    })
}

impl Stored {
    pub fn own(self) -> OwnNeedProposal {
        OwnNeedProposal {
            id: self.id,
            need_id: self.need_id,
            created_at: self.created_at,
            status: self.status,
            proposed: self.proposed,
            reason: self.reason,
            decided_at: self.decided_at,
        }
    }
}

/// What an editor proposes: for `network`, a new need (`base` `None`) or a change to `need`.
pub struct NewProposal<'a> {
    pub id: &'a str,
    pub network: &'a str,
    pub need: Option<&'a str>,
    pub editor: &'a str,
    pub base: Option<&'a NeedInput>,
    pub proposed: &'a NeedInput,
    pub now: &'a str,
}

/// Stores a proposal for a network on the public map, with `action`'s entry. False: the
/// network is not (or no longer) on the map.
pub async fn create(
    db: &D1Database,
    proposal: &NewProposal<'_>,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let base = match proposal.base {
        Some(base) => JsValue::from(serde_json::to_string(base)?),
        None => JsValue::NULL,
    };
    let insert = db
        .prepare(
            "INSERT INTO need_proposals (id, network_id, need_id, editor_id, base, proposed, \
             created_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 \
             WHERE EXISTS (SELECT 1 FROM networks WHERE id = ?2 AND archived_at IS NULL)",
        )
        .bind(&[
            proposal.id.into(),
            proposal.network.into(),
            proposal.need.map_or(JsValue::NULL, JsValue::from),
            proposal.editor.into(),
            base,
            serde_json::to_string(proposal.proposed)?.into(),
            proposal.now.into(),
        ])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM networks WHERE id = ?1 AND archived_at IS NULL)",
            &[proposal.network.into()],
            insert,
        )
        .await
}

/// A network's proposals, newest first.
pub async fn of_network(db: &D1Database, network: &str) -> Result<Vec<Stored>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(format!(
            "SELECT {COLUMNS} WHERE p.network_id = ?1 ORDER BY p.created_at DESC, p.id"
        ))
        .bind(&[network.into()])?
        .all()
        .await?
        .results()?;
    rows.iter().map(stored).collect()
}

/// The proposals waiting for a decision, oldest first (the queue "Zu prüfen").
pub async fn waiting(db: &D1Database) -> Result<Vec<Stored>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(format!(
            "SELECT {COLUMNS} WHERE p.status = 'waiting' ORDER BY p.created_at, p.id"
        ))
        .all()
        .await?
        .results()?;
    rows.iter().map(stored).collect()
}

pub async fn one(db: &D1Database, id: &str) -> Result<Option<Stored>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(format!("SELECT {COLUMNS} WHERE p.id = ?1"))
        .bind(&[id.into()])?
        .first(None)
        .await?;
    row.as_ref().map(stored).transpose()
}

/// Publishes `need` for proposal `id`: the proposal's state, the audit entries (the decision's
/// `actions.0` and the need's own `actions.1`) and the need (inserted, or updated while its
/// `updated_at` is still `seen`), in one batch, only while the proposal waits. False: it was
/// decided, or the need changed, meanwhile.
pub async fn accept(
    db: &D1Database,
    id: &str,
    (need, network_id, seen): (&Need, &str, Option<&str>),
    (now, by): (&str, &str),
    actions: (&Action<'_>, &Action<'_>),
) -> Result<bool, ApiError> {
    let unchanged = match seen {
        Some(_) => "EXISTS (SELECT 1 FROM needs WHERE id = ?5 AND updated_at = ?6)",
        None => "NOT EXISTS (SELECT 1 FROM needs WHERE id = ?5 OR slug = ?7)",
    };
    let decided = db
        .prepare(format!(
            "UPDATE need_proposals SET status = 'accepted', decided_at = ?2, decided_by = ?3, \
             need_id = ?5 WHERE id = ?1 AND status = 'waiting' AND network_id = ?4 AND {unchanged}"
        ))
        .bind(&[
            id.into(),
            now.into(),
            by.into(),
            network_id.into(),
            need.id.as_str().into(),
            seen.map_or(JsValue::NULL, JsValue::from),
            need.slug.as_str().into(),
        ])?;
    let this = [id.into(), now.into(), by.into()];
    let by_this_batch = "EXISTS (SELECT 1 FROM need_proposals WHERE id = ?1 \
        AND status = 'accepted' AND decided_at = ?2 AND decided_by = ?3)";
    let entry = actions.0.insert_if(db, by_this_batch, &this)?;
    let need_entry = actions.1.insert_if(db, by_this_batch, &this)?;
    let write = match seen {
        Some(_) => admin_needs::update_if(db, need, Some(network_id), by_this_batch, &this)?,
        None => admin_needs::insert_if(db, need, Some(network_id), by_this_batch, &this)?,
    };
    let results = db.batch(vec![decided, entry, need_entry, write]).await?;
    changed(nth(&results, 0)?)
}

/// Declines proposal `id` with `reason`, with the audit entry. False: it was decided
/// meanwhile.
pub async fn decline(
    db: &D1Database,
    id: &str,
    reason: &str,
    (now, by): (&str, &str),
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let decided = db
        .prepare(
            "UPDATE need_proposals SET status = 'declined', reason = ?2, decided_at = ?3, \
             decided_by = ?4 WHERE id = ?1 AND status = 'waiting'",
        )
        .bind(&[id.into(), reason.into(), now.into(), by.into()])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM need_proposals WHERE id = ?1 AND status = 'waiting')",
            &[id.into()],
            decided,
        )
        .await
}
