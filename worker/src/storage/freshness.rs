//! Entries that go stale, and the reminders about them: which entries with editors are due a
//! reminder, the reminder's batch (its links, mails and the mark that it went), and the
//! one-click "Stimmt noch" that a reminder's link allows.

use super::audit::{Action, Audit};
use super::networks::{NetworkRow, NETWORK_COLUMNS};
use super::{changed, nth, text};
use crate::error::ApiError;
use model::audit::Actor;
use model::editor::{Editor, EditorLanguage};
use model::Network;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// An editor a reminder goes to.
pub struct Recipient {
    pub id: String,
    pub name: String,
    pub email: String,
    pub language: EditorLanguage,
}

/// Every entry on the map that has editors, as stored.
pub async fn kept_networks(db: &D1Database) -> Result<Vec<Network>, ApiError> {
    let rows: Vec<NetworkRow> = db
        .prepare(format!(
            "SELECT {NETWORK_COLUMNS} FROM networks WHERE archived_at IS NULL \
             AND EXISTS (SELECT 1 FROM editor_networks WHERE network_id = networks.id) ORDER BY name"
        ))
        .all()
        .await?
        .results()?;
    rows.into_iter().map(NetworkRow::into_network).collect()
}

/// Every entry on the map, as stored, with how many accesses keep it.
pub async fn with_editor_counts(db: &D1Database) -> Result<Vec<(Network, u32)>, ApiError> {
    let networks = super::networks::on_the_map(db).await?;
    let counts: Vec<serde_json::Value> = db
        .prepare("SELECT network_id, COUNT(*) AS n FROM editor_networks GROUP BY network_id")
        .all()
        .await?
        .results()?;
    let count = |id: &str| {
        counts
            .iter()
            .find(|row| text(row, "network_id").as_deref() == Some(id))
            .and_then(|row| row.get("n")?.as_f64())
            .map_or(0, |n| n as u32)
    };
    Ok(networks
        .into_iter()
        .map(|network| {
            let editors = count(&network.id);
            (network, editors)
        })
        .collect())
}

/// Whether the reminder `step` for the entry's current confirmation (`''`: never) went.
pub async fn reminded(
    db: &D1Database,
    network: &str,
    confirmed_at: &str,
    step: &str,
) -> Result<bool, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(
            "SELECT 1 AS sent FROM freshness_reminders \
             WHERE network_id = ?1 AND confirmed_at = ?2 AND step = ?3",
        )
        .bind(&[network.into(), confirmed_at.into(), step.into()])?
        .first(None)
        .await?;
    Ok(row.is_some())
}

/// The editors of an entry.
pub async fn recipients(db: &D1Database, network: &str) -> Result<Vec<Recipient>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(
            "SELECT e.id, e.name, e.email, e.language FROM editors e \
             JOIN editor_networks n ON n.editor_id = e.id WHERE n.network_id = ?1 ORDER BY e.id",
        )
        .bind(&[network.into()])?
        .all()
        .await?
        .results()?;
    Ok(rows
        .iter()
        .map(|row| Recipient {
            id: text(row, "id").unwrap_or_default(),
            name: text(row, "name").unwrap_or_default(),
            email: text(row, "email").unwrap_or_default(),
            language: EditorLanguage::from_key(&text(row, "language").unwrap_or_default()),
        })
        .collect())
}

/// A "Stimmt noch" link for `editor` and the entry as it is now, for the reminder's batch.
pub fn link_insert(
    db: &D1Database,
    token_hash: &str,
    editor: &str,
    network: &Network,
    expires_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(
            "INSERT INTO confirm_links (token_hash, editor_id, network_id, network_updated_at, expires_ms) \
             SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM editors WHERE id = ?2)",
        )
        .bind(&[
            token_hash.into(),
            editor.into(),
            network.id.as_str().into(),
            network.updated_at.as_str().into(),
            JsValue::from_f64(expires_ms),
        ])?)
}

/// The mark that reminder `step` went for the entry's current confirmation, first in the batch
/// that queues its mails: a second run finds it and sends nothing again, and of two runs at
/// once the second one's batch fails on the mark's key, with all its mails.
pub fn mark_reminded(
    db: &D1Database,
    network: &Network,
    step: &str,
    now: &str,
) -> Result<D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(
            "INSERT INTO freshness_reminders (network_id, confirmed_at, step, sent_at) \
             VALUES (?1, ?2, ?3, ?4)",
        )
        .bind(&[
            network.id.as_str().into(),
            network.confirmed_at.as_deref().unwrap_or_default().into(),
            step.into(),
            now.into(),
        ])?)
}

