//! Every accepted state of an entry (`network_revisions`), numbered per network from 1. The
//! first time an entry changes here, its state before the change becomes revision 1
//! ("earlier"), so every state can be restored. The statements go into the batch of the change
//! itself, under the same condition as its audit entry.

use super::admin_networks::{field_values, update_sql};
use super::audit::Action;
use super::{changed, nth, text};
use crate::error::ApiError;
use model::editor::proposal::{Revision, RevisionKind, FORMER_EDITOR};
use model::Network;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// A revision about to be written.
pub struct NewRevision<'a> {
    /// The entry before the change (revision 1, if it has none yet) and after it.
    pub before: &'a Network,
    pub after: &'a Network,
    pub kind: RevisionKind,
    pub proposed_by: Option<&'a str>,
    pub accepted_by: &'a str,
    pub restored_from: Option<u32>,
    pub now: &'a str,
}

/// The two INSERTs of `revision`, each only where `guard` holds (SQL whose parameters are
/// numbered from `?9`, given in `params`).
pub fn statements(
    db: &D1Database,
    revision: &NewRevision<'_>,
    guard: &str,
    params: &[JsValue],
) -> Result<[D1PreparedStatement; 2], ApiError> {
    let id: JsValue = revision.after.id.as_str().into();
    let filler = [JsValue::NULL, JsValue::NULL, JsValue::NULL, JsValue::NULL];
    let mut earlier_values = vec![
        id.clone(),
        serde_json::to_string(revision.before)?.into(),
        revision.before.updated_at.as_str().into(),
    ];
    earlier_values.extend(filler);
    earlier_values.push(JsValue::NULL);
    earlier_values.extend_from_slice(params);
    let earlier = db
        .prepare(format!(
            "INSERT INTO network_revisions (network_id, number, state, created_at, kind) \
             SELECT ?1, 1, ?2, ?3, 'earlier' WHERE ({guard}) \
             AND NOT EXISTS (SELECT 1 FROM network_revisions WHERE network_id = ?1) \
             AND ?4 IS NULL AND ?5 IS NULL AND ?6 IS NULL AND ?7 IS NULL AND ?8 IS NULL"
        ))
        .bind(&earlier_values)?;
    let optional = |v: Option<&str>| v.map_or(JsValue::NULL, JsValue::from);
    let mut values = vec![
        id,
        serde_json::to_string(revision.after)?.into(),
        revision.now.into(),
        revision.kind.key().into(),
        optional(revision.proposed_by),
        revision.accepted_by.into(),
        revision
            .restored_from
            .map_or(JsValue::NULL, |n| JsValue::from_f64(n.into())),
        JsValue::NULL,
    ];
    values.extend_from_slice(params);
    let next = db
        .prepare(format!(
            "INSERT INTO network_revisions (network_id, number, state, created_at, kind, \
             proposed_by, accepted_by, restored_from) \
             SELECT ?1, (SELECT COALESCE(MAX(number), 0) + 1 FROM network_revisions \
             WHERE network_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7 WHERE ({guard}) AND ?8 IS NULL"
        ))
        .bind(&values)?;
    Ok([earlier, next])
}

/// A network's revisions, newest first; an erased editor is "ehemaliger Zugang".
pub async fn of_network(db: &D1Database, network: &str) -> Result<Vec<Revision>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(
            "SELECT r.number, r.created_at, r.kind, r.proposed_by, e.name AS editor_name, \
             r.accepted_by, r.restored_from, r.state FROM network_revisions r \
             LEFT JOIN editors e ON e.id = r.proposed_by \
             WHERE r.network_id = ?1 ORDER BY r.number DESC",
        )
        .bind(&[network.into()])?
        .all()
        .await?
        .results()?;
    rows.iter().map(revision).collect()
}

fn revision(row: &serde_json::Value) -> Result<Revision, ApiError> {
    let state: Network = serde_json::from_str(&text(row, "state").unwrap_or_default())?;
    let proposed_by = text(row, "proposed_by")
        .map(|_| text(row, "editor_name").unwrap_or_else(|| FORMER_EDITOR.to_string()));
    Ok(Revision {
        number: super::number(row, "number").unwrap_or_default() as u32,
        created_at: text(row, "created_at").unwrap_or_default(),
        kind: RevisionKind::from_key(&text(row, "kind").unwrap_or_default())
            .unwrap_or(RevisionKind::Earlier),
        proposed_by,
        accepted_by: text(row, "accepted_by"),
        restored_from: super::number(row, "restored_from").map(|n| n as u32),
        state,
    })
}

/// Revision `number` of a network.
pub async fn one(
    db: &D1Database,
    network: &str,
    number: u32,
) -> Result<Option<Revision>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(
            "SELECT r.number, r.created_at, r.kind, r.proposed_by, e.name AS editor_name, \
             r.accepted_by, r.restored_from, r.state FROM network_revisions r \
             LEFT JOIN editors e ON e.id = r.proposed_by \
             WHERE r.network_id = ?1 AND r.number = ?2",
        )
        .bind(&[network.into(), JsValue::from_f64(number.into())])?
        .first(None)
        .await?;
    row.as_ref().map(revision).transpose()
}

/// Writes `revision.after` over the entry (a coordinator's change or a restored revision),
/// with its revisions and the audit entry, in one batch; only if the entry is as it was read
/// (`revision.before`) and no other has its address. False: nothing was written.
pub async fn publish(
    db: &D1Database,
    revision: &NewRevision<'_>,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let n = revision.after;
    // The entry as the coordinator saw it (its `updated_at`), and its address still its own.
    let guard = "EXISTS (SELECT 1 FROM networks WHERE id = ?1 AND updated_at = ?3) \
                 AND NOT EXISTS (SELECT 1 FROM networks WHERE slug = ?2 AND id <> ?1)";
    let params = [
        n.id.as_str().into(),
        n.slug.as_str().into(),
        revision.before.updated_at.as_str().into(),
    ];
    let entry = action.insert_if(db, guard, &params)?;
    let shifted = "EXISTS (SELECT 1 FROM networks WHERE id = ?9 AND updated_at = ?11) \
                   AND NOT EXISTS (SELECT 1 FROM networks WHERE slug = ?10 AND id <> ?9)";
    let [earlier, next] = statements(db, revision, shifted, &params)?;
    let mut values = field_values(n)?;
    values.push(revision.before.updated_at.as_str().into());
    let update = db
        .prepare(format!("{} AND updated_at = ?19", update_sql()))
        .bind(&values)?;
    let results = db.batch(vec![entry, earlier, next, update]).await?;
    changed(nth(&results, 3)?)
}

/// The entry as it will be published: `network` with its confirmation kept.
pub fn keeping_confirmation(mut after: Network, network: &Network) -> Network {
    after.confirmed_at = network.confirmed_at.clone();
    after.confirmed_by = network.confirmed_by;
    after
}

/// A coordinator's change to `before`: its confirmation kept, and the day of the network's own
/// information while the source still says it is that.
pub fn keeping_stand_day(mut after: Network, before: &Network) -> Network {
    after.stand_day = after
        .is_the_networks_own()
        .then(|| before.stand_day.clone())
        .flatten();
    keeping_confirmation(after, before)
}
