//! What a volunteer does with their own registration through their link: confirm it, correct
//! their contact fields and interests, withdraw it (erased at once, with an audit entry that
//! names only the registration's id).

use crate::error::ApiError;
use crate::storage::{self, audit::Audit};
use model::audit::Actor;
use model::RegistrationInput;
use wasm_bindgen::JsValue;
use worker::D1Database;

/// Confirms the registration `id` at `at` (once: a second confirmation keeps the first time).
/// Returns whether the registration exists.
pub async fn confirm(db: &D1Database, id: &str, at: &str) -> Result<bool, ApiError> {
    let result = db
        .prepare("UPDATE registrations SET confirmed_at = COALESCE(confirmed_at, ?2) WHERE id = ?1")
        .bind(&[id.into(), at.into()])?
        .run()
        .await?;
    storage::changed(&result)
}

/// Stores the corrected contact fields and interests. Returns whether the registration exists.
pub async fn correct(
    db: &D1Database,
    id: &str,
    input: &RegistrationInput,
) -> Result<bool, ApiError> {
    let result = correction(db, id, input)?.run().await?;
    storage::changed(&result)
}

/// The statement that stores the corrected contact fields and interests.
pub fn correction(
    db: &D1Database,
    id: &str,
    input: &RegistrationInput,
) -> Result<worker::D1PreparedStatement, ApiError> {
    Ok(db
        .prepare(
            "UPDATE registrations SET name = ?2, email = ?3, phone = ?4, contact_via = ?5, \
             interests = ?6 WHERE id = ?1",
        )
        .bind(&[
            id.into(),
            input.name.as_str().into(),
            input.email.as_str().into(),
            input.phone.as_deref().map_or(JsValue::NULL, JsValue::from),
            input.contact_via.key().into(),
            serde_json::to_string(&input.interests)?.into(),
        ])?)
}

/// Erases the registration (its mails go with it: a trigger) with its audit entry, in one batch.
pub async fn withdraw(db: &D1Database, id: &str) -> Result<bool, ApiError> {
    // The audit log names the volunteer by kind only, never the person.
    let audit = Audit::new(Actor::Volunteer);
    let action = audit.action("registration.withdrawn", Some(id));
    let counted = (
        model::report::Event::Withdrawn,
        model::report::Month::of(crate::clock::berlin_today()),
    );
    storage::admin_registrations::delete(db, id, &action, Some(counted)).await
}

/// The link key of registration `id`: `None` when there is no such registration, `Some(None)`
/// for one from before link keys (its links are signed the old way).
pub async fn link_key(db: &D1Database, id: &str) -> Result<Option<Option<String>>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT link_key FROM registrations WHERE id = ?1")
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.map(|row| storage::text(&row, "link_key")))
}

/// Gives registration `id` a new link key, with `action` in the audit log, and `then` (the mail
/// with the new link) in the same batch: every link made before is dead. Returns whether the
/// registration exists.
pub async fn renew_link(
    db: &D1Database,
    id: &str,
    link_key: &str,
    action: &storage::audit::Action<'_>,
    then: Vec<worker::D1PreparedStatement>,
) -> Result<bool, ApiError> {
    let renew = db
        .prepare("UPDATE registrations SET link_key = ?2 WHERE id = ?1")
        .bind(&[id.into(), link_key.into()])?;
    action
        .record_after(
            db,
            "EXISTS (SELECT 1 FROM registrations WHERE id = ?1)",
            &[id.into()],
            then,
            renew,
        )
        .await
}

/// The name of the network whose need registration `id` answers, if it answers one.
pub async fn need_network(db: &D1Database, id: &str) -> Result<Option<String>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare(
            "SELECT n.name FROM registrations r JOIN needs d ON d.id = r.need \
             JOIN networks n ON n.id = d.network WHERE r.id = ?1",
        )
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.and_then(|row| storage::text(&row, "name")))
}

/// The new address registration `id` waits to have confirmed, if any.
pub async fn pending_email(db: &D1Database, id: &str) -> Result<Option<String>, ApiError> {
    let row: Option<serde_json::Value> = db
        .prepare("SELECT pending_email FROM registrations WHERE id = ?1")
        .bind(&[id.into()])?
        .first(None)
        .await?;
    Ok(row.and_then(|row| storage::text(&row, "pending_email")))
}

/// The statement that sets the new address `email` registration `id` waits for (for the batch
/// that mails the link to it).
pub fn ask_address(
    db: &D1Database,
    id: &str,
    email: &str,
) -> Result<worker::D1PreparedStatement, ApiError> {
    Ok(db
        .prepare("UPDATE registrations SET pending_email = ?2 WHERE id = ?1")
        .bind(&[id.into(), email.into()])?)
}

/// The new address `email` was confirmed by the link mailed to it: it becomes the address in
/// use, with `action` in the audit log, in one batch. False when the registration no longer
/// waits for exactly that address.
pub async fn confirm_address(
    db: &D1Database,
    id: &str,
    email: &str,
    action: &storage::audit::Action<'_>,
) -> Result<bool, ApiError> {
    let confirm = db
        .prepare(
            "UPDATE registrations SET email = pending_email, pending_email = NULL \
             WHERE id = ?1 AND pending_email = ?2",
        )
        .bind(&[id.into(), email.into()])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM registrations WHERE id = ?1 AND pending_email = ?2)",
            &[id.into(), email.into()],
            confirm,
        )
        .await
}