/// The marks of confirmations that are no longer an entry's current one.
pub fn forget_earlier_reminders(db: &D1Database) -> Result<D1PreparedStatement, ApiError> {
    Ok(db.prepare(
        "DELETE FROM freshness_reminders WHERE NOT EXISTS (SELECT 1 FROM networks n \
         WHERE n.id = freshness_reminders.network_id \
         AND COALESCE(n.confirmed_at, '') = freshness_reminders.confirmed_at)",
    ))
}

/// The condition "link `?1` still works at `?2` (ms)": unexpired, its editor's entry on the
/// map and unchanged since the link was made.
const LINK_WORKS: &str = "EXISTS (SELECT 1 FROM confirm_links l JOIN networks n \
     ON n.id = l.network_id AND n.archived_at IS NULL AND n.updated_at = l.network_updated_at \
     JOIN editor_networks en ON en.editor_id = l.editor_id AND en.network_id = l.network_id \
     WHERE l.token_hash = ?1 AND l.expires_ms > ?2)";

/// What a working link is for.
pub struct LinkFor {
    pub editor: Editor,
    pub network: Network,
}

/// The editor and entry of a working link, if it works.
pub async fn link(
    db: &D1Database,
    token_hash: &str,
    now_ms: f64,
) -> Result<Option<LinkFor>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(format!(
            "SELECT l.editor_id, l.network_id, e.terms_version FROM confirm_links l \
             JOIN editors e ON e.id = l.editor_id WHERE l.token_hash = ?1 AND {LINK_WORKS}"
        ))
        .bind(&[token_hash.into(), JsValue::from_f64(now_ms)])?
        .first(None)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let network_id = text(&row, "network_id").unwrap_or_default();
    let Some(network) = super::networks::public_network_by_id(db, &network_id).await? else {
        return Ok(None);
    };
    let editor = Editor {
        id: text(&row, "editor_id").unwrap_or_default(),
        networks: vec![network_id],
        terms_accepted: text(&row, "terms_version").as_deref()
            == Some(model::editor::TERMS_VERSION),
        session: None,
    };
    Ok(Some(LinkFor { editor, network }))
}

/// Confirms the link's entry for its network ("Stimmt noch"), with the editor's audit entry,
/// accepting the terms first where `accept_terms`; the access counts as used; the link is used
/// up. One batch, all under
/// the link's condition. False: the link stopped working meanwhile.
pub async fn confirm_by_link(
    db: &D1Database,
    token_hash: &str,
    found: &LinkFor,
    accept_terms: bool,
    now_ms: f64,
) -> Result<bool, ApiError> {
    let now = crate::clock::iso_at(now_ms);
    let works = [token_hash.into(), JsValue::from_f64(now_ms)];
    let audit = Audit::new(Actor::Editor(Editor::log_name(&found.editor.id)));
    let action: Action<'_> = audit.action("network.confirm", Some(&found.network.id));
    let mut batch = vec![action.insert_if(db, LINK_WORKS, &works)?];
    if accept_terms {
        batch.push(
            db.prepare(format!(
                "UPDATE editors SET terms_version = ?3, terms_accepted_at = ?4 \
                 WHERE id = ?5 AND {LINK_WORKS}"
            ))
            .bind(&[
                works[0].clone(),
                works[1].clone(),
                model::editor::TERMS_VERSION.into(),
                now.as_str().into(),
                found.editor.id.as_str().into(),
            ])?,
        );
    }
    let at = batch.len();
    batch.push(
        db.prepare(format!(
            "UPDATE networks SET confirmed_at = ?3, confirmed_by = 'network' \
             WHERE id = ?4 AND {LINK_WORKS}"
        ))
        .bind(&[
            works[0].clone(),
            works[1].clone(),
            now.as_str().into(),
            found.network.id.as_str().into(),
        ])?,
    );
    // Using the link is using the access: an access is erased after 12 months unused.
    batch.push(
        db.prepare(format!(
            "UPDATE editors SET last_used_at = ?3 WHERE id = ?4 AND {LINK_WORKS}"
        ))
        .bind(&[
            works[0].clone(),
            works[1].clone(),
            now.as_str().into(),
            found.editor.id.as_str().into(),
        ])?,
    );
    batch.push(
        db.prepare("DELETE FROM confirm_links WHERE token_hash = ?1")
            .bind(&[token_hash.into()])?,
    );
    let results = db.batch(batch).await?;
    changed(nth(&results, at)?)
}
