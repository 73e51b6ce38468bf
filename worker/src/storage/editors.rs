//! The networks' editors: their accesses, sign-in links and sessions (`auth/editor.rs` checks
//! requests with them). Only hashes of links and session ids are kept. Every change goes into
//! one batch with its audit entry; a link is used up in the batch that starts its session, so
//! two tabs opening it at once get one session.

use super::admin_session::log_id;
use super::audit::{Action, Audit};
use super::{changed, nth, text};
use crate::error::ApiError;
use model::audit::Actor;
use model::editor::{Editor, EditorLanguage, EditorView, TERMS_VERSION};
use model::session::{SignedOut, IDLE_MS, LIFETIME_MS};
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

fn iso(ms: f64) -> String {
    crate::clock::iso_at(ms)
}

/// A new access, before it is stored.
pub struct NewEditor<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub language: EditorLanguage,
    pub networks: &'a [String],
    pub created_by: &'a str,
    /// Given for a claim or a suggestion: only while that request waits.
    pub for_request: Option<&'a str>,
}

/// A sign-in link about to be stored: its hash, what it is for, when it stops working.
pub struct NewLink<'a> {
    pub hash: &'a str,
    pub invitation: bool,
    pub expires_ms: f64,
}

fn link_insert(
    db: &D1Database,
    editor: &str,
    link: &NewLink<'_>,
) -> Result<D1PreparedStatement, ApiError> {
    let purpose = if link.invitation {
        "invitation"
    } else {
        "sign-in"
    };
    Ok(db
        .prepare(
            "INSERT INTO editor_links (token_hash, editor_id, purpose, expires_ms) \
             SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM editors WHERE id = ?2)",
        )
        .bind(&[
            link.hash.into(),
            editor.into(),
            purpose.into(),
            JsValue::from_f64(link.expires_ms),
        ])?)
}

/// Stores a new access with its networks and its invitation link (and `after`: its mail,
/// queued after them, and what else goes with it), with `action`'s entry, in one batch. False:
/// the address has an access already, or the request it is for no longer waits.
pub async fn create(
    db: &D1Database,
    editor: &NewEditor<'_>,
    link: &NewLink<'_>,
    after: Vec<D1PreparedStatement>,
    action: &Action<'_>,
    now_ms: f64,
) -> Result<bool, ApiError> {
    let now = iso(now_ms);
    // `?7`/`?2`: a request the access is given for must still wait ('' for none).
    let request = "(?7 = '' OR EXISTS (SELECT 1 FROM network_requests \
         WHERE id = ?7 AND status = 'waiting'))";
    let insert = db
        .prepare(format!(
            "INSERT INTO editors (id, name, email, language, created_at, created_by, last_used_at) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?5 \
             WHERE NOT EXISTS (SELECT 1 FROM editors WHERE lower(email) = lower(?3)) AND {request}"
        ))
        .bind(&[
            editor.id.into(),
            editor.name.into(),
            editor.email.into(),
            editor.language.key().into(),
            now.into(),
            editor.created_by.into(),
            editor.for_request.unwrap_or_default().into(),
        ])?;
    let mut batch = vec![
        action.insert_if(
            db,
            &format!(
                "NOT EXISTS (SELECT 1 FROM editors WHERE lower(email) = lower(?1)) AND {}",
                request.replace("?7", "?2")
            ),
            &[
                editor.email.into(),
                editor.for_request.unwrap_or_default().into(),
            ],
        )?,
        insert,
    ];
    for network in editor.networks {
        batch.push(
            db.prepare(
                "INSERT INTO editor_networks (editor_id, network_id) \
                 SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM editors WHERE id = ?1)",
            )
            .bind(&[editor.id.into(), network.as_str().into()])?,
        );
    }
    batch.push(link_insert(db, editor.id, link)?);
    batch.extend(after);
    let results = db.batch(batch).await?;
    changed(nth(&results, 1)?)
}

/// A new sign-in link for an access (and its `mail`), with `action`'s entry. False: no such
/// access.
pub async fn add_link(
    db: &D1Database,
    editor: &str,
    link: &NewLink<'_>,
    mail: Option<D1PreparedStatement>,
    action: Option<&Action<'_>>,
) -> Result<bool, ApiError> {
    let mut batch = Vec::new();
    if let Some(action) = action {
        batch.push(action.insert_if(
            db,
            "EXISTS (SELECT 1 FROM editors WHERE id = ?1)",
            &[editor.into()],
        )?);
    }
    let at = batch.len();
    batch.push(link_insert(db, editor, link)?);
    batch.extend(mail);
    let results = db.batch(batch).await?;
    changed(nth(&results, at)?)
}

/// Ends an access: the access, its networks, links, sessions and waiting mail go, with
/// `action`'s entry. False: no such access.
pub async fn erase(db: &D1Database, id: &str, action: &Action<'_>) -> Result<bool, ApiError> {
    let statements = erase_statements(db, id)?;
    let mut batch = vec![action.insert_if(
        db,
        "EXISTS (SELECT 1 FROM editors WHERE id = ?1)",
        &[id.into()],
    )?];
    batch.extend(statements);
    let results = db.batch(batch).await?;
    // The last statement deletes the access itself.
    changed(nth(&results, results.len() - 1)?)
}

