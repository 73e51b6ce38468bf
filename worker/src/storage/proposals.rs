//! Proposals: what a network's editor proposes for its entry, waiting for a coordinator. A
//! proposal keeps the entry's fields as they were when it was made (`base`) beside the proposed
//! ones, so the review can say "inzwischen geändert". Deciding is one batch: the entry, its
//! revisions, the proposal's state and the audit entry, all only while it is still waiting.

use super::admin_networks::{field_values, update_sql};
use super::audit::Action;
use super::revisions::{self, NewRevision};
use super::{changed, nth, text};
use crate::error::ApiError;
use model::editor::entry::EntryFields;
use model::editor::proposal::{OwnProposal, ProposalStatus};
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// A stored proposal, with its editor's name while their access exists.
pub struct Stored {
    pub id: String,
    pub network_id: String,
    pub editor_id: Option<String>,
    pub editor_name: Option<String>,
    pub editor_email: Option<String>,
    pub editor_language: Option<String>,
    pub base: EntryFields,
    pub proposed: EntryFields,
    pub created_at: String,
    pub status: ProposalStatus,
    pub accepted_fields: Vec<String>,
    pub reason: Option<String>,
    pub decided_at: Option<String>,
}

const COLUMNS: &str = "p.id, p.network_id, p.editor_id, e.name AS editor_name, \
    e.email AS editor_email, e.language AS editor_language, p.base, p.proposed, p.created_at, \
    p.status, p.accepted_fields, p.reason, p.decided_at \
    FROM proposals p LEFT JOIN editors e ON e.id = p.editor_id";

fn stored(row: &serde_json::Value) -> Result<Stored, ApiError> {
    let fields = |column: &str| -> Result<EntryFields, ApiError> {
        Ok(serde_json::from_str(
            &text(row, column).unwrap_or_default(),
        )?)
    };
    Ok(Stored {
        id: text(row, "id").unwrap_or_default(),
        network_id: text(row, "network_id").unwrap_or_default(),
        editor_id: text(row, "editor_id"),
        editor_name: text(row, "editor_name"),
        editor_email: text(row, "editor_email"),
        editor_language: text(row, "editor_language"),
        base: fields("base")?,
        proposed: fields("proposed")?,
        created_at: text(row, "created_at").unwrap_or_default(),
        status: ProposalStatus::from_key(&text(row, "status").unwrap_or_default())
            .unwrap_or(ProposalStatus::Waiting),
        accepted_fields: text(row, "accepted_fields")
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default(),
        reason: text(row, "reason"),
        decided_at: text(row, "decided_at"),
    })
}

impl Stored {
    pub fn own(self) -> OwnProposal {
        OwnProposal {
            id: self.id,
            created_at: self.created_at,
            status: self.status,
            proposed: self.proposed,
            accepted_fields: self.accepted_fields,
            reason: self.reason,
            decided_at: self.decided_at,
        }
    }
}

/// Stores a proposal for a network on the public map, with `action`'s entry. False: the
/// network is not (or no longer) on the map.
#[allow(clippy::too_many_arguments)]
pub async fn create(
    db: &D1Database,
    id: &str,
    network: &str,
    editor: &str,
    base: &EntryFields,
    proposed: &EntryFields,
    now: &str,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let insert = db
        .prepare(
            "INSERT INTO proposals (id, network_id, editor_id, base, proposed, created_at) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6 \
             WHERE EXISTS (SELECT 1 FROM networks WHERE id = ?2 AND archived_at IS NULL)",
        )
        .bind(&[
            id.into(),
            network.into(),
            editor.into(),
            serde_json::to_string(base)?.into(),
            serde_json::to_string(proposed)?.into(),
            now.into(),
        ])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM networks WHERE id = ?1 AND archived_at IS NULL)",
            &[network.into()],
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

/// Publishes `after` (the entry with the accepted fields) for proposal `id`: the proposal's
/// state, the audit entry, the entry's revisions and the entry itself, in one batch; only while
/// the proposal waits and the entry is as the coordinator saw it (`revision.before`, by its
/// `updated_at`). False: it was decided, or the entry changed, meanwhile.
pub async fn accept(
    db: &D1Database,
    id: &str,
    revision: &NewRevision<'_>,
    accepted_fields: &[String],
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let network = revision.after.id.as_str();
    let seen = revision.before.updated_at.as_str();
    let decided = db
        .prepare(
            "UPDATE proposals SET status = 'accepted', accepted_fields = ?2, decided_at = ?3, \
             decided_by = ?4 WHERE id = ?1 AND status = 'waiting' \
             AND EXISTS (SELECT 1 FROM networks WHERE id = ?5 AND updated_at = ?6)",
        )
        .bind(&[
            id.into(),
            serde_json::to_string(accepted_fields)?.into(),
            revision.now.into(),
            revision.accepted_by.into(),
            network.into(),
            seen.into(),
        ])?;
    // Everything after: only if this batch decided it (the decision's own time and name).
    let this = [id.into(), revision.now.into(), revision.accepted_by.into()];
    let entry = action.insert_if(
        db,
        "EXISTS (SELECT 1 FROM proposals WHERE id = ?1 AND status = 'accepted' \
         AND decided_at = ?2 AND decided_by = ?3)",
        &this,
    )?;
    let [earlier, next] = revisions::statements(
        db,
        revision,
        "EXISTS (SELECT 1 FROM proposals WHERE id = ?9 AND status = 'accepted' \
         AND decided_at = ?10 AND decided_by = ?11)",
        &this,
    )?;
    let mut values = field_values(revision.after)?;
    values.extend([JsValue::from(seen), id.into(), revision.now.into()]);
    let update = db
        .prepare(format!(
            "{} AND updated_at = ?19 AND EXISTS (SELECT 1 FROM proposals WHERE id = ?20 \
             AND status = 'accepted' AND decided_at = ?21)",
            update_sql()
        ))
        .bind(&values)?;
    let results = db
        .batch(vec![decided, entry, earlier, next, update])
        .await?;
    changed(nth(&results, 0)?)
}

/// Declines proposal `id` with `reason` (and the mail that tells its editor, queued in the
/// same batch), with the audit entry. False: it was decided meanwhile.
pub async fn decline(
    db: &D1Database,
    id: &str,
    reason: &str,
    by: &str,
    now: &str,
    mail: Option<D1PreparedStatement>,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let decided = db
        .prepare(
            "UPDATE proposals SET status = 'declined', reason = ?2, decided_at = ?3, \
             decided_by = ?4 WHERE id = ?1 AND status = 'waiting'",
        )
        .bind(&[id.into(), reason.into(), now.into(), by.into()])?;
    action
        .record_after(
            db,
            "EXISTS (SELECT 1 FROM proposals WHERE id = ?1 AND status = 'waiting')",
            &[id.into()],
            mail.into_iter().collect(),
            decided,
        )
        .await
}