/// The statements that erase access `id`, the access itself last.
pub fn erase_statements(db: &D1Database, id: &str) -> Result<Vec<D1PreparedStatement>, ApiError> {
    let by = [JsValue::from(id)];
    [
        "DELETE FROM editor_sessions WHERE editor_id = ?1",
        "DELETE FROM editor_links WHERE editor_id = ?1",
        "DELETE FROM confirm_links WHERE editor_id = ?1",
        "DELETE FROM editor_networks WHERE editor_id = ?1",
        "DELETE FROM mail_outbox WHERE editor = ?1",
        "DELETE FROM editors WHERE id = ?1",
    ]
    .into_iter()
    .map(|sql| Ok(db.prepare(sql).bind(&by)?))
    .collect()
}

const VIEW_COLUMNS: &str = "e.id, e.name, e.email, e.language, e.created_at, e.created_by, \
    e.last_used_at, e.terms_accepted_at, \
    (SELECT json_group_array(network_id) FROM editor_networks n WHERE n.editor_id = e.id) AS networks";

fn view(row: &serde_json::Value) -> EditorView {
    let networks = text(row, "networks")
        .and_then(|json| serde_json::from_str::<Vec<String>>(&json).ok())
        .unwrap_or_default();
    EditorView {
        id: text(row, "id").unwrap_or_default(),
        name: text(row, "name").unwrap_or_default(),
        email: text(row, "email").unwrap_or_default(),
        language: EditorLanguage::from_key(&text(row, "language").unwrap_or_default()),
        networks,
        created_at: text(row, "created_at").unwrap_or_default(),
        created_by: text(row, "created_by").unwrap_or_default(),
        last_used_at: text(row, "last_used_at").unwrap_or_default(),
        terms_accepted_at: text(row, "terms_accepted_at"),
    }
}

/// Every access, by name.
pub async fn all(db: &D1Database) -> Result<Vec<EditorView>, ApiError> {
    let rows: Vec<serde_json::Value> = db
        .prepare(format!(
            "SELECT {VIEW_COLUMNS} FROM editors e ORDER BY e.name, e.id"
        ))
        .all()
        .await?
        .results()?;
    Ok(rows.iter().map(view).collect())
}

/// One access by its id, or by its address (case folded).
pub async fn find(db: &D1Database, by: Find<'_>) -> Result<Option<EditorView>, ApiError> {
    let (condition, value) = match by {
        Find::Id(id) => ("e.id = ?1", id),
        Find::Email(email) => ("lower(e.email) = lower(?1)", email),
    };
    let row: Option<serde_json::Value> = db
        .prepare(format!(
            "SELECT {VIEW_COLUMNS} FROM editors e WHERE {condition}"
        ))
        .bind(&[value.into()])?
        .first(None)
        .await?;
    Ok(row.as_ref().map(view))
}

/// How [`find`] looks an access up.
#[derive(Clone, Copy)]
pub enum Find<'a> {
    Id(&'a str),
    Email(&'a str),
}

/// Uses up the link `hash` (if it still works at `now_ms`) and starts session `id_hash` for
/// its access, whose use it counts, with the audit entry: one batch. The access's id, or
/// `None` when the link is unknown, used or expired.
pub async fn sign_in(
    db: &D1Database,
    hash: &str,
    id_hash: &str,
    now_ms: f64,
) -> Result<Option<String>, ApiError> {
    let valid = "SELECT editor_id FROM editor_links WHERE token_hash = ?1 AND expires_ms > ?2";
    let row: Option<serde_json::Value> = db
        .prepare(valid)
        .bind(&[hash.into(), JsValue::from_f64(now_ms)])?
        .first(None)
        .await?;
    let Some(editor) = row.and_then(|r| text(&r, "editor_id")) else {
        return Ok(None);
    };
    let now = iso(now_ms);
    let audit = Audit::new(Actor::Editor(Editor::log_name(&editor)));
    let params = [hash.into(), JsValue::from_f64(now_ms)];
    let entry = audit
        .action("editor.session.start", Some(log_id(id_hash)))
        .insert_if(db, &format!("EXISTS ({valid})"), &params)?;
    let session = db
        .prepare(format!(
            "INSERT INTO editor_sessions (id_hash, editor_id, created_at, last_used_at) \
             SELECT ?3, editor_id, ?4, ?4 FROM ({valid})"
        ))
        .bind(&[
            hash.into(),
            JsValue::from_f64(now_ms),
            id_hash.into(),
            now.as_str().into(),
        ])?;
    let used = db
        .prepare("UPDATE editors SET last_used_at = ?2 WHERE id = ?1")
        .bind(&[editor.as_str().into(), now.as_str().into()])?;
    let spent = db
        .prepare("DELETE FROM editor_links WHERE token_hash = ?1")
        .bind(&[hash.into()])?;
    let results = db.batch(vec![entry, session, used, spent]).await?;
    Ok(changed(nth(&results, 1)?)?.then_some(editor))
}

/// The editor of a live session, its last use moved to now; a session that has ended (8 hours
/// unused, 12 in all) is deleted with its audit entry: 401.
pub async fn resume(db: &D1Database, id_hash: &str, now_ms: f64) -> Result<Editor, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(
            "SELECT s.editor_id, s.created_at, s.last_used_at, e.terms_version, \
             (SELECT json_group_array(network_id) FROM editor_networks n \
              WHERE n.editor_id = s.editor_id) AS networks \
             FROM editor_sessions s JOIN editors e ON e.id = s.editor_id WHERE s.id_hash = ?1",
        )
        .bind(&[id_hash.into()])?
        .first(None)
        .await?;
    let Some(row) = row else {
        return Err(ApiError::Unauthorized(SignedOut::SessionEnded));
    };
    let editor = text(&row, "editor_id").unwrap_or_default();
    let idle = text(&row, "last_used_at").unwrap_or_default() <= iso(now_ms - IDLE_MS);
    let too_old = text(&row, "created_at").unwrap_or_default() <= iso(now_ms - LIFETIME_MS);
    let audit = Audit::new(Actor::Editor(Editor::log_name(&editor)));
    if idle || too_old {
        end_session(db, &audit, id_hash, super::admin_session::EXPIRE).await?;
        return Err(ApiError::Unauthorized(SignedOut::SessionEnded));
    }
    let now = iso(now_ms);
    let touch = db
        .prepare("UPDATE editor_sessions SET last_used_at = ?1 WHERE id_hash = ?2")
        .bind(&[now.as_str().into(), id_hash.into()])?;
    let used = db
        .prepare("UPDATE editors SET last_used_at = ?1 WHERE id = ?2")
        .bind(&[now.as_str().into(), editor.as_str().into()])?;
    db.batch(vec![touch, used]).await?;
    let networks = text(&row, "networks")
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    Ok(Editor {
        terms_accepted: text(&row, "terms_version").as_deref() == Some(TERMS_VERSION),
        id: editor,
        networks,
        session: Some(id_hash.to_string()),
    })
}

/// Ends a session (sign-out or expiry) with its entry, if it existed.
pub async fn end_session(
    db: &D1Database,
    audit: &Audit,
    id_hash: &str,
    action: &str,
) -> Result<bool, ApiError> {
    let delete = db
        .prepare("DELETE FROM editor_sessions WHERE id_hash = ?1")
        .bind(&[id_hash.into()])?;
    audit
        .action(action, Some(log_id(id_hash)))
        .record(
            db,
            "EXISTS (SELECT 1 FROM editor_sessions WHERE id_hash = ?1)",
            &[id_hash.into()],
            delete,
        )
        .await
}

/// Records the current terms as accepted by `editor` today.
pub async fn accept_terms(
    db: &D1Database,
    editor: &str,
    action: &Action<'_>,
    now_ms: f64,
) -> Result<bool, ApiError> {
    let update = db
        .prepare("UPDATE editors SET terms_version = ?2, terms_accepted_at = ?3 WHERE id = ?1")
        .bind(&[editor.into(), TERMS_VERSION.into(), iso(now_ms).into()])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM editors WHERE id = ?1)",
            &[editor.into()],
            update,
        )
        .await
}

/// Counts a request for a sign-in link under each of `keys` (keyed hashes of the address and
/// of the client) with its limit, unless one of them is at its limit in the hour: one INSERT
/// of a row per key, made only if every key is under its limit. False: refused.
pub async fn count_link_request(
    db: &D1Database,
    keys: &[(String, u32)],
    now_ms: f64,
) -> Result<bool, ApiError> {
    let since = now_ms - model::editor::LINK_REQUEST_WINDOW_MS;
    // ?1 the window's start, ?2 now, ?3… the keys.
    let under = keys
        .iter()
        .enumerate()
        .map(|(i, (_, limit))| {
            format!(
                "(SELECT COUNT(*) FROM editor_link_requests WHERE key_hash = ?{} AND at_ms > ?1) < {limit}",
                i + 3
            )
        })
        .collect::<Vec<_>>()
        .join(" AND ");
    let rows = (0..keys.len())
        .map(|i| format!("SELECT ?{} AS k", i + 3))
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let mut params = vec![JsValue::from_f64(since), JsValue::from_f64(now_ms)];
    params.extend(keys.iter().map(|(key, _)| JsValue::from(key.as_str())));
    let tidy = db
        .prepare("DELETE FROM editor_link_requests WHERE at_ms <= ?1")
        .bind(&[JsValue::from_f64(since)])?;
    let insert = db
        .prepare(format!(
            "INSERT INTO editor_link_requests (id, key_hash, at_ms) \
             SELECT lower(hex(randomblob(16))), k, ?2 FROM ({rows}) WHERE {under}"
        ))
        .bind(&params)?;
    let results = db.batch(vec![tidy, insert]).await?;
    changed(nth(&results, 1)?)
}
